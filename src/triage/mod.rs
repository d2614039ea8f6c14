//! Envelope + RuleSet -> [`Decision`]: which category a message belongs to, and why.
//!
//! Each category's score is the sum of its rules that fired plus the learned layer's
//! evidence (`learned-<category>`: at most the rules' `learned_weight` points, by default
//! [`LEARNED_WEIGHT`], in proportion to the shipped model's probability), so a strong rule
//! can still decide. The category with the
//! highest score at or above its threshold wins, ties going to the higher priority; a
//! `preempt` category over its threshold wins whatever the others score; `other` when
//! nothing qualifies.
//!
//! Safety is recall-first: a `safety` score at or above the category's `review_threshold`
//! but below its threshold still makes the message `safety`, at the `review` level (flagged,
//! never answered, no officer alert); at the threshold it is an `alert`. The learned layer
//! only ever adds points, so it can raise safety but never lower what a rule found, and no
//! message with any safety evidence is answered automatically. Whether a reply may go out
//! at all is `guard`'s question.

use crate::learn::{self, Layers};
use crate::mail::Envelope;
use crate::rules::{Evaluation, Explanation, Hit, ReplyPolicy, RuleSet};

mod decide;

use decide::verdict;
pub use decide::{decide, Decision, AUTO_MAX_BULK, SAFETY_EVIDENCE};

/// The most points the learned layer gives a category (at probability 1): twice a
/// threshold of 10, so the model alone decides when it is fairly sure (p >= 0.5), while
/// rules add to it or outweigh it (a strong rule scores 14 to 25, negative rules subtract).
pub const LEARNED_WEIGHT: i64 = 20;

/// Classify one message with the rules and the shipped model (when the rules use it).
pub fn classify(rules: &RuleSet, env: &Envelope) -> (Decision, Evaluation) {
    classify_adding(rules, env, &[], "")
}

/// A message the learned layer could not read is not answered automatically: nobody has
/// checked it for a threat beyond the rules' words.
fn draft_unread(decision: &mut Decision) {
    if decision.policy == ReplyPolicy::Auto {
        decision.policy = ReplyPolicy::Draft;
    }
}

/// The rules' evaluation of `env` with `extra` points added, and the shipped model's
/// evidence when the rules use it and it can read the message (see [`learn::reads`]); and
/// whether it was meant to but could not.
///
/// A safety head the main model's pass did not read (the character n-grams: the costliest
/// view) is read only where it can change the outcome: [`decide`] is monotone in the safety
/// probability (each of its steps, from no evidence to a review to an alert, only ever
/// goes up with it), so when the outcome is the same with that probability at 0 and at its
/// bound with the unread heads certain, it is the same whatever they would say. Then the
/// evidence is that of the views read, and the evaluation names the heads left unread.
/// On list and robot mail, whose outcome safety evidence below a review cannot change,
/// that is most messages.
fn evaluate(rules: &RuleSet, env: &Envelope, extra: &[i64]) -> (Evaluation, bool) {
    let mut eval = rules.evaluate(env);
    for (s, p) in eval.scores.iter_mut().zip(extra) {
        *s = s.saturating_add((*p).max(0));
    }
    let Some(layers) = rules.learned_enabled().then(learn::shipped).flatten() else {
        return (eval, false);
    };
    if !learn::reads(env) {
        return (eval, true);
    }
    let weights = learned_weights(rules);
    let rules_only = eval.scores.clone();
    let with = |eval: &mut Evaluation, p: &[f32]| {
        let p = by_category(layers, rules, p);
        eval.scores.copy_from_slice(&rules_only);
        eval.add_learned(&p, learned_points(&p, &weights));
    };
    let reading = layers.reading(env);
    let safety = layers.main.class(crate::intake::SAFETY);
    if let (Some(bound), Some(s)) = (reading.pending(), safety) {
        let (mut p, unread) = reading.so_far();
        let read = p[s];
        let mut at = |q: f32| {
            p[s] = q;
            with(&mut eval, &p);
            verdict(rules, &eval)
        };
        if at(0.0) == at(bound) {
            p[s] = read;
            with(&mut eval, &p);
            eval.heads_unread = unread;
            return (eval, false);
        }
    }
    with(&mut eval, &reading.finish());
    (eval, false)
}

/// [`classify`] with the learned layer's probabilities given (one per category of
/// `rules`, as [`probabilities`] makes them), or none: for training and its figures.
pub fn classify_with(
    rules: &RuleSet,
    env: &Envelope,
    probabilities: Option<&[f32]>,
) -> (Decision, Evaluation) {
    let mut eval = rules.evaluate(env);
    if let Some(p) = probabilities {
        eval.add_learned(p, learned_points(p, &learned_weights(rules)));
    }
    (decide(rules, &eval), eval)
}

/// Each category's `learned_weight`, else the set's.
fn learned_weights(rules: &RuleSet) -> Vec<i64> {
    rules
        .categories()
        .iter()
        .map(|c| c.learned_weight.unwrap_or(rules.learned_weight()))
        .collect()
}

/// [`classify`] with points from outside the rule set added per category (indexed like
/// `rules.categories()`; the secretary's corrections, see `corrections`), each category
/// given some named `<label>-<category>` in the decision's rules. Points are only ever
/// added (negative ones are ignored), so they can raise safety but never lower it.
pub fn classify_adding(
    rules: &RuleSet,
    env: &Envelope,
    extra: &[i64],
    label: &str,
) -> (Decision, Evaluation) {
    let (eval, unread) = evaluate(rules, env, extra);
    let mut decision = decide(rules, &eval);
    if unread {
        draft_unread(&mut decision);
    }
    let cats = rules.categories();
    decision.rules.extend(
        extra
            .iter()
            .enumerate()
            .filter(|(i, &p)| p > 0 && *i < cats.len())
            .map(|(i, _)| format!("{label}-{}", cats[i].name)),
    );
    (decision, eval)
}

/// The learned probability for each category of `rules` (0 for one the model does not
/// know); safety's combines the safety heads (see [`learn::Layers::probabilities`]).
pub fn probabilities(layers: &Layers, rules: &RuleSet, env: &Envelope) -> Vec<f32> {
    by_category(layers, rules, &layers.probabilities(env))
}

/// The main model's class probabilities `p` per category of `rules`.
fn by_category(layers: &Layers, rules: &RuleSet, p: &[f32]) -> Vec<f32> {
    rules
        .categories()
        .iter()
        .map(|c| layers.main.class(&c.name).map_or(0.0, |i| p[i]))
        .collect()
}

/// Points per category for the learned evidence: the category's weight (its
/// `learned_weight`, else the set's) times the probability, rounded.
pub fn learned_points(probabilities: &[f32], weights: &[i64]) -> Vec<i64> {
    probabilities
        .iter()
        .zip(weights)
        .map(|(&p, &w)| (w as f64 * f64::from(p)).round() as i64)
        .collect()
}

/// What `--explain` shows: each rule that fired with its matches, and each category the
/// learned layer gave points to with the words that pulled hardest towards it.
pub fn explain(rules: &RuleSet, env: &Envelope, eval: &Evaluation) -> Vec<Explanation> {
    let mut out = rules.explain(env, eval);
    let model = rules.learned_enabled().then(learn::shipped).flatten();
    if model.is_some() && !learn::reads(env) {
        out.push(Explanation {
            rule: "learned-unread".into(),
            category: "none".into(),
            score: 0,
            hits: vec![Hit {
                field: "model".into(),
                text: "not used: the text is mostly not in the Latin alphabet (or in a \
                       charset that could not be decoded); rules only, and no automatic reply"
                    .into(),
            }],
        });
    }
    for (i, &points) in eval.learned.iter().enumerate() {
        if points <= 0 {
            continue;
        }
        let category = &rules.categories()[i];
        let mut hits: Vec<Hit> = model
            .and_then(|m| Some((m, m.main.class(&category.name)?)))
            .map(|(m, class)| {
                m.main
                    .pulls(env, class, 6)
                    .into_iter()
                    .map(|p| Hit {
                        field: "model".into(),
                        text: format!("{} (+{:.2})", p.feature, p.weight),
                    })
                    .collect()
            })
            .unwrap_or_default();
        if category.name == crate::intake::SAFETY {
            let heads = model.map(|m| m.head_probabilities(env)).unwrap_or_default();
            for (i, (kind, p)) in heads.into_iter().enumerate() {
                let view = match kind {
                    learn::features::Kind::Words => "words",
                    learn::features::Kind::Chars => "character n-grams",
                };
                let text = if eval.heads_unread.contains(&i) {
                    format!(
                        "safety head over {view}: p = {p:.2}, not counted (it could not change \
                         the outcome, so triage does not read it)"
                    )
                } else {
                    format!("safety head over {view}: p = {p:.2}")
                };
                hits.push(Hit {
                    field: "model".into(),
                    text,
                });
            }
        }
        out.push(Explanation {
            rule: format!("learned-{}", category.name),
            category: category.name.clone(),
            score: points,
            hits,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decide::tests::LEARNED;
    use super::*;
    use crate::rules::load_texts_for_tests as load;

    #[test]
    fn mail_the_model_cannot_read_gets_rules_only_and_no_automatic_answer() {
        let rs = load(LEARNED).with_learned();
        let env = |body: &str| Envelope {
            body: body.into(),
            ..Default::default()
        };
        // A rule decides `query` (auto) either way; in Chinese the model adds nothing and
        // the answer becomes a draft.
        let chinese = env(&format!(
            "when is {}",
            "會議在哪裡舉行請告訴我謝謝".repeat(6)
        ));
        let (d, eval) = classify(&rs, &chinese);
        assert_eq!(d.category, "query");
        assert_eq!(d.policy, ReplyPolicy::Draft);
        assert!(eval.probabilities.is_empty() && eval.learned.iter().all(|&p| p == 0));
        let shown = explain(&rs, &chinese, &eval);
        assert!(
            shown.iter().any(|e| e.rule == "learned-unread"),
            "{shown:?}"
        );
        let english = env("when is the next branch meeting, and where is it held?");
        let (_, eval) = classify(&rs, &english);
        assert!(!eval.probabilities.is_empty());
        let shown = explain(&rs, &english, &eval);
        assert!(
            !shown.iter().any(|e| e.rule == "learned-unread"),
            "{shown:?}"
        );
    }

    /// What triage does with a message: everything of a [`Decision`] but the names of what
    /// fired.
    fn outcome(d: &Decision) -> (&str, Option<&str>, i64, i64, ReplyPolicy) {
        (
            &d.category,
            d.safety_level.as_deref(),
            d.priority,
            d.score,
            d.policy,
        )
    }

    /// The default rules and the shipped model.
    fn defaults() -> (RuleSet, &'static Layers) {
        let rules = crate::rules::load_embedded()
            .ruleset
            .expect("default rules");
        (rules, learn::shipped().expect("the shipped model"))
    }

    /// Every `step`th message of `corpus/train`, parsed.
    fn training_mail(step: usize) -> Vec<Envelope> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/train");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .step_by(step)
            .map(|f| crate::mail::parse(&std::fs::read(f).unwrap()).unwrap())
            .collect()
    }

    #[test]
    fn a_head_left_unread_never_changes_the_outcome() {
        let (rs, layers) = defaults();
        let (mut n, mut unread) = (0, 0);
        for env in training_mail(7).iter().filter(|e| learn::reads(e)) {
            let (gated, eval) = classify(&rs, env);
            let exact = classify_with(&rs, env, Some(&probabilities(layers, &rs, env))).0;
            assert_eq!(outcome(&gated), outcome(&exact), "{:?}", env.subject);
            n += 1;
            unread += usize::from(!eval.heads_unread.is_empty());
        }
        // Both ways are taken: heads left unread, and read where they could matter.
        assert!(unread > n / 5 && unread < n * 4 / 5, "{unread} of {n}");
    }

    #[test]
    fn each_outcome_is_one_stretch_of_the_safety_probability() {
        // What lets a head go unread: as safety's probability rises, an outcome once left
        // never comes back, so the same outcome at both ends means it all along.
        let (rs, layers) = defaults();
        let s = rs.category_index(crate::intake::SAFETY).unwrap();
        let mut changed = 0;
        for env in training_mail(29) {
            let p = probabilities(layers, &rs, &env);
            let mut seen: Vec<(String, Option<String>, i64, i64, ReplyPolicy)> = Vec::new();
            for q in 0..=200 {
                let mut p = p.clone();
                p[s] = q as f32 / 200.0;
                let d = classify_with(&rs, &env, Some(&p)).0;
                let (c, l, priority, score, policy) = outcome(&d);
                let o = (
                    c.to_string(),
                    l.map(str::to_string),
                    priority,
                    score,
                    policy,
                );
                if seen.last() != Some(&o) {
                    assert!(!seen.contains(&o), "{:?}: {o:?} again", env.subject);
                    seen.push(o);
                }
            }
            changed += usize::from(seen.len() > 1);
        }
        assert!(changed > 100, "{changed}");
    }
}
