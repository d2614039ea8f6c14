//! `postbag digest`: preview the weekly digest (text on stdout, HTML to a file) from the
//! store, or from message files in a throwaway store; or send it now through the outbox.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::ctx::Ctx;
use super::{load_rules, Outcome};
use crate::config::{Config, DigestView};
use crate::digest::{self, schedule, IsoWeek};
use crate::mail::source;
use crate::store::{MessageKey, Store};

#[derive(Debug, Args)]
pub struct DigestArgs {
    /// Write the HTML part to FILE, with the chart inlined so a browser shows it.
    #[arg(long, value_name = "FILE.html")]
    pub preview: Option<PathBuf>,
    /// The ISO week to report on (default: the last complete week).
    #[arg(long, value_name = "YYYY-Www")]
    pub week: Option<IsoWeek>,
    /// Whose view to show: the secretary's (full) or an officer's (summary).
    #[arg(long, value_enum, default_value_t = ViewArg::Full)]
    pub view: ViewArg,
    /// Send the digest to the configured recipients now.
    #[arg(long)]
    pub send: bool,
    /// Build the digest from these messages (files, Maildirs, mboxes), triaged into a
    /// temporary store, instead of from the store in data_dir.
    #[arg(long, value_name = "PATH")]
    pub inbox: Vec<PathBuf>,
    /// Take this moment (RFC 3339, e.g. 2026-11-30T08:00:00Z) as now.
    #[arg(long, value_name = "TIME")]
    pub now: Option<jiff::Timestamp>,
}

/// `--send`: queue the week's digest in the outbox now (whether or not it was sent before:
/// the secretary asked), record it, and deliver it over SMTP.
fn send(ctx: &mut Ctx, week: IsoWeek, now: i64) -> anyhow::Result<Outcome> {
    let config = ctx.config;
    let queued = ctx.block_on(crate::actions::queue_digest(ctx.store, config, week, now))??;
    writeln!(
        ctx.err,
        "postbag: digest of {week} queued for {queued} recipient(s)"
    )?;
    let report = ctx.deliver(false)?;
    writeln!(
        ctx.err,
        "postbag: outbox: {} sent, {} to retry, {} failed (see `postbag outbox`)",
        report.sent, report.retried, report.failed
    )?;
    Ok(if report.failed > 0 || report.retried > 0 {
        Outcome::RuntimeFailure
    } else {
        Outcome::Ok
    })
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ViewArg {
    Full,
    Summary,
}

/// What `digest` was asked for, as the store's commands take it (see [`DigestArgs`]).
#[derive(Debug, Clone)]
pub struct DigestOptions {
    pub preview: Option<PathBuf>,
    pub week: Option<IsoWeek>,
    pub summary: bool,
    pub send: bool,
    pub now: Option<jiff::Timestamp>,
}

impl DigestArgs {
    /// Whether the digest is built from the store (else from `--inbox` files).
    pub fn uses_store(&self) -> bool {
        self.inbox.is_empty() || self.send
    }

    pub fn options(&self) -> DigestOptions {
        DigestOptions {
            preview: self.preview.clone(),
            week: self.week,
            summary: matches!(self.view, ViewArg::Summary),
            send: self.send,
            now: self.now,
        }
    }
}

/// `digest --inbox PATH...`: the digest of message files, triaged into a throwaway store.
pub fn from_files(config: &Config, args: DigestArgs) -> anyhow::Result<Outcome> {
    let (_, now) = check(config, &args.options())?;
    let scratch = Scratch::new()?;
    let store = Store::open(&scratch.0)?;
    fill(&store, config, &args.inbox, now)?;
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let mut ctx = Ctx::local(config, &store, &mut out, &mut err);
    run(&mut ctx, args.options())
}

/// The digest of the store: printed, written as HTML (`--preview`), or sent (`--send`).
pub fn run(ctx: &mut Ctx, args: DigestOptions) -> anyhow::Result<Outcome> {
    let config = ctx.config;
    let (week, now) = check(config, &args)?;
    if args.send {
        return send(ctx, week, now);
    }
    let view = if args.summary {
        DigestView::Summary
    } else {
        DigestView::Full
    };
    let stats = digest::compute(
        ctx.store,
        config,
        week,
        schedule::as_of(week, &config.digest, now),
    )?;
    let rendered = digest::render(&stats, config, view)?;
    if let Some(path) = &args.preview {
        ctx.write_file(path, rendered.html_with_inline_chart().as_bytes())?;
        writeln!(
            ctx.err,
            "postbag: wrote the HTML digest of {week} to {}",
            path.display()
        )?;
    }
    write!(ctx.out, "{}", rendered.text)?;
    Ok(Outcome::Ok)
}

/// What `args` ask for can be done with `config`: the week and the moment taken as now.
/// Checked before the store is opened.
pub fn check(config: &Config, args: &DigestOptions) -> anyhow::Result<(IsoWeek, i64)> {
    // `--now` may be any moment jiff knows; its weeks must still be ones we can count in.
    let out_of_range = |e: String| super::InvalidInput(format!("--now: {e}"));
    if let Some(at) = args.now {
        IsoWeek::of(at, &jiff::tz::TimeZone::UTC)
            .checked()
            .map_err(out_of_range)?;
    }
    let now = args.now.unwrap_or_else(jiff::Timestamp::now).as_second();
    let week = match args.week {
        Some(week) => week,
        None => schedule::last_complete_week(now, &config.digest)
            .checked()
            .map_err(out_of_range)?,
    };
    if args.send {
        if config.digest.recipients.is_empty() {
            return Err(super::InvalidInput(
                "[digest] recipients is empty: nobody to send the digest to".into(),
            )
            .into());
        }
        if config.smtp.is_none() {
            return Err(super::InvalidInput(
                "sending needs an [smtp] section in the config".into(),
            )
            .into());
        }
    }
    Ok((week, now))
}

/// Triages every message under `paths` into `store`, each under its own key.
fn fill(store: &Store, config: &Config, paths: &[PathBuf], now: i64) -> anyhow::Result<()> {
    let rules = load_rules(config, None)?;
    for (i, item) in source::read_all(paths).into_iter().enumerate() {
        let raw = item.map_err(|e| super::InvalidInput(e.to_string()))?;
        let key = MessageKey::new("preview", 1, i as u32 + 1);
        crate::intake::intake(store, &rules, &key, &raw.bytes, now)?;
    }
    Ok(())
}

/// A temporary store directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> anyhow::Result<Scratch> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir =
            std::env::temp_dir().join(format!("postbag-digest-{}-{nanos}", std::process::id()));
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
