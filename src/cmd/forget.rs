//! `postbag forget ADDRESS [--yes]`: show what the store holds about a person, ask, erase
//! it, and show what was erased and what was left (held evidence, other people's mail).
//! The question is asked by the process on the user's terminal; through the daemon the
//! plan and the erasure are two requests, so the sync is not paused while the user reads.

use std::io::{BufRead, IsTerminal, Write};

use super::ctx::Ctx;
use super::terminal::printable;
use super::{user_facing, InvalidInput, Outcome};
use crate::privacy::{self, Footprint};

/// Shows what would be erased; sets `ctx.needs_confirmation` when there is anything.
pub fn plan(ctx: &mut Ctx, address: &str) -> anyhow::Result<Outcome> {
    let fp = privacy::footprint(ctx.store, ctx.config, address).map_err(user_facing)?;
    show_plan(ctx.out, &fp)?;
    if fp.is_empty() {
        writeln!(
            ctx.out,
            "nothing is stored about {address}; nothing to erase"
        )?;
        return Ok(Outcome::Ok);
    }
    ctx.needs_confirmation = true;
    Ok(Outcome::Ok)
}

/// Asks on the terminal whether to erase what the plan showed; refuses without one.
pub fn confirm(out: &mut dyn Write) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(InvalidInput(
            "refusing to erase without --yes: there is no terminal to ask on".into(),
        )
        .into());
    }
    write!(out, "Erase all of this for good? Type yes to go on: ")?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if answer.trim() != "yes" {
        writeln!(out, "nothing erased")?;
        return Ok(false);
    }
    Ok(true)
}

/// Erases the person and says what was erased and what was left.
pub fn erase(ctx: &mut Ctx, address: &str) -> anyhow::Result<Outcome> {
    let report = privacy::forget(ctx.store, ctx.config, address).map_err(user_facing)?;
    if report.rewritten.is_some() {
        ctx.refresh_snapshot()?;
    }
    let out = &mut *ctx.out;
    let e = &report.erased;
    writeln!(
        out,
        "erased {} messages, {} evidence items, {} quarantine entries, {} correspondent rows, {} audit entries{}; {} threads deleted, {} changed",
        e.messages,
        e.evidence,
        e.quarantine,
        report.correspondents,
        report.audit_entries,
        if report.member { ", the member row" } else { "" },
        e.threads_deleted,
        e.threads_changed
    )?;
    for (tree, n) in &report.other {
        writeln!(out, "erased {n} entries of {tree}")?;
    }
    if report.corrections > 0 {
        writeln!(
            out,
            "erased {} correction(s) of their messages by the secretary, and unlearned them",
            report.corrections
        )?;
    }
    if let Some(r) = &report.rewritten {
        writeln!(
            out,
            "store rewritten without them: {} -> {} bytes on disk; the old files are overwritten and deleted",
            r.bytes_before, r.bytes_after
        )?;
    }
    if !report.held.is_empty() {
        writeln!(
            out,
            "kept {} of their messages held as evidence: release with `postbag evidence release KEY`, then forget again",
            report.held.len()
        )?;
    }
    if report.member {
        writeln!(
            out,
            "remove them from the member list CSV too, or the next import brings the row back"
        )?;
    }
    writeln!(
        out,
        "the mailbox still holds their mail ({} messages): postbag never deletes mail; delete it in your mail client",
        report.in_mailbox.len()
    )?;
    Ok(Outcome::Ok)
}

fn show_plan(out: &mut dyn Write, fp: &Footprint) -> std::io::Result<()> {
    writeln!(out, "{} (matched as {}):", fp.address, fp.canonical)?;
    let held = fp.held();
    for m in &fp.messages {
        writeln!(
            out,
            "  message {:<22} {:<15} {}{}",
            printable(&m.key.to_string()),
            m.category,
            printable(&m.subject),
            if held.contains(&m.key) {
                "   [held as evidence: kept until `postbag evidence release`]"
            } else {
                ""
            }
        )?;
    }
    for c in &fp.correspondents {
        writeln!(out, "  correspondent {}", printable(&c.email))?;
    }
    if let Some(m) = &fp.member {
        writeln!(
            out,
            "  member {} ({}, {}, {})",
            m.name,
            m.number,
            m.status.as_str(),
            m.branch
        )?;
    }
    writeln!(out, "  {} audit entries", fp.audit.len())?;
    for o in &fp.other {
        writeln!(out, "  {} entry {}", o.tree, o.key_text)?;
    }
    if !fp.corrections.is_empty() {
        writeln!(
            out,
            "  {} correction(s) of their messages by the secretary (and what they taught)",
            fp.corrections.len()
        )?;
    }
    if !fp.mentions.is_empty() {
        writeln!(
            out,
            "other people's messages that mention them (left unchanged: their correspondence):"
        )?;
        for m in &fp.mentions {
            writeln!(
                out,
                "  message {:<22} in {}",
                m.key.to_string(),
                m.fields.join(", ")
            )?;
        }
    }
    Ok(())
}
