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
    /// The secretary's corrections of their messages removed, and unlearned by the
    /// per-mailbox model.
    #[serde(default)]
    pub corrections: usize,
    /// Their messages kept because the evidence is held.
    pub held: Vec<MessageKey>,
    /// Other people's messages that mention them, left unchanged.
    pub mentions: Vec<Mention>,
    /// Where their mail still is on the server: postbag never deletes mail.
    pub in_mailbox: Vec<MessageKey>,
    pub rewritten: Option<Rewritten>,
}

/// Erases everything [`footprint`] finds for `address` except held evidence, then
/// rewrites the store, which swaps its directory: nothing else may be using the store
/// meanwhile (see `Store::rewrite`). To show what would go first, call [`footprint`].
pub fn forget(store: &Store, config: &Config, address: &str) -> Result<ForgetReport> {
    let fp = footprint(store, config, address)?;
    if fp.is_empty() {
        return Ok(ForgetReport {
            address: fp.address,
            mentions: fp.mentions,
            ..Default::default()
        });
    }
    let mut report = erase(store, &fp)?;
    store.flush_blocking()?;
    report.rewritten = Some(super::rewrite_store(store, config)?);
    Ok(report)
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
    // Held evidence keeps its trail (evidence kept, released): its chain of custody.
    let ids: Vec<u64> = fp
        .audit
        .iter()
        .filter(|(_, e)| !e.key.as_ref().is_some_and(|k| held.contains(k)))
        .map(|(id, _)| *id)
        .collect();
    report.audit_entries = report.erased.audit_entries + store.erase_audit(&ids)?;
    report.correspondents = report.erased.correspondents_deleted;
    if held.is_empty() {
        let rows: Vec<String> = fp.correspondents.iter().map(|c| c.email.clone()).collect();
        report.correspondents += store.erase_correspondents(&rows)?;
    }
    report.member = store.erase_member(&fp.canonical)?;
    // Every correction of theirs, held evidence's too: the model must not keep what it
    // learned from them (it equals a model that never saw them).
    let corrected: Vec<MessageKey> = fp.corrections.iter().map(|c| c.key.clone()).collect();
    report.corrections = crate::corrections::forget(store, &corrected, &fp.addresses)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::Address;
    use crate::store::NewMessage;

    fn msg(uid: u32, from: &str, category: &str) -> NewMessage {
        NewMessage {
            key: MessageKey::new("INBOX", 1, uid),
            message_id: Some(format!("m{uid}@test")),
            from: vec![Address {
                name: None,
                email: from.into(),
            }],
            subject: format!("message {uid}"),
            arrived: 100,
            body: "text".into(),
            category: category.into(),
            ..Default::default()
        }
    }

    #[test]
    fn held_evidence_survives_forget_until_released() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        let config = Config::default();
        store
            .insert_message(msg(1, "jo@example.org", "query"))
            .unwrap();
        store
            .insert_message(msg(2, "jo@example.org", "safety"))
            .unwrap();
        store
            .insert_message(msg(3, "ann@example.org", "query"))
            .unwrap();
        let threat = MessageKey::new("INBOX", 1, 2);
        store.put_evidence(&threat, b"raw threat", 100).unwrap();

        let report = forget(&store, &config, "Jo+x@example.org").unwrap();
        assert_eq!(report.erased.messages, 1);
        assert_eq!(report.held, vec![threat.clone()]);
        assert!(store.get(&threat).unwrap().is_some());
        assert_eq!(store.verify_evidence(&threat).unwrap(), Some(true));
        let kept = store
            .audit_iter()
            .map(|e| e.unwrap().1)
            .filter(|e| e.action == AuditAction::EvidenceKept && e.key.as_ref() == Some(&threat))
            .count();
        assert_eq!(
            kept, 1,
            "the evidence trail stays while the evidence is held"
        );
        assert_eq!(
            store
                .correspondent("jo@example.org")
                .unwrap()
                .unwrap()
                .categories,
            [("safety".to_string(), 1)].into()
        );

        store.release_evidence(&threat).unwrap();
        let report = forget(&store, &config, "jo@example.org").unwrap();
        assert_eq!((report.erased.messages, report.erased.evidence), (1, 1));
        assert!(report.held.is_empty());
        assert!(store.correspondent("jo@example.org").unwrap().is_none());
        assert_eq!(store.counts().unwrap().messages, 1);
        let lines: Vec<String> = store
            .audit_iter()
            .map(|e| e.unwrap().1)
            .filter(|e| e.action == AuditAction::Forgotten)
            .map(|e| e.detail)
            .collect();
        assert_eq!(
            lines,
            [
                "forgot 1 messages of 1 correspondent; 1 kept as held evidence",
                "forgot 1 messages of 1 correspondent"
            ]
        );
    }

    /// A correction of the message `msg(uid, from, category)` to `to`, as a pass records it.
    fn corrected(store: &Store, uid: u32, from: &str, body: &str, to: &str) {
        let record = store
            .get(&MessageKey::new("INBOX", 1, uid))
            .unwrap()
            .unwrap();
        let env = crate::mail::Envelope {
            from: vec![Address {
                name: None,
                email: from.into(),
            }],
            subject: record.subject.clone(),
            body: body.into(),
            ..Default::default()
        };
        let c = crate::corrections::correction(&record, &env, &record.category, to, "keyword", 200);
        crate::corrections::learn(store, c).unwrap();
    }

    #[test]
    fn forgetting_a_person_unlearns_their_corrections_exactly() {
        let config = Config::default();
        let letters = [
            (
                1,
                "jo@example.org",
                "the bins were not collected again, a disgrace",
            ),
            (
                2,
                "ann@example.org",
                "can I bring a guest to the branch meeting",
            ),
            (
                3,
                "jo@example.org",
                "the council ignored us about the bins again",
            ),
            (
                4,
                "ann@example.org",
                "when is the next branch meeting please",
            ),
        ];
        let build = |with_jo: bool| {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(&dir.path().join("data")).unwrap();
            for (uid, from, body) in letters {
                store.insert_message(msg(uid, from, "other")).unwrap();
                let to = if from.starts_with("jo") {
                    "complaint"
                } else {
                    "query"
                };
                if with_jo || !from.starts_with("jo") {
                    corrected(&store, uid, from, body, to);
                }
            }
            (dir, store)
        };
        let (_a, with_jo) = build(true);
        let (_b, without_jo) = build(false);
        assert_eq!(with_jo.corrections().unwrap().len(), 4);
        let report = forget(&with_jo, &config, "jo@example.org").unwrap();
        assert_eq!(report.corrections, 2);
        // The corrections and their counts, byte for byte; and the model built from them.
        assert_eq!(
            with_jo.correction_bytes().unwrap(),
            without_jo.correction_bytes().unwrap()
        );
        assert_eq!(
            with_jo.correction_counts().unwrap(),
            [("query".to_string(), 2)].into()
        );
        let model = |s: &Store| crate::corrections::model(s).unwrap().to_bytes();
        assert_eq!(model(&with_jo), model(&without_jo));
        assert!(!model(&with_jo).is_empty());
    }
}
