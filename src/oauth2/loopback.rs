//! The installed-app (loopback) flow, as Google wants it for mail: the browser on this machine
//! signs in, the provider redirects it to `http://127.0.0.1:PORT/` where postbag listens for
//! exactly that one request, and the code is exchanged with its PKCE verifier.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use oauth2::basic::BasicTokenResponse;
use oauth2::{AuthorizationCode, CsrfToken, PkceCodeChallenge, RedirectUrl, Scope, SyncHttpClient};

use super::{describe, Client, Endpoints, OAuth2Error};
use crate::config::OAuth2Config;

/// How long the user has to finish signing in.
const WAIT: Duration = Duration::from_secs(300);

pub(super) fn run<C: SyncHttpClient>(
    client: &Client,
    http: &C,
    endpoints: &Endpoints,
    cfg: &OAuth2Config,
    out: &mut dyn Write,
) -> Result<BasicTokenResponse, OAuth2Error> {
    let fail = |m: String| OAuth2Error::Login(m);
    let listener = TcpListener::bind("127.0.0.1:0")
        .map_err(|e| fail(format!("cannot listen on 127.0.0.1: {e}")))?;
    let port = listener
        .local_addr()
        .map_err(|e| fail(e.to_string()))?
        .port();
    let redirect =
        RedirectUrl::new(format!("http://127.0.0.1:{port}/")).map_err(|e| fail(e.to_string()))?;
    let client = client.clone().set_redirect_uri(redirect);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(CsrfToken::new_random)
        .map_err(|e| OAuth2Error::Config(format!("the loopback flow needs oauth2 auth_url: {e}")))?
        .add_scopes(endpoints.scopes.iter().map(|s| Scope::new(s.clone())))
        .add_extra_param("login_hint", cfg.user.clone())
        .set_pkce_challenge(challenge);
    for (k, v) in &endpoints.auth_params {
        request = request.add_extra_param(*k, *v);
    }
    let (url, state) = request.url();
    let how = if open_browser(url.as_str()) {
        "your browser should open at this address; if it does not, open it in a browser on this computer"
    } else {
        "open this address in a browser on this computer"
    };
    let _ = writeln!(
        out,
        "To sign in as {}, {how}:\n\n  {url}\n\nWaiting for the browser to come back (up to {} minutes) ...",
        cfg.user,
        WAIT.as_secs() / 60
    );
    let _ = out.flush();
    let code = wait_for_code(&listener, state.secret())?;
    client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| OAuth2Error::Config(e.to_string()))?
        .set_pkce_verifier(verifier)
        .request(http)
        .map_err(|e| fail(describe(&e)))
}

/// Asks the desktop to open `url` (`xdg-open`, `open` on macOS) when postbag runs on a
/// terminal in a desktop session; says whether an opener was started. Over SSH or from a
/// script nothing is opened: the printed address is the way.
fn open_browser(url: &str) -> bool {
    use std::io::IsTerminal;
    use std::process::{Command, Stdio};
    if !std::io::stdout().is_terminal() {
        return false;
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    {
        "xdg-open"
    } else {
        return false;
    };
    match Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(mut child) => {
            // Reaped in the background; its exit status says nothing about the browser.
            std::thread::spawn(move || child.wait());
            true
        }
        Err(_) => false,
    }
}

/// Answers requests on the listener until one carries the code (or an error) for `state`.
fn wait_for_code(listener: &TcpListener, state: &str) -> Result<String, OAuth2Error> {
    let fail = |m: String| OAuth2Error::Login(m);
    listener
        .set_nonblocking(true)
        .map_err(|e| fail(e.to_string()))?;
    let deadline = Instant::now() + WAIT;
    loop {
        let stream = match listener.accept() {
            Ok((s, _)) => s,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if Instant::now() > deadline {
                    return Err(fail("nobody signed in within 5 minutes".into()));
                }
                std::thread::sleep(Duration::from_millis(100));
                continue;
            }
            Err(e) => return Err(fail(format!("cannot accept the browser: {e}"))),
        };
        match answer(stream, state) {
            Ok(Some(code)) => return Ok(code),
            Ok(None) => continue,
            Err(e) => return Err(fail(e)),
        }
    }
}

/// One browser request: `Ok(Some(code))`, `Ok(None)` for something else (a favicon), or the
/// provider's error.
fn answer(stream: TcpStream, state: &str) -> Result<Option<String>, String> {
    stream.set_nonblocking(false).ok();
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut line = String::new();
    BufReader::new((&stream).take_limited())
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the browser's request: {e}"))?;
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let url = oauth2::url::Url::parse(&format!("http://127.0.0.1{target}"))
        .map_err(|e| format!("bad redirect {target:?}: {e}"))?;
    let param = |name: &str| {
        url.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    let reply = |status: &str, text: &str| {
        let body = format!("<!doctype html><title>postbag</title><p>{text}</p>");
        let _ = write!(
            &stream,
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    };
    if let Some(error) = param("error") {
        reply("400 Bad Request", "Signing in failed; see the terminal.");
        let detail = param("error_description").unwrap_or_default();
        return Err(format!("the provider said {error} {detail}")
            .trim()
            .to_string());
    }
    let Some(code) = param("code") else {
        reply("404 Not Found", "Not here.");
        return Ok(None);
    };
    if param("state").as_deref() != Some(state) {
        reply(
            "400 Bad Request",
            "This answer does not belong to this login.",
        );
        return Err("the redirect's state does not match this login (an old browser tab?): run `postbag login` again".into());
    }
    reply(
        "200 OK",
        "postbag is signed in. You can close this tab and go back to the terminal.",
    );
    Ok(Some(code))
}

/// A reader that stops after 8 KiB: a request line longer than that is not a redirect.
trait TakeLimited: std::io::Read + Sized {
    fn take_limited(self) -> std::io::Take<Self> {
        self.take(8192)
    }
}
impl<R: std::io::Read> TakeLimited for R {}
