//! Splits a paragraph's text into pieces to render: plain or highlighted
//! text, grouped under the link that covers it (footnote marker,
//! cross-reference, document symbol). The page renders these as text
//! nodes, never as HTML.

use crate::model::{Span, SpanKind};

/// What a segment links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A footnote marker (the segment has no text of its own).
    Footnote(u32),
    /// Another paragraph of the report.
    Paragraph(u32),
    /// A UN document symbol.
    Document(String),
    /// A web address.
    Web(String),
}

impl Link {
    /// Where the link goes: `#fn3`, `#p90`, the document on the UN's
    /// document system (Chinese version), or the web address.
    pub fn href(&self) -> String {
        match self {
            Link::Footnote(n) => format!("#fn{n}"),
            Link::Paragraph(n) => format!("#p{n}"),
            Link::Document(symbol) => format!("https://undocs.org/zh/{symbol}"),
            Link::Web(url) => url.clone(),
        }
    }

    /// Whether it leaves the page (opened in a new tab, no referrer).
    pub fn is_external(&self) -> bool {
        matches!(self, Link::Document(_) | Link::Web(_))
    }

    /// The class of the link element (the page and the prerendered view).
    pub fn class(&self) -> &'static str {
        match self {
            Link::Footnote(_) => "fn-ref",
            Link::Paragraph(_) => "xref",
            Link::Document(_) => "doc",
            Link::Web(_) => "web",
        }
    }
}

/// A run of text under at most one link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub link: Option<Link>,
    /// Byte ranges of the text with whether each is a search match.
    pub parts: Vec<(usize, usize, bool)>,
}

fn link_of(kind: &SpanKind) -> Option<Link> {
    match kind {
        SpanKind::Footnote { number } => Some(Link::Footnote(*number)),
        SpanKind::Xref { number } => Some(Link::Paragraph(*number)),
        SpanKind::Document { symbol } => Some(Link::Document(symbol.clone())),
        SpanKind::Web { url } => Some(Link::Web(url.clone())),
        SpanKind::Article { .. } | SpanKind::Entity { .. } => None,
    }
}

/// The segments of `text` given its spans and the highlighted ranges.
pub fn segments(text: &str, spans: &[Span], highlights: &[(usize, usize)]) -> Vec<Segment> {
    let links: Vec<(usize, usize, Link)> =
        spans.iter().filter_map(|s| link_of(&s.kind).map(|l| (s.start as usize, s.end as usize, l))).collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, e, _) in &links {
        cuts.extend([*s, *e]);
    }
    for (s, e) in highlights {
        cuts.extend([*s, *e]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    crate::text::order::sort_by(&mut cuts, |a, b| a.cmp(b));
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        for (s, e, l) in &links {
            if s == e && *s == a && matches!(l, Link::Footnote(_)) {
                out.push(Segment { link: Some(l.clone()), parts: Vec::new() });
            }
        }
        let link = links.iter().find(|(s, e, _)| *s <= a && b <= *e && s < e).map(|(_, _, l)| l.clone());
        let marked = highlights.iter().any(|(s, e)| *s <= a && b <= *e);
        match out.last_mut() {
            Some(seg)
                if seg.link == link
                    && !matches!(link, Some(Link::Footnote(_)))
                    && seg.link.is_some() == link.is_some() =>
            {
                seg.parts.push((a, b, marked))
            }
            _ => out.push(Segment { link, parts: vec![(a, b, marked)] }),
        }
    }
    // Markers at the very end of the text.
    for (s, e, l) in &links {
        if s == e && *s == text.len() && matches!(l, Link::Footnote(_)) {
            out.push(Segment { link: Some(l.clone()), parts: Vec::new() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_each_link_goes() {
        let links = [
            Link::Footnote(2),
            Link::Paragraph(90),
            Link::Document("CAC/COSP/WG.4/2017/3".into()),
            Link::Web("https://www.unodc.org/".into()),
        ];
        let shown: Vec<(String, &str, bool)> = links.iter().map(|l| (l.href(), l.class(), l.is_external())).collect();
        assert_eq!(
            shown,
            [
                ("#fn2".to_string(), "fn-ref", false),
                ("#p90".to_string(), "xref", false),
                ("https://undocs.org/zh/CAC/COSP/WG.4/2017/3".to_string(), "doc", true),
                ("https://www.unodc.org/".to_string(), "web", true),
            ]
        );
    }

    #[test]
    fn links_highlights_and_markers() {
        let text = "见上文第 90 段网站上";
        let xref = Span { start: 9, end: 19, kind: SpanKind::Xref { number: 90 } };
        let fnm = Span { start: 25, end: 25, kind: SpanKind::Footnote { number: 1 } };
        let segs = segments(text, &[xref, fnm], &[(14, 22)]);
        // Each segment as its link and its (text, highlighted) parts.
        type Shape<'a> = (Option<Link>, Vec<(&'a str, bool)>);
        let shape: Vec<Shape> =
            segs.iter().map(|s| (s.link.clone(), s.parts.iter().map(|p| (&text[p.0..p.1], p.2)).collect())).collect();
        assert_eq!(
            shape,
            vec![
                (None, vec![("见上文", false)]),
                (Some(Link::Paragraph(90)), vec![("第 9", false), ("0 段", true)]),
                (None, vec![("网", true), ("站", false)]),
                (Some(Link::Footnote(1)), vec![]),
                (None, vec![("上", false)]),
            ]
        );
    }
}
