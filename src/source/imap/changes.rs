//! What changed on messages already seen, for noticing the secretary's corrections: with
//! CONDSTORE one `UID FETCH ... (CHANGEDSINCE n)` (RFC 7162 3.1.4.1) returns only the
//! messages whose flags (or Gmail labels) changed; without it, the flags of a set of UIDs
//! in chunks. Also the Message-IDs of messages that arrived in a folder since a UID.

use std::collections::BTreeMap;

use super::protocol::{fetch_data, run_collect, MailboxChanges};
use super::session::ImapSession;
use super::uidset;
use crate::error::{Error, Result};

/// A message's marks as the server holds them now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    pub flags: Vec<String>,
    /// Gmail labels (`X-GM-LABELS`); empty elsewhere.
    pub labels: Vec<String>,
}

impl ImapSession {
    fn marks_query(&self) -> &'static str {
        if self.capabilities.gmail {
            "(UID FLAGS X-GM-LABELS)"
        } else {
            "(UID FLAGS)"
        }
    }

    /// The marks of messages with UIDs up to `last_uid` that changed after `modseq`, and
    /// the highest MODSEQ among them (None when nothing changed). One command.
    pub async fn changed_since(
        &mut self,
        last_uid: u32,
        modseq: u64,
    ) -> Result<(BTreeMap<u32, Marks>, Option<u64>)> {
        let mut out = BTreeMap::new();
        if last_uid == 0 {
            return Ok((out, None));
        }
        let mailbox = self.selected("fetch changes")?;
        let command = format!(
            "UID FETCH 1:{last_uid} {} (CHANGEDSINCE {modseq})",
            self.marks_query()
        );
        let mut highest: Option<u64> = None;
        let mut changes = MailboxChanges::default();
        self.call(
            || format!("fetch changes from {mailbox}"),
            |source| Error::ImapFetch {
                mailbox: mailbox.clone(),
                source,
            },
            async |s| {
                run_collect(s, &command, &mut changes, |response| {
                    let Some(mut data) = fetch_data(response) else {
                        return false;
                    };
                    // `1:n` matches the last message even above n (RFC 3501 6.4.8).
                    let Some(uid) = data.uid.filter(|&u| u <= last_uid) else {
                        return false;
                    };
                    highest = highest.max(data.modseq);
                    let entry: &mut Marks = out.entry(uid).or_default();
                    if let Some(flags) = data.flags.take() {
                        entry.flags = flags;
                    }
                    if let Some(labels) = data.labels.take() {
                        entry.labels = labels;
                    }
                    true
                })
                .await
            },
        )
        .await?;
        self.changes.merge(changes);
        Ok((out, highest))
    }

    /// The marks of `uids` (absent UIDs are left out), in commands of bounded length.
    pub async fn marks_of(&mut self, uids: &[u32]) -> Result<BTreeMap<u32, Marks>> {
        let mailbox = self.selected("fetch flags")?;
        let query = self.marks_query();
        let mut out: BTreeMap<u32, Marks> = BTreeMap::new();
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID FETCH {set} {query}");
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("fetch flags from {mailbox}"),
                |source| Error::ImapFetch {
                    mailbox: mailbox.clone(),
                    source,
                },
                async |s| {
                    run_collect(s, &command, &mut changes, |response| {
                        let Some(mut data) = fetch_data(response) else {
                            return false;
                        };
                        let Some(uid) = data.uid else {
                            return false;
                        };
                        let entry = out.entry(uid).or_default();
                        if let Some(flags) = data.flags.take() {
                            entry.flags = flags;
                        }
                        if let Some(labels) = data.labels.take() {
                            entry.labels = labels;
                        }
                        true
                    })
                    .await
                },
            )
            .await?;
            self.changes.merge(changes);
        }
        let wanted: std::collections::HashSet<u32> = uids.iter().copied().collect();
        out.retain(|uid, _| wanted.contains(uid));
        Ok(out)
    }

    /// The Message-ID of every message of the selected mailbox with a UID from `first`
    /// on, by UID (see [`ImapSession::message_ids`]).
    pub async fn message_ids_from(&mut self, first: u32) -> Result<BTreeMap<u32, String>> {
        let uids: Vec<u32> = self
            .uid_search(&format!("UID {first}:*"))
            .await?
            .into_iter()
            .filter(|&u| u >= first)
            .collect();
        self.message_ids_of(&uids).await
    }
}

impl ImapSession {
    /// Takes postbag's own marks off messages (`reclassify` moving a category): keywords
    /// (`-FLAGS.SILENT`), or Gmail labels with `labels`.
    pub async fn remove_marks(&mut self, uids: &[u32], names: &[&str], labels: bool) -> Result<()> {
        let mailbox = self.selected("store flags")?;
        if uids.is_empty() || names.is_empty() {
            return Ok(());
        }
        let mut list = Vec::new();
        for n in names {
            if labels {
                list.push(
                    super::protocol::quote(n).map_err(|reason| Error::ImapArgument {
                        value: n.to_string(),
                        reason,
                    })?,
                );
            } else {
                super::protocol::validate_flag(n).map_err(|reason| Error::ImapArgument {
                    value: n.to_string(),
                    reason,
                })?;
                list.push(n.to_string());
            }
        }
        let what = if labels {
            "-X-GM-LABELS"
        } else {
            "-FLAGS.SILENT"
        };
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID STORE {set} {what} ({})", list.join(" "));
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("store flags in {mailbox}"),
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
}
