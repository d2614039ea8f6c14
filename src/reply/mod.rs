//! Replies: what postbag does for one triaged message after the loop guard. A draft for the
//! secretary, an acknowledgement through the outbox (within the rate limits), an alert to
//! the officers for a `safety` message (which never gets a reply of any kind), or nothing;
//! at most one of these per message, recorded in the store.
//!
//! # Layout
//! - [`templates`]: the minijinja templates per category and their check.
//! - [`vars`]: the template variables from the message, the config and the store.
//! - [`compose`]: RFC 5322 bytes of a reply or an alert.
//! - [`drafts`]: saving drafts through a [`drafts::DraftSink`] (IMAP APPEND), once.
//! - [`dates`]: London dates and the subject-access deadline.
//!
//! Sending is `outbox`'s; deciding whether a message may be answered at all is `guard`'s.

pub mod compose;
pub mod dates;
pub mod drafts;
pub mod sanitize;
pub mod templates;
pub mod vars;

use lettre::message::Mailbox;

use crate::config::Config;
use crate::intake::SAFETY;
use crate::mail::Envelope;
use crate::rules::ReplyPolicy;
use crate::store::{
    Enqueued, Limited, MessageRecord, NewOutgoing, OutboxKind, RateLimits, ReplyRecord, Store,
};
use crate::{Error, Result};

pub use compose::ReplyKind;

fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
pub use drafts::{DraftSaved, DraftSink, PendingDraft};
pub use templates::{check, TemplateDiagnostic, Templates};

/// Unix seconds now.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// What became of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyPlan {
    /// No reply: the policy (after the guard) is `none`.
    None,
    /// A draft to save with [`drafts::save`]; recorded as pending.
    Draft(PendingDraft),
    /// An acknowledgement queued in the outbox with this id.
    Ack(u64),
    /// A `safety` message: no reply; an alert to the officers queued with this id.
    Alert(u64),
    /// An acknowledgement was due but a rate limit stopped it (recorded; not retried).
    Limited(Limited),
    /// The message was handled before (a saved draft, a queued ack or alert, a limit).
    Done(ReplyRecord),
    /// A `safety` message and no `[alerts] to`: nobody could be told (logged as an error).
    NoAlertRecipients,
    /// Planning or composing the reply failed for this message alone (recorded as
    /// [`ReplyRecord::Failed`], with the reason); the pass goes on.
    Failed(String),
}

/// Everything [`Replier::plan`] needs, made once at start-up (and on reload).
pub struct Replier {
    store: Store,
    config: Config,
    templates: Templates,
    from: Mailbox,
    limits: RateLimits,
}

/// The secretary as a sender: `[smtp] from`, else `[secretary] name` and first address.
pub fn sender(config: &Config) -> Result<Mailbox> {
    if let Some(smtp) = &config.smtp {
        return smtp
            .from
            .parse()
            .map_err(|e| Error::ComposeReply(format!("[smtp] from {:?}: {e}", smtp.from)));
    }
    let address = config.secretary.addresses.first().ok_or_else(|| {
        Error::ComposeReply("no sender address: set [smtp] from, or [secretary] addresses".into())
    })?;
    let email = address
        .parse()
        .map_err(|e| Error::ComposeReply(format!("[secretary] addresses {address:?}: {e}")))?;
    let name = Some(config.secretary.name.clone()).filter(|n| !n.is_empty());
    Ok(Mailbox::new(name, email))
}

impl Replier {
    pub fn new(store: Store, config: &Config, templates: Templates) -> Result<Replier> {
        Ok(Replier {
            from: sender(config)?,
            limits: RateLimits::from_config(&config.reply),
            store,
            config: config.clone(),
            templates,
        })
    }

    /// Decides and records the reply to one stored message. `policy` is the category's
    /// policy after [`crate::guard::apply`]; `env` is the parsed message (for the quote
    /// and the Reply-To), `record` what the store holds (key, category, arrival).
    ///
    /// Idempotent: a message that has a reply record gets [`ReplyPlan::Done`] (or its
    /// pending draft again), so it is safe to call for messages seen before a crash. Writes
    /// to the store without flushing: the outbox and [`drafts::save`] flush before any
    /// mail leaves.
    pub fn plan(
        &self,
        record: &MessageRecord,
        env: &Envelope,
        policy: ReplyPolicy,
    ) -> Result<ReplyPlan> {
        let key = &record.key;
        match self.store.reply_record(key)? {
            Some(ReplyRecord::DraftPending { message_id, .. }) => {
                return Ok(match self.store.draft_raw(key)? {
                    Some(raw) => ReplyPlan::Draft(PendingDraft {
                        key: key.clone(),
                        message_id,
                        raw,
                    }),
                    None => ReplyPlan::Done(ReplyRecord::DraftPending { message_id, at: 0 }),
                });
            }
            Some(done) => return Ok(ReplyPlan::Done(done)),
            None => {}
        }
        // One message's hostile headers, a template error or a bug must not stop the
        // replies to the others: what fails here is recorded against this message alone.
        if record.category == SAFETY && record.safety_level.as_deref() == Some("review") {
            // Some evidence of a threat, below the alert threshold: flagged for the
            // secretary, never answered, and no officer alert.
            return Ok(ReplyPlan::None);
        }
        let planned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if record.category == SAFETY {
                return self.alert(record, env);
            }
            match policy {
                ReplyPolicy::None => Ok(ReplyPlan::None),
                ReplyPolicy::Draft => self.draft(record, env),
                ReplyPolicy::Auto => self.ack(record, env),
            }
        }));
        let reason = match planned {
            Ok(Ok(plan)) => return Ok(plan),
            Ok(Err(e)) if e.is_store() => return Err(e),
            Ok(Err(e)) => e.to_string(),
            Err(panic) => format!(
                "postbag failed on this message (a bug): {}",
                panic_text(&panic)
            ),
        };
        if record.category == SAFETY {
            // The officers are told whatever the message holds: an alert from the record
            // alone, nothing taken from the message.
            match self.plain_alert(record, &reason) {
                Ok(plan) => return Ok(plan),
                Err(e) if e.is_store() => return Err(e),
                Err(e) => {
                    tracing::error!(key = %record.key, "cannot compose even a plain alert: {e}")
                }
            }
        }
        tracing::error!(key = %record.key, "no reply for this message: {reason}; answer it by hand");
        let failed = ReplyRecord::Failed {
            reason: reason.clone(),
            at: now(),
        };
        match self.store.record_reply(
            key,
            &failed,
            "reply failed",
            &format!("no reply: {reason}"),
        )? {
            Some(existing) => Ok(ReplyPlan::Done(existing)),
            None => Ok(ReplyPlan::Failed(reason)),
        }
    }

    fn draft(&self, record: &MessageRecord, env: &Envelope) -> Result<ReplyPlan> {
        let vars = vars::gather(&self.store, &self.config, record, env, false)?;
        let text = self.templates.render(&record.category, &vars)?;
        let text = compose::with_quote(&text, env, record.arrived);
        let to = compose::draft_recipients(env);
        let c = compose::reply(env, &self.from, &to, &text, ReplyKind::Draft)?;
        match self
            .store
            .begin_draft(&record.key, &c.message_id, &c.raw, now())?
        {
            Ok(()) => Ok(ReplyPlan::Draft(PendingDraft {
                key: record.key.clone(),
                message_id: c.message_id,
                raw: c.raw,
            })),
            Err(existing) => Ok(ReplyPlan::Done(existing)),
        }
    }

    /// An acknowledgement does not quote the original: an automatic message that echoes
    /// what it received is how backscatter spreads spam.
    ///
    /// It goes to exactly one address, the one [`crate::guard::auto_recipient`] allows;
    /// without one (the caller's policy came from elsewhere), the secretary gets a draft.
    fn ack(&self, record: &MessageRecord, env: &Envelope) -> Result<ReplyPlan> {
        let to = match crate::guard::auto_recipient(env) {
            Ok(to) => to,
            Err(why) => {
                tracing::info!(key = %record.key, "no acknowledgement ({why}): a draft instead");
                return self.draft(record, env);
            }
        };
        let vars = vars::gather(&self.store, &self.config, record, env, true)?;
        let text = self.templates.render(&record.category, &vars)?;
        let c = compose::reply(env, &self.from, &[to], &text, ReplyKind::Ack)?;
        let out = NewOutgoing {
            kind: OutboxKind::Ack,
            from: c.from,
            to: c.to,
            subject: c.subject,
            message_id: c.message_id,
            raw: c.raw,
            related: Some(record.key.clone()),
        };
        Ok(
            match self
                .store
                .enqueue_reply(&record.key, &out, Some(&self.limits), now())?
            {
                Enqueued::Queued(id) => {
                    tracing::info!(key = %record.key, id, to = %out.to.join(", "), "acknowledgement queued");
                    ReplyPlan::Ack(id)
                }
                Enqueued::Exists(r) => ReplyPlan::Done(r),
                Enqueued::Limited(limit) => {
                    match &limit {
                        Limited::HourlyCap { .. } => tracing::error!(
                            key = %record.key,
                            "automatic replies stopped: {limit}; no acknowledgement for this message"
                        ),
                        Limited::Address { .. } => {
                            tracing::info!(key = %record.key, "no acknowledgement: {limit}")
                        }
                    }
                    ReplyPlan::Limited(limit)
                }
            },
        )
    }

    fn alert(&self, record: &MessageRecord, env: &Envelope) -> Result<ReplyPlan> {
        let sender = env
            .sender()
            .map(|a| sanitize::one_line(&a.to_string(), sanitize::NAME_CHARS * 2))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "(no sender)".to_string());
        if self.config.alerts.to.is_empty() {
            tracing::error!(
                key = %record.key, from = %sender,
                "SAFETY message and no [alerts] to configured: nobody has been alerted"
            );
            return Ok(ReplyPlan::NoAlertRecipients);
        }
        let evidence = self.store.get_evidence(&record.key)?.map(|e| e.info);
        let mut text = format!(
            "postbag has classified a message in the secretary's mailbox as a possible threat\n\
             (category \"safety\"). It has not been answered and will not be answered\n\
             automatically.\n\n\
             From:      {sender}\n\
             Subject:   {}\n\
             Arrived:   {} (London time)\n\
             Mailbox:   {} (UIDVALIDITY {}, UID {})\n\
             Rules:     {}\n",
            match sanitize::one_line(&record.subject, sanitize::SUBJECT_CHARS) {
                s if s.is_empty() => "(none)".to_string(),
                s => s,
            },
            dates::quote_date(record.arrived),
            record.key.mailbox,
            record.key.uidvalidity,
            record.key.uid,
            record.rules.join(", "),
        );
        match &evidence {
            Some(e) => text.push_str(&format!(
                "Evidence:  SHA-256 {} ({} bytes), kept unchanged in the postbag store\n",
                e.sha256, e.size
            )),
            None => text.push_str("Evidence:  not kept (no raw bytes in the store)\n"),
        }
        if self.config.alerts.include_content {
            text.push_str("\n----- message text -----\n");
            text.push_str(env.body.trim_end());
            text.push('\n');
        } else {
            text.push_str(
                "\nThe message itself is not included. Read it in the secretary's mailbox; do not\n\
                 reply to the sender from there, and do not delete it: it is evidence.\n",
            );
        }
        text.push_str(
            "\nIf anyone is in immediate danger, call 999. Otherwise report the threat to the\n\
             police (101) and to the party's safeguarding team.\n",
        );
        let subject = format!(
            "[postbag] SAFETY alert: threatening message from {}",
            sanitize::one_line(&sender, sanitize::NAME_CHARS)
        );
        self.queue_alert(record, &subject, &text)
    }

    /// The alert when the full one cannot be made: what the store knows of the message's
    /// place, nothing of its content or headers.
    fn plain_alert(&self, record: &MessageRecord, reason: &str) -> Result<ReplyPlan> {
        if self.config.alerts.to.is_empty() {
            return Ok(ReplyPlan::NoAlertRecipients);
        }
        let text = format!(
            "postbag has classified a message in the secretary's mailbox as a possible threat\n\
             (category \"safety\"). It has not been answered and will not be answered\n\
             automatically. Its headers could not be put in this alert ({}).\n\n\
             Mailbox:   {} (UIDVALIDITY {}, UID {})\n\
             Arrived:   {} (London time)\n\n\
             Read it in the secretary's mailbox; do not reply to the sender from there, and do\n\
             not delete it: it is evidence. If anyone is in immediate danger, call 999.\n",
            sanitize::one_line(reason, 200),
            sanitize::one_line(&record.key.mailbox, 100),
            record.key.uidvalidity,
            record.key.uid,
            dates::quote_date(record.arrived),
        );
        self.queue_alert(record, "[postbag] SAFETY alert: threatening message", &text)
    }

    fn queue_alert(&self, record: &MessageRecord, subject: &str, text: &str) -> Result<ReplyPlan> {
        let c = compose::notice(&self.from, &self.config.alerts.to, subject, text)?;
        let out = NewOutgoing {
            kind: OutboxKind::Alert,
            from: c.from,
            to: c.to,
            subject: c.subject,
            message_id: c.message_id,
            raw: c.raw,
            related: Some(record.key.clone()),
        };
        Ok(
            match self.store.enqueue_reply(&record.key, &out, None, now())? {
                Enqueued::Queued(id) => {
                    tracing::warn!(key = %record.key, id, "safety message: alert queued to {}", out.to.join(", "));
                    ReplyPlan::Alert(id)
                }
                Enqueued::Exists(r) => ReplyPlan::Done(r),
                Enqueued::Limited(l) => ReplyPlan::Limited(l),
            },
        )
    }
}
