//! Second pass: from report lines to the title, headings and numbered
//! paragraphs with their sub-items.
//!
//! A line opens a heading or a paragraph only at a boundary (after the end
//! of a sentence or clause, or right after a heading) and only with the
//! number that comes next: chapters 一 二 …, sections A B … within a
//! chapter, subsections ㈠ ㈡ … within a section, paragraphs 1 2 ….
//! Numbered items inside a paragraph (the agenda's `1.`, `(a)`, `㈠`) are
//! sub-items: they follow a colon or semicolon, and their numbers are not
//! the next paragraph's. Everything else continues the block before it.

use super::layout::Line;
use super::text::{chinese_number, circled_value, ends_clause, ends_sentence, needs_space};
use crate::error::{Warning, WarningKind};
use crate::model::SectionLevel;

/// How far past the expected number a paragraph number may jump (a gap,
/// warned about) and still open a paragraph.
const MAX_GAP: u32 = 10;

/// Text joined from wrapped lines, remembering where each line starts.
#[derive(Debug, Clone, Default)]
pub struct Joined {
    pub text: String,
    /// (byte offset in `text`, 1-based source line)
    pub starts: Vec<(usize, u32)>,
}

impl Joined {
    fn new(text: &str, line: u32) -> Self {
        Joined { text: text.to_string(), starts: vec![(0, line)] }
    }

    fn push(&mut self, text: &str, line: u32) {
        if needs_space(&self.text, text) {
            self.text.push(' ');
        }
        self.starts.push((self.text.len(), line));
        self.text.push_str(text);
    }

    /// The source line of byte `at`.
    pub fn line_at(&self, at: usize) -> u32 {
        self.starts.iter().take_while(|(o, _)| *o <= at).last().map_or(0, |s| s.1)
    }

    pub fn first_line(&self) -> u32 {
        self.starts.first().map_or(0, |s| s.1)
    }

    pub fn last_line(&self) -> u32 {
        self.starts.last().map_or(0, |s| s.1)
    }
}

/// A heading as found in the text.
#[derive(Debug, Clone)]
pub struct RawHeading {
    pub level: SectionLevel,
    pub label: String,
    /// Position among its siblings, from 1.
    pub ordinal: u32,
    pub title: Joined,
}

/// A sub-item as found in the text.
#[derive(Debug, Clone)]
pub struct RawItem {
    pub label: String,
    pub kind: ItemKind,
    pub body: Joined,
}

/// The numbering style of a sub-item, which gives its depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Number,
    Letter,
    Circled,
}

/// A numbered paragraph as found in the text.
#[derive(Debug, Clone)]
pub struct RawParagraph {
    pub number: u32,
    pub lead: Joined,
    pub items: Vec<RawItem>,
    /// Index of the innermost heading above it in `Structure::headings`.
    pub heading: Option<usize>,
}

impl RawParagraph {
    fn current(&mut self) -> &mut Joined {
        match self.items.last_mut() {
            Some(item) => &mut item.body,
            None => &mut self.lead,
        }
    }

    fn in_list(&self) -> bool {
        !self.items.is_empty() || self.lead.text.ends_with('：') || self.lead.text.ends_with(':')
    }
}

/// The document's blocks.
#[derive(Debug, Default)]
pub struct Structure {
    pub title: Option<Joined>,
    pub headings: Vec<RawHeading>,
    pub paragraphs: Vec<RawParagraph>,
    pub warnings: Vec<Warning>,
}

enum Current {
    Nothing,
    Title,
    Heading,
    Paragraph,
}

/// `一. 导言` → (1, "导言")
fn chapter_start(t: &str) -> Option<(u32, String, &str)> {
    let (num, rest) = t.split_once(['.', '．', '、'])?;
    let n = chinese_number(num.trim())?;
    Some((n, num.trim().to_string(), rest.trim()))
}

/// `A. 会议开幕` → (1, "A", "会议开幕")
fn section_start(t: &str) -> Option<(u32, String, &str)> {
    let mut cs = t.chars();
    let c = cs.next()?;
    let rest = cs.as_str().strip_prefix(['.', '．'])?;
    if !c.is_ascii_uppercase() || !rest.starts_with(' ') {
        return None;
    }
    Some((c as u32 - 'A' as u32 + 1, c.to_string(), rest.trim()))
}

/// `㈠ 在中小学…` → (1, "㈠", "在中小学…")
fn circled_start(t: &str) -> Option<(u32, String, &str)> {
    let c = t.chars().next()?;
    let n = circled_value(c)?;
    Some((n, c.to_string(), t[c.len_utf8()..].trim()))
}

/// `17. 防腐败…` → (17, "防腐败…")
fn number_start(t: &str) -> Option<(u32, &str)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 || digits > 1 && t.starts_with('0') {
        return None; // `01.` is not how a report numbers paragraphs
    }
    let rest = t[digits..].strip_prefix(['.', '．'])?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None; // 9.000, 2.5
    }
    Some((t[..digits].parse().ok()?, rest.trim()))
}

/// `(a) 协助…` → ("(a)", "协助…")
fn letter_start(t: &str) -> Option<(String, &str)> {
    let inner = t.strip_prefix(['(', '（'])?;
    let mut cs = inner.chars();
    let c = cs.next()?;
    let rest = cs.as_str().strip_prefix([')', '）'])?;
    c.is_ascii_lowercase().then(|| (format!("({c})"), rest.trim()))
}

impl Structure {
    /// Builds the structure from report lines.
    pub fn build(lines: &[Line]) -> Structure {
        let mut s = Structure::default();
        let mut cur = Current::Nothing;
        // Ordinals of the last chapter, section and subsection seen.
        let (mut chapter, mut section, mut subsection) = (0u32, 0u32, 0u32);
        let mut last_number = 0u32;
        let mut prev_text = String::new();
        for line in lines {
            let t = line.text.as_str();
            let after_heading = matches!(cur, Current::Heading | Current::Title | Current::Nothing);
            let heading_ok = after_heading || ends_sentence(&prev_text);
            let clause_ok = after_heading || ends_clause(&prev_text);
            let in_list = matches!(cur, Current::Paragraph) && s.paragraphs.last().is_some_and(RawParagraph::in_list);
            prev_text = t.to_string();

            if heading_ok && !in_list_context(&s, &cur) {
                if let Some((n, label, title)) = chapter_start(t).filter(|h| h.0 == chapter + 1) {
                    chapter = n;
                    section = 0;
                    subsection = 0;
                    s.push_heading(SectionLevel::Chapter, label, n, title, line);
                    cur = Current::Heading;
                    continue;
                }
                if let Some((n, label, title)) = section_start(t).filter(|h| chapter > 0 && h.0 == section + 1) {
                    section = n;
                    subsection = 0;
                    s.push_heading(SectionLevel::Section, label, n, title, line);
                    cur = Current::Heading;
                    continue;
                }
                if let Some((n, label, title)) = circled_start(t).filter(|h| chapter > 0 && h.0 == subsection + 1) {
                    subsection = n;
                    s.push_heading(SectionLevel::Subsection, label, n, title, line);
                    cur = Current::Heading;
                    continue;
                }
            }
            if clause_ok {
                if let Some((n, body)) = number_start(t) {
                    let next = last_number + 1;
                    let opens = (next..=last_number + MAX_GAP).contains(&n) || (n == last_number && n > 0 && !in_list);
                    if opens {
                        if n > next {
                            s.warn(
                                line.number,
                                WarningKind::NumberingGap,
                                format!(
                                    "paragraph {n} follows paragraph {last_number}: {} missing",
                                    gap_text(next, n - 1)
                                ),
                            );
                        } else if n == last_number {
                            s.warn(
                                line.number,
                                WarningKind::DuplicateParagraph,
                                format!("paragraph {n} appears twice"),
                            );
                        }
                        last_number = n;
                        let heading = s.headings.len().checked_sub(1);
                        s.paragraphs.push(RawParagraph {
                            number: n,
                            lead: Joined::new(body, line.number),
                            items: Vec::new(),
                            heading,
                        });
                        cur = Current::Paragraph;
                        continue;
                    }
                }
                if in_list {
                    let item = letter_start(t)
                        .map(|(l, b)| (l, ItemKind::Letter, b))
                        .or_else(|| circled_start(t).map(|(_, l, b)| (l, ItemKind::Circled, b)))
                        .or_else(|| number_start(t).map(|(n, b)| (format!("{n}."), ItemKind::Number, b)));
                    if let Some((label, kind, body)) = item {
                        let p = s.paragraphs.last_mut().expect("in_list implies a paragraph");
                        p.items.push(RawItem { label, kind, body: Joined::new(body, line.number) });
                        continue;
                    }
                }
            }
            match cur {
                Current::Nothing => {
                    s.title = Some(Joined::new(t, line.number));
                    cur = Current::Title;
                }
                Current::Title => s.title.as_mut().expect("title").push(t, line.number),
                Current::Heading => s.headings.last_mut().expect("heading").title.push(t, line.number),
                Current::Paragraph => s.paragraphs.last_mut().expect("paragraph").current().push(t, line.number),
            }
        }
        if let Some(last) = lines.last() {
            let truncated = match cur {
                Current::Paragraph => !ends_clause(&last.text) && !last.text.ends_with(['）', ')', '”']),
                Current::Heading => true,
                _ => false,
            };
            if truncated {
                s.warn(
                    last.number,
                    WarningKind::Truncated,
                    "the text ends in the middle of a paragraph or right after a heading; the file may be truncated"
                        .into(),
                );
            }
        }
        s
    }

    fn push_heading(&mut self, level: SectionLevel, label: String, ordinal: u32, title: &str, line: &Line) {
        self.headings.push(RawHeading { level, label, ordinal, title: Joined::new(title, line.number) });
    }

    fn warn(&mut self, line: u32, kind: WarningKind, message: String) {
        self.warnings.push(Warning { line, kind, message });
    }
}

/// Inside a list (after `：` or `；`), numbered lines are items, not headings.
fn in_list_context(s: &Structure, cur: &Current) -> bool {
    matches!(cur, Current::Paragraph)
        && s.paragraphs.last().is_some_and(|p| {
            let t = &p.current_ref().text;
            p.in_list() && !ends_sentence(t)
        })
}

impl RawParagraph {
    fn current_ref(&self) -> &Joined {
        self.items.last().map_or(&self.lead, |i| &i.body)
    }
}

fn gap_text(from: u32, to: u32) -> String {
    if from == to {
        format!("paragraph {from} is")
    } else {
        format!("paragraphs {from}-{to} are")
    }
}
