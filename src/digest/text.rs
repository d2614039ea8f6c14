//! The text/plain part: the report laid out in aligned columns, readable in any client and
//! in a terminal (`postbag digest` prints it).

use std::fmt::Write;

use super::report::{Align, Report, Section, Tone};

/// Lines are wrapped at this width where they are prose.
const WIDTH: usize = 78;

pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", r.title);
    let _ = writeln!(out, "{}", r.period);
    wrap(&mut out, &r.as_of, "");
    out.push('\n');
    heading(&mut out, "At a glance");
    let label_w = r
        .glance
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let value_w = r
        .glance
        .iter()
        .map(|f| f.value.chars().count())
        .max()
        .unwrap_or(0);
    for f in &r.glance {
        let mark = if f.tone == Tone::Alert { "!" } else { " " };
        let _ = writeln!(
            out,
            "{mark} {:<label_w$}  {:>value_w$}  ({})",
            f.label, f.value, f.note
        );
    }
    out.push('\n');
    section(&mut out, &r.categories);
    for s in &r.sections {
        section(&mut out, s);
    }
    out.push_str("-- \nSent by postbag. The HTML part of this message has a chart of the last eight weeks.\n");
    out
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "{}", title.to_uppercase());
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count()));
}

fn section(out: &mut String, s: &Section) {
    heading(out, &s.title);
    if let Some(note) = &s.note {
        wrap(out, note, "");
    }
    if !s.columns.is_empty() {
        if s.rows.is_empty() {
            let _ = writeln!(out, "{}", s.empty);
        } else {
            table(out, s);
        }
    }
    if let Some(footer) = &s.footer {
        wrap(out, footer, "");
    }
    out.push('\n');
}

fn table(out: &mut String, s: &Section) {
    let n = s.columns.len();
    let mut widths: Vec<usize> = s.columns.iter().map(|(c, _)| c.chars().count()).collect();
    for row in &s.rows {
        for (i, cell) in row.cells.iter().enumerate().take(n) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut l = String::new();
        for (i, cell) in cells.iter().enumerate().take(n) {
            let w = widths[i];
            if i > 0 {
                l.push_str("  ");
            }
            match s.columns[i].1 {
                Align::Left if i + 1 == n => l.push_str(cell),
                Align::Left => {
                    let _ = write!(l, "{cell:<w$}");
                }
                Align::Right => {
                    let _ = write!(l, "{cell:>w$}");
                }
            }
        }
        l.trim_end().to_string()
    };
    let header: Vec<String> = s.columns.iter().map(|(c, _)| c.clone()).collect();
    let _ = writeln!(out, "{}", line(&header));
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let _ = writeln!(out, "{}", line(&rule));
    for row in &s.rows {
        let _ = writeln!(out, "{}", line(&row.cells));
        if let Some(d) = &row.detail {
            wrap(out, &format!("\"{d}\""), "    ");
        }
    }
}

/// Writes `text` wrapped at [`WIDTH`], each line starting with `indent`.
fn wrap(out: &mut String, text: &str, indent: &str) {
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.chars().count() + 1 + word.chars().count() > WIDTH {
            let _ = writeln!(out, "{line}");
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        let _ = writeln!(out, "{line}");
    }
}
