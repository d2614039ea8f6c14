//! What the daemon does for triaged mail beyond marks: the reply plan for each message
//! (a draft saved to the Drafts folder, an acknowledgement or an alert through the outbox),
//! copies of sent mail filed in the Sent folder, and the weekly digest when it is due.
//!
//! Deciding is elsewhere (`guard` may we answer, `reply` what to say, `digest` what to
//! report); this module connects those decisions to the IMAP session and the outbox.

use crate::config::Config;
use crate::guard::{self, Identity};
use crate::reply::{self, DraftSink, Replier, ReplyPlan};
use crate::rules::{ReplyPolicy, RuleSet};
use crate::source::imap::{find_special_use, ImapSession, SpecialUse};
use crate::store::{MessageRecord, NewOutgoing, OutboxKind, Store};
use crate::{digest, Result};
use std::sync::Arc;
use tokio::sync::Notify;

/// Everything needed to answer triaged messages, made once per daemon (and on reload).
pub struct Replies {
    pub replier: Replier,
    pub identity: Identity,
    /// Messages older than this (by their Date, or arrival) get no reply: the first sync of
    /// a mailbox full of old mail must not answer it.
    pub max_age_secs: i64,
    /// Wakes the outbox task when something was queued.
    pub outbox: Arc<Notify>,
}

impl Replies {
    pub fn new(store: &Store, config: &Config, outbox: Arc<Notify>) -> Result<Replies> {
        let templates = reply::Templates::load(&config.templates_dir)?;
        Ok(Replies {
            replier: Replier::new(store.clone(), config, templates)?,
            identity: Identity::new(config.own_addresses()),
            max_age_secs: i64::from(config.reply.max_age_days) * 86_400,
            outbox,
        })
    }

    /// Plan (and carry out) the reply to one stored message; `raw` is its bytes.
    #[allow(clippy::too_many_arguments)]
    pub async fn answer(
        &self,
        session: &mut ImapSession,
        drafts_folder: &str,
        store: &Store,
        rules: &RuleSet,
        record: &MessageRecord,
        raw: &[u8],
        now: i64,
    ) -> Result<()> {
        if now - record.when() > self.max_age_secs {
            return Ok(());
        }
        let Ok(env) = crate::mail::parse(raw) else {
            return Ok(());
        };
        let policy = rules
            .category(&record.category)
            .map_or(ReplyPolicy::None, |c| c.reply);
        let (policy, block) = guard::apply(policy, &env, &self.identity);
        if let Some(block) = block {
            tracing::debug!(key = %record.key, "no reply: {block}");
        }
        match self.replier.plan(record, &env, policy)? {
            ReplyPlan::Draft(draft) => {
                let mut sink = ImapDrafts {
                    session,
                    folder: drafts_folder,
                };
                match reply::drafts::save(store, &draft, &mut sink).await {
                    Ok(_) => {}
                    // The server refused this draft (too big, a quota): it stays pending
                    // and is tried again on the next pass; the other messages go on.
                    Err(e) if e.is_refusal() => tracing::warn!(
                        key = %record.key,
                        "draft not saved: {e}; it is tried again on the next pass"
                    ),
                    Err(e) => return Err(e),
                }
            }
            ReplyPlan::Ack(_) | ReplyPlan::Alert(_) => self.outbox.notify_one(),
            ReplyPlan::NoAlertRecipients => {
                tracing::error!(key = %record.key, "a safety message and no [alerts] to: nobody was told")
            }
            ReplyPlan::Limited(limit) => {
                tracing::info!(key = %record.key, "no acknowledgement: {limit:?}")
            }
            ReplyPlan::None | ReplyPlan::Done(_) | ReplyPlan::Failed(_) => {}
        }
        Ok(())
    }
}

/// Drafts composed but not saved (the server refused the APPEND, or a pass stopped before
/// it): saved now, once each. A refusal leaves the draft for the next pass.
pub async fn retry_drafts(
    session: &mut ImapSession,
    drafts_folder: &str,
    store: &Store,
) -> Result<usize> {
    let mut saved = 0;
    for draft in reply::drafts::pending(store)? {
        let mut sink = ImapDrafts {
            session,
            folder: drafts_folder,
        };
        match reply::drafts::save(store, &draft, &mut sink).await {
            Ok(_) => saved += 1,
            Err(e) if e.is_refusal() => tracing::warn!(
                key = %draft.key,
                "draft still not saved: {e}; it is tried again on the next pass"
            ),
            Err(e) => return Err(e),
        }
    }
    Ok(saved)
}

/// Drafts go to `[reply] drafts_folder`, else the server's \Drafts special-use folder
/// (`[Gmail]/Drafts`, or its localized name, on Gmail), else a folder called Drafts. On
/// Gmail never a self-made "Drafts": APPEND there would need a label Gmail does not show
/// as drafts.
pub async fn drafts_folder(session: &mut ImapSession, config: &Config) -> Result<String> {
    if let Some(f) = &config.reply.drafts_folder {
        return Ok(f.clone());
    }
    let list = session.list().await?;
    if let Some(m) = find_special_use(&list, SpecialUse::Drafts) {
        return Ok(m.name.clone());
    }
    let named = |name: &str| list.iter().find(|m| m.name.eq_ignore_ascii_case(name));
    let gmail = session.capabilities().gmail;
    let fallback = if gmail {
        ["[Gmail]/Drafts", "[Google Mail]/Drafts"]
            .into_iter()
            .find_map(named)
            .map_or("[Gmail]/Drafts", |m| m.name.as_str())
    } else {
        named("Drafts").map_or("Drafts", |m| m.name.as_str())
    };
    Ok(fallback.to_string())
}

async fn special_folder(
    session: &mut ImapSession,
    configured: Option<&str>,
    usage: SpecialUse,
    fallback: &str,
) -> Result<String> {
    if let Some(f) = configured {
        return Ok(f.to_string());
    }
    let list = session.list().await?;
    Ok(find_special_use(&list, usage).map_or_else(|| fallback.to_string(), |m| m.name.clone()))
}

/// IMAP APPEND with \Draft into the drafts folder; the selected mailbox stays selected.
struct ImapDrafts<'a> {
    session: &'a mut ImapSession,
    folder: &'a str,
}

impl DraftSink for ImapDrafts<'_> {
    async fn append_draft(&mut self, raw: &[u8]) -> Result<()> {
        self.session
            .append(self.folder, &["\\Draft", "\\Seen"], raw)
            .await
            .map(|_| ())
    }

    async fn has_draft(&mut self, message_id: &str) -> Result<bool> {
        folder_has(self.session, self.folder, message_id).await
    }
}

/// Whether `folder` holds a message with this Message-ID; the selected mailbox stays
/// selected.
async fn folder_has(session: &mut ImapSession, folder: &str, message_id: &str) -> Result<bool> {
    let back = session.selected_mailbox().map(str::to_string);
    session.examine(folder).await?;
    let found = !session.search_message_id(message_id).await?.is_empty();
    if let Some(mailbox) = back {
        session.select(&mailbox).await?;
    }
    Ok(found)
}

/// Copies of mail the outbox sent, APPENDed (\Seen) to the Sent folder once each, so the
/// secretary sees what postbag said and the digest sees the thread as answered.
pub async fn file_sent(session: &mut ImapSession, store: &Store) -> Result<usize> {
    let unfiled = store.outbox_unfiled()?;
    if unfiled.is_empty() {
        return Ok(0);
    }
    let sent = special_folder(session, None, SpecialUse::Sent, "Sent").await?;
    let mut filed = 0;
    for item in unfiled {
        let Some(raw) = store.outbox_raw(item.id)? else {
            continue;
        };
        // "Filing begun" is on disk before the APPEND; finding it set means an earlier
        // attempt may have got there, so look before appending a second copy.
        let Some(before) = store.outbox_begin_filing(item.id, reply::now())? else {
            continue;
        };
        store.flush().await?;
        let there = before.filing && folder_has(session, &sent, &item.message_id).await?;
        if !there {
            session.append(&sent, &["\\Seen"], &raw).await?;
        }
        store.outbox_mark_filed(item.id, reply::now())?;
        store.flush().await?;
        filed += 1;
    }
    Ok(filed)
}

/// Queue the weekly digest if it is due (at most once per ISO week); returns the week.
pub async fn digest_if_due(
    store: &Store,
    config: &Config,
    now: i64,
    outbox: &Notify,
) -> Result<Option<String>> {
    let Some(week) = digest::schedule::due(now, &config.digest, digest::last_sent_week(store)?)
    else {
        return Ok(None);
    };
    queue_digest(store, config, week, now).await?;
    outbox.notify_one();
    Ok(Some(week.to_string()))
}

/// Build `week`'s digest for every recipient, queue it in the outbox and record it sent
/// (one flush: both or neither survive a crash).
pub async fn queue_digest(
    store: &Store,
    config: &Config,
    week: digest::IsoWeek,
    now: i64,
) -> Result<usize> {
    let digests = digest::build(store, config, week, now)?;
    // The envelope sender: the bare address.
    let from = reply::sender(config)?.email.to_string();
    for d in &digests {
        store.enqueue(
            &NewOutgoing {
                kind: OutboxKind::Digest,
                from: from.clone(),
                to: vec![d.to.clone()],
                subject: d.subject.clone(),
                message_id: d.message_id.clone(),
                raw: d.raw.clone(),
                related: None,
            },
            now,
        )?;
    }
    digest::record_sent(store, week, now, &digests)?;
    store.flush().await?;
    tracing::info!(
        "digest for {week} queued for {} recipient(s)",
        digests.len()
    );
    Ok(digests.len())
}
