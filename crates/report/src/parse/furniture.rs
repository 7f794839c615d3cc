//! Page furniture: what a PDF's extracted text (`pdftotext`, with or
//! without `-layout`, or text copied from a viewer) holds besides the
//! report, found line by line so that the layout pass drops it and the
//! integrity check accounts for it by the same rule.
//!
//! - Anywhere: page numbers (`2/12`, `- 2 -`, `第 2 页`), job numbers
//!   (`V.17-06325`, `V.17-06325 (C)`, `GE.19-12345`, and its bar code's
//!   digits `*1912345*`), the running header
//!   (the document symbol alone on its line), and lines made only of these
//!   (`-layout` puts the job number and the page on one line).
//! - At the top, before the title: the masthead. Its fields (`联合国`,
//!   `United Nations`, the symbol, `Distr.: General`, the date, `Chinese`,
//!   `Original: English`), the body's name (on one line or wrapped), the
//!   session and the date and place. What it says is kept ([`Masthead`]).
//!
//! Form feeds (page breaks) are white space; they are counted, not lines.

use regex::Regex;
use std::sync::OnceLock;

/// A kind of page furniture, by its name in `diagnostics.removed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Masthead,
    RunningHeader,
    PageNumber,
    JobNumber,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Masthead, Kind::RunningHeader, Kind::PageNumber, Kind::JobNumber];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Masthead => "masthead",
            Kind::RunningHeader => "running-header",
            Kind::PageNumber => "page-number",
            Kind::JobNumber => "job-number",
        }
    }
}

/// The kind name under which form feeds are counted.
pub const FORM_FEED: &str = "form-feed";

/// What the masthead says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Masthead {
    /// The document symbol (`CAC/COSP/WG.4/2017/4`).
    pub symbol: Option<String>,
    /// The distribution date, ISO 8601.
    pub distributed: Option<String>,
    /// The language the report was written in (`English`).
    pub original: Option<String>,
}

struct Patterns {
    page: Regex,
    job: Regex,
    symbol: Regex,
    distr: Regex,
    date_en: Regex,
    original: Regex,
    date_place: Regex,
    session: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        page: Regex::new(r"^(?:\d{1,4}\s*/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)$")
            .unwrap(),
        job: Regex::new(r"^(?:(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s*\*\d{7,}\*)?|\*\d{7,}\*)$").unwrap(),
        symbol: Regex::new(r"^[A-Z]{2,}(?:/[A-Za-z0-9.]+)+$").unwrap(),
        distr: Regex::new(r"(?i)^distr\.?\s*[:：]\s*(?:general|limited|restricted)$").unwrap(),
        date_en: Regex::new(
            r"^(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})$",
        )
        .unwrap(),
        original: Regex::new(r"(?i)^original\s*[:：]\s*([a-z]+)$").unwrap(),
        date_place: Regex::new(
            r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*至\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?\s*[，,]\s*\p{Han}{2,8}$",
        )
        .unwrap(),
        session: Regex::new(r"^第\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*[次届]会议(?:\s*[（(]?续会[）)]?)?$").unwrap(),
    })
}

/// The pieces of a line `-layout` spreads over columns (runs of two or
/// more spaces apart).
fn pieces(t: &str) -> impl Iterator<Item = &str> {
    t.split("  ").map(str::trim).filter(|p| !p.is_empty())
}

/// The kind of one piece of furniture that stands anywhere, with what
/// recurs from page to page (the symbol of a running header, the total of
/// `n/m`, `- n -`), or nothing when it is furniture by its form alone (a
/// job number with its office's prefix or `(C)`, a bar code).
fn piece_kind(p: &str) -> Option<(Kind, Option<String>)> {
    let pat = patterns();
    if pat.page.is_match(p) {
        let key = match p.split_once('/') {
            Some((n, m)) => {
                let (n, m) = (n.trim().parse::<u32>().ok()?, m.trim().parse::<u32>().ok()?);
                if n == 0 || n > m {
                    return None;
                }
                format!("/{m}")
            }
            None => "page".to_string(),
        };
        Some((Kind::PageNumber, Some(key)))
    } else if pat.job.is_match(p) {
        let sure = p.contains('.') || p.contains('(') || p.starts_with('*');
        Some((Kind::JobNumber, (!sure).then(|| p.to_string())))
    } else if pat.symbol.is_match(p) {
        Some((Kind::RunningHeader, Some(p.to_string())))
    } else {
        None
    }
}

/// The kind of a trimmed line whose every piece is furniture (a page
/// number makes it a page-number line), with the keys that must recur.
fn line_candidate(t: &str) -> Option<(Kind, Vec<String>)> {
    let found: Vec<(Kind, Option<String>)> = pieces(t).map(piece_kind).collect::<Option<_>>()?;
    let kind = if found.iter().any(|(k, _)| *k == Kind::PageNumber) { Kind::PageNumber } else { found.first()?.0 };
    Some((kind, found.into_iter().filter_map(|(_, k)| k).collect()))
}

/// The kind of a trimmed line that could be page furniture wherever it
/// stands (whether it is depends on the rest of the text: see [`classify`]).
pub fn line_kind(t: &str) -> Option<Kind> {
    line_candidate(t).map(|(k, _)| k)
}

/// Whether a piece is one of the masthead's fields.
fn is_field(p: &str) -> bool {
    let pat = patterns();
    matches!(p, "联合国" | "United Nations" | "Chinese" | "中文")
        || pat.distr.is_match(p)
        || pat.date_en.is_match(p)
        || pat.original.is_match(p)
        || pat.symbol.is_match(p)
}

/// The masthead among the first lines (trimmed, blank ones included as
/// empty): the positions of its lines and what it says. None unless the
/// text starts with at least one of its fields (`联合国`, `Distr.: …`,
/// `Original: …`), so a text without one keeps every line.
pub fn masthead(lines: &[&str], body_names: &[&str]) -> (Vec<usize>, Masthead) {
    let pat = patterns();
    let mut at = Vec::new();
    let mut said = Masthead::default();
    let mut fields = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i];
        if t.is_empty() {
            i += 1;
            continue;
        }
        if pieces(t).all(|p| is_field(p) || piece_kind(p).is_some()) {
            for p in pieces(t) {
                if pat.symbol.is_match(p) {
                    said.symbol.get_or_insert_with(|| p.to_string());
                } else if let Some(c) = pat.date_en.captures(p) {
                    said.distributed.get_or_insert_with(|| english_date(&c[1], &c[2], &c[3]));
                } else if let Some(c) = pat.original.captures(p) {
                    said.original.get_or_insert_with(|| c[1].to_string());
                }
                fields += usize::from(is_field(p) && !pat.symbol.is_match(p));
            }
            at.push(i);
            i += 1;
            continue;
        }
        if fields == 0 {
            break;
        }
        // The body's name, on one line or wrapped over a few.
        let mut joined = String::new();
        let mut named = None;
        for (j, l) in lines.iter().enumerate().skip(i).take(4) {
            joined.extend(l.chars().filter(|c| !c.is_whitespace()));
            if body_names.contains(&joined.as_str()) {
                named = Some(j);
            }
        }
        if let Some(j) = named {
            at.extend((i..=j).filter(|&k| !lines[k].is_empty()));
            i = j + 1;
            continue;
        }
        if pat.date_place.is_match(t) || pat.session.is_match(t) {
            at.push(i);
            i += 1;
            continue;
        }
        break;
    }
    if fields == 0 {
        return (Vec::new(), Masthead::default());
    }
    (at, said)
}

fn english_date(day: &str, month: &str, year: &str) -> String {
    let m = crate::text::numerals::MONTHS.iter().position(|x| *x == month).map_or(0, |p| p + 1);
    format!("{year}-{m:02}-{:02}", day.parse::<u32>().unwrap_or(0))
}

/// Every line's furniture kind, if it is furniture: the masthead's lines
/// at the top; then each line [`line_kind`] accepts, where it stands as
/// furniture does. A page or job number counts if it starts a page (after
/// a form feed), is one by its form alone (`V.17-06325`), or recurs (pages
/// of one total, `- n -` on several pages). A running header is the
/// masthead's symbol where the text has a masthead; without one, a symbol
/// that starts a page, or that recurs and stands within three lines of
/// such a page or job number. Never a line inside the running text's
/// brackets or before its punctuation (a symbol or `3/2` that wraps onto a
/// line of its own). And what the masthead says.
pub fn classify(lines: &[&str], body_names: &[&str]) -> (Vec<Option<Kind>>, Masthead) {
    let trimmed: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    let (top, said) = masthead(&trimmed, body_names);
    let candidates: Vec<Option<(Kind, Vec<String>)>> =
        trimmed.iter().enumerate().map(|(i, t)| if top.contains(&i) { None } else { line_candidate(t) }).collect();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, keys) in candidates.iter().flatten() {
        for k in keys {
            *seen.entry(k.as_str()).or_default() += 1;
        }
    }
    // The nearest non-blank lines before and after line i.
    let before = |i: usize| trimmed[..i].iter().rev().find(|t| !t.is_empty()).copied();
    let after = |i: usize| trimmed[i + 1..].iter().find(|t| !t.is_empty()).copied();
    let in_text = |i: usize| {
        before(i).is_some_and(|b| b.ends_with(['（', '(', '《', '“']))
            || after(i).is_some_and(|a| a.starts_with(['）', ')', '》', '”', '，', '。', '、', '；', '：']))
    };
    let starts_page = |i: usize| {
        lines[i].trim_start_matches([' ', '\t']).starts_with('\u{c}')
            || lines[..i]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.trim_end_matches([' ', '\t']).ends_with('\u{c}'))
    };
    let mut kinds: Vec<Option<Kind>> = vec![None; lines.len()];
    for (i, c) in candidates.iter().enumerate() {
        if top.contains(&i) {
            kinds[i] = Some(Kind::Masthead);
            continue;
        }
        let Some((kind, keys)) = c else { continue };
        if *kind == Kind::RunningHeader || in_text(i) {
            continue;
        }
        let recurs = keys.iter().all(|k| seen.get(k.as_str()).copied().unwrap_or(0) >= 2);
        if recurs || starts_page(i) {
            kinds[i] = Some(*kind);
        }
    }
    let near_footer = |i: usize, kinds: &[Option<Kind>]| {
        let near = |range: &mut dyn Iterator<Item = usize>| {
            range
                .filter(|&j| !trimmed[j].is_empty())
                .take(3)
                .any(|j| matches!(kinds[j], Some(Kind::PageNumber | Kind::JobNumber)))
        };
        near(&mut (0..i).rev()) || near(&mut (i + 1..lines.len()))
    };
    for (i, c) in candidates.iter().enumerate() {
        let Some((Kind::RunningHeader, keys)) = c else { continue };
        if in_text(i) {
            continue;
        }
        // The running header is the report's own symbol: where the
        // masthead gives it, no other symbol is one (an annex lists
        // documents a symbol a line); else one that starts a page, or
        // recurs and stands by a footer.
        let header = match &said.symbol {
            Some(own) => keys.iter().all(|k| k == own),
            None => {
                let recurs = keys.iter().all(|k| seen.get(k.as_str()).copied().unwrap_or(0) >= 2);
                starts_page(i) || recurs && near_footer(i, &kinds)
            }
        };
        if header {
            kinds[i] = Some(Kind::RunningHeader);
        }
    }
    (kinds, said)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_anywhere() {
        for (t, k) in [
            ("2/12", Kind::PageNumber),
            ("- 2 -", Kind::PageNumber),
            ("第 3 页", Kind::PageNumber),
            ("V.17-06325", Kind::JobNumber),
            ("V.17-06325 (C)", Kind::JobNumber),
            ("GE.19-12345 (C)  *1912345*", Kind::JobNumber),
            ("CAC/COSP/WG.4/2017/4", Kind::RunningHeader),
            ("V.17-06325                          1/10", Kind::PageNumber),
            ("2/10                 CAC/COSP/WG.4/2017/4", Kind::PageNumber),
        ] {
            assert_eq!(line_kind(t), Some(k), "{t}");
        }
        for t in
            ["1. 联合国反腐败公约缔约国会议", "2017", "第 90 段", "(CAC/COSP/2015/10)", "见 CAC/COSP/2015/10。", "24."]
        {
            assert_eq!(line_kind(t), None, "{t}");
        }
    }

    #[test]
    fn the_masthead_and_what_it_says() {
        let names = ["预防腐败问题不限成员名额政府间工作组", "联合国反腐败公约缔约国会议"];
        let lines = [
            "CAC/COSP/WG.4/2017/4",
            "",
            "联合国",
            "CAC/COSP/WG.4/2017/4",
            "Distr.: General",
            "7 September 2017",
            "Chinese",
            "Original: English",
            "联合国反腐败公约",
            "缔约国会议",
            "预防腐败问题不限成员名额政府间工作组",
            "2017 年 8 月 21 日至 23 日，维也纳",
            "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政",
            "府间工作组会议报告",
        ];
        let (at, said) = masthead(&lines, &names);
        assert_eq!(at, (0..12).filter(|&i| i != 1).collect::<Vec<_>>());
        assert_eq!(said.symbol.as_deref(), Some("CAC/COSP/WG.4/2017/4"));
        assert_eq!(said.distributed.as_deref(), Some("2017-09-07"));
        assert_eq!(said.original.as_deref(), Some("English"));
        // -layout's columns on one line.
        let (at, said) = masthead(&["联合国            CAC/COSP/WG.4/2017/4", "Distr.: General", "报告"], &names);
        assert_eq!((at, said.symbol.as_deref()), (vec![0, 1], Some("CAC/COSP/WG.4/2017/4")));
        // No field, no masthead: a title that names the body is the title.
        let (at, _) = masthead(&["联合国反腐败公约缔约国会议", "第七届会议报告"], &names);
        assert!(at.is_empty());
        let (at, _) = masthead(&["2017 年 8 月 21 日至 23 日在维也纳举行的…报告"], &names);
        assert!(at.is_empty());
    }
}
