//! The files `postbag eval` reads: the labels (DESIGN.md's TSV) and the tags (what each
//! message exercises). Both are tab-separated with a header line; every problem is
//! reported as `path:line: message`, all at once.

use std::collections::BTreeMap;

/// One labelled message: its file name in the directory, the categories a careful reader
/// accepts (the first is the main one), and whether it must never be answered automatically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: String,
    pub categories: Vec<String>,
    pub must_not_autoreply: bool,
}

impl Label {
    pub fn main(&self) -> &str {
        &self.categories[0]
    }
}

/// The header line every labels file starts with.
pub const HEADER: &str = "file\tcategories\tmust_not_autoreply";

/// Parses a labels file; every problem as `path:line: message`, all at once.
pub fn parse_labels(path: &str, text: &str) -> Result<Vec<Label>, Vec<String>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    let mut seen = BTreeMap::new();
    for (n, line) in data_lines(path, text, HEADER, "labels", &mut errors) {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 3 {
            errors.push(format!(
                "{path}:{n}: {} tab-separated fields, expected 3 (file, categories, must_not_autoreply)",
                fields.len()
            ));
            continue;
        }
        let file = fields[0].trim();
        let categories: Vec<String> = fields[1].split('|').map(|c| c.trim().to_string()).collect();
        if file.is_empty() {
            errors.push(format!("{path}:{n}: empty file name"));
            continue;
        }
        if categories.iter().any(String::is_empty) {
            errors.push(format!(
                "{path}:{n}: categories {:?}: empty category (write main|also|...)",
                fields[1]
            ));
            continue;
        }
        let must_not = match fields[2].trim().to_ascii_lowercase().as_str() {
            "yes" => true,
            "no" => false,
            other => {
                errors.push(format!(
                    "{path}:{n}: must_not_autoreply is {other:?}; write yes or no"
                ));
                continue;
            }
        };
        if let Some(first) = seen.insert(file.to_string(), n) {
            errors.push(format!(
                "{path}:{n}: {file} is labelled twice (first on line {first})"
            ));
            continue;
        }
        out.push(Label {
            file: file.to_string(),
            categories,
            must_not_autoreply: must_not,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The header line of a tags file (`corpus/*/tags.tsv`): what each message exercises.
pub const TAGS_HEADER: &str = "file\ttags";

/// Parses a tags file (`file<TAB>tag,tag,...`) into file -> tags; every problem as
/// `path:line: message`, all at once.
pub fn parse_tags(path: &str, text: &str) -> Result<BTreeMap<String, Vec<String>>, Vec<String>> {
    let mut errors = Vec::new();
    let mut out = BTreeMap::new();
    for (n, line) in data_lines(path, text, TAGS_HEADER, "tags", &mut errors) {
        let Some((file, tags)) = line.split_once('\t') else {
            errors.push(format!(
                "{path}:{n}: expected 2 tab-separated fields (file, tags), found 1"
            ));
            continue;
        };
        let tags: Vec<String> = tags
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        if out.insert(file.trim().to_string(), tags).is_some() {
            errors.push(format!("{path}:{n}: {} has tags twice", file.trim()));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The data lines of a TSV file that must start with `header`: each with its line number,
/// without a trailing CR, blank lines skipped. A missing or wrong header is pushed to
/// `errors` (`what` names the file's content: "labels", "tags").
fn data_lines<'a>(
    path: &str,
    text: &'a str,
    header: &str,
    what: &str,
    errors: &mut Vec<String>,
) -> impl Iterator<Item = (usize, &'a str)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.trim_end_matches('\r').trim_start_matches('\u{feff}') == header => {}
        Some((_, h)) => errors.push(format!(
            "{path}:1: the first line must be the header {header:?}, not {:?}",
            h.chars().take(80).collect::<String>()
        )),
        None => errors.push(format!("{path}: empty file: no header, no {what}")),
    }
    lines
        .map(|(i, line)| (i + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_parse_and_every_error_has_its_line() {
        let ok = "file\tcategories\tmust_not_autoreply\r\na.eml\tsafety\tyes\r\n\r\nb.eml\tcomplaint|query\tno\n";
        let l = parse_labels("l.tsv", ok).unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[1].categories, ["complaint", "query"]);
        assert_eq!(l[1].main(), "complaint");
        assert!(l[0].must_not_autoreply);

        let bad = "file\tcats\n\
                   a.eml\tsafety\n\
                   b.eml\tquery||x\tno\n\
                   c.eml\tquery\tmaybe\n\
                   c.eml\tquery\tno\n\
                   c.eml\tquery\tno\n";
        let e = parse_labels("l.tsv", bad).unwrap_err();
        assert_eq!(e.len(), 5, "{e:#?}");
        assert!(e[0].starts_with("l.tsv:1: the first line must be the header"));
        assert!(e[1].starts_with("l.tsv:2: 2 tab-separated fields"));
        assert!(e[2].starts_with("l.tsv:3: categories"));
        assert!(e[3].starts_with("l.tsv:4: must_not_autoreply is \"maybe\""));
        assert!(e[4].starts_with("l.tsv:6: c.eml is labelled twice (first on line 5)"));
        assert!(parse_labels("l.tsv", "").is_err());
    }

    #[test]
    fn tags_parse_and_every_error_has_its_line() {
        let t = parse_tags("t.tsv", "file\ttags\na.eml\timplicit, veiled\nb.eml\t\n").unwrap();
        assert_eq!(t["a.eml"], ["implicit", "veiled"]);
        assert!(t["b.eml"].is_empty());
        let errors = parse_tags("t.tsv", "file\ttags\na.eml\nb.eml\tx\nb.eml\ty\n").unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("t.tsv:2: expected 2"), "{errors:?}");
        assert!(
            errors[1].starts_with("t.tsv:4: b.eml has tags twice"),
            "{errors:?}"
        );
        let errors = parse_tags("t.tsv", "file\tcategories\n").unwrap_err();
        assert!(errors[0].starts_with("t.tsv:1: the first line must be the header"));
    }
}
