//! One fetched message into the store: parse, triage, keep. Shared by every source, so a
//! message from IMAP and one from a Maildir are handled alike.
//!
//! Idempotent per location: a message already stored is not triaged again (its stored
//! decision is returned), and a `safety` message's evidence is kept even if an earlier run
//! stopped between storing the record and keeping the bytes.

use crate::mail::{self, Envelope};
use crate::rules::RuleSet;
use crate::store::{Inserted, MessageKey, MessageRecord, NewMessage, Store};
use crate::triage::{self, Decision};
use crate::Result;

/// The category whose raw messages are kept as evidence.
pub const SAFETY: &str = "safety";

/// What became of one message.
#[derive(Debug, Clone)]
pub enum Intake {
    /// Stored with a decision; `new` is false when it had been stored before.
    Triaged {
        record: Box<MessageRecord>,
        new: bool,
    },
    /// Could not be parsed: counted with the reason, never dropped.
    Quarantined { reason: String },
}

impl Intake {
    /// The category to mark on the server, if the message was triaged.
    pub fn category(&self) -> Option<&str> {
        match self {
            Intake::Triaged { record, .. } => Some(&record.category),
            Intake::Quarantined { .. } => None,
        }
    }
}

/// Parse, triage and store one message found at `key`. `arrived` is when postbag saw it.
pub fn intake(
    store: &Store,
    rules: &RuleSet,
    key: &MessageKey,
    raw: &[u8],
    arrived: i64,
) -> Result<Intake> {
    if let Some(record) = store.get(key)? {
        keep_evidence(store, &record, raw)?;
        return Ok(Intake::Triaged {
            record: Box::new(record),
            new: false,
        });
    }
    let mut env = match mail::parse(raw) {
        Ok(env) => env,
        Err(e) => {
            let reason = e.to_string();
            store.quarantine(key, &reason, raw.len())?;
            return Ok(Intake::Quarantined { reason });
        }
    };
    crate::members::annotate(store, &mut env)?;
    let (decision, _) = triage::classify(rules, &env);
    let inserted = store.insert_message(new_message(key.clone(), env, &decision, arrived))?;
    let new = inserted.is_new();
    let record = match inserted {
        Inserted::New(r) | Inserted::Existing(r) => r,
    };
    keep_evidence(store, &record, raw)?;
    Ok(Intake::Triaged {
        record: Box::new(record),
        new,
    })
}

fn keep_evidence(store: &Store, record: &MessageRecord, raw: &[u8]) -> Result<()> {
    if record.category == SAFETY && store.get_evidence(&record.key)?.is_none() {
        store.put_evidence(&record.key, raw, record.arrived)?;
    }
    Ok(())
}

/// The store's input for a triaged envelope.
pub fn new_message(
    key: MessageKey,
    env: Envelope,
    decision: &Decision,
    arrived: i64,
) -> NewMessage {
    NewMessage {
        key,
        message_id: env.message_id,
        in_reply_to: env.in_reply_to,
        references: env.references,
        from: env.from,
        to: env.to,
        cc: env.cc,
        subject: env.subject,
        date: env.date,
        arrived,
        size: env.size,
        // Campaigns are letters from people; lists and newsletters need no signature.
        minhash: if decision.category == "bulk" {
            Vec::new()
        } else {
            crate::digest::minhash::signature(&env.body)
        },
        body: env.body,
        category: decision.category.clone(),
        priority: decision.priority,
        score: decision.score,
        rules: decision.rules.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"
[[category]]
name = "safety"
threshold = 5
reply = "none"
preempt = true

[[rule]]
name = "threat"
category = "safety"
score = 10
field = "body"
words = ["know where you live"]
"#;

    #[test]
    fn a_message_is_triaged_once_and_a_threat_kept_as_evidence() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let rules = crate::rules::load_texts_for_tests(RULES);
        let key = MessageKey::new("INBOX", 7, 1);
        let raw = b"From: x@example.com\r\nSubject: hi\r\nMessage-ID: <t@example.com>\r\n\r\nI know where you live.\r\n";
        let first = intake(&store, &rules, &key, raw, 100).unwrap();
        assert!(matches!(&first, Intake::Triaged { new: true, .. }));
        assert_eq!(first.category(), Some("safety"));
        let again = intake(&store, &rules, &key, raw, 200).unwrap();
        assert!(matches!(again, Intake::Triaged { new: false, .. }));
        let evidence = store.get_evidence(&key).unwrap().unwrap();
        assert!(evidence.verify());
        assert_eq!(evidence.raw, raw);
        assert_eq!(evidence.info.arrived, 100);

        let bad = MessageKey::new("INBOX", 7, 2);
        let q = intake(&store, &rules, &bad, b"", 100).unwrap();
        assert!(matches!(q, Intake::Quarantined { .. }));
        assert_eq!(store.counts().unwrap().quarantined, 1);
    }
}
