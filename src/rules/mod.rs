//! Rule files: the format ([`spec`]), reading it with positions ([`load`]), compiling it
//! into one `RegexSet` per field ([`compile`], with `limits` naming what is too large),
//! reading a directory or the built-in set into a checked rule set (`read`), and matching
//! messages against it.
//!
//! The decision itself (which category wins) is `triage`'s; this module says which rules
//! fired and what each category scored.

pub mod compile;
mod limits;
pub mod load;
mod pattern;
mod read;
pub mod spec;
mod words;

pub use compile::{Category, RuleSet};
#[cfg(test)]
pub(crate) use read::load_texts_for_tests;
pub use read::{load_dir, load_embedded, Loaded, MAX_RULES_BYTES, MAX_RULE_FILE_BYTES};
pub use spec::{Diagnostic, Field, ReplyPolicy};

use crate::mail::Envelope;
use compile::{Cond, Source};

/// What the rules (and the learned layer) said about one message.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Total score per category, indexed like [`RuleSet::categories`]: the rules' points
    /// plus the learned layer's.
    pub scores: Vec<i64>,
    /// Indices of the rules that fired, in rule order.
    pub fired: Vec<usize>,
    /// The learned layer's points per category (all 0 without it).
    pub learned: Vec<i64>,
    /// The learned layer's probability per category (empty without it).
    pub probabilities: Vec<f32>,
    /// The learned layer's safety heads left unread because they could not change the
    /// decision (see `triage`); `probabilities` are then those of the views read.
    pub heads_unread: Vec<usize>,
    matched: Vec<bool>,
}

impl Evaluation {
    /// Adds the learned layer's points (never negative) to the scores.
    pub fn add_learned(&mut self, probabilities: &[f32], points: Vec<i64>) {
        for (s, p) in self.scores.iter_mut().zip(&points) {
            *s = s.saturating_add((*p).max(0));
        }
        self.learned = points.into_iter().map(|p| p.max(0)).collect();
        self.probabilities = probabilities.to_vec();
    }
}

/// One piece of text that made a rule fire.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    pub field: String,
    pub text: String,
}

/// Why one rule fired.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Explanation {
    pub rule: String,
    pub category: String,
    pub score: i64,
    pub hits: Vec<Hit>,
}

impl RuleSet {
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    pub fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.name == name)
    }

    /// Index of the category called `name`.
    pub fn category_index(&self, name: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.name == name)
    }

    /// Whether triage adds the learned layer's evidence (the shipped model) to the scores.
    pub fn learned_enabled(&self) -> bool {
        self.learned
    }

    /// The most points the learned layer gives a category (`learned_weight`).
    pub fn learned_weight(&self) -> i64 {
        self.learned_weight
    }

    /// The same rules without the learned layer (as a rule file's `learned = false`): for
    /// tests of what comes after triage, which must not move when the model is retrained.
    pub fn without_learned(mut self) -> RuleSet {
        self.learned = false;
        self
    }

    /// The same rules with the shipped model (unit tests load rules without it).
    #[cfg(test)]
    pub(crate) fn with_learned(mut self) -> RuleSet {
        self.learned = true;
        self
    }

    /// Index of the fallback category `other`.
    pub fn other(&self) -> usize {
        self.other
    }

    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    pub fn rule_name(&self, rule: usize) -> &str {
        &self.rules[rule].name
    }

    pub fn rule_category(&self, rule: usize) -> usize {
        self.rules[rule].category
    }

    pub fn rule_score(&self, rule: usize) -> i64 {
        self.rules[rule].score
    }

    /// Match every field once against its `RegexSet`, then score the rules.
    pub fn evaluate(&self, env: &Envelope) -> Evaluation {
        let mut matched = vec![false; self.atoms.len()];
        for set in &self.sets {
            let Some(text) = source_text(env, &set.source) else {
                continue;
            };
            if let Some(words) = &set.words {
                words.mark(&words::normalize(&text), &mut matched);
            }
            if let Some(regexes) = &set.set {
                let mut hits = regex_automata::PatternSet::new(regexes.pattern_len());
                regexes.which_overlapping_matches(
                    &regex_automata::Input::new(text.as_ref()),
                    &mut hits,
                );
                for p in hits.iter() {
                    matched[set.atoms[p.as_usize()]] = true;
                }
            }
        }
        let mut scores = vec![0i64; self.categories.len()];
        let mut fired = Vec::new();
        for (i, rule) in self.rules.iter().enumerate() {
            if holds(&rule.cond, &matched) {
                // Scores are bounded at load; saturating all the same, so that no sum
                // can wrap round to a negative score.
                scores[rule.category] = scores[rule.category].saturating_add(rule.score);
                fired.push(i);
            }
        }
        Evaluation {
            learned: vec![0; scores.len()],
            probabilities: Vec::new(),
            scores,
            fired,
            heads_unread: Vec::new(),
            matched,
        }
    }

    /// For each fired rule, the field and text of every condition that matched.
    pub fn explain(&self, env: &Envelope, eval: &Evaluation) -> Vec<Explanation> {
        eval.fired
            .iter()
            .map(|&r| {
                let rule = &self.rules[r];
                let mut atoms = Vec::new();
                positive_atoms(&rule.cond, &eval.matched, &mut atoms);
                let hits = atoms.into_iter().filter_map(|a| self.hit(env, a)).collect();
                Explanation {
                    rule: rule.name.clone(),
                    category: self.categories[rule.category].name.clone(),
                    score: rule.score,
                    hits,
                }
            })
            .collect()
    }

    fn hit(&self, env: &Envelope, atom: usize) -> Option<Hit> {
        let atom = &self.atoms[atom];
        let re = regex::Regex::new(&atom.regex).ok()?;
        Source::of(&atom.field).iter().find_map(|source| {
            let text = source_text(env, source)?;
            // Word lists were matched on the normalised text: show the match from there.
            let text = match atom.words {
                Some(_) => std::borrow::Cow::Owned(words::normalize(&text)),
                None => text,
            };
            let m = re.find(&text)?;
            Some(Hit {
                field: source.name(),
                text: m.as_str().chars().take(120).collect(),
            })
        })
    }
}

impl Source {
    pub(crate) fn name(&self) -> String {
        match self {
            Source::Subject => "subject".into(),
            Source::From => "from".into(),
            Source::To => "to".into(),
            Source::ReplyTo => "reply-to".into(),
            Source::Body => "body".into(),
            Source::Header(h) => format!("header {h}"),
            Source::SenderStatus => "sender-status".into(),
            Source::SenderBranch => "sender-branch".into(),
        }
    }
}

/// The text of a source; `None` for a header the message does not have.
fn source_text<'a>(env: &'a Envelope, source: &Source) -> Option<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    let addresses = |list: &[crate::mail::Address]| -> Cow<'a, str> {
        Cow::Owned(
            list.iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        )
    };
    Some(match source {
        Source::Subject => Cow::Borrowed(env.subject.as_str()),
        Source::Body => Cow::Borrowed(env.body.as_str()),
        Source::From => addresses(&env.from),
        Source::To => {
            let mut all = env.to.clone();
            all.extend(env.cc.iter().cloned());
            addresses(&all)
        }
        Source::ReplyTo => addresses(&env.reply_to),
        Source::Header(name) => {
            let values: Vec<&str> = env.header_all(name).collect();
            if values.is_empty() {
                return None;
            }
            Cow::Owned(values.join("\n"))
        }
        Source::SenderStatus => Cow::Borrowed(env.sender_profile.as_ref()?.status.as_str()),
        Source::SenderBranch => Cow::Borrowed(env.sender_profile.as_ref()?.branch.as_deref()?),
    })
}

fn holds(cond: &Cond, matched: &[bool]) -> bool {
    match cond {
        Cond::Atom(a) => matched[*a],
        Cond::All(v) => v.iter().all(|c| holds(c, matched)),
        Cond::Any(v) => v.iter().any(|c| holds(c, matched)),
        Cond::None(v) => !v.iter().any(|c| holds(c, matched)),
    }
}

/// Matched atoms that count for a rule (not those under a `not`).
fn positive_atoms(cond: &Cond, matched: &[bool], out: &mut Vec<usize>) {
    match cond {
        Cond::Atom(a) if matched[*a] => out.push(*a),
        Cond::All(v) | Cond::Any(v) => v.iter().for_each(|c| positive_atoms(c, matched, out)),
        _ => {}
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    use super::load_texts_for_tests as ruleset;

    const RULES: &str = r#"
[[category]]
name = "complaint"
threshold = 5
reply = "draft"

[[rule]]
name = "angry"
category = "complaint"
score = 5
field = "text"
words = ["disgrace*", "outrage*"]
not = [ { header = "List-Id", pattern = "" } ]

[[rule]]
name = "claims-urgency"
category = "complaint"
score = 1
field = "subject"
pattern = "urgent"
"#;

    #[test]
    fn fields_headers_and_not_combine() {
        let rs = ruleset(RULES);
        let mut env = Envelope {
            subject: "URGENT".into(),
            body: "This is a disgrace.".into(),
            ..Default::default()
        };
        let e = rs.evaluate(&env);
        assert_eq!(e.scores[0], 6);
        assert_eq!(e.fired, vec![0, 1]);
        let ex = rs.explain(&env, &e);
        assert_eq!(ex[0].hits[0].field, "body");
        assert_eq!(ex[0].hits[0].text, "disgrace");
        env.headers.push(("list-id".into(), "members".into()));
        assert_eq!(rs.evaluate(&env).scores[0], 1);
    }

    #[test]
    fn scores_saturate_instead_of_wrapping() {
        // The loader refuses such scores; the sum must not wrap even if one got through.
        let f = load::parse_file(std::path::PathBuf::from("t.toml"), RULES);
        let mut rules = f.rules;
        for r in &mut rules {
            r.score = i64::MAX;
        }
        let rs = compile::build(f.categories, rules).0.unwrap();
        let env = Envelope {
            subject: "URGENT".into(),
            body: "This is a disgrace.".into(),
            ..Default::default()
        };
        assert_eq!(rs.evaluate(&env).scores[0], i64::MAX);
    }
    #[test]
    fn the_embedded_rules_load_without_errors_or_warnings() {
        let loaded = load_embedded();
        assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
        let rs = loaded.ruleset.unwrap();
        for name in [
            "safety",
            "urgent",
            "complaint",
            "query",
            "procedural",
            "data-protection",
            "bulk",
            "other",
        ] {
            assert!(rs.category(name).is_some(), "missing category {name}");
        }
    }
}
