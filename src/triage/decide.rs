//! What triage does with a message's scores: the winning category, its safety level
//! (`alert` or `review`) and the reply policy, automatic answers held back where there is
//! any safety or robot evidence. Pure: an [`Evaluation`] in, a [`Decision`] out.

use crate::rules::{Evaluation, ReplyPolicy, RuleSet};
use serde::Serialize;

/// The learned safety probability that counts as evidence of a threat (no automatic
/// reply): every message gets some probability, and below this it is noise (a plain
/// question about a meeting gets 0.01 to 0.04). Chosen by cross-validation on
/// corpus/train. With the shipped model, 4 of its 2,225 threats fall below it out of fold
/// and one of them (at 0.049, no safety rule, no bulk) is answered automatically; 0.04
/// would save that one and hold back 54 of 982 questions that are no threat.
pub const SAFETY_EVIDENCE: f32 = 0.05;

/// An automatic acknowledgement needs the learned layer to give `bulk` less than this:
/// mail it finds robot-like gets a draft instead, whatever the rules made of it.
pub const AUTO_MAX_BULK: f32 = 0.15;

const BULK: &str = "bulk";

/// The outcome of triage for one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub category: String,
    pub priority: i64,
    /// The winning category's score (0 for `other`).
    pub score: i64,
    /// Names of every rule that fired, in rule order.
    pub rules: Vec<String>,
    /// The category's reply policy, before the loop guard.
    pub policy: ReplyPolicy,
    /// For a `safety` decision: `alert` (at the category's threshold: the officers are
    /// told) or `review` (some evidence, below it: flagged, never answered, no alert).
    pub safety_level: Option<String>,
}

/// Whether a message shows any evidence of a threat: a safety rule with positive points
/// fired, or the learned layer gives safety at least [`SAFETY_EVIDENCE`].
fn has_safety_evidence(rules: &RuleSet, eval: &Evaluation, safety: usize) -> bool {
    eval.fired
        .iter()
        .any(|&r| rules.rule_category(r) == safety && rules.rule_score(r) > 0)
        || eval
            .probabilities
            .get(safety)
            .is_some_and(|&p| p >= SAFETY_EVIDENCE)
}

/// What triage does with a message: everything of a [`Decision`] but the names of what
/// fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Verdict {
    /// The winning category's index.
    winner: usize,
    /// `alert` or `review` for safety.
    level: Option<&'static str>,
    score: i64,
    policy: ReplyPolicy,
}

/// The winning category of an evaluation, its safety level, score and reply policy.
pub(super) fn verdict(rules: &RuleSet, eval: &Evaluation) -> Verdict {
    let cats = rules.categories();
    // `other` is the fallback; with a threshold of its own it also competes.
    let qualifies = |i: usize| {
        eval.scores[i] >= cats[i].threshold && (i != rules.other() || cats[i].threshold > 0)
    };
    let safety = rules.category_index(crate::intake::SAFETY);
    let safety_score = safety.map_or(0, |s| eval.scores[s]);
    // A `preempt` category that qualifies wins over every one that does not preempt.
    let preempting = (0..cats.len()).any(|i| qualifies(i) && cats[i].preempt);
    let mut winner = (0..cats.len())
        .filter(|&i| qualifies(i) && (cats[i].preempt || !preempting))
        .max_by_key(|&i| (eval.scores[i], cats[i].priority, std::cmp::Reverse(i)))
        .unwrap_or(rules.other());
    let mut level = None;
    if let Some(s) = safety {
        if winner == s {
            level = Some("alert");
        } else if cats[s].review_threshold.is_some_and(|r| safety_score >= r) {
            // Recall first: some evidence of a threat outweighs any other reading.
            winner = s;
            level = Some("review");
        }
    }
    let mut policy = cats[winner].reply;
    if policy == ReplyPolicy::Auto && safety.is_some_and(|s| has_safety_evidence(rules, eval, s)) {
        // Any safety evidence at all: the secretary reads it before anyone answers.
        policy = ReplyPolicy::Draft;
    }
    let bulk = rules
        .category_index(BULK)
        .and_then(|b| eval.probabilities.get(b));
    if policy == ReplyPolicy::Auto && bulk.is_some_and(|&p| p >= AUTO_MAX_BULK) {
        // The model finds it robot-like (a sales pitch, a scam, a notification without
        // list headers): a draft for the secretary, never an acknowledgement.
        policy = ReplyPolicy::Draft;
    }
    Verdict {
        winner,
        level,
        score: if winner == rules.other() && cats[winner].threshold == 0 {
            0
        } else {
            eval.scores[winner]
        },
        policy,
    }
}

/// Pick the winning category from an evaluation.
pub fn decide(rules: &RuleSet, eval: &Evaluation) -> Decision {
    let cats = rules.categories();
    let v = verdict(rules, eval);
    let mut names: Vec<String> = eval
        .fired
        .iter()
        .map(|&r| rules.rule_name(r).to_string())
        .collect();
    names.extend(
        eval.learned
            .iter()
            .enumerate()
            .filter(|(_, &p)| p > 0)
            .map(|(i, _)| format!("learned-{}", cats[i].name)),
    );
    Decision {
        category: cats[v.winner].name.clone(),
        priority: cats[v.winner].priority,
        score: v.score,
        rules: names,
        policy: v.policy,
        safety_level: v.level.map(str::to_string),
    }
}

#[cfg(test)]
pub(in crate::triage) mod tests {
    use super::*;
    use crate::mail::Envelope;
    use crate::rules::load_texts_for_tests as load;
    use crate::triage::{classify, classify_with, learned_points};

    const RULES: &str = r#"
[[category]]
name = "safety"
priority = 100
threshold = 10
reply = "none"
preempt = true

[[category]]
name = "urgent"
priority = 80
threshold = 5
reply = "draft"

[[category]]
name = "complaint"
priority = 60
threshold = 5
reply = "draft"

[[category]]
name = "other"
reply = "draft"

[[rule]]
name = "threat"
category = "safety"
score = 10
field = "body"
words = ["know where you live"]

[[rule]]
name = "claimed-urgent"
category = "urgent"
score = 2
field = "subject"
words = ["urgent"]

[[rule]]
name = "deadline"
category = "urgent"
score = 5
field = "body"
words = ["by 5pm", "tonight"]

[[rule]]
name = "angry"
category = "complaint"
score = 6
field = "body"
words = ["disgrace*", "unacceptable"]
"#;

    fn decide_on(subject: &str, body: &str) -> Decision {
        let rs = load(RULES);
        let env = Envelope {
            subject: subject.into(),
            body: body.into(),
            ..Default::default()
        };
        classify(&rs, &env).0
    }

    #[test]
    fn claimed_urgency_alone_is_not_enough() {
        let d = decide_on("URGENT", "When is the next meeting?");
        assert_eq!(d.category, "other");
        assert_eq!(d.score, 0);
        assert_eq!(d.rules, vec!["claimed-urgent"]);
        assert_eq!(d.policy, ReplyPolicy::Draft);
    }

    #[test]
    fn real_deadlines_are_urgent_and_anger_is_a_complaint() {
        assert_eq!(
            decide_on("URGENT", "We need the keys by 5pm").category,
            "urgent"
        );
        assert_eq!(
            decide_on("URGENT!!!", "This is a disgrace").category,
            "complaint"
        );
    }

    #[test]
    fn the_highest_score_wins_and_safety_preempts() {
        // urgent 2 + 5 = 7 beats complaint 6; a threat beats both whatever they score.
        assert_eq!(
            decide_on("urgent", "tonight? unacceptable").category,
            "urgent"
        );
        let d = decide_on("urgent", "tonight, unacceptable, I know where you live");
        assert_eq!(d.category, "safety");
        assert_eq!(d.priority, 100);
    }

    pub(in crate::triage) const LEARNED: &str = r#"
learned_weight = 20

[[category]]
name = "safety"
priority = 100
threshold = 10
review_threshold = 5
reply = "none"
preempt = true

[[category]]
name = "query"
priority = 40
threshold = 5
reply = "auto"

[[category]]
name = "bulk"
priority = 10
threshold = 10
reply = "none"

[[category]]
name = "other"
reply = "draft"

[[rule]]
name = "threat"
category = "safety"
score = 14
field = "body"
words = ["know where you live"]

[[rule]]
name = "weak"
category = "safety"
score = 3
field = "body"
words = ["watch your back"]

[[rule]]
name = "metaphor"
category = "safety"
score = -4
field = "body"
words = ["kill the high street"]

[[rule]]
name = "question"
category = "query"
score = 6
field = "body"
words = ["when is"]
"#;

    /// Decides with the learned probabilities given as (safety, query, bulk, other).
    fn with_p(body: &str, p: [f32; 4]) -> Decision {
        let rs = load(LEARNED);
        let env = Envelope {
            body: body.into(),
            ..Default::default()
        };
        classify_with(&rs, &env, Some(&p)).0
    }

    #[test]
    fn some_safety_evidence_is_a_review_and_enough_is_an_alert() {
        // 20 x 0.3 = 6 points: at the review threshold, below the alert.
        let d = with_p("Nice car you have.", [0.3, 0.1, 0.1, 0.5]);
        assert_eq!(
            (d.category.as_str(), d.safety_level.as_deref()),
            ("safety", Some("review"))
        );
        assert_eq!(d.policy, ReplyPolicy::None);
        let d = with_p("Nice car you have.", [0.6, 0.1, 0.1, 0.2]);
        assert_eq!(d.safety_level.as_deref(), Some("alert"));
        // 20 x 0.2 = 4: below the review threshold, the question wins, but is not answered.
        let d = with_p("When is the meeting?", [0.2, 0.7, 0.0, 0.1]);
        assert_eq!(
            (d.category.as_str(), d.policy),
            ("query", ReplyPolicy::Draft)
        );
    }

    #[test]
    fn the_learned_layer_never_lowers_what_a_rule_found() {
        // The model is sure it is a question; the rule still makes it an alert.
        let d = with_p("When is it? I know where you live.", [0.0, 1.0, 0.0, 0.0]);
        assert_eq!(
            (d.category.as_str(), d.safety_level.as_deref()),
            ("safety", Some("alert"))
        );
        let points = learned_points(&[-0.5, 0.5], &[20, 20]);
        assert_eq!(
            points,
            vec![-10, 10],
            "negative only from a negative probability"
        );
    }

    #[test]
    fn an_answer_goes_out_only_without_any_safety_or_robot_evidence() {
        let auto = |p| with_p("When is the next branch meeting?", p).policy;
        assert_eq!(auto([0.01, 0.9, 0.05, 0.04]), ReplyPolicy::Auto);
        // Learned safety at the evidence floor, even far below a review: a draft.
        assert_eq!(
            auto([SAFETY_EVIDENCE, 0.85, 0.05, 0.05]),
            ReplyPolicy::Draft
        );
        // Robot-like to the model: a draft, never an acknowledgement.
        assert_eq!(auto([0.0, 0.8, AUTO_MAX_BULK, 0.05]), ReplyPolicy::Draft);
        // A safety rule that fired counts even when a negative one cancels it out.
        let d = with_p(
            "When is the vote? It will kill the high street. Watch your back.",
            [0.0, 1.0, 0.0, 0.0],
        );
        assert_eq!(
            (d.category.as_str(), d.policy),
            ("query", ReplyPolicy::Draft)
        );
    }
}
