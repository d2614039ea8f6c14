//! `postbag doctor` against the test Dovecot and SMTP servers: all green, and each deliberate
//! misconfiguration gives exactly one FIX line naming the fix, and exit 1.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Output};

use postbag::config::TlsMode;
use support::dovecot::{Dovecot, PASSWORD, USER};
use support::postbag::BIN;
use support::smtp::{free_port, SmtpOptions, SmtpServer};

/// One server pair for every case: each case only writes its own config.
struct Servers {
    imap: Dovecot,
    smtp: SmtpServer,
}

fn servers() -> Servers {
    Servers {
        imap: Dovecot::start(),
        smtp: SmtpServer::start(SmtpOptions {
            tls: Some(TlsMode::Implicit),
            login: Some((USER.into(), PASSWORD.into())),
            ..Default::default()
        }),
    }
}

#[derive(Clone)]
struct Case {
    imap_port: u16,
    imap_tls: &'static str,
    imap_ca: bool,
    imap_password: String,
    smtp_port: u16,
    smtp_tls: &'static str,
    smtp_ca: bool,
    smtp_password: String,
    /// Appended to the config.
    extra: &'static str,
}

impl Servers {
    fn good(&self) -> Case {
        Case {
            imap_port: self.imap.tls_port,
            imap_tls: "implicit",
            imap_ca: true,
            imap_password: PASSWORD.into(),
            smtp_port: self.smtp.port,
            smtp_tls: "implicit",
            smtp_ca: true,
            smtp_password: PASSWORD.into(),
            extra: "[marks.bulk]\nfolder = \"Junk\"\n",
        }
    }

    fn doctor(&self, case: &Case) -> (Output, String) {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for (name, password) in [
            ("imap-password", &case.imap_password),
            ("smtp-password", &case.smtp_password),
        ] {
            std::fs::write(d.join(name), format!("{password}\n")).unwrap();
            // postbag refuses a password file every user can read.
            std::fs::set_permissions(d.join(name), std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let ca = |on: bool, path: &PathBuf| {
            if on {
                format!("ca_file = {:?}\n", path.display().to_string())
            } else {
                String::new()
            }
        };
        let config = d.join("postbag.toml");
        std::fs::write(
            &config,
            format!(
                "data_dir = \"data\"\n[secretary]\nname = \"Sam Okafor\"\naddresses = [\"{USER}\"]\n\
                 [imap]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"{}\"\n{}username = \"{USER}\"\npassword_file = \"imap-password\"\ntimeout_secs = 5\n\
                 [smtp]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"{}\"\n{}username = \"{USER}\"\npassword_file = \"smtp-password\"\nfrom = \"Sam Okafor <{USER}>\"\ntimeout_seconds = 5\n{}",
                case.imap_port,
                case.imap_tls,
                ca(case.imap_ca, &self.imap.ca_file),
                case.smtp_port,
                case.smtp_tls,
                ca(case.smtp_ca, self.smtp.ca.as_ref().unwrap()),
                case.extra,
            ),
        )
        .unwrap();
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
        let out = Command::new(BIN)
            .arg("--config")
            .arg(&config)
            .arg("doctor")
            .current_dir(d)
            .env_remove("POSTBAG_CONFIG")
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout.clone()).unwrap();
        eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
        (out, stdout)
    }

    /// Doctor must fail with exactly one FIX line, and that line must contain `fix`.
    fn expect_one_fix(&self, case: &Case, fix: &str) {
        let (out, stdout) = self.doctor(case);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        let fixes: Vec<&str> = stdout.lines().filter(|l| l.starts_with("FIX")).collect();
        assert_eq!(fixes.len(), 1, "{stdout}");
        assert!(fixes[0].contains(fix), "wanted {fix:?} in {:?}", fixes[0]);
        assert!(stdout.contains("1 thing(s) to fix"));
    }
}

#[test]
fn all_green_and_each_misconfiguration_named_with_its_fix() {
    let s = servers();
    let good = s.good();

    let (out, stdout) = s.doctor(&good);
    assert!(out.status.success(), "{stdout}");
    for line in [
        "accepts connections",
        "ok   imap      logged in as secretary@riverside.example.org with a password (TLS, certificate verified)",
        "ok   imap      IDLE",
        "ok   imap      CONDSTORE",
        "ok   imap      SPECIAL-USE",
        "ok   imap      folder \"INBOX\" is there",
        "ok   imap      drafts go to \"Drafts\" (the server's \\Drafts folder)",
        "ok   imap      sent mail is filed by the server in \"Sent\"",
        "ok   imap      bulk messages are filed in \"Junk\" ([marks.bulk])",
        "ok   smtp      logged in as secretary@riverside.example.org (TLS, certificate verified)",
        "ok   rules     the rules built into postbag",
        "ok   templates the built-in reply templates: no errors",
        "ok   data      data_dir",
        "Everything postbag needs works. Next: postbag run --once",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in\n{stdout}");
    }
    assert!(!stdout.contains("FIX"));

    // IMAP: wrong password.
    s.expect_one_fix(
        &Case { imap_password: "wrong".into(), ..good.clone() },
        "imap      the server refused the password for secretary@riverside.example.org: check [imap] username and the password its password_* option gives",
    );
    // IMAP: wrong port, nothing listening.
    let nobody = free_port();
    s.expect_one_fix(
        &Case { imap_port: nobody, ..good.clone() },
        &format!("nothing listens on 127.0.0.1:{nobody} (connection refused): check [imap] port (usually 993 for tls = \"implicit\")"),
    );
    // IMAP: implicit TLS against the plain port.
    s.expect_one_fix(
        &Case { imap_port: s.imap.port, ..good.clone() },
        "answers in plain text, not TLS: set [imap] tls = \"starttls\" for this port (or use port 993 with tls = \"implicit\")",
    );
    // IMAP: plain text against the TLS port.
    s.expect_one_fix(
        &Case {
            imap_tls: "none",
            imap_ca: false,
            ..good.clone()
        },
        "expects TLS from the first byte, but [imap] tls = \"none\": set tls = \"implicit\"",
    );
    // A mark's folder the server does not have.
    s.expect_one_fix(
        &Case {
            extra: "[marks.bulk]\nfolder = \"Newsletters\"\n",
            ..good.clone()
        },
        "[marks.bulk] folder = \"Newsletters\" is not on the server: create it in your mail client, or set it to one it has (",
    );
    // IMAP: self-signed certificate, no ca_file.
    s.expect_one_fix(
        &Case { imap_ca: false, ..good.clone() },
        "is not signed by an authority this machine trusts (self-signed or a private CA): set ca_file = \"/path/to/ca.pem\" in [imap]",
    );

    // SMTP: the same mistakes.
    s.expect_one_fix(
        &Case { smtp_password: "wrong".into(), ..good.clone() },
        "smtp      the server refused the password for secretary@riverside.example.org: check [smtp] username",
    );
    s.expect_one_fix(
        &Case { smtp_port: nobody, ..good.clone() },
        &format!("nothing listens on 127.0.0.1:{nobody} (connection refused): check [smtp] port (usually 465 for tls = \"implicit\")"),
    );
    s.expect_one_fix(
        &Case {
            smtp_tls: "none",
            smtp_ca: false,
            ..good.clone()
        },
        "expects TLS from the first byte, but [smtp] tls = \"none\": set tls = \"implicit\"",
    );
    s.expect_one_fix(
        &Case {
            smtp_ca: false,
            ..good.clone()
        },
        "set ca_file = \"/path/to/ca.pem\" in [smtp]",
    );
}

#[test]
fn implicit_tls_against_a_plain_smtp_port() {
    let s = servers();
    let plain = SmtpServer::start(SmtpOptions {
        login: Some((USER.into(), PASSWORD.into())),
        ..Default::default()
    });
    s.expect_one_fix(
        &Case {
            smtp_port: plain.port,
            ..s.good()
        },
        "answers in plain text, not TLS: set [smtp] tls = \"starttls\" for this port",
    );
}
