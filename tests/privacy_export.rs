//! `postbag export ADDRESS --out DIR` for a subject access request, checked field by
//! field: a member with a thread (their two messages and our reply), a threat of theirs
//! kept as evidence, a reply in the outbox, and someone else's message that copies them.
//! The real binary runs on a store filled through `intake` with the default rules.

use postbag::intake::{self, Intake};
use postbag::store::{MessageKey, Store};
use postbag::{members, rules};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");
const SECRETARY: &str = "Sam Okafor <secretary@riverside.example.org>";
const PHRASE: &str = "purple giraffe allotment";

fn mail(
    from: &str,
    to: &str,
    cc: &str,
    subject: &str,
    id: &str,
    reply_to: Option<&str>,
    body: &str,
) -> Vec<u8> {
    let refs = reply_to
        .map(|r| format!("In-Reply-To: <{r}>\r\nReferences: <{r}>\r\n"))
        .unwrap_or_default();
    let cc = if cc.is_empty() {
        String::new()
    } else {
        format!("Cc: {cc}\r\n")
    };
    format!(
        "From: {from}\r\nTo: {to}\r\n{cc}Subject: {subject}\r\nMessage-ID: <{id}>\r\n\
         Date: Mon, 4 Nov 2024 10:00:00 +0000\r\n{refs}\r\n{body}\r\n"
    )
    .into_bytes()
}

fn postbag(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postbag"))
        .env_remove("POSTBAG_CONFIG")
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

fn json(dir: &Path, name: &str) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join(name)).unwrap()).unwrap()
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn export_holds_everything_about_a_person_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let base =
        std::fs::read_to_string(Path::new(MANIFEST).join("tests/fixtures/privacy/postbag.toml"))
            .unwrap();
    let config = dir.path().join("postbag.toml");
    std::fs::write(&config, format!("data_dir = \"data\"\n{base}")).unwrap();
    let data = dir.path().join("data");
    let rules = rules::load_dir(&Path::new(MANIFEST).join("rules"))
        .unwrap()
        .ruleset
        .unwrap()
        // Export is under test, not triage: the rules alone.
        .without_learned();
    let store = Store::open(&data).unwrap();
    members::import(
        &store,
        &Path::new(MANIFEST).join("tests/fixtures/privacy/members.csv"),
        &postbag::config::Config::load(&config).unwrap().members,
    )
    .unwrap();
    let take = |key: MessageKey, raw: &[u8]| match intake::intake(
        &store,
        &rules,
        &key,
        raw,
        1_730_715_000,
    )
    .unwrap()
    {
        Intake::Triaged { record, .. } => *record,
        Intake::Quarantined { reason } => panic!("{reason}"),
    };
    let jo = "Jo Bloggs <Jo.Bloggs@googlemail.com>";
    let k1 = MessageKey::new("INBOX", 7, 1);
    let sent = MessageKey::new("Sent", 3, 1);
    let k2 = MessageKey::new("INBOX", 7, 2);
    let k3 = MessageKey::new("INBOX", 7, 3);
    let k_ann = MessageKey::new("INBOX", 7, 4);
    let first = take(
        k1.clone(),
        &mail(
            jo,
            SECRETARY,
            "",
            "Allotment motion",
            "jo1@mail.gmail.com",
            None,
            &format!("Dear Sam, about the {PHRASE}: I propose a motion for the November meeting."),
        ),
    );
    take(
        sent.clone(),
        &mail(
            SECRETARY,
            "jo.bloggs@gmail.com",
            "",
            "Re: Allotment motion",
            "sec1@riverside.example.org",
            Some("jo1@mail.gmail.com"),
            "Thanks Jo, it is on the agenda.",
        ),
    );
    take(
        k2.clone(),
        &mail(
            "Jo <jo.bloggs+labour@gmail.com>",
            SECRETARY,
            "",
            "Re: Allotment motion",
            "jo2@mail.gmail.com",
            Some("sec1@riverside.example.org"),
            "Thank you!",
        ),
    );
    let threat_raw = mail(
        jo,
        SECRETARY,
        "",
        "The vote",
        "jo3@mail.gmail.com",
        None,
        "If the motion fails, I know where you live and I will hurt you.",
    );
    let threat = take(k3.clone(), &threat_raw);
    assert_eq!(threat.category, "safety");
    take(
        k_ann.clone(),
        &mail(
            "Ann Member <ann@riverside.example.net>",
            SECRETARY,
            "jo.bloggs@gmail.com",
            "Leaflets",
            "ann1@x",
            None,
            "Who brings the leaflets on Saturday?",
        ),
    );
    store.flush_blocking().unwrap();
    drop(store);

    // Nothing sent to Jo yet: an empty replies.json.
    let out1 = dir.path().join("sar-1");
    let run = postbag(
        &config,
        &[
            "export",
            "jo.bloggs@gmail.com",
            "--out",
            out1.to_str().unwrap(),
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(json(&out1, "replies.json"), serde_json::json!([]));
    // The same directory again is refused: an export never overwrites.
    let again = postbag(
        &config,
        &[
            "export",
            "jo.bloggs@gmail.com",
            "--out",
            out1.to_str().unwrap(),
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));

    // The outbox (another part of postbag) keeps a reply to Jo and one to Ann.
    {
        let db = sled::open(&data).unwrap();
        let outbox = db.open_tree("outbox").unwrap();
        outbox.insert(b"0001", br#"{"to":["Jo Bloggs <jo.bloggs@gmail.com>"],"subject":"Re: Allotment motion","state":"sent"}"#.as_slice()).unwrap();
        outbox
            .insert(
                b"0002",
                br#"{"to":["ann@riverside.example.net"],"subject":"Re: Leaflets","state":"sent"}"#
                    .as_slice(),
            )
            .unwrap();
        db.flush().unwrap();
    }
    let out = dir.path().join("sar-2");
    let run = postbag(
        &config,
        &[
            "export",
            "JO.BLOGGS@googlemail.com",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(mode(&out), 0o700);
    for name in [
        "README.txt",
        "person.json",
        "messages.json",
        "threads.json",
        "audit.json",
        "evidence.json",
        "replies.json",
        "other.json",
        "mentions.json",
        "corrections.json",
    ] {
        assert_eq!(mode(&out.join(name)), 0o600, "{name}");
    }

    let person = json(&out, "person.json");
    assert_eq!(person["address"], "JO.BLOGGS@googlemail.com");
    assert_eq!(person["matched_as"], "jobloggs@gmail.com");
    assert_eq!(person["member_status"], "member");
    assert_eq!(person["member"]["name"], "Jo Bloggs");
    assert_eq!(person["member"]["number"], "L0001");
    assert_eq!(person["member"]["status"], "member");
    assert_eq!(person["member"]["branch"], "North Ward");
    let rows: Vec<&str> = person["correspondents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["email"].as_str().unwrap())
        .collect();
    assert_eq!(
        rows,
        ["jo.bloggs+labour@gmail.com", "jo.bloggs@googlemail.com"]
    );
    assert_eq!(
        person["correspondents"][1]["messages_by_category"]["safety"],
        1
    );
    assert_eq!(
        person["correspondents"][1]["first_seen"],
        "2024-11-04T10:00:00Z"
    );

    let messages = json(&out, "messages.json");
    let keys: Vec<&str> = messages
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["message"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["INBOX/7/1", "INBOX/7/2", "INBOX/7/3", "Sent/3/1"]);
    let m1 = &messages[0];
    assert_eq!(m1["mailbox"], "INBOX");
    assert_eq!(m1["uidvalidity"], 7);
    assert_eq!(m1["uid"], 1);
    assert_eq!(m1["message_id"], "jo1@mail.gmail.com");
    assert_eq!(m1["date"], "2024-11-04T10:00:00Z");
    assert_eq!(m1["from"]["email"], "Jo.Bloggs@googlemail.com");
    assert_eq!(m1["from"]["name"], "Jo Bloggs");
    assert_eq!(m1["to"][0]["email"], "secretary@riverside.example.org");
    assert_eq!(m1["subject"], "Allotment motion");
    assert!(m1["snippet"].as_str().unwrap().contains(PHRASE));
    assert_eq!(m1["decision"]["category"], first.category.as_str());
    assert_eq!(m1["decision"]["score"], first.score);
    assert_eq!(m1["decision"]["rules"], serde_json::json!(first.rules));
    assert_eq!(m1["thread"], first.thread_id);
    assert_eq!(messages[2]["decision"]["category"], "safety");
    assert_eq!(messages[3]["to"][0]["email"], "jo.bloggs@gmail.com");
    assert_eq!(messages[3]["in_reply_to"][0], "jo1@mail.gmail.com");

    let threads = json(&out, "threads.json");
    assert_eq!(threads.as_array().unwrap().len(), 2);
    let t = threads
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["thread"] == first.thread_id)
        .unwrap();
    assert_eq!(t["subject"], "Allotment motion");
    assert_eq!(t["messages_in_thread"], 3);
    assert_eq!(
        t["their_messages"],
        serde_json::json!(["INBOX/7/1", "INBOX/7/2", "Sent/3/1"])
    );

    let evidence = json(&out, "evidence.json");
    assert_eq!(evidence.as_array().unwrap().len(), 1);
    let e = &evidence[0];
    let sha: String = Sha256::digest(&threat_raw)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(e["message"], "INBOX/7/3");
    assert_eq!(e["sha256"], sha);
    assert_eq!(e["size"], threat_raw.len());
    assert_eq!(e["hash_verified"], true);
    assert_eq!(e["held"], true);
    assert_eq!(e["released"], Value::Null);
    assert_eq!(e["arrived"], "2024-11-04T10:10:00Z");
    assert_eq!(e["file"], "evidence/INBOX_7_3.eml");
    assert_eq!(
        std::fs::read(out.join("evidence/INBOX_7_3.eml")).unwrap(),
        threat_raw
    );

    let audit = json(&out, "audit.json");
    let about = |key: &str, action: &str| {
        audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["message"] == key && a["action"] == action)
            .count()
    };
    for key in keys {
        assert_eq!(about(key, "triaged"), 1, "{key}");
    }
    assert_eq!(about("INBOX/7/3", "evidence_kept"), 1);
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["message"] != "INBOX/7/4"));

    let replies = json(&out, "replies.json");
    assert_eq!(replies.as_array().unwrap().len(), 1);
    assert_eq!(replies[0]["tree"], "outbox");
    assert_eq!(replies[0]["key_text"], "0001");
    assert_eq!(replies[0]["value"]["subject"], "Re: Allotment motion");
    assert_eq!(json(&out, "other.json"), serde_json::json!([]));

    let mentions = json(&out, "mentions.json");
    assert_eq!(
        mentions,
        serde_json::json!([{ "message": k_ann.to_string(), "fields": ["cc"] }])
    );

    let readme = std::fs::read_to_string(out.join("README.txt")).unwrap();
    for name in [
        "person.json",
        "messages.json",
        "threads.json",
        "audit.json",
        "evidence.json",
        "replies.json",
        "other.json",
        "mentions.json",
        "corrections.json",
    ] {
        assert!(readme.contains(name), "README.txt explains {name}");
    }
    assert!(readme.contains("matched as jobloggs@gmail.com"));
    let listed: Vec<PathBuf> = String::from_utf8_lossy(&run.stdout)
        .lines()
        .map(PathBuf::from)
        .collect();
    assert_eq!(listed.len(), 11);
}
