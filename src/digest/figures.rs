//! The figures a digest shows, as plain data: what `stats` computes and `report`, `text`,
//! `html` and `chart` render.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::week::IsoWeek;
use crate::config::DigestConfig;
use crate::store::normalize_email;

/// Weeks of history in the chart; the table shows the last [`TABLE_WEEKS`] of them.
pub const HISTORY_WEEKS: usize = 8;
/// The report week and the four before it.
pub const TABLE_WEEKS: usize = 5;

/// Categories of the default rule set, most severe first (their priorities in
/// `rules/categories.toml`); others sort after `procedural`, by name.
pub const CATEGORY_ORDER: [&str; 8] = [
    "safety",
    "data-protection",
    "urgent",
    "complaint",
    "procedural",
    "query",
    "bulk",
    "other",
];

/// What the statistics need besides the records.
#[derive(Debug, Clone)]
pub struct Params {
    pub week: IsoWeek,
    /// Standing figures are as of this moment (unix seconds); later mail is ignored.
    pub as_of: i64,
    pub tz: TimeZone,
    /// The secretary's addresses, lowercased.
    pub own: BTreeSet<String>,
    pub overdue_days: BTreeMap<String, u32>,
    pub no_reply: BTreeSet<String>,
    pub busiest: usize,
    pub campaign_min_senders: usize,
    pub campaign_similarity: f64,
    pub sar_rules: BTreeSet<String>,
}

impl Params {
    /// Parameters from the `[digest]` config and the secretary's addresses.
    pub fn new(
        digest: &DigestConfig,
        own: &[String],
        week: IsoWeek,
        as_of: i64,
    ) -> Result<Params, String> {
        Ok(Params {
            week,
            as_of,
            tz: digest.timezone_parsed()?,
            own: own.iter().map(|a| normalize_email(a)).collect(),
            overdue_days: digest.overdue_days.clone(),
            no_reply: digest.no_reply_categories.iter().cloned().collect(),
            busiest: digest.busiest,
            campaign_min_senders: digest.campaign_min_senders,
            campaign_similarity: digest.campaign_similarity,
            sar_rules: digest.sar_rules.iter().cloned().collect(),
        })
    }
}

/// A correspondent as shown to the secretary (never to summary recipients).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Person {
    pub email: String,
    pub name: Option<String>,
}

/// One message listed on its own (safety items).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub when: i64,
    pub subject: String,
    pub from: Option<Person>,
    pub snippet: String,
}

/// A thread waiting for the secretary.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    pub thread_id: u64,
    pub subject: String,
    /// The most severe category among its unanswered messages.
    pub category: String,
    /// Sender of the first unanswered message.
    pub from: Option<Person>,
    pub since: i64,
    /// Whole days waited by `as_of`.
    pub days: i64,
    pub unanswered: usize,
    /// Days after which this category is overdue, if it ever is.
    pub overdue_after: Option<u32>,
}

impl Waiting {
    pub fn overdue(&self) -> bool {
        self.overdue_after
            .is_some_and(|d| self.days >= i64::from(d))
    }
}

/// A subject access request and its statutory deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct Sar {
    pub subject: String,
    pub from: Option<Person>,
    pub received: Date,
    /// One calendar month after receipt; the month's last day when it has no such date.
    pub deadline: Date,
    /// Days from `as_of`'s date to the deadline; negative once it has passed.
    pub days_left: i64,
    pub replied: bool,
}

/// Where a complaint stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Waiting { since: i64, days: i64 },
    Replied { at: i64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Complaint {
    pub subject: String,
    pub from: Option<Person>,
    /// The latest complaint message in the thread.
    pub received: i64,
    pub standing: Standing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Busiest {
    pub person: Person,
    pub messages: u64,
    pub categories: BTreeMap<String, u64>,
}

/// Near-identical letters from many senders, shown as one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    pub subject: String,
    pub category: String,
    pub messages: usize,
    pub senders: usize,
    pub first: i64,
    pub last: i64,
    /// Letters whose thread has a message from the secretary after them.
    pub replied: usize,
    /// Snippet of the earliest letter (full view only).
    pub sample: String,
}

/// Counts of one category, aligned with [`Stats::weeks`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryCounts {
    pub name: String,
    pub counts: Vec<u64>,
}

/// Something postbag could not do for a message this week, for the secretary to pick up:
/// a reply that could not be made, mail that could not be sent (or may not have been), a
/// message that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub when: i64,
    pub what: String,
    pub subject: String,
    pub from: Option<Person>,
}

/// Everything the digest shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub week: IsoWeek,
    pub as_of: i64,
    /// The last [`HISTORY_WEEKS`] weeks, oldest first; the last one is `week`.
    pub weeks: Vec<IsoWeek>,
    /// Every category seen in those weeks (and every default one), in [`CATEGORY_ORDER`].
    pub categories: Vec<CategoryCounts>,
    pub totals: Vec<u64>,
    /// Messages the secretary sent in the week.
    pub sent: u64,
    /// Longest waiting first.
    pub waiting: Vec<Waiting>,
    pub safety: Vec<Item>,
    pub sars: Vec<Sar>,
    pub complaints: Vec<Complaint>,
    pub busiest: Vec<Busiest>,
    pub campaigns: Vec<Campaign>,
    /// People whose first message to the secretary came this week.
    pub first_time: Vec<Person>,
    /// What went wrong this week, oldest first (filled from the store by `digest::compute`).
    pub problems: Vec<Problem>,
    /// Messages postbag classed as safety that the secretary re-labelled this week, oldest
    /// first (`what` says to which category): for the officers to look at (filled by
    /// `digest::compute`).
    pub away_from_safety: Vec<Problem>,
}

impl Stats {
    /// Overdue threads, longest waiting first.
    pub fn overdue(&self) -> impl Iterator<Item = &Waiting> {
        self.waiting.iter().filter(|w| w.overdue())
    }

    /// Messages of `category` in the report week.
    pub fn count(&self, category: &str) -> u64 {
        self.categories
            .iter()
            .find(|c| c.name == category)
            .and_then(|c| c.counts.last().copied())
            .unwrap_or(0)
    }
}

/// Rank of a category for ordering and severity (lower is more severe).
pub fn category_rank(name: &str) -> (usize, String) {
    let rank = match CATEGORY_ORDER.iter().position(|c| *c == name) {
        Some(i) => i * 10,
        None => 45, // after procedural, before query
    };
    (rank, name.to_string())
}
