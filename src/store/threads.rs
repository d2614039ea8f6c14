//! Threads in the store: applies [`thread::plan`] inside the insert transaction and
//! answers thread queries. The linking rules themselves are in `thread.rs`.

use sled::transaction::{ConflictableTransactionError, TransactionalTree};

use super::codec::{decode_message, encode_message};
use super::keys::{decode, decode_u64, encode, message_id_prefix, message_key, u64_key};
use super::{abort, thread, MessageKey, MessageRecord, Store, Thread, ThreadSummary};
use crate::{Error, Result};

pub(super) type TxResult<T> = std::result::Result<T, ConflictableTransactionError<Error>>;

/// The trees a thread update touches, inside one transaction.
pub(super) struct ThreadTx<'a> {
    pub messages: &'a TransactionalTree,
    pub thread_ids: &'a TransactionalTree,
    pub threads: &'a TransactionalTree,
}

impl ThreadTx<'_> {
    /// Puts a new message (not yet written) into its thread, merging every thread its
    /// links connect; returns the thread id to store in the record.
    pub fn join(&self, rec: &MessageRecord, links: &[String]) -> TxResult<u64> {
        let plan = thread::plan(links, |id| -> TxResult<Option<u64>> {
            match self.thread_ids.get(message_id_prefix(id).map_err(abort)?)? {
                Some(v) => Ok(Some(decode_u64(&v).map_err(abort)?)),
                None => Ok(None),
            }
        })?;
        let mut t = match plan.target {
            Some(id) => self.load(id)?,
            None => empty(self.threads.generate_id()?),
        };
        for other in plan.merge {
            self.fold(&mut t, other)?;
        }
        for id in plan.new_ids {
            self.index(&id, t.id)?;
            t.message_ids.push(id);
        }
        t.message_keys.push(rec.key.clone());
        *t.categories.entry(rec.category.clone()).or_default() += 1;
        let when = rec.when();
        if when < t.first || t.message_keys.len() == 1 {
            t.first = when;
            t.root_subject = thread::strip_subject(&rec.subject);
        }
        t.last_activity = t.last_activity.max(when);
        self.save(&t)?;
        Ok(t.id)
    }

    /// Replaces a message's key in its thread (after a UIDVALIDITY change).
    pub fn rekey(&self, thread_id: u64, old: &MessageKey, new: &MessageKey) -> TxResult<()> {
        let mut t = self.load(thread_id)?;
        for k in t.message_keys.iter_mut().filter(|k| *k == old) {
            *k = new.clone();
        }
        self.save(&t)
    }

    /// Moves everything of thread `other` into `t` and deletes `other`.
    fn fold(&self, t: &mut Thread, other: u64) -> TxResult<()> {
        let Some(bytes) = self.threads.remove(&u64_key(other))? else {
            return Ok(());
        };
        let o: Thread = decode("thread", &bytes).map_err(abort)?;
        for key in &o.message_keys {
            let k = message_key(key).map_err(abort)?;
            if let Some(v) = self.messages.get(&k)? {
                let mut r: MessageRecord = decode_message(&v).map_err(abort)?;
                r.thread_id = t.id;
                self.messages.insert(k, encode_message(&r))?;
            }
        }
        for id in &o.message_ids {
            self.index(id, t.id)?;
        }
        for (cat, n) in o.categories {
            *t.categories.entry(cat).or_default() += n;
        }
        if !o.message_keys.is_empty() && (o.first < t.first || t.message_keys.is_empty()) {
            t.first = o.first;
            t.root_subject = o.root_subject;
        }
        t.last_activity = t.last_activity.max(o.last_activity);
        t.message_keys.extend(o.message_keys);
        t.message_ids.extend(o.message_ids);
        Ok(())
    }

    fn index(&self, id: &str, thread_id: u64) -> TxResult<()> {
        let k = message_id_prefix(id).map_err(abort)?;
        self.thread_ids.insert(k, &u64_key(thread_id))?;
        Ok(())
    }

    /// A thread that is indexed but missing is recreated empty rather than blocking
    /// intake of every message that links to it.
    fn load(&self, id: u64) -> TxResult<Thread> {
        match self.threads.get(u64_key(id))? {
            Some(v) => decode("thread", &v).map_err(abort),
            None => Ok(empty(id)),
        }
    }

    fn save(&self, t: &Thread) -> TxResult<()> {
        self.threads
            .insert(&u64_key(t.id), encode("thread", t).map_err(abort)?)?;
        Ok(())
    }
}

fn empty(id: u64) -> Thread {
    Thread {
        id,
        root_subject: String::new(),
        message_keys: Vec::new(),
        message_ids: Vec::new(),
        categories: Default::default(),
        first: 0,
        last_activity: i64::MIN,
    }
}

impl Store {
    /// Every thread, most recently active first.
    pub fn threads(&self) -> Result<Vec<ThreadSummary>> {
        let mut out = Vec::new();
        for item in self.inner()?.threads.iter() {
            let (_, v) = item.map_err(Error::ReadStore)?;
            let t: Thread = decode("thread", &v)?;
            out.push(ThreadSummary::from(&t));
        }
        out.sort_by(|a, b| b.last_activity.cmp(&a.last_activity).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    pub fn thread(&self, id: u64) -> Result<Option<Thread>> {
        match self
            .inner()?
            .threads
            .get(u64_key(id))
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("thread", &v)?)),
            None => Ok(None),
        }
    }

    /// The thread a Message-ID belongs to, also when only other messages referenced it.
    pub fn thread_of(&self, message_id: &str) -> Result<Option<Thread>> {
        let Some(id) = thread::clean_id(message_id) else {
            return Ok(None);
        };
        let k = message_id_prefix(&id)?;
        match self.inner()?.thread_ids.get(k).map_err(Error::ReadStore)? {
            Some(v) => self.thread(decode_u64(&v)?),
            None => Ok(None),
        }
    }
}
