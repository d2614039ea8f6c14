//! Turning rule specs into a [`RuleSet`]: cross-file checks (unknown or duplicate names),
//! regex validation with positions, slow-pattern warnings, and one `RegexSet` per field.

use super::limits;
use super::pattern::{always_there, lint, matches_everything, regex_error, words_regex};
use super::spec::{CategorySpec, CondSpec, Diagnostic, Field, Loc, Needle, ReplyPolicy, RuleSpec};
use super::words::{self, WordMatcher};
use regex_automata::meta::Regex as MultiRegex;
use std::collections::{BTreeMap, HashMap};

/// Longest `pattern` accepted, in bytes: rules are for words and phrases, not documents.
pub const MAX_PATTERN_LEN: usize = 2_000;
/// Most entries in one `words` list.
pub const MAX_WORDS: usize = 1_000;
/// Compiled size limit for each field's `RegexSet`.
pub const SET_SIZE_LIMIT: usize = 64 << 20;
/// Compiled size limit for the whole rule set (every field's patterns and word lists): a
/// header per rule would otherwise multiply the per-field limit. The default set is well
/// under 1 MiB.
pub const RULESET_SIZE_LIMIT: usize = 128 << 20;
/// Lazy-DFA cache for each field's `RegexSet`: large enough that the DFA does not give up.
const DFA_SIZE_LIMIT: usize = 32 << 20;

/// A category after loading.
#[derive(Debug, Clone)]
pub struct Category {
    pub name: String,
    pub description: String,
    pub priority: i64,
    pub threshold: i64,
    /// See [`CategorySpec::review_threshold`].
    pub review_threshold: Option<i64>,
    /// The learned layer's most points for this category (default: the set's).
    pub learned_weight: Option<i64>,
    pub reply: ReplyPolicy,
    pub preempt: bool,
}

/// One condition's needle, and where it looks. `regex` always exists (it also serves
/// `--explain`); `words` is set when the needle is matched literally instead.
#[derive(Debug, Clone)]
pub(crate) struct Atom {
    pub field: Field,
    pub regex: String,
    pub words: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub(crate) enum Cond {
    Atom(usize),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    None(Vec<Cond>),
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub name: String,
    pub category: usize,
    pub score: i64,
    pub cond: Cond,
}

/// Text a message offers to rules; `text` conditions look at both subject and body.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Source {
    Subject,
    From,
    To,
    ReplyTo,
    Body,
    Header(String),
    SenderStatus,
    SenderBranch,
}

impl Source {
    pub(crate) fn of(field: &Field) -> Vec<Source> {
        match field {
            Field::Subject => vec![Source::Subject],
            Field::From => vec![Source::From],
            Field::To => vec![Source::To],
            Field::ReplyTo => vec![Source::ReplyTo],
            Field::Body => vec![Source::Body],
            Field::Text => vec![Source::Subject, Source::Body],
            Field::Header(h) => vec![Source::Header(h.clone())],
            Field::SenderStatus => vec![Source::SenderStatus],
            Field::SenderBranch => vec![Source::SenderBranch],
        }
    }
}

/// All needles looking at one source: word lists in one Aho-Corasick pass over the
/// normalised text, patterns in one `RegexSet` pass over the text as it is.
#[derive(Debug, Clone)]
pub(crate) struct SourceSet {
    pub source: Source,
    pub words: Option<WordMatcher>,
    pub set: Option<MultiRegex>,
    /// `atoms[i]` is the atom of the set's pattern `i`.
    pub atoms: Vec<usize>,
}

/// Where an atom came from, to name it in errors about the compiled set.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    pub rule: String,
    pub loc: Loc,
    /// The needle as written, for messages.
    pub needle: String,
}

/// The compiled rules: categories, rules, and one `RegexSet` per source.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) categories: Vec<Category>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) atoms: Vec<Atom>,
    pub(crate) sets: Vec<SourceSet>,
    pub(crate) other: usize,
    /// The learned layer adds its evidence (see `triage`).
    pub(crate) learned: bool,
    /// Its most points per category.
    pub(crate) learned_weight: i64,
}

/// Build a rule set; `None` when any error was found (warnings alone do not stop it).
pub fn build(
    categories: Vec<CategorySpec>,
    rules: Vec<RuleSpec>,
) -> (Option<RuleSet>, Vec<Diagnostic>) {
    build_within(categories, rules, RULESET_SIZE_LIMIT)
}

/// [`build`] with the compiled size of the whole set held to `size_limit` bytes.
fn build_within(
    categories: Vec<CategorySpec>,
    rules: Vec<RuleSpec>,
    size_limit: usize,
) -> (Option<RuleSet>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let error = |diags: &mut Vec<Diagnostic>, loc: &Loc, message: String| {
        diags.push(Diagnostic {
            loc: loc.clone(),
            message,
            warning: false,
        })
    };

    let mut cats: Vec<Category> = Vec::new();
    let mut cat_index: HashMap<String, (usize, Loc)> = HashMap::new();
    for c in categories {
        if let Some((_, first)) = cat_index.get(&c.name) {
            error(
                &mut diags,
                &c.loc,
                format!(
                    "duplicate category `{}` (first declared at {first})",
                    c.name
                ),
            );
            continue;
        }
        cat_index.insert(c.name.clone(), (cats.len(), c.loc.clone()));
        cats.push(Category {
            name: c.name,
            description: c.description,
            priority: c.priority,
            threshold: c.threshold,
            review_threshold: c.review_threshold,
            learned_weight: c.learned_weight,
            reply: c.reply,
            preempt: c.preempt,
        });
    }
    let other = match cat_index.get("other") {
        Some((i, _)) => *i,
        None => {
            cats.push(Category {
                name: "other".into(),
                description: "nothing else applied".into(),
                priority: i64::MIN,
                // The fallback only: it never competes on a score.
                threshold: 0,
                review_threshold: None,
                learned_weight: None,
                reply: ReplyPolicy::None,
                preempt: false,
            });
            cats.len() - 1
        }
    };

    let mut atoms = Vec::new();
    let mut origins = Vec::new();
    let mut compiled = Vec::new();
    let mut rule_names: HashMap<String, Loc> = HashMap::new();
    for r in rules {
        if let Some(first) = rule_names.get(&r.name) {
            error(
                &mut diags,
                &r.loc,
                format!(
                    "duplicate rule name `{}` (first defined at {first})",
                    r.name
                ),
            );
        } else {
            rule_names.insert(r.name.clone(), r.loc.clone());
        }
        let category = match cat_index.get(&r.category) {
            Some((i, _)) => Some(*i),
            None if r.category == "other" => Some(other),
            None => {
                let mut known: Vec<&str> = cats.iter().map(|c| c.name.as_str()).collect();
                known.sort();
                error(
                    &mut diags,
                    &r.category_loc,
                    format!(
                        "unknown category `{}`, declared categories: {}",
                        r.category,
                        known.join(", ")
                    ),
                );
                None
            }
        };
        let mut out = Atoms {
            rule: &r.name,
            atoms: &mut atoms,
            origins: &mut origins,
            diags: &mut diags,
        };
        let cond = out.compile(&r.cond);
        if let (Some(category), Some(cond)) = (category, cond) {
            compiled.push(Rule {
                name: r.name,
                category,
                score: r.score,
                cond,
            });
        }
    }
    if diags.iter().any(|d| !d.warning) {
        return (None, diags);
    }
    match build_sets(&atoms) {
        Ok(sets) => {
            let size: usize = sets.iter().map(SourceSet::memory_usage).sum();
            if size > size_limit {
                diags.extend(limits::too_large(&atoms, &origins, size, size_limit));
                return (None, diags);
            }
            (
                Some(RuleSet {
                    categories: cats,
                    rules: compiled,
                    atoms,
                    sets,
                    other,
                    learned: true,
                    learned_weight: crate::triage::LEARNED_WEIGHT,
                }),
                diags,
            )
        }
        Err(failed) => {
            diags.extend(limits::set_failure(&atoms, &origins, failed));
            (None, diags)
        }
    }
}

/// Collects the atoms of one rule's condition, with where each came from.
struct Atoms<'a> {
    rule: &'a str,
    atoms: &'a mut Vec<Atom>,
    origins: &'a mut Vec<Origin>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Atoms<'_> {
    fn compile(&mut self, spec: &CondSpec) -> Option<Cond> {
        match spec {
            CondSpec::All(items) => self.list(items).map(Cond::All),
            CondSpec::Any(items) => self.list(items).map(Cond::Any),
            CondSpec::None(items) => self.list(items).map(Cond::None),
            CondSpec::Match {
                field,
                needle,
                case_sensitive,
                loc,
            } => {
                let (atom, problems) = compile_match(field, needle, *case_sensitive, loc);
                let rule = self.rule;
                self.diags.extend(problems.into_iter().map(|mut d| {
                    if !d.warning {
                        d.message = format!("{} (rule `{rule}`)", d.message);
                    }
                    d
                }));
                self.atoms.push(atom?);
                self.origins.push(Origin {
                    rule: rule.to_string(),
                    loc: loc.clone(),
                    needle: limits::describe(needle),
                });
                Some(Cond::Atom(self.atoms.len() - 1))
            }
        }
    }

    fn list(&mut self, items: &[CondSpec]) -> Option<Vec<Cond>> {
        let out: Vec<Option<Cond>> = items.iter().map(|c| self.compile(c)).collect();
        out.into_iter().collect()
    }
}

/// One condition's atom, or `None` with the errors that stop it; warnings either way.
fn compile_match(
    field: &Field,
    needle: &Needle,
    case_sensitive: bool,
    loc: &Loc,
) -> (Option<Atom>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let regex = match needle {
        Needle::Words(words) => {
            if words.len() > MAX_WORDS {
                diags.push(err(
                    loc,
                    format!("{} words in one list, at most {MAX_WORDS}", words.len()),
                ));
                return (None, diags);
            }
            if !case_sensitive && words::literal(words) {
                // Matched on normalised text; `--explain` searches the same text.
                let normalized: Vec<String> = words.iter().map(|w| words::normalize(w)).collect();
                words_regex(&normalized)
            } else {
                words_regex(words)
            }
        }
        Needle::Pattern(p) => {
            if p.len() > MAX_PATTERN_LEN {
                diags.push(err(
                    loc,
                    format!("pattern of {} bytes, at most {MAX_PATTERN_LEN}", p.len()),
                ));
                return (None, diags);
            }
            p.clone()
        }
    };
    let regex = if case_sensitive {
        regex
    } else {
        format!("(?i:{regex})")
    };
    let literal = match needle {
        Needle::Words(w) if !case_sensitive && words::literal(w) => Some(w.clone()),
        _ => None,
    };
    // Literal word lists are matched by Aho-Corasick; their regex (for `--explain`) is
    // built here from escaped words, in the fast form: nothing to check.
    let parsed = match literal {
        Some(_) => Ok(None),
        None => regex_syntax::ParserBuilder::new()
            .build()
            .parse(&regex)
            .map(Some),
    };
    match parsed {
        Ok(None) => {}
        Ok(Some(hir)) => {
            let mut slow = Vec::new();
            lint(&hir, &mut slow);
            slow.sort();
            slow.dedup();
            for s in slow {
                diags.push(Diagnostic {
                    loc: loc.clone(),
                    message: s.to_string(),
                    warning: true,
                });
            }
            if always_there(field) && matches_everything(&hir, &regex) {
                diags.push(err(
                    loc,
                    format!("{} matches any {field}, so this condition holds for every message (to test that a header is present, use `header = \"Name\"` with `pattern = \"\"`)", limits::describe(needle)),
                ));
                return (None, diags);
            }
        }
        Err(e) => {
            diags.push(err(loc, format!("bad regex: {}", regex_error(&e, needle))));
            return (None, diags);
        }
    }
    let atom = Atom {
        field: field.clone(),
        regex,
        words: literal,
    };
    (Some(atom), diags)
}

pub(super) fn err(loc: &Loc, message: String) -> Diagnostic {
    Diagnostic {
        loc: loc.clone(),
        message,
        warning: false,
    }
}

/// One regex matching many patterns in a single pass, reporting which matched. The
/// prefilter is off: the few patterns left after word lists go to Aho-Corasick start with
/// common words ("i", "we", "by"), so a prefilter would stop at nearly every byte.
pub(super) fn multi_regex<'a>(
    patterns: impl Iterator<Item = &'a str>,
) -> Result<MultiRegex, String> {
    let patterns: Vec<&str> = patterns.collect();
    MultiRegex::builder()
        .configure(
            MultiRegex::config()
                .auto_prefilter(false)
                .nfa_size_limit(Some(SET_SIZE_LIMIT))
                .hybrid_cache_capacity(DFA_SIZE_LIMIT)
                .match_kind(regex_automata::MatchKind::All),
        )
        .build_many(&patterns)
        .map_err(|e| {
            // "error building NFA" alone does not say what went wrong: add the causes.
            let mut message = e.to_string();
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                message = format!("{message}: {c}");
                cause = c.source();
            }
            message
        })
}

/// A field whose matcher could not be built: its atoms of the failing kind, and why.
pub(super) struct SetFailure {
    pub field: String,
    pub kind: SetFailureKind,
    pub atoms: Vec<usize>,
    pub error: String,
}

pub(super) enum SetFailureKind {
    Words,
    Patterns,
}

impl SourceSet {
    /// Heap bytes of the compiled matchers (the lazy DFA caches come on top, bounded).
    fn memory_usage(&self) -> usize {
        self.words.as_ref().map_or(0, WordMatcher::memory_usage)
            + self.set.as_ref().map_or(0, MultiRegex::memory_usage)
    }
}

fn build_sets(atoms: &[Atom]) -> Result<Vec<SourceSet>, SetFailure> {
    let mut by_source: BTreeMap<Source, Vec<usize>> = BTreeMap::new();
    for (i, atom) in atoms.iter().enumerate() {
        for source in Source::of(&atom.field) {
            by_source.entry(source).or_default().push(i);
        }
    }
    by_source
        .into_iter()
        .map(|(source, ids)| {
            let (literal, patterns): (Vec<usize>, Vec<usize>) =
                ids.into_iter().partition(|&i| atoms[i].words.is_some());
            let lists: Vec<(usize, &[String])> = literal
                .iter()
                .map(|&i| (i, atoms[i].words.as_deref().unwrap_or_default()))
                .collect();
            let words = (!lists.is_empty())
                .then(|| WordMatcher::build(&lists))
                .transpose()
                .map_err(|error| SetFailure {
                    field: source.name(),
                    kind: SetFailureKind::Words,
                    atoms: literal.clone(),
                    error,
                })?;
            let set = (!patterns.is_empty())
                .then(|| multi_regex(patterns.iter().map(|&i| atoms[i].regex.as_str())))
                .transpose()
                .map_err(|error| SetFailure {
                    field: source.name(),
                    kind: SetFailureKind::Patterns,
                    atoms: patterns.clone(),
                    error,
                })?;
            Ok(SourceSet {
                source,
                words,
                set,
                atoms: patterns,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Build from several files' texts, as `load_dir` would (without its safety check).
    fn build_files(files: &[(&str, &str)], limit: usize) -> (Option<RuleSet>, Vec<String>) {
        let (mut cats, mut rules) = (Vec::new(), Vec::new());
        for (name, text) in files {
            let f = super::super::load::parse_file(std::path::PathBuf::from(name), text);
            assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
            cats.extend(f.categories);
            rules.extend(f.rules);
        }
        let (rs, diags) = build_within(cats, rules, limit);
        (rs, diags.iter().map(|d| d.to_string()).collect())
    }

    const CATEGORY: &str = "[[category]]\nname = \"complaint\"\nthreshold = 5\nreply = \"draft\"\n\n[[rule]]\nname = \"first\"\ncategory = \"complaint\"\nscore = 1\nfield = \"body\"\nwords = [\"x\"]\n";

    fn rule(name: &str, cond: &str) -> String {
        format!("[[rule]]\nname = \"{name}\"\ncategory = \"complaint\"\nscore = 5\n{cond}\n")
    }

    #[test]
    fn a_pattern_that_matches_everything_is_refused_where_every_message_has_the_field() {
        let everything = [
            r#"field = "body"
pattern = """#,
            r#"field = "subject"
pattern = ".*""#,
            r#"field = "text"
pattern = "(?s).*|refund""#,
            r#"all = [ { field = "from", pattern = "x?" } ]"#,
        ];
        for cond in everything {
            let rules = rule("all-mail", cond);
            let (rs, errors) = build_files(&[("a.toml", CATEGORY), ("b.toml", &rules)], usize::MAX);
            assert!(rs.is_none(), "{cond}");
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(errors[0].starts_with("b.toml:"), "{errors:?}");
            assert!(
                errors[0].contains("so this condition holds for every message"),
                "{errors:?}"
            );
            assert!(errors[0].ends_with("(rule `all-mail`)"), "{errors:?}");
        }
        let fine = [
            r#"header = "List-Id"
pattern = """#,
            r#"field = "sender-branch"
pattern = """#,
            r#"field = "subject"
pattern = "^$""#,
            r#"field = "body"
pattern = "(?-u:\b)refund""#,
        ];
        for cond in fine {
            let rules = rule("fine", cond);
            let (rs, errors) = build_files(&[("a.toml", CATEGORY), ("b.toml", &rules)], usize::MAX);
            assert!(rs.is_some() && errors.is_empty(), "{cond}: {errors:?}");
        }
    }

    #[test]
    fn a_pattern_too_large_to_compile_is_named_at_its_own_rule() {
        let rules = rule(
            "huge",
            r#"field = "body"
pattern = "\\w{1000}\\w{1000}""#,
        );
        let (rs, errors) = build_files(&[("a.toml", CATEGORY), ("b.toml", &rules)], usize::MAX);
        assert!(rs.is_none());
        let errors: Vec<&String> = errors.iter().filter(|e| !e.contains("warning")).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(r#"b.toml:6:11: the pattern "\\w{1000}\\w{1000}" of rule `huge` cannot be compiled (limit 64 MiB): "#),
            "{errors:?}"
        );
        assert!(errors[0].contains("exceeded"), "{errors:?}");
    }

    #[test]
    fn patterns_too_large_together_name_the_largest() {
        let rules: String = (0..3)
            .map(|i| {
                rule(
                    &format!("big-{i}"),
                    &format!("field = \"body\"\npattern = \"x{i}[a-z0-9_]{{2000}}|y\\\\w{{500}}\""),
                )
            })
            .collect();
        let (rs, errors) = build_files(&[("a.toml", CATEGORY), ("b.toml", &rules)], usize::MAX);
        assert!(rs.is_none());
        let errors: Vec<&String> = errors.iter().filter(|e| !e.contains("warning")).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        for e in &errors {
            assert!(
                e.contains("the patterns on body together are too large to compile"),
                "{e}"
            );
            assert!(e.contains("of rule `big-"), "{e}");
            assert!(e.starts_with("b.toml:"), "{e}");
        }
    }

    #[test]
    fn a_rule_set_over_the_size_limit_names_its_largest_pattern() {
        let rules = rule(
            "wide",
            r#"field = "subject"
pattern = "(?i)[a-z]{300}""#,
        );
        let files = [("a.toml", CATEGORY), ("b.toml", rules.as_str())];
        let (rs, errors) = build_files(&files, 64 << 10);
        assert!(rs.is_none());
        assert!(
            errors[0].starts_with(r#"b.toml:6:11: the rules compile to "#),
            "{errors:?}"
        );
        assert!(
            errors[0].contains(r#"the largest is the pattern "(?i)[a-z]{300}" of rule `wide`"#),
            "{errors:?}"
        );
        assert!(build_files(&files, RULESET_SIZE_LIMIT).0.is_some());
    }
}
