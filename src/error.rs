//! The library's one error type: variants are named by the operation that failed.

use std::path::PathBuf;

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
    #[error("cannot open store at {path}: {source}")]
    OpenStore { path: PathBuf, source: sled::Error },
    #[error("cannot lock store at {path}: another postbag process is using it")]
    LockStore { path: PathBuf },
    #[error("cannot use store at {path}: it is corrupt ({detail}); rebuild it from the mailbox")]
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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
