//! Whatever the internet sends: raw bytes -> mail::parse -> triage with the default rules
//! (and, for some inputs, the explanation `classify --explain` shows).
//! A panic inside mail-parser that `mail::parse` turns into an error is handled (as in the
//! binary); any other panic is a crash.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use postbag::rules::RuleSet;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !postbag::mail::in_parser() {
                hook(info)
            }
        }));
        postbag::rules::load_embedded()
            .ruleset
            .expect("the built-in rules compile")
    })
}

fuzz_target!(|data: &[u8]| {
    let rules = rules();
    if let Ok(env) = postbag::mail::parse(data) {
        let (decision, eval) = postbag::triage::classify(rules, &env);
        assert!(rules.category(&decision.category).is_some());
        // `classify --explain` compiles the matched rules one by one: some fifteen times the
        // cost of triage. One input in sixteen goes through it, so the rest run fast.
        if data.len() % 16 == 0 {
            let _ = rules.explain(&env, &eval);
        }
    }
});
