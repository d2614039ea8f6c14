//! Learning from the secretary's corrections: when she re-labels a message in her mail
//! client (changes its `postbag-<category>` keyword or Gmail label, or moves it into a
//! category folder), the next pass notices it (`scan`), records it once in the store and
//! the audit log, and the per-mailbox model (`local`) learns from it, so similar mail is
//! classed her way. `suggest` mines rules from the corrections for her to paste in a rule
//! file; nothing is ever applied by itself. Erasing a person removes their corrections and
//! what the model learned from them ([`forget`]).
//!
//! # Layout
//! - [`detect`]: pure: whether a message's marks on the server say she corrected it.
//! - [`local`]: the per-mailbox model.
//! - [`scan`]: the look for corrections after each folder's sync (IMAP).
//! - [`reclassify`]: `postbag reclassify --since DATE` (IMAP).
//! - [`suggest`]: `postbag rules suggest`.

pub mod detect;
pub mod local;
pub mod reclassify;
pub mod scan;
pub mod suggest;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::mail::Envelope;
use crate::rules::RuleSet;
use crate::store::{AuditAction, Correction, MessageKey, MessageRecord, Store};
use crate::triage::{self, Decision};
use crate::Result;
pub use local::{Evidence, Local};

/// How the corrections' evidence is named in a decision's rules: `corrections-<category>`.
pub const LABEL: &str = "corrections";

/// The model of each open store, built from its corrections when first needed and dropped
/// whenever they change (in this process: the one that holds the store).
static MODELS: Mutex<Option<HashMap<PathBuf, Arc<Local>>>> = Mutex::new(None);

/// The per-mailbox model of `store`.
pub fn model(store: &Store) -> Result<Arc<Local>> {
    let dir = store.dir().to_owned();
    if let Some(m) = MODELS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(HashMap::new)
        .get(&dir)
    {
        return Ok(Arc::clone(m));
    }
    let built = Arc::new(Local::from_corrections(&store.corrections()?));
    MODELS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(HashMap::new)
        .insert(dir, Arc::clone(&built));
    Ok(built)
}

/// Drops the cached model of `store`: its corrections changed.
fn changed(store: &Store) {
    if let Some(map) = MODELS.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
        map.remove(store.dir());
    }
}

/// Triage with the secretary's corrections: [`triage::classify`] plus the per-mailbox
/// model's points (added, never subtracted). Without corrections it is `classify` itself.
pub fn classify(store: &Store, rules: &RuleSet, env: &Envelope) -> Result<Decision> {
    let local = model(store)?;
    Ok(classify_with(&local, rules, env).0)
}

/// [`classify`] with a model in hand; also returns the corrections' evidence.
pub fn classify_with(local: &Local, rules: &RuleSet, env: &Envelope) -> (Decision, Evidence) {
    if local.is_empty() {
        return (triage::classify(rules, env).0, Evidence::default());
    }
    let evidence = local.evidence(rules, &local::features(env));
    let (decision, _) = triage::classify_adding(rules, env, &evidence.points, LABEL);
    (decision, evidence)
}

/// Words of a message for `rules suggest`: the subject's and the start of the body's,
/// lowercased, at most this many.
const WORDS: usize = 400;

/// A correction of the message `record` (parsed as `env`) from `from` to `to`.
pub fn correction(
    record: &MessageRecord,
    env: &Envelope,
    from: &str,
    to: &str,
    how: &str,
    at: i64,
) -> Correction {
    let text = format!(
        "{}\n{}",
        env.subject,
        crate::learn::tokens::normalize(&env.body.chars().take(4000).collect::<String>())
    );
    let words = crate::learn::tokens::tokens(&text.to_lowercase())
        .into_iter()
        .take(WORDS)
        .collect();
    Correction {
        key: record.key.clone(),
        message_id: record.message_id.clone(),
        from: from.to_string(),
        to: to.to_string(),
        at,
        how: how.to_string(),
        sender: env
            .from
            .first()
            .map(|a| crate::store::normalize_email(&a.email)),
        list_id: env.header("List-Id").map(|v| v.trim().to_string()),
        subject: record.subject.clone(),
        words,
        features: local::features(env).entries,
        times: 1,
    }
}

/// Records a correction in the store and the audit log and teaches the model.
pub fn learn(store: &Store, c: Correction) -> Result<Correction> {
    let c = store.record_correction(c)?;
    let away = if c.from == crate::intake::SAFETY {
        " (away from safety: the safety rules keep their score)"
    } else {
        ""
    };
    store.audit(
        AuditAction::Other("corrected".into()),
        Some(&c.key),
        &format!(
            "the secretary re-labelled it {} -> {} ({}){away}",
            c.from, c.to, c.how
        ),
    )?;
    changed(store);
    Ok(c)
}

/// Erasure: removes the corrections of `keys` (a person's messages) and of messages from
/// any of `addresses`, and with them what the model learned; returns how many went.
pub fn forget(
    store: &Store,
    keys: &[MessageKey],
    addresses: &std::collections::BTreeSet<String>,
) -> Result<usize> {
    let keyset: std::collections::BTreeSet<&MessageKey> = keys.iter().collect();
    let theirs: Vec<MessageKey> = store
        .corrections()?
        .into_iter()
        .filter(|c| {
            keyset.contains(&c.key)
                || c.sender.as_ref().is_some_and(|s| {
                    addresses.contains(s)
                        || addresses
                            .iter()
                            .any(|a| crate::members::canonical(a) == crate::members::canonical(s))
                })
        })
        .map(|c| c.key)
        .collect();
    let removed = store.erase_corrections(&theirs)?;
    store.erase_reclassified(keys)?;
    changed(store);
    Ok(removed.len())
}

/// The category a stored message has now, and the one it had before: the secretary's
/// last correction (and what it corrected), else `reclassify`'s, else postbag's decision.
pub fn current(store: &Store, record: &MessageRecord) -> Result<(String, Option<String>)> {
    if let Some(c) = store.correction(&record.key)? {
        return Ok((c.to, Some(c.from)));
    }
    if let Some(r) = store.reclassified(&record.key)? {
        return Ok((r.to, Some(r.from)));
    }
    Ok((record.category.clone(), None))
}
