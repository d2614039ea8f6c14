//! The commands that work on the store, and how they reach it: through the control socket
//! of a daemon that holds it, or by opening it here. Either way the command's own code
//! runs ([`execute`]), so the output and the exit code are the same.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::anyhow;
use base64::Engine;

use super::ctx::{absolute, Ctx};
use super::{digest, evidence, export, forget, members, outbox, purge, reclassify, rules, status};
use super::{InvalidInput, Outcome};
use crate::config::Config;
use crate::control::client::{self, Files};
use crate::control::protocol::{self, Command, ForgetStep, Request, RulesFrom};
use crate::store::Store;

/// Runs `command` on the store of `config`, read from `config_path` (if any): through the
/// daemon when one runs, else here. A store held by another process is waited for a
/// moment ([`HOLDER_WITHIN`]): a daemon takes the store just before its socket listens,
/// and another command is done in an instant.
pub fn run(
    config: &Config,
    config_path: Option<&Path>,
    command: Command,
) -> anyhow::Result<Outcome> {
    check(config, &command)?;
    let started = Instant::now();
    loop {
        if let Some(daemon) = client::connect(&config.data_dir)? {
            return via_daemon(daemon, config, config_path, command);
        }
        let locked = match here(config, &command) {
            Err(e) if matches!(e.downcast_ref(), Some(crate::Error::LockStore { .. })) => e,
            done => return done,
        };
        if started.elapsed() < HOLDER_WITHIN {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        // Held for longer (`run --once`, a `forget` waiting for its yes): `status` and
        // `threads` show the daemon's last snapshot, the rest say who holds the store.
        return match command {
            Command::Status { json } => status::from_snapshot(config, false, json, &locked),
            Command::Threads { json } => status::from_snapshot(config, true, json, &locked),
            _ => Err(locked),
        };
    }
}

/// How long a command waits for a store another process holds.
const HOLDER_WITHIN: Duration = Duration::from_secs(3);

/// `postbag stop`: asks the daemon to stop and waits until it has.
pub fn stop(config: &Config, config_path: Option<&Path>) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    loop {
        if let Some(daemon) = client::connect(&config.data_dir)? {
            return via_daemon(daemon, config, config_path, Command::Stop);
        }
        let holder = crate::store::lock::owner(&config.data_dir).filter(|o| o.is_alive());
        match holder {
            // A daemon starting: its socket listens in a moment.
            Some(h) if h.daemon && started.elapsed() < HOLDER_WITHIN => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Some(h) => {
                return Err(anyhow!(
                    "{} holds the store in {} but takes no commands (not a daemon, or an \
                     older postbag): stop it yourself",
                    h.describe(),
                    config.data_dir.display()
                ))
            }
            None => {
                eprintln!(
                    "postbag: no daemon is running on {}",
                    config.data_dir.display()
                );
                return Ok(Outcome::Ok);
            }
        }
    }
}

/// The command in this process, on the store opened here.
fn here(config: &Config, command: &Command) -> anyhow::Result<Outcome> {
    if let Command::Stop = command {
        return stop(config, None);
    }
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

/// The command sent to the daemon, its reply played back here.
fn via_daemon(
    daemon: client::Daemon,
    config: &Config,
    config_path: Option<&Path>,
    command: Command,
) -> anyhow::Result<Outcome> {
    let request = |command| -> anyhow::Result<Request> {
        Ok(Request {
            v: protocol::VERSION,
            config: config_path.map(absolute).transpose()?,
            rules: match super::rules_dir(config, None) {
                Some(dir) => RulesFrom::Dir(absolute(&dir)?),
                None => RulesFrom::BuiltIn,
            },
            command,
        })
    };
    if let Command::Forget {
        address,
        step: ForgetStep::Plan,
    } = &command
    {
        // The question is asked here, between two requests: the daemon goes on meanwhile.
        let plan = daemon.ask(&request(command.clone())?, Files::Nowhere)?;
        if plan.code != 0 || !plan.confirm {
            return Ok(outcome(plan.code));
        }
        if !forget::confirm(&mut std::io::stdout().lock())? {
            return Ok(Outcome::Ok);
        }
        let daemon = client::connect(&config.data_dir)?.ok_or_else(|| {
            anyhow!("the daemon stopped before the erasure: nothing was erased; run forget again")
        })?;
        let erase = Command::Forget {
            address: address.clone(),
            step: ForgetStep::Erase,
        };
        return Ok(outcome(daemon.ask(&request(erase)?, Files::Nowhere)?.code));
    }
    let files = match &command {
        Command::Export { out, .. } => Files::Export(out),
        Command::Digest {
            preview: Some(path),
            ..
        } => Files::Preview(path),
        _ => Files::Nowhere,
    };
    let answer = daemon.ask(&request(command.clone())?, files)?;
    Ok(outcome(answer.code))
}

fn outcome(code: u8) -> Outcome {
    match code {
        0 => Outcome::Ok,
        1 => Outcome::InvalidInput,
        _ => Outcome::RuntimeFailure,
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
        Command::RulesSuggest { json } => rules::suggest(ctx, *json),
        Command::Reclassify {
            since,
            dry_run,
            explain,
        } => reclassify::run(ctx, since, *dry_run, *explain),
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
        Command::Reclassify { since, .. } => reclassify::parse_date(since).map(drop),
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
