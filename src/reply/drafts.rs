//! Saving drafts to the mailbox, at most once per message. Where they go is the caller's
//! [`DraftSink`] (IMAP APPEND with \Draft to the \Drafts folder); this module keeps the
//! ledger: a draft is recorded as pending (and flushed) before it is appended and as saved
//! after, so one the secretary deleted is never recreated, and after a crash between the
//! two the sink is asked whether the draft arrived before it is appended again.

use std::future::Future;

use crate::store::{MessageKey, ReplyRecord, Store};
use crate::Result;

/// Where drafts are saved.
pub trait DraftSink {
    /// Saves a draft (IMAP: APPEND with the \Draft flag to the drafts folder).
    fn append_draft(&mut self, raw: &[u8]) -> impl Future<Output = Result<()>> + Send;

    /// Whether the drafts folder holds a message with this Message-ID (without angle
    /// brackets); asked only for drafts whose earlier save may have been interrupted.
    fn has_draft(&mut self, message_id: &str) -> impl Future<Output = Result<bool>> + Send;
}

/// A composed draft, recorded as pending in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDraft {
    pub key: MessageKey,
    /// Without angle brackets.
    pub message_id: String,
    pub raw: Vec<u8>,
}

/// What [`save`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSaved {
    /// Appended now.
    Appended,
    /// An earlier, interrupted save had arrived; recorded, not appended again.
    FoundInFolder,
    /// Saved before; nothing done (a deleted draft stays deleted).
    AlreadySaved,
}

/// Saves a pending draft through `sink`, once. A failed append leaves it pending, to be
/// retried from [`pending`].
pub async fn save<S: DraftSink>(
    store: &Store,
    draft: &PendingDraft,
    sink: &mut S,
) -> Result<DraftSaved> {
    match store.reply_record(&draft.key)? {
        Some(ReplyRecord::DraftPending { .. }) => {}
        _ => return Ok(DraftSaved::AlreadySaved),
    }
    // The pending record must be durable before the mailbox changes.
    store.flush().await?;
    let outcome = if sink.has_draft(&draft.message_id).await? {
        DraftSaved::FoundInFolder
    } else {
        sink.append_draft(&draft.raw).await?;
        DraftSaved::Appended
    };
    let detail = format!(
        "draft saved for message {} (<{}>)",
        draft.key, draft.message_id
    );
    store.finish_draft(&draft.key, &detail, crate::reply::now())?;
    store.flush().await?;
    tracing::info!(key = %draft.key, message_id = %draft.message_id, "draft saved");
    Ok(outcome)
}

/// Drafts composed but not known to be saved: retry them at start-up.
pub fn pending(store: &Store) -> Result<Vec<PendingDraft>> {
    let mut out = Vec::new();
    for (key, message_id) in store.pending_drafts()? {
        if let Some(raw) = store.draft_raw(&key)? {
            out.push(PendingDraft {
                key,
                message_id,
                raw,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The drafts folder in memory; `fail` makes the next append fail.
    #[derive(Default)]
    struct Folder {
        drafts: Vec<Vec<u8>>,
        fail: bool,
    }

    impl DraftSink for Folder {
        async fn append_draft(&mut self, raw: &[u8]) -> Result<()> {
            if std::mem::take(&mut self.fail) {
                return Err(crate::Error::SaveDraft(
                    "APPEND failed: connection lost".into(),
                ));
            }
            self.drafts.push(raw.to_vec());
            Ok(())
        }

        async fn has_draft(&mut self, message_id: &str) -> Result<bool> {
            let needle = format!("<{message_id}>");
            Ok(self
                .drafts
                .iter()
                .any(|d| String::from_utf8_lossy(d).contains(&needle)))
        }
    }

    fn draft(store: &Store, uid: u32) -> PendingDraft {
        let key = MessageKey::new("INBOX", 1, uid);
        let message_id = format!("d{uid}@riverside.example.org");
        let raw =
            format!("Message-ID: <{message_id}>\r\nSubject: Re: x\r\n\r\nDraft\r\n").into_bytes();
        store
            .begin_draft(&key, &message_id, &raw, 0)
            .unwrap()
            .unwrap();
        PendingDraft {
            key,
            message_id,
            raw,
        }
    }

    #[tokio::test]
    async fn a_draft_is_saved_once_and_a_deleted_one_is_not_recreated() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut folder = Folder::default();
        let d = draft(&store, 1);
        assert_eq!(
            save(&store, &d, &mut folder).await.unwrap(),
            DraftSaved::Appended
        );
        assert_eq!(folder.drafts.len(), 1);
        // The secretary deletes it; saving again does nothing.
        folder.drafts.clear();
        assert_eq!(
            save(&store, &d, &mut folder).await.unwrap(),
            DraftSaved::AlreadySaved
        );
        assert!(folder.drafts.is_empty());
        assert!(pending(&store).unwrap().is_empty());
        // A second draft for the same message is refused by the ledger.
        let again = store.begin_draft(&d.key, "other@x", b"x", 0).unwrap();
        assert!(matches!(again, Err(ReplyRecord::DraftSaved { .. })));
        let audit: Vec<_> = store.audit_iter().map(|e| e.unwrap().1.detail).collect();
        assert!(
            audit
                .iter()
                .any(|d| d.starts_with("draft saved for message INBOX/1/1")),
            "{audit:?}"
        );
    }

    #[tokio::test]
    async fn a_failed_or_interrupted_save_is_retried_without_a_duplicate() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut folder = Folder {
            fail: true,
            ..Default::default()
        };
        let d = draft(&store, 2);
        let err = save(&store, &d, &mut folder).await.unwrap_err();
        assert!(err.to_string().contains("APPEND failed"), "{err}");
        assert_eq!(pending(&store).unwrap(), vec![d.clone()]);
        // A crash after APPEND but before the record: the draft is in the folder already.
        folder.drafts.push(d.raw.clone());
        let p = pending(&store).unwrap().remove(0);
        assert_eq!(
            save(&store, &p, &mut folder).await.unwrap(),
            DraftSaved::FoundInFolder
        );
        assert_eq!(folder.drafts.len(), 1);
        assert!(pending(&store).unwrap().is_empty());
    }
}
