//! `postbag purge [--dry-run]`: delete what is past its retention, then rewrite the store
//! so the bytes leave the disk. The mailbox is not touched.

use super::ctx::Ctx;
use super::Outcome;
use crate::privacy::{self, retention};

pub fn run(ctx: &mut Ctx, dry_run: bool) -> anyhow::Result<Outcome> {
    let config = ctx.config;
    if let Ok(rules) = ctx.load_rules() {
        let names = rules.categories().iter().map(|c| c.name.as_str());
        for key in retention::unknown_keys(config, names) {
            writeln!(
                ctx.err,
                "warning: [retention] {key} names no category of the rules in use"
            )?;
        }
        let days: Vec<String> = rules
            .categories()
            .iter()
            .map(|c| format!("{} {}", c.name, config.retention.days(&c.name)))
            .collect();
        writeln!(ctx.out, "retention in days: {}", days.join(", "))?;
    }
    let report = privacy::purge(ctx.store, config, crate::store::now(), dry_run)?;
    writeln!(ctx.out, "{}", report.summary())?;
    if dry_run || report.is_empty() {
        return Ok(Outcome::Ok);
    }
    writeln!(
        ctx.out,
        "deleted {} evidence items, {} threads, {} correspondents",
        report.evidence, report.threads_deleted, report.correspondents_deleted
    )?;
    ctx.store.flush_blocking()?;
    let rewritten = privacy::rewrite_store(ctx.store, config)?;
    ctx.refresh_snapshot()?;
    writeln!(
        ctx.out,
        "store rewritten without the deleted records: {} entries, {} -> {} bytes on disk",
        rewritten.entries, rewritten.bytes_before, rewritten.bytes_after
    )?;
    Ok(Outcome::Ok)
}
