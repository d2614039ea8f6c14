//! `postbag status` and `postbag threads`: print what [`crate::status`] reads, and, from a
//! running daemon, what it is doing now.

use std::io::Write;

use super::ctx::Ctx;
use super::terminal::printable;
use super::Outcome;
use crate::config::Config;
use crate::daemon::activity::{when, Activity};
use crate::reply::sanitize::one_line;
use crate::status::{load_snapshot, Status};

/// `status` or `threads` from the daemon's snapshot, when another process holds the
/// store and does not take commands (`locked` says who).
pub fn from_snapshot(
    config: &Config,
    threads: bool,
    json: bool,
    locked: &anyhow::Error,
) -> anyhow::Result<Outcome> {
    let s = load_snapshot(&config.data_dir, locked)?;
    let mut out = std::io::stdout().lock();
    if threads {
        print_threads(&mut out, s.threads, json)
    } else {
        print_status(&mut out, &s, None, json)
    }
}

/// `status` on the store of `ctx` (the daemon's, with what it is doing).
pub fn status(ctx: &mut Ctx, json: bool) -> anyhow::Result<Outcome> {
    let s = Status::of(ctx.store)?;
    let activity = ctx.activity();
    print_status(ctx.out, &s, activity.as_ref(), json)
}

pub fn threads(ctx: &mut Ctx, json: bool) -> anyhow::Result<Outcome> {
    let threads = ctx.store.threads()?;
    print_threads(ctx.out, threads, json)
}

fn print_status(
    out: &mut dyn Write,
    s: &Status,
    daemon: Option<&Activity>,
    json: bool,
) -> anyhow::Result<Outcome> {
    if json {
        // Threads have a command of their own; `status --json` is the counts.
        let mut v = serde_json::to_value(s)?;
        if let Some(o) = v.as_object_mut() {
            o.remove("threads");
            o.insert("daemon".into(), serde_json::to_value(daemon)?);
        }
        writeln!(out, "{v}")?;
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "store: {}{}",
        s.data_dir.display(),
        s.snapshot_at.map_or(String::new(), |t| format!(
            " (daemon snapshot of {})",
            when(Some(t))
        ))
    )?;
    writeln!(
        out,
        "{:<24} {:>11} {:>9} {:<24} {:>7} {:>8} {:>11}",
        "FOLDER", "UIDVALIDITY", "LAST UID", "LAST SYNC", "SEEN", "TRIAGED", "QUARANTINED"
    )?;
    for f in &s.folders {
        let opt = |v: Option<u32>| v.map_or("-".to_string(), |v| v.to_string());
        writeln!(
            out,
            "{:<24} {:>11} {:>9} {:<24} {:>7} {:>8} {:>11}",
            printable(&f.mailbox),
            opt(f.uidvalidity),
            opt(f.last_uid),
            when(f.last_sync),
            f.seen,
            f.triaged,
            f.quarantined
        )?;
    }
    let cats: Vec<String> = s
        .categories
        .iter()
        .map(|(c, n)| format!("{n} {c}"))
        .collect();
    writeln!(
        out,
        "categories: {}",
        if cats.is_empty() {
            "none yet".into()
        } else {
            cats.join(", ")
        }
    )?;
    writeln!(
        out,
        "{} triaged, {} quarantined, {} awaiting marks, {} kept as evidence",
        s.messages, s.quarantined, s.unmarked, s.evidence
    )?;
    if !s.reply_failures.is_empty() {
        writeln!(
            out,
            "{} message(s) could not be answered; answer them by hand:",
            s.reply_failures.len()
        )?;
        for f in &s.reply_failures {
            writeln!(
                out,
                "  {} {} {:?}: {}",
                when(Some(f.at)),
                f.key,
                one_line(&f.subject, 60),
                one_line(&f.reason, 120)
            )?;
        }
    }
    print_corrections(out, &s.corrections)?;
    if let Some(d) = daemon {
        print_daemon(out, d)?;
    }
    Ok(Outcome::Ok)
}

/// The secretary's re-labels, and the latest of them.
fn print_corrections(
    out: &mut dyn Write,
    c: &crate::status::CorrectionsStatus,
) -> std::io::Result<()> {
    if c.total == 0 {
        return writeln!(out, "corrections: none yet");
    }
    let per: Vec<String> = c
        .by_category
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    writeln!(
        out,
        "corrections: {} message(s) re-labelled by the secretary, to {}{}",
        c.total,
        per.join(", "),
        match c.away_from_safety {
            0 => String::new(),
            n => format!("; {n} away from safety"),
        }
    )?;
    for l in &c.recent {
        writeln!(
            out,
            "  {} {} {} -> {} ({})",
            when(Some(l.at)),
            printable(&l.key),
            l.from,
            l.to,
            l.how
        )?;
    }
    Ok(())
}

/// The running daemon: what it does now, its outbox queue and its last error.
fn print_daemon(out: &mut dyn Write, d: &Activity) -> std::io::Result<()> {
    writeln!(
        out,
        "daemon: process {}, running since {}: {}",
        d.pid,
        when(Some(d.started)),
        printable(&d.doing())
    )?;
    writeln!(out, "last complete pass: {}", when(d.last_pass))?;
    if let Some(q) = &d.outbox {
        let next = q.next_attempt.map_or(String::new(), |t| {
            format!(", next attempt {}", when(Some(t)))
        });
        writeln!(
            out,
            "outbox: {} queued, {} sending{next}{}",
            q.queued,
            q.sending,
            q.last_error.as_deref().map_or(String::new(), |e| format!(
                "; last error: {}",
                one_line(e, 160)
            ))
        )?;
    }
    if let Some(e) = &d.last_error {
        writeln!(
            out,
            "last error: {}: {}",
            when(Some(e.at)),
            one_line(&e.message, 200)
        )?;
    }
    Ok(())
}

fn print_threads(
    out: &mut dyn Write,
    mut threads: Vec<crate::store::ThreadSummary>,
    json: bool,
) -> anyhow::Result<Outcome> {
    threads.sort_by_key(|t| std::cmp::Reverse(t.last_activity));
    if json {
        for t in &threads {
            writeln!(out, "{}", serde_json::to_string(t)?)?;
        }
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "{:>8} {:>4} {:<24} {:<30} SUBJECT",
        "THREAD", "MSGS", "LAST ACTIVITY", "CATEGORIES"
    )?;
    for t in &threads {
        let cats: Vec<String> = t
            .categories
            .iter()
            .map(|(c, n)| format!("{c}:{n}"))
            .collect();
        let subject: String = printable(&t.subject).chars().take(60).collect();
        writeln!(
            out,
            "{:>8} {:>4} {:<24} {:<30} {subject}",
            t.id,
            t.messages,
            when(Some(t.last_activity)),
            cats.join(" ")
        )?;
    }
    Ok(Outcome::Ok)
}
