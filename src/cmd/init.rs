//! `postbag init`: writes a first config for the secretary's mailbox provider (hosts, ports,
//! TLS, the addresses, and the secret option that provider allows), 0600, never over an
//! existing file, then says what to run next. Asks on a terminal for what flags leave out.

use std::fmt::Write as _;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{InvalidInput, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProviderArg {
    Gmail,
    Microsoft365,
    Fastmail,
    Generic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthArg {
    /// A password made for postbag (Gmail and Fastmail call it an app password).
    AppPassword,
    /// Sign in with `postbag login`; postbag keeps and refreshes the token.
    Oauth2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TlsArg {
    Implicit,
    Starttls,
    None,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The mailbox provider: gmail, microsoft365, fastmail or generic (any other server).
    #[arg(long, value_enum)]
    pub provider: Option<ProviderArg>,
    /// The file to write (default: --config if given, else ./postbag.toml).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The secretary's email address: the mailbox postbag reads and sends from.
    #[arg(long, value_name = "EMAIL")]
    pub address: Option<String>,
    /// The secretary's name, as replies are signed.
    #[arg(long)]
    pub name: Option<String>,
    /// The branch's name, e.g. "Riverside CLP".
    #[arg(long)]
    pub branch: Option<String>,
    /// How postbag proves who it is (Gmail: app-password or oauth2; Microsoft 365: oauth2 only;
    /// Fastmail: app-password).
    #[arg(long, value_enum)]
    pub auth: Option<AuthArg>,
    /// The OAuth2 application (client) ID registered for postbag (Microsoft 365, or Gmail with
    /// --auth oauth2).
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Microsoft 365 directory (tenant ID or domain; default "common").
    #[arg(long)]
    pub tenant: Option<String>,
    /// A file holding the password (first line); default: mail-password next to the config.
    #[arg(long, value_name = "FILE", conflicts_with = "password_command")]
    pub password_file: Option<PathBuf>,
    /// A command printing the password instead, e.g. "pass show mail/postbag".
    #[arg(long, value_name = "COMMAND")]
    pub password_command: Option<String>,
    /// IMAP server (generic provider).
    #[arg(long, value_name = "HOST")]
    pub imap_host: Option<String>,
    #[arg(long, value_name = "PORT")]
    pub imap_port: Option<u16>,
    #[arg(long, value_enum, value_name = "MODE")]
    pub imap_tls: Option<TlsArg>,
    /// CA certificate (PEM) of an IMAP server with a self-signed or private certificate.
    #[arg(long, value_name = "FILE")]
    pub imap_ca_file: Option<PathBuf>,
    /// SMTP server (generic provider).
    #[arg(long, value_name = "HOST")]
    pub smtp_host: Option<String>,
    #[arg(long, value_name = "PORT")]
    pub smtp_port: Option<u16>,
    #[arg(long, value_enum, value_name = "MODE")]
    pub smtp_tls: Option<TlsArg>,
    /// CA certificate (PEM) of an SMTP server with a self-signed or private certificate.
    #[arg(long, value_name = "FILE")]
    pub smtp_ca_file: Option<PathBuf>,
    /// Where postbag keeps its store (default: postbag-data next to the config).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

/// Hosts, ports and TLS of one provider.
struct Servers {
    imap: (String, u16, TlsArg),
    smtp: (String, u16, TlsArg),
}

fn preset(p: ProviderArg) -> Option<Servers> {
    let s = |h: &str, port, tls| (h.to_string(), port, tls);
    use TlsArg::{Implicit, Starttls};
    match p {
        ProviderArg::Gmail => Some(Servers {
            imap: s("imap.gmail.com", 993, Implicit),
            smtp: s("smtp.gmail.com", 465, Implicit),
        }),
        ProviderArg::Microsoft365 => Some(Servers {
            imap: s("outlook.office365.com", 993, Implicit),
            smtp: s("smtp.office365.com", 587, Starttls),
        }),
        ProviderArg::Fastmail => Some(Servers {
            imap: s("imap.fastmail.com", 993, Implicit),
            smtp: s("smtp.fastmail.com", 465, Implicit),
        }),
        ProviderArg::Generic => None,
    }
}

/// Asks on the terminal, or fails naming the flag when there is none.
struct Asker {
    interactive: bool,
}

impl Asker {
    fn ask(&self, flag: &str, question: &str, default: Option<&str>) -> anyhow::Result<String> {
        if !self.interactive {
            return match default {
                Some(d) => Ok(d.to_string()),
                None => Err(InvalidInput(format!(
                    "postbag init needs {flag} (or run it on a terminal to be asked)"
                ))
                .into()),
            };
        }
        loop {
            match default {
                Some("") => print!("{question} (optional): "),
                Some(d) => print!("{question} [{d}]: "),
                None => print!("{question}: "),
            }
            std::io::stdout().flush()?;
            let mut line = String::new();
            if std::io::stdin().lock().read_line(&mut line)? == 0 {
                return Err(InvalidInput(format!("no answer for {flag}")).into());
            }
            let answer = line.trim();
            match (answer.is_empty(), default) {
                (false, _) => return Ok(answer.to_string()),
                (true, Some(d)) => return Ok(d.to_string()),
                (true, None) => println!("  (an answer is needed)"),
            }
        }
    }
}

pub fn run(config_flag: Option<&Path>, args: InitArgs) -> anyhow::Result<Outcome> {
    let out = args
        .out
        .clone()
        .or_else(|| config_flag.map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from(super::DEFAULT_CONFIG));
    if out.exists() {
        return Err(InvalidInput(format!(
            "{} already exists: postbag init never overwrites a config; choose another --out, or edit that one and run postbag doctor",
            out.display()
        ))
        .into());
    }
    let asker = Asker {
        interactive: std::io::stdin().is_terminal(),
    };
    let provider = match args.provider {
        Some(p) => p,
        None => {
            let answer = asker.ask(
                "--provider",
                "Mail provider: gmail, microsoft365, fastmail or generic",
                None,
            )?;
            ProviderArg::from_str(&answer, true).map_err(|_| {
                InvalidInput(format!(
                    "unknown provider {answer:?}: gmail, microsoft365, fastmail or generic"
                ))
            })?
        }
    };
    let address = match &args.address {
        Some(a) => a.clone(),
        None => asker.ask("--address", "The secretary's email address", None)?,
    };
    if address.parse::<lettre::Address>().is_err() {
        return Err(InvalidInput(format!("{address:?} is not an email address")).into());
    }
    let name = match &args.name {
        Some(n) => n.clone(),
        None => asker.ask(
            "--name",
            "The secretary's name (replies are signed with it)",
            None,
        )?,
    };
    let branch = match &args.branch {
        Some(b) => b.clone(),
        None => asker.ask(
            "--branch",
            "The branch's name, e.g. Riverside CLP",
            Some(""),
        )?,
    };
    let auth = match (provider, args.auth) {
        (ProviderArg::Microsoft365, Some(AuthArg::AppPassword)) => {
            return Err(InvalidInput(
                "Microsoft 365 has switched password logins for IMAP off: use --auth oauth2".into(),
            )
            .into())
        }
        (ProviderArg::Microsoft365, _) => AuthArg::Oauth2,
        (ProviderArg::Fastmail, Some(AuthArg::Oauth2)) => return Err(InvalidInput(
            "postbag has no OAuth2 setup for Fastmail: use an app password (--auth app-password)"
                .into(),
        )
        .into()),
        (_, Some(a)) => a,
        (ProviderArg::Gmail, None) => {
            let answer = asker.ask(
                "--auth",
                "Gmail: sign in with an app password or with oauth2",
                Some("app-password"),
            )?;
            AuthArg::from_str(&answer, true)
                .map_err(|_| InvalidInput(format!("{answer:?}: app-password or oauth2")))?
        }
        (_, None) => AuthArg::AppPassword,
    };
    let servers = match preset(provider) {
        Some(s) => s,
        None => {
            let tls = |t: Option<TlsArg>| t.unwrap_or(TlsArg::Implicit);
            let (it, st) = (tls(args.imap_tls), tls(args.smtp_tls));
            let imap_host = match &args.imap_host {
                Some(h) => h.clone(),
                None => asker.ask("--imap-host", "IMAP server", None)?,
            };
            let smtp_host = match &args.smtp_host {
                Some(h) => h.clone(),
                None => asker.ask("--smtp-host", "SMTP server", Some(&imap_host))?,
            };
            let imap_port = args.imap_port.unwrap_or(match it {
                TlsArg::Implicit => 993,
                _ => 143,
            });
            let smtp_port = args.smtp_port.unwrap_or(match st {
                TlsArg::Implicit => 465,
                _ => 587,
            });
            Servers {
                imap: (imap_host, imap_port, it),
                smtp: (smtp_host, smtp_port, st),
            }
        }
    };
    let client_id = match auth {
        AuthArg::Oauth2 => Some(match &args.client_id {
            Some(c) => c.clone(),
            None => asker.ask(
                "--client-id",
                "The application (client) ID registered for postbag (Entra admin centre > App registrations, or Google Cloud > Credentials)",
                None,
            )?,
        }),
        AuthArg::AppPassword => None,
    };
    let text = render(&Settings {
        provider,
        auth,
        address: &address,
        name: &name,
        branch: &branch,
        client_id: client_id.as_deref(),
        tenant: args.tenant.as_deref(),
        password_file: args.password_file.as_deref(),
        password_command: args.password_command.as_deref(),
        data_dir: args.data_dir.as_deref(),
        servers: &servers,
        imap_ca: args.imap_ca_file.as_deref(),
        smtp_ca: args.smtp_ca_file.as_deref(),
    });
    // What we write must be what postbag reads: check it before it lands.
    crate::config::Config::parse(&out, &text)
        .map_err(|e| InvalidInput(format!("the config would not be valid: {e}")))?;
    write_new(&out, &text)?;
    let shown = out.display();
    let flag = if out == Path::new(super::DEFAULT_CONFIG) {
        String::new()
    } else {
        format!("--config {shown} ")
    };
    println!("Wrote {shown} (readable only by you).\nNext:");
    match auth {
        AuthArg::Oauth2 => {
            if provider == ProviderArg::Gmail {
                let base = out
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                println!(
                    "  put the client secret of your Google OAuth client (Desktop app) on the first line of {} and `chmod 600` it",
                    base.join("google-client-secret").display()
                );
            }
            println!("  postbag {flag}login     sign in once; postbag keeps the login in the data directory");
        }
        AuthArg::AppPassword if args.password_command.is_none() => {
            let base = out
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let file = args
                .password_file
                .clone()
                .unwrap_or_else(|| PathBuf::from("mail-password"));
            let file = if file.is_relative() && base != Path::new(".") {
                base.join(file)
            } else {
                file
            };
            let what = match provider {
                ProviderArg::Gmail => "your Gmail app password (Google Account > Security > 2-Step Verification > App passwords)",
                ProviderArg::Fastmail => "your Fastmail app password (Settings > Privacy & Security > Integrations)",
                _ => "the mailbox password",
            };
            println!(
                "  put {what} on the first line of {} and `chmod 600` it",
                file.display()
            );
        }
        AuthArg::AppPassword => {}
    }
    println!("  postbag {flag}doctor    checks everything and says what to fix");
    Ok(Outcome::Ok)
}

struct Settings<'a> {
    provider: ProviderArg,
    auth: AuthArg,
    address: &'a str,
    name: &'a str,
    branch: &'a str,
    client_id: Option<&'a str>,
    tenant: Option<&'a str>,
    password_file: Option<&'a Path>,
    password_command: Option<&'a str>,
    data_dir: Option<&'a Path>,
    servers: &'a Servers,
    imap_ca: Option<&'a Path>,
    smtp_ca: Option<&'a Path>,
}

/// A TOML string literal.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn tls_name(t: TlsArg) -> &'static str {
    match t {
        TlsArg::Implicit => "implicit",
        TlsArg::Starttls => "starttls",
        TlsArg::None => "none",
    }
}

fn render(s: &Settings) -> String {
    let mut t = String::new();
    let provider = match s.provider {
        ProviderArg::Gmail => "Gmail",
        ProviderArg::Microsoft365 => "Microsoft 365",
        ProviderArg::Fastmail => "Fastmail",
        ProviderArg::Generic => "your mail server",
    };
    let _ = writeln!(
        t,
        "# postbag configuration for {provider}, written by `postbag init`."
    );
    t.push_str(
        "# Keep it private (chmod 600): it says where the password or login is kept.\n\
         # Relative paths are taken from this file's directory. Every key is explained in\n\
         # config.example.toml; `postbag doctor` checks this file against the servers.\n\n",
    );
    t.push_str("# Where postbag keeps its store, and the OAuth2 login if any (created 0700).\n");
    let data = s
        .data_dir
        .map_or("postbag-data".to_string(), |d| d.display().to_string());
    let _ = writeln!(t, "data_dir = {}\n", q(&data));
    t.push_str("# Rules and reply templates: the built-in ones unless you set these.\n# rules_dir = \"./rules\"\n# templates_dir = \"./templates\"\n\n");
    let _ = writeln!(
        t,
        "[secretary]\nname = {}\n# Every address the secretary receives mail at (mail from these is never answered).\naddresses = [{}]\n",
        q(s.name),
        q(s.address)
    );
    let _ = writeln!(t, "[branch]\nname = {}\n", q(s.branch));
    t.push_str(marks_section(s.provider));

    let secret = |section: &str, t: &mut String| match (s.auth, s.client_id) {
        (AuthArg::Oauth2, Some(id)) => {
            let (p, extra) = match s.provider {
                ProviderArg::Microsoft365 => (
                    "microsoft365",
                    format!(", tenant = {}", q(s.tenant.unwrap_or("common"))),
                ),
                ProviderArg::Gmail => (
                    "google",
                    ", client_secret_file = \"google-client-secret\"".to_string(),
                ),
                _ => ("custom", String::new()),
            };
            let _ = writeln!(
                t,
                "# OAuth2: run `postbag login` once; postbag keeps the refresh token in data_dir\n# and fetches a fresh access token before each connection ([{section}] and the other\n# section share the login)."
            );
            let _ = writeln!(
                t,
                "oauth2 = {{ provider = {}, client_id = {}{extra} }}",
                q(p),
                q(id)
            );
        }
        _ => {
            let hint = match s.provider {
                ProviderArg::Gmail => "# Gmail needs an app password (2-Step Verification on), not your Google password.\n",
                ProviderArg::Fastmail => "# Fastmail needs an app password (Settings > Privacy & Security > Integrations).\n",
                _ => "",
            };
            t.push_str(hint);
            t.push_str("# The password is read at every connection from a file (first line) or a command,\n# e.g. password_command = \"pass show mail/postbag\"; never write it in this file.\n");
            match (s.password_command, s.password_file) {
                (Some(c), _) => {
                    let _ = writeln!(t, "password_command = {}", q(c));
                }
                (None, f) => {
                    let f = f.map_or("mail-password".to_string(), |p| p.display().to_string());
                    let _ = writeln!(t, "password_file = {}", q(&f));
                }
            }
        }
    };

    let (host, port, tls) = &s.servers.imap;
    let _ = writeln!(
        t,
        "[imap]\nhost = {}\n# 993 with tls = \"implicit\", 143 with \"starttls\" (\"none\" only for a local server).\nport = {port}\ntls = {}",
        q(host),
        q(tls_name(*tls))
    );
    if let Some(ca) = s.imap_ca {
        let _ = writeln!(
            t,
            "# The certificate authority of a self-signed server.\nca_file = {}",
            q(&ca.display().to_string())
        );
    }
    let _ = writeln!(t, "username = {}", q(s.address));
    secret("imap", &mut t);
    t.push_str("# The folders postbag triages.\nfolders = [\"INBOX\"]\n\n");

    let (host, port, tls) = &s.servers.smtp;
    let _ = writeln!(
        t,
        "# Acknowledgements, alerts and the digest go out through this server.\n[smtp]\nhost = {}\n# 465 with tls = \"implicit\", 587 with \"starttls\".\nport = {port}\ntls = {}",
        q(host),
        q(tls_name(*tls))
    );
    if let Some(ca) = s.smtp_ca {
        let _ = writeln!(t, "ca_file = {}", q(&ca.display().to_string()));
    }
    let _ = writeln!(t, "username = {}", q(s.address));
    secret("smtp", &mut t);
    let from = if s.name.is_empty() {
        s.address.to_string()
    } else {
        format!("{} <{}>", s.name.replace(['<', '>', '"'], ""), s.address)
    };
    let _ = writeln!(t, "from = {}", q(&from));
    t
}

/// How categories show in the provider's own apps: Gmail shows labels, not keywords;
/// Microsoft 365 keeps no custom keywords at all, so folders and \Flagged stand in.
/// (postbag decides per folder from what the server says; these settings say how.)
fn marks_section(provider: ProviderArg) -> &'static str {
    match provider {
        ProviderArg::Gmail => {
            "\
# How categories show. Gmail's web and phone apps show labels, not IMAP keywords: each
# message gets the label Postbag/<Category> (Postbag/Safety, Postbag/Complaint, ...),
# created when first needed, and keeps the keyword postbag-<category> for other mail
# clients. Safety and urgent mail is also starred.
[marks]
labels = true
label_parent = \"Postbag\"
[marks.safety]
flagged = true
[marks.urgent]
flagged = true

"
        }
        ProviderArg::Microsoft365 => {
            "\
# How categories show. Microsoft 365 keeps no custom IMAP keywords (Outlook categories
# cannot be set over IMAP), so each message is copied to the folder Triage/<Category>
# (Triage/Safety, Triage/Complaint, ...), created when first needed, and safety and
# urgent mail is flagged. fallback_move = true moves it there instead (it leaves the inbox).
[marks]
fallback = \"folders\"
fallback_parent = \"Triage\"
fallback_move = false

"
        }
        ProviderArg::Fastmail | ProviderArg::Generic => {
            "\
# How categories show: the IMAP keyword postbag-<category> on each message (Thunderbird
# shows keywords as tags). Where the server keeps no keywords, a folder per category
# (Triage/<Category>) and \\Flagged on safety and urgent: see [marks] in config.example.toml.

"
        }
    }
}

/// Creates `path` 0600; fails if it exists (also when it appears meanwhile).
fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => InvalidInput(format!(
                "{} already exists: postbag init never overwrites a config",
                path.display()
            )),
            _ => InvalidInput(format!("cannot create {}: {e}", path.display())),
        })?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(provider: ProviderArg, auth: AuthArg, client_id: Option<&'static str>) -> String {
        let servers = preset(provider).unwrap();
        render(&Settings {
            provider,
            auth,
            address: "secretary@riverside.example.org",
            name: "Sam Okafor",
            branch: "Riverside CLP",
            client_id,
            tenant: None,
            password_file: None,
            password_command: None,
            data_dir: None,
            servers: &servers,
            imap_ca: None,
            smtp_ca: None,
        })
    }

    #[test]
    fn every_provider_writes_a_config_postbag_reads() {
        let path = Path::new("/etc/postbag/postbag.toml");
        for (provider, auth, id) in [
            (ProviderArg::Gmail, AuthArg::AppPassword, None),
            (
                ProviderArg::Gmail,
                AuthArg::Oauth2,
                Some("123.apps.googleusercontent.com"),
            ),
            (
                ProviderArg::Microsoft365,
                AuthArg::Oauth2,
                Some("0000-1111"),
            ),
            (ProviderArg::Fastmail, AuthArg::AppPassword, None),
        ] {
            let text = settings(provider, auth, id);
            let c =
                crate::config::Config::parse(path, &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            let imap = c.imap.unwrap();
            let smtp = c.smtp.unwrap();
            assert_eq!(imap.username, "secretary@riverside.example.org");
            assert_eq!(smtp.from, "Sam Okafor <secretary@riverside.example.org>");
            assert_eq!(imap.oauth2.is_some(), auth == AuthArg::Oauth2, "{text}");
            assert_eq!(imap.password_file.is_some(), auth == AuthArg::AppPassword);
        }
        let ms = settings(ProviderArg::Microsoft365, AuthArg::Oauth2, Some("id"));
        assert!(ms.contains("host = \"smtp.office365.com\"\n# 465 with tls = \"implicit\", 587 with \"starttls\".\nport = 587\ntls = \"starttls\""), "{ms}");
        assert!(ms.contains("provider = \"microsoft365\""));
        assert!(settings(ProviderArg::Gmail, AuthArg::AppPassword, None).contains("app password"));
    }

    #[test]
    fn gmail_and_microsoft_365_configs_say_how_marks_show_there() {
        let path = Path::new("/etc/postbag/postbag.toml");
        let gmail = settings(ProviderArg::Gmail, AuthArg::AppPassword, None);
        let c = crate::config::Config::parse(path, &gmail).unwrap();
        assert!(c.marks.labels);
        assert_eq!(
            c.marks.label("complaint").as_deref(),
            Some("Postbag/Complaint")
        );
        assert!(c.marks.flagged("safety", false));
        let ms = settings(ProviderArg::Microsoft365, AuthArg::Oauth2, Some("id"));
        let c = crate::config::Config::parse(path, &ms).unwrap();
        assert_eq!(c.marks.fallback, crate::config::Fallback::Folders);
        assert_eq!(
            c.marks.fallback_folder("safety", "/"),
            Some(("Triage/Safety".to_string(), false, true))
        );
        assert!(c.marks.flagged("urgent", true) && !c.marks.flagged("query", true));
        assert!(ms.contains("Outlook categories"), "{ms}");
    }
}
