//! The secretary's corrections: a message whose mark she changed in her mail client (a
//! keyword, a Gmail label, a move into a category folder), kept once per message with the
//! features the per-mailbox model learns from (`corrections::local`), how many corrections
//! each category has (kept incrementally: added on a correction, subtracted on erasure),
//! and how far the last look for corrections got per mailbox and folder.
//!
//! Its own trees, written as JSON by this module, so the rest of the store's encodings can
//! change without touching them. Erasure goes through [`Store::erase_corrections`], which
//! subtracts what it removes from the counts in the same transaction.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sled::Transactional;

use super::keys::{decode_message_key, message_key};
use super::{tx_error, MessageKey, Store};
use crate::{Error, Result};

/// Trees of this module (for erasure and export, which handle them themselves).
pub const CORRECTION_TREES: &[&str] = &[
    "corrections",
    "correction_counts",
    "correction_seen",
    "reclassified",
];

/// A message `postbag reclassify` gave another category (not her correction: the model
/// never learns from it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reclassified {
    pub from: String,
    pub to: String,
    pub at: i64,
}

/// One message the secretary re-labelled, as last corrected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub key: MessageKey,
    pub message_id: Option<String>,
    /// The category the message showed before (postbag's, or an earlier correction's).
    pub from: String,
    /// The category she gave it.
    pub to: String,
    /// When postbag saw the change (unix seconds).
    pub at: i64,
    /// How it was seen: `keyword`, `label` or `folder`.
    pub how: String,
    /// The sender's address, lowercased (for `rules suggest` and erasure).
    #[serde(default)]
    pub sender: Option<String>,
    /// The List-Id header, if any (for `rules suggest`).
    #[serde(default)]
    pub list_id: Option<String>,
    #[serde(default)]
    pub subject: String,
    /// Words of the subject and the start of the body (lowercased), for `rules suggest`.
    #[serde(default)]
    pub words: Vec<String>,
    /// The message's features as `learn::features::extract` gives them: what the
    /// per-mailbox model compares new mail with.
    #[serde(default)]
    pub features: Vec<(u32, f32)>,
    /// How many times this message was corrected (the last one is kept).
    #[serde(default = "one")]
    pub times: u32,
}

fn one() -> u32 {
    1
}

/// How far the last look for corrections got in one mailbox or category folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionsSeen {
    pub uidvalidity: u32,
    /// Mailbox: changes up to this MODSEQ were looked at (CONDSTORE).
    #[serde(default)]
    pub modseq: Option<u64>,
    /// Category folder: messages below this UID were looked at.
    #[serde(default)]
    pub uid_next: Option<u32>,
    /// The account's category folders that existed at the last LIST, and when (unix
    /// seconds): a pass lists again only after a while.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folders: Option<(i64, Vec<String>)>,
}

fn json<T: Serialize>(what: &'static str, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::EncodeRecord {
        what,
        detail: e.to_string(),
    })
}

fn unjson<T: serde::de::DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| Error::DecodeRecord {
        what,
        detail: e.to_string(),
    })
}

fn count_of(v: Option<sled::IVec>) -> u64 {
    v.and_then(|v| v.as_ref().try_into().ok())
        .map_or(0, u64::from_be_bytes)
}

impl Store {
    fn tree(&self, name: &str) -> Result<sled::Tree> {
        self.inner()?.db.open_tree(name).map_err(Error::ReadStore)
    }

    /// Records a correction (replacing an earlier one of the same message) and moves the
    /// per-category counts with it, in one transaction. Returns the correction stored.
    pub fn record_correction(&self, mut c: Correction) -> Result<Correction> {
        let (list, counts) = (self.tree("corrections")?, self.tree("correction_counts")?);
        let k = message_key(&c.key)?;
        if let Some(old) = list.get(&k).map_err(Error::ReadStore)? {
            let old: Correction = unjson("correction", &old)?;
            c.times = old.times + 1;
        }
        let value = json("correction", &c)?;
        (&list, &counts)
            .transaction(|(list, counts)| {
                let before = list.insert(k.as_slice(), value.as_slice())?;
                if let Some(before) = before {
                    let before: Correction = serde_json::from_slice(&before).map_err(|e| {
                        sled::transaction::ConflictableTransactionError::Abort(
                            Error::DecodeRecord {
                                what: "correction",
                                detail: e.to_string(),
                            },
                        )
                    })?;
                    let n = count_of(counts.get(before.to.as_bytes())?);
                    counts.insert(before.to.as_bytes(), &n.saturating_sub(1).to_be_bytes())?;
                }
                let n = count_of(counts.get(c.to.as_bytes())?);
                counts.insert(c.to.as_bytes(), &(n + 1).to_be_bytes())?;
                Ok(())
            })
            .map_err(tx_error)?;
        Ok(c)
    }

    /// The correction of one message, if she corrected it.
    pub fn correction(&self, key: &MessageKey) -> Result<Option<Correction>> {
        match self
            .tree("corrections")?
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(unjson("correction", &v)?)),
            None => Ok(None),
        }
    }

    /// Every correction, in message-key order.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        self.tree("corrections")?
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                unjson("correction", &v)
            })
            .collect()
    }

    /// Corrections per category (the category she gave), as kept incrementally.
    pub fn correction_counts(&self) -> Result<BTreeMap<String, u64>> {
        self.tree("correction_counts")?
            .iter()
            .map(|item| {
                let (k, v) = item.map_err(Error::ReadStore)?;
                Ok((String::from_utf8_lossy(&k).into_owned(), count_of(Some(v))))
            })
            .filter(|r| !matches!(r, Ok((_, 0))))
            .collect()
    }

    /// Removes the corrections of `keys` and subtracts them from the counts, in one
    /// transaction; returns what was removed. Unknown keys are skipped.
    pub fn erase_corrections(&self, keys: &[MessageKey]) -> Result<Vec<Correction>> {
        let (list, counts) = (self.tree("corrections")?, self.tree("correction_counts")?);
        let ks: Vec<Vec<u8>> = keys.iter().map(message_key).collect::<Result<_>>()?;
        let removed = (&list, &counts)
            .transaction(|(list, counts)| {
                let mut removed = Vec::new();
                for k in &ks {
                    let Some(v) = list.remove(k.as_slice())? else {
                        continue;
                    };
                    let c: Correction = serde_json::from_slice(&v).map_err(|e| {
                        sled::transaction::ConflictableTransactionError::Abort(
                            Error::DecodeRecord {
                                what: "correction",
                                detail: e.to_string(),
                            },
                        )
                    })?;
                    let n = count_of(counts.get(c.to.as_bytes())?).saturating_sub(1);
                    if n == 0 {
                        counts.remove(c.to.as_bytes())?;
                    } else {
                        counts.insert(c.to.as_bytes(), &n.to_be_bytes())?;
                    }
                    removed.push(c);
                }
                Ok(removed)
            })
            .map_err(tx_error)?;
        Ok(removed)
    }

    /// Records that `postbag reclassify` moved a message to another category.
    pub fn set_reclassified(&self, key: &MessageKey, r: &Reclassified) -> Result<()> {
        self.tree("reclassified")?
            .insert(message_key(key)?, json("reclassified", r)?)
            .map_err(Error::WriteStore)?;
        Ok(())
    }

    pub fn reclassified(&self, key: &MessageKey) -> Result<Option<Reclassified>> {
        match self
            .tree("reclassified")?
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(unjson("reclassified", &v)?)),
            None => Ok(None),
        }
    }

    /// Forgets what `reclassify` did to `keys` (erasure); returns how many there were.
    pub fn erase_reclassified(&self, keys: &[MessageKey]) -> Result<usize> {
        let tree = self.tree("reclassified")?;
        let mut n = 0;
        for k in keys {
            n += usize::from(
                tree.remove(message_key(k)?)
                    .map_err(Error::WriteStore)?
                    .is_some(),
            );
        }
        Ok(n)
    }

    /// How far the last look for corrections got in `place` (a mailbox or a folder).
    pub fn corrections_seen(&self, place: &str) -> Result<Option<CorrectionsSeen>> {
        match self
            .tree("correction_seen")?
            .get(place.as_bytes())
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(unjson("corrections seen", &v)?)),
            None => Ok(None),
        }
    }

    pub fn set_corrections_seen(&self, place: &str, seen: &CorrectionsSeen) -> Result<()> {
        self.tree("correction_seen")?
            .insert(place.as_bytes(), json("corrections seen", seen)?)
            .map_err(Error::WriteStore)?;
        Ok(())
    }

    /// The raw entries of the count tree and the correction list, for comparing two
    /// stores' models byte for byte (tests, erasure checks).
    pub fn correction_bytes(&self) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut out = Vec::new();
        for name in ["corrections", "correction_counts"] {
            for item in self.tree(name)?.iter() {
                let (k, v) = item.map_err(Error::ReadStore)?;
                let mut key = name.as_bytes().to_vec();
                key.push(0);
                key.extend_from_slice(&k);
                out.push((key, v.to_vec()));
            }
        }
        Ok(out)
    }

    /// Keys of every correction (cheap: no decoding of the records).
    pub fn correction_keys(&self) -> Result<Vec<MessageKey>> {
        self.tree("corrections")?
            .iter()
            .keys()
            .map(|k| decode_message_key(&k.map_err(Error::ReadStore)?))
            .collect()
    }
}
