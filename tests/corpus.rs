//! The SpamAssassin public corpus (6,046 real messages of 2002) through `postbag classify`:
//! no panic, no message missing, and no list, bulk or automatic message offered an
//! automatic reply, with the default policies and with `auto` on every category.

mod support;

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::postbag::{corpus_files, machine_header};

fn classify(files: &[PathBuf], rules: Option<&Path>) -> (Vec<Value>, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_postbag"));
    cmd.args(["classify", "--json"]);
    if let Some(rules) = rules {
        cmd.arg("--rules").arg(rules);
    }
    let out = cmd.args(files).output().unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    (
        lines,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Classify, check the invariants, and return (messages per category, automatic replies).
fn check(files: &[PathBuf], rules: Option<&Path>) -> (HashMap<String, usize>, usize) {
    let (lines, stderr, code) = classify(files, rules);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(lines.len(), files.len(), "count in == count out");
    let mut per_category = HashMap::new();
    let mut unparsable = 0;
    let mut guarded = 0;
    let mut autos = 0;
    for (line, file) in lines.iter().zip(files) {
        assert_eq!(
            line["source"],
            file.display().to_string(),
            "output in input order"
        );
        if line["error"].is_string() {
            unparsable += 1;
            assert!(
                stderr.contains(&file.display().to_string()),
                "unparsable ones are listed"
            );
            continue;
        }
        *per_category
            .entry(line["category"].as_str().unwrap().to_string())
            .or_default() += 1;
        let raw = std::fs::read(file).unwrap();
        if let Some(header) = machine_header(&raw) {
            guarded += 1;
            assert_ne!(
                line["reply"],
                "auto",
                "{} has {header} but got reply auto",
                file.display()
            );
        } else if line["reply"] == "auto" {
            autos += 1;
        }
    }
    assert_eq!(code, if unparsable > 0 { 1 } else { 0 });
    eprintln!(
        "{} messages, {unparsable} unparsable, {guarded} with list/bulk/auto headers, {autos} automatic replies: {per_category:?}",
        files.len()
    );
    assert!(
        guarded > 1000,
        "the corpus has many list messages; found {guarded}"
    );
    (per_category, autos)
}

#[test]
fn the_whole_corpus_is_classified_and_no_list_gets_an_automatic_reply() {
    let files = corpus_files();
    assert_eq!(files.len(), 6046);
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let (counts, _) = check(&files, None);
    assert_eq!(counts.values().sum::<usize>(), 6046, "every message parses");

    // The same with every category's policy set to `auto`: only the guard stands between
    // the corpus and an automatic reply.
    let dir = tempfile::tempdir().unwrap();
    let reply = regex::Regex::new(r#"(?m)^reply\s*=\s*"(none|draft)""#).unwrap();
    for entry in std::fs::read_dir(&rules).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let all_auto = reply.replace_all(&text, r#"reply = "auto""#);
        std::fs::write(
            dir.path().join(path.file_name().unwrap()),
            all_auto.as_ref(),
        )
        .unwrap();
    }
    let (_, autos) = check(&files, Some(dir.path()));
    assert!(autos > 0, "the guard must not block everything");
}
