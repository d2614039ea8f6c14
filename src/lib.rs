//! postbag: triage and member-correspondence daemon for a local party branch secretary.
//!
//! # Layout
//! - [`mail`]: raw bytes -> owned [`mail::Envelope`]; offline sources (eml, Maildir, mbox).
//! - [`rules`]: the rule-file format, its validation and the compiled matcher.
//! - [`triage`]: Envelope + RuleSet -> [`triage::Decision`].
//! - [`intake`]: one fetched message into the store: parse, triage, keep (evidence too).
//! - [`guard`]: the loop guard, the one place that decides "may we answer".
//! - [`reply`]: templates, composing replies and alerts, drafts, the reply plan per message.
//! - [`outbox`]: SMTP delivery of the stored outbox, retries, crash recovery.
//! - [`store`]: sled behind a typed API: messages, threads (JWZ), correspondents, evidence,
//!   sync state and the audit log.
//! - [`config`]: the TOML config with clear errors.
//! - [`cli`] and [`cmd`]: command-line definitions and the commands behind them.

pub mod cli;
pub mod cmd;
pub mod config;
pub mod error;
pub mod guard;
pub mod intake;
pub mod mail;
pub mod outbox;
pub mod reply;
pub mod rules;
pub mod secret;
pub mod store;
pub mod triage;

pub use error::{Error, Result};
