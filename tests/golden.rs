//! Golden tests of the default rule set: each `tests/fixtures/triage/NNN.eml` beside the
//! decision a secretary wants for it (`NNN.json`: category and reply after the loop guard,
//! each a value or a list of the values a careful reader would accept). A mismatch writes
//! `NNN.actual.json` next to it for review.

use postbag::config::Config;
use postbag::guard::{self, Identity};
use postbag::{mail, rules, triage};
use serde_json::{json, Value};
use std::path::Path;

#[test]
fn every_fixture_gets_the_decision_a_secretary_wants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/triage");
    let config = Config::load(&dir.join("postbag.toml")).unwrap();
    let me = Identity::new(config.own_addresses());
    let loaded = rules::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap();
    let rules = loaded.ruleset.expect("default rules load");

    let mut emls: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    emls.sort();
    assert!(
        emls.len() >= 40,
        "at least 40 fixtures, found {}",
        emls.len()
    );

    let mut failures = Vec::new();
    let mut per_category = std::collections::BTreeMap::<String, usize>::new();
    for eml in &emls {
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(eml.with_extension("json")).unwrap())
                .unwrap();
        let env = mail::parse(&std::fs::read(eml).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", eml.display()));
        let (decision, eval) = triage::classify(&rules, &env);
        let (reply, blocked) = guard::apply(decision.policy, &env, &me);
        let actual = json!({ "category": decision.category, "reply": reply.as_str() });
        *per_category.entry(decision.category.clone()).or_default() += 1;
        let actual_path = eml.with_extension("actual.json");
        let accepts = |field: &str| match &expected[field] {
            Value::Array(options) => options.contains(&actual[field]),
            one => one == &actual[field],
        };
        if accepts("category") && accepts("reply") {
            let _ = std::fs::remove_file(&actual_path);
        } else {
            let mut report = actual.clone();
            report["reply_blocked_by"] = json!(blocked.map(|b| b.to_string()));
            report["explain"] = json!(rules.explain(&env, &eval));
            std::fs::write(&actual_path, serde_json::to_string_pretty(&report).unwrap()).unwrap();
            failures.push(format!(
                "{}: expected {expected}, got {actual}",
                eml.display()
            ));
        }
    }
    eprintln!("{} fixtures: {per_category:?}", emls.len());
    for category in [
        "safety",
        "urgent",
        "complaint",
        "query",
        "procedural",
        "data-protection",
        "bulk",
        "other",
    ] {
        assert!(
            per_category.get(category).copied().unwrap_or(0) >= 3,
            "too few {category} fixtures"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        emls.len(),
        failures.join("\n")
    );
}
