//! Where mail comes from: an IMAP account (the daemon's normal source). Offline sources
//! (eml, Maildir, mbox) live in `mail`.

pub mod imap;
