//! Shared helpers for integration tests: a real Dovecot per test, a fault-injecting proxy in
//! front of it, a scripted server for faults Dovecot cannot produce, Gmail- and
//! Exchange-shaped servers (provider.rs), certificates, messages.
//!
//! ```ignore
//! mod support;
//! use support::{dovecot::Dovecot, messages::message};
//!
//! let server = Dovecot::start();                     // private instance, ~50 ms
//! server.append("INBOX", &[message(1, 500)]);        // bulk MULTIAPPEND, UIDs in order
//! let mut s = server.endpoint(TlsMode::Implicit)     // ca_file set, 5 s timeout
//!     .connect(&server.auth()).await?;
//! server.flags("INBOX");                             // doveadm's view: uid -> flags
//! server.set_uidvalidity("INBOX", 7);                // or recreate_mailbox("Junk")
//! server.stop(); server.restart();                   // crash and come back, same ports/data
//! ```
#![allow(dead_code)]

pub mod certs;
pub mod dovecot;
pub mod faultproxy;
pub mod messages;
pub mod postbag;
pub mod provider;
pub mod scripted;
pub mod smtp;
pub mod tokenserver;
