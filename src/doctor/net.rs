//! The network under a protocol: DNS, TCP, and — when the configured TLS mode does not fit the
//! port — what the port actually speaks, so the fix can be named exactly.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use super::Report;
use crate::config::TlsMode;

/// Resolves and connects once; reports both steps. `None` when either failed (the report
/// says why and what to change).
pub(super) async fn reach(
    area: &'static str,
    host: &str,
    port: u16,
    tls: TlsMode,
    timeout: Duration,
    report: &mut Report,
) -> Option<SocketAddr> {
    let host_only = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> =
        match tokio::time::timeout(timeout, tokio::net::lookup_host((host_only, port))).await {
            Ok(Ok(a)) => a.collect(),
            Ok(Err(e)) => {
                report.fix(
                    area,
                    format!("cannot find {host} in DNS ({e}): check [{area}] host for a typo"),
                );
                return None;
            }
            Err(_) => {
                report.fix(
                    area,
                    format!(
                        "no DNS answer for {host} within {}s: check the network and [{area}] host",
                        timeout.as_secs()
                    ),
                );
                return None;
            }
        };
    let Some(first) = addrs.first().copied() else {
        report.fix(
            area,
            format!("{host} has no address in DNS: check [{area}] host"),
        );
        return None;
    };
    if host_only.parse::<std::net::IpAddr>().is_err() {
        report.ok(area, format!("{host} resolves to {}", first.ip()));
    }
    let usual = usual_port(area, tls);
    let port_hint = if port == usual {
        format!("check [{area}] host")
    } else {
        format!(
            "check [{area}] port (usually {usual} for tls = \"{}\")",
            mode_name(tls)
        )
    };
    match tokio::time::timeout(timeout, TcpStream::connect(first)).await {
        Ok(Ok(_)) => {
            report.ok(area, format!("{host}:{port} accepts connections"));
            Some(first)
        }
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            report.fix(
                area,
                format!("nothing listens on {host}:{port} (connection refused): {port_hint}"),
            );
            None
        }
        Ok(Err(e)) => {
            report.fix(
                area,
                format!("cannot connect to {host}:{port} ({e}): {port_hint}"),
            );
            None
        }
        Err(_) => {
            report.fix(
                area,
                format!(
                    "no answer from {host}:{port} within {}s (a firewall?): {port_hint}",
                    timeout.as_secs()
                ),
            );
            None
        }
    }
}

/// The port people use for `tls` on this protocol.
pub(super) fn usual_port(area: &str, tls: TlsMode) -> u16 {
    match (area, tls) {
        ("imap", TlsMode::Implicit) => 993,
        ("imap", _) => 143,
        (_, TlsMode::Implicit) => 465,
        (_, _) => 587,
    }
}

pub(super) fn mode_name(tls: TlsMode) -> &'static str {
    match tls {
        TlsMode::Implicit => "implicit",
        TlsMode::Starttls => "starttls",
        TlsMode::None => "none",
    }
}

/// What the first bytes from a port say, for a plain-text mode: a greeting, nothing (the
/// server waits for a TLS hello), or the connection closed.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Greeting {
    Text(String),
    Silent,
    Closed,
}

pub(super) async fn read_greeting(addr: SocketAddr, wait: Duration) -> Greeting {
    let Ok(mut tcp) = TcpStream::connect(addr).await else {
        return Greeting::Closed;
    };
    let mut buf = [0u8; 512];
    match tokio::time::timeout(wait, tcp.read(&mut buf)).await {
        Ok(Ok(0)) | Ok(Err(_)) => Greeting::Closed,
        Ok(Ok(n)) => Greeting::Text(String::from_utf8_lossy(&buf[..n]).trim_end().to_string()),
        Err(_) => Greeting::Silent,
    }
}

/// Whether `addr` completes (or at least answers) a TLS handshake: true when the server
/// speaks TLS from the first byte, whatever it thinks of its certificate.
pub(super) async fn speaks_tls(addr: SocketAddr, host: &str, wait: Duration) -> bool {
    let Ok(config) = crate::source::imap::client_config(None) else {
        return false;
    };
    let Ok(tcp) = TcpStream::connect(addr).await else {
        return false;
    };
    let name = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let Ok(name) = tokio_rustls::rustls::pki_types::ServerName::try_from(name) else {
        return false;
    };
    match tokio::time::timeout(
        wait,
        tokio_rustls::TlsConnector::from(config).connect(name, tcp),
    )
    .await
    {
        Ok(Ok(_)) => true,
        // A certificate complaint means a TLS server answered; anything else is not TLS.
        Ok(Err(e)) => is_certificate_error(&e.to_string()),
        Err(_) => false,
    }
}

pub(super) fn is_certificate_error(text: &str) -> bool {
    [
        "UnknownIssuer",
        "NotValidForName",
        "Expired",
        "certificate",
        "BadSignature",
    ]
    .iter()
    .any(|k| text.contains(k))
}

/// A TLS error that means the other side answered in plain text.
pub(super) fn is_plaintext_answer(text: &str) -> bool {
    [
        "InvalidContentType",
        "corrupt message",
        "InvalidMessage",
        "HandshakeFailure",
    ]
    .iter()
    .any(|k| text.contains(k))
        && !is_certificate_error(text)
}
