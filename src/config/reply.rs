//! `[branch]`, `[reply]` and `[alerts]`: what replies may say, how often postbag answers by
//! itself, and who hears about threats.

use serde::Deserialize;

/// `[branch]`: facts about the branch that reply templates may mention.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    #[serde(default)]
    pub name: String,
    /// Free text, shown as written (e.g. "Thursday 3 December, 7.30pm").
    #[serde(default)]
    pub next_meeting_date: String,
    #[serde(default)]
    pub next_meeting_venue: String,
    /// Working days within which the secretary aims to answer.
    #[serde(default = "default_response_days")]
    pub response_days: u32,
    /// The party's complaints procedure.
    #[serde(default)]
    pub complaints_url: String,
}

impl Default for Branch {
    fn default() -> Branch {
        Branch {
            name: String::new(),
            next_meeting_date: String::new(),
            next_meeting_venue: String::new(),
            response_days: default_response_days(),
            complaints_url: String::new(),
        }
    }
}

/// `[reply]`: limits on automatic acknowledgements, and the drafts folder.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// At most one acknowledgement per address within this many days.
    #[serde(default = "default_ack_interval_days")]
    pub ack_interval_days: u32,
    /// At most this many acknowledgements in any hour; reaching it stops automatic replies.
    #[serde(default = "default_hourly_cap")]
    pub hourly_cap: u32,
    /// Mailbox for drafts; the server's \Drafts special-use folder when unset.
    pub drafts_folder: Option<String>,
    /// Messages older than this many days (by their Date header) get no draft and no
    /// acknowledgement: the first sync of a mailbox full of old mail answers none of it.
    #[serde(default = "default_max_age_days")]
    pub max_age_days: u32,
}

impl Default for Reply {
    fn default() -> Reply {
        Reply {
            ack_interval_days: default_ack_interval_days(),
            hourly_cap: default_hourly_cap(),
            drafts_folder: None,
            max_age_days: default_max_age_days(),
        }
    }
}

/// `[alerts]`: officers told about `safety` messages.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alerts {
    /// Addresses of the officers ("user@example.org" or "Name <user@example.org>"); no
    /// alert is possible without one.
    #[serde(default)]
    pub to: Vec<String>,
    /// Put the message text into the alert (default: only sender, subject, time and hash).
    #[serde(default)]
    pub include_content: bool,
}

fn default_response_days() -> u32 {
    5
}

fn default_ack_interval_days() -> u32 {
    7
}

fn default_max_age_days() -> u32 {
    7
}

fn default_hourly_cap() -> u32 {
    20
}
