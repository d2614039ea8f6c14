//! Message records: the "never twice" insert, relocation after a UIDVALIDITY change,
//! server marks, scans and counts.

use std::collections::HashMap;

use sled::Transactional;

use super::audit::{append, entry};
use super::codec::{decode_message, encode_message};
use super::correspondents;
use super::keys::{decode, decode_message_key, encode, mailbox_prefix, message_key};
use super::threads::ThreadTx;
use super::{
    abort, make_snippet, thread, tx_error, AuditAction, Counts, EvidenceInfo, Inserted, MessageKey,
    MessageRecord, NewMessage, QuarantineEntry, Store, SyncState,
};
use crate::{Error, Result};

impl Store {
    /// Stores a triaged message once per (mailbox, UIDVALIDITY, UID); see
    /// [`Store::insert_messages`], of which this is a batch of one.
    pub fn insert_message(&self, msg: NewMessage) -> Result<Inserted> {
        let mut done = self.insert_messages(vec![msg])?;
        Ok(done.pop().expect("one result per message"))
    }

    /// Stores a batch of triaged messages in one transaction: for each, the record, its
    /// thread (merging threads it connects), its sender's counts and a `triaged` audit
    /// entry; a quarantine entry for the same key is dropped.
    /// A key already stored (before, or earlier in the batch) changes nothing and comes
    /// back as [`Inserted::Existing`]. Results are in the order of `msgs`.
    ///
    /// One transaction per batch, not per message: sled seals and writes its log buffer
    /// at every transaction, which made a per-message insert cost ~150 µs, and a thread or
    /// correspondent touched by many messages of the batch is written once.
    pub fn insert_messages(&self, msgs: Vec<NewMessage>) -> Result<Vec<Inserted>> {
        if msgs.is_empty() {
            return Ok(Vec::new());
        }
        let pending = msgs
            .into_iter()
            .map(|msg| Ok((message_key(&msg.key)?, Pending::new(msg)?)))
            .collect::<Result<Vec<_>>>()?;
        let i = self.inner()?;
        (
            &i.messages,
            &i.thread_ids,
            &i.threads,
            &i.correspondents,
            &i.audit,
            &i.quarantine,
        )
            .transaction(
                |(messages, thread_ids, threads, people, audit, quarantine)| {
                    let mut out = Vec::with_capacity(pending.len());
                    for (key, p) in &pending {
                        if let Some(v) = messages.get(key)? {
                            out.push(Inserted::Existing(decode_message(&v).map_err(abort)?));
                            continue;
                        }
                        let mut rec = p.rec.clone();
                        let tx = ThreadTx {
                            messages,
                            thread_ids,
                            threads,
                        };
                        rec.thread_id = tx.join(&rec, &p.links)?;
                        messages.insert(key.as_slice(), encode_message(&rec))?;
                        correspondents::bump(people, &rec)?;
                        if quarantine.get(key)?.is_some() {
                            quarantine.remove(key.as_slice())?;
                        }
                        append(
                            audit,
                            &entry(AuditAction::Triaged, Some(&rec.key), p.detail.clone()),
                        )?;
                        out.push(Inserted::New(rec));
                    }
                    Ok(out)
                },
            )
            .map_err(tx_error)
    }

    pub fn get(&self, key: &MessageKey) -> Result<Option<MessageRecord>> {
        match self
            .inner()?
            .messages
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode_message(&v)?)),
            None => Ok(None),
        }
    }

    pub fn contains(&self, key: &MessageKey) -> Result<bool> {
        self.inner()?
            .messages
            .contains_key(message_key(key)?)
            .map_err(Error::ReadStore)
    }

    /// Every UIDVALIDITY other than `current` under which records of `mailbox` are
    /// stored: the messages there were not (yet) re-matched after a UIDVALIDITY change.
    /// Keys sort by UIDVALIDITY, so this reads one key per value, not every record.
    pub fn other_uidvalidities(&self, mailbox: &str, current: u32) -> Result<Vec<u32>> {
        let prefix = mailbox_prefix(mailbox)?;
        let mut out = Vec::new();
        let mut from = prefix.clone();
        from.extend_from_slice(&0u32.to_be_bytes());
        loop {
            let Some(item) = self.inner()?.messages.range(from.as_slice()..).next() else {
                break;
            };
            let (k, _) = item.map_err(Error::ReadStore)?;
            if !k.starts_with(&prefix) {
                break;
            }
            let validity = decode_message_key(&k)?.uidvalidity;
            if validity != current {
                out.push(validity);
            }
            let Some(next) = validity.checked_add(1) else {
                break;
            };
            from.truncate(prefix.len());
            from.extend_from_slice(&next.to_be_bytes());
        }
        Ok(out)
    }

    /// The messages stored in `mailbox` under any of `uidvalidities`, by Message-ID
    /// (without angle brackets), each id with its locations in key order: what a
    /// UIDVALIDITY change re-matches against. A scan of those records when it is needed,
    /// rather than an index every intake would pay for to serve this rare event.
    pub fn message_ids_in(
        &self,
        mailbox: &str,
        uidvalidities: &[u32],
    ) -> Result<HashMap<String, Vec<MessageKey>>> {
        let mut out: HashMap<String, Vec<MessageKey>> = HashMap::new();
        for validity in uidvalidities {
            let mut prefix = mailbox_prefix(mailbox)?;
            prefix.extend_from_slice(&validity.to_be_bytes());
            for item in self.inner()?.messages.scan_prefix(prefix) {
                let rec = decode_item(item)?;
                if let Some(id) = rec.message_id.as_deref().and_then(thread::clean_id) {
                    out.entry(id).or_default().push(rec.key);
                }
            }
        }
        Ok(out)
    }

    /// Moves a record (and its evidence) to a new location without triaging it again,
    /// for when UIDVALIDITY changed and the message was re-matched by Message-ID.
    /// Idempotent: if `old` is gone and `new` is stored, returns the stored record.
    pub fn relocate(&self, old: &MessageKey, new: &MessageKey) -> Result<MessageRecord> {
        let old_k = message_key(old)?;
        let new_k = message_key(new)?;
        let i = self.inner()?;
        let rec = (
            &i.messages,
            &i.thread_ids,
            &i.threads,
            &i.evidence,
            &i.evidence_raw,
            &i.audit,
        )
            .transaction(|(messages, thread_ids, threads, evidence, raw, audit)| {
                let fail = |why: String| abort(Error::RelocateMessage(why));
                let (from, to) = (messages.get(&old_k)?, messages.get(&new_k)?);
                let mut rec: MessageRecord = match (from, to) {
                    (Some(v), None) => decode_message(&v).map_err(abort)?,
                    (None, Some(v)) => return decode_message(&v).map_err(abort),
                    (None, None) => return Err(fail(format!("no message stored at {old}"))),
                    (Some(v), Some(_)) if old_k == new_k => {
                        return decode_message(&v).map_err(abort)
                    }
                    (Some(_), Some(_)) => return Err(fail(format!("{new} is already stored"))),
                };
                rec.key = new.clone();
                messages.remove(old_k.as_slice())?;
                messages.insert(new_k.as_slice(), encode_message(&rec))?;
                let tx = ThreadTx {
                    messages,
                    thread_ids,
                    threads,
                };
                tx.rekey(rec.thread_id, old, new)?;
                if let Some(v) = evidence.remove(old_k.as_slice())? {
                    let mut info: EvidenceInfo = decode("evidence", &v).map_err(abort)?;
                    info.key = new.clone();
                    evidence.insert(new_k.as_slice(), encode("evidence", &info).map_err(abort)?)?;
                }
                if let Some(bytes) = raw.remove(old_k.as_slice())? {
                    raw.insert(new_k.as_slice(), bytes)?;
                }
                append(
                    audit,
                    &entry(AuditAction::Relocated, Some(new), format!("from {old}")),
                )?;
                Ok(rec)
            })
            .map_err(tx_error)?;
        // Its folder copy, if noted, goes with it (not needed for consistency: at worst
        // the copy is looked for again).
        if let Some(copy) = self.folder_copies(std::slice::from_ref(old))?.remove(old) {
            self.note_copies(std::slice::from_ref(new), &copy.folder, copy.done)?;
            self.forget_copies(std::slice::from_ref(old))?;
        }
        Ok(rec)
    }

    /// Records that a chunk of `mailbox` is done: the server marks for the UIDs in
    /// `marked` were applied, and the watermark moves to `state.last_uid`. One small write
    /// and one `marked` audit entry per chunk: a message is marked on the server exactly
    /// when the watermark of its mailbox (same UIDVALIDITY) has passed it, because the
    /// watermark moves only after the chunk's marks went on (see [`Store::is_marked`]).
    /// Flush before relying on it, as for [`Store::set_sync_state`].
    pub fn checkpoint(&self, mailbox: &str, state: &SyncState, marked: &[u32]) -> Result<()> {
        let value = encode("sync state", state)?;
        let detail = match (marked.iter().min(), marked.iter().max()) {
            (Some(lo), Some(hi)) => format!(
                "{mailbox}: {} message(s) between UIDs {lo} and {hi}",
                marked.len()
            ),
            _ => format!("{mailbox}: nothing to mark"),
        };
        let i = self.inner()?;
        (&i.sync, &i.audit)
            .transaction(|(sync, audit)| {
                sync.insert(mailbox.as_bytes(), value.as_slice())?;
                if !marked.is_empty() {
                    append(audit, &entry(AuditAction::Marked, None, detail.clone()))?;
                }
                Ok(())
            })
            .map_err(tx_error)
    }

    /// Whether the marks of a stored message are on the server: its mailbox's watermark,
    /// under the same UIDVALIDITY, has passed it.
    pub fn is_marked(&self, key: &MessageKey) -> Result<bool> {
        Ok(self
            .sync_state(&key.mailbox)?
            .is_some_and(|s| s.covers(key)))
    }

    /// The records of one mailbox in (UIDVALIDITY, UID) order.
    pub fn iter_mailbox(
        &self,
        mailbox: &str,
    ) -> Result<impl Iterator<Item = Result<MessageRecord>>> {
        let prefix = mailbox_prefix(mailbox)?;
        self.inner()?;
        Ok(self.scan(|i| i.messages.scan_prefix(prefix), decode_item))
    }

    /// Every record, by mailbox, UIDVALIDITY and UID.
    pub fn iter_messages(&self) -> impl Iterator<Item = Result<MessageRecord>> {
        self.scan(|i| i.messages.iter(), decode_item)
    }

    /// Counts by scanning the records: they match what is stored even after a crash.
    pub fn counts(&self) -> Result<Counts> {
        let mut c = Counts::default();
        let states: std::collections::HashMap<String, SyncState> =
            self.sync_states()?.into_iter().collect();
        for rec in self.iter_messages() {
            let rec = rec?;
            c.messages += 1;
            let marked = states
                .get(&rec.key.mailbox)
                .is_some_and(|s| s.covers(&rec.key));
            c.unmarked += u64::from(!marked);
            c.by_mailbox.entry(rec.key.mailbox).or_default().messages += 1;
            *c.by_category.entry(rec.category).or_default() += 1;
        }
        for q in self.quarantined()? {
            c.quarantined += 1;
            c.by_mailbox.entry(q.key.mailbox).or_default().quarantined += 1;
        }
        Ok(c)
    }

    /// Quarantined messages by key.
    pub fn quarantined(&self) -> Result<Vec<QuarantineEntry>> {
        self.inner()?
            .quarantine
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                decode("quarantine entry", &v)
            })
            .collect()
    }
}

fn decode_item(item: sled::Result<(sled::IVec, sled::IVec)>) -> Result<MessageRecord> {
    let (_, v) = item.map_err(Error::ReadStore)?;
    decode_message(&v)
}

/// A message of a batch not stored yet, prepared outside the transaction.
struct Pending {
    rec: MessageRecord,
    links: Vec<String>,
    detail: String,
}

impl Pending {
    fn new(msg: NewMessage) -> Result<Pending> {
        let links = thread::links(msg.message_id.as_deref(), &msg.in_reply_to, &msg.references);
        let message_id = msg.message_id.as_deref().and_then(thread::clean_id);
        let detail = format!("{} score {}", msg.category, msg.score);
        let rec = MessageRecord {
            message_id,
            in_reply_to: msg
                .in_reply_to
                .iter()
                .filter_map(|i| thread::clean_id(i))
                .collect(),
            references: msg
                .references
                .iter()
                .filter_map(|i| thread::clean_id(i))
                .collect(),
            from: msg.from.into_iter().next(),
            to: msg.to,
            cc: msg.cc,
            subject: msg.subject,
            date: msg.date,
            arrived: msg.arrived,
            size: msg.size,
            category: msg.category,
            priority: msg.priority,
            score: msg.score,
            rules: msg.rules,
            safety_level: msg.safety_level,
            snippet: make_snippet(&msg.body),
            thread_id: 0,
            minhash: msg.minhash,
            key: msg.key,
        };
        Ok(Pending { rec, links, detail })
    }
}
