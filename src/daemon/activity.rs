//! What the daemon is doing now, for `postbag status` over the control socket: kept up to
//! date by the sync loop (connecting, which folder and chunk, IDLE since when, the last
//! error) and by the control socket (a command running alone). The outbox queue is read
//! from the store when asked.

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

/// The daemon's state, as `status --json` shows it under `daemon`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub pid: u32,
    /// When the daemon started (unix seconds).
    pub started: i64,
    pub state: State,
    /// The folder being synced, or watched with IDLE.
    pub folder: Option<String>,
    /// Of the pass over `folder`: the chunk being worked on, of how many.
    pub chunk: Option<usize>,
    pub chunks: Option<usize>,
    /// Of the pass over `folder`: messages done, of how many new ones.
    pub done: Option<usize>,
    pub total: Option<usize>,
    /// Since when it waits for new mail.
    pub idle_since: Option<i64>,
    /// When the last complete pass ended.
    pub last_pass: Option<i64>,
    pub last_error: Option<LastError>,
    /// A command of the control socket that has the store alone ("forget"): other
    /// commands wait for it.
    pub paused_for: Option<String>,
    /// Filled in when asked: the outbox queue.
    pub outbox: Option<OutboxQueue>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    #[default]
    Starting,
    Connecting,
    Syncing,
    /// Waiting for new mail: IDLE on `folder` (or polling where the server has none).
    Idle,
    /// Waiting before the next connection attempt, after an error.
    Reconnecting,
    Stopping,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Starting => "starting",
            State::Connecting => "connecting",
            State::Syncing => "syncing",
            State::Idle => "idle",
            State::Reconnecting => "waiting to reconnect",
            State::Stopping => "stopping",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastError {
    pub at: i64,
    pub message: String,
}

/// Outgoing mail not sent yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxQueue {
    pub queued: usize,
    pub sending: usize,
    /// When the next queued item is due.
    pub next_attempt: Option<i64>,
    /// The last error of an item still queued (the most recent attempt's).
    pub last_error: Option<String>,
}

/// The daemon's [`Activity`], shared by its tasks. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Live(Arc<Mutex<Activity>>);

impl Live {
    pub fn new() -> Live {
        Live(Arc::new(Mutex::new(Activity {
            pid: std::process::id(),
            started: now(),
            ..Default::default()
        })))
    }

    fn update(&self, f: impl FnOnce(&mut Activity)) {
        f(&mut self.0.lock().unwrap_or_else(|p| p.into_inner()));
    }

    pub fn get(&self) -> Activity {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn connecting(&self) {
        self.update(|a| {
            a.state = State::Connecting;
            a.idle_since = None;
        });
    }

    /// A pass starts on `folder`: how far it got is not known until its first chunk.
    pub fn syncing(&self, folder: &str) {
        self.update(|a| {
            a.state = State::Syncing;
            a.folder = Some(folder.to_string());
            (a.chunk, a.chunks, a.done, a.total) = (None, None, None, None);
            a.idle_since = None;
        });
    }

    /// After each chunk of the pass over `folder`: `done` of `total` new messages, in
    /// chunks of `size` UIDs.
    pub fn progress(&self, folder: &str, done: usize, total: usize, size: usize) {
        let size = size.max(1);
        self.update(|a| {
            a.folder = Some(folder.to_string());
            let chunks = total.div_ceil(size);
            a.chunks = Some(chunks);
            // The chunk being worked on now: the one after those done.
            a.chunk = Some((done.div_ceil(size) + 1).min(chunks));
            (a.done, a.total) = (Some(done), Some(total));
        });
    }

    /// The pass ended (complete, or stopped early when `complete` is false).
    pub fn pass_ended(&self, complete: bool) {
        self.update(|a| {
            if complete {
                a.last_pass = Some(now());
            }
            (a.chunk, a.chunks, a.done, a.total) = (None, None, None, None);
        });
    }

    pub fn idle(&self, folder: Option<&str>) {
        self.update(|a| {
            a.state = State::Idle;
            a.folder = folder.map(str::to_string);
            a.idle_since = Some(now());
        });
    }

    pub fn error(&self, message: String) {
        self.update(|a| {
            a.last_error = Some(LastError { at: now(), message });
        });
    }

    pub fn reconnecting(&self) {
        self.update(|a| {
            a.state = State::Reconnecting;
            a.idle_since = None;
        });
    }

    pub fn stopping(&self) {
        self.update(|a| a.state = State::Stopping);
    }

    /// A command of the control socket has the store alone (`None`: it is done).
    pub fn paused_for(&self, command: Option<&str>) {
        self.update(|a| a.paused_for = command.map(str::to_string));
    }
}

impl Activity {
    /// One line on what the daemon does now ("syncing INBOX: chunk 3 of 12 (500 of 2,900
    /// new messages)").
    pub fn doing(&self) -> String {
        let folder = self.folder.as_deref().unwrap_or("?");
        match self.state {
            State::Syncing => match (self.chunk, self.chunks, self.done, self.total) {
                (Some(c), Some(n), Some(d), Some(t)) => {
                    format!("syncing {folder}: chunk {c} of {n} ({d} of {t} new messages done)")
                }
                _ => format!("syncing {folder}"),
            },
            State::Idle => format!(
                "waiting for new mail on {folder} since {}",
                when(self.idle_since)
            ),
            other => other.as_str().to_string(),
        }
    }
}

/// Unix seconds as `2026-11-30 08:00:00 UTC`, or "never".
pub fn when(t: Option<i64>) -> String {
    t.and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(|ts| ts.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| "never".into())
}

fn now() -> i64 {
    crate::store::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_shown_as_the_chunk_being_worked_on() {
        let live = Live::new();
        live.syncing("INBOX");
        assert_eq!(live.get().doing(), "syncing INBOX");
        live.progress("INBOX", 250, 1000, 250);
        assert_eq!(
            live.get().doing(),
            "syncing INBOX: chunk 2 of 4 (250 of 1000 new messages done)"
        );
        live.progress("INBOX", 1000, 1000, 250);
        assert_eq!(live.get().chunk, Some(4));
        live.pass_ended(true);
        live.idle(Some("INBOX"));
        let a = live.get();
        assert!(a
            .doing()
            .starts_with("waiting for new mail on INBOX since "));
        assert!(a.last_pass.is_some() && a.chunk.is_none());
    }
}
