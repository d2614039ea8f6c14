//! `postbag evidence list | release KEY`: the `safety` messages kept as evidence, and
//! releasing one from the hold so that retention applies to it again.

use super::ctx::Ctx;
use super::terminal::printable;
use super::{user_facing, InvalidInput, Outcome};
use crate::privacy::export::time;
use crate::store::MessageKey;

pub fn list(ctx: &mut Ctx) -> anyhow::Result<Outcome> {
    let store = ctx.store;
    let kept = store.evidence_list()?;
    writeln!(
        ctx.out,
        "{:<24} {:<20} {:>8} {:<8} {:<20} SUBJECT",
        "KEY", "ARRIVED", "BYTES", "HASH", "HOLD"
    )?;
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
        writeln!(
            ctx.out,
            "{:<24} {:<20} {:>8} {:<8} {:<20} {}",
            printable(&info.key.to_string()),
            time(info.arrived),
            info.size,
            verified,
            hold,
            printable(&subject)
        )?;
    }
    writeln!(ctx.err, "{} kept as evidence", kept.len())?;
    Ok(Outcome::Ok)
}

pub fn release(ctx: &mut Ctx, key: &str) -> anyhow::Result<Outcome> {
    let key = parse_key(key)?;
    let info = ctx.store.release_evidence(&key).map_err(user_facing)?;
    ctx.store.flush_blocking()?;
    writeln!(
        ctx.out,
        "released {key} (sha256 {}): the safety retention now applies; `postbag purge` deletes it once that has passed",
        info.sha256
    )?;
    Ok(Outcome::Ok)
}

/// `MAILBOX/UIDVALIDITY/UID`, as `evidence list` shows it (the mailbox may contain `/`).
pub(super) fn parse_key(text: &str) -> Result<MessageKey, InvalidInput> {
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
