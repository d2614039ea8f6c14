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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
