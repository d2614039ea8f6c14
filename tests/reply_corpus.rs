//! The SpamAssassin public corpus (6,046 real messages of 2002) through intake, the loop
//! guard and the reply plan with `auto` on every category and no hourly cap: no
//! acknowledgement to a list, bulk, automatic or robot message, never two to one address.
//! (No identity is configured, so the guard's To/Cc check is off: the most permissive case.)

mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use postbag::config::Config;
use postbag::guard::{self, Identity};
use postbag::intake::{intake, Intake};
use postbag::reply::{Replier, ReplyPlan, Templates};
use postbag::rules::ReplyPolicy;
use postbag::store::{MessageKey, OutboxKind, Store};
use support::postbag::{corpus_files, machine_header};

const RULES: &str = r#"
disable_safety = "the reply plan is under test, not the classification"

[[category]]
name = "query"
threshold = 5
reply = "auto"

[[category]]
name = "other"
reply = "auto"

[[rule]]
name = "question"
category = "query"
score = 5
field = "text"
words = ["when is", "where is", "could you", "can you"]
"#;

#[test]
fn no_list_or_robot_is_acknowledged_and_no_address_twice() {
    let files = corpus_files();
    assert_eq!(files.len(), 6046);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.toml"), RULES).unwrap();
    let rules = postbag::rules::load_dir(dir.path())
        .unwrap()
        .ruleset
        .unwrap();
    let config = Config::parse(
        Path::new("/tmp/postbag.toml"),
        "[reply]\nhourly_cap = 1000000\n[smtp]\nhost = \"127.0.0.1\"\nport = 25\ntls = \"none\"\n\
         from = \"Sam Okafor <secretary@riverside.example.org>\"\n",
    )
    .unwrap();
    let store = Store::open(&dir.path().join("store")).unwrap();
    let replier = Replier::new(store.clone(), &config, Templates::builtin()).unwrap();
    let me = Identity::default();
    let mut outcomes: HashMap<&'static str, usize> = HashMap::new();
    let mut acked: HashMap<u64, PathBuf> = HashMap::new();
    for (uid, path) in files.iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        // The first line is an mbox separator, not a header.
        let raw = match bytes.iter().position(|&b| b == b'\n') {
            Some(p) if bytes.starts_with(b"From ") => bytes[p + 1..].to_vec(),
            _ => bytes,
        };
        let key = MessageKey::new("INBOX", 1, uid as u32 + 1);
        let Intake::Triaged { record, .. } = intake(&store, &rules, &key, &raw, 1_000_000).unwrap()
        else {
            *outcomes.entry("quarantined").or_default() += 1;
            continue;
        };
        let Ok(env) = postbag::mail::parse(&raw) else {
            continue;
        };
        let (policy, _) = guard::apply(ReplyPolicy::Auto, &env, &me);
        let outcome = match replier.plan(&record, &env, policy) {
            Ok(ReplyPlan::Ack(id)) => {
                acked.insert(id, path.clone());
                if let Some(h) = machine_header(&raw) {
                    panic!("{}: acknowledged despite {h}", path.display());
                }
                "ack"
            }
            Ok(ReplyPlan::None) => "none",
            Ok(ReplyPlan::Limited(_)) => "limited",
            // Several reply addresses, a Reply-To elsewhere: the secretary decides.
            Ok(ReplyPlan::Draft(_)) => "draft",
            Ok(other) => panic!(
                "{}: {}",
                path.display(),
                match other {
                    ReplyPlan::Failed(why) => format!("failed: {why}"),
                    other => format!("{:?}", std::mem::discriminant(&other)),
                }
            ),
            Err(e) => {
                // An address we cannot write to is a per-message error, never a panic.
                assert!(
                    e.to_string().starts_with("cannot compose reply"),
                    "{}: {e}",
                    path.display()
                );
                "error"
            }
        };
        *outcomes.entry(outcome).or_default() += 1;
    }
    let mut per_address: HashMap<String, usize> = HashMap::new();
    for item in store.outbox_items().unwrap() {
        assert_eq!(item.kind, OutboxKind::Ack);
        for to in &item.to {
            let n = per_address.entry(to.to_lowercase()).or_default();
            *n += 1;
            assert_eq!(
                *n,
                1,
                "second acknowledgement to {to} ({})",
                acked[&item.id].display()
            );
            assert!(
                !postbag::guard::is_robot(to),
                "acknowledgement to robot {to}"
            );
        }
    }
    eprintln!("corpus reply outcomes: {outcomes:?}");
    assert_eq!(outcomes.values().sum::<usize>(), 6046);
    assert!(outcomes["ack"] > 100, "{outcomes:?}");
    assert!(outcomes["limited"] > 0, "{outcomes:?}");
}
