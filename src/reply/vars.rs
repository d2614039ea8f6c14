//! The variables of a reply template, gathered from the message, the config and the store.

use super::templates::ReplyVars;
use super::{dates, sanitize};
use crate::config::Config;
use crate::mail::{strip_subject, Envelope};
use crate::store::{MessageRecord, Store};
use crate::Result;

/// Words before a name that are not the name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "cllr",
    "councillor",
    "rev",
    "revd",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "cde",
    "comrade",
];

/// The sender's first name from a display name: "Kelly, Siobhan" and "Cllr Siobhan Kelly"
/// give "Siobhan", "SIOBHAN KELLY" gives "Siobhan". `None` when there is no usable name
/// (no name, an address, or only an initial).
pub fn first_name(display: Option<&str>) -> Option<String> {
    let name = display?.trim().trim_matches(['"', '\'']).trim();
    if name.is_empty() || name.contains('@') {
        return None;
    }
    let given = match name.split_once(',') {
        Some((_, after)) if !after.trim().is_empty() => after,
        _ => name,
    };
    let word = given
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
        .find(|w| {
            !w.is_empty() && !TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str())
        })?;
    if word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let shouting = word.chars().all(|c| !c.is_lowercase());
    Some(if shouting {
        let lower = word.to_lowercase();
        let mut c = lower.chars();
        c.next().map_or(String::new(), |f| {
            f.to_uppercase().collect::<String>() + c.as_str()
        })
    } else {
        word.to_string()
    })
}

/// The signature from `[secretary] signature`, or "NAME\nSecretary, BRANCH".
pub fn signature(config: &Config) -> String {
    let s = config.secretary.signature.trim();
    if !s.is_empty() {
        return s.to_string();
    }
    let mut lines = Vec::new();
    if !config.secretary.name.is_empty() {
        lines.push(config.secretary.name.clone());
    }
    lines.push(if config.branch.name.is_empty() {
        "Branch Secretary".to_string()
    } else {
        format!("Secretary, {}", config.branch.name)
    });
    lines.join("\n")
}

/// Everything a template may use for the reply to `record` (already stored, so the store's
/// counts include it).
pub fn gather(
    store: &Store,
    config: &Config,
    record: &MessageRecord,
    env: &Envelope,
    automatic: bool,
) -> Result<ReplyVars> {
    let sender = env.sender();
    let sender_email = sender.map(|a| a.email.clone()).unwrap_or_default();
    let display = sender.and_then(|a| a.name.as_deref());
    let messages_from_sender: u64 = match sender {
        Some(a) => store
            .correspondent(&a.email)?
            .map_or(0, |c| c.categories.values().sum()),
        None => 0,
    };
    // Messages of the thread, counting those only referenced (sent by the secretary, or
    // from before postbag): a reply to anything is part of an open conversation.
    let thread_messages = match record.message_id.as_deref() {
        Some(id) => store
            .thread_of(id)?
            .map_or(1, |t| t.message_keys.len().max(t.message_ids.len())),
        None => 1 + usize::from(!record.references.is_empty() || !record.in_reply_to.is_empty()),
    };
    let received = dates::london_date(record.arrived);
    let written = dates::london_date(env.date.unwrap_or(record.arrived));
    // What the sender wrote, made one bounded line; in an automatic message also without
    // links (an acknowledgement must not carry someone else's text to its recipient).
    let text = |s: &str, max: usize| {
        if automatic {
            sanitize::echo(s, max.min(sanitize::ECHO_CHARS))
        } else {
            sanitize::one_line(s, max)
        }
    };
    let first = first_name(display)
        .map(|n| text(&n, sanitize::NAME_CHARS))
        .filter(|n| !n.is_empty() && !n.contains("[link]"))
        .unwrap_or_else(|| "member".to_string());
    let sender_name = text(
        display
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(&sender_email),
        sanitize::NAME_CHARS,
    );
    Ok(ReplyVars {
        first_name: first,
        sender_name,
        sender_email: sanitize::one_line(&sender_email, sanitize::NAME_CHARS * 4),
        subject: text(&strip_subject(&env.subject), sanitize::SUBJECT_CHARS),
        date: dates::long_date(written),
        received: dates::long_date(received),
        category: record.category.clone(),
        branch_name: if config.branch.name.is_empty() {
            "the branch".to_string()
        } else {
            config.branch.name.clone()
        },
        secretary_name: config.secretary.name.clone(),
        signature: signature(config),
        next_meeting_date: config.branch.next_meeting_date.clone(),
        next_meeting_venue: config.branch.next_meeting_venue.clone(),
        response_days: config.branch.response_days,
        complaints_url: config.branch.complaints_url.clone(),
        first_message: messages_from_sender <= 1,
        open_thread: thread_messages > 1,
        thread_messages,
        sar_deadline: dates::long_date(dates::sar_deadline(received)),
        automatic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_from_display_names() {
        let cases = [
            (Some("Siobhan Kelly"), Some("Siobhan")),
            (Some("Kelly, Siobhan"), Some("Siobhan")),
            (Some("\"Cllr. Jane Smith\""), Some("Jane")),
            (Some("Dr Amir Khan"), Some("Amir")),
            (Some("JOHN O'NEILL"), Some("John")),
            (Some("Anne-Marie Duff"), Some("Anne-Marie")),
            (Some("J. Smith"), None),
            (Some("jsmith@example.com"), None),
            (Some("   "), None),
            (None, None),
            (Some("Zoë"), Some("Zoë")),
        ];
        for (input, want) in cases {
            assert_eq!(first_name(input).as_deref(), want, "{input:?}");
        }
    }
}
