//! A lost or corrupt store is rebuilt from the mailbox, on a real Dovecot and a real SMTP
//! server (aiosmtpd): messages that carry postbag's keyword are recorded as handled, and
//! nothing is acknowledged, alerted or drafted a second time.

mod support;

use std::time::Duration;
use support::dovecot::{Dovecot, USER};
use support::postbag::Postbag;
use support::smtp::{SmtpOptions, SmtpServer};

fn message(from: &str, id: &str, subject: &str, body: &str) -> Vec<u8> {
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    format!(
        "From: {from}\r\nTo: Sam Okafor <{USER}>\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\
         Date: {date}\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

fn inbox() -> Vec<Vec<u8>> {
    vec![
        message(
            "Priya Shah <priya.shah@example.com>",
            "q1@example.com",
            "Where is the next branch meeting?",
            "Hi Sam, can you tell me when and where the next branch meeting is? I've just joined.",
        ),
        message(
            "George Fairbairn <george@example.net>",
            "c1@example.net",
            "Formal complaint about the selection meeting",
            "I wish to make a formal complaint. The way the selection meeting was run was \
             unacceptable and I demand an explanation.",
        ),
        message(
            "Anon <angry@example.org>",
            "s1@example.org",
            "You lot",
            "I know where you live and you will regret this. I'm going to hurt you.",
        ),
    ]
}

fn setup() -> (Dovecot, SmtpServer, Postbag) {
    let server = Dovecot::start();
    let smtp = SmtpServer::start(SmtpOptions::default());
    server.append("INBOX", &inbox());
    let pb = Postbag::new(
        &server,
        &["INBOX"],
        &format!(
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
        ),
    );
    pb.run_once();
    assert_eq!(
        smtp.wait_for(2, Duration::from_secs(10)).len(),
        2,
        "an acknowledgement and an alert"
    );
    assert_eq!(server.uids("Drafts").len(), 1, "a draft for the complaint");
    (server, smtp, pb)
}

fn categories(pb: &Postbag) -> serde_json::Value {
    pb.status()["categories"].clone()
}

#[test]
fn a_deleted_store_is_rebuilt_from_the_marks_and_sends_nothing_again() {
    let (server, smtp, pb) = setup();
    let before = categories(&pb);
    let sent_copies = server.uids("Sent").len();
    std::fs::remove_dir_all(pb.data_dir()).unwrap();

    pb.run_once();
    assert_eq!(
        categories(&pb),
        before,
        "the same categories, from the marks"
    );
    assert_eq!(smtp.received().len(), 2, "nothing sent again");
    assert_eq!(server.uids("Drafts").len(), 1, "no second draft");
    assert_eq!(server.uids("Sent").len(), sent_copies);
    // Each message is recorded as handled, so later passes leave it alone too.
    pb.run_once();
    assert_eq!(smtp.received().len(), 2);
}

#[test]
fn a_corrupt_store_is_named_in_the_error_and_repaired_from_the_mailbox() {
    let (server, smtp, pb) = setup();
    let before = categories(&pb);
    // Overwrite the start of sled's data file, as a crash of the disk might.
    let db = pb.data_dir().join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().take(8192) {
        *b = 0xAB;
    }
    std::fs::write(&db, &bytes).unwrap();

    let out = pb.run(&["run", "--once"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("postbag store repair"), "{err}");

    let out = pb.run(&["store", "repair"]);
    assert!(out.status.success());
    let aside: Vec<_> = std::fs::read_dir(pb.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("data.broken-"))
        .collect();
    assert_eq!(aside.len(), 1, "the old store is kept aside");
    assert_eq!(categories(&pb), before);
    assert_eq!(smtp.received().len(), 2, "nothing sent again");
    assert_eq!(server.uids("Drafts").len(), 1, "no second draft");

    // A healthy store is left alone unless asked.
    let out = pb.run(&["store", "repair"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing to repair"));
}
