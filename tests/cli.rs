//! The `postbag` command line as a user meets it: exit codes, clear errors on bad input,
//! and the offline commands on the shipped sample inbox.

use std::path::Path;
use std::process::{Command, Output};

fn postbag(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postbag"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("POSTBAG_CONFIG")
        .args(args)
        .output()
        .unwrap()
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_string()
}

const GOOD_RULES: &str = r#"
[[category]]
name = "query"
threshold = 1
reply = "auto"
"#;

#[test]
fn rules_check_reports_every_error_with_its_position_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "categories.toml", GOOD_RULES.as_bytes());
    write(
        dir.path(),
        "broken.toml",
        br#"[[rule]]
name = "bad-regex"
category = "query"
score = 1
field = "body"
pattern = "(unclosed"

[[rule]]
name = "bad-field"
category = "query"
score = 1
field = "bodyy"
words = ["x"]

[[rule]]
name = "bad-regex"
category = "queery"
score = 1
field = "subject"
words = ["y"]
"#,
    );
    let out = postbag(&["rules", "check", dir.path().to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    let broken = dir.path().join("broken.toml").display().to_string();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{broken}:6:11: bad regex: unclosed group"))),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{broken}:12:9: unknown field `bodyy`"))),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{broken}:15:1: duplicate rule name `bad-regex`"))),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{broken}:17:12: unknown category `queery`"))),
        "{stdout}"
    );
    assert!(
        text(&out.stderr).contains("4 error(s)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn slow_patterns_are_warned_about_and_strict_makes_them_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "categories.toml", GOOD_RULES.as_bytes());
    write(dir.path(), "slow.toml", b"[[rule]]\nname = \"slow\"\ncategory = \"query\"\nscore = 1\nfield = \"body\"\npattern = '\\bjoin\\w*'\n");
    let d = dir.path().to_str().unwrap();
    let out = postbag(&["rules", "check", d]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("slow.toml:6:11: warning: slow pattern: a Unicode word boundary"),
        "{stdout}"
    );
    assert!(
        stdout.contains("warning: slow pattern: a large Unicode class"),
        "{stdout}"
    );
    assert_eq!(
        postbag(&["rules", "check", "--strict", d]).status.code(),
        Some(1)
    );
}

#[test]
fn the_default_rules_check_clean() {
    let out = postbag(&["rules", "check", "rules"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout), "", "no errors and no warnings");
    let out = postbag(&["rules", "check"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn classify_with_broken_rules_exits_1_and_names_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.toml", b"[[rule]]\nname = \"x\"\ncategory = \"query\"\nscore = 1\nfield = \"body\"\npattern = \"[z-a]\"\n");
    let out = postbag(&[
        "classify",
        "--rules",
        dir.path().to_str().unwrap(),
        "tests/fixtures/triage/001.eml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("r.toml:6:11: bad regex: invalid character class range"),
        "{stderr}"
    );
    assert!(
        stderr.contains("r.toml:3:12: unknown category `query`"),
        "{stderr}"
    );
}

#[test]
fn a_syntax_error_in_one_rule_file_stops_classify_and_run() {
    // The default rules with one file broken half-way: the other files still compile, but
    // triage with what is left would be triage with rules the secretary did not write.
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("rules").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let mut text = std::fs::read(&path).unwrap();
            if name == "query.toml" {
                text.extend_from_slice(b"\nthis is = = broken\n");
            }
            write(dir.path(), &name, &text);
        }
    }
    let rules = dir.path().to_str().unwrap();
    let out = postbag(&[
        "classify",
        "--rules",
        rules,
        "tests/fixtures/triage/001.eml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("query.toml:"), "{stderr}");
    assert!(stderr.contains("invalid TOML"), "{stderr}");
    assert_eq!(text(&out.stdout), "", "nothing classified");

    // `run` says so before it tries the server (nothing listens on port 9 here).
    let config = dir.path().join("postbag.toml");
    std::fs::write(
        &config,
        format!(
            "data_dir = {:?}\nrules_dir = {rules:?}\n[imap]\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nusername = \"x\"\npassword_env = \"POSTBAG_TEST_PW\"\n",
            dir.path().join("data")
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_postbag"))
        .arg("--config")
        .arg(&config)
        .args(["run", "--once"])
        .env("POSTBAG_TEST_PW", "x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("invalid TOML"), "{stderr}");
}

#[test]
fn truncated_binary_and_empty_messages_are_reported_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let truncated = write(
        dir.path(),
        "truncated.eml",
        b"From: jo@example.com\r\nTo: secretary@riverside.example.org\r\nSubject: Apolog",
    );
    let binary = write(
        dir.path(),
        "binary.eml",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    let empty = write(dir.path(), "empty.eml", b"");
    let good = "tests/fixtures/triage/001.eml";
    let out = postbag(&["classify", "--json", &truncated, good, &binary, &empty]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "count in == count out");
    assert!(lines[0]["error"]
        .as_str()
        .unwrap()
        .contains("truncated: the file ends inside the header section"));
    assert!(lines[1]["category"].is_string());
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("binary data, not a message (NUL byte"));
    assert!(lines[3]["error"].as_str().unwrap().contains("empty file"));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{truncated}: cannot parse: truncated")),
        "{stderr}"
    );
    assert!(
        stderr.contains("4 message(s)") && stderr.contains("3 could not be read or parsed"),
        "{stderr}"
    );
}

#[test]
fn a_config_with_an_unknown_key_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "postbag.toml",
        b"data_dir = \"d\"\n\n[secretary]\nname = \"Sam\"\nadresses = [\"s@example.org\"]\n",
    );
    let out = postbag(&[
        "--config",
        &config,
        "classify",
        "tests/fixtures/triage/001.eml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{config}:5:1: unknown field `adresses`, expected one of `name`, `addresses`"
        )),
        "{stderr}"
    );
}

#[test]
fn a_missing_path_is_reported_with_exit_1() {
    let out = postbag(&["classify", "no/such/file.eml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/file.eml: cannot read: No such file or directory"));
}

#[test]
fn classify_reads_the_sample_maildir_and_an_mbox_and_explains() {
    let out = postbag(&["classify", "examples/inbox"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("SOURCE"), "a table for people: {stdout}");
    let files = std::fs::read_dir("examples/inbox/cur").unwrap().count()
        + std::fs::read_dir("examples/inbox/new").unwrap().count();
    assert!(files >= 10, "the sample inbox holds {files} messages");
    assert_eq!(stdout.lines().count(), files + 1);

    let dir = tempfile::tempdir().unwrap();
    let one = std::fs::read("tests/fixtures/triage/001.eml").unwrap();
    let mut mbox = b"From jo@example.com Mon Nov 23 10:00:00 2026\n".to_vec();
    mbox.extend_from_slice(&one);
    mbox.extend_from_slice(b"\nFrom kim@example.net Mon Nov 23 11:00:00 2026\n");
    mbox.extend_from_slice(&one);
    let path = write(dir.path(), "inbox.mbox", &mbox);
    let out = postbag(&["classify", "--json", "--explain", &path]);
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["source"], format!("{path}#2"));
    assert!(lines[0]["explain"]["fired"].is_array());
    for key in [
        "message_id",
        "from",
        "subject",
        "category",
        "priority",
        "score",
        "rules",
        "reply",
        "reply_blocked_by",
    ] {
        assert!(lines[0].get(key).is_some(), "missing {key}");
    }
}
