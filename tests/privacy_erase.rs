//! Erasure that reaches the disk: after `postbag forget ADDRESS` (and after `postbag
//! purge` for an expired category) a byte search of every file under the data directory
//! finds neither the address nor a phrase of the erased messages, while everyone else's
//! records, threads and counts are as they were. Runs the real binary on a store filled
//! through `intake` with the default rules.

use postbag::intake::{self, Intake};
use postbag::store::{AuditAction, MessageKey, MessageRecord, Store};
use postbag::{members, rules};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

struct Fixture {
    _dir: tempfile::TempDir,
    config: PathBuf,
    data: PathBuf,
    rules: rules::RuleSet,
}

impl Fixture {
    fn new(extra_config: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("postbag.toml");
        let base = std::fs::read_to_string(
            Path::new(MANIFEST).join("tests/fixtures/privacy/postbag.toml"),
        )
        .unwrap();
        std::fs::write(
            &config,
            format!(
                "data_dir = \"data\"\nrules_dir = \"{MANIFEST}/rules\"\n{base}\n{extra_config}"
            ),
        )
        .unwrap();
        let rules = rules::load_dir(&Path::new(MANIFEST).join("rules"))
            .unwrap()
            .ruleset
            .unwrap()
            // Erasure is under test, not triage: the rules alone.
            .without_learned();
        Fixture {
            data: dir.path().join("data"),
            _dir: dir,
            config,
            rules,
        }
    }

    fn postbag(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_postbag"))
            .env_remove("POSTBAG_CONFIG")
            .arg("--config")
            .arg(&self.config)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn take(&self, store: &Store, key: MessageKey, raw: &[u8], arrived: i64) -> MessageRecord {
        match intake::intake(store, &self.rules, &key, raw, arrived).unwrap() {
            Intake::Triaged { record, .. } => *record,
            Intake::Quarantined { reason } => panic!("quarantined: {reason}"),
        }
    }
}

/// A message; `body` may start with more header lines, ended by a blank line.
fn mail(
    from: &str,
    to: &str,
    subject: &str,
    id: &str,
    reply_to: Option<&str>,
    body: &str,
) -> Vec<u8> {
    let refs = reply_to
        .map(|r| format!("In-Reply-To: <{r}>\r\nReferences: <{r}>\r\n"))
        .unwrap_or_default();
    let (extra, body) = body
        .split_once("\r\n\r\n")
        .map_or(("", body), |(h, b)| (h, b));
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!("{extra}\r\n")
    };
    format!("From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n{refs}{extra}\r\n{body}\r\n")
        .into_bytes()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Every file under `dir` whose bytes contain `needle` (compared lowercased).
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let needle = needle.to_lowercase().into_bytes();
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap().to_ascii_lowercase();
                if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
                    found.push(p);
                }
            }
        }
    }
    found
}

/// The data directory is 0700 and nothing in it is readable by group or others.
fn assert_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            assert_eq!(mode(&p) & 0o077, 0, "{}", p.display());
            if p.is_dir() {
                stack.push(p);
            }
        }
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const SECRETARY: &str = "Sam Okafor <secretary@riverside.example.org>";
const JO: &str = "Jo Bloggs <Jo.Bloggs@googlemail.com>";
const JO_PHRASE: &str = "purple giraffe allotment";
const ANN: &str = "Ann Member <ann@riverside.example.net>";

/// Everyone's records except Jo's, and the thread of each, for before/after comparison.
fn others(store: &Store) -> Vec<(MessageRecord, Vec<MessageKey>)> {
    store
        .iter_messages()
        .map(|r| r.unwrap())
        .filter(|r| {
            !r.from
                .as_ref()
                .unwrap()
                .email
                .to_lowercase()
                .contains("bloggs")
        })
        .filter(|r| r.key.mailbox != "Sent")
        .map(|r| {
            let keys = store.thread(r.thread_id).unwrap().unwrap().message_keys;
            let keys = keys
                .into_iter()
                .filter(|k| k.mailbox == "INBOX" && k.uid >= 10)
                .collect();
            (r, keys)
        })
        .collect()
}

#[test]
fn forget_erases_a_person_from_every_file_and_leaves_everyone_else() {
    let fx = Fixture::new("");
    let store = Store::open(&fx.data).unwrap();
    members::import(
        &store,
        &Path::new(MANIFEST).join("tests/fixtures/privacy/members.csv"),
        &postbag::config::Config::load(&fx.config).unwrap().members,
    )
    .unwrap();
    let t = now() - 3_600;
    let inbox = |uid| MessageKey::new("INBOX", 1, uid);
    // Jo: a thread of two messages and the secretary's reply to Jo alone (Sent folder).
    fx.take(
        &store,
        inbox(1),
        &mail(
            JO,
            SECRETARY,
            "Allotment motion",
            "jo1@mail.gmail.com",
            None,
            &format!(
                "Dear Sam, about the {JO_PHRASE}: I propose a motion for the November meeting."
            ),
        ),
        t,
    );
    fx.take(
        &store,
        MessageKey::new("Sent", 1, 1),
        &mail(
            SECRETARY,
            "jo.bloggs@gmail.com",
            "Re: Allotment motion",
            "sec1@riverside.example.org",
            Some("jo1@mail.gmail.com"),
            "Thanks Jo, it is on the agenda.",
        ),
        t,
    );
    fx.take(
        &store,
        inbox(2),
        &mail(
            "Jo Bloggs <jo.bloggs+labour@gmail.com>",
            SECRETARY,
            "Re: Allotment motion",
            "jo2@mail.gmail.com",
            Some("sec1@riverside.example.org"),
            "Thank you! The purple giraffe allotment again.",
        ),
        t,
    );
    // Everyone else: Ann's thread (her second message mentions Jo by name), a newsletter,
    // a threat from a stranger kept as evidence.
    fx.take(
        &store,
        inbox(10),
        &mail(
            ANN,
            SECRETARY,
            "Canvassing on Saturday",
            "ann1@x",
            None,
            "Can I join the canvassing team on Saturday?",
        ),
        t,
    );
    fx.take(
        &store,
        inbox(11),
        &mail(
            ANN,
            SECRETARY,
            "Re: Canvassing on Saturday",
            "ann2@x",
            Some("ann1@x"),
            "Jo Bloggs said she would bring the leaflets.",
        ),
        t,
    );
    fx.take(
        &store,
        inbox(12),
        &mail(
            "News <news@elsewhere.example.com>",
            SECRETARY,
            "Weekly news",
            "n1@x",
            None,
            "List-Id: <news.elsewhere.example.com>\r\n\r\nNews of the week.",
        ),
        t,
    );
    let threat = fx.take(
        &store,
        inbox(13),
        &mail(
            "X <x@anon.example.com>",
            SECRETARY,
            "You",
            "t1@x",
            None,
            "I know where you live and I will hurt you.",
        ),
        t,
    );
    assert_eq!(threat.category, "safety");
    // What a later part of postbag keeps: an audit line naming Jo.
    store
        .audit(
            AuditAction::DraftSaved,
            Some(&inbox(1)),
            "draft to jo.bloggs@gmail.com",
        )
        .unwrap();
    store.flush_blocking().unwrap();

    let before = others(&store);
    let counts_before = store.counts().unwrap();
    let correspondents_before: Vec<_> = store
        .correspondents()
        .unwrap()
        .into_iter()
        .filter(|c| !c.email.contains("bloggs"))
        // Our own row counted only our reply to Jo, which is Jo's correspondence.
        .filter(|c| !c.email.starts_with("secretary@"))
        .collect();
    let jo_thread = store.get(&inbox(1)).unwrap().unwrap().thread_id;
    assert_eq!(
        store.thread(jo_thread).unwrap().unwrap().message_keys.len(),
        3
    );
    drop(store);
    for needle in ["bloggs@", JO_PHRASE] {
        assert!(
            !files_containing(&fx.data, needle).is_empty(),
            "{needle} is on disk before"
        );
    }

    // Without --yes and without a terminal: refused, nothing changed.
    let out = fx.postbag(&["forget", "JO.BLOGGS+x@gmail.com"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("refusing to erase without --yes"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("message INBOX/1/1"), "{}", text(&out));

    let out = fx.postbag(&["forget", "JO.BLOGGS+x@gmail.com", "--yes"]);
    let shown = text(&out);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("erased 3 messages"), "{shown}");
    assert!(shown.contains("the member row"), "{shown}");
    // Ann's message that names Jo is reported, not changed.
    assert!(shown.contains("message INBOX/1/11"), "{shown}");
    assert!(shown.contains("in snippet"), "{shown}");

    for needle in [
        "bloggs@",
        "jobloggs@gmail.com",
        JO_PHRASE,
        "jo1@mail.gmail.com",
    ] {
        assert_eq!(
            files_containing(&fx.data, needle),
            Vec::<PathBuf>::new(),
            "{needle}"
        );
    }

    assert_private(&fx.data);
    let store = Store::open(&fx.data).unwrap();
    assert_eq!(others(&store), before);
    let counts = store.counts().unwrap();
    assert_eq!(counts.messages, counts_before.messages - 3);
    let correspondents: Vec<_> = store.correspondents().unwrap();
    assert_eq!(correspondents, correspondents_before);
    assert!(store.thread(jo_thread).unwrap().is_none());
    assert!(store
        .iter_messages()
        .all(|r| r.unwrap().message_id.as_deref() != Some("jo1@mail.gmail.com")));
    assert!(store.thread_of("jo2@mail.gmail.com").unwrap().is_none());
    assert_eq!(store.verify_evidence(&inbox(13)).unwrap(), Some(true));
    assert!(members::lookup(&store, "jo.bloggs@gmail.com")
        .unwrap()
        .is_none());
    assert_eq!(
        members::status_of(&store, "ann@riverside.example.net").unwrap(),
        "member"
    );
    let audit: Vec<_> = store.audit_iter().map(|e| e.unwrap().1).collect();
    assert!(audit.iter().any(|e| e.action == AuditAction::Forgotten
        && e.detail == "forgot 3 messages of 1 correspondent"));
    assert!(!audit.iter().any(|e| e.detail.contains("bloggs")));

    // The rewritten store goes on: new ids do not reuse old ones.
    let audit_len = audit.len();
    let r = fx.take(
        &store,
        inbox(14),
        &mail(
            ANN,
            SECRETARY,
            "Re: Canvassing on Saturday",
            "ann3@x",
            Some("ann2@x"),
            "See you there.",
        ),
        now(),
    );
    assert_eq!(r.thread_id, before[0].0.thread_id);
    assert_eq!(
        store
            .thread(r.thread_id)
            .unwrap()
            .unwrap()
            .message_keys
            .len(),
        3
    );
    assert_eq!(store.audit_iter().count(), audit_len + 1);
    let leftovers: Vec<_> = std::fs::read_dir(fx.data.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("rewrite"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn purge_erases_an_expired_category_from_every_file_and_keeps_held_evidence() {
    let fx = Fixture::new("[retention]\nbulk = 30\nsafety = 30\n");
    let store = Store::open(&fx.data).unwrap();
    let old = now() - 60 * 86_400;
    let inbox = |uid| MessageKey::new("INBOX", 1, uid);
    let list = "List-Id: <news.elsewhere.example.com>\r\nPrecedence: list\r\n\r\n";
    for uid in 1..=2 {
        let r = fx.take(
            &store,
            inbox(uid),
            &mail(
                "News <news@elsewhere.example.com>",
                SECRETARY,
                "Weekly news",
                &format!("n{uid}@x"),
                None,
                &format!("{list}The tangerine hovercraft newsletter, issue {uid}."),
            ),
            old,
        );
        assert_eq!(r.category, "bulk");
    }
    fx.take(
        &store,
        inbox(3),
        &mail(
            ANN,
            SECRETARY,
            "Canvassing on Saturday",
            "ann1@x",
            None,
            "Can I join the canvassing team on Saturday?",
        ),
        old,
    );
    fx.take(
        &store,
        inbox(4),
        &mail(
            "News <news@elsewhere.example.com>",
            SECRETARY,
            "Weekly news",
            "n4@x",
            None,
            &format!("{list}This week's issue."),
        ),
        now(),
    );
    let threat = fx.take(
        &store,
        inbox(5),
        &mail(
            "X <x@anon.example.com>",
            SECRETARY,
            "You",
            "t1@x",
            None,
            "I know where you live, marmalade bicycle.",
        ),
        old,
    );
    assert_eq!(threat.category, "safety");
    store.flush_blocking().unwrap();
    let ann = store.get(&inbox(3)).unwrap().unwrap();
    drop(store);

    let out = fx.postbag(&["purge", "--dry-run"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("would purge 2 messages (bulk 2)"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("1 held as evidence"), "{}", text(&out));
    assert!(!files_containing(&fx.data, "tangerine hovercraft").is_empty());

    let out = fx.postbag(&["purge"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("purged 2 messages (bulk 2)"),
        "{}",
        text(&out)
    );
    assert_eq!(
        files_containing(&fx.data, "tangerine hovercraft"),
        Vec::<PathBuf>::new()
    );
    assert!(!files_containing(&fx.data, "marmalade bicycle").is_empty());

    // Released evidence follows the safety retention (30 days here): gone at the next purge.
    let out = fx.postbag(&["evidence", "list"]);
    assert!(text(&out).contains("INBOX/1/5"), "{}", text(&out));
    assert!(text(&out).contains("held"), "{}", text(&out));
    let out = fx.postbag(&["evidence", "release", "INBOX/1/5"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = fx.postbag(&["purge"]);
    assert!(
        text(&out).contains("purged 1 messages (safety 1)"),
        "{}",
        text(&out)
    );
    assert_eq!(
        files_containing(&fx.data, "marmalade bicycle"),
        Vec::<PathBuf>::new()
    );

    assert_private(&fx.data);
    let store = Store::open(&fx.data).unwrap();
    assert_eq!(store.get(&inbox(3)).unwrap(), Some(ann));
    assert!(store.get(&inbox(4)).unwrap().is_some());
    assert_eq!(store.counts().unwrap().messages, 2);
    let news = store
        .correspondent("news@elsewhere.example.com")
        .unwrap()
        .unwrap();
    assert_eq!(news.categories.get("bulk"), Some(&1));
    assert!(store.correspondent("x@anon.example.com").unwrap().is_none());
    assert_eq!(store.threads().unwrap().len(), 2);
}

#[test]
fn the_rewrite_waits_for_a_token_refresh_and_keeps_the_new_token() {
    let fx = Fixture::new("");
    let store = Store::open(&fx.data).unwrap();
    fx.take(
        &store,
        MessageKey::new("INBOX", 1, 1),
        &mail(
            JO,
            SECRETARY,
            "Hello",
            "t1@mail.gmail.com",
            None,
            "Hello Sam.",
        ),
        now(),
    );
    drop(store);
    let tokens = fx.data.join("oauth2");
    std::fs::create_dir_all(&tokens).unwrap();
    let token = tokens.join("secretary@riverside.example.org.json");
    std::fs::write(&token, "old refresh token").unwrap();

    // A refresh in progress (another postbag process) holds the account's lock.
    let held = postbag::oauth2::tokens::lock(&token).unwrap();
    let mut forget = Command::new(env!("CARGO_BIN_EXE_postbag"))
        .env_remove("POSTBAG_CONFIG")
        .arg("--config")
        .arg(&fx.config)
        .args(["forget", "Jo.Bloggs@googlemail.com", "--yes"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    if forget.try_wait().unwrap().is_some() {
        let out = forget.wait_with_output().unwrap();
        panic!(
            "the rewrite must wait while a token is being refreshed; it ended: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The provider rotated the token: the old one is spent, only the new one works.
    std::fs::write(&token, "rotated refresh token").unwrap();
    drop(held);
    let out = forget.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&token).unwrap(),
        "rotated refresh token"
    );
    assert!(files_containing(&fx.data, "Jo.Bloggs@googlemail.com").is_empty());
}
