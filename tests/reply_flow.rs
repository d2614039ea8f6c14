//! Replies end to end: realistic messages through intake, the loop guard and the reply plan,
//! then the outbox to a real SMTP server (aiosmtpd) on loopback. Acknowledgements reach
//! members only; lists, robots and auto-replies get nothing; a threat gets no reply but an
//! alert to the officers; rate limits hold (also against racing callers); drafts thread.

mod support;

use std::path::Path;
use std::sync::{Arc, Barrier};
use std::time::Duration;

use mail_parser::MessageParser;
use postbag::config::Config;
use postbag::guard::{self, Identity};
use postbag::intake::{intake, Intake};
use postbag::outbox::{Outbox, OutboxOptions};
use postbag::reply::{drafts, DraftSink, Replier, ReplyPlan, Templates};
use postbag::rules::{ReplyPolicy, RuleSet};
use postbag::store::{Limited, MessageKey, OutboxKind, OutboxState, ReplyRecord, Store};
use support::smtp::{SmtpOptions, SmtpServer};

const RULES: &str = r#"
[[category]]
name = "safety"
priority = 100
threshold = 10
reply = "none"
preempt = true

[[category]]
name = "complaint"
priority = 60
threshold = 10
reply = "draft"

[[category]]
name = "data-protection"
priority = 70
threshold = 10
reply = "auto"

[[category]]
name = "query"
priority = 40
threshold = 10
reply = "auto"

[[category]]
name = "other"
reply = "none"

[[rule]]
name = "threat"
category = "safety"
score = 14
field = "body"
words = ["know where you live"]

[[rule]]
name = "complaint"
category = "complaint"
score = 10
field = "text"
words = ["formal complaint"]

[[rule]]
name = "sar"
category = "data-protection"
score = 12
field = "text"
words = ["subject access request"]

[[rule]]
name = "question"
category = "query"
score = 10
field = "text"
words = ["when is", "could you let me know"]
"#;

struct Branch {
    _dir: tempfile::TempDir,
    store: Store,
    rules: RuleSet,
    config: Config,
    replier: Replier,
    identity: Identity,
    uid: std::sync::atomic::AtomicU32,
}

fn config(smtp: &SmtpServer, hourly_cap: u32) -> Config {
    let text = format!(
        r#"
[secretary]
name = "Sam Okafor"
addresses = ["secretary@riverside.example.org"]
signature = "Sam Okafor\nSecretary, Riverside CLP"

[branch]
name = "Riverside CLP"
next_meeting_date = "Thursday 3 December, 7.30pm"
next_meeting_venue = "Riverside Community Centre"
complaints_url = "https://labour.org.uk/complaints"

[reply]
hourly_cap = {hourly_cap}

[alerts]
to = ["chair@riverside.example.org", "Women's Officer <wo@riverside.example.org>"]

[smtp]
host = "127.0.0.1"
port = {}
tls = "none"
from = "Sam Okafor <secretary@riverside.example.org>"
"#,
        smtp.port
    );
    Config::parse(Path::new("/tmp/postbag.toml"), &text).unwrap()
}

impl Branch {
    fn new(config: Config) -> Branch {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("rules.toml"), RULES).unwrap();
        let rules = postbag::rules::load_dir(dir.path())
            .unwrap()
            .ruleset
            .unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        let replier = Replier::new(store.clone(), &config, Templates::builtin()).unwrap();
        Branch {
            identity: Identity::new(config.own_addresses()),
            _dir: dir,
            store,
            rules,
            config,
            replier,
            uid: Default::default(),
        }
    }

    /// What the daemon does per fetched message: intake, guard, plan.
    fn receive(&self, raw: &str) -> ReplyPlan {
        let uid = self.uid.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        self.receive_at(MessageKey::new("INBOX", 7, uid), raw)
    }

    fn receive_at(&self, key: MessageKey, raw: &str) -> ReplyPlan {
        let raw = raw.replace('\n', "\r\n");
        let Intake::Triaged { record, .. } =
            intake(&self.store, &self.rules, &key, raw.as_bytes(), now()).unwrap()
        else {
            panic!("quarantined");
        };
        let env = postbag::mail::parse(raw.as_bytes()).unwrap();
        let policy = self
            .rules
            .categories()
            .iter()
            .find(|c| c.name == record.category)
            .map_or(ReplyPolicy::None, |c| c.reply);
        let (policy, _blocked) = guard::apply(policy, &env, &self.identity);
        self.replier.plan(&record, &env, policy).unwrap()
    }

    async fn drain(&self) {
        let smtp = self.config.smtp.clone();
        let (outbox, _) = Outbox::open(self.store.clone(), smtp.clone()).unwrap();
        let options = OutboxOptions {
            first_retry: Duration::ZERO,
            ..OutboxOptions::from_config(smtp.as_ref())
        };
        outbox.with_options(options).drain_once().await.unwrap();
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn message(from: &str, subject: &str, body: &str, extra: &str) -> String {
    let n = from.len() + subject.len() + body.len() + extra.len();
    format!(
        "From: {from}\nTo: Riverside CLP Secretary <secretary@riverside.example.org>\n\
         Subject: {subject}\nMessage-ID: <{n}.{}@example.com>\n\
         Date: Mon, 23 Nov 2026 10:00:00 +0000\n{extra}\n{body}\n",
        subject.len()
    )
}

fn query(from: &str) -> String {
    message(
        from,
        "Next meeting",
        "Hello, when is the next branch meeting?",
        "",
    )
}

#[tokio::test]
async fn a_realistic_inbox_gets_acknowledgements_for_members_only() {
    let server = SmtpServer::start(SmtpOptions::default());
    let branch = Branch::new(config(&server, 20));

    let member = branch.receive(&query("Siobhan Kelly <siobhan@example.com>"));
    assert!(matches!(member, ReplyPlan::Ack(_)), "{member:?}");
    let with_reply_to = branch.receive(&message(
        "\"Okonkwo, Ade\" <ade@example.net>",
        "Re: AW: canvassing",
        "Could you let me know where we meet on Saturday?",
        "Reply-To: ade.home@example.net\n",
    ));
    assert!(matches!(with_reply_to, ReplyPlan::Ack(_)));
    // A Reply-To on another domain would aim the acknowledgement at someone else: the
    // secretary gets a draft to it instead.
    let elsewhere = branch.receive(&message(
        "Bo <bo@work.example.com>",
        "canvassing",
        "Could you let me know where we meet on Saturday?",
        "Reply-To: bo.home@example.net\n",
    ));
    let ReplyPlan::Draft(draft) = elsewhere else {
        panic!("{elsewhere:?}")
    };
    let draft = MessageParser::default().parse(&draft.raw).unwrap();
    assert_eq!(
        draft.to().unwrap().first().unwrap().address(),
        Some("bo.home@example.net")
    );
    let sar = branch.receive(&message(
        "Jo Bloggs <jo@example.org>",
        "Subject access request",
        "I am making a subject access request for all data you hold about me.",
        "",
    ));
    assert!(matches!(sar, ReplyPlan::Ack(_)));

    // Machines, lists and mail not addressed to us: no reply at all.
    let none = [
        message(
            "Members list <members@lists.example.org>",
            "Next meeting",
            "when is it?",
            "List-Id: <members.lists.example.org>\n",
        ),
        message(
            "noreply@ballots.example.org",
            "Next meeting",
            "When is the ballot?",
            "",
        ),
        message(
            "Kim <kim@example.com>",
            "Out of office: Next meeting",
            "When is ... I am away",
            "Auto-Submitted: auto-replied\n",
        ),
        message(
            "News <news@example.com>",
            "When is the AGM",
            "when is the AGM",
            "Precedence: bulk\n",
        ),
        message(
            "MAILER-DAEMON@mx.example.com",
            "Undelivered",
            "when is delivery",
            "Return-Path: <>\n",
        ),
        message(
            "Pat <pat@example.com>",
            "fyi",
            "When is the meeting? (bcc)",
            "",
        )
        .replace(
            "To: Riverside CLP Secretary <secretary@riverside.example.org>",
            "To: all-members@riverside.example.org",
        ),
        message(
            "Sam Okafor <secretary@riverside.example.org>",
            "Next meeting",
            "When is it?",
            "",
        ),
    ];
    for raw in &none {
        assert_eq!(branch.receive(raw), ReplyPlan::None, "{raw}");
    }

    // A complaint is drafted, not sent.
    let complaint = branch.receive(&message(
        "Chris <chris@example.com>",
        "URGENT!!! Formal complaint",
        "I wish to make a formal complaint about the chair.",
        "",
    ));
    assert!(matches!(complaint, ReplyPlan::Draft(_)), "{complaint:?}");

    // A threat: no reply of any kind, an alert to the officers.
    let threat = branch.receive(&message(
        "anon@example.net",
        "You have been warned",
        "We know where you live.",
        "",
    ));
    let ReplyPlan::Alert(alert_id) = threat else {
        panic!("{threat:?}")
    };

    branch.drain().await;
    let got = server.wait_for(4, Duration::from_secs(5));
    let mut recipients: Vec<String> = got.iter().flat_map(|m| m.rcpt_to.clone()).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            "ade.home@example.net",
            "chair@riverside.example.org",
            "jo@example.org",
            "siobhan@example.com",
            "wo@riverside.example.org",
        ]
    );
    assert!(
        !recipients.iter().any(|r| r.contains("anon")),
        "never a reply to a threat"
    );

    for m in &got {
        let parsed = MessageParser::default().parse(&m.raw).unwrap();
        let body = parsed.body_text(0).unwrap().replace("\r\n", "\n");
        let header = |name: &str| {
            parsed
                .headers_raw()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_string())
        };
        assert_eq!(m.mail_from, "secretary@riverside.example.org");
        assert!(parsed
            .message_id()
            .unwrap()
            .ends_with("@riverside.example.org"));
        if m.rcpt_to
            .contains(&"chair@riverside.example.org".to_string())
        {
            assert_eq!(header("Auto-Submitted").as_deref(), Some("auto-generated"));
            assert!(parsed.subject().unwrap().contains("SAFETY"));
            assert!(
                !body.contains("know where you live"),
                "no content by default: {body}"
            );
            let evidence = branch.store.evidence_list().unwrap();
            assert!(body.contains(&evidence[0].sha256), "{body}");
            assert!(body.contains("anon@example.net"));
            continue;
        }
        assert_eq!(header("Auto-Submitted").as_deref(), Some("auto-replied"));
        assert_eq!(header("X-Auto-Response-Suppress").as_deref(), Some("All"));
        assert_eq!(header("Precedence").as_deref(), Some("bulk"));
        assert!(parsed.in_reply_to().as_text().is_some());
        assert!(
            body.contains("automatic acknowledgement")
                || body.contains("UK General Data Protection"),
            "{body}"
        );
        assert!(
            !body.contains("> "),
            "acknowledgements do not quote: {body}"
        );
        if m.rcpt_to == ["siobhan@example.com"] {
            assert!(body.starts_with("Dear Siobhan,"), "{body}");
            assert_eq!(parsed.subject(), Some("Re: Next meeting"));
            assert!(body.contains("welcome"), "first message: {body}");
            assert!(body.contains("Thursday 3 December, 7.30pm at Riverside Community Centre"));
        }
        if m.rcpt_to == ["ade.home@example.net"] {
            assert!(body.starts_with("Dear Ade,"), "{body}");
            assert_eq!(parsed.subject(), Some("Re: canvassing"));
        }
        if m.rcpt_to == ["jo@example.org"] {
            let received = postbag::reply::dates::london_date(now());
            let deadline = postbag::reply::dates::sar_deadline(received);
            let date = postbag::reply::dates::long_date(deadline);
            assert!(body.contains(&format!("by {date}")), "{body}");
        }
    }
    assert_eq!(
        branch.store.outbox_item(alert_id).unwrap().unwrap().state,
        OutboxState::Sent
    );
}

#[tokio::test]
async fn one_acknowledgement_per_sender_per_interval_and_one_reply_per_message() {
    let server = SmtpServer::start(SmtpOptions::default());
    let branch = Branch::new(config(&server, 20));
    let key = MessageKey::new("INBOX", 7, 100);
    let first = branch.receive_at(key.clone(), &query("Siobhan <siobhan@example.com>"));
    let ReplyPlan::Ack(id) = first else {
        panic!("{first:?}")
    };
    // The same message again (a re-sync after a crash): nothing new.
    assert_eq!(
        branch.receive_at(key.clone(), &query("Siobhan <siobhan@example.com>")),
        ReplyPlan::Done(ReplyRecord::Ack {
            outbox: id,
            at: branch.store.outbox_item(id).unwrap().unwrap().created
        })
    );
    // Later messages from the same person, however the address is written: no second ack.
    for from in [
        "Siobhan <siobhan@example.com>",
        "SIOBHAN@Example.com",
        "S. Kelly <Siobhan@example.com>",
    ] {
        let plan = branch.receive(&message(from, "Another question", "When is the AGM?", ""));
        assert!(
            matches!(plan, ReplyPlan::Limited(Limited::Address { .. })),
            "{plan:?}"
        );
    }
    // The limit survives a restart of the store.
    assert!(branch
        .store
        .last_ack("siobhan@example.com")
        .unwrap()
        .is_some());
    branch.drain().await;
    assert_eq!(server.wait_for(1, Duration::from_secs(5)).len(), 1);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn the_hourly_cap_stops_all_automatic_replies() {
    let server = SmtpServer::start(SmtpOptions::default());
    let branch = Branch::new(config(&server, 3));
    let plans: Vec<ReplyPlan> = (0..6)
        .map(|n| branch.receive(&query(&format!("Member {n} <member{n}@example.com>"))))
        .collect();
    let acks = plans
        .iter()
        .filter(|p| matches!(p, ReplyPlan::Ack(_)))
        .count();
    let capped = plans
        .iter()
        .filter(|p| {
            matches!(
                p,
                ReplyPlan::Limited(Limited::HourlyCap { count: 3, cap: 3 })
            )
        })
        .count();
    assert_eq!((acks, capped), (3, 3), "{plans:?}");
    // A threat is still alerted: the cap is for replies to members, not for alerts.
    let threat = branch.receive(&message("x@example.net", "hi", "I know where you live", ""));
    assert!(matches!(threat, ReplyPlan::Alert(_)));
    branch.drain().await;
    assert_eq!(server.wait_for(4, Duration::from_secs(5)).len(), 4);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(server.received().len(), 4);
}

#[test]
fn racing_callers_cannot_both_acknowledge_one_sender() {
    let server = SmtpServer::start(SmtpOptions::default());
    let branch = Arc::new(Branch::new(config(&server, 1000)));
    for round in 0..10 {
        let barrier = Arc::new(Barrier::new(4));
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (branch, barrier) = (Arc::clone(&branch), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let from = format!("Racer <racer{round}@example.com>");
                    let raw = message(&from, &format!("q{t}"), "When is the meeting?", "");
                    barrier.wait();
                    branch.receive(&raw)
                })
            })
            .collect();
        let plans: Vec<ReplyPlan> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let acks = plans
            .iter()
            .filter(|p| matches!(p, ReplyPlan::Ack(_)))
            .count();
        assert_eq!(acks, 1, "round {round}: {plans:?}");
    }
    let acks = branch
        .store
        .outbox_items()
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == OutboxKind::Ack)
        .count();
    assert_eq!(acks, 10);
}

/// Drafts in memory, as the IMAP Drafts folder would hold them.
#[derive(Default)]
struct Folder(Vec<Vec<u8>>);

impl DraftSink for Folder {
    async fn append_draft(&mut self, raw: &[u8]) -> postbag::Result<()> {
        self.0.push(raw.to_vec());
        Ok(())
    }
    async fn has_draft(&mut self, message_id: &str) -> postbag::Result<bool> {
        let id = format!("<{message_id}>");
        Ok(self
            .0
            .iter()
            .any(|d| String::from_utf8_lossy(d).contains(&id)))
    }
}

#[tokio::test]
async fn a_complaint_is_drafted_once_threaded_and_quoted() {
    let server = SmtpServer::start(SmtpOptions::default());
    let branch = Branch::new(config(&server, 20));
    let raw = "From: Chris Doe <chris@example.com>\nTo: secretary@riverside.example.org\n\
Subject: Re: Fwd: Formal complaint about the AGM\nMessage-ID: <c2@example.com>\n\
In-Reply-To: <c1@riverside.example.org>\nReferences: <c0@example.com> <c1@riverside.example.org>\n\
Date: Tue, 24 Nov 2026 21:15:00 +0000\n\nI wish to make a formal complaint.\nThe chair ignored me.\n";
    let key = MessageKey::new("INBOX", 7, 1);
    let plan = branch.receive_at(key.clone(), raw);
    let ReplyPlan::Draft(draft) = plan else {
        panic!("{plan:?}")
    };
    let mut folder = Folder::default();
    assert_eq!(
        drafts::save(&branch.store, &draft, &mut folder)
            .await
            .unwrap(),
        postbag::reply::DraftSaved::Appended
    );
    // Seen again (a re-sync): no second draft, even though the secretary deleted the first.
    folder.0.clear();
    let again = branch.receive_at(key.clone(), raw);
    assert!(
        matches!(again, ReplyPlan::Done(ReplyRecord::DraftSaved { .. })),
        "{again:?}"
    );
    assert!(folder.0.is_empty());

    let saved = draft.raw;
    let m = MessageParser::default().parse(&saved).unwrap();
    assert_eq!(m.subject(), Some("Re: Formal complaint about the AGM"));
    assert_eq!(
        m.to().unwrap().first().unwrap().address(),
        Some("chris@example.com")
    );
    assert!(
        m.header("Auto-Submitted").is_none(),
        "a draft is personal mail"
    );
    let refs: Vec<String> = match m.header("References").unwrap() {
        mail_parser::HeaderValue::TextList(l) => l.iter().map(|s| s.to_string()).collect(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        refs,
        [
            "c0@example.com",
            "c1@riverside.example.org",
            "c2@example.com"
        ]
    );
    let body = m.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(body.starts_with("Dear Chris,"), "{body}");
    assert!(body.contains("https://labour.org.uk/complaints"));
    assert!(
        body.contains("I have kept this together with our earlier correspondence"),
        "open thread: {body}"
    );
    assert!(body.contains("On Tue, 24 Nov 2026 at 21:15, Chris Doe wrote:\n> I wish to make a formal complaint.\n> The chair ignored me."), "{body}");
    assert!(server.received().is_empty(), "drafts are never sent");
}

#[test]
fn template_errors_are_clear_and_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reply")).unwrap();
    std::fs::write(
        dir.path().join("reply/default.txt"),
        "Dear {{ first_name }},\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("reply/query.txt"),
        "Dear {{ first_name }},\n\nOur meeting is at {{ branch.venue }}.\n{% if x %}\n",
    )
    .unwrap();
    let diagnostics = postbag::reply::check(dir.path());
    let text: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(text.len(), 1, "{text:#?}");
    assert!(
        text[0].starts_with(&format!(
            "{}:4: ",
            dir.path().join("reply/query.txt").display()
        )),
        "{text:#?}"
    );
    std::fs::write(
        dir.path().join("reply/query.txt"),
        "Dear {{ first_name }},\n\nOur meeting is at {{ venue }}.\n",
    )
    .unwrap();
    let err = Templates::load(dir.path()).unwrap_err().to_string();
    assert!(err.starts_with("cannot load reply templates:\n"), "{err}");
    assert!(
        err.contains("query.txt:3: undefined variable `venue`"),
        "{err}"
    );
}
