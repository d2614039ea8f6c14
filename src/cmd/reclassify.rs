//! `postbag reclassify --since DATE`: stored messages triaged again with what the
//! secretary's corrections taught (see `corrections::reclassify`), on the store's own
//! process (the daemon's, through its socket, or this one) over a connection of its own.

use super::ctx::Ctx;
use super::terminal::printable;
use super::{InvalidInput, Outcome};

/// `YYYY-MM-DD` to the unix seconds of its start (UTC).
pub fn parse_date(since: &str) -> anyhow::Result<i64> {
    let date: jiff::civil::Date = since
        .trim()
        .parse()
        .map_err(|e| InvalidInput(format!("--since {since:?}: not a date YYYY-MM-DD ({e})")))?;
    let start: jiff::Timestamp = format!("{date}T00:00:00Z")
        .parse()
        .map_err(|e| InvalidInput(format!("--since {since:?}: {e}")))?;
    Ok(start.as_second())
}

pub fn run(ctx: &mut Ctx, since: &str, dry_run: bool, explain: bool) -> anyhow::Result<Outcome> {
    let since = parse_date(since)?;
    let rules = ctx.load_rules()?;
    let Some(imap) = ctx.config.imap.as_ref() else {
        return Err(InvalidInput(
            "reclassify reads the messages again from the server: the config has no [imap]".into(),
        )
        .into());
    };
    let folders = imap.folders.clone();
    let config = ctx.config;
    let store = ctx.store;
    let report = ctx.block_on(async {
        let mut session = crate::daemon::connect(config).await?;
        let report = crate::corrections::reclassify::reclassify(
            &mut session,
            store,
            &rules,
            &config.marks,
            &folders,
            since,
            dry_run,
            explain,
        )
        .await;
        let _ = session.logout().await;
        report
    })??;
    let verb = if dry_run { "would move" } else { "moved" };
    for c in report.changed.iter().chain(&report.unchanged) {
        writeln!(
            ctx.out,
            "{:<24} {:>15} -> {:<15} {}",
            printable(&c.key),
            c.from,
            c.to,
            printable(&c.subject)
        )?;
        for line in &c.explain {
            writeln!(ctx.out, "    {line}")?;
        }
    }
    writeln!(
        ctx.out,
        "{} message(s) read again: {verb} {}; {} kept as the secretary corrected them; {} kept in safety (recall first); {} unreadable or gone",
        report.looked_at,
        report.changed.len(),
        report.corrected_by_her,
        report.kept_safety,
        report.unreadable
    )?;
    Ok(Outcome::Ok)
}
