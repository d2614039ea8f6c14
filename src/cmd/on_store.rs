//! The commands that work on the store, and how they reach it: by opening it here (the
//! next step: through a daemon that holds it). The command's own code runs ([`execute`]),
//! writing to the output pair of its [`Ctx`].

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::anyhow;
use base64::Engine;

use super::ctx::Ctx;
use super::{digest, evidence, export, forget, members, outbox, purge, status};
use super::{InvalidInput, Outcome};
use crate::config::Config;
use crate::control::protocol::{Command, ForgetStep};
use crate::store::Store;

/// Runs `command` on the store of `config`. A store held by another process is waited for
/// a moment ([`HOLDER_WITHIN`]): another command is done in an instant.
pub fn run(config: &Config, command: Command) -> anyhow::Result<Outcome> {
    check(config, &command)?;
    let started = Instant::now();
    loop {
        let locked = match here(config, &command) {
            Err(e) if matches!(e.downcast_ref(), Some(crate::Error::LockStore { .. })) => e,
            done => return done,
        };
        // (A daemon keeps the store: nothing to wait for.)
        let daemon = crate::store::lock::owner(&config.data_dir).is_some_and(|o| o.daemon);
        if started.elapsed() < HOLDER_WITHIN && !daemon {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        // Held for longer (the daemon, `run --once`, a `forget` waiting for its yes): `status`
        // and `threads` show the daemon's last snapshot, the rest say who holds the store.
        return match command {
            Command::Status { json } => status::from_snapshot(config, false, json, &locked),
            Command::Threads { json } => status::from_snapshot(config, true, json, &locked),
            _ => Err(locked),
        };
    }
}

/// How long a command waits for a store another process holds.
const HOLDER_WITHIN: Duration = Duration::from_secs(3);

/// The command in this process, on the store opened here.
fn here(config: &Config, command: &Command) -> anyhow::Result<Outcome> {
    let store = Store::open(&config.data_dir).map_err(|e| {
        let e = anyhow::Error::from(e);
        match command {
            Command::Digest { .. } => e.context(format!(
                "cannot open the store in {}",
                config.data_dir.display()
            )),
            _ => e,
        }
    })?;
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let mut ctx = Ctx::local(config, &store, &mut out, &mut err);
    match command {
        // Show, ask on this terminal, erase: the store stays held meanwhile.
        Command::Forget {
            address,
            step: ForgetStep::Plan,
        } => {
            let outcome = forget::plan(&mut ctx, address)?;
            if ctx.needs_confirmation && forget::confirm(ctx.out)? {
                return forget::erase(&mut ctx, address);
            }
            Ok(outcome)
        }
        other => execute(&mut ctx, other),
    }
}

/// Runs `command` in `ctx`: the one place that says which code serves which command.
pub fn execute(ctx: &mut Ctx, command: &Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Status { json } => status::status(ctx, *json),
        Command::Threads { json } => status::threads(ctx, *json),
        Command::Outbox { json, retry_now } => outbox::run(ctx, *json, *retry_now),
        Command::MembersImport { file, csv } => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(csv)
                .map_err(|e| anyhow!("the member list came damaged: {e}"))?;
            members::import(ctx, file, &bytes)
        }
        Command::MembersLookup { address } => members::lookup(ctx, address),
        Command::Purge { dry_run } => purge::run(ctx, *dry_run),
        Command::EvidenceList => evidence::list(ctx),
        Command::EvidenceRelease { key } => evidence::release(ctx, key),
        Command::Export { address, out } => export::run(ctx, address, out),
        Command::Forget { address, step } => match step {
            ForgetStep::Plan => forget::plan(ctx, address),
            ForgetStep::Erase => forget::erase(ctx, address),
            ForgetStep::All => {
                let outcome = forget::plan(ctx, address)?;
                if !std::mem::take(&mut ctx.needs_confirmation) {
                    return Ok(outcome);
                }
                forget::erase(ctx, address)
            }
        },
        Command::Digest { .. } => digest::run(ctx, digest_options(command)?),
        Command::Stop => {
            Err(InvalidInput("`stop` is a request for a running daemon".into()).into())
        }
    }
}

/// What can be told wrong with the command before the store is opened, as without a
/// daemon: the arguments against the config.
fn check(config: &Config, command: &Command) -> anyhow::Result<()> {
    match command {
        Command::Digest { .. } => digest::check(config, &digest_options(command)?).map(drop),
        Command::Outbox { retry_now, .. } => outbox::check(config, *retry_now),
        Command::EvidenceRelease { key } => evidence::parse_key(key).map(drop).map_err(Into::into),
        _ => Ok(()),
    }
}

/// The options of a `digest` request.
fn digest_options(command: &Command) -> anyhow::Result<digest::DigestOptions> {
    let Command::Digest {
        preview,
        week,
        summary,
        send,
        now,
    } = command
    else {
        return Err(anyhow!("not a digest request"));
    };
    Ok(digest::DigestOptions {
        preview: preview.clone(),
        week: week
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(InvalidInput)?,
        summary: *summary,
        send: *send,
        now: now
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(|e| InvalidInput(format!("--now: {e}")))?,
    })
}

/// The request for `postbag digest` on the store.
pub fn digest_command(args: &digest::DigestArgs) -> Command {
    let o = args.options();
    Command::Digest {
        preview: o.preview,
        week: o.week.map(|w| w.to_string()),
        summary: o.summary,
        send: o.send,
        now: o.now.map(|t| t.to_string()),
    }
}

/// The request for `postbag members import FILE`: the file is read here.
pub fn members_import(file: &Path) -> anyhow::Result<Command> {
    let bytes = members::read(file)?;
    Ok(Command::MembersImport {
        file: file.to_owned(),
        csv: base64::engine::general_purpose::STANDARD.encode(bytes),
    })
}
