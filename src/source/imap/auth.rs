//! How postbag proves who it is to an IMAP server: LOGIN with a password, or SASL XOAUTH2 with
//! an access token. Fetching and refreshing tokens is the config's job, not this module's.

use std::fmt;

/// Credentials for one IMAP account. `Debug` never prints the secret.
#[derive(Clone)]
pub enum Auth {
    Login { user: String, password: String },
    XOAuth2 { user: String, access_token: String },
}

impl Auth {
    pub fn user(&self) -> &str {
        match self {
            Auth::Login { user, .. } | Auth::XOAuth2 { user, .. } => user,
        }
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self {
            Auth::Login { .. } => "Login",
            Auth::XOAuth2 { .. } => "XOAuth2",
        };
        f.debug_struct(kind)
            .field("user", &self.user())
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// The XOAUTH2 client response before base64 (async-imap encodes it):
/// `"user=" U "\x01auth=Bearer " T "\x01\x01"`.
pub fn xoauth2_response(user: &str, access_token: &str) -> String {
    format!("user={user}\x01auth=Bearer {access_token}\x01\x01")
}

/// Answers the server's XOAUTH2 challenges: the credentials first; after a rejection the
/// server sends a JSON error as a second challenge, which must be answered with an empty line
/// so that it finishes with a tagged NO (otherwise the exchange hangs).
pub(crate) struct XOAuth2 {
    response: String,
    sent: bool,
}

impl XOAuth2 {
    pub(crate) fn new(user: &str, access_token: &str) -> Self {
        Self {
            response: xoauth2_response(user, access_token),
            sent: false,
        }
    }
}

impl async_imap::Authenticator for XOAuth2 {
    type Response = String;

    fn process(&mut self, challenge: &[u8]) -> String {
        if self.sent {
            if !challenge.is_empty() {
                tracing::warn!(
                    "imap xoauth2 rejected: {}",
                    String::from_utf8_lossy(challenge)
                );
            }
            return String::new();
        }
        self.sent = true;
        self.response.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_imap::Authenticator;
    use base64::Engine;

    #[test]
    fn xoauth2_matches_the_published_example() {
        // The example from Google's XOAUTH2 protocol documentation.
        let raw = xoauth2_response(
            "someuser@example.com",
            "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg",
        );
        assert_eq!(
            base64::engine::general_purpose::STANDARD.encode(raw),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
    }

    #[test]
    fn error_challenge_gets_an_empty_answer() {
        let mut auth = XOAuth2::new("u@example.org", "tok");
        assert_eq!(
            auth.process(b""),
            "user=u@example.org\x01auth=Bearer tok\x01\x01"
        );
        let json = br#"{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}"#;
        assert_eq!(auth.process(json), "");
    }

    #[test]
    fn debug_hides_secrets() {
        let auth = Auth::Login {
            user: "sec@example.org".into(),
            password: "hunter2".into(),
        };
        let shown = format!("{auth:?}");
        assert!(shown.contains("sec@example.org") && !shown.contains("hunter2"));
    }
}
