//! The library's one error type: variants are named by the operation that failed.

use std::path::PathBuf;
use std::time::Duration;

/// The failure reported by async-imap underneath an IMAP operation.
pub type ImapError = async_imap::error::Error;

/// Every failure the library reports; the binary adds context with anyhow.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
    /// A password command or token endpoint failed; the next attempt may work.
    #[error("cannot get the password or token: {0}")]
    ResolveSecret(String),
    #[error("cannot open store at {path}: {source}")]
    OpenStore { path: PathBuf, source: sled::Error },
    #[error("cannot lock store at {path}: {} is using it", holder.as_deref().unwrap_or("another postbag process"))]
    LockStore {
        path: PathBuf,
        /// The process holding it, when known ("process 1234 (postbag run)").
        holder: Option<String>,
    },
    #[error(
        "cannot use store at {path}: it could not be reopened after a rewrite; restart postbag"
    )]
    StoreClosed { path: PathBuf },
    #[error("cannot use store at {path}: it is corrupt ({detail}); rebuild it from the mailbox with `postbag store repair`")]
    CorruptStore { path: PathBuf, detail: String },
    #[error("cannot prepare store directory {path}: {source}")]
    PrepareStoreDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read from store: {0}")]
    ReadStore(#[source] sled::Error),
    #[error("cannot write to store: {0}")]
    WriteStore(#[source] sled::Error),
    #[error("cannot flush store: {0}")]
    FlushStore(#[source] sled::Error),
    #[error("cannot encode {what} for the store: {detail}")]
    EncodeRecord { what: &'static str, detail: String },
    #[error("cannot decode {what} from the store: {detail}")]
    DecodeRecord { what: &'static str, detail: String },
    #[error("cannot relocate message: {0}")]
    RelocateMessage(String),
    #[error("cannot keep evidence for {key}: {detail}")]
    KeepEvidence { key: String, detail: String },

    // IMAP (src/source/imap): one variant per failed operation.
    #[error("refusing plain-text imap to {host}: tls = \"none\" is only allowed for a loopback host; use \"implicit\" or \"starttls\"")]
    ImapInsecure { host: String },
    #[error("cannot load imap ca_file {path}: {reason}")]
    ImapCaFile { path: PathBuf, reason: String },
    #[error("cannot connect to imap server {addr}: {source}")]
    ImapConnect {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot establish tls with imap server {host}: {source}{hint}")]
    ImapTls {
        host: String,
        source: std::io::Error,
        hint: &'static str,
    },
    #[error("cannot read the greeting of imap server {addr}: {reason}")]
    ImapGreeting { addr: String, reason: String },
    #[error("cannot start tls with imap server {host}: {source}")]
    ImapStartTls { host: String, source: ImapError },
    #[error("cannot log in to imap server as {user}: {source}")]
    ImapLogin { user: String, source: ImapError },
    #[error("imap {op} timed out after {after:?}")]
    ImapTimeout { op: String, after: Duration },
    #[error("imap connection is unusable after an earlier failure; reconnect")]
    ImapBroken,
    #[error("imap {op} needs a selected mailbox")]
    ImapNoMailbox { op: &'static str },
    #[error("cannot read imap capabilities: {source}")]
    ImapCapabilities { source: ImapError },
    #[error("cannot select mailbox {mailbox}: {source}")]
    ImapSelect { mailbox: String, source: ImapError },
    #[error("cannot list mailboxes: {source}")]
    ImapList { source: ImapError },
    #[error("cannot search mailbox {mailbox}: {source}")]
    ImapSearch { mailbox: String, source: ImapError },
    #[error("cannot fetch from mailbox {mailbox}: {source}")]
    ImapFetch { mailbox: String, source: ImapError },
    #[error("cannot store flags in mailbox {mailbox}: {source}")]
    ImapStore { mailbox: String, source: ImapError },
    #[error("cannot copy or move messages from {from} to {to}: {source}")]
    ImapCopy {
        from: String,
        to: String,
        source: ImapError,
    },
    #[error("cannot create mailbox {mailbox}: {source}")]
    ImapCreate { mailbox: String, source: ImapError },
    #[error("cannot append to mailbox {mailbox}: {source}")]
    ImapAppend { mailbox: String, source: ImapError },
    #[error("cannot idle on mailbox {mailbox}: {source}")]
    ImapIdle { mailbox: String, source: ImapError },
    #[error("cannot send imap noop: {source}")]
    ImapNoop { source: ImapError },
    #[error("cannot log out of imap server: {source}")]
    ImapLogout { source: ImapError },
    #[error("invalid imap argument {value:?}: {reason}")]
    ImapArgument { value: String, reason: &'static str },
    #[error("cannot import members from {path}:{line}: {detail}")]
    ImportMembers {
        path: PathBuf,
        line: u64,
        detail: String,
    },
    #[error("cannot release evidence for {key}: {detail}")]
    ReleaseEvidence { key: String, detail: String },
    #[error("cannot rewrite store at {path}: {detail}")]
    RewriteStore { path: PathBuf, detail: String },
    #[error("cannot export to {path}: {detail}")]
    Export { path: PathBuf, detail: String },
    #[error("cannot load reply templates:\n{0}")]
    LoadTemplates(String),
    #[error("cannot render template {template}{}: {detail}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    RenderTemplate {
        template: String,
        line: Option<usize>,
        detail: String,
    },
    #[error("cannot compose reply: {0}")]
    ComposeReply(String),
    #[error("cannot set up SMTP: {0}")]
    SmtpSetup(String),
    #[error("cannot save draft: {0}")]
    SaveDraft(String),
    #[error("cannot build digest: {0}")]
    BuildDigest(String),
    #[error("cannot render digest: {0}")]
    RenderDigest(String),
}

impl Error {
    /// The server refused one command (NO, BAD, an argument it cannot take) and the
    /// connection is still good: a failure of that command's message or mark alone.
    pub fn is_refusal(&self) -> bool {
        let refused = |e: &ImapError| {
            matches!(
                e,
                ImapError::No(_) | ImapError::Bad(_) | ImapError::Validate(_)
            )
        };
        match self {
            Error::ImapAppend { source, .. }
            | Error::ImapStore { source, .. }
            | Error::ImapCopy { source, .. }
            | Error::ImapCreate { source, .. } => refused(source),
            Error::ImapArgument { .. } => true,
            _ => false,
        }
    }

    /// A failure of the store itself (not of one message's data): nothing that follows
    /// can be recorded, so it stops the pass instead of being put down to one message.
    pub fn is_store(&self) -> bool {
        matches!(
            self,
            Error::OpenStore { .. }
                | Error::LockStore { .. }
                | Error::StoreClosed { .. }
                | Error::CorruptStore { .. }
                | Error::PrepareStoreDir { .. }
                | Error::ReadStore(_)
                | Error::WriteStore(_)
                | Error::FlushStore(_)
        )
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
