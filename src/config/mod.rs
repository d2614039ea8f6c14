//! The TOML config: every key, its default, and validation with `path:line:col` messages.
//!
//! Relative paths in the file are taken relative to the file's own directory, so a config
//! works the same from cron, systemd or a shell. Secrets are never in the file: only the
//! name of an environment variable, a file, or a command that prints them.
//!
//! This file holds the whole `Config`, loading and validation; each group of sections has
//! its own file: [imap]/[smtp] (`servers`), [marks] (`marks`), [branch]/[reply]/[alerts]
//! (`reply`), [members]/[retention] (`members`), [digest] (`digest`).

mod digest;
mod marks;
mod members;
mod reply;
mod servers;

pub use digest::*;
pub use marks::*;
pub use members::*;
pub use reply::*;
pub use servers::*;

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
    /// Marks on the server per category: `postbag-<category>` by default, Gmail labels on
    /// Gmail, folders and \Flagged where the server keeps no keywords.
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

fn default_data_dir() -> PathBuf {
    PathBuf::from("./postbag-data")
}
fn default_templates_dir() -> PathBuf {
    PathBuf::from("./templates")
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
        self.marks.validate().or_else(fail)?;
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
        let smtp = c.smtp.unwrap();
        assert_eq!((smtp.timeout_seconds, smtp.give_up_after_hours), (30, 72));
        assert!(
            !c.retention.0.contains_key("timeout_seconds"),
            "[smtp] keys are not retention categories"
        );
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
    fn marks_settings_and_tables_are_errors_with_their_line() {
        for (text, want) in [
            (
                "[marks]\nfallback = \"folder\"\n",
                "/etc/postbag/postbag.toml:2:12: unknown variant `folder`",
            ),
            (
                "[marks]\nlabels = true\n[marks.safety]\nflaged = true\n",
                "/etc/postbag/postbag.toml:4:1: unknown field `flaged`",
            ),
            (
                "[marks.query]\nlabel = 3\n",
                "/etc/postbag/postbag.toml:2:9: invalid type: integer `3`, expected a label name, or false",
            ),
            (
                "[marks]\nfallback_parent = \"Tri%age\"\n",
                "/etc/postbag/postbag.toml: [marks] fallback_parent = \"Tri%age\" cannot hold * or %",
            ),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.0.starts_with(want), "{text}: {}", e.0);
        }
        let c = parse("[marks]\nfallback = \"none\"\n[marks.bulk]\nlabel = false\n").unwrap();
        assert_eq!(c.marks.fallback, Fallback::None);
        assert_eq!(c.marks.label("bulk"), None);
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
