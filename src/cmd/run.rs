//! `postbag run [--once] [--dry-run]`: the daemon, or one pass for cron.

use super::{load_rules, InvalidInput, Outcome};
use crate::actions::Replies;
use crate::config::Config;
use crate::daemon::{Daemon, PassReport, ProgressFn, SharedRules};
use crate::outbox::Outbox;
use crate::store::Store;
use crate::sync::SyncOptions;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// How long tasks get to finish after SIGTERM before the process exits anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

pub fn run(config: Config, once: bool, dry_run: bool) -> anyhow::Result<Outcome> {
    let imap = config.imap.as_ref().ok_or_else(|| {
        InvalidInput("`run` needs an [imap] section in the config (see config.example.toml)".into())
    })?;
    let opts = SyncOptions {
        chunk: imap.chunk,
        dry_run,
    };
    // Compiling the rules (~25 ms for the default set) overlaps opening the store and, for
    // `--once`, logging in: a pass with nothing new is mostly this start-up.
    let (rules_loaded, mut rules_loading) = tokio::sync::oneshot::channel();
    {
        let config = config.clone();
        std::thread::spawn(move || rules_loaded.send(load_rules(&config, None)));
    }
    let store = Store::open(&config.data_dir)?;
    let (outbox, settled) = Outbox::open(store.clone(), config.smtp.clone())?;
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
        tracker.spawn(signals(
            shutdown.clone(),
            Arc::clone(&daemon.rules),
            daemon.config.clone(),
        ));
        if daemon.config.smtp.is_some() {
            tracker.spawn(outbox.run(shutdown.clone()));
        }
        let daemon = Arc::new(daemon);
        let task = {
            let (daemon, shutdown) = (Arc::clone(&daemon), shutdown.clone());
            tracker.spawn(async move {
                let result = daemon.run(shutdown.clone()).await;
                shutdown.cancel();
                result
            })
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
        task.await??;
        tracing::info!("stopped");
        Ok(Outcome::Ok)
    })
}

/// SIGTERM/SIGINT stop the daemon; SIGHUP reloads the rules (broken rules keep the old ones).
async fn signals(shutdown: CancellationToken, rules: SharedRules, config: Config) {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        tracing::error!("cannot install signal handlers");
        return;
    };
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = term.recv() => { tracing::info!("SIGTERM: stopping"); shutdown.cancel(); return; }
            _ = int.recv() => { tracing::info!("SIGINT: stopping"); shutdown.cancel(); return; }
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
