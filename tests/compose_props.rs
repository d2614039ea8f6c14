//! Property test of the reply path against hostile headers: arbitrary bytes in From,
//! Reply-To, Subject, Message-ID and References, through parse -> triage -> guard -> the
//! real `Replier` (drafts, acknowledgements, alerts) on a throwaway store. Whatever comes
//! in: no panic, every line of every message produced is at most 998 bytes, an
//! acknowledgement goes to exactly the one address the guard allowed, an alert only to the
//! configured officers, and a draft only to addresses the message named.

use postbag::config::Config;
use postbag::guard::{self, Identity};
use postbag::reply::{Replier, ReplyPlan, Templates};
use postbag::rules::{load_embedded, ReplyPolicy, RuleSet};
use postbag::store::{MessageKey, Store};
use proptest::prelude::*;
use std::sync::OnceLock;

const SECRETARY: &str = "secretary@riverside.example.org";
const CHAIR: &str = "chair@riverside.example.org";

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| load_embedded().ruleset.expect("the built-in rules load"))
}

fn config() -> Config {
    let text = format!(
        r#"
[secretary]
name = "Sam Okafor"
addresses = ["{SECRETARY}"]

[alerts]
to = ["Chair <{CHAIR}>"]
"#
    );
    Config::parse(std::path::Path::new("props.toml"), &text).expect("config")
}

/// Header values as hostile mail writes them: printable text, control characters, line
/// breaks (folded or not), encoded words, groups, route syntax, very long runs.
fn header_value() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"Jo Bloggs <jo@example.com>".to_vec()),
        Just(b"jo@example.com, kim@example.net".to_vec()),
        Just(b"friends: a@x.example, b@y.example;".to_vec()),
        Just(b"<@>".to_vec()),
        Just(b"\"a\r\n b\"@example.com".to_vec()),
        Just(b"=?utf-8?q?A=0AB?= <x@example.com>".to_vec()),
        Just(b"=?utf-8?q?N=00ul?= <n@example.com>".to_vec()),
        Just(b"=?utf-8?b?4oCu?= <bidi@example.com>".to_vec()),
        Just(b"http://spam.example/win www.cheap.example".to_vec()),
        Just(b"\r\n ".to_vec()),
        Just(b"\r\nBcc: victim@example.net".to_vec()),
        Just(vec![b'x'; 1500]),
        Just(b"How do I join the branch?".to_vec()),
        prop::collection::vec(any::<u8>(), 0..40),
    ];
    prop::collection::vec(pieces, 1..4).prop_map(|v| v.concat())
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"Hello, how do I join the branch? When is the next meeting?".to_vec()),
        Just(b"I know where you live and you will regret this. I'm going to hurt you.".to_vec()),
        Just(b"I wish to make a formal complaint. This is unacceptable.".to_vec()),
        prop::collection::vec(any::<u8>(), 0..200),
    ]
}

fn message(
    from: &[u8],
    reply_to: Option<&[u8]>,
    subject: &[u8],
    id: &[u8],
    refs: &[u8],
    body: &[u8],
) -> Vec<u8> {
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    let mut m = Vec::new();
    for (name, value) in [
        (&b"From"[..], Some(from)),
        (b"To", Some(SECRETARY.as_bytes())),
        (b"Reply-To", reply_to),
        (b"Subject", Some(subject)),
        (b"Message-ID", Some(id)),
        (b"References", Some(refs)),
        (b"Date", Some(date.to_string().as_bytes())),
    ] {
        if let Some(v) = value {
            m.extend_from_slice(name);
            m.extend_from_slice(b": ");
            m.extend_from_slice(v);
            m.extend_from_slice(b"\r\n");
        }
    }
    m.extend_from_slice(b"\r\n");
    m.extend_from_slice(body);
    m
}

fn assert_lines(raw: &[u8]) {
    for line in raw.split(|&b| b == b'\n') {
        assert!(line.len() <= 998, "a line of {} bytes", line.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn hostile_headers_never_break_a_reply_or_an_alert(
        from in header_value(),
        reply_to in proptest::option::of(header_value()),
        subject in header_value(),
        id in header_value(),
        refs in header_value(),
        body in body(),
    ) {
        let raw = message(&from, reply_to.as_deref(), &subject, &id, &refs, &body);
        let Ok(env) = postbag::mail::parse(&raw) else {
            return Ok(());
        };
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let config = config();
        let replier = Replier::new(store.clone(), &config, Templates::builtin()).unwrap();
        let key = MessageKey::new("INBOX", 1, 1);
        let intake = postbag::intake::intake(&store, rules(), &key, &raw, jiff::Timestamp::now().as_second()).unwrap();
        let postbag::intake::Intake::Triaged { record, .. } = intake else {
            return Ok(());
        };
        let policy = rules().category(&record.category).map_or(ReplyPolicy::None, |c| c.reply);
        let me = Identity::new([SECRETARY]);
        let (policy, _) = guard::apply(policy, &env, &me);
        match replier.plan(&record, &env, policy).unwrap() {
            ReplyPlan::Ack(id) => {
                prop_assert_eq!(policy, ReplyPolicy::Auto);
                let allowed = guard::auto_recipient(&env).expect("an ack only with one recipient");
                let item = store.outbox_item(id).unwrap().unwrap();
                prop_assert_eq!(item.to.clone(), vec![allowed.email.trim().to_string()]);
                let out = store.outbox_raw(id).unwrap().unwrap();
                assert_lines(&out);
                let text = String::from_utf8_lossy(&out);
                prop_assert!(!text.contains("spam.example") && !text.contains("cheap.example"));
                prop_assert!(!text.to_ascii_lowercase().contains("\nbcc:"));
            }
            ReplyPlan::Alert(id) => {
                prop_assert_eq!(record.category.as_str(), "safety");
                let item = store.outbox_item(id).unwrap().unwrap();
                prop_assert_eq!(item.to.clone(), vec![CHAIR.to_string()]);
                assert_lines(&store.outbox_raw(id).unwrap().unwrap());
            }
            ReplyPlan::Draft(draft) => {
                assert_lines(&draft.raw);
                let back = postbag::mail::parse(&draft.raw).expect("a draft parses");
                let named: Vec<String> = env
                    .reply_to
                    .iter()
                    .chain(&env.from)
                    .map(|a| a.email.trim().to_ascii_lowercase())
                    .collect();
                for to in back.to.iter().chain(&back.cc) {
                    prop_assert!(named.contains(&to.email.to_ascii_lowercase()), "{} not named by the message", to.email);
                }
                prop_assert!(back.header("bcc").is_none());
            }
            ReplyPlan::Failed(reason) => {
                prop_assert!(false, "a reply failed: {}", reason);
            }
            ReplyPlan::None | ReplyPlan::Done(_) | ReplyPlan::Limited(_) | ReplyPlan::NoAlertRecipients => {}
        }
    }
}
