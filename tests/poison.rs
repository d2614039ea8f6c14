//! Hostile mail against the action path, on a real Dovecot and a real SMTP server
//! (aiosmtpd): a message whose reply cannot be composed is recorded as a problem against
//! that message and the pass goes on; a threat that arrives with it (or after it, under the
//! daemon) still gets its officer alert.

mod support;

use std::time::Duration;
use support::dovecot::{Dovecot, USER};
use support::postbag::{postbag_keywords, wait_until, Postbag};
use support::smtp::{SmtpOptions, SmtpServer};

/// A question from `from` (a raw header value) that the default rules answer automatically.
fn question(from: &str, id: &str, extra: &str) -> Vec<u8> {
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    format!(
        "From: {from}\r\nTo: Sam Okafor <{USER}>\r\nSubject: How do I join the branch?\r\n\
         Message-ID: <{id}>\r\nDate: {date}\r\n{extra}\r\n\
         Hello, how do I join the branch? Where do you meet?\r\n"
    )
    .into_bytes()
}

fn threat(id: &str) -> Vec<u8> {
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    format!(
        "From: Anon <angry@example.org>\r\nTo: {USER}\r\nSubject: You lot\r\n\
         Message-ID: <{id}>\r\nDate: {date}\r\n\r\n\
         I know where you live and you will regret this. I'm going to hurt you.\r\n"
    )
    .into_bytes()
}

fn config(smtp: &SmtpServer) -> String {
    format!(
        r#"
[smtp]
host = "127.0.0.1"
port = {port}
tls = "none"
from = "Sam Okafor <{USER}>"

[alerts]
to = ["Chair <chair@riverside.example.org>"]
"#,
        port = smtp.port
    )
}

/// The issue's repro: `From: =?utf-8?q?A=0AB?= <x@example.com>` made `run --once` panic in
/// reply composition on every pass, and the threat behind it was never alerted.
#[test]
fn a_sender_name_with_a_line_break_does_not_stop_the_pass_or_the_alert() {
    let server = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions::default());
    server.append(
        "INBOX",
        &[
            question("=?utf-8?q?A=0AB?= <x@example.com>", "p1@example.com", ""),
            question("=?utf-8?q?N=00ul?= <nul@example.com>", "p2@example.com", ""),
            question(
                "Jo <jo@example.com>",
                "p3@example.com",
                "Reply-To: <@>, \"a\r\n b\"@example.com\r\n",
            ),
            threat("t1@example.org"),
        ],
    );
    let pb = Postbag::new(&server, &["INBOX"], &config(&smtp));
    let out = pb.run(&["run", "--once"]);
    assert!(out.status.success(), "run --once must finish the pass");

    let received = smtp.wait_for(2, Duration::from_secs(10));
    assert!(
        received
            .iter()
            .any(|r| r.rcpt_to == ["chair@riverside.example.org"]),
        "the threat's alert reached the relay: {:?}",
        received.iter().map(|r| &r.rcpt_to).collect::<Vec<_>>()
    );
    for r in &received {
        assert_eq!(
            r.rcpt_to.len(),
            1,
            "one recipient per message: {:?}",
            r.rcpt_to
        );
        for line in r.raw.split(|&b| b == b'\n') {
            assert!(line.len() <= 998, "a line of {} bytes", line.len());
        }
    }
    // Every message is marked, the poison ones too.
    let flags = server.flags("INBOX");
    assert_eq!(flags.len(), 4);
    for (uid, f) in &flags {
        assert_eq!(postbag_keywords(f).len(), 1, "UID {uid}: {f:?}");
    }
    // A second pass is clean: nothing is retried for ever, nothing sent twice.
    let before = smtp.received().len();
    let out = pb.run(&["run", "--once"]);
    assert!(out.status.success());
    assert_eq!(smtp.received().len(), before);
}

/// Under the daemon: a poison message first, a threat after it; the threat's alert goes
/// out and the daemon is still running.
#[test]
fn the_daemon_alerts_on_a_threat_that_follows_a_poison_message() {
    let server = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions::default());
    let pb = Postbag::new(&server, &["INBOX"], &config(&smtp));
    server.append(
        "INBOX",
        &[question(
            "=?utf-8?q?A=0AB?= <x@example.com>",
            "p1@example.com",
            "",
        )],
    );
    let mut daemon = pb.spawn_daemon();
    let marked = wait_until(Duration::from_secs(20), || {
        server
            .flags("INBOX")
            .values()
            .any(|f| !postbag_keywords(f).is_empty())
    });
    assert!(
        marked.is_some(),
        "the poison message was triaged: {}",
        pb.daemon_log()
    );
    server.append("INBOX", &[threat("t1@example.org")]);
    let alerted = wait_until(Duration::from_secs(20), || {
        smtp.received()
            .iter()
            .any(|r| r.rcpt_to == ["chair@riverside.example.org"])
    });
    assert!(alerted.is_some(), "no alert: {}", pb.daemon_log());
    assert!(
        daemon.try_wait().unwrap().is_none(),
        "the daemon is still running"
    );
    daemon.kill().unwrap();
    daemon.wait().unwrap();
}

fn raw(headers: &str, body: &str) -> Vec<u8> {
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    format!("{headers}Date: {date}\r\n\r\n{body}\r\n").into_bytes()
}

/// An acknowledgement goes to exactly one address on the sender's own domain and carries
/// no link or long text of the message it answers; anything else is a draft.
#[test]
fn an_acknowledgement_goes_to_one_address_and_echoes_no_link() {
    let server = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions::default());
    let many: Vec<String> = (0..30).map(|i| format!("v{i}@victims.example")).collect();
    let question = "How do I join the branch?";
    let body = "Hello, how do I join the branch? Where do you meet?";
    server.append(
        "INBOX",
        &[
            raw(
                &format!(
                    "From: Jo <jo@example.com>\r\nTo: {USER}\r\nReply-To: {}\r\n\
                     Subject: {question}\r\nMessage-ID: <r1@example.com>\r\n",
                    many.join(", ")
                ),
                body,
            ),
            raw(
                &format!(
                    "From: Jo <jo2@example.com>\r\nTo: {USER}\r\n\
                     Reply-To: friends: a@x.example, b@y.example;\r\n\
                     Subject: {question}\r\nMessage-ID: <r2@example.com>\r\n"
                ),
                body,
            ),
            raw(
                &format!(
                    "From: Jo <jo3@example.com>\r\nTo: {USER}\r\n\
                     Reply-To: victim@elsewhere.example\r\n\
                     Subject: {question}\r\nMessage-ID: <r3@example.com>\r\n"
                ),
                body,
            ),
            raw(
                &format!(
                    "From: Kim <kim@example.com>\r\nTo: {USER}\r\n\
                     Subject: How do I join? WIN at http://spam.example/win or www.cheap.example\r\n\
                     Message-ID: <r4@example.com>\r\n"
                ),
                body,
            ),
            raw(
                &format!(
                    "From: \"{}\" <long@example.com>\r\nTo: {USER}\r\n\
                     Subject: How do I join the branch {}\r\nMessage-ID: <r5@example.com>\r\n",
                    "N".repeat(1000),
                    "x".repeat(20_000)
                ),
                body,
            ),
        ],
    );
    let pb = Postbag::new(&server, &["INBOX"], &config(&smtp));
    pb.run_once();
    let received = smtp.wait_for(2, Duration::from_secs(10));
    let mut to: Vec<&str> = received.iter().map(|r| r.rcpt_to[0].as_str()).collect();
    to.sort();
    assert_eq!(
        to,
        ["kim@example.com", "long@example.com"],
        "acks only to single senders"
    );
    for r in &received {
        assert_eq!(r.rcpt_to.len(), 1);
        let text = String::from_utf8_lossy(&r.raw);
        for needle in [
            "spam.example",
            "cheap.example",
            "http",
            "www.",
            &"x".repeat(60),
            "NNNNN",
        ] {
            assert!(!text.contains(needle), "the ack echoes {needle}: {text}");
        }
        for line in r.raw.split(|&b| b == b'\n') {
            assert!(line.len() <= 998, "a line of {} bytes", line.len());
        }
    }
    // The three others became drafts for the secretary, not acknowledgements.
    assert_eq!(server.uids("Drafts").len(), 3);
}

/// A reply that fails for one message (here a template that breaks on one subject) is
/// recorded against it, shown by `status` and the digest; the others are answered.
#[test]
fn a_reply_that_fails_for_one_message_is_recorded_and_the_pass_goes_on() {
    let server = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions::default());
    let pb = Postbag::new(&server, &["INBOX"], &config(&smtp));
    let templates = pb.dir.path().join("templates");
    std::fs::create_dir_all(templates.join("reply")).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/reply")).unwrap()
    {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            templates.join("reply").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    let query = templates.join("reply/query.txt");
    let text = std::fs::read_to_string(&query).unwrap();
    std::fs::write(
        &query,
        format!("{{% if \"boom\" in subject %}}{{{{ subject | int }}}}{{% endif %}}{text}"),
    )
    .unwrap();
    let config_text = std::fs::read_to_string(&pb.config).unwrap();
    std::fs::write(
        &pb.config,
        format!("templates_dir = \"templates\"\n{config_text}"),
    )
    .unwrap();
    server.append(
        "INBOX",
        &[
            raw(
                &format!(
                    "From: Bo <bo@example.com>\r\nTo: {USER}\r\nSubject: boom: how do I join?\r\n\
                     Message-ID: <f1@example.com>\r\n"
                ),
                "Hello, how do I join the branch?",
            ),
            question("Kim <kim@example.com>", "f2@example.com", ""),
            threat("t1@example.org"),
        ],
    );
    pb.run_once();
    let received = smtp.wait_for(2, Duration::from_secs(10));
    let mut to: Vec<&str> = received.iter().map(|r| r.rcpt_to[0].as_str()).collect();
    to.sort();
    assert_eq!(to, ["chair@riverside.example.org", "kim@example.com"]);
    let status = pb.status();
    let failures = status["reply_failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{status}");
    assert!(failures[0]["subject"].as_str().unwrap().contains("boom"));
    let reason = failures[0]["reason"].as_str().unwrap();
    assert!(reason.contains("query"), "{reason}");
    let week = jiff::Timestamp::now()
        .in_tz("Europe/London")
        .unwrap()
        .date()
        .iso_week_date();
    let week = format!("{}-W{:02}", week.year(), week.week());
    let out = pb.run(&["digest", "--week", &week]);
    let digest = String::from_utf8_lossy(&out.stdout);
    assert!(digest.contains("PROBLEMS"), "{digest}");
    assert!(digest.contains("no reply could be made"), "{digest}");
    // Not retried: the next pass sends nothing more.
    pb.run_once();
    assert_eq!(smtp.received().len(), 2);
}
