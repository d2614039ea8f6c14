//! Running the real `postbag` binary against a test Dovecot: a config in a tempdir, `run
//! --once`, the daemon as a child process, `status --json`.

use super::dovecot::Dovecot;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_postbag");

/// A postbag installation: config and data directory in a tempdir.
pub struct Postbag {
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
}

impl Postbag {
    /// A config for `server` (plain IMAP on loopback) with `folders` and extra TOML appended.
    pub fn new(server: &Dovecot, folders: &[&str], extra: &str) -> Postbag {
        Self::with_port(server, server.port, folders, extra)
    }

    /// Like [`Self::new`], connecting to `port` (e.g. a fault proxy in front of the server).
    pub fn with_port(server: &Dovecot, port: u16, folders: &[&str], extra: &str) -> Postbag {
        Self::for_server(port, &server.user, &server.password, folders, extra)
    }

    /// A config for any plain-text loopback IMAP server (e.g. a provider-shaped one).
    pub fn for_server(
        port: u16,
        user: &str,
        password: &str,
        folders: &[&str],
        extra: &str,
    ) -> Postbag {
        let dir = tempfile::tempdir().unwrap();
        let password_file = dir.path().join("imap-password");
        std::fs::write(&password_file, format!("{password}\n")).unwrap();
        // postbag refuses a password file every user can read.
        std::fs::set_permissions(
            &password_file,
            std::os::unix::fs::PermissionsExt::from_mode(0o600),
        )
        .unwrap();
        let folders: Vec<String> = folders.iter().map(|f| format!("{f:?}")).collect();
        let config = dir.path().join("postbag.toml");
        std::fs::write(
            &config,
            format!(
                r#"data_dir = "data"
rules_dir = "{rules}"

[secretary]
name = "Sam Okafor"
addresses = ["{user}"]

[imap]
host = "127.0.0.1"
port = {port}
tls = "none"
username = "{user}"
password_file = "imap-password"
folders = [{folders}]
timeout_secs = 5
{extra}
"#,
                rules = concat!(env!("CARGO_MANIFEST_DIR"), "/rules"),
                folders = folders.join(", "),
            ),
        )
        .unwrap();
        // postbag refuses a world-readable config that names a secret.
        std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .unwrap();
        Postbag { dir, config }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.arg("--config")
            .arg(&self.config)
            .args(args)
            .env_remove("POSTBAG_CONFIG");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        let out = self.command(args).output().unwrap();
        eprintln!(
            "postbag {args:?}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// `run --once`, which must succeed.
    pub fn run_once(&self) -> String {
        let out = self.run(&["run", "--once"]);
        assert!(out.status.success(), "run --once failed");
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn status(&self) -> serde_json::Value {
        let out = self.run(&["status", "--json"]);
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The daemon as a child process, logging to a file in the tempdir.
    pub fn spawn_daemon(&self) -> Child {
        let log = std::fs::File::create(self.dir.path().join("daemon.log")).unwrap();
        self.command(&["run"])
            .env("POSTBAG_LOG", "debug")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap()
    }

    pub fn daemon_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("daemon.log")).unwrap_or_default()
    }
}

/// Poll `check` every 20 ms until it holds or `limit` passes; returns the time it took.
pub fn wait_until(limit: Duration, mut check: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if check() {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// The postbag-* keywords among a message's flags.
pub fn postbag_keywords(flags: &[String]) -> Vec<&str> {
    flags
        .iter()
        .filter(|f| f.starts_with("postbag-"))
        .map(String::as_str)
        .collect()
}

/// Files of the SpamAssassin corpus (fetched once into target/corpus), sorted.
pub fn corpus_files() -> Vec<PathBuf> {
    let out = Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/fetch-corpus.sh"
        ))
        .output()
        .expect("run scripts/fetch-corpus.sh");
    assert!(
        out.status.success(),
        "fetch-corpus failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    let mut files = Vec::new();
    for dir in ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"] {
        for entry in std::fs::read_dir(data.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A message file's bytes as a mail server would store them: no mbox `From ` line.
pub fn message_bytes(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap();
    if raw.starts_with(b"From ") {
        let end = raw
            .iter()
            .position(|&b| b == b'\n')
            .map_or(raw.len(), |p| p + 1);
        raw[end..].to_vec()
    } else {
        raw
    }
}

/// A list or automatic-mail header in the raw header section (List-*, Precedence
/// bulk/list/junk, Auto-Submitted other than no), read without postbag's parser so a test
/// does not take the parser's word for it.
pub fn machine_header(raw: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(raw).replace("\r\n", "\n");
    let head = text.split("\n\n").next().unwrap_or("");
    for line in head.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let (name, value) = (
            name.trim().to_ascii_lowercase(),
            value.trim().to_ascii_lowercase(),
        );
        if name.starts_with("list-") {
            return Some(name);
        }
        if name == "precedence" && ["bulk", "list", "junk"].contains(&value.as_str()) {
            return Some(format!("precedence: {value}"));
        }
        if name == "auto-submitted" && !value.starts_with("no") {
            return Some(format!("auto-submitted: {value}"));
        }
    }
    None
}
