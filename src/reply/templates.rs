//! Reply templates (minijinja): one `reply/<category>.txt` per category, `reply/default.txt`
//! for the rest; the set in `templates/` is built in for when the directory has none.
//!
//! Variables are strict: a template that names a variable postbag does not provide is an
//! error, found by [`check`] with file and line before any member sees a broken reply.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use minijinja::{Environment, UndefinedBehavior, Value};
use serde::Serialize;

use crate::{Error, Result};

/// The default templates, compiled in.
const BUILTIN: &[(&str, &str)] = &[
    (
        "complaint",
        include_str!("../../templates/reply/complaint.txt"),
    ),
    (
        "data-protection",
        include_str!("../../templates/reply/data-protection.txt"),
    ),
    ("default", include_str!("../../templates/reply/default.txt")),
    (
        "procedural",
        include_str!("../../templates/reply/procedural.txt"),
    ),
    ("query", include_str!("../../templates/reply/query.txt")),
];

/// The fallback template's name.
pub const DEFAULT: &str = "default";

/// Everything a reply template may use. Strings are never absent, only empty, so a
/// template tests `{% if next_meeting_date %}` rather than failing on a missing key.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyVars {
    /// The sender's first name, or "member".
    pub first_name: String,
    /// The sender's display name, or their address.
    pub sender_name: String,
    pub sender_email: String,
    /// The original subject without Re:/Fwd: prefixes.
    pub subject: String,
    /// When the original was written (its Date header), e.g. "Monday 23 November 2026".
    pub date: String,
    /// When postbag received the original.
    pub received: String,
    pub category: String,
    pub branch_name: String,
    pub secretary_name: String,
    /// The signature from the config, or the secretary's name and role.
    pub signature: String,
    pub next_meeting_date: String,
    pub next_meeting_venue: String,
    pub response_days: u32,
    pub complaints_url: String,
    /// This is the first message postbag has seen from this sender.
    pub first_message: bool,
    /// The message belongs to a conversation with earlier messages (stored or referenced).
    pub open_thread: bool,
    pub thread_messages: usize,
    /// One calendar month after `received`: the subject-access deadline.
    pub sar_deadline: String,
    /// True for an acknowledgement sent by postbag, false for a draft the secretary edits.
    pub automatic: bool,
}

impl ReplyVars {
    /// A full context for checking templates; `flags` sets every boolean.
    pub fn sample(flags: bool) -> ReplyVars {
        ReplyVars {
            first_name: "Siobhan".into(),
            sender_name: "Siobhan Kelly".into(),
            sender_email: "siobhan@example.com".into(),
            subject: "Next meeting".into(),
            date: "Monday 23 November 2026".into(),
            received: "Monday 23 November 2026".into(),
            category: "query".into(),
            branch_name: "Riverside CLP".into(),
            secretary_name: "Sam Okafor".into(),
            signature: "Sam Okafor\nSecretary, Riverside CLP".into(),
            next_meeting_date: if flags {
                "Thursday 3 December".into()
            } else {
                String::new()
            },
            next_meeting_venue: if flags {
                "the Community Centre".into()
            } else {
                String::new()
            },
            response_days: 5,
            complaints_url: if flags {
                "https://example.org/complaints".into()
            } else {
                String::new()
            },
            first_message: flags,
            open_thread: flags,
            thread_messages: if flags { 3 } else { 1 },
            sar_deadline: "Wednesday 23 December 2026".into(),
            automatic: flags,
        }
    }

    /// The names templates may use.
    pub fn names() -> BTreeSet<String> {
        match serde_json::to_value(ReplyVars::sample(true)) {
            Ok(serde_json::Value::Object(map)) => map.into_iter().map(|(k, _)| k).collect(),
            _ => BTreeSet::new(),
        }
    }
}

/// One problem in a template file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateDiagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
    pub warning: bool,
}

impl fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.warning { "warning: " } else { "" };
        write!(
            f,
            "{}:{}: {kind}{}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// A loaded, checked set of reply templates.
pub struct Templates {
    env: Environment<'static>,
    /// Template name -> the path it came from (or `<built-in>/...`), for messages.
    paths: BTreeMap<String, PathBuf>,
}

impl fmt::Debug for Templates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Templates")
            .field("paths", &self.paths)
            .finish()
    }
}

/// Work one rendering may do, in template instructions: a reply needs a few hundred; a
/// loop inside a loop that would run for hours stops with an error instead.
const FUEL: u64 = 1_000_000;

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_fuel(Some(FUEL));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env
}

/// The template files of `dir/reply`, by name; `None` when there is no such directory.
fn read_dir(dir: &Path) -> Result<Option<Vec<(String, PathBuf, String)>>> {
    let reply = dir.join("reply");
    if !reply.is_dir() {
        return Ok(None);
    }
    let read_err = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Read { path, source }
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&reply).map_err(read_err(&reply))? {
        let path = entry.map_err(read_err(&reply))?.path();
        if path.extension().is_some_and(|e| e == "txt") && path.is_file() {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path).map_err(read_err(&path))?;
            out.push((name, path, text));
        }
    }
    out.sort();
    Ok(Some(out))
}

fn builtin() -> Vec<(String, PathBuf, String)> {
    BUILTIN
        .iter()
        .map(|(name, text)| {
            let path = PathBuf::from(format!("<built-in>/templates/reply/{name}.txt"));
            (name.to_string(), path, text.to_string())
        })
        .collect()
}

impl Templates {
    /// Compiles templates given as (name, text), e.g. `("query", "Dear {{ first_name }}")`:
    /// the usable set and every problem [`check`] would report (for tools and the fuzzer).
    pub fn from_texts(files: &[(&str, &str)]) -> (Templates, Vec<TemplateDiagnostic>) {
        compile(
            files
                .iter()
                .map(|(name, text)| {
                    let path = PathBuf::from(format!("<text>/reply/{name}.txt"));
                    (name.to_string(), path, text.to_string())
                })
                .collect(),
        )
    }

    /// Loads `dir/reply/*.txt`, or the built-in set when `dir/reply` does not exist.
    /// Any error [`check`] would report makes loading fail, listing them all.
    pub fn load(dir: &Path) -> Result<Templates> {
        let files = read_dir(dir)?.unwrap_or_else(builtin);
        let (templates, diagnostics) = compile(files);
        let errors: Vec<String> = diagnostics
            .iter()
            .filter(|d| !d.warning)
            .map(|d| d.to_string())
            .collect();
        if !errors.is_empty() {
            return Err(Error::LoadTemplates(errors.join("\n")));
        }
        Ok(templates)
    }

    /// The built-in templates.
    pub fn builtin() -> Templates {
        compile(builtin()).0
    }

    /// The template used for `category`: its own, else the default one.
    pub fn name_for(&self, category: &str) -> Option<&str> {
        [category, DEFAULT]
            .into_iter()
            .find(|n| self.paths.contains_key(*n))
            .and_then(|n| self.paths.get_key_value(n).map(|(k, _)| k.as_str()))
    }

    /// Renders the reply for `category`.
    pub fn render(&self, category: &str, vars: &ReplyVars) -> Result<String> {
        let name = self
            .name_for(category)
            .ok_or_else(|| Error::RenderTemplate {
                template: format!("reply/{category}.txt"),
                line: None,
                detail: format!(
                    "there is no template for category {category:?} and no reply/{DEFAULT}.txt"
                ),
            })?;
        let path = self.paths[name].display().to_string();
        let render_err = |e: minijinja::Error| Error::RenderTemplate {
            template: path.clone(),
            line: e.line(),
            detail: describe(&e),
        };
        let tmpl = self.env.get_template(name).map_err(render_err)?;
        let text = tmpl
            .render(Value::from_serialize(vars))
            .map_err(render_err)?;
        Ok(tidy(&text))
    }
}

/// Every problem in the templates of `dir` (the built-in set when `dir/reply` does not
/// exist): syntax errors, variables postbag does not provide, and errors when rendered
/// against full sample contexts, each with file and line.
pub fn check(dir: &Path) -> Vec<TemplateDiagnostic> {
    let files = match read_dir(dir) {
        Ok(Some(files)) => files,
        Ok(None) => builtin(),
        Err(e) => {
            return vec![TemplateDiagnostic {
                path: dir.join("reply"),
                line: 1,
                message: e.to_string(),
                warning: false,
            }]
        }
    };
    compile(files).1
}

/// Compiles every file and checks it; broken templates are left out of the set.
fn compile(files: Vec<(String, PathBuf, String)>) -> (Templates, Vec<TemplateDiagnostic>) {
    let mut env = environment();
    let mut paths = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let known = ReplyVars::names();
    let mut sources = Vec::new();
    for (name, path, text) in files {
        let diag = |line: usize, message: String, warning: bool| TemplateDiagnostic {
            path: path.clone(),
            line,
            message,
            warning,
        };
        if name == crate::intake::SAFETY {
            diagnostics.push(diag(
                1,
                "a safety message never gets a reply: this template is never used".into(),
                true,
            ));
        }
        if let Some(line) = multiplication(&text) {
            diagnostics.push(diag(
                line,
                "`*` is not allowed in a reply template (repeating text or a list can make a reply endless)".into(),
                false,
            ));
            continue;
        }
        if let Err(e) = env.add_template_owned(name.clone(), text.clone()) {
            diagnostics.push(diag(e.line().unwrap_or(1), describe(&e), false));
            continue;
        }
        let mut bad = false;
        if let Ok(t) = env.get_template(&name) {
            let mut unknown: Vec<String> = t
                .undeclared_variables(false)
                .into_iter()
                .filter(|v| !known.contains(v) && !is_global(v))
                .collect();
            unknown.sort();
            for v in unknown {
                bad = true;
                diagnostics.push(diag(
                    line_of(&text, &v),
                    format!(
                        "undefined variable `{v}` (known: {})",
                        known.iter().cloned().collect::<Vec<_>>().join(", ")
                    ),
                    false,
                ));
            }
        }
        sources.push((name.clone(), path.clone()));
        if !bad {
            paths.insert(name, path);
        }
    }
    // Render every template that passed so far against samples that take both sides of
    // every `if` on a flag, to find errors only rendering shows (unknown filters, ...).
    for (name, path) in sources {
        if !paths.contains_key(&name) {
            continue;
        }
        let mut seen = BTreeSet::new();
        for flags in [true, false] {
            let result = env
                .get_template(&name)
                .and_then(|t| t.render(Value::from_serialize(ReplyVars::sample(flags))));
            if let Err(e) = result {
                let d = TemplateDiagnostic {
                    path: path.clone(),
                    line: e.line().unwrap_or(1),
                    message: describe(&e),
                    warning: false,
                };
                if seen.insert(d.to_string()) {
                    diagnostics.push(d);
                }
                paths.remove(&name);
            }
        }
    }
    if !paths.contains_key(DEFAULT) {
        diagnostics.push(TemplateDiagnostic {
            path: PathBuf::from(format!("reply/{DEFAULT}.txt")),
            line: 1,
            message: "no default template: categories without their own template get no reply"
                .into(),
            warning: true,
        });
    }
    (Templates { env, paths }, diagnostics)
}

/// Names minijinja provides itself.
fn is_global(name: &str) -> bool {
    matches!(
        name,
        "range" | "dict" | "namespace" | "debug" | "loop" | "self"
    )
}

/// The error without minijinja's location suffix (we print path:line ourselves).
fn describe(e: &minijinja::Error) -> String {
    let kind = e.kind().to_string();
    match e.detail() {
        Some(d) => format!("{kind}: {d}"),
        None => kind,
    }
}

/// The line of the first `*` (or `**`) inside a `{{ }}` or `{% %}` tag, outside string
/// literals. Repetition (`10**12 * [x]`, found by fuzzing) runs inside one instruction, where
/// fuel cannot stop it, and no reply needs arithmetic beyond `+`.
fn multiplication(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut close: Option<&[u8]> = None;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        match (close, quote) {
            (None, _) => {
                if bytes[i..].starts_with(b"{{") {
                    close = Some(b"}}");
                    i += 1;
                } else if bytes[i..].starts_with(b"{%") {
                    close = Some(b"%}");
                    i += 1;
                }
            }
            (Some(_), Some(q)) => {
                if bytes[i] == b'\\' {
                    i += 1;
                } else if bytes[i] == q {
                    quote = None;
                }
            }
            (Some(end), None) => {
                if bytes[i..].starts_with(end) {
                    close = None;
                    i += 1;
                } else if bytes[i] == b'"' || bytes[i] == b'\'' {
                    quote = Some(bytes[i]);
                } else if bytes[i] == b'*' {
                    return Some(text[..i].matches('\n').count() + 1);
                }
            }
        }
        i += 1;
    }
    None
}

/// The first line where `word` appears inside a `{{ }}` or `{% %}` tag.
fn line_of(text: &str, word: &str) -> usize {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut offset = 0;
    while let Some(start) = text[offset..].find(['{']).map(|p| p + offset) {
        let rest = &text[start..];
        let close = if rest.starts_with("{{") {
            "}}"
        } else if rest.starts_with("{%") {
            "%}"
        } else {
            offset = start + 1;
            continue;
        };
        let end = rest.find(close).map_or(text.len(), |e| start + e);
        let tag = &text[start..end];
        let mut from = 0;
        while let Some(p) = tag[from..].find(word).map(|p| p + from) {
            let before = tag[..p].chars().next_back();
            let after = tag[p + word.len()..].chars().next();
            if !before.is_some_and(is_ident) && !after.is_some_and(is_ident) {
                return text[..start + p].matches('\n').count() + 1;
            }
            from = p + word.len();
        }
        offset = end.max(start + 2);
    }
    1
}

/// Blank lines collapsed to one, trailing spaces removed, one final newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repetition_is_refused_and_endless_loops_run_out_of_fuel() {
        let (_, d) =
            Templates::from_texts(&[("query", "Dear {{ first_name }},\n{{21*0000006000002*()}}")]);
        assert!(
            d.iter()
                .any(|d| d.line == 2 && d.message.starts_with("`*` is not allowed")),
            "{d:?}"
        );
        let (_, d) = Templates::from_texts(&[("query", "{{ \"a * b\" }} {# 2 * 3 #} 4 * 5")]);
        assert!(d.iter().all(|d| d.warning), "{d:?}");
        let (_, d) = Templates::from_texts(&[(
            "query",
            "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
        )]);
        assert!(d.iter().any(|d| d.message.contains("fuel")), "{d:?}");
    }

    fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("reply")).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join("reply").join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn the_builtin_templates_are_clean_and_render() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(check(dir.path()), vec![]);
        let t = Templates::load(dir.path()).unwrap();
        let mut vars = ReplyVars::sample(true);
        let text = t.render("query", &vars).unwrap();
        assert!(text.starts_with("Dear Siobhan,\n\n"), "{text}");
        assert!(text.contains("automatic acknowledgement"), "{text}");
        assert!(text.contains("Thursday 3 December at the Community Centre"));
        assert!(!text.contains("\n\n\n"), "{text}");
        vars.category = "data-protection".into();
        let sar = t.render("data-protection", &vars).unwrap();
        assert!(sar.contains("by Wednesday 23 December 2026"), "{sar}");
        let complaint = t.render("complaint", &ReplyVars::sample(false)).unwrap();
        assert!(
            complaint.contains("formal complaints process"),
            "{complaint}"
        );
        assert!(!complaint.contains("example.org/complaints"));
        assert_eq!(t.name_for("urgent"), Some("default"));
    }

    #[test]
    fn unknown_variables_and_syntax_errors_have_file_and_line() {
        let dir = dir_with(&[
            ("default.txt", "Dear {{ first_name }},\n"),
            (
                "query.txt",
                "Dear {{ first_name }},\n\nSee you at {{ meeting_place }}.\n",
            ),
            (
                "complaint.txt",
                "Dear {{ first_name }},\n{% if open_thread %}\nunclosed\n",
            ),
            ("procedural.txt", "{{ subject | shout }}\n"),
        ]);
        let diags = check(dir.path());
        let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        let find = |file: &str| {
            text.iter()
                .find(|t| t.contains(file))
                .unwrap_or_else(|| panic!("no diagnostic for {file}: {text:#?}"))
                .clone()
        };
        assert!(find("query.txt").contains("query.txt:3: undefined variable `meeting_place`"));
        assert!(
            find("complaint.txt").contains("complaint.txt:"),
            "{text:#?}"
        );
        assert!(find("procedural.txt").contains("procedural.txt:1:"));
        assert!(find("procedural.txt").contains("shout"));
        let err = Templates::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("meeting_place"), "{err}");
    }

    #[test]
    fn a_missing_template_is_a_clear_error_not_a_panic() {
        let dir = dir_with(&[("query.txt", "Hi {{ first_name }}\n")]);
        let t = Templates::load(dir.path()).unwrap();
        let err = t.render("complaint", &ReplyVars::sample(true)).unwrap_err();
        assert!(
            err.to_string()
                .contains("no template for category \"complaint\""),
            "{err}"
        );
        assert!(check(dir.path())
            .iter()
            .any(|d| d.warning && d.message.contains("no default")));
    }
}
