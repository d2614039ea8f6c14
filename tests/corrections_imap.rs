//! The secretary corrects postbag on a real Dovecot (issue 14): a set is triaged; she
//! re-labels some with her client's `UID STORE` and moves one into a category folder; the
//! next pass records each correction once (a third pass finds nothing new), and a new
//! similar letter is classed her way although the rules alone would not.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

use serde_json::Value;
use support::dovecot::Dovecot;
use support::postbag::{postbag_keywords, Postbag, BIN};

/// A letter from member `n` that the default rules class as a query (questions about a
/// meeting) while the secretary reads it as a complaint.
fn letter(n: u32) -> Vec<u8> {
    format!(
        "From: Member {n} <member{n}@example.net>\r\n\
         To: Branch Secretary <{user}>\r\n\
         Subject: Branch meeting moved to Thursdays {n}\r\n\
         Date: Mon, 4 Mar 2024 19:{n:02}:00 +0000\r\n\
         Message-ID: <thursday{n}@example.net>\r\n\
         \r\n\
         Dear secretary,\r\n\r\n\
         Why has the branch meeting been moved to Thursday evenings? Many of us work shifts on\r\n\
         Thursdays and were never asked. When will the executive explain the change to members?\r\n\
         Is there any chance of going back to the old day?\r\n\r\n\
         Best wishes,\r\nMember {n}\r\n",
        user = support::dovecot::USER
    )
    .into_bytes()
}

/// A mail client: plain IMAP over loopback, one command at a time.
struct Client {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    tag: u32,
}

impl Client {
    fn connect(server: &Dovecot) -> Client {
        let stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        let mut client = Client {
            reader: BufReader::new(stream.try_clone().unwrap()),
            writer: stream,
            tag: 0,
        };
        let mut greeting = String::new();
        client.reader.read_line(&mut greeting).unwrap();
        client.ok(&format!("LOGIN {} {}", server.user, server.password));
        client
    }

    /// Sends a command and reads to its tagged completion, which must be OK.
    fn ok(&mut self, command: &str) -> Vec<String> {
        self.tag += 1;
        let tag = format!("c{}", self.tag);
        write!(self.writer, "{tag} {command}\r\n").unwrap();
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            assert!(
                self.reader.read_line(&mut line).unwrap() > 0,
                "{command}: EOF"
            );
            if let Some(rest) = line.strip_prefix(&format!("{tag} ")) {
                assert!(rest.starts_with("OK"), "{command}: {line}");
                return lines;
            }
            lines.push(line);
        }
    }
}

fn status(pb: &Postbag) -> Value {
    pb.status()
}

/// `run --once`; returns its log line about the look for corrections.
fn pass(pb: &Postbag) -> String {
    let out = pb
        .command(&["run", "--once"])
        .env("POSTBAG_LOG", "postbag::corrections=debug")
        .output()
        .unwrap();
    assert!(out.status.success(), "run --once failed");
    let log = String::from_utf8_lossy(&out.stderr);
    log.lines()
        .filter(|l| l.contains("corrections looked for"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The UID of the message with `message_id` in INBOX, from Dovecot's own view.
fn uid_of(server: &Dovecot, message_id: &str) -> u32 {
    let out = server.doveadm(&[
        "search",
        "-u",
        &server.user,
        "mailbox",
        "INBOX",
        "header",
        "message-id",
        message_id,
    ]);
    out.split_whitespace()
        .last()
        .unwrap_or_else(|| panic!("{message_id} not found: {out}"))
        .parse()
        .unwrap()
}

#[test]
fn the_secretarys_corrections_are_seen_once_and_teach_postbag() {
    let server = Dovecot::start();
    server.append(
        "INBOX",
        &[
            letter(1),
            letter(2),
            letter(3),
            letter(4),
            letter(6),
            support::messages::message(99, 400),
        ],
    );
    // Her category folder exists before postbag's first pass (a folder she makes later is
    // looked into within the hour: LIST is remembered that long).
    let mut client = Client::connect(&server);
    client.ok("CREATE Triage/Complaint");
    client.ok("LOGOUT");
    let pb = Postbag::new(&server, &["INBOX"], "");
    let first = pass(&pb);
    // The first look: nothing to compare yet (every mark is postbag's own), no FETCH of
    // every triaged message's flags; the SELECT's HIGHESTMODSEQ is the baseline.
    assert!(first.contains("by first: 0 message(s)"), "{first}");
    let flags = server.flags("INBOX");
    let uids: Vec<u32> = (1..=4)
        .map(|n| uid_of(&server, &format!("thursday{n}@example.net")))
        .collect();
    for uid in &uids {
        assert_eq!(postbag_keywords(&flags[uid]), vec!["postbag-query"]);
    }
    let untouched = status(&pb)["corrections"].clone();
    assert_eq!(untouched["total"], 0, "{untouched}");

    // The secretary: three re-labelled in place, one dragged to a category folder.
    let mut client = Client::connect(&server);
    client.ok("SELECT INBOX");
    let set = format!("{},{},{}", uids[0], uids[1], uids[2]);
    client.ok(&format!("UID STORE {set} -FLAGS (postbag-query)"));
    client.ok(&format!("UID STORE {set} +FLAGS (postbag-complaint)"));
    client.ok(&format!("UID MOVE {} Triage/Complaint", uids[3]));
    client.ok("LOGOUT");

    let second = pass(&pb);
    // Dovecot has CONDSTORE: one CHANGEDSINCE finds the three re-labels (and the marks
    // of the first pass); the folder by its UIDNEXT.
    assert!(second.contains("by changedsince"), "{second}");
    assert!(second.contains("4 correction(s)"), "{second}");
    let c = status(&pb)["corrections"].clone();
    assert_eq!(c["total"], 4, "{c}");
    assert_eq!(c["by_category"]["complaint"], 4, "{c}");
    let recent = c["recent"].as_array().unwrap();
    assert!(recent
        .iter()
        .all(|l| l["from"] == "query" && l["to"] == "complaint"));
    let how = |h: &str| recent.iter().filter(|l| l["how"] == h).count();
    assert_eq!((how("keyword"), how("folder")), (3, 1), "{c}");

    // Recorded once: another pass finds nothing new.
    let third = pass(&pb);
    assert!(third.contains("0 correction(s)"), "{third}");
    // Nothing changed since: the SELECT's HIGHESTMODSEQ says so, no FETCH at all.
    let fourth = pass(&pb);
    assert!(
        fourth.contains("by highestmodseq: 0 message(s)"),
        "{fourth}"
    );
    assert_eq!(status(&pb)["corrections"]["total"], 4);
    let text = String::from_utf8(pb.run(&["status"]).stdout).unwrap();
    assert!(
        text.contains("corrections: 4 message(s) re-labelled by the secretary, to 4 complaint"),
        "{text}"
    );

    // A new letter like them: the rules alone say query, postbag now says complaint.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.eml");
    std::fs::write(&file, letter(5)).unwrap();
    let alone = std::process::Command::new(BIN)
        .args(["classify", "--json", "--rules"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .arg(&file)
        .output()
        .unwrap();
    let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
    assert_eq!(alone["category"], "query", "{alone}");
    server.append("INBOX", &[letter(5)]);
    pb.run_once();
    let uid = uid_of(&server, "thursday5@example.net");
    assert_eq!(
        postbag_keywords(&server.flags("INBOX")[&uid]),
        vec!["postbag-complaint"]
    );
    // Its own mark is no correction.
    pb.run_once();
    assert_eq!(status(&pb)["corrections"]["total"], 4);

    // Letter 6, triaged before she corrected anything, changes only when asked.
    let six = uid_of(&server, "thursday6@example.net");
    assert_eq!(
        postbag_keywords(&server.flags("INBOX")[&six]),
        vec!["postbag-query"]
    );
    let out = pb.run(&["reclassify", "--since", "2024-03-01", "--explain"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("query ->"), "{text}");
    assert!(text.contains("your corrections: +"), "{text}");
    assert!(text.contains("moved 1;"), "{text}");
    assert!(text.contains("from 4 similar messages"), "{text}");
    assert_eq!(
        postbag_keywords(&server.flags("INBOX")[&six]),
        vec!["postbag-complaint"]
    );
    // Its new mark is no correction either.
    pass(&pb);
    assert_eq!(status(&pb)["corrections"]["total"], 4);

    // Rules mined from them: printed, never applied; this set has no sender or list in
    // common and its phrases are in every letter, so nothing is suggested yet.
    let out = pb.run(&["rules", "suggest"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("# Rules suggested from the secretary's corrections"),
        "{text}"
    );
}

/// Not a timed test: prints what a pass with nothing new and no corrections costs, beside
/// the same pass of another postbag binary (`POSTBAG_BASE_BIN`, e.g. one built from main
/// before corrections existed), on the same mailbox of `POSTBAG_RERUN_MESSAGES` messages
/// (2,000 by default). Run with `cargo test --test corrections_imap -- --ignored --nocapture`.
#[test]
#[ignore]
fn rerun_cost_without_corrections() {
    let n: u32 = std::env::var("POSTBAG_RERUN_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=n)
        .map(|i| support::messages::message(i, 600))
        .collect();
    server.append("INBOX", &messages);
    let ours = Postbag::new(&server, &["INBOX"], "");
    let base_bin = std::env::var("POSTBAG_BASE_BIN").ok();
    let theirs = Postbag::new(&server, &["INBOX"], "");
    ours.run_once();
    let run = |pb: &Postbag, bin: &str| {
        let t = std::time::Instant::now();
        let out = std::process::Command::new(bin)
            .arg("--config")
            .arg(&pb.config)
            .args(["run", "--once"])
            .env_remove("POSTBAG_CONFIG")
            .output()
            .unwrap();
        assert!(out.status.success());
        t.elapsed().as_secs_f64()
    };
    if let Some(b) = &base_bin {
        run(&theirs, b);
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        a.push(run(&ours, BIN));
        if let Some(bin) = &base_bin {
            b.push(run(&theirs, bin));
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let line = pass(&ours);
    println!("{n} messages, nothing new, no corrections: run --once median of 7");
    println!("  with corrections:    {:.3} s  ({line})", median(&mut a));
    if base_bin.is_some() {
        println!("  POSTBAG_BASE_BIN:    {:.3} s", median(&mut b));
    }
}

/// With a daemon holding the store, the daemon sees the corrections on its next pass, and
/// `rules suggest` and `reclassify` run through its control socket.
#[test]
fn corrections_through_a_running_daemon() {
    use std::time::Duration;
    use support::postbag::wait_until;
    let server = Dovecot::start();
    // Dated today: the daemon's retention would purge letters of 2024.
    let today = |n: u32| {
        let now = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
        String::from_utf8(letter(n))
            .unwrap()
            .replace(
                &format!("Mon, 4 Mar 2024 19:{n:02}:00 +0000"),
                &now.to_string(),
            )
            .into_bytes()
    };
    server.append("INBOX", &[today(1), today(2)]);
    let pb = Postbag::new(&server, &["INBOX"], "");
    let mut daemon = pb.spawn_daemon();
    let idle = |pb: &Postbag| {
        let out = pb.run(&["status", "--json"]);
        out.status.success()
            && serde_json::from_slice::<Value>(&out.stdout)
                .is_ok_and(|s| s["daemon"]["state"] == "idle")
    };
    assert!(
        wait_until(Duration::from_secs(60), || idle(&pb)).is_some(),
        "{}",
        pb.daemon_log()
    );
    let uid = uid_of(&server, "thursday1@example.net");
    let mut client = Client::connect(&server);
    client.ok("SELECT INBOX");
    client.ok(&format!("UID STORE {uid} -FLAGS (postbag-query)"));
    client.ok(&format!("UID STORE {uid} +FLAGS (postbag-complaint)"));
    client.ok("LOGOUT");
    // New mail wakes the daemon from IDLE; its pass looks for corrections too.
    server.append("INBOX", &[support::messages::message(7, 300)]);
    let seen = wait_until(Duration::from_secs(60), || {
        status(&pb)["corrections"]["total"] == 1
    });
    assert!(seen.is_some(), "{}", pb.daemon_log());
    let out = pb.run(&["rules", "suggest", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = pb.run(&["reclassify", "--since", "2024-03-01", "--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("message(s) read again: would move"), "{text}");
    assert!(pb.run(&["stop"]).status.success());
    assert!(daemon.wait().unwrap().success());
}
