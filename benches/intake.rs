//! Intake of the SpamAssassin corpus into a fresh store: parse, triage and store every
//! message (one sled transaction each), then one flush; the part of `run --once` that is not
//! IMAP. `cargo bench --bench intake`.

use postbag::intake::intake;
use postbag::store::{MessageKey, Store};
use postbag::{mail, rules};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(root.join("scripts/fetch-corpus.sh"))
        .output()
        .expect("fetch corpus");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    let mut files = Vec::new();
    for dir in ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"] {
        for e in std::fs::read_dir(data.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|p| mail::source::strip_from_line(std::fs::read(p).unwrap()))
        .collect()
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
    for (i, raw) in messages.iter().enumerate() {
        intake(
            &store,
            &rules,
            &MessageKey::new("INBOX", 1, i as u32 + 1),
            raw,
            1_800_000_000,
        )
        .unwrap();
    }
    let intake_time = t.elapsed();
    let t = Instant::now();
    store.flush_blocking().unwrap();
    let flush = t.elapsed();
    let size = store.size_on_disk().unwrap();
    println!(
        "intake of {} messages: {:.3} s ({:.0} messages/s), flush {:.3} s, store {:.1} MB on disk",
        messages.len(),
        intake_time.as_secs_f64(),
        messages.len() as f64 / intake_time.as_secs_f64(),
        flush.as_secs_f64(),
        size as f64 / 1e6
    );
}
