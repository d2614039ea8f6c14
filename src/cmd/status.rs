//! `postbag status` and `postbag threads`: print what [`crate::status`] reads.

use super::terminal::printable;
use super::Outcome;
use crate::config::Config;
use crate::reply::sanitize::one_line;
use crate::status::load;

fn when(t: Option<i64>) -> String {
    t.and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(|ts| ts.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| "never".into())
}

pub fn status(config: &Config, json: bool) -> anyhow::Result<Outcome> {
    let s = load(&config.data_dir)?;
    if json {
        // Threads have a command of their own; `status --json` is the counts.
        let mut v = serde_json::to_value(&s)?;
        if let Some(o) = v.as_object_mut() {
            o.remove("threads");
        }
        println!("{v}");
        return Ok(Outcome::Ok);
    }
    println!(
        "store: {}{}",
        s.data_dir.display(),
        s.snapshot_at.map_or(String::new(), |t| format!(
            " (daemon snapshot of {})",
            when(Some(t))
        ))
    );
    println!(
        "{:<24} {:>11} {:>9} {:<24} {:>7} {:>8} {:>11}",
        "FOLDER", "UIDVALIDITY", "LAST UID", "LAST SYNC", "SEEN", "TRIAGED", "QUARANTINED"
    );
    for f in &s.folders {
        let opt = |v: Option<u32>| v.map_or("-".to_string(), |v| v.to_string());
        println!(
            "{:<24} {:>11} {:>9} {:<24} {:>7} {:>8} {:>11}",
            printable(&f.mailbox),
            opt(f.uidvalidity),
            opt(f.last_uid),
            when(f.last_sync),
            f.seen,
            f.triaged,
            f.quarantined
        );
    }
    let cats: Vec<String> = s
        .categories
        .iter()
        .map(|(c, n)| format!("{n} {c}"))
        .collect();
    println!(
        "categories: {}",
        if cats.is_empty() {
            "none yet".into()
        } else {
            cats.join(", ")
        }
    );
    println!(
        "{} triaged, {} quarantined, {} awaiting marks, {} kept as evidence",
        s.messages, s.quarantined, s.unmarked, s.evidence
    );
    if !s.reply_failures.is_empty() {
        println!(
            "{} message(s) could not be answered; answer them by hand:",
            s.reply_failures.len()
        );
        for f in &s.reply_failures {
            println!(
                "  {} {} {:?}: {}",
                when(Some(f.at)),
                f.key,
                one_line(&f.subject, 60),
                one_line(&f.reason, 120)
            );
        }
    }
    Ok(Outcome::Ok)
}

pub fn threads(config: &Config, json: bool) -> anyhow::Result<Outcome> {
    let mut threads = load(&config.data_dir)?.threads;
    threads.sort_by_key(|t| std::cmp::Reverse(t.last_activity));
    if json {
        for t in &threads {
            println!("{}", serde_json::to_string(t)?);
        }
        return Ok(Outcome::Ok);
    }
    println!(
        "{:>8} {:>4} {:<24} {:<30} SUBJECT",
        "THREAD", "MSGS", "LAST ACTIVITY", "CATEGORIES"
    );
    for t in &threads {
        let cats: Vec<String> = t
            .categories
            .iter()
            .map(|(c, n)| format!("{c}:{n}"))
            .collect();
        let subject: String = printable(&t.subject).chars().take(60).collect();
        println!(
            "{:>8} {:>4} {:<24} {:<30} {subject}",
            t.id,
            t.messages,
            when(Some(t.last_activity)),
            cats.join(" ")
        );
    }
    Ok(Outcome::Ok)
}
