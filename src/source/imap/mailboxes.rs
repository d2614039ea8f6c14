//! The account's mailboxes: LIST with RFC 6154 special-use attributes, so postbag finds the
//! Drafts and Sent folders by their role rather than by a name that differs per server
//! (`[Gmail]/Drafts`, `[Google Mail]/Entw&APw-rfe`, `Drafts`); and CREATE of the folders
//! and Gmail labels that marks go to, once each.

use async_imap::imap_proto::NameAttribute;
use futures_util::TryStreamExt;

use super::session::ImapSession;
use crate::error::{Error, Result};

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

/// Whether `mailboxes` has `name` (INBOX in any case, as RFC 3501 5.1 says).
pub fn has_mailbox(mailboxes: &[MailboxInfo], name: &str) -> bool {
    mailboxes.iter().any(|m| {
        m.name == name
            || (name.eq_ignore_ascii_case("INBOX") && m.name.eq_ignore_ascii_case("INBOX"))
    })
}

impl ImapSession {
    /// LIST "" "*" with special-use attributes (RFC 6154), to find Drafts and Sent.
    pub async fn list(&mut self) -> Result<Vec<MailboxInfo>> {
        let found = self.list_uncached().await?;
        self.known_mailboxes = Some(found.clone());
        Ok(found)
    }

    /// The hierarchy delimiter of the account's folders (`/` on Gmail and Exchange, `.` on
    /// some Dovecot setups), from LIST; `/` when the server names none.
    pub async fn delimiter(&mut self) -> Result<String> {
        let known = match &self.known_mailboxes {
            Some(known) => known.clone(),
            None => self.list().await?,
        };
        Ok(known
            .iter()
            .find_map(|m| m.delimiter.clone())
            .unwrap_or_else(|| "/".to_string()))
    }

    /// Creates `name` (a folder, or a label on Gmail) unless LIST shows it already; returns
    /// whether it was created. A refused CREATE of a folder that turns out to exist (another
    /// client made it meanwhile) is not an error.
    pub async fn ensure_mailbox(&mut self, name: &str) -> Result<bool> {
        let known = match &self.known_mailboxes {
            Some(known) => has_mailbox(known, name),
            None => {
                let listed = self.list().await?;
                has_mailbox(&listed, name)
            }
        };
        if known {
            return Ok(false);
        }
        let created = self
            .call(
                || format!("create mailbox {name}"),
                |source| Error::ImapCreate {
                    mailbox: name.to_string(),
                    source,
                },
                async |s| s.create(name).await,
            )
            .await;
        match created {
            Ok(()) => {
                tracing::info!("created folder {name:?}");
                let delimiter = self
                    .known_mailboxes
                    .as_ref()
                    .and_then(|k| k.iter().find_map(|m| m.delimiter.clone()));
                self.known_mailboxes
                    .get_or_insert_with(Vec::new)
                    .push(MailboxInfo {
                        name: name.to_string(),
                        delimiter,
                        special_use: None,
                        selectable: true,
                    });
                Ok(true)
            }
            Err(e) if e.is_refusal() => {
                if has_mailbox(&self.list().await?, name) {
                    Ok(false)
                } else {
                    Err(e)
                }
            }
            Err(e) => Err(e),
        }
    }

    /// The mailboxes the last LIST of this session found (and those it created since), if
    /// it listed them: a look without a command.
    pub fn known_mailboxes(&self) -> Option<&[MailboxInfo]> {
        self.known_mailboxes.as_deref()
    }

    /// Forgets what LIST said, so the next [`Self::ensure_mailbox`] asks again.
    pub fn forget_mailboxes(&mut self) {
        self.known_mailboxes = None;
    }

    async fn list_uncached(&mut self) -> Result<Vec<MailboxInfo>> {
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
