//! The commands behind the CLI: each takes parsed arguments and the config and returns the
//! process outcome. Errors meant for the user carry their exit code. The commands on the
//! store run through [`on_store`], which sends them to a running daemon or opens the store.

mod classify;
pub mod ctx;
pub mod digest;
pub mod doctor;
pub mod eval;
mod evidence;
mod export;
mod forget;
pub mod init;
mod login;
mod members;
pub mod on_store;
pub mod outbox;
mod purge;
mod reclassify;
mod rules;
mod run;
mod status;
mod store;
mod terminal;
pub mod train;

use crate::cli::{
    ClassifyArgs, Cli, Command, EvidenceCommand, MembersCommand, RulesCommand, StoreCommand,
};
use crate::config::Config;
use std::path::{Path, PathBuf};

/// How a command ended, as the process exit code of DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok = 0,
    InvalidInput = 1,
    RuntimeFailure = 2,
}

/// An error caused by what the user gave us (config, rules, messages): exit code 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InvalidInput(pub String);

/// The config file used when none is named: what `postbag init` writes by default.
pub const DEFAULT_CONFIG: &str = "postbag.toml";

/// Run one parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    if let Command::Init(args) = cli.command {
        return init::run(cli.config.as_deref(), *args);
    }
    // Without --config (or POSTBAG_CONFIG), ./postbag.toml, where `postbag init` writes it.
    let path = cli.config.clone().or_else(|| {
        let here = PathBuf::from(DEFAULT_CONFIG);
        here.is_file().then_some(here)
    });
    let config = match &path {
        Some(path) => Config::load(path).map_err(|e| InvalidInput(e.0))?,
        None => Config::default(),
    };
    // `run` logs at info; the others only when asked (e.g. POSTBAG_LOG=debug shows a wait
    // for the store's lock), so that their output stays their own.
    if std::env::var_os("POSTBAG_LOG").is_some() && !matches!(cli.command, Command::Run { .. }) {
        init_logging("warn");
    }
    use crate::control::protocol::{Command as Request, ForgetStep};
    let on_store = |request| on_store::run(&config, path.as_deref(), request);
    match cli.command {
        Command::Classify(args) => classify::run(&config, args),
        Command::Eval(args) => eval::run(&config, args),
        Command::Train(args) => train::run(&config, args),
        Command::Outbox(args) => on_store(Request::Outbox {
            json: args.json,
            retry_now: args.retry_now,
        }),
        Command::Rules(RulesCommand::Check { dir, strict }) => rules::check(&config, dir, strict),
        Command::Rules(RulesCommand::Suggest { json }) => on_store(Request::RulesSuggest { json }),
        Command::Reclassify {
            since,
            dry_run,
            explain,
        } => on_store(Request::Reclassify {
            since,
            dry_run,
            explain,
        }),
        Command::Run { once, dry_run } => {
            init_logging("info");
            run::run(config, once, dry_run)
        }
        Command::Stop => on_store::stop(&config, path.as_deref()),
        Command::Status { json } => on_store(Request::Status { json }),
        Command::Threads { json } => on_store(Request::Threads { json }),
        Command::Members(MembersCommand::Import { file }) => {
            on_store(on_store::members_import(&file)?)
        }
        Command::Members(MembersCommand::Lookup { address }) => {
            on_store(Request::MembersLookup { address })
        }
        Command::Purge { dry_run } => on_store(Request::Purge { dry_run }),
        Command::Evidence(EvidenceCommand::List) => on_store(Request::EvidenceList),
        Command::Evidence(EvidenceCommand::Release { key }) => {
            on_store(Request::EvidenceRelease { key })
        }
        Command::Export { address, out } => on_store(Request::Export { address, out }),
        Command::Forget { address, yes } => on_store(Request::Forget {
            address,
            step: if yes {
                ForgetStep::All
            } else {
                ForgetStep::Plan
            },
        }),
        Command::Digest(args) if !args.uses_store() => digest::from_files(&config, args),
        Command::Digest(args) => on_store(on_store::digest_command(&args)),
        Command::Doctor => doctor::run(&config),
        Command::Store(StoreCommand::Repair { rebuild }) => store::repair(config, rebuild),
        Command::Login => login::run(&config),
        Command::Init(_) => unreachable!("handled before the config is read"),
    }
}

/// The exit code of a failed command: 1 for what the user gave us, else 2.
pub fn exit_code(e: &anyhow::Error) -> Outcome {
    if e.downcast_ref::<InvalidInput>().is_some() {
        Outcome::InvalidInput
    } else {
        Outcome::RuntimeFailure
    }
}

/// Whether `e` is a write to a reader that went away (`postbag classify DIR | head`): the
/// reader has what it wanted, so that is no failure to report.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// An error with its causes, each said once: `{:#}` would repeat a cause that its error's
/// message already quotes (the library's "cannot read {path}: {source}" style), which
/// printed every OS error twice ("...: File exists (os error 17): File exists (os error 17)").
pub fn report(e: &anyhow::Error) -> String {
    let mut out = e.to_string();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
    }
    out
}

/// Logs to stderr; `POSTBAG_LOG` (tracing's env-filter syntax) overrides the default level.
fn init_logging(default: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("POSTBAG_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// A library error as the binary reports it: one caused by what the user gave (a file, an
/// address, a key, an output directory) exits 1, the rest 2.
pub(crate) fn user_facing(e: crate::Error) -> anyhow::Error {
    use crate::Error as E;
    match e {
        E::Invalid(_)
        | E::Read { .. }
        | E::ImportMembers { .. }
        | E::Export { .. }
        | E::ReleaseEvidence { .. } => InvalidInput(e.to_string()).into(),
        e => e.into(),
    }
}

/// Where rules come from: an explicit directory, the config's, `./rules`, or the built-in set.
pub(crate) fn rules_dir(config: &Config, explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| config.rules_dir.clone())
        .or_else(|| Path::new("rules").is_dir().then(|| PathBuf::from("rules")))
}

/// Load rules as [`rules_dir`] says, or fail with every error listed.
pub(crate) fn load_rules(
    config: &Config,
    explicit: Option<PathBuf>,
) -> anyhow::Result<crate::rules::RuleSet> {
    rules_from(rules_dir(config, explicit))
}

/// Load the rules of `dir`, or the built-in set, or fail with every error listed.
pub(crate) fn rules_from(dir: Option<PathBuf>) -> anyhow::Result<crate::rules::RuleSet> {
    let loaded = match dir {
        Some(dir) => crate::rules::load_dir(&dir).map_err(|e| InvalidInput(e.to_string()))?,
        None => crate::rules::load_embedded(),
    };
    match loaded.ruleset {
        Some(rs) => Ok(rs),
        None => {
            let errors: Vec<String> = loaded.errors().map(|d| d.to_string()).collect();
            Err(InvalidInput(format!(
                "the rules have {} error(s):\n{}\n(run `postbag rules check` for the full report)",
                errors.len(),
                errors.join("\n")
            ))
            .into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_is_reported_once() {
        let io = || std::io::Error::from_raw_os_error(17);
        let read = crate::Error::PrepareStoreDir {
            path: PathBuf::from("f"),
            source: io(),
        };
        let e = anyhow::Error::from(read);
        assert_eq!(format!("{e:#}").matches("os error 17").count(), 2);
        assert_eq!(
            report(&e),
            "cannot prepare store directory f: File exists (os error 17)"
        );
        let e = e.context("cannot open the store in f");
        assert_eq!(
            report(&e),
            "cannot open the store in f: cannot prepare store directory f: File exists (os error 17)"
        );
        // A cause its error does not quote is still said.
        let e = anyhow::Error::from(io()).context("cannot write x.html");
        assert_eq!(report(&e), "cannot write x.html: File exists (os error 17)");
    }
}
