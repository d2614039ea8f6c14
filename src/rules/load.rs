//! Reading rule files (TOML) into [`spec`](super::spec) types, reporting every problem with
//! its `path:line:col` and carrying on, so one run of `rules check` shows all of them.

use super::spec::{
    CategorySpec, CondSpec, Diagnostic, Field, LineIndex, Loc, Needle, ReplyPolicy, RuleSpec,
};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Everything declared in one file, plus what was wrong with it.
#[derive(Debug, Default)]
pub struct FileSpecs {
    pub categories: Vec<CategorySpec>,
    pub rules: Vec<RuleSpec>,
    pub diagnostics: Vec<Diagnostic>,
    /// `disable_safety = "why"`: this rule set knowingly has no `safety` category.
    pub safety_disabled: Option<(String, Loc)>,
    /// `learned = false`: the shipped model adds no evidence to this rule set.
    pub learned: Option<bool>,
    /// `learned_weight = N`: the most points the learned layer gives a category.
    pub learned_weight: Option<i64>,
}

/// The top-level key that lets a rule set go without a `safety` category (see
/// `rules/README.md`); its value says why, so the choice is visible in every `rules check`.
pub const DISABLE_SAFETY: &str = "disable_safety";
/// The top-level key that switches the learned layer off (`learned = false`).
pub const LEARNED: &str = "learned";
/// The top-level key that sets the learned layer's most points per category.
pub const LEARNED_WEIGHT: &str = "learned_weight";
/// Largest score a rule may add or take away: the default set's largest is 25, and a
/// bound keeps any sum of scores far from overflowing.
pub const MAX_SCORE: i64 = 1_000;
/// Largest threshold a category may have.
pub const MAX_THRESHOLD: i64 = 100_000;

const CATEGORY_KEYS: &[&str] = &[
    "name",
    "description",
    "priority",
    "threshold",
    "reply",
    "preempt",
    "review_threshold",
    "learned_weight",
];
const RULE_KEYS: &[&str] = &["name", "category", "score", "description"];
const COND_KEYS: &[&str] = &[
    "field",
    "header",
    "words",
    "pattern",
    "case_sensitive",
    "all",
    "any",
    "not",
];
/// Conditions nest at most this deep: deeper trees are a mistake, not a rule.
const MAX_DEPTH: usize = 8;

/// Read one rule file's text; `path` is only used in messages.
pub fn parse_file(path: PathBuf, text: &str) -> FileSpecs {
    let mut w = Walker {
        path: Arc::new(path),
        text,
        lines: LineIndex::new(text),
        out: FileSpecs::default(),
    };
    let (doc, errors) = DeTable::parse_recoverable(text);
    for e in &errors {
        let offset = e.span().map_or(0, |s| s.start);
        w.error(offset, format!("invalid TOML: {}", one_line(e.message())));
    }
    for (key, value) in doc.get_ref().iter() {
        match key.get_ref().as_ref() {
            "category" => {
                for table in w.array_of_tables(value, "category") {
                    if let Some(c) = w.category(table.0, table.1) {
                        w.out.categories.push(c);
                    }
                }
            }
            "rule" => {
                for table in w.array_of_tables(value, "rule") {
                    if let Some(r) = w.rule(table.0, table.1) {
                        w.out.rules.push(r);
                    }
                }
            }
            DISABLE_SAFETY => match value.get_ref().as_str() {
                Some(why) if !why.trim().is_empty() => {
                    let loc = w.loc(key.span().start);
                    w.out.safety_disabled = Some((why.trim().to_string(), loc));
                }
                _ => w.error(
                    value.span().start,
                    format!("`{DISABLE_SAFETY}` must say why this rule set has no safety category, e.g. {DISABLE_SAFETY} = \"test rules: no threats in these messages\""),
                ),
            },
            LEARNED => match value.get_ref().as_bool() {
                Some(b) => w.out.learned = Some(b),
                None => w.error(
                    value.span().start,
                    format!("`{LEARNED}` must be true or false (false: the shipped model adds no evidence)"),
                ),
            },
            LEARNED_WEIGHT => match value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok()) {
                Some(n) if (0..=MAX_SCORE).contains(&n) => w.out.learned_weight = Some(n),
                _ => w.error(
                    value.span().start,
                    format!("`{LEARNED_WEIGHT}` must be a whole number from 0 to {MAX_SCORE} (the learned layer's most points per category)"),
                ),
            },
            other => w.error(
                key.span().start,
                format!(
                    "unknown key `{other}`: a rule file holds [[category]] and [[rule]] tables (and `{DISABLE_SAFETY}`, `{LEARNED}`, `{LEARNED_WEIGHT}`)"
                ),
            ),
        }
    }
    w.out.diagnostics.sort_by_key(|d| (d.loc.line, d.loc.col));
    w.out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Walker<'a> {
    path: Arc<PathBuf>,
    text: &'a str,
    lines: LineIndex,
    out: FileSpecs,
}

type Entry<'a, 'i> = (&'a DeTable<'i>, Range<usize>);

impl<'a> Walker<'a> {
    fn loc(&self, offset: usize) -> Loc {
        self.lines.loc(&self.path, self.text, offset)
    }

    fn error(&mut self, offset: usize, message: String) {
        let loc = self.loc(offset);
        self.out.diagnostics.push(Diagnostic {
            loc,
            message,
            warning: false,
        });
    }

    fn array_of_tables<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Vec<Entry<'v, 'i>> {
        let Some(array) = value.get_ref().as_array() else {
            self.error(
                value.span().start,
                format!("`{what}` must be written as [[{what}]] tables"),
            );
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in array.iter() {
            match item.get_ref().as_table() {
                Some(t) => tables.push((t, item.span())),
                None => self.error(item.span().start, format!("each `{what}` must be a table")),
            }
        }
        tables
    }

    fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&[&str]], what: &str) {
        for key in table.keys() {
            let k: &str = key.get_ref().as_ref();
            if !allowed.iter().any(|set| set.contains(&k)) {
                let expected: Vec<&str> = allowed.iter().flat_map(|s| s.iter().copied()).collect();
                self.error(
                    key.span().start,
                    format!(
                        "unknown key `{k}` in {what}, expected one of: {}",
                        expected.join(", ")
                    ),
                );
            }
        }
    }

    fn get<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<(String, usize)> {
        let v = Self::get(table, key)?;
        match v.get_ref().as_str() {
            Some(s) => Some((s.to_string(), v.span().start)),
            None => {
                self.error(
                    v.span().start,
                    format!("`{key}` must be a string, not {}", v.get_ref().type_str()),
                );
                None
            }
        }
    }

    fn required_string(
        &mut self,
        table: &DeTable<'_>,
        span: &Range<usize>,
        key: &str,
        what: &str,
    ) -> Option<(String, usize)> {
        if Self::get(table, key).is_none() {
            self.error(span.start, format!("{what} has no `{key}`"));
            return None;
        }
        match self.string(table, key) {
            Some((s, at)) if s.trim().is_empty() => {
                self.error(at, format!("`{key}` must not be empty"));
                None
            }
            other => other,
        }
    }

    fn integer(&mut self, table: &DeTable<'_>, key: &str) -> Option<i64> {
        let v = Self::get(table, key)?;
        let parsed = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        if parsed.is_none() {
            self.error(v.span().start, format!("`{key}` must be a whole number"));
        }
        parsed
    }

    fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> Option<bool> {
        let v = Self::get(table, key)?;
        let b = v.get_ref().as_bool();
        if b.is_none() {
            self.error(v.span().start, format!("`{key}` must be true or false"));
        }
        b
    }

    fn category(&mut self, table: &DeTable<'_>, span: Range<usize>) -> Option<CategorySpec> {
        self.check_keys(table, &[CATEGORY_KEYS], "a category");
        let name = self.required_string(table, &span, "name", "this category");
        let reply = match self.required_string(table, &span, "reply", "this category") {
            Some((s, at)) => match s.parse::<ReplyPolicy>() {
                Ok(p) => Some(p),
                Err(e) => {
                    self.error(at, e);
                    None
                }
            },
            None => None,
        };
        let threshold = self.integer(table, "threshold").unwrap_or(1);
        let is_other = name.as_ref().is_some_and(|(n, _)| n == "other");
        if (threshold < 1 && !is_other) || threshold > MAX_THRESHOLD {
            let at = Self::get(table, "threshold").map_or(span.start, |v| v.span().start);
            self.error(
                at,
                format!("`threshold` must be between 1 and {MAX_THRESHOLD}"),
            );
        }
        let review_threshold = self.integer(table, "review_threshold");
        if let Some(r) = review_threshold {
            if r < 1 || r >= threshold {
                let at =
                    Self::get(table, "review_threshold").map_or(span.start, |v| v.span().start);
                self.error(
                    at,
                    format!("`review_threshold` must be at least 1 and below the threshold ({threshold})"),
                );
            }
        }
        let learned_weight = self.integer(table, "learned_weight");
        if learned_weight.is_some_and(|w| !(0..=MAX_SCORE).contains(&w)) {
            let at = Self::get(table, "learned_weight").map_or(span.start, |v| v.span().start);
            self.error(
                at,
                format!("`learned_weight` must be from 0 to {MAX_SCORE}"),
            );
        }
        let category = CategorySpec {
            review_threshold,
            learned_weight,
            name: name?.0,
            description: self
                .string(table, "description")
                .map(|s| s.0)
                .unwrap_or_default(),
            priority: self.integer(table, "priority").unwrap_or(0),
            threshold: threshold.clamp(i64::from(!is_other), MAX_THRESHOLD),
            reply: reply?,
            preempt: self.boolean(table, "preempt").unwrap_or(false),
            loc: self.loc(span.start),
        };
        Some(category)
    }

    fn rule(&mut self, table: &DeTable<'_>, span: Range<usize>) -> Option<RuleSpec> {
        self.check_keys(table, &[RULE_KEYS, COND_KEYS], "a rule");
        let name = self.required_string(table, &span, "name", "this rule");
        let category = self.required_string(table, &span, "category", "this rule");
        let score = match Self::get(table, "score") {
            None => {
                self.error(span.start, "this rule has no `score`".to_string());
                None
            }
            Some(v) => {
                let at = v.span().start;
                self.integer(table, "score").filter(|s| {
                    let ok = (-MAX_SCORE..=MAX_SCORE).contains(s);
                    if !ok {
                        self.error(
                            at,
                            format!("`score` must be between -{MAX_SCORE} and {MAX_SCORE}"),
                        );
                    }
                    ok
                })
            }
        };
        let cond = self.condition(table, &span, 0);
        let (category, category_at) = category?;
        Some(RuleSpec {
            name: name?.0,
            category,
            category_loc: self.loc(category_at),
            score: score?,
            description: self
                .string(table, "description")
                .map(|s| s.0)
                .unwrap_or_default(),
            cond: cond?,
            loc: self.loc(span.start),
        })
    }

    /// The condition of a table: its own match (if any) and its all/any/not lists, ANDed.
    fn condition(
        &mut self,
        table: &DeTable<'_>,
        span: &Range<usize>,
        depth: usize,
    ) -> Option<CondSpec> {
        if depth > MAX_DEPTH {
            self.error(
                span.start,
                format!("conditions nest deeper than {MAX_DEPTH} levels"),
            );
            return None;
        }
        let mut parts = Vec::new();
        let mut ok = true;
        let has_field = Self::get(table, "field").is_some() || Self::get(table, "header").is_some();
        let has_needle =
            Self::get(table, "words").is_some() || Self::get(table, "pattern").is_some();
        if has_field || has_needle {
            match self.match_cond(table, span) {
                Some(c) => parts.push(c),
                None => ok = false,
            }
        }
        for key in ["all", "any", "not"] {
            let Some(v) = Self::get(table, key) else {
                continue;
            };
            let Some(array) = v.get_ref().as_array() else {
                self.error(v.span().start, format!("`{key}` must be a list of conditions, e.g. {key} = [{{ field = \"subject\", words = [\"motion\"] }}]"));
                ok = false;
                continue;
            };
            if array.is_empty() {
                self.error(v.span().start, format!("`{key}` is empty"));
                ok = false;
                continue;
            }
            let mut items = Vec::new();
            for item in array.iter() {
                match item.get_ref().as_table() {
                    Some(t) => {
                        self.check_keys(t, &[COND_KEYS], "a condition");
                        match self.condition(t, &item.span(), depth + 1) {
                            Some(c) => items.push(c),
                            None => ok = false,
                        }
                    }
                    None => {
                        self.error(item.span().start, format!("each entry of `{key}` must be an inline table such as {{ field = \"body\", words = [\"...\"] }}"));
                        ok = false;
                    }
                }
            }
            parts.push(match key {
                "all" => CondSpec::All(items),
                "any" => CondSpec::Any(items),
                _ => CondSpec::None(items),
            });
        }
        if parts.is_empty() && ok {
            self.error(span.start, "no condition: give `field` (or `header`) with `words` or `pattern`, or `all`/`any`/`not`".to_string());
            return None;
        }
        ok.then(|| {
            if parts.len() == 1 {
                parts.pop().unwrap()
            } else {
                CondSpec::All(parts)
            }
        })
    }

    fn match_cond(&mut self, table: &DeTable<'_>, span: &Range<usize>) -> Option<CondSpec> {
        let field = match (self.string(table, "field"), self.string(table, "header")) {
            (Some(_), Some((_, at))) => {
                self.error(at, "give either `field` or `header`, not both".to_string());
                None
            }
            (Some((name, at)), None) => match Field::parse(&name) {
                Some(f) => Some(f),
                None => {
                    self.error(at, format!("unknown field `{name}`, expected one of: {} (or use `header = \"Name\"`)", Field::NAMES.join(", ")));
                    None
                }
            },
            (None, Some((name, at))) => {
                let valid =
                    !name.is_empty() && name.bytes().all(|b| (33..=126).contains(&b) && b != b':');
                if !valid {
                    self.error(at, format!("`{name}` is not a header name"));
                }
                valid.then(|| Field::Header(name.to_ascii_lowercase()))
            }
            (None, None) => {
                self.error(
                    span.start,
                    "`words` or `pattern` needs `field` or `header` to say where to look"
                        .to_string(),
                );
                None
            }
        };
        let case_sensitive = self.boolean(table, "case_sensitive").unwrap_or(false);
        let needle_at = Self::get(table, "words")
            .or(Self::get(table, "pattern"))
            .map_or(span.start, |v| v.span().start);
        let needle = match (Self::get(table, "words"), Self::get(table, "pattern")) {
            (Some(_), Some(p)) => {
                self.error(
                    p.span().start,
                    "give either `words` or `pattern`, not both".to_string(),
                );
                None
            }
            (Some(words), None) => self.words(words),
            (None, Some(_)) => self
                .string(table, "pattern")
                .map(|(p, _)| Needle::Pattern(p)),
            (None, None) => {
                self.error(
                    span.start,
                    "a condition with `field` needs `words` or `pattern`".to_string(),
                );
                None
            }
        };
        Some(CondSpec::Match {
            field: field?,
            needle: needle?,
            case_sensitive,
            loc: self.loc(needle_at),
        })
    }

    fn words(&mut self, v: &Spanned<DeValue<'_>>) -> Option<Needle> {
        let Some(array) = v.get_ref().as_array() else {
            self.error(
                v.span().start,
                "`words` must be a list of strings".to_string(),
            );
            return None;
        };
        let mut words = Vec::new();
        let mut ok = !array.is_empty();
        if array.is_empty() {
            self.error(v.span().start, "`words` is empty".to_string());
        }
        for item in array.iter() {
            match item.get_ref().as_str() {
                Some(s) if s.chars().all(|c| c == '*' || c.is_whitespace()) && s.contains('*') => {
                    self.error(
                        item.span().start,
                        format!("{s:?} matches every word, so this condition holds for every message: name the word (`threaten*`)"),
                    );
                    ok = false;
                }
                Some(s) if !s.trim().is_empty() => words.push(s.to_string()),
                Some(_) => {
                    self.error(
                        item.span().start,
                        "an entry of `words` is empty".to_string(),
                    );
                    ok = false;
                }
                None => {
                    self.error(
                        item.span().start,
                        "`words` must hold only strings".to_string(),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(Needle::Words(words))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FileSpecs {
        parse_file(PathBuf::from("t.toml"), text)
    }

    #[test]
    fn reads_categories_and_nested_rules() {
        let f = parse(
            r#"
[[category]]
name = "complaint"
priority = 50
threshold = 5
reply = "draft"

[[rule]]
name = "angry-urgent"
category = "complaint"
score = 4
all = [ { field = "subject", words = ["urgent"] } ]
any = [ { field = "body", words = ["outrage*"] }, { header = "X-Priority", pattern = "^1" } ]
not = [ { header = "List-Id", pattern = "" } ]
"#,
        );
        assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
        assert_eq!(f.categories[0].threshold, 5);
        assert_eq!(f.rules[0].score, 4);
        let CondSpec::All(parts) = &f.rules[0].cond else {
            panic!()
        };
        assert_eq!(parts.len(), 3);
        assert!(matches!(parts[2], CondSpec::None(_)));
    }

    #[test]
    fn reports_every_problem_with_its_position() {
        let f = parse(
            r#"[[rule]]
name = "a"
category = "query"
score = 1
field = "subjct"
words = ["x"]

[[rule]]
name = "b"
category = "query"
scor = 1
field = "body"
"#,
        );
        let msgs: Vec<String> = f.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs[0].starts_with("t.toml:5:9: unknown field `subjct`"),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("t.toml:11:1: unknown key `scor`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("has no `score`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("needs `words` or `pattern`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn absurd_scores_and_thresholds_are_refused() {
        let f = parse(
            r#"[[category]]
name = "complaint"
threshold = 100001
reply = "draft"

[[rule]]
name = "huge"
category = "complaint"
score = 9223372036854775807
field = "body"
words = ["x"]

[[rule]]
name = "hugely-negative"
category = "complaint"
score = -1001
field = "body"
words = ["y"]

[[rule]]
name = "fine"
category = "complaint"
score = -1000
field = "body"
words = ["z"]
"#,
        );
        let msgs: Vec<String> = f.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            msgs,
            [
                "t.toml:3:13: `threshold` must be between 1 and 100000",
                "t.toml:9:9: `score` must be between -1000 and 1000",
                "t.toml:16:9: `score` must be between -1000 and 1000",
            ]
        );
        assert_eq!(f.rules.len(), 1);
    }

    #[test]
    fn a_word_of_stars_alone_is_refused() {
        let f = parse(
            r#"[[rule]]
name = "everything"
category = "complaint"
score = 5
field = "body"
words = ["outrage*", "*", " ** "]
"#,
        );
        let msgs: Vec<String> = f.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(
            msgs[0].starts_with("t.toml:6:22: \"*\" matches every word"),
            "{msgs:?}"
        );
        assert!(f.rules.is_empty());
    }

    #[test]
    fn disable_safety_needs_a_reason() {
        let f = parse("disable_safety = \"test rules: no threats here\"\n");
        assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
        let (why, loc) = f.safety_disabled.unwrap();
        assert_eq!(why, "test rules: no threats here");
        assert_eq!(loc.to_string(), "t.toml:1:1");
        for bad in ["disable_safety = \" \"\n", "disable_safety = true\n"] {
            let f = parse(bad);
            assert!(f.safety_disabled.is_none());
            assert!(
                f.diagnostics[0].message.contains("must say why"),
                "{:?}",
                f.diagnostics
            );
        }
    }

    #[test]
    fn broken_toml_is_reported_not_fatal() {
        let f = parse("[[rule]\nname = \"x\"\n");
        assert!(
            f.diagnostics[0].message.starts_with("invalid TOML"),
            "{:?}",
            f.diagnostics
        );
        assert_eq!(f.diagnostics[0].loc.line, 1);
    }
}
