//! Built-in OAuth2 for IMAP and SMTP (XOAUTH2): `postbag login` runs the provider's flow once
//! (Microsoft's device code, Google's loopback redirect with PKCE) and keeps the refresh token
//! in the data directory; [`access_token`] hands every connection a token that is good for a
//! while yet, refreshing it (and saving a rotated refresh token) when it is about to expire.
//! The protocol is the oauth2 crate's; HTTP is `http` (ureq), the token file `tokens`.
//!
//! Everything here blocks: it runs where `secret::resolve` runs, like a password command.

mod http;
mod loopback;
pub mod tokens;

use std::io::Write;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use oauth2::basic::{BasicClient, BasicErrorResponseType, BasicTokenResponse};
use oauth2::{
    AuthUrl, ClientId, ClientSecret, DeviceAuthorizationUrl, EndpointMaybeSet, EndpointNotSet,
    RefreshToken, RequestTokenError, Scope, StandardDeviceAuthorizationResponse, TokenResponse,
    TokenUrl,
};

use crate::config::{OAuth2Config, OAuth2Flow, OAuth2Provider};
pub use tokens::Tokens;

/// An access token this close to its expiry is refreshed before use: a connection that
/// starts with it must still get through authentication.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(120);
/// Limit for one request to the provider.
const HTTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Why no access token could be had; every message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum OAuth2Error {
    #[error("no OAuth2 login for {user} yet: run `postbag login`")]
    NotLoggedIn { user: String },
    #[error("the saved OAuth2 login is for {what}, not this config: run `postbag login` again")]
    OtherLogin { what: String },
    #[error("the provider refused the saved refresh token ({detail}): run `postbag login` again")]
    Refused { detail: String },
    #[error("cannot refresh the access token: {0}")]
    Endpoint(String),
    #[error("cannot use token file {path}: {error}")]
    TokenFile {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
    #[error("{0}")]
    Config(String),
    #[error("login failed: {0}")]
    Login(String),
}

/// Where the provider's endpoints are, which scopes to ask for, and how to log in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub auth_url: Option<String>,
    pub token_url: String,
    pub device_url: Option<String>,
    pub scopes: Vec<String>,
    pub flow: OAuth2Flow,
    /// Extra parameters for the authorization URL (Google: offline access, ask again).
    pub auth_params: Vec<(&'static str, &'static str)>,
}

impl Endpoints {
    /// The provider's defaults, overridden by what the config sets.
    pub fn of(cfg: &OAuth2Config) -> Endpoints {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut e = match cfg.provider {
            OAuth2Provider::Microsoft365 => {
                let base = format!(
                    "https://login.microsoftonline.com/{}/oauth2/v2.0",
                    cfg.tenant.as_deref().unwrap_or("common")
                );
                Endpoints {
                    auth_url: Some(format!("{base}/authorize")),
                    token_url: format!("{base}/token"),
                    device_url: Some(format!("{base}/devicecode")),
                    scopes: s(&[
                        "offline_access",
                        "https://outlook.office.com/IMAP.AccessAsUser.All",
                        "https://outlook.office.com/SMTP.Send",
                    ]),
                    flow: OAuth2Flow::Device,
                    auth_params: vec![],
                }
            }
            // Google's device flow refuses the mail scope: the browser on this machine it is.
            OAuth2Provider::Google => Endpoints {
                auth_url: Some("https://accounts.google.com/o/oauth2/v2/auth".into()),
                token_url: "https://oauth2.googleapis.com/token".into(),
                device_url: None,
                scopes: s(&["https://mail.google.com/"]),
                flow: OAuth2Flow::Loopback,
                auth_params: vec![("access_type", "offline"), ("prompt", "consent")],
            },
            OAuth2Provider::Custom => Endpoints {
                auth_url: None,
                token_url: String::new(),
                device_url: None,
                scopes: vec![],
                flow: if cfg.device_url.is_some() {
                    OAuth2Flow::Device
                } else {
                    OAuth2Flow::Loopback
                },
                auth_params: vec![],
            },
        };
        if let Some(u) = &cfg.auth_url {
            e.auth_url = Some(u.clone());
        }
        if let Some(u) = &cfg.token_url {
            e.token_url = u.clone();
        }
        if let Some(u) = &cfg.device_url {
            e.device_url = Some(u.clone());
        }
        if let Some(scopes) = &cfg.scopes {
            e.scopes = scopes.clone();
        }
        if let Some(flow) = cfg.flow {
            e.flow = flow;
        }
        e
    }
}

type Client = BasicClient<
    EndpointMaybeSet,
    EndpointMaybeSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
>;

fn client(cfg: &OAuth2Config, e: &Endpoints) -> Result<Client, OAuth2Error> {
    let bad = |key: &str, err: oauth2::url::ParseError| {
        OAuth2Error::Config(format!("oauth2 {key} is not a URL: {err}"))
    };
    let mut client = BasicClient::new(ClientId::new(cfg.client_id.clone()))
        .set_auth_uri_option(
            e.auth_url
                .as_deref()
                .map(|u| AuthUrl::new(u.into()).map_err(|x| bad("auth_url", x)))
                .transpose()?,
        )
        .set_device_authorization_url_option(
            e.device_url
                .as_deref()
                .map(|u| DeviceAuthorizationUrl::new(u.into()).map_err(|x| bad("device_url", x)))
                .transpose()?,
        )
        .set_token_uri_option(Some(
            TokenUrl::new(e.token_url.clone()).map_err(|x| bad("token_url", x))?,
        ))
        .set_auth_type(oauth2::AuthType::RequestBody);
    if let Some(secret) = client_secret(cfg)? {
        client = client.set_client_secret(ClientSecret::new(secret));
    }
    Ok(client)
}

fn client_secret(cfg: &OAuth2Config) -> Result<Option<String>, OAuth2Error> {
    if let Some(var) = &cfg.client_secret_env {
        return std::env::var(var).map(Some).map_err(|_| {
            OAuth2Error::Config(format!(
                "oauth2 client_secret_env: the environment variable {var} is not set"
            ))
        });
    }
    if let Some(path) = &cfg.client_secret_file {
        if let Ok(Some(mode)) = crate::secret::world_readable(path) {
            return Err(OAuth2Error::Config(format!(
                "oauth2 client_secret_file: refusing to use {}: it is readable by every user (mode {mode:o}); run `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
        let text = std::fs::read_to_string(path).map_err(|e| {
            OAuth2Error::Config(format!(
                "oauth2 client_secret_file: cannot read {}: {e}",
                path.display()
            ))
        })?;
        return Ok(Some(text.lines().next().unwrap_or("").trim().to_string()));
    }
    Ok(None)
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn provider_name(p: OAuth2Provider) -> &'static str {
    match p {
        OAuth2Provider::Microsoft365 => "microsoft365",
        OAuth2Provider::Google => "google",
        OAuth2Provider::Custom => "custom",
    }
}

/// Refreshes within one process take turns (the file lock is per open file, not per thread).
static REFRESHING: Mutex<()> = Mutex::new(());

/// An access token for the account of `cfg`, valid for at least [`REFRESH_MARGIN`].
pub fn access_token(cfg: &OAuth2Config) -> Result<String, OAuth2Error> {
    let _turn = REFRESHING.lock().unwrap_or_else(|p| p.into_inner());
    let file_err = |error| OAuth2Error::TokenFile {
        path: cfg.token_file.clone(),
        error,
    };
    let _lock = tokens::lock(&cfg.token_file).map_err(file_err)?;
    // postbag writes it 0600: readable by all, it was copied or changed by hand.
    if let Ok(Some(mode)) = crate::secret::world_readable(&cfg.token_file) {
        return Err(OAuth2Error::Config(format!(
            "refusing to use token file {}: it is readable by every user (mode {mode:o}); run `chmod 600 {}`",
            cfg.token_file.display(),
            cfg.token_file.display()
        )));
    }
    let mut saved = Tokens::load(&cfg.token_file)
        .map_err(file_err)?
        .ok_or_else(|| OAuth2Error::NotLoggedIn {
            user: cfg.user.clone(),
        })?;
    if saved.client_id != cfg.client_id || !saved.user.eq_ignore_ascii_case(&cfg.user) {
        return Err(OAuth2Error::OtherLogin {
            what: format!("client {} and user {}", saved.client_id, saved.user),
        });
    }
    if let (Some(token), Some(expires_at)) = (&saved.access_token, saved.expires_at) {
        if now() + REFRESH_MARGIN.as_secs() < expires_at {
            return Ok(token.clone());
        }
    }
    let endpoints = Endpoints::of(cfg);
    let client = client(cfg, &endpoints)?;
    let http = http::client(HTTP_TIMEOUT).map_err(|e| OAuth2Error::Endpoint(e.0))?;
    let refresh = RefreshToken::new(saved.refresh_token.clone());
    let response = client
        .exchange_refresh_token(&refresh)
        .map_err(|e| OAuth2Error::Config(e.to_string()))?
        .request(&http)
        .map_err(|e| match e {
            RequestTokenError::ServerResponse(r)
                if matches!(
                    r.error(),
                    BasicErrorResponseType::InvalidGrant | BasicErrorResponseType::InvalidClient
                ) =>
            {
                OAuth2Error::Refused {
                    detail: describe_server_error(r.error().as_ref(), r.error_description()),
                }
            }
            other => OAuth2Error::Endpoint(describe(&other)),
        })?;
    keep(&mut saved, &response);
    saved.save(&cfg.token_file).map_err(file_err)?;
    tracing::debug!(
        "oauth2: refreshed the access token for {}, valid for {}s",
        cfg.user,
        saved.expires_at.unwrap_or(0).saturating_sub(now())
    );
    Ok(saved.access_token.clone().unwrap_or_default())
}

/// Forgets the saved access token (keeping the refresh token), so that the next
/// [`access_token`] refreshes: for when a server refused a token that had not yet expired
/// (revoked early, e.g. after a password change).
pub fn forget_access_token(cfg: &OAuth2Config) -> Result<(), OAuth2Error> {
    let _turn = REFRESHING.lock().unwrap_or_else(|p| p.into_inner());
    let file_err = |error| OAuth2Error::TokenFile {
        path: cfg.token_file.clone(),
        error,
    };
    let _lock = tokens::lock(&cfg.token_file).map_err(file_err)?;
    if let Some(mut saved) = Tokens::load(&cfg.token_file).map_err(file_err)? {
        saved.access_token = None;
        saved.expires_at = None;
        saved.save(&cfg.token_file).map_err(file_err)?;
    }
    Ok(())
}

/// Takes the new access token and, when the provider rotated it, the new refresh token.
fn keep(saved: &mut Tokens, response: &BasicTokenResponse) {
    saved.access_token = Some(response.access_token().secret().clone());
    let lifetime = response
        .expires_in()
        .unwrap_or(Duration::from_secs(3600))
        .as_secs();
    saved.expires_at = Some(now() + lifetime);
    if let Some(r) = response.refresh_token() {
        saved.refresh_token = r.secret().clone();
    }
}

fn describe_server_error(code: &str, description: Option<&String>) -> String {
    match description {
        Some(d) => format!("{code}: {}", d.lines().next().unwrap_or("")),
        None => code.to_string(),
    }
}

fn describe<RE: std::error::Error + 'static, T: oauth2::ErrorResponse + 'static>(
    e: &RequestTokenError<RE, T>,
) -> String {
    match e {
        RequestTokenError::ServerResponse(r) => format!("the provider said {r}"),
        RequestTokenError::Request(r) => r.to_string(),
        RequestTokenError::Parse(err, _) => format!("unexpected answer from the provider: {err}"),
        RequestTokenError::Other(o) => o.clone(),
    }
}

/// Runs the login flow of `cfg` (device code or loopback), printing the instructions to
/// `out`, and saves the tokens. Returns when the user has signed in (or the flow failed).
pub fn login(cfg: &OAuth2Config, out: &mut dyn Write) -> Result<(), OAuth2Error> {
    let endpoints = Endpoints::of(cfg);
    let client = client(cfg, &endpoints)?;
    let http = http::client(HTTP_TIMEOUT).map_err(|e| OAuth2Error::Login(e.0))?;
    let scopes = endpoints.scopes.iter().map(|s| Scope::new(s.clone()));
    let response = match endpoints.flow {
        OAuth2Flow::Device => {
            let details: StandardDeviceAuthorizationResponse = client
                .exchange_device_code()
                .map_err(|e| {
                    OAuth2Error::Config(format!("the device flow needs oauth2 device_url: {e}"))
                })?
                .add_scopes(scopes)
                .request(&http)
                .map_err(|e| OAuth2Error::Login(describe(&e)))?;
            let shown = match details.verification_uri_complete() {
                Some(complete) => format!(
                    "To sign in as {}, open {} on any device (or open {} and enter the code {}).",
                    cfg.user,
                    complete.secret(),
                    details.verification_uri().as_str(),
                    details.user_code().secret()
                ),
                None => format!(
                    "To sign in as {}, open {} on any device and enter the code {}",
                    cfg.user,
                    details.verification_uri().as_str(),
                    details.user_code().secret()
                ),
            };
            let _ = writeln!(out, "{shown}\nWaiting for you to finish signing in ...");
            let _ = out.flush();
            client
                .exchange_device_access_token(&details)
                .map_err(|e| OAuth2Error::Config(e.to_string()))?
                .request(&http, std::thread::sleep, None)
                .map_err(|e| OAuth2Error::Login(describe(&e)))?
        }
        OAuth2Flow::Loopback => loopback::run(&client, &http, &endpoints, cfg, out)?,
    };
    let refresh = response.refresh_token().ok_or_else(|| {
        OAuth2Error::Login(
            "the provider gave no refresh token (is offline access among the scopes?)".into(),
        )
    })?;
    let mut tokens = Tokens {
        provider: provider_name(cfg.provider).into(),
        client_id: cfg.client_id.clone(),
        user: cfg.user.clone(),
        refresh_token: refresh.secret().clone(),
        access_token: None,
        expires_at: None,
    };
    keep(&mut tokens, &response);
    let _turn = REFRESHING.lock().unwrap_or_else(|p| p.into_inner());
    let file_err = |error| OAuth2Error::TokenFile {
        path: cfg.token_file.clone(),
        error,
    };
    let _lock = tokens::lock(&cfg.token_file).map_err(file_err)?;
    tokens.save(&cfg.token_file).map_err(file_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(provider: OAuth2Provider) -> OAuth2Config {
        OAuth2Config {
            provider,
            client_id: "c".into(),
            client_secret_env: None,
            client_secret_file: None,
            tenant: None,
            flow: None,
            auth_url: None,
            token_url: None,
            device_url: None,
            scopes: None,
            token_file: Default::default(),
            user: "u@example.org".into(),
        }
    }

    #[test]
    fn providers_have_their_endpoints_and_mail_scopes() {
        let ms = Endpoints::of(&OAuth2Config {
            tenant: Some("contoso.onmicrosoft.com".into()),
            ..cfg(OAuth2Provider::Microsoft365)
        });
        assert_eq!(ms.flow, OAuth2Flow::Device);
        assert_eq!(
            ms.token_url,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        assert!(ms
            .scopes
            .iter()
            .any(|s| s.ends_with("IMAP.AccessAsUser.All")));
        assert!(ms.scopes.iter().any(|s| s.ends_with("SMTP.Send")));
        assert!(ms.scopes.contains(&"offline_access".to_string()));
        let g = Endpoints::of(&cfg(OAuth2Provider::Google));
        assert_eq!(g.flow, OAuth2Flow::Loopback);
        assert_eq!(g.scopes, vec!["https://mail.google.com/"]);
        let custom = Endpoints::of(&OAuth2Config {
            token_url: Some("http://127.0.0.1:1/token".into()),
            device_url: Some("http://127.0.0.1:1/device".into()),
            ..cfg(OAuth2Provider::Custom)
        });
        assert_eq!(custom.flow, OAuth2Flow::Device);
        assert_eq!(custom.token_url, "http://127.0.0.1:1/token");
    }

    #[test]
    fn no_login_yet_says_to_run_login() {
        let dir = tempfile::tempdir().unwrap();
        let c = OAuth2Config {
            token_file: dir.path().join("oauth2/u.json"),
            ..cfg(OAuth2Provider::Microsoft365)
        };
        let e = access_token(&c).unwrap_err().to_string();
        assert_eq!(
            e,
            "no OAuth2 login for u@example.org yet: run `postbag login`"
        );
    }
}
