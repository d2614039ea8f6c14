//! postbag: triage and member-correspondence daemon for a local party branch secretary.
//!
//! # Layout
//! - [`mail`]: raw bytes -> owned [`mail::Envelope`]; offline sources (eml, Maildir, mbox).
//! - [`rules`]: the rule-file format, its validation and the compiled matcher.
//! - [`triage`]: Envelope + RuleSet -> [`triage::Decision`].
//! - [`eval`]: labelled mail and the figures of `postbag eval`.
//! - [`learn`]: the learned layer: features, the shipped model, training.
//! - [`corrections`]: the secretary's re-labels noticed, recorded and learned from.
//! - [`intake`]: one fetched message into the store: parse, triage, keep (evidence too).
//! - [`guard`]: the loop guard, the one place that decides "may we answer".
//! - [`reply`]: templates, composing replies and alerts, drafts, the reply plan per message.
//! - [`outbox`]: SMTP delivery of the stored outbox, retries, crash recovery.
//! - [`store`]: sled behind a typed API: messages, threads (JWZ), correspondents, evidence,
//!   sync state and the audit log.
//! - [`source`]: the IMAP client (connection, session, fetch, idle, marks).
//! - [`sync`]: incremental sync of one mailbox into the store, and the marks on the server.
//! - [`actions`]: replies (drafts, acknowledgements, alerts), sent copies, the digest when due.
//! - [`daemon`]: the long-running loop: connect, sync, IDLE, reconnect with backoff; turns
//!   on the store and what it is doing now.
//! - [`control`]: the control socket: other commands reach the daemon's store through it.
//! - [`secret`]: passwords and tokens from env, file or command.
//! - [`oauth2`]: built-in OAuth2: `postbag login`, the token file, refreshing access tokens.
//! - [`members`]: the member list and who a sender is (rules' `sender-status`).
//! - [`privacy`]: retention (purge), subject-access export and forgetting a person.
//! - [`digest`]: the weekly digest: statistics, text/HTML/chart, schedule.
//! - [`config`]: the TOML config with clear errors.
//! - [`doctor`]: checks a config against its servers and files, step by step, naming fixes.
//! - [`cli`] and [`cmd`]: command-line definitions and the commands behind them.

pub mod actions;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod control;
pub mod corrections;
pub mod daemon;
pub mod digest;
pub mod doctor;
pub mod error;
pub mod eval;
pub mod guard;
pub mod intake;
pub mod learn;
pub mod mail;
pub mod members;
pub mod oauth2;
pub mod outbox;
pub mod privacy;
pub mod reply;
pub mod rules;
pub mod secret;
pub mod source;
pub mod status;
pub mod store;
pub mod sync;
pub mod triage;

pub use error::{Error, Result};
