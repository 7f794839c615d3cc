//! A synthetic report of any size in the source format, for benchmarks.
//!
//! Repeats each section's run of paragraphs (with the footnote blocks and
//! link lines inside them, wrapped exactly as in the source) and renumbers
//! the copies, keeping the title and headings once. The result parses
//! like the original, with `n` paragraphs.

use crate::error::ParseError;

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
