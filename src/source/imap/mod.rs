//! The IMAP client: connecting and authenticating ([`ImapEndpoint`]), one logged-in
//! connection with timed commands ([`ImapSession`]), and reconnect delays ([`Backoff`]).
//! Sync state (watermarks, UIDVALIDITY, checkpoints) is the caller's; this module only talks.
//!
//! # Layout
//! - `connection`: TCP, TLS (implicit or STARTTLS), greeting, LOGIN / XOAUTH2.
//! - `transport`: the plain-or-TLS stream and the rustls config (ring, system roots + ca_file).
//! - `auth`: credentials and the XOAUTH2 exchange.
//! - `session`: the connection under timeouts; capabilities, select, noop, logout.
//! - `mailboxes`: LIST and special-use folders.
//! - `fetch`: searching, new UIDs and message bodies (BODY.PEEK) with completeness checks.
//! - `changes`: what changed on messages already seen (CHANGEDSINCE, or flags in chunks).
//! - `marks`: what postbag changes: flags, keywords, copy/move, appended drafts.
//! - `idle`: waiting for new mail with IDLE (or polling).
//! - `protocol`: reading one command's responses up to a checked tagged completion.
//! - `uidset`, `backoff`: pure helpers.

mod auth;
mod backoff;
mod changes;
mod connection;
mod fetch;
mod idle;
mod mailboxes;
mod marks;
mod protocol;
mod session;
mod transport;
pub mod uidset;

pub use auth::{xoauth2_response, Auth};
pub use backoff::{delay_for, Backoff};
pub use changes::Marks as ServerMarks;
pub use connection::{is_loopback, ImapEndpoint, TlsMode};
pub use fetch::{Fetched, FetchedMessage};
pub use idle::{IdleEvent, MAX_IDLE};
pub use mailboxes::{find_special_use, has_mailbox, MailboxInfo, SpecialUse};
pub use marks::Transfer;
pub use protocol::{quote, validate_flag, AppendedUid, MailboxChanges};
pub use session::{Capabilities, ImapSession, MailboxState};
pub use transport::{client_config, load_ca_file, Transport};

use crate::error::{Error, ImapError};

/// Whether retrying cannot help: the config or the credentials are wrong (plain text to a
/// remote host, a bad ca_file, a certificate that does not verify, a refused login, an invalid
/// flag). Everything else (timeouts, cuts, server restarts) calls for a reconnect with
/// [`Backoff`].
pub fn is_fatal(err: &Error) -> bool {
    match err {
        Error::ImapInsecure { .. } | Error::ImapCaFile { .. } | Error::ImapArgument { .. } => true,
        Error::ImapTls { hint, .. } => !hint.is_empty(),
        Error::ImapLogin { source, .. } => {
            matches!(source, ImapError::No(_) | ImapError::Bad(_))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_config_and_credential_errors_are_fatal() {
        let login = |source| Error::ImapLogin {
            user: "u".into(),
            source,
        };
        assert!(is_fatal(&login(ImapError::No(
            "[AUTHENTICATIONFAILED]".into()
        ))));
        assert!(!is_fatal(&login(ImapError::ConnectionLost)));
        assert!(is_fatal(&Error::ImapInsecure { host: "h".into() }));
        assert!(!is_fatal(&Error::ImapBroken));
        let timeout = Error::ImapTimeout {
            op: "greeting".into(),
            after: std::time::Duration::from_secs(1),
        };
        assert!(!is_fatal(&timeout));
    }

    /// The daemon spawns sync tasks on a multi-threaded runtime: the futures must be Send.
    #[allow(dead_code, clippy::let_underscore_future)]
    fn session_futures_are_send(endpoint: &ImapEndpoint, auth: &Auth, s: &mut ImapSession) {
        fn is_send<T: Send>(_: T) {}
        is_send(endpoint.connect(auth));
        is_send(s.select("INBOX"));
        is_send(s.fetch_new(0, 100));
        is_send(s.store_keywords(&[1], "postbag-query"));
        is_send(s.idle_wait(MAX_IDLE));
        is_send(s.append("Drafts", &["\\Draft"], b""));
    }
}
