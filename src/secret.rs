//! Secrets from where the config says they are: an environment variable, a file, or a
//! command (re-run at every connection, so a command that refreshes an OAuth2 token works),
//! or postbag's own OAuth2 login (`oauth2`), whose access token is refreshed when due.
//! A secret is never logged and never part of an error message. A command gets a time
//! limit: one that never returns (a pinentry nobody answers, a hung keyring) is killed with
//! every process it started, instead of hanging `run`, `doctor` and the daemon.

use crate::config::SecretSource;
use std::fmt;
use std::time::{Duration, Instant};

/// How long a password or token command may run when its section sets no timeout.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);
/// Most a command may print: a secret is one line.
const MAX_COMMAND_OUTPUT: u64 = 64 << 10;

/// A password for LOGIN/PLAIN, or an OAuth2 access token for XOAUTH2.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Password(String),
    OAuth2Token(String),
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Password(_) => f.write_str("Password(***)"),
            Secret::OAuth2Token(_) => f.write_str("OAuth2Token(***)"),
        }
    }
}

/// Why a secret could not be had; `section` is `imap` or `smtp`.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("[{0}] has no password_env, password_file, password_command, oauth2_token_command or oauth2: add one")]
    Missing(String),
    #[error("[{section}] password_env: the environment variable {var} is not set")]
    EnvUnset { section: String, var: String },
    #[error("[{section}] password_file: cannot read {path}: {error}")]
    File {
        section: String,
        path: String,
        error: std::io::Error,
    },
    #[error("[{section}] password_file: refusing to use {path}: it is readable by every user (mode {mode:o}); run `chmod 600 {path}`")]
    Exposed {
        section: String,
        path: String,
        mode: u32,
    },
    #[error("[{section}] {key}: `{command}` {problem}")]
    Command {
        section: String,
        key: &'static str,
        command: String,
        problem: String,
    },
    #[error("[{section}] {key} gave an empty secret")]
    Empty { section: String, key: &'static str },
    #[error("[{section}] oauth2: {error}")]
    OAuth2 {
        section: String,
        error: crate::oauth2::OAuth2Error,
    },
}

impl SecretError {
    /// Whether only the user can fix this (a missing file or variable, no login yet, a
    /// refresh token the provider refused), so retrying is pointless; a command that failed
    /// or a token endpoint out of reach may work next time.
    pub fn needs_user(&self) -> bool {
        use crate::oauth2::OAuth2Error as O;
        match self {
            SecretError::Command { .. } => false,
            SecretError::OAuth2 { error, .. } => matches!(
                error,
                O::NotLoggedIn { .. } | O::OtherLogin { .. } | O::Refused { .. } | O::Config(_)
            ),
            _ => true,
        }
    }
}

/// Resolve the secret of a config section.
pub fn resolve(source: &SecretSource, section: &str) -> Result<Secret, SecretError> {
    let s = section.to_string();
    let nonempty = |value: String, key: &'static str| {
        let value = value
            .lines()
            .next()
            .unwrap_or("")
            .trim_end_matches('\r')
            .to_string();
        if value.is_empty() {
            Err(SecretError::Empty {
                section: s.clone(),
                key,
            })
        } else {
            Ok(value)
        }
    };
    if let Some(var) = &source.password_env {
        let value = std::env::var(var).map_err(|_| SecretError::EnvUnset {
            section: s.clone(),
            var: var.clone(),
        })?;
        return nonempty(value, "password_env").map(Secret::Password);
    }
    if let Some(path) = &source.password_file {
        let file_err = |error| SecretError::File {
            section: s.clone(),
            path: path.display().to_string(),
            error,
        };
        if let Some(mode) = world_readable(path).map_err(file_err)? {
            return Err(SecretError::Exposed {
                section: s,
                path: path.display().to_string(),
                mode,
            });
        }
        let value = std::fs::read_to_string(path).map_err(file_err)?;
        return nonempty(value, "password_file").map(Secret::Password);
    }
    let timeout = source.command_timeout.unwrap_or(COMMAND_TIMEOUT);
    if let Some(command) = &source.password_command {
        let printed = run(command, &s, "password_command", timeout)?;
        return nonempty(printed, "password_command").map(Secret::Password);
    }
    if let Some(command) = &source.oauth2_token_command {
        let printed = run(command, &s, "oauth2_token_command", timeout)?;
        return nonempty(printed, "oauth2_token_command").map(Secret::OAuth2Token);
    }
    if let Some(oauth2) = &source.oauth2 {
        return crate::oauth2::access_token(oauth2)
            .map(Secret::OAuth2Token)
            .map_err(|error| SecretError::OAuth2 { section: s, error });
    }
    Err(SecretError::Missing(s))
}

/// The permission bits of a file that every user of the machine may read, else `None`. A
/// file holding a secret is refused then, as a config naming one is (like ssh with a key).
pub fn world_readable(path: &std::path::Path) -> std::io::Result<Option<u32>> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
    Ok((mode & 0o004 != 0).then_some(mode))
}

/// What the threads watching a command report.
enum Event {
    Printed(std::io::Result<Vec<u8>>),
    Exited(std::io::Result<std::process::ExitStatus>),
}

/// Run `sh -c command` in a process group of its own; its standard output, once it has
/// exited and closed it, within `timeout`. Past that, the whole group is killed: a shell
/// alone would leave its children running (and holding the pipe).
fn run(
    command: &str,
    section: &str,
    key: &'static str,
    timeout: Duration,
) -> Result<String, SecretError> {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    let fail = |problem: String| SecretError::Command {
        section: section.to_string(),
        key,
        command: command.to_string(),
        problem,
    };
    let mut child = std::process::Command::new("sh")
        .args(["-c", command])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .process_group(0)
        .spawn()
        .map_err(|e| fail(format!("could not be run: {e}")))?;
    let group = child.id() as libc::pid_t;
    let stdout = child.stdout.take();
    let (tx, rx) = std::sync::mpsc::channel();
    let printed = tx.clone();
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let read = match stdout {
            Some(s) => s
                .take(MAX_COMMAND_OUTPUT + 1)
                .read_to_end(&mut out)
                .map(|_| out),
            None => Ok(out),
        };
        let _ = printed.send(Event::Printed(read));
    });
    std::thread::spawn(move || {
        let _ = tx.send(Event::Exited(child.wait()));
    });
    let deadline = Instant::now() + timeout;
    let (mut output, mut status) = (None, None);
    loop {
        if output.is_some() && status.is_some() {
            break;
        }
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Event::Printed(o)) => output = Some(o),
            Ok(Event::Exited(s)) => status = Some(s),
            Err(_) => {
                // SAFETY: killpg only sends a signal; `group` is the group this command was
                // started in (process_group(0)), kept alive by its members until they die.
                unsafe {
                    libc::killpg(group, libc::SIGKILL);
                }
                return Err(fail(format!(
                    "did not finish within {} s: stopped it and everything it started (raise the section's timeout if it needs longer)",
                    timeout.as_secs_f32()
                )));
            }
        }
    }
    let (Some(out), Some(status)) = (output, status) else {
        unreachable!("the loop ends when both are in");
    };
    let out = out.map_err(|e| fail(format!("could not be read: {e}")))?;
    // Before the exit status: a command cut off after the limit dies of SIGPIPE.
    if out.len() as u64 > MAX_COMMAND_OUTPUT {
        return Err(fail(format!(
            "printed more than {} KiB: a secret is one line",
            MAX_COMMAND_OUTPUT >> 10
        )));
    }
    let status = status.map_err(|e| fail(format!("could not be waited for: {e}")))?;
    if !status.success() {
        return Err(fail(format!("failed ({status})")));
    }
    String::from_utf8(out).map_err(|_| fail("printed something that is not UTF-8".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_come_from_a_file_or_a_command_first_line_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "s3cret\nignored\n").unwrap();
        chmod(&file, 0o600);
        let from_file = SecretSource {
            password_file: Some(file),
            ..Default::default()
        };
        assert_eq!(
            resolve(&from_file, "imap").unwrap(),
            Secret::Password("s3cret".into())
        );
        let token = SecretSource {
            oauth2_token_command: Some("printf 'tok\\n'".into()),
            ..Default::default()
        };
        assert_eq!(
            resolve(&token, "smtp").unwrap(),
            Secret::OAuth2Token("tok".into())
        );
        assert_eq!(
            format!("{:?}", Secret::Password("x".into())),
            "Password(***)"
        );
    }

    fn chmod(path: &std::path::Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_password_file_every_user_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "s3cret\n").unwrap();
        chmod(&file, 0o644);
        let source = SecretSource {
            password_file: Some(file.clone()),
            ..Default::default()
        };
        let e = resolve(&source, "smtp").unwrap_err();
        let p = file.display();
        assert_eq!(
            e.to_string(),
            format!("[smtp] password_file: refusing to use {p}: it is readable by every user (mode 644); run `chmod 600 {p}`")
        );
        assert!(e.needs_user());
        chmod(&file, 0o640);
        assert_eq!(
            resolve(&source, "smtp").unwrap(),
            Secret::Password("s3cret".into())
        );

        // The same for OAuth2's client secret file and the token file postbag keeps.
        let oauth2 = |client_secret_file: Option<std::path::PathBuf>| SecretSource {
            oauth2: Some(crate::config::OAuth2Config {
                provider: crate::config::OAuth2Provider::Custom,
                client_id: "c".into(),
                client_secret_env: None,
                client_secret_file,
                tenant: None,
                flow: None,
                auth_url: None,
                token_url: Some("http://127.0.0.1:9/token".into()),
                device_url: None,
                scopes: None,
                token_file: dir.path().join("oauth2/u.json"),
                user: "u".into(),
            }),
            ..Default::default()
        };
        std::fs::create_dir(dir.path().join("oauth2")).unwrap();
        let tokens = dir.path().join("oauth2/u.json");
        std::fs::write(&tokens, "{}").unwrap();
        chmod(&tokens, 0o644);
        let e = resolve(&oauth2(None), "imap").unwrap_err();
        assert!(e.needs_user());
        assert_eq!(
            e.to_string(),
            format!("[imap] oauth2: refusing to use token file {t}: it is readable by every user (mode 644); run `chmod 600 {t}`", t = tokens.display())
        );
        chmod(&tokens, 0o600);
        std::fs::write(
            &tokens,
            r#"{"provider":"custom","client_id":"c","user":"u","refresh_token":"r"}"#,
        )
        .unwrap();
        chmod(&file, 0o604);
        let e = resolve(&oauth2(Some(file.clone())), "imap").unwrap_err();
        assert!(e.needs_user());
        assert_eq!(
            e.to_string(),
            format!("[imap] oauth2: oauth2 client_secret_file: refusing to use {p}: it is readable by every user (mode 604); run `chmod 600 {p}`")
        );
    }

    /// `resolve` on another thread, failing the test if it does not return in time.
    fn resolve_within(source: SecretSource, secs: u64) -> Result<Secret, SecretError> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(resolve(&source, "imap")));
        rx.recv_timeout(Duration::from_secs(secs))
            .expect("resolve returned")
    }

    #[test]
    fn a_command_that_never_returns_is_killed_with_everything_it_started() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("held");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // The command's background child holds the FIFO open for writing: the reader sees
        // the end only once every writer, that child included, is gone.
        let (closed, all_gone) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let mut rest = Vec::new();
            let _ = std::fs::File::open(path).map(|mut f| f.read_to_end(&mut rest));
            let _ = closed.send(());
        });
        let command = format!("exec 3>'{}'; sleep 600 & wait", fifo.display());
        let source = SecretSource {
            password_command: Some(command.clone()),
            command_timeout: Some(Duration::from_millis(300)),
            ..Default::default()
        };
        let e = resolve_within(source, 20).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("[imap] password_command: `{command}` did not finish within 0.3 s: stopped it and everything it started (raise the section's timeout if it needs longer)")
        );
        assert!(!e.needs_user());
        all_gone
            .recv_timeout(Duration::from_secs(10))
            .expect("the command's background child was killed too");
    }

    #[test]
    fn a_command_that_prints_without_end_is_cut_off() {
        let source = SecretSource {
            oauth2_token_command: Some("yes".into()),
            ..Default::default()
        };
        let e = resolve_within(source, 20).unwrap_err().to_string();
        assert_eq!(
            e,
            "[imap] oauth2_token_command: `yes` printed more than 64 KiB: a secret is one line"
        );
    }

    #[test]
    fn only_what_the_user_must_fix_stops_retries() {
        let missing = resolve(&SecretSource::default(), "imap").unwrap_err();
        assert!(missing.needs_user());
        let failing = SecretSource {
            password_command: Some("exit 3".into()),
            ..Default::default()
        };
        assert!(!resolve(&failing, "imap").unwrap_err().needs_user());
        let dir = tempfile::tempdir().unwrap();
        let oauth2 = SecretSource {
            oauth2: Some(crate::config::OAuth2Config {
                provider: crate::config::OAuth2Provider::Custom,
                client_id: "c".into(),
                client_secret_env: None,
                client_secret_file: None,
                tenant: None,
                flow: None,
                auth_url: None,
                token_url: Some("http://127.0.0.1:9/token".into()),
                device_url: None,
                scopes: None,
                token_file: dir.path().join("oauth2/u.json"),
                user: "u".into(),
            }),
            ..Default::default()
        };
        let e = resolve(&oauth2, "smtp").unwrap_err();
        assert!(e.needs_user(), "{e}");
        assert!(e
            .to_string()
            .starts_with("[smtp] oauth2: no OAuth2 login for u yet"));
    }

    #[test]
    fn failures_name_the_key_and_the_fix_never_the_secret() {
        let missing = resolve(&SecretSource::default(), "imap")
            .unwrap_err()
            .to_string();
        assert!(missing.contains("[imap] has no password_env"), "{missing}");
        let unset = SecretSource {
            password_env: Some("POSTBAG_TEST_SURELY_UNSET".into()),
            ..Default::default()
        };
        assert!(resolve(&unset, "imap")
            .unwrap_err()
            .to_string()
            .contains("POSTBAG_TEST_SURELY_UNSET is not set"));
        let failing = SecretSource {
            password_command: Some("exit 3".into()),
            ..Default::default()
        };
        assert!(resolve(&failing, "imap")
            .unwrap_err()
            .to_string()
            .contains("`exit 3` failed"));
        let empty = SecretSource {
            password_command: Some("true".into()),
            ..Default::default()
        };
        assert!(resolve(&empty, "imap")
            .unwrap_err()
            .to_string()
            .contains("gave an empty secret"));
    }
}
