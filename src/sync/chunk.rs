//! One chunk of new UIDs, taken in off the async thread: each message is parsed and triaged
//! on a blocking thread as soon as its FETCH response is read, and the chunk is stored in
//! one transaction once the FETCH has completed and the chunk before it is stored.

use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::task::JoinHandle;

use crate::intake::{self, Intake, Prepared};
use crate::rules::RuleSet;
use crate::source::imap::{FetchedMessage, ImapSession};
use crate::store::{MessageKey, MessageRecord, Store};
use crate::Result;

/// What became of one fetched message.
pub(super) enum Taken {
    /// Stored now (`new`) or before: the record.
    Stored {
        record: Box<MessageRecord>,
        new: bool,
    },
    /// Found under the old UIDVALIDITY and moved: its record (its reply, if any, was
    /// planned at the old location).
    Relocated(Box<MessageRecord>),
    /// Dry run: the category it would get; nothing stored.
    Classified(String),
    Quarantined,
}

/// What the intake of one chunk needs, owned so it can run on a blocking thread.
pub(super) struct Work {
    pub store: Store,
    pub rules: Arc<RuleSet>,
    pub mailbox: String,
    pub uidvalidity: u32,
    /// Records of this mailbox under an older UIDVALIDITY, to re-match by Message-ID.
    pub relocations: Option<Arc<Relocations>>,
    /// Marks an earlier store left: a message new to this one keeps their category.
    pub recognise: Arc<super::recognise::Recognise>,
    pub now: i64,
    pub dry_run: bool,
}

/// A chunk fetched whose worker may still be storing it.
pub(super) struct InFlight {
    /// The chunk's messages in UID order, each with what became of it, and where the
    /// worker spent its time.
    pub worker: JoinHandle<Result<Done>>,
    /// UIDs asked for that did not come back.
    pub missing: Vec<u32>,
    /// The lowest UID asked for (for the debug log).
    pub first: u32,
    /// The highest UID asked for: the watermark once the chunk is done.
    pub last: u32,
    /// How many UIDs were asked for.
    pub len: usize,
    /// Closes when this chunk is stored (or its worker gave up): the next chunk's worker
    /// waits for it, so chunks are stored in order.
    pub committed: Option<Receiver<()>>,
    /// How long the FETCH took, for the debug log.
    pub fetch_time: Duration,
}

/// A chunk's messages in UID order, each with what became of it, and the worker's timings.
pub(super) type Done = (Vec<(FetchedMessage, Taken)>, Timings);

/// Where a chunk's worker spent its time, for the debug log.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Timings {
    /// Parsing and triage (on the worker, while the FETCH goes on).
    pub prepare: Duration,
    /// Waiting for the FETCH to complete and the previous chunk to be stored.
    pub wait: Duration,
    /// The store transaction, quarantine and evidence.
    pub store: Duration,
}

/// Fetches `uids` while a new worker prepares each message as it arrives; the worker stores
/// the chunk once the FETCH completed and `after` (the previous chunk) is stored. On a
/// failed FETCH nothing of the chunk is stored (what was relocated stays relocated) and the
/// error is returned once the worker has stopped.
pub(super) async fn start(
    session: &mut ImapSession,
    uids: &[u32],
    work: Work,
    after: Option<Receiver<()>>,
) -> Result<InFlight> {
    let (to_worker, incoming) = channel::<FetchedMessage>();
    let (send_complete, complete) = channel::<bool>();
    let (stored, committed) = channel::<()>();
    let worker = tokio::task::spawn_blocking(move || work.run(incoming, complete, after, stored));
    let started = Instant::now();
    let fetched = session
        .fetch_messages_each(uids, &mut |m| {
            // The worker stops early only on a store error, which its result reports.
            let _ = to_worker.send(m);
        })
        .await;
    drop(to_worker);
    let _ = send_complete.send(fetched.is_ok());
    match fetched {
        Ok(missing) => Ok(InFlight {
            worker,
            missing,
            first: uids.iter().copied().min().unwrap_or(0),
            last: uids.iter().copied().max().unwrap_or(0),
            len: uids.len(),
            committed: Some(committed),
            fetch_time: started.elapsed(),
        }),
        Err(e) => {
            let _ = worker.await;
            Err(e)
        }
    }
}

impl Work {
    /// Prepares messages as they come in; once the FETCH has completed (`complete` says
    /// true) and the previous chunk is stored (`after` closes), stores this chunk and then
    /// closes `stored`. Returns the messages in UID order.
    fn run(
        self,
        incoming: Receiver<FetchedMessage>,
        complete: Receiver<bool>,
        after: Option<Receiver<()>>,
        stored: Sender<()>,
    ) -> Result<Done> {
        let mut timings = Timings::default();
        let mut steps = Vec::new();
        for msg in incoming {
            let t = Instant::now();
            let step = self.prepare(&msg)?;
            timings.prepare += t.elapsed();
            steps.push((msg, step));
        }
        let t = Instant::now();
        if !complete.recv().unwrap_or(false) {
            return Ok((Vec::new(), timings));
        }
        if let Some(previous) = after {
            // Closed (never sent on) when the previous chunk's worker is done.
            let _ = previous.recv();
        }
        timings.wait = t.elapsed();
        let t = Instant::now();
        steps.sort_unstable_by_key(|(m, _)| m.uid);
        let mut batch = Vec::new();
        for (msg, step) in &mut steps {
            if let Step::Intake(prepared) = step {
                let prepared = prepared.take().expect("prepared once");
                batch.push((prepared, msg.raw.as_slice()));
            }
        }
        let mut committed = intake::commit(&self.store, batch)?.into_iter();
        drop(stored);
        timings.store = t.elapsed();
        let steps = steps
            .into_iter()
            .map(|(msg, step)| {
                let taken = match step {
                    Step::Done(taken) => taken,
                    Step::Intake(_) => {
                        let done = committed.next().expect("a result per prepared message");
                        self.taken(&msg, done)
                    }
                };
                (msg, taken)
            })
            .collect();
        Ok((steps, timings))
    }

    fn key(&self, uid: u32) -> MessageKey {
        MessageKey::new(&self.mailbox, self.uidvalidity, uid)
    }

    /// Parse and triage one message (or find it stored, or relocate it after a UIDVALIDITY
    /// change); nothing new is stored yet.
    fn prepare(&self, msg: &FetchedMessage) -> Result<Step> {
        let key = self.key(msg.uid);
        if self.dry_run {
            return Ok(Step::Done(
                match dry_category(&self.store, &self.rules, &msg.raw) {
                    Some(category) => Taken::Classified(category),
                    None => Taken::Quarantined,
                },
            ));
        }
        if let Some(old) = &self.relocations {
            if self.store.get(&key)?.is_none() {
                // Parsed once: for its Message-ID, and for triage if it has no old record.
                let parsed = crate::mail::parse(&msg.raw);
                let from = parsed
                    .as_ref()
                    .ok()
                    .and_then(|env| env.message_id.as_deref())
                    .and_then(crate::store::thread::clean_id)
                    .and_then(|id| old.take(&id));
                if let Some(from) = from {
                    let record = self.store.relocate(&from, &key)?;
                    return Ok(Step::Done(Taken::Relocated(Box::new(record))));
                }
                let prepared = intake::prepare_parsed(
                    &self.store,
                    &self.rules,
                    &key,
                    parsed,
                    msg.raw.len(),
                    self.now,
                )?;
                return Ok(Step::Intake(Some(self.keep_server_mark(msg, prepared))));
            }
        }
        let prepared = intake::prepare(&self.store, &self.rules, &key, &msg.raw, self.now)?;
        Ok(Step::Intake(Some(self.keep_server_mark(msg, prepared))))
    }

    /// A message new to the store that already carries postbag's mark (the store was lost
    /// or rebuilt) keeps the category it shows the secretary, not a fresh verdict: its
    /// keyword, its Gmail label, or a copy in a category folder.
    fn keep_server_mark(&self, msg: &FetchedMessage, prepared: Prepared) -> Prepared {
        let Prepared::Triaged(mut new) = prepared else {
            return prepared;
        };
        let earlier = self
            .recognise
            .category(msg, new.message_id.as_deref(), &self.rules);
        if let Some(category) = earlier {
            if category != new.category {
                tracing::info!(
                    "{}: marked {category} on the server; kept over {}",
                    new.key,
                    new.category
                );
                new.priority = self.rules.category(&category).map_or(0, |c| c.priority);
                new.category = category;
            }
            new.rules.push("marked-on-server".to_string());
        }
        Prepared::Triaged(new)
    }

    fn taken(&self, msg: &FetchedMessage, done: Intake) -> Taken {
        match done {
            Intake::Triaged { record, new } => Taken::Stored { record, new },
            Intake::Quarantined { reason } => {
                let key = self.key(msg.uid);
                // The reason may quote a line of the message: not below trace.
                tracing::warn!("{key}: quarantined: the message cannot be parsed");
                tracing::trace!("{key}: quarantined: {reason}");
                Taken::Quarantined
            }
        }
    }
}

/// A message between prepare and commit.
enum Step {
    Done(Taken),
    Intake(Option<Prepared>),
}

/// The records of a mailbox stored under older UIDVALIDITY values, by Message-ID: each
/// is moved to the first new location its Message-ID turns up at, once.
pub(super) struct Relocations(Mutex<HashMap<String, Vec<MessageKey>>>);

impl Relocations {
    pub fn new(by_id: HashMap<String, Vec<MessageKey>>) -> Relocations {
        Relocations(Mutex::new(by_id))
    }

    /// An old location of `message_id` not handed out before (the lowest, when a copy
    /// of the message was stored more than once).
    fn take(&self, message_id: &str) -> Option<MessageKey> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let keys = map.get_mut(message_id)?;
        let key = (!keys.is_empty()).then(|| keys.remove(0));
        if keys.is_empty() {
            map.remove(message_id);
        }
        key
    }
}

fn dry_category(store: &Store, rules: &RuleSet, raw: &[u8]) -> Option<String> {
    match crate::mail::parse(raw) {
        Ok(mut env) => {
            if let Err(e) = crate::members::annotate(store, &mut env) {
                tracing::warn!("cannot look the sender up in the member list: {e}");
            }
            Some(crate::triage::classify(rules, &env).0.category)
        }
        Err(_) => None,
    }
}
