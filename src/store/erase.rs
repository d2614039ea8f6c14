//! Erasing records: a message with everything that hangs off it (its place in its thread, its sender's counts, evidence, quarantine, audit entries), and
//! entries of trees this module does not know (outbox, rate limits, ...). Deciding *what*
//! to erase is `privacy`'s job; getting the bytes off the disk is [`Store::rewrite`]'s.

use std::collections::{BTreeMap, BTreeSet};

use sled::transaction::TransactionalTree;
use sled::Transactional;

use super::audit::{append, entry};
use super::codec::decode_message;
use super::keys::{decode, decode_u64, encode, message_id_prefix, message_key, u64_key};
use super::threads::TxResult;
use super::{
    abort, normalize_email, thread, tx_error, AuditAction, Correspondent, MessageKey,
    MessageRecord, Store, Thread,
};
use crate::{Error, Result};

/// Trees whose records this module knows how to erase; any other tree belongs to a
/// newer part of postbag (outbox, rate limits, digests) and is handled generically.
const KNOWN_TREES: &[&str] = &[
    "__sled__default",
    "meta",
    "messages",
    "thread_ids",
    "threads",
    "correspondents",
    "sync",
    "audit",
    "evidence",
    "evidence_raw",
    "quarantine",
    "members",
    "released",
    "folder_copies",
];

/// What one erasure removed, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Erased {
    pub messages: usize,
    pub by_category: BTreeMap<String, usize>,
    pub evidence: usize,
    pub quarantine: usize,
    pub threads_deleted: usize,
    pub threads_changed: usize,
    pub correspondents_deleted: usize,
    pub audit_entries: usize,
}

impl Store {
    /// Deletes the messages at `keys` and everything that hangs off them, in one
    /// transaction: record, evidence (raw bytes, hash and hold),
    /// quarantine entry, audit entries about them; each is dropped from its thread (whose
    /// subject, dates and counts are recomputed from what remains; a thread left empty is
    /// deleted with its index entries) and from its sender's counts (a sender left with
    /// none is deleted). Then appends one audit line, `action` with `note`, which must hold
    /// counts only. Unknown keys are skipped.
    pub fn erase_messages(
        &self,
        keys: &[MessageKey],
        action: AuditAction,
        note: &str,
    ) -> Result<Erased> {
        let wanted: BTreeSet<MessageKey> = keys.iter().cloned().collect();
        let encoded = keys.iter().map(message_key).collect::<Result<Vec<_>>>()?;
        let audit_ids = self.audit_ids_about(&wanted)?;
        let i = self.inner()?;
        let erased = (
            &i.messages,
            &i.thread_ids,
            &i.threads,
            &i.correspondents,
            &i.audit,
            &i.evidence,
            &i.evidence_raw,
            &i.quarantine,
            &i.released,
        )
            .transaction(
                |(
                    messages,
                    thread_ids,
                    threads,
                    people,
                    audit,
                    evidence,
                    raw,
                    quarantine,
                    released,
                )| {
                    let mut out = Erased::default();
                    let mut touched = BTreeSet::new();
                    for k in &encoded {
                        if let Some(v) = messages.remove(k.as_slice())? {
                            let rec: MessageRecord = decode_message(&v).map_err(abort)?;
                            uncount(people, &rec, &mut out)?;
                            touched.insert(rec.thread_id);
                            out.messages += 1;
                            *out.by_category.entry(rec.category).or_default() += 1;
                        }
                        if evidence.remove(k.as_slice())?.is_some() {
                            out.evidence += 1;
                        }
                        raw.remove(k.as_slice())?;
                        released.remove(k.as_slice())?;
                        if quarantine.remove(k.as_slice())?.is_some() {
                            out.quarantine += 1;
                        }
                    }
                    for id in touched {
                        match shrink_thread(messages, thread_ids, threads, id, &wanted)? {
                            Some(true) => out.threads_deleted += 1,
                            Some(false) => out.threads_changed += 1,
                            None => {}
                        }
                    }
                    for id in &audit_ids {
                        if audit.remove(&u64_key(*id))?.is_some() {
                            out.audit_entries += 1;
                        }
                    }
                    append(audit, &entry(action.clone(), None, note.to_owned()))?;
                    Ok(out)
                },
            )
            .map_err(tx_error)?;
        // Where a message was copied says nothing about a person; it goes with the message.
        self.forget_copies(keys)?;
        Ok(erased)
    }

    /// Ids of audit entries about any of `keys`.
    fn audit_ids_about(&self, keys: &BTreeSet<MessageKey>) -> Result<Vec<u64>> {
        let mut ids = Vec::new();
        for item in self.audit_iter() {
            let (id, e) = item?;
            if e.key.as_ref().is_some_and(|k| keys.contains(k)) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// Deletes audit entries by id (those a caller found to name a person).
    pub fn erase_audit(&self, ids: &[u64]) -> Result<usize> {
        let mut n = 0;
        for id in ids {
            let gone = self
                .inner()?
                .audit
                .remove(u64_key(*id))
                .map_err(Error::WriteStore)?;
            n += usize::from(gone.is_some());
        }
        Ok(n)
    }

    /// Deletes correspondent rows by their stored email (lowercased).
    pub fn erase_correspondents(&self, emails: &[String]) -> Result<usize> {
        let mut n = 0;
        for e in emails {
            let gone = self
                .inner()?
                .correspondents
                .remove(normalize_email(e).as_bytes())
                .map_err(Error::WriteStore)?;
            n += usize::from(gone.is_some());
        }
        Ok(n)
    }

    /// Deletes a member row by canonical address.
    pub fn erase_member(&self, canonical: &str) -> Result<bool> {
        let gone = self
            .inner()?
            .members
            .remove(canonical.as_bytes())
            .map_err(Error::WriteStore)?;
        Ok(gone.is_some())
    }

    /// Deletes quarantine entries (by key) without touching anything else.
    pub fn erase_quarantined(&self, keys: &[MessageKey]) -> Result<usize> {
        let mut n = 0;
        for k in keys {
            let gone = self
                .inner()?
                .quarantine
                .remove(message_key(k)?)
                .map_err(Error::WriteStore)?;
            n += usize::from(gone.is_some());
        }
        Ok(n)
    }

    /// Sets each correspondent's first and last contact to those of the messages still
    /// stored from them, so a purged message's date does not outlive it. A row that intake
    /// changed meanwhile is left as it is (compare-and-swap).
    pub fn refresh_correspondent_dates(&self) -> Result<usize> {
        let mut span: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        for rec in self.iter_messages() {
            let rec = rec?;
            let Some(from) = &rec.from else { continue };
            let when = rec.when();
            let s = span
                .entry(normalize_email(&from.email))
                .or_insert((when, when));
            *s = (s.0.min(when), s.1.max(when));
        }
        let mut changed = 0;
        for item in self.inner()?.correspondents.iter() {
            let (k, old) = item.map_err(Error::ReadStore)?;
            let c: Correspondent = decode("correspondent", &old)?;
            let Some(&(first, last)) = span.get(&c.email) else {
                continue;
            };
            if (c.first_seen, c.last_seen) == (first, last) {
                continue;
            }
            let updated = Correspondent {
                first_seen: first,
                last_seen: last,
                ..c
            };
            let swapped = self
                .inner()?
                .correspondents
                .compare_and_swap(k, Some(old), Some(encode("correspondent", &updated)?))
                .map_err(Error::WriteStore)?;
            changed += usize::from(swapped.is_ok());
        }
        Ok(changed)
    }

    /// Names of trees that [`Store::erase_messages`] does not know: those of other parts
    /// of postbag (outbox, rate limits, digests), searched generically for a person.
    pub fn other_trees(&self) -> Vec<String> {
        let Ok(inner) = self.inner() else {
            return Vec::new();
        };
        inner
            .db
            .tree_names()
            .iter()
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .filter(|n| !KNOWN_TREES.contains(&n.as_str()))
            .collect()
    }

    /// Every entry of a tree, raw.
    pub fn tree_entries(&self, name: &str) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let tree = self.inner()?.db.open_tree(name).map_err(Error::ReadStore)?;
        tree.iter()
            .map(|item| {
                let (k, v) = item.map_err(Error::ReadStore)?;
                Ok((k.to_vec(), v.to_vec()))
            })
            .collect()
    }

    /// Removes entries of a tree by key; returns how many were there.
    pub fn remove_tree_entries(&self, name: &str, keys: &[Vec<u8>]) -> Result<usize> {
        let tree = self
            .inner()?
            .db
            .open_tree(name)
            .map_err(Error::WriteStore)?;
        let mut n = 0;
        for k in keys {
            n += usize::from(tree.remove(k).map_err(Error::WriteStore)?.is_some());
        }
        Ok(n)
    }
}

/// Takes one message off its sender's counts; deletes the row when nothing is left.
fn uncount(people: &TransactionalTree, rec: &MessageRecord, out: &mut Erased) -> TxResult<()> {
    let Some(from) = &rec.from else {
        return Ok(());
    };
    let email = normalize_email(&from.email);
    let Some(v) = people.get(email.as_bytes())? else {
        return Ok(());
    };
    let mut c: Correspondent = decode("correspondent", &v).map_err(abort)?;
    if let Some(n) = c.categories.get_mut(&rec.category) {
        *n = n.saturating_sub(1);
        if *n == 0 {
            c.categories.remove(&rec.category);
        }
    }
    if c.categories.is_empty() {
        people.remove(email.as_bytes())?;
        out.correspondents_deleted += 1;
    } else {
        people.insert(
            email.as_bytes(),
            encode("correspondent", &c).map_err(abort)?,
        )?;
    }
    Ok(())
}

/// Drops erased messages from thread `id`; returns whether the thread was deleted
/// (`None`: there was no such thread).
/// What remains is summarised again from the remaining records, and Message-IDs that only
/// erased messages had linked leave the thread and its index.
fn shrink_thread(
    messages: &TransactionalTree,
    thread_ids: &TransactionalTree,
    threads: &TransactionalTree,
    id: u64,
    erased: &BTreeSet<MessageKey>,
) -> TxResult<Option<bool>> {
    let Some(v) = threads.get(u64_key(id))? else {
        return Ok(None);
    };
    let mut t: Thread = decode("thread", &v).map_err(abort)?;
    t.message_keys.retain(|k| !erased.contains(k));
    let mut remaining = Vec::new();
    for key in &t.message_keys {
        if let Some(v) = messages.get(message_key(key).map_err(abort)?)? {
            remaining.push(decode_message(&v).map_err(abort)?);
        }
    }
    let linked: BTreeSet<String> = remaining
        .iter()
        .flat_map(|r| thread::links(r.message_id.as_deref(), &r.in_reply_to, &r.references))
        .collect();
    let (keep, drop): (Vec<String>, Vec<String>) =
        t.message_ids.drain(..).partition(|m| linked.contains(m));
    for m in &drop {
        let k = message_id_prefix(m).map_err(abort)?;
        if let Some(owner) = thread_ids.get(&k)? {
            if decode_u64(&owner).map_err(abort)? == id {
                thread_ids.remove(k)?;
            }
        }
    }
    if remaining.is_empty() {
        threads.remove(&u64_key(id))?;
        return Ok(Some(true));
    }
    t.message_ids = keep;
    t.categories.clear();
    for r in &remaining {
        *t.categories.entry(r.category.clone()).or_default() += 1;
    }
    let earliest = remaining
        .iter()
        .min_by_key(|r| r.when())
        .expect("not empty");
    t.first = earliest.when();
    t.root_subject = thread::strip_subject(&earliest.subject);
    t.last_activity = remaining.iter().map(|r| r.when()).max().unwrap_or(t.first);
    threads.insert(&u64_key(id), encode("thread", &t).map_err(abort)?)?;
    Ok(Some(false))
}
