//! A new user's path, as the README tells it: `init` -> `doctor` (all green against the test
//! servers) -> `run --once` -> `status`; and what init refuses.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use postbag::config::TlsMode;
use support::dovecot::{Dovecot, PASSWORD, USER};
use support::messages::message;
use support::postbag::BIN;
use support::smtp::{SmtpOptions, SmtpServer};

fn postbag(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("POSTBAG_CONFIG")
        .output()
        .unwrap();
    eprintln!(
        "$ postbag {}\n{}{}",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn init_doctor_run_once_status() {
    let imap = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions {
        tls: Some(TlsMode::Implicit),
        login: Some((USER.into(), PASSWORD.into())),
        ..Default::default()
    });
    imap.append(
        "INBOX",
        &[message(1, 400), message(2, 400), message(3, 400)],
    );
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();

    let (imap_port, smtp_port) = (imap.tls_port.to_string(), smtp.port.to_string());
    let (imap_ca, smtp_ca) = (
        imap.ca_file.display().to_string(),
        smtp.ca.as_ref().unwrap().display().to_string(),
    );
    let init = [
        "init",
        "--provider",
        "generic",
        "--address",
        USER,
        "--name",
        "Sam Okafor",
        "--branch",
        "Riverside CLP",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        &imap_port,
        "--imap-tls",
        "implicit",
        "--imap-ca-file",
        &imap_ca,
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        &smtp_port,
        "--smtp-tls",
        "implicit",
        "--smtp-ca-file",
        &smtp_ca,
    ];
    let out = postbag(dir, &init);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Wrote postbag.toml (readable only by you)"),
        "{said}"
    );
    assert!(said.contains("mail-password"), "{said}");
    assert!(said.contains("postbag doctor"), "{said}");
    let config = dir.join("postbag.toml");
    assert_eq!(
        std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // Before the password is there, doctor says exactly that.
    let out = postbag(dir, &["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("FIX  imap      [imap] password_file: cannot read"),
        "{said}"
    );

    std::fs::write(dir.join("mail-password"), format!("{PASSWORD}\n")).unwrap();
    std::fs::set_permissions(
        dir.join("mail-password"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let out = postbag(dir, &["doctor"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(!said.contains("FIX"));
    assert!(said.contains("Everything postbag needs works"));

    let out = postbag(dir, &["run", "--once"]);
    assert!(out.status.success());
    let out = postbag(dir, &["status", "--json"]);
    assert!(out.status.success());
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = status.to_string();
    assert!(text.contains("INBOX"), "{text}");
    let flags = imap.flags("INBOX");
    assert_eq!(flags.len(), 3);
    assert!(
        flags
            .values()
            .all(|f| f.iter().any(|k| k.starts_with("postbag-"))),
        "{flags:?}"
    );

    // A second init never overwrites the config.
    let out = postbag(dir, &init);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("postbag.toml already exists: postbag init never overwrites a config"));
}

#[test]
fn init_without_a_terminal_names_the_missing_flag_and_refuses_passwords_for_microsoft() {
    let home = tempfile::tempdir().unwrap();
    let out = postbag(
        home.path(),
        &["init", "--provider", "gmail", "--name", "Sam"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("postbag init needs --address (or run it on a terminal to be asked)"));
    assert!(!home.path().join("postbag.toml").exists());

    let out = postbag(
        home.path(),
        &[
            "init",
            "--provider",
            "microsoft365",
            "--address",
            USER,
            "--name",
            "Sam",
            "--auth",
            "app-password",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use --auth oauth2"));

    let out = postbag(
        home.path(),
        &[
            "init",
            "--provider",
            "microsoft365",
            "--address",
            USER,
            "--name",
            "Sam",
            "--branch",
            "",
            "--client-id",
            "0000-1111",
            "--out",
            "m365.toml",
        ],
    );
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("postbag --config m365.toml login"), "{said}");
    let text = std::fs::read_to_string(home.path().join("m365.toml")).unwrap();
    assert!(text.contains("host = \"outlook.office365.com\""));
    assert!(text.contains("oauth2 = { provider = \"microsoft365\", client_id = \"0000-1111\", tenant = \"common\" }"), "{text}");
    // Without a login yet, doctor says to log in.
    let out = postbag(home.path(), &["--config", "m365.toml", "doctor"]);
    assert_eq!(out.status.code(), Some(1));
    // (The test machine has no DNS for Microsoft: only the login line is checked.)
    assert!(String::from_utf8_lossy(&out.stdout).contains("FIX  imap      [imap] oauth2: no OAuth2 login for secretary@riverside.example.org yet: run `postbag login`"));
}
