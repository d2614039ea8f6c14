//! Opening an authenticated IMAP session: TCP, TLS (implicit or STARTTLS), the greeting, then
//! LOGIN or XOAUTH2. Every step has the endpoint's timeout. What happens after login belongs
//! to [`super::session`].

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use async_imap::imap_proto::{Response, Status};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::rustls::ClientConfig;
use tokio_rustls::TlsConnector;

use super::auth::{Auth, XOAuth2};
use super::session::{timed, ImapSession};
use super::transport::{client_config, tls_hint, Transport};
use crate::error::{Error, Result};

pub use crate::config::{is_loopback, TlsMode};

/// Where an IMAP server is and how to talk to it.
#[derive(Debug, Clone)]
pub struct ImapEndpoint {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// Extra trusted certificates (PEM), for a self-signed or private-CA server.
    pub ca_file: Option<PathBuf>,
    /// Limit for each step of connecting and for every command afterwards.
    pub timeout: Duration,
}

impl ImapEndpoint {
    /// An endpoint with no extra CA and a 30 s timeout.
    pub fn new(host: impl Into<String>, port: u16, tls: TlsMode) -> Self {
        Self {
            host: host.into(),
            port,
            tls,
            ca_file: None,
            timeout: Duration::from_secs(30),
        }
    }

    fn addr(&self) -> String {
        if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// Connects, secures, reads the greeting and authenticates.
    pub async fn connect(&self, auth: &Auth) -> Result<ImapSession> {
        let tls = match self.tls {
            TlsMode::None if !is_loopback(&self.host) => {
                return Err(Error::ImapInsecure {
                    host: self.host.clone(),
                });
            }
            TlsMode::None => None,
            TlsMode::Implicit | TlsMode::Starttls => Some(client_config(self.ca_file.as_deref())?),
        };
        let addr = self.addr();
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        let tcp = timed(
            self.timeout,
            || format!("connect to {addr}"),
            TcpStream::connect((host, self.port)),
        )
        .await?
        .map_err(|source| Error::ImapConnect {
            addr: addr.clone(),
            source,
        })?;
        tcp.set_nodelay(true).ok();

        let transport = match (&self.tls, &tls) {
            (TlsMode::Implicit, Some(config)) => self.handshake(tcp, config.clone()).await?,
            _ => Transport::Plain(tcp),
        };
        let mut client = async_imap::Client::new(transport);
        let greeting = self.read_greeting(&mut client, &addr).await?;

        if let (TlsMode::Starttls, Some(config)) = (&self.tls, tls) {
            timed(
                self.timeout,
                || format!("STARTTLS with {addr}"),
                client.run_command_and_check_ok("STARTTLS", None),
            )
            .await?
            .map_err(|source| Error::ImapStartTls {
                host: self.host.clone(),
                source,
            })?;
            // Anything the server sent after its OK is dropped with the old client: bytes
            // injected before the handshake must never be read as protected data, and the
            // pre-TLS capabilities are not trusted either (we ask again after login).
            let Transport::Plain(tcp) = client.into_inner() else {
                unreachable!("STARTTLS runs on a plain connection");
            };
            client = async_imap::Client::new(self.handshake(tcp, config).await?);
        }

        let user = auth.user().to_string();
        let login = match auth {
            Auth::Login { user, password } => {
                timed(
                    self.timeout,
                    || format!("login as {user}"),
                    client.login(user, password),
                )
                .await?
            }
            Auth::XOAuth2 { user, access_token } => {
                timed(
                    self.timeout,
                    || format!("xoauth2 authentication as {user}"),
                    client.authenticate("XOAUTH2", XOAuth2::new(user, access_token)),
                )
                .await?
            }
        };
        let session = login.map_err(|(source, _client)| Error::ImapLogin { user, source })?;
        ImapSession::start(session, self.timeout, greeting).await
    }

    async fn handshake(&self, tcp: TcpStream, config: Arc<ClientConfig>) -> Result<Transport> {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        let name = ServerName::try_from(host.to_string()).map_err(|e| Error::ImapTls {
            host: self.host.clone(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, e),
            hint: "",
        })?;
        let tls = timed(
            self.timeout,
            || format!("tls handshake with {}", self.addr()),
            TlsConnector::from(config).connect(name, tcp),
        )
        .await?
        .map_err(|source| Error::ImapTls {
            host: self.host.clone(),
            hint: tls_hint(&source),
            source,
        })?;
        Ok(Transport::Tls(Box::new(tls)))
    }

    /// Reads the server's greeting before anything is sent: some servers (Gmail with XOAUTH2,
    /// async-imap #84) hang when a command arrives first. Returns the greeting's text.
    async fn read_greeting(
        &self,
        client: &mut async_imap::Client<Transport>,
        addr: &str,
    ) -> Result<String> {
        let greeting = timed(
            self.timeout,
            || format!("greeting from {addr}"),
            client.read_response(),
        )
        .await?;
        let bad = |reason: String| Error::ImapGreeting {
            addr: addr.to_string(),
            reason,
        };
        let greeting = greeting
            .map_err(|e| bad(e.to_string()))?
            .ok_or_else(|| bad("connection closed before the greeting".into()))?;
        match greeting.parsed() {
            Response::Data {
                status: Status::Ok | Status::PreAuth,
                outcome,
            } => Ok(outcome.information.as_deref().unwrap_or("").to_string()),
            Response::Data {
                status: Status::Bye,
                outcome,
            } => Err(bad(format!(
                "server refused the connection: {}",
                outcome.information.as_deref().unwrap_or("BYE")
            ))),
            other => Err(bad(format!("unexpected greeting {other:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for host in [
            "127.0.0.1",
            "127.8.9.10",
            "::1",
            "[::1]",
            "localhost",
            "LocalHost",
        ] {
            assert!(is_loopback(host), "{host}");
        }
        for host in [
            "imap.example.org",
            "10.0.0.1",
            "128.0.0.1",
            "localhost.example.org",
            "",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }

    #[tokio::test]
    async fn plain_text_to_a_remote_host_is_refused_before_connecting() {
        let endpoint = ImapEndpoint::new("imap.example.org", 143, TlsMode::None);
        let auth = Auth::Login {
            user: "u".into(),
            password: "p".into(),
        };
        let err = endpoint.connect(&auth).await.unwrap_err();
        assert!(matches!(err, Error::ImapInsecure { .. }), "{err}");
        assert!(err.to_string().contains("loopback"));
    }

    #[test]
    fn ipv6_addresses_are_bracketed() {
        let endpoint = ImapEndpoint::new("::1", 993, TlsMode::Implicit);
        assert_eq!(endpoint.addr(), "[::1]:993");
        assert_eq!(ImapEndpoint::new("h", 1, TlsMode::None).addr(), "h:1");
    }
}
