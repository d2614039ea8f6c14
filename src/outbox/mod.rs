//! SMTP delivery of what the store's outbox holds (lettre, rustls with ring): never the same
//! message twice, nothing lost while the server is down.
//!
//! # Protocol
//! An item is taken only if it is `queued` (a compare-and-set in the store), marked `sending`
//! and the store flushed BEFORE the SMTP conversation starts. Afterwards it is `sent`
//! (flushed), back to `queued` with exponential backoff when the failure is transient (server
//! down, timeout, 4xx, TLS or login trouble), or `failed` on a permanent 5xx refusal or
//! when it has waited longer than `[smtp] give_up_after_hours`.
//!
//! An item found in `sending` when the outbox is opened was interrupted mid-send (a crash, a
//! kill): the server may or may not have it. An acknowledgement is then marked `uncertain`
//! ("it may have been delivered; not resent to avoid a duplicate") and logged as an error:
//! a member must never get two replies. Alerts and the digest, which go to officers, are
//! queued again: a second copy is better than a lost alert.
//!
//! Composing messages and deciding what to send is `reply`'s (and the digest's).
//!
//! In the daemon the outbox task takes a shared turn on the store for each look at the
//! queue, and sends on request ([`DeliverNow`]: `outbox --retry-now`, `digest --send`
//! through the control socket), answering with what it did.

use std::sync::Arc;
use std::time::Duration;

use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio::sync::{mpsc, oneshot, Notify};
use tokio_util::sync::CancellationToken;

use crate::config::Smtp;
use crate::daemon::turns::Turns;
use crate::store::{OutboxItem, OutboxState, Store};
use crate::Result;

pub(crate) mod smtp;
use smtp::Failure;

/// Shown for an item that was `sending` when postbag stopped, and not resent.
pub const INTERRUPTED: &str =
    "interrupted during send: it may have been delivered; not resent to avoid a duplicate";

/// Timing of retries; from the config, shorter in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxOptions {
    /// Wait after the first failure; doubled after each further one.
    pub first_retry: Duration,
    /// The longest wait between attempts.
    pub max_retry: Duration,
    /// Give up on an item this long after it was queued.
    pub give_up_after: Duration,
    /// Look at the queue at least this often while running.
    pub poll: Duration,
    /// Connecting (lettre's timeout); a whole SMTP conversation gets at most four times
    /// this, since lettre does not time every read.
    pub timeout: Duration,
}

impl OutboxOptions {
    pub fn from_config(smtp: Option<&Smtp>) -> OutboxOptions {
        OutboxOptions {
            first_retry: Duration::from_secs(60),
            max_retry: Duration::from_secs(3600),
            give_up_after: Duration::from_secs(3600 * smtp.map_or(72, |s| s.give_up_after_hours)),
            poll: Duration::from_secs(30),
            timeout: Duration::from_secs(smtp.map_or(30, |s| s.timeout_seconds)),
        }
    }

    fn backoff(&self, attempts: u32) -> Duration {
        let factor = 1u32 << attempts.saturating_sub(1).min(16);
        self.first_retry.saturating_mul(factor).min(self.max_retry)
    }
}

/// What one pass over the queue did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    /// Failed transiently (or not tried because the server was unreachable); will retry.
    pub retried: usize,
    /// Failed for good.
    pub failed: usize,
    /// Still queued, not yet due.
    pub waiting: usize,
}

/// The sender task. One per store: opening it settles items left `sending` by a crash.
pub struct Outbox {
    store: Store,
    smtp: Option<Smtp>,
    options: OutboxOptions,
    wake: Arc<Notify>,
    /// The daemon's turns on the store, when it runs in one.
    turns: Option<Arc<Turns>>,
    requests: Option<mpsc::Receiver<DeliverNow>>,
}

/// A request to the running outbox task to send now what is due (with `all`, also what
/// waits for its next attempt), answered with what it did.
#[derive(Debug)]
pub struct DeliverNow {
    pub all: bool,
    pub done: oneshot::Sender<std::result::Result<DrainReport, String>>,
}

/// Sends [`DeliverNow`] requests to the outbox task of the daemon.
#[derive(Debug, Clone)]
pub struct OutboxHandle(mpsc::Sender<DeliverNow>);

impl OutboxHandle {
    /// Asks the outbox task to deliver now and waits for its report; from a blocking
    /// thread (a command of the control socket), holding no turn on the store.
    pub fn deliver_blocking(&self, all: bool) -> std::result::Result<DrainReport, String> {
        let (done, report) = oneshot::channel();
        self.0
            .blocking_send(DeliverNow { all, done })
            .map_err(|_| "the daemon's outbox is not running".to_string())?;
        report
            .blocking_recv()
            .map_err(|_| "the daemon's outbox stopped before it answered".to_string())?
    }
}

/// The outcome of one attempt.
enum Attempt {
    Sent,
    /// Another sender took the item first.
    NotTaken,
    Failed(Failure),
}

impl Outbox {
    /// Opens the outbox and settles items left in `sending` (see the module docs); returns
    /// the items it changed so the caller can report them.
    pub fn open(store: Store, smtp: Option<Smtp>) -> Result<(Outbox, Vec<OutboxItem>)> {
        let options = OutboxOptions::from_config(smtp.as_ref());
        let outbox = Outbox {
            store,
            smtp,
            options,
            wake: Arc::new(Notify::new()),
            turns: None,
            requests: None,
        };
        let settled = outbox.recover()?;
        Ok((outbox, settled))
    }

    pub fn with_options(mut self, options: OutboxOptions) -> Outbox {
        self.options = options;
        self
    }

    /// Runs inside the daemon: each look at the queue takes a shared turn of `turns`, and
    /// the returned handle asks the running task to deliver now.
    pub fn in_daemon(mut self, turns: Arc<Turns>) -> (Outbox, OutboxHandle) {
        let (tx, rx) = mpsc::channel(8);
        self.turns = Some(turns);
        self.requests = Some(rx);
        (self, OutboxHandle(tx))
    }

    /// A handle that makes a running [`Outbox::run`] look at the queue now (call it after
    /// queueing something).
    pub fn waker(&self) -> Arc<Notify> {
        Arc::clone(&self.wake)
    }

    fn recover(&self) -> Result<Vec<OutboxItem>> {
        let now = crate::reply::now();
        let mut changed = Vec::new();
        for item in self.store.outbox_pending()? {
            if item.state != OutboxState::Sending {
                continue;
            }
            let resend = item.kind.resend_after_crash();
            let updated = self
                .store
                .outbox_update(item.id, OutboxState::Sending, now, |i| {
                    if resend {
                        i.state = OutboxState::Queued;
                        i.next_attempt = now;
                        i.last_error = Some("interrupted during send; queued again".into());
                    } else {
                        i.state = OutboxState::Uncertain;
                        i.last_error = Some(INTERRUPTED.into());
                    }
                })?;
            if let Some(u) = updated {
                if resend {
                    tracing::warn!(
                        id = u.id,
                        kind = u.kind.as_str(),
                        "interrupted during send; queued again (the recipient may get it twice)"
                    );
                } else {
                    tracing::error!(
                        id = u.id, kind = u.kind.as_str(), to = %u.to.join(", "), subject = %u.subject,
                        "{INTERRUPTED}: check the Sent folder or the server's log to see whether it went"
                    );
                }
                changed.push(u);
            }
        }
        if !changed.is_empty() {
            self.store.flush_blocking()?;
        }
        Ok(changed)
    }

    /// Sends every due item once; for `run --once` and tests.
    pub async fn drain_once(&self) -> Result<DrainReport> {
        self.drain(None).await
    }

    /// Sends due items until `shutdown`; an item being sent when it fires is finished
    /// first (bounded by the SMTP timeout), so a clean stop never leaves one `sending`.
    pub async fn run(mut self, shutdown: CancellationToken) -> Result<()> {
        let mut requests = self.requests.take();
        let mut asked: Option<DeliverNow> = None;
        loop {
            if shutdown.is_cancelled() {
                return Ok(());
            }
            let wait = {
                let _turn = match &self.turns {
                    Some(turns) => Some(turns.shared().await),
                    None => None,
                };
                let drained = match asked.as_ref().filter(|a| a.all) {
                    Some(_) => match self.make_due_now() {
                        Ok(()) => self.drain(Some(&shutdown)).await,
                        Err(e) => Err(e),
                    },
                    None => self.drain(Some(&shutdown)).await,
                };
                match (&drained, asked.take()) {
                    (_, Some(a)) => {
                        let _ = a.done.send(drained.map_err(|e| e.to_string()));
                    }
                    (Err(e), None) => tracing::error!("outbox: {e}"),
                    (Ok(_), None) => {}
                }
                self.next_wait()?
            };
            let request = async {
                match requests.as_mut() {
                    Some(r) => r.recv().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = shutdown.cancelled() => return Ok(()),
                _ = self.wake.notified() => {}
                r = request => match r {
                    Some(r) => asked = Some(r),
                    None => requests = None,
                },
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Every queued item due now: the outage it waited out is over (`outbox --retry-now`).
    pub fn make_due_now(&self) -> Result<()> {
        let now = crate::reply::now();
        for item in self.store.outbox_pending()? {
            if item.state == OutboxState::Queued && item.next_attempt > now {
                self.store
                    .outbox_update(item.id, OutboxState::Queued, now, |i| i.next_attempt = now)?;
            }
        }
        Ok(())
    }

    /// Until the next queued item is due, within [1 s, poll].
    fn next_wait(&self) -> Result<Duration> {
        let now = crate::reply::now();
        let next = self
            .store
            .outbox_pending()?
            .iter()
            .filter(|i| i.state == OutboxState::Queued)
            .map(|i| i.next_attempt)
            .min();
        let secs = next.map_or(self.options.poll.as_secs(), |t| (t - now).max(1) as u64);
        Ok(Duration::from_secs(secs)
            .min(self.options.poll)
            .max(Duration::from_secs(1)))
    }

    async fn drain(&self, shutdown: Option<&CancellationToken>) -> Result<DrainReport> {
        let now = crate::reply::now();
        let mut report = DrainReport::default();
        let mut due = Vec::new();
        for item in self.store.outbox_pending()? {
            if item.state != OutboxState::Queued {
                continue;
            }
            if now - item.created > self.options.give_up_after.as_secs() as i64 {
                let why = format!(
                    "gave up after {} attempts over {} hours{}",
                    item.attempts,
                    (now - item.created) / 3600,
                    item.last_error
                        .as_ref()
                        .map(|e| format!("; last error: {e}"))
                        .unwrap_or_default()
                );
                tracing::error!(id = item.id, kind = item.kind.as_str(), "{why}");
                self.store
                    .outbox_update(item.id, OutboxState::Queued, now, |i| {
                        i.state = OutboxState::Failed;
                        i.last_error = Some(why.clone());
                    })?;
                report.failed += 1;
            } else if item.next_attempt <= now {
                due.push(item);
            } else {
                report.waiting += 1;
            }
        }
        if due.is_empty() {
            self.store.flush().await?;
            return Ok(report);
        }
        let transport = match smtp::transport(self.smtp.as_ref(), self.options.timeout) {
            Ok(t) => t,
            Err(e) => {
                // Nothing was tried: postpone everything due, with the reason on each item.
                let message = e.to_string();
                for item in &due {
                    self.postpone(item, &message, now)?;
                }
                self.store.flush().await?;
                return Err(e);
            }
        };
        let mut unreachable: Option<String> = None;
        for item in due {
            if let Some(why) = &unreachable {
                self.postpone(&item, &format!("not tried: {why}"), now)?;
                report.retried += 1;
                continue;
            }
            if shutdown.is_some_and(|s| s.is_cancelled()) {
                break;
            }
            match self.send(&transport, item).await? {
                Attempt::Sent => report.sent += 1,
                Attempt::NotTaken => {}
                Attempt::Failed(Failure::Permanent(_)) => report.failed += 1,
                Attempt::Failed(Failure::Transient(_)) => report.retried += 1,
                Attempt::Failed(Failure::Connection(why)) => {
                    report.retried += 1;
                    unreachable = Some(why);
                }
            }
        }
        self.store.flush().await?;
        Ok(report)
    }

    /// Back to `queued` without an attempt, due at the same time as a failed attempt.
    fn postpone(&self, item: &OutboxItem, why: &str, now: i64) -> Result<()> {
        let next = now + self.options.backoff(item.attempts.max(1)).as_secs() as i64;
        self.store
            .outbox_update(item.id, OutboxState::Queued, now, |i| {
                i.next_attempt = next;
                i.last_error = Some(why.to_string());
            })?;
        Ok(())
    }

    /// One attempt at one item.
    fn server(&self) -> String {
        smtp::server_name(self.smtp.as_ref())
    }

    async fn send(
        &self,
        transport: &AsyncSmtpTransport<Tokio1Executor>,
        item: OutboxItem,
    ) -> Result<Attempt> {
        let now = crate::reply::now();
        let Some(item) = self
            .store
            .outbox_update(item.id, OutboxState::Queued, now, |i| {
                i.state = OutboxState::Sending;
                i.attempts += 1;
            })?
        else {
            return Ok(Attempt::NotTaken);
        };
        // `sending` must be on disk before the server can have the message.
        self.store.flush().await?;
        let raw = self.store.outbox_raw(item.id)?;
        let outcome = match (smtp::envelope(&item), raw) {
            (Err(why), _) => Err(Failure::Permanent(why)),
            (_, None) => Err(Failure::Permanent(
                "its bytes are missing from the store".into(),
            )),
            (Ok(env), Some(raw)) => {
                let limit = self.options.timeout.saturating_mul(4);
                match tokio::time::timeout(limit, transport.send_raw(&env, &raw)).await {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err(e)) => Err(smtp::classify(&self.server(), &e)),
                    Err(_) => Err(Failure::Connection(format!(
                        "{}: no answer within {} s",
                        self.server(),
                        limit.as_secs()
                    ))),
                }
            }
        };
        let now = crate::reply::now();
        let failure = match outcome {
            Ok(()) => {
                self.store
                    .outbox_update(item.id, OutboxState::Sending, now, |i| {
                        i.state = OutboxState::Sent;
                        i.sent = Some(now);
                        i.last_error = None;
                    })?;
                self.store.flush().await?;
                tracing::info!(id = item.id, kind = item.kind.as_str(), to = %item.to.join(", "), "sent");
                return Ok(Attempt::Sent);
            }
            Err(f) => f,
        };
        match &failure {
            Failure::Permanent(why) => {
                tracing::error!(id = item.id, kind = item.kind.as_str(), to = %item.to.join(", "), "not sent, for good: {why}");
                self.store
                    .outbox_update(item.id, OutboxState::Sending, now, |i| {
                        i.state = OutboxState::Failed;
                        i.last_error = Some(why.clone());
                    })?;
            }
            Failure::Transient(why) | Failure::Connection(why) => {
                let wait = self.options.backoff(item.attempts);
                let text = format!("{why} (attempt {}, next in {})", item.attempts, human(wait));
                tracing::warn!(id = item.id, kind = item.kind.as_str(), "not sent: {text}");
                self.store
                    .outbox_update(item.id, OutboxState::Sending, now, |i| {
                        i.state = OutboxState::Queued;
                        i.next_attempt = now + wait.as_secs() as i64;
                        i.last_error = Some(text.clone());
                    })?;
            }
        }
        self.store.flush().await?;
        Ok(Attempt::Failed(failure))
    }
}

fn human(d: Duration) -> String {
    match d.as_secs() {
        s if s >= 3600 => format!("{} h", s / 3600),
        s if s >= 60 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let o = OutboxOptions::from_config(None);
        assert_eq!(o.backoff(1), Duration::from_secs(60));
        assert_eq!(o.backoff(2), Duration::from_secs(120));
        assert_eq!(o.backoff(5), Duration::from_secs(960));
        assert_eq!(o.backoff(7), Duration::from_secs(3600));
        assert_eq!(o.backoff(40), Duration::from_secs(3600));
    }
}
