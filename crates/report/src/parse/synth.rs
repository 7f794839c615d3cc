//! A synthetic report of any size in the source format, for benchmarks.
//!
//! Repeats each section's run of paragraphs (with the footnote blocks and
//! link lines inside them, wrapped exactly as in the source) and renumbers
//! the copies, keeping the title and headings once. The result parses
//! like the original, with `n` paragraphs.

use super::error::ParseError;

/// Writes a report of `n` paragraphs made from `source`.
pub fn synthesize(source: &str, n: u32) -> Result<String, ParseError> {
    let report = crate::parse(source.as_bytes())?;
    let lines: Vec<&str> = source.split('\n').collect();
    // Source lines (0-based) where each heading and paragraph starts.
    let mut starts: Vec<(usize, Option<usize>)> = report.sections.iter().map(|s| (s.line as usize - 1, None)).collect();
    starts.extend(report.paragraphs.iter().enumerate().map(|(i, p)| (p.lines.0 as usize - 1, Some(i))));
    starts.sort();
    let block = |k: usize| -> &[&str] {
        let from = starts[k].0;
        let to = starts.get(k + 1).map_or(lines.len(), |s| s.0);
        &lines[from..to]
    };
    let per_copy = report.paragraphs.len().max(1) as u32;
    let copies = n.div_ceil(per_copy).max(1);
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
        for _ in 0..copies {
            for j in k..run_end {
                if next > n {
                    break;
                }
                let b = block(j);
                let first = b[0];
                let digits_at = first.len() - first.trim_start().len();
                let digits = first[digits_at..].bytes().take_while(u8::is_ascii_digit).count();
                out.push(format!("{}{}{}", &first[..digits_at], next, &first[digits_at + digits..]));
                out.extend(b[1..].iter().map(|s| s.to_string()));
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
