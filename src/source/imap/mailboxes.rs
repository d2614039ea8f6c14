//! The account's mailboxes: LIST with RFC 6154 special-use attributes, so postbag finds the
//! Drafts and Sent folders by their role rather than by a name that differs per server.

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

impl ImapSession {
    /// LIST "" "*" with special-use attributes (RFC 6154), to find Drafts and Sent.
    pub async fn list(&mut self) -> Result<Vec<MailboxInfo>> {
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
