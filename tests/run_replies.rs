//! The daemon's replies end to end, on a real Dovecot and a real SMTP server (aiosmtpd):
//! an acknowledgement for a member's question, a threaded draft for a complaint, an alert
//! (never a reply) for a threat, nothing for a list; nothing twice on a second pass; the
//! weekly digest sent over SMTP and parsed back.

mod support;

use mail_parser::{MessageParser, MimeHeaders};
use std::time::Duration;
use support::dovecot::{Dovecot, USER};
use support::postbag::Postbag;
use support::smtp::{SmtpOptions, SmtpServer};

fn message(from: &str, id: &str, subject: &str, body: &str, extra: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Sam Okafor <{USER}>\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n{extra}\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
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
            "",
        ),
        message(
            "George Fairbairn <george@example.net>",
            "c1@example.net",
            "Formal complaint about the selection meeting",
            "I wish to make a formal complaint. The way the selection meeting was run was \
             unacceptable and I demand an explanation.",
            "References: <earlier@example.net>\r\nIn-Reply-To: <earlier@example.net>\r\n",
        ),
        message(
            "Anon <angry@example.org>",
            "s1@example.org",
            "You lot",
            "I know where you live and you will regret this. I'm going to hurt you.",
            "",
        ),
        message(
            "Regional Bulletin <bulletin@lists.example.org>",
            "b1@lists.example.org",
            "Regional Bulletin: training dates",
            "Training dates for the region. Unsubscribe at any time.",
            "List-Id: Regional Bulletin <bulletin.lists.example.org>\r\nPrecedence: list\r\n",
        ),
    ]
}

/// Every message of a mailbox, read with doveadm, one UID at a time.
fn bodies(server: &Dovecot, mailbox: &str) -> Vec<Vec<u8>> {
    server
        .uids(mailbox)
        .into_iter()
        .map(|uid| {
            let out = server.doveadm(&[
                "fetch",
                "-u",
                USER,
                "text",
                "mailbox",
                mailbox,
                "uid",
                &uid.to_string(),
            ]);
            out.trim_start_matches("text:\n").as_bytes().to_vec()
        })
        .collect()
}

#[test]
fn members_get_acks_complaints_get_drafts_threats_raise_alerts_and_the_digest_goes_out() {
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

    let received = smtp.wait_for(2, Duration::from_secs(10));
    let to: Vec<&str> = received.iter().map(|r| r.rcpt_to[0].as_str()).collect();
    assert_eq!(
        received.len(),
        2,
        "an ack and an alert, nothing else: {to:?}"
    );
    let ack = received
        .iter()
        .find(|r| r.rcpt_to[0] == "priya.shah@example.com")
        .expect("ack to Priya");
    let ack = MessageParser::default().parse(&ack.raw).unwrap();
    assert_eq!(
        ack.header_raw("Auto-Submitted").map(str::trim),
        Some("auto-replied")
    );
    assert_eq!(ack.in_reply_to().as_text(), Some("q1@example.com"));
    let alert = received
        .iter()
        .find(|r| r.rcpt_to[0] == "chair@riverside.example.org")
        .expect("alert to the chair");
    let alert_text = String::from_utf8_lossy(&alert.raw);
    assert!(
        !alert_text.contains("I know where you live"),
        "the alert does not forward the threat"
    );
    assert!(!received.iter().any(|r| r
        .rcpt_to
        .iter()
        .any(|t| t.contains("angry@") || t.contains("bulletin@"))));

    // The complaint has a draft in Drafts, threaded under it.
    let drafts = bodies(&server, "Drafts");
    assert_eq!(drafts.len(), 1, "one draft");
    let draft = MessageParser::default().parse(&drafts[0]).unwrap();
    assert_eq!(
        draft.subject(),
        Some("Re: Formal complaint about the selection meeting")
    );
    assert_eq!(draft.in_reply_to().as_text(), Some("c1@example.net"));
    let refs: Vec<String> = draft
        .references()
        .as_text_list()
        .unwrap()
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(refs, ["earlier@example.net", "c1@example.net"]);
    assert!(
        draft.header_raw("Auto-Submitted").is_none(),
        "a draft is personal mail"
    );
    let drafts_flags = server.flags("Drafts");
    assert!(drafts_flags
        .values()
        .all(|f| f.iter().any(|x| x == "\\Draft")));

    // Copies of what was sent are in Sent.
    assert_eq!(bodies(&server, "Sent").len(), 2);

    // A second pass answers nothing again.
    pb.run_once();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(smtp.received().len(), 2);
    assert_eq!(bodies(&server, "Drafts").len(), 1);

    // The digest, sent now for this week, to both recipients (added to the config only now,
    // so the passes above could not find it due on a Monday).
    let config = std::fs::read_to_string(&pb.config).unwrap();
    std::fs::write(
        &pb.config,
        format!(
            "{config}\n[digest]\nrecipients = [{{ address = \"{USER}\", view = \"full\" }}, \
             {{ address = \"chair@riverside.example.org\", view = \"summary\" }}]\n"
        ),
    )
    .unwrap();
    let week = jiff::Timestamp::now()
        .in_tz("Europe/London")
        .unwrap()
        .date()
        .iso_week_date();
    let week = format!("{}-W{:02}", week.year(), week.week());
    let out = pb.run(&["digest", "--send", "--week", &week]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&pb.run(&["outbox"]).stdout)
    );
    let received = smtp.wait_for(4, Duration::from_secs(10));
    for r in &received[2..] {
        let msg = MessageParser::default().parse(&r.raw).unwrap();
        assert_eq!(
            msg.header_raw("Auto-Submitted").map(str::trim),
            Some("auto-generated")
        );
        assert!(
            msg.text_body_count() >= 1 && msg.html_body_count() >= 1,
            "text and HTML parts"
        );
        assert!(
            msg.attachments()
                .any(|a| a.content_type().is_some_and(|c| c.subtype() == Some("png"))),
            "the chart"
        );
        let raw = String::from_utf8_lossy(&r.raw);
        if r.rcpt_to[0] == "chair@riverside.example.org" {
            for member in [
                "priya.shah@example.com",
                "george@example.net",
                "Priya",
                "Fairbairn",
            ] {
                assert!(!raw.contains(member), "the summary copy names {member}");
            }
        }
    }
}
