//! Waiting for new mail with IDLE (RFC 2177), or by NOOP polling where the server has none.
//! async-imap's IDLE timeout restarts on every server keepalive (Dovecot sends one every two
//! minutes), so the wait has an outer deadline of its own, and one IDLE never lasts longer
//! than [`MAX_IDLE`]: callers loop, re-issuing IDLE well before servers drop it (29 minutes).

use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use async_imap::imap_proto::{MailboxDatum, Response, Status};

use super::session::ImapSession;
use crate::error::{Error, ImapError, Result};

/// The longest single IDLE; RFC 2177 servers may end an IDLE after 30 minutes.
pub const MAX_IDLE: Duration = Duration::from_secs(25 * 60);

/// Why [`ImapSession::idle_wait`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleEvent {
    /// `* n EXISTS` or `* n RECENT`: new messages to look for with a UID SEARCH.
    NewMail,
    /// Something else changed (EXPUNGE, flags changed by another client).
    Changed,
    /// Nothing happened within the wait.
    Timeout,
}

impl ImapSession {
    /// Waits up to `max` (capped at [`MAX_IDLE`]) for a change in the selected mailbox.
    /// Returns at once with `NewMail` if an earlier command already reported EXISTS.
    pub async fn idle_wait(&mut self, max: Duration) -> Result<IdleEvent> {
        let mailbox = self.selected("idle")?;
        let max = max.min(MAX_IDLE);
        if self.changes.exists.take().is_some() {
            return Ok(IdleEvent::NewMail);
        }
        if !self.capabilities.idle {
            return self.poll_wait(max).await;
        }
        let session = self.inner.take().ok_or(Error::ImapBroken)?;
        let wrap = |source| Error::ImapIdle {
            mailbox: mailbox.clone(),
            source,
        };
        let timeout = self.timeout;
        let mut handle = session.idle();
        match tokio::time::timeout(timeout, handle.init()).await {
            Err(_) => {
                return Err(Error::ImapTimeout {
                    op: format!("IDLE on {mailbox}"),
                    after: timeout,
                })
            }
            Ok(Err(e)) => return Err(wrap(e)),
            Ok(Ok(())) => {}
        }

        let event = {
            // The StopSource must live while we wait: dropping it interrupts the wait.
            let (wait, _stop) = handle.wait_with_timeout(max);
            match tokio::time::timeout(max, wait).await {
                Err(_) => Ok(IdleEvent::Timeout),
                Ok(Ok(IdleResponse::Timeout)) => Ok(IdleEvent::Timeout),
                Ok(Ok(IdleResponse::NewData(data))) => classify(data.parsed()),
                // We never interrupt, so this is the stream ending: the server hung up.
                Ok(Ok(IdleResponse::ManualInterrupt)) => Err(ImapError::ConnectionLost),
                Ok(Err(e)) => Err(e),
            }
        };
        let event = event.map_err(wrap)?;

        let session = match tokio::time::timeout(timeout, handle.done()).await {
            Err(_) => {
                return Err(Error::ImapTimeout {
                    op: format!("IDLE DONE on {mailbox}"),
                    after: timeout,
                })
            }
            Ok(Err(e)) => return Err(wrap(e)),
            Ok(Ok(session)) => session,
        };
        self.inner = Some(session);
        self.drain_unsolicited();
        if event == IdleEvent::NewMail {
            self.changes.exists = None;
        }
        Ok(event)
    }

    /// For servers without IDLE: sleep, then NOOP and look at what it reported.
    async fn poll_wait(&mut self, max: Duration) -> Result<IdleEvent> {
        tokio::time::sleep(max.min(Duration::from_secs(60))).await;
        self.noop().await?;
        let changes = self.take_changes();
        Ok(if changes.exists.is_some() {
            IdleEvent::NewMail
        } else if changes.is_empty() {
            IdleEvent::Timeout
        } else {
            IdleEvent::Changed
        })
    }
}

fn classify(response: &Response<'_>) -> std::result::Result<IdleEvent, ImapError> {
    match response {
        Response::MailboxData(MailboxDatum::Exists(_) | MailboxDatum::Recent(_)) => {
            Ok(IdleEvent::NewMail)
        }
        Response::Data {
            status: Status::Bye,
            outcome,
        } => Err(ImapError::Io(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            format!(
                "server closed the connection: {}",
                outcome.information.as_deref().unwrap_or("BYE")
            ),
        ))),
        _ => Ok(IdleEvent::Changed),
    }
}
