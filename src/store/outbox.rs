//! The outbox and the reply ledger: every outgoing message is stored (with its raw bytes)
//! before anything talks to SMTP, and every message postbag answered has one entry saying
//! how, so nothing is drafted or sent twice.
//!
//! State changes are compare-and-set transactions ([`Store::outbox_update`]): an item is
//! taken for sending only if it is still `queued`, so two senders cannot both take it.
//! Delivery itself (SMTP, backoff, crash recovery) is `outbox`'s.

use serde::{Deserialize, Serialize};
use sled::Transactional;

use super::audit::{append, entry};
use super::keys::{decode, decode_message_key, decode_u64, encode, message_key, u64_key};
use super::ratelimit::{self, Limited, RateLimits};
use super::{abort, tx_error, AuditAction, MessageKey, Store};
use crate::{Error, Result};

/// What an outgoing message is; decides what may happen after a crash mid-send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    /// An automatic acknowledgement to a member.
    Ack,
    /// A `safety` alert to the officers.
    Alert,
    /// The weekly digest to the secretary.
    Digest,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Ack => "ack",
            OutboxKind::Alert => "alert",
            OutboxKind::Digest => "digest",
        }
    }

    /// Whether an item found in `sending` after a crash may be sent again: the digest and
    /// alerts, which go to the secretary and officers (a second copy costs a glance, a lost
    /// alert can cost far more); never an acknowledgement: a member must not get two.
    pub fn resend_after_crash(self) -> bool {
        matches!(self, OutboxKind::Digest | OutboxKind::Alert)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    Queued,
    /// Taken by a sender; the store was flushed before SMTP was spoken.
    Sending,
    Sent,
    Failed,
    /// Interrupted during the SMTP conversation (a crash, a kill): the server may have
    /// taken it. Not resent (an acknowledgement must never go twice); reported as such.
    Uncertain,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sending => "sending",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
            OutboxState::Uncertain => "uncertain",
        }
    }

    fn pending(self) -> bool {
        matches!(self, OutboxState::Queued | OutboxState::Sending)
    }
}

/// One outgoing message as stored (its raw bytes are kept beside it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: u64,
    pub kind: OutboxKind,
    pub state: OutboxState,
    /// Envelope sender.
    pub from: String,
    /// Envelope recipients.
    pub to: Vec<String>,
    pub subject: String,
    /// Without angle brackets.
    pub message_id: String,
    pub attempts: u32,
    /// Unix seconds before which the item is not tried again.
    pub next_attempt: i64,
    pub last_error: Option<String>,
    pub created: i64,
    pub updated: i64,
    pub sent: Option<i64>,
    /// The message this answers or alerts about.
    pub related: Option<MessageKey>,
    /// A copy was saved to the Sent folder.
    #[serde(default)]
    pub filed: bool,
    /// Saving the copy to the Sent folder was begun (flushed before the APPEND): after a
    /// crash, the folder is searched for it before it is appended again.
    #[serde(default)]
    pub filing: bool,
}

/// An outgoing message to queue.
#[derive(Debug, Clone)]
pub struct NewOutgoing {
    pub kind: OutboxKind,
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub message_id: String,
    pub raw: Vec<u8>,
    pub related: Option<MessageKey>,
}

impl NewOutgoing {
    fn item(&self, id: u64, now: i64) -> OutboxItem {
        OutboxItem {
            id,
            kind: self.kind,
            state: OutboxState::Queued,
            from: self.from.clone(),
            to: self.to.clone(),
            subject: self.subject.clone(),
            message_id: self.message_id.clone(),
            attempts: 0,
            next_attempt: now,
            last_error: None,
            created: now,
            updated: now,
            sent: None,
            related: self.related.clone(),
            filed: false,
            filing: false,
        }
    }
}

/// How postbag answered one message: at most one entry per message, never replaced
/// except a pending draft becoming a saved one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "snake_case")]
pub enum ReplyRecord {
    Ack {
        outbox: u64,
        at: i64,
    },
    Alert {
        outbox: u64,
        at: i64,
    },
    /// An acknowledgement was due but a rate limit stopped it; it will not be retried.
    Limited {
        limit: Limited,
        at: i64,
    },
    /// A draft was composed; saving it to the Drafts folder may not have happened yet.
    DraftPending {
        message_id: String,
        at: i64,
    },
    /// The draft is in the Drafts folder; if the secretary deletes it, it stays deleted.
    DraftSaved {
        message_id: String,
        at: i64,
    },
    /// Planning or composing the reply failed for this message alone (a header that cannot
    /// be written, a template error, a bug): the secretary answers by hand; not retried.
    Failed {
        reason: String,
        at: i64,
    },
    /// The message already carried postbag's mark on the server when the store did not
    /// know it (a lost or rebuilt store): it was handled before, so nothing goes out again.
    Recovered {
        category: String,
        at: i64,
    },
}

/// The result of [`Store::enqueue_reply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enqueued {
    Queued(u64),
    /// The message was answered (or decided) before; nothing was queued.
    Exists(ReplyRecord),
    /// A rate limit stopped it; this is now recorded for the message.
    Limited(Limited),
}

impl Store {
    /// Queues an outgoing message not tied to a reply (the digest); returns its id.
    pub fn enqueue(&self, out: &NewOutgoing, now: i64) -> Result<u64> {
        let i = self.inner()?;
        (&i.outbox, &i.outbox_raw, &i.outbox_queue, &i.audit)
            .transaction(|(outbox, raw, queue, audit)| {
                let id = outbox.generate_id()?;
                let item = out.item(id, now);
                outbox.insert(&u64_key(id), encode("outbox item", &item).map_err(abort)?)?;
                raw.insert(&u64_key(id), out.raw.as_slice())?;
                queue.insert(&u64_key(id), &[])?;
                let detail = format!(
                    "queued {} #{id} to {}",
                    out.kind.as_str(),
                    out.to.join(", ")
                );
                append(
                    audit,
                    &entry(
                        AuditAction::Other("queued".into()),
                        out.related.as_ref(),
                        detail,
                    ),
                )?;
                Ok(id)
            })
            .map_err(tx_error)
    }

    /// Queues the answer to (or alert about) the message at `key`, once: if the message
    /// has a [`ReplyRecord`] already, nothing happens. With `limits`, the rate limits are
    /// checked and taken in the same transaction, so racing callers cannot both pass.
    pub fn enqueue_reply(
        &self,
        key: &MessageKey,
        out: &NewOutgoing,
        limits: Option<&RateLimits>,
        now: i64,
    ) -> Result<Enqueued> {
        let k = message_key(key)?;
        let i = self.inner()?;
        (
            &i.replies,
            &i.outbox,
            &i.outbox_raw,
            &i.outbox_queue,
            &i.ack_senders,
            &i.ack_window,
            &i.audit,
        )
            .transaction(|(replies, outbox, raw, queue, senders, window, audit)| {
                if let Some(v) = replies.get(&k)? {
                    return Ok(Enqueued::Exists(decode("reply record", &v).map_err(abort)?));
                }
                if let Some(limits) = limits {
                    if let Err(limit) = ratelimit::take(senders, window, &out.to, now, limits)? {
                        let rec = ReplyRecord::Limited {
                            limit: limit.clone(),
                            at: now,
                        };
                        replies
                            .insert(k.as_slice(), encode("reply record", &rec).map_err(abort)?)?;
                        let detail = format!("no {}: {limit}", out.kind.as_str());
                        append(
                            audit,
                            &entry(AuditAction::Other("limited".into()), Some(key), detail),
                        )?;
                        return Ok(Enqueued::Limited(limit));
                    }
                }
                let id = outbox.generate_id()?;
                let item = out.item(id, now);
                outbox.insert(&u64_key(id), encode("outbox item", &item).map_err(abort)?)?;
                raw.insert(&u64_key(id), out.raw.as_slice())?;
                queue.insert(&u64_key(id), &[])?;
                let rec = match out.kind {
                    OutboxKind::Alert => ReplyRecord::Alert {
                        outbox: id,
                        at: now,
                    },
                    _ => ReplyRecord::Ack {
                        outbox: id,
                        at: now,
                    },
                };
                replies.insert(k.as_slice(), encode("reply record", &rec).map_err(abort)?)?;
                let detail = format!(
                    "queued {} #{id} to {}",
                    out.kind.as_str(),
                    out.to.join(", ")
                );
                append(
                    audit,
                    &entry(AuditAction::Other("queued".into()), Some(key), detail),
                )?;
                Ok(Enqueued::Queued(id))
            })
            .map_err(tx_error)
    }

    /// How the message at `key` was answered, if it was.
    pub fn reply_record(&self, key: &MessageKey) -> Result<Option<ReplyRecord>> {
        match self
            .inner()?
            .replies
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("reply record", &v)?)),
            None => Ok(None),
        }
    }

    /// Records `rec` as how the message at `key` was answered, unless it has a record
    /// already (returned then, and nothing changes); with an audit entry.
    pub fn record_reply(
        &self,
        key: &MessageKey,
        rec: &ReplyRecord,
        action: &str,
        detail: &str,
    ) -> Result<Option<ReplyRecord>> {
        let k = message_key(key)?;
        let i = self.inner()?;
        (&i.replies, &i.audit)
            .transaction(|(replies, audit)| {
                if let Some(v) = replies.get(&k)? {
                    return Ok(Some(decode("reply record", &v).map_err(abort)?));
                }
                replies.insert(k.as_slice(), encode("reply record", rec).map_err(abort)?)?;
                append(
                    audit,
                    &entry(
                        AuditAction::Other(action.to_owned()),
                        Some(key),
                        detail.to_owned(),
                    ),
                )?;
                Ok(None)
            })
            .map_err(tx_error)
    }

    /// Messages whose reply failed ([`ReplyRecord::Failed`]), with the reason and when.
    pub fn reply_failures(&self) -> Result<Vec<(MessageKey, String, i64)>> {
        let mut out = Vec::new();
        for item in self.inner()?.replies.iter() {
            let (k, v) = item.map_err(Error::ReadStore)?;
            if let ReplyRecord::Failed { reason, at } = decode("reply record", &v)? {
                out.push((decode_message_key(&k)?, reason, at));
            }
        }
        Ok(out)
    }

    /// Records a composed draft for `key` before it is saved anywhere. `Err` carries the
    /// existing record when the message has one (a draft pending or saved, or another reply).
    pub fn begin_draft(
        &self,
        key: &MessageKey,
        message_id: &str,
        raw: &[u8],
        now: i64,
    ) -> Result<std::result::Result<(), ReplyRecord>> {
        let k = message_key(key)?;
        let rec = ReplyRecord::DraftPending {
            message_id: message_id.to_owned(),
            at: now,
        };
        let i = self.inner()?;
        (&i.replies, &i.draft_raw)
            .transaction(|(replies, drafts)| {
                if let Some(v) = replies.get(&k)? {
                    return Ok(Err(decode("reply record", &v).map_err(abort)?));
                }
                replies.insert(k.as_slice(), encode("reply record", &rec).map_err(abort)?)?;
                drafts.insert(k.as_slice(), raw)?;
                Ok(Ok(()))
            })
            .map_err(tx_error)
    }

    /// The bytes of a pending draft.
    pub fn draft_raw(&self, key: &MessageKey) -> Result<Option<Vec<u8>>> {
        Ok(self
            .inner()?
            .draft_raw
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
            .map(|v| v.to_vec()))
    }

    /// Marks the pending draft of `key` as saved (and drops its bytes: the mailbox has
    /// them now). Returns false if there was no pending draft.
    pub fn finish_draft(&self, key: &MessageKey, detail: &str, now: i64) -> Result<bool> {
        let k = message_key(key)?;
        let i = self.inner()?;
        (&i.replies, &i.draft_raw, &i.audit)
            .transaction(|(replies, drafts, audit)| {
                let Some(v) = replies.get(&k)? else {
                    return Ok(false);
                };
                let ReplyRecord::DraftPending { message_id, .. } =
                    decode("reply record", &v).map_err(abort)?
                else {
                    return Ok(false);
                };
                let rec = ReplyRecord::DraftSaved {
                    message_id,
                    at: now,
                };
                replies.insert(k.as_slice(), encode("reply record", &rec).map_err(abort)?)?;
                drafts.remove(k.as_slice())?;
                append(
                    audit,
                    &entry(AuditAction::DraftSaved, Some(key), detail.to_owned()),
                )?;
                Ok(true)
            })
            .map_err(tx_error)
    }

    /// Drafts composed but not known to be saved (after a crash or a failed APPEND).
    pub fn pending_drafts(&self) -> Result<Vec<(MessageKey, String)>> {
        let mut out = Vec::new();
        for item in self.inner()?.draft_raw.iter() {
            let (k, _) = item.map_err(Error::ReadStore)?;
            let key = decode_message_key(&k)?;
            if let Some(ReplyRecord::DraftPending { message_id, .. }) = self.reply_record(&key)? {
                out.push((key, message_id));
            }
        }
        Ok(out)
    }

    pub fn outbox_item(&self, id: u64) -> Result<Option<OutboxItem>> {
        match self
            .inner()?
            .outbox
            .get(u64_key(id))
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("outbox item", &v)?)),
            None => Ok(None),
        }
    }

    pub fn outbox_raw(&self, id: u64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .inner()?
            .outbox_raw
            .get(u64_key(id))
            .map_err(Error::ReadStore)?
            .map(|v| v.to_vec()))
    }

    /// Every outbox item, oldest first.
    pub fn outbox_items(&self) -> Result<Vec<OutboxItem>> {
        self.inner()?
            .outbox
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                decode("outbox item", &v)
            })
            .collect()
    }

    /// Items still queued or sending, oldest first (read from a small index, not a scan).
    pub fn outbox_pending(&self) -> Result<Vec<OutboxItem>> {
        let mut out = Vec::new();
        for item in self.inner()?.outbox_queue.iter() {
            let (k, _) = item.map_err(Error::ReadStore)?;
            if let Some(it) = self.outbox_item(decode_u64(&k)?)? {
                out.push(it);
            }
        }
        Ok(out)
    }

    /// Sent items whose copy is not yet in the Sent folder.
    pub fn outbox_unfiled(&self) -> Result<Vec<OutboxItem>> {
        Ok(self
            .outbox_items()?
            .into_iter()
            .filter(|i| i.state == OutboxState::Sent && !i.filed)
            .collect())
    }

    /// Changes item `id` if it is in state `expect`: compare-and-set, so two senders never
    /// both take one item. Returns the changed item, or `None` if it was not in `expect`.
    /// Sent and failed items leave the pending index; a `sent` one gets an audit entry.
    pub fn outbox_update(
        &self,
        id: u64,
        expect: OutboxState,
        now: i64,
        change: impl Fn(&mut OutboxItem),
    ) -> Result<Option<OutboxItem>> {
        let k = u64_key(id);
        let i = self.inner()?;
        (&i.outbox, &i.outbox_queue, &i.audit)
            .transaction(|(outbox, queue, audit)| {
                let Some(v) = outbox.get(k)? else {
                    return Ok(None);
                };
                let mut item: OutboxItem = decode("outbox item", &v).map_err(abort)?;
                if item.state != expect {
                    return Ok(None);
                }
                let before = item.state;
                change(&mut item);
                item.updated = now;
                outbox.insert(&k, encode("outbox item", &item).map_err(abort)?)?;
                if item.state.pending() {
                    queue.insert(&k, &[])?;
                } else {
                    queue.remove(&k)?;
                }
                if before != item.state && !item.state.pending() {
                    let (action, what) = match item.state {
                        OutboxState::Sent => (AuditAction::Sent, "sent"),
                        OutboxState::Uncertain => {
                            (AuditAction::Other("send uncertain".into()), "maybe sent")
                        }
                        _ => (AuditAction::Other("send failed".into()), "failed"),
                    };
                    let mut detail = format!(
                        "{what} {} #{id} to {}",
                        item.kind.as_str(),
                        item.to.join(", ")
                    );
                    if let Some(e) = item.last_error.as_ref().filter(|_| what != "sent") {
                        detail.push_str(&format!(": {e}"));
                    }
                    append(audit, &entry(action, item.related.as_ref(), detail))?;
                }
                Ok(Some(item))
            })
            .map_err(tx_error)
    }

    /// Records that saving a sent item's copy to the Sent folder begins; returns the item as
    /// it was (its `filing` says whether an earlier attempt had begun).
    pub fn outbox_begin_filing(&self, id: u64, now: i64) -> Result<Option<OutboxItem>> {
        let Some(before) = self.outbox_item(id)? else {
            return Ok(None);
        };
        self.outbox_update(id, OutboxState::Sent, now, |i| i.filing = true)?;
        Ok(Some(before))
    }

    /// Records that a sent item's copy was saved to the Sent folder.
    pub fn outbox_mark_filed(&self, id: u64, now: i64) -> Result<bool> {
        Ok(self
            .outbox_update(id, OutboxState::Sent, now, |i| i.filed = true)?
            .is_some())
    }
}
