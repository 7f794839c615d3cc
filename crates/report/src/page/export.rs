//! Taking data away: CSV, JSON and Markdown of chosen paragraphs, and
//! citations, made from the model natively and in the browser alike. The
//! JSON is the documented format (`docs/data-format.md`), written by
//! serde_json exactly as `report parse` writes it.

use crate::model::Report;
use std::fmt::Write;

fn kebab<T: std::fmt::Debug>(v: T) -> String {
    let dbg = format!("{v:?}");
    let mut out = String::new();
    for (i, c) in dbg.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The report as JSON, exactly as `report parse` prints it (the format
/// documented in `docs/data-format.md`).
#[cfg(feature = "json")]
pub fn report_json(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).unwrap_or_default();
    out.push('\n');
    out
}

/// The chosen paragraphs as JSON: the whole report's format (meeting,
/// sections, topics, attendance, footnotes, entities, …) with only the
/// chosen paragraphs in `paragraphs`.
#[cfg(feature = "json")]
pub fn json(report: &Report, positions: &[usize]) -> String {
    let mut chosen = Report { paragraphs: Vec::new(), ..report.clone() };
    chosen.paragraphs = positions.iter().filter_map(|&i| report.paragraphs.get(i)).cloned().collect();
    report_json(&chosen)
}

fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The chosen paragraphs as CSV, UTF-8 with a byte-order mark so that
/// spreadsheets read the Chinese correctly. Each row starts with the
/// paragraph's report when the report is one of a series (`report_id`) or
/// a list of several (the paragraph's own report; its number is then the
/// one it has there, and its section that report's).
pub fn csv(report: &Report, positions: &[usize], report_id: Option<&str>) -> String {
    let several = !report.origins.is_empty() || report_id.is_some();
    let mut out = String::from("\u{feff}");
    out.push_str(if several { "report,number," } else { "number," });
    out.push_str("section,speakers,states,articles,topics,text\r\n");
    for (p, origin) in positions.iter().filter_map(|&i| Some((report.paragraphs.get(i)?, report.origin(i)))) {
        let speakers: Vec<String> = p.speakers.iter().map(|s| format!("{} ({})", s.name, kebab(s.role))).collect();
        let articles: Vec<String> = p
            .articles
            .iter()
            .map(|c| if c.inherited { format!("{}*", c.cited()) } else { c.cited().to_string() })
            .collect();
        if let Some(id) = origin.map(|o| o.report.as_str()).or(report_id) {
            let _ = write!(out, "{id},");
        }
        let _ = write!(out, "{},", p.number);
        let section = origin
            .map_or(p.section.as_str(), |o| p.section.strip_prefix(&format!("{}/", o.report)).unwrap_or(&p.section));
        for f in [
            section.to_string(),
            speakers.join("; "),
            p.states.join(" "),
            articles.join(" "),
            p.topics.join(" "),
            p.text.clone(),
        ] {
            csv_field(&mut out, &f);
            out.push(',');
        }
        out.pop();
        out.push_str("\r\n");
    }
    out
}

/// The chosen paragraphs as Markdown, under the report's title.
pub fn markdown(report: &Report, positions: &[usize], filters: &str) -> String {
    let mut out = format!("# {}\n\n", report.title);
    if !filters.is_empty() {
        let _ = writeln!(out, "> {filters}\n");
    }
    for (p, origin) in positions.iter().filter_map(|&i| Some((report.paragraphs.get(i)?, report.origin(i)))) {
        let n = p.number;
        match origin {
            Some(o) => writeln!(out, "**{} {n}.** {}\n", o.report, p.text.replace('\n', "  \n")),
            None => writeln!(out, "**{n}.** {}\n", p.text.replace('\n', "  \n")),
        }
        .ok();
    }
    out
}

/// A citation of `report`'s paragraph `number` (as the report prints it)
/// in Chinese or English style: by the document symbol where the report
/// gives it (`CAC/COSP/WG.4/2017/4, para. 39`, `CAC/COSP/WG.4/2017/4，第
/// 39 段`), else by its title.
pub fn citation(report: &Report, number: u32, permalink: &str, english: bool) -> String {
    let m = &report.meeting;
    // With its symbol, a UN document is cited by it.
    if let Some(symbol) = &m.symbol {
        return if english {
            format!("{symbol}, para. {number}. {permalink}")
        } else {
            format!("{symbol}，第 {number} 段。{permalink}")
        };
    }
    if english {
        let venue = m.venue.as_ref().and_then(|v| v.en.clone()).unwrap_or_default();
        let dates = match (&m.first_day, &m.last_day) {
            (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
            (Some(a), _) => a.clone(),
            _ => String::new(),
        };
        format!(
            "{} [Report of the meeting held in {venue}, {dates}; Chinese version], para. {number}. {permalink}",
            report.title
        )
    } else {
        format!("《{}》，第 {number} 段。{permalink}", report.title)
    }
}
