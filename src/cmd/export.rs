//! `postbag export ADDRESS --out DIR`: a subject access export of one person.

use std::path::Path;

use super::ctx::Ctx;
use super::{user_facing, Outcome};

pub fn run(ctx: &mut Ctx, address: &str, out: &Path) -> anyhow::Result<Outcome> {
    let mut sink = ctx.export_sink(out);
    let report = crate::privacy::export::export_to(ctx.store, ctx.config, address, out, &mut *sink)
        .map_err(user_facing)?;
    drop(sink);
    for f in &report.files {
        writeln!(ctx.out, "{}", out.join(f).display())?;
    }
    writeln!(
        ctx.err,
        "exported {} messages and {} evidence items for {address}{}; read README.txt first",
        report.messages,
        report.evidence,
        match report.replies {
            Some(n) => format!(", {n} replies"),
            None => " (no outbox in this store: no replies)".to_string(),
        }
    )?;
    Ok(Outcome::Ok)
}
