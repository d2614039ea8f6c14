//! `[members]` (the member list CSV) and `[retention]` (days each category is kept).

use serde::Deserialize;

/// `[members]`: the columns of the member list CSV and how its status values read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembersConfig {
    #[serde(default)]
    pub columns: MemberColumns,
    /// Status values of the CSV (compared case-insensitively) mapped to member, lapsed or
    /// officer, e.g. `{ "Current" = "member", "Expired" = "lapsed" }`. Values not listed
    /// must be one of those three words.
    #[serde(default)]
    pub statuses: std::collections::BTreeMap<String, crate::store::MemberStatus>,
}

/// `[members] columns`: the header of each column in the CSV (compared case-insensitively).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberColumns {
    #[serde(default = "col_name")]
    pub name: String,
    #[serde(default = "col_email")]
    pub email: String,
    #[serde(default = "col_number")]
    pub number: String,
    #[serde(default = "col_status")]
    pub status: String,
    #[serde(default = "col_branch")]
    pub branch: String,
}

impl Default for MemberColumns {
    fn default() -> Self {
        MemberColumns {
            name: col_name(),
            email: col_email(),
            number: col_number(),
            status: col_status(),
            branch: col_branch(),
        }
    }
}

fn col_name() -> String {
    "Name".into()
}
fn col_email() -> String {
    "Email".into()
}
fn col_number() -> String {
    "Membership number".into()
}
fn col_status() -> String {
    "Status".into()
}
fn col_branch() -> String {
    "Branch".into()
}

/// `[retention]`: days to keep each category's messages, by category name, plus
/// `default` (categories without a value of their own), `quarantine` and `audit`. Keys
/// not set take the built-in values of [`Retention::DEFAULTS`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Retention(pub std::collections::BTreeMap<String, u32>);

impl Retention {
    /// The built-in retention in days; config.example.toml explains each figure.
    pub const DEFAULTS: &'static [(&'static str, u32)] = &[
        ("safety", 365),
        ("data-protection", 1095),
        ("complaint", 730),
        ("procedural", 730),
        ("urgent", 365),
        ("query", 365),
        ("other", 180),
        ("bulk", 30),
        ("default", 365),
        ("quarantine", 30),
        ("audit", 1095),
    ];

    /// Keys that are not categories.
    pub const SPECIAL: &'static [&'static str] = &["default", "quarantine", "audit"];

    /// Days for a category (or a special key): the config's value, else the built-in one,
    /// else `default` (a category of your own rules with no line here).
    pub fn days(&self, key: &str) -> u32 {
        let builtin = |k: &str| {
            Self::DEFAULTS
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, d)| *d)
        };
        self.0
            .get(key)
            .copied()
            .or_else(|| builtin(key))
            .or_else(|| self.0.get("default").copied())
            .or_else(|| builtin("default"))
            .unwrap_or(365)
    }
}
