//! Built-in OAuth2 end to end: `postbag login` against a local token server (device code and
//! loopback with PKCE), then `run --once` authenticating to Dovecot with XOAUTH2 (its oauth2
//! passdb asks the token server), refreshing expired access tokens and keeping the rotated
//! refresh token; and SMTP XOAUTH2 through the outbox's transport (`doctor`).

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::dovecot::{Dovecot, USER};
use support::messages::message;
use support::postbag::BIN;
use support::smtp::{SmtpOptions, SmtpServer};
use support::tokenserver::{TokenOptions, TokenServer};

/// A Dovecot whose XOAUTH2 tokens are checked by `tokens` (introspection, POST).
fn dovecot_for(tokens: &TokenServer) -> Dovecot {
    let conf = tokens.dovecot_conf();
    Dovecot::start_with(
        "auth_mechanisms = plain login xoauth2 oauthbearer\n\
         passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = @DIR@/dovecot-oauth2.conf.ext\n}\n",
        &[("dovecot-oauth2.conf.ext", &conf)],
    )
}

struct Setup {
    dir: tempfile::TempDir,
    config: PathBuf,
}

impl Setup {
    fn new(server: &Dovecot, tokens: &TokenServer, extra: &str) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("postbag.toml");
        std::fs::write(
            &config,
            format!(
                "data_dir = \"data\"\nrules_dir = \"{rules}\"\n\n[secretary]\nname = \"Sam Okafor\"\naddresses = [\"{USER}\"]\n\n[imap]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nusername = \"{USER}\"\noauth2 = {oauth2}\ntimeout_secs = 5\n{extra}",
                rules = concat!(env!("CARGO_MANIFEST_DIR"), "/rules"),
                port = server.port,
                oauth2 = tokens.config_value(),
            ),
        )
        .unwrap();
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
        Setup { dir, config }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.arg("--config")
            .arg(&self.config)
            .args(args)
            .env_remove("POSTBAG_CONFIG");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self.command(args).output().unwrap();
        eprintln!(
            "postbag {args:?} -> {}\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn token_file(&self) -> PathBuf {
        self.dir
            .path()
            .join("data/oauth2")
            .join(format!("{USER}.json"))
    }

    fn saved_refresh_token(&self) -> String {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(self.token_file()).unwrap()).unwrap();
        v["refresh_token"].as_str().unwrap().to_string()
    }
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn device_login_then_xoauth2_to_dovecot_with_refresh_and_rotation() {
    // Access tokens live 1 s: every connection after the login must refresh first.
    let tokens = TokenServer::start(TokenOptions {
        expires_in: 1,
        ..Default::default()
    });
    let server = dovecot_for(&tokens);
    server.append("INBOX", &[message(1, 300), message(2, 300)]);
    let setup = Setup::new(&server, &tokens, "");

    // Before login: a clear instruction, not a hang or a password prompt.
    let out = setup.run(&["run", "--once"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no OAuth2 login for secretary@riverside.example.org yet: run `postbag login`"),);

    let out = setup.run(&["login"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("enter the code RIVER-"), "{stdout}");
    assert!(stdout.contains("Next: postbag doctor"));
    let stats = tokens.stats();
    assert_eq!((stats.device_codes, stats.device_polls), (1, 2));
    assert_eq!(mode(&setup.token_file()), 0o600);
    assert_eq!(mode(setup.token_file().parent().unwrap()), 0o700);
    assert_eq!(Some(setup.saved_refresh_token()), stats.refresh_token);

    let out = setup.run(&["run", "--once"]);
    assert!(out.status.success());
    let stats = tokens.stats();
    assert_eq!(stats.refreshes, 1, "the 1 s token was refreshed before use");
    assert!(
        stats.active_introspections >= 1,
        "dovecot checked the token: {stats:?}"
    );
    // The refresh token rotated, and the new one is what is saved.
    assert_eq!(Some(setup.saved_refresh_token()), stats.refresh_token);
    let flags = server.flags("INBOX");
    assert_eq!(flags.len(), 2);
    assert!(
        flags
            .values()
            .all(|f| f.iter().any(|k| k.starts_with("postbag-"))),
        "{flags:?}"
    );

    // Again: the old refresh token would be refused, the rotated one works.
    server.append("INBOX", &[message(3, 300)]);
    let out = setup.run(&["run", "--once"]);
    assert!(out.status.success());
    let stats = tokens.stats();
    assert_eq!((stats.refreshes, stats.refused_refreshes), (2, 0));
    assert!(server
        .flags("INBOX")
        .values()
        .all(|f| f.iter().any(|k| k.starts_with("postbag-"))));
    let status = setup.run(&["status", "--json"]);
    assert!(String::from_utf8_lossy(&status.stdout).contains("INBOX"));
}

#[test]
fn a_valid_access_token_is_reused_and_a_refused_refresh_says_login_again() {
    let tokens = TokenServer::start(TokenOptions::default());
    let server = dovecot_for(&tokens);
    let setup = Setup::new(&server, &tokens, "");
    assert!(setup.run(&["login"]).status.success());
    for _ in 0..2 {
        assert!(setup.run(&["run", "--once"]).status.success());
    }
    assert_eq!(tokens.stats().refreshes, 0, "an hour-long token is reused");

    // The provider forgets the refresh token (revoked, or expired after months unused).
    let mut saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(setup.token_file()).unwrap()).unwrap();
    saved["refresh_token"] = "rt-revoked".into();
    saved["expires_at"] = 0.into();
    std::fs::write(setup.token_file(), saved.to_string()).unwrap();
    let out = setup.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("FIX  imap      [imap] oauth2: the provider refused the saved refresh token (invalid_grant: refresh token unknown or already used): run `postbag login` again"),
        "{stdout}"
    );
}

#[test]
fn loopback_login_with_pkce() {
    let tokens = TokenServer::start(TokenOptions::default());
    let server = dovecot_for(&tokens);
    let setup = Setup::new(&server, &tokens, "");
    // The same server, asked through the browser flow.
    let text = std::fs::read_to_string(&setup.config).unwrap().replace(
        "provider = \"custom\",",
        "provider = \"custom\", flow = \"loopback\",",
    );
    std::fs::write(&setup.config, text).unwrap();

    let mut child = setup
        .command(&["login"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("postbag printed no URL").unwrap();
        if let Some(u) = line.trim().strip_prefix("http://") {
            break format!("http://{u}");
        }
    };
    assert!(
        url.contains("code_challenge_method=S256") && url.contains("login_hint="),
        "{url}"
    );
    // Play the browser: the provider redirects to postbag's loopback listener.
    let location = http_get(&url).expect("a redirect");
    assert!(location.starts_with("http://127.0.0.1:"), "{location}");
    assert!(http_get(&location).is_none());
    let status = child.wait().unwrap();
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(status.success(), "{rest:?}");
    assert_eq!(tokens.stats().code_exchanges, 1);
    assert_eq!(
        Some(setup.saved_refresh_token()),
        tokens.stats().refresh_token
    );
    assert!(setup.run(&["run", "--once"]).status.success());
}

/// GET `url`; the Location of a redirect, or None.
fn http_get(url: &str) -> Option<String> {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 302") || answer.starts_with("HTTP/1.1 200"),
        "{answer}"
    );
    answer
        .lines()
        .find_map(|l| l.strip_prefix("Location: "))
        .map(str::to_string)
}

#[test]
fn smtp_xoauth2_with_the_refreshed_token() {
    let tokens = TokenServer::start(TokenOptions {
        fixed_access_token: Some("at-smtp-fixed".into()),
        ..Default::default()
    });
    let server = dovecot_for(&tokens);
    let smtp = SmtpServer::start(SmtpOptions {
        login: Some((USER.into(), "unused".into())),
        token: Some("at-smtp-fixed".into()),
        ..Default::default()
    });
    let smtp_section = format!(
        "\n[smtp]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{USER}\"\noauth2 = {}\nfrom = \"Sam Okafor <{USER}>\"\ntimeout_seconds = 5\n",
        smtp.port,
        tokens.config_value()
    );
    let setup = Setup::new(&server, &tokens, &smtp_section);
    let out = setup.run(&["login"]);
    assert!(out.status.success());
    // One login serves [imap] and [smtp] of the same account.
    assert_eq!(tokens.stats().device_codes, 1);
    let out = setup.run(&["doctor"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!("ok   smtp      logged in as {USER}")),
        "{stdout}"
    );
    assert!(stdout.contains("with an OAuth2 token"), "{stdout}");
}

#[test]
fn a_token_the_server_refuses_is_reported_with_the_fix() {
    let tokens = TokenServer::start(TokenOptions::default());
    let server = dovecot_for(&tokens);
    let setup = Setup::new(&server, &tokens, "");
    assert!(setup.run(&["login"]).status.success());
    // The saved access token is still "valid" by its expiry, but the provider has revoked
    // it: doctor refreshes, as the daemon's next connection would, and all is well.
    tokens.revoke_access_tokens();
    let out = setup.run(&["doctor"]);
    assert!(out.status.success());
    assert_eq!(tokens.stats().refreshes, 1);
    // A server that takes no token at all (wrong scopes, IMAP not enabled for the account).
    tokens.refuse_all_tokens();
    let out = setup.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("FIX  imap      the server refused the OAuth2 token for {USER}: run `postbag login` again")),
        "{stdout}"
    );
}
