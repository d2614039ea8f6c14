//! The store against a real sled directory: idempotence, durability across reopen,
//! relocation, threads, correspondents, evidence, quarantine, permissions, timings.

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::task::{Context, Poll, Wake};
use std::time::Instant;

use postbag::store::{Address, AuditAction, Inserted, MessageKey, NewMessage, Store, SyncState};
use postbag::Error;

/// Runs a future to completion on this thread; enough for `Store::flush`.
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

fn key(uid: u32) -> MessageKey {
    MessageKey::new("INBOX", 7, uid)
}

fn msg(uid: u32, id: &str, refs: &[&str]) -> NewMessage {
    NewMessage {
        key: key(uid),
        message_id: Some(id.to_owned()),
        references: refs.iter().map(|s| s.to_string()).collect(),
        from: vec![Address {
            name: Some("Alice Member".into()),
            email: "alice@example.org".into(),
        }],
        to: vec![Address {
            name: None,
            email: "secretary@example.org".into(),
        }],
        subject: format!("Re: message {uid}"),
        date: Some(1_700_000_000 + i64::from(uid)),
        arrived: 1_700_100_000,
        size: 1000,
        body: "Dear   secretary,\n\n  please see below.".into(),
        category: "query".into(),
        score: 3,
        rules: vec!["question-mark".into()],
        ..Default::default()
    }
}

fn open(dir: &Path) -> Store {
    Store::open(dir).expect("open store")
}

#[test]
fn insert_is_idempotent_per_location() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let first = store.insert_message(msg(1, "a@x", &[])).unwrap();
    assert!(first.is_new());
    assert_eq!(first.record().snippet, "Dear secretary, please see below.");
    let mut again = msg(1, "a@x", &[]);
    again.category = "complaint".into();
    match store.insert_message(again).unwrap() {
        Inserted::Existing(rec) => assert_eq!(&rec, first.record()),
        Inserted::New(_) => panic!("triaged twice"),
    }
    let counts = store.counts().unwrap();
    assert_eq!(counts.messages, 1);
    assert_eq!(counts.by_category.get("query"), Some(&1));
    assert_eq!(counts.by_category.get("complaint"), None);
    let triaged = store
        .audit_iter()
        .filter(|e| e.as_ref().unwrap().1.action == AuditAction::Triaged)
        .count();
    assert_eq!(triaged, 1);
    assert_eq!(
        store
            .correspondent("alice@example.org")
            .unwrap()
            .unwrap()
            .categories["query"],
        1
    );
}

#[test]
fn flushed_data_survives_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let state = SyncState {
        uidvalidity: 7,
        last_uid: 2,
        last_sync: 1_700_000_000,
        highest_modseq: Some(99),
    };
    {
        let store = open(tmp.path());
        store.insert_message(msg(1, "a@x", &[])).unwrap();
        store.insert_message(msg(2, "b@x", &["a@x"])).unwrap();
        block_on(store.flush()).unwrap();
        store.set_sync_state("INBOX", &state).unwrap();
        block_on(store.flush()).unwrap();
    }
    let store = open(tmp.path());
    assert!(store.get(&key(1)).unwrap().is_some());
    assert_eq!(
        store.get(&key(2)).unwrap().unwrap().message_id.as_deref(),
        Some("b@x")
    );
    assert_eq!(store.sync_state("INBOX").unwrap(), Some(state));
    assert_eq!(store.threads().unwrap().len(), 1);
}

#[test]
fn the_message_id_index_of_an_older_store_is_dropped_on_open() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let store = open(tmp.path());
        store.insert_message(msg(1, "a@x", &[])).unwrap();
        block_on(store.flush()).unwrap();
    }
    {
        // What stores written before kept beside the records: Message-ID NUL key -> ().
        let db = sled::open(tmp.path()).unwrap();
        let index = db.open_tree("by_message_id").unwrap();
        index.insert(b"a@x\0INBOX\0key", b"").unwrap();
        db.flush().unwrap();
    }
    let store = open(tmp.path());
    assert!(!store.other_trees().contains(&"by_message_id".to_string()));
    assert!(store.tree_entries("by_message_id").unwrap().is_empty());
    assert!(store.get(&key(1)).unwrap().is_some());
}

#[test]
fn second_open_of_the_same_directory_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let _store = open(tmp.path());
    match Store::open(tmp.path()) {
        Err(Error::LockStore { .. }) => {}
        Err(other) => panic!("unexpected error: {other}"),
        Ok(_) => panic!("opened twice"),
    }
}

#[test]
fn relocate_after_uidvalidity_change() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    store.insert_message(msg(5, "<threat@x>", &[])).unwrap();
    store.insert_message(msg(6, "<other@x>", &[])).unwrap();
    store
        .insert_message(NewMessage {
            key: MessageKey::new("Archive", 7, 1),
            ..msg(1, "<threat@x>", &[])
        })
        .unwrap();
    store.put_evidence(&key(5), b"raw bytes", 10).unwrap();
    // The mailbox's records under UIDVALIDITY 7, found when the server says 8: by
    // Message-ID without angle brackets, and only those of this mailbox.
    assert_eq!(store.other_uidvalidities("INBOX", 8).unwrap(), vec![7]);
    assert!(store.other_uidvalidities("INBOX", 7).unwrap().is_empty());
    let by_id = store.message_ids_in("INBOX", &[7]).unwrap();
    assert_eq!(by_id.len(), 2);
    assert_eq!(by_id["threat@x"], vec![key(5)]);
    assert_eq!(by_id["other@x"], vec![key(6)]);

    let new = MessageKey::new("INBOX", 8, 1);
    let moved = store.relocate(&by_id["threat@x"][0], &new).unwrap();
    assert_eq!(moved.key, new);
    assert_eq!(moved.category, "query", "not re-triaged");
    assert!(store.get(&key(5)).unwrap().is_none());
    assert_eq!(store.other_uidvalidities("INBOX", 8).unwrap(), vec![7]);
    assert_eq!(
        store
            .message_ids_in("INBOX", &[7])
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        vec!["other@x"]
    );
    assert_eq!(
        store.message_ids_in("INBOX", &[8]).unwrap()["threat@x"],
        vec![new.clone()]
    );
    // The copy in Archive is the same message, so the same thread.
    assert_eq!(
        store.thread(moved.thread_id).unwrap().unwrap().message_keys,
        vec![new.clone(), MessageKey::new("Archive", 7, 1)]
    );
    assert!(store.get_evidence(&key(5)).unwrap().is_none());
    assert_eq!(store.get_evidence(&new).unwrap().unwrap().raw, b"raw bytes");
    // Idempotent: a retry after a crash returns the record where it now is.
    assert_eq!(store.relocate(&key(5), &new).unwrap(), moved);
    assert!(matches!(
        store.relocate(&key(99), &MessageKey::new("INBOX", 8, 2)),
        Err(Error::RelocateMessage(_))
    ));
    // Three messages stored, each counted once: moving one does not count it again.
    assert_eq!(
        store
            .correspondent("alice@example.org")
            .unwrap()
            .unwrap()
            .categories["query"],
        3
    );
}

#[test]
fn correspondents_are_counted_per_category_by_lowercased_email() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let mut a = msg(1, "a@x", &[]);
    a.from[0].email = "Bob.Member@Example.ORG".into();
    a.from[0].name = Some("Bob".into());
    a.category = "complaint".into();
    a.date = Some(100);
    let mut b = msg(2, "b@x", &[]);
    b.from[0].email = "bob.member@example.org ".into();
    b.from[0].name = Some("Bob Member".into());
    b.date = Some(300);
    let mut c = msg(3, "c@x", &[]);
    c.from[0].email = "bob.member@example.org".into();
    c.date = Some(200);
    for m in [a, b, c] {
        store.insert_message(m).unwrap();
    }
    let bob = store
        .correspondent("BOB.member@example.org")
        .unwrap()
        .unwrap();
    assert_eq!(bob.email, "bob.member@example.org");
    assert_eq!(
        bob.name.as_deref(),
        Some("Bob Member"),
        "name of the latest message"
    );
    assert_eq!((bob.first_seen, bob.last_seen), (100, 300));
    assert_eq!(bob.categories["complaint"], 1);
    assert_eq!(bob.categories["query"], 2);
    assert_eq!(store.correspondents().unwrap().len(), 1);
}

#[test]
fn threads_are_built_incrementally_out_of_order() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    // Conversation root <- r1 <- r2 (r2 arrives first), and a loner.
    let mut r2 = msg(3, "r2@x", &["root@x", "r1@x"]);
    r2.in_reply_to = vec!["r1@x".into()];
    store.insert_message(r2).unwrap();
    store.insert_message(msg(4, "other@x", &[])).unwrap();
    // c is a reply to a message we never get; it joins r2's thread via the root id.
    store
        .insert_message(msg(5, "c@x", &["root@x", "missing@x"]))
        .unwrap();
    assert_eq!(store.threads().unwrap().len(), 2);
    // x and y are separate until z links them: threads merge.
    store.insert_message(msg(6, "x@x", &[])).unwrap();
    store.insert_message(msg(7, "y@x", &["w@x"])).unwrap();
    assert_eq!(store.threads().unwrap().len(), 4);
    store
        .insert_message(msg(8, "z@x", &["x@x", "w@x"]))
        .unwrap();
    assert_eq!(store.threads().unwrap().len(), 3);
    // The root arrives last, dated earliest: its subject becomes the thread's.
    let mut root = msg(1, "root@x", &[]);
    root.subject = "[branch] Motion for the AGM".into();
    root.category = "procedural".into();
    store.insert_message(root).unwrap();
    store.insert_message(msg(2, "r1@x", &["root@x"])).unwrap();

    let threads = store.threads().unwrap();
    assert_eq!(threads.len(), 3);
    let conv = store.thread_of("<root@x>").unwrap().unwrap();
    assert_eq!(conv.root_subject, "Motion for the AGM");
    assert_eq!(conv.message_keys.len(), 4);
    assert_eq!(conv.categories["procedural"], 1);
    assert_eq!(conv.categories["query"], 3);
    assert_eq!(conv.first, 1_700_000_001);
    assert_eq!(store.thread_of("missing@x").unwrap().unwrap().id, conv.id);
    let xyz = store.thread_of("y@x").unwrap().unwrap();
    assert_eq!(xyz.message_keys.len(), 3);
    // Every record points at the thread that lists it.
    for rec in store.iter_messages() {
        let rec = rec.unwrap();
        let t = store
            .thread(rec.thread_id)
            .unwrap()
            .expect("thread of record");
        assert!(t.message_keys.contains(&rec.key), "{} in {}", rec.key, t.id);
    }
}

#[test]
fn evidence_is_kept_unchanged_and_verified() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let raw: Vec<u8> = b"From: x@y\r\nSubject: threat\r\n\r\n\xff\xfe body\r\n".to_vec();
    let info = store.put_evidence(&key(1), &raw, 1_700_000_000).unwrap();
    assert_eq!(info.size, raw.len());
    // sha256 of the bytes, as `sha256sum` would print it.
    assert_eq!(info.sha256.len(), 64);
    let ev = store.get_evidence(&key(1)).unwrap().unwrap();
    assert_eq!(ev.raw, raw);
    assert_eq!(ev.info.arrived, 1_700_000_000);
    assert!(ev.verify());
    assert_eq!(store.verify_evidence(&key(1)).unwrap(), Some(true));
    assert_eq!(store.verify_evidence(&key(2)).unwrap(), None);
    assert_eq!(
        store.put_evidence(&key(1), &raw, 5).unwrap(),
        info,
        "same bytes: kept as is"
    );
    assert!(matches!(
        store.put_evidence(&key(1), b"other", 5),
        Err(Error::KeepEvidence { .. })
    ));
    let mut tampered = ev.clone();
    tampered.raw[0] = b'f';
    assert!(!tampered.verify());
    assert_eq!(store.evidence_list().unwrap(), vec![info]);
}

#[test]
fn sha256_matches_a_known_vector() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let info = store.put_evidence(&key(1), b"abc", 0).unwrap();
    assert_eq!(
        info.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn nothing_is_lost_counts_in_equal_stored_plus_quarantined() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let mut seen = 0;
    for uid in 1..=10u32 {
        seen += 1;
        if uid.is_multiple_of(4) {
            assert!(store.quarantine(&key(uid), "parser panicked", 123).unwrap());
        } else {
            store
                .insert_message(msg(uid, &format!("{uid}@x"), &[]))
                .unwrap();
        }
    }
    assert!(!store.quarantine(&key(4), "again", 123).unwrap());
    assert!(!store.quarantine(&key(1), "stored already", 1).unwrap());
    let c = store.counts().unwrap();
    assert_eq!(c.messages + c.quarantined, seen);
    assert_eq!((c.messages, c.quarantined), (8, 2));
    assert_eq!(c.by_mailbox["INBOX"].quarantined, 2);
    assert_eq!(store.quarantined().unwrap()[0].reason, "parser panicked");
    // A later successful parse (after a rebuild) takes the message out of quarantine.
    store.insert_message(msg(4, "4@x", &[])).unwrap();
    let c = store.counts().unwrap();
    assert_eq!((c.messages, c.quarantined), (9, 1));
}

#[test]
fn marks_scans_and_audit_order() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    for uid in [30, 2, 10] {
        store
            .insert_message(msg(uid, &format!("{uid}@x"), &[]))
            .unwrap();
    }
    let mut other = msg(1, "o@x", &[]);
    other.key = MessageKey::new("INBOX.Archive", 7, 1);
    store.insert_message(other).unwrap();
    let uids: Vec<u32> = store
        .iter_mailbox("INBOX")
        .unwrap()
        .map(|r| r.unwrap().key.uid)
        .collect();
    assert_eq!(uids, vec![2, 10, 30]);
    assert_eq!(store.counts().unwrap().unmarked, 4);
    // The watermark of INBOX passes UIDs 2 and 10 (their marks are on): marked. UID 30
    // is above it, and the Archive message's mailbox has no checkpoint yet.
    let state = |uidvalidity, last_uid| SyncState {
        uidvalidity,
        last_uid,
        last_sync: 0,
        highest_modseq: None,
    };
    store.checkpoint("INBOX", &state(7, 10), &[2, 10]).unwrap();
    store.checkpoint("INBOX", &state(7, 10), &[]).unwrap();
    assert!(store.is_marked(&key(2)).unwrap());
    assert!(store.is_marked(&key(10)).unwrap());
    assert!(!store.is_marked(&key(30)).unwrap());
    assert_eq!(store.counts().unwrap().unmarked, 2);
    assert_eq!(store.sync_state("INBOX").unwrap(), Some(state(7, 10)));
    // A new UIDVALIDITY: nothing stored under the old one counts as marked.
    store.checkpoint("INBOX", &state(8, 10), &[1]).unwrap();
    assert!(!store.is_marked(&key(2)).unwrap());
    store
        .audit(AuditAction::DraftSaved, Some(&key(2)), "draft ack")
        .unwrap();
    let entries: Vec<_> = store.audit_iter().map(Result::unwrap).collect();
    assert!(entries.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(entries.last().unwrap().1.action, AuditAction::DraftSaved);
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.1.action == AuditAction::Marked)
            .count(),
        2
    );
}

#[cfg(unix)]
#[test]
fn directory_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let store = open(&dir);
        store.insert_message(msg(1, "a@x", &[])).unwrap();
        store.flush_blocking().unwrap();
    }
    let store = open(&dir);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(&p), want, "{}", p.display());
    }
    drop(store);
}

#[test]
fn corrupt_store_is_reported_and_can_be_set_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let store = open(&dir);
        for uid in 1..=50 {
            store
                .insert_message(msg(uid, &format!("{uid}@x"), &[]))
                .unwrap();
        }
        store.flush_blocking().unwrap();
    }
    // Overwrite the start of sled's data file.
    let db = dir.join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().take(4096) {
        *b = 0xAB;
    }
    std::fs::write(&db, &bytes).unwrap();
    let result = Store::open(&dir);
    match &result {
        Err(e) => println!("open of damaged store: {e}"),
        Ok(s) => println!(
            "open of damaged store succeeded with {} messages",
            s.counts().map(|c| c.messages).unwrap_or(0)
        ),
    }
    assert!(matches!(
        result,
        Err(Error::CorruptStore { .. }) | Err(Error::OpenStore { .. })
    ));
    drop(result);
    let (store, moved) = Store::set_aside_and_recreate(&dir).unwrap();
    assert!(!dir.join("db").exists() || store.counts().unwrap().messages == 0);
    let moved = moved.expect("old directory kept");
    assert!(moved.join("db").exists());
    assert_eq!(store.counts().unwrap().messages, 0);
}

/// Not a pass/fail check of sled: shows what a damaged middle of the log does.
#[test]
fn damage_in_the_middle_of_the_log_is_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let store = open(&dir);
        for uid in 1..=2000 {
            store
                .insert_message(msg(uid, &format!("{uid}@x"), &[]))
                .unwrap();
        }
        store.flush_blocking().unwrap();
    }
    let db = dir.join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 512] {
        *b = 0xAB;
    }
    std::fs::write(&db, &bytes).unwrap();
    match Store::open(&dir) {
        Err(e) => println!("damaged middle ({} of {} bytes): {e}", 512, bytes.len()),
        Ok(s) => println!(
            "damaged middle ({} of {} bytes): opened, {} of 2000 messages, recovered={}",
            512,
            bytes.len(),
            s.counts().map(|c| c.messages).unwrap_or(0),
            s.was_recovered()
        ),
    }
}

#[test]
fn six_thousand_inserts_then_flush() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let n = 6000u32;
    let start = Instant::now();
    for uid in 1..=n {
        // Every third message replies to the one before, so threads grow and merge.
        let refs: Vec<String> = if uid.is_multiple_of(3) {
            vec![format!("{}@x", uid - 1)]
        } else {
            vec![]
        };
        let refs: Vec<&str> = refs.iter().map(String::as_str).collect();
        store
            .insert_message(msg(uid, &format!("{uid}@x"), &refs))
            .unwrap();
    }
    let inserted = start.elapsed();
    let flush_start = Instant::now();
    block_on(store.flush()).unwrap();
    let flushed = flush_start.elapsed();
    let scan_start = Instant::now();
    let counts = store.counts().unwrap();
    let scanned = scan_start.elapsed();
    let threads_start = Instant::now();
    let threads = store.threads().unwrap().len();
    let listed = threads_start.elapsed();
    assert_eq!(counts.messages, u64::from(n));
    assert_eq!(threads, 4000);
    println!(
        "6000 inserts: {:.2?} ({:.0}/s); flush {:.2?}; counts scan {:.2?}; threads() {:.2?}; on disk {} KiB",
        inserted,
        f64::from(n) / inserted.as_secs_f64(),
        flushed,
        scanned,
        listed,
        store.size_on_disk().unwrap() / 1024
    );
}

#[test]
fn concurrent_inserts_of_the_same_keys_triage_each_once() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let start = Instant::now();
    let new_counts: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let store = store.clone();
                s.spawn(move || {
                    (1..=200u32)
                        .filter(|&uid| {
                            // Half reply to the previous message, so threads merge under contention.
                            let refs: Vec<String> = if uid.is_multiple_of(2) {
                                vec![format!("{}@x", uid - 1)]
                            } else {
                                vec![]
                            };
                            let refs: Vec<&str> = refs.iter().map(String::as_str).collect();
                            store
                                .insert_message(msg(uid, &format!("{uid}@x"), &refs))
                                .unwrap()
                                .is_new()
                        })
                        .count()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!(
        "4 threads x 200 inserts of the same keys: {:.2?}",
        start.elapsed()
    );
    assert_eq!(new_counts.iter().sum::<usize>(), 200);
    assert_eq!(store.counts().unwrap().messages, 200);
    assert_eq!(
        store
            .correspondent("alice@example.org")
            .unwrap()
            .unwrap()
            .categories["query"],
        200
    );
    assert_eq!(store.threads().unwrap().len(), 100);
    let triaged = store
        .audit_iter()
        .filter(|e| e.as_ref().unwrap().1.action == AuditAction::Triaged)
        .count();
    assert_eq!(triaged, 200);
}

#[test]
fn a_batch_is_one_insert_per_new_key_in_order_and_threads_across_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.insert_message(msg(1, "a@x", &[])).unwrap();
    // UID 1 stored before, UID 3 twice in the batch, UID 2 replying to UID 1 and UID 3
    // replying to UID 2, all in one transaction.
    let done = store
        .insert_messages(vec![
            msg(3, "c@x", &["a@x", "b@x"]),
            msg(1, "a@x", &[]),
            msg(2, "b@x", &["a@x"]),
            msg(3, "c@x", &["a@x", "b@x"]),
        ])
        .unwrap();
    let shape: Vec<(u32, bool)> = done
        .iter()
        .map(|d| (d.record().key.uid, d.is_new()))
        .collect();
    assert_eq!(shape, vec![(3, true), (1, false), (2, true), (3, false)]);
    assert_eq!(store.counts().unwrap().messages, 3);
    let threads = store.threads().unwrap();
    assert_eq!(threads.len(), 1, "{threads:?}");
    let thread = store.thread(threads[0].id).unwrap().unwrap();
    let mut uids: Vec<u32> = thread.message_keys.iter().map(|k| k.uid).collect();
    uids.sort_unstable();
    assert_eq!(uids, vec![1, 2, 3]);
    let triaged = store
        .audit_iter()
        .filter(|e| e.as_ref().unwrap().1.action == AuditAction::Triaged)
        .count();
    assert_eq!(triaged, 3, "one triaged entry per message stored");
    assert_eq!(
        store
            .correspondent("alice@example.org")
            .unwrap()
            .unwrap()
            .categories["query"],
        3
    );
    assert!(store.insert_messages(Vec::new()).unwrap().is_empty());
}

/// sled lets go of its file lock asynchronously: a store closed a moment ago (here, or
/// by the swap at the end of a rewrite) is reopened after a short wait, never refused.
#[test]
fn a_store_closed_a_moment_ago_reopens_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    for uid in 1..=30 {
        let store = open(&dir);
        // A clone used and dropped on another thread, as the daemon's tasks do.
        let clone = store.clone();
        std::thread::spawn(move || clone.insert_message(msg(uid, &format!("{uid}@x"), &[])))
            .join()
            .unwrap()
            .unwrap();
        store.flush_blocking().unwrap();
        drop(store);
    }
    assert_eq!(open(&dir).counts().unwrap().messages, 30);
}

/// A rewrite swaps the store's directory under every clone of the handle: each goes on
/// with the rewritten store.
#[test]
fn a_rewrite_keeps_every_clone_of_the_handle_working() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = open(&dir);
    let other = store.clone();
    for uid in 1..=5 {
        store
            .insert_message(msg(uid, &format!("{uid}@x"), &[]))
            .unwrap();
        let report = store.rewrite().unwrap();
        assert!(report.entries > 0);
        other
            .insert_message(msg(uid + 100, &format!("{uid}.b@x"), &[]))
            .unwrap();
    }
    assert_eq!(other.counts().unwrap().messages, 10);
    // An iterator kept open is a use of the store: the rewrite refuses, nothing changes.
    let mut reading = store.iter_messages();
    assert!(reading.next().is_some());
    let e = other.rewrite().unwrap_err();
    assert!(e.to_string().contains("in use"), "{e}");
    drop(reading);
    drop((store, other));
    assert_eq!(open(&dir).counts().unwrap().messages, 10);
}

/// Run by [`a_store_held_by_another_process_is_refused_at_once_naming_it`] in a child
/// process: holds the store in `POSTBAG_TEST_HOLD` until its stdin closes.
#[test]
#[ignore = "a helper process of another test"]
fn hold_the_store_for_another_test() {
    use std::io::{Read, Write};
    let Some(dir) = std::env::var_os("POSTBAG_TEST_HOLD") else {
        return;
    };
    let store = open(Path::new(&dir));
    println!("\nHOLDING");
    std::io::stdout().flush().unwrap();
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    drop(store);
}

#[test]
fn a_store_held_by_another_process_is_refused_at_once_naming_it() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir));
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "hold_the_store_for_another_test",
            "--ignored",
            "--nocapture",
        ])
        .env("POSTBAG_TEST_HOLD", &dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(holder.stdout.take().unwrap()).lines();
    assert!(
        lines.any(|l| l.unwrap() == "HOLDING"),
        "the holder did not start"
    );

    let started = Instant::now();
    match Store::open(&dir) {
        Err(e @ Error::LockStore { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains(&format!("process {}", holder.id())),
                "names the holder: {text}"
            );
        }
        Err(other) => panic!("unexpected error: {other}"),
        Ok(_) => panic!("opened a store another process holds"),
    }
    // Refused on sight, not after the wait meant for a lock on its way out.
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());

    // The holder closes the store and exits: the store opens at once.
    drop(holder.stdin.take());
    assert!(holder.wait().unwrap().success());
    assert_eq!(open(&dir).counts().unwrap().messages, 0);
}
