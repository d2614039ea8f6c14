//! Errors for rule sets that are too large to compile: each is put at the rule and needle
//! responsible (a pattern that fails on its own, else the largest ones), never on whichever
//! file happened to come first.

use super::compile::{err, multi_regex, Atom, Origin, SetFailure, SetFailureKind, SET_SIZE_LIMIT};
use super::spec::{Diagnostic, Needle};
use super::words::WordMatcher;

/// A needle as the user wrote it, shortened: `the pattern "..."` or `the words "a, b"`.
pub(super) fn describe(needle: &Needle) -> String {
    let short = |s: &str| -> String {
        if s.chars().count() <= 60 {
            format!("{s:?}")
        } else {
            let head: String = s.chars().take(57).collect();
            format!("{head:?}...")
        }
    };
    match needle {
        Needle::Pattern(p) => format!("the pattern {}", short(p)),
        Needle::Words(w) => format!("the words {}", short(&w.join(", "))),
    }
}

/// Compiled size of one atom alone, or why it cannot be compiled.
fn alone(atom: &Atom, index: usize) -> Result<usize, String> {
    match &atom.words {
        Some(words) => WordMatcher::build(&[(index, words)]).map(|m| m.memory_usage()),
        None => multi_regex([atom.regex.as_str()].into_iter()).map(|r| r.memory_usage()),
    }
}

/// Errors for a field whose matcher could not be built: a needle that fails on its own is
/// named with the reason; when each compiles alone, the largest ones are.
pub(super) fn set_failure(
    atoms: &[Atom],
    origins: &[Origin],
    failed: SetFailure,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut sizes = Vec::new();
    for &i in &failed.atoms {
        match alone(&atoms[i], i) {
            Ok(size) => sizes.push((size, i)),
            Err(e) => out.push(err(
                &origins[i].loc,
                format!(
                    "{} of rule `{}` cannot be compiled (limit {} MiB): {e}",
                    origins[i].needle,
                    origins[i].rule,
                    SET_SIZE_LIMIT >> 20
                ),
            )),
        }
    }
    if out.is_empty() {
        let what = match failed.kind {
            SetFailureKind::Words => "word lists",
            SetFailureKind::Patterns => "patterns",
        };
        let field = failed.field;
        let error = failed.error;
        out = largest(origins, sizes, |atom| {
            format!(
                "the {what} on {field} together are too large to compile ({error}; limit {} MiB per field): the largest is {atom}",
                SET_SIZE_LIMIT >> 20
            )
        });
    }
    out
}

/// Errors for a rule set over its size limit ([`super::compile::RULESET_SIZE_LIMIT`]), at its largest
/// needles.
pub(super) fn too_large(
    atoms: &[Atom],
    origins: &[Origin],
    size: usize,
    limit: usize,
) -> Vec<Diagnostic> {
    let sizes = (0..atoms.len())
        .filter_map(|i| Some((alone(&atoms[i], i).ok()?, i)))
        .collect();
    largest(origins, sizes, |atom| {
        format!(
            "the rules compile to {} KiB, over the limit of {} MiB: the largest is {atom}",
            size >> 10,
            limit >> 20
        )
    })
}

/// One error at each of the (up to three) largest needles, the message naming it.
fn largest(
    origins: &[Origin],
    mut sizes: Vec<(usize, usize)>,
    message: impl Fn(&str) -> String,
) -> Vec<Diagnostic> {
    sizes.sort_by(|a, b| b.cmp(a));
    sizes
        .into_iter()
        .take(3)
        .map(|(size, i)| {
            let atom = format!(
                "{} of rule `{}` ({} KiB compiled)",
                origins[i].needle,
                origins[i].rule,
                size >> 10
            );
            err(&origins[i].loc, message(&atom))
        })
        .collect()
}
