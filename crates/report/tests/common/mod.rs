//! Shared helpers for the integration tests: the real report and layout
//! variants of it.
#![allow(dead_code)]

use report::Report;

pub const REPORT_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/reports/wg-prevention-2017-08.zh.txt");

pub fn source() -> String {
    std::fs::read_to_string(REPORT_PATH).expect("the report is in data/reports")
}

pub fn report() -> Report {
    report::parse(source().as_bytes()).expect("the real report parses")
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_debris(t: &str) -> bool {
    t.starts_with("http")
        || t.starts_with("___")
        || t.chars().next().is_some_and(|c| c.is_ascii_digit()) && t.contains(" www.")
}

/// Starts a new block when re-wrapping: a numbered or lettered line, or debris.
fn starts_block(t: &str) -> bool {
    let first = t.chars().next().unwrap_or(' ');
    is_debris(t)
        || t.starts_with('(')
        || ('\u{3220}'..='\u{3229}').contains(&first)
        || t.split_once(". ").is_some_and(|(n, _)| {
            !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c) || c.is_ascii_uppercase())
        })
}

/// Splits a logical line into tokens a layout engine would not break:
/// Latin words and numbers (with a footnote marker glued to the Chinese
/// character before it) and single Chinese characters; spaces are kept as
/// their own tokens.
fn tokens(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' {
            out.push(" ".into());
            i += 1;
        } else if c.is_ascii_graphic() || c.is_alphanumeric() && !is_han(c) && !('\u{3220}'..='\u{3229}').contains(&c) {
            let mut w = String::new();
            while i < chars.len()
                && chars[i] != ' '
                && (chars[i].is_ascii_graphic() || chars[i].is_alphanumeric() && !is_han(chars[i]))
            {
                w.push(chars[i]);
                i += 1;
            }
            // A marker glued to the previous Chinese character stays with it.
            if w.chars().all(|c| c.is_ascii_digit()) && out.last().is_some_and(|p| p.chars().last().is_some_and(is_han))
            {
                out.last_mut().unwrap().push_str(&w);
            } else {
                out.push(w);
            }
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

/// Digits glued to a Chinese character: a footnote marker.
fn glued_marker(s: &str) -> bool {
    let digits = s.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && s.chars().rev().nth(digits).is_some_and(is_han)
}

/// Re-wraps the report at `width` characters per line, as a PDF layout at
/// another width would: blocks are joined and broken again, Chinese between
/// any two characters, Latin words only at spaces (which are dropped at the
/// break). Debris lines are kept as they are.
pub fn rewrap(src: &str, width: usize) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut debris: Vec<bool> = Vec::new();
    for line in src.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let last_is_debris = debris.last().copied().unwrap_or(true);
        if starts_block(t) || last_is_debris || blocks.is_empty() {
            blocks.push(t.to_string());
            debris.push(is_debris(t));
        } else {
            let last = blocks.last_mut().unwrap();
            let (l, r) = (last.chars().last().unwrap(), t.chars().next().unwrap());
            let latin = |c: char| c.is_ascii_alphanumeric();
            if (latin(l) && latin(r)) || (is_han(l) && latin(r)) || (latin(l) && is_han(r) && !glued_marker(last)) {
                last.push(' ');
            }
            last.push_str(t);
        }
    }
    let mut out = String::new();
    for (b, d) in blocks.iter().zip(&debris) {
        if *d {
            out.push_str(b);
            out.push('\n');
            continue;
        }
        let mut line = String::new();
        let mut len = 0;
        for tok in tokens(b) {
            let n = tok.chars().count();
            if len + n > width && len > 0 {
                out.push_str(line.trim_end());
                out.push('\n');
                line.clear();
                len = 0;
                if tok == " " {
                    continue;
                }
            }
            line.push_str(&tok);
            len += n;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The paragraphs without their source line numbers, which differ between
/// layouts.
pub fn paragraphs_without_lines(r: &Report) -> Vec<report::Paragraph> {
    r.paragraphs
        .iter()
        .cloned()
        .map(|mut p| {
            p.lines = (0, 0);
            p
        })
        .collect()
}
