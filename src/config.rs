//! The TOML config: every key, its default, and validation with `path:line:col` messages.
//!
//! Relative paths in the file are taken relative to the file's own directory, so a config
//! works the same from cron, systemd or a shell. Secrets are never in the file: only the
//! name of an environment variable, a file, or a command that prints them.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The whole config file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// Rule files; when unset, `./rules` if it exists, else the rules built into the binary.
    pub rules_dir: Option<PathBuf>,
    #[serde(default = "default_templates_dir")]
    pub templates_dir: PathBuf,
    #[serde(default)]
    pub secretary: Secretary,
    pub imap: Option<Imap>,
    pub smtp: Option<Smtp>,
    /// Marks on the server per category; every category gets `postbag-<category>` by default.
    #[serde(default)]
    pub marks: Marks,
    /// `[members]`: how to read the member list CSV.
    #[serde(default)]
    pub members: MembersConfig,
    /// `[retention]`: days each category is kept in the store.
    #[serde(default)]
    pub retention: Retention,
    /// The branch, for reply templates.
    #[serde(default)]
    pub branch: Branch,
    /// Drafts and acknowledgements: rate limits and where drafts go.
    #[serde(default)]
    pub reply: Reply,
    /// Who is told, at once, about a `safety` message.
    #[serde(default)]
    pub alerts: Alerts,
    /// The weekly digest: when, to whom, and what counts as overdue.
    #[serde(default)]
    pub digest: DigestConfig,
    /// Where the config was read from, if anywhere.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// Who the secretary is: replies come from them, and mail from these addresses is ours.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secretary {
    #[serde(default)]
    pub name: String,
    /// Every address the secretary receives mail at (for the loop guard).
    #[serde(default)]
    pub addresses: Vec<String>,
    /// Closes every reply (several lines allowed); the name alone when empty.
    #[serde(default)]
    pub signature: String,
}

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

/// How a connection to a server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// TLS from the first byte (IMAP 993, SMTP 465).
    Implicit,
    /// Plain TCP, then STARTTLS before anything secret is sent (IMAP 143, SMTP 587).
    Starttls,
    /// No TLS at all: refused unless the host is loopback (a local test server or a tunnel).
    None,
}

/// Where a password or token comes from: at most one of these may be set. (They are keys of
/// [imap] and [smtp] themselves: serde cannot flatten a struct and deny unknown keys.)
#[derive(Debug, Clone, Default)]
pub struct SecretSource {
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    pub oauth2_token_command: Option<String>,
    /// Built-in OAuth2: postbag keeps the refresh token and refreshes access tokens itself.
    pub oauth2: Option<OAuth2Config>,
}

/// `oauth2 = { provider = ..., client_id = ... }` in [imap] or [smtp]: `postbag login` gets a
/// refresh token once; every connection then uses a fresh access token (XOAUTH2).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuth2Config {
    pub provider: OAuth2Provider,
    /// The application (client) ID registered with the provider.
    pub client_id: String,
    /// Environment variable holding the client secret (Google's installed apps have one).
    pub client_secret_env: Option<String>,
    /// File holding the client secret (first line).
    pub client_secret_file: Option<PathBuf>,
    /// Microsoft 365 directory: "organizations" (default), "common", or the tenant's ID/domain.
    pub tenant: Option<String>,
    /// How `postbag login` asks: "device" (a code typed on any device; Microsoft) or
    /// "loopback" (a browser on this machine; Google). Default by provider.
    pub flow: Option<OAuth2Flow>,
    /// Endpoints, for "custom" or to override the provider's.
    pub auth_url: Option<String>,
    pub token_url: Option<String>,
    pub device_url: Option<String>,
    /// Scopes; the provider's mail scopes (IMAP and SMTP, offline access) when unset.
    pub scopes: Option<Vec<String>>,
    /// Where the refresh and access tokens are kept: `data_dir/oauth2/<username>.json`,
    /// filled in when the config is read.
    #[serde(skip)]
    pub token_file: PathBuf,
    /// The account, filled in from the section's `username`.
    #[serde(skip)]
    pub user: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OAuth2Provider {
    Microsoft365,
    Google,
    Custom,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OAuth2Flow {
    Device,
    Loopback,
}

macro_rules! secret_of {
    ($t:ty) => {
        impl $t {
            pub fn secret(&self) -> SecretSource {
                SecretSource {
                    password_env: self.password_env.clone(),
                    password_file: self.password_file.clone(),
                    password_command: self.password_command.clone(),
                    oauth2_token_command: self.oauth2_token_command.clone(),
                    oauth2: self.oauth2.clone(),
                }
            }
        }
    };
}
secret_of!(Imap);
secret_of!(Smtp);

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Imap {
    pub host: String,
    #[serde(default = "default_imap_port")]
    pub port: u16,
    #[serde(default = "default_tls")]
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    pub username: String,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    pub oauth2_token_command: Option<String>,
    /// Built-in OAuth2 (see [`OAuth2Config`]).
    pub oauth2: Option<OAuth2Config>,
    #[serde(default = "default_folders")]
    pub folders: Vec<String>,
    /// Limit for connecting and for every command, in seconds.
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// With several folders, how often all are looked at while IDLE waits on the first.
    #[serde(default = "default_poll_secs")]
    pub poll_secs: u64,
    /// UIDs fetched per FETCH command and per checkpoint.
    #[serde(default = "default_chunk")]
    pub chunk: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default = "default_tls")]
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    pub username: Option<String>,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_command: Option<String>,
    pub oauth2_token_command: Option<String>,
    /// Built-in OAuth2 (see [`OAuth2Config`]).
    pub oauth2: Option<OAuth2Config>,
    pub from: String,
    /// Seconds for connecting and for each SMTP command.
    #[serde(default = "default_smtp_timeout")]
    pub timeout_seconds: u64,
    /// A message still undelivered this many hours after it was queued is given up.
    #[serde(default = "default_give_up_hours")]
    pub give_up_after_hours: u64,
}

/// `[marks.<category>]`: how a category shows on the server.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkConfig {
    /// Set the keyword `postbag-<category>` (default true).
    pub keyword: Option<bool>,
    /// Set \Flagged (default false).
    #[serde(default)]
    pub flagged: bool,
    /// Copy (or move) the message to this folder.
    pub folder: Option<String>,
    /// Move instead of copy (needs `folder`; servers without MOVE get a copy).
    #[serde(default, rename = "move")]
    pub move_messages: bool,
}

/// Marks per category name.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Marks(pub std::collections::BTreeMap<String, MarkConfig>);

/// The marks one category gets, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub keyword: Option<String>,
    pub flagged: bool,
    pub folder: Option<String>,
    pub move_messages: bool,
}

impl Mark {
    /// "keyword postbag-x, \Flagged, copy to F" for reports.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = &self.keyword {
            parts.push(format!("keyword {k}"));
        }
        if self.flagged {
            parts.push("\\Flagged".to_string());
        }
        if let Some(f) = &self.folder {
            parts.push(format!(
                "{} to {f}",
                if self.move_messages { "move" } else { "copy" }
            ));
        }
        parts.join(", ")
    }
}

/// The IMAP keyword that carries a category: `postbag-<category>` (DESIGN.md).
pub fn keyword_for(category: &str) -> String {
    format!("postbag-{category}")
}

impl Marks {
    pub fn for_category(&self, category: &str) -> Mark {
        let c = self.0.get(category).cloned().unwrap_or_default();
        Mark {
            keyword: c.keyword.unwrap_or(true).then(|| keyword_for(category)),
            flagged: c.flagged,
            folder: c.folder,
            move_messages: c.move_messages,
        }
    }
}

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

    fn validate(&self) -> Result<(), String> {
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

fn default_data_dir() -> PathBuf {
    PathBuf::from("./postbag-data")
}
fn default_templates_dir() -> PathBuf {
    PathBuf::from("./templates")
}
fn default_imap_port() -> u16 {
    993
}
fn default_smtp_port() -> u16 {
    465
}
fn default_tls() -> TlsMode {
    TlsMode::Implicit
}
fn default_timeout_secs() -> u64 {
    30
}
fn default_poll_secs() -> u64 {
    300
}
fn default_chunk() -> usize {
    500
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
fn default_smtp_timeout() -> u64 {
    30
}
fn default_give_up_hours() -> u64 {
    72
}
fn default_folders() -> Vec<String> {
    vec!["INBOX".to_string()]
}

impl Default for Config {
    fn default() -> Config {
        Config {
            data_dir: default_data_dir(),
            rules_dir: None,
            templates_dir: default_templates_dir(),
            secretary: Secretary::default(),
            imap: None,
            smtp: None,
            marks: Marks::default(),
            members: MembersConfig::default(),
            retention: Retention::default(),
            branch: Branch::default(),
            reply: Reply::default(),
            alerts: Alerts::default(),
            digest: Default::default(),
            path: None,
        }
    }
}

/// A config that cannot be used, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

impl Config {
    /// Read and validate a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("{}: cannot read config: {e}", path.display())))?;
        let config = Config::parse(path, &text)?;
        config.refuse_if_world_readable(path)?;
        Ok(config)
    }

    /// A config that leads to a secret (a password file, or a command that prints one) must
    /// not be readable by every user of the machine (like ssh with a readable key). The name
    /// of an environment variable leads nowhere, so `password_env` alone is fine.
    fn refuse_if_world_readable(&self, path: &Path) -> Result<(), ConfigError> {
        let Some(secret) = self.secret_options().into_iter().next() else {
            return Ok(());
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map_err(|e| ConfigError(format!("{}: cannot read config: {e}", path.display())))?
                .permissions()
                .mode();
            if mode & 0o004 != 0 {
                return Err(ConfigError(format!(
                    "{}: refusing to start: the file is readable by every user (mode {:o}) and names a secret ({secret}); run `chmod 600 {}`",
                    path.display(),
                    mode & 0o777,
                    path.display()
                )));
            }
        }
        #[cfg(not(unix))]
        let _ = (path, secret);
        Ok(())
    }

    /// The options set that lead to a secret, as `[imap] password_file`.
    fn secret_options(&self) -> Vec<String> {
        let mut out = Vec::new();
        let sections = [
            ("imap", self.imap.as_ref().map(Imap::secret)),
            ("smtp", self.smtp.as_ref().map(Smtp::secret)),
        ];
        for (section, secret) in sections {
            let Some(s) = secret else { continue };
            let set = [
                ("password_file", s.password_file.is_some()),
                ("password_command", s.password_command.is_some()),
                ("oauth2_token_command", s.oauth2_token_command.is_some()),
                ("oauth2", s.oauth2.is_some()),
            ];
            out.extend(
                set.iter()
                    .filter(|(_, on)| *on)
                    .map(|(key, _)| format!("[{section}] {key}")),
            );
        }
        out
    }

    /// Parse config text; `path` names the file in messages and anchors relative paths.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, col) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
            ConfigError(format!("{}:{line}:{col}: {message}", path.display()))
        })?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let anchor = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        anchor(&mut config.data_dir);
        anchor(&mut config.templates_dir);
        if let Some(r) = config.rules_dir.as_mut() {
            anchor(r);
        }
        let token_dir = config.data_dir.join("oauth2");
        if let Some(imap) = config.imap.as_mut() {
            if let Some(o) = imap.oauth2.as_mut() {
                o.anchor(&token_dir, &imap.username, &base);
            }
            imap.ca_file
                .iter_mut()
                .chain(imap.password_file.iter_mut())
                .for_each(anchor);
        }
        if let Some(smtp) = config.smtp.as_mut() {
            if let Some(o) = smtp.oauth2.as_mut() {
                o.anchor(&token_dir, smtp.username.as_deref().unwrap_or(""), &base);
            }
            smtp.ca_file
                .iter_mut()
                .chain(smtp.password_file.iter_mut())
                .for_each(anchor);
        }
        config.path = Some(path.to_path_buf());
        config.validate(path)?;
        Ok(config)
    }

    /// Every address that is ours: the secretary's, the IMAP login and the SMTP sender.
    pub fn own_addresses(&self) -> Vec<String> {
        let mut all = self.secretary.addresses.clone();
        if let Some(imap) = &self.imap {
            if imap.username.contains('@') {
                all.push(imap.username.clone());
            }
        }
        if let Some(smtp) = &self.smtp {
            let from = smtp.from.rsplit('<').next().unwrap_or(&smtp.from);
            all.push(from.trim_end_matches('>').trim().to_string());
        }
        all
    }

    fn validate(&self, path: &Path) -> Result<(), ConfigError> {
        let fail = |m: String| Err(ConfigError(format!("{}: {m}", path.display())));
        if let Some(imap) = &self.imap {
            imap.secret().check("imap").or_else(fail)?;
            check_tls(imap.tls, &imap.host, "imap").or_else(fail)?;
            if imap.timeout_secs == 0 || imap.poll_secs == 0 || imap.chunk == 0 {
                return fail("[imap] timeout_secs, poll_secs and chunk must be at least 1".into());
            }
            if imap.folders.is_empty() {
                return fail(
                    "[imap] folders is empty: name at least one mailbox, e.g. [\"INBOX\"]".into(),
                );
            }
        }
        if let Some((key, _)) = self.retention.0.iter().find(|(_, &days)| days == 0) {
            return fail(format!(
                "[retention] {key} = 0 would delete every such record at the next purge: give at least 1 day"
            ));
        }
        for (category, mark) in &self.marks.0 {
            if mark.move_messages && mark.folder.is_none() {
                return fail(format!(
                    "[marks.{category}] move = true needs a `folder` to move to"
                ));
            }
        }
        if let Some(smtp) = &self.smtp {
            smtp.secret().check("smtp").or_else(fail)?;
            check_tls(smtp.tls, &smtp.host, "smtp").or_else(fail)?;
            if smtp.from.parse::<lettre::message::Mailbox>().is_err() {
                return fail(format!(
                    "[smtp] from = {:?} is not an address: write \"Name <user@example.org>\"",
                    smtp.from
                ));
            }
        }
        if self.reply.hourly_cap == 0 {
            return fail("[reply] hourly_cap = 0 would stop every acknowledgement: set reply = \"draft\" on the categories instead".into());
        }
        for to in &self.alerts.to {
            if to.parse::<lettre::message::Mailbox>().is_err() {
                return fail(format!(
                    "[alerts] to: {to:?} is not an address (\"user@example.org\" or \"Name <user@example.org>\")"
                ));
            }
        }
        self.digest.validate().or_else(fail)?;
        Ok(())
    }
}

impl SecretSource {
    fn check(&self, section: &str) -> Result<(), String> {
        let set = [
            self.password_env.is_some(),
            self.password_file.is_some(),
            self.password_command.is_some(),
            self.oauth2_token_command.is_some(),
            self.oauth2.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count();
        if set > 1 {
            return Err(format!("[{section}] sets more than one of password_env, password_file, password_command, oauth2_token_command, oauth2: keep one"));
        }
        if let Some(o) = &self.oauth2 {
            o.check(section)?;
        }
        Ok(())
    }
}

impl OAuth2Config {
    /// Fills in the token file and the account; anchors `client_secret_file`.
    fn anchor(&mut self, token_dir: &Path, user: &str, base: &Path) {
        self.user = user.to_string();
        let name: String = user
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "@.-_+".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.token_file = token_dir.join(format!("{name}.json"));
        if let Some(p) = self.client_secret_file.as_mut() {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        }
    }

    fn check(&self, section: &str) -> Result<(), String> {
        if self.user.is_empty() {
            return Err(format!(
                "[{section}] oauth2 needs `username` (the account's address)"
            ));
        }
        if self.client_id.trim().is_empty() {
            return Err(format!("[{section}] oauth2: client_id is empty: give the application (client) ID registered with the provider"));
        }
        if self.client_secret_env.is_some() && self.client_secret_file.is_some() {
            return Err(format!(
                "[{section}] oauth2: set client_secret_env or client_secret_file, not both"
            ));
        }
        if self.provider == OAuth2Provider::Custom
            && (self.token_url.is_none() || (self.device_url.is_none() && self.auth_url.is_none()))
        {
            return Err(format!("[{section}] oauth2: provider = \"custom\" needs token_url and device_url or auth_url"));
        }
        for (key, url) in [
            ("auth_url", &self.auth_url),
            ("token_url", &self.token_url),
            ("device_url", &self.device_url),
        ] {
            let Some(url) = url else { continue };
            let host = url
                .strip_prefix("http://")
                .map(|rest| rest.split(['/', '?']).next().unwrap_or(""))
                .map(|h| h.rsplit_once(':').map_or(h, |(h, _)| h));
            match host {
                Some(h) if !is_loopback(h) => {
                    return Err(format!("[{section}] oauth2: {key} = {url:?} is plain http: only a loopback host may be, use https"));
                }
                None if !url.starts_with("https://") => {
                    return Err(format!(
                        "[{section}] oauth2: {key} = {url:?} is not an https URL"
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn check_tls(tls: TlsMode, host: &str, section: &str) -> Result<(), String> {
    if tls == TlsMode::None && !is_loopback(host) {
        return Err(format!("[{section}] tls = \"none\" is only allowed for a loopback host (127.0.0.1, ::1, localhost), not {host}: use \"implicit\" or \"starttls\""));
    }
    Ok(())
}

/// True for 127.0.0.0/8, ::1 and `localhost`.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |p| p + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("/etc/postbag/postbag.toml"), text)
    }

    #[cfg(unix)]
    #[test]
    fn a_world_readable_config_that_names_a_secret_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("postbag.toml");
        let secret = "[imap]\nhost = \"h\"\nusername = \"u\"\npassword_file = \"pw\"\n";
        std::fs::write(&path, secret).unwrap();
        let chmod = |mode| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
        chmod(0o644).unwrap();
        let e = Config::load(&path).unwrap_err();
        assert!(e.0.contains("refusing to start: the file is readable by every user (mode 644) and names a secret ([imap] password_file); run `chmod 600"), "{}", e.0);
        chmod(0o640).unwrap();
        assert!(Config::load(&path).is_ok());
        std::fs::write(&path, "[secretary]\nname = \"Sam\"\n").unwrap();
        chmod(0o644).unwrap();
        assert!(Config::load(&path).is_ok());
    }

    #[test]
    fn the_example_config_parses_and_states_the_built_in_retention() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
        let c = Config::parse(&path, &std::fs::read_to_string(&path).unwrap()).unwrap();
        for (key, days) in Retention::DEFAULTS {
            assert_eq!(c.retention.0.get(*key), Some(days), "[retention] {key}");
        }
        assert_eq!(Retention::default().days("my-own-category"), 365);
        assert_eq!(c.members.columns.number, "Membership number");
    }

    #[test]
    fn unknown_keys_are_named_with_their_line() {
        let err = parse(
            "data_dir = \"d\"\n[imap]\nhost = \"x\"\nusername = \"u\"\npasword_env = \"P\"\n",
        )
        .unwrap_err();
        assert!(
            err.0
                .starts_with("/etc/postbag/postbag.toml:5:1: unknown field `pasword_env`"),
            "{}",
            err.0
        );
    }

    #[test]
    fn relative_paths_follow_the_config_file() {
        let c =
            parse("data_dir = \"data\"\n[secretary]\naddresses = [\"s@example.org\"]\n").unwrap();
        assert_eq!(c.data_dir, PathBuf::from("/etc/postbag/data"));
        assert_eq!(c.secretary.addresses, vec!["s@example.org"]);
        assert_eq!(c.imap.as_ref().map(|i| i.port), None);
    }

    #[test]
    fn digest_section_has_defaults_and_clear_errors() {
        let c = parse("").unwrap();
        assert_eq!(
            c.digest.weekday_parsed().unwrap(),
            jiff::civil::Weekday::Monday
        );
        assert_eq!(
            c.digest.time_parsed().unwrap(),
            jiff::civil::time(8, 0, 0, 0)
        );
        assert_eq!(c.digest.timezone, "Europe/London");
        assert!(c.digest.recipients.is_empty());
        assert_eq!(c.digest.overdue_days.get("complaint"), Some(&14));

        let c = parse(
            "[digest]\nweekday = \"Friday\"\ntime = \"17:30\"\nrecipients = [{ address = \"s@x.org\", view = \"full\" }, { address = \"c@x.org\" }]\n[digest.overdue_days]\nquery = 3\n",
        )
        .unwrap();
        assert_eq!(
            c.digest.weekday_parsed().unwrap(),
            jiff::civil::Weekday::Friday
        );
        assert_eq!(c.digest.recipients[0].view, DigestView::Full);
        assert_eq!(c.digest.recipients[1].view, DigestView::Summary);
        assert_eq!(c.digest.overdue_days.len(), 1);

        for (text, want) in [
            (
                "[digest]\nweekday = \"someday\"\n",
                "is not a day of the week",
            ),
            ("[digest]\ntime = \"25:00\"\n", "is not a time"),
            (
                "[digest]\ntimezone = \"Europe/Londn\"\n",
                "is not a known time zone",
            ),
            (
                "[digest]\nrecipients = [{ address = \"Chair <c@x.org>\" }]\n",
                "not a plain email address",
            ),
            (
                "[digest]\nrecipients = [{ address = \"c@x.org\", view = \"all\" }]\n",
                "unknown variant",
            ),
            ("[digest]\ncampaign_similarity = 1.5\n", "between 0 and 1"),
            ("[digest]\nwekday = \"monday\"\n", "unknown field `wekday`"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.0.contains(want), "{text}: {}", e.0);
        }
    }

    #[test]
    fn oauth2_keeps_its_token_in_the_data_dir_and_checks_its_endpoints() {
        let c = parse("data_dir = \"data\"\n[imap]\nhost = \"h\"\nusername = \"Sec/1@example.org\"\noauth2 = { provider = \"microsoft365\", client_id = \"id\" }\n").unwrap();
        let o = c.imap.unwrap().oauth2.unwrap();
        assert_eq!(
            o.token_file,
            PathBuf::from("/etc/postbag/data/oauth2/Sec_1@example.org.json")
        );
        assert_eq!(o.user, "Sec/1@example.org");
        for (oauth2, want) in [
            ("{ provider = \"custom\", client_id = \"id\", token_url = \"https://t\" }", "needs token_url and device_url or auth_url"),
            ("{ provider = \"custom\", client_id = \"id\", token_url = \"http://login.example.org/t\", device_url = \"https://d\" }", "token_url = \"http://login.example.org/t\" is plain http: only a loopback host may be"),
            ("{ provider = \"google\", client_id = \" \" }", "client_id is empty"),
            ("{ provider = \"yahoo\", client_id = \"id\" }", "unknown variant `yahoo`"),
        ] {
            let e = parse(&format!("[imap]\nhost = \"h\"\nusername = \"u\"\noauth2 = {oauth2}\n")).unwrap_err();
            assert!(e.0.contains(want), "{oauth2}: {}", e.0);
        }
        assert!(parse("[imap]\nhost = \"h\"\nusername = \"u\"\noauth2 = { provider = \"custom\", client_id = \"id\", token_url = \"http://127.0.0.1:8080/t\", device_url = \"http://localhost:8080/d\" }\n").is_ok());
        let e = parse("[imap]\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\noauth2 = { provider = \"google\", client_id = \"id\" }\n").unwrap_err();
        assert!(e.0.contains("more than one of"), "{}", e.0);
    }

    #[test]
    fn plain_text_is_refused_off_loopback_and_secrets_are_exclusive() {
        let e = parse("[imap]\nhost = \"imap.example.org\"\ntls = \"none\"\nusername = \"u\"\n")
            .unwrap_err();
        assert!(e.0.contains("only allowed for a loopback host"), "{}", e.0);
        assert!(parse("[imap]\nhost = \"127.0.0.1\"\ntls = \"none\"\nusername = \"u\"\n").is_ok());
        let e = parse(
            "[imap]\nhost = \"h\"\nusername = \"u\"\npassword_env = \"A\"\npassword_file = \"f\"\n",
        )
        .unwrap_err();
        assert!(e.0.contains("more than one"), "{}", e.0);
    }
}
