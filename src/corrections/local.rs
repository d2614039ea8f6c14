//! The per-mailbox model: what the secretary's corrections teach about new mail. Every
//! correction is kept as an example (the message's features, the category she gave); a
//! new message is compared with each, and the corrected messages similar to it vote for
//! their categories. Its points are added to the rules' and the shipped model's, never
//! subtracted, so a safety score is never lowered; a correction *to* safety counts at full
//! weight at once, the others with a weight that grows with the number of corrections.
//!
//! Being a set of examples plus counts, it is updated exactly: adding a correction adds
//! one example, erasing a person removes theirs, and the result equals a model built
//! without them ([`Local::to_bytes`] is its canonical form).

use std::collections::BTreeMap;

use crate::learn::{self, Features};
use crate::mail::Envelope;
use crate::rules::RuleSet;
use crate::store::Correction;

/// The most points the corrections give a category: as much as the shipped model's
/// learned layer (`triage::LEARNED_WEIGHT`), enough to outvote a wrong rule of 10-15.
pub const MAX_POINTS: f64 = 24.0;

/// Corrections at which the weight of non-safety corrections is half of [`MAX_POINTS`].
/// At 5, four corrections of the same letter from query to complaint gave a fifth 10.7
/// points, short of the 13 by which a shipped model sure of `query` kept it there
/// (`tests/corrections_imap.rs`); at 3 they give 13.7. The learning curve on corpus/dev
/// and corpus/train is the same at 2, 3 and 5 (`cargo bench --bench learning_curve`).
pub const HALF_WEIGHT_AT: f64 = 3.0;

/// Cosine similarity (of IDF-weighted features) from which a corrected message counts as
/// similar to a new one, for `--explain` ("from 9 similar messages"); mail by different
/// people on one subject is at 0.1-0.2, unrelated mail mostly below 0.07.
pub const SIMILAR: f32 = 0.10;

/// Similarity to a category's centroid below which its corrections say nothing.
pub const FLOOR: f32 = 0.05;
/// How far above [`FLOOR`] the similarity must be for the category's full weight.
/// Chosen on `corpus/train` streamed as `benches/learning_curve.rs` does (0.05/0.10 was
/// best of 0.05-0.20 by 0.10-0.20 there).
pub const FULL: f32 = 0.10;

/// One corrected message as the model keeps it.
#[derive(Debug, Clone, PartialEq)]
struct Example {
    to: String,
    /// IDF-weighted, length 1 (see `learn::Model::weighted`).
    features: Vec<(u32, f32)>,
}

/// The model: the examples and the corrections per category (its state), and each
/// category's centroid (derived from the examples, rebuilt when they change).
#[derive(Debug, Clone, Default)]
pub struct Local {
    examples: Vec<Example>,
    counts: BTreeMap<String, u64>,
    centroids: BTreeMap<String, Centroid>,
}

impl PartialEq for Local {
    fn eq(&self, other: &Local) -> bool {
        self.to_bytes() == other.to_bytes()
    }
}

/// The sum of a category's examples, with its length.
#[derive(Debug, Clone, Default)]
struct Centroid {
    sum: std::collections::HashMap<u32, f32>,
    norm: f32,
}

impl Centroid {
    fn of<'a>(examples: impl Iterator<Item = &'a Example>) -> Centroid {
        let mut sum: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
        for e in examples {
            for &(f, v) in &e.features {
                *sum.entry(f).or_default() += v;
            }
        }
        let norm = sum.values().map(|v| v * v).sum::<f32>().sqrt();
        Centroid { sum, norm }
    }

    fn cosine(&self, x: &[(u32, f32)]) -> f32 {
        if self.norm <= 0.0 {
            return 0.0;
        }
        x.iter()
            .filter_map(|(f, v)| self.sum.get(f).map(|s| s * v))
            .sum::<f32>()
            / self.norm
    }
}

/// What the corrections say about one message, per category of the rule set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// Points per category (indexed like `RuleSet::categories`), never negative.
    pub points: Vec<i64>,
    /// Similar corrected messages per category.
    pub similar: Vec<usize>,
    /// Messages corrected to each category.
    pub corrected: Vec<u64>,
}

impl Evidence {
    pub fn is_empty(&self) -> bool {
        self.points.iter().all(|&p| p <= 0)
    }

    /// "your corrections: +6 complaint, from 9 similar messages", one line per category
    /// given points.
    pub fn lines(&self, rules: &RuleSet) -> Vec<String> {
        self.points
            .iter()
            .enumerate()
            .filter(|(_, &p)| p > 0)
            .map(|(i, p)| {
                let name = &rules.categories()[i].name;
                match self.similar[i] {
                    0 => format!(
                        "your corrections: +{p} {name}, from the {} message(s) corrected to it (none closely similar)",
                        self.corrected[i]
                    ),
                    1 => format!("your corrections: +{p} {name}, from 1 similar message"),
                    n => format!("your corrections: +{p} {name}, from {n} similar messages"),
                }
            })
            .collect()
    }
}

/// The features the model compares: `learn::features::extract`, weighted by the shipped
/// model's IDF when there is one (common words then say little).
pub fn features(env: &Envelope) -> Features {
    let bits = learn::shipped().map_or(learn::BITS, |m| m.main.bits);
    learn::features::extract(env, bits)
}

fn weighted(raw: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let f = Features {
        entries: raw.to_vec(),
    };
    match learn::shipped() {
        Some(m) => m.main.weighted(&f).entries,
        None => f.entries,
    }
}

/// Dot product of two sparse vectors sorted by index.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

impl Local {
    /// The model of a set of corrections (in any order: the result is the same).
    pub fn from_corrections<'a>(corrections: impl IntoIterator<Item = &'a Correction>) -> Local {
        let mut local = Local::default();
        for c in corrections {
            local.add(&c.to, &c.features);
        }
        local
    }

    /// Learns one corrected message: `features` as [`features`] gives them.
    pub fn add(&mut self, to: &str, features: &[(u32, f32)]) {
        self.examples.push(Example {
            to: to.to_string(),
            features: weighted(features),
        });
        *self.counts.entry(to.to_string()).or_default() += 1;
        self.rebuild(to);
    }

    /// Recomputes `category`'s centroid from its examples (so that it never carries the
    /// rounding of an example added and removed).
    fn rebuild(&mut self, category: &str) {
        let c = Centroid::of(self.examples.iter().filter(|e| e.to == category));
        if c.sum.is_empty() {
            self.centroids.remove(category);
        } else {
            self.centroids.insert(category.to_string(), c);
        }
    }

    /// Forgets one corrected message added with [`Local::add`]; false if it was not there.
    pub fn remove(&mut self, to: &str, features: &[(u32, f32)]) -> bool {
        let w = weighted(features);
        let Some(i) = self
            .examples
            .iter()
            .position(|e| e.to == to && e.features == w)
        else {
            return false;
        };
        self.examples.remove(i);
        if let Some(n) = self.counts.get_mut(to) {
            *n -= 1;
            if *n == 0 {
                self.counts.remove(to);
            }
        }
        self.rebuild(to);
        true
    }

    pub fn len(&self) -> usize {
        self.examples.len()
    }

    pub fn is_empty(&self) -> bool {
        self.examples.is_empty()
    }

    /// Corrections per category.
    pub fn counts(&self) -> &BTreeMap<String, u64> {
        &self.counts
    }

    /// The weight of a category's evidence: full at once for safety (recall first), else
    /// growing with the number of corrections.
    fn weight(&self, category: &str) -> f64 {
        if category == crate::intake::SAFETY {
            return MAX_POINTS;
        }
        let n = self.examples.len() as f64;
        MAX_POINTS * n / (n + HALF_WEIGHT_AT)
    }

    /// The corrections' evidence on a message (its [`features`] given). Each category's
    /// corrected messages are summed into a centroid; the message's cosine similarity to
    /// it above [`FLOOR`] earns points, up to the category's weight at [`FULL`] above it.
    pub fn evidence(&self, rules: &RuleSet, features: &Features) -> Evidence {
        let cats = rules.categories();
        let mut ev = Evidence {
            points: vec![0; cats.len()],
            similar: vec![0; cats.len()],
            corrected: cats
                .iter()
                .map(|c| self.counts.get(&c.name).copied().unwrap_or(0))
                .collect(),
        };
        if self.examples.is_empty() {
            return ev;
        }
        let x = weighted(&features.entries);
        for e in &self.examples {
            if let Some(i) = rules.category_index(&e.to) {
                if dot(&x, &e.features) >= SIMILAR {
                    ev.similar[i] += 1;
                }
            }
        }
        for (i, c) in cats.iter().enumerate() {
            let Some(centroid) = self.centroids.get(&c.name) else {
                continue;
            };
            let sim = centroid.cosine(&x);
            let strength = f64::from(((sim - FLOOR) / FULL).clamp(0.0, 1.0));
            ev.points[i] = (self.weight(&c.name) * strength).round() as i64;
        }
        ev
    }

    /// The highest similarity of a message to any corrected one (0 without any).
    pub fn nearest(&self, features: &Features) -> f32 {
        let x = weighted(&features.entries);
        self.examples
            .iter()
            .map(|e| dot(&x, &e.features))
            .fold(0.0, f32::max)
    }

    /// The canonical bytes of the model: examples sorted, so that two models of the same
    /// corrections are equal byte for byte however they were built.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut examples: Vec<Vec<u8>> = self
            .examples
            .iter()
            .map(|e| {
                let mut b = e.to.as_bytes().to_vec();
                b.push(0);
                for (i, v) in &e.features {
                    b.extend_from_slice(&i.to_be_bytes());
                    b.extend_from_slice(&v.to_bits().to_be_bytes());
                }
                b
            })
            .collect();
        examples.sort();
        let mut out = Vec::new();
        for (c, n) in &self.counts {
            out.extend_from_slice(c.as_bytes());
            out.push(0);
            out.extend_from_slice(&n.to_be_bytes());
        }
        for e in examples {
            out.extend_from_slice(&(e.len() as u64).to_be_bytes());
            out.extend_from_slice(&e);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(subject: &str, body: &str) -> Envelope {
        Envelope {
            subject: subject.into(),
            body: body.into(),
            ..Default::default()
        }
    }

    #[test]
    fn removing_an_example_gives_the_model_without_it() {
        let a = features(&env(
            "Bins",
            "the bins were not collected again on our street",
        ));
        let b = features(&env("Meeting", "can I bring a guest to the branch meeting"));
        let mut both = Local::default();
        both.add("complaint", &a.entries);
        both.add("query", &b.entries);
        let mut only_b = Local::default();
        only_b.add("query", &b.entries);
        assert!(both.remove("complaint", &a.entries));
        assert_eq!(both.to_bytes(), only_b.to_bytes());
        assert_eq!(both, only_b);
    }

    #[test]
    fn nearest_is_one_for_the_same_letter_and_low_for_an_unrelated_one() {
        let bins = features(&env(
            "Bins",
            "the bins were not collected again on our street this week",
        ));
        let again = features(&env(
            "Bins again",
            "the bins on our street were not collected this week either",
        ));
        let meeting = features(&env("Meeting", "can I bring a guest to the branch meeting"));
        let of = |f: &Features| {
            let mut local = Local::default();
            local.add("complaint", &f.entries);
            local
        };
        assert_eq!(Local::default().nearest(&bins), 0.0);
        assert!((of(&bins).nearest(&bins) - 1.0).abs() < 1e-3);
        let (alike, unrelated) = (of(&bins).nearest(&again), of(&bins).nearest(&meeting));
        assert!((SIMILAR..1.0).contains(&alike), "{alike}");
        assert!(unrelated < SIMILAR, "{unrelated}");
        assert_eq!(of(&bins).nearest(&meeting), of(&meeting).nearest(&bins));
    }
}
