//! `postbag forget ADDRESS [--yes]`: show what the store holds about a person, ask, erase
//! it, and show what was erased and what was left (held evidence, other people's mail).

use super::terminal::printable;
use super::{open_store, user_facing, InvalidInput, Outcome};
use crate::config::Config;
use crate::privacy::{self, Footprint};
use std::io::{BufRead, IsTerminal, Write};

pub fn run(config: &Config, address: &str, yes: bool) -> anyhow::Result<Outcome> {
    let store = open_store(config)?;
    let fp = privacy::footprint(&store, config, address).map_err(user_facing)?;
    show_plan(&fp);
    if fp.is_empty() {
        println!("nothing is stored about {address}; nothing to erase");
        return Ok(Outcome::Ok);
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(InvalidInput(
                "refusing to erase without --yes: there is no terminal to ask on".into(),
            )
            .into());
        }
        print!("Erase all of this for good? Type yes to go on: ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if answer.trim() != "yes" {
            println!("nothing erased");
            return Ok(Outcome::Ok);
        }
    }
    let report = privacy::forget(&store, config, address)?;
    let e = &report.erased;
    println!(
        "erased {} messages, {} evidence items, {} quarantine entries, {} correspondent rows, {} audit entries{}; {} threads deleted, {} changed",
        e.messages,
        e.evidence,
        e.quarantine,
        report.correspondents,
        report.audit_entries,
        if report.member { ", the member row" } else { "" },
        e.threads_deleted,
        e.threads_changed
    );
    for (tree, n) in &report.other {
        println!("erased {n} entries of {tree}");
    }
    if let Some(r) = &report.rewritten {
        println!(
            "store rewritten without them: {} -> {} bytes on disk; the old files are overwritten and deleted",
            r.bytes_before, r.bytes_after
        );
    }
    if !report.held.is_empty() {
        println!(
            "kept {} of their messages held as evidence: release with `postbag evidence release KEY`, then forget again",
            report.held.len()
        );
    }
    if report.member {
        println!(
            "remove them from the member list CSV too, or the next import brings the row back"
        );
    }
    println!(
        "the mailbox still holds their mail ({} messages): postbag never deletes mail; delete it in your mail client",
        report.in_mailbox.len()
    );
    Ok(Outcome::Ok)
}

fn show_plan(fp: &Footprint) {
    println!("{} (matched as {}):", fp.address, fp.canonical);
    let held = fp.held();
    for m in &fp.messages {
        println!(
            "  message {:<22} {:<15} {}{}",
            printable(&m.key.to_string()),
            m.category,
            printable(&m.subject),
            if held.contains(&m.key) {
                "   [held as evidence: kept until `postbag evidence release`]"
            } else {
                ""
            }
        );
    }
    for c in &fp.correspondents {
        println!("  correspondent {}", printable(&c.email));
    }
    if let Some(m) = &fp.member {
        println!(
            "  member {} ({}, {}, {})",
            m.name,
            m.number,
            m.status.as_str(),
            m.branch
        );
    }
    println!("  {} audit entries", fp.audit.len());
    for o in &fp.other {
        println!("  {} entry {}", o.tree, o.key_text);
    }
    if !fp.mentions.is_empty() {
        println!(
            "other people's messages that mention them (left unchanged: their correspondence):"
        );
        for m in &fp.mentions {
            println!(
                "  message {:<22} in {}",
                m.key.to_string(),
                m.fields.join(", ")
            );
        }
    }
}
