//! Third pass: what a paragraph's text refers to. Footnote markers, article
//! citations, chapters of the Convention, resolutions, document symbols and
//! cross-references, each with its byte range.

use super::text::{chinese_number, circled_letter, is_han};
use crate::model::{Article, Span, SpanKind};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    article: Regex,
    chapter: Regex,
    resolution: Regex,
    document: Regex,
    xref: Regex,
    marker: Regex,
    web: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        article: Regex::new(
            r"第([一二三四五六七八九十]{1,3})条(?:第([一二三四五六七八九十]{1,3})款)?(?:第([㈠-㈩])项)?",
        )
        .unwrap(),
        chapter: Regex::new(r"第\s?([一二三四五六七八])\s?章").unwrap(),
        resolution: Regex::new(r"第\s?(\d{1,2}/\d{1,2})\s?号").unwrap(),
        document: Regex::new(r"[A-Z]{2,}(?:/[A-Za-z0-9.]+)+").unwrap(),
        xref: Regex::new(r"第\s?(\d{1,5})\s?段").unwrap(),
        marker: Regex::new(r"\d{1,2}").unwrap(),
        web: Regex::new(r"(?i)(?:https?://|www\.)[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+").unwrap(),
    })
}

/// Removes footnote markers (digits glued to a Chinese character, whose
/// number is a known footnote) and returns the clean text with a
/// zero-width span where each marker was. Unknown glued numbers stay.
pub fn strip_markers(text: &str, known: &[u32]) -> (String, Vec<Span>) {
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut last = 0;
    for m in patterns().marker.find_iter(text) {
        let before = text[..m.start()].chars().last();
        let after = text[m.end()..].chars().next();
        if !before.is_some_and(is_han) || after.is_some_and(|c| c.is_ascii_digit() || c == '/' || c == '.') {
            continue;
        }
        let Ok(n) = m.as_str().parse::<u32>() else {
            continue;
        };
        if m.as_str().starts_with('0') {
            continue; // footnotes are numbered from 1, without leading zeros
        }
        if !known.contains(&n) {
            continue;
        }
        out.push_str(&text[last..m.start()]);
        spans.push(Span { start: out.len() as u32, end: out.len() as u32, kind: SpanKind::Footnote { number: n } });
        last = m.end();
    }
    out.push_str(&text[last..]);
    (out, spans)
}

/// Article citations with their spans (1 ≤ article ≤ 71).
pub fn articles(text: &str) -> Vec<(Article, Span)> {
    patterns()
        .article
        .captures_iter(text)
        .filter_map(|c| {
            let article = chinese_number(&c[1])?;
            if !(1..=71).contains(&article) {
                return None;
            }
            let a = Article {
                article: article as u8,
                paragraph: c.get(2).and_then(|m| chinese_number(m.as_str())).map(|p| p as u8),
                subparagraph: c.get(3).and_then(|m| m.as_str().chars().next()).and_then(circled_letter),
            };
            let m = c.get(0)?;
            Some((a, Span { start: m.start() as u32, end: m.end() as u32, kind: SpanKind::Article { article: a } }))
        })
        .collect()
}

/// Chapters of the Convention (`第二章` → 2).
pub fn chapters(text: &str) -> Vec<u8> {
    let mut out: Vec<u8> =
        patterns().chapter.captures_iter(text).filter_map(|c| chinese_number(&c[1]).map(|n| n as u8)).collect();
    out.dedup();
    out
}

/// Resolution symbols: `第 6/6 号决议` → `6/6`; lists (`第 3/2 号、第 6/1 号和第 6/6 号决议`) give each.
pub fn resolutions(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in patterns().resolution.captures_iter(text) {
        // Only symbols that lead to 决议 within the same list.
        let tail = &text[c.get(0).unwrap().end()..];
        let until_end = tail.find(['。', '，', '；']).map_or(tail, |i| &tail[..i]);
        if until_end.contains("决议") || tail.starts_with("决议") {
            let s = c[1].to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// UN document symbols with their spans.
pub fn documents(text: &str) -> Vec<(String, Span)> {
    patterns()
        .document
        .find_iter(text)
        .filter(|m| !text[..m.start()].ends_with(|c: char| c.is_ascii_alphanumeric()))
        .map(|m| {
            let s = m.as_str().trim_end_matches('.');
            let end = m.start() + s.len();
            (
                s.to_string(),
                Span { start: m.start() as u32, end: end as u32, kind: SpanKind::Document { symbol: s.to_string() } },
            )
        })
        .collect()
}

/// Web addresses (`http://…`, `www.…`) with their spans; trailing ASCII
/// punctuation is the sentence's, not the address's.
pub fn web_links(text: &str) -> Vec<Span> {
    patterns()
        .web
        .find_iter(text)
        .filter_map(|m| {
            let s = m.as_str().trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '\'']);
            let has_host = s.split_once("://").map_or(s, |(_, rest)| rest).contains('.');
            has_host.then(|| {
                let url =
                    if s.to_ascii_lowercase().starts_with("http") { s.to_string() } else { format!("https://{s}") };
                Span { start: m.start() as u32, end: (m.start() + s.len()) as u32, kind: SpanKind::Web { url } }
            })
        })
        .collect()
}

/// The links of a footnote: its web addresses and the document symbols
/// outside them, in text order.
pub fn footnote_links(text: &str) -> Vec<Span> {
    let mut spans = web_links(text);
    for (_, d) in documents(text) {
        if !spans.iter().any(|w| w.start < d.end && d.start < w.end) {
            spans.push(d);
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// Cross-references to other paragraphs (`第 90 段`).
pub fn xrefs(text: &str) -> Vec<(u32, Span)> {
    patterns()
        .xref
        .captures_iter(text)
        .filter_map(|c| {
            let n: u32 = c[1].parse().ok()?;
            let m = c.get(0)?;
            Some((n, Span { start: m.start() as u32, end: m.end() as u32, kind: SpanKind::Xref { number: n } }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations() {
        let a: Vec<String> =
            articles("（《联合国反腐败公约》第十三条第一款第㈢项）").iter().map(|(a, _)| a.to_string()).collect();
        assert_eq!(a, ["13(1)(c)"]);
        let a: Vec<String> = articles("第七条、第八条和第十一条").iter().map(|(a, _)| a.to_string()).collect();
        assert_eq!(a, ["7", "8", "11"]);
        assert!(articles("第九十九条").is_empty());
        assert_eq!(chapters("《公约》第二章各项"), [2]);
        assert_eq!(resolutions("第 3/2 号、第 6/1 号和第 6/6 号决议"), ["3/2", "6/1", "6/6"]);
        assert_eq!(documents("（CAC/COSP/WG.4/2017/2/Rev.1）")[0].0, "CAC/COSP/WG.4/2017/2/Rev.1");
        assert_eq!(xrefs("（见上文第 90 段）")[0].0, 90);
        let (t, s) = strip_markers("官方网站1和工作组专题网站2上", &[1, 2]);
        assert_eq!(t, "官方网站和工作组专题网站上");
        assert_eq!(s.len(), 2);
        let links = footnote_links("www.unodc.org/unodc/en/session8.html。");
        assert_eq!(links.len(), 1);
        assert!(
            matches!(&links[0].kind, SpanKind::Web { url } if url == "https://www.unodc.org/unodc/en/session8.html")
        );
        assert!(footnote_links("缔约国会议第 6/6 号决议。").is_empty());
        let links = footnote_links("报告（CAC/COSP/2015/10）第一章，见 http://undocs.org/CAC/COSP/2015/10.");
        assert_eq!(links.len(), 2);
        assert!(matches!(&links[0].kind, SpanKind::Document { symbol } if symbol == "CAC/COSP/2015/10"));
        assert!(matches!(&links[1].kind, SpanKind::Web { url } if url == "http://undocs.org/CAC/COSP/2015/10"));
        let (t, _) = strip_markers("第 3/2 号", &[3]);
        assert_eq!(t, "第 3/2 号");
    }
}
