//! A real SMTP server for tests: Debian's aiosmtpd (`python3-aiosmtpd`) on a free loopback
//! port, run by a small script written to a tempdir, writing every message it accepts to a
//! directory as one file (envelope sender and recipients as `X-Envelope-*` lines on top).
//! Plain, STARTTLS or implicit TLS with a throwaway CA (openssl CLI); AUTH PLAIN/LOGIN and
//! XOAUTH2 when asked for. Stop and start it again on the same port to play "server down".
//!
//! ```ignore
//! let server = SmtpServer::start(SmtpOptions::default());
//! let smtp = server.config();            // a postbag [smtp] section for it
//! server.wait_for(2, Duration::from_secs(5));
//! ```
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use postbag::config::{Smtp, TlsMode};

/// Debian's Python, which has aiosmtpd (a pyenv `python3` on PATH may not).
const PYTHON: &str = "/usr/bin/python3";

const SCRIPT: &str = r#"
import asyncio, base64, os, ssl, sys, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

out_dir, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
env = os.environ.get
user, password, token = env("SMTP_USER"), env("SMTP_PASSWORD"), env("SMTP_TOKEN")
reject = set(filter(None, env("SMTP_REJECT", "").split(",")))
delay = float(env("SMTP_DATA_DELAY", "0"))

class Handler:
    count = 0
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"
    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        name = "%d-%d-%d.eml" % (time.time_ns(), os.getpid(), Handler.count)
        tmp = os.path.join(out_dir, "." + name)
        with open(tmp, "wb") as f:
            f.write(("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" %
                     (envelope.mail_from, ",".join(envelope.rcpt_tos))).encode())
            f.write(envelope.original_content)
        os.rename(tmp, os.path.join(out_dir, name))
        if delay:
            # Kept, but the answer is late: a client killed now never learns it was sent.
            open(os.path.join(out_dir, "..", "data-started"), "w").close()
            await asyncio.sleep(delay)
        return "250 2.0.0 OK queued as %s" % name
    async def auth_XOAUTH2(self, server, args):
        if token is None:
            return AuthResult(success=False, handled=False)
        if len(args) > 1:
            raw = base64.b64decode(args[1])
        else:
            raw = await server.challenge_auth("")
        want = "user=%s\x01auth=Bearer %s\x01\x01" % (user, token)
        got = raw.decode(errors="replace") if isinstance(raw, bytes) else ""
        return AuthResult(success=(got == want), handled=False)

def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and password is not None
          and auth_data.login.decode() == user and auth_data.password.decode() == password)
    return AuthResult(success=ok, handled=False)

kwargs = {}
tls = env("SMTP_TLS", "none")
if tls != "none":
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(env("SMTP_CERT"), env("SMTP_KEY"))
if tls == "starttls":
    kwargs.update(tls_context=ctx, require_starttls=True)
if user:
    # (aiosmtpd only counts STARTTLS as TLS; implicit TLS is TLS from the start.)
    kwargs.update(authenticator=authenticator, auth_required=True,
                  auth_require_tls=(tls == "starttls"))
ssl_context = ctx if tls == "implicit" else None
controller = Controller(Handler(), hostname=host, port=port, ssl_context=ssl_context,
                        server_hostname="localhost", **kwargs)
controller.start()
print("READY", flush=True)
while True:
    time.sleep(3600)
"#;

/// How the server is set up.
#[derive(Debug, Clone, Default)]
pub struct SmtpOptions {
    pub tls: Option<TlsMode>,
    /// Require AUTH with this user and password (PLAIN/LOGIN).
    pub login: Option<(String, String)>,
    /// Accept XOAUTH2 with this token (needs `login` for the user name).
    pub token: Option<String>,
    /// Recipients refused with 550.
    pub reject: Vec<String>,
    /// Seconds to wait before answering DATA, after the message is kept (to kill a client
    /// that has sent everything but not yet heard that it went).
    pub data_delay: f32,
}

/// One received message.
#[derive(Debug, Clone)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as the client sent it.
    pub raw: Vec<u8>,
    pub path: PathBuf,
}

pub struct SmtpServer {
    pub port: u16,
    pub options: SmtpOptions,
    /// Holds the script, certificates and the `mail/` directory.
    pub dir: tempfile::TempDir,
    pub ca: Option<PathBuf>,
    child: Option<Child>,
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    pub fn start(options: SmtpOptions) -> SmtpServer {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("mail")).unwrap();
        std::fs::write(dir.path().join("sink.py"), SCRIPT).unwrap();
        let ca = options
            .tls
            .filter(|t| *t != TlsMode::None)
            .map(|_| super::certs::make_certificates(dir.path()));
        let mut server = SmtpServer {
            port: free_port(),
            options,
            dir,
            ca,
            child: None,
        };
        server.run();
        server
    }

    fn run(&mut self) {
        let d = self.dir.path();
        let mut cmd = Command::new(PYTHON);
        cmd.arg(d.join("sink.py"))
            .arg(d.join("mail"))
            .arg("127.0.0.1")
            .arg(self.port.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let tls = match self.options.tls {
            None | Some(TlsMode::None) => "none",
            Some(TlsMode::Starttls) => "starttls",
            Some(TlsMode::Implicit) => "implicit",
        };
        cmd.env("SMTP_TLS", tls)
            .env("SMTP_CERT", d.join("server.pem"))
            .env("SMTP_KEY", d.join("server.key"))
            .env("SMTP_REJECT", self.options.reject.join(","))
            .env("SMTP_DATA_DELAY", self.options.data_delay.to_string());
        if let Some((user, password)) = &self.options.login {
            cmd.env("SMTP_USER", user).env("SMTP_PASSWORD", password);
        }
        if let Some(token) = &self.options.token {
            cmd.env("SMTP_TOKEN", token);
        }
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("start {PYTHON} (apt-get install python3-aiosmtpd): {e}"));
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        if line.trim() != "READY" {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "aiosmtpd did not start: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        self.child = Some(child);
    }

    /// Kills the server (the port stops answering).
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port, keeping what it received.
    pub fn restart(&mut self) {
        self.stop();
        self.run();
    }

    /// Whether a client has sent DATA (only noted when `data_delay` is set).
    pub fn data_started(&self) -> bool {
        self.dir.path().join("data-started").exists()
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.dir.path().join("mail")
    }

    /// Everything received so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.mail_dir())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
            .collect();
        paths.sort();
        paths.into_iter().map(|p| read_received(&p)).collect()
    }

    /// Waits until at least `n` messages arrived (or `timeout`), then returns them all.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let start = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n || start.elapsed() > timeout {
                return got;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A postbag `[smtp]` section for this server, sending as the Riverside secretary.
    pub fn config(&self) -> Smtp {
        let tls = self.options.tls.unwrap_or(TlsMode::None);
        let (username, password_command, oauth2_token_command) =
            match (&self.options.login, &self.options.token) {
                (Some((u, _)), Some(t)) => {
                    (Some(u.clone()), None, Some(format!("printf '%s\\n' '{t}'")))
                }
                (Some((u, p)), None) => {
                    (Some(u.clone()), Some(format!("printf '%s\\n' '{p}'")), None)
                }
                _ => (None, None, None),
            };
        Smtp {
            tls,
            ca_file: self.ca.clone(),
            username,
            password_command,
            oauth2_token_command,
            ..SmtpServer::config_for_port(self.port)
        }
    }

    /// A plain `[smtp]` section for a server without TLS or AUTH on `port`.
    pub fn config_for_port(port: u16) -> Smtp {
        Smtp {
            host: "127.0.0.1".into(),
            port,
            tls: TlsMode::None,
            ca_file: None,
            username: None,
            password_env: None,
            password_file: None,
            password_command: None,
            oauth2_token_command: None,
            oauth2: None,
            from: "Sam Okafor <secretary@riverside.example.org>".into(),
            timeout_seconds: 5,
            give_up_after_hours: 72,
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn read_received(path: &Path) -> Received {
    let data = std::fs::read(path).unwrap();
    let mut lines = data.splitn(3, |&b| b == b'\n');
    let field = |line: Option<&[u8]>, name: &str| -> String {
        let l = String::from_utf8_lossy(line.unwrap())
            .trim_end()
            .to_string();
        l.strip_prefix(name).unwrap().trim().to_string()
    };
    let mail_from = field(lines.next(), "X-Envelope-From:");
    let rcpt_to = field(lines.next(), "X-Envelope-To:")
        .split(',')
        .map(str::to_string)
        .collect();
    Received {
        mail_from,
        rcpt_to,
        raw: lines.next().unwrap_or_default().to_vec(),
        path: path.to_owned(),
    }
}
