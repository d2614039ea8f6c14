//! Rate limits on automatic acknowledgements, persisted so a restart does not reset them:
//! the last acknowledgement per address, and the acknowledgements of the last hour.
//!
//! Both are checked and taken inside the transaction that queues the acknowledgement
//! ([`super::Store::enqueue_reply`]), so two racing tasks cannot both pass. Whether to ask
//! at all is `reply`'s decision; this module only counts.

use serde::{Deserialize, Serialize};
use sled::transaction::TransactionalTree;

use super::correspondents::normalize_email;
use super::keys::{decode, encode};
use super::threads::TxResult;
use super::{abort, Store};
use crate::{Error, Result};

/// The key in the window tree holding the recent acknowledgement times.
const WINDOW: &[u8] = b"acks-last-hour";
const HOUR: i64 = 3600;

/// The limits in force, from `[reply]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Seconds during which an address gets no second acknowledgement.
    pub per_address_secs: i64,
    /// Acknowledgements allowed in any hour.
    pub hourly_cap: u32,
}

impl RateLimits {
    pub fn from_config(reply: &crate::config::Reply) -> RateLimits {
        RateLimits {
            per_address_secs: i64::from(reply.ack_interval_days) * 24 * HOUR,
            hourly_cap: reply.hourly_cap,
        }
    }
}

/// Why an acknowledgement was not queued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum Limited {
    /// The address had an acknowledgement at `last` (unix seconds).
    Address { address: String, last: i64 },
    /// `count` acknowledgements went out in the last hour; the cap is `cap`.
    HourlyCap { count: u32, cap: u32 },
}

impl std::fmt::Display for Limited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limited::Address { address, last } => write!(
                f,
                "{address} already had an acknowledgement {} ago",
                ago(*last)
            ),
            Limited::HourlyCap { count, cap } => write!(
                f,
                "hourly cap reached: {count} acknowledgements in the last hour (cap {cap})"
            ),
        }
    }
}

/// "3 days", "5 hours", "12 minutes": how long ago `then` was.
fn ago(then: i64) -> String {
    let secs = (super::now() - then).max(0);
    let (n, unit) = match secs {
        s if s >= 2 * 24 * HOUR => (s / (24 * HOUR), "days"),
        s if s >= 2 * HOUR => (s / HOUR, "hours"),
        s => (s / 60, "minutes"),
    };
    format!("{n} {unit}")
}

/// Checks both limits for an acknowledgement to `to` at `now` and, if it may go, records
/// it. Runs inside a transaction: no side effects beyond the trees.
pub(super) fn take(
    senders: &TransactionalTree,
    window: &TransactionalTree,
    to: &[String],
    now: i64,
    limits: &RateLimits,
) -> TxResult<Result<(), Limited>> {
    for address in to {
        let a = normalize_email(address);
        if let Some(v) = senders.get(a.as_bytes())? {
            let last: i64 = decode("last acknowledgement", &v).map_err(abort)?;
            if now - last < limits.per_address_secs {
                return Ok(Err(Limited::Address { address: a, last }));
            }
        }
    }
    let mut recent: Vec<i64> = match window.get(WINDOW)? {
        Some(v) => decode("acknowledgement window", &v).map_err(abort)?,
        None => Vec::new(),
    };
    recent.retain(|&t| now - t < HOUR);
    if recent.len() >= limits.hourly_cap as usize {
        return Ok(Err(Limited::HourlyCap {
            count: recent.len() as u32,
            cap: limits.hourly_cap,
        }));
    }
    recent.push(now);
    window.insert(
        WINDOW,
        encode("acknowledgement window", &recent).map_err(abort)?,
    )?;
    for address in to {
        let a = normalize_email(address);
        senders.insert(
            a.as_bytes(),
            encode("last acknowledgement", &now).map_err(abort)?,
        )?;
    }
    Ok(Ok(()))
}

impl Store {
    /// When `address` last had an acknowledgement (unix seconds).
    pub fn last_ack(&self, address: &str) -> Result<Option<i64>> {
        let a = normalize_email(address);
        match self
            .inner()?
            .ack_senders
            .get(a.as_bytes())
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("last acknowledgement", &v)?)),
            None => Ok(None),
        }
    }

    /// Acknowledgements queued in the hour before `now`.
    pub fn acks_last_hour(&self, now: i64) -> Result<u32> {
        let recent: Vec<i64> = match self
            .inner()?
            .ack_window
            .get(WINDOW)
            .map_err(Error::ReadStore)?
        {
            Some(v) => decode("acknowledgement window", &v)?,
            None => Vec::new(),
        };
        Ok(recent.iter().filter(|&&t| now - t < HOUR).count() as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Enqueued, MessageKey, NewOutgoing, OutboxKind};

    fn ack(to: &str) -> NewOutgoing {
        NewOutgoing {
            kind: OutboxKind::Ack,
            from: "secretary@riverside.example.org".into(),
            to: vec![to.into()],
            subject: "Re: x".into(),
            message_id: "m@riverside.example.org".into(),
            raw: b"Subject: Re: x\r\n\r\nx\r\n".to_vec(),
            related: None,
        }
    }

    const LIMITS: RateLimits = RateLimits {
        per_address_secs: 7 * 24 * HOUR,
        hourly_cap: 2,
    };

    #[test]
    fn limits_hold_to_the_second_and_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let t = 1_800_000_000;
        let mut uid = 0;
        let mut send = |store: &Store, to: &str, at: i64| {
            uid += 1;
            let key = MessageKey::new("INBOX", 1, uid);
            store
                .enqueue_reply(&key, &ack(to), Some(&LIMITS), at)
                .unwrap()
        };
        {
            let store = Store::open(dir.path()).unwrap();
            assert!(matches!(
                send(&store, "a@example.com", t),
                Enqueued::Queued(_)
            ));
            assert!(matches!(
                send(&store, "b@example.com", t + 10),
                Enqueued::Queued(_)
            ));
            store.flush_blocking().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            send(&store, "c@example.com", t + HOUR - 1),
            Enqueued::Limited(Limited::HourlyCap { count: 2, cap: 2 })
        );
        assert!(matches!(
            send(&store, "c@example.com", t + HOUR),
            Enqueued::Queued(_)
        ));
        assert_eq!(
            send(&store, "A@Example.com", t + 7 * 24 * HOUR - 1),
            Enqueued::Limited(Limited::Address {
                address: "a@example.com".into(),
                last: t
            })
        );
        assert!(matches!(
            send(&store, "a@example.com", t + 7 * 24 * HOUR),
            Enqueued::Queued(_)
        ));
        assert_eq!(
            store.last_ack("a@example.com").unwrap(),
            Some(t + 7 * 24 * HOUR)
        );
        assert_eq!(store.acks_last_hour(t + 7 * 24 * HOUR).unwrap(), 1);
    }
}
