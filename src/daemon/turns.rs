//! Turns on the store inside the daemon. The sync, the outbox and the read-only commands
//! of the control socket share the store; a command that changes it (and above all one
//! that rewrites its files, which needs every other user gone) takes it alone. A pass in
//! progress is asked to stop after its current chunk, so such a command waits for a chunk,
//! not for a whole first sync.
//!
//! The lock is tokio's fair `RwLock`: once a command waits to go alone, later shared turns
//! queue behind it. So whoever holds a turn must never wait for another holder (the outbox
//! task delivering for a command): see [`Turn`]'s owner, which can give it back first.

use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock};
use tokio_util::sync::CancellationToken;

/// The store's turns; one per daemon, shared by its tasks.
#[derive(Debug, Default)]
pub struct Turns {
    lock: Arc<RwLock<()>>,
    pass: Mutex<PassState>,
}

#[derive(Debug, Default)]
struct PassState {
    /// Cancelled to make the running pass stop after its current chunk.
    stop: Option<CancellationToken>,
    /// Commands waiting to go alone: a pass starting now stops at once.
    waiting: usize,
}

/// A turn on the store: shared, or alone. Dropping it ends it.
#[derive(Debug)]
pub enum Turn {
    Shared(#[allow(dead_code)] OwnedRwLockReadGuard<()>),
    Alone(#[allow(dead_code)] OwnedRwLockWriteGuard<()>),
}

impl Turns {
    pub fn new() -> Turns {
        Turns::default()
    }

    /// A shared turn (the outbox, a command that only reads).
    pub async fn shared(&self) -> Turn {
        Turn::Shared(Arc::clone(&self.lock).read_owned().await)
    }

    /// Whether a shared turn is free now (no command holds or waits for the store alone).
    pub fn try_shared(&self) -> Option<Turn> {
        Arc::clone(&self.lock)
            .try_read_owned()
            .ok()
            .map(Turn::Shared)
    }

    /// The store alone, if nobody has a turn now.
    pub fn try_alone(&self) -> Option<Turn> {
        Arc::clone(&self.lock)
            .try_write_owned()
            .ok()
            .map(Turn::Alone)
    }

    /// The store alone, once the pass in progress (if any) has finished its chunk and every
    /// shared turn has ended.
    pub async fn alone(&self) -> Turn {
        let waiting = Waiting::new(self);
        let turn = Arc::clone(&self.lock).write_owned().await;
        drop(waiting);
        Turn::Alone(turn)
    }

    /// A shared turn for a pass, and the token that asks the pass to stop early: cancelled
    /// with `shutdown`, or when a command wants the store alone.
    pub async fn pass(&self, shutdown: &CancellationToken) -> (Turn, CancellationToken) {
        let turn = self.shared().await;
        let stop = shutdown.child_token();
        let mut pass = self.pass.lock().unwrap_or_else(|p| p.into_inner());
        if pass.waiting > 0 {
            stop.cancel();
        }
        pass.stop = Some(stop.clone());
        (turn, stop)
    }

    /// The pass has ended (its turn is dropped by the caller).
    pub fn pass_ended(&self) {
        self.pass.lock().unwrap_or_else(|p| p.into_inner()).stop = None;
    }
}

/// Counts a command waiting to go alone, and stops the running pass early; uncounted when
/// dropped, also if the command gives up waiting (its client went away).
struct Waiting<'a>(&'a Turns);

impl<'a> Waiting<'a> {
    fn new(turns: &'a Turns) -> Waiting<'a> {
        let mut pass = turns.pass.lock().unwrap_or_else(|p| p.into_inner());
        pass.waiting += 1;
        if let Some(stop) = &pass.stop {
            stop.cancel();
        }
        Waiting(turns)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0
            .pass
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .waiting -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_command_alone_stops_the_pass_and_waits_for_it() {
        let turns = Arc::new(Turns::new());
        let shutdown = CancellationToken::new();
        let (pass_turn, stop) = turns.pass(&shutdown).await;
        assert!(!stop.is_cancelled());
        let alone = {
            let turns = Arc::clone(&turns);
            tokio::spawn(async move {
                let _turn = turns.alone().await;
            })
        };
        // The pass is asked to stop; the command runs once it has.
        stop.cancelled().await;
        assert!(!alone.is_finished());
        turns.pass_ended();
        drop(pass_turn);
        alone.await.unwrap();
        // Nobody waits any more: the next pass runs to its end.
        let (_turn, stop) = turns.pass(&shutdown).await;
        assert!(!stop.is_cancelled());
    }

    #[tokio::test]
    async fn a_pass_starting_while_a_command_waits_stops_at_once() {
        let turns = Arc::new(Turns::new());
        let reader = turns.shared().await;
        let waiting = {
            let turns = Arc::clone(&turns);
            tokio::spawn(async move {
                let _turn = turns.alone().await;
            })
        };
        // The command is queued once a shared turn is no longer free.
        while turns.try_shared().is_some() {
            tokio::task::yield_now().await;
        }
        let starting = {
            let turns = Arc::clone(&turns);
            tokio::spawn(async move {
                let (_turn, stop) = turns.pass(&CancellationToken::new()).await;
                let stopped = stop.is_cancelled();
                turns.pass_ended();
                stopped
            })
        };
        drop(reader);
        waiting.await.unwrap();
        // The pass got its turn after the command, with nobody waiting: it runs.
        assert!(!starting.await.unwrap());
    }

    #[tokio::test]
    async fn a_command_that_gives_up_waiting_is_forgotten() {
        let turns = Turns::new();
        let shutdown = CancellationToken::new();
        let reader = turns.shared().await;
        let gave_up = tokio::time::timeout(std::time::Duration::ZERO, turns.alone()).await;
        assert!(gave_up.is_err());
        drop(reader);
        let (_turn, stop) = turns.pass(&shutdown).await;
        assert!(!stop.is_cancelled(), "no command waits any more");
    }
}
