//! `postbag evidence list | release KEY`: the `safety` messages kept as evidence, and
//! releasing one from the hold so that retention applies to it again.

use super::terminal::printable;
use super::{open_store, user_facing, InvalidInput, Outcome};
use crate::config::Config;
use crate::privacy::export::time;
use crate::store::MessageKey;

pub fn list(config: &Config) -> anyhow::Result<Outcome> {
    let store = open_store(config)?;
    let kept = store.evidence_list()?;
    println!(
        "{:<24} {:<20} {:>8} {:<8} {:<20} SUBJECT",
        "KEY", "ARRIVED", "BYTES", "HASH", "HOLD"
    );
    for info in &kept {
        let verified = match store.verify_evidence(&info.key)? {
            Some(true) => "ok",
            _ => "MISMATCH",
        };
        let hold = match store.evidence_released_at(&info.key)? {
            Some(at) => format!("released {}", &time(at)[..10]),
            None => "held".to_string(),
        };
        let subject = store.get(&info.key)?.map(|r| r.subject).unwrap_or_default();
        println!(
            "{:<24} {:<20} {:>8} {:<8} {:<20} {}",
            printable(&info.key.to_string()),
            time(info.arrived),
            info.size,
            verified,
            hold,
            printable(&subject)
        );
    }
    eprintln!("{} kept as evidence", kept.len());
    Ok(Outcome::Ok)
}

pub fn release(config: &Config, key: &str) -> anyhow::Result<Outcome> {
    let key = parse_key(key)?;
    let store = open_store(config)?;
    let info = store.release_evidence(&key).map_err(user_facing)?;
    store.flush_blocking()?;
    println!(
        "released {key} (sha256 {}): the safety retention now applies; `postbag purge` deletes it once that has passed",
        info.sha256
    );
    Ok(Outcome::Ok)
}

/// `MAILBOX/UIDVALIDITY/UID`, as `evidence list` shows it (the mailbox may contain `/`).
fn parse_key(text: &str) -> Result<MessageKey, InvalidInput> {
    let mut parts = text.rsplitn(3, '/');
    let (uid, uidvalidity, mailbox) = (parts.next(), parts.next(), parts.next());
    match (
        mailbox,
        uidvalidity.and_then(|v| v.parse().ok()),
        uid.and_then(|u| u.parse().ok()),
    ) {
        (Some(m), Some(v), Some(u)) if !m.is_empty() => Ok(MessageKey::new(m, v, u)),
        _ => Err(InvalidInput(format!(
            "{text:?} is not a key: write MAILBOX/UIDVALIDITY/UID as `postbag evidence list` shows it"
        ))),
    }
}
