//! Rule files: the format ([`spec`]), reading it with positions ([`load`]), compiling it
//! into one `RegexSet` per field ([`compile`]), and matching messages against it.
//!
//! The decision itself (which category wins) is `triage`'s; this module says which rules
//! fired and what each category scored.

pub mod compile;
mod limits;
pub mod load;
pub mod spec;
mod words;

pub use compile::{Category, RuleSet};
pub use spec::{Diagnostic, Field, ReplyPolicy};

use crate::mail::Envelope;
use compile::{Cond, Source};
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// Largest rule file read, in bytes: the default set's largest is 17 KB, and a 10 MB file
/// once took minutes and gigabytes to be refused.
pub const MAX_RULE_FILE_BYTES: u64 = 1 << 20;
/// Largest total of a directory's rule files, in bytes.
pub const MAX_RULES_BYTES: u64 = 4 << 20;

/// The result of loading rules: the set if there were no errors, and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    pub ruleset: Option<RuleSet>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
    /// Why the set has no `safety` category, and where that was said (`disable_safety`).
    pub safety_disabled: Option<(String, spec::Loc)>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.warning)
    }
}

/// Load every `*.toml` file of a directory, in name order. A file that cannot be read (a
/// dangling symlink, no permission, not a regular file, too large) is an error naming it,
/// never skipped: a rule set missing its safety rules would class a threat as `other`.
pub fn load_dir(dir: &Path) -> crate::Result<Loaded> {
    let entries = std::fs::read_dir(dir).map_err(|source| crate::Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut problems = Vec::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(e) => problems.push(format!("{}: cannot list: {e}", dir.display())),
        }
    }
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    let mut files = Vec::new();
    let mut total = 0u64;
    for path in paths {
        match read_rule_file(&path) {
            Ok(text) => {
                total += text.len() as u64;
                files.push((path, text));
            }
            Err(reason) => problems.push(format!("{}: {reason}", path.display())),
        }
    }
    if total > MAX_RULES_BYTES {
        problems.push(format!(
            "{}: the rule files hold {total} bytes together, at most {MAX_RULES_BYTES} ({} MiB)",
            dir.display(),
            MAX_RULES_BYTES >> 20
        ));
    }
    if !problems.is_empty() {
        return Err(crate::Error::Invalid(format!(
            "cannot read the rules in {}:\n{}",
            dir.display(),
            problems.join("\n")
        )));
    }
    if files.is_empty() {
        return Err(crate::Error::Invalid(format!(
            "{}: no rule files (*.toml) in this directory",
            dir.display()
        )));
    }
    Ok(load_texts(dir, files, RequireSafety::Yes))
}

/// One rule file's text, or why it cannot be had (with the OS's reason).
fn read_rule_file(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return Err(match std::fs::read_link(path) {
                Ok(target) => format!(
                    "cannot read: it is a symbolic link to {}, which cannot be opened: {e}",
                    target.display()
                ),
                Err(_) => format!("cannot read: {e}"),
            })
        }
    };
    if let Some(kind) = crate::mail::source::not_regular(&meta) {
        return Err(format!("cannot read: it is {kind}, not a rule file"));
    }
    let too_large = |len: u64| {
        format!(
            "{len} bytes: a rule file is at most {MAX_RULE_FILE_BYTES} bytes ({} MiB)",
            MAX_RULE_FILE_BYTES >> 20
        )
    };
    if meta.len() > MAX_RULE_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_RULE_FILE_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| format!("cannot read: {e}"))?;
    if text.len() as u64 > MAX_RULE_FILE_BYTES {
        return Err(too_large(text.len() as u64));
    }
    Ok(text)
}

/// The default rule set compiled into the binary (the files of `rules/` at build time).
pub fn load_embedded() -> Loaded {
    load_texts(
        Path::new("<built-in>/rules"),
        embedded::FILES
            .iter()
            .map(|(name, text)| {
                (
                    PathBuf::from(format!("<built-in>/rules/{name}")),
                    text.to_string(),
                )
            })
            .collect(),
        RequireSafety::Yes,
    )
}

/// Whether a rule set must have a `safety` category with rules (unless a file says
/// `disable_safety`): every set a user gives does; unit tests' small sets need not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RequireSafety {
    Yes,
    #[cfg(test)]
    No,
}

fn load_texts(set: &Path, files: Vec<(PathBuf, String)>, safety: RequireSafety) -> Loaded {
    let mut categories = Vec::new();
    let mut rules = Vec::new();
    let mut diagnostics = Vec::new();
    let mut safety_disabled = None;
    let count = files.len();
    for (path, text) in files {
        let f = load::parse_file(path, &text);
        categories.extend(f.categories);
        rules.extend(f.rules);
        diagnostics.extend(f.diagnostics);
        safety_disabled = safety_disabled.or(f.safety_disabled);
    }
    if safety == RequireSafety::Yes && safety_disabled.is_none() {
        diagnostics.extend(missing_safety(set, &categories, &rules));
    }
    let (ruleset, more) = compile::build(categories, rules);
    diagnostics.extend(more);
    // A file with a syntax error is read past it (to report everything at once), but a
    // set missing what that file meant is no set to triage with.
    let ruleset = ruleset.filter(|_| diagnostics.iter().all(|d| d.warning));
    Loaded {
        ruleset,
        diagnostics,
        files: count,
        safety_disabled,
    }
}

/// A rule set without a `safety` category, or with one no rule feeds, classes a threat as
/// something else and alerts nobody: an error unless a file says `disable_safety`.
fn missing_safety(
    set: &Path,
    categories: &[spec::CategorySpec],
    rules: &[spec::RuleSpec],
) -> Option<Diagnostic> {
    let how = format!(
        "copy rules/safety.toml from postbag's default rules, or, if this rule set is meant to have no safety category, say why in a rule file: {} = \"...\"",
        load::DISABLE_SAFETY
    );
    let message = match categories.iter().find(|c| c.name == "safety") {
        None => format!("no `safety` category: threats would not be recognised and no officer alerted; {how}"),
        Some(_) if !rules.iter().any(|r| r.category == "safety") => format!(
            "the `safety` category has no rules: threats would not be recognised and no officer alerted; {how}"
        ),
        Some(_) => return None,
    };
    Some(Diagnostic {
        loc: spec::Loc::whole(&std::sync::Arc::new(set.to_path_buf())),
        message,
        warning: false,
    })
}

/// A rule set from one file's text, for unit tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn load_texts_for_tests(text: &str) -> RuleSet {
    let loaded = load_texts(
        Path::new("."),
        vec![(PathBuf::from("t.toml"), text.to_string())],
        RequireSafety::No,
    );
    assert!(loaded.errors().next().is_none(), "{:?}", loaded.diagnostics);
    loaded.ruleset.unwrap()
}

/// What the rules said about one message.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Total score per category, indexed like [`RuleSet::categories`].
    pub scores: Vec<i64>,
    /// Indices of the rules that fired, in rule order.
    pub fired: Vec<usize>,
    matched: Vec<bool>,
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
            scores,
            fired,
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
        let f = load::parse_file(PathBuf::from("t.toml"), RULES);
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

    fn load_set(files: &[(&str, &str)]) -> Loaded {
        let files = files
            .iter()
            .map(|(n, t)| (PathBuf::from(n), t.to_string()))
            .collect();
        load_texts(Path::new("rules"), files, RequireSafety::Yes)
    }

    const SAFETY: &str = r#"
[[category]]
name = "safety"
threshold = 10
reply = "none"
preempt = true
"#;

    const THREAT: &str = r#"
[[rule]]
name = "threat"
category = "safety"
score = 14
field = "body"
words = ["know where you live"]
"#;

    #[test]
    fn a_rule_set_needs_a_safety_category_with_rules_unless_disabled() {
        let errors = |l: &Loaded| l.errors().map(|d| d.to_string()).collect::<Vec<_>>();
        let none = load_set(&[("rules/a.toml", RULES)]);
        assert!(none.ruleset.is_none());
        let e = errors(&none);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].starts_with("rules: no `safety` category: threats would not be recognised"),
            "{e:?}"
        );
        assert!(e[0].contains("disable_safety = \"...\""), "{e:?}");

        let empty = load_set(&[("rules/a.toml", RULES), ("rules/s.toml", SAFETY)]);
        assert!(empty.ruleset.is_none());
        assert!(errors(&empty)[0].starts_with("rules: the `safety` category has no rules"));

        let with_rules = format!("{SAFETY}{THREAT}");
        let full = load_set(&[("rules/a.toml", RULES), ("rules/s.toml", &with_rules)]);
        assert!(full.ruleset.is_some(), "{:?}", full.diagnostics);
        assert!(full.safety_disabled.is_none());

        let off = format!("disable_safety = \"a test set\"\n{RULES}");
        let off = load_set(&[("rules/a.toml", &off)]);
        assert!(off.ruleset.is_some(), "{:?}", off.diagnostics);
        assert!(off.diagnostics.is_empty());
        let (why, at) = off.safety_disabled.unwrap();
        assert_eq!(
            (why.as_str(), at.to_string().as_str()),
            ("a test set", "rules/a.toml:1:1")
        );
    }

    #[test]
    fn rule_files_that_cannot_be_read_are_errors_not_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("categories.toml"), format!("{SAFETY}{THREAT}")).unwrap();
        assert!(load_dir(d).unwrap().ruleset.is_some());
        let err = |d: &Path| load_dir(d).unwrap_err().to_string();

        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("safety.toml")).unwrap();
        let e = err(d);
        let shown = d.join("safety.toml").display().to_string();
        assert!(
            e.starts_with(&format!("cannot read the rules in {}:\n", d.display())),
            "{e}"
        );
        assert!(
            e.contains(&format!("{shown}: cannot read: it is a symbolic link to {}, which cannot be opened: No such file or directory", d.join("gone.txt").display())),
            "{e}"
        );
        std::fs::remove_file(d.join("safety.toml")).unwrap();

        std::fs::create_dir(d.join("safety.toml")).unwrap();
        assert!(err(d).contains("safety.toml: cannot read: it is a directory, not a rule file"));
        std::fs::remove_dir(d.join("safety.toml")).unwrap();

        let fifo = std::ffi::CString::new(d.join("safety.toml").to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        assert!(
            err(d).contains("safety.toml: cannot read: it is a FIFO (named pipe), not a rule file")
        );
        std::fs::remove_file(d.join("safety.toml")).unwrap();

        let big = "# padding\n".repeat(110_000);
        std::fs::write(d.join("safety.toml"), &big).unwrap();
        assert!(
            err(d).contains(
                "safety.toml: 1100000 bytes: a rule file is at most 1048576 bytes (1 MiB)"
            ),
            "{}",
            err(d)
        );
        std::fs::remove_file(d.join("safety.toml")).unwrap();

        // Permissions do not stop root: this case only means something for other users.
        if unsafe { libc::geteuid() } != 0 {
            use std::os::unix::fs::PermissionsExt;
            std::fs::write(d.join("safety.toml"), THREAT).unwrap();
            let mode = std::fs::Permissions::from_mode(0o000);
            std::fs::set_permissions(d.join("safety.toml"), mode).unwrap();
            assert!(err(d).contains("safety.toml: cannot read: Permission denied"));
        }
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
