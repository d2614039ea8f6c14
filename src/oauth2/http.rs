//! The HTTP client the oauth2 crate talks through: blocking ureq over rustls with ring and the
//! system's trust roots (the same TLS setup as IMAP), no redirects, bounded bodies. An error
//! status is an answer to parse (OAuth2 errors come as 400 with JSON), not a transport error.

use std::io::Read;
use std::time::Duration;

use oauth2::http::{self, header::CONTENT_TYPE};
use oauth2::{HttpRequest, HttpResponse};

/// A token endpoint that could not be reached or answered in a way HTTP cannot carry.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(pub String);

/// The largest body read from a token endpoint; real answers are a few kilobytes.
const MAX_BODY: u64 = 1 << 20;

/// A blocking client for the oauth2 crate (`SyncHttpClient` is implemented for closures).
pub fn client(
    timeout: Duration,
) -> Result<impl Fn(HttpRequest) -> Result<HttpResponse, HttpError>, HttpError> {
    let tls = crate::source::imap::client_config(None)
        .map_err(|e| HttpError(format!("cannot set up tls: {e}")))?;
    let agent = ureq::AgentBuilder::new()
        .timeout(timeout)
        .redirects(0)
        .tls_config(tls)
        .user_agent(concat!("postbag/", env!("CARGO_PKG_VERSION")))
        .build();
    Ok(move |request: HttpRequest| call(&agent, request))
}

fn call(agent: &ureq::Agent, request: HttpRequest) -> Result<HttpResponse, HttpError> {
    let url = request.uri().to_string();
    let mut req = agent.request(request.method().as_str(), &url);
    for (name, value) in request.headers() {
        let value = value
            .to_str()
            .map_err(|_| HttpError(format!("header {name} is not text")))?;
        req = req.set(name.as_str(), value);
    }
    let sent = if request.method() == http::Method::POST {
        req.send_bytes(request.body())
    } else {
        req.call()
    };
    let response = match sent {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        Err(ureq::Error::Transport(t)) => {
            return Err(HttpError(format!(
                "cannot reach {}: {t}",
                strip_query(&url)
            )))
        }
    };
    let status = response.status();
    let content_type = response.header(CONTENT_TYPE.as_str()).map(str::to_string);
    let mut body = Vec::new();
    response
        .into_reader()
        .take(MAX_BODY)
        .read_to_end(&mut body)
        .map_err(|e| {
            HttpError(format!(
                "cannot read the answer of {}: {e}",
                strip_query(&url)
            ))
        })?;
    let mut builder = http::Response::builder().status(status);
    if let Some(ct) = content_type {
        builder = builder.header(CONTENT_TYPE, ct);
    }
    builder
        .body(body)
        .map_err(|e| HttpError(format!("bad answer from {}: {e}", strip_query(&url))))
}

/// A URL fit for a message: no query string (it may carry codes).
fn strip_query(url: &str) -> &str {
    url.split('?').next().unwrap_or(url)
}
