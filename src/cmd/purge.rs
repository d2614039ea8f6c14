//! `postbag purge [--dry-run]`: delete what is past its retention, then rewrite the store
//! so the bytes leave the disk. The mailbox is not touched.

use super::{load_rules, open_store, Outcome};
use crate::config::Config;
use crate::privacy::{self, retention};

pub fn run(config: &Config, dry_run: bool) -> anyhow::Result<Outcome> {
    if let Ok(rules) = load_rules(config, None) {
        let names = rules.categories().iter().map(|c| c.name.as_str());
        for key in retention::unknown_keys(config, names) {
            eprintln!("warning: [retention] {key} names no category of the rules in use");
        }
        let days: Vec<String> = rules
            .categories()
            .iter()
            .map(|c| format!("{} {}", c.name, config.retention.days(&c.name)))
            .collect();
        println!("retention in days: {}", days.join(", "));
    }
    let store = open_store(config)?;
    let report = privacy::purge(&store, config, crate::store::now(), dry_run)?;
    println!("{}", report.summary());
    if dry_run || report.is_empty() {
        return Ok(Outcome::Ok);
    }
    println!(
        "deleted {} evidence items, {} threads, {} correspondents",
        report.evidence, report.threads_deleted, report.correspondents_deleted
    );
    store.flush_blocking()?;
    let rewritten = privacy::rewrite_store(&store, config)?;
    println!(
        "store rewritten without the deleted records: {} entries, {} -> {} bytes on disk",
        rewritten.entries, rewritten.bytes_before, rewritten.bytes_after
    );
    Ok(Outcome::Ok)
}
