//! Doctor's SMTP checks: the mode fits the port, then a connection with TLS and login through
//! the very transport the outbox builds (so what doctor passes, the outbox can do).

use std::time::Duration;

use super::net::{self, Greeting};
use super::{Provider, Report};
use crate::config::{Smtp, TlsMode};

const AREA: &str = "smtp";

pub(super) async fn check(smtp: &Smtp, report: &mut Report) {
    let timeout = Duration::from_secs(smtp.timeout_seconds);
    let short = timeout.min(Duration::from_secs(3));
    let Some(addr) = net::reach(AREA, &smtp.host, smtp.port, smtp.tls, short, report).await else {
        return;
    };
    let hp = format!("{}:{}", smtp.host, smtp.port);
    if smtp.tls != TlsMode::Implicit {
        match net::read_greeting(addr, short).await {
            Greeting::Text(g) if g.starts_with("220") => {}
            Greeting::Text(g) => {
                report.fix(AREA, format!("{hp} does not answer like an SMTP server ({:?}): check [smtp] port (465 for tls = \"implicit\", 587 for \"starttls\")", g.chars().take(60).collect::<String>()));
                return;
            }
            Greeting::Silent if net::speaks_tls(addr, &smtp.host, short).await => {
                report.fix(AREA, format!("{hp} expects TLS from the first byte, but [smtp] tls = \"{}\": set tls = \"implicit\" (or point port at the server's plain port, usually 587)", net::mode_name(smtp.tls)));
                return;
            }
            Greeting::Silent | Greeting::Closed => {
                report.fix(AREA, format!("{hp} sends no SMTP greeting: check [smtp] port (465 for tls = \"implicit\", 587 for \"starttls\")"));
                return;
            }
        }
    }
    let transport =
        match crate::outbox::smtp::transport(Some(smtp), timeout.min(Duration::from_secs(15))) {
            Ok(t) => t,
            Err(e) => {
                report.fix(AREA, e.to_string());
                return;
            }
        };
    let login = smtp.username.as_deref();
    match transport.test_connection().await {
        Ok(true) => {
            let tls = match smtp.tls {
                TlsMode::Implicit => "TLS, certificate verified",
                TlsMode::Starttls => "STARTTLS, certificate verified",
                TlsMode::None => "plain text on loopback",
            };
            match login {
                Some(user) => report.ok(AREA, format!("logged in as {user} ({tls})")),
                None => report.warn(AREA, format!("connected ({tls}) without logging in: fine only for a relay that takes mail from this machine; otherwise set [smtp] username and a password option")),
            }
        }
        Ok(false) => report.fix(
            AREA,
            format!(
                "{hp} accepted the connection but stopped answering: check [smtp] port and tls"
            ),
        ),
        Err(e) => report.fix(AREA, explain(&e, smtp)),
    }
}

fn explain(e: &lettre::transport::smtp::Error, smtp: &Smtp) -> String {
    let hp = format!("{}:{}", smtp.host, smtp.port);
    let text = chain(e);
    let code = e.status().map(|c| c.to_string());
    if text.contains("UnknownIssuer") {
        return match &smtp.ca_file {
            None => format!("the certificate of {hp} is not signed by an authority this machine trusts (self-signed or a private CA): set ca_file = \"/path/to/ca.pem\" in [smtp] (the CA certificate that signed it)"),
            Some(ca) => format!("the certificate of {hp} is signed neither by ca_file {} nor by a trusted authority: point [smtp] ca_file at the CA that signed it", ca.display()),
        };
    }
    if text.contains("NotValidForName") {
        return format!("the certificate of {hp} is not for the name {:?}: set [smtp] host to a name the certificate lists", smtp.host);
    }
    if e.is_tls() && net::is_plaintext_answer(&text) || text.contains("InvalidContentType") {
        return format!("{hp} answers in plain text, not TLS: set [smtp] tls = \"starttls\" for this port (or use port 465 with tls = \"implicit\")");
    }
    match code.as_deref() {
        Some("535" | "534" | "538") | Some("530") if !text.contains("STARTTLS") => {
            let user = smtp.username.as_deref().unwrap_or("(no username)");
            return match &smtp.oauth2 {
                Some(_) => format!("the server refused the OAuth2 token for {user}: run `postbag login` again (and check [smtp] oauth2 scopes)"),
                None if smtp.oauth2_token_command.is_some() => format!("the server refused the token for {user}: check [smtp] oauth2_token_command"),
                None => format!("the server refused the password for {user}: {}", Provider::of_host(&smtp.host).password_hint("smtp")),
            };
        }
        _ => {}
    }
    if text.contains("STARTTLS") {
        return format!(
            "{hp} does not offer STARTTLS: set [smtp] tls = \"implicit\" and port = 465"
        );
    }
    if e.is_timeout() {
        return format!("no answer from {hp} in time: check [smtp] port and tls (465 with \"implicit\", 587 with \"starttls\")");
    }
    format!("cannot send through {hp}: {text}")
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let t = s.to_string();
        if !text.contains(&t) {
            text = format!("{text}: {t}");
        }
        source = s.source();
    }
    text
}
