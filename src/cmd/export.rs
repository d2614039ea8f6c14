//! `postbag export ADDRESS --out DIR`: a subject access export of one person.

use super::{open_store, user_facing, Outcome};
use crate::config::Config;
use std::path::Path;

pub fn run(config: &Config, address: &str, out: &Path) -> anyhow::Result<Outcome> {
    let store = open_store(config)?;
    let report = crate::privacy::export(&store, config, address, out).map_err(user_facing)?;
    for f in &report.files {
        println!("{}", out.join(f).display());
    }
    eprintln!(
        "exported {} messages and {} evidence items for {address}{}; read README.txt first",
        report.messages,
        report.evidence,
        match report.replies {
            Some(n) => format!(", {n} replies"),
            None => " (no outbox in this store: no replies)".to_string(),
        }
    );
    Ok(Outcome::Ok)
}
