//! Intake of the SpamAssassin corpus into a fresh store: parse, triage and store every
//! message, committed in chunks of 500 (one sled transaction each, as `run --once` does per
//! FETCH chunk), then one flush; the part of `run --once` that is not IMAP.
//! `cargo bench --bench intake`.

#[path = "../tests/support/mod.rs"]
mod support;

use postbag::intake::{commit, prepare};
use postbag::rules;
use postbag::store::{MessageKey, Store};
use std::path::Path;
use std::time::Instant;
use support::postbag::{corpus_files, message_bytes};

/// The corpus as a server stores it (no mbox `From ` line), in file order.
fn corpus() -> Vec<Vec<u8>> {
    corpus_files().iter().map(|f| message_bytes(f)).collect()
}

fn main() {
    let messages = corpus();
    let rules = rules::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .unwrap()
        .ruleset
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let t = Instant::now();
    let mut prepare_time = std::time::Duration::ZERO;
    for (c, chunk) in messages.chunks(500).enumerate() {
        let p = Instant::now();
        let batch = chunk
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                let uid = (c * 500 + i) as u32 + 1;
                let key = MessageKey::new("INBOX", 1, uid);
                let prepared = prepare(&store, &rules, &key, raw, 1_800_000_000).unwrap();
                (prepared, raw.as_slice())
            })
            .collect();
        prepare_time += p.elapsed();
        commit(&store, batch).unwrap();
    }
    let intake_time = t.elapsed();
    let t = Instant::now();
    store.flush_blocking().unwrap();
    let flush = t.elapsed();
    let size = store.size_on_disk().unwrap();
    println!(
        "intake of {} messages: {:.3} s ({:.0} messages/s; parse and triage {:.3} s, store {:.3} s), flush {:.3} s, store {:.1} MB on disk",
        messages.len(),
        intake_time.as_secs_f64(),
        messages.len() as f64 / intake_time.as_secs_f64(),
        prepare_time.as_secs_f64(),
        (intake_time - prepare_time).as_secs_f64(),
        flush.as_secs_f64(),
        size as f64 / 1e6
    );
}
