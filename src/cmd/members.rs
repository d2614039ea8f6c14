//! `postbag members`: import the member list, look one address up.

use super::{open_store, user_facing, Outcome};
use crate::config::Config;
use crate::members;
use std::path::Path;

pub fn import(config: &Config, file: &Path) -> anyhow::Result<Outcome> {
    let store = open_store(config)?;
    let report = members::import(&store, file, &config.members).map_err(user_facing)?;
    store.flush_blocking()?;
    for d in &report.duplicates {
        eprintln!("{}: {d}", file.display());
    }
    let by_status: Vec<String> = report
        .by_status
        .iter()
        .map(|(s, n)| format!("{s} {n}"))
        .collect();
    println!(
        "imported {} members ({}) from {}; the previous list is replaced",
        report.members,
        by_status.join(", "),
        file.display()
    );
    if report.without_email > 0 {
        println!(
            "skipped {} rows without an email address",
            report.without_email
        );
    }
    Ok(Outcome::Ok)
}

pub fn lookup(config: &Config, address: &str) -> anyhow::Result<Outcome> {
    let store = open_store(config)?;
    match members::lookup(&store, address)? {
        Some(m) => println!(
            "{} <{}>: {}, number {}, branch {}",
            m.name,
            m.email,
            m.status.as_str(),
            m.number,
            m.branch
        ),
        None => println!("{address}: {}", members::NON_MEMBER),
    }
    Ok(Outcome::Ok)
}
