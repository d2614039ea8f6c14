//! Reply templates: arbitrary template text, and arbitrary values where members control them
//! (subject, names, address). Input: template NUL subject NUL sender_name NUL first_name NUL
//! sender_email. Endless work in a template is bounded by minijinja's fuel and by refusing
//! `*` (repetition; tests/fixtures/fuzz/template_render/timeout-db68...).
#![no_main]

use libfuzzer_sys::fuzz_target;
use postbag::reply::templates::{ReplyVars, Templates};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\0');
    let template = parts.next().unwrap_or("");
    if template.len() > 4096 {
        return;
    }
    let mut vars = ReplyVars::sample(data.len() % 2 == 0);
    for field in [
        &mut vars.subject,
        &mut vars.sender_name,
        &mut vars.first_name,
        &mut vars.sender_email,
    ] {
        if let Some(v) = parts.next() {
            *field = v.to_string();
        }
    }
    let (templates, diagnostics) = Templates::from_texts(&[("query", template)]);
    for d in &diagnostics {
        let _ = d.to_string();
    }
    let _ = templates.render("query", &vars);
});
