//! `[imap]` and `[smtp]`: where the servers are, how the connection is protected, and where
//! the password or token comes from (never the file itself).

use serde::Deserialize;
use std::path::{Path, PathBuf};

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
    /// How long `password_command` or `oauth2_token_command` may run: the section's own
    /// timeout (`[imap] timeout_secs`, `[smtp] timeout_seconds`); 30 s when unset.
    pub command_timeout: Option<std::time::Duration>,
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
    ($t:ty, $timeout:ident) => {
        impl $t {
            pub fn secret(&self) -> SecretSource {
                SecretSource {
                    password_env: self.password_env.clone(),
                    password_file: self.password_file.clone(),
                    password_command: self.password_command.clone(),
                    oauth2_token_command: self.oauth2_token_command.clone(),
                    oauth2: self.oauth2.clone(),
                    command_timeout: Some(std::time::Duration::from_secs(self.$timeout)),
                }
            }
        }
    };
}
secret_of!(Imap, timeout_secs);
secret_of!(Smtp, timeout_seconds);

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
    /// Limit for connecting, for every command and for `password_command` /
    /// `oauth2_token_command`, in seconds.
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
    /// Seconds for connecting, for each SMTP command and for `password_command` /
    /// `oauth2_token_command`.
    #[serde(default = "default_smtp_timeout")]
    pub timeout_seconds: u64,
    /// A message still undelivered this many hours after it was queued is given up.
    #[serde(default = "default_give_up_hours")]
    pub give_up_after_hours: u64,
}

impl SecretSource {
    pub(super) fn check(&self, section: &str) -> Result<(), String> {
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
    pub(super) fn anchor(&mut self, token_dir: &Path, user: &str, base: &Path) {
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

    pub(super) fn check(&self, section: &str) -> Result<(), String> {
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

pub(super) fn check_tls(tls: TlsMode, host: &str, section: &str) -> Result<(), String> {
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
    150
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
