//! The IMAP client against a real Dovecot (one private instance per test): login over every
//! TLS mode, clear failures, chunked fetching with exact bytes, keywords, IDLE, UIDVALIDITY.

mod support;

use std::time::{Duration, Instant};

use postbag::source::imap::{
    find_special_use, is_fatal, IdleEvent, ImapSession, SpecialUse, TlsMode, Transfer,
};
use postbag::Error;
use support::dovecot::Dovecot;
use support::messages::message;

async fn login(server: &Dovecot, tls: TlsMode) -> ImapSession {
    server
        .endpoint(tls)
        .connect(&server.auth())
        .await
        .unwrap_or_else(|e| panic!("login over {tls:?}: {e}\n{}", server.log()))
}

#[tokio::test]
async fn login_over_plain_loopback_and_read_capabilities() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    let caps = session.capabilities().clone();
    assert!(caps.idle && caps.condstore && caps.move_command && caps.special_use && caps.uidplus);

    let state = session.select("INBOX").await.unwrap();
    assert_eq!(state.uid_validity, server.uidvalidity("INBOX"));
    assert_eq!(state.exists, 0);
    assert!(
        state.highest_modseq.is_some(),
        "CONDSTORE select gives HIGHESTMODSEQ"
    );
    session.logout().await.unwrap();
}

#[tokio::test]
async fn login_over_implicit_tls_with_ca_file() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::Implicit).await;
    session.select("INBOX").await.unwrap();
    session.logout().await.unwrap();
}

#[tokio::test]
async fn login_over_starttls_with_ca_file() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::Starttls).await;
    // Before STARTTLS Dovecot advertises LOGINDISABLED-free caps with STARTTLS; after it,
    // the post-login list must not offer STARTTLS again.
    assert!(!session.capabilities().names.contains("STARTTLS"));
    session.select("INBOX").await.unwrap();
    session.logout().await.unwrap();
}

#[tokio::test]
async fn tls_without_ca_file_fails_with_unknown_issuer() {
    let server = Dovecot::start();
    for tls in [TlsMode::Implicit, TlsMode::Starttls] {
        let mut endpoint = server.endpoint(tls);
        endpoint.ca_file = None;
        let err = endpoint
            .connect(&server.auth())
            .await
            .expect_err("must fail");
        let text = err.to_string();
        assert!(matches!(err, Error::ImapTls { .. }), "{tls:?}: {text}");
        assert!(
            text.contains("UnknownIssuer") && text.contains("ca_file"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn bad_ca_file_is_reported_before_connecting() {
    let server = Dovecot::start();
    let mut endpoint = server.endpoint(TlsMode::Implicit);
    endpoint.ca_file = Some(server.config_path().to_path_buf());
    let err = endpoint.connect(&server.auth()).await.unwrap_err();
    assert!(matches!(err, Error::ImapCaFile { .. }), "{err}");
}

#[tokio::test]
async fn wrong_password_fails_clearly() {
    let server = Dovecot::start();
    let auth = postbag::source::imap::Auth::Login {
        user: server.user.clone(),
        password: "not-the-password".into(),
    };
    let err = server
        .endpoint(TlsMode::Implicit)
        .connect(&auth)
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::ImapLogin { .. }), "{text}");
    assert!(
        text.contains(&server.user) && text.contains("Authentication failed"),
        "{text}"
    );
    assert!(!text.contains("not-the-password"));
    assert!(is_fatal(&err), "a refused login is not retried");
}

#[tokio::test]
async fn list_finds_special_use_folders() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    let mailboxes = session.list().await.unwrap();
    let drafts = find_special_use(&mailboxes, SpecialUse::Drafts).expect("\\Drafts");
    assert_eq!(drafts.name, "Drafts");
    assert_eq!(
        find_special_use(&mailboxes, SpecialUse::Sent).unwrap().name,
        "Sent"
    );
    assert!(mailboxes.iter().any(|m| m.name == "INBOX" && m.selectable));
}

#[tokio::test]
async fn fetch_new_in_chunks_returns_exact_bytes_and_leaves_seen_unset() {
    let server = Dovecot::start();
    let originals: Vec<Vec<u8>> = (1..=300)
        .map(|n| {
            message(
                n,
                if n % 50 == 0 {
                    40_000
                } else {
                    300 + n as usize * 7
                },
            )
        })
        .collect();
    server.append("INBOX", &originals);

    let mut session = login(&server, TlsMode::Implicit).await;
    session.select("INBOX").await.unwrap();
    let started = Instant::now();
    let fetched = session.fetch_new(0, 100).await.unwrap();
    eprintln!("fetched 300 messages in {:?}", started.elapsed());
    assert!(fetched.missing.is_empty(), "missing {:?}", fetched.missing);
    assert_eq!(fetched.messages.len(), 300);
    for (message, original) in fetched.messages.iter().zip(&originals) {
        assert_eq!(&message.raw, original, "uid {}", message.uid);
        assert!(!message.flags.iter().any(|f| f == "\\Seen"));
    }
    let uids: Vec<u32> = fetched.messages.iter().map(|m| m.uid).collect();
    assert_eq!(uids, (1..=300).collect::<Vec<_>>());

    let flags = server.flags("INBOX");
    assert_eq!(flags.len(), 300);
    assert!(
        flags.values().all(|f| !f.iter().any(|f| f == "\\Seen")),
        "{flags:?}"
    );
}

#[tokio::test]
async fn fetch_after_the_last_uid_returns_nothing() {
    let server = Dovecot::start();
    server.append(
        "INBOX",
        &[message(1, 100), message(2, 100), message(3, 100)],
    );
    let mut session = login(&server, TlsMode::None).await;
    session.select("INBOX").await.unwrap();
    // UID SEARCH UID 4:* matches message 3 (RFC 3501 6.4.8); it must be filtered out.
    assert_eq!(session.new_uids(3).await.unwrap(), Vec::<u32>::new());
    assert_eq!(session.new_uids(10).await.unwrap(), Vec::<u32>::new());
    assert_eq!(session.new_uids(2).await.unwrap(), vec![3]);
    let fetched = session.fetch_new(3, 100).await.unwrap();
    assert!(fetched.messages.is_empty() && fetched.missing.is_empty());
    assert!(session
        .fetch_new(u32::MAX, 100)
        .await
        .unwrap()
        .messages
        .is_empty());
}

#[tokio::test]
async fn keywords_and_flags_are_stored_on_uid_sets() {
    let server = Dovecot::start();
    let batch: Vec<Vec<u8>> = (1..=12).map(|n| message(n, 200)).collect();
    server.append("INBOX", &batch);
    let mut session = login(&server, TlsMode::None).await;
    session.select("INBOX").await.unwrap();

    let complaints = [1, 2, 3, 4, 5, 7, 9, 10, 11, 12];
    session
        .store_keywords(&complaints, "postbag-complaint")
        .await
        .unwrap();
    session.add_flags(&[7], &["\\Flagged"]).await.unwrap();
    let categories = [
        "safety",
        "urgent",
        "complaint",
        "query",
        "procedural",
        "data-protection",
        "bulk",
        "other",
    ];
    for category in categories {
        session
            .store_keywords(&[8], &format!("postbag-{category}"))
            .await
            .unwrap();
    }

    let on_server = server.flags("INBOX");
    for uid in 1..=12u32 {
        let has = on_server[&uid].iter().any(|f| f == "postbag-complaint");
        assert_eq!(
            has,
            complaints.contains(&uid) || uid == 8,
            "uid {uid}: {on_server:?}"
        );
    }
    assert!(on_server[&7].iter().any(|f| f == "\\Flagged"));
    assert_eq!(on_server[&8].len(), categories.len(), "{:?}", on_server[&8]);

    let seen_by_client = session.fetch_flags(&[6, 7]).await.unwrap();
    assert!(!seen_by_client[&6].iter().any(|f| f.starts_with("postbag-")));
    assert!(seen_by_client[&7].contains(&"postbag-complaint".to_string()));

    let err = session.store_keywords(&[1], "two words").await.unwrap_err();
    assert!(matches!(err, Error::ImapArgument { .. }), "{err}");
}

#[tokio::test]
async fn idle_reports_new_mail_from_another_connection_within_two_seconds() {
    let server = Dovecot::start();
    let mut watcher = login(&server, TlsMode::None).await;
    watcher.select("INBOX").await.unwrap();
    let mut writer = login(&server, TlsMode::None).await;

    let appended = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        writer.append("INBOX", &[], &message(1, 200)).await.unwrap();
        Instant::now()
    });
    let event = watcher.idle_wait(Duration::from_secs(30)).await.unwrap();
    let woke = Instant::now();
    let appended_at = appended.await.unwrap();
    assert_eq!(event, IdleEvent::NewMail);
    eprintln!(
        "IDLE woke {:?} after the APPEND",
        woke.duration_since(appended_at)
    );
    assert!(woke.duration_since(appended_at) < Duration::from_secs(2));
    // The session is usable after DONE.
    assert_eq!(watcher.new_uids(0).await.unwrap(), vec![1]);
}

#[tokio::test]
async fn idle_times_out_quietly_and_the_session_stays_usable() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    session.select("INBOX").await.unwrap();
    let started = Instant::now();
    let event = session.idle_wait(Duration::from_millis(400)).await.unwrap();
    assert_eq!(event, IdleEvent::Timeout);
    assert!(started.elapsed() < Duration::from_secs(3));
    session.noop().await.unwrap();
    assert!(!session.is_broken());
}

#[tokio::test]
async fn append_draft_search_by_message_id_copy_and_move() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    let draft = message(42, 300);
    session
        .append("Drafts", &["\\Draft", "\\Seen"], &draft)
        .await
        .unwrap();
    session.select("Drafts").await.unwrap();
    let found = session
        .search_message_id("<42.postbag-test@riverside.example.org>")
        .await
        .unwrap();
    assert_eq!(found, vec![1]);
    assert!(session
        .search_message_id("<nope@x>")
        .await
        .unwrap()
        .is_empty());
    let flags = server.flags("Drafts");
    assert!(flags[&1].contains(&"\\Draft".to_string()));

    server.append("INBOX", &[message(1, 100), message(2, 100)]);
    session.select("INBOX").await.unwrap();
    session.copy_to(&[1], "Junk").await.unwrap();
    assert_eq!(
        session.move_to(&[2], "Trash").await.unwrap(),
        Transfer::Moved
    );
    assert_eq!(server.uids("INBOX"), vec![1]);
    assert_eq!(server.uids("Junk"), vec![1]);
    assert_eq!(server.uids("Trash"), vec![1]);
    assert!(
        session.take_changes().expunged >= 1,
        "MOVE's EXPUNGE is noted"
    );
}

#[tokio::test]
async fn a_refused_command_does_not_break_the_session() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    let err = session.select("No Such Folder").await.unwrap_err();
    assert!(matches!(err, Error::ImapSelect { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("cannot select mailbox No Such Folder"),
        "{err}"
    );
    assert!(!session.is_broken());
    let err = session.fetch_new(0, 10).await.unwrap_err();
    assert!(matches!(err, Error::ImapNoMailbox { .. }), "{err}");
    session.select("INBOX").await.unwrap();
}

#[tokio::test]
async fn append_survives_unsolicited_news_and_reports_a_missing_folder() {
    let server = Dovecot::start();
    let mut session = login(&server, TlsMode::None).await;
    session.select("INBOX").await.unwrap();
    // New mail arrives while INBOX is selected. A server may report EXISTS before it asks for
    // the APPEND literal (Dovecot sends it with the completion); either way it is only noted.
    server.append("INBOX", &[message(1, 100)]);
    let appended = session
        .append("Drafts", &["\\Draft"], &message(2, 100))
        .await;
    assert!(appended.unwrap().is_some());
    eprintln!("changes seen around APPEND: {:?}", session.take_changes());

    let err = session
        .append("No Such Folder", &[], &message(3, 100))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::ImapAppend { .. }), "{err}");
    assert!(err.to_string().contains("TryCreate"), "{err}");
    assert!(!session.is_broken());
    assert_eq!(session.new_uids(0).await.unwrap(), vec![1]);
}

#[tokio::test]
async fn uidvalidity_change_is_visible_on_select() {
    let server = Dovecot::start();
    server.append("INBOX", &[message(1, 100)]);
    let mut session = login(&server, TlsMode::None).await;
    let before = session.select("INBOX").await.unwrap().uid_validity;
    session.logout().await.unwrap();

    server.set_uidvalidity("INBOX", before + 1000);
    let mut session = login(&server, TlsMode::None).await;
    let after = session.select("INBOX").await.unwrap();
    assert_eq!(after.uid_validity, before + 1000);
    let rematched = session
        .search_message_id("<1.postbag-test@riverside.example.org>")
        .await
        .unwrap();
    assert_eq!(rematched.len(), 1);

    let old = server.uidvalidity("Junk");
    server.recreate_mailbox("Junk");
    assert_ne!(server.uidvalidity("Junk"), old);
}
