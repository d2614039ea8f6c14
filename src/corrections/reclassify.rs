//! `postbag reclassify --since DATE`: stored messages triaged again with what the
//! secretary's corrections taught, on request only (a pass never re-classifies what it
//! has handled). Bodies are read again from the server (BODY.PEEK: the store keeps a
//! snippet only); a message whose category changes gets its mark moved (keyword, Gmail
//! label, or a copy in the new category folder) and the change is kept in the store, not
//! learned from. Nothing is answered, drafted or alerted again.
//!
//! Safety stays recall-first: a message is never moved away from safety, and one that
//! becomes safety is flagged and its raw bytes kept as evidence. A message she corrected
//! keeps her category.

use serde::Serialize;

use crate::config::Marks;
use crate::rules::RuleSet;
use crate::source::imap::ImapSession;
use crate::store::{Reclassified, Store};
use crate::sync::marking::Marking;
use crate::Result;

/// Messages fetched per command.
const CHUNK: usize = 100;

/// One message whose category changed (or would, with `--dry-run`).
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub key: String,
    pub subject: String,
    pub from: String,
    pub to: String,
    /// What the corrections said about it (`--explain`).
    pub explain: Vec<String>,
}

/// What `reclassify` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Stored messages in the date range, read again.
    pub looked_at: usize,
    pub changed: Vec<Change>,
    /// Messages she corrected herself: her category kept.
    pub corrected_by_her: usize,
    /// Messages that would have left safety: kept there (recall first).
    pub kept_safety: usize,
    /// Messages no longer on the server, or unreadable.
    pub unreadable: usize,
    /// Messages looked at and unchanged, with the corrections' evidence (`--explain`).
    pub unchanged: Vec<Change>,
}

/// Reclassifies the stored messages of `folders` dated from `since` (unix seconds) on.
#[allow(clippy::too_many_arguments)]
pub async fn reclassify(
    session: &mut ImapSession,
    store: &Store,
    rules: &RuleSet,
    marks: &Marks,
    folders: &[String],
    since: i64,
    dry_run: bool,
    explain: bool,
) -> Result<Report> {
    let local = super::model(store)?;
    let mut report = Report::default();
    for folder in folders {
        let state = session.select(folder).await?;
        let caps = session.capabilities().clone();
        let marking = Marking::choose(&caps, &state, session.greeting(), marks, "/");
        let records: Vec<_> = store
            .iter_mailbox(folder)?
            .filter_map(|r| r.ok())
            .filter(|r| r.key.uidvalidity == state.uid_validity && r.when() >= since)
            .collect();
        for chunk in records.chunks(CHUNK) {
            let uids: Vec<u32> = chunk.iter().map(|r| r.key.uid).collect();
            let fetched = session.fetch_messages(&uids).await?;
            report.unreadable += fetched.missing.len();
            for msg in fetched.messages {
                let Some(record) = chunk.iter().find(|r| r.key.uid == msg.uid) else {
                    continue;
                };
                report.looked_at += 1;
                let Ok(mut env) = crate::mail::parse(&msg.raw) else {
                    report.unreadable += 1;
                    continue;
                };
                crate::members::annotate(store, &mut env)?;
                let (decision, evidence) = super::classify_with(&local, rules, &env);
                let (current, _) = super::current(store, record)?;
                let line = Change {
                    key: record.key.to_string(),
                    subject: record.subject.clone(),
                    from: current.clone(),
                    to: decision.category.clone(),
                    explain: if explain {
                        evidence.lines(rules)
                    } else {
                        Vec::new()
                    },
                };
                if decision.category == current {
                    if explain {
                        report.unchanged.push(line);
                    }
                    continue;
                }
                if store.correction(&record.key)?.is_some() {
                    report.corrected_by_her += 1;
                    continue;
                }
                if current == crate::intake::SAFETY {
                    report.kept_safety += 1;
                    continue;
                }
                if !dry_run {
                    remark(
                        session,
                        store,
                        marks,
                        &marking,
                        &msg.raw,
                        record,
                        &current,
                        &decision.category,
                    )
                    .await?;
                    store.set_reclassified(
                        &record.key,
                        &Reclassified {
                            from: current.clone(),
                            to: decision.category.clone(),
                            at: crate::reply::now(),
                        },
                    )?;
                    store.audit(
                        crate::store::AuditAction::Other("reclassified".into()),
                        Some(&record.key),
                        &format!(
                            "postbag reclassify: {current} -> {} with the secretary's corrections",
                            decision.category
                        ),
                    )?;
                }
                report.changed.push(line);
            }
        }
        if !dry_run {
            store.flush().await?;
        }
    }
    Ok(report)
}

/// Moves a message's mark from `from` to `to` as the mailbox shows marks.
#[allow(clippy::too_many_arguments)]
async fn remark(
    session: &mut ImapSession,
    store: &Store,
    marks: &Marks,
    marking: &Marking,
    raw: &[u8],
    record: &crate::store::MessageRecord,
    from: &str,
    to: &str,
) -> Result<()> {
    let uid = [record.key.uid];
    let (old, new) = (marking.mark(marks, from), marking.mark(marks, to));
    if let Some(k) = &new.keyword {
        session.store_keywords(&uid, k).await?;
    }
    if let Some(k) = &old.keyword {
        session.remove_marks(&uid, &[k], false).await?;
    }
    if let Some(l) = &new.label {
        session.ensure_mailbox(l).await?;
        session.add_labels(&uid, &[l]).await?;
    }
    if let Some(l) = &old.label {
        session.remove_marks(&uid, &[l], true).await?;
    }
    if new.flagged {
        session.add_flags(&uid, &["\\Flagged"]).await?;
    }
    if let (None, None, Some(folder)) = (&new.keyword, &new.label, &new.folder) {
        if new.create_folder {
            session.ensure_mailbox(folder).await?;
        }
        session.copy_to(&uid, folder).await?;
        store.note_copies(std::slice::from_ref(&record.key), folder, true)?;
    }
    if to == crate::intake::SAFETY {
        // Evidence, as at intake: unchanged bytes, exempt from purge.
        store.put_evidence(&record.key, raw, record.arrived)?;
    }
    Ok(())
}
