//! `[marks]`: how each category shows in the secretary's mail client. Keywords
//! (`postbag-<category>`) where the server keeps them; Gmail labels where the server has
//! them (Gmail's own apps show labels, never keywords); and a fallback for servers that keep
//! no custom keywords (Microsoft 365): a folder per category and \Flagged. Which of these a
//! mailbox gets is decided on every SELECT (`sync::marking`); this file only reads the config.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// `[marks.<category>]`: how a category shows on the server.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkConfig {
    /// Set the keyword `postbag-<category>` (default true, where the server keeps keywords).
    pub keyword: Option<bool>,
    /// Set \Flagged (default false; true for safety and urgent where keywords cannot be set).
    pub flagged: Option<bool>,
    /// Copy (or move) the message to this folder, on any server.
    pub folder: Option<String>,
    /// Move instead of copy (needs `folder`; servers without MOVE get a copy).
    #[serde(default, rename = "move")]
    pub move_messages: bool,
    /// The Gmail label: a name, or `false` for none (default `<label_parent>/<Category>`).
    pub label: Option<LabelSetting>,
    /// The folder this category goes to where keywords cannot be set (default
    /// `<fallback_parent>/<Category>`).
    pub fallback_folder: Option<String>,
}

/// `label = "Name"` or `label = false`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelSetting {
    Name(String),
    Off,
    Default,
}

impl<'de> Deserialize<'de> for LabelSetting {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = LabelSetting;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a label name, or false for no label")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LabelSetting, E> {
                Ok(LabelSetting::Name(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<LabelSetting, E> {
                Ok(if v {
                    LabelSetting::Default
                } else {
                    LabelSetting::Off
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// What marks a message where the server keeps no custom keywords (PERMANENTFLAGS without
/// `\*`, as on Microsoft 365) and has no Gmail labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fallback {
    /// A copy in `<fallback_parent>/<Category>` (a move with `fallback_move`), and \Flagged
    /// for safety and urgent.
    #[default]
    Folders,
    /// \Flagged on safety and urgent only.
    Flagged,
    /// Nothing: the category is only in postbag's store.
    None,
}

/// `[marks]`: the settings for all categories, and `[marks.<category>]` tables.
#[derive(Debug, Clone)]
pub struct Marks {
    pub categories: BTreeMap<String, MarkConfig>,
    /// On Gmail (`X-GM-EXT-1`), label each message (default true).
    pub labels: bool,
    /// Parent of the default labels: `Postbag` gives `Postbag/Safety`, ...
    pub label_parent: String,
    pub fallback: Fallback,
    /// Parent of the default fallback folders: `Triage` gives `Triage/Safety`, ...
    pub fallback_parent: String,
    /// Move to the fallback folder instead of copying (where the server has MOVE).
    pub fallback_move: bool,
}

impl Default for Marks {
    fn default() -> Marks {
        Marks {
            categories: BTreeMap::new(),
            labels: true,
            label_parent: "Postbag".into(),
            fallback: Fallback::Folders,
            fallback_parent: "Triage".into(),
            fallback_move: false,
        }
    }
}

/// The keys of `[marks]` itself; every other key is a category's table.
pub const MARKS_SETTINGS: &[&str] = &[
    "labels",
    "label_parent",
    "fallback",
    "fallback_parent",
    "fallback_move",
];

impl<'de> Deserialize<'de> for Marks {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Marks;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("[marks] settings and [marks.<category>] tables")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Marks, A::Error> {
                let mut marks = Marks::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "labels" => marks.labels = map.next_value()?,
                        "label_parent" => marks.label_parent = map.next_value()?,
                        "fallback" => marks.fallback = map.next_value()?,
                        "fallback_parent" => marks.fallback_parent = map.next_value()?,
                        "fallback_move" => marks.fallback_move = map.next_value()?,
                        _ => {
                            let table: MarkConfig = map.next_value()?;
                            marks.categories.insert(key, table);
                        }
                    }
                }
                Ok(marks)
            }
        }
        d.deserialize_map(V)
    }
}

/// The marks one category gets on one mailbox, resolved (see `sync::marking`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mark {
    pub keyword: Option<String>,
    /// A Gmail label.
    pub label: Option<String>,
    pub flagged: bool,
    pub folder: Option<String>,
    pub move_messages: bool,
    /// The folder is postbag's own (a fallback folder): created when first needed. A
    /// configured `folder` must exist (`doctor` says so).
    pub create_folder: bool,
}

impl Mark {
    /// "keyword postbag-x, label Postbag/X, \Flagged, copy to F" for reports.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = &self.keyword {
            parts.push(format!("keyword {k}"));
        }
        if let Some(l) = &self.label {
            parts.push(format!("label {l}"));
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

/// A category as a folder or label name: `safety` -> `Safety`, `data-protection` ->
/// `Data-protection`.
pub fn title(category: &str) -> String {
    let mut chars = category.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Categories flagged where keywords cannot be set, unless their table says otherwise.
const FLAGGED_IN_FALLBACK: &[&str] = &["safety", "urgent"];

impl Marks {
    fn table(&self, category: &str) -> MarkConfig {
        self.categories.get(category).cloned().unwrap_or_default()
    }

    /// The marks of a category on a server that keeps keywords (Dovecot and most others).
    pub fn for_category(&self, category: &str) -> Mark {
        let c = self.table(category);
        Mark {
            keyword: self.keyword(category),
            label: None,
            flagged: c.flagged.unwrap_or(false),
            folder: c.folder,
            move_messages: c.move_messages,
            create_folder: false,
        }
    }

    /// The keyword of a category, unless its table says `keyword = false`.
    pub fn keyword(&self, category: &str) -> Option<String> {
        let c = self.table(category);
        c.keyword.unwrap_or(true).then(|| keyword_for(category))
    }

    /// The Gmail label of a category, or none (`labels = false`, or `label = false`).
    pub fn label(&self, category: &str) -> Option<String> {
        if !self.labels {
            return None;
        }
        match self.table(category).label {
            Some(LabelSetting::Off) => None,
            Some(LabelSetting::Name(name)) => Some(name),
            Some(LabelSetting::Default) | None => {
                Some(format!("{}/{}", self.label_parent, title(category)))
            }
        }
    }

    /// Whether a category gets \Flagged: its `flagged`, else (where keywords cannot be set
    /// and the fallback is not `none`) true for safety and urgent.
    pub fn flagged(&self, category: &str, keywordless: bool) -> bool {
        self.table(category).flagged.unwrap_or(
            keywordless
                && self.fallback != Fallback::None
                && FLAGGED_IN_FALLBACK.contains(&category),
        )
    }

    /// The folder a category goes to where keywords cannot be set: its `folder` if it has
    /// one (that already shows the category), else its `fallback_folder`, else
    /// `<fallback_parent><delimiter><Category>`; none unless `fallback = "folders"`. With
    /// whether to move there, and whether the folder is postbag's own (not configured).
    pub fn fallback_folder(&self, category: &str, delimiter: &str) -> Option<(String, bool, bool)> {
        let c = self.table(category);
        if let Some(folder) = c.folder {
            return Some((folder, c.move_messages, false));
        }
        if self.fallback != Fallback::Folders {
            return None;
        }
        let folder = c
            .fallback_folder
            .unwrap_or_else(|| format!("{}{delimiter}{}", self.fallback_parent, title(category)));
        Some((folder, self.fallback_move, true))
    }

    /// Checks names before any reaches a server: one message per problem.
    pub fn validate(&self) -> Result<(), String> {
        for (category, mark) in &self.categories {
            if mark.move_messages && mark.folder.is_none() {
                return Err(format!(
                    "[marks.{category}] move = true needs a `folder` to move to"
                ));
            }
            if let Some(LabelSetting::Name(name)) = &mark.label {
                check_name(&format!("[marks.{category}] label"), name)?;
            }
            if let Some(folder) = &mark.fallback_folder {
                check_name(&format!("[marks.{category}] fallback_folder"), folder)?;
            }
        }
        check_name("[marks] label_parent", &self.label_parent)?;
        check_name("[marks] fallback_parent", &self.fallback_parent)?;
        Ok(())
    }
}

/// A folder or label name postbag may create: printable ASCII (a quoted IMAP string; other
/// characters would need modified UTF-7), no LIST wildcards, not a system label.
fn check_name(key: &str, name: &str) -> Result<(), String> {
    let bad = if name.trim().is_empty() {
        Some("is empty")
    } else if name.chars().any(|c| !c.is_ascii() || c.is_ascii_control()) {
        Some("must be plain ASCII (letters, digits, spaces, / - _ .)")
    } else if name.contains(['*', '%']) {
        Some("cannot hold * or % (they are wildcards in IMAP LIST)")
    } else if name.starts_with('\\') {
        Some("cannot start with a backslash (those are Gmail's system labels)")
    } else {
        None
    };
    match bad {
        Some(why) => Err(format!("{key} = {name:?} {why}")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Marks {
        #[derive(Deserialize)]
        struct Doc {
            marks: Marks,
        }
        toml::from_str::<Doc>(text).unwrap().marks
    }

    #[test]
    fn settings_and_category_tables_share_the_section() {
        let m = parse(
            "[marks]\nfallback = \"flagged\"\nlabel_parent = \"Branch\"\n\
             [marks.bulk]\nfolder = \"Lists\"\nmove = true\n\
             [marks.complaint]\nlabel = \"Complaints\"\nflagged = true\n\
             [marks.query]\nlabel = false\n",
        );
        assert_eq!(m.fallback, Fallback::Flagged);
        assert_eq!(m.label("safety").as_deref(), Some("Branch/Safety"));
        assert_eq!(m.label("complaint").as_deref(), Some("Complaints"));
        assert_eq!(m.label("query"), None);
        assert_eq!(
            m.fallback_folder("bulk", "/"),
            Some(("Lists".into(), true, false))
        );
        assert_eq!(m.fallback_folder("safety", "/"), None, "fallback = flagged");
        assert!(m.flagged("complaint", false));
        assert!(m.flagged("safety", true));
        assert!(!m.flagged("safety", false));
        assert_eq!(m.keyword("bulk").as_deref(), Some("postbag-bulk"));
    }

    #[test]
    fn defaults_give_postbag_labels_and_triage_folders() {
        let m = Marks::default();
        assert_eq!(
            m.label("data-protection").as_deref(),
            Some("Postbag/Data-protection")
        );
        assert_eq!(
            m.fallback_folder("safety", "/"),
            Some(("Triage/Safety".into(), false, true))
        );
        assert_eq!(
            m.fallback_folder("urgent", "."),
            Some(("Triage.Urgent".into(), false, true))
        );
        assert!(m.flagged("urgent", true) && !m.flagged("query", true));
        assert_eq!(
            m.for_category("safety").describe(),
            "keyword postbag-safety"
        );
    }

    #[test]
    fn names_postbag_cannot_create_are_refused() {
        let m = Marks {
            fallback_parent: "Tri*age".into(),
            ..Default::default()
        };
        assert!(m.validate().unwrap_err().contains("wildcards"));
        let mut m = Marks::default();
        m.categories.insert(
            "safety".into(),
            MarkConfig {
                label: Some(LabelSetting::Name("Sécurité".into())),
                ..Default::default()
            },
        );
        assert!(m.validate().unwrap_err().contains("[marks.safety] label"));
    }
}
