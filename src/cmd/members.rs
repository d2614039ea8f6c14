//! `postbag members`: import the member list, look one address up.

use std::path::Path;

use super::ctx::Ctx;
use super::{user_facing, Outcome};
use crate::members;

/// Imports the CSV `bytes`, read from `file` (by the client, when a daemon runs).
pub fn import(ctx: &mut Ctx, file: &Path, bytes: &[u8]) -> anyhow::Result<Outcome> {
    let (list, report) =
        members::read_csv(file, bytes, &ctx.config.members).map_err(user_facing)?;
    ctx.store.replace_members(&list)?;
    ctx.store.flush_blocking()?;
    for d in &report.duplicates {
        writeln!(ctx.err, "{}: {d}", file.display())?;
    }
    let by_status: Vec<String> = report
        .by_status
        .iter()
        .map(|(s, n)| format!("{s} {n}"))
        .collect();
    writeln!(
        ctx.out,
        "imported {} members ({}) from {}; the previous list is replaced",
        report.members,
        by_status.join(", "),
        file.display()
    )?;
    if report.without_email > 0 {
        writeln!(
            ctx.out,
            "skipped {} rows without an email address",
            report.without_email
        )?;
    }
    Ok(Outcome::Ok)
}

/// The member list file's bytes, with the error `members import` gives for an unreadable one.
pub fn read(file: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(file).map_err(|source| {
        user_facing(crate::Error::Read {
            path: file.to_owned(),
            source,
        })
    })
}

pub fn lookup(ctx: &mut Ctx, address: &str) -> anyhow::Result<Outcome> {
    match members::lookup(ctx.store, address)? {
        Some(m) => writeln!(
            ctx.out,
            "{} <{}>: {}, number {}, branch {}",
            m.name,
            m.email,
            m.status.as_str(),
            m.number,
            m.branch
        )?,
        None => writeln!(ctx.out, "{address}: {}", members::NON_MEMBER)?,
    }
    Ok(Outcome::Ok)
}
