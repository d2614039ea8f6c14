//! An authenticated IMAP session: every command runs under a timeout (async-imap has none,
//! #63) and fails with an [`Error`] named by the operation. After a timeout or a broken
//! connection the session refuses further commands with [`Error::ImapBroken`]: the caller drops
//! it and reconnects with [`super::Backoff`]. The commands themselves live in `fetch`,
//! `marks`, `mailboxes` and `idle`.

use std::collections::BTreeSet;
use std::future::Future;
use std::time::Duration;

use async_imap::types::UnsolicitedResponse;

use super::protocol::MailboxChanges;
use super::transport::Transport;
use crate::error::{Error, ImapError, Result};

pub(crate) type Session = async_imap::Session<Transport>;

/// Runs `fut` with a deadline; `op` names the operation in the timeout error.
pub(crate) async fn timed<T>(
    after: Duration,
    op: impl FnOnce() -> String,
    fut: impl Future<Output = T>,
) -> Result<T> {
    tokio::time::timeout(after, fut)
        .await
        .map_err(|_| Error::ImapTimeout { op: op(), after })
}

/// What the server says it can do, read after login (pre-TLS capabilities are never used).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub idle: bool,
    pub condstore: bool,
    pub move_command: bool,
    pub special_use: bool,
    pub uidplus: bool,
    /// Every capability name, upper-cased.
    pub names: BTreeSet<String>,
}

impl Capabilities {
    fn from_names(names: BTreeSet<String>) -> Self {
        Self {
            idle: names.contains("IDLE"),
            condstore: names.contains("CONDSTORE"),
            move_command: names.contains("MOVE"),
            special_use: names.contains("SPECIAL-USE"),
            uidplus: names.contains("UIDPLUS"),
            names,
        }
    }
}

/// The state of a mailbox right after SELECT/EXAMINE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailboxState {
    pub uid_validity: u32,
    pub uid_next: Option<u32>,
    pub exists: u32,
    /// Present when the server has CONDSTORE.
    pub highest_modseq: Option<u64>,
}

/// A logged-in IMAP connection.
#[derive(Debug)]
pub struct ImapSession {
    pub(super) inner: Option<Session>,
    pub(super) timeout: Duration,
    pub(super) capabilities: Capabilities,
    pub(super) selected: Option<String>,
    pub(super) changes: MailboxChanges,
}

impl ImapSession {
    pub(crate) async fn start(session: Session, timeout: Duration) -> Result<Self> {
        let mut this = Self {
            inner: Some(session),
            timeout,
            capabilities: Capabilities::default(),
            selected: None,
            changes: MailboxChanges::default(),
        };
        this.refresh_capabilities().await?;
        Ok(this)
    }

    /// Runs one command under the timeout. A timeout or any failure other than a clean NO/BAD
    /// (or a refused argument) leaves the stream out of step, so the connection is dropped.
    pub(super) async fn call<T>(
        &mut self,
        op: impl FnOnce() -> String,
        wrap: impl FnOnce(ImapError) -> Error,
        f: impl AsyncFnOnce(&mut Session) -> std::result::Result<T, ImapError>,
    ) -> Result<T> {
        let after = self.timeout;
        let session = self.inner.as_mut().ok_or(Error::ImapBroken)?;
        let outcome = match tokio::time::timeout(after, f(session)).await {
            Err(_) => {
                self.inner = None;
                return Err(Error::ImapTimeout { op: op(), after });
            }
            Ok(outcome) => outcome,
        };
        match outcome {
            Ok(value) => {
                self.drain_unsolicited();
                Ok(value)
            }
            Err(e) => {
                let in_step = matches!(
                    e,
                    ImapError::No(_) | ImapError::Bad(_) | ImapError::Validate(_)
                );
                if in_step {
                    self.drain_unsolicited();
                } else {
                    self.inner = None;
                }
                Err(wrap(e))
            }
        }
    }

    /// Moves what async-imap queued in its bounded channel into [`MailboxChanges`].
    pub(super) fn drain_unsolicited(&mut self) {
        let Some(session) = &self.inner else { return };
        while let Ok(response) = session.unsolicited_responses.try_recv() {
            match response {
                UnsolicitedResponse::Exists(n) => self.changes.exists = Some(n),
                UnsolicitedResponse::Expunge(_) => self.changes.expunged += 1,
                UnsolicitedResponse::Recent(_) => {}
                UnsolicitedResponse::Other(data) => self.changes.note(data.parsed()),
                _ => self.changes.other += 1,
            }
        }
    }

    /// The selected mailbox, for error messages and operations that need one.
    pub(super) fn selected(&self, op: &'static str) -> Result<String> {
        self.selected.clone().ok_or(Error::ImapNoMailbox { op })
    }

    /// Whether the connection was dropped after a failure; then only reconnecting helps.
    pub fn is_broken(&self) -> bool {
        self.inner.is_none()
    }

    pub fn capabilities(&self) -> &Capabilities {
        &self.capabilities
    }

    /// The mailbox currently selected, if any.
    pub fn selected_mailbox(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// Takes the change hints gathered since the last call (see [`MailboxChanges`]).
    pub fn take_changes(&mut self) -> MailboxChanges {
        self.drain_unsolicited();
        std::mem::take(&mut self.changes)
    }

    /// Asks the server for its capabilities again (they may change after login).
    pub async fn refresh_capabilities(&mut self) -> Result<&Capabilities> {
        let caps = self
            .call(
                || "CAPABILITY".into(),
                |source| Error::ImapCapabilities { source },
                async |s| s.capabilities().await,
            )
            .await?;
        let names = caps.iter().map(capability_name).collect();
        self.capabilities = Capabilities::from_names(names);
        Ok(&self.capabilities)
    }

    /// SELECT (read-write), with CONDSTORE when the server has it.
    pub async fn select(&mut self, mailbox: &str) -> Result<MailboxState> {
        self.open(mailbox, false).await
    }

    /// EXAMINE (read-only): for looking without any chance of changing flags.
    pub async fn examine(&mut self, mailbox: &str) -> Result<MailboxState> {
        self.open(mailbox, true).await
    }

    async fn open(&mut self, mailbox: &str, read_only: bool) -> Result<MailboxState> {
        let condstore = self.capabilities.condstore;
        self.selected = None;
        let wrap = |source| Error::ImapSelect {
            mailbox: mailbox.to_string(),
            source,
        };
        let state = self
            .call(
                || format!("select mailbox {mailbox}"),
                wrap,
                async |s| match (read_only, condstore) {
                    (true, _) => s.examine(mailbox).await,
                    (false, true) => s.select_condstore(mailbox).await,
                    (false, false) => s.select(mailbox).await,
                },
            )
            .await?;
        let uid_validity = state.uid_validity.ok_or_else(|| {
            wrap(ImapError::Parse(
                async_imap::error::ParseError::ExpectedResponseNotFound(
                    "UIDVALIDITY in SELECT response".into(),
                ),
            ))
        })?;
        self.selected = Some(mailbox.to_string());
        self.changes = MailboxChanges::default();
        Ok(MailboxState {
            uid_validity,
            uid_next: state.uid_next,
            exists: state.exists,
            highest_modseq: state.highest_modseq,
        })
    }

    /// NOOP: a keepalive that also collects pending EXISTS/EXPUNGE into the change hints.
    pub async fn noop(&mut self) -> Result<()> {
        self.call(
            || "NOOP".into(),
            |source| Error::ImapNoop { source },
            async |s| s.noop().await,
        )
        .await
    }

    /// LOGOUT and close; errors here only mean the connection was already gone.
    pub async fn logout(mut self) -> Result<()> {
        let result = self
            .call(
                || "LOGOUT".into(),
                |source| Error::ImapLogout { source },
                async |s| s.logout().await,
            )
            .await;
        self.inner = None;
        result
    }
}

fn capability_name(cap: &async_imap::types::Capability) -> String {
    use async_imap::types::Capability;
    match cap {
        Capability::Imap4rev1 => "IMAP4REV1".into(),
        Capability::Auth(mech) => format!("AUTH={}", mech.to_ascii_uppercase()),
        Capability::Atom(atom) => atom.to_ascii_uppercase(),
    }
}
