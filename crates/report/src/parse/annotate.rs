//! Third pass: what a paragraph's text refers to. Footnote markers, article
//! citations, chapters of the Convention, resolutions, document symbols and
//! cross-references, each with its byte range.

use super::text::{chinese_number, circled_letter, is_han, number};
use crate::model::{Article, Span, SpanKind};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    article: Regex,
    list_item: Regex,
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
        article: Regex::new(concat!(
            r"(?P<list>第\s*(?P<l>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?P<rest>(?:(?:、|，|,|和|及|与|至|到)\s*(?:第\s*)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*)+)条)",
            r"|(?P<art>第\s*(?P<a>\d{1,3}|[一二三四五六七八九十]{1,3})\s*条)",
            r"|(?P<para>第\s*(?P<p>\d{1,3}|[一二三四五六七八九十]{1,3})\s*款)",
            r"|(?P<sub>(?:第\s*)?(?:(?P<c>[㈠-㈩])|[(（]\s*(?P<x>[a-z])\s*[)）])\s*(?P<item>项)?)",
        ))
        .unwrap(),
        list_item: Regex::new(r"(?:(?P<sep>、|，|,|和|及|与|至|到)\s*)?(?:第\s*)?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})").unwrap(),
        chapter: Regex::new(r"第\s?([一二三四五六七八])\s?章").unwrap(),
        resolution: Regex::new(r"第\s?(\d{1,2}/\d{1,2})\s?号").unwrap(),
        document: Regex::new(r"[A-Z]{2,}(?:/[A-Za-z0-9.]+)+").unwrap(),
        xref: Regex::new(r"第\s?(\d{1,5})\s?段").unwrap(),
        marker: Regex::new(r"\d{1,3}").unwrap(),
        web: Regex::new(r"(?i)(?:https?://|www\.)[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+").unwrap(),
    })
}

/// Whether `c`, after a number, says what the number counts or dates.
fn is_unit(c: char) -> bool {
    "年月日时号条款段项章届次名个位国人份页点岁周天倍亿万千百%％".contains(c)
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
        // A number that counts or dates something (`9月2日至4日`, `第2`,
        // `3名`) is no marker, whatever footnotes there are.
        if before == Some('第') || after.is_some_and(is_unit) {
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

/// What may stand between two pieces of one citation: nothing but white
/// space, or one word that lists (`、`, `和`, `及`, `至`, …). `Some(true)`
/// for a range (`至`, `到`).
fn joiner(gap: &str) -> Option<bool> {
    match gap.trim() {
        "" | "、" | "，" | "," | "和" | "及" | "以及" | "与" | "或" => Some(false),
        "至" | "到" => Some(true),
        _ => None,
    }
}

/// Article citations with their spans (1 ≤ article ≤ 71), in Chinese or
/// Arabic numerals, with or without the PDF's spaces: `第十三条第一款第㈢项`,
/// `第 13 条第 1 款(c)项`; lists and ranges of articles (`第七条、第八条和
/// 第十一条`, `第 7 和 8 条`, `第五条至第十四条`: every article of a range),
/// several paragraphs or subparagraphs of one article (`第五十五条第一款和
/// 第二款`, `第 1 款(c)和(d)项`). Each citation's span is its own words; the
/// articles inside a range share the range's end.
pub fn articles(text: &str) -> Vec<(Article, Span)> {
    let p = patterns();
    let mut out: Vec<(Article, Span)> = Vec::new();
    // Where the chain of pieces being read ended, and its last piece (none
    // once it cited nothing the Convention has: `第七十二条第一款`).
    let mut chain_end: Option<usize> = None;
    let mut last_piece: Option<Piece> = None;
    for c in p.article.captures_iter(text) {
        let m = c.get(0).expect("a match");
        let gap = chain_end.map(|e| joiner(&text[e..m.start()]));
        let range = matches!(gap, Some(Some(true)));
        let chained = matches!(gap, Some(Some(_)));
        let last = out.last().map(|(a, _)| *a).filter(|_| chained && last_piece.is_some());
        let article = |n: u32| Article { article: n as u8, paragraph: None, subparagraph: None };
        if c.name("list").is_some() {
            // `第 7、8 和 9 条`, `第五至第十四条`: one or several articles.
            let mut prev: Option<u32> = None;
            let body = &text[m.start()..m.end()];
            for item in p.list_item.captures_iter(body) {
                let Some(n) = number(&item["n"]) else { continue };
                let is_range = item.name("sep").is_some_and(|s| matches!(s.as_str(), "至" | "到"));
                let from = match prev {
                    Some(a) if is_range && a < n && n <= 71 => a + 1,
                    _ => n,
                };
                let at = m.start() + item.get(0).expect("a match").start();
                for a in from..=n {
                    cite(&mut out, article(a), at, m.end());
                }
                prev = Some(n);
            }
            last_piece = prev.filter(|n| (1..=71).contains(n)).map(|_| Piece::Article);
        } else if let Some(a) = c.name("a").and_then(|x| number(x.as_str())) {
            // A range across two citations: `第五条至第十四条`.
            if let Some(l) = last.filter(|l| range && (l.article as u32) < a && a <= 71) {
                for b in l.article as u32 + 1..a {
                    cite(&mut out, article(b), m.start(), m.end());
                }
            }
            cite(&mut out, article(a), m.start(), m.end());
            last_piece = (1..=71).contains(&a).then_some(Piece::Article);
        } else if let Some(n) = c.name("p").and_then(|x| number(x.as_str())) {
            let Some(l) = last else {
                chain_end = None;
                continue;
            };
            let a = Article { article: l.article, paragraph: Some(n as u8), subparagraph: None };
            // `第十三条第一款`: the article's citation names its paragraph.
            refine(&mut out, a, m, last_piece == Some(Piece::Article) && l.paragraph.is_none());
            last_piece = Some(Piece::Paragraph);
        } else {
            let letter = c.name("c").and_then(|x| x.as_str().chars().next()).and_then(circled_letter);
            let letter = letter.or_else(|| c.name("x").and_then(|x| x.as_str().chars().next()));
            // A letter is a subparagraph when it follows a paragraph or
            // another subparagraph, or says so (项).
            let follows =
                matches!(last_piece, Some(Piece::Paragraph | Piece::Subparagraph)) || c.name("item").is_some();
            let (Some(letter), Some(l), true) = (letter, last, follows) else {
                chain_end = None;
                continue;
            };
            let a = Article { article: l.article, paragraph: l.paragraph, subparagraph: Some(letter) };
            refine(&mut out, a, m, last_piece != Some(Piece::Subparagraph) && l.subparagraph.is_none());
            last_piece = Some(Piece::Subparagraph);
        }
        chain_end = Some(m.end());
    }
    out
}

/// The kind of the last piece of a citation read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Article,
    Paragraph,
    Subparagraph,
}

/// Adds a citation of `a` spanning `start..end`, if the Convention has
/// that article.
fn cite(out: &mut Vec<(Article, Span)>, a: Article, start: usize, end: usize) {
    if (1..=71).contains(&a.article) {
        out.push((a, Span { start: start as u32, end: end as u32, kind: SpanKind::Article { article: a } }));
    }
}

/// A finer part (`第一款`, `(c)项`) of the last citation: `in_place` names it
/// on that citation, whose span then runs to its end; else it is cited
/// anew (`第一款和第二款`).
fn refine(out: &mut Vec<(Article, Span)>, a: Article, m: regex::Match, in_place: bool) {
    match out.last_mut().filter(|_| in_place) {
        Some((cited, span)) => {
            *cited = a;
            span.end = m.end() as u32;
            span.kind = SpanKind::Article { article: a };
        }
        None => cite(out, a, m.start(), m.end()),
    }
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

/// Whether the words before `第 N 段` name another document, whose
/// paragraph it is (`职权范围第 44 段`, `第 6/6 号决议第 3 段`,
/// `（CAC/COSP/2015/10）第 5 段`), rather than this report.
fn of_another_document(before: &str) -> bool {
    let b = before.trim_end();
    !b.ends_with("本报告")
        && ["职权范围", "决议", "决定", "报告", "文件", "说明", "附件", "宣言", "议定书", "指南", "》", "）", ")"]
            .iter()
            .any(|t| b.ends_with(t))
}

/// Cross-references to other paragraphs of this report (`第 90 段`).
pub fn xrefs(text: &str) -> Vec<(u32, Span)> {
    patterns()
        .xref
        .captures_iter(text)
        .filter_map(|c| {
            let n: u32 = c[1].parse().ok()?;
            let m = c.get(0)?;
            if of_another_document(&text[..m.start()]) {
                return None;
            }
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
    }

    fn cited(text: &str) -> Vec<String> {
        articles(text).iter().map(|(a, _)| a.to_string()).collect()
    }

    #[test]
    fn citations_in_arabic_numerals_lists_ranges_and_several_paragraphs() {
        assert_eq!(cited("《联合国反腐败公约》第 5 条"), ["5"]);
        assert_eq!(cited("第 13 条第 1 款(c)项"), ["13(1)(c)"]);
        assert_eq!(cited("第13条第1款（c）项"), ["13(1)(c)"]);
        assert_eq!(cited("第 13 条第 1 款 (c) 和 (d) 项"), ["13(1)(c)", "13(1)(d)"]);
        assert_eq!(cited("第十三条第一款第㈢项和第㈣项"), ["13(1)(c)", "13(1)(d)"]);
        assert_eq!(cited("第 7 条和第 8 条"), ["7", "8"]);
        assert_eq!(cited("第 7、8 和 9 条"), ["7", "8", "9"]);
        assert_eq!(cited("第五十五条第一款和第二款"), ["55(1)", "55(2)"]);
        assert_eq!(cited("第五条至第十四条"), ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14"]);
        assert_eq!(cited("第 5 至 7 条"), ["5", "6", "7"]);
        assert_eq!(cited("第五至第七条"), ["5", "6", "7"]);
        // A line break anywhere inside.
        assert_eq!(cited("第 13\n条第\n1 款(c)\n项"), ["13(1)(c)"]);
        // A letter in parentheses that follows no paragraph is not a citation.
        assert_eq!(cited("第 9 条规定：(a) 透明"), ["9"]);
        assert_eq!(cited("(a) 第 1 款"), Vec::<String>::new());
        // What follows an article the Convention does not have is not
        // another article's part.
        assert_eq!(cited("第五条和第七十二条第一款(a)项"), ["5"]);
        assert_eq!(cited("第 5 和 72 条第 1 款"), ["5"]);
        // Each citation's span is its own words.
        let text = "第五十五条第一款和第二款";
        let spans: Vec<&str> = articles(text).iter().map(|(_, s)| &text[s.start as usize..s.end as usize]).collect();
        assert_eq!(spans, ["第五十五条第一款", "第二款"]);
        assert_eq!(chapters("《公约》第二章各项"), [2]);
        assert_eq!(resolutions("第 3/2 号、第 6/1 号和第 6/6 号决议"), ["3/2", "6/1", "6/6"]);
        assert_eq!(documents("（CAC/COSP/WG.4/2017/2/Rev.1）")[0].0, "CAC/COSP/WG.4/2017/2/Rev.1");
        assert_eq!(xrefs("（见上文第 90 段）")[0].0, 90);
        assert_eq!(xrefs("本报告第 12 段")[0].0, 12);
        // Another document's paragraph is no cross-reference.
        for other in
            ["审议机制职权范围第 44 段", "第 6/6 号决议第 3 段", "说明（CAC/COSP/2015/10）第 5 段", "《公约》第 2 段"]
        {
            assert!(xrefs(other).is_empty(), "{other}");
        }
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
        // Dates and counts keep every digit, even where footnotes 2 and 4 exist.
        let (t, s) = strip_markers("于2019年9月2日至4日在维也纳举行。有关资料见网站2。", &[2, 4]);
        assert_eq!(t, "于2019年9月2日至4日在维也纳举行。有关资料见网站。");
        assert_eq!(s.len(), 1);
        let (t, _) = strip_markers("共有第2和3名代表", &[2, 3]);
        assert_eq!(t, "共有第2和3名代表");
    }
}
