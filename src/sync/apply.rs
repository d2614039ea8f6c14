//! Marks on the server for one chunk: per category, a folder copy, \Flagged, a Gmail label,
//! the keyword, a move, each skipped where already in place (the flags and labels fetched
//! with the message, the copies noted in the store). The keyword goes on last but for a
//! move: a message that has its keyword has had its copy. A mark the server refuses is
//! logged and counted and the pass goes on; only a broken connection or store stops it.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

use super::{FolderReport, Mark, MessageKey, Pass, ToMark};
use crate::source::imap::ImapSession;
use crate::{Error, Result};

/// What became of one group's keyword STORE.
enum Keyword {
    Set,
    /// Refused although PERMANENTFLAGS said it would stick.
    Refused,
}

impl Pass<'_> {
    /// Applies the marks of a chunk, one command per category and mark. Returns the UIDs
    /// whose marks were dealt with (set, already there, or refused and counted).
    pub(super) async fn apply_marks(
        &self,
        session: &mut ImapSession,
        batch: &[ToMark],
        report: &mut FolderReport,
    ) -> Result<Vec<u32>> {
        let mut by_category: BTreeMap<&str, Vec<&ToMark>> = BTreeMap::new();
        for m in batch {
            by_category.entry(&m.category).or_default().push(m);
        }
        let mut done = Vec::new();
        for (category, msgs) in by_category {
            let mark = if self.keywords_refused.load(Ordering::Relaxed) {
                self.marking.without_keywords(self.marks, category)
            } else {
                self.marking.mark(self.marks, category)
            };
            if self.opts.dry_run {
                let what = mark.describe();
                let lacking = match &mark.keyword {
                    Some(k) => lacking_flag(&msgs, k).len(),
                    None => msgs.len(),
                };
                let unflagged = match mark.flagged {
                    true => lacking_flag(&msgs, "\\Flagged").len(),
                    false => 0,
                };
                if !what.is_empty() && lacking > 0 {
                    println!(
                        "{}: would mark {lacking} message(s) {category}: {what}",
                        session.selected_mailbox().unwrap_or("?"),
                    );
                }
                let changed = lacking.max(unflagged);
                if changed > 0 {
                    *report.marked.entry(category.to_string()).or_default() += changed;
                }
            } else if let Keyword::Refused = self
                .mark_group(session, category, &mark, &msgs, report)
                .await?
            {
                tracing::warn!(
                    "{}: the server refused keyword {} although it listed it as permanent; \
                     marks go to the fallback from now on",
                    self.mailbox,
                    mark.keyword.as_deref().unwrap_or("")
                );
                self.keywords_refused.store(true, Ordering::Relaxed);
                let fallback = self.marking.without_keywords(self.marks, category);
                self.mark_group(session, category, &fallback, &msgs, report)
                    .await?;
            }
            done.extend(msgs.iter().map(|m| m.msg.uid));
        }
        Ok(done)
    }

    /// Sets `mark` on one category's messages; see the module docs for the order.
    async fn mark_group(
        &self,
        session: &mut ImapSession,
        category: &str,
        mark: &Mark,
        msgs: &[&ToMark],
        report: &mut FolderReport,
    ) -> Result<Keyword> {
        let mut changed = 0;
        let mut refused = 0;
        let without_keyword: Vec<&ToMark> = match &mark.keyword {
            Some(k) => lacking_flag(msgs, k),
            None => msgs.to_vec(),
        };
        if let (Some(folder), false) = (&mark.folder, mark.move_messages) {
            let (copied, failed) = self
                .copy_once(session, folder, mark.create_folder, &without_keyword)
                .await?;
            changed = changed.max(copied);
            refused = refused.max(failed);
        }
        if mark.flagged {
            let unflagged = uids(&lacking_flag(msgs, "\\Flagged"));
            match refusal(session.add_flags(&unflagged, &["\\Flagged"]).await)? {
                None => changed = changed.max(unflagged.len()),
                Some(e) => {
                    self.refused(category, "\\Flagged", &e);
                    refused = refused.max(unflagged.len());
                }
            }
        }
        if let Some(label) = &mark.label {
            let unlabelled: Vec<u32> = msgs
                .iter()
                .filter(|m| !m.msg.labels.iter().any(|l| l.eq_ignore_ascii_case(label)))
                .map(|m| m.msg.uid)
                .collect();
            if !unlabelled.is_empty() {
                let stored = match refusal(session.ensure_mailbox(label).await.map(|_| ()))? {
                    Some(e) => Some(e),
                    None => refusal(session.add_labels(&unlabelled, &[label]).await)?,
                };
                match stored {
                    None => changed = changed.max(unlabelled.len()),
                    Some(e) => {
                        self.refused(category, &format!("label {label}"), &e);
                        refused = refused.max(unlabelled.len());
                    }
                }
            }
        }
        let mut outcome = Keyword::Set;
        if let Some(keyword) = &mark.keyword {
            let unmarked = uids(&without_keyword);
            match refusal(session.store_keywords(&unmarked, keyword).await)? {
                None => changed = changed.max(unmarked.len()),
                Some(e) => {
                    self.refused(category, keyword, &e);
                    refused = refused.max(unmarked.len());
                    outcome = Keyword::Refused;
                }
            }
        }
        if let (Some(folder), true) = (&mark.folder, mark.move_messages) {
            let all = uids(msgs);
            let created = match mark.create_folder {
                true => refusal(session.ensure_mailbox(folder).await.map(|_| ()))?,
                false => None,
            };
            let moved = match created {
                Some(e) => Some(e),
                None => refusal(session.move_to(&all, folder).await.map(|_| ()))?,
            };
            match moved {
                None => changed = changed.max(all.len()),
                Some(e) => {
                    self.refused(category, &format!("move to {folder}"), &e);
                    refused = refused.max(all.len());
                }
            }
        }
        if changed > 0 {
            *report.marked.entry(category.to_string()).or_default() += changed;
        }
        if refused > 0 {
            *report.unmarked.entry(category.to_string()).or_default() += refused;
        }
        Ok(outcome)
    }

    /// Copies to `folder` the messages whose copy is neither noted done in the store nor
    /// found there by Message-ID (see `recognise::scan`), creating the folder first if it is
    /// postbag's own. The copy is noted begun and flushed before the COPY, done after it.
    /// Returns (copied, refused).
    async fn copy_once(
        &self,
        session: &mut ImapSession,
        folder: &str,
        create: bool,
        msgs: &[&ToMark],
    ) -> Result<(usize, usize)> {
        let key = |m: &ToMark| MessageKey::new(self.mailbox, self.state.uid_validity, m.msg.uid);
        let keys: Vec<MessageKey> = msgs.iter().map(|m| key(m)).collect();
        let known = self.store.folder_copies(&keys)?;
        let mut found = Vec::new();
        let mut todo = Vec::new();
        for m in msgs {
            let k = key(m);
            let noted = known.get(&k).filter(|c| c.folder == folder);
            if noted.is_some_and(|c| c.done) {
                continue;
            }
            if self.recognise.found_in(m.message_id.as_deref(), folder) {
                found.push(k);
            } else {
                todo.push((k, m.msg.uid));
            }
        }
        if !found.is_empty() {
            self.store.note_copies(&found, folder, true)?;
        }
        if todo.is_empty() {
            return Ok((0, 0));
        }
        let (keys, uids): (Vec<MessageKey>, Vec<u32>) = todo.into_iter().unzip();
        if create {
            if let Some(e) = refusal(session.ensure_mailbox(folder).await.map(|_| ()))? {
                self.refused_copy(folder, &e);
                return Ok((0, uids.len()));
            }
        }
        self.store.note_copies(&keys, folder, false)?;
        self.store.flush().await?;
        let mut copied = refusal(session.copy_to(&uids, folder).await)?;
        if copied.is_some() && create {
            // The folder may have been deleted since this session listed it: once more.
            session.forget_mailboxes();
            if refusal(session.ensure_mailbox(folder).await.map(|_| ()))?.is_none() {
                copied = refusal(session.copy_to(&uids, folder).await)?;
            }
        }
        match copied {
            None => {
                self.store.note_copies(&keys, folder, true)?;
                Ok((uids.len(), 0))
            }
            Some(e) => {
                self.store.forget_copies(&keys)?;
                self.refused_copy(folder, &e);
                Ok((0, uids.len()))
            }
        }
    }

    fn refused(&self, category: &str, what: &str, e: &Error) {
        tracing::warn!(
            "{}: {what} not set on {category} messages: {e}; the pass goes on",
            self.mailbox
        );
    }

    fn refused_copy(&self, folder: &str, e: &Error) {
        tracing::warn!(
            "{}: messages not copied to {folder:?}: {e}; the pass goes on",
            self.mailbox
        );
    }
}

/// A refused command as a value (the connection is still good), any other failure as the
/// error that ends the pass.
fn refusal(result: Result<()>) -> Result<Option<Error>> {
    match result {
        Ok(()) => Ok(None),
        Err(e) if e.is_refusal() => Ok(Some(e)),
        Err(e) => Err(e),
    }
}

/// The messages that lack `flag` (case-insensitive, as IMAP flags are).
fn lacking_flag<'a>(msgs: &[&'a ToMark], flag: &str) -> Vec<&'a ToMark> {
    msgs.iter()
        .filter(|m| !m.msg.flags.iter().any(|f| f.eq_ignore_ascii_case(flag)))
        .copied()
        .collect()
}

fn uids(msgs: &[&ToMark]) -> Vec<u32> {
    msgs.iter().map(|m| m.msg.uid).collect()
}
