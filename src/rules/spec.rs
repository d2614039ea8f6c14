//! The rule-file format as data: categories, rules and their conditions, each with the
//! place in its file it came from. Reading TOML into these types is `load`'s job;
//! turning them into regexes is `compile`'s.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A place in a rule file, for messages of the form `path:line:col`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub path: Arc<PathBuf>,
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            // A problem of a whole file or of the whole set: no position to give.
            return write!(f, "{}", self.path.display());
        }
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.col)
    }
}

impl Loc {
    /// The 1-based line and column (in characters) of byte `offset` of `text`.
    pub fn at(path: &Arc<PathBuf>, text: &str, offset: usize) -> Loc {
        LineIndex::new(text).loc(path, text, offset)
    }

    /// A whole file, or a whole rule set named by its directory: printed as the bare path.
    pub fn whole(path: &Arc<PathBuf>) -> Loc {
        Loc {
            path: Arc::clone(path),
            line: 0,
            col: 0,
        }
    }
}

/// Where each line of a text starts, so that a position costs a binary search: scanning
/// from the start for each of a file's thousands of positions took minutes on a big file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line and column (in characters) of byte `offset` of `text`, the text
    /// this index was made from.
    pub fn loc(&self, path: &Arc<PathBuf>, text: &str, offset: usize) -> Loc {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let line_start = self.starts[line - 1];
        let col = text[line_start..offset].chars().count() + 1;
        Loc {
            path: Arc::clone(path),
            line,
            col,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A problem found in a rule file. Warnings do not stop the rules from loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub loc: Loc,
    pub message: String,
    pub warning: bool,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.warning { "warning: " } else { "" };
        write!(f, "{}: {kind}{}", self.loc, self.message)
    }
}

/// What the secretary wants done with a message of a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReplyPolicy {
    None,
    Draft,
    Auto,
}

impl ReplyPolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyPolicy::None => "none",
            ReplyPolicy::Draft => "draft",
            ReplyPolicy::Auto => "auto",
        }
    }
}

impl std::str::FromStr for ReplyPolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(ReplyPolicy::None),
            "draft" => Ok(ReplyPolicy::Draft),
            "auto" => Ok(ReplyPolicy::Auto),
            other => Err(format!(
                "unknown reply policy `{other}`, expected auto, draft or none"
            )),
        }
    }
}

/// A category as declared in a rule file.
#[derive(Debug, Clone)]
pub struct CategorySpec {
    pub name: String,
    pub description: String,
    pub priority: i64,
    pub threshold: i64,
    /// A score from here up to `threshold` still puts a `preempt` category's message in it,
    /// at the review level (see `triage`).
    pub review_threshold: Option<i64>,
    /// The learned layer's most points for this category (default: the set's).
    pub learned_weight: Option<i64>,
    pub reply: ReplyPolicy,
    pub preempt: bool,
    pub loc: Loc,
}

/// The part of a message a condition looks at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Subject,
    From,
    /// To and Cc.
    To,
    ReplyTo,
    Body,
    /// Subject or body.
    Text,
    /// A header by lowercased name.
    Header(String),
    /// The sender's status in the member list: `member`, `lapsed`, `officer` or
    /// `non-member`; absent (never matches) when the message was not looked up or no list
    /// was imported. See `members`.
    SenderStatus,
    /// The sender's branch or ward in the member list; absent for non-members.
    SenderBranch,
}

impl Field {
    pub const NAMES: &'static [&'static str] = &[
        "subject",
        "from",
        "to",
        "reply-to",
        "body",
        "text",
        "sender-status",
        "sender-branch",
    ];

    pub fn parse(name: &str) -> Option<Field> {
        Some(match name {
            "subject" => Field::Subject,
            "from" => Field::From,
            "to" => Field::To,
            "reply-to" => Field::ReplyTo,
            "body" => Field::Body,
            "text" => Field::Text,
            "sender-status" => Field::SenderStatus,
            "sender-branch" => Field::SenderBranch,
            _ => return None,
        })
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Subject => f.write_str("subject"),
            Field::From => f.write_str("from"),
            Field::To => f.write_str("to"),
            Field::ReplyTo => f.write_str("reply-to"),
            Field::Body => f.write_str("body"),
            Field::Text => f.write_str("text"),
            Field::SenderStatus => f.write_str("sender-status"),
            Field::SenderBranch => f.write_str("sender-branch"),
            Field::Header(h) => write!(f, "header {h}"),
        }
    }
}

/// What text a condition looks for.
#[derive(Debug, Clone)]
pub enum Needle {
    /// Whole words or phrases; `*` stands for letters within a word.
    Words(Vec<String>),
    /// A regular expression in Rust `regex` syntax.
    Pattern(String),
}

/// A condition tree; a rule fires when its condition holds.
#[derive(Debug, Clone)]
pub enum CondSpec {
    Match {
        field: Field,
        needle: Needle,
        case_sensitive: bool,
        loc: Loc,
    },
    All(Vec<CondSpec>),
    Any(Vec<CondSpec>),
    /// None of these holds.
    None(Vec<CondSpec>),
}

/// A rule as declared in a rule file.
#[derive(Debug, Clone)]
pub struct RuleSpec {
    pub name: String,
    pub category: String,
    pub category_loc: Loc,
    pub score: i64,
    pub description: String,
    pub cond: CondSpec,
    pub loc: Loc,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loc_counts_lines_and_characters() {
        let p = Arc::new(PathBuf::from("r.toml"));
        let text = "a = 1\nné = 2\n";
        let loc = Loc::at(&p, text, text.find('2').unwrap());
        assert_eq!((loc.line, loc.col), (2, 6));
        assert_eq!(loc.to_string(), "r.toml:2:6");
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 3 {
            let slow = {
                let o = floor_char_boundary(text, offset.min(text.len()));
                let before = &text[..o];
                let line_start = before.rfind('\n').map_or(0, |p| p + 1);
                (
                    before.matches('\n').count() + 1,
                    before[line_start..].chars().count() + 1,
                )
            };
            let fast = index.loc(&p, text, offset);
            assert_eq!((fast.line, fast.col), slow, "offset {offset}");
        }
        assert_eq!(Loc::whole(&p).to_string(), "r.toml");
    }
}
