//! The SMTP side of the outbox: a lettre transport from `[smtp]` (TLS mode, CA file, PLAIN/
//! LOGIN or XOAUTH2 with a secret read anew each time), and what a failure means.

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, Tokio1Executor};

use crate::config::{Smtp, TlsMode};
use crate::secret::{self, Secret};
use crate::store::OutboxItem;
use crate::{Error, Result};

/// How a failed attempt is treated.
pub(super) enum Failure {
    /// Try this item again later.
    Transient(String),
    /// The server is unreachable or refuses us: try again later, and leave the rest of
    /// this pass untried.
    Connection(String),
    /// The server refused this message for good.
    Permanent(String),
}

/// "SMTP server HOST:PORT", the start of every delivery error.
pub(super) fn server_name(smtp: Option<&Smtp>) -> String {
    smtp.map_or_else(
        || "SMTP server".into(),
        |s| format!("SMTP server {}:{}", s.host, s.port),
    )
}

pub(super) fn classify(server: &str, e: &lettre::transport::smtp::Error) -> Failure {
    let text = format!("{server}: {}", error_chain(e));
    let code = e.status().map(|c| c.to_string());
    match code.as_deref() {
        // Login refused or needing TLS: the config's fault, not this message's.
        Some("530" | "534" | "535" | "538") => {
            tracing::error!(
                "SMTP login refused: check [smtp] username and the password or token: {text}"
            );
            Failure::Connection(format!("login refused: {text}"))
        }
        _ if e.is_permanent() => Failure::Permanent(text),
        _ if e.is_transient() => Failure::Transient(text),
        // No SMTP reply at all: connection refused, TLS failure, timeout, cut connection.
        _ => Failure::Connection(text),
    }
}

/// A transport for this pass: the secret is read anew (a token command may refresh).
pub(crate) fn transport(
    smtp: Option<&Smtp>,
    timeout: Duration,
) -> Result<AsyncSmtpTransport<Tokio1Executor>> {
    let smtp = smtp.ok_or_else(|| {
        Error::SmtpSetup("there is no [smtp] section in the config; queued mail waits".into())
    })?;
    let setup = |m: String| Error::SmtpSetup(format!("[smtp] {m}"));
    let tls_params = || -> Result<TlsParameters> {
        let mut b = TlsParameters::builder(smtp.host.clone());
        if let Some(ca) = &smtp.ca_file {
            let pem =
                std::fs::read(ca).map_err(|e| setup(format!("ca_file {}: {e}", ca.display())))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| setup(format!("ca_file {}: {e}", ca.display())))?;
            b = b.add_root_certificate(cert);
        }
        b.build_rustls().map_err(|e| setup(format!("TLS: {e}")))
    };
    let tls = match smtp.tls {
        TlsMode::Implicit => Tls::Wrapper(tls_params()?),
        TlsMode::Starttls => Tls::Required(tls_params()?),
        TlsMode::None if crate::config::is_loopback(&smtp.host) => Tls::None,
        TlsMode::None => {
            return Err(setup(format!(
                "tls = \"none\" is only allowed on loopback, not {}",
                smtp.host
            )))
        }
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.as_str())
        .port(smtp.port)
        .tls(tls)
        .timeout(Some(timeout));
    if let Ok(from) = smtp.from.parse::<lettre::message::Mailbox>() {
        builder = builder.hello_name(ClientId::Domain(from.email.domain().to_string()));
    }
    let source = smtp.secret();
    let has_secret = source.password_env.is_some()
        || source.password_file.is_some()
        || source.password_command.is_some()
        || source.oauth2_token_command.is_some()
        || source.oauth2.is_some();
    if has_secret {
        let user = smtp
            .username
            .clone()
            .ok_or_else(|| setup("has a password or token but no username".into()))?;
        let secret =
            secret::resolve(&source, "smtp").map_err(|e| Error::SmtpSetup(e.to_string()))?;
        builder = match secret {
            Secret::Password(p) => builder
                .credentials(Credentials::new(user, p))
                .authentication(vec![Mechanism::Plain, Mechanism::Login]),
            Secret::OAuth2Token(t) => builder
                .credentials(Credentials::new(user, t))
                .authentication(vec![Mechanism::Xoauth2]),
        };
    }
    Ok(builder.build())
}
pub(super) fn envelope(item: &OutboxItem) -> std::result::Result<Envelope, String> {
    let from = item
        .from
        .parse()
        .map_err(|e| format!("sender {:?}: {e}", item.from))?;
    let to = item
        .to
        .iter()
        .map(|t| t.parse().map_err(|e| format!("recipient {t:?}: {e}")))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Envelope::new(Some(from), to).map_err(|e| e.to_string())
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}
