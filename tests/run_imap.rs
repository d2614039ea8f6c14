//! `postbag run` against a real Dovecot: the SpamAssassin corpus triaged and marked, a
//! re-run that changes nothing, mail arriving while the daemon idles, the server going away
//! and coming back, a crash mid-sync, a UIDVALIDITY change, a cut in the middle of a FETCH,
//! and a dry run that reports what a real run then does.

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use support::dovecot::Dovecot;
use support::messages::message;
use support::postbag::{corpus_files, message_bytes, postbag_keywords, wait_until, Postbag, BIN};

fn classify_categories(files: &[std::path::PathBuf]) -> Vec<String> {
    let out = std::process::Command::new(BIN)
        .args([
            "classify",
            "--json",
            "--rules",
            concat!(env!("CARGO_MANIFEST_DIR"), "/rules"),
        ])
        .args(files)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["category"]
                .as_str()
                .unwrap_or("(unparsable)")
                .to_string()
        })
        .collect()
}

/// The timing test (marked within 2 s) must not share the two cores with the corpus triage
/// or the 3,000-message crash test, which the test harness would otherwise run beside it.
static EXCLUSIVE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    EXCLUSIVE.lock().unwrap_or_else(|p| p.into_inner())
}

fn triaged_events(status: &Value) -> u64 {
    status["triaged_events"].as_u64().unwrap()
}

/// One folder's entry in `status --json`.
fn folder(status: &Value, mailbox: &str) -> Value {
    status["folders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["mailbox"] == mailbox)
        .unwrap_or_else(|| panic!("{mailbox} not in {status}"))
        .clone()
}

/// Whether every message of `mailbox` carries exactly one `postbag-*` keyword.
fn marked_once(server: &Dovecot, mailbox: &str) -> bool {
    server
        .flags(mailbox)
        .values()
        .all(|f| postbag_keywords(f).len() == 1)
}

#[test]
fn the_corpus_is_triaged_once_marked_once_and_never_seen() {
    let _cores = exclusive();
    let files = corpus_files();
    let server = Dovecot::start();
    let t = Instant::now();
    server.append(
        "INBOX",
        &files.iter().map(|f| message_bytes(f)).collect::<Vec<_>>(),
    );
    eprintln!(
        "appended {} messages in {:.2} s",
        files.len(),
        t.elapsed().as_secs_f64()
    );
    let pb = Postbag::new(&server, &["INBOX"], "");

    let t = Instant::now();
    let out = pb.run_once();
    eprintln!("initial triage: {:.2} s", t.elapsed().as_secs_f64());
    assert!(
        out.contains(&format!(
            "INBOX: {} message(s), {} new: {} triaged",
            files.len(),
            files.len(),
            files.len()
        )),
        "{out}"
    );

    let flags = server.flags("INBOX");
    assert_eq!(flags.len(), files.len());
    let expected = classify_categories(&files);
    let mut per_category = BTreeMap::<&str, usize>::new();
    for ((uid, flags), category) in flags.iter().zip(&expected) {
        let keywords = postbag_keywords(flags);
        assert_eq!(
            keywords,
            vec![format!("postbag-{category}")],
            "uid {uid}: flags {flags:?}"
        );
        assert!(
            !flags.iter().any(|f| f == "\\Seen"),
            "uid {uid} was marked \\Seen"
        );
        *per_category.entry(category).or_default() += 1;
    }
    eprintln!("keywords: {per_category:?}");

    let status = pb.status();
    assert_eq!(status["messages"], files.len());
    assert_eq!(status["quarantined"], 0);
    assert_eq!(status["unmarked"], 0);
    assert_eq!(
        triaged_events(&status),
        files.len() as u64,
        "triaged exactly once each"
    );
    let inbox = &status["folders"][0];
    assert_eq!(inbox["mailbox"], "INBOX");
    assert_eq!(inbox["seen"], files.len());
    assert_eq!(inbox["last_uid"], *flags.keys().max().unwrap());

    // A second pass with nothing new changes nothing.
    let t = Instant::now();
    let out = pb.run_once();
    eprintln!("re-run: {:.3} s", t.elapsed().as_secs_f64());
    assert!(out.contains("0 new"), "{out}");
    assert_eq!(server.flags("INBOX"), flags);
    assert_eq!(triaged_events(&pb.status()), files.len() as u64);
}

#[test]
fn the_daemon_marks_new_mail_within_two_seconds_and_survives_a_server_restart() {
    let _cores = exclusive();
    let mut server = Dovecot::start();
    server.append("INBOX", &[message(1, 300)]);
    // The test messages are dated 2024: keep them past the daemon's daily retention run.
    let pb = Postbag::new(
        &server,
        &["INBOX"],
        "\n[retention]\ndefault = 36500\nother = 36500\nprocedural = 36500\n",
    );
    let mut daemon = pb.spawn_daemon();
    let marked = |server: &Dovecot, uid: u32| {
        server
            .flags("INBOX")
            .get(&uid)
            .is_some_and(|f| !postbag_keywords(f).is_empty())
    };
    assert!(
        wait_until(Duration::from_secs(10), || marked(&server, 1)).is_some(),
        "{}",
        pb.daemon_log()
    );
    // Let it settle into IDLE, then deliver.
    std::thread::sleep(Duration::from_millis(300));
    server.append("INBOX", &[message(2, 300)]);
    let took = wait_until(Duration::from_secs(5), || marked(&server, 2)).expect("new mail marked");
    eprintln!("marked {:.0} ms after APPEND", took.as_secs_f64() * 1000.0);
    assert!(
        took < Duration::from_secs(2),
        "took {took:?}\n{}",
        pb.daemon_log()
    );

    // The server dies while the daemon idles, and comes back: the daemon reconnects and catches up.
    server.stop();
    std::thread::sleep(Duration::from_millis(500));
    server.restart();
    server.append("INBOX", &[message(3, 300)]);
    let took = wait_until(Duration::from_secs(20), || marked(&server, 3))
        .unwrap_or_else(|| panic!("not caught up:\n{}", pb.daemon_log()));
    eprintln!("caught up {:.1} s after the restart", took.as_secs_f64());
    assert!(pb.daemon_log().contains("reconnect"), "{}", pb.daemon_log());

    // status works while the daemon holds the store: through its control socket, from
    // the live store (the marks are on the server a moment before the pass ends).
    let live = wait_until(Duration::from_secs(5), || pb.status()["messages"] == 3);
    assert!(live.is_some(), "{}\n{}", pb.status(), pb.daemon_log());
    assert_eq!(pb.status()["daemon"]["pid"], daemon.id());
    assert!(pb.status()["snapshot_at"].is_null());

    // SIGTERM stops it cleanly within seconds.
    let t = Instant::now();
    unsafe { libc_kill(daemon.id() as i32, 15) };
    let code = loop {
        if let Some(s) = daemon.try_wait().unwrap() {
            break s;
        }
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "no exit 5 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!(
        "stopped {:.0} ms after SIGTERM",
        t.elapsed().as_secs_f64() * 1000.0
    );
    assert!(code.success(), "{code:?}\n{}", pb.daemon_log());
    assert_eq!(triaged_events(&pb.status()), 3);
}

#[test]
fn a_crash_during_the_initial_sync_triages_nothing_twice() {
    let _cores = exclusive();
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=3000).map(|n| message(n, 2000)).collect();
    server.append("INBOX", &messages);
    let pb = Postbag::new(&server, &["INBOX"], "chunk = 100");
    let mut child = pb
        .command(&["run", "--once"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some, but not all, messages carry their keyword.
    let progressed = wait_until(Duration::from_secs(30), || {
        server
            .flags("INBOX")
            .values()
            .filter(|f| !postbag_keywords(f).is_empty())
            .count()
            >= 200
    });
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(progressed.is_some(), "the first run made no progress");
    let before = server
        .flags("INBOX")
        .values()
        .filter(|f| !postbag_keywords(f).is_empty())
        .count();
    eprintln!("killed with {before} of 3000 marked");
    assert!(
        before < 3000,
        "the run finished before it could be killed; make it longer"
    );

    pb.run_once();
    let flags = server.flags("INBOX");
    assert!(
        flags.values().all(|f| postbag_keywords(f).len() == 1),
        "every message has exactly one keyword"
    );
    let status = pb.status();
    assert_eq!(status["messages"], 3000);
    assert_eq!(triaged_events(&status), 3000, "no message triaged twice");
}

#[test]
fn a_uidvalidity_change_rematches_by_message_id_without_duplicates() {
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=40).map(|n| message(n, 500)).collect();
    server.doveadm(&["mailbox", "create", "-u", &server.user, "Members"]);
    server.append("Members", &messages);
    let pb = Postbag::new(&server, &["INBOX", "Members"], "");
    pb.run_once();
    let old = server.uidvalidity("Members");
    assert_eq!(triaged_events(&pb.status()), 40);

    // The mailbox is recreated: new UIDVALIDITY, the same messages under other UIDs.
    server.recreate_mailbox("Members");
    let mut reversed = messages.clone();
    reversed.reverse();
    // ... and one message that was never there, triaged as usual.
    reversed.insert(20, message(41, 500));
    server.append("Members", &reversed);
    assert_ne!(server.uidvalidity("Members"), old);
    let out = pb.run_once();
    assert!(out.contains("41 new: 1 triaged"), "{out}");
    assert!(out.contains("40 relocated"), "{out}");
    let status = pb.status();
    assert_eq!(triaged_events(&status), 41, "nothing triaged twice");
    let members = folder(&status, "Members");
    assert_eq!(members["uidvalidity"], server.uidvalidity("Members"));
    assert_eq!(members["triaged"], 41);
    assert!(marked_once(&server, "Members"));
}

#[test]
fn a_rematch_cut_off_half_way_is_finished_by_the_next_pass_without_duplicates() {
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=40).map(|n| message(n, 2000)).collect();
    server.doveadm(&["mailbox", "create", "-u", &server.user, "Members"]);
    server.append("Members", &messages);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let proxy = runtime.block_on(support::faultproxy::FaultProxy::start(server.port));
    let pb = Postbag::with_port(&server, proxy.port, &["Members"], "chunk = 5");
    pb.run_once();
    assert_eq!(triaged_events(&pb.status()), 40);

    server.recreate_mailbox("Members");
    server.append("Members", &messages);
    let new = server.uidvalidity("Members");
    // Cut after ~50 of the ~90 KB the pass reads: some chunks re-matched and checkpointed
    // under the new UIDVALIDITY, the rest not yet.
    proxy.arm(50_000);
    let out = pb.run(&["run", "--once"]);
    assert!(!out.status.success(), "the cut must surface as a failure");
    assert_eq!(proxy.cuts(), 1);
    let half = folder(&pb.status(), "Members");
    assert_eq!(
        half["uidvalidity"], new,
        "a checkpoint under the new UIDVALIDITY"
    );
    let last = half["last_uid"].as_u64().unwrap();
    assert!(last > 0 && last < 40, "stopped half-way: {half}");

    proxy.disarm();
    let out = pb.run_once();
    // What was moved before the cut but not checkpointed is found stored; the rest is
    // moved now; nothing is triaged.
    assert!(
        out.contains(&format!("{} new: 0 triaged", 40 - last)),
        "{out}"
    );
    assert!(!out.contains(" 0 relocated"), "{out}");
    let status = pb.status();
    assert_eq!(triaged_events(&status), 40, "nothing triaged twice");
    assert_eq!(status["messages"], 40);
    assert_eq!(folder(&status, "Members")["last_uid"], 40);
    assert!(marked_once(&server, "Members"));
}

#[test]
fn a_connection_cut_in_the_middle_of_a_fetch_loses_nothing() {
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=200).map(|n| message(n, 3000)).collect();
    server.append("INBOX", &messages);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let proxy = runtime.block_on(support::faultproxy::FaultProxy::start(server.port));
    // Cut after ~300 KB of server traffic: well inside the FETCH of the 600 KB mailbox.
    proxy.arm(300_000);
    let pb = Postbag::with_port(&server, proxy.port, &["INBOX"], "chunk = 50");
    let out = pb.run(&["run", "--once"]);
    assert!(!out.status.success(), "the cut must surface as a failure");
    assert_eq!(proxy.cuts(), 1);
    let partial = server
        .flags("INBOX")
        .values()
        .filter(|f| !postbag_keywords(f).is_empty())
        .count();
    eprintln!("{partial} of 200 marked before the cut");
    assert!(partial < 200);

    proxy.disarm();
    pb.run_once();
    let status = pb.status();
    assert_eq!(status["messages"], 200);
    assert_eq!(triaged_events(&status), 200);
    assert!(marked_once(&server, "INBOX"));
}

extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

#[test]
fn a_dry_run_reports_the_marks_of_a_real_run_and_changes_nothing() {
    let _cores = exclusive();
    let files: Vec<_> = corpus_files().into_iter().step_by(10).take(600).collect();
    let server = Dovecot::start();
    server.append(
        "INBOX",
        &files.iter().map(|f| message_bytes(f)).collect::<Vec<_>>(),
    );
    let pb = Postbag::new(&server, &["INBOX"], "chunk = 100");
    // The summary line of a pass: "INBOX: ...; marked 12 bulk, 3 complaint, ..." (or "would
    // mark ..." in a dry run): the part after the verb.
    let marks = |out: &str, verb: &str| -> String {
        let line = out
            .lines()
            .find(|l| l.starts_with("INBOX:") && l.contains(" new: "))
            .unwrap();
        line.split_once(&format!("; {verb} "))
            .unwrap()
            .1
            .to_string()
    };

    let dry = pb.run(&["run", "--once", "--dry-run"]);
    assert!(dry.status.success());
    let dry = String::from_utf8(dry.stdout).unwrap();
    assert!(dry.contains("600 new: 600 triaged"), "{dry}");
    assert!(dry.contains("(dry run: nothing changed)"), "{dry}");
    assert!(server
        .flags("INBOX")
        .values()
        .all(|f| postbag_keywords(f).is_empty()));
    let status = pb.status();
    assert_eq!(status["messages"], 0, "a dry run stores nothing");
    assert_eq!(triaged_events(&status), 0);

    let real = pb.run_once();
    assert!(real.contains("600 new: 600 triaged"), "{real}");
    assert_eq!(marks(&dry, "would mark"), marks(&real, "marked"));
    let flags = server.flags("INBOX");
    assert_eq!(flags.len(), 600);
    assert!(flags.values().all(|f| postbag_keywords(f).len() == 1));
}
