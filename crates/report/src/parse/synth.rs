//! A synthetic report of any size in the source format, for benchmarks.
//!
//! Repeats each section's run of paragraphs (with the footnote blocks and
//! link lines inside them, wrapped exactly as in the source) and renumbers
//! the copies, keeping the title and headings once. The result parses
//! like the original, with `n` paragraphs. Footnotes are numbered on
//! through the copies, as a long report numbers them: a copy whose
//! paragraphs hold both a footnote's marker and its text gives both the
//! next numbers (a last, partial copy that holds only one of them keeps the
//! source's number).

use super::error::ParseError;
use crate::model::{Report, SpanKind};

/// Where footnote `number` is written in the source: the paragraph whose
/// text has its marker, and the 0-based line its text starts on.
struct FootnotePlace {
    number: u32,
    marker_in: usize,
    line: usize,
}

fn footnote_places(report: &Report) -> Vec<FootnotePlace> {
    report
        .footnotes
        .iter()
        .filter_map(|f| {
            let marker_in = report.paragraphs.iter().position(|p| {
                p.spans.iter().any(|s| matches!(s.kind, SpanKind::Footnote { number } if number == f.number))
            })?;
            Some(FootnotePlace { number: f.number, marker_in, line: (f.line as usize).checked_sub(1)? })
        })
        .collect()
}

/// `line` with the footnote marker `from` that follows `before` (the text
/// of the paragraph just ahead of the marker) written as `to`, if it is
/// there.
fn renumber_marker(line: &str, before: &str, from: u32, to: u32) -> Option<String> {
    let written = format!("{before}{from}");
    let mut at = 0;
    while let Some(i) = line[at..].find(&written).map(|i| i + at) {
        let end = i + written.len();
        if !line[end..].starts_with(|c: char| c.is_ascii_digit()) {
            return Some(format!("{}{before}{to}{}", &line[..i], &line[end..]));
        }
        at = end;
    }
    None
}

/// `line` (a footnote's first line, ` 1 www…`) with its number `from`
/// written as `to`.
fn renumber_footnote_line(line: &str, from: u32, to: u32) -> Option<String> {
    let indent = line.len() - line.trim_start().len();
    let rest = line[indent..].strip_prefix(&from.to_string())?;
    (!rest.starts_with(|c: char| c.is_ascii_digit())).then(|| format!("{}{to}{rest}", &line[..indent]))
}

/// Writes a report of `n` paragraphs made from `source`.
pub fn synthesize(source: &str, n: u32) -> Result<String, ParseError> {
    let report = crate::parse(source.as_bytes())?;
    let lines: Vec<&str> = source.split('\n').collect();
    // Source lines (0-based) where each heading and paragraph starts.
    let mut starts: Vec<(usize, Option<usize>)> = report.sections.iter().map(|s| (s.line as usize - 1, None)).collect();
    starts.extend(report.paragraphs.iter().enumerate().map(|(i, p)| (p.lines.0 as usize - 1, Some(i))));
    starts.sort();
    let block_end = |k: usize| starts.get(k + 1).map_or(lines.len(), |s| s.0);
    let block = |k: usize| -> &[&str] { &lines[starts[k].0..block_end(k)] };
    let per_copy = report.paragraphs.len().max(1) as u32;
    let copies = n.div_ceil(per_copy).max(1);
    let places = footnote_places(&report);
    let step = report.footnotes.iter().map(|f| f.number).max().unwrap_or(0);
    let mut out: Vec<String> = lines[..starts.first().map_or(0, |s| s.0)].iter().map(|s| s.to_string()).collect();
    let mut next = 1u32;
    let mut k = 0;
    while k < starts.len() {
        if starts[k].1.is_none() {
            out.extend(block(k).iter().map(|s| s.to_string()));
            k += 1;
            continue;
        }
        // A run of paragraphs up to the next heading.
        let run_end = (k..starts.len()).find(|&j| starts[j].1.is_none()).unwrap_or(starts.len());
        for copy in 0..copies {
            // The blocks of this copy, and the footnotes it holds whole.
            let end = run_end.min(k + (n + 1).saturating_sub(next) as usize);
            let mut blocks: Vec<Vec<String>> =
                (k..end).map(|j| block(j).iter().map(|s| s.to_string()).collect()).collect();
            if copy > 0 {
                let within = |line: usize| (k..end).find(|&j| (starts[j].0..block_end(j)).contains(&line));
                for f in &places {
                    let Some(marker_block) = (k..end).find(|&j| starts[j].1 == Some(f.marker_in)) else { continue };
                    let Some(line_block) = within(f.line) else { continue };
                    let to = f.number + copy * step;
                    let p = &report.paragraphs[f.marker_in];
                    let Some(at) = p.spans.iter().find_map(|s| match s.kind {
                        SpanKind::Footnote { number } if number == f.number => Some(s.start as usize),
                        _ => None,
                    }) else {
                        continue;
                    };
                    // The two characters ahead of the marker find it in its line.
                    let before: String = {
                        let head = &p.text[..at];
                        let from = head.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
                        head[from..].to_string()
                    };
                    let line_at = f.line - starts[line_block].0;
                    let marker = blocks[marker_block - k]
                        .iter()
                        .enumerate()
                        .find_map(|(i, l)| Some((i, renumber_marker(l, &before, f.number, to)?)));
                    let text = renumber_footnote_line(&blocks[line_block - k][line_at], f.number, to);
                    if let (Some((i, marked)), Some(text)) = (marker, text) {
                        blocks[marker_block - k][i] = marked;
                        blocks[line_block - k][line_at] = text;
                    }
                }
            }
            for b in blocks {
                let first = &b[0];
                let digits_at = first.len() - first.trim_start().len();
                let digits = first[digits_at..].bytes().take_while(u8::is_ascii_digit).count();
                out.push(format!("{}{}{}", &first[..digits_at], next, &first[digits_at + digits..]));
                out.extend(b[1..].iter().cloned());
                next += 1;
            }
        }
        k = run_end;
    }
    Ok(out.join("\n"))
}

/// Why a series of synthetic meetings could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SynthError {
    Parse(ParseError),
    /// The source does not name its meeting as this needs: a first day
    /// (`2017 年 8 月 21 日`) and a meeting number (`第八次会议`) to change.
    NoMeeting,
}

impl std::fmt::Display for SynthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SynthError::Parse(e) => write!(f, "{e}"),
            SynthError::NoMeeting => write!(f, "the report names no first day and meeting number to vary"),
        }
    }
}

/// `n` synthetic meetings made from `source` (a report of one meeting),
/// for benchmarks of a series: the same text, moved on one year and one
/// meeting number per copy (the first copy is the source). Returns each
/// meeting's file name (`synthetic-<body>-<year>.zh.txt`, named as
/// synthetic) and text.
pub fn meetings(source: &str, n: u32) -> Result<Vec<(String, String)>, SynthError> {
    let report = crate::parse(source.as_bytes()).map_err(SynthError::Parse)?;
    let m = &report.meeting;
    let (Some(first), Some(session)) = (m.first_day.as_deref(), m.session) else { return Err(SynthError::NoMeeting) };
    let year: u32 = first.get(..4).and_then(|y| y.parse().ok()).ok_or(SynthError::NoMeeting)?;
    let ordinal = |s: u32| format!("第{}次会议", crate::text::numerals::chinese_numeral(s));
    let body = m.body.as_ref().map_or("report", |b| b.id.as_str());
    // The title's and the meeting paragraph's year ("2017 年"), and the number.
    let (year_text, session_text) = (format!("{year} 年"), ordinal(session));
    if !source.contains(&year_text) || !source.contains(&session_text) {
        return Err(SynthError::NoMeeting);
    }
    Ok((0..n)
        .map(|k| {
            let (y, s) = (year + k, session + k);
            let text = source.replace(&year_text, &format!("{y} 年")).replace(&session_text, &ordinal(s));
            (format!("synthetic-{body}-{y}.zh.txt"), text)
        })
        .collect())
}
