//! One fetched message into the store: parse, triage, keep. Shared by every source, so a
//! message from IMAP and one from a Maildir are handled alike.
//!
//! Idempotent per location: a message already stored is not triaged again (its stored
//! decision is returned), and a `safety` message's evidence is kept even if an earlier run
//! stopped between storing the record and keeping the bytes.

use crate::mail::{self, Envelope};
use crate::rules::RuleSet;
use crate::store::{Inserted, MessageKey, MessageRecord, NewMessage, Store};
use crate::triage::Decision;
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
    let prepared = prepare(store, rules, key, raw, arrived)?;
    let mut done = commit(store, vec![(prepared, raw)])?;
    Ok(done.pop().expect("one result per message"))
}

/// A message parsed and triaged but not yet stored: the CPU-bound half of intake, which
/// can run on another thread while the next messages are being fetched.
#[derive(Debug)]
pub enum Prepared {
    /// Already stored at its location: the stored decision stands.
    Stored(Box<MessageRecord>),
    /// Triaged now, to be stored by [`commit`].
    Triaged(Box<NewMessage>),
    /// Cannot be parsed, to be quarantined by [`commit`].
    Unparsable {
        key: MessageKey,
        reason: String,
        size: usize,
    },
}

/// Parse and triage one message (reading the store only: is it stored, is the sender a
/// member). Nothing is written.
pub fn prepare(
    store: &Store,
    rules: &RuleSet,
    key: &MessageKey,
    raw: &[u8],
    arrived: i64,
) -> Result<Prepared> {
    if let Some(record) = store.get(key)? {
        return Ok(Prepared::Stored(Box::new(record)));
    }
    prepare_parsed(store, rules, key, mail::parse(raw), raw.len(), arrived)
}

/// [`prepare`] for a message not stored at `key`, parsed already (`size` bytes).
pub fn prepare_parsed(
    store: &Store,
    rules: &RuleSet,
    key: &MessageKey,
    parsed: std::result::Result<Envelope, mail::ParseError>,
    size: usize,
    arrived: i64,
) -> Result<Prepared> {
    let mut env = match parsed {
        Ok(env) => env,
        Err(e) => {
            return Ok(Prepared::Unparsable {
                key: key.clone(),
                reason: e.to_string(),
                size,
            })
        }
    };
    crate::members::annotate(store, &mut env)?;
    // Triage is pure and should never panic; if it does on one message, that message is
    // quarantined with the reason instead of the pass (and every later message) failing.
    // With the secretary's corrections, when she has made any (`corrections`).
    let local = crate::corrections::model(store)?;
    let classified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::corrections::classify_with(&local, rules, &env)
    }));
    let decision = match classified {
        Ok((decision, _)) => decision,
        Err(_) => {
            return Ok(Prepared::Unparsable {
                key: key.clone(),
                reason: "triage failed on this message (a bug in postbag; see the log)".into(),
                size,
            })
        }
    };
    Ok(Prepared::Triaged(Box::new(new_message(
        key.clone(),
        env,
        &decision,
        arrived,
    ))))
}

/// Store a batch of prepared messages, each with its raw bytes: the triaged ones in one
/// store transaction, then the quarantined ones, then the evidence of `safety` messages
/// (also of ones stored before, should an earlier run have stopped in between). Results
/// are in the order of `batch`. Nothing is durable before [`Store::flush`].
pub fn commit(store: &Store, batch: Vec<(Prepared, &[u8])>) -> Result<Vec<Intake>> {
    let mut out: Vec<Option<Intake>> = Vec::with_capacity(batch.len());
    let mut to_insert = Vec::new();
    let mut slots = Vec::new();
    let mut raws = Vec::with_capacity(batch.len());
    for (i, (prepared, raw)) in batch.into_iter().enumerate() {
        raws.push(raw);
        out.push(match prepared {
            Prepared::Stored(record) => Some(Intake::Triaged { record, new: false }),
            Prepared::Triaged(msg) => {
                to_insert.push(*msg);
                slots.push(i);
                None
            }
            Prepared::Unparsable { key, reason, size } => {
                store.quarantine(&key, &reason, size)?;
                Some(Intake::Quarantined { reason })
            }
        });
    }
    for (slot, inserted) in slots.into_iter().zip(store.insert_messages(to_insert)?) {
        let new = inserted.is_new();
        let record = match inserted {
            Inserted::New(r) | Inserted::Existing(r) => r,
        };
        out[slot] = Some(Intake::Triaged {
            record: Box::new(record),
            new,
        });
    }
    let out: Vec<Intake> = out.into_iter().flatten().collect();
    for (done, raw) in out.iter().zip(raws) {
        if let Intake::Triaged { record, .. } = done {
            keep_evidence(store, record, raw)?;
        }
    }
    Ok(out)
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
        // Only the snippet is stored, and a snippet of it is itself: not the whole text
        // waiting in memory for the chunk's transaction.
        body: crate::store::make_snippet(&env.body),
        category: decision.category.clone(),
        priority: decision.priority,
        score: decision.score,
        rules: decision.rules.clone(),
        safety_level: decision.safety_level.clone(),
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
