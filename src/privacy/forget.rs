//! Forgetting a person (UK GDPR art. 17): erase their messages and everything hanging off
//! them, their correspondent rows, member row, audit entries and entries in other parts'
//! trees; leave one count-only audit line; then rewrite the store so the bytes leave the
//! disk. Held `safety` evidence is kept (art. 17(3)(e): needed for legal claims) until it
//! is released. Other people's messages that mention them are reported, not altered.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{footprint, Footprint, Mention};
use crate::config::Config;
use crate::store::{AuditAction, Erased, MessageKey, Rewritten, Store};
use crate::Result;

/// What `forget` erased, kept and left alone.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ForgetReport {
    pub address: String,
    pub erased: Erased,
    /// Correspondent rows deleted (also those `erased` counts).
    pub correspondents: usize,
    pub member: bool,
    /// Audit entries deleted (about their messages, or naming them).
    pub audit_entries: usize,
    /// Entries deleted from other parts' trees, by tree.
    pub other: BTreeMap<String, usize>,
    /// Their messages kept because the evidence is held.
    pub held: Vec<MessageKey>,
    /// Other people's messages that mention them, left unchanged.
    pub mentions: Vec<Mention>,
    /// Where their mail still is on the server: postbag never deletes mail.
    pub in_mailbox: Vec<MessageKey>,
    pub rewritten: Option<Rewritten>,
}

/// Erases everything [`footprint`] finds for `address` except held evidence, then
/// rewrites the store. Takes the store by value because the rewrite swaps its directory
/// (no other handle may be open); returns the reopened store. To show what would go
/// first, call [`footprint`].
pub fn forget(store: Store, config: &Config, address: &str) -> Result<(Store, ForgetReport)> {
    let fp = footprint(&store, config, address)?;
    if fp.is_empty() {
        let report = ForgetReport {
            address: fp.address,
            mentions: fp.mentions,
            ..Default::default()
        };
        return Ok((store, report));
    }
    let mut report = erase(&store, &fp)?;
    store.flush_blocking()?;
    let (store, rewritten) = store.rewrite()?;
    report.rewritten = Some(rewritten);
    Ok((store, report))
}

fn erase(store: &Store, fp: &Footprint) -> Result<ForgetReport> {
    let held = fp.held();
    let keys: Vec<MessageKey> = fp
        .keys()
        .into_iter()
        .filter(|k| !held.contains(k))
        .collect();
    let mut report = ForgetReport {
        address: fp.address.clone(),
        held: held.iter().cloned().collect(),
        mentions: fp.mentions.clone(),
        in_mailbox: fp.keys(),
        ..Default::default()
    };
    let note = format!(
        "forgot {} messages of 1 correspondent{}",
        keys.len(),
        match held.len() {
            0 => String::new(),
            n => format!("; {n} kept as held evidence"),
        }
    );
    report.erased = store.erase_messages(&keys, AuditAction::Forgotten, &note)?;
    let ids: Vec<u64> = fp.audit.iter().map(|(id, _)| *id).collect();
    report.audit_entries = report.erased.audit_entries + store.erase_audit(&ids)?;
    report.correspondents = report.erased.correspondents_deleted;
    if held.is_empty() {
        let rows: Vec<String> = fp.correspondents.iter().map(|c| c.email.clone()).collect();
        report.correspondents += store.erase_correspondents(&rows)?;
    }
    report.member = store.erase_member(&fp.canonical)?;
    let mut by_tree: BTreeMap<&str, Vec<Vec<u8>>> = BTreeMap::new();
    for e in &fp.other {
        by_tree.entry(&e.tree).or_default().push(e.key.clone());
    }
    for (tree, keys) in by_tree {
        let n = store.remove_tree_entries(tree, &keys)?;
        report.other.insert(tree.to_string(), n);
    }
    Ok(report)
}
