//! `postbag outbox [--json]`: what postbag has sent, is sending, or could not send.

use super::ctx::Ctx;
use super::{InvalidInput, Outcome};
use crate::store::{OutboxItem, OutboxState};
use serde_json::json;
use std::io::Write;

/// Arguments of `postbag outbox`.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    /// One JSON object per item and line (fields: id, kind, state, attempts, to, subject,
    /// message_id, created, next_attempt, sent, last_error, related).
    #[arg(long)]
    pub json: bool,
    /// Send now what waits for its next attempt (after an outage is over), then list.
    /// With a daemon running, its outbox does the sending.
    #[arg(long)]
    pub retry_now: bool,
}

/// `--retry-now` needs something to send with; checked before the store is opened.
pub fn check(config: &crate::config::Config, retry_now: bool) -> anyhow::Result<()> {
    if retry_now && config.smtp.is_none() {
        return Err(InvalidInput("sending needs an [smtp] section in the config".into()).into());
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx, json: bool, retry_now: bool) -> anyhow::Result<Outcome> {
    let mut outcome = Outcome::Ok;
    check(ctx.config, retry_now)?;
    if retry_now {
        let report = ctx.deliver(true)?;
        writeln!(
            ctx.err,
            "postbag: outbox: {} sent, {} to retry, {} failed",
            report.sent, report.retried, report.failed
        )?;
        if report.failed > 0 || report.retried > 0 {
            outcome = Outcome::RuntimeFailure;
        }
    }
    let items = ctx.store.outbox_items()?;
    let mut out = std::io::BufWriter::new(&mut *ctx.out);
    if json {
        for i in &items {
            writeln!(out, "{}", to_json(i))?;
        }
    } else {
        writeln!(
            out,
            "{:>5} {:<6} {:<7} {:>5} {:<30} {:<36} LAST ERROR",
            "ID", "KIND", "STATE", "TRIES", "TO", "SUBJECT"
        )?;
        for i in &items {
            writeln!(
                out,
                "{:>5} {:<6} {:<7} {:>5} {:<30} {:<36} {}",
                i.id,
                i.kind.as_str(),
                i.state.as_str(),
                i.attempts,
                short(&i.to.join(", "), 30),
                short(&i.subject, 36),
                super::terminal::printable(i.last_error.as_deref().unwrap_or(""))
            )?;
        }
    }
    out.flush()?;
    drop(out);
    let count = |s: OutboxState| items.iter().filter(|i| i.state == s).count();
    writeln!(
        ctx.err,
        "{} items: {} queued, {} sending, {} sent, {} failed, {} uncertain",
        items.len(),
        count(OutboxState::Queued),
        count(OutboxState::Sending),
        count(OutboxState::Sent),
        count(OutboxState::Failed),
        count(OutboxState::Uncertain)
    )?;
    Ok(outcome)
}

fn to_json(i: &OutboxItem) -> serde_json::Value {
    json!({
        "id": i.id,
        "kind": i.kind.as_str(),
        "state": i.state.as_str(),
        "attempts": i.attempts,
        "to": i.to,
        "subject": i.subject,
        "message_id": i.message_id,
        "created": i.created,
        "next_attempt": i.next_attempt,
        "sent": i.sent,
        "last_error": i.last_error,
        "related": i.related.as_ref().map(|k| k.to_string()),
    })
}

/// At most `width` characters, control characters escaped, with an ellipsis when cut.
fn short(s: &str, width: usize) -> String {
    let s = super::terminal::printable(s);
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}
