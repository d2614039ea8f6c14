//! A rule file as a secretary might write it (or mistype it): parse_file, then compile with
//! the built-in categories; errors are fine, panics are not.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use postbag::rules::{compile, load};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let specs = load::parse_file(PathBuf::from("/fuzz/rules/custom.toml"), text);
    for d in &specs.diagnostics {
        let _ = d.to_string();
    }
    let (ruleset, diagnostics) = compile::build(specs.categories, specs.rules);
    for d in &diagnostics {
        let _ = d.to_string();
    }
    if let Some(rs) = ruleset {
        let env = postbag::mail::parse(
            b"From: Member <m@example.org>\r\nTo: secretary@example.org\r\nSubject: URGENT motion\r\n\r\nPlease add my motion.\r\n",
        )
        .expect("a plain message parses");
        let _ = postbag::triage::classify(&rs, &env);
    }
});
