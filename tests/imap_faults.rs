//! Failures the IMAP client must surface, never paper over: a cut in the middle of a FETCH
//! (real Dovecot behind a cutting proxy), a server crash or a kick, and, with a scripted
//! server, a silent peer, IDLE keepalives that would reset a naive timeout, and XOAUTH2.

mod support;

use std::time::{Duration, Instant};

use base64::Engine;
use postbag::source::imap::{is_fatal, Auth, IdleEvent, ImapEndpoint, TlsMode};
use postbag::Error;
use support::dovecot::Dovecot;
use support::faultproxy::FaultProxy;
use support::messages::message;
use support::scripted;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

fn plain(port: u16, timeout: Duration) -> ImapEndpoint {
    let mut endpoint = ImapEndpoint::new("127.0.0.1", port, TlsMode::None);
    endpoint.timeout = timeout;
    endpoint
}

fn login(user: &str) -> Auth {
    Auth::Login {
        user: user.into(),
        password: "pw".into(),
    }
}

#[tokio::test]
async fn a_cut_in_the_middle_of_a_fetch_is_an_error_not_a_short_success() {
    let server = Dovecot::start();
    let originals: Vec<Vec<u8>> = (1..=50).map(|n| message(n, 4_000)).collect();
    server.append("INBOX", &originals);
    let proxy = FaultProxy::start(server.port).await;
    let endpoint = plain(proxy.port, Duration::from_secs(5));

    let mut session = endpoint.connect(&server.auth()).await.unwrap();
    session.select("INBOX").await.unwrap();
    proxy.arm(60_000); // about 15 of the 50 messages, then the connection drops
    let err = session.fetch_new(0, 50).await.unwrap_err();
    assert_eq!(proxy.cuts(), 1);
    assert!(matches!(err, Error::ImapFetch { .. }), "{err}");
    assert!(!is_fatal(&err), "a cut calls for a reconnect");
    assert!(session.is_broken());
    let again = session.fetch_new(0, 50).await.unwrap_err();
    assert!(matches!(again, Error::ImapBroken), "{again}");

    // Cut while the UID SEARCH answer is on its way: also an error, not "no new mail".
    let mut session = endpoint.connect(&server.auth()).await.unwrap();
    session.select("INBOX").await.unwrap();
    proxy.arm(20);
    let err = session.fetch_new(0, 50).await.unwrap_err();
    assert!(matches!(err, Error::ImapSearch { .. }), "{err}");

    // A fresh connection gets everything.
    let mut session = endpoint.connect(&server.auth()).await.unwrap();
    session.select("INBOX").await.unwrap();
    let fetched = session.fetch_new(0, 50).await.unwrap();
    assert_eq!(fetched.messages.len(), 50);
    assert!(fetched
        .messages
        .iter()
        .zip(&originals)
        .all(|(m, o)| &m.raw == o));
}

#[tokio::test]
async fn a_server_crash_fails_the_next_command_and_a_reconnect_finds_the_mail() {
    let mut server = Dovecot::start();
    server.append("INBOX", &[message(1, 200), message(2, 200)]);
    let mut session = server
        .endpoint(TlsMode::Implicit)
        .connect(&server.auth())
        .await
        .unwrap();
    session.select("INBOX").await.unwrap();

    server.stop();
    let started = Instant::now();
    let err = session.new_uids(0).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2), "{err}");
    assert!(session.is_broken(), "{err}");

    server.restart();
    let mut session = server
        .endpoint(TlsMode::Implicit)
        .connect(&server.auth())
        .await
        .unwrap();
    session.select("INBOX").await.unwrap();
    assert_eq!(session.new_uids(0).await.unwrap(), vec![1, 2]);
}

// Multi-threaded: the client must read the BYE while the test thread waits for Dovecot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kick_or_crash_during_idle_ends_the_wait_with_an_error() {
    let mut server = Dovecot::start();
    for kick in [true, false] {
        let endpoint = server.endpoint(TlsMode::None);
        let mut session = endpoint.connect(&server.auth()).await.unwrap();
        session.select("INBOX").await.unwrap();
        let idle = tokio::spawn(async move {
            let result = session.idle_wait(Duration::from_secs(30)).await;
            (result, Instant::now())
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        let stopped = Instant::now();
        tokio::task::block_in_place(|| if kick { server.kick() } else { server.stop() });
        let (result, ended) = idle.await.unwrap();
        let err = result.expect_err("idle must fail when the server goes away");
        assert!(matches!(err, Error::ImapIdle { .. }), "kick={kick}: {err}");
        if kick {
            assert!(err.to_string().contains("shutting down"), "{err}");
        }
        assert!(ended.duration_since(stopped) < Duration::from_secs(2));
        if !kick {
            server.restart();
        }
    }
}

#[tokio::test]
async fn a_server_that_never_greets_times_out() {
    let (port, _server) = scripted::serve(|conn| async move {
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(conn);
    })
    .await;
    let started = Instant::now();
    let err = plain(port, Duration::from_millis(300))
        .connect(&login("u"))
        .await
        .unwrap_err();
    let waited = started.elapsed();
    assert!(matches!(err, Error::ImapTimeout { .. }), "{err}");
    assert!(err.to_string().contains("greeting"), "{err}");
    assert!(waited >= Duration::from_millis(300) && waited < Duration::from_secs(2));
}

#[tokio::test]
async fn keepalives_during_idle_do_not_stretch_the_wait() {
    let (port, server) = scripted::serve(|mut c| async move {
        c.greet_and_login("IMAP4rev1 IDLE").await;
        c.expect_ok("SELECT", &["* 0 EXISTS", "* OK [UIDVALIDITY 7] UIDs valid"])
            .await;
        let (tag, command) = c.command().await;
        assert_eq!(command, "IDLE");
        c.send("+ idling").await;
        let (reader, writer) = c.halves();
        // Keepalives every 100 ms (Dovecot: every 2 minutes) until the client says DONE.
        let keepalive = async {
            loop {
                tokio::time::sleep(Duration::from_millis(100)).await;
                let _ = writer.write_all(b"* OK Still here\r\n").await;
            }
        };
        let mut done = String::new();
        tokio::select! {
            _ = keepalive => unreachable!(),
            _ = reader.read_line(&mut done) => {}
        }
        assert_eq!(done.trim_end(), "DONE");
        c.send(&format!("{tag} OK Idle completed")).await;
        c.expect_ok("NOOP", &[]).await;
    })
    .await;
    let mut session = plain(port, Duration::from_secs(2))
        .connect(&login("u"))
        .await
        .unwrap();
    session.select("INBOX").await.unwrap();
    let started = Instant::now();
    let event = tokio::time::timeout(
        Duration::from_secs(6),
        session.idle_wait(Duration::from_millis(500)),
    )
    .await
    .expect("idle_wait must end near its own deadline despite keepalives");
    assert_eq!(event.unwrap(), IdleEvent::Timeout);
    assert!(started.elapsed() < Duration::from_secs(3));
    session.noop().await.unwrap();
    server.await.unwrap();
}

#[tokio::test]
async fn xoauth2_sends_the_token_and_answers_an_error_challenge_with_an_empty_line() {
    let expected = base64::engine::general_purpose::STANDARD
        .encode("user=sec@example.org\x01auth=Bearer expired-token\x01\x01");
    let (port, server) = scripted::serve(move |mut c| async move {
        c.send("* OK scripted server ready").await;
        let (tag, command) = c.command().await;
        assert_eq!(command, "AUTHENTICATE XOAUTH2");
        c.send("+ ").await;
        assert_eq!(c.line().await.unwrap(), expected);
        let json = base64::engine::general_purpose::STANDARD
            .encode(r#"{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}"#);
        c.send(&format!("+ {json}")).await;
        assert_eq!(
            c.line().await.unwrap(),
            "",
            "error challenge gets an empty line"
        );
        c.send(&format!(
            "{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"
        ))
        .await;
    })
    .await;
    let auth = Auth::XOAuth2 {
        user: "sec@example.org".into(),
        access_token: "expired-token".into(),
    };
    let err = plain(port, Duration::from_secs(2))
        .connect(&auth)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::ImapLogin { .. }), "{err}");
    assert!(err.to_string().contains("Invalid credentials"), "{err}");
    assert!(!err.to_string().contains("expired-token"));
    server.await.unwrap();
}
