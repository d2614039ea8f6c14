//! Incremental sync of one IMAP mailbox into the store (RFC 4549 practice), and the marks
//! that show each message's category where the secretary looks.
//!
//! Per chunk of new UIDs: fetch with BODY.PEEK (never \Seen), each message parsed and
//! triaged on the chunk's worker thread as it arrives -> the chunk stored in one transaction
//! -> flush -> marks on the server -> replies planned -> checkpoint (the UID watermark, which
//! also says what is marked), made durable by the next chunk's flush or the pass's last.
//! Later chunks are fetched while earlier ones are stored (see `chunk.rs`); chunks are
//! stored, marked and checkpointed in order.
//!
//! A crash anywhere leaves the watermark behind the work, so the next pass fetches the same
//! UIDs again, finds them stored (never triaged twice) and re-applies the marks, which are
//! idempotent. After a UIDVALIDITY change, messages are matched to their old
//! records by Message-ID and moved to their new location instead of being triaged again;
//! the old records are found by their keys, not by the sync state, so a pass that stopped
//! half-way through re-matching is finished by the next one.
//!
//! Marks follow what the server keeps (`marking`): keywords, Gmail labels, or folders and
//! \Flagged. A mark the server refuses (NO, BAD) is logged and counted, never the end of
//! the pass. A folder copy is noted in the store before and after its COPY, since a server
//! without keywords keeps nothing on the message that says it was copied; where copies may
//! be unknown to the store (a new or rebuilt store, a copy begun before a crash), the
//! category folders are read first (`recognise`), so nothing is copied twice and mail
//! found there counts as handled.

mod apply;
mod chunk;
pub mod marking;
pub mod recognise;

use crate::actions::Replies;
use crate::config::{Mark, Marks};
use crate::intake::SAFETY;
use crate::rules::RuleSet;
use crate::source::imap::{FetchedMessage, ImapSession, MailboxState};
use crate::store::{MessageKey, MessageRecord, ReplyRecord, Store, SyncState};
use crate::{Error, Result};
use chunk::{InFlight, Taken, Work};
use marking::Marking;
use recognise::Recognise;
use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// How a pass behaves.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// UIDs fetched per FETCH command (and per checkpoint).
    pub chunk: usize,
    /// Classify and report, but change nothing on the server or in the store.
    pub dry_run: bool,
    /// Once cancelled, no further chunk is fetched: the chunks already fetched are
    /// finished and checkpointed and the pass returns (the daemon stopping, or pausing
    /// for a command of the control socket).
    pub stop: Option<tokio_util::sync::CancellationToken>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            chunk: 250,
            dry_run: false,
            stop: None,
        }
    }
}

/// Chunks in flight: fetched, each with its own worker thread, before the oldest is marked
/// and checkpointed; up to this many chunks of bodies are in memory at once. Measured on
/// the corpus (`cargo bench --bench imap_triage`, 2 cores): depth 2, 3 and 4 within noise
/// of each other (the work is CPU-bound by then); 3 with 250-UID chunks peaked at 57 MB.
const PIPELINE_DEPTH: usize = 3;

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
    /// Messages a mark could not be set on (the server refused it), per category.
    pub unmarked: BTreeMap<String, usize>,
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
    let mut state = session.select(mailbox).await?;
    let stored = store.sync_state(mailbox)?;
    let mut marking = choose_marking(session, &state, marks).await?;
    let rule_names: Vec<String> = rules.categories().iter().map(|c| c.name.clone()).collect();
    tracing::debug!("{mailbox}: {}", marking.describe(marks, &rule_names));
    // Copies in category folders the store may not know of (a new or rebuilt store, copies
    // begun before a crash): read the folders first. A begun copy of a message the
    // watermark has passed (it vanished before its chunk was repeated) or of an older
    // UIDVALIDITY is not looked for again after this pass.
    let mut found = std::collections::HashMap::new();
    let begun = match opts.dry_run {
        true => Vec::new(),
        false => store.copies_begun(mailbox)?,
    };
    let ahead = |k: &MessageKey| {
        stored.is_some_and(|s| {
            s.uidvalidity == state.uid_validity
                && k.uidvalidity == s.uidvalidity
                && k.uid > s.last_uid
        })
    };
    let stale: Vec<MessageKey> = begun.iter().filter(|k| !ahead(k)).cloned().collect();
    let unknown_copies = stored.is_none() && state.exists > 0;
    if !opts.dry_run && (unknown_copies || !begun.is_empty()) {
        found = recognise::scan(session, marks, &marking, rules, mailbox).await?;
        if session.selected_mailbox() != Some(mailbox) {
            state = session.select(mailbox).await?;
            marking = choose_marking(session, &state, marks).await?;
        }
        store.forget_copies(&stale)?;
    }
    let recognise = Arc::new(Recognise::new(marks, rules, found));
    let mut report = FolderReport {
        mailbox: mailbox.to_string(),
        uidvalidity: state.uid_validity,
        exists: state.exists,
        ..Default::default()
    };
    let watermark = match stored {
        Some(s) if s.uidvalidity == state.uid_validity => s.last_uid,
        Some(s) => {
            tracing::warn!(
                "{mailbox}: UIDVALIDITY changed from {} to {}; re-matching messages by Message-ID",
                s.uidvalidity,
                state.uid_validity
            );
            report.uidvalidity_changed = true;
            0
        }
        None => 0,
    };
    report.last_uid = watermark;
    // With CONDSTORE, a mailbox whose HIGHESTMODSEQ is the one recorded by the last pass
    // that found nothing new has had nothing added, removed or re-flagged since (RFC 7162
    // 3.1.2): no UID SEARCH needed. Our own marks raise it too, so the pass after one that
    // marked searches once more.
    let unchanged = stored.is_some_and(|s| {
        s.uidvalidity == state.uid_validity
            && s.highest_modseq.is_some()
            && s.highest_modseq == state.highest_modseq
    });
    let uids = if unchanged {
        tracing::debug!("{mailbox}: HIGHESTMODSEQ unchanged; nothing new");
        Vec::new()
    } else {
        session.new_uids(watermark).await?
    };
    report.fetched = uids.len();
    // Records still under an older UIDVALIDITY (the change just seen, or one whose pass
    // stopped half-way, after its first checkpoint) are moved to their message's new UID
    // instead of it being triaged again. Looked for only when there is something new.
    let old = if uids.is_empty() || opts.dry_run {
        Vec::new()
    } else {
        store.other_uidvalidities(mailbox, state.uid_validity)?
    };
    let relocations = if old.is_empty() {
        None
    } else {
        let by_id = store.message_ids_in(mailbox, &old)?;
        Some(Arc::new(chunk::Relocations::new(by_id)))
    };
    let pass = Pass {
        store,
        rules,
        marks,
        mailbox,
        state: &state,
        marking: &marking,
        recognise,
        keywords_refused: AtomicBool::new(false),
        opts,
        answer,
        now: now(),
        relocations,
    };
    // Pipelined: chunk k+1 (and k+2) is fetched, and parsed and triaged by its own worker
    // thread as it arrives, while chunk k is stored by its worker; then chunk k is marked
    // and checkpointed. The session does one command at a time; the CPU work is off it,
    // and chunks are stored, marked and checkpointed in order.
    let mut done = 0;
    let mut in_flight: VecDeque<InFlight> = VecDeque::new();
    let mut chunks = uids.chunks(opts.chunk.max(1));
    let stopping = || opts.stop.as_ref().is_some_and(|s| s.is_cancelled());
    loop {
        let next = if stopping() { None } else { chunks.next() };
        if let Some(chunk_uids) = next {
            let after = in_flight.back_mut().and_then(|f| f.committed.take());
            match chunk::start(session, chunk_uids, pass.work(), after).await {
                Ok(next) => in_flight.push_back(next),
                Err(e) => return Err(settle(in_flight, e).await),
            }
            if in_flight.len() < PIPELINE_DEPTH {
                continue;
            }
        }
        let Some(oldest) = in_flight.pop_front() else {
            break;
        };
        // Chunks behind it whose workers are done (stored: they store after it) are marked
        // with it, one command per category and mark for them all: fewer commands where
        // each costs the server more as the folder grows (on the 60,000-message benchmark,
        // Dovecot with Maildir, the marks were most of the pass).
        let mut group = vec![oldest];
        while in_flight.front().is_some_and(|c| c.worker.is_finished()) {
            group.extend(in_flight.pop_front());
        }
        match pass.finish(session, group, &mut report).await {
            Ok(n) => {
                done += n;
                progress(done, uids.len());
            }
            Err(e) => return Err(settle(in_flight, e).await),
        }
    }
    if !opts.dry_run && report.last_uid != watermark {
        store.flush().await?;
    }
    if !opts.dry_run && uids.is_empty() {
        // Nothing new: record when the mailbox was looked at (and its UIDVALIDITY). Not
        // flushed unless the UIDVALIDITY is new: a lost "last looked at" costs nothing.
        store.set_sync_state(
            mailbox,
            &SyncState {
                uidvalidity: state.uid_validity,
                last_uid: watermark,
                last_sync: pass.now,
                highest_modseq: state.highest_modseq,
            },
        )?;
        if stored.is_none_or(|s| s.uidvalidity != state.uid_validity) {
            store.flush().await?;
        }
    }
    Ok(report)
}

/// A pass failed: the chunks still in flight finish storing before the error is returned
/// (nothing of the pass runs on after it); their marks and checkpoints wait for the next
/// pass, which finds them stored.
async fn settle(in_flight: VecDeque<InFlight>, error: Error) -> Error {
    for chunk in in_flight {
        let _ = chunk.worker.await;
    }
    error
}

/// How `mailbox` (just selected as `state`) shows marks. The folder delimiter is asked for
/// only where folders may be needed (LIST is one more command).
async fn choose_marking(
    session: &mut ImapSession,
    state: &MailboxState,
    marks: &Marks,
) -> Result<Marking> {
    let caps = session.capabilities().clone();
    let delimiter = if state.keeps_new_keywords() {
        "/".to_string()
    } else {
        session.delimiter().await?
    };
    Ok(Marking::choose(
        &caps,
        state,
        session.greeting(),
        marks,
        &delimiter,
    ))
}

/// One message of a chunk to mark: as fetched, its category and Message-ID.
struct ToMark {
    msg: FetchedMessage,
    category: String,
    message_id: Option<String>,
}

/// What every chunk of one pass over one mailbox shares.
struct Pass<'a> {
    store: &'a Store,
    rules: &'a Arc<RuleSet>,
    marks: &'a Marks,
    mailbox: &'a str,
    state: &'a MailboxState,
    marking: &'a Marking,
    /// Marks of an earlier store: keywords, labels, copies found in category folders.
    recognise: Arc<Recognise>,
    /// Set when the server refused a keyword PERMANENTFLAGS promised: the rest of the pass
    /// uses the fallback.
    keywords_refused: AtomicBool,
    opts: &'a SyncOptions,
    answer: Answer<'a>,
    now: i64,
    relocations: Option<Arc<chunk::Relocations>>,
}

impl Pass<'_> {
    fn work(&self) -> Work {
        Work {
            store: self.store.clone(),
            rules: Arc::clone(self.rules),
            mailbox: self.mailbox.to_string(),
            uidvalidity: self.state.uid_validity,
            relocations: self.relocations.clone(),
            recognise: Arc::clone(&self.recognise),
            now: self.now,
            dry_run: self.opts.dry_run,
        }
    }

    /// Waits for the workers of a group of consecutive chunks, then flushes the store,
    /// marks the chunks on the server, plans their replies and moves the watermark past
    /// them. Returns how many UIDs they had.
    async fn finish(
        &self,
        session: &mut ImapSession,
        chunks: Vec<InFlight>,
        report: &mut FolderReport,
    ) -> Result<usize> {
        let mut to_mark: Vec<ToMark> = Vec::new();
        let mut to_answer: Vec<(usize, MessageRecord, bool)> = Vec::new();
        let mut logged = Vec::with_capacity(chunks.len());
        let mut uids = 0;
        let mut last = report.last_uid;
        for chunk in chunks {
            let (messages, timings) = chunk
                .worker
                .await
                .map_err(|e| Error::Invalid(format!("the intake thread failed: {e}")))??;
            logged.push((
                chunk.first,
                chunk.last,
                messages.len(),
                chunk.fetch_time,
                timings,
            ));
            report.vanished += chunk.missing.len();
            uids += chunk.len;
            last = chunk.last;
            self.take(messages, &mut to_mark, &mut to_answer, report);
        }
        let dry_run = self.opts.dry_run;
        if !dry_run {
            self.store.flush().await?;
        }
        let marking = std::time::Instant::now();
        let keys = self.apply_marks(session, &to_mark, report).await?;
        let chunks = logged.len();
        for (first, last, count, fetch, timings) in logged {
            tracing::debug!(
                "{}: UIDs {first}..={last}: {count} message(s); FETCH {} ms, parse and \
                 triage {} ms, store {} ms (after {} ms waiting for the FETCH and the chunk \
                 before), marks {} ms (for {chunks} chunk(s))",
                self.mailbox,
                fetch.as_millis(),
                timings.prepare.as_millis(),
                timings.store.as_millis(),
                timings.wait.as_millis(),
                marking.elapsed().as_millis(),
            );
        }
        if let Some((replies, drafts)) = self.answer {
            // Alerts first: nothing planned for another message can hold them up.
            to_answer.sort_by_key(|(_, record, _)| record.category != SAFETY);
            for (i, record, new) in &to_answer {
                let msg = &to_mark[*i].msg;
                let earlier =
                    self.recognise
                        .category(msg, record.message_id.as_deref(), self.rules);
                if *new && earlier.is_some() {
                    // Marked before this store knew it: handled by an earlier store.
                    self.store.record_reply(
                        &record.key,
                        &ReplyRecord::Recovered {
                            category: record.category.clone(),
                            at: self.now,
                        },
                        "recovered",
                        "found marked on the server by an earlier store: not answered again",
                    )?;
                    continue;
                }
                replies
                    .answer(
                        session, drafts, self.store, self.rules, record, &msg.raw, self.now,
                    )
                    .await?;
            }
        }
        if !dry_run {
            self.store.checkpoint(
                self.mailbox,
                &SyncState {
                    uidvalidity: self.state.uid_validity,
                    last_uid: last,
                    last_sync: self.now,
                    // Only a pass that found nothing new records HIGHESTMODSEQ: a chunk's
                    // checkpoint may be the last before a crash, with later UIDs unfetched.
                    highest_modseq: None,
                },
                &keys,
            )?;
            // Not flushed here: the next chunk's flush (before its marks) or the one at the
            // end of the pass makes it durable. Lost in a crash, it only leaves the
            // watermark behind work that is stored and marked, which the next pass finds.
        }
        report.last_uid = last;
        Ok(uids)
    }

    /// Sorts a chunk's messages into those to mark and those to answer, and counts them.
    fn take(
        &self,
        messages: Vec<(FetchedMessage, Taken)>,
        to_mark: &mut Vec<ToMark>,
        to_answer: &mut Vec<(usize, MessageRecord, bool)>,
        report: &mut FolderReport,
    ) {
        for (msg, step) in messages {
            let marked = match step {
                Taken::Stored { record, new } => {
                    if new {
                        report.triaged += 1;
                    } else {
                        report.already_stored += 1;
                    }
                    let marked = (record.category.clone(), record.message_id.clone());
                    to_answer.push((to_mark.len(), *record, new));
                    Some(marked)
                }
                Taken::Relocated(record) => {
                    report.relocated += 1;
                    Some((record.category, record.message_id))
                }
                Taken::Classified(category) => {
                    report.triaged += 1;
                    Some((category, None))
                }
                Taken::Quarantined => {
                    report.quarantined += 1;
                    None
                }
            };
            if let Some((category, message_id)) = marked {
                to_mark.push(ToMark {
                    msg,
                    category,
                    message_id,
                });
            }
        }
    }
}

/// The category a message's `postbag-<category>` keyword gives it, if it has one for a
/// category of `rules` (the most urgent by priority when it has several): the mark an
/// earlier pass left, which outlives a lost store.
pub fn server_mark(flags: &[String], rules: &RuleSet) -> Option<String> {
    flags
        .iter()
        .filter_map(|f| {
            let name = f
                .get(..8)?
                .eq_ignore_ascii_case("postbag-")
                .then(|| &f[8..])?;
            rules
                .categories()
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name))
        })
        .max_by_key(|c| c.priority)
        .map(|c| c.name.clone())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
