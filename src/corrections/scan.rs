//! The look for corrections after a folder's sync, on the same session (the folder still
//! selected). With CONDSTORE, one `UID FETCH 1:n (FLAGS) (CHANGEDSINCE m)` from the MODSEQ
//! the last look reached, and none when the SELECT's HIGHESTMODSEQ is where the last look
//! ended (nothing changed): a pass without corrections costs nothing more. Without it
//! (Microsoft 365, some servers), the flags of every triaged UID, in chunks. Then the
//! category folders that exist (configured `folder`s, and the fallback's `Triage/...`): a
//! message moved there by the secretary (its Message-ID found among what arrived since the
//! last look, by UIDNEXT) counts as re-labelled to that folder's category.
//!
//! Each correction is recorded once (see `store::corrections`), with the message's
//! features, which needs its body: fetched (BODY.PEEK) only for the corrected messages.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::detect;
use crate::config::Marks;
use crate::rules::RuleSet;
use crate::source::imap::{has_mailbox, ImapSession};
use crate::store::{CorrectionsSeen, MessageKey, MessageRecord, Store};
use crate::{Error, Result};

/// What one look found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScanReport {
    pub mailbox: String,
    /// `changedsince` (CONDSTORE), `highestmodseq` (CONDSTORE, nothing changed: no command),
    /// `flags` (every triaged UID), `first` (the first look: nothing to compare, the
    /// baseline is recorded) or `none` (nothing triaged).
    pub method: &'static str,
    /// Messages whose marks were read.
    pub looked_at: usize,
    /// Category folders looked into.
    pub folders: usize,
    /// Corrections recorded: (message key, from, to, how).
    pub corrections: Vec<(String, String, String, String)>,
}

/// Looks for corrections in `mailbox` (selected, just synced) and its category folders,
/// records and learns each. Leaves `mailbox` or a category folder selected.
pub async fn scan(
    session: &mut ImapSession,
    store: &Store,
    rules: &RuleSet,
    marks: &Marks,
    mailbox: &str,
) -> Result<ScanReport> {
    let mut report = ScanReport {
        mailbox: mailbox.to_string(),
        method: "none",
        ..Default::default()
    };
    let Some(sync) = store.sync_state(mailbox)? else {
        return Ok(report);
    };
    if sync.last_uid == 0 {
        return Ok(report);
    }
    if session.selected_mailbox() != Some(mailbox) {
        session.select(mailbox).await?;
    }
    let place = format!("mailbox:{mailbox}");
    let seen = store
        .corrections_seen(&place)?
        .filter(|s| s.uidvalidity == sync.uidvalidity);
    // The SELECT of this pass (the sync's): the stored sync state keeps HIGHESTMODSEQ
    // only after a pass that found nothing new.
    let selected = session.selected_highest_modseq();
    let condstore = session.capabilities().condstore && selected.is_some();
    let (changed, modseq) = match (condstore, seen.as_ref().and_then(|s| s.modseq)) {
        // The first look at this folder (under this UIDVALIDITY): every triaged message
        // was marked by postbag in this pass or one before the look existed, so there is
        // nothing to compare yet. The baseline is the SELECT's HIGHESTMODSEQ; a re-label
        // made while this pass ran has a higher MODSEQ (or, without CONDSTORE, is in the
        // next look's flags) and is seen then. Reading every triaged message's flags here
        // cost the initial sync of a 60,000-message mailbox ~25 MB and seconds for nothing.
        _ if seen.is_none() => {
            report.method = "first";
            (BTreeMap::new(), selected)
        }
        // The SELECT of this pass says nothing changed since the last look: no command.
        (true, Some(since)) if selected == Some(since) => {
            report.method = "highestmodseq";
            (BTreeMap::new(), Some(since))
        }
        (true, Some(since)) => {
            report.method = "changedsince";
            let (changed, highest) = session.changed_since(sync.last_uid, since).await?;
            // Everything up to the SELECT's HIGHESTMODSEQ was changed before this FETCH,
            // which returned it: seen, even when it was an expunge.
            let seen = highest
                .unwrap_or(since)
                .max(since)
                .max(selected.unwrap_or(0));
            (changed, Some(seen))
        }
        _ => {
            report.method = "flags";
            let uids: Vec<u32> = store
                .iter_mailbox(mailbox)?
                .filter_map(|r| r.ok())
                .filter(|r| sync.covers(&r.key))
                .map(|r| r.key.uid)
                .collect();
            // The marks our own STOREs of this pass set have MODSEQs above the SELECT's:
            // seen (and found unchanged) by the next look.
            (session.marks_of(&uids).await?, selected)
        }
    };
    report.looked_at = changed.len();
    let labels: HashMap<String, String> = if session.capabilities().gmail && marks.labels {
        rules
            .categories()
            .iter()
            .filter_map(|c| Some((marks.label(&c.name)?.to_lowercase(), c.name.clone())))
            .collect()
    } else {
        HashMap::new()
    };
    let mut found: Vec<Found> = Vec::new();
    for (uid, m) in &changed {
        let key = MessageKey::new(mailbox, sync.uidvalidity, *uid);
        let Some(record) = store.get(&key)? else {
            continue;
        };
        let (current, before) = current(store, &record)?;
        if let Some(seen) = detect::corrected(
            &current,
            before.as_deref(),
            &m.flags,
            &m.labels,
            &labels,
            rules,
        ) {
            found.push(Found {
                uid: *uid,
                record,
                from: current,
                to: seen.to,
                how: seen.how,
            });
        }
    }
    learn_found(session, store, found, &mut report).await?;
    store.set_corrections_seen(
        &place,
        &CorrectionsSeen {
            uidvalidity: sync.uidvalidity,
            modseq,
            uid_next: None,
            folders: None,
        },
    )?;
    folders(
        session,
        store,
        rules,
        marks,
        mailbox,
        sync.uidvalidity,
        &mut report,
    )
    .await?;
    if !report.corrections.is_empty() {
        store.flush().await?;
    }
    tracing::debug!(
        "{mailbox}: corrections looked for by {}: {} message(s) with changed marks, {} category folder(s), {} correction(s)",
        report.method,
        report.looked_at,
        report.folders,
        report.corrections.len()
    );
    Ok(report)
}

/// A corrected message, before its body is fetched.
struct Found {
    uid: u32,
    record: MessageRecord,
    from: String,
    to: String,
    how: &'static str,
}

use super::current;

/// Fetches the bodies of `found` from the selected mailbox and learns each correction.
async fn learn_found(
    session: &mut ImapSession,
    store: &Store,
    found: Vec<Found>,
    report: &mut ScanReport,
) -> Result<()> {
    if found.is_empty() {
        return Ok(());
    }
    let uids: Vec<u32> = found.iter().map(|f| f.uid).collect();
    let bodies: BTreeMap<u32, Vec<u8>> = session
        .fetch_messages(&uids)
        .await?
        .messages
        .into_iter()
        .map(|m| (m.uid, m.raw))
        .collect();
    let now = crate::reply::now();
    for f in found {
        // A body that cannot be read still counts; the model then knows its subject only.
        let env = bodies
            .get(&f.uid)
            .and_then(|raw| crate::mail::parse(raw).ok())
            .unwrap_or_else(|| crate::mail::Envelope {
                subject: f.record.subject.clone(),
                body: f.record.snippet.clone(),
                ..Default::default()
            });
        if f.to == crate::intake::SAFETY {
            // She says it is a threat: kept as evidence from now on, as at intake.
            if let Some(raw) = bodies.get(&f.uid) {
                store.put_evidence(&f.record.key, raw, f.record.arrived)?;
            }
        }
        let c = super::correction(&f.record, &env, &f.from, &f.to, f.how, now);
        let c = super::learn(store, c)?;
        tracing::info!(
            "{}: the secretary re-labelled it {} -> {} ({})",
            c.key,
            c.from,
            c.to,
            c.how
        );
        report
            .corrections
            .push((c.key.to_string(), c.from, c.to, c.how));
    }
    Ok(())
}

/// The category folders that exist, with their category: configured `folder`s and the
/// fallback's, as LIST showed them in this session, or a pass of the last hour.
async fn category_folders(
    session: &mut ImapSession,
    store: &Store,
    rules: &RuleSet,
    marks: &Marks,
    mailbox: &str,
) -> Result<Vec<(String, String)>> {
    let wanted = |delimiter: &str| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for c in rules.categories() {
            let configured = marks.for_category(&c.name).folder;
            let fallback = marks.fallback_folder(&c.name, delimiter).map(|(f, _, _)| f);
            for f in [configured, fallback].into_iter().flatten() {
                if f != mailbox && !out.iter().any(|(_, g)| g == &f) {
                    out.push((c.name.clone(), f));
                }
            }
        }
        out
    };
    if wanted("/").is_empty() {
        return Ok(Vec::new());
    }
    // LIST once per connection, and without one at hand at most every LIST_EVERY: a
    // folder the secretary makes is looked into within that time.
    let now = crate::reply::now();
    let remembered = store.corrections_seen("folders")?.and_then(|s| s.folders);
    let known = match (session.known_mailboxes(), remembered) {
        (Some(k), _) => k.to_vec(),
        (None, Some((at, names))) if now - at < LIST_EVERY && now >= at => {
            return Ok(wanted(&delimiter_of(&names))
                .into_iter()
                .filter(|(_, f)| names.contains(f))
                .collect());
        }
        (None, _) => session.list().await?,
    };
    let delimiter = known
        .iter()
        .find_map(|m| m.delimiter.clone())
        .unwrap_or_else(|| "/".into());
    let found: Vec<(String, String)> = wanted(&delimiter)
        .into_iter()
        .filter(|(_, f)| has_mailbox(&known, f))
        .collect();
    let mut names: Vec<String> = found.iter().map(|(_, f)| f.clone()).collect();
    names.push(format!("{DELIMITER_MARK}{delimiter}"));
    store.set_corrections_seen(
        "folders",
        &CorrectionsSeen {
            folders: Some((now, names)),
            ..Default::default()
        },
    )?;
    Ok(found)
}

/// How long a remembered LIST of category folders is used (seconds).
const LIST_EVERY: i64 = 3600;

/// Marks the remembered delimiter among the remembered folder names.
const DELIMITER_MARK: &str = "\0delimiter:";

fn delimiter_of(names: &[String]) -> String {
    names
        .iter()
        .find_map(|n| n.strip_prefix(DELIMITER_MARK))
        .unwrap_or("/")
        .to_string()
}

/// Messages that arrived in a category folder since the last look, matched by Message-ID
/// to `mailbox`'s records: one whose category differs was moved there by the secretary.
async fn folders(
    session: &mut ImapSession,
    store: &Store,
    rules: &RuleSet,
    marks: &Marks,
    mailbox: &str,
    uidvalidity: u32,
    report: &mut ScanReport,
) -> Result<()> {
    let mut by_id: Option<HashMap<String, Vec<MessageKey>>> = None;
    for (category, folder) in category_folders(session, store, rules, marks, mailbox).await? {
        let state = match session.examine(&folder).await {
            Ok(s) => s,
            Err(Error::ImapSelect { source, .. }) if !session.is_broken() => {
                tracing::warn!("cannot look into {folder:?} for corrections: {source}");
                continue;
            }
            Err(e) => return Err(e),
        };
        report.folders += 1;
        let place = format!("folder:{folder}");
        let start = store
            .corrections_seen(&place)?
            .filter(|s| s.uidvalidity == state.uid_validity)
            .and_then(|s| s.uid_next)
            .unwrap_or(1);
        if state.exists == 0 || state.uid_next.is_some_and(|n| n <= start) {
            continue;
        }
        let ids: BTreeMap<u32, String> = session.message_ids_from(start).await?;
        let next = state
            .uid_next
            .unwrap_or(0)
            .max(ids.keys().max().map_or(start, |m| m + 1));
        if by_id.is_none() && !ids.is_empty() {
            by_id = Some(store.message_ids_in(mailbox, &[uidvalidity])?);
        }
        let mut found = Vec::new();
        for (uid, id) in ids {
            let Some(keys) = by_id.as_ref().and_then(|m| m.get(&id)) else {
                continue;
            };
            for key in keys {
                let Some(record) = store.get(key)? else {
                    continue;
                };
                let (current, _) = current(store, &record)?;
                if current != category {
                    found.push(Found {
                        uid,
                        record,
                        from: current,
                        to: category.clone(),
                        how: "folder",
                    });
                }
            }
        }
        learn_found(session, store, found, report).await?;
        store.set_corrections_seen(
            &place,
            &CorrectionsSeen {
                uidvalidity: state.uid_validity,
                modseq: None,
                uid_next: Some(next),
                folders: None,
            },
        )?;
    }
    Ok(())
}
