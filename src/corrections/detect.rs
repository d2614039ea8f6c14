//! Whether a message's marks on the server say the secretary re-labelled it. Pure: the
//! caller fetched the marks.
//!
//! A message shows a category by its keyword `postbag-<category>` or (on Gmail, where the
//! web and phone apps show labels, not keywords) its label. It was corrected when it shows
//! a category other than the one it has now (postbag's, or her last correction's): the one
//! she added. Removing every mark is no correction (nothing says what it should be), and a
//! mark she added while leaving the old one counts once, not again on every pass.

use std::collections::HashMap;

use crate::rules::RuleSet;

/// A correction seen on the server: the category she gave and how it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub to: String,
    /// `keyword` or `label`.
    pub how: &'static str,
}

/// The category `flags` and `labels` give a message that has `current` now (and had
/// `before` until her last correction of it, if any), when it differs. `labels` maps a
/// lowercased Gmail label to its category.
pub fn corrected(
    current: &str,
    before: Option<&str>,
    flags: &[String],
    labels: &[String],
    label_map: &HashMap<String, String>,
    rules: &RuleSet,
) -> Option<Seen> {
    let by_label: Vec<&str> = labels
        .iter()
        .filter_map(|l| label_map.get(&l.to_lowercase()).map(String::as_str))
        .collect();
    // Where labels show the category, they are what she sees and changes.
    if !by_label.is_empty() {
        return pick(current, before, &by_label, rules).map(|to| Seen { to, how: "label" });
    }
    let by_keyword: Vec<&str> = flags
        .iter()
        .filter_map(|f| {
            let name = f
                .get(..8)?
                .eq_ignore_ascii_case("postbag-")
                .then(|| &f[8..])?;
            rules
                .categories()
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name))
                .map(|c| c.name.as_str())
        })
        .collect();
    pick(current, before, &by_keyword, rules).map(|to| Seen { to, how: "keyword" })
}

/// The category `shown` says, if it is a change from `current`: the most urgent (by
/// priority) of those shown other than `current` (and, while `current` still shows, other
/// than `before`, which she may simply have left in place).
fn pick(current: &str, before: Option<&str>, shown: &[&str], rules: &RuleSet) -> Option<String> {
    let still = shown.contains(&current);
    shown
        .iter()
        .copied()
        .filter(|&c| c != current && !(still && Some(c) == before))
        .filter_map(|c| rules.category(c))
        .max_by_key(|c| c.priority)
        .map(|c| c.name.clone())
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

[[category]]
name = "complaint"
priority = 60
threshold = 5
reply = "draft"

[[category]]
name = "query"
priority = 40
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
"#;

    fn flags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_changed_keyword_is_a_correction_once() {
        let rs = load(RULES);
        let none = HashMap::new();
        let same = corrected(
            "complaint",
            None,
            &flags(&["\\Seen", "postbag-complaint"]),
            &[],
            &none,
            &rs,
        );
        assert_eq!(same, None);
        let swapped = corrected(
            "complaint",
            None,
            &flags(&["postbag-query"]),
            &[],
            &none,
            &rs,
        );
        assert_eq!(
            swapped,
            Some(Seen {
                to: "query".into(),
                how: "keyword"
            })
        );
        // Added beside the old one: a correction, then not again.
        let both = flags(&["postbag-complaint", "postbag-query"]);
        assert_eq!(
            corrected("complaint", None, &both, &[], &none, &rs)
                .unwrap()
                .to,
            "query"
        );
        assert_eq!(
            corrected("query", Some("complaint"), &both, &[], &none, &rs),
            None
        );
        // Every mark removed: nothing says what it should be.
        assert_eq!(
            corrected("complaint", None, &flags(&["\\Seen"]), &[], &none, &rs),
            None
        );
    }

    #[test]
    fn gmail_labels_come_before_keywords() {
        let rs = load(RULES);
        let map: HashMap<String, String> = [
            ("postbag/complaint".to_string(), "complaint".to_string()),
            ("postbag/safety".to_string(), "safety".to_string()),
        ]
        .into();
        // The keyword stays (Gmail's apps never show it); the label changed.
        let seen = corrected(
            "complaint",
            None,
            &flags(&["postbag-complaint"]),
            &flags(&["Postbag/Safety"]),
            &map,
            &rs,
        );
        assert_eq!(
            seen,
            Some(Seen {
                to: "safety".into(),
                how: "label"
            })
        );
    }
}
