//! Subject access (UK GDPR art. 15): everything the store holds about one person, as JSON
//! files plus the raw messages kept as evidence, with a README.txt that explains them.
//! Other people's messages that mention the person are listed by key only: whether to
//! disclose them (redacted) is the secretary's decision, not postbag's.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::{footprint, Footprint};
use crate::config::Config;
use crate::members::NON_MEMBER;
use crate::store::{MessageKey, Store};
use crate::{Error, Result};

/// The tree where the outbox (replies and acknowledgements sent) keeps its mail.
pub const OUTBOX_TREE: &str = "outbox";

/// What was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    pub dir: PathBuf,
    /// File names written, relative to `dir`.
    pub files: Vec<String>,
    pub messages: usize,
    pub evidence: usize,
    /// `None` when the store has no outbox tree.
    pub replies: Option<usize>,
}

/// Where an export's files go: a directory here ([`DirSink`]), or, from the daemon, the
/// client that asked, which writes them into a [`DirSink`] of its own.
pub trait ExportSink {
    /// Before the first file.
    fn prepare(&mut self) -> Result<()>;
    /// One whole file; `name` is relative (`evidence/INBOX_7_42.eml`).
    fn write(&mut self, name: &str, bytes: &[u8]) -> Result<()>;
}

/// An export directory, which must not exist or be empty. It is created 0700 and the
/// files 0600: they are the person's data.
pub struct DirSink {
    out: PathBuf,
}

impl DirSink {
    pub fn new(out: &Path) -> DirSink {
        DirSink {
            out: out.to_owned(),
        }
    }
}

impl ExportSink for DirSink {
    fn prepare(&mut self) -> Result<()> {
        prepare(&self.out)
    }

    fn write(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        let path = Path::new(name);
        let inside = path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside || name.is_empty() {
            return Err(fail(&self.out, format!("{name:?} is not a file name")));
        }
        write_private(&self.out.join(path), bytes)
            .map_err(|e| fail(&self.out, format!("{name}: {e}")))
    }
}

/// Writes the export of `address` into `out`, which must not exist or be empty. The
/// directory is created 0700 and the files 0600: they are the person's data.
pub fn export(store: &Store, config: &Config, address: &str, out: &Path) -> Result<ExportReport> {
    export_to(store, config, address, out, &mut DirSink::new(out))
}

/// [`export`] into `sink`, which stands for the directory `out`.
pub fn export_to(
    store: &Store,
    config: &Config,
    address: &str,
    out: &Path,
    sink: &mut dyn ExportSink,
) -> Result<ExportReport> {
    let fp = footprint(store, config, address)?;
    sink.prepare()?;
    let mut report = ExportReport {
        dir: out.to_owned(),
        messages: fp.messages.len(),
        ..Default::default()
    };
    let mut files = Vec::new();
    let mut write = |name: &str, bytes: &[u8]| -> Result<()> {
        sink.write(name, bytes)?;
        files.push(name.to_string());
        Ok(())
    };
    let status = match &fp.member {
        Some(m) => m.status.as_str(),
        None => NON_MEMBER,
    };
    write(
        "person.json",
        &pretty(&json!({
            "address": fp.address,
            "matched_as": fp.canonical,
            "addresses_seen": fp.addresses,
            "member_status": status,
            "member": fp.member,
            "correspondents": fp.correspondents.iter().map(|c| json!({
                "email": c.email,
                "name": c.name,
                "first_seen": time(c.first_seen),
                "last_seen": time(c.last_seen),
                "messages_by_category": c.categories,
            })).collect::<Vec<_>>(),
        })),
    )?;
    write("messages.json", &pretty(&messages(store, &fp)?))?;
    write("threads.json", &pretty(&threads(store, &fp)?))?;
    write(
        "audit.json",
        &pretty(&Value::Array(
            fp.audit
                .iter()
                .map(|(id, e)| {
                    json!({
                        "id": id,
                        "at": time(e.at),
                        "action": e.action,
                        "message": e.key.as_ref().map(|k| k.to_string()),
                        "detail": e.detail,
                    })
                })
                .collect(),
        )),
    )?;
    let mut evidence = Vec::new();
    for (info, released) in &fp.evidence {
        let Some(kept) = store.get_evidence(&info.key)? else {
            continue;
        };
        let file = format!("evidence/{}.eml", file_name(&info.key));
        evidence.push(json!({
            "message": info.key.to_string(),
            "file": file,
            "sha256": info.sha256,
            "size": info.size,
            "arrived": time(info.arrived),
            "hash_verified": kept.verify(),
            "held": released.is_none(),
            "released": released.map(time),
        }));
        write(&file, &kept.raw)?;
    }
    report.evidence = evidence.len();
    write("evidence.json", &pretty(&Value::Array(evidence)))?;
    let (outbox, other): (Vec<_>, Vec<_>) = fp.other.iter().partition(|e| e.tree == OUTBOX_TREE);
    if store.other_trees().iter().any(|t| t == OUTBOX_TREE) {
        report.replies = Some(outbox.len());
        write("replies.json", &pretty(&json!(outbox)))?;
    }
    write("other.json", &pretty(&json!(other)))?;
    let corrections: Vec<Value> = fp
        .corrections
        .iter()
        .map(|c| {
            json!({
                "message": c.key.to_string(),
                "message_id": c.message_id,
                "from_category": c.from,
                "to_category": c.to,
                "how": c.how,
                "at": time(c.at),
                "times": c.times,
                "sender": c.sender,
                "list_id": c.list_id,
                "subject": c.subject,
                "words_kept": c.words,
                "learned_features": c.features.len(),
            })
        })
        .collect();
    write("corrections.json", &pretty(&Value::Array(corrections)))?;
    let mentions: Vec<Value> = fp
        .mentions
        .iter()
        .map(|m| json!({ "message": m.key.to_string(), "fields": m.fields }))
        .collect();
    write("mentions.json", &pretty(&Value::Array(mentions)))?;
    write("README.txt", readme(&fp, &report).as_bytes())?;
    report.files = files;
    Ok(report)
}

fn messages(store: &Store, fp: &Footprint) -> Result<Value> {
    let rows = fp
        .messages
        .iter()
        .map(|m| {
            Ok(json!({
                "message": m.key.to_string(),
                "mailbox": m.key.mailbox,
                "uidvalidity": m.key.uidvalidity,
                "uid": m.key.uid,
                "message_id": m.message_id,
                "date": m.date.map(time),
                "arrived": time(m.arrived),
                "from": m.from,
                "to": m.to,
                "cc": m.cc,
                "subject": m.subject,
                "snippet": m.snippet,
                "size": m.size,
                "in_reply_to": m.in_reply_to,
                "references": m.references,
                "thread": m.thread_id,
                "decision": {
                    "category": m.category,
                    "priority": m.priority,
                    "score": m.score,
                    "rules": m.rules,
                },
                "marked_on_server": store.is_marked(&m.key)?,
            }))
        })
        .collect::<Result<Vec<Value>>>()?;
    Ok(Value::Array(rows))
}

fn threads(store: &Store, fp: &Footprint) -> Result<Value> {
    let mut ids: Vec<u64> = fp.messages.iter().map(|m| m.thread_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        let Some(t) = store.thread(id)? else { continue };
        let theirs: Vec<String> = fp
            .messages
            .iter()
            .filter(|m| m.thread_id == id)
            .map(|m| m.key.to_string())
            .collect();
        out.push(json!({
            "thread": t.id,
            "subject": t.root_subject,
            "first": time(t.first),
            "last_activity": time(t.last_activity),
            "messages_in_thread": t.message_keys.len(),
            "their_messages": theirs,
        }));
    }
    Ok(Value::Array(out))
}

fn readme(fp: &Footprint, report: &ExportReport) -> String {
    let replies = match report.replies {
        Some(n) => format!(
            "replies.json     replies and acknowledgements postbag sent them ({n}), as the outbox keeps them."
        ),
        None => "(no replies.json: this store has no outbox, so postbag has sent them nothing.)"
            .to_string(),
    };
    format!(
        "What postbag holds about {address}
{line}

postbag is the branch secretary's mail triage tool. This export holds everything its
store keeps about the person at this address, for a subject access request (UK GDPR
article 15). Times are UTC (ISO 8601). The mailbox itself (the secretary's mail account)
is not part of this export: the messages are also there, in full.

Addresses are matched ignoring case, '+tags' (jo+x@example.org is jo@example.org) and,
for Gmail, dots and googlemail.com.{spelled}

person.json      the address as matched, every spelling seen, membership status and
                 member-list row (name, membership number, status, branch), and the
                 correspondent record (first and last contact, messages per category).
messages.json    {messages} message(s) they sent us (or we sent only to them): headers,
                 the first 300 characters of the text (\"snippet\"), and the triage
                 \"decision\": the category postbag gave, its priority and score, and the
                 names of the rules that fired.
threads.json     the conversations (threads) their messages belong to, with which of
                 their messages are in each; other people's messages are only counted.
audit.json       postbag's log entries about their messages (triaged, marked, evidence
                 kept, ...), or naming their address.
evidence.json    messages kept unchanged as evidence (category safety), with the SHA-256
                 taken on arrival, whether the bytes still match it, and whether the
                 evidence is still held. The raw messages are in evidence/ ({evidence}).
{replies}
other.json       entries in other parts of the store that name them (e.g. reply rate
                 limits), as stored.
corrections.json the secretary's re-labels of their messages (the category postbag gave,
                 the one she gave, when), with the words kept for suggesting rules; the
                 per-mailbox model learned from them (hashed word features, counted).
mentions.json    other people's messages that mention them (their address in To/Cc, or
                 their address or full name in a subject or snippet), by message only.
                 Their content is other people's data: disclose it only after review.
",
        address = fp.address,
        line = "=".repeat("What postbag holds about ".len() + fp.address.len()),
        spelled = if fp.canonical != fp.address.to_lowercase() {
            format!(" This address is matched as {}.", fp.canonical)
        } else {
            String::new()
        },
        messages = report.messages,
        evidence = report.evidence,
    )
}

fn prepare(out: &Path) -> Result<()> {
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .map_err(|e| fail(out, e))?
            .next()
            .is_none();
        if !empty {
            return Err(fail(out, "the directory is not empty; choose a new one"));
        }
    }
    create_private_dir(&out.join("evidence")).map_err(|e| fail(out, e))?;
    create_private_dir(out).map_err(|e| fail(out, e))
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

fn fail(path: &Path, detail: impl std::fmt::Display) -> Error {
    Error::Export {
        path: path.to_owned(),
        detail: detail.to_string(),
    }
}

fn pretty(v: &Value) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(v).unwrap_or_default();
    out.push(b'\n');
    out
}

/// `INBOX_7_42`: a message key as a file name.
fn file_name(key: &MessageKey) -> String {
    let mailbox: String = key
        .mailbox
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{mailbox}_{}_{}", key.uidvalidity, key.uid)
}

/// Unix seconds as `2024-11-04T10:00:00Z`.
pub(crate) fn time(secs: i64) -> String {
    jiff::Timestamp::from_second(secs).map_or_else(|_| secs.to_string(), |t| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_iso_8601_utc() {
        assert_eq!(time(0), "1970-01-01T00:00:00Z");
        assert_eq!(time(1_730_714_400), "2024-11-04T10:00:00Z");
        assert_eq!(time(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(time(-1), "1969-12-31T23:59:59Z");
    }
}
