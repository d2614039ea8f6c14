//! A real Dovecot for integration tests: one private instance per test, in a tempdir, on free
//! loopback ports, with a fresh CA and server certificate, one user and Maildir storage.
//! Also the back doors tests need: bulk APPEND, reading flags with doveadm, UIDVALIDITY changes.
//!
//! Needs `/usr/sbin/dovecot` and `doveadm` (Debian `dovecot-imapd`), the `openssl` CLI, and
//! root (Dovecot switches to the `mail` user for mail, `dovenull`/`dovecot` for its own
//! processes), as on CI.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use postbag::source::imap::{Auth, ImapEndpoint, TlsMode};
use tempfile::TempDir;

pub const USER: &str = "secretary@riverside.example.org";
pub const PASSWORD: &str = "Ballot-Box-2024";
const MAIL_UID: u32 = 8; // Debian's `mail` user and group

/// A running Dovecot. Dropping it stops the server and removes every file.
pub struct Dovecot {
    /// Plain IMAP (STARTTLS available).
    pub port: u16,
    /// Implicit TLS.
    pub tls_port: u16,
    /// The CA that signed the server certificate (for `ca_file`).
    pub ca_file: PathBuf,
    pub user: String,
    pub password: String,
    dir: TempDir,
    config: PathBuf,
    child: Option<Child>,
    /// Appended to dovecot.conf (`@DIR@` filled in), see [`Dovecot::start_with`].
    extra_conf: String,
}

impl Dovecot {
    /// Starts a fresh server and waits until it accepts connections (typically < 100 ms).
    pub fn start() -> Dovecot {
        Self::start_with("", &[])
    }

    /// Like [`Self::start`], with `extra_conf` appended to dovecot.conf and `files` (name,
    /// content) written into the server's directory first; `@DIR@` is that directory in both.
    pub fn start_with(extra_conf: &str, files: &[(&str, &str)]) -> Dovecot {
        let dir = tempfile::Builder::new()
            .prefix("postbag-dovecot-")
            .tempdir()
            .expect("create tempdir");
        // Dovecot's unprivileged processes must reach base_dir and the certificate files.
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let ca_file = super::certs::make_certificates(dir.path());
        let home = dir.path().join("home");
        fs::create_dir(&home).unwrap();
        std::os::unix::fs::chown(&home, Some(MAIL_UID), Some(MAIL_UID)).expect("chown home");
        let passwd = dir.path().join("passwd");
        fs::write(&passwd, format!("{USER}:{{PLAIN}}{PASSWORD}::::::\n")).unwrap();

        let mut server = Dovecot {
            port: 0,
            tls_port: 0,
            ca_file,
            user: USER.into(),
            password: PASSWORD.into(),
            config: dir.path().join("dovecot.conf"),
            dir,
            child: None,
            extra_conf: extra_conf.to_string(),
        };
        for (name, content) in files {
            let path = server.dir.path().join(name);
            fs::write(
                &path,
                content.replace("@DIR@", &server.dir.path().display().to_string()),
            )
            .unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        }
        // Free ports are found by binding port 0 and letting go; another test can grab the
        // same port in between, so a failed start is retried on new ports.
        for attempt in 0..5 {
            server.port = free_port();
            server.tls_port = free_port();
            fs::write(&server.config, server.config_text()).unwrap();
            match server.spawn() {
                Ok(()) => return server,
                Err(why) if attempt < 4 => eprintln!("dovecot start failed, retrying: {why}"),
                Err(why) => panic!("cannot start dovecot: {why}\n{}", server.log()),
            }
        }
        unreachable!()
    }

    fn config_text(&self) -> String {
        let dir = self.dir.path().display().to_string();
        let name = self.dir.path().file_name().unwrap().to_string_lossy();
        (include_str!("dovecot.conf").to_string() + &self.extra_conf)
            .replace("@DIR@", &dir)
            .replace("@NAME@", &name)
            .replace("@MAIL_UID@", &MAIL_UID.to_string())
            .replace("@TLS_PORT@", &self.tls_port.to_string())
            .replace("@PORT@", &self.port.to_string())
    }

    fn spawn(&mut self) -> Result<(), String> {
        let out = fs::File::create(self.dir.path().join("stderr.log")).unwrap();
        let child = Command::new("/usr/sbin/dovecot")
            .arg("-F")
            .arg("-c")
            .arg(&self.config)
            // Its own process group, so that stop() can kill master and children at once.
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .map_err(|e| {
                format!("cannot run /usr/sbin/dovecot (apt-get install dovecot-imapd): {e}")
            })?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                self.child = None;
                return Err(format!("dovecot exited with {status}"));
            }
            let up = |port| TcpStream::connect(("127.0.0.1", port)).is_ok();
            if up(self.port) && up(self.tls_port) {
                return Ok(());
            }
            if Instant::now() > deadline {
                self.stop();
                return Err("dovecot did not listen within 10 s".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Stops the server at once, like a crash or a cut network: SIGKILL to the whole process
    /// group, so clients see the connection drop without a BYE. The data stays for
    /// [`Self::restart`]. Takes a few milliseconds.
    pub fn stop(&mut self) {
        self.signal("-KILL", true);
    }

    /// Stops the server the polite way (SIGTERM). The master exits within about a second, but
    /// a client in IDLE gets its `* BYE Server shutting down` only some 10 s later; use
    /// [`Self::kick`] for an immediate BYE.
    pub fn stop_gracefully(&mut self) {
        self.signal("-TERM", false);
    }

    fn signal(&mut self, signal: &str, whole_group: bool) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let master = child.id().to_string();
        let group = format!("-{master}");
        let target = if whole_group { &group } else { &master };
        let _ = Command::new("kill").args([signal, "--", target]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
                let _ = child.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        // Children exit after the master; wait until nobody holds the ports.
        let deadline = Instant::now() + Duration::from_secs(5);
        let held = |port| TcpStream::connect(("127.0.0.1", port)).is_ok();
        while (held(self.port) || held(self.tls_port)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Stops and starts again on the same ports with the same mail.
    pub fn restart(&mut self) {
        self.stop();
        if let Err(why) = self.spawn() {
            panic!("cannot restart dovecot: {why}\n{}", self.log());
        }
    }

    pub fn is_running(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| c.try_wait().unwrap().is_none())
    }

    /// The user's Maildir (INBOX; other folders are `.Name` inside).
    pub fn maildir(&self) -> PathBuf {
        self.dir.path().join("home").join(USER).join("Maildir")
    }

    pub fn config_path(&self) -> &Path {
        &self.config
    }

    /// Dovecot's own log plus anything it printed, for failure messages.
    pub fn log(&self) -> String {
        let read = |name: &str| fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        format!("{}{}", read("stderr.log"), read("dovecot.log"))
    }

    pub fn auth(&self) -> Auth {
        Auth::Login {
            user: self.user.clone(),
            password: self.password.clone(),
        }
    }

    /// An endpoint for `tls`: the plain port for `None`/`Starttls`, the TLS port for
    /// `Implicit`; with this server's CA as `ca_file` and a 5 s timeout.
    pub fn endpoint(&self, tls: TlsMode) -> ImapEndpoint {
        let port = match tls {
            TlsMode::Implicit => self.tls_port,
            TlsMode::Starttls | TlsMode::None => self.port,
        };
        let mut endpoint = ImapEndpoint::new("127.0.0.1", port, tls);
        if tls != TlsMode::None {
            endpoint.ca_file = Some(self.ca_file.clone());
        }
        endpoint.timeout = Duration::from_secs(5);
        endpoint
    }

    /// Appends raw messages in order (UIDs follow the order) over a plain connection of its own,
    /// all in one MULTIAPPEND: 300 messages take about 0.1 s. Use CRLF line ends: Dovecot hands
    /// back CRLF whatever was stored.
    pub fn append(&self, mailbox: &str, messages: &[Vec<u8>]) {
        self.append_with_flags(mailbox, "", messages)
    }

    /// Like [`Self::append`], with a flag list such as `(\Seen)` for every message.
    pub fn append_with_flags(&self, mailbox: &str, flags: &str, messages: &[Vec<u8>]) {
        if messages.is_empty() {
            return;
        }
        let stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect for append");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut lines = BufReader::new(stream.try_clone().unwrap()).lines();
        let mut next_line = move || lines.next().expect("append connection closed").unwrap();
        next_line(); // greeting
                     // LOGIN first and alone: imap-login drops a connection that floods it before login.
        (&stream)
            .write_all(format!("L LOGIN \"{USER}\" \"{PASSWORD}\"\r\n").as_bytes())
            .unwrap();
        loop {
            let line = next_line();
            if line.starts_with("L ") {
                assert!(line.starts_with("L OK"), "append login: {line}");
                break;
            }
        }
        // One MULTIAPPEND (RFC 3502) with LITERAL+: a single transaction, so hundreds of
        // messages take milliseconds; UIDs follow the order given.
        let mut w = std::io::BufWriter::new(&stream);
        write!(w, "A APPEND \"{mailbox}\"").unwrap();
        for raw in messages {
            write!(w, " {flags} {{{}+}}\r\n", raw.len()).unwrap();
            w.write_all(raw).unwrap();
        }
        w.write_all(b"\r\nZ LOGOUT\r\n").unwrap();
        w.flush().unwrap();
        drop(w);
        loop {
            let line = next_line();
            if line.starts_with("A ") {
                assert!(
                    line.starts_with("A OK"),
                    "append of {} messages: {line}",
                    messages.len()
                );
                break;
            }
        }
    }

    /// Runs `doveadm -c CONFIG <args>` and returns stdout; panics with stderr on failure.
    pub fn doveadm(&self, args: &[&str]) -> String {
        let out = Command::new("doveadm")
            .arg("-c")
            .arg(&self.config)
            .args(args)
            .output()
            .expect("run doveadm");
        assert!(
            out.status.success(),
            "doveadm {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Flags and keywords of every message in `mailbox`, by UID, read with doveadm (not IMAP,
    /// so the client under test cannot fool itself).
    pub fn flags(&self, mailbox: &str) -> BTreeMap<u32, Vec<String>> {
        let out = self.doveadm(&["fetch", "-u", USER, "uid flags", "mailbox", mailbox]);
        let mut flags = BTreeMap::new();
        let mut uid = None;
        for line in out.lines() {
            if let Some(n) = line.strip_prefix("uid: ") {
                uid = Some(n.trim().parse::<u32>().unwrap());
            } else if let (Some(rest), Some(u)) = (line.strip_prefix("flags:"), uid) {
                flags.insert(u, rest.split_whitespace().map(str::to_string).collect());
            }
        }
        flags
    }

    /// UIDs of every message in `mailbox`.
    pub fn uids(&self, mailbox: &str) -> Vec<u32> {
        self.flags(mailbox).into_keys().collect()
    }

    /// The mailbox's current UIDVALIDITY.
    pub fn uidvalidity(&self, mailbox: &str) -> u32 {
        let out = self.doveadm(&["mailbox", "status", "-u", USER, "uidvalidity", mailbox]);
        let value = out
            .split("uidvalidity=")
            .nth(1)
            .expect("uidvalidity in output");
        value.trim().parse().unwrap()
    }

    /// Disconnects every session of the user at once with `* BYE` (doveadm kick).
    pub fn kick(&self) {
        self.doveadm(&["kick", USER]);
    }

    /// Sets UIDVALIDITY, keeping the messages: what a client sees after a server rebuild.
    pub fn set_uidvalidity(&self, mailbox: &str, value: u32) {
        let value = value.to_string();
        self.doveadm(&[
            "mailbox",
            "update",
            "-u",
            USER,
            "--uid-validity",
            &value,
            mailbox,
        ]);
    }

    /// Deletes and creates a (non-INBOX) mailbox: empty, with a new UIDVALIDITY.
    pub fn recreate_mailbox(&self, mailbox: &str) {
        self.doveadm(&["mailbox", "delete", "-u", USER, mailbox]);
        self.doveadm(&["mailbox", "create", "-u", USER, mailbox]);
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
