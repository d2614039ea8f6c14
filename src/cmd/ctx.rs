//! What a command on the store runs with: the config, the store, where its output goes,
//! and the process it runs in. The same command code serves `postbag COMMAND` in its own
//! process (the store opened there, output on stdout and stderr) and the same command
//! sent to a running daemon (its store, output captured into the reply; see `control`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::config::Config;
use crate::control::protocol::RulesFrom;
use crate::control::server::Link;
use crate::outbox::DrainReport;
use crate::store::Store;

/// A command's surroundings.
pub struct Ctx<'a> {
    pub config: &'a Config,
    pub store: &'a Store,
    /// Standard output and error, or what stands for them in a reply.
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub rules: RulesFrom,
    pub host: Host<'a>,
    /// Set by `forget`'s plan when there is something to erase (the client asks for a yes).
    pub needs_confirmation: bool,
}

/// The process a command runs in.
pub enum Host<'a> {
    /// Its own: it opened the store.
    Local,
    /// The daemon's, for a client of the control socket.
    Daemon(&'a Link),
}

impl<'a> Ctx<'a> {
    /// A command in its own process.
    pub fn local(
        config: &'a Config,
        store: &'a Store,
        out: &'a mut dyn Write,
        err: &'a mut dyn Write,
    ) -> Ctx<'a> {
        Ctx {
            config,
            store,
            out,
            err,
            rules: RulesFrom::Resolve,
            host: Host::Local,
            needs_confirmation: false,
        }
    }

    /// The rules the command would use in the client's process.
    pub fn load_rules(&self) -> anyhow::Result<crate::rules::RuleSet> {
        match &self.rules {
            RulesFrom::Resolve => super::load_rules(self.config, None),
            RulesFrom::Dir(dir) => super::load_rules(self.config, Some(dir.clone())),
            RulesFrom::BuiltIn => super::rules_from(None),
        }
    }

    /// Runs a future to its end from this (blocking) thread.
    pub fn block_on<F: std::future::Future>(&self, f: F) -> anyhow::Result<F::Output> {
        Ok(match self.host {
            Host::Local => tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?
                .block_on(f),
            Host::Daemon(_) => tokio::runtime::Handle::current().block_on(f),
        })
    }

    /// Sends what the outbox holds that is due now (with `all`, also what waits for its
    /// next attempt) and says what happened.
    pub fn deliver(&self, all: bool) -> anyhow::Result<DrainReport> {
        match self.host {
            Host::Local => {
                let (outbox, _) =
                    crate::outbox::Outbox::open(self.store.clone(), self.config.smtp.clone())?;
                if all {
                    outbox.make_due_now()?;
                }
                self.block_on(outbox.drain_once())?.map_err(Into::into)
            }
            Host::Daemon(link) => link.deliver(all),
        }
    }

    /// Writes `bytes` to `path`: here, or (from the daemon) where the client is.
    pub fn write_file(&mut self, path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
        match self.host {
            Host::Local => std::fs::write(path, bytes)
                .with_context(|| format!("cannot write {}", path.display())),
            Host::Daemon(link) => link.send_file("", bytes),
        }
    }

    /// Where `export` writes its files.
    pub fn export_sink(&self, out: &Path) -> Box<dyn crate::privacy::export::ExportSink + 'a> {
        match self.host {
            Host::Local => Box::new(crate::privacy::export::DirSink::new(out)),
            Host::Daemon(link) => Box::new(link.export_sink()),
        }
    }

    /// What a running daemon does now (nothing in a command's own process).
    pub fn activity(&self) -> Option<crate::daemon::activity::Activity> {
        match self.host {
            Host::Local => None,
            Host::Daemon(link) => Some(link.activity()),
        }
    }

    /// The daemon's copy of `status.json` after a command changed what it shows.
    pub fn refresh_snapshot(&self) -> anyhow::Result<()> {
        if let Host::Daemon(_) = self.host {
            crate::daemon::write_snapshot(self.store, self.store.dir())?;
        }
        Ok(())
    }
}

/// The absolute form of a path the user gave, for a request to the daemon.
pub fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    std::path::absolute(path).with_context(|| format!("cannot resolve {}", path.display()))
}
