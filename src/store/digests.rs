//! Which weekly digests went out: one record per report week ("2026-W48"), so the
//! scheduler sends at most one digest per week across restarts.

use serde::{Deserialize, Serialize};

use super::keys::{decode, encode};
use super::{AuditAction, Store};
use crate::{Error, Result};

/// A digest handed to the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestSent {
    /// The ISO week it reports on, `YYYY-Www`.
    pub week: String,
    /// When it was handed to the outbox, unix seconds.
    pub at: i64,
    pub recipients: Vec<String>,
}

impl Store {
    /// Records the digest of `sent.week` as sent (with an audit entry). Flush before
    /// relying on it: the outbox must hold the messages and the store this record.
    pub fn record_digest_sent(&self, sent: &DigestSent) -> Result<()> {
        self.inner()?
            .digests
            .insert(sent.week.as_bytes(), encode("digest record", sent)?)
            .map_err(Error::WriteStore)?;
        let detail = format!("digest {} to {}", sent.week, sent.recipients.join(", "));
        self.audit(AuditAction::Sent, None, &detail)?;
        Ok(())
    }

    pub fn digest_sent(&self, week: &str) -> Result<Option<DigestSent>> {
        match self.inner()?.digests.get(week).map_err(Error::ReadStore)? {
            Some(v) => Ok(Some(decode("digest record", &v)?)),
            None => Ok(None),
        }
    }

    /// The latest week recorded. Keys are `YYYY-Www`, so byte order is week order.
    pub fn last_digest_sent(&self) -> Result<Option<DigestSent>> {
        match self.inner()?.digests.last().map_err(Error::ReadStore)? {
            Some((_, v)) => Ok(Some(decode("digest record", &v)?)),
            None => Ok(None),
        }
    }
}
