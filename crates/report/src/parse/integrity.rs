//! Proof that a parsed report neither lost nor invented text.
//!
//! [`account`] walks the source line by line and matches every visible
//! character against the model: the title, headings and paragraphs in
//! source order (the main stream) or the footnotes (the footnote stream).
//! A line that matches neither must be layout debris of a kind the parser
//! reports (blank, link, footnote separator), and the debris counts must be
//! the parser's own. When the walk ends, both streams must be used up.
//! Whitespace is not compared (the parser squeezes and joins lines), and
//! nor is the punctuation after a label (`1.`, `一、`), which the model
//! keeps apart from the text; full-width and ASCII brackets and dots are
//! the same character here, since sub-item labels are normalised.

use crate::model::{Report, SpanKind};
use crate::parse::furniture;
use crate::parse::layout::{is_link, is_separator, symbol_font_glyph};
use std::fmt;

/// Characters of each part of the source, as accounted for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Accounting {
    /// Visible (non-whitespace) characters of the source.
    pub source: usize,
    pub title: usize,
    pub headings: usize,
    pub paragraphs: usize,
    pub footnotes: usize,
    /// Resolutions, decisions and annexes (labels, titles and texts).
    pub apart: usize,
    /// Punctuation after labels (`1.`, `一、`, `A.`).
    pub label_punctuation: usize,
    /// Removed lines and their visible characters, by the parser's kind names.
    pub removed: Vec<(&'static str, usize, usize)>,
}

impl Accounting {
    /// Characters kept in the model plus characters removed as debris.
    pub fn total(&self) -> usize {
        self.title
            + self.headings
            + self.paragraphs
            + self.footnotes
            + self.apart
            + self.label_punctuation
            + self.removed.iter().map(|r| r.2).sum::<usize>()
    }
}

/// Where the source and the model part ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntegrityError {
    /// A source line that is neither in the model nor reported debris.
    Unaccounted { line: u32, text: String },
    /// Model text that no source line supplied.
    Invented { block: String, text: String },
    /// The parser reported a different number of removed lines.
    RemovedCount { kind: &'static str, reported: u32, found: u32 },
}

impl fmt::Display for IntegrityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntegrityError::Unaccounted { line, text } => {
                write!(f, "line {line}: `{text}` is neither in the model nor removed as layout debris")
            }
            IntegrityError::Invented { block, text } => {
                write!(f, "{block}: `{text}` is in the model but not in the source")
            }
            IntegrityError::RemovedCount { kind, reported, found } => {
                write!(f, "the parser reports {reported} removed {kind} lines, the source has {found}")
            }
        }
    }
}

impl std::error::Error for IntegrityError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Char(char),
    /// Label punctuation: one of `.．、` or nothing.
    Sep,
}

/// Which part of the model a token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Heading,
    Paragraph,
    Footnote,
    Apart,
}

/// Model text as one token stream with the block each token belongs to.
#[derive(Default)]
struct Stream {
    toks: Vec<(Tok, Part, usize)>,
    blocks: Vec<String>,
    at: usize,
}

impl Stream {
    fn block(&mut self, name: String) -> usize {
        self.blocks.push(name);
        self.blocks.len() - 1
    }

    fn text(&mut self, s: &str, part: Part, block: usize) {
        self.toks.extend(s.chars().filter(|c| !c.is_whitespace()).map(|c| (Tok::Char(fold(c)), part, block)));
    }

    fn sep(&mut self, part: Part, block: usize) {
        self.toks.push((Tok::Sep, part, block));
    }

    /// Matches a whole line at the cursor; on success advances and counts.
    fn take_line(&mut self, line: &[char], acc: &mut Accounting) -> bool {
        let (mut i, mut j) = (self.at, 0);
        let mut counted: Vec<Part> = Vec::new();
        let mut seps = 0;
        while j < line.len() {
            match self.toks.get(i) {
                Some((Tok::Char(c), part, _)) if *c == line[j] => {
                    counted.push(*part);
                    i += 1;
                    j += 1;
                }
                Some((Tok::Sep, _, _)) => {
                    if matches!(line[j], '.' | '、') {
                        seps += 1;
                        j += 1;
                    }
                    i += 1;
                }
                _ => return false,
            }
        }
        // A label's punctuation may close the line (`一.` on its own).
        while let Some((Tok::Sep, _, _)) = self.toks.get(i) {
            i += 1;
        }
        self.at = i;
        acc.label_punctuation += seps;
        for p in counted {
            match p {
                Part::Title => acc.title += 1,
                Part::Heading => acc.headings += 1,
                Part::Paragraph => acc.paragraphs += 1,
                Part::Footnote => acc.footnotes += 1,
                Part::Apart => acc.apart += 1,
            }
        }
        true
    }

    fn rest(&self) -> Option<IntegrityError> {
        let (_, _, block) = self.toks[self.at..].iter().find(|t| matches!(t.0, Tok::Char(_)))?;
        let text: String = self.toks[self.at..]
            .iter()
            .filter(|t| t.2 == *block)
            .filter_map(|t| match t.0 {
                Tok::Char(c) => Some(c),
                Tok::Sep => None,
            })
            .take(40)
            .collect();
        Some(IntegrityError::Invented { block: self.blocks[*block].clone(), text })
    }
}

/// Full-width brackets and dots compare equal to their ASCII forms.
fn fold(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        '．' => '.',
        c => c,
    }
}

/// The title, headings, paragraphs and texts kept apart in source order.
fn main_stream(report: &Report) -> Stream {
    let mut s = Stream::default();
    let title = s.block("the title".into());
    s.text(&report.title, Part::Title, title);
    enum Block<'a> {
        Heading(&'a crate::model::Section),
        Paragraph(&'a crate::model::Paragraph),
        Apart(&'a crate::model::Apart),
    }
    let mut blocks: Vec<(u32, Block)> = report.sections.iter().map(|h| (h.line, Block::Heading(h))).collect();
    blocks.extend(report.paragraphs.iter().map(|p| (p.lines.0, Block::Paragraph(p))));
    blocks.extend(report.apart.iter().map(|a| (a.lines.0, Block::Apart(a))));
    blocks.sort_by_key(|b| b.0);
    for (_, b) in blocks {
        match b {
            Block::Heading(h) => {
                let id = s.block(format!("heading {}", h.id));
                s.text(&h.label, Part::Heading, id);
                s.sep(Part::Heading, id);
                s.text(&h.title, Part::Heading, id);
            }
            Block::Paragraph(p) => {
                let id = s.block(format!("paragraph {}", p.number));
                s.text(&p.number.to_string(), Part::Paragraph, id);
                s.sep(Part::Paragraph, id);
                // Footnote markers were taken out of the text; put them back.
                let mut at = 0;
                for span in &p.spans {
                    if let SpanKind::Footnote { number } = span.kind {
                        let cut = span.start as usize;
                        s.text(&p.text[at..cut], Part::Paragraph, id);
                        s.text(&number.to_string(), Part::Paragraph, id);
                        at = cut;
                    }
                }
                s.text(&p.text[at..], Part::Paragraph, id);
            }
            Block::Apart(a) => {
                let id = s.block(a.label.clone());
                for t in [&a.label, &a.title, &a.text] {
                    s.text(t, Part::Apart, id);
                }
            }
        }
    }
    s
}

fn footnote_stream(report: &Report) -> Stream {
    let mut s = Stream::default();
    for f in &report.footnotes {
        let id = s.block(format!("footnote {}", f.number));
        s.text(&f.number.to_string(), Part::Footnote, id);
        s.text(&f.text, Part::Footnote, id);
    }
    s
}

/// Accounts for every visible character of `source` in `report`.
pub fn account(source: &str, report: &Report) -> Result<Accounting, IntegrityError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut main = main_stream(report);
    let mut notes = footnote_stream(report);
    let mut acc = Accounting::default();
    // (kind, lines, characters) in the parser's kind names.
    let mut removed: Vec<(&'static str, u32, usize)> = vec![
        ("blank-line", 0, 0),
        ("link-line", 0, 0),
        ("footnote-separator", 0, 0),
        ("footnote-line", 0, 0),
        ("symbol-font-glyph", 0, 0),
    ];
    // A PDF's page furniture, by the parser's own rule; form feeds are
    // white space, counted.
    let raws: Vec<&str> = source.split('\n').collect();
    let (furniture, _) = furniture::classify(&raws, &crate::parse::entities::body_names());
    removed.extend(furniture::Kind::ALL.iter().map(|k| (k.name(), 0, 0)));
    removed.push((furniture::FORM_FEED, source.matches('\u{c}').count() as u32, 0));
    // Under a footnote separator, a line is first taken as a footnote.
    let mut in_notes = false;
    for (i, raw) in raws.iter().enumerate() {
        let number = i as u32 + 1;
        let visible: Vec<char> = raw.chars().filter(|c| !c.is_whitespace()).collect();
        acc.source += visible.len();
        let glyphs = visible.iter().filter(|c| symbol_font_glyph(**c).is_some()).count();
        let line: Vec<char> = visible.iter().map(|&c| fold(symbol_font_glyph(c).unwrap_or(c))).collect();
        let text: String = line.iter().collect();
        // Link and separator lines by the parser's own rules.
        let trimmed = raw.trim();
        if line.is_empty() {
            removed[0].1 += 1;
        } else if let Some(kind) = furniture[i] {
            let r = removed.iter_mut().find(|r| r.0 == kind.name()).expect("every kind is listed");
            r.1 += 1;
            r.2 += line.len();
            in_notes = false;
        } else if is_link(trimmed) {
            // Link lines are dropped wherever they are, even when the same
            // text follows in a paragraph.
            removed[1].1 += 1;
            removed[1].2 += line.len();
            in_notes = false;
        } else if is_separator(trimmed) {
            removed[2].1 += 1;
            removed[2].2 += line.len();
            in_notes = true;
        } else if in_notes && notes.take_line(&line, &mut acc) {
            removed[3].1 += 1;
        } else if main.take_line(&line, &mut acc) {
            // Symbol-font glyphs are replaced, not removed: the printed
            // character is in the model and counted there.
            removed[4].1 += glyphs as u32;
            in_notes = false;
        } else if !in_notes && notes.take_line(&line, &mut acc) {
            removed[3].1 += 1;
        } else {
            return Err(IntegrityError::Unaccounted { line: number, text: text.chars().take(40).collect() });
        }
    }
    if let Some(e) = main.rest().or_else(|| notes.rest()) {
        return Err(e);
    }
    for &(kind, found, _) in &removed {
        let reported = report.diagnostics.removed.iter().find(|r| r.kind == kind).map_or(0, |r| r.lines);
        if reported != found {
            return Err(IntegrityError::RemovedCount { kind, reported, found });
        }
    }
    // Footnote lines and Symbol-font glyphs are moved or replaced, not
    // dropped: their characters are counted in the model (0 here).
    acc.removed = removed.iter().map(|r| (r.0, r.1 as usize, r.2)).collect();
    Ok(acc)
}
