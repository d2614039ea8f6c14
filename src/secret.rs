//! Secrets from where the config says they are: an environment variable, a file, or a
//! command (re-run at every connection, so a command that refreshes an OAuth2 token works),
//! or postbag's own OAuth2 login (`oauth2`), whose access token is refreshed when due.
//! A secret is never logged and never part of an error message.

use crate::config::SecretSource;
use std::fmt;

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
        let value = std::fs::read_to_string(path).map_err(|error| SecretError::File {
            section: s.clone(),
            path: path.display().to_string(),
            error,
        })?;
        return nonempty(value, "password_file").map(Secret::Password);
    }
    if let Some(command) = &source.password_command {
        return nonempty(run(command, &s, "password_command")?, "password_command")
            .map(Secret::Password);
    }
    if let Some(command) = &source.oauth2_token_command {
        return nonempty(
            run(command, &s, "oauth2_token_command")?,
            "oauth2_token_command",
        )
        .map(Secret::OAuth2Token);
    }
    if let Some(oauth2) = &source.oauth2 {
        return crate::oauth2::access_token(oauth2)
            .map(Secret::OAuth2Token)
            .map_err(|error| SecretError::OAuth2 { section: s, error });
    }
    Err(SecretError::Missing(s))
}

fn run(command: &str, section: &str, key: &'static str) -> Result<String, SecretError> {
    let fail = |problem: String| SecretError::Command {
        section: section.to_string(),
        key,
        command: command.to_string(),
        problem,
    };
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| fail(format!("could not be run: {e}")))?;
    if !out.status.success() {
        return Err(fail(format!("failed ({})", out.status)));
    }
    String::from_utf8(out.stdout).map_err(|_| fail("printed something that is not UTF-8".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_come_from_a_file_or_a_command_first_line_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "s3cret\nignored\n").unwrap();
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
