//! What the entity and article pages, the footnotes and the paragraph
//! cards show, computed from the model. Paragraphs are named by their
//! place in the report's list (as the index names them), which is one
//! paragraph in a list of several reports too; `Report::anchor` and
//! `i18n::card_label` say it to the reader.

use crate::model::{has_page, Article, Paragraph, Report, Role, Speaker, Special};

/// A paragraph where an entity speaks, with its role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoke {
    /// The paragraph's place.
    pub at: usize,
    pub role: Role,
    pub topics: Vec<String>,
    /// The group it spoke for, or the State that spoke for the group.
    pub on_behalf_of: Option<String>,
}

/// A State's, group's or organisation's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySummary {
    pub id: String,
    /// Listed in the attendance section.
    pub attended: bool,
    pub spoke: Vec<Spoke>,
    /// Paragraphs that name it without it speaking there.
    pub named_only: Vec<usize>,
}

/// The summary of entity `id`.
pub fn entity(report: &Report, id: &str) -> EntitySummary {
    let a = &report.attendance;
    let attended = a.states.iter().any(|s| s.iso3 == id)
        || a.regional_organizations.iter().chain(&a.observers).any(|o| o.id == id);
    let mut spoke = Vec::new();
    let mut named_only = Vec::new();
    for (at, p) in report.paragraphs.iter().enumerate() {
        let mine: Vec<_> = p.speakers.iter().filter(|s| s.id == id).collect();
        if let Some(s) = mine.first() {
            spoke.push(Spoke { at, role: s.role, topics: p.topics.clone(), on_behalf_of: s.on_behalf_of.clone() });
        } else if p.mentions.iter().any(|m| m == id) {
            named_only.push(at);
        }
    }
    EntitySummary { id: id.to_string(), attended, spoke, named_only }
}

/// An article's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSummary {
    pub article: u8,
    /// Paragraphs citing it themselves.
    pub explicit: Vec<usize>,
    /// Paragraphs under a heading that cites it (and not citing it themselves).
    pub inherited: Vec<usize>,
    /// Each finer citation (13(1)(c), 13(2)) with the paragraphs that make it.
    pub finer: Vec<(Article, Vec<usize>)>,
    /// Who spoke in those paragraphs: entity id and number of paragraphs.
    pub speakers: Vec<(String, usize)>,
}

/// The summary of article `article`.
pub fn article(report: &Report, article: u8) -> ArticleSummary {
    let mut s = ArticleSummary { article, explicit: vec![], inherited: vec![], finer: vec![], speakers: vec![] };
    for (at, p) in report.paragraphs.iter().enumerate() {
        let cites: Vec<_> = p.articles.iter().filter(|c| c.article == article).collect();
        if cites.is_empty() {
            continue;
        }
        if cites.iter().any(|c| !c.inherited) {
            s.explicit.push(at);
        } else {
            s.inherited.push(at);
        }
        for c in &cites {
            let a = c.cited();
            if a.paragraph.is_some() {
                match s.finer.iter_mut().find(|(x, _)| *x == a) {
                    Some((_, ps)) if ps.last() != Some(&at) => ps.push(at),
                    Some(_) => {}
                    None => s.finer.push((a, vec![at])),
                }
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for sp in &p.speakers {
            if seen.contains(&sp.id.as_str()) {
                continue;
            }
            seen.push(&sp.id);
            match s.speakers.iter_mut().find(|(id, _)| *id == sp.id) {
                Some((_, n)) => *n += 1,
                None => s.speakers.push((sp.id.clone(), 1)),
            }
        }
    }
    crate::text::order::sort_by(&mut s.finer, |a, b| a.cmp(b));
    crate::text::order::sort_by(&mut s.speakers, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    s
}

/// A footnote and the paragraphs whose markers lead to it, for the links
/// back from the footnote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backlinks {
    pub footnote: u32,
    /// Their places, in report order; empty for a footnote no paragraph
    /// refers to.
    pub paragraphs: Vec<usize>,
}

/// The back-links of every footnote, in the report's footnote order: one
/// pass over the paragraphs' markers (a report of 10,000 paragraphs and
/// hundreds of footnotes is not read once per footnote).
pub fn footnote_backlinks(report: &Report) -> Vec<Backlinks> {
    // Each footnote's place by its number (the first, should two share it).
    let place = |n: u32| report.footnotes.iter().position(|f| f.number == n);
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); report.footnotes.len()];
    for (at, p) in report.paragraphs.iter().enumerate() {
        for &n in &p.footnotes {
            if let Some(list) = place(n).map(|i| &mut lists[i]) {
                if list.last() != Some(&at) {
                    list.push(at);
                }
            }
        }
    }
    report
        .footnotes
        .iter()
        .map(|f| Backlinks {
            footnote: f.number,
            paragraphs: place(f.number).map(|i| lists[i].clone()).unwrap_or_default(),
        })
        .collect()
}

/// A speaker as a paragraph card shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardSpeaker<'a> {
    pub speaker: &'a Speaker,
    /// Show the name as the paragraph writes it (一名发言者), not the
    /// entity's name: an unnamed speaker has no name of its own.
    pub as_written: bool,
    /// It has an entity page to link to.
    pub has_page: bool,
}

/// The speakers of a paragraph, each once (the first time it speaks, with
/// that role), as the card lists them.
pub fn card_speakers(p: &Paragraph) -> Vec<CardSpeaker<'_>> {
    let mut out: Vec<CardSpeaker> = Vec::with_capacity(p.speakers.len());
    for s in &p.speakers {
        if out.iter().any(|c| c.speaker.id == s.id) {
            continue;
        }
        out.push(CardSpeaker {
            speaker: s,
            as_written: Special::of(&s.id) == Some(Special::Unattributed),
            has_page: has_page(&s.id),
        });
    }
    out
}

/// A list's section heading: the enclosing sections (`一 … › A …`, none
/// for a chapter) and the section itself, so a narrow screen can show only
/// the latter.
pub fn section_heading(report: &Report, id: &str) -> (Option<String>, String) {
    let named = |s: &&crate::model::Section| {
        if s.label.is_empty() {
            s.title.clone()
        } else {
            format!("{} {}", s.label, s.title)
        }
    };
    let mut path: Vec<String> = report.section_path(id).iter().map(named).collect();
    let own = path.pop().unwrap_or_default();
    ((!path.is_empty()).then(|| path.join(" › ") + " › "), own)
}

/// The enclosing sections a list opens when it goes from a paragraph of
/// section `prev` to one of `next`: they get an anchor before the heading,
/// so the contents can link to a chapter that has no paragraph of its own.
pub fn opened_sections<'a>(report: &'a Report, prev: Option<&str>, next: &str) -> Vec<&'a str> {
    let before: Vec<&str> =
        prev.map(|p| report.section_path(p).iter().map(|s| s.id.as_str()).collect()).unwrap_or_default();
    let mut path: Vec<&str> = report.section_path(next).iter().map(|s| s.id.as_str()).collect();
    path.pop();
    path.retain(|id| !before.contains(id));
    path
}
