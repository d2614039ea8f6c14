//! Reading a rule set: every `*.toml` file of a directory (each one readable, regular and
//! small enough, or an error naming it) or the built-in set; parsed by `load`, compiled by
//! `compile`, then checked as a whole (a `safety` category unless a file disables it).

use super::spec::{self, Diagnostic};
use super::{compile, load, RuleSet};
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
    let mut learned = true;
    let mut learned_weight = None;
    let count = files.len();
    for (path, text) in files {
        let f = load::parse_file(path, &text);
        categories.extend(f.categories);
        rules.extend(f.rules);
        diagnostics.extend(f.diagnostics);
        safety_disabled = safety_disabled.or(f.safety_disabled);
        learned &= f.learned.unwrap_or(true);
        learned_weight = learned_weight.or(f.learned_weight);
    }
    if safety == RequireSafety::Yes && safety_disabled.is_none() {
        diagnostics.extend(missing_safety(set, &categories, &rules));
    }
    let (ruleset, more) = compile::build(categories, rules);
    diagnostics.extend(more);
    // A file with a syntax error is read past it (to report everything at once), but a
    // set missing what that file meant is no set to triage with.
    let ruleset = ruleset
        .filter(|_| diagnostics.iter().all(|d| d.warning))
        .map(|mut rs| {
            rs.learned = learned;
            if let Some(w) = learned_weight {
                rs.learned_weight = w;
            }
            rs
        });
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
    let mut rs = loaded.ruleset.unwrap();
    // Unit tests of rules and triage logic do not depend on the shipped model.
    rs.learned = false;
    rs
}

#[cfg(test)]
mod tests {
    use super::*;

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
"#;

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
}
