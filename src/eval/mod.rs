//! Measuring triage against labelled mail: the figures `postbag eval` prints (accuracy,
//! per-category precision/recall/F1, a confusion matrix, safety recall, automatic replies
//! to mail that must never get one, and figures per tag); the files it reads are
//! [`files`]'.
//!
//! Pure: reading the messages and classifying them is the command's; this module counts.

mod files;

pub use files::{parse_labels, parse_tags, Label, HEADER, TAGS_HEADER};

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

/// How the messages carrying one tag fared: accuracy among them, safety recall among those
/// labelled `safety`, and false alarms among the others.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TagFigures {
    pub messages: usize,
    pub right: usize,
    /// Of them, main label `safety`, and how many of those were decided `safety`.
    pub safety: usize,
    pub safety_found: usize,
    /// Not labelled `safety` at all but decided `safety`.
    pub false_safety: usize,
}

/// Figures per tag (`tags`: file -> its tags; a message without tags counts under none).
pub fn by_tag(
    outcomes: &[Outcome],
    tags: &BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, TagFigures> {
    let mut out: BTreeMap<String, TagFigures> = BTreeMap::new();
    for o in outcomes {
        let decided_safety = o.category.as_deref() == Some("safety");
        for tag in tags.get(&o.file).into_iter().flatten() {
            let f = out.entry(tag.clone()).or_default();
            f.messages += 1;
            f.right += usize::from(o.right());
            if o.main() == "safety" {
                f.safety += 1;
                f.safety_found += usize::from(decided_safety);
            }
            if decided_safety && !o.labels.iter().any(|l| l == "safety") {
                f.false_safety += 1;
            }
        }
    }
    out
}

/// The per-tag table for people, tags by how many messages carry them.
pub fn render_tags(tags: &BTreeMap<String, TagFigures>) -> String {
    let mut s = String::new();
    let mut rows: Vec<(&String, &TagFigures)> = tags.iter().collect();
    rows.sort_by_key(|(name, f)| (std::cmp::Reverse(f.messages), *name));
    let _ = writeln!(
        s,
        "{:<28} {:>8} {:>9} {:>15} {:>12}",
        "TAG", "MESSAGES", "ACCURACY", "SAFETY FOUND", "FALSE SAFETY"
    );
    for (name, f) in rows {
        let found = if f.safety == 0 {
            "-".to_string()
        } else {
            format!("{} of {}", f.safety_found, f.safety)
        };
        let _ = writeln!(
            s,
            "{:<28} {:>8} {:>9} {:>15} {:>12}",
            name,
            f.messages,
            pct(ratio(f.right, f.messages)),
            found,
            f.false_safety
        );
    }
    s
}

/// What triage made of one labelled message.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub file: String,
    pub labels: Vec<String>,
    /// `None` when the message could not be read or parsed (always wrong).
    pub category: Option<String>,
    /// `alert` or `review` for a `safety` decision.
    pub safety_level: Option<String>,
    pub reply: String,
    pub must_not_autoreply: bool,
    pub score: i64,
    pub rules: Vec<String>,
    /// What `--explain` would show: rules and learned evidence, one line each.
    pub evidence: Vec<String>,
    pub error: Option<String>,
}

impl Outcome {
    pub fn right(&self) -> bool {
        self.category
            .as_ref()
            .is_some_and(|c| self.labels.contains(c))
    }

    fn main(&self) -> &str {
        &self.labels[0]
    }
}

/// Precision, recall and F1 of one category.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryFigures {
    /// Messages whose main label is this category.
    pub support: usize,
    /// Decided this category.
    pub decided: usize,
    /// Decided this category where the labels allow it.
    pub decided_right: usize,
    /// Messages of this main label decided right (any allowed category).
    pub found: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Every figure of one evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub messages: usize,
    pub right: usize,
    pub accuracy: f64,
    pub unreadable: usize,
    /// Main label `safety`: how many, how many decided `safety`.
    pub safety_total: usize,
    pub safety_found: usize,
    pub safety_recall: f64,
    /// Decided `safety` at the alert level / the review level.
    pub safety_alerts: usize,
    pub safety_reviews: usize,
    /// Decided `safety` where the labels do not allow it.
    pub safety_false_alarms: usize,
    /// Messages labelled must-not-autoreply that would have been answered automatically.
    pub auto_to_must_not: usize,
    /// Automatic replies in all.
    pub auto_replies: usize,
    pub categories: BTreeMap<String, CategoryFigures>,
    /// Main label -> decision -> count.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// Per rule (and learned-<category>): how often it fired, and how often on a message
    /// whose labels include its category.
    pub rules: BTreeMap<String, RuleFigures>,
    /// Per tag, when a tags file was given (`eval --tags`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, TagFigures>>,
    pub misses: Vec<Outcome>,
}

/// How one rule fared against the labels.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleFigures {
    pub category: String,
    pub fired: usize,
    /// Fired on a message labelled (also) its category.
    pub agreed: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The figures of a set of outcomes; `order` lists the categories in display order,
/// `rule_category` gives each rule's category.
pub fn report(
    outcomes: &[Outcome],
    order: &[String],
    rule_category: &dyn Fn(&str) -> Option<String>,
) -> Report {
    let mut rules: BTreeMap<String, RuleFigures> = BTreeMap::new();
    for o in outcomes {
        for r in &o.rules {
            let Some(category) = rule_category(r) else {
                continue;
            };
            let f = rules.entry(r.clone()).or_default();
            f.fired += 1;
            f.agreed += usize::from(o.labels.contains(&category));
            f.category = category;
        }
    }
    let mut cats: BTreeMap<String, CategoryFigures> = order
        .iter()
        .map(|c| (c.clone(), CategoryFigures::default()))
        .collect();
    let mut confusion: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let (mut right, mut unreadable) = (0, 0);
    let (mut safety_total, mut safety_found) = (0, 0);
    let (mut alerts, mut reviews, mut false_alarms) = (0, 0, 0);
    let (mut auto_bad, mut auto) = (0, 0);
    let mut misses = Vec::new();
    for o in outcomes {
        let decided = o.category.clone().unwrap_or_else(|| "(unreadable)".into());
        if o.category.is_none() {
            unreadable += 1;
        }
        *confusion
            .entry(o.main().to_string())
            .or_default()
            .entry(decided.clone())
            .or_default() += 1;
        let ok = o.right();
        right += usize::from(ok);
        let main = cats.entry(o.main().to_string()).or_default();
        main.support += 1;
        main.found += usize::from(ok);
        if let Some(c) = &o.category {
            let d = cats.entry(c.clone()).or_default();
            d.decided += 1;
            d.decided_right += usize::from(ok);
        }
        if o.main() == "safety" {
            safety_total += 1;
            safety_found += usize::from(o.category.as_deref() == Some("safety"));
        }
        if o.category.as_deref() == Some("safety") {
            match o.safety_level.as_deref() {
                Some("review") => reviews += 1,
                _ => alerts += 1,
            }
            if !o.labels.iter().any(|l| l == "safety") {
                false_alarms += 1;
            }
        }
        if o.reply == "auto" {
            auto += 1;
            auto_bad += usize::from(o.must_not_autoreply);
        }
        if !ok || (o.reply == "auto" && o.must_not_autoreply) {
            misses.push(o.clone());
        }
    }
    for f in cats.values_mut() {
        f.precision = ratio(f.decided_right, f.decided);
        f.recall = ratio(f.found, f.support);
        f.f1 = if f.precision + f.recall > 0.0 {
            2.0 * f.precision * f.recall / (f.precision + f.recall)
        } else {
            0.0
        };
    }
    Report {
        messages: outcomes.len(),
        right,
        accuracy: ratio(right, outcomes.len()),
        unreadable,
        safety_total,
        safety_found,
        safety_recall: ratio(safety_found, safety_total),
        safety_alerts: alerts,
        safety_reviews: reviews,
        safety_false_alarms: false_alarms,
        auto_to_must_not: auto_bad,
        auto_replies: auto,
        categories: cats,
        confusion,
        rules,
        tags: None,
        misses,
    }
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// The report for people: the figures, the matrix, then each miss with its evidence
/// (all of them unless `max_misses` says fewer).
pub fn render(r: &Report, order: &[String], max_misses: Option<usize>) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} messages{}: {} right, accuracy {}",
        r.messages,
        if r.unreadable > 0 {
            format!(" ({} unreadable)", r.unreadable)
        } else {
            String::new()
        },
        r.right,
        pct(r.accuracy)
    );
    let _ = writeln!(
        s,
        "safety recall {} ({} of {}); decided safety: {} alert, {} review, {} not labelled safety",
        pct(r.safety_recall),
        r.safety_found,
        r.safety_total,
        r.safety_alerts,
        r.safety_reviews,
        r.safety_false_alarms
    );
    let _ = writeln!(
        s,
        "automatic replies: {} in all, {} to messages that must never get one",
        r.auto_replies, r.auto_to_must_not
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<16} {:>9} {:>7} {:>6} {:>8}",
        "CATEGORY", "PRECISION", "RECALL", "F1", "SUPPORT"
    );
    let mut names: Vec<&String> = order.iter().collect();
    for c in r.categories.keys() {
        if !names.contains(&c) {
            names.push(c);
        }
    }
    for c in &names {
        if let Some(f) = r.categories.get(*c) {
            if f.support == 0 && f.decided == 0 {
                continue;
            }
            let _ = writeln!(
                s,
                "{:<16} {:>9} {:>7} {:>6} {:>8}",
                c,
                pct(f.precision),
                pct(f.recall),
                format!("{:.2}", f.f1),
                f.support
            );
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "confusion (rows: main label, columns: decision)");
    let cols: Vec<&String> = names
        .iter()
        .copied()
        .filter(|c| r.confusion.values().any(|row| row.contains_key(*c)))
        .chain(
            r.confusion
                .values()
                .flat_map(|row| row.keys())
                .filter(|c| !names.contains(c))
                .collect::<std::collections::BTreeSet<_>>(),
        )
        .collect();
    let short = |c: &str| c.chars().take(6).collect::<String>();
    let _ = write!(s, "{:<16}", "");
    for c in &cols {
        let _ = write!(s, " {:>6}", short(c));
    }
    let _ = writeln!(s);
    for row_name in names.iter().filter(|n| r.confusion.contains_key(**n)) {
        let row = &r.confusion[*row_name];
        let _ = write!(s, "{:<16}", row_name);
        for c in &cols {
            let n = row.get(*c).copied().unwrap_or(0);
            let _ = write!(s, " {:>6}", if n == 0 { ".".into() } else { n.to_string() });
        }
        let _ = writeln!(s);
    }
    let mut noisy: Vec<(&String, &RuleFigures)> = r
        .rules
        .iter()
        .filter(|(name, f)| f.fired > f.agreed && !name.starts_with("learned-"))
        .collect();
    noisy.sort_by_key(|(name, f)| (std::cmp::Reverse(f.fired - f.agreed), *name));
    if !noisy.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "rules that fired most against the labels (fired, of which on their category):"
        );
        for (name, f) in noisy.iter().take(15) {
            let _ = writeln!(
                s,
                "  {name} ({}): {} fired, {} agreed",
                f.category, f.fired, f.agreed
            );
        }
    }
    if let Some(tags) = r.tags.as_ref().filter(|t| !t.is_empty()) {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "by tag (what each message exercises; see the tags file):"
        );
        s.push_str(&render_tags(tags));
    }
    if !r.misses.is_empty() {
        let shown = max_misses.unwrap_or(usize::MAX).min(r.misses.len());
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "misses ({}{}):",
            r.misses.len(),
            if shown < r.misses.len() {
                format!(", first {shown} shown")
            } else {
                String::new()
            }
        );
        for m in r.misses.iter().take(shown) {
            let decided = match (&m.category, &m.safety_level) {
                (Some(c), Some(l)) => format!("{c} ({l})"),
                (Some(c), None) => c.clone(),
                (None, _) => "(unreadable)".into(),
            };
            let _ = writeln!(
                s,
                "  {}: labelled {}, got {} (score {}, reply {}){}",
                m.file,
                m.labels.join("|"),
                decided,
                m.score,
                m.reply,
                if m.reply == "auto" && m.must_not_autoreply {
                    " AUTOMATIC REPLY TO A MUST-NOT MESSAGE"
                } else {
                    ""
                }
            );
            if let Some(e) = &m.error {
                let _ = writeln!(s, "      {e}");
            }
            for line in &m.evidence {
                let _ = writeln!(s, "      {line}");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(labels: &str, got: Option<&str>, reply: &str, must_not: bool) -> Outcome {
        Outcome {
            file: "x.eml".into(),
            labels: labels.split('|').map(String::from).collect(),
            category: got.map(String::from),
            safety_level: (got == Some("safety")).then(|| "alert".into()),
            reply: reply.into(),
            must_not_autoreply: must_not,
            score: 0,
            rules: vec![],
            evidence: vec![],
            error: None,
        }
    }

    #[test]
    fn figures_by_tag_count_recall_and_false_alarms_among_the_tagged() {
        let named = |file: &str, o: Outcome| Outcome {
            file: file.into(),
            ..o
        };
        let outcomes = [
            named("t1", outcome("safety", Some("safety"), "none", true)),
            named("t2", outcome("safety", Some("query"), "draft", true)),
            named("n1", outcome("complaint", Some("safety"), "none", false)),
            named(
                "n2",
                outcome("complaint|safety", Some("safety"), "none", false),
            ),
            named("n3", outcome("query", Some("query"), "auto", false)),
            named("untagged", outcome("query", Some("safety"), "none", false)),
        ];
        let tags: BTreeMap<String, Vec<String>> = [
            ("t1", "embedded"),
            ("t2", "embedded"),
            ("n1", "hard-negative"),
            ("n2", "hard-negative"),
            ("n3", "hard-negative"),
        ]
        .into_iter()
        .map(|(f, t)| (f.to_string(), vec![t.to_string()]))
        .collect();
        let by = by_tag(&outcomes, &tags);
        assert_eq!(
            by["embedded"],
            TagFigures {
                messages: 2,
                right: 1,
                safety: 2,
                safety_found: 1,
                false_safety: 0
            }
        );
        // n2 allows safety: right, and no false alarm; the untagged message counts nowhere.
        assert_eq!(
            by["hard-negative"],
            TagFigures {
                messages: 3,
                right: 2,
                safety: 0,
                safety_found: 0,
                false_safety: 1
            }
        );
        assert_eq!(by.len(), 2);
        let table = render_tags(&by);
        assert!(table.contains("hard-negative"), "{table}");
        assert!(
            table.lines().nth(1).unwrap().starts_with("hard-negative"),
            "{table}"
        );
        assert!(table.contains("1 of 2"), "{table}");
    }

    #[test]
    fn a_decision_is_right_when_any_label_allows_it() {
        let order: Vec<String> = ["safety", "complaint", "query", "bulk"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let outcomes = vec![
            outcome("safety", Some("safety"), "none", true),
            outcome("safety", Some("complaint"), "draft", true),
            outcome("complaint|query", Some("query"), "auto", false),
            outcome("query", Some("safety"), "none", false),
            outcome("bulk", Some("query"), "auto", true),
            outcome("query", None, "none", false),
        ];
        let r = report(&outcomes, &order, &|_| None);
        assert_eq!((r.messages, r.right), (6, 2));
        assert_eq!((r.safety_found, r.safety_total), (1, 2));
        assert_eq!(r.safety_false_alarms, 1);
        assert_eq!((r.auto_replies, r.auto_to_must_not), (2, 1));
        assert_eq!(r.unreadable, 1);
        let q = &r.categories["query"];
        assert_eq!(
            (q.support, q.found, q.decided, q.decided_right),
            (2, 0, 2, 1)
        );
        assert_eq!(q.precision, 0.5);
        assert_eq!(r.confusion["safety"]["complaint"], 1);
        assert_eq!(r.misses.len(), 4);
        let text = render(&r, &order, Some(2));
        assert!(text.contains("accuracy 33.3%"), "{text}");
        assert!(text.contains("misses (4, first 2 shown)"), "{text}");
        assert!(
            text.contains("AUTOMATIC REPLY TO A MUST-NOT MESSAGE")
                || r.misses[..2]
                    .iter()
                    .all(|m| m.reply != "auto" || !m.must_not_autoreply)
        );
    }
}
