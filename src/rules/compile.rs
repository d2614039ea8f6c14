//! Turning rule specs into a [`RuleSet`]: cross-file checks (unknown or duplicate names),
//! regex validation with positions, slow-pattern warnings, and one `RegexSet` per field.

use super::spec::{CategorySpec, CondSpec, Diagnostic, Field, Loc, Needle, ReplyPolicy, RuleSpec};
use super::words::{self, WordMatcher};
use regex_automata::meta::Regex as MultiRegex;
use regex_syntax::hir::{Class, Hir, HirKind, Look};
use std::collections::{BTreeMap, HashMap};

/// Longest `pattern` accepted, in bytes: rules are for words and phrases, not documents.
pub const MAX_PATTERN_LEN: usize = 2_000;
/// Most entries in one `words` list.
pub const MAX_WORDS: usize = 1_000;
/// Compiled size limit for each field's `RegexSet`.
const SET_SIZE_LIMIT: usize = 64 << 20;
/// Lazy-DFA cache for each field's `RegexSet`: large enough that the DFA does not give up.
const DFA_SIZE_LIMIT: usize = 32 << 20;
/// A Unicode class with more ranges than this (like `\w` or `\d`) slows every match.
const LARGE_CLASS_RANGES: usize = 64;

/// A category after loading.
#[derive(Debug, Clone)]
pub struct Category {
    pub name: String,
    pub description: String,
    pub priority: i64,
    pub threshold: i64,
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
}

/// Build a rule set; `None` when any error was found (warnings alone do not stop it).
pub fn build(
    categories: Vec<CategorySpec>,
    rules: Vec<RuleSpec>,
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
                threshold: 1,
                reply: ReplyPolicy::None,
                preempt: false,
            });
            cats.len() - 1
        }
    };

    let mut atoms = Vec::new();
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
        let cond = compile_cond(&r.cond, &mut atoms, &mut diags);
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
        Ok(sets) => (
            Some(RuleSet {
                categories: cats,
                rules: compiled,
                atoms,
                sets,
                other,
                learned: true,
            }),
            diags,
        ),
        Err(message) => {
            let loc = rule_names.values().next().cloned();
            if let Some(loc) = loc {
                error(&mut diags, &loc, message);
            }
            (None, diags)
        }
    }
}

fn compile_cond(
    spec: &CondSpec,
    atoms: &mut Vec<Atom>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Cond> {
    let list = |items: &[CondSpec], atoms: &mut Vec<Atom>, diags: &mut Vec<Diagnostic>| {
        let out: Vec<Option<Cond>> = items
            .iter()
            .map(|c| compile_cond(c, atoms, diags))
            .collect();
        out.into_iter().collect::<Option<Vec<_>>>()
    };
    match spec {
        CondSpec::All(items) => list(items, atoms, diags).map(Cond::All),
        CondSpec::Any(items) => list(items, atoms, diags).map(Cond::Any),
        CondSpec::None(items) => list(items, atoms, diags).map(Cond::None),
        CondSpec::Match {
            field,
            needle,
            case_sensitive,
            loc,
        } => {
            let regex = match needle {
                Needle::Words(words) => {
                    if words.len() > MAX_WORDS {
                        diags.push(err(
                            loc,
                            format!("{} words in one list, at most {MAX_WORDS}", words.len()),
                        ));
                        return None;
                    }
                    if !*case_sensitive && words::literal(words) {
                        // Matched on normalised text; `--explain` searches the same text.
                        let normalized: Vec<String> =
                            words.iter().map(|w| words::normalize(w)).collect();
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
                        return None;
                    }
                    p.clone()
                }
            };
            let regex = if *case_sensitive {
                regex
            } else {
                format!("(?i:{regex})")
            };
            let literal = match needle {
                Needle::Words(w) if !*case_sensitive && words::literal(w) => Some(w.clone()),
                _ => None,
            };
            // Literal word lists are matched by Aho-Corasick; their regex (for `--explain`)
            // is built here from escaped words, in the fast form: nothing to check.
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
                }
                Err(e) => {
                    diags.push(err(loc, format!("bad regex: {}", regex_error(&e, needle))));
                    return None;
                }
            }
            atoms.push(Atom {
                field: field.clone(),
                regex,
                words: literal,
            });
            Some(Cond::Atom(atoms.len() - 1))
        }
    }
}

fn err(loc: &Loc, message: String) -> Diagnostic {
    Diagnostic {
        loc: loc.clone(),
        message,
        warning: false,
    }
}

/// A regex error on one line, with its position inside the user's pattern.
fn regex_error(e: &regex_syntax::Error, needle: &Needle) -> String {
    let kind = match e {
        regex_syntax::Error::Parse(a) => a.kind().to_string(),
        regex_syntax::Error::Translate(h) => h.kind().to_string(),
        other => return other.to_string().replace('\n', " "),
    };
    match needle {
        Needle::Pattern(p) => format!("{kind} in {p:?}"),
        Needle::Words(_) => kind,
    }
}

/// Warnings for constructs that force the regex engine off its fast path on non-ASCII text.
fn lint(hir: &Hir, out: &mut Vec<&'static str>) {
    match hir.kind() {
        HirKind::Look(
            Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode,
        ) => out.push("slow pattern: a Unicode word boundary (`\\b`, `\\B`, `\\<`, `\\>`) makes the fast DFA give up on non-ASCII mail; write `(?-u:\\b)` or use `words`"),
        HirKind::Class(Class::Unicode(c)) if c.ranges().len() > LARGE_CLASS_RANGES => {
            out.push("slow pattern: a large Unicode class (such as `\\w` or `\\d`) slows every match; write `[a-z0-9_]` or `[0-9]` instead")
        }
        HirKind::Repetition(r) => lint(&r.sub, out),
        HirKind::Capture(c) => lint(&c.sub, out),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().for_each(|h| lint(h, out)),
        _ => {}
    }
}

/// A `words` list as one alternation with ASCII word boundaries: whitespace inside a phrase
/// matches any run of whitespace and `*` matches letters within a word.
pub(crate) fn words_regex(words: &[String]) -> String {
    let alts: Vec<String> = words.iter().map(|w| word_regex(w)).collect();
    format!("(?:{})", alts.join("|"))
}

fn word_regex(word: &str) -> String {
    let word = word.trim();
    let is_wordish =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '*');
    let mut out = String::new();
    if is_wordish(word.chars().next()) {
        out.push_str("(?-u:\\b)");
    }
    let tokens: Vec<String> = word
        .split_whitespace()
        .map(|t| {
            t.split('*')
                .map(regex_syntax::escape)
                .collect::<Vec<_>>()
                .join("[a-z]*")
        })
        .collect();
    out.push_str(&tokens.join("\\s+"));
    if is_wordish(word.chars().last()) {
        out.push_str("(?-u:\\b)");
    }
    out
}

/// One regex matching many patterns in a single pass, reporting which matched. The
/// prefilter is off: the few patterns left after word lists go to Aho-Corasick start with
/// common words ("i", "we", "by"), so a prefilter would stop at nearly every byte.
fn multi_regex<'a>(patterns: impl Iterator<Item = &'a str>) -> Result<MultiRegex, String> {
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
        .map_err(|e| e.to_string())
}

fn build_sets(atoms: &[Atom]) -> Result<Vec<SourceSet>, String> {
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
                .transpose()?;
            let set = (!patterns.is_empty())
                .then(|| {
                    multi_regex(patterns.iter().map(|&i| atoms[i].regex.as_str())).map_err(|e| {
                        format!("the patterns on {source:?} together are too large to compile: {e}")
                    })
                })
                .transpose()?;
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

    #[test]
    fn words_become_ascii_bounded_alternations() {
        let w = vec![
            "know where you live".to_string(),
            "threaten*".into(),
            "£5".into(),
        ];
        let re = regex::Regex::new(&format!("(?i:{})", words_regex(&w))).unwrap();
        assert!(re.is_match("I KNOW where\n you live"));
        assert!(re.is_match("he threatened me"));
        assert!(re.is_match("costs £5 now"));
        assert!(!re.is_match("unthreatening"));
        assert!(!re.is_match("I know where youlive"));
    }

    #[test]
    fn lint_flags_unicode_word_boundaries_and_big_classes() {
        let lint_of = |p: &str| {
            let mut out = Vec::new();
            lint(&regex_syntax::Parser::new().parse(p).unwrap(), &mut out);
            out.dedup();
            out.len()
        };
        assert_eq!(lint_of(r"\bkill\b"), 1);
        assert_eq!(lint_of(r"\w+ing"), 1);
        assert_eq!(lint_of(r"(?-u:\b)kill(?-u:\b)"), 0);
        assert_eq!(lint_of(r"(?i)[a-z]+ing"), 0);
    }
}
