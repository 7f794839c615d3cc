//! First pass: from bytes to the lines that carry report text.
//!
//! Decodes UTF-8, drops line ends (LF or CRLF), blank lines and the PDF
//! extraction's debris: hyperlink lines (`http://undocs.org/…`), footnote
//! separators (`____`) and the footnote blocks under them, which become
//! [`Footnote`]s, and a PDF's page furniture ([`super::furniture`]: the
//! masthead, running headers, page and job numbers, form feeds). Every
//! removed line is counted by kind.

use super::error::ParseError;
use super::furniture::{self, Masthead};
use super::text::{ends_sentence, needs_space, squeeze};
use crate::model::{Footnote, Removed};
use crate::model::{Warning, WarningKind};

/// A line of report text with its 1-based source line number.
#[derive(Debug, Clone)]
pub struct Line {
    pub number: u32,
    /// Trimmed, inner whitespace squeezed.
    pub text: String,
}

/// The result of the first pass.
#[derive(Debug, Default)]
pub struct Layout {
    pub lines: Vec<Line>,
    pub footnotes: Vec<Footnote>,
    pub removed: Vec<Removed>,
    /// What the masthead says, if the text has one.
    pub masthead: Masthead,
    /// The document symbol the running headers give: the one symbol that
    /// heads two pages or more.
    pub header_symbol: Option<String>,
    /// Lines that look like a page or job number, or the report's own
    /// symbol, but were kept as text (they do not stand where furniture
    /// does).
    pub warnings: Vec<Warning>,
}

/// Checks the bytes are non-empty UTF-8 text.
pub fn decode(bytes: &[u8]) -> Result<&str, ParseError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            return Err(ParseError::NotUtf8 { line, byte_offset: at, likely_gbk: looks_gbk(bytes) });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

/// Whether invalid UTF-8 looks like GBK/GB18030: mostly pairs of a lead
/// byte 0x81–0xFE and a trail byte 0x40–0xFE.
fn looks_gbk(bytes: &[u8]) -> bool {
    let (mut pairs, mut high) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x80 {
            high += 1;
            if (0x81..=0xFE).contains(&b) && bytes.get(i + 1).is_some_and(|t| (0x40..=0xFE).contains(t) && *t != 0x7F) {
                pairs += 1;
                high += 1;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    high >= 4 && pairs * 2 * 10 >= high * 9
}

/// A hyperlink line (trimmed): the extraction's page links.
pub fn is_link(t: &str) -> bool {
    (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(char::is_whitespace)
}

/// A footnote separator line (trimmed): `_____`.
pub fn is_separator(t: &str) -> bool {
    t.chars().count() >= 5 && t.chars().all(|c| c == '_' || c == '＿')
}

/// `1 www.…`: a footnote's number and text.
fn footnote_start(t: &str) -> Option<(u32, &str)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || digits > 1 && t.starts_with('0') {
        return None;
    }
    let rest = &t[digits..];
    let body = rest.trim_start();
    (body.len() < rest.len() && !body.is_empty())
        .then(|| (t[..digits].parse().ok(), body))
        .and_then(|(n, b)| Some((n?, b)))
}

/// Glyphs of the PDF's Symbol font that extraction leaves in the Unicode
/// private use area, with the characters they print as.
const SYMBOL_FONT: &[(char, char)] = &[('\u{F0D7}', '·'), ('\u{F0B7}', '•'), ('\u{F02D}', '-'), ('\u{F0A7}', '§')];

/// The character a Symbol-font glyph prints as, if `c` is one.
pub fn symbol_font_glyph(c: char) -> Option<char> {
    SYMBOL_FONT.iter().find(|(from, _)| *from == c).map(|&(_, to)| to)
}

/// Replaces Symbol-font glyphs; returns how many were replaced.
fn map_symbol_font(t: &str) -> (String, u32) {
    let mut n = 0;
    let s = t
        .chars()
        .map(|c| match symbol_font_glyph(c) {
            Some(to) => {
                n += 1;
                to
            }
            None => c,
        })
        .collect();
    (s, n)
}

/// Whether a line is the symbol the masthead gives.
fn masthead_symbol(m: &Masthead, t: &str) -> bool {
    m.symbol.as_deref() == Some(t)
}

/// Splits text into report lines, footnotes and counted debris.
pub fn split(text: &str) -> Layout {
    let mut out = Layout::default();
    let (mut links, mut separators, mut footnote_lines, mut blank, mut symbols) = (0u32, 0u32, 0u32, 0u32, 0u32);
    let mut in_footnotes = false;
    let raws: Vec<&str> = text.split('\n').map(|r| r.strip_suffix('\r').unwrap_or(r)).collect();
    let (furniture, masthead) = furniture::classify(&raws, &crate::parse::entities::body_names());
    out.masthead = masthead;
    let mut pieces = [0u32; furniture::Kind::ALL.len()];
    let mut headers: Vec<&str> = Vec::new();
    for (i, raw) in raws.iter().enumerate() {
        let number = i as u32 + 1;
        let t = raw.trim();
        if t.is_empty() {
            blank += 1;
            continue;
        }
        if let Some(kind) = furniture[i] {
            if kind == furniture::Kind::RunningHeader {
                headers.push(t);
            }
            // The end of a page ends the footnotes at its foot.
            pieces[kind as usize] += 1;
            in_footnotes = false;
            continue;
        }
        if is_link(t) {
            links += 1;
            in_footnotes = false;
            continue;
        }
        if is_separator(t) {
            separators += 1;
            in_footnotes = true;
            continue;
        }
        if in_footnotes {
            if let Some((n, body)) = footnote_start(t) {
                footnote_lines += 1;
                out.footnotes.push(Footnote { number: n, text: squeeze(body), spans: Vec::new(), line: number });
                continue;
            }
            if let Some(last) = out.footnotes.last_mut().filter(|f| !ends_sentence(&f.text)) {
                footnote_lines += 1;
                let t = squeeze(t);
                if needs_space(&last.text, &t) {
                    last.text.push(' ');
                }
                last.text.push_str(&t);
                continue;
            }
            in_footnotes = false;
        }
        if let Some(kind) = furniture::line_kind(t) {
            let own = masthead_symbol(&out.masthead, t);
            if kind != furniture::Kind::RunningHeader || own {
                out.warnings.push(Warning {
                    line: number,
                    kind: WarningKind::Unread,
                    message: format!(
                        "`{t}` looks like page furniture ({}) but was kept as text: it neither starts a page, \
                         recurs, nor stands beside a page footer",
                        kind.name()
                    ),
                });
            }
        }
        let (t, n) = map_symbol_font(t);
        symbols += n;
        out.lines.push(Line { number, text: squeeze(&t) });
    }
    for (kind, lines) in [
        ("blank-line", blank),
        ("link-line", links),
        ("footnote-separator", separators),
        ("footnote-line", footnote_lines),
        ("symbol-font-glyph", symbols),
    ] {
        out.removed.push(Removed { kind: kind.to_string(), lines });
    }
    let mut distinct = headers.clone();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.retain(|h| headers.iter().filter(|x| *x == h).count() >= 2);
    out.header_symbol = match distinct.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    };
    // A PDF's furniture, where there is any (text without it lists none).
    let form_feeds = text.matches('\u{c}').count() as u32;
    let found = furniture::Kind::ALL.iter().map(|k| (k.name(), pieces[*k as usize]));
    for (kind, lines) in found.chain([(furniture::FORM_FEED, form_feeds)]) {
        if lines > 0 {
            out.removed.push(Removed { kind: kind.to_string(), lines });
        }
    }
    out
}
