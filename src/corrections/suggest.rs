//! `postbag rules suggest`: rules mined from the secretary's corrections, printed as TOML
//! for her (or an officer) to read and paste into a rule file. Nothing is applied.
//!
//! Three kinds: a sender whose mail she re-labelled to one category at least twice; a
//! `List-Id` likewise; and, per category with at least two corrections, words or word
//! pairs found in most of the messages corrected to it and in none corrected elsewhere.
//! Each says how many stored messages it matches and how many of those are now in another
//! category (what the rule would have changed, at most: a rule adds its score, other
//! rules still count). Phrases are matched against the stored subject and snippet, the
//! first 300 characters: an undercount for long letters.

use std::collections::{BTreeMap, BTreeSet};

use crate::rules::RuleSet;
use crate::store::{normalize_email, Correction, Store};
use crate::Result;

/// Corrections a sender, list or phrase needs before it is suggested.
pub const MIN_CORRECTIONS: usize = 2;

/// Phrases matching more than this share of stored messages are too common to suggest.
const MAX_SHARE: f64 = 0.2;

/// Phrases suggested per category, at most.
const PHRASES_PER_CATEGORY: usize = 3;

/// One suggested rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Suggestion {
    pub name: String,
    /// `sender`, `list-id` or `phrase`.
    pub kind: &'static str,
    pub category: String,
    /// The address, list id or phrase.
    pub value: String,
    pub score: i64,
    /// Corrections it comes from.
    pub corrections: usize,
    /// Stored messages it matches (`None` for a List-Id: the store keeps no headers).
    pub matches: Option<usize>,
    /// Of those, messages now in another category: what it would have changed, at most.
    pub would_change: Option<usize>,
    /// The rule as TOML, with a comment saying where it comes from.
    pub toml: String,
}

/// A stored message as the miner sees it: sender, words, category now.
struct Past {
    sender: Option<String>,
    words: BTreeSet<String>,
    text: String,
    category: String,
}

/// Mines the corrections in `store` against the categories of `rules`.
pub fn suggest(store: &Store, rules: &RuleSet) -> Result<Vec<Suggestion>> {
    let corrections = store.corrections()?;
    let by_key: BTreeMap<_, _> = corrections.iter().map(|c| (c.key.clone(), c)).collect();
    let mut past = Vec::new();
    for r in store.iter_messages() {
        let r = r?;
        let text = format!("{} {}", r.subject, r.snippet).to_lowercase();
        let category = by_key
            .get(&r.key)
            .map_or_else(|| r.category.clone(), |c| c.to.clone());
        past.push(Past {
            sender: r.from.as_ref().map(|a| normalize_email(&a.email)),
            words: words(&text).into_iter().collect(),
            text: crate::learn::tokens::tokens(&text).join(" "),
            category,
        });
    }
    let known = |c: &str| rules.category(c).is_some();
    let mut out = Vec::new();
    // Senders and lists: all (or all but one in five) of their corrections to one category.
    for (kind, key) in [("sender", 0), ("list-id", 1)] {
        let mut groups: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for c in &corrections {
            let v = if key == 0 { &c.sender } else { &c.list_id };
            if let Some(v) = v.as_deref() {
                *groups
                    .entry(v)
                    .or_default()
                    .entry(c.to.as_str())
                    .or_default() += 1;
            }
        }
        for (value, to) in groups {
            let all: usize = to.values().sum();
            let Some((&category, &n)) = to.iter().max_by_key(|(_, &n)| n) else {
                continue;
            };
            if n < MIN_CORRECTIONS || n * 5 < all * 4 || !known(category) {
                continue;
            }
            let (matches, would_change) = if kind == "sender" {
                let hit: Vec<&Past> = past
                    .iter()
                    .filter(|p| p.sender.as_deref() == Some(value))
                    .collect();
                let changed = hit.iter().filter(|p| p.category != category).count();
                (Some(hit.len()), Some(changed))
            } else {
                (None, None)
            };
            out.push(Suggestion {
                name: String::new(),
                kind,
                category: category.to_string(),
                value: value.to_string(),
                score: 10,
                corrections: n,
                matches,
                would_change,
                toml: String::new(),
            });
        }
    }
    // Phrases: in most of a category's corrections, in none of the others'.
    let mut per_category: BTreeMap<&str, Vec<&Correction>> = BTreeMap::new();
    for c in &corrections {
        per_category.entry(c.to.as_str()).or_default().push(c);
    }
    for (category, mine) in &per_category {
        if mine.len() < MIN_CORRECTIONS || !known(category) {
            continue;
        }
        let others: Vec<BTreeSet<String>> = corrections
            .iter()
            .filter(|c| c.to != *category)
            .map(|c| phrases(&c.words))
            .collect();
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        for c in mine {
            for p in phrases(&c.words) {
                *df.entry(p).or_default() += 1;
            }
        }
        let need = MIN_CORRECTIONS.max(mine.len().div_ceil(2));
        let mut candidates: Vec<(String, usize, usize, usize)> = df
            .into_iter()
            .filter(|(p, n)| *n >= need && !others.iter().any(|o| o.contains(p)))
            .filter_map(|(p, n)| {
                let hit: Vec<&Past> = past.iter().filter(|m| matches_phrase(m, &p)).collect();
                let share = hit.len() as f64 / past.len().max(1) as f64;
                (share <= MAX_SHARE).then(|| {
                    let changed = hit.iter().filter(|m| m.category != *category).count();
                    (p, n, hit.len(), changed)
                })
            })
            .collect();
        // Most corrections first, then the rarest in past mail (the most telling), then
        // pairs before single words.
        candidates.sort_by(|a, b| {
            (b.1, a.2, b.0.contains(' '), &a.0).cmp(&(a.1, b.2, a.0.contains(' '), &b.0))
        });
        let mut taken: Vec<String> = Vec::new();
        for (p, n, matches, changed) in candidates {
            if taken.len() == PHRASES_PER_CATEGORY {
                break;
            }
            // A pair and its own words say the same: keep the first.
            if taken
                .iter()
                .any(|t| t.split(' ').any(|w| p.split(' ').any(|v| v == w)))
            {
                continue;
            }
            taken.push(p.clone());
            out.push(Suggestion {
                name: String::new(),
                kind: "phrase",
                category: category.to_string(),
                value: p,
                score: 5,
                corrections: n,
                matches: Some(matches),
                would_change: Some(changed),
                toml: String::new(),
            });
        }
    }
    let mut numbers: BTreeMap<(String, &str), usize> = BTreeMap::new();
    for s in &mut out {
        let n = numbers.entry((s.category.clone(), s.kind)).or_default();
        *n += 1;
        s.name = format!("suggested-{}-{}-{n}", s.category, s.kind);
        s.toml = toml(s);
    }
    Ok(out)
}

/// Lowercase words of letters only, three letters or more.
fn words(text: &str) -> Vec<String> {
    crate::learn::tokens::tokens(text)
        .into_iter()
        .filter(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect()
}

/// The words and adjacent word pairs of a correction's kept words (letters only).
fn phrases(kept: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let clean: Vec<&String> = kept
        .iter()
        .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    for w in &clean {
        if w.len() >= 4 {
            out.insert(w.to_string());
        }
    }
    for pair in clean.windows(2) {
        if pair[0].len() >= 3 && pair[1].len() >= 3 {
            out.insert(format!("{} {}", pair[0], pair[1]));
        }
    }
    out
}

fn matches_phrase(m: &Past, phrase: &str) -> bool {
    if phrase.contains(' ') {
        format!(" {} ", m.text).contains(&format!(" {phrase} "))
    } else {
        m.words.contains(phrase)
    }
}

/// A TOML basic string (JSON's escapes are TOML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn toml(s: &Suggestion) -> String {
    let seen = match (s.matches, s.would_change) {
        (Some(m), Some(c)) => {
            format!("matches {m} stored message(s), {c} of them now in another category")
        }
        _ => "the store keeps no List-Id of past mail: not counted".into(),
    };
    let condition = match s.kind {
        "sender" => format!(
            "field = \"from\"\npattern = {}",
            quoted(&regex::escape(&s.value))
        ),
        "list-id" => {
            let id = s.value.trim();
            let id = id
                .strip_prefix('<')
                .and_then(|i| i.strip_suffix('>'))
                .map_or(id, |i| i);
            format!(
                "header = \"List-Id\"\npattern = {}",
                quoted(&regex::escape(id))
            )
        }
        _ => format!("field = \"text\"\nwords = [{}]", quoted(&s.value)),
    };
    format!(
        "# from {} correction(s) to {}; {seen}\n[[rule]]\nname = {}\ncategory = {}\nscore = {}\ndescription = {}\n{condition}\n",
        s.corrections,
        s.category,
        quoted(&s.name),
        quoted(&s.category),
        s.score,
        quoted(&format!(
            "suggested by postbag from the secretary's corrections ({} {})",
            s.kind, s.value
        )),
    )
}

/// The suggestions as one TOML text, with a header saying how to use it.
pub fn render(suggestions: &[Suggestion]) -> String {
    let mut out = String::from(
        "# Rules suggested from the secretary's corrections (postbag rules suggest).\n\
         # Nothing here is applied: read each, then paste the ones you want into a file of\n\
         # the rules directory and run `postbag rules check`.\n",
    );
    if suggestions.is_empty() {
        out.push_str(
            "# (nothing to suggest yet: a sender, list or phrase needs two corrections)\n",
        );
    }
    for s in suggestions {
        out.push('\n');
        out.push_str(&s.toml);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::{Address, Envelope};
    use crate::store::{MessageKey, NewMessage};

    fn letter(store: &Store, uid: u32, from: &str, subject: &str, body: &str) -> Envelope {
        store
            .insert_message(NewMessage {
                key: MessageKey::new("INBOX", 1, uid),
                message_id: Some(format!("m{uid}@test")),
                from: vec![Address {
                    name: None,
                    email: from.into(),
                }],
                subject: subject.into(),
                arrived: 100,
                body: body.into(),
                category: "query".into(),
                ..Default::default()
            })
            .unwrap();
        Envelope {
            from: vec![Address {
                name: None,
                email: from.into(),
            }],
            subject: subject.into(),
            body: body.into(),
            headers: if from.starts_with("news") {
                vec![(
                    "List-Id".into(),
                    "Riverside news <news.riverside.example.org>".into(),
                )]
            } else {
                Vec::new()
            },
            ..Default::default()
        }
    }

    #[test]
    fn suggested_rules_load_beside_the_default_set() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        let mut uid = 0;
        let mut next = || {
            uid += 1;
            uid
        };
        // Filler: what the inbox is mostly about.
        for i in 0..20 {
            letter(
                &store,
                next(),
                &format!("m{i}@example.net"),
                "Meeting",
                "when is the next branch meeting",
            );
        }
        let correct = |store: &Store, uid: u32, env: &Envelope, to: &str| {
            let record = store
                .get(&MessageKey::new("INBOX", 1, uid))
                .unwrap()
                .unwrap();
            let c = crate::corrections::correction(&record, env, "query", to, "keyword", 200);
            crate::corrections::learn(store, c).unwrap();
        };
        for i in 0..3 {
            let u = next();
            let env = letter(
                &store,
                u,
                "angry@example.net",
                "Car park",
                &format!("the car park fiasco again {i}"),
            );
            correct(&store, u, &env, "complaint");
        }
        for i in 0..2 {
            let u = next();
            let env = letter(
                &store,
                u,
                "news@riverside.example.org",
                "Newsletter",
                &format!("weekly roundup {i}"),
            );
            correct(&store, u, &env, "bulk");
        }
        let rules_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let rules = crate::rules::load_dir(&rules_dir).unwrap().ruleset.unwrap();
        let found = suggest(&store, &rules).unwrap();
        let kinds: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|s| (s.kind, s.category.as_str(), s.value.as_str()))
            .collect();
        assert!(
            kinds.contains(&("sender", "complaint", "angry@example.net")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("sender", "bulk", "news@riverside.example.org")),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(
                "list-id",
                "bulk",
                "Riverside news <news.riverside.example.org>"
            )),
            "{kinds:?}"
        );
        assert!(
            kinds
                .iter()
                .any(|k| k.0 == "phrase" && k.1 == "complaint" && k.2.contains("fiasco")),
            "{kinds:?}"
        );
        let sender = found
            .iter()
            .find(|s| s.value == "angry@example.net")
            .unwrap();
        assert_eq!((sender.matches, sender.would_change), (Some(3), Some(0)));

        // Pasted beside the default rules, they load and fire.
        let pasted = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(&rules_dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                std::fs::copy(&path, pasted.path().join(path.file_name().unwrap())).unwrap();
            }
        }
        std::fs::write(pasted.path().join("suggested.toml"), render(&found)).unwrap();
        let loaded = crate::rules::load_dir(pasted.path()).unwrap();
        let errors: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| !d.warning)
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}\n{}", render(&found));
        let with = loaded.ruleset.unwrap();
        let env = Envelope {
            from: vec![Address {
                name: None,
                email: "angry@example.net".into(),
            }],
            subject: "again".into(),
            body: "the car park fiasco".into(),
            ..Default::default()
        };
        let d = crate::triage::classify(&with, &env).0;
        assert!(
            d.rules.iter().any(|r| r == "suggested-complaint-sender-1"),
            "{d:?}"
        );
        assert!(
            d.rules
                .iter()
                .any(|r| r.starts_with("suggested-complaint-phrase")),
            "{d:?}"
        );
    }
}
