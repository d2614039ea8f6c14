//! Retention: every stored message is kept for its category's number of days
//! (`[retention]` in the config), then purged with everything that hangs off it. Held
//! `safety` evidence is exempt until released. Quarantine entries and audit lines have
//! their own limits.
//!
//! A message's age runs from its Date header, or from when postbag first saw it if that is
//! earlier (a Date in the future cannot keep a message longer).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::Config;
use crate::store::{AuditAction, MessageKey, MessageRecord, Store};
use crate::Result;

const DAY: i64 = 86_400;

/// What a purge removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    pub dry_run: bool,
    /// Expired messages by category.
    pub messages: BTreeMap<String, usize>,
    /// Expired `safety` messages kept because their evidence is still held.
    pub held: usize,
    pub evidence: usize,
    pub threads_deleted: usize,
    pub correspondents_deleted: usize,
    pub quarantine: usize,
    pub audit_entries: usize,
}

impl PurgeReport {
    pub fn message_count(&self) -> usize {
        self.messages.values().sum()
    }

    /// Whether anything was (or would be) deleted.
    pub fn is_empty(&self) -> bool {
        self.message_count() == 0 && self.quarantine == 0 && self.audit_entries == 0
    }

    /// One line with counts only, for logs and the audit log.
    pub fn summary(&self) -> String {
        format!(
            "{} {}, {} quarantine entries, {} audit entries; {} held as evidence",
            if self.dry_run {
                "would purge"
            } else {
                "purged"
            },
            self.messages_by_category(),
            self.quarantine,
            self.audit_entries,
            self.held
        )
    }

    /// "5 messages (bulk 3, other 2)".
    fn messages_by_category(&self) -> String {
        let by: Vec<String> = self
            .messages
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect();
        match by.is_empty() {
            true => format!("{} messages", self.message_count()),
            false => format!("{} messages ({})", self.message_count(), by.join(", ")),
        }
    }
}

/// When a message's retention starts: its Date, unless postbag saw it earlier.
fn born(rec: &MessageRecord) -> i64 {
    rec.date.map_or(rec.arrived, |d| d.min(rec.arrived))
}

/// Deletes every record older than its retention (see the module docs); with `dry_run`
/// only counts. Safe to call from the daemon with the live store; the bytes of what it
/// deletes stay in sled's log until the store is rewritten (`postbag purge` does that;
/// see [`crate::store::Store::rewrite`]).
pub fn purge(store: &Store, config: &Config, now: i64, dry_run: bool) -> Result<PurgeReport> {
    let retention = &config.retention;
    let expired = |born: i64, key: &str| now - born > i64::from(retention.days(key)) * DAY;
    let mut report = PurgeReport {
        dry_run,
        ..Default::default()
    };
    let mut held = std::collections::BTreeSet::new();
    for e in store.evidence_list()? {
        if store.evidence_released_at(&e.key)?.is_none() {
            held.insert(e.key);
        }
    }
    let mut keys = Vec::new();
    for rec in store.iter_messages() {
        let rec = rec?;
        if !expired(born(&rec), &rec.category) {
            continue;
        }
        if held.contains(&rec.key) {
            report.held += 1;
            continue;
        }
        *report.messages.entry(rec.category.clone()).or_default() += 1;
        keys.push(rec.key);
    }
    let quarantined: Vec<MessageKey> = store
        .quarantined()?
        .into_iter()
        .filter(|q| expired(q.at, "quarantine"))
        .map(|q| q.key)
        .collect();
    let mut old_audit = Vec::new();
    for item in store.audit_iter() {
        let (id, e) = item?;
        if expired(e.at, "audit") {
            old_audit.push(id);
        }
    }
    report.quarantine = quarantined.len();
    if dry_run {
        report.audit_entries = old_audit.len();
        return Ok(report);
    }
    if !keys.is_empty() {
        let erased = store.erase_messages(
            &keys,
            AuditAction::Other("purged".into()),
            &format!("purged {}", report.messages_by_category()),
        )?;
        report.evidence = erased.evidence;
        report.threads_deleted = erased.threads_deleted;
        report.correspondents_deleted = erased.correspondents_deleted;
        report.audit_entries += erased.audit_entries;
        store.refresh_correspondent_dates()?;
        // The secretary's corrections of them (their words and sender) go with them, and
        // the per-mailbox model unlearns them.
        crate::corrections::forget(store, &keys, &Default::default())?;
    }
    report.quarantine = store.erase_quarantined(&quarantined)?;
    report.audit_entries += store.erase_audit(&old_audit)?;
    Ok(report)
}

/// `[retention]` keys that are neither a category of `categories` nor a special key:
/// likely typos, worth a warning.
pub fn unknown_keys<'a>(
    config: &Config,
    categories: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let known: Vec<&str> = categories.into_iter().collect();
    config
        .retention
        .0
        .keys()
        .filter(|k| {
            !known.contains(&k.as_str()) && !crate::config::Retention::SPECIAL.contains(&k.as_str())
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewMessage;

    fn msg(uid: u32, category: &str, date: i64) -> NewMessage {
        NewMessage {
            key: MessageKey::new("INBOX", 1, uid),
            message_id: Some(format!("m{uid}@test")),
            from: vec![crate::mail::Address {
                name: None,
                email: format!("p{}@example.org", uid % 2),
            }],
            subject: format!("message {uid}"),
            date: Some(date),
            arrived: date + 60,
            body: "text".into(),
            category: category.into(),
            ..Default::default()
        }
    }

    #[test]
    fn each_category_keeps_its_days_and_held_evidence_stays() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let now = 1_000 * DAY;
        let config = Config::parse(
            std::path::Path::new("/x/postbag.toml"),
            "[retention]\nbulk = 30\nquery = 100\nsafety = 10\n",
        )
        .unwrap();
        store
            .insert_message(msg(1, "bulk", now - 31 * DAY))
            .unwrap();
        store
            .insert_message(msg(2, "bulk", now - 29 * DAY))
            .unwrap();
        store
            .insert_message(msg(3, "query", now - 31 * DAY))
            .unwrap();
        store
            .insert_message(msg(4, "safety", now - 400 * DAY))
            .unwrap();
        let safety = MessageKey::new("INBOX", 1, 4);
        store
            .put_evidence(&safety, b"raw", now - 400 * DAY)
            .unwrap();

        let dry = purge(&store, &config, now, true).unwrap();
        assert_eq!(dry.messages, BTreeMap::from([("bulk".to_string(), 1)]));
        assert_eq!(dry.held, 1);
        assert_eq!(store.counts().unwrap().messages, 4);

        let done = purge(&store, &config, now, false).unwrap();
        assert_eq!(done.message_count(), 1);
        assert!(store
            .get(&MessageKey::new("INBOX", 1, 1))
            .unwrap()
            .is_none());
        assert!(store.get(&safety).unwrap().is_some());

        store.release_evidence(&safety).unwrap();
        let done = purge(&store, &config, now, false).unwrap();
        assert_eq!(done.messages, BTreeMap::from([("safety".to_string(), 1)]));
        assert_eq!(done.evidence, 1);
        assert!(store.get_evidence(&safety).unwrap().is_none());
        assert_eq!(store.counts().unwrap().messages, 2);
        let summary = store
            .audit_iter()
            .filter_map(|e| e.ok())
            .filter(|(_, e)| e.action == AuditAction::Other("purged".into()))
            .count();
        assert_eq!(summary, 2);
    }
}
