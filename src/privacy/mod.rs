//! Retention, subject-access export and forgetting a person: what the store keeps about
//! people, for how long, and how it is handed over or erased. The mailbox is never touched:
//! postbag only reads it, so the secretary deletes mail there herself.
//!
//! - [`retention`]: [`purge`] deletes records older than their category's retention.
//! - [`export`]: everything held about one person, as files, for a subject access request.
//! - [`forget`]: erase one person, then rewrite the store so the bytes leave the disk.
//!
//! Whose data is what ([`footprint`]): a message is a person's when they sent it (any
//! spelling of their address, see `members::canonical`), or when we sent it (from one of
//! our own addresses) and they are its only other party. Anyone else's message that names
//! them (address in To/Cc, address or full name in the subject or snippet) is a
//! *mention*: reported, never altered, because it is someone else's correspondence.

pub mod export;
pub mod forget;
pub mod retention;

pub use export::{export, ExportReport};
pub use forget::{forget, ForgetReport};
pub use retention::{purge, PurgeReport};

use std::collections::BTreeSet;

use serde::Serialize;

use crate::config::Config;
use crate::members::canonical;
use crate::store::{
    AuditEntry, Correspondent, EvidenceInfo, Member, MessageKey, MessageRecord, Store,
};
use crate::Result;

/// Everything the store holds about one person.
#[derive(Debug, Clone, Default)]
pub struct Footprint {
    /// The address asked about.
    pub address: String,
    pub canonical: String,
    /// Every lowercased spelling of the address seen in the store.
    pub addresses: BTreeSet<String>,
    /// Full names seen for them (member list, correspondent rows, From headers).
    pub names: BTreeSet<String>,
    /// Their messages, by key.
    pub messages: Vec<MessageRecord>,
    /// Evidence kept for their messages, with the release time (`None`: still held).
    pub evidence: Vec<(EvidenceInfo, Option<i64>)>,
    pub correspondents: Vec<Correspondent>,
    pub member: Option<Member>,
    /// Audit entries about their messages or naming their address, by id.
    pub audit: Vec<(u64, AuditEntry)>,
    /// Entries of other parts' trees (outbox, rate limits, ...) naming their address.
    pub other: Vec<OtherEntry>,
    /// Other people's messages that mention them: reported, not altered.
    pub mentions: Vec<Mention>,
    /// The secretary's corrections of their messages (re-labels), which the per-mailbox
    /// model learned from.
    pub corrections: Vec<crate::store::Correction>,
}

/// An entry of a tree this module does not know, that names the person.
#[derive(Debug, Clone, Serialize)]
pub struct OtherEntry {
    pub tree: String,
    #[serde(skip)]
    pub key: Vec<u8>,
    /// The key as text (lossy).
    pub key_text: String,
    /// The value, as JSON when it is JSON, else as text (lossy).
    pub value: serde_json::Value,
}

/// Someone else's message that names the person, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub key: MessageKey,
    /// `to`, `cc`, `subject` or `snippet`.
    pub fields: Vec<&'static str>,
}

impl Footprint {
    pub fn keys(&self) -> Vec<MessageKey> {
        self.messages.iter().map(|m| m.key.clone()).collect()
    }

    /// Keys whose evidence is still held (not released): exempt from erasure.
    pub fn held(&self) -> BTreeSet<MessageKey> {
        self.evidence
            .iter()
            .filter(|(_, released)| released.is_none())
            .map(|(i, _)| i.key.clone())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
            && self.correspondents.is_empty()
            && self.member.is_none()
            && self.audit.is_empty()
            && self.other.is_empty()
            && self.corrections.is_empty()
    }

    fn names_text(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        self.addresses.iter().any(|a| lower.contains(a.as_str()))
            || self.names.iter().any(|n| lower.contains(n.as_str()))
    }
}

/// Rewrites the store (see `Store::rewrite`) holding the lock of every OAuth2 token kept
/// in the data directory: the rewrite copies the directory's other files and swaps it in,
/// so a token refreshed (and its old refresh token spent) in between would be lost. The
/// daemon's status snapshot is dropped first: it lists thread subjects, which may be what
/// was just erased (the daemon writes a new one).
pub fn rewrite_store(store: &Store, config: &Config) -> Result<crate::store::Rewritten> {
    let tokens = config.data_dir.join("oauth2");
    let _locks =
        crate::oauth2::tokens::lock_all(&tokens).map_err(|e| crate::Error::RewriteStore {
            path: config.data_dir.clone(),
            detail: format!("cannot lock the OAuth2 tokens in {}: {e}", tokens.display()),
        })?;
    crate::status::drop_snapshot(store.dir()).map_err(|e| crate::Error::RewriteStore {
        path: store.dir().to_owned(),
        detail: format!("cannot remove the status snapshot: {e}"),
    })?;
    store.rewrite()
}

/// Finds everything the store holds about `address` (see the module docs for whose
/// messages count as theirs). Reads only.
pub fn footprint(store: &Store, config: &Config, address: &str) -> Result<Footprint> {
    let target = canonical(address);
    if !target.contains('@') || target.starts_with('@') {
        return Err(crate::Error::Invalid(format!(
            "{address:?} is not an email address"
        )));
    }
    let ours: BTreeSet<String> = config
        .own_addresses()
        .iter()
        .map(|a| canonical(a))
        .collect();
    let is_them = |email: &str| canonical(email) == target;
    let mut fp = Footprint {
        address: address.trim().to_string(),
        canonical: target.clone(),
        ..Default::default()
    };
    fp.addresses.insert(address.trim().to_lowercase());
    fp.addresses.insert(target.clone());

    let mut others = Vec::new();
    for rec in store.iter_messages() {
        let rec = rec?;
        let sender = rec.from.as_ref().map(|a| a.email.as_str()).unwrap_or("");
        let parties: Vec<&str> = rec
            .to
            .iter()
            .chain(&rec.cc)
            .map(|a| a.email.as_str())
            .collect();
        let from_us_to_them_only = ours.contains(&canonical(sender))
            && parties.iter().any(|p| is_them(p))
            && parties
                .iter()
                .all(|p| is_them(p) || ours.contains(&canonical(p)));
        if is_them(sender) {
            let from = rec.from.as_ref().expect("sender is set");
            fp.addresses.insert(from.email.trim().to_lowercase());
            fp.names.extend(full_name(from.name.as_deref()));
            fp.messages.push(rec);
        } else if from_us_to_them_only {
            for a in rec.to.iter().chain(&rec.cc).filter(|a| is_them(&a.email)) {
                fp.addresses.insert(a.email.trim().to_lowercase());
                fp.names.extend(full_name(a.name.as_deref()));
            }
            fp.messages.push(rec);
        } else {
            others.push(rec);
        }
    }
    for c in store.correspondents()? {
        if is_them(&c.email) {
            fp.addresses.insert(c.email.clone());
            fp.names.extend(full_name(c.name.as_deref()));
            fp.correspondents.push(c);
        }
    }
    fp.member = store.member(&target)?;
    if let Some(m) = &fp.member {
        fp.addresses.insert(m.email.trim().to_lowercase());
        fp.names.extend(full_name(Some(&m.name)));
    }
    for rec in others {
        let mut fields = Vec::new();
        if rec.to.iter().any(|a| is_them(&a.email)) {
            fields.push("to");
        }
        if rec.cc.iter().any(|a| is_them(&a.email)) {
            fields.push("cc");
        }
        if fp.names_text(&rec.subject) {
            fields.push("subject");
        }
        if fp.names_text(&rec.snippet) {
            fields.push("snippet");
        }
        if !fields.is_empty() {
            fp.mentions.push(Mention {
                key: rec.key,
                fields,
            });
        }
    }
    let keys: BTreeSet<MessageKey> = fp.keys().into_iter().collect();
    for info in store.evidence_list()? {
        if keys.contains(&info.key) {
            let released = store.evidence_released_at(&info.key)?;
            fp.evidence.push((info, released));
        }
    }
    for item in store.audit_iter() {
        let (id, e) = item?;
        let about = e.key.as_ref().is_some_and(|k| keys.contains(k));
        if about || fp.names_text(&e.detail) {
            fp.audit.push((id, e));
        }
    }
    for c in store.corrections()? {
        if keys.contains(&c.key) || c.sender.as_deref().is_some_and(is_them) {
            fp.corrections.push(c);
        }
    }
    // The corrections' trees are searched above and erased with what the model learned
    // (`corrections::forget`), not generically.
    for tree in store
        .other_trees()
        .into_iter()
        .filter(|t| !crate::store::CORRECTION_TREES.contains(&t.as_str()))
    {
        for (k, v) in store.tree_entries(&tree)? {
            let (key_text, value_text) = (
                String::from_utf8_lossy(&k).into_owned(),
                String::from_utf8_lossy(&v).into_owned(),
            );
            if fp.names_text(&key_text) || fp.names_text(&value_text) {
                let value =
                    serde_json::from_slice(&v).unwrap_or(serde_json::Value::String(value_text));
                fp.other.push(OtherEntry {
                    tree: tree.clone(),
                    key: k,
                    key_text,
                    value,
                });
            }
        }
    }
    Ok(fp)
}

/// A display name worth searching other records for: two words or more, lowercased
/// ("Jo" alone would match half the inbox).
fn full_name(name: Option<&str>) -> Option<String> {
    let name = name?.split_whitespace().collect::<Vec<_>>().join(" ");
    (name.contains(' ') && name.len() >= 5).then(|| name.to_lowercase())
}
