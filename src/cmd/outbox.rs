//! `postbag outbox [--json]`: what postbag has sent, is sending, or could not send.

use super::Outcome;
use crate::config::Config;
use crate::store::{OutboxItem, OutboxState, Store};
use serde_json::json;
use std::io::Write;

/// Arguments of `postbag outbox`.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    /// One JSON object per item and line (fields: id, kind, state, attempts, to, subject,
    /// message_id, created, next_attempt, sent, last_error, related).
    #[arg(long)]
    pub json: bool,
}

pub fn run(config: &Config, args: OutboxArgs) -> anyhow::Result<Outcome> {
    let store = Store::open(&config.data_dir)?;
    let items = store.outbox_items()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
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
    let count = |s: OutboxState| items.iter().filter(|i| i.state == s).count();
    eprintln!(
        "{} items: {} queued, {} sending, {} sent, {} failed, {} uncertain",
        items.len(),
        count(OutboxState::Queued),
        count(OutboxState::Sending),
        count(OutboxState::Sent),
        count(OutboxState::Failed),
        count(OutboxState::Uncertain)
    );
    Ok(Outcome::Ok)
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
