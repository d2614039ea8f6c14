//! Envelope + RuleSet -> [`Decision`]: which category a message belongs to, and why.
//!
//! The category with the highest score at or above its threshold wins, ties going to the
//! higher priority; a `preempt` category over its threshold wins whatever the others score;
//! `other` when nothing qualifies. Whether a reply may go out is `guard`'s question.

use crate::mail::Envelope;
use crate::rules::{Evaluation, ReplyPolicy, RuleSet};
use serde::Serialize;

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
}

/// Classify one message.
pub fn classify(rules: &RuleSet, env: &Envelope) -> (Decision, Evaluation) {
    let eval = rules.evaluate(env);
    (decide(rules, &eval), eval)
}

/// Pick the winning category from an evaluation.
pub fn decide(rules: &RuleSet, eval: &Evaluation) -> Decision {
    let cats = rules.categories();
    let qualifies = |i: usize| i != rules.other() && eval.scores[i] >= cats[i].threshold;
    let candidates: Vec<usize> = (0..cats.len()).filter(|&i| qualifies(i)).collect();
    let preempting: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| cats[i].preempt)
        .collect();
    let pool = if preempting.is_empty() {
        &candidates
    } else {
        &preempting
    };
    let winner = pool
        .iter()
        .copied()
        .max_by_key(|&i| (eval.scores[i], cats[i].priority, std::cmp::Reverse(i)))
        .unwrap_or(rules.other());
    let category = &cats[winner];
    Decision {
        category: category.name.clone(),
        priority: category.priority,
        score: if winner == rules.other() {
            0
        } else {
            eval.scores[winner]
        },
        rules: eval
            .fired
            .iter()
            .map(|&r| rules.rule_name(r).to_string())
            .collect(),
        policy: category.reply,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_texts_for_tests as load;

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
}
