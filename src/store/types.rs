//! The records the store keeps, as plain serde structs; the store owns their layout,
//! callers build a [`NewMessage`] and read the rest back.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Where a message lives on the server: the unit of "triaged once".
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MessageKey {
    pub mailbox: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

impl MessageKey {
    pub fn new(mailbox: impl Into<String>, uidvalidity: u32, uid: u32) -> Self {
        MessageKey {
            mailbox: mailbox.into(),
            uidvalidity,
            uid,
        }
    }
}

impl fmt::Display for MessageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.mailbox, self.uidvalidity, self.uid)
    }
}

pub use crate::mail::Address;

/// What a caller hands to [`super::Store::insert_message`]: the parsed envelope's fields
/// and the triage decision. Kept separate from `mail::Envelope` so the store does not
/// depend on the parser.
#[derive(Debug, Clone, Default)]
pub struct NewMessage {
    pub key: MessageKey,
    /// Without angle brackets.
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub from: Vec<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    /// Date header, unix seconds.
    pub date: Option<i64>,
    /// When postbag first saw the message, unix seconds.
    pub arrived: i64,
    pub size: usize,
    /// The text body; only a snippet of it is stored (see [`make_snippet`]).
    pub body: String,
    pub category: String,
    pub priority: i64,
    pub score: i64,
    pub rules: Vec<String>,
    /// MinHash signature of the whole body (`digest::minhash`), for finding campaigns.
    pub minhash: Vec<u32>,
    /// For `safety`: `alert` or `review` (see `triage`).
    pub safety_level: Option<String>,
}

/// One triaged message as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageRecord {
    pub key: MessageKey,
    pub message_id: Option<String>,
    /// Kept so that a reply can carry the whole References chain and threads can be
    /// rebuilt without going back to the server.
    #[serde(default)]
    pub in_reply_to: Vec<String>,
    #[serde(default)]
    pub references: Vec<String>,
    pub from: Option<Address>,
    pub to: Vec<Address>,
    #[serde(default)]
    pub cc: Vec<Address>,
    pub subject: String,
    pub date: Option<i64>,
    pub arrived: i64,
    pub size: usize,
    pub category: String,
    #[serde(default)]
    pub priority: i64,
    pub score: i64,
    pub rules: Vec<String>,
    pub snippet: String,
    pub thread_id: u64,
    /// MinHash signature of the whole body (`digest::minhash`); empty for records stored
    /// before it existed, which the digest compares by subject and snippet instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minhash: Vec<u32>,
    /// For `safety`: `alert` (the officers are told) or `review` (flagged only); records
    /// from before the review level have none and count as alerts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_level: Option<String>,
}

impl MessageRecord {
    /// The time used for thread and correspondent activity: the Date header when the
    /// message has one, otherwise when postbag saw it.
    pub fn when(&self) -> i64 {
        self.date.unwrap_or(self.arrived)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inserted {
    New(MessageRecord),
    /// The key was stored before: nothing was changed, here is what is stored.
    Existing(MessageRecord),
}

impl Inserted {
    pub fn record(&self) -> &MessageRecord {
        match self {
            Inserted::New(r) | Inserted::Existing(r) => r,
        }
    }

    pub fn is_new(&self) -> bool {
        matches!(self, Inserted::New(_))
    }
}

/// A thread: a connected set of messages linked by Message-ID, In-Reply-To and References.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub id: u64,
    /// Subject of the earliest message, prefixes and list tags removed.
    pub root_subject: String,
    pub message_keys: Vec<MessageKey>,
    /// Every Message-ID linked to this thread, including referenced ones not (yet) seen.
    pub message_ids: Vec<String>,
    pub categories: BTreeMap<String, u64>,
    pub first: i64,
    pub last_activity: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThreadSummary {
    pub id: u64,
    pub subject: String,
    pub messages: usize,
    pub categories: BTreeMap<String, u64>,
    pub first: i64,
    pub last_activity: i64,
}

impl From<&Thread> for ThreadSummary {
    fn from(t: &Thread) -> Self {
        ThreadSummary {
            id: t.id,
            subject: t.root_subject.clone(),
            messages: t.message_keys.len(),
            categories: t.categories.clone(),
            first: t.first,
            last_activity: t.last_activity,
        }
    }
}

/// Someone who wrote to the secretary, keyed by lowercased email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correspondent {
    pub email: String,
    pub name: Option<String>,
    pub first_seen: i64,
    pub last_seen: i64,
    pub categories: BTreeMap<String, u64>,
}

/// Where the IMAP sync of one mailbox stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    pub uidvalidity: u32,
    /// Highest UID stored (or quarantined) and flushed.
    pub last_uid: u32,
    pub last_sync: i64,
    pub highest_modseq: Option<u64>,
}

impl SyncState {
    /// Whether the watermark has passed `key` (same UIDVALIDITY, UID at or below it):
    /// then the message is stored and its marks are on the server.
    pub fn covers(&self, key: &MessageKey) -> bool {
        key.uidvalidity == self.uidvalidity && key.uid <= self.last_uid
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Triaged,
    Marked,
    Quarantined,
    Relocated,
    EvidenceKept,
    DraftSaved,
    Sent,
    Forgotten,
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    pub action: AuditAction,
    pub key: Option<MessageKey>,
    pub detail: String,
}

/// What is kept about a `safety` message's raw bytes, without the bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceInfo {
    pub key: MessageKey,
    /// SHA-256 of the raw bytes at intake, lowercase hex.
    pub sha256: String,
    pub arrived: i64,
    pub size: usize,
}

/// Raw bytes of a `safety` message, unchanged, with what was recorded at intake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub info: EvidenceInfo,
    pub raw: Vec<u8>,
}

impl Evidence {
    /// Recomputes the hash of the stored bytes and compares it with the one kept at intake.
    pub fn verify(&self) -> bool {
        super::evidence::sha256_hex(&self.raw) == self.info.sha256
            && self.raw.len() == self.info.size
    }
}

/// A message that could not be parsed or triaged: counted, never silently dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuarantineEntry {
    pub key: MessageKey,
    pub reason: String,
    pub size: usize,
    pub at: i64,
}

/// Counts computed by scanning the trees, so they cannot drift from the records.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub messages: u64,
    pub quarantined: u64,
    pub unmarked: u64,
    pub by_mailbox: BTreeMap<String, MailboxCounts>,
    pub by_category: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MailboxCounts {
    pub messages: u64,
    pub quarantined: u64,
}

/// Maximum length of a stored snippet, in characters.
pub const SNIPPET_CHARS: usize = 300;

/// The first [`SNIPPET_CHARS`] characters of `body` with runs of whitespace collapsed to
/// one space; enough to recognise a message in a list without keeping the whole text.
pub fn make_snippet(body: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in body.split_whitespace() {
        if chars > 0 {
            if chars == SNIPPET_CHARS {
                break;
            }
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars == SNIPPET_CHARS {
                break;
            }
            out.push(c);
            chars += 1;
        }
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_collapses_whitespace_and_truncates() {
        assert_eq!(
            make_snippet("  Dear   Sec,\n\n\tThe  motion "),
            "Dear Sec, The motion"
        );
        let long = "é ".repeat(400);
        let s = make_snippet(&long);
        assert!((SNIPPET_CHARS - 1..=SNIPPET_CHARS).contains(&s.chars().count()));
        assert_eq!(make_snippet(&s), s);
        assert_eq!(make_snippet(""), "");
    }
}
