//! What survives kill -9: the test re-executes its own binary as a writer that inserts in
//! a loop and flushes every 100 messages, SIGKILLs it mid-write, reopens the store and
//! checks that every message up to the last completed flush is there. Three rounds on the
//! same directory, so recovery after recovery is covered too.

use std::future::Future;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::task::{Context, Poll, Wake};
use std::time::{Duration, Instant};

use postbag::store::{MessageKey, NewMessage, Store};

const WRITER_DIR: &str = "POSTBAG_TEST_STORE_WRITER_DIR";
const WRITER_MAILBOX: &str = "POSTBAG_TEST_STORE_WRITER_MAILBOX";
const FLUSHED: &str = "POSTBAG-FLUSHED ";

fn block_on<F: Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

fn message(mailbox: &str, uid: u32) -> NewMessage {
    let refs = if uid > 1 && uid.is_multiple_of(2) {
        vec![format!("{mailbox}-{}@x", uid - 1)]
    } else {
        vec![]
    };
    NewMessage {
        key: MessageKey::new(mailbox, 1, uid),
        message_id: Some(format!("{mailbox}-{uid}@x")),
        references: refs,
        subject: format!("message {uid}"),
        arrived: 1_700_000_000,
        size: 2000,
        body: "word ".repeat(200),
        category: "query".into(),
        ..Default::default()
    }
}

/// The child: writes until killed; prints the count after each completed flush.
fn writer(dir: &Path, mailbox: &str) {
    let store = Store::open(dir).expect("writer opens store");
    for uid in 1..=1_000_000u32 {
        store.insert_message(message(mailbox, uid)).expect("insert");
        if uid.is_multiple_of(100) {
            block_on(store.flush()).expect("flush");
            println!("{FLUSHED}{uid}");
        }
    }
}

/// Runs one writer round; returns the last count it reported flushed.
/// The kill comes `delay` after the flush report, so sled's own background flush (every
/// 500 ms) may have written part of the next batch.
fn round(dir: &Path, mailbox: &str, kill_after: u32, delay: Duration) -> u32 {
    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new(exe)
        .args([
            "--exact",
            "kill_9_keeps_everything_flushed",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(WRITER_DIR, dir)
        .env(WRITER_MAILBOX, mailbox)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn writer");
    // Kept open until the kill: a closed pipe would make the writer's println panic.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    let mut last = 0;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix(FLUSHED) {
            last = n.trim().parse().unwrap();
            if last >= kill_after {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "writer too slow"
        );
    }
    let writing = started.elapsed();
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL writer");
    let status = child.wait().unwrap();
    drop(lines);
    println!(
        "round {mailbox}: {last} flushed in {writing:.2?} ({:.0} msg/s incl. a flush per 100), \
         killed {delay:?} later: {status}",
        f64::from(last) / writing.as_secs_f64()
    );
    last
}

#[test]
fn kill_9_keeps_everything_flushed() {
    if let Ok(dir) = std::env::var(WRITER_DIR) {
        writer(Path::new(&dir), &std::env::var(WRITER_MAILBOX).unwrap());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut rounds: Vec<(String, u32)> = Vec::new();
    let plan = [(700u32, 0u64), (1500, 40), (300, 700)];
    for (i, (kill_after, delay_ms)) in plan.into_iter().enumerate() {
        let mailbox = format!("round{i}");
        let flushed = round(&dir, &mailbox, kill_after, Duration::from_millis(delay_ms));
        rounds.push((mailbox, flushed));

        let start = Instant::now();
        let store = Store::open(&dir).expect("reopen after kill -9");
        let opened = start.elapsed();
        let counts = store.counts().unwrap();
        for (mailbox, flushed) in &rounds {
            for uid in 1..=*flushed {
                assert!(
                    store
                        .contains(&MessageKey::new(mailbox.as_str(), 1, uid))
                        .unwrap(),
                    "{mailbox} uid {uid} flushed but lost"
                );
            }
            let stored = counts.by_mailbox.get(mailbox).map_or(0, |c| c.messages);
            println!("  {mailbox}: flushed {flushed}, stored after reopen {stored}");
            assert!(stored >= u64::from(*flushed));
        }
        // Threads stay consistent with records, also for writes past the last flush.
        for rec in store.iter_messages() {
            let rec = rec.unwrap();
            let t = store
                .thread(rec.thread_id)
                .unwrap()
                .expect("thread of record");
            assert!(t.message_keys.contains(&rec.key));
        }
        println!(
            "  reopen {opened:.2?}, recovered={}, {} messages, {} KiB on disk",
            store.was_recovered(),
            counts.messages,
            store.size_on_disk().unwrap() / 1024
        );
    }
}

const OPENER_DIR: &str = "POSTBAG_TEST_STORE_OPENER_DIR";

/// New store directories each opener goes through, in the same order as the others.
const OPENED_DIRS: usize = 150;

/// The child of `processes_opening_new_stores_at_once_never_see_them_corrupt`: opens each
/// store under `base` in turn and closes it again, and says how each open went.
fn opener(base: &Path) {
    for i in 0..OPENED_DIRS {
        match Store::open(&base.join(format!("data{i}"))) {
            Ok(_) => println!("{i} OPENED"),
            Err(postbag::Error::LockStore { .. }) => println!("{i} HELD"),
            Err(e) => println!("{i} FAILED {e}"),
        }
    }
}

/// sled writes its `conf` file in two writes before it takes its lock, and reads it back
/// unlocked: a process opening a new store while another created it could read half the
/// file and report the store corrupt (seen in CI: a daemon starting beside a `postbag
/// status`). Four processes go through the same new directories at once, each opening
/// and closing them in turn: each open succeeds or finds the store held, none finds it
/// corrupt, and every store opens cleanly afterwards.
#[test]
fn processes_opening_new_stores_at_once_never_see_them_corrupt() {
    if let Ok(dir) = std::env::var(OPENER_DIR) {
        opener(Path::new(&dir));
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(&exe)
                .args([
                    "--exact",
                    "processes_opening_new_stores_at_once_never_see_them_corrupt",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(OPENER_DIR, tmp.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn opener")
        })
        .collect();
    let mut opened = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        let failed: Vec<&str> = said.lines().filter(|l| l.contains("FAILED")).collect();
        assert!(failed.is_empty(), "{}", failed.join("\n"));
        opened += said.lines().filter(|l| l.ends_with(" OPENED")).count();
        let answered = said
            .lines()
            .filter(|l| l.ends_with(" OPENED") || l.ends_with(" HELD"));
        assert_eq!(answered.count(), OPENED_DIRS, "{said}");
    }
    assert!(opened >= OPENED_DIRS, "{opened} opens");
    for i in 0..OPENED_DIRS {
        Store::open(&tmp.path().join(format!("data{i}"))).expect("the store opens afterwards");
    }
}
