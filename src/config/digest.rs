//! `[digest]`: when the weekly digest goes out, to whom, and what it counts.

use serde::Deserialize;

/// `[digest]`: the weekly digest of the correspondence (see `digest`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestConfig {
    /// The first words of the subject and heading, e.g. "Riverside CLP correspondence".
    #[serde(default = "default_digest_title")]
    pub title: String,
    /// Day of the week it goes out: "monday" .. "sunday".
    #[serde(default = "default_digest_weekday")]
    pub weekday: String,
    /// Local time it goes out, "HH:MM".
    #[serde(default = "default_digest_time")]
    pub time: String,
    /// IANA time zone for weeks, the send time and dates in the digest.
    #[serde(default = "default_digest_timezone")]
    pub timezone: String,
    /// Who receives it and what they may see; no recipients, no digest.
    #[serde(default)]
    pub recipients: Vec<DigestRecipient>,
    /// A thread waiting longer than this many days for the secretary is overdue, by the
    /// category of its unanswered mail; categories not listed are never overdue. Setting the
    /// table replaces the defaults (urgent 2, query 5, complaint 14, procedural 14,
    /// data-protection 30).
    #[serde(default = "default_overdue_days")]
    pub overdue_days: std::collections::BTreeMap<String, u32>,
    /// Categories whose mail waits for no reply (not listed as waiting or overdue).
    #[serde(default = "default_no_reply_categories")]
    pub no_reply_categories: Vec<String>,
    /// How many of the week's busiest correspondents to list.
    #[serde(default = "default_busiest")]
    pub busiest: usize,
    /// Near-identical messages from at least this many senders make a campaign.
    #[serde(default = "default_campaign_min_senders")]
    pub campaign_min_senders: usize,
    /// Estimated Jaccard similarity (0-1) of word 3-grams above which two letters match.
    #[serde(default = "default_campaign_similarity")]
    pub campaign_similarity: f64,
    /// Rules whose match makes a data-protection message a subject access request.
    #[serde(default = "default_sar_rules")]
    pub sar_rules: Vec<String>,
}

/// One digest recipient.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestRecipient {
    pub address: String,
    /// `full` (the secretary: everything) or `summary` (officers: counts and subjects, no
    /// names, addresses or text of members). Summary unless said otherwise.
    #[serde(default)]
    pub view: DigestView,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestView {
    Full,
    #[default]
    Summary,
}

impl Default for DigestConfig {
    fn default() -> DigestConfig {
        DigestConfig {
            title: default_digest_title(),
            weekday: default_digest_weekday(),
            time: default_digest_time(),
            timezone: default_digest_timezone(),
            recipients: Vec::new(),
            overdue_days: default_overdue_days(),
            no_reply_categories: default_no_reply_categories(),
            busiest: default_busiest(),
            campaign_min_senders: default_campaign_min_senders(),
            campaign_similarity: default_campaign_similarity(),
            sar_rules: default_sar_rules(),
        }
    }
}

impl DigestConfig {
    pub fn weekday_parsed(&self) -> Result<jiff::civil::Weekday, String> {
        use jiff::civil::Weekday::*;
        Ok(match self.weekday.to_ascii_lowercase().as_str() {
            "monday" | "mon" => Monday,
            "tuesday" | "tue" => Tuesday,
            "wednesday" | "wed" => Wednesday,
            "thursday" | "thu" => Thursday,
            "friday" | "fri" => Friday,
            "saturday" | "sat" => Saturday,
            "sunday" | "sun" => Sunday,
            other => {
                return Err(format!(
                    "[digest] weekday = {other:?} is not a day of the week: use \"monday\" .. \"sunday\""
                ))
            }
        })
    }

    pub fn time_parsed(&self) -> Result<jiff::civil::Time, String> {
        let bad = || {
            format!(
                "[digest] time = {:?} is not a time: use \"HH:MM\", e.g. \"08:00\"",
                self.time
            )
        };
        let (h, m) = self.time.split_once(':').ok_or_else(bad)?;
        let (h, m): (i8, i8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        jiff::civil::Time::new(h, m, 0, 0).map_err(|_| bad())
    }

    pub fn timezone_parsed(&self) -> Result<jiff::tz::TimeZone, String> {
        jiff::tz::db().get(&self.timezone).map_err(|_| {
            format!(
                "[digest] timezone = {:?} is not a known time zone: use an IANA name such as \"Europe/London\"",
                self.timezone
            )
        })
    }

    pub(super) fn validate(&self) -> Result<(), String> {
        self.weekday_parsed()?;
        self.time_parsed()?;
        self.timezone_parsed()?;
        for r in &self.recipients {
            let a = r.address.trim();
            if a.is_empty() || !a.contains('@') || a.contains(['<', '>', ' ', ',']) {
                return Err(format!(
                    "[digest] recipient address {:?} is not a plain email address (write only user@domain)",
                    r.address
                ));
            }
        }
        if !(0.0..=1.0).contains(&self.campaign_similarity) {
            return Err(format!(
                "[digest] campaign_similarity = {} must be between 0 and 1",
                self.campaign_similarity
            ));
        }
        if self.campaign_min_senders < 2 {
            return Err("[digest] campaign_min_senders must be at least 2".into());
        }
        Ok(())
    }
}

fn default_digest_title() -> String {
    "Weekly correspondence digest".into()
}
fn default_digest_weekday() -> String {
    "monday".into()
}
fn default_digest_time() -> String {
    "08:00".into()
}
fn default_digest_timezone() -> String {
    "Europe/London".into()
}
fn default_overdue_days() -> std::collections::BTreeMap<String, u32> {
    [
        ("urgent", 2),
        ("query", 5),
        ("complaint", 14),
        ("procedural", 14),
        ("data-protection", 30),
    ]
    .into_iter()
    .map(|(c, d)| (c.to_string(), d))
    .collect()
}
fn default_no_reply_categories() -> Vec<String> {
    vec!["bulk".into(), "safety".into()]
}
fn default_busiest() -> usize {
    5
}
fn default_campaign_min_senders() -> usize {
    5
}
fn default_campaign_similarity() -> f64 {
    0.5
}
fn default_sar_rules() -> Vec<String> {
    vec!["subject-access-request".into()]
}
