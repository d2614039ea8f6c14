//! Reply templates: arbitrary template text, and arbitrary values where members control them
//! (subject, names, address). Input: template NUL subject NUL sender_name NUL first_name NUL
//! sender_email. Loops are trusted input (the secretary writes templates): nested `for`
//! loops are skipped so that a deliberately huge loop is not reported as a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use postbag::reply::templates::{ReplyVars, Templates};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\0');
    let template = parts.next().unwrap_or("");
    if template.matches("for").count() > 1 || template.len() > 4096 {
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
