//! Reading from the selected mailbox without changing anything: UID SEARCH, new UIDs
//! by UID SEARCH above a watermark, bodies by `UID FETCH (UID FLAGS BODY.PEEK[])` in chunks
//! (with `X-GM-LABELS` on Gmail), Message-IDs of a folder's messages, every response read
//! to the tagged OK, and every UID asked for accounted for.

use std::collections::BTreeMap;

use async_imap::imap_proto::{MailboxDatum, Response};

use super::protocol::{fetch_data, quote, run_collect, FetchData, MailboxChanges};
use super::session::ImapSession;
use super::uidset;
use crate::error::{Error, Result};

/// One message as the server stores it. `raw` is exact: no line-ending or charset changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedMessage {
    pub uid: u32,
    pub flags: Vec<String>,
    /// Gmail labels (`X-GM-LABELS`), on a server with `X-GM-EXT-1`; empty elsewhere.
    pub labels: Vec<String>,
    pub raw: Vec<u8>,
}

/// The result of fetching a set of UIDs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fetched {
    /// Messages that came back, in UID order.
    pub messages: Vec<FetchedMessage>,
    /// UIDs that were asked for and did not come back although the server answered OK: most
    /// likely expunged by another client since the SEARCH. The caller decides (re-search, or
    /// record them as gone); they are never silently skipped.
    pub missing: Vec<u32>,
}

impl ImapSession {
    /// UIDs in the selected mailbox whose Message-ID header contains `message_id` (used to
    /// re-match messages after a UIDVALIDITY change). IMAP header search is a substring match:
    /// pass the id with its angle brackets, and confirm on the fetched message if it matters.
    pub async fn search_message_id(&mut self, message_id: &str) -> Result<Vec<u32>> {
        let quoted = quote(message_id).map_err(|reason| Error::ImapArgument {
            value: message_id.into(),
            reason,
        })?;
        self.uid_search(&format!("HEADER Message-ID {quoted}"))
            .await
    }

    /// UID SEARCH with a raw criteria string; the tagged result is checked, the UIDs sorted.
    pub async fn uid_search(&mut self, criteria: &str) -> Result<Vec<u32>> {
        let mailbox = self.selected("search")?;
        let command = format!("UID SEARCH {criteria}");
        let mut found = Vec::new();
        let mut changes = MailboxChanges::default();
        self.call(
            || format!("search in {mailbox}"),
            |source| Error::ImapSearch {
                mailbox: mailbox.clone(),
                source,
            },
            async |s| {
                run_collect(s, &command, &mut changes, |r| match r {
                    Response::MailboxData(MailboxDatum::Search(uids)) => {
                        found.extend_from_slice(uids);
                        true
                    }
                    _ => false,
                })
                .await
            },
        )
        .await?;
        self.changes.merge(changes);
        found.sort_unstable();
        found.dedup();
        Ok(found)
    }

    /// UIDs in the selected mailbox above `after`, ascending. `UID SEARCH UID n:*` always
    /// matches the last message even when its UID is below `n` (RFC 3501 6.4.8), so the result
    /// is filtered.
    pub async fn new_uids(&mut self, after: u32) -> Result<Vec<u32>> {
        let Some(first) = after.checked_add(1) else {
            return Ok(Vec::new());
        };
        let uids = self.uid_search(&format!("UID {first}:*")).await?;
        Ok(uids.into_iter().filter(|&uid| uid > after).collect())
    }

    /// Fetches the given UIDs (one chunk: the caller bounds its size) with `BODY.PEEK[]`, so
    /// \Seen is never set.
    pub async fn fetch_messages(&mut self, uids: &[u32]) -> Result<Fetched> {
        let mut messages = Vec::with_capacity(uids.len());
        let missing = self
            .fetch_messages_each(uids, &mut |m| messages.push(m))
            .await?;
        messages.sort_unstable_by_key(|m: &FetchedMessage| m.uid);
        Ok(Fetched { messages, missing })
    }

    /// Like [`Self::fetch_messages`], but hands each message to `each` as soon as its
    /// response is read (in the server's order), so the caller can work on it while the
    /// rest is still arriving. Returns the UIDs that did not come back. `each` sees what
    /// came before a failure: on an error the caller must not advance past this chunk.
    pub async fn fetch_messages_each(
        &mut self,
        uids: &[u32],
        each: &mut (dyn FnMut(FetchedMessage) + Send),
    ) -> Result<Vec<u32>> {
        let mut seen = std::collections::HashSet::with_capacity(uids.len());
        let query = if self.capabilities.gmail {
            "(UID FLAGS X-GM-LABELS BODY.PEEK[])"
        } else {
            "(UID FLAGS BODY.PEEK[])"
        };
        self.fetch_with(uids, query, &mut |uid, data| {
            // FLAGS and BODY[] come in one response from every server we know; should
            // FLAGS come on its own later, the marks are re-applied (they are idempotent).
            if seen.contains(&uid) {
                return;
            }
            if let Some(raw) = data.body.take() {
                seen.insert(uid);
                each(FetchedMessage {
                    uid,
                    flags: data.flags.take().unwrap_or_default(),
                    labels: data.labels.take().unwrap_or_default(),
                    raw,
                });
            }
        })
        .await?;
        let mut missing: Vec<u32> = uids.iter().copied().filter(|u| !seen.contains(u)).collect();
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            tracing::warn!(
                "imap server did not return uids {} of {}",
                uidset::compact(&missing),
                self.selected_mailbox().unwrap_or("?")
            );
        }
        Ok(missing)
    }

    /// Every message above `after`, fetched in chunks of `chunk_size` UIDs. Holds all of them
    /// in memory: a sync loop that checkpoints per chunk should call [`Self::new_uids`] and
    /// [`Self::fetch_messages`] itself.
    pub async fn fetch_new(&mut self, after: u32, chunk_size: usize) -> Result<Fetched> {
        let uids = self.new_uids(after).await?;
        let mut all = Fetched::default();
        for chunk in uids.chunks(chunk_size.max(1)) {
            let fetched = self.fetch_messages(chunk).await?;
            all.messages.extend(fetched.messages);
            all.missing.extend(fetched.missing);
        }
        Ok(all)
    }

    /// Current flags and keywords of the given UIDs (absent UIDs are left out).
    pub async fn fetch_flags(&mut self, uids: &[u32]) -> Result<BTreeMap<u32, Vec<String>>> {
        let by_uid = self.fetch_raw(uids, "(UID FLAGS)").await?;
        Ok(by_uid
            .into_iter()
            .filter_map(|(uid, data)| data.flags.map(|flags| (uid, flags)))
            .collect())
    }

    /// The Message-ID of every message in the selected mailbox, by UID (cleaned: no angle
    /// brackets; messages without one are left out). Reads only that header, with
    /// BODY.PEEK, in chunks of `chunk` UIDs.
    pub async fn message_ids(&mut self, chunk: usize) -> Result<BTreeMap<u32, String>> {
        let uids = self.uid_search("ALL").await?;
        let mut out = BTreeMap::new();
        for part in uids.chunks(chunk.max(1)) {
            self.fetch_with(
                part,
                "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
                &mut |uid, data| {
                    if let Some(id) = data.header.take().as_deref().and_then(message_id_of) {
                        out.insert(uid, id);
                    }
                },
            )
            .await?;
        }
        Ok(out)
    }

    /// The Message-IDs of `uids` in the selected mailbox, by UID (cleaned; messages without
    /// one are left out), read with BODY.PEEK in chunks.
    pub async fn message_ids_of(&mut self, uids: &[u32]) -> Result<BTreeMap<u32, String>> {
        let mut out = BTreeMap::new();
        for part in uids.chunks(500) {
            self.fetch_with(
                part,
                "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
                &mut |uid, data| {
                    if let Some(id) = data.header.take().as_deref().and_then(message_id_of) {
                        out.insert(uid, id);
                    }
                },
            )
            .await?;
        }
        Ok(out)
    }

    /// Runs `UID FETCH <set> <query>` for `uids` (several commands for a long set) and merges
    /// the responses by UID; responses for other UIDs count as unsolicited changes.
    async fn fetch_raw(&mut self, uids: &[u32], query: &str) -> Result<BTreeMap<u32, FetchData>> {
        let mut by_uid: BTreeMap<u32, FetchData> = BTreeMap::new();
        self.fetch_with(uids, query, &mut |uid, data| {
            let entry = by_uid.entry(uid).or_default();
            entry.uid = Some(uid);
            if data.flags.is_some() {
                entry.flags = data.flags.take();
            }
            if data.body.is_some() {
                entry.body = data.body.take();
            }
            if data.labels.is_some() {
                entry.labels = data.labels.take();
            }
        })
        .await?;
        Ok(by_uid)
    }

    /// Runs `UID FETCH <set> <query>` for `uids` (several commands for a long set) and hands
    /// each response for a UID asked for to `on`; responses for other UIDs count as
    /// unsolicited changes.
    async fn fetch_with(
        &mut self,
        uids: &[u32],
        query: &str,
        on: &mut (dyn FnMut(u32, &mut FetchData) + Send),
    ) -> Result<()> {
        let mailbox = self.selected("fetch")?;
        let wanted: std::collections::HashSet<u32> = uids.iter().copied().collect();
        for set in uidset::split(uids, uidset::MAX_SET_LEN) {
            let command = format!("UID FETCH {set} {query}");
            let mut changes = MailboxChanges::default();
            self.call(
                || format!("fetch from {mailbox}"),
                |source| Error::ImapFetch {
                    mailbox: mailbox.clone(),
                    source,
                },
                async |s| {
                    run_collect(s, &command, &mut changes, |response| {
                        let Some(mut data) = fetch_data(response) else {
                            return false;
                        };
                        let Some(uid) = data.uid.filter(|uid| wanted.contains(uid)) else {
                            return false;
                        };
                        on(uid, &mut data);
                        true
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

/// The Message-ID in a header section (`Message-ID: <a@b>`, folded or not), cleaned.
fn message_id_of(header: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(header);
    let mut value: Option<String> = None;
    for line in text.lines() {
        match &mut value {
            Some(v) if line.starts_with([' ', '\t']) => v.push_str(line.trim()),
            Some(_) => break,
            None => {
                if let Some((name, rest)) = line.split_once(':') {
                    if name.trim().eq_ignore_ascii_case("message-id") {
                        value = Some(rest.trim().to_string());
                    }
                }
            }
        }
    }
    value.as_deref().and_then(crate::store::thread::clean_id)
}

#[cfg(test)]
mod tests {
    use super::message_id_of;

    #[test]
    fn message_ids_are_read_from_a_header_section() {
        assert_eq!(
            message_id_of(b"Message-ID: <a1@example.org>\r\n\r\n").as_deref(),
            Some("a1@example.org")
        );
        assert_eq!(
            message_id_of(b"message-id:\r\n <folded@example.org>\r\n\r\n").as_deref(),
            Some("folded@example.org")
        );
        assert_eq!(message_id_of(b"\r\n"), None);
    }
}
