//! A small OAuth2 provider for tests, in process (a tokio runtime on its own thread): the
//! device-code endpoint, the authorization endpoint of the loopback flow (it "signs in" at
//! once and redirects with a code), the token endpoint (device code, authorization code with
//! PKCE S256, refresh with rotation: a refresh token works once) and an introspection endpoint
//! for Dovecot's oauth2 passdb. Plain HTTP/1.1 on a loopback port, one request per connection.
//!
//! ```ignore
//! let tokens = TokenServer::start(TokenOptions::default());
//! tokens.url("/token");          // http://127.0.0.1:PORT/token
//! tokens.stats().refreshes;      // what happened so far
//! ```
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use base64::Engine;
use sha2::Digest;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
pub struct TokenOptions {
    /// The account the tokens are for (the introspection's `username`).
    pub user: String,
    pub client_id: String,
    /// Lifetime of access tokens, in seconds (short ones make every use refresh).
    pub expires_in: u64,
    /// Hand out this access token every time (for an SMTP server that knows one token).
    pub fixed_access_token: Option<String>,
    /// Device-code polls answered `authorization_pending` before the user "signs in".
    pub pending_polls: u32,
}

impl Default for TokenOptions {
    fn default() -> Self {
        TokenOptions {
            user: super::dovecot::USER.into(),
            client_id: "postbag-test-client".into(),
            expires_in: 3600,
            fixed_access_token: None,
            pending_polls: 1,
        }
    }
}

/// What the server has seen.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub device_codes: u32,
    pub device_polls: u32,
    pub code_exchanges: u32,
    pub refreshes: u32,
    pub refused_refreshes: u32,
    pub introspections: u32,
    pub active_introspections: u32,
    /// The one refresh token that works now.
    pub refresh_token: Option<String>,
    /// Every access token handed out.
    pub access_tokens: Vec<String>,
}

#[derive(Default)]
struct State {
    stats: Stats,
    counter: u32,
    /// device_code -> polls so far.
    devices: BTreeMap<String, u32>,
    /// code -> (PKCE challenge, redirect_uri).
    codes: BTreeMap<String, (String, String)>,
    valid_access: BTreeSet<String>,
    /// Introspection says "inactive" to every token (a server that refuses them all).
    refuse_all: bool,
}

pub struct TokenServer {
    pub port: u16,
    pub options: TokenOptions,
    state: Arc<Mutex<State>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TokenServer {
    pub fn start(options: TokenOptions) -> TokenServer {
        let state = Arc::new(Mutex::new(State::default()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (st, opts) = (Arc::clone(&state), options.clone());
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = TcpListener::from_std(listener).unwrap();
                tokio::select! {
                    _ = rx => {}
                    _ = async {
                        loop {
                            let Ok((stream, _)) = listener.accept().await else { continue };
                            let (st, opts) = (Arc::clone(&st), opts.clone());
                            tokio::spawn(async move {
                                let _ = serve(stream, &st, &opts).await;
                            });
                        }
                    } => {}
                }
            });
        });
        TokenServer {
            port,
            options,
            state,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn stats(&self) -> Stats {
        self.state.lock().unwrap().stats.clone()
    }

    /// Forgets every access token (as if they had all expired on the provider's side).
    pub fn revoke_access_tokens(&self) {
        self.state.lock().unwrap().valid_access.clear();
    }

    /// From now on, introspection calls every token inactive (new ones too).
    pub fn refuse_all_tokens(&self) {
        self.state.lock().unwrap().refuse_all = true;
    }

    /// An `oauth2 = {...}` value for a postbag config using this server with the device flow.
    pub fn config_value(&self) -> String {
        format!(
            "{{ provider = \"custom\", client_id = \"{}\", token_url = \"{}\", device_url = \"{}\", auth_url = \"{}\", scopes = [\"mail\", \"offline_access\"] }}",
            self.options.client_id,
            self.url("/token"),
            self.url("/devicecode"),
            self.url("/authorize"),
        )
    }

    /// The `dovecot-oauth2.conf.ext` that makes Dovecot ask this server about tokens.
    pub fn dovecot_conf(&self) -> String {
        format!(
            "introspection_mode = post\nintrospection_url = {}\nusername_attribute = username\nactive_attribute = active\nactive_value = true\nforce_introspection = yes\n",
            self.url("/introspect")
        )
    }
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn serve(
    mut stream: TcpStream,
    state: &Mutex<State>,
    opts: &TokenOptions,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        if buf.len() > 65536 {
            return Ok(());
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).to_string();
    let mut first = head.lines().next().unwrap_or("").split_whitespace();
    let (method, target) = (first.next().unwrap_or(""), first.next().unwrap_or("/"));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let form = |text: &str| -> BTreeMap<String, String> { parse_form(text) };
    let (status, content_type, extra, out) = {
        let mut st = state.lock().unwrap();
        handle(&mut st, opts, method, path, &form(query), &form(&body))
    };
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{out}",
        out.len()
    );
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}

type Reply = (&'static str, &'static str, String, String);

fn json(status: &'static str, value: serde_json::Value) -> Reply {
    (status, "application/json", String::new(), value.to_string())
}

fn handle(
    st: &mut State,
    opts: &TokenOptions,
    method: &str,
    path: &str,
    query: &BTreeMap<String, String>,
    form: &BTreeMap<String, String>,
) -> Reply {
    let error = |code: &str| json("400 Bad Request", serde_json::json!({ "error": code }));
    match (method, path) {
        ("POST", "/devicecode") => {
            if form.get("client_id") != Some(&opts.client_id) {
                return error("invalid_client");
            }
            st.counter += 1;
            st.stats.device_codes += 1;
            let device_code = format!("dc-{}", st.counter);
            st.devices.insert(device_code.clone(), 0);
            json(
                "200 OK",
                serde_json::json!({
                    "device_code": device_code,
                    "user_code": format!("RIVER-{}", st.counter),
                    "verification_uri": "http://127.0.0.1/devicelogin",
                    "expires_in": 300,
                    "interval": 1,
                }),
            )
        }
        ("GET", "/authorize") => {
            let (Some(challenge), Some(redirect), Some(state)) = (
                query.get("code_challenge"),
                query.get("redirect_uri"),
                query.get("state"),
            ) else {
                return error("invalid_request");
            };
            if query.get("code_challenge_method").map(String::as_str) != Some("S256")
                || query.get("client_id") != Some(&opts.client_id)
            {
                return error("invalid_request");
            }
            st.counter += 1;
            let code = format!("code-{}", st.counter);
            st.codes
                .insert(code.clone(), (challenge.clone(), redirect.clone()));
            let location = format!("{redirect}?code={code}&state={}", encode(state));
            (
                "302 Found",
                "text/plain",
                format!("Location: {location}\r\n"),
                String::new(),
            )
        }
        ("POST", "/token") => {
            if form.get("client_id") != Some(&opts.client_id) {
                return error("invalid_client");
            }
            match form.get("grant_type").map(String::as_str) {
                Some("urn:ietf:params:oauth:grant-type:device_code") => {
                    st.stats.device_polls += 1;
                    let code = form.get("device_code").cloned().unwrap_or_default();
                    let Some(polls) = st.devices.get_mut(&code) else {
                        return error("invalid_grant");
                    };
                    *polls += 1;
                    if *polls <= opts.pending_polls {
                        return error("authorization_pending");
                    }
                    st.devices.remove(&code);
                    issue(st, opts)
                }
                Some("authorization_code") => {
                    let code = form.get("code").cloned().unwrap_or_default();
                    let Some((challenge, redirect)) = st.codes.remove(&code) else {
                        return error("invalid_grant");
                    };
                    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
                    let digest = sha2::Sha256::digest(verifier.as_bytes());
                    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
                    if computed != challenge || form.get("redirect_uri") != Some(&redirect) {
                        return error("invalid_grant");
                    }
                    st.stats.code_exchanges += 1;
                    issue(st, opts)
                }
                Some("refresh_token") => {
                    let given = form.get("refresh_token");
                    if given.is_none() || given != st.stats.refresh_token.as_ref() {
                        st.stats.refused_refreshes += 1;
                        return json(
                            "400 Bad Request",
                            serde_json::json!({ "error": "invalid_grant", "error_description": "refresh token unknown or already used" }),
                        );
                    }
                    st.stats.refreshes += 1;
                    issue(st, opts)
                }
                _ => error("unsupported_grant_type"),
            }
        }
        ("POST", "/introspect") | ("GET", "/introspect") => {
            st.stats.introspections += 1;
            let token = form.get("token").or(query.get("token"));
            let active = !st.refuse_all && token.is_some_and(|t| st.valid_access.contains(t));
            if active {
                st.stats.active_introspections += 1;
                json(
                    "200 OK",
                    serde_json::json!({ "active": true, "username": opts.user }),
                )
            } else {
                json("200 OK", serde_json::json!({ "active": false }))
            }
        }
        _ => (
            "404 Not Found",
            "text/plain",
            String::new(),
            "not found".into(),
        ),
    }
}

/// New access and refresh tokens; the old refresh token stops working (rotation).
fn issue(st: &mut State, opts: &TokenOptions) -> Reply {
    st.counter += 1;
    let access = opts
        .fixed_access_token
        .clone()
        .unwrap_or_else(|| format!("at-{}", st.counter));
    let refresh = format!("rt-{}", st.counter);
    st.valid_access.insert(access.clone());
    st.stats.access_tokens.push(access.clone());
    st.stats.refresh_token = Some(refresh.clone());
    json(
        "200 OK",
        serde_json::json!({
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": opts.expires_in,
            "refresh_token": refresh,
        }),
    )
}

fn parse_form(text: &str) -> BTreeMap<String, String> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect()
}
