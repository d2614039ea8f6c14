//! postbag: triage and member-correspondence daemon for a local party branch secretary.
//!
//! # Layout
//! - [`mail`]: raw bytes -> owned [`mail::Envelope`]; sources for offline use (eml, Maildir, mbox).
//! - [`rules`]: the rule-file format, its validation and the compiled matcher.
//! - [`triage`]: Envelope + RuleSet -> Decision.
//! - [`guard`]: the loop guard, the one place that decides "may we answer".
//! - [`config`]: the TOML config with clear errors.
//! - [`cli`]: command-line definitions and the offline commands.

pub mod error;
pub mod source;

pub use error::{Error, Result};
