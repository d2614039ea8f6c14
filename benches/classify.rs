//! Parse + classify (+ loop guard) over the SpamAssassin corpus with the default rule set,
//! on one core, from memory. Prints messages/s and MB/s; `cargo bench --bench classify`.
//! Target (issue 2): at least 100 MB/s.

#[path = "../tests/support/mod.rs"]
mod support;

use postbag::guard::{self, Identity};
use postbag::{mail, rules, triage};
use std::path::Path;
use std::time::{Duration, Instant};
use support::postbag::{corpus_files, message_bytes};

/// The corpus as a server stores it (no mbox `From ` line), in file order, and for each
/// message whether it is in the half the shipped model never trained on (the folders
/// `corpus/gen/background.py` leaves out).
fn corpus() -> (Vec<Vec<u8>>, Vec<bool>) {
    let files = corpus_files();
    let held_out = files
        .iter()
        .map(|f| {
            let folder = f
                .parent()
                .and_then(Path::file_name)
                .and_then(|n| n.to_str());
            matches!(folder, Some("easy-ham-2" | "hard-ham-1" | "spam-2"))
        })
        .collect();
    (files.iter().map(|f| message_bytes(f)).collect(), held_out)
}

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut result = 0;
    for _ in 0..runs {
        let t = Instant::now();
        result = f();
        best = best.min(t.elapsed());
    }
    (best, result)
}

fn report(what: &str, d: Duration, messages: usize, bytes: usize) {
    let s = d.as_secs_f64();
    println!(
        "{what:<28} {:>8.3} s  {:>9.0} messages/s  {:>7.1} MB/s",
        s,
        messages as f64 / s,
        bytes as f64 / 1e6 / s
    );
}

fn main() {
    let (messages, held_out) = corpus();
    let bytes: usize = messages.iter().map(|m| m.len()).sum();
    let loaded = rules::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap();
    let rules = loaded.ruleset.expect("default rules load");
    let me = Identity::new(["secretary@riverside.example.org"]);
    let mut bodies: Vec<usize> = messages
        .iter()
        .filter_map(|m| mail::parse(m).ok())
        .map(|e| e.body.len())
        .collect();
    bodies.sort_unstable();
    println!(
        "body text scanned by the rules: {:.1} MB in all; the largest: {:?} KB",
        bodies.iter().sum::<usize>() as f64 / 1e6,
        bodies
            .iter()
            .rev()
            .take(5)
            .map(|b| b / 1024)
            .collect::<Vec<_>>()
    );
    println!(
        "corpus: {} messages, {:.1} MB; default rules: {} rules in {} categories",
        messages.len(),
        bytes as f64 / 1e6,
        rules.rule_count(),
        rules.categories().len()
    );

    // The first pass from a fresh rule set: the lazy DFAs start empty, as in `run --once`.
    let cold = rules::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .unwrap()
        .ruleset
        .unwrap();
    let t = Instant::now();
    for m in &messages {
        if let Ok(env) = mail::parse(m) {
            std::hint::black_box(triage::classify(&cold, &env));
        }
    }
    report(
        "cold: first pass, new rules",
        t.elapsed(),
        messages.len(),
        bytes,
    );

    let (d, n) = best_of(5, || {
        messages.iter().filter(|m| mail::parse(m).is_ok()).count()
    });
    report("parse only", d, n, bytes);

    let (d, n) = best_of(5, || {
        let mut autos = 0;
        for m in &messages {
            if let Ok(env) = mail::parse(m) {
                let (decision, _) = triage::classify(&rules, &env);
                if guard::apply(decision.policy, &env, &me).0 == rules::ReplyPolicy::Auto {
                    autos += 1;
                }
            }
        }
        std::hint::black_box(autos);
        messages.len()
    });
    report("parse + classify + guard", d, n, bytes);

    // The same with the rules alone (no learned layer), side by side: the learned layer's
    // cost is the difference.
    let alone = rules.clone().without_learned();
    let (d_rules, n) = best_of(5, || {
        for m in &messages {
            if let Ok(env) = mail::parse(m) {
                std::hint::black_box(triage::classify(&alone, &env));
            }
        }
        messages.len()
    });
    report("rules alone (no model)", d_rules, n, bytes);
    let (d_all, n) = best_of(5, || {
        for m in &messages {
            if let Ok(env) = mail::parse(m) {
                std::hint::black_box(triage::classify(&rules, &env));
            }
        }
        messages.len()
    });
    report("rules + learned layer", d_all, n, bytes);
    let (d_model, n) = best_of(5, || {
        let model = postbag::learn::shipped().expect("the shipped model loads");
        for m in &messages {
            if let Ok(env) = mail::parse(m) {
                std::hint::black_box(triage::probabilities(model, &rules, &env));
            }
        }
        messages.len()
    });
    report("parse + learned layer only", d_model, n, bytes);
    // The learned layer's parts: the two views of a message and the models on them.
    let layers = postbag::learn::shipped().expect("the shipped model loads");
    let envs: Vec<_> = messages
        .iter()
        .filter_map(|m| mail::parse(m).ok())
        .collect();
    let per = |d: std::time::Duration| d.as_secs_f64() * 1e6 / envs.len() as f64;
    let (d_words, _) = best_of(3, || {
        for e in &envs {
            std::hint::black_box(postbag::learn::features::extract(e, layers.main.bits));
        }
        envs.len()
    });
    let (d_chars, _) = best_of(3, || {
        for e in &envs {
            std::hint::black_box(postbag::learn::features::chars(e, layers.main.bits));
        }
        envs.len()
    });
    let words: Vec<_> = envs
        .iter()
        .map(|e| postbag::learn::features::extract(e, layers.main.bits))
        .collect();
    let (d_main, _) = best_of(3, || {
        for f in &words {
            std::hint::black_box(layers.main.probabilities(f));
        }
        envs.len()
    });
    // How often triage reads the character head: only where it could change the outcome.
    let (mut could, mut read_chars) = (0, 0);
    for e in envs.iter().filter(|e| postbag::learn::reads(e)) {
        if layers.reading(e).pending().is_some() {
            could += 1;
            read_chars += usize::from(triage::classify(&rules, e).1.heads_unread.is_empty());
        }
    }
    println!(
        "learned layer parts: word features {:.1} us, character 4-grams {:.1} us, main model on \
         words {:.1} us per message; the character head is read for {read_chars} of {} \
         messages (its bound alone would read it for {could})",
        per(d_words),
        per(d_chars),
        per(d_main),
        envs.len(),
    );
    println!(
        "learned layer: {:.1} us per message; default path {:.2}x the rules alone",
        (d_all.as_secs_f64() - d_rules.as_secs_f64()) * 1e6 / n as f64,
        d_all.as_secs_f64() / d_rules.as_secs_f64()
    );
    // How often the model and the rules alone disagree on this corpus, and on safety.
    // [all 6,046, the held-out half]
    let (mut differ, mut safety_rules, mut safety_all) = (0, [0; 2], [0; 2]);
    for (m, &held) in messages.iter().zip(&held_out) {
        if let Ok(env) = mail::parse(m) {
            let a = triage::classify(&alone, &env).0.category;
            let b = triage::classify(&rules, &env).0.category;
            differ += usize::from(a != b);
            for half in [0, 1].into_iter().filter(|&i| i == 0 || held) {
                safety_rules[half] += usize::from(a == "safety");
                safety_all[half] += usize::from(b == "safety");
            }
        }
    }
    println!(
        "SpamAssassin corpus: {differ} decisions differ with the learned layer; called safety: \
         {} by the rules alone, {} with the learned layer; on the {} messages the model never \
         trained on: {} and {}",
        safety_rules[0],
        safety_all[0],
        held_out.iter().filter(|&&h| h).count(),
        safety_rules[1],
        safety_all[1]
    );

    // As an IMAP server hands them back: CRLF line ends.
    let crlf: Vec<Vec<u8>> = messages
        .iter()
        .map(|m| {
            let mut out = Vec::with_capacity(m.len() + m.len() / 30);
            for (i, &b) in m.iter().enumerate() {
                if b == b'\n' && (i == 0 || m[i - 1] != b'\r') {
                    out.push(b'\r');
                }
                out.push(b);
            }
            out
        })
        .collect();
    let crlf_bytes: usize = crlf.iter().map(Vec::len).sum();
    let (d, n) = best_of(5, || {
        for m in &crlf {
            if let Ok(env) = mail::parse(m) {
                std::hint::black_box(triage::classify(&rules, &env));
            }
        }
        crlf.len()
    });
    report("same, CRLF line ends", d, n, crlf_bytes);
}
