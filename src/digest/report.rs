//! The digest as rows and cells for one recipient's view: the one place that decides what
//! a recipient may see. The text and HTML renderers only lay out what this gives them.
//!
//! A `summary` view has counts, dates, categories and subjects: never a member's name or
//! address, never message text (snippets, campaign samples); email addresses inside
//! subjects are blanked too. Busiest correspondents become "Correspondent 1, 2, ...".

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::stats::{Person, Standing, Stats, TABLE_WEEKS};
use super::week::unix;
use crate::config::DigestView;

/// Rows of waiting threads shown before "and N more".
pub const MAX_WAITING_ROWS: usize = 30;
/// Subjects are cut to this many characters in tables.
const SUBJECT_CHARS: usize = 70;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How a row or figure should stand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Alert,
    Warn,
    Good,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<String>,
    /// A line of text under the row (snippets; full view only).
    pub detail: Option<String>,
    pub tone: Tone,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    pub note: Option<String>,
    pub columns: Vec<(String, Align)>,
    pub rows: Vec<Row>,
    /// Shown instead of the table when there are no rows.
    pub empty: String,
    /// A closing line ("and 4 more ...", a list of names).
    pub footer: Option<String>,
}

/// One figure in the "at a glance" block.
#[derive(Debug, Clone)]
pub struct Figure {
    pub label: String,
    pub value: String,
    pub note: String,
    pub tone: Tone,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub title: String,
    /// "Week 2026-W48, Monday 23 November to Sunday 29 November 2026"
    pub period: String,
    /// "As of Monday 30 November 2026 08:00 (Europe/London). Full view."
    pub as_of: String,
    pub glance: Vec<Figure>,
    /// Category table (with the chart after it in HTML).
    pub categories: Section,
    pub sections: Vec<Section>,
    pub chart_alt: String,
}

/// Builds the report of `stats` for a recipient with `view`.
pub fn build(stats: &Stats, title: &str, tz: &TimeZone, view: DigestView) -> Report {
    let full = view == DigestView::Full;
    let f = Fmt { tz, full };
    let week = stats.week;
    let overdue = stats.overdue().count();
    let open_sars: Vec<_> = stats.sars.iter().filter(|s| !s.replied).collect();
    let total = stats.totals.last().copied().unwrap_or(0);
    let previous: Vec<String> = stats.totals
        [stats.totals.len() - TABLE_WEEKS..stats.totals.len() - 1]
        .iter()
        .map(u64::to_string)
        .collect();
    let campaign_letters: usize = stats.campaigns.iter().map(|c| c.messages).sum();
    let next_sar = open_sars.iter().map(|s| (s.deadline, s.days_left)).min();

    let glance = vec![
        Figure {
            label: "Messages received".into(),
            value: total.to_string(),
            note: format!("previous four weeks: {}", previous.join(", ")),
            tone: Tone::Plain,
        },
        Figure {
            label: "Sent by the secretary".into(),
            value: stats.sent.to_string(),
            note: "messages from the secretary's addresses".into(),
            tone: Tone::Plain,
        },
        Figure {
            label: "Waiting for a reply".into(),
            value: stats.waiting.len().to_string(),
            note: format!("{overdue} overdue"),
            tone: if overdue > 0 { Tone::Warn } else { Tone::Good },
        },
        Figure {
            label: "Safety items".into(),
            value: stats.safety.len().to_string(),
            note: "this week; never answered automatically".into(),
            tone: if stats.safety.is_empty() {
                Tone::Good
            } else {
                Tone::Alert
            },
        },
        Figure {
            label: "Open subject access requests".into(),
            value: open_sars.len().to_string(),
            note: match next_sar {
                Some((d, left)) => format!("next due {}: {}", f.date(d), days_left(left)),
                None => "none open".into(),
            },
            tone: match next_sar {
                Some((_, left)) if left < 7 => Tone::Alert,
                Some(_) => Tone::Warn,
                None => Tone::Good,
            },
        },
        Figure {
            label: "Campaigns".into(),
            value: stats.campaigns.len().to_string(),
            note: format!("{campaign_letters} near-identical letters"),
            tone: Tone::Plain,
        },
        Figure {
            label: "First-time senders".into(),
            value: stats.first_time.len().to_string(),
            note: "wrote to the secretary for the first time".into(),
            tone: Tone::Plain,
        },
    ];

    let weeks = &stats.weeks[stats.weeks.len() - TABLE_WEEKS..];
    let mut columns = vec![("Category".to_string(), Align::Left)];
    columns.extend(
        weeks
            .iter()
            .map(|w| (format!("W{:02}", w.week()), Align::Right)),
    );
    let mut rows: Vec<Row> = stats
        .categories
        .iter()
        .map(|c| {
            let mut cells = vec![c.name.clone()];
            cells.extend(
                c.counts[c.counts.len() - TABLE_WEEKS..]
                    .iter()
                    .map(u64::to_string),
            );
            let tone = if c.name == "safety" && c.counts.last() > Some(&0) {
                Tone::Alert
            } else {
                Tone::Plain
            };
            Row {
                cells,
                detail: None,
                tone,
            }
        })
        .collect();
    let mut cells = vec!["total".to_string()];
    cells.extend(
        stats.totals[stats.totals.len() - TABLE_WEEKS..]
            .iter()
            .map(u64::to_string),
    );
    rows.push(Row {
        cells,
        detail: None,
        tone: Tone::Plain,
    });
    let categories = Section {
        title: "Messages by category".into(),
        note: Some(format!(
            "Week {} and the four before it, by the Date header of each message.",
            week.week()
        )),
        columns,
        rows,
        empty: String::new(),
        footer: None,
    };

    let mut sections = Vec::new();

    sections.push(Section {
        title: "Safety".into(),
        note: Some(
            "Every threat, harassment or abuse item this week. Kept unchanged as evidence; \
             never answered automatically."
                .into(),
        ),
        columns: f.with_from(vec![("Received", Align::Left), ("Subject", Align::Left)]),
        rows: stats
            .safety
            .iter()
            .map(|s| Row {
                cells: f.row_from(vec![f.when(s.when), f.subject(&s.subject)], &s.from),
                detail: full.then(|| excerpt(&s.snippet)).filter(|d| !d.is_empty()),
                tone: Tone::Alert,
            })
            .collect(),
        empty: "No safety items this week.".into(),
        footer: None,
    });

    if !stats.away_from_safety.is_empty() {
        sections.push(Section {
            title: "Re-labelled away from safety".into(),
            note: Some(
                "Messages postbag classed as safety that the secretary re-labelled this week. \
                 The safety rules keep their score: look at each, and change a rule if it \
                 keeps misfiring."
                    .into(),
            ),
            columns: f.with_from(vec![
                ("When", Align::Left),
                ("Now", Align::Left),
                ("Subject", Align::Left),
            ]),
            rows: stats
                .away_from_safety
                .iter()
                .map(|p| Row {
                    cells: f.row_from(
                        vec![f.when(p.when), f.subject(&p.what), f.subject(&p.subject)],
                        &p.from,
                    ),
                    detail: None,
                    tone: Tone::Warn,
                })
                .collect(),
            empty: String::new(),
            footer: None,
        });
    }

    sections.push(Section {
        title: "Subject access requests".into(),
        note: Some(
            "Statutory deadline: one calendar month from receipt (the month's last day if it \
             has no such date). Open requests, and those answered since the week began."
                .into(),
        ),
        columns: f.with_from(vec![
            ("Received", Align::Left),
            ("Deadline", Align::Left),
            ("Days left", Align::Right),
            ("Status", Align::Left),
            ("Subject", Align::Left),
        ]),
        rows: stats
            .sars
            .iter()
            .map(|s| Row {
                cells: f.row_from(
                    vec![
                        f.short_date(s.received),
                        f.short_date(s.deadline),
                        days_left(s.days_left),
                        if s.replied { "replied" } else { "waiting" }.into(),
                        f.subject(&s.subject),
                    ],
                    &s.from,
                ),
                detail: None,
                tone: match (s.replied, s.days_left) {
                    (true, _) => Tone::Good,
                    (false, d) if d < 7 => Tone::Alert,
                    _ => Tone::Warn,
                },
            })
            .collect(),
        empty: "No subject access requests open.".into(),
        footer: None,
    });

    let waiting_rows: Vec<Row> = stats
        .waiting
        .iter()
        .take(MAX_WAITING_ROWS)
        .map(|w| Row {
            cells: f.row_from(
                vec![
                    days(w.days),
                    w.category.clone(),
                    if w.overdue() { "OVERDUE" } else { "" }.into(),
                    f.subject(&w.subject),
                ],
                &w.from,
            ),
            detail: None,
            tone: if w.overdue() { Tone::Warn } else { Tone::Plain },
        })
        .collect();
    let more = stats.waiting.len().saturating_sub(MAX_WAITING_ROWS);
    sections.push(Section {
        title: "Waiting for a reply".into(),
        note: Some(format!(
            "Threads whose latest mail has no answer from the secretary, longest waiting first \
             ({overdue} overdue). Campaign letters are counted under Campaigns."
        )),
        columns: f.with_from(vec![
            ("Waiting", Align::Right),
            ("Category", Align::Left),
            ("", Align::Left),
            ("Subject", Align::Left),
        ]),
        rows: waiting_rows,
        empty: "Nothing is waiting for a reply.".into(),
        footer: (more > 0).then(|| format!("... and {more} more, waiting less long.")),
    });

    sections.push(Section {
        title: "Complaints".into(),
        note: Some("Complaints received this week, and older ones still waiting.".into()),
        columns: f.with_from(vec![
            ("Received", Align::Left),
            ("Where it stands", Align::Left),
            ("Subject", Align::Left),
        ]),
        rows: stats
            .complaints
            .iter()
            .map(|c| Row {
                cells: f.row_from(
                    vec![
                        f.when(c.received),
                        match c.standing {
                            Standing::Waiting { days: d, .. } => format!("waiting {}", days(d)),
                            Standing::Replied { at } => format!("replied {}", f.day(at)),
                        },
                        f.subject(&c.subject),
                    ],
                    &c.from,
                ),
                detail: None,
                tone: match c.standing {
                    Standing::Waiting { .. } => Tone::Warn,
                    Standing::Replied { .. } => Tone::Good,
                },
            })
            .collect(),
        empty: "No complaints this week, none waiting.".into(),
        footer: None,
    });

    sections.push(Section {
        title: "Campaigns".into(),
        note: Some(
            "Near-identical letters from many senders (similar wording, not exact copies), \
             shown once with a count."
                .into(),
        ),
        columns: vec![
            ("Letters".to_string(), Align::Right),
            ("Senders".to_string(), Align::Right),
            ("Answered".to_string(), Align::Right),
            ("Category".to_string(), Align::Left),
            ("Between".to_string(), Align::Left),
            ("Subject".to_string(), Align::Left),
        ],
        rows: stats
            .campaigns
            .iter()
            .map(|c| Row {
                cells: vec![
                    c.messages.to_string(),
                    c.senders.to_string(),
                    c.replied.to_string(),
                    c.category.clone(),
                    format!("{} - {}", f.day(c.first), f.day(c.last)),
                    f.subject(&c.subject),
                ],
                detail: full.then(|| excerpt(&c.sample)).filter(|d| !d.is_empty()),
                tone: Tone::Plain,
            })
            .collect(),
        empty: "No campaigns this week.".into(),
        footer: None,
    });

    sections.push(Section {
        title: "Busiest correspondents".into(),
        note: Some("Who wrote most this week (two messages or more).".into()),
        columns: vec![
            ("Correspondent".to_string(), Align::Left),
            ("Messages".to_string(), Align::Right),
            ("Categories".to_string(), Align::Left),
        ],
        rows: stats
            .busiest
            .iter()
            .enumerate()
            .map(|(i, b)| Row {
                cells: vec![
                    if full {
                        person(&b.person)
                    } else {
                        format!("Correspondent {}", i + 1)
                    },
                    b.messages.to_string(),
                    b.categories
                        .iter()
                        .map(|(c, n)| format!("{c} {n}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                ],
                detail: None,
                tone: Tone::Plain,
            })
            .collect(),
        empty: "Nobody wrote more than once this week.".into(),
        footer: None,
    });

    if !stats.problems.is_empty() {
        sections.push(Section {
            title: "Problems".into(),
            note: Some("What postbag could not do this week: these need the secretary.".into()),
            columns: f.with_from(vec![
                ("When", Align::Left),
                ("What", Align::Left),
                ("Subject", Align::Left),
            ]),
            rows: stats
                .problems
                .iter()
                .map(|p| Row {
                    cells: f.row_from(
                        vec![f.when(p.when), f.subject(&p.what), f.subject(&p.subject)],
                        &p.from,
                    ),
                    detail: None,
                    tone: Tone::Warn,
                })
                .collect(),
            empty: String::new(),
            footer: None,
        });
    }

    if full {
        sections.push(Section {
            title: "First-time senders".into(),
            note: Some(format!(
                "{} people wrote to the secretary for the first time this week.",
                stats.first_time.len()
            )),
            columns: Vec::new(),
            rows: Vec::new(),
            empty: String::new(),
            footer: (!stats.first_time.is_empty()).then(|| {
                stats
                    .first_time
                    .iter()
                    .map(person)
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        });
    }

    Report {
        title: title.to_string(),
        period: format!(
            "Week {week}: {} to {}",
            f.date(week.monday()),
            f.date(week.sunday())
        ),
        as_of: format!(
            "As of {} ({}). {}",
            f.when_long(stats.as_of),
            tz.iana_name().unwrap_or("UTC"),
            if full {
                "Full view for the secretary: contains members' personal data."
            } else {
                "Summary view: counts and subjects only."
            }
        ),
        glance,
        categories,
        sections,
        chart_alt: format!(
            "Chart: messages per category, weeks {} to {}",
            stats.weeks[0], week
        ),
    }
}

/// Dates and people as a view may show them.
struct Fmt<'a> {
    tz: &'a TimeZone,
    full: bool,
}

impl Fmt<'_> {
    fn when(&self, secs: i64) -> String {
        self.strftime(secs, "%a %-d %b %H:%M")
    }
    fn when_long(&self, secs: i64) -> String {
        self.strftime(secs, "%A %-d %B %Y %H:%M")
    }
    fn day(&self, secs: i64) -> String {
        self.strftime(secs, "%a %-d %b")
    }
    fn date(&self, d: Date) -> String {
        d.strftime("%a %-d %b %Y").to_string()
    }
    fn short_date(&self, d: Date) -> String {
        d.strftime("%a %-d %b").to_string()
    }
    fn strftime(&self, secs: i64, f: &str) -> String {
        unix(secs)
            .to_zoned_datetime(self.tz.clone())
            .strftime(f)
            .to_string()
    }
    fn subject(&self, s: &str) -> String {
        let s = if self.full {
            s.to_string()
        } else {
            blank_addresses(s)
        };
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let s = if s.is_empty() {
            "(no subject)".to_string()
        } else {
            s
        };
        if s.chars().count() > SUBJECT_CHARS {
            let cut: String = s.chars().take(SUBJECT_CHARS - 3).collect();
            format!("{}...", cut.trim_end())
        } else {
            s
        }
    }
    fn with_from(&self, cols: Vec<(&str, Align)>) -> Vec<(String, Align)> {
        let mut out: Vec<(String, Align)> =
            cols.into_iter().map(|(c, a)| (c.to_string(), a)).collect();
        if self.full {
            out.push(("From".into(), Align::Left));
        }
        out
    }
    fn row_from(&self, mut cells: Vec<String>, from: &Option<Person>) -> Vec<String> {
        if self.full {
            cells.push(from.as_ref().map_or_else(|| "(unknown)".into(), person));
        }
        cells
    }
}

fn person(p: &Person) -> String {
    match &p.name {
        Some(n) => format!("{n} <{}>", p.email),
        None => p.email.clone(),
    }
}

/// A stored snippet, marked as cut when it filled the snippet's length.
fn excerpt(snippet: &str) -> String {
    if snippet.chars().count() + 1 >= crate::store::SNIPPET_CHARS {
        format!("{snippet}...")
    } else {
        snippet.to_string()
    }
}

fn days(d: i64) -> String {
    match d {
        0 => "under a day".into(),
        1 => "1 day".into(),
        d => format!("{d} days"),
    }
}

fn days_left(d: i64) -> String {
    match d {
        0 => "due today".into(),
        1 => "1 day left".into(),
        -1 => "1 day overdue".into(),
        d if d < 0 => format!("{} days overdue", -d),
        d => format!("{d} days left"),
    }
}

/// Replaces every word containing `@` with `[address]`.
pub fn blank_addresses(s: &str) -> String {
    s.split(' ')
        .map(|w| if w.contains('@') { "[address]" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_blank_addresses_in_subjects() {
        assert_eq!(
            blank_addresses("Fwd: from jo@example.org <jo@example.org> re motion"),
            "Fwd: from [address] [address] re motion"
        );
        let f = Fmt {
            tz: &TimeZone::UTC,
            full: false,
        };
        assert_eq!(
            f.subject("Re: mail from a@b.org"),
            "Re: mail from [address]"
        );
        assert_eq!(f.subject("  "), "(no subject)");
        assert_eq!(f.subject(&"x".repeat(100)).chars().count(), SUBJECT_CHARS);
        let from = Some(Person {
            email: "a@b.org".into(),
            name: None,
        });
        assert_eq!(f.row_from(vec!["x".into()], &from), vec!["x".to_string()]);
        let full = Fmt {
            tz: &TimeZone::UTC,
            full: true,
        };
        assert_eq!(full.row_from(vec![], &from), vec!["a@b.org".to_string()]);
        assert_eq!(days_left(-3), "3 days overdue");
        assert_eq!(days(0), "under a day");
    }
}
