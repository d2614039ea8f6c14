//! `postbag run [--once] [--dry-run]`: the daemon, or one pass for cron.

use super::{load_rules, InvalidInput, Outcome};
use crate::actions::Replies;
use crate::config::Config;
use crate::control::server::{Daemonside, Server};
use crate::daemon::activity::Live;
use crate::daemon::turns::Turns;
use crate::daemon::{Daemon, PassReport, ProgressFn, SharedRules};
use crate::outbox::Outbox;
use crate::store::Store;
use crate::sync::SyncOptions;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// How long tasks get to finish after SIGTERM before the process exits anyway: the sync
/// gets `daemon::FINISH_CHUNK_WITHIN` of it to finish the chunks it has fetched.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(25);

pub fn run(config: Config, once: bool, dry_run: bool) -> anyhow::Result<Outcome> {
    let imap = config.imap.as_ref().ok_or_else(|| {
        InvalidInput("`run` needs an [imap] section in the config (see config.example.toml)".into())
    })?;
    let opts = SyncOptions {
        chunk: imap.chunk,
        dry_run,
        stop: None,
    };
    // Compiling the rules (~25 ms for the default set) overlaps opening the store and, for
    // `--once`, logging in: a pass with nothing new is mostly this start-up.
    let (rules_loaded, mut rules_loading) = tokio::sync::oneshot::channel();
    {
        let config = config.clone();
        std::thread::spawn(move || rules_loaded.send(load_rules(&config, None)));
    }
    if !once {
        crate::store::lock::this_process_is_the_daemon();
    }
    let store = open_store(&config.data_dir)?;
    // While the daemon holds the store, other commands reach it through this socket. It is
    // bound at once, so that they find it as soon as the store is taken; requests wait in
    // its backlog until the daemon is up.
    let listener = if once {
        None
    } else {
        match crate::control::server::bind(&config.data_dir) {
            Ok(l) => Some(l),
            Err(e) => {
                tracing::error!(
                    "cannot listen on the control socket in {}: {e}; other postbag commands \
                     cannot reach the store while the daemon runs",
                    config.data_dir.display()
                );
                None
            }
        }
    };
    let (outbox, settled) = Outbox::open(store.clone(), config.smtp.clone())?;
    let turns = Arc::new(Turns::new());
    let activity = Live::new();
    let (outbox, outbox_handle) = outbox.in_daemon(Arc::clone(&turns));
    if !settled.is_empty() {
        tracing::warn!(
            "{} outbox item(s) were interrupted by a crash: see `postbag outbox`",
            settled.len()
        );
    }
    let replies = if dry_run {
        None
    } else {
        match Replies::new(&store, &config, outbox.waker()) {
            Ok(r) => Some(r),
            Err(e @ crate::Error::ComposeReply(_)) => {
                tracing::warn!("no drafts or acknowledgements: {e}");
                None
            }
            Err(e) => return Err(InvalidInput(e.to_string()).into()),
        }
    };
    let outbox_waker = outbox.waker();
    let config_for_login = config.clone();
    let daemon = move |rules| Daemon {
        progress: progress_bar(),
        outbox: outbox_waker,
        last_purge: Mutex::new(None),
        activity,
        turns,
        replies,
        config,
        store,
        rules,
        opts,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let user_error = |e| match e {
        crate::Error::Invalid(m) => anyhow::Error::from(InvalidInput(m)),
        other => other.into(),
    };
    runtime.block_on(async move {
        let shared = |loaded: Result<anyhow::Result<_>, _>| -> anyhow::Result<SharedRules> {
            let rules = loaded.map_err(|_| anyhow::anyhow!("loading the rules panicked"))??;
            Ok(Arc::new(RwLock::new(Arc::new(rules))))
        };
        if once {
            // Broken rules are reported first, whatever the login does, and without
            // waiting for it.
            let connecting = crate::daemon::connect(&config_for_login);
            tokio::pin!(connecting);
            let (rules, session) = tokio::select! {
                loaded = &mut rules_loading => (shared(loaded)?, connecting.await),
                session = &mut connecting => (shared(rules_loading.await)?, session),
            };
            let daemon = daemon(rules);
            let report = daemon
                .once_on(session.map_err(user_error)?, &outbox)
                .await
                .map_err(user_error)?;
            print_report(&report, dry_run);
            return Ok(Outcome::Ok);
        }
        let daemon = daemon(shared(rules_loading.await)?);
        let shutdown = CancellationToken::new();
        let tracker = TaskTracker::new();
        let failed = Arc::new(AtomicBool::new(false));
        let watch = |name: &'static str| Watch {
            name,
            shutdown: shutdown.clone(),
            failed: Arc::clone(&failed),
        };
        tracker.spawn(watch("signals").run(signals(
            shutdown.clone(),
            Arc::clone(&daemon.rules),
            daemon.config.clone(),
        )));
        let sends = daemon.config.smtp.is_some();
        if sends {
            tracker.spawn(watch("the outbox").run(outbox.run(shutdown.clone())));
        }
        if let Some(listener) = listener {
            let server = Server::new(
                listener,
                Daemonside {
                    store: daemon.store.clone(),
                    config: daemon.config.clone(),
                    turns: Arc::clone(&daemon.turns),
                    activity: daemon.activity.clone(),
                    outbox: sends.then_some(outbox_handle),
                    shutdown: shutdown.clone(),
                },
            );
            tracker.spawn(watch("the control socket").run(server.run(shutdown.clone())));
        }
        let daemon = Arc::new(daemon);
        let sync = {
            let (daemon, shutdown) = (Arc::clone(&daemon), shutdown.clone());
            tracker.spawn(watch(SYNC).run(async move { daemon.run(shutdown).await }))
        };
        tracker.close();
        shutdown.cancelled().await;
        if tokio::time::timeout(SHUTDOWN_GRACE, tracker.wait())
            .await
            .is_err()
        {
            tracing::error!(
                "tasks did not stop within {} s; exiting anyway",
                SHUTDOWN_GRACE.as_secs()
            );
            return Ok(Outcome::RuntimeFailure);
        }
        if let Ok(Some(e)) = sync.await {
            return Err(user_error(e));
        }
        if failed.load(Ordering::SeqCst) {
            // Exit non-zero so the service manager restarts postbag, instead of a process
            // that lives on with a task gone (no sync, or no alerts sent).
            return Ok(Outcome::RuntimeFailure);
        }
        tracing::info!("stopped");
        Ok(Outcome::Ok)
    })
}

/// How long the daemon waits for another command that holds the store to finish with it.
const HOLDER_WITHIN: Duration = Duration::from_secs(30);

/// Opens the store, waiting up to [`HOLDER_WITHIN`] while another postbag command (not a
/// daemon) holds it; a daemon holding it is named at once. A holder that has let go by the
/// time it is looked up (a `status` finishing as the daemon starts) is tried again, not
/// taken for a refusal.
fn open_store(dir: &std::path::Path) -> crate::Result<Store> {
    let started = std::time::Instant::now();
    let mut told = false;
    loop {
        let e = match Store::open(dir) {
            Err(e @ crate::Error::LockStore { .. }) => e,
            other => return other,
        };
        let holder = crate::store::lock::owner(dir).filter(|o| o.is_alive());
        if !keep_trying(holder.as_ref(), started.elapsed()) {
            return Err(e);
        }
        let Some(holder) = holder else {
            continue;
        };
        if !told {
            tracing::info!(
                "the store is in use by {}; waiting up to {} s for it to finish",
                holder.describe(),
                HOLDER_WITHIN.as_secs()
            );
            told = true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Whether a daemon that found the store locked tries again: not when another daemon holds
/// it or after [`HOLDER_WITHIN`]; yes while a command holds it, and yes when nobody alive
/// does any more (the holder let go between the refusal and the look at who it was).
fn keep_trying(holder: Option<&crate::store::lock::Owner>, waited: Duration) -> bool {
    waited < HOLDER_WITHIN && !holder.is_some_and(|h| h.daemon)
}

const SYNC: &str = "the mailbox sync";

/// One of the daemon's long-running tasks. Whichever ends first without being asked to (an
/// error, a panic, or returning early) stops the others and makes the process exit 2.
struct Watch {
    name: &'static str,
    shutdown: CancellationToken,
    failed: Arc<AtomicBool>,
}

impl Watch {
    /// Runs `task` to its end; returns its error (for the caller to report) if it had one.
    async fn run<F>(self, task: F) -> Option<crate::Error>
    where
        F: std::future::Future<Output = crate::Result<()>> + Send + 'static,
    {
        // On its own task, so that a panic ends there and is seen here as a JoinError.
        let outcome = tokio::spawn(task).await;
        let asked = self.shutdown.is_cancelled();
        let error = match outcome {
            Ok(Ok(())) if asked => None,
            Ok(Ok(())) => {
                tracing::error!("{} stopped unexpectedly; stopping postbag", self.name);
                self.failed.store(true, Ordering::SeqCst);
                None
            }
            Ok(Err(e)) => {
                // The sync's error is the process's: the caller prints it once.
                if self.name != SYNC {
                    tracing::error!("{} stopped: {e}; stopping postbag", self.name);
                }
                self.failed.store(true, Ordering::SeqCst);
                Some(e)
            }
            Err(e) => {
                tracing::error!("{} crashed ({e}); stopping postbag", self.name);
                self.failed.store(true, Ordering::SeqCst);
                None
            }
        };
        self.shutdown.cancel();
        error
    }
}

/// SIGTERM/SIGINT stop the daemon; SIGHUP reloads the rules (broken rules keep the old ones).
async fn signals(
    shutdown: CancellationToken,
    rules: SharedRules,
    config: Config,
) -> crate::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        return Err(crate::Error::Invalid(
            "cannot install signal handlers".into(),
        ));
    };
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            _ = term.recv() => { tracing::info!("SIGTERM: stopping"); shutdown.cancel(); return Ok(()); }
            _ = int.recv() => { tracing::info!("SIGINT: stopping"); shutdown.cancel(); return Ok(()); }
            _ = hup.recv() => match load_rules(&config, None) {
                Ok(new) => {
                    tracing::info!("SIGHUP: rules reloaded ({} rules)", new.rule_count());
                    *rules.write().expect("rules lock") = Arc::new(new);
                }
                Err(e) => tracing::error!("SIGHUP: keeping the old rules: {}", super::report(&e)),
            },
        }
    }
}

/// A progress bar on a terminal for passes with many messages; nothing otherwise.
fn progress_bar() -> ProgressFn {
    if !std::io::stderr().is_terminal() {
        return Box::new(|_, _, _| {});
    }
    let bar: Mutex<Option<indicatif::ProgressBar>> = Mutex::new(None);
    Box::new(move |folder, done, total| {
        let mut bar = bar.lock().expect("progress lock");
        if total < 200 {
            return;
        }
        let b = bar.get_or_insert_with(|| {
            let b = indicatif::ProgressBar::new(total as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg} [{bar:40}] {pos}/{len} messages, {per_sec}, eta {eta}",
                )
                .expect("template")
                .progress_chars("=> "),
            );
            b.set_message(format!("triaging {folder}"));
            b
        });
        b.set_position(done as u64);
        if done >= total {
            b.finish_and_clear();
            *bar = None;
        }
    })
}

fn print_report(report: &PassReport, dry_run: bool) {
    for f in &report.folders {
        let marked: Vec<String> = f.marked.iter().map(|(c, n)| format!("{n} {c}")).collect();
        println!(
            "{}: {} message(s), {} new: {} triaged, {} already stored, {} relocated, {} quarantined, {} vanished; {} {}",
            f.mailbox,
            f.exists,
            f.fetched,
            f.triaged,
            f.already_stored,
            f.relocated,
            f.quarantined,
            f.vanished,
            if dry_run { "would mark" } else { "marked" },
            if marked.is_empty() { "nothing".to_string() } else { marked.join(", ") }
        );
        if !f.unmarked.is_empty() {
            let refused: Vec<String> = f.unmarked.iter().map(|(c, n)| format!("{n} {c}")).collect();
            println!(
                "{}: the server refused marks on {} (see the log; `postbag doctor` says what this server keeps)",
                f.mailbox,
                refused.join(", ")
            );
        }
    }
    println!(
        "done in {:.2} s{}",
        report.seconds,
        if dry_run {
            " (dry run: nothing changed)"
        } else {
            ""
        }
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::lock::Owner;

    #[test]
    fn a_starting_daemon_waits_for_commands_and_a_holder_gone_but_not_for_a_daemon() {
        let owner = |daemon| Owner {
            pid: 4242,
            start: None,
            daemon,
        };
        let soon = Duration::from_millis(10);
        // The CI failure: `status` held the store at the refusal and had exited by the look.
        assert!(keep_trying(None, soon));
        assert!(keep_trying(Some(&owner(false)), soon));
        assert!(!keep_trying(Some(&owner(true)), soon));
        assert!(!keep_trying(Some(&owner(false)), HOLDER_WITHIN));
        assert!(!keep_trying(None, HOLDER_WITHIN));
    }
}
