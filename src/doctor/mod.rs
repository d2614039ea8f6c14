//! `postbag doctor`: checks a config against its servers and files, step by step, and says in
//! plain words what works and what to fix. Each check yields [`Step`]s; a `Fix` step names the
//! one change that would make it work. The command (`cmd::doctor`) prints them.
//!
//! # Layout
//! - `net`: DNS, TCP, and what a port speaks (plain greeting or TLS) when the mode is wrong.
//! - `imap`: TLS, login, capabilities and folders, through the same client the daemon uses.
//! - `smtp`: TLS and login through the outbox's own lettre transport.
//! - `local`: rules, templates and the data directory.

mod imap;
mod local;
mod net;
mod smtp;

use crate::config::Config;

/// How a step went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Works, but something is missing that postbag can live without.
    Warn,
    /// Must be fixed; the text names the fix.
    Fix,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub area: &'static str,
    pub status: Status,
    pub text: String,
}

/// Everything doctor found.
#[derive(Debug, Default)]
pub struct Report {
    pub steps: Vec<Step>,
}

impl Report {
    fn push(&mut self, area: &'static str, status: Status, text: impl Into<String>) {
        self.steps.push(Step {
            area,
            status,
            text: text.into(),
        });
    }
    pub(crate) fn ok(&mut self, area: &'static str, text: impl Into<String>) {
        self.push(area, Status::Ok, text)
    }
    pub(crate) fn warn(&mut self, area: &'static str, text: impl Into<String>) {
        self.push(area, Status::Warn, text)
    }
    pub(crate) fn fix(&mut self, area: &'static str, text: impl Into<String>) {
        self.push(area, Status::Fix, text)
    }

    /// Whether everything postbag needs works.
    pub fn healthy(&self) -> bool {
        self.steps.iter().all(|s| s.status != Status::Fix)
    }

    pub fn fixes(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| s.status == Status::Fix)
    }
}

/// The mail provider a host belongs to, for hints that only make sense there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Gmail,
    Microsoft365,
    Fastmail,
    Other,
}

impl Provider {
    pub fn of_host(host: &str) -> Provider {
        let h = host.to_ascii_lowercase();
        if h.ends_with("gmail.com") || h.ends_with("googlemail.com") {
            Provider::Gmail
        } else if h.ends_with("office365.com") || h.ends_with("outlook.com") {
            Provider::Microsoft365
        } else if h.ends_with("fastmail.com") {
            Provider::Fastmail
        } else {
            Provider::Other
        }
    }

    /// What to do when the server refuses a password.
    pub fn password_hint(self, section: &str) -> String {
        match self {
            Provider::Gmail => "Gmail takes no normal passwords: create an app password (Google Account > Security > 2-Step Verification > App passwords) and put it where password_file/password_command points, or use oauth2 (postbag init --provider gmail)".into(),
            Provider::Microsoft365 => format!("Microsoft 365 has switched password logins off: use oauth2 in [{section}] (postbag init --provider microsoft365), then postbag login"),
            Provider::Fastmail => "Fastmail needs an app password (Settings > Privacy & Security > Integrations > App passwords), not your login password".into(),
            Provider::Other => format!("check [{section}] username and the password its password_* option gives"),
        }
    }
}

/// Runs every check of `config`.
pub async fn check(config: &Config) -> Report {
    let mut report = Report::default();
    match &config.path {
        Some(p) => report.ok("config", format!("{} is valid", p.display())),
        None => report.fix(
            "config",
            "no config file: run `postbag init` (or pass --config FILE / set POSTBAG_CONFIG)",
        ),
    }
    match &config.imap {
        Some(imap) => imap::check(config, imap, &mut report).await,
        None => report.fix(
            "imap",
            "no [imap] section: add one (postbag init writes it for your provider)",
        ),
    }
    match &config.smtp {
        Some(smtp) => smtp::check(smtp, &mut report).await,
        None => report.warn(
            "smtp",
            "no [smtp] section: acknowledgements, alerts and the digest wait in the outbox until you add one",
        ),
    }
    local::check(config, &mut report);
    report
}
