//! `[marks.<category>]`: how each category shows in the secretary's mail client.

use serde::Deserialize;

/// `[marks.<category>]`: how a category shows on the server.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkConfig {
    /// Set the keyword `postbag-<category>` (default true).
    pub keyword: Option<bool>,
    /// Set \Flagged (default false).
    #[serde(default)]
    pub flagged: bool,
    /// Copy (or move) the message to this folder.
    pub folder: Option<String>,
    /// Move instead of copy (needs `folder`; servers without MOVE get a copy).
    #[serde(default, rename = "move")]
    pub move_messages: bool,
}

/// Marks per category name.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Marks(pub std::collections::BTreeMap<String, MarkConfig>);

/// The marks one category gets, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub keyword: Option<String>,
    pub flagged: bool,
    pub folder: Option<String>,
    pub move_messages: bool,
}

impl Mark {
    /// "keyword postbag-x, \Flagged, copy to F" for reports.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = &self.keyword {
            parts.push(format!("keyword {k}"));
        }
        if self.flagged {
            parts.push("\\Flagged".to_string());
        }
        if let Some(f) = &self.folder {
            parts.push(format!(
                "{} to {f}",
                if self.move_messages { "move" } else { "copy" }
            ));
        }
        parts.join(", ")
    }
}

/// The IMAP keyword that carries a category: `postbag-<category>` (DESIGN.md).
pub fn keyword_for(category: &str) -> String {
    format!("postbag-{category}")
}

impl Marks {
    pub fn for_category(&self, category: &str) -> Mark {
        let c = self.0.get(category).cloned().unwrap_or_default();
        Mark {
            keyword: c.keyword.unwrap_or(true).then(|| keyword_for(category)),
            flagged: c.flagged,
            folder: c.folder,
            move_messages: c.move_messages,
        }
    }
}
