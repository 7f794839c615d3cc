//! Taking data away: CSV, JSON and Markdown of chosen paragraphs, and
//! citations. All made from the model without a JSON library, so the page
//! can make them in the browser; the JSON is the documented format
//! (`docs/data-format.md`), checked against serde's output in the tests.

use crate::model::{Paragraph, Report, Span, SpanKind, Speaker};
use std::fmt::Write;

/// JSON string literal.
fn js(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn js_opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => js(out, s),
        None => out.push_str("null"),
    }
}

fn js_list<T>(out: &mut String, items: &[T], mut f: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        f(out, x);
    }
    out.push(']');
}

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

fn speaker_json(out: &mut String, s: &Speaker) {
    out.push_str("{\"id\":");
    js(out, &s.id);
    out.push_str(",\"name\":");
    js(out, &s.name);
    out.push_str(",\"iso3\":");
    js_opt(out, s.iso3.as_deref());
    out.push_str(",\"kind\":");
    js(out, &kebab(s.kind));
    out.push_str(",\"role\":");
    js(out, &kebab(s.role));
    out.push_str(",\"on_behalf_of\":");
    js_opt(out, s.on_behalf_of.as_deref());
    out.push('}');
}

fn span_json(out: &mut String, s: &Span) {
    let _ = write!(out, "{{\"start\":{},\"end\":{},\"kind\":", s.start, s.end);
    match &s.kind {
        SpanKind::Footnote { number } => write!(out, "{{\"footnote\":{{\"number\":{number}}}}}").unwrap_or(()),
        SpanKind::Xref { number } => write!(out, "{{\"xref\":{{\"number\":{number}}}}}").unwrap_or(()),
        SpanKind::Document { symbol } => {
            out.push_str("{\"document\":{\"symbol\":");
            js(out, symbol);
            out.push_str("}}");
        }
        SpanKind::Article { article } => {
            let _ = write!(out, "{{\"article\":{{\"article\":{{\"article\":{},\"paragraph\":", article.article);
            opt_num(out, article.paragraph);
            out.push_str(",\"subparagraph\":");
            js_opt(out, article.subparagraph.map(String::from).as_deref());
            out.push_str("}}}");
        }
        SpanKind::Entity { id } => {
            out.push_str("{\"entity\":{\"id\":");
            js(out, id);
            out.push_str("}}");
        }
    }
    out.push('}');
}

fn opt_num(out: &mut String, n: Option<u8>) {
    match n {
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push_str("null"),
    }
}

fn nums<T: std::fmt::Display>(out: &mut String, v: &[T]) {
    js_list(out, v, |o, n| {
        let _ = write!(o, "{n}");
    });
}

fn strs(out: &mut String, v: &[String]) {
    js_list(out, v, |o, s| js(o, s));
}

/// One paragraph in the documented JSON format.
pub fn paragraph_json(out: &mut String, p: &Paragraph) {
    let _ = write!(out, "{{\"number\":{},\"section\":", p.number);
    js(out, &p.section);
    out.push_str(",\"text\":");
    js(out, &p.text);
    out.push_str(",\"items\":");
    js_list(out, &p.items, |o, i| {
        o.push_str("{\"label\":");
        js(o, &i.label);
        let _ = write!(o, ",\"depth\":{},\"text\":", i.depth);
        js(o, &i.text);
        o.push('}');
    });
    out.push_str(",\"speakers\":");
    js_list(out, &p.speakers, speaker_json);
    out.push_str(",\"states\":");
    strs(out, &p.states);
    out.push_str(",\"mentions\":");
    strs(out, &p.mentions);
    out.push_str(",\"articles\":");
    js_list(out, &p.articles, |o, c| {
        let _ = write!(o, "{{\"article\":{},\"paragraph\":", c.article);
        opt_num(o, c.paragraph);
        o.push_str(",\"subparagraph\":");
        js_opt(o, c.subparagraph.map(String::from).as_deref());
        let _ = write!(o, ",\"inherited\":{}}}", c.inherited);
    });
    out.push_str(",\"chapters\":");
    nums(out, &p.chapters);
    out.push_str(",\"resolutions\":");
    strs(out, &p.resolutions);
    out.push_str(",\"documents\":");
    strs(out, &p.documents);
    out.push_str(",\"xrefs\":");
    nums(out, &p.xrefs);
    out.push_str(",\"footnotes\":");
    nums(out, &p.footnotes);
    out.push_str(",\"topics\":");
    strs(out, &p.topics);
    out.push_str(",\"spans\":");
    js_list(out, &p.spans, span_json);
    let _ = write!(out, ",\"lines\":[{},{}]}}", p.lines.0, p.lines.1);
}

/// The chosen paragraphs as JSON: the report's title and meeting facts
/// with `paragraphs` holding only those chosen.
pub fn json(report: &Report, positions: &[usize]) -> String {
    let mut out = String::with_capacity(positions.len() * 1500 + 512);
    out.push_str("{\"title\":");
    js(&mut out, &report.title);
    out.push_str(",\"paragraphs\":");
    let chosen: Vec<&Paragraph> = positions.iter().filter_map(|&i| report.paragraphs.get(i)).collect();
    js_list(&mut out, &chosen, |o, p| paragraph_json(o, p));
    out.push('}');
    out
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
/// spreadsheets read the Chinese correctly.
pub fn csv(report: &Report, positions: &[usize]) -> String {
    let mut out = String::from("\u{feff}number,section,speakers,states,articles,topics,text\r\n");
    for p in positions.iter().filter_map(|&i| report.paragraphs.get(i)) {
        let speakers: Vec<String> = p.speakers.iter().map(|s| format!("{} ({})", s.name, kebab(s.role))).collect();
        let articles: Vec<String> = p
            .articles
            .iter()
            .map(|c| if c.inherited { format!("{}*", c.cited()) } else { c.cited().to_string() })
            .collect();
        let _ = write!(out, "{},", p.number);
        for f in [
            p.section.clone(),
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
    for p in positions.iter().filter_map(|&i| report.paragraphs.get(i)) {
        let _ = writeln!(out, "**{}.** {}\n", p.number, p.text.replace('\n', "  \n"));
    }
    out
}

/// A citation of paragraph `number` in Chinese or English style.
pub fn citation(report: &Report, number: u32, permalink: &str, english: bool) -> String {
    let m = &report.meeting;
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
