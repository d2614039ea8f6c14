//! An authenticated IMAP session: every command runs under a timeout (async-imap has none,
//! #63) and fails with an [`Error`] named by the operation. After a timeout or a broken
//! connection the session refuses further commands with [`Error::ImapBroken`]: the caller drops
//! it and reconnects with [`super::Backoff`]. SELECT is read here, PERMANENTFLAGS included
//! (RFC 3501 7.1: which flags and keywords the mailbox keeps). The other commands live in
//! `fetch`, `marks`, `mailboxes` and `idle`.

use std::collections::BTreeSet;
use std::future::Future;
use std::time::Duration;

use async_imap::imap_proto::{MailboxDatum, Response, ResponseCode, Status};
use async_imap::types::UnsolicitedResponse;

use super::protocol::{run_collect, MailboxChanges};
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
    /// Gmail's extensions (`X-GM-EXT-1`): labels (`X-GM-LABELS`) in FETCH and STORE.
    pub gmail: bool,
    /// Every capability name, upper-cased.
    pub names: BTreeSet<String>,
}

impl Capabilities {
    pub fn from_names(names: BTreeSet<String>) -> Self {
        Self {
            idle: names.contains("IDLE"),
            condstore: names.contains("CONDSTORE"),
            move_command: names.contains("MOVE"),
            special_use: names.contains("SPECIAL-USE"),
            uidplus: names.contains("UIDPLUS"),
            gmail: names.contains("X-GM-EXT-1"),
            names,
        }
    }
}

/// The state of a mailbox right after SELECT/EXAMINE.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailboxState {
    pub uid_validity: u32,
    pub uid_next: Option<u32>,
    pub exists: u32,
    /// Present when the server has CONDSTORE.
    pub highest_modseq: Option<u64>,
    /// The PERMANENTFLAGS list as sent (`\*` included), or `None` when the server sent none
    /// (then every flag is permanent, RFC 3501 7.1). After EXAMINE it is usually empty.
    pub permanent_flags: Option<Vec<String>>,
}

impl MailboxState {
    /// Whether `flag` (a system flag or a keyword) sticks when stored: listed in
    /// PERMANENTFLAGS, or a keyword where the list has `\*` (new keywords may be created),
    /// or no list at all. A server that keeps no custom keywords (Microsoft 365) refuses or
    /// drops a STORE of one.
    pub fn keeps(&self, flag: &str) -> bool {
        let Some(list) = &self.permanent_flags else {
            return true;
        };
        list.iter().any(|f| f.eq_ignore_ascii_case(flag))
            || (!flag.starts_with('\\') && list.iter().any(|f| f == "\\*"))
    }

    /// Whether any new keyword sticks (`\*` in PERMANENTFLAGS, or no list).
    pub fn keeps_new_keywords(&self) -> bool {
        self.permanent_flags
            .as_ref()
            .is_none_or(|list| list.iter().any(|f| f == "\\*"))
    }
}

/// A logged-in IMAP connection.
#[derive(Debug)]
pub struct ImapSession {
    pub(super) inner: Option<Session>,
    pub(super) timeout: Duration,
    pub(super) capabilities: Capabilities,
    pub(super) selected: Option<String>,
    /// HIGHESTMODSEQ of the selected mailbox as its SELECT/EXAMINE gave it.
    selected_modseq: Option<u64>,
    pub(super) changes: MailboxChanges,
    /// The server's greeting text (e.g. "The Microsoft Exchange IMAP4 service is ready.").
    pub(super) greeting: String,
    /// Mailboxes seen in LIST or created in this session, for creating folders once.
    pub(super) known_mailboxes: Option<Vec<super::MailboxInfo>>,
}

impl ImapSession {
    pub(crate) async fn start(
        session: Session,
        timeout: Duration,
        greeting: String,
    ) -> Result<Self> {
        let mut this = Self {
            inner: Some(session),
            timeout,
            capabilities: Capabilities::default(),
            selected: None,
            selected_modseq: None,
            changes: MailboxChanges::default(),
            greeting,
            known_mailboxes: None,
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

    /// The server's greeting text, for telling providers apart in reports.
    pub fn greeting(&self) -> &str {
        &self.greeting
    }

    /// The mailbox currently selected, if any.
    pub fn selected_mailbox(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// The selected mailbox's HIGHESTMODSEQ as its SELECT gave it (CONDSTORE servers).
    pub fn selected_highest_modseq(&self) -> Option<u64> {
        self.selected_modseq
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

    /// SELECT or EXAMINE, read by hand rather than by async-imap, whose `Mailbox` cannot tell
    /// a missing PERMANENTFLAGS (everything is kept) from an empty one (nothing is).
    async fn open(&mut self, mailbox: &str, read_only: bool) -> Result<MailboxState> {
        let condstore = self.capabilities.condstore;
        self.selected = None;
        self.selected_modseq = None;
        let wrap = |source| Error::ImapSelect {
            mailbox: mailbox.to_string(),
            source,
        };
        let quoted = quote_mailbox(mailbox).map_err(|reason| Error::ImapArgument {
            value: mailbox.to_string(),
            reason,
        })?;
        let command = match (read_only, condstore) {
            (true, _) => format!("EXAMINE {quoted}"),
            (false, true) => format!("SELECT {quoted} (CONDSTORE)"),
            (false, false) => format!("SELECT {quoted}"),
        };
        let mut state = MailboxState::default();
        let mut uid_validity = None;
        let mut changes = MailboxChanges::default();
        self.call(
            || format!("select mailbox {mailbox}"),
            wrap,
            async |s| {
                run_collect(s, &command, &mut changes, |r| {
                    read_select_response(r, &mut state, &mut uid_validity)
                })
                .await
            },
        )
        .await?;
        let uid_validity = uid_validity.ok_or_else(|| {
            wrap(ImapError::Parse(
                async_imap::error::ParseError::ExpectedResponseNotFound(
                    "UIDVALIDITY in SELECT response".into(),
                ),
            ))
        })?;
        state.uid_validity = uid_validity;
        self.selected = Some(mailbox.to_string());
        self.selected_modseq = state.highest_modseq;
        // Whatever came with the SELECT describes the mailbox as it is now: no change hints.
        self.changes = MailboxChanges::default();
        Ok(state)
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

/// Takes what a SELECT/EXAMINE response says about the mailbox; false for anything else.
fn read_select_response(
    response: &Response<'_>,
    state: &mut MailboxState,
    uid_validity: &mut Option<u32>,
) -> bool {
    match response {
        Response::MailboxData(MailboxDatum::Exists(n)) => state.exists = *n,
        Response::MailboxData(MailboxDatum::Recent(_) | MailboxDatum::Flags(_)) => {}
        Response::Data {
            status: Status::Ok,
            outcome,
        } => match &outcome.code {
            Some(ResponseCode::UidValidity(v)) => *uid_validity = Some(*v),
            Some(ResponseCode::UidNext(n)) => state.uid_next = Some(*n),
            Some(ResponseCode::HighestModSeq(m)) => state.highest_modseq = Some(*m),
            Some(ResponseCode::PermanentFlags(flags)) => {
                state
                    .permanent_flags
                    .get_or_insert_with(Vec::new)
                    .extend(flags.iter().map(|f| f.to_string()));
            }
            _ => {}
        },
        _ => return false,
    }
    true
}

/// A mailbox name as a quoted string, as async-imap quotes it (UTF-8 passes; CR and LF
/// cannot be quoted).
pub(crate) fn quote_mailbox(name: &str) -> std::result::Result<String, &'static str> {
    if name.contains(['\r', '\n', '\0']) {
        return Err("a mailbox name cannot hold CR, LF or NUL");
    }
    Ok(format!(
        "\"{}\"",
        name.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

fn capability_name(cap: &async_imap::types::Capability) -> String {
    use async_imap::types::Capability;
    match cap {
        Capability::Imap4rev1 => "IMAP4REV1".into(),
        Capability::Auth(mech) => format!("AUTH={}", mech.to_ascii_uppercase()),
        Capability::Atom(atom) => atom.to_ascii_uppercase(),
    }
}
