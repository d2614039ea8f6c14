//! Correspondents: one record per sender address, updated in the insert transaction
//! (so a message is counted exactly once, like it is triaged exactly once).

use sled::transaction::TransactionalTree;

use super::keys::{decode, encode};
use super::threads::TxResult;
use super::{abort, Correspondent, MessageRecord, Store};
use crate::{Error, Result};

/// The key of an address: trimmed and lowercased. Local parts are case-sensitive in
/// theory and never in practice; one person must not become two.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Counts the message for its sender (the first From address); no-op without one.
pub(super) fn bump(tree: &TransactionalTree, rec: &MessageRecord) -> TxResult<()> {
    let Some(from) = &rec.from else {
        return Ok(());
    };
    let email = normalize_email(&from.email);
    if email.is_empty() {
        return Ok(());
    }
    let when = rec.when();
    let mut c = match tree.get(email.as_bytes())? {
        Some(v) => decode::<Correspondent>("correspondent", &v).map_err(abort)?,
        None => Correspondent {
            email: email.clone(),
            name: None,
            first_seen: when,
            last_seen: when,
            categories: Default::default(),
        },
    };
    if let Some(name) = from.name.as_ref().filter(|n| !n.trim().is_empty()) {
        if when >= c.last_seen || c.name.is_none() {
            c.name = Some(name.clone());
        }
    }
    c.first_seen = c.first_seen.min(when);
    c.last_seen = c.last_seen.max(when);
    *c.categories.entry(rec.category.clone()).or_default() += 1;
    tree.insert(
        email.as_bytes(),
        encode("correspondent", &c).map_err(abort)?,
    )?;
    Ok(())
}

impl Store {
    pub fn correspondent(&self, email: &str) -> Result<Option<Correspondent>> {
        let key = normalize_email(email);
        match self
            .inner()?
            .correspondents
            .get(key)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("correspondent", &v)?)),
            None => Ok(None),
        }
    }

    /// Every correspondent, ordered by email.
    pub fn correspondents(&self) -> Result<Vec<Correspondent>> {
        self.inner()?
            .correspondents
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                decode("correspondent", &v)
            })
            .collect()
    }
}
