//! The text/html part: nested tables with inline styles only, the layout that Gmail,
//! Outlook (Word's renderer) and Thunderbird all draw the same way. No scripts, no style
//! sheets, no web fonts, no remote images: the chart is the message's own inline part.

use std::fmt::Write;

use super::report::{Align, Report, Row, Section, Tone};

const FONT: &str = "font-family:Arial,Helvetica,sans-serif;";
const RED: &str = "#c8102e";
const INK: &str = "#222222";
const MUTED: &str = "#666666";
const LINE: &str = "#e2e2e2";
/// Width of the content column, and of the chart image.
pub const WIDTH: u32 = 640;

/// The whole HTML document; `chart_src` is `cid:...` in mail and a `data:` URI in a preview.
pub fn render(r: &Report, chart_src: &str) -> String {
    let mut o = String::with_capacity(32 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background-color:#f2f2f2;\">\n\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f2f2f2\" style=\"background-color:#f2f2f2;\">\n\
         <tr><td align=\"center\" style=\"padding:20px 8px;\">\n\
         <table role=\"presentation\" width=\"{w}\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#ffffff\" style=\"width:{w}px;max-width:{w}px;background-color:#ffffff;border:1px solid {LINE};{FONT}color:{INK};\">\n",
        title = esc(&format!("{}: {}", r.title, r.period)),
        w = WIDTH + 40,
    );
    // Header band.
    let _ = write!(
        o,
        "<tr><td bgcolor=\"{RED}\" style=\"background-color:{RED};padding:18px 20px;{FONT}\">\
         <div style=\"font-size:22px;line-height:28px;font-weight:bold;color:#ffffff;\">{}</div>\
         <div style=\"font-size:15px;line-height:22px;color:#ffffff;\">{}</div></td></tr>\n\
         <tr><td style=\"padding:10px 20px;font-size:12px;line-height:17px;color:{MUTED};{FONT}border-bottom:1px solid {LINE};\">{}</td></tr>\n",
        esc(&r.title),
        esc(&r.period),
        esc(&r.as_of)
    );
    glance(&mut o, r);
    section(&mut o, &r.categories);
    let _ = writeln!(
        o,
        "<tr><td style=\"padding:0 20px 16px 20px;\"><img src=\"{}\" width=\"{WIDTH}\" height=\"{h}\" alt=\"{}\" style=\"display:block;width:{WIDTH}px;max-width:100%;height:auto;border:0;\"></td></tr>",
        esc(chart_src),
        esc(&r.chart_alt),
        h = super::chart::HEIGHT,
    );
    for s in &r.sections {
        section(&mut o, s);
    }
    let _ = write!(
        o,
        "<tr><td style=\"padding:14px 20px;font-size:11px;line-height:16px;color:{MUTED};{FONT}border-top:1px solid {LINE};\">\
         Sent by postbag, automatically. Replies to this message are not read by a program.</td></tr>\n\
         </table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    );
    o
}

fn glance(o: &mut String, r: &Report) {
    let _ = writeln!(
        o,
        "<tr><td style=\"padding:16px 20px 4px 20px;\">{}\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;\">",
        title("At a glance")
    );
    for f in &r.glance {
        let (fg, bg) = tone(f.tone);
        let _ = writeln!(
            o,
            "<tr><td style=\"padding:7px 8px;border-bottom:1px solid {LINE};font-size:14px;{FONT}color:{INK};\">{}</td>\
             <td align=\"right\" bgcolor=\"{bg}\" style=\"padding:7px 10px;border-bottom:1px solid {LINE};background-color:{bg};font-size:20px;font-weight:bold;{FONT}color:{fg};width:56px;\">{}</td>\
             <td style=\"padding:7px 8px;border-bottom:1px solid {LINE};font-size:12px;{FONT}color:{MUTED};\">{}</td></tr>",
            esc(&f.label),
            esc(&f.value),
            esc(&f.note)
        );
    }
    o.push_str("</table></td></tr>\n");
}

fn section(o: &mut String, s: &Section) {
    let _ = write!(
        o,
        "<tr><td style=\"padding:16px 20px 8px 20px;\">{}",
        title(&s.title)
    );
    if let Some(note) = &s.note {
        let _ = write!(
            o,
            "<p style=\"margin:0 0 8px 0;font-size:12px;line-height:17px;color:{MUTED};{FONT}\">{}</p>",
            esc(note)
        );
    }
    if !s.columns.is_empty() {
        if s.rows.is_empty() {
            let _ = write!(
                o,
                "<p style=\"margin:0;font-size:13px;color:{MUTED};{FONT}font-style:italic;\">{}</p>",
                esc(&s.empty)
            );
        } else {
            table(o, s);
        }
    }
    if let Some(f) = &s.footer {
        let _ = write!(
            o,
            "<p style=\"margin:8px 0 0 0;font-size:12px;line-height:17px;color:{INK};{FONT}\">{}</p>",
            esc(f)
        );
    }
    o.push_str("</td></tr>\n");
}

fn table(o: &mut String, s: &Section) {
    let _ = write!(
        o,
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;\">\n<tr>"
    );
    for (name, align) in &s.columns {
        let _ = write!(
            o,
            "<th align=\"{a}\" style=\"padding:6px 8px;border-bottom:2px solid {INK};font-size:12px;font-weight:bold;text-align:{a};{FONT}color:{INK};white-space:nowrap;\">{}</th>",
            esc(name),
            a = align_name(*align)
        );
    }
    o.push_str("</tr>\n");
    for (i, row) in s.rows.iter().enumerate() {
        body_row(o, s, row, i);
    }
    o.push_str("</table>\n");
}

fn body_row(o: &mut String, s: &Section, row: &Row, i: usize) {
    let (fg, tint) = tone(row.tone);
    let bg = if row.tone != Tone::Plain {
        tint
    } else if i % 2 == 1 {
        "#f7f7f7"
    } else {
        "#ffffff"
    };
    let border = if row.detail.is_some() {
        "none".to_string()
    } else {
        format!("1px solid {LINE}")
    };
    o.push_str("<tr>");
    for (j, cell) in row.cells.iter().enumerate() {
        let align = s.columns.get(j).map_or(Align::Left, |c| c.1);
        // Short cells (numbers, dates, categories) stay on one line; subjects wrap.
        // Short cells (numbers, dates, categories) stay on one line; subjects wrap.
        let person = person_html(cell);
        let nowrap = if cell.chars().count() <= 24 && person.is_none() {
            "white-space:nowrap;"
        } else {
            ""
        };
        let colour = if j == 0 || cell == "OVERDUE" { fg } else { INK };
        let weight = if cell == "OVERDUE" {
            "font-weight:bold;"
        } else {
            ""
        };
        let _ = write!(
            o,
            "<td align=\"{a}\" bgcolor=\"{bg}\" style=\"padding:6px 8px;border-bottom:{border};background-color:{bg};font-size:13px;line-height:18px;text-align:{a};vertical-align:top;{FONT}color:{colour};{weight}{nowrap}\">{}</td>",
            person.unwrap_or_else(|| esc(cell)),
            a = align_name(align)
        );
    }
    o.push_str("</tr>\n");
    if let Some(d) = &row.detail {
        let _ = writeln!(
            o,
            "<tr><td colspan=\"{}\" bgcolor=\"{bg}\" style=\"padding:0 8px 8px 24px;border-bottom:1px solid {LINE};background-color:{bg};font-size:12px;line-height:17px;font-style:italic;{FONT}color:{MUTED};\">&ldquo;{}&rdquo;</td></tr>",
            s.columns.len(),
            esc(d)
        );
    }
}

/// A `Name <user@domain>` or `user@domain` cell (full view only) as the name over a smaller
/// address that may wrap after its `@`, so a narrow column stays readable.
fn person_html(cell: &str) -> Option<String> {
    let (name, email) = match cell.rsplit_once(" <") {
        Some((name, rest)) if rest.ends_with('>') => (Some(name), rest.trim_end_matches('>')),
        _ => (None, cell),
    };
    if !email.contains('@') || email.contains(char::is_whitespace) {
        return None;
    }
    let email = esc(email).replacen('@', "@<wbr>", 1);
    Some(match name {
        Some(n) => format!(
            "{}<br><span style=\"font-size:11px;line-height:15px;color:{MUTED};\">{email}</span>",
            esc(n)
        ),
        None => email,
    })
}

fn title(t: &str) -> String {
    format!(
        "<h2 style=\"margin:0 0 6px 0;font-size:16px;line-height:22px;font-weight:bold;{FONT}color:{RED};\">{}</h2>",
        esc(t)
    )
}

fn align_name(a: Align) -> &'static str {
    match a {
        Align::Left => "left",
        Align::Right => "right",
    }
}

/// Foreground and background colours of a tone.
fn tone(t: Tone) -> (&'static str, &'static str) {
    match t {
        Tone::Plain => (INK, "#ffffff"),
        Tone::Alert => ("#a50e25", "#fdeaec"),
        Tone::Warn => ("#8a4b00", "#fff3e0"),
        Tone::Good => ("#1d6b32", "#eaf6ec"),
    }
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_show_name_over_address() {
        assert_eq!(
            person_html("Jo <jo@x.org>").unwrap(),
            format!("Jo<br><span style=\"font-size:11px;line-height:15px;color:{MUTED};\">jo@<wbr>x.org</span>")
        );
        assert_eq!(person_html("jo@x.org").unwrap(), "jo@<wbr>x.org");
        assert_eq!(person_html("Formal complaint about the chair"), None);
        assert_eq!(person_html("mail from a@b.org"), None);
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
