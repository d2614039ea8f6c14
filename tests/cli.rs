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
disable_safety = "a test rule set: no threats in these messages"

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

/// A copy of the default rules in a temporary directory, for tests that break one file.
fn default_rules_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("rules").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

#[test]
fn a_dangling_safety_file_is_an_error_not_a_threat_classed_other() {
    let dir = default_rules_copy();
    let safety = dir.path().join("safety.toml");
    std::fs::remove_file(&safety).unwrap();
    std::os::unix::fs::symlink("/nonexistent/safety.toml", &safety).unwrap();
    let rules = dir.path().to_str().unwrap();

    let out = postbag(&["rules", "check", "--strict", rules]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}: cannot read: it is a symbolic link to /nonexistent/safety.toml, which cannot be opened: No such file or directory (os error 2)",
            safety.display()
        )),
        "{stderr}"
    );

    // 001 is a threat: with its rules gone it would be classed `other` without a word.
    let out = postbag(&[
        "classify",
        "--rules",
        rules,
        "tests/fixtures/triage/001.eml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "", "nothing classified");
    assert!(text(&out.stderr).contains("safety.toml: cannot read"));

    // doctor says so on its one line for the rules.
    let config = write(
        dir.path(),
        "postbag.conf",
        format!("data_dir = \"data\"\nrules_dir = {rules:?}\n").as_bytes(),
    );
    let stdout = text(&postbag(&["--config", &config, "doctor"]).stdout);
    let line = stdout.lines().find(|l| l.contains(" rules ")).unwrap();
    assert!(
        line.starts_with(&format!("FIX  rules     cannot read the rules in {rules}: {}: cannot read: it is a symbolic link", safety.display())),
        "{stdout}"
    );
}

#[test]
fn a_rule_set_without_safety_fails_unless_it_says_why() {
    let dir = default_rules_copy();
    std::fs::remove_file(dir.path().join("safety.toml")).unwrap();
    let rules = dir.path().to_str().unwrap();
    let out = postbag(&["rules", "check", rules]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).starts_with(&format!(
            "{rules}: the `safety` category has no rules: threats would not be recognised"
        )),
        "{}",
        text(&out.stdout)
    );
    let out = postbag(&[
        "classify",
        "--rules",
        rules,
        "tests/fixtures/triage/001.eml",
    ]);
    assert_eq!(out.status.code(), Some(1));

    let categories = dir.path().join("categories.toml");
    let mut text_of = std::fs::read_to_string(&categories).unwrap();
    text_of.insert_str(0, "disable_safety = \"threats are handled by hand\"\n");
    std::fs::write(&categories, text_of).unwrap();
    let out = postbag(&["rules", "check", "--strict", rules]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("{rules}: no safety category required ({}:1:1: disable_safety = \"threats are handled by hand\")", categories.display())),
        "{stderr}"
    );
}

#[test]
fn rules_that_match_every_message_or_score_absurdly_fail_the_check() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "categories.toml", GOOD_RULES.as_bytes());
    let d = dir.path().to_str().unwrap();
    let cases: [(&[u8], &str); 4] = [
        (
            b"[[rule]]\nname = \"all\"\ncategory = \"query\"\nscore = 1\nfield = \"body\"\nwords = [\"*\"]\n",
            "r.toml:6:10: \"*\" matches every word",
        ),
        (
            b"[[rule]]\nname = \"all\"\ncategory = \"query\"\nscore = 1\nfield = \"text\"\npattern = \"\"\n",
            "r.toml:6:11: the pattern \"\" matches any text, so this condition holds for every message",
        ),
        (
            b"[[rule]]\nname = \"all\"\ncategory = \"query\"\nscore = 1\nfield = \"subject\"\npattern = \"x*\"\n",
            "r.toml:6:11: the pattern \"x*\" matches any subject",
        ),
        (
            b"[[rule]]\nname = \"big\"\ncategory = \"query\"\nscore = 9223372036854775807\nfield = \"body\"\nwords = [\"x\"]\n",
            "r.toml:4:9: `score` must be between -1000 and 1000",
        ),
    ];
    for (rule, expected) in cases {
        write(dir.path(), "r.toml", rule);
        let out = postbag(&["rules", "check", "--strict", d]);
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        let want = format!("{}/{expected}", d);
        assert!(stdout.contains(&want), "wanted {want:?} in {stdout}");
    }
}

#[test]
fn a_huge_rule_file_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "categories.toml", GOOD_RULES.as_bytes());
    let huge = "# a comment line of forty bytes or so..\n".repeat(50_000);
    let path = write(dir.path(), "huge.toml", huge.as_bytes());
    let out = postbag(&["rules", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(&format!(
            "{path}: 2000000 bytes: a rule file is at most 1048576 bytes (1 MiB)"
        )),
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

/// `postbag` with a deadline: a run that does not finish in time is killed and fails the
/// test, instead of hanging it.
fn postbag_within(args: &[&str], secs: u64) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_postbag"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("POSTBAG_CONFIG")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!("postbag {args:?} did not finish within {secs} s");
        }
    }
}

#[test]
fn classify_reads_a_hostile_directory_once_and_reports_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::copy("tests/fixtures/triage/001.eml", d.join("a.eml")).unwrap();
    std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
    let fifo = d.join("sub/pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let big = d.join("sub/big.eml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len((64 << 20) + 1)
        .unwrap();
    let out = postbag_within(&["classify", d.to_str().unwrap(), "/dev/zero"], 60);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.matches("a.eml").count(), 1, "{stdout}");
    let stderr = text(&out.stderr);
    for expected in [
        format!(
            "{}: cannot read: 67108865 bytes, over the limit of 64 MiB for a message: not read",
            big.display()
        ),
        format!(
            "{}: cannot read: a FIFO (named pipe), not a message file: skipped",
            fifo.display()
        ),
        "/dev/zero: cannot read: a character device, not a message file: skipped".to_string(),
        "4 message(s): 1 safety; 3 could not be read or parsed (listed above)".to_string(),
    ] {
        assert!(
            stderr.contains(&expected),
            "wanted {expected:?} in {stderr}"
        );
    }
}

#[test]
fn a_password_command_that_never_returns_stops_doctor_and_run_at_the_timeout() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "postbag.toml",
        b"data_dir = \"data\"\n[imap]\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nusername = \"x\"\npassword_command = \"sleep 600\"\ntimeout_secs = 1\n",
    );
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let said = "[imap] password_command: `sleep 600` did not finish within 1 s: stopped it";
    let out = postbag_within(&["--config", &config, "doctor"], 30);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("FIX  imap      {said}")),
        "{stdout}"
    );
    let out = postbag_within(&["--config", &config, "run", "--once"], 30);
    let stderr = text(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains(said), "{stderr}");
}

/// A message whose subject and sender name carry terminal escapes, CR/LF and a bidi
/// override (raw and as encoded words).
const HOSTILE: &[u8] = b"From: =?utf-8?q?Evil=1B[2J=1B]0;pwned=07?= <evil@example.org>\r\n\
To: secretary@riverside.example.org\r\n\
Subject: =?utf-8?q?Agenda=0D=0AFAKE_ROW=1B[31m_red_=E2=80=AEtxt.exe?=\r\n\
Message-ID: <hostile@example.org>\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\
\r\n\
When is the next meeting?\r\n";

fn assert_no_controls(shown: &str) {
    for bad in ['\u{1b}', '\r', '\u{7}', '\u{202e}'] {
        assert!(!shown.contains(bad), "{bad:?} printed raw in {shown:?}");
    }
}

#[test]
fn classify_tables_escape_control_characters_from_mail() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hostile.eml", HOSTILE);
    let out = postbag(&["classify", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_no_controls(&stdout);
    assert_eq!(stdout.lines().count(), 2, "one row per message: {stdout}");
    assert!(
        stdout.contains("Agenda\\r\\nFAKE ROW\\u{1b}[31m red \\u{202e}txt.e"),
        "{stdout}"
    );
    assert!(stdout.contains("Evil\\u{1b}[2J\\u{1b}]0;pwn"), "{stdout}");
}

#[test]
fn threads_escape_control_characters_from_mail() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = write(
        dir.path(),
        "postbag.toml",
        format!("data_dir = {:?}\n", data.display().to_string()).as_bytes(),
    );
    // The store stays open (as a running daemon holds it): `threads` reads the snapshot.
    let store = postbag::store::Store::open(&data).unwrap();
    let rules = postbag::rules::load_embedded().ruleset.unwrap();
    let key = postbag::store::MessageKey::new("INBOX", 1, 1);
    postbag::intake::intake(&store, &rules, &key, HOSTILE, 1_795_000_000).unwrap();
    postbag::status::Status::of(&store)
        .unwrap()
        .write_snapshot(&data)
        .unwrap();
    let out = postbag(&["--config", &config, "threads"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_no_controls(&stdout);
    assert_eq!(stdout.lines().count(), 2, "one row per thread: {stdout}");
    // Threads keep a normalised subject (line breaks folded), the escapes still show.
    assert!(
        stdout.contains("Agenda FAKE ROW\\u{1b}[31m red \\u{202e}txt.exe"),
        "{stdout}"
    );
    drop(store);
}

#[test]
fn os_errors_are_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "not-a-dir", b"");
    let config = write(
        dir.path(),
        "postbag.toml",
        format!("data_dir = {file:?}\n").as_bytes(),
    );
    for command in [&["status"][..], &["evidence", "list"]] {
        let mut args = vec!["--config", config.as_str()];
        args.extend(command);
        let out = postbag(&args);
        assert_eq!(
            text(&out.stderr),
            format!("postbag: cannot prepare store directory {file}: File exists (os error 17)\n")
        );
    }
    let out = postbag(&["--config", &config, "digest"]);
    assert_eq!(
        text(&out.stderr),
        format!("postbag: cannot open the store in {file}: cannot prepare store directory {file}: File exists (os error 17)\n")
    );
}

#[test]
fn doctor_tries_whether_data_dir_can_be_created() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path, m| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(dir.path(), 0o755).unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    let data = locked.join("postbag-data");
    let config = write(
        dir.path(),
        "postbag.toml",
        format!("data_dir = {:?}\n", data.display().to_string()).as_bytes(),
    );
    mode(Path::new(&config), 0o644).unwrap();
    // The directory's write bits are set, but not for this user: root tests as nobody,
    // anyone else on a directory without write permission.
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let mut doctor = Command::new(env!("CARGO_BIN_EXE_postbag"));
    doctor
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("POSTBAG_CONFIG")
        .args(["--config", &config, "doctor"]);
    if root {
        doctor.uid(65534).gid(65534);
    } else {
        mode(&locked, 0o555).unwrap();
    }
    let out = doctor.output().unwrap();
    let stdout = text(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains(" data "))
        .unwrap_or_else(|| panic!("no data line in {stdout}{}", text(&out.stderr)));
    assert_eq!(
        line,
        format!(
            "FIX  data      data_dir {} cannot be created: cannot make a directory in {}: Permission denied (os error 13); create it for this user or set data_dir elsewhere",
            data.display(),
            locked.display()
        )
    );
    assert_eq!(out.status.code(), Some(1));
    mode(&locked, 0o755).unwrap();

    // Where it can be made, with missing parents, it is said so and nothing is left behind.
    let deeper = dir.path().join("a/b/postbag-data");
    let config = write(
        dir.path(),
        "postbag.toml",
        format!("data_dir = {:?}\n", deeper.display().to_string()).as_bytes(),
    );
    let stdout = text(&postbag(&["--config", &config, "doctor"]).stdout);
    assert!(
        stdout.contains(&format!(
            "ok   data      data_dir {} will be created (0700) at the first run",
            deeper.display()
        )),
        "{stdout}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn a_password_file_every_user_can_read_is_refused_like_the_config() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let password = write(dir.path(), "imap-password", b"s3cret\n");
    std::fs::set_permissions(&password, std::fs::Permissions::from_mode(0o644)).unwrap();
    let config = write(
        dir.path(),
        "postbag.toml",
        b"data_dir = \"data\"\n[imap]\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nusername = \"x\"\npassword_file = \"imap-password\"\n",
    );
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let said = format!("[imap] password_file: refusing to use {password}: it is readable by every user (mode 644); run `chmod 600 {password}`");
    let out = postbag(&["--config", &config, "doctor"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("FIX  imap      {said}")),
        "{stdout}"
    );
    let out = postbag(&["--config", &config, "run", "--once"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&said), "{}", text(&out.stderr));
}

#[test]
fn digest_weeks_out_of_range_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "postbag.toml",
        format!(
            "data_dir = {:?}\n",
            dir.path().join("data").display().to_string()
        )
        .as_bytes(),
    );
    let range = "weeks from 1970-W01 to 9998-W53 are accepted";
    let out = postbag(&["--config", &config, "digest", "--week", "9999-W52"]);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "a usage error: {stderr}");
    assert!(
        stderr.contains(&format!("\"9999-W52\" is out of range: {range}")),
        "{stderr}"
    );
    let out = postbag(&[
        "--config",
        &config,
        "digest",
        "--now=-009999-01-03T00:00:00Z",
    ]);
    assert_eq!(
        text(&out.stderr),
        format!("postbag: --now: week -9999-W01 is out of range: {range}\n")
    );
    assert_eq!(out.status.code(), Some(1));
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

/// `postbag classify DIR | head` and `postbag eval ... | head`: the reader leaving early is
/// no error. The output is far larger than a pipe holds, so the write fails with EPIPE
/// whenever the reader closes; postbag exits 0 without a word (it panicked, exit 101, or
/// printed "Broken pipe").
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::process::Stdio;
    let labels = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dev/labels.tsv");
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dev");
    for args in [
        vec!["classify", "--explain", dev],
        vec!["eval", dev, "--labels", labels, "--json"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_postbag"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("POSTBAG_CONFIG")
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = text(&out.stderr);
        assert!(
            out.status.success() && !stderr.contains("pipe") && !stderr.contains("panicked"),
            "{args:?}: {:?}\n{stderr}",
            out.status
        );
    }
}

/// `eval --tags FILE`: figures per failure class (the corpus's tags), in the table and in
/// the JSON, counted from the same decisions as the rest; a broken tags file is refused
/// with its line.
#[test]
fn eval_shows_figures_per_tag() {
    let dir = tempfile::tempdir().unwrap();
    let threat = "From: a@example.org\nTo: sec@example.org\nSubject: you\n\n\
                  I know where you live and I will kill you.\n";
    let thanks = "From: b@example.org\nTo: sec@example.org\nSubject: thanks\n\n\
                  Thank you for a lovely evening at the quiz night.\n";
    std::fs::write(dir.path().join("t.eml"), threat).unwrap();
    std::fs::write(dir.path().join("n.eml"), thanks).unwrap();
    let labels = dir.path().join("labels.tsv");
    std::fs::write(
        &labels,
        "file\tcategories\tmust_not_autoreply\nt.eml\tsafety\tyes\nn.eml\tother\tno\n",
    )
    .unwrap();
    let tags = dir.path().join("tags.tsv");
    std::fs::write(&tags, "file\ttags\nt.eml\texplicit\nn.eml\tordinary\n").unwrap();
    let d = dir.path().to_str().unwrap();
    let (l, t) = (labels.to_str().unwrap(), tags.to_str().unwrap());
    let out = postbag(&["eval", d, "--labels", l, "--tags", t]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let row = stdout
        .lines()
        .find(|line| line.starts_with("explicit "))
        .unwrap_or_else(|| panic!("no explicit row:\n{stdout}"));
    assert!(row.contains("1 of 1"), "{row}");
    let out = postbag(&["eval", d, "--labels", l, "--tags", t, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["tags"]["explicit"]["safety_found"], 1);
    assert_eq!(json["tags"]["ordinary"]["messages"], 1);
    // Without --tags the JSON has no tags field, as before.
    let out = postbag(&["eval", d, "--labels", l, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json.get("tags").is_none());
    std::fs::write(&tags, "file\ttags\nt.eml\n").unwrap();
    let out = postbag(&["eval", d, "--labels", l, "--tags", t]);
    assert_eq!(out.status.code(), Some(1), "invalid input");
    assert!(
        text(&out.stderr).contains("tags.tsv:2: expected 2 tab-separated fields"),
        "{}",
        text(&out.stderr)
    );
}
