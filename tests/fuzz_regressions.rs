//! Inputs the fuzzers (fuzz/, scripts/fuzz.sh) once crashed on, replayed through the same
//! code as the fuzz targets: tests/fixtures/fuzz/<target>/<any file>. Each must come
//! through without a panic.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let data = std::fs::read(&p).unwrap();
            (p, data)
        })
        .collect()
}

#[test]
fn parse_triage() {
    let rules = postbag::rules::load_embedded().ruleset.unwrap();
    for (path, data) in inputs("parse_triage") {
        eprintln!("{}", path.display());
        if let Ok(env) = postbag::mail::parse(&data) {
            let (decision, eval) = postbag::triage::classify(&rules, &env);
            assert!(rules.category(&decision.category).is_some());
            let _ = rules.explain(&env, &eval);
        }
    }
}

#[test]
fn rules_load() {
    use postbag::rules::{compile, load};
    for (path, data) in inputs("rules_load") {
        eprintln!("{}", path.display());
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
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
            .unwrap();
            let _ = postbag::triage::classify(&rs, &env);
        }
    }
}

#[test]
fn config_parse() {
    for (path, data) in inputs("config_parse") {
        eprintln!("{}", path.display());
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        match postbag::config::Config::parse(Path::new("/fuzz/postbag.toml"), text) {
            Ok(c) => {
                let _ = c.own_addresses();
            }
            Err(e) => assert!(e.0.starts_with("/fuzz/postbag.toml"), "{}", e.0),
        }
    }
}

#[test]
fn template_render() {
    use postbag::reply::templates::{ReplyVars, Templates};
    for (path, data) in inputs("template_render") {
        eprintln!("{}", path.display());
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let mut parts = text.split('\0');
        let template = parts.next().unwrap_or("");
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
    }
}
