//! Everything postbag changes on the server, and nothing more: flags and keywords added to
//! messages, Gmail labels added to them, copies and moves between mailboxes, and appended
//! drafts. Never \Deleted, never EXPUNGE.

use async_imap::imap_proto::{RequestId, Response};
use tokio::io::AsyncWriteExt;

use super::protocol::{
    completion, finish, quote, run_collect, validate_flag, AppendedUid, MailboxChanges,
};
use super::session::{ImapSession, Session};
use super::uidset;
use crate::error::{Error, ImapError, Result};

/// What [`ImapSession::move_to`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer {
    /// UID MOVE: the messages left the source mailbox.
    Moved,
    /// The server has no MOVE: the messages were copied and stay in the source too. postbag
    /// never deletes mail, so it does not emulate MOVE with COPY + \Deleted + EXPUNGE.
    Copied,
}

impl ImapSession {
    /// Adds flags or keywords (`+FLAGS.SILENT`) to the given UIDs of the selected mailbox, in
    /// compact UID sets, several commands if the set is long.
    pub async fn add_flags(&mut self, uids: &[u32], flags: &[&str]) -> Result<()> {
        let mailbox = self.selected("store flags")?;
        for flag in flags {
            validate_flag(flag).map_err(|reason| Error::ImapArgument {
                value: flag.to_string(),
                reason,
            })?;
        }
        if uids.is_empty() || flags.is_empty() {
            return Ok(());
        }
        let list = flags.join(" ");
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID STORE {set} +FLAGS.SILENT ({list})");
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("store flags in {mailbox}"),
                |source| Error::ImapStore {
                    mailbox: mailbox.clone(),
                    source,
                },
                async |s| run_collect(s, &command, &mut changes, |_| false).await,
            )
            .await?;
            self.changes.merge(changes);
        }
        Ok(())
    }

    /// Adds one keyword (e.g. `postbag-complaint`) to the given UIDs.
    pub async fn store_keywords(&mut self, uids: &[u32], keyword: &str) -> Result<()> {
        if keyword.starts_with('\\') {
            return Err(Error::ImapArgument {
                value: keyword.into(),
                reason: "a keyword cannot start with a backslash (that is a system flag)",
            });
        }
        self.add_flags(uids, &[keyword]).await
    }

    /// Adds Gmail labels (`UID STORE <set> +X-GM-LABELS (...)`, Gmail's `X-GM-EXT-1`) to the
    /// given UIDs. Gmail answers with each message's labels in an untagged FETCH, read here
    /// and dropped. Labels are sent quoted (Gmail takes astrings); ASCII only, as quoted
    /// strings are (a non-ASCII label would need modified UTF-7).
    pub async fn add_labels(&mut self, uids: &[u32], labels: &[&str]) -> Result<()> {
        let mailbox = self.selected("store labels")?;
        let mut quoted = Vec::with_capacity(labels.len());
        for label in labels {
            quoted.push(quote(label).map_err(|reason| Error::ImapArgument {
                value: label.to_string(),
                reason,
            })?);
        }
        if uids.is_empty() || labels.is_empty() {
            return Ok(());
        }
        let list = quoted.join(" ");
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID STORE {set} +X-GM-LABELS ({list})");
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("store labels in {mailbox}"),
                |source| Error::ImapStore {
                    mailbox: mailbox.clone(),
                    source,
                },
                async |s| {
                    run_collect(s, &command, &mut changes, |r| {
                        matches!(r, async_imap::imap_proto::Response::Fetch(..))
                    })
                    .await
                },
            )
            .await?;
            self.changes.merge(changes);
        }
        Ok(())
    }

    /// UID COPY of the given messages to `dest`; the originals stay.
    pub async fn copy_to(&mut self, uids: &[u32], dest: &str) -> Result<()> {
        self.transfer(uids, dest, false).await.map(|_| ())
    }

    /// UID MOVE to `dest` when the server has MOVE; otherwise only a copy (see [`Transfer`]).
    pub async fn move_to(&mut self, uids: &[u32], dest: &str) -> Result<Transfer> {
        let moving = self.capabilities.move_command;
        if !moving {
            tracing::warn!("imap server has no MOVE: copying to {dest}, originals stay");
        }
        self.transfer(uids, dest, moving).await
    }

    async fn transfer(&mut self, uids: &[u32], dest: &str, moving: bool) -> Result<Transfer> {
        let from = self.selected("copy")?;
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            self.call(
                || format!("copy from {from} to {dest}"),
                |source| Error::ImapCopy {
                    from: from.clone(),
                    to: dest.to_string(),
                    source,
                },
                async |s| match moving {
                    true => s.uid_mv(&set, dest).await,
                    false => s.uid_copy(&set, dest).await,
                },
            )
            .await?;
        }
        Ok(if moving {
            Transfer::Moved
        } else {
            Transfer::Copied
        })
    }

    /// APPEND a raw message with flags (e.g. `["\\Draft", "\\Seen"]` for a draft). Returns
    /// the new message's UID when the server has UIDPLUS (async-imap's own APPEND drops it).
    /// Unsolicited responses that arrive before the continuation are noted, not mistaken for a
    /// refusal (async-imap's APPEND would fail and leave the server waiting for the literal).
    pub async fn append(
        &mut self,
        mailbox: &str,
        flags: &[&str],
        raw: &[u8],
    ) -> Result<Option<AppendedUid>> {
        let argument = |value: &str, reason| Error::ImapArgument {
            value: value.to_string(),
            reason,
        };
        for flag in flags {
            validate_flag(flag).map_err(|reason| argument(flag, reason))?;
        }
        let quoted = quote(mailbox).map_err(|reason| argument(mailbox, reason))?;
        let command = format!("APPEND {quoted} ({}) {{{}}}", flags.join(" "), raw.len());
        let mut changes = MailboxChanges::default();
        let appended = self
            .call(
                || format!("append to {mailbox}"),
                |source| Error::ImapAppend {
                    mailbox: mailbox.to_string(),
                    source,
                },
                async |s| {
                    let tag = s.run_command(&command).await?;
                    let mut go_ahead = false;
                    let refused = finish_or_continue(s, &tag, &mut changes, &mut go_ahead).await?;
                    if !go_ahead {
                        return Ok(refused);
                    }
                    let stream = s.get_mut();
                    stream.write_all(raw).await?;
                    stream.write_all(b"\r\n").await?;
                    stream.flush().await?;
                    finish(s, &tag, &mut changes, |_| false).await
                },
            )
            .await?;
        self.changes.merge(changes);
        Ok(appended)
    }
}

/// Waits for the APPEND continuation (`+`), noting unsolicited responses on the way. Sets
/// `go_ahead` when the literal may be sent; otherwise the server completed the command early,
/// usually with a NO such as TRYCREATE, which becomes the error.
async fn finish_or_continue(
    session: &mut Session,
    tag: &RequestId,
    changes: &mut MailboxChanges,
    go_ahead: &mut bool,
) -> std::result::Result<Option<AppendedUid>, ImapError> {
    loop {
        let Some(response) = session.read_response().await? else {
            return Err(ImapError::ConnectionLost);
        };
        match response.parsed() {
            Response::Continue { .. } => {
                *go_ahead = true;
                return Ok(None);
            }
            Response::Done {
                tag: done,
                status,
                outcome,
            } if done == tag => return completion(status, outcome),
            other => changes.note(other),
        }
    }
}
