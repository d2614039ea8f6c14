//! Copies of messages in category folders, remembered per message: on a server that keeps
//! no keywords (Microsoft 365) nothing on the message itself says it was copied, so a pass
//! that repeats a chunk after a crash would copy it twice. A copy is noted as begun (and
//! flushed) before the COPY and as done after it; one found begun after a crash is looked
//! for in the folder (by Message-ID) before it is made again.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::keys::{decode, decode_message_key, encode, mailbox_prefix, message_key};
use super::{MessageKey, Store};
use crate::{Error, Result};

/// What postbag knows of one message's copy in a category folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderCopy {
    pub folder: String,
    /// False from just before the COPY until it succeeded: after a crash in between, the
    /// copy may or may not be there.
    pub done: bool,
}

impl Store {
    /// The copies known for `keys` (keys without one are left out).
    pub fn folder_copies(&self, keys: &[MessageKey]) -> Result<HashMap<MessageKey, FolderCopy>> {
        let mut out = HashMap::new();
        for key in keys {
            if let Some(v) = self
                .inner()?
                .copies
                .get(message_key(key)?)
                .map_err(Error::ReadStore)?
            {
                out.insert(key.clone(), decode("folder copy", &v)?);
            }
        }
        Ok(out)
    }

    /// Notes copies of `keys` to `folder` as begun (`done` false) or done.
    pub fn note_copies(&self, keys: &[MessageKey], folder: &str, done: bool) -> Result<()> {
        let value = encode(
            "folder copy",
            &FolderCopy {
                folder: folder.to_string(),
                done,
            },
        )?;
        let mut batch = sled::Batch::default();
        for key in keys {
            batch.insert(message_key(key)?, value.clone());
        }
        self.inner()?
            .copies
            .apply_batch(batch)
            .map_err(Error::WriteStore)
    }

    /// Forgets the copies of `keys` (a refused COPY, an erased message).
    pub fn forget_copies(&self, keys: &[MessageKey]) -> Result<()> {
        let mut batch = sled::Batch::default();
        for key in keys {
            batch.remove(message_key(key)?);
        }
        self.inner()?
            .copies
            .apply_batch(batch)
            .map_err(Error::WriteStore)
    }

    /// Copies of `mailbox`'s messages begun and never known to be done (a pass stopped
    /// between noting and finishing them).
    pub fn copies_begun(&self, mailbox: &str) -> Result<Vec<MessageKey>> {
        let mut out = Vec::new();
        for item in self.inner()?.copies.scan_prefix(mailbox_prefix(mailbox)?) {
            let (k, v) = item.map_err(Error::ReadStore)?;
            let copy: FolderCopy = decode("folder copy", &v)?;
            if !copy.done {
                out.push(decode_message_key(&k)?);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_noted_begun_then_done() {
        let dir = tempfile::tempdir().unwrap();
        let key = |uid| MessageKey::new("INBOX", 7, uid);
        let store = Store::open(dir.path()).unwrap();
        store
            .note_copies(&[key(1), key(2)], "Triage/Safety", false)
            .unwrap();
        store.note_copies(&[key(1)], "Triage/Safety", true).unwrap();
        assert_eq!(store.copies_begun("INBOX").unwrap(), vec![key(2)]);
        assert!(store.copies_begun("INBOX.Other").unwrap().is_empty());
        let known = store.folder_copies(&[key(1), key(2), key(3)]).unwrap();
        assert_eq!(known.len(), 2);
        assert!(known[&key(1)].done && !known[&key(2)].done);
        store.forget_copies(&[key(2)]).unwrap();
        assert!(store.copies_begun("INBOX").unwrap().is_empty());
    }
}
