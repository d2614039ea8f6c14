//! Doctor's IMAP checks: the mode fits the port, the certificate, the login, then what the
//! server offers and the folders postbag will use, and how each synced folder shows marks
//! (keywords, Gmail labels, or folders and \Flagged), decided from its SELECT as the daemon
//! decides it. The connection is the daemon's own client.

use std::time::Duration;

use super::net::{self, Greeting};
use super::{Provider, Report};
use crate::config::{Config, Imap, TlsMode};
use crate::error::{Error, ImapError};
use crate::secret::{self, Secret};
use crate::source::imap::{find_special_use, has_mailbox, Auth, ImapEndpoint, SpecialUse};
use crate::sync::marking::{Marking, Method};

const AREA: &str = "imap";

pub(super) async fn check(config: &Config, imap: &Imap, report: &mut Report) {
    // The secret first: it needs no network, and its fix is the same whatever the network says.
    let user = imap.username.clone();
    let secret = match secret::resolve(&imap.secret(), "imap") {
        Ok(Secret::Password(password)) => Some((Auth::Login { user, password }, "a password")),
        Ok(Secret::OAuth2Token(access_token)) => {
            Some((Auth::XOAuth2 { user, access_token }, "an OAuth2 token"))
        }
        Err(e) => {
            report.fix(AREA, e.to_string());
            None
        }
    };
    let timeout = Duration::from_secs(imap.timeout_secs);
    let short = timeout.min(Duration::from_secs(3));
    let Some(addr) = net::reach(AREA, &imap.host, imap.port, imap.tls, short, report).await else {
        return;
    };
    let hp = format!("{}:{}", imap.host, imap.port);
    if imap.tls != TlsMode::Implicit {
        match net::read_greeting(addr, short).await {
            Greeting::Text(g) if g.starts_with("* OK") || g.starts_with("* PREAUTH") => {}
            Greeting::Text(g) => {
                report.fix(AREA, format!("{hp} does not answer like an IMAP server ({:?}): check [imap] port (993 for tls = \"implicit\", 143 for \"starttls\")", first_chars(&g)));
                return;
            }
            Greeting::Silent if net::speaks_tls(addr, &imap.host, short).await => {
                report.fix(AREA, format!("{hp} expects TLS from the first byte, but [imap] tls = \"{}\": set tls = \"implicit\" (or point port at the server's plain port, usually 143)", net::mode_name(imap.tls)));
                return;
            }
            Greeting::Silent => {
                report.fix(AREA, format!("{hp} sends no IMAP greeting within {}s: check [imap] port (993 for tls = \"implicit\", 143 for \"starttls\")", short.as_secs()));
                return;
            }
            Greeting::Closed => {
                report.fix(
                    AREA,
                    format!(
                        "{hp} closed the connection without a greeting: check [imap] port and tls"
                    ),
                );
                return;
            }
        }
    }
    let Some((auth, how)) = secret else {
        return;
    };
    let mut endpoint = ImapEndpoint::new(imap.host.clone(), imap.port, imap.tls);
    endpoint.ca_file = imap.ca_file.clone();
    endpoint.timeout = timeout.min(Duration::from_secs(15));
    let mut connected = endpoint.connect(&auth).await;
    // A refused access token that has not expired yet may have been revoked early: the
    // daemon's next connection would refresh it, so doctor does the same before judging.
    if let (Err(Error::ImapLogin { .. }), Auth::XOAuth2 { user, .. }, Some(cfg)) =
        (&connected, &auth, &imap.oauth2)
    {
        let fresh =
            crate::oauth2::forget_access_token(cfg).and_then(|()| crate::oauth2::access_token(cfg));
        match fresh {
            Ok(access_token) => {
                let retry = Auth::XOAuth2 {
                    user: user.clone(),
                    access_token,
                };
                connected = endpoint.connect(&retry).await;
            }
            Err(e) => {
                report.fix(AREA, format!("[imap] oauth2: {e}"));
                return;
            }
        }
    }
    let mut session = match connected {
        Ok(s) => s,
        Err(e) => {
            report.fix(AREA, explain(&e, imap, &auth));
            return;
        }
    };
    let tls = match imap.tls {
        TlsMode::Implicit => "TLS, certificate verified",
        TlsMode::Starttls => "STARTTLS, certificate verified",
        TlsMode::None => "plain text on loopback",
    };
    report.ok(
        AREA,
        format!("logged in as {} with {how} ({tls})", imap.username),
    );

    let caps = session.capabilities().clone();
    if caps.idle {
        report.ok(AREA, "IDLE: new mail is noticed at once");
    } else {
        report.warn(
            AREA,
            format!(
                "no IDLE: new mail is noticed by polling every {}s ([imap] poll_secs)",
                imap.poll_secs
            ),
        );
    }
    if caps.condstore {
        report.ok(AREA, "CONDSTORE: flag changes are synced cheaply");
    } else {
        report.warn(
            AREA,
            "no CONDSTORE: works, with a little more traffic per sync",
        );
    }
    let moves =
        config.marks.categories.values().any(|m| m.move_messages) || config.marks.fallback_move;
    match (caps.move_command, moves) {
        (true, _) => report.ok(AREA, "MOVE: messages can be moved to category folders"),
        (false, true) => report.warn(
            AREA,
            "no MOVE: [marks.*] move = true becomes a copy (the original stays in the inbox)",
        ),
        (false, false) => report.ok(AREA, "no MOVE (not needed: no [marks.*] moves)"),
    }
    let mailboxes = match session.list().await {
        Ok(m) => m,
        Err(e) => {
            report.fix(AREA, format!("cannot list the folders: {e}"));
            return;
        }
    };
    let roles = mailboxes.iter().any(|m| m.special_use.is_some());
    match (caps.special_use, roles) {
        (true, _) => report.ok(AREA, "SPECIAL-USE: Drafts and Sent are found by their role"),
        // Gmail: no SPECIAL-USE capability, but every LIST carries the roles.
        (false, true) => report.ok(
            AREA,
            "LIST names the folders' roles (\\Drafts, \\Sent): Drafts and Sent are found by their role",
        ),
        (false, false) => report.warn(
            AREA,
            "no SPECIAL-USE: folders are found by the roles LIST shows, if any",
        ),
    }
    let names: Vec<&str> = mailboxes.iter().map(|m| m.name.as_str()).collect();
    let known = |name: &str| {
        mailboxes.iter().any(|m| {
            m.selectable
                && (m.name == name
                    || (name.eq_ignore_ascii_case("INBOX") && m.name.eq_ignore_ascii_case("INBOX")))
        })
    };
    let categories = category_names(config);
    for folder in &imap.folders {
        if known(folder) {
            report.ok(
                AREA,
                format!("folder {folder:?} is there and will be triaged"),
            );
            marks_of(&mut session, config, folder, &categories, report).await;
            if session.is_broken() {
                return;
            }
        } else {
            report.fix(
                AREA,
                format!(
                    "folder {folder:?} is not on the server: fix [imap] folders (it has: {})",
                    names.join(", ")
                ),
            );
        }
    }
    match &config.reply.drafts_folder {
        Some(d) if known(d) => report.ok(AREA, format!("drafts go to {d:?} ([reply] drafts_folder)")),
        Some(d) => report.fix(AREA, format!("[reply] drafts_folder = {d:?} is not on the server: set it to one it has ({})", names.join(", "))),
        None => match find_special_use(&mailboxes, SpecialUse::Drafts) {
            Some(m) => report.ok(AREA, format!("drafts go to {:?} (the server's \\Drafts folder)", m.name)),
            None => report.fix(AREA, format!("the server marks no folder as \\Drafts: set [reply] drafts_folder to one it has ({})", names.join(", "))),
        },
    }
    if let Some(all) = find_special_use(&mailboxes, SpecialUse::All) {
        if imap.folders.len() > 1 && imap.folders.contains(&all.name) {
            report.warn(AREA, format!("[imap] folders has {:?}, which holds every message of the other folders again: they would be triaged twice; leave it out", all.name));
        }
    }
    // A mark's folder that is missing: every COPY or MOVE there is refused.
    for (category, mark) in &config.marks.categories {
        let Some(folder) = &mark.folder else { continue };
        if known(folder) {
            report.ok(
                AREA,
                format!("{category} messages are filed in {folder:?} ([marks.{category}])"),
            );
        } else {
            report.fix(
                AREA,
                format!(
                    "[marks.{category}] folder = {folder:?} is not on the server: create it in your mail client, or set it to one it has ({})",
                    names.join(", ")
                ),
            );
        }
    }
    match find_special_use(&mailboxes, SpecialUse::Sent) {
        Some(m) => report.ok(AREA, format!("sent mail is filed by the server in {:?} (\\Sent)", m.name)),
        None => report.warn(AREA, "the server marks no folder as \\Sent: check your mail client's Sent folder for what postbag sends"),
    }
    let _ = session.logout().await;
}

/// The categories of the rules postbag will use (the default set's if they do not load:
/// the rules step reports why).
fn category_names(config: &Config) -> Vec<String> {
    match crate::cmd::load_rules(config, None) {
        Ok(rules) => rules.categories().iter().map(|c| c.name.clone()).collect(),
        Err(_) => [
            "safety",
            "urgent",
            "complaint",
            "query",
            "procedural",
            "data-protection",
            "bulk",
            "other",
        ]
        .map(String::from)
        .to_vec(),
    }
}

/// How `folder` shows marks, from its SELECT as the daemon reads it (SELECT changes
/// nothing; EXAMINE would report nothing as permanent). One line, in plain words.
async fn marks_of(
    session: &mut crate::source::imap::ImapSession,
    config: &Config,
    folder: &str,
    categories: &[String],
    report: &mut Report,
) {
    let state = match session.select(folder).await {
        Ok(state) => state,
        Err(e) => {
            report.fix(AREA, format!("cannot open folder {folder:?}: {e}"));
            return;
        }
    };
    let delimiter = match session.delimiter().await {
        Ok(d) => d,
        Err(e) => {
            report.fix(AREA, format!("cannot list the folders: {e}"));
            return;
        }
    };
    let caps = session.capabilities().clone();
    let marking = Marking::choose(&caps, &state, session.greeting(), &config.marks, &delimiter);
    let text = format!(
        "folder {folder:?}: {}",
        marking.describe(&config.marks, categories)
    );
    match marking.method {
        Method::Fallback(crate::config::Fallback::None) => report.warn(AREA, text),
        _ => report.ok(AREA, text),
    }
    if let Method::Fallback(crate::config::Fallback::Folders) = marking.method {
        // Which fallback folders exist already (the others are created at the first
        // message that needs one).
        let listed = session.list().await.unwrap_or_default();
        let missing: Vec<String> = categories
            .iter()
            .filter_map(|c| {
                let mark = marking.mark(&config.marks, c);
                let folder = mark.folder.filter(|_| mark.create_folder)?;
                (!has_mailbox(&listed, &folder)).then_some(folder)
            })
            .collect();
        if !missing.is_empty() {
            report.ok(
                AREA,
                format!(
                    "{} will be created when the first message needs one",
                    missing.join(", ")
                ),
            );
        }
    }
}

/// One line saying what went wrong while connecting and what to change.
fn explain(e: &Error, imap: &Imap, auth: &Auth) -> String {
    let hp = format!("{}:{}", imap.host, imap.port);
    match e {
        Error::ImapTls { source, .. } => {
            let text = source.to_string();
            if text.contains("UnknownIssuer") {
                match &imap.ca_file {
                    None => format!("the certificate of {hp} is not signed by an authority this machine trusts (self-signed or a private CA): set ca_file = \"/path/to/ca.pem\" in [imap] (the CA certificate that signed it)"),
                    Some(ca) => format!("the certificate of {hp} is signed neither by ca_file {} nor by a trusted authority: point [imap] ca_file at the CA that signed it", ca.display()),
                }
            } else if text.contains("NotValidForName") {
                format!("the certificate of {hp} is not for the name {:?}: set [imap] host to a name the certificate lists", imap.host)
            } else if text.contains("Expired") {
                format!("the certificate of {hp} has expired: ask the server's admin to renew it")
            } else if net::is_plaintext_answer(&text) || text.contains("unexpected") {
                format!("{hp} answers in plain text, not TLS: set [imap] tls = \"starttls\" for this port (or use port 993 with tls = \"implicit\")")
            } else {
                format!("TLS with {hp} failed ({text}): check [imap] port and tls")
            }
        }
        Error::ImapStartTls { .. } => format!("{hp} refuses STARTTLS: set [imap] tls = \"implicit\" and port = 993"),
        Error::ImapCaFile { path, reason } => format!("cannot use [imap] ca_file {} ({reason}): point it at a PEM certificate file", path.display()),
        Error::ImapInsecure { .. } => e.to_string(),
        Error::ImapLogin { source: ImapError::No(_) | ImapError::Bad(_), user } => match auth {
            Auth::XOAuth2 { .. } => format!("the server refused the OAuth2 token for {user}: run `postbag login` again (and check [imap] oauth2 client_id and scopes)"),
            Auth::Login { .. } => format!("the server refused the password for {user}: {}", Provider::of_host(&imap.host).password_hint("imap")),
        },
        Error::ImapTimeout { op, after } => format!("no answer from {hp} within {}s during {op}: check [imap] port and tls (993 with \"implicit\", 143 with \"starttls\")", after.as_secs()),
        other => format!("cannot connect to {hp}: {other}"),
    }
}

fn first_chars(s: &str) -> String {
    s.chars().take(60).collect()
}
