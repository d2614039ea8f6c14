//! The config loader: any text gives a Config or a `path:line:col` error, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match postbag::config::Config::parse(Path::new("/fuzz/postbag.toml"), text) {
        Ok(c) => {
            let _ = c.own_addresses();
            for category in ["safety", "query", "x"] {
                let _ = c.marks.for_category(category).describe();
                let _ = c.retention.days(category);
            }
        }
        Err(e) => assert!(e.0.starts_with("/fuzz/postbag.toml"), "{}", e.0),
    }
});
