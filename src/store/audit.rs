//! The append-only audit log and the per-mailbox sync state.

use sled::transaction::TransactionalTree;

use super::keys::{decode, decode_u64, encode, u64_key};
use super::threads::TxResult;
use super::{abort, now, AuditAction, AuditEntry, MessageKey, Store, SyncState};
use crate::{Error, Result};

/// Appends an entry inside a transaction. Ids come from sled's `generate_id`: unique
/// and increasing across restarts, with gaps.
pub(super) fn append(tree: &TransactionalTree, entry: &AuditEntry) -> TxResult<u64> {
    let id = tree.generate_id()?;
    tree.insert(&u64_key(id), encode("audit entry", entry).map_err(abort)?)?;
    Ok(id)
}

pub(super) fn entry(action: AuditAction, key: Option<&MessageKey>, detail: String) -> AuditEntry {
    AuditEntry {
        at: now(),
        action,
        key: key.cloned(),
        detail,
    }
}

impl Store {
    /// Records something postbag did (a draft saved, a mail sent, ...); returns its id.
    pub fn audit(
        &self,
        action: AuditAction,
        key: Option<&MessageKey>,
        detail: &str,
    ) -> Result<u64> {
        let id = self.inner()?.db.generate_id().map_err(Error::WriteStore)?;
        let e = entry(action, key, detail.to_owned());
        self.inner()?
            .audit
            .insert(u64_key(id), encode("audit entry", &e)?)
            .map_err(Error::WriteStore)?;
        Ok(id)
    }

    /// The audit log in id order, oldest first.
    pub fn audit_iter(&self) -> impl Iterator<Item = Result<(u64, AuditEntry)>> {
        self.scan(
            |i| i.audit.iter(),
            |item| {
                let (k, v) = item.map_err(Error::ReadStore)?;
                Ok((decode_u64(&k)?, decode("audit entry", &v)?))
            },
        )
    }

    pub fn sync_state(&self, mailbox: &str) -> Result<Option<SyncState>> {
        match self.inner()?.sync.get(mailbox).map_err(Error::ReadStore)? {
            Some(v) => Ok(Some(decode("sync state", &v)?)),
            None => Ok(None),
        }
    }

    /// Saves where the sync of `mailbox` stands. Advance `last_uid` only after the batch
    /// up to it is stored (or quarantined) and [`Store::flush`] has returned; then flush
    /// again before relying on the new checkpoint. A checkpoint that runs ahead of the
    /// data loses messages after a crash; one that lags only re-offers messages that
    /// `insert_message` recognises as already stored.
    pub fn set_sync_state(&self, mailbox: &str, state: &SyncState) -> Result<()> {
        self.inner()?
            .sync
            .insert(mailbox, encode("sync state", state)?)
            .map_err(Error::WriteStore)?;
        Ok(())
    }

    /// Every mailbox's sync state, ordered by mailbox name.
    pub fn sync_states(&self) -> Result<Vec<(String, SyncState)>> {
        self.inner()?
            .sync
            .iter()
            .map(|item| {
                let (k, v) = item.map_err(Error::ReadStore)?;
                Ok((
                    String::from_utf8_lossy(&k).into_owned(),
                    decode("sync state", &v)?,
                ))
            })
            .collect()
    }
}
