//! Incremental sync of one IMAP mailbox into the store (RFC 4549 practice), and the marks
//! that show each message's category where the secretary looks.
//!
//! Per chunk of new UIDs: fetch with BODY.PEEK (never \Seen) -> intake (parse, triage,
//! store) -> flush -> marks on the server -> record marks and advance the UID watermark ->
//! flush. A crash anywhere leaves the watermark behind the work, so the next pass fetches
//! the same UIDs again, finds them stored (never triaged twice) and re-applies the marks,
//! which are idempotent. After a UIDVALIDITY change, messages are matched to their old
//! records by Message-ID and moved to their new location instead of being triaged again.

use crate::actions::Replies;
use crate::config::Marks;
use crate::intake::{self, Intake, Prepared};
use crate::rules::RuleSet;
use crate::source::imap::{FetchedMessage, ImapSession};
use crate::store::{MessageKey, MessageRecord, Store, SyncState};
use crate::{Error, Result};
use std::collections::BTreeMap;
use std::sync::Arc;

/// How a pass behaves.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// UIDs fetched per FETCH command (and per checkpoint).
    pub chunk: usize,
    /// Classify and report, but change nothing on the server or in the store.
    pub dry_run: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            chunk: 500,
            dry_run: false,
        }
    }
}

/// What one pass over one mailbox did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FolderReport {
    pub mailbox: String,
    pub uidvalidity: u32,
    /// Messages in the mailbox when it was selected.
    pub exists: u32,
    /// New UIDs found above the watermark.
    pub fetched: usize,
    /// Messages triaged for the first time in this pass.
    pub triaged: usize,
    /// Messages found already stored (a restart after a crash, or a UIDVALIDITY change).
    pub already_stored: usize,
    /// Messages moved to their new UID after a UIDVALIDITY change.
    pub relocated: usize,
    pub quarantined: usize,
    /// UIDs that vanished between SEARCH and FETCH (expunged by another client).
    pub vanished: usize,
    /// Messages given a mark in this pass, per category.
    pub marked: BTreeMap<String, usize>,
    /// The watermark after the pass.
    pub last_uid: u32,
    pub uidvalidity_changed: bool,
}

/// Called after each chunk with (done, total), for a progress bar.
pub type Progress<'a> = &'a mut (dyn FnMut(usize, usize) + Send);

/// Answering messages during a pass: the reply context and the drafts folder.
pub type Answer<'a> = Option<(&'a Replies, &'a str)>;

/// One pass over `mailbox`: triage everything above the watermark, mark it, and (with
/// `answer`) plan the reply to each message before the watermark passes it.
#[allow(clippy::too_many_arguments)]
pub async fn sync_mailbox(
    session: &mut ImapSession,
    store: &Store,
    rules: &Arc<RuleSet>,
    marks: &Marks,
    mailbox: &str,
    opts: &SyncOptions,
    answer: Answer<'_>,
    progress: Progress<'_>,
) -> Result<FolderReport> {
    let state = session.select(mailbox).await?;
    let stored = store.sync_state(mailbox)?;
    let mut report = FolderReport {
        mailbox: mailbox.to_string(),
        uidvalidity: state.uid_validity,
        exists: state.exists,
        ..Default::default()
    };
    let (watermark, old_validity) = match stored {
        Some(s) if s.uidvalidity == state.uid_validity => (s.last_uid, None),
        Some(s) => {
            tracing::warn!(
                "{mailbox}: UIDVALIDITY changed from {} to {}; re-matching messages by Message-ID",
                s.uidvalidity,
                state.uid_validity
            );
            report.uidvalidity_changed = true;
            (0, Some(s.uidvalidity))
        }
        None => (0, None),
    };
    report.last_uid = watermark;
    let uids = session.new_uids(watermark).await?;
    report.fetched = uids.len();
    let now = now();
    let mut done = 0;
    for chunk in uids.chunks(opts.chunk.max(1)) {
        let work = Work {
            store: store.clone(),
            rules: Arc::clone(rules),
            mailbox: mailbox.to_string(),
            uidvalidity: state.uid_validity,
            old_validity,
            now,
            dry_run: opts.dry_run,
        };
        let taken = fetch_and_take_in(session, chunk, work).await?;
        report.vanished += taken.missing.len();
        let mut to_mark: Vec<(FetchedMessage, String)> = Vec::new();
        let mut to_answer: Vec<(usize, MessageRecord)> = Vec::new();
        for (msg, step) in taken.messages {
            let category = match step {
                Taken::Stored { record, new } => {
                    if new {
                        report.triaged += 1;
                    } else {
                        report.already_stored += 1;
                    }
                    let category = record.category.clone();
                    to_answer.push((to_mark.len(), *record));
                    Some(category)
                }
                Taken::Relocated(category) => {
                    report.relocated += 1;
                    Some(category)
                }
                Taken::Classified(category) => {
                    report.triaged += 1;
                    Some(category)
                }
                Taken::Quarantined => {
                    report.quarantined += 1;
                    None
                }
            };
            if let Some(category) = category {
                to_mark.push((msg, category));
            }
        }
        if !opts.dry_run {
            store.flush().await?;
        }
        let keys = apply_marks(session, marks, &to_mark, opts.dry_run, &mut report).await?;
        if let Some((replies, drafts)) = answer {
            for (i, record) in &to_answer {
                let raw = &to_mark[*i].0.raw;
                replies
                    .answer(session, drafts, store, rules, record, raw, now)
                    .await?;
            }
        }
        let last = chunk.iter().copied().max().unwrap_or(watermark);
        if !opts.dry_run {
            store.checkpoint(
                mailbox,
                &SyncState {
                    uidvalidity: state.uid_validity,
                    last_uid: last,
                    last_sync: now,
                    highest_modseq: state.highest_modseq,
                },
                &keys,
            )?;
            store.flush().await?;
        }
        report.last_uid = last;
        done += chunk.len();
        progress(done, uids.len());
    }
    if !opts.dry_run && uids.is_empty() {
        // Nothing new: record when the mailbox was looked at (and its UIDVALIDITY). Not
        // flushed unless the UIDVALIDITY is new: a lost "last looked at" costs nothing.
        store.set_sync_state(
            mailbox,
            &SyncState {
                uidvalidity: state.uid_validity,
                last_uid: watermark,
                last_sync: now,
                highest_modseq: state.highest_modseq,
            },
        )?;
        if stored.is_none_or(|s| s.uidvalidity != state.uid_validity) {
            store.flush().await?;
        }
    }
    Ok(report)
}

/// What became of one fetched message.
enum Taken {
    /// Stored now (`new`) or before: the record.
    Stored {
        record: Box<MessageRecord>,
        new: bool,
    },
    /// Found under the old UIDVALIDITY and moved: its category (its reply, if any, was
    /// planned at the old location).
    Relocated(String),
    /// Dry run: the category it would get; nothing stored.
    Classified(String),
    Quarantined,
}

/// What the intake of one chunk needs, owned so it can run on a blocking thread.
struct Work {
    store: Store,
    rules: Arc<RuleSet>,
    mailbox: String,
    uidvalidity: u32,
    old_validity: Option<u32>,
    now: i64,
    dry_run: bool,
}

/// A chunk fetched and taken in.
struct TakenChunk {
    /// In UID order, each with what became of it.
    messages: Vec<(FetchedMessage, Taken)>,
    /// UIDs asked for that did not come back.
    missing: Vec<u32>,
}

/// Fetches one chunk and takes its messages in, pipelined: each message is parsed and
/// triaged on a blocking thread as soon as its FETCH response is read, while the next ones
/// are still arriving; the chunk is stored in one transaction when the FETCH completes.
/// Nothing is stored if the FETCH fails (what was relocated stays relocated).
async fn fetch_and_take_in(
    session: &mut ImapSession,
    chunk: &[u32],
    work: Work,
) -> Result<TakenChunk> {
    let (tx, rx) = std::sync::mpsc::channel::<FetchedMessage>();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<bool>();
    let worker = tokio::task::spawn_blocking(move || work.run(rx, done_rx));
    let fetched = session
        .fetch_messages_each(chunk, &mut |m| {
            // The worker only stops early on a store error, which `worker` reports.
            let _ = tx.send(m);
        })
        .await;
    drop(tx);
    let _ = done_tx.send(fetched.is_ok());
    let messages = worker
        .await
        .map_err(|e| Error::Invalid(format!("the intake thread failed: {e}")))??;
    Ok(TakenChunk {
        messages,
        missing: fetched?,
    })
}

impl Work {
    /// Prepares messages as they come in; once the fetch has completed (`complete` says
    /// true) stores the chunk. Returns the messages in UID order.
    fn run(
        self,
        incoming: std::sync::mpsc::Receiver<FetchedMessage>,
        complete: std::sync::mpsc::Receiver<bool>,
    ) -> Result<Vec<(FetchedMessage, Taken)>> {
        let mut steps = Vec::new();
        for msg in incoming {
            let step = self.prepare(&msg)?;
            steps.push((msg, step));
        }
        if !complete.recv().unwrap_or(false) {
            return Ok(Vec::new());
        }
        steps.sort_unstable_by_key(|(m, _)| m.uid);
        let mut batch = Vec::new();
        for (msg, step) in &mut steps {
            if let Step::Intake(prepared) = step {
                let prepared = prepared.take().expect("prepared once");
                batch.push((prepared, msg.raw.as_slice()));
            }
        }
        let mut committed = intake::commit(&self.store, batch)?.into_iter();
        Ok(steps
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
            .collect())
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
        if let Some(old) = self.old_validity {
            if self.store.get(&key)?.is_none() {
                if let Some(category) = relocate(&self.store, &key, &msg.raw, old)? {
                    return Ok(Step::Done(Taken::Relocated(category)));
                }
            }
        }
        let prepared = intake::prepare(&self.store, &self.rules, &key, &msg.raw, self.now)?;
        Ok(Step::Intake(Some(prepared)))
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

/// The stored record of the same message at its location under the old UIDVALIDITY,
/// moved to `key`; returns its category.
fn relocate(
    store: &Store,
    key: &MessageKey,
    raw: &[u8],
    old_validity: u32,
) -> Result<Option<String>> {
    let Ok(env) = crate::mail::parse(raw) else {
        return Ok(None);
    };
    let Some(mid) = env.message_id else {
        return Ok(None);
    };
    let old = store
        .find_by_message_id(&mid)?
        .into_iter()
        .find(|k| k.mailbox == key.mailbox && k.uidvalidity == old_validity);
    match old {
        Some(old) => Ok(Some(store.relocate(&old, key)?.category)),
        None => Ok(None),
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

/// Apply the configured marks, one command per category and mark, skipping what is already
/// in place. The keyword goes on last but for a move: a message that has its keyword has had
/// its copy, so a pass after a crash does not copy it twice. Returns the UIDs now marked.
async fn apply_marks(
    session: &mut ImapSession,
    marks: &Marks,
    batch: &[(FetchedMessage, String)],
    dry_run: bool,
    report: &mut FolderReport,
) -> Result<Vec<u32>> {
    let mut by_category: BTreeMap<&str, Vec<&FetchedMessage>> = BTreeMap::new();
    for (msg, category) in batch {
        by_category.entry(category).or_default().push(msg);
    }
    let mut done = Vec::new();
    for (category, msgs) in by_category {
        let mark = marks.for_category(category);
        let lacking = |flag: &str| -> Vec<u32> {
            msgs.iter()
                .filter(|m| !m.flags.iter().any(|f| f.eq_ignore_ascii_case(flag)))
                .map(|m| m.uid)
                .collect()
        };
        let all: Vec<u32> = msgs.iter().map(|m| m.uid).collect();
        let unmarked = mark.keyword.as_deref().map_or_else(|| all.clone(), lacking);
        let unflagged = if mark.flagged {
            lacking("\\Flagged")
        } else {
            Vec::new()
        };
        if dry_run {
            let what = mark.describe();
            if !what.is_empty() && !unmarked.is_empty() {
                println!(
                    "{}: would mark {} message(s) {category}: {what}",
                    session.selected_mailbox().unwrap_or("?"),
                    unmarked.len()
                );
            }
        } else {
            if let (Some(folder), false) = (&mark.folder, mark.move_messages) {
                session.copy_to(&unmarked, folder).await?;
            }
            session.add_flags(&unflagged, &["\\Flagged"]).await?;
            if let Some(kw) = &mark.keyword {
                session.store_keywords(&unmarked, kw).await?;
            }
            if let (Some(folder), true) = (&mark.folder, mark.move_messages) {
                session.move_to(&all, folder).await?;
            }
        }
        let changed = unmarked.len().max(unflagged.len());
        if changed > 0 {
            *report.marked.entry(category.to_string()).or_default() += changed;
        }
        done.extend(all);
    }
    Ok(done)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
