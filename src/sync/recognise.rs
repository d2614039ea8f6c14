//! Marks an earlier store left on the server, read back: a message that carries one was
//! triaged (and answered) before this store knew it, so it keeps that category and is not
//! answered again. Three kinds: the keyword `postbag-<category>`, a Gmail label of a
//! category (`X-GM-LABELS`, fetched with the message), and a copy of the message (same
//! Message-ID) in a category folder, found by [`scan`] where keywords cannot be set.

use std::collections::HashMap;

use super::marking::Marking;
use crate::config::Marks;
use crate::rules::RuleSet;
use crate::source::imap::{has_mailbox, FetchedMessage, ImapSession};
use crate::store::thread::clean_id;
use crate::{Error, Result};

/// Messages per FETCH while scanning a category folder for Message-IDs.
const SCAN_CHUNK: usize = 500;

/// What marks of an earlier store look like on this mailbox.
#[derive(Debug, Default)]
pub struct Recognise {
    /// Lowercased Gmail label -> category.
    labels: HashMap<String, String>,
    /// Message-ID -> (category, folder) of a copy found in a category folder.
    found: HashMap<String, (String, String)>,
}

impl Recognise {
    /// For the categories of `rules` as `marks` names them; `found` comes from [`scan`].
    pub fn new(marks: &Marks, rules: &RuleSet, found: HashMap<String, (String, String)>) -> Self {
        let labels = rules
            .categories()
            .iter()
            .filter_map(|c| Some((marks.label(&c.name)?.to_lowercase(), c.name.clone())))
            .collect();
        Recognise { labels, found }
    }

    /// The category an earlier store marked `msg` with, if any (the most urgent by
    /// priority when it carries several): its keyword, a category's label, or a copy of it
    /// in a category folder.
    pub fn category(
        &self,
        msg: &FetchedMessage,
        message_id: Option<&str>,
        rules: &RuleSet,
    ) -> Option<String> {
        let by_keyword = super::server_mark(&msg.flags, rules);
        let by_label = msg
            .labels
            .iter()
            .filter_map(|l| self.labels.get(&l.to_lowercase()));
        let by_folder = message_id
            .and_then(clean_id)
            .and_then(|id| self.found.get(&id))
            .map(|(category, _)| category);
        by_keyword
            .iter()
            .chain(by_label)
            .chain(by_folder)
            .filter_map(|name| rules.category(name))
            .max_by_key(|c| c.priority)
            .map(|c| c.name.clone())
    }

    /// Whether a copy of the message `message_id` was found in `folder`.
    pub fn found_in(&self, message_id: Option<&str>, folder: &str) -> bool {
        message_id
            .and_then(clean_id)
            .and_then(|id| self.found.get(&id))
            .is_some_and(|(_, f)| f == folder)
    }
}

/// The Message-IDs in the category folders of `mailbox`'s fallback marks (those where no
/// keyword or label shows the category), each with its category. Reads each folder with
/// EXAMINE and `BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]`; folders that do not exist are
/// skipped, and so is one the server will not open. Leaves no mailbox selected: the caller
/// selects `mailbox` again.
pub async fn scan(
    session: &mut ImapSession,
    marks: &Marks,
    marking: &Marking,
    rules: &RuleSet,
    mailbox: &str,
) -> Result<HashMap<String, (String, String)>> {
    let mut folders: Vec<(String, String, i64)> = Vec::new();
    for c in rules.categories() {
        let mark = marking.mark(marks, &c.name);
        if let (None, None, Some(folder)) = (mark.keyword, mark.label, mark.folder) {
            if folder != mailbox {
                folders.push((c.name.clone(), folder, c.priority));
            }
        }
    }
    let mut found: HashMap<String, (String, String, i64)> = HashMap::new();
    if folders.is_empty() {
        return Ok(HashMap::new());
    }
    let listed = session.list().await?;
    for (category, folder, priority) in folders {
        if !has_mailbox(&listed, &folder) {
            continue;
        }
        match session.examine(&folder).await {
            Ok(_) => {}
            Err(Error::ImapSelect { source, .. }) if !session.is_broken() => {
                tracing::warn!("cannot look into {folder:?} for earlier marks: {source}");
                continue;
            }
            Err(e) => return Err(e),
        }
        let ids = session.message_ids(SCAN_CHUNK).await?;
        tracing::info!(
            "{folder:?}: {} message(s) already filed there ({category})",
            ids.len()
        );
        for id in ids.into_values() {
            let slot = found
                .entry(id)
                .or_insert((category.clone(), folder.clone(), priority));
            if priority > slot.2 {
                *slot = (category.clone(), folder.clone(), priority);
            }
        }
    }
    Ok(found
        .into_iter()
        .map(|(id, (category, folder, _))| (id, (category, folder)))
        .collect())
}
