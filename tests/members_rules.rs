//! The member list as the secretary uses it: `postbag members import` with the branch's
//! own CSV columns, then mail from members, an officer, a lapsed member and strangers
//! triaged with the default rules (plus one rule file of the branch's own), and the
//! counts by status that the digest shows.

use postbag::intake::{self, Intake};
use postbag::members::{self, StatusCounts};
use postbag::rules;
use postbag::store::{MessageKey, Store};
use std::path::{Path, PathBuf};
use std::process::Command;

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

fn fixtures() -> PathBuf {
    Path::new(MANIFEST).join("tests/fixtures/privacy")
}

/// A config in `dir` with the fixture's [members] section and `data_dir = "data"`.
fn config_in(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(fixtures().join("postbag.toml")).unwrap();
    let path = dir.join("postbag.toml");
    std::fs::write(&path, format!("data_dir = \"data\"\n{text}")).unwrap();
    path
}

fn postbag(config: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_postbag"))
        .env_remove("POSTBAG_CONFIG")
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

fn mail(from: &str, subject: &str, extra_headers: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: secretary@riverside.example.org\r\nSubject: {subject}\r\n\
         Message-ID: <{}@test>\r\nDate: Mon, 4 Nov 2024 10:00:00 +0000\r\n{extra_headers}\r\n{body}\r\n",
        subject.len() * 7919 + from.len()
    )
    .into_bytes()
}

/// A list-like message: what a newsletter or a branch list relays.
fn newsletter(from: &str) -> Vec<u8> {
    mail(
        from,
        "Riverside members' newsletter: November",
        "List-Id: <members.riverside.example.org>\r\nList-Unsubscribe: <mailto:leave@riverside.example.org>\r\nPrecedence: list\r\n",
        "This month: canvassing on Saturday, the AGM agenda, and the social.",
    )
}

#[test]
fn rules_see_who_the_sender_is_and_the_digest_can_count_them() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_in(dir.path());

    // Import through the real binary, with the branch's own column names.
    let csv = fixtures().join("members.csv");
    let out = postbag(&config, &["members", "import", csv.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("imported 4 members (lapsed 1, member 2, officer 1)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("skipped 1 rows without an email address"),
        "{stdout}"
    );

    // A bad file changes nothing and names the line and column.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Full name,E-mail address,Membership no.,Membership status,Ward\nX,x@example.org,1,Chair,N\n",
    )
    .unwrap();
    let out = postbag(&config, &["members", "import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.csv:2: column \"Membership status\": unknown status \"chair\""),
        "{stderr}"
    );
    let out = postbag(&config, &["members", "lookup", "jo.bloggs+cl@gmail.com"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Jo Bloggs <Jo.Bloggs@googlemail.com>: member, number L0001, branch North Ward"
    );

    // The default rules plus a branch rule file that uses sender-status and sender-branch.
    let rules_dir = dir.path().join("rules");
    std::fs::create_dir(&rules_dir).unwrap();
    for entry in std::fs::read_dir(Path::new(MANIFEST).join("rules")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, rules_dir.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        rules_dir.join("zz-branch.toml"),
        r#"
[[category]]
name = "joining"
description = "people who are not members asking how to join: another reply template"
priority = 55
threshold = 10
reply = "draft"

# Above what the learned layer can give a category it knows (learned_weight 40) plus the
# query rules, so that this branch category can win over `query`.
[[rule]]
name = "non-member-asks-to-join"
category = "joining"
score = 60
all = [ { field = "sender-status", pattern = "^non-member$" },
        { field = "text", words = ["join", "joining"] } ]

[[rule]]
name = "from-north-ward"
category = "joining"
score = 1
field = "sender-branch"
pattern = "^north ward$"
"#,
    )
    .unwrap();
    let loaded = rules::load_dir(&rules_dir).unwrap();
    assert!(loaded.errors().next().is_none(), "{:?}", loaded.diagnostics);
    let rules = loaded.ruleset.unwrap();

    let store = Store::open(&dir.path().join("data")).unwrap();
    let mut uid = 0;
    let mut triage = |raw: &[u8]| {
        uid += 1;
        match intake::intake(
            &store,
            &rules,
            &MessageKey::new("INBOX", 1, uid),
            raw,
            1_730_000_000,
        )
        .unwrap()
        {
            Intake::Triaged { record, .. } => *record,
            Intake::Quarantined { reason } => panic!("quarantined: {reason}"),
        }
    };

    // An officer's list-like message is never bulk; the same from anyone else is.
    let officer = triage(&newsletter("Priya Shah <Priya+list@riverside.example.net>"));
    assert_ne!(officer.category, "bulk", "{officer:?}");
    assert!(officer.rules.contains(&"officer-never-bulk".to_string()));
    let stranger = triage(&newsletter("Riverside News <news@elsewhere.example.com>"));
    assert_eq!(stranger.category, "bulk");
    let lapsed = triage(&newsletter("Tom Lapsed <tom@riverside.example.net>"));
    assert_eq!(lapsed.category, "bulk");

    // Asking how to join: a non-member gets the other category (and template), a member
    // the ordinary query; the member's ward shows as a fired rule.
    let ask = "How do I join the branch and when is the next meeting?";
    let outsider = triage(&mail("Kim <kim@elsewhere.example.com>", "Joining", "", ask));
    assert_eq!(outsider.category, "joining");
    let member = triage(&mail(
        "Jo <jo.bloggs@gmail.com>",
        "Joining the campaign team",
        "",
        ask,
    ));
    assert_ne!(member.category, "joining");
    assert!(
        member.rules.contains(&"from-north-ward".to_string()),
        "{:?}",
        member.rules
    );
    assert!(!member
        .rules
        .contains(&"non-member-asks-to-join".to_string()));
    let south = triage(&mail("Ann <ann@riverside.example.net>", "Joining", "", ask));
    assert!(!south.rules.contains(&"from-north-ward".to_string()));

    // What the digest counts: each sender once, by status.
    let records: Vec<_> = store.iter_messages().map(|r| r.unwrap()).collect();
    let senders = records
        .iter()
        .filter_map(|r| r.from.as_ref().map(|a| a.email.as_str()));
    assert_eq!(
        members::tally(&store, senders).unwrap(),
        StatusCounts {
            member: 2,
            lapsed: 1,
            officer: 1,
            non_member: 2
        }
    );
    assert_eq!(
        members::status_of(&store, "PRIYA@riverside.example.net").unwrap(),
        "officer"
    );
    assert_eq!(
        members::status_of(&store, "kim@elsewhere.example.com").unwrap(),
        "non-member"
    );

    // Re-import replaces the list: Priya is no longer on it.
    let smaller = dir.path().join("smaller.csv");
    std::fs::write(
        &smaller,
        "Full name,E-mail address,Membership no.,Membership status,Ward\nJo Bloggs,jo.bloggs@gmail.com,L0001,Current,North Ward\n",
    )
    .unwrap();
    drop(store);
    let out = postbag(&config, &["members", "import", smaller.to_str().unwrap()]);
    assert!(out.status.success());
    let store = Store::open(&dir.path().join("data")).unwrap();
    assert_eq!(store.members().unwrap().len(), 1);
    assert_eq!(
        members::status_of(&store, "priya@riverside.example.net").unwrap(),
        "non-member"
    );
}

#[test]
fn without_a_member_list_sender_rules_do_not_fire() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let rules = rules::load_dir(&Path::new(MANIFEST).join("rules"))
        .unwrap()
        .ruleset
        .unwrap();
    let r = intake::intake(
        &store,
        &rules,
        &MessageKey::new("INBOX", 1, 1),
        &newsletter("Priya <priya@riverside.example.net>"),
        0,
    )
    .unwrap();
    assert_eq!(r.category(), Some("bulk"));
}
