//! An authenticated IMAP session: every command runs under a timeout (async-imap has none,
//! #63) and fails with an [`Error`] named by the operation. After a timeout or a broken
//! connection the session refuses further commands with [`Error::ImapBroken`]: the caller drops
//! it and reconnects with [`super::Backoff`]. Fetching lives in `fetch.rs`, IDLE in `idle.rs`.

use std::collections::BTreeSet;
use std::future::Future;
use std::time::Duration;

use async_imap::imap_proto::NameAttribute;
use async_imap::types::UnsolicitedResponse;
use futures_util::TryStreamExt;

use super::protocol::{quote, run_collect, validate_flag, MailboxChanges};
use super::transport::Transport;
use super::uidset;
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

/// RFC 6154 special-use attributes of a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpecialUse {
    All,
    Archive,
    Drafts,
    Flagged,
    Junk,
    Sent,
    Trash,
}

/// One mailbox from LIST.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxInfo {
    pub name: String,
    pub delimiter: Option<String>,
    pub special_use: Option<SpecialUse>,
    pub selectable: bool,
}

/// Finds the mailbox with a special use (e.g. where drafts go) in a [`ImapSession::list`].
pub fn find_special_use(mailboxes: &[MailboxInfo], usage: SpecialUse) -> Option<&MailboxInfo> {
    mailboxes.iter().find(|m| m.special_use == Some(usage))
}

/// What [`ImapSession::move_to`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer {
    /// UID MOVE: the messages left the source mailbox.
    Moved,
    /// The server has no MOVE: the messages were copied and stay in the source too. postbag
    /// never deletes mail, so it does not emulate MOVE with COPY + \Deleted + EXPUNGE.
    Copied,
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

    /// LIST "" "*" with special-use attributes (RFC 6154), to find Drafts and Sent.
    pub async fn list(&mut self) -> Result<Vec<MailboxInfo>> {
        let names = self
            .call(
                || "LIST".into(),
                |source| Error::ImapList { source },
                async |s| {
                    s.list(Some(""), Some("*"))
                        .await?
                        .try_collect::<Vec<_>>()
                        .await
                },
            )
            .await?;
        Ok(names.iter().map(mailbox_info).collect())
    }

    /// Adds flags or keywords (`+FLAGS.SILENT`) to the given UIDs of the selected mailbox, in
    /// compact UID sets, several commands if the set is long.
    pub async fn add_flags(&mut self, uids: &[u32], flags: &[&str]) -> Result<()> {
        let mailbox = self.selected("store flags")?;
        for flag in flags {
            validate_flag(flag).map_err(|reason| Error::ImapArgument {
                value: flag.to_string(),
                reason,
            })?;
        }
        if uids.is_empty() || flags.is_empty() {
            return Ok(());
        }
        let list = flags.join(" ");
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID STORE {set} +FLAGS.SILENT ({list})");
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("store flags in {mailbox}"),
                |source| Error::ImapStore {
                    mailbox: mailbox.clone(),
                    source,
                },
                async |s| run_collect(s, &command, &mut changes, |_| false).await,
            )
            .await?;
            self.changes.merge(changes);
        }
        Ok(())
    }

    /// Adds one keyword (e.g. `postbag-complaint`) to the given UIDs.
    pub async fn store_keywords(&mut self, uids: &[u32], keyword: &str) -> Result<()> {
        if keyword.starts_with('\\') {
            return Err(Error::ImapArgument {
                value: keyword.into(),
                reason: "a keyword cannot start with a backslash (that is a system flag)",
            });
        }
        self.add_flags(uids, &[keyword]).await
    }

    /// UID COPY of the given messages to `dest`; the originals stay.
    pub async fn copy_to(&mut self, uids: &[u32], dest: &str) -> Result<()> {
        self.transfer(uids, dest, false).await.map(|_| ())
    }

    /// UID MOVE to `dest` when the server has MOVE; otherwise only a copy (see [`Transfer`]).
    pub async fn move_to(&mut self, uids: &[u32], dest: &str) -> Result<Transfer> {
        let moving = self.capabilities.move_command;
        if !moving {
            tracing::warn!("imap server has no MOVE: copying to {dest}, originals stay");
        }
        self.transfer(uids, dest, moving).await
    }

    async fn transfer(&mut self, uids: &[u32], dest: &str, moving: bool) -> Result<Transfer> {
        let from = self.selected("copy")?;
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            self.call(
                || format!("copy from {from} to {dest}"),
                |source| Error::ImapCopy {
                    from: from.clone(),
                    to: dest.to_string(),
                    source,
                },
                async |s| match moving {
                    true => s.uid_mv(&set, dest).await,
                    false => s.uid_copy(&set, dest).await,
                },
            )
            .await?;
        }
        Ok(if moving {
            Transfer::Moved
        } else {
            Transfer::Copied
        })
    }

    /// APPEND a raw message with flags (e.g. `["\\Draft", "\\Seen"]` for a draft). The server's
    /// APPENDUID is not available through async-imap; find the message by Message-ID if needed.
    pub async fn append(&mut self, mailbox: &str, flags: &[&str], raw: &[u8]) -> Result<()> {
        for flag in flags {
            validate_flag(flag).map_err(|reason| Error::ImapArgument {
                value: flag.to_string(),
                reason,
            })?;
        }
        let list = format!("({})", flags.join(" "));
        self.call(
            || format!("append to {mailbox}"),
            |source| Error::ImapAppend {
                mailbox: mailbox.to_string(),
                source,
            },
            async |s| s.append(mailbox, Some(&list), None, raw).await,
        )
        .await
    }

    /// UIDs in the selected mailbox whose Message-ID header contains `message_id` (used to
    /// re-match messages after a UIDVALIDITY change). IMAP header search is a substring match:
    /// pass the id with its angle brackets, and confirm on the fetched message if it matters.
    pub async fn search_message_id(&mut self, message_id: &str) -> Result<Vec<u32>> {
        let quoted = quote(message_id).map_err(|reason| Error::ImapArgument {
            value: message_id.into(),
            reason,
        })?;
        self.uid_search(&format!("HEADER Message-ID {quoted}"))
            .await
    }

    /// UID SEARCH with a raw criteria string; the tagged result is checked, the UIDs sorted.
    pub async fn uid_search(&mut self, criteria: &str) -> Result<Vec<u32>> {
        let mailbox = self.selected("search")?;
        let command = format!("UID SEARCH {criteria}");
        let mut found = Vec::new();
        let mut changes = MailboxChanges::default();
        self.call(
            || format!("search in {mailbox}"),
            |source| Error::ImapSearch {
                mailbox: mailbox.clone(),
                source,
            },
            async |s| {
                run_collect(s, &command, &mut changes, |r| match r {
                    async_imap::imap_proto::Response::MailboxData(
                        async_imap::imap_proto::MailboxDatum::Search(uids),
                    ) => {
                        found.extend_from_slice(uids);
                        true
                    }
                    _ => false,
                })
                .await
            },
        )
        .await?;
        self.changes.merge(changes);
        found.sort_unstable();
        found.dedup();
        Ok(found)
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

fn mailbox_info(name: &async_imap::types::Name) -> MailboxInfo {
    let mut special_use = None;
    let mut selectable = true;
    for attribute in name.attributes() {
        special_use = special_use.or(match attribute {
            NameAttribute::All => Some(SpecialUse::All),
            NameAttribute::Archive => Some(SpecialUse::Archive),
            NameAttribute::Drafts => Some(SpecialUse::Drafts),
            NameAttribute::Flagged => Some(SpecialUse::Flagged),
            NameAttribute::Junk => Some(SpecialUse::Junk),
            NameAttribute::Sent => Some(SpecialUse::Sent),
            NameAttribute::Trash => Some(SpecialUse::Trash),
            _ => None,
        });
        if matches!(attribute, NameAttribute::NoSelect) {
            selectable = false;
        }
        if let NameAttribute::Extension(ext) = attribute {
            if ext.eq_ignore_ascii_case("\\NonExistent") {
                selectable = false;
            }
        }
    }
    MailboxInfo {
        name: name.name().to_string(),
        delimiter: name.delimiter().map(str::to_string),
        special_use,
        selectable,
    }
}
