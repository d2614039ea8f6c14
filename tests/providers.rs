//! Marks the secretary can see on Gmail and Microsoft 365, against in-process servers shaped
//! like them (tests/support/provider.rs: every line they send, and where it comes from):
//!
//! - Gmail (developers.google.com/gmail/imap/imap-extensions; emailjs-imap-client #119;
//!   ocaml-imap #25; imap_tools #174; php-imap #176; gmailbuttons #10): every triaged
//!   message carries its category's label and keyword, drafts go to the \Drafts folder
//!   (`[Gmail]/Drafts`, or its localized name) and never to a self-made "Drafts", no command
//!   is refused, and a second run sends nothing that changes the mailbox. A message an
//!   earlier store labelled keeps that category and is not answered again.
//! - Microsoft 365 / Exchange (node-imap #602; MailKit #1139, #1282; imap_tools #181;
//!   mailcore2 #780): SELECT shows no `\*`, so no keyword STORE is ever sent; every message
//!   is copied to Triage/<Category>, safety and urgent are \Flagged, drafts and the alert
//!   still go out, a second run copies nothing, and a lost store is rebuilt from the
//!   folders without a second copy, draft or alert; a COPY whose answer was lost is looked
//!   for in the folder, not made twice; `fallback_move` moves. `doctor` names the fallback.
//! - `init --provider gmail|microsoft365` writes marks that fit each of them.
//! - A server whose SELECT claims `\*` but whose STORE answers `BAD Command Argument Error.
//!   11`: the refusal is counted, the pass goes on with the fallback, exit 0.
//!
//! Dovecot's behaviour is covered, unchanged, by run_imap.rs, run_replies.rs and the rest.

mod support;

use std::collections::BTreeMap;
use std::process::Command;

use support::postbag::{Postbag, BIN};
use support::provider::{Message, ProviderServer, Shape};
use support::smtp::{SmtpOptions, SmtpServer};

const USER: &str = "secretary@riverside.example.org";

fn message(from: &str, id: &str, subject: &str, body: &str, extra: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Sam Okafor <{USER}>\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n{extra}\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// A question, a complaint, a threat, a newsletter and a deadline, with the category the
/// default rules give each.
fn inbox() -> Vec<(Vec<u8>, &'static str, &'static str)> {
    vec![
        (
            message(
                "Priya Shah <priya.shah@example.com>",
                "q1@example.com",
                "Where is the next branch meeting?",
                "Hi Sam, can you tell me when and where the next branch meeting is? I've just joined.",
                "",
            ),
            "q1@example.com",
            "query",
        ),
        (
            message(
                "George Fairbairn <george@example.net>",
                "c1@example.net",
                "Formal complaint about the selection meeting",
                "I wish to make a formal complaint. The way the selection meeting was run was \
                 unacceptable and I demand an explanation.",
                "",
            ),
            "c1@example.net",
            "complaint",
        ),
        (
            message(
                "Anon <angry@example.org>",
                "s1@example.org",
                "You lot",
                "I know where you live and you will regret this. I'm going to hurt you.",
                "",
            ),
            "s1@example.org",
            "safety",
        ),
        (
            message(
                "Regional Bulletin <bulletin@lists.example.org>",
                "b1@lists.example.org",
                "Regional Bulletin: training dates",
                "Training dates for the region. Unsubscribe at any time.",
                "List-Id: Regional Bulletin <bulletin.lists.example.org>\r\nPrecedence: list\r\n",
            ),
            "b1@lists.example.org",
            "bulk",
        ),
        (
            message(
                "Ward Organiser <organiser@example.net>",
                "u1@example.net",
                "Nomination papers must be in by 5pm today",
                "The deadline for nomination papers is 5pm today. Please confirm before the \
                 deadline or the nominations lapse.",
                "",
            ),
            "u1@example.net",
            "urgent",
        ),
    ]
}

/// Category by Message-ID (with angle brackets, as the header has it).
fn expected() -> BTreeMap<String, &'static str> {
    inbox()
        .into_iter()
        .map(|(_, id, category)| (format!("<{id}>"), category))
        .collect()
}

fn title(category: &str) -> String {
    let mut c = category.chars();
    c.next().unwrap().to_uppercase().chain(c).collect()
}

fn config(server: &ProviderServer, extra: &str) -> Postbag {
    Postbag::for_server(
        server.port,
        &server.user,
        &server.password,
        &["INBOX"],
        &format!("[alerts]\nto = [\"Chair <chair@riverside.example.org>\"]\n{extra}"),
    )
}

fn smtp_section(smtp: &SmtpServer) -> String {
    format!(
        "[smtp]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nfrom = \"Sam Okafor <{USER}>\"\n",
        smtp.port
    )
}

/// Commands that change a mailbox.
fn changes(commands: &[String]) -> Vec<&String> {
    commands
        .iter()
        .filter(|c| {
            let c = c.to_ascii_uppercase();
            [" STORE ", " COPY ", " MOVE ", " APPEND ", " CREATE "]
                .iter()
                .any(|v| c.contains(v))
        })
        .collect()
}

fn refusals(server: &ProviderServer) -> Vec<String> {
    server
        .answers()
        .into_iter()
        .filter(|a| a.split(' ').nth(1).is_some_and(|s| s == "NO" || s == "BAD"))
        .collect()
}

fn doctor(pb: &Postbag) -> String {
    let out = Command::new(BIN)
        .arg("--config")
        .arg(&pb.config)
        .arg("doctor")
        .current_dir(pb.dir.path())
        .env_remove("POSTBAG_CONFIG")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "doctor must pass:\n{stdout}");
    stdout
}

fn by_id(messages: &[Message]) -> BTreeMap<String, Message> {
    messages
        .iter()
        .map(|m| (m.message_id().unwrap(), m.clone()))
        .collect()
}

#[test]
fn gmail_labels_every_message_drafts_into_gmail_drafts_and_a_rerun_adds_nothing() {
    let server = ProviderServer::start(Shape::Gmail);
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("INBOX", &raws);
    let pb = config(&server, "");

    let report = doctor(&pb);
    assert!(
        report.contains("folder \"INBOX\": Gmail shows labels, not keywords: marks are labels Postbag/<Category>, and keywords postbag-<category> for other mail clients"),
        "{report}"
    );
    assert!(
        report.contains("drafts go to \"[Gmail]/Drafts\" (the server's \\Drafts folder)"),
        "{report}"
    );
    assert!(
        report.contains("LIST names the folders' roles"),
        "Gmail has no SPECIAL-USE capability, yet LIST has the roles: {report}"
    );

    let before = server.connections();
    pb.run_once();
    let first = server.commands_since(before + 1);
    assert_eq!(
        refusals(&server),
        Vec::<String>::new(),
        "no command refused"
    );
    let inbox = by_id(&server.messages("INBOX"));
    for (id, category) in expected() {
        let m = &inbox[&id];
        let label = format!("Postbag/{}", title(category));
        assert!(m.labels.contains(&label), "{id}: {:?}", m.labels);
        assert!(
            m.has_flag(&format!("postbag-{category}")),
            "{id}: {:?}",
            m.flags
        );
        assert!(!m.has_flag("\\Seen"), "nothing is marked read");
    }
    // Labels are created before they are used; one STORE per category.
    for category in ["Safety", "Complaint", "Query", "Bulk", "Urgent"] {
        assert!(
            server
                .folder_names()
                .contains(&format!("Postbag/{category}")),
            "{category}: {:?}",
            server.folder_names()
        );
    }
    let label_stores = first.iter().filter(|c| c.contains("+X-GM-LABELS")).count();
    assert_eq!(label_stores, 5, "{first:#?}");
    // Drafts are in Gmail's own Drafts, never in a folder postbag made.
    let drafts = server.messages("[Gmail]/Drafts");
    assert!(!drafts.is_empty());
    assert!(drafts.iter().all(|d| d.has_flag("\\Draft")));
    assert!(!server.folder_names().iter().any(|f| f == "Drafts"));
    assert!(first.iter().all(|c| !c.contains("APPEND \"Drafts\"")));

    // A second run changes nothing.
    let before = server.connections();
    pb.run_once();
    let second = server.commands_since(before + 1);
    assert_eq!(changes(&second), Vec::<&String>::new());
    assert_eq!(server.messages("[Gmail]/Drafts").len(), drafts.len());
}

#[test]
fn gmail_a_lost_store_recognises_labels_and_localized_drafts_are_found_by_role() {
    let server = ProviderServer::start(Shape::Gmail);
    // A German account: the system folders have localized names (php-imap #176).
    server.rename("[Gmail]/Drafts", "[Gmail]/Entw&APw-rfe");
    server.rename("[Gmail]/All Mail", "[Gmail]/Alle Nachrichten");
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("INBOX", &raws);
    // Labelled by an earlier store (keyword lost): a question filed as a complaint.
    server.append_labelled(
        "INBOX",
        message(
            "Ann Other <ann@example.com>",
            "q2@example.com",
            "How do I join the campaign team?",
            "Hello, how do I join the campaign team for the council elections?",
            "",
        ),
        &["Postbag/Complaint"],
    );
    let pb = config(&server, "");
    pb.run_once();
    let inbox = by_id(&server.messages("INBOX"));
    let labelled = &inbox["<q2@example.com>"];
    assert!(
        labelled.has_flag("postbag-complaint"),
        "the label's category is kept: {:?}",
        labelled.flags
    );
    assert_eq!(
        labelled
            .labels
            .iter()
            .filter(|l| l.starts_with("Postbag/"))
            .count(),
        1,
        "{:?}",
        labelled.labels
    );
    let drafts = server.messages("[Gmail]/Entw&APw-rfe");
    assert!(!drafts.is_empty(), "drafts go to the localized \\Drafts");
    assert!(
        drafts
            .iter()
            .all(|d| !String::from_utf8_lossy(&d.raw).contains("q2@example.com")),
        "the message an earlier store handled is not answered again"
    );
    assert!(!server.folder_names().iter().any(|f| f == "Drafts"));

    // The store is lost: everything is recognised by its label, nothing is redone.
    std::fs::remove_dir_all(pb.data_dir()).unwrap();
    let before = server.connections();
    pb.run_once();
    assert_eq!(
        changes(&server.commands_since(before + 1)),
        Vec::<&String>::new()
    );
    assert_eq!(server.messages("[Gmail]/Entw&APw-rfe").len(), drafts.len());
}

#[test]
fn exchange_gets_no_keyword_store_every_category_shows_as_a_folder_or_a_flag() {
    let server = ProviderServer::start(Shape::Exchange);
    let smtp = SmtpServer::start(SmtpOptions::default());
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("Inbox", &raws);
    let pb = config(&server, &smtp_section(&smtp));

    let report = doctor(&pb);
    assert!(
        report.contains("folder \"INBOX\": this server does not keep custom keywords (Microsoft 365 / Exchange): marks go to folders Triage/..., flagged for safety and urgent"),
        "{report}"
    );
    assert!(report.contains("will be created when the first message needs one"));

    let before = server.connections();
    let out = pb.run_once();
    assert!(!out.contains("refused"), "{out}");
    let first = server.commands_since(before + 1);
    assert_eq!(
        refusals(&server),
        Vec::<String>::new(),
        "no command refused"
    );
    // SELECT showed no \*: no STORE of anything but system flags, no Gmail labels.
    for c in first.iter().filter(|c| c.contains(" STORE ")) {
        let list = c.split_once('(').unwrap().1;
        assert!(
            list.split_whitespace().all(|f| f.starts_with('\\')),
            "a keyword was stored: {c}"
        );
        assert!(!c.contains("X-GM-LABELS"), "{c}");
    }
    // Every category is visible: a copy in its folder, and \Flagged for safety and urgent.
    let inbox = by_id(&server.messages("Inbox"));
    for (id, category) in expected() {
        let folder = format!("Triage/{}", title(category));
        let copies: Vec<Message> = server
            .messages(&folder)
            .into_iter()
            .filter(|m| m.message_id().as_deref() == Some(id.as_str()))
            .collect();
        assert_eq!(copies.len(), 1, "{id} in {folder}");
        let flagged = inbox[&id].has_flag("\\Flagged");
        assert_eq!(
            flagged,
            category == "safety" || category == "urgent",
            "{id}"
        );
        assert!(!inbox[&id].has_flag("\\Seen"));
    }
    // The pass went on to the replies: drafts in Drafts, the alert sent and filed in Sent.
    let drafts = server.messages("Drafts").len();
    assert!(drafts > 0);
    let sent = smtp.received();
    assert!(
        sent.iter()
            .any(|r| r.rcpt_to[0] == "chair@riverside.example.org"),
        "the officers are alerted"
    );
    assert_eq!(server.messages("Sent").len(), sent.len());

    // A second run copies, flags and drafts nothing.
    let before = server.connections();
    pb.run_once();
    assert_eq!(
        changes(&server.commands_since(before + 1)),
        Vec::<&String>::new()
    );

    // The store is lost: the Triage folders say what was done; nothing is done twice.
    std::fs::remove_dir_all(pb.data_dir()).unwrap();
    let before = server.connections();
    pb.run_once();
    let rebuilt = server.commands_since(before + 1);
    assert!(
        rebuilt
            .iter()
            .any(|c| c.contains("EXAMINE \"Triage/Safety\"")),
        "{rebuilt:#?}"
    );
    assert_eq!(changes(&rebuilt), Vec::<&String>::new());
    for (id, category) in expected() {
        let folder = format!("Triage/{}", title(category));
        let n = server
            .messages(&folder)
            .iter()
            .filter(|m| m.message_id().as_deref() == Some(id.as_str()))
            .count();
        assert_eq!(n, 1, "{id} copied once to {folder}");
    }
    assert_eq!(server.messages("Drafts").len(), drafts);
    assert_eq!(smtp.received().len(), sent.len(), "no second alert");
}

#[test]
fn exchange_a_copy_cut_off_before_its_answer_is_looked_for_not_made_twice() {
    let server = ProviderServer::start(Shape::Exchange);
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("Inbox", &raws);
    let pb = config(&server, "");
    // The first COPY (bulk, the first category) is made, then the connection drops.
    server.cut_next_copy();
    let out = pb.run(&["run", "--once"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a lost connection fails the pass"
    );
    assert_eq!(server.messages("Triage/Bulk").len(), 1);

    // The next pass finds the copy noted as begun, looks in the folder, and does not copy
    // the bulk message again; the rest are copied and answered as usual.
    let before = server.connections();
    pb.run_once();
    let second = server.commands_since(before + 1);
    assert!(
        second.iter().any(|c| c.contains("EXAMINE \"Triage/Bulk\"")),
        "{second:#?}"
    );
    assert!(
        !second
            .iter()
            .any(|c| c.contains("COPY") && c.contains("Triage/Bulk")),
        "{second:#?}"
    );
    for (id, category) in expected() {
        let folder = format!("Triage/{}", title(category));
        let n = server
            .messages(&folder)
            .iter()
            .filter(|m| m.message_id().as_deref() == Some(id.as_str()))
            .count();
        assert_eq!(n, 1, "{id} copied once to {folder}");
    }
    assert!(!server.messages("Drafts").is_empty());
}

#[test]
fn exchange_moves_where_configured() {
    let server = ProviderServer::start(Shape::Exchange);
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("Inbox", &raws);
    let pb = config(&server, "[marks]\nfallback_move = true\n");
    let report = doctor(&pb);
    assert!(
        report.contains("marks are moved to folders Triage/..."),
        "{report}"
    );
    pb.run_once();
    assert!(
        server.messages("Inbox").is_empty(),
        "every message moved to its Triage folder"
    );
    for (id, category) in expected() {
        let folder = format!("Triage/{}", title(category));
        let m = by_id(&server.messages(&folder));
        assert!(m.contains_key(&id), "{id} in {folder}");
    }
    assert!(server.commands().iter().any(|c| c.contains("UID MOVE")));
}

#[test]
fn a_keyword_refused_despite_permanentflags_is_counted_and_the_pass_goes_on() {
    let server = ProviderServer::start(Shape::ExchangeClaimingKeywords);
    let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
    server.append("Inbox", &raws);
    let pb = config(&server, "");
    let out = pb.run_once();
    assert!(out.contains("the server refused marks on"), "{out}");
    let refused = refusals(&server);
    assert_eq!(
        refused.len(),
        1,
        "one refused keyword, then the fallback: {refused:?}"
    );
    assert!(refused[0].ends_with("BAD Command Argument Error. 11"));
    for (id, category) in expected() {
        let folder = format!("Triage/{}", title(category));
        assert!(
            by_id(&server.messages(&folder)).contains_key(&id),
            "{id} in {folder}"
        );
    }
    assert!(!server.messages("Drafts").is_empty(), "drafts still saved");
}

/// `postbag init --provider gmail|microsoft365` writes the `[marks]` that fit: run against the
/// provider-shaped servers (hosts, TLS and the OAuth2 login swapped for the test server's,
/// [smtp] left out), Gmail gets labels and stars on safety and urgent, Microsoft 365 gets
/// Triage folders and flags.
#[test]
fn init_writes_marks_that_fit_gmail_and_microsoft_365() {
    for (provider, shape) in [("gmail", Shape::Gmail), ("microsoft365", Shape::Exchange)] {
        let server = ProviderServer::start(shape);
        let raws: Vec<Vec<u8>> = inbox().into_iter().map(|(raw, _, _)| raw).collect();
        server.append("INBOX", &raws);
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("postbag.toml");
        let out = Command::new(BIN)
            .args(["init", "--provider", provider, "--address", USER])
            .args(["--name", "Sam Okafor", "--branch", "Riverside CLP"])
            .args(["--client-id", "00000000-0000-0000-0000-000000000000"])
            .arg("--out")
            .arg(&config)
            .env_remove("POSTBAG_CONFIG")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read_to_string(&config).unwrap();
        let imap = written.split("# Acknowledgements, alerts").next().unwrap();
        let (host, port) = match shape {
            Shape::Gmail => ("imap.gmail.com", 993),
            _ => ("outlook.office365.com", 993),
        };
        let mut patched: Vec<String> = Vec::new();
        for line in imap.lines() {
            patched.push(match line {
                l if l == format!("host = \"{host}\"") => "host = \"127.0.0.1\"".into(),
                l if l == format!("port = {port}") => format!("port = {}", server.port),
                "tls = \"implicit\"" => "tls = \"none\"".into(),
                l if l.starts_with("oauth2 = ") => "password_file = \"mail-password\"".into(),
                l => l.to_string(),
            });
        }
        std::fs::write(&config, patched.join("\n")).unwrap();
        let password = dir.path().join("mail-password");
        std::fs::write(&password, format!("{}\n", server.password)).unwrap();
        for file in [&config, &password] {
            std::fs::set_permissions(file, std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .unwrap();
        }
        let out = Command::new(BIN)
            .arg("--config")
            .arg(&config)
            .args(["run", "--once"])
            .current_dir(dir.path())
            .env_remove("POSTBAG_CONFIG")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{provider}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(refusals(&server), Vec::<String>::new(), "{provider}");
        let inbox = by_id(&server.messages("INBOX"));
        for (id, category) in expected() {
            let m = &inbox[&id];
            let flagged = category == "safety" || category == "urgent";
            assert_eq!(m.has_flag("\\Flagged"), flagged, "{provider} {id}");
            match shape {
                Shape::Gmail => {
                    assert!(m.labels.contains(&format!("Postbag/{}", title(category))));
                    assert!(m.has_flag(&format!("postbag-{category}")));
                }
                _ => {
                    let folder = format!("Triage/{}", title(category));
                    assert!(by_id(&server.messages(&folder)).contains_key(&id), "{id}");
                }
            }
        }
    }
}
