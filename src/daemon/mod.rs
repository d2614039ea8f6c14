//! The daemon: connect, sync every configured folder, then wait for new mail (IDLE, or
//! polling where the server has none), reconnecting with backoff and jitter after any
//! failure. Shutdown is a [`CancellationToken`]; rules are shared so SIGHUP can swap them.
//! A pass takes a shared [`Turn`](turns::Turn) on the store and stops after its current
//! chunk when a command of the control socket needs the store alone, or when the daemon
//! stops; what it is doing is kept in [`activity`] for `status`.

pub mod activity;
pub mod turns;

use crate::actions::{self, Replies};
use crate::config::Config;
use crate::outbox::Outbox;
use crate::rules::RuleSet;
use crate::secret::{self, Secret};
use crate::source::imap::{Auth, Backoff, ImapEndpoint, ImapSession, MAX_IDLE};
use crate::store::Store;
use crate::sync::{self, FolderReport, SyncOptions};
use crate::{Error, Result};
use activity::Live;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// The rules in force; SIGHUP replaces them, a pass takes the current ones at its start.
pub type SharedRules = Arc<RwLock<Arc<RuleSet>>>;

/// Told (folder, done, total) after each chunk of a pass.
pub type ProgressFn = Box<dyn Fn(&str, usize, usize) + Send + Sync>;

/// Everything a pass needs.
pub struct Daemon {
    pub config: Config,
    pub store: Store,
    pub rules: SharedRules,
    pub opts: SyncOptions,
    /// Called with (folder, done, total) after each chunk of a pass.
    pub progress: ProgressFn,
    /// Drafts, acknowledgements and alerts; `None` in a dry run or without a sender.
    pub replies: Option<Replies>,
    /// Wakes the outbox task (acknowledgements, alerts, the digest were queued).
    pub outbox: Arc<Notify>,
    /// When retention last ran (unix seconds).
    pub last_purge: std::sync::Mutex<Option<i64>>,
    /// What it is doing now, for `status`.
    pub activity: Live,
    /// Turns on the store, shared with the outbox and the control socket.
    pub turns: Arc<turns::Turns>,
}

/// What one pass over every folder did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PassReport {
    pub folders: Vec<FolderReport>,
    pub seconds: f64,
    /// The pass stopped early (asked to, after a chunk): folders or steps were left for
    /// the next one.
    pub interrupted: bool,
}

/// After shutdown, how long a pass gets to finish its current chunk before it is dropped
/// (which is safe, only slower to recover from: the next start re-fetches that chunk).
pub const FINISH_CHUNK_WITHIN: Duration = Duration::from_secs(20);

/// The config's `[imap]` section, or the error that says it is missing.
fn imap_of(config: &Config) -> Result<&crate::config::Imap> {
    config
        .imap
        .as_ref()
        .ok_or_else(|| Error::Invalid("the config has no [imap] section: nothing to sync".into()))
}

fn endpoint(config: &Config) -> Result<ImapEndpoint> {
    let imap = imap_of(config)?;
    let mut endpoint = ImapEndpoint::new(imap.host.clone(), imap.port, imap.tls);
    endpoint.ca_file = imap.ca_file.clone();
    endpoint.timeout = Duration::from_secs(imap.timeout_secs);
    Ok(endpoint)
}

/// Credentials are resolved at every connection: a token command may hand out a new token.
fn auth(config: &Config) -> Result<Auth> {
    let imap = imap_of(config)?;
    let user = imap.username.clone();
    let secret = secret::resolve(&imap.secret(), "imap").map_err(|e| {
        // Only the user can mend a missing file or login; a failing command or an
        // unreachable token endpoint may work on the next attempt.
        if e.needs_user() {
            Error::Invalid(e.to_string())
        } else {
            Error::ResolveSecret(e.to_string())
        }
    })?;
    Ok(match secret {
        Secret::Password(password) => Auth::Login { user, password },
        Secret::OAuth2Token(access_token) => Auth::XOAuth2 { user, access_token },
    })
}

/// [`auth`] on a blocking thread: a password command or token refresh may take its time,
/// and the caller's `select!` on shutdown must stay free to fire meanwhile.
async fn auth_off_thread(config: &Config) -> Result<Auth> {
    let config = config.clone();
    tokio::task::spawn_blocking(move || auth(&config))
        .await
        .map_err(|e| Error::ResolveSecret(format!("the secret lookup failed: {e}")))?
}

/// Connect and log in to the config's IMAP server. A refused XOAUTH2 token is dropped and
/// refreshed once (the provider may have revoked it before it expired) before the refusal
/// counts.
pub async fn connect(config: &Config) -> Result<ImapSession> {
    let endpoint = endpoint(config)?;
    let auth = auth_off_thread(config).await?;
    match endpoint.connect(&auth).await {
        Err(Error::ImapLogin { .. }) if matches!(auth, Auth::XOAuth2 { .. }) => {
            if let Some(cfg) = imap_of(config)?.oauth2.as_ref() {
                if let Err(e) = crate::oauth2::forget_access_token(cfg) {
                    tracing::warn!("cannot drop the refused access token: {e}");
                }
            }
            tracing::info!("the server refused the access token; refreshing it once");
            endpoint.connect(&auth_off_thread(config).await?).await
        }
        other => other,
    }
}

impl Daemon {
    fn imap(&self) -> Result<&crate::config::Imap> {
        imap_of(&self.config)
    }

    /// Connect and log in (see [`connect`]).
    pub async fn connect(&self) -> Result<ImapSession> {
        connect(&self.config).await
    }

    /// Sync every folder once over `session`, answer what needs answering, file sent
    /// copies and queue the digest when due; the first folder stays selected (for IDLE).
    /// Once `stop` is cancelled the pass finishes the chunks it has fetched and returns,
    /// marked interrupted, leaving the rest for the next pass.
    pub async fn pass(
        &self,
        session: &mut ImapSession,
        stop: &CancellationToken,
    ) -> Result<PassReport> {
        let started = Instant::now();
        let rules = Arc::clone(&self.rules.read().expect("rules lock"));
        let folders = self.imap()?.folders.clone();
        let drafts = match &self.replies {
            Some(_) => actions::drafts_folder(session, &self.config).await?,
            None => String::new(),
        };
        let answer = self.replies.as_ref().map(|r| (r, drafts.as_str()));
        let opts = SyncOptions {
            stop: Some(stop.clone()),
            ..self.opts.clone()
        };
        let mut reports = Vec::new();
        let interrupted = |reports: Vec<FolderReport>| PassReport {
            folders: reports,
            seconds: started.elapsed().as_secs_f64(),
            interrupted: true,
        };
        // The first folder last, so it is the one selected when the pass ends.
        for folder in folders.iter().skip(1).chain(folders.first()) {
            if stop.is_cancelled() {
                return Ok(interrupted(reports));
            }
            self.activity.syncing(folder);
            let mut progress = |done, total| {
                self.activity.progress(folder, done, total, self.opts.chunk);
                (self.progress)(folder, done, total)
            };
            let marks = &self.config.marks;
            reports.push(
                sync::sync_mailbox(
                    session,
                    &self.store,
                    &rules,
                    marks,
                    folder,
                    &opts,
                    answer,
                    &mut progress,
                )
                .await?,
            );
            if !self.opts.dry_run && !stop.is_cancelled() {
                // The secretary's re-labels since the last pass (`corrections`). A refusal
                // is logged and the pass goes on; a broken connection ends it.
                let looked =
                    crate::corrections::scan::scan(session, &self.store, &rules, marks, folder)
                        .await;
                match looked {
                    Ok(_) => {}
                    Err(e) if !session.is_broken() => {
                        tracing::warn!("{folder}: cannot look for the secretary's corrections: {e}")
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        reports.rotate_right(1);
        if stop.is_cancelled() {
            return Ok(interrupted(reports));
        }
        if self.replies.is_some() {
            let saved = actions::retry_drafts(session, &drafts, &self.store).await?;
            if saved > 0 {
                tracing::info!("{saved} draft(s) left from an earlier pass saved");
            }
        }
        if !self.opts.dry_run {
            let now = crate::reply::now();
            if let Some(week) =
                actions::digest_if_due(&self.store, &self.config, now, &self.outbox).await?
            {
                tracing::info!("weekly digest for {week} queued");
            }
            let filed = actions::file_sent(session, &self.store).await?;
            if filed > 0 {
                tracing::info!("{filed} sent message(s) filed in the Sent folder");
            }
            // Filing may have selected nothing else, but be sure IDLE watches the first folder.
            if let Some(first) = folders.first() {
                if session.selected_mailbox() != Some(first.as_str()) {
                    session.select(first).await?;
                }
            }
        }
        let report = PassReport {
            folders: reports,
            seconds: started.elapsed().as_secs_f64(),
            interrupted: false,
        };

        for f in &report.folders {
            if f.fetched > 0 || f.uidvalidity_changed {
                tracing::info!(
                    "{}: {} new, {} triaged, {} already stored, {} relocated, {} quarantined, {} vanished, marked {:?}",
                    f.mailbox, f.fetched, f.triaged, f.already_stored, f.relocated, f.quarantined, f.vanished, f.marked
                );
            }
            if !f.unmarked.is_empty() {
                tracing::warn!(
                    "{}: marks refused by the server: {:?}",
                    f.mailbox,
                    f.unmarked
                );
            }
        }
        Ok(report)
    }

    /// While the daemon runs it holds the store's lock: `status` and `threads` reach it
    /// through the control socket, or read this snapshot when they cannot.
    fn write_snapshot(&self) -> Result<()> {
        if self.opts.dry_run {
            return Ok(());
        }
        write_snapshot(&self.store, &self.config.data_dir)
    }

    /// `run --once` over a session already logged in (see [`connect`]): one pass, send what
    /// the outbox holds, file the sent copies, log out.
    pub async fn once_on(&self, mut session: ImapSession, outbox: &Outbox) -> Result<PassReport> {
        let report = self.pass(&mut session, &CancellationToken::new()).await?;
        if !self.opts.dry_run && self.config.smtp.is_some() {
            let sent = outbox.drain_once().await?;
            tracing::info!(
                "outbox: {} sent, {} to retry, {} failed, {} waiting",
                sent.sent,
                sent.retried,
                sent.failed,
                sent.waiting
            );
            actions::file_sent(&mut session, &self.store).await?;
        }
        if let Err(e) = session.logout().await {
            tracing::debug!("logout: {e}");
        }
        Ok(report)
    }

    /// The long-running loop; returns when `shutdown` is cancelled, or on a fatal error
    /// (bad config or credentials refused at the first connection).
    pub async fn run(&self, shutdown: CancellationToken) -> Result<()> {
        let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(300));
        let mut connected_once = false;
        let folders = self.imap()?.folders.len();
        let wait = if folders > 1 {
            Duration::from_secs(self.imap()?.poll_secs)
        } else {
            MAX_IDLE
        };
        while !shutdown.is_cancelled() {
            self.activity.connecting();
            let attempt = tokio::select! {
                _ = shutdown.cancelled() => break,
                r = self.connect() => r,
            };
            let mut session = match attempt {
                Ok(s) => s,
                Err(e) if !connected_once && is_fatal(&e) => return Err(e),
                Err(e) => {
                    let delay = backoff.next_delay();
                    tracing::warn!(
                        "cannot connect: {e}; retrying in {:.1} s",
                        delay.as_secs_f64()
                    );
                    self.activity.error(format!("cannot connect: {e}"));
                    self.activity.reconnecting();
                    sleep_or_cancel(delay, &shutdown).await;
                    continue;
                }
            };
            connected_once = true;
            if let Err(e) = self.serve(&mut session, wait, &shutdown).await {
                let delay = backoff.next_delay();
                tracing::warn!(
                    "connection lost: {e}; reconnecting in {:.1} s",
                    delay.as_secs_f64()
                );
                self.activity.error(format!("connection lost: {e}"));
                self.activity.reconnecting();
                sleep_or_cancel(delay, &shutdown).await;
                continue;
            }
            backoff.reset();
        }
        self.activity.stopping();
        let _turn = self.turns.shared().await;
        self.store.flush().await?;
        Ok(())
    }

    /// Pass, then wait for mail and pass again, until shutdown (Ok) or a failure (Err).
    async fn serve(
        &self,
        session: &mut ImapSession,
        wait: Duration,
        shutdown: &CancellationToken,
    ) -> Result<()> {
        loop {
            let wait = {
                let (_turn, stop) = tokio::select! {
                    _ = shutdown.cancelled() => return Ok(()),
                    t = self.turns.pass(shutdown) => t,
                };
                let passed = tokio::select! {
                    r = self.pass(session, &stop) => r,
                    _ = forced(shutdown) => {
                        tracing::warn!(
                            "the pass did not finish its chunk within {} s of the stop; dropped",
                            FINISH_CHUNK_WITHIN.as_secs()
                        );
                        return Ok(());
                    }
                };
                self.turns.pass_ended();
                let report = passed?;
                self.activity.pass_ended(!report.interrupted);
                if shutdown.is_cancelled() {
                    return Ok(());
                }
                if report.interrupted {
                    // A command wants the store alone: it runs now, then the pass goes on.
                    tracing::debug!("pass paused for a command of the control socket");
                    continue;
                }
                self.purge_if_due()?;
                self.write_snapshot()?;
                // Wake for the digest's scheduled time even when no mail comes.
                let now = crate::reply::now();
                let last = crate::digest::last_sent_week(&self.store)?;
                let until_digest =
                    crate::digest::schedule::next_check(now, &self.config.digest, last)
                        .map(|at| Duration::from_secs(at.saturating_sub(now).max(1) as u64));
                until_digest.map_or(wait, |d| d.min(wait))
            };
            self.activity.idle(session.selected_mailbox());
            let event = tokio::select! {
                _ = shutdown.cancelled() => return Ok(()),
                e = session.idle_wait(wait) => e?,
            };
            // On a timeout the pass still runs: other folders are polled, the digest is
            // looked at, and the server sees activity before it would drop the connection.
            tracing::debug!("woke up: {event:?}");
        }
    }

    /// Retention, once a day, in the live store (`postbag purge` also rewrites the files).
    fn purge_if_due(&self) -> Result<()> {
        if self.opts.dry_run {
            return Ok(());
        }
        let now = crate::reply::now();
        let mut last = self.last_purge.lock().expect("purge lock");
        if last.is_some_and(|at| now - at < PURGE_EVERY_SECS) {
            return Ok(());
        }
        let report = crate::privacy::purge(&self.store, &self.config, now, false)?;
        tracing::info!("retention: {}", report.summary());
        *last = Some(now);
        Ok(())
    }
}

/// How often the daemon applies retention.
const PURGE_EVERY_SECS: i64 = 24 * 3600;

/// Failures that retrying will not mend: configuration and refused credentials.
fn is_fatal(e: &Error) -> bool {
    matches!(e, Error::Invalid(_)) || crate::source::imap::is_fatal(e)
}

/// Writes the status snapshot of `store` into `data_dir`; a failure is logged, not fatal.
pub fn write_snapshot(store: &Store, data_dir: &std::path::Path) -> Result<()> {
    let snapshot = crate::status::Status::of(store)?;
    if let Err(e) = snapshot.write_snapshot(data_dir) {
        tracing::warn!(
            "cannot write the status snapshot in {}: {e}",
            data_dir.display()
        );
    }
    Ok(())
}

/// Resolves [`FINISH_CHUNK_WITHIN`] after `shutdown`.
async fn forced(shutdown: &CancellationToken) {
    shutdown.cancelled().await;
    tokio::time::sleep(FINISH_CHUNK_WITHIN).await;
}

async fn sleep_or_cancel(delay: Duration, shutdown: &CancellationToken) {
    tokio::select! {
        _ = shutdown.cancelled() => {}
        _ = tokio::time::sleep(delay) => {}
    }
}
