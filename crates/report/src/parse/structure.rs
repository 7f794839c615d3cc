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
//!
//! Text that is not a numbered paragraph stands apart ([`RawApart`]): a
//! resolution or decision the report reproduces (`第 8/1 号决议` alone on
//! a line, then its title and text, whose own paragraphs are numbered from
//! 1 again) and an annex (`附件`, `附件二`), which runs to the next annex
//! or the end. A resolution ends at a chapter or section heading, the next
//! adopted text, or a paragraph number that continues the report's
//! numbering but not the resolution's own.

use super::layout::Line;
use super::text::{chinese_number, circled_value, ends_clause, ends_sentence, needs_space};
use crate::model::{ApartKind, SectionLevel, Warning, WarningKind};

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

/// A resolution, decision or annex as found in the text.
#[derive(Debug, Clone)]
pub struct RawApart {
    pub kind: ApartKind,
    pub label: String,
    pub title: Joined,
    /// Its lines, a new line where a paragraph, item or table row starts.
    pub body: Joined,
    /// The number of the report paragraph before it (0 if none).
    pub after: u32,
    /// The source line of its label.
    pub line: u32,
    /// The last of its own paragraph numbers (`1.`, `2.`, …).
    own_number: u32,
    /// Whether the title may go on (it has taken no body line yet).
    title_open: bool,
}

impl RawApart {
    fn push(&mut self, t: &str, line: u32) {
        // A resolution's annex (the terms of reference of resolution 3/1)
        // numbers its paragraphs from 1 again; its label and title are
        // lines of their own.
        let is_annex = |l: &str| apart_start(l).is_some_and(|a| a.0 == ApartKind::Annex);
        let annex_line =
            self.kind != ApartKind::Annex && (is_annex(t) || self.body.text.rsplit('\n').next().is_some_and(is_annex));
        if annex_line && is_annex(t) {
            self.own_number = 0;
        }
        let own = number_start(t).map(|(n, _)| n);
        if own == Some(self.own_number + 1) {
            self.own_number += 1;
        }
        let titled = !self.title.text.is_empty();
        let title_line = self.kind != ApartKind::Annex && !t.contains(['，', '；', '。', '：', ',', ';', ':']);
        if self.title_open && (!titled || title_line) && own.is_none() {
            if titled {
                self.title.push(t, line);
            } else {
                self.title = Joined::new(t, line);
            }
            // An annex's title is one line; a resolution's may wrap.
            self.title_open = self.kind != ApartKind::Annex;
            return;
        }
        self.title_open = false;
        let starts_row = self.kind == ApartKind::Annex
            || annex_line
            || own.is_some()
            || letter_start(t).is_some()
            || t.chars().next().and_then(circled_value).is_some()
            || self.body.text.ends_with(['，', '；', '。', '：', ';', ':']);
        if self.body.text.is_empty() {
            self.body = Joined::new(t, line);
        } else if starts_row {
            self.body.text.push('\n');
            self.body.starts.push((self.body.text.len(), line));
            self.body.text.push_str(t);
        } else {
            self.body.push(t, line);
        }
    }

    /// The first and last source line.
    pub fn lines(&self) -> (u32, u32) {
        let last = [self.title.last_line(), self.body.last_line()].into_iter().max().unwrap_or(0);
        (self.line, last.max(self.line))
    }
}

/// `第 8/1 号决议` → resolution, `第 8/3 号决定` → decision, `附件二` or
/// `附件 二` → annex, each with a title on the same line if one is set off
/// by a space or colon (`第 8/1 号决议 加强国际合作`, `附件 文件清单`).
/// Only a whole line: `附件。`, `附件一些` or `第 8/1 号决议中的规定。` are
/// running text.
fn apart_start(t: &str) -> Option<(ApartKind, String, &str)> {
    // What follows a label: nothing, or a title set off from it (how far
    // the title starts into `rest`).
    let set_off = |rest: &str| -> Option<usize> {
        let title = rest.trim_start_matches([':', '：', ' ']);
        let separated = rest.is_empty() || rest.len() > title.len();
        (separated && !ends_clause(title) && !title.contains(['，', ',', '。'])).then(|| rest.len() - title.len())
    };
    if let Some(rest) = t.strip_prefix("附件") {
        let spaced = rest.trim_start();
        let numeral_len: usize = spaced
            .char_indices()
            .take_while(|(_, c)| chinese_number(&c.to_string()).is_some())
            .map(|(_, c)| c.len_utf8())
            .sum();
        let (numeral, after) = spaced.split_at(numeral_len);
        let tail = if numeral.is_empty() { rest } else { after };
        let skip = set_off(tail)?;
        return Some((ApartKind::Annex, format!("附件{numeral}"), &tail[skip..]));
    }
    let inner = t.strip_prefix('第')?.trim_start();
    let (kind, at, marker) = [(ApartKind::Resolution, "号决议"), (ApartKind::Decision, "号决定")]
        .into_iter()
        .find_map(|(k, m)| inner.find(m).map(|i| (k, i, m)))?;
    let (a, b) = inner[..at].trim().split_once('/')?;
    let digits = |s: &str| !s.trim().is_empty() && s.trim().len() <= 3 && s.trim().bytes().all(|c| c.is_ascii_digit());
    let rest = &inner[at + marker.len()..];
    let skip = set_off(rest).filter(|_| digits(a) && digits(b))?;
    let label = t[..t.len() - rest.len()].trim_end().to_string();
    Some((kind, label, &rest[skip..]))
}

/// The document's blocks.
#[derive(Debug, Default)]
pub struct Structure {
    pub title: Option<Joined>,
    pub headings: Vec<RawHeading>,
    pub paragraphs: Vec<RawParagraph>,
    /// Resolutions, decisions and annexes.
    pub apart: Vec<RawApart>,
    pub warnings: Vec<Warning>,
}

enum Current {
    Nothing,
    Title,
    Heading,
    Paragraph,
    Apart,
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
            let open_apart = match cur {
                Current::Apart => s.apart.last().map(|a| a.kind),
                _ => None,
            };
            // An annex runs to the next annex: nothing in it is the report's.
            if open_apart == Some(ApartKind::Annex) {
                match apart_start(t).filter(|a| a.0 == ApartKind::Annex) {
                    Some((kind, label, title)) => s.push_apart(kind, label, title, line, last_number),
                    None => s.apart.last_mut().expect("an open annex").push(t, line.number),
                }
                continue;
            }
            let after_heading = matches!(cur, Current::Heading | Current::Title | Current::Nothing);
            let heading_ok = after_heading || ends_sentence(&prev_text);
            let clause_ok = after_heading || ends_clause(&prev_text);
            let in_list = matches!(cur, Current::Paragraph) && s.paragraphs.last().is_some_and(RawParagraph::in_list);
            prev_text = t.to_string();

            if (clause_ok || open_apart.is_some()) && !matches!(cur, Current::Nothing | Current::Title) {
                // An annex inside a resolution is the resolution's.
                let start = apart_start(t).filter(|a| open_apart.is_none() || a.0 != ApartKind::Annex);
                if let Some((kind, label, title)) = start {
                    s.push_apart(kind, label, title, line, last_number);
                    cur = Current::Apart;
                    continue;
                }
            }
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
                let circled = circled_start(t).filter(|h| open_apart.is_none() && chapter > 0 && h.0 == subsection + 1);
                if let Some((n, label, title)) = circled {
                    subsection = n;
                    s.push_heading(SectionLevel::Subsection, label, n, title, line);
                    cur = Current::Heading;
                    continue;
                }
            }
            if clause_ok {
                if let Some((n, body)) = number_start(t) {
                    let next = last_number + 1;
                    let opens = match s.apart.last().filter(|_| open_apart.is_some()) {
                        // The resolution's own numbering goes first.
                        Some(a) => n == next && n != a.own_number + 1,
                        None => (next..=last_number + MAX_GAP).contains(&n) || (n == last_number && n > 0 && !in_list),
                    };
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
                Current::Apart => s.apart.last_mut().expect("apart").push(t, line.number),
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

    fn push_apart(&mut self, kind: ApartKind, label: String, title: &str, line: &Line, after: u32) {
        let mut a = RawApart {
            kind,
            label,
            title: Joined::default(),
            body: Joined::default(),
            after,
            line: line.number,
            own_number: 0,
            title_open: true,
        };
        if !title.is_empty() {
            a.title = Joined::new(title, line.number);
            a.title_open = false;
        }
        self.apart.push(a);
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
