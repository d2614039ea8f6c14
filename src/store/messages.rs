//! Message records: the "never twice" insert, the Message-ID index, relocation after a
//! UIDVALIDITY change, server marks, scans and counts.

use sled::Transactional;

use super::audit::{append, entry};
use super::correspondents;
use super::keys::{
    decode, decode_message_key, encode, mailbox_prefix, message_id_entry, message_id_prefix,
    message_key,
};
use super::threads::ThreadTx;
use super::{
    abort, make_snippet, thread, tx_error, AuditAction, Counts, EvidenceInfo, Inserted, MessageKey,
    MessageRecord, NewMessage, QuarantineEntry, Store,
};
use crate::{Error, Result};

impl Store {
    /// Stores a triaged message once per (mailbox, UIDVALIDITY, UID). In one transaction:
    /// the record, its Message-ID index entry, its thread (merging threads it connects),
    /// its sender's counts and a `triaged` audit entry; a quarantine entry for the same
    /// key is dropped. If the key is already stored nothing changes and the stored record
    /// comes back as [`Inserted::Existing`].
    pub fn insert_message(&self, msg: NewMessage) -> Result<Inserted> {
        let key = message_key(&msg.key)?;
        if let Some(v) = self.inner.messages.get(&key).map_err(Error::ReadStore)? {
            return Ok(Inserted::Existing(decode("message", &v)?));
        }
        let links = thread::links(msg.message_id.as_deref(), &msg.in_reply_to, &msg.references);
        let message_id = msg.message_id.as_deref().and_then(thread::clean_id);
        let id_entry = match &message_id {
            Some(id) => Some(message_id_entry(id, &msg.key)?),
            None => None,
        };
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
            snippet: make_snippet(&msg.body),
            thread_id: 0,
            marked: false,
            minhash: msg.minhash,
            key: msg.key,
        };
        let i = &self.inner;
        (
            &i.messages,
            &i.by_message_id,
            &i.thread_ids,
            &i.threads,
            &i.correspondents,
            &i.audit,
            &i.quarantine,
        )
            .transaction(
                |(messages, by_id, thread_ids, threads, people, audit, quarantine)| {
                    if let Some(v) = messages.get(&key)? {
                        return Ok(Inserted::Existing(decode("message", &v).map_err(abort)?));
                    }
                    let mut rec = rec.clone();
                    let tx = ThreadTx {
                        messages,
                        thread_ids,
                        threads,
                    };
                    rec.thread_id = tx.join(&rec, &links)?;
                    messages.insert(key.as_slice(), encode("message", &rec).map_err(abort)?)?;
                    if let Some(e) = &id_entry {
                        by_id.insert(e.as_slice(), &[])?;
                    }
                    correspondents::bump(people, &rec)?;
                    quarantine.remove(key.as_slice())?;
                    append(
                        audit,
                        &entry(AuditAction::Triaged, Some(&rec.key), detail.clone()),
                    )?;
                    Ok(Inserted::New(rec))
                },
            )
            .map_err(tx_error)
    }

    pub fn get(&self, key: &MessageKey) -> Result<Option<MessageRecord>> {
        match self
            .inner
            .messages
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("message", &v)?)),
            None => Ok(None),
        }
    }

    pub fn contains(&self, key: &MessageKey) -> Result<bool> {
        self.inner
            .messages
            .contains_key(message_key(key)?)
            .map_err(Error::ReadStore)
    }

    /// Every location a Message-ID is stored at (a mail can sit in several folders).
    pub fn find_by_message_id(&self, message_id: &str) -> Result<Vec<MessageKey>> {
        let Some(id) = thread::clean_id(message_id) else {
            return Ok(Vec::new());
        };
        let prefix = message_id_prefix(&id)?;
        self.inner
            .by_message_id
            .scan_prefix(&prefix)
            .map(|item| {
                let (k, _) = item.map_err(Error::ReadStore)?;
                decode_message_key(&k[prefix.len()..])
            })
            .collect()
    }

    /// Moves a record (and its evidence) to a new location without triaging it again,
    /// for when UIDVALIDITY changed and the message was re-matched by Message-ID.
    /// Idempotent: if `old` is gone and `new` is stored, returns the stored record.
    pub fn relocate(&self, old: &MessageKey, new: &MessageKey) -> Result<MessageRecord> {
        let old_k = message_key(old)?;
        let new_k = message_key(new)?;
        let i = &self.inner;
        (
            &i.messages,
            &i.by_message_id,
            &i.thread_ids,
            &i.threads,
            &i.evidence,
            &i.evidence_raw,
            &i.audit,
        )
            .transaction(
                |(messages, by_id, thread_ids, threads, evidence, raw, audit)| {
                    let fail = |why: String| abort(Error::RelocateMessage(why));
                    let (from, to) = (messages.get(&old_k)?, messages.get(&new_k)?);
                    let mut rec: MessageRecord = match (from, to) {
                        (Some(v), None) => decode("message", &v).map_err(abort)?,
                        (None, Some(v)) => return decode("message", &v).map_err(abort),
                        (None, None) => return Err(fail(format!("no message stored at {old}"))),
                        (Some(v), Some(_)) if old_k == new_k => {
                            return decode("message", &v).map_err(abort)
                        }
                        (Some(_), Some(_)) => return Err(fail(format!("{new} is already stored"))),
                    };
                    rec.key = new.clone();
                    messages.remove(old_k.as_slice())?;
                    messages.insert(new_k.as_slice(), encode("message", &rec).map_err(abort)?)?;
                    if let Some(id) = &rec.message_id {
                        by_id.remove(message_id_entry(id, old).map_err(abort)?)?;
                        by_id.insert(message_id_entry(id, new).map_err(abort)?, &[])?;
                    }
                    let tx = ThreadTx {
                        messages,
                        thread_ids,
                        threads,
                    };
                    tx.rekey(rec.thread_id, old, new)?;
                    if let Some(v) = evidence.remove(old_k.as_slice())? {
                        let mut info: EvidenceInfo = decode("evidence", &v).map_err(abort)?;
                        info.key = new.clone();
                        evidence
                            .insert(new_k.as_slice(), encode("evidence", &info).map_err(abort)?)?;
                    }
                    if let Some(bytes) = raw.remove(old_k.as_slice())? {
                        raw.insert(new_k.as_slice(), bytes)?;
                    }
                    append(
                        audit,
                        &entry(AuditAction::Relocated, Some(new), format!("from {old}")),
                    )?;
                    Ok(rec)
                },
            )
            .map_err(tx_error)
    }

    /// Records that the server marks for these messages were applied; returns how many
    /// changed. Unknown keys are skipped.
    pub fn set_marked(&self, keys: &[MessageKey]) -> Result<usize> {
        let encoded = keys.iter().map(message_key).collect::<Result<Vec<_>>>()?;
        let i = &self.inner;
        (&i.messages, &i.audit)
            .transaction(|(messages, audit)| {
                let mut changed = 0;
                for k in &encoded {
                    let Some(v) = messages.get(k)? else { continue };
                    let mut rec: MessageRecord = decode("message", &v).map_err(abort)?;
                    if rec.marked {
                        continue;
                    }
                    rec.marked = true;
                    messages.insert(k.as_slice(), encode("message", &rec).map_err(abort)?)?;
                    let e = entry(AuditAction::Marked, Some(&rec.key), rec.category.clone());
                    append(audit, &e)?;
                    changed += 1;
                }
                Ok(changed)
            })
            .map_err(tx_error)
    }

    /// The records of one mailbox in (UIDVALIDITY, UID) order.
    pub fn iter_mailbox(
        &self,
        mailbox: &str,
    ) -> Result<impl Iterator<Item = Result<MessageRecord>>> {
        let prefix = mailbox_prefix(mailbox)?;
        Ok(self.inner.messages.scan_prefix(prefix).map(decode_item))
    }

    /// Every record, by mailbox, UIDVALIDITY and UID.
    pub fn iter_messages(&self) -> impl Iterator<Item = Result<MessageRecord>> {
        self.inner.messages.iter().map(decode_item)
    }

    /// Counts by scanning the records: they match what is stored even after a crash.
    pub fn counts(&self) -> Result<Counts> {
        let mut c = Counts::default();
        for rec in self.iter_messages() {
            let rec = rec?;
            c.messages += 1;
            c.unmarked += u64::from(!rec.marked);
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
        self.inner
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
    decode("message", &v)
}
