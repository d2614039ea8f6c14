//! The outbox against a real SMTP server (aiosmtpd) on loopback: delivery over plain,
//! STARTTLS and implicit TLS with PLAIN/LOGIN or XOAUTH2; a server that is down and comes
//! back; permanent refusals; a sender killed with SIGKILL in the middle of DATA; and the
//! messages a user sees when the server cannot be reached.

mod support;

use std::time::{Duration, Instant};

use postbag::config::{Smtp, TlsMode};
use postbag::outbox::{DrainReport, Outbox, OutboxOptions, INTERRUPTED};
use postbag::reply::compose;
use postbag::store::{MessageKey, NewOutgoing, OutboxKind, OutboxState, Store};
use support::smtp::{free_port, SmtpOptions, SmtpServer};

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Retries at once: the tests drive time by calling `drain_once`.
fn quick(smtp: Option<&Smtp>) -> OutboxOptions {
    OutboxOptions {
        first_retry: Duration::ZERO,
        max_retry: Duration::ZERO,
        ..OutboxOptions::from_config(smtp)
    }
}

fn outgoing(kind: OutboxKind, n: usize, to: &str) -> NewOutgoing {
    let from = "Sam Okafor <secretary@riverside.example.org>"
        .parse()
        .unwrap();
    let c = compose::notice(
        &from,
        &[to.to_string()],
        &format!("Test message {n}"),
        &format!("Message number {n}.\n"),
    )
    .unwrap();
    NewOutgoing {
        kind,
        from: c.from,
        to: c.to,
        subject: c.subject,
        message_id: c.message_id,
        raw: c.raw,
        related: Some(MessageKey::new("INBOX", 1, n as u32)),
    }
}

fn open_outbox(store: &Store, smtp: &Smtp) -> Outbox {
    let (outbox, settled) = Outbox::open(store.clone(), Some(smtp.clone())).unwrap();
    assert!(settled.is_empty(), "{settled:?}");
    outbox.with_options(quick(Some(smtp)))
}

fn state(store: &Store, id: u64) -> OutboxState {
    store.outbox_item(id).unwrap().unwrap().state
}

#[tokio::test]
async fn queued_mail_is_delivered_once_and_recorded_as_sent() {
    let server = SmtpServer::start(SmtpOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let ids: Vec<u64> = (0..3)
        .map(|n| {
            store
                .enqueue(
                    &outgoing(OutboxKind::Ack, n, &format!("member{n}@example.com")),
                    now(),
                )
                .unwrap()
        })
        .collect();
    let outbox = open_outbox(&store, &server.config());
    let report = outbox.drain_once().await.unwrap();
    assert_eq!(
        report,
        DrainReport {
            sent: 3,
            ..Default::default()
        }
    );
    assert_eq!(outbox.drain_once().await.unwrap(), DrainReport::default());
    let got = server.wait_for(3, Duration::from_secs(5));
    assert_eq!(got.len(), 3);
    for (n, (m, id)) in got.iter().zip(&ids).enumerate() {
        assert_eq!(m.mail_from, "secretary@riverside.example.org");
        assert_eq!(m.rcpt_to, vec![format!("member{n}@example.com")]);
        let item = store.outbox_item(*id).unwrap().unwrap();
        assert_eq!(item.state, OutboxState::Sent);
        assert_eq!(item.attempts, 1);
        assert!(item.sent.is_some());
        let stored = store.outbox_raw(*id).unwrap().unwrap();
        assert_eq!(m.raw.trim_ascii_end(), stored.trim_ascii_end());
    }
    // Copies for the Sent folder: the daemon appends them and marks them filed.
    assert_eq!(store.outbox_unfiled().unwrap().len(), 3);
    assert!(store.outbox_mark_filed(ids[0], now()).unwrap());
    assert_eq!(store.outbox_unfiled().unwrap().len(), 2);
    let sent_audit = store
        .audit_iter()
        .filter(|e| e.as_ref().unwrap().1.action == postbag::store::AuditAction::Sent)
        .count();
    assert_eq!(sent_audit, 3);
}

#[tokio::test]
async fn a_server_that_is_down_gets_everything_once_when_it_is_back() {
    let mut server = SmtpServer::start(SmtpOptions::default());
    server.stop();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let outbox = open_outbox(&store, &server.config());
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(
            store
                .enqueue(&outgoing(OutboxKind::Ack, n, "member@example.com"), now())
                .unwrap(),
        );
    }
    ids.push(
        store
            .enqueue(
                &outgoing(OutboxKind::Digest, 9, "secretary@riverside.example.org"),
                now(),
            )
            .unwrap(),
    );
    for round in 0..3 {
        let r = outbox.drain_once().await.unwrap();
        assert_eq!(r.sent, 0, "round {round}");
        assert_eq!(r.retried, 6, "round {round}");
    }
    let first = store.outbox_item(ids[0]).unwrap().unwrap();
    assert_eq!(first.state, OutboxState::Queued);
    assert_eq!(
        first.attempts, 3,
        "one attempt per round for the first item"
    );
    let err = first.last_error.unwrap();
    assert!(err.contains(&format!("127.0.0.1:{}", server.port)), "{err}");
    assert!(err.to_lowercase().contains("connection refused"), "{err}");
    let rest = store.outbox_item(ids[3]).unwrap().unwrap();
    assert_eq!(
        rest.attempts, 0,
        "the others are not tried while the server is unreachable"
    );
    assert!(rest.last_error.unwrap().starts_with("not tried: "));

    server.restart();
    let r = outbox.drain_once().await.unwrap();
    assert_eq!(r.sent, 6);
    assert_eq!(outbox.drain_once().await.unwrap().sent, 0);
    std::thread::sleep(Duration::from_millis(200));
    let got = server.received();
    assert_eq!(got.len(), 6, "every queued message exactly once");
    let mut message_ids: Vec<String> = got
        .iter()
        .map(|m| postbag::mail::parse(&m.raw).unwrap().message_id.unwrap())
        .collect();
    message_ids.sort();
    message_ids.dedup();
    assert_eq!(message_ids.len(), 6);
    for id in ids {
        assert_eq!(state(&store, id), OutboxState::Sent);
    }
}

#[tokio::test]
async fn starttls_with_login_and_implicit_tls_with_xoauth2() {
    let login = Some((
        "secretary@riverside.example.org".to_string(),
        "s3cret".to_string(),
    ));
    let starttls = SmtpServer::start(SmtpOptions {
        tls: Some(TlsMode::Starttls),
        login: login.clone(),
        ..Default::default()
    });
    let implicit = SmtpServer::start(SmtpOptions {
        tls: Some(TlsMode::Implicit),
        login: login.clone(),
        token: Some("ya29.token".into()),
        ..Default::default()
    });
    for server in [&starttls, &implicit] {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let id = store
            .enqueue(
                &outgoing(OutboxKind::Alert, 1, "chair@riverside.example.org"),
                now(),
            )
            .unwrap();
        let outbox = open_outbox(&store, &server.config());
        let r = outbox.drain_once().await.unwrap();
        let item = store.outbox_item(id).unwrap().unwrap();
        assert_eq!(r.sent, 1, "{:?}: {:?}", server.options.tls, item.last_error);
        assert_eq!(server.wait_for(1, Duration::from_secs(5)).len(), 1);
    }

    // A wrong password: nothing is lost, the item waits, the error says what to fix.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = store
        .enqueue(&outgoing(OutboxKind::Ack, 2, "member@example.com"), now())
        .unwrap();
    let mut config = starttls.config();
    config.password_command = Some("echo wrong".into());
    let outbox = open_outbox(&store, &config);
    let r = outbox.drain_once().await.unwrap();
    assert_eq!((r.sent, r.retried), (0, 1));
    let item = store.outbox_item(id).unwrap().unwrap();
    assert_eq!(item.state, OutboxState::Queued);
    let err = item.last_error.unwrap();
    assert!(err.contains("login refused"), "{err}");

    // A server whose certificate we have no CA for is refused, with a reason.
    let mut config = implicit.config();
    config.ca_file = None;
    let outbox = open_outbox(&store, &config);
    outbox.drain_once().await.unwrap();
    let err = store.outbox_item(id).unwrap().unwrap().last_error.unwrap();
    assert!(
        err.to_lowercase().contains("certificate") || err.contains("UnknownIssuer"),
        "{err}"
    );
    assert_eq!(implicit.received().len(), 1, "nothing more arrived");
}

#[tokio::test]
async fn a_permanent_refusal_fails_only_that_message() {
    let server = SmtpServer::start(SmtpOptions {
        reject: vec!["gone@example.com".into()],
        ..Default::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let bad = store
        .enqueue(&outgoing(OutboxKind::Ack, 1, "gone@example.com"), now())
        .unwrap();
    let good = store
        .enqueue(&outgoing(OutboxKind::Ack, 2, "here@example.com"), now())
        .unwrap();
    let outbox = open_outbox(&store, &server.config());
    let r = outbox.drain_once().await.unwrap();
    assert_eq!((r.sent, r.failed), (1, 1));
    let item = store.outbox_item(bad).unwrap().unwrap();
    assert_eq!(item.state, OutboxState::Failed);
    assert!(item.last_error.unwrap().contains("550"));
    assert_eq!(state(&store, good), OutboxState::Sent);
    // Failed is final: later passes leave it alone.
    assert_eq!(outbox.drain_once().await.unwrap(), DrainReport::default());
}

#[tokio::test]
async fn unreachable_or_missing_smtp_gives_clear_messages_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = store
        .enqueue(&outgoing(OutboxKind::Ack, 1, "member@example.com"), now())
        .unwrap();

    let (outbox, _) = Outbox::open(store.clone(), None).unwrap();
    let err = outbox
        .with_options(quick(None))
        .drain_once()
        .await
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "cannot set up SMTP: there is no [smtp] section in the config; queued mail waits"
    );

    let server = SmtpServer::start(SmtpOptions {
        tls: Some(TlsMode::Starttls),
        ..Default::default()
    });
    let mut config = server.config();
    config.ca_file = Some(dir.path().join("no-such-ca.pem"));
    let (outbox, _) = Outbox::open(store.clone(), Some(config)).unwrap();
    let err = outbox
        .with_options(quick(None))
        .drain_once()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("cannot set up SMTP: [smtp] ca_file"),
        "{err}"
    );
    assert!(err.contains("no-such-ca.pem"), "{err}");

    let mut config = server.config();
    config.port = free_port();
    config.tls = TlsMode::None;
    let outbox = open_outbox(&store, &config);
    let started = Instant::now();
    let r = outbox.drain_once().await.unwrap();
    assert_eq!(r.retried, 1);
    assert!(started.elapsed() < Duration::from_secs(5));
    let item = store.outbox_item(id).unwrap().unwrap();
    assert_eq!(item.state, OutboxState::Queued);
    let err = item.last_error.unwrap();
    assert!(
        err.starts_with(&format!("SMTP server 127.0.0.1:{}: ", config.port)),
        "{err}"
    );
    assert!(err.contains("(attempt "), "{err}");
}

/// Child mode of this test binary: open the store and drain; the parent kills it mid-DATA.
#[tokio::test]
async fn child_drains_the_outbox() {
    let (Ok(dir), Ok(port)) = (
        std::env::var("POSTBAG_CHILD_STORE"),
        std::env::var("POSTBAG_CHILD_PORT"),
    ) else {
        return;
    };
    let store = Store::open(std::path::Path::new(&dir)).unwrap();
    let mut smtp = SmtpServer::config_for_port(port.parse().unwrap());
    smtp.timeout_seconds = 60;
    let (outbox, _) = Outbox::open(store, Some(smtp)).unwrap();
    outbox.drain_once().await.unwrap();
    panic!("the parent should have killed this process during DATA");
}

#[tokio::test]
async fn killed_mid_send_an_acknowledgement_is_not_sent_twice() {
    let server = SmtpServer::start(SmtpOptions {
        data_delay: 3.0,
        ..Default::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let (ack, digest) = {
        let store = Store::open(dir.path()).unwrap();
        let ack = store
            .enqueue(&outgoing(OutboxKind::Ack, 1, "member@example.com"), now())
            .unwrap();
        let digest = store
            .enqueue(
                &outgoing(OutboxKind::Digest, 2, "secretary@riverside.example.org"),
                now(),
            )
            .unwrap();
        store.flush_blocking().unwrap();
        (ack, digest)
    };
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_drains_the_outbox", "--nocapture"])
        .env("POSTBAG_CHILD_STORE", dir.path())
        .env("POSTBAG_CHILD_PORT", server.port.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !server.data_started() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the child never reached DATA"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the child exited early"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    // The server got the whole message before the kill: it delivers it, once.
    assert_eq!(server.wait_for(1, Duration::from_secs(10)).len(), 1);

    let store = Store::open(dir.path()).unwrap();
    assert_eq!(
        state(&store, ack),
        OutboxState::Sending,
        "flushed before SMTP was spoken"
    );
    let (outbox, settled) = Outbox::open(store.clone(), Some(server.config())).unwrap();
    assert_eq!(settled.len(), 1);
    let item = store.outbox_item(ack).unwrap().unwrap();
    assert_eq!(
        item.state,
        OutboxState::Uncertain,
        "it may have gone (it did): uncertain, not failed"
    );
    assert_eq!(item.last_error.as_deref(), Some(INTERRUPTED));
    // The digest had not been taken yet; it goes now. The acknowledgement does not.
    let r = outbox.with_options(quick(None)).drain_once().await.unwrap();
    assert_eq!(r.sent, 1);
    assert_eq!(state(&store, digest), OutboxState::Sent);
    let got = server.wait_for(2, Duration::from_secs(10));
    let to_member = got
        .iter()
        .filter(|m| m.rcpt_to == ["member@example.com"])
        .count();
    assert_eq!(to_member, 1, "exactly one acknowledgement arrived");
    assert_eq!(got.len(), 2);
}

#[tokio::test]
async fn an_interrupted_digest_or_alert_is_sent_again_to_the_officers() {
    let server = SmtpServer::start(SmtpOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let (alert, digest) = {
        let store = Store::open(dir.path()).unwrap();
        let alert = store
            .enqueue(
                &outgoing(OutboxKind::Alert, 1, "chair@riverside.example.org"),
                now(),
            )
            .unwrap();
        let digest = store
            .enqueue(
                &outgoing(OutboxKind::Digest, 2, "secretary@riverside.example.org"),
                now(),
            )
            .unwrap();
        for id in [alert, digest] {
            store
                .outbox_update(id, OutboxState::Queued, now(), |i| {
                    i.state = OutboxState::Sending;
                    i.attempts += 1;
                })
                .unwrap()
                .unwrap();
        }
        store.flush_blocking().unwrap();
        (alert, digest)
    };
    let store = Store::open(dir.path()).unwrap();
    let (outbox, settled) = Outbox::open(store.clone(), Some(server.config())).unwrap();
    assert_eq!(settled.len(), 2);
    // A second alert costs the officers a glance; a lost one can cost far more.
    assert_eq!(state(&store, alert), OutboxState::Queued);
    assert_eq!(state(&store, digest), OutboxState::Queued);
    assert_eq!(outbox.drain_once().await.unwrap().sent, 2);
    let mut got: Vec<String> = server
        .wait_for(2, Duration::from_secs(5))
        .iter()
        .map(|r| r.rcpt_to.join(","))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            "chair@riverside.example.org",
            "secretary@riverside.example.org"
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_sends_what_is_queued_while_running_and_stops_on_shutdown() {
    let server = SmtpServer::start(SmtpOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let outbox = open_outbox(&store, &server.config());
    let wake = outbox.waker();
    let shutdown = tokio_util::sync::CancellationToken::new();
    let task = tokio::spawn(outbox.run(shutdown.clone()));
    store
        .enqueue(&outgoing(OutboxKind::Ack, 1, "member@example.com"), now())
        .unwrap();
    wake.notify_one();
    let got = tokio::task::spawn_blocking({
        let dir = server.mail_dir();
        move || {
            let start = Instant::now();
            while std::fs::read_dir(&dir).unwrap().count() == 0
                && start.elapsed() < Duration::from_secs(10)
            {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    });
    got.await.unwrap();
    assert_eq!(server.received().len(), 1);
    shutdown.cancel();
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn the_outbox_command_lists_every_item_with_its_state_and_error() {
    let server = SmtpServer::start(SmtpOptions {
        reject: vec!["gone@example.com".into()],
        ..Default::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = Store::open(&data).unwrap();
        store
            .enqueue(&outgoing(OutboxKind::Ack, 1, "gone@example.com"), now())
            .unwrap();
        store
            .enqueue(
                &outgoing(OutboxKind::Alert, 2, "chair@riverside.example.org"),
                now(),
            )
            .unwrap();
        let outbox = open_outbox(&store, &server.config());
        outbox.drain_once().await.unwrap();
        store
            .enqueue(
                &outgoing(OutboxKind::Digest, 3, "secretary@riverside.example.org"),
                now(),
            )
            .unwrap();
        store.flush_blocking().unwrap();
    }
    let config = dir.path().join("postbag.toml");
    std::fs::write(&config, "data_dir = \"data\"\n").unwrap();
    let run = |json: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_postbag"));
        cmd.arg("--config").arg(&config).arg("outbox");
        if json {
            cmd.arg("--json");
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (table, summary) = run(false);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 4, "{table}");
    assert!(
        lines[0].starts_with("   ID KIND   STATE   TRIES TO"),
        "{table}"
    );
    assert!(
        lines[1].contains(" ack    failed      1 gone@example.com"),
        "{table}"
    );
    assert!(lines[1].contains("550"), "{table}");
    assert!(
        lines[2].contains(" alert  sent        1 chair@riverside.example.org"),
        "{table}"
    );
    assert!(lines[3].contains(" digest queued      0 "), "{table}");
    assert_eq!(
        summary.trim(),
        "3 items: 1 queued, 0 sending, 1 sent, 1 failed, 0 uncertain"
    );
    let (json, _) = run(true);
    let items: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["kind"], "ack");
    assert_eq!(items[0]["state"], "failed");
    assert_eq!(items[0]["to"][0], "gone@example.com");
    assert_eq!(items[0]["related"], "INBOX/1/1");
    assert!(items[0]["last_error"].as_str().unwrap().contains("550"));
    assert_eq!(items[1]["state"], "sent");
    assert_eq!(items[2]["kind"], "digest");
}
