//! The meeting's topics, read from the report itself, and how paragraphs
//! are tagged with them.
//!
//! A report's topics are the leaves of its adopted agenda (the items with
//! no sub-items: `会议开幕`, `㈠ 在中小学和大学开展…教育`, `通过报告`) and the
//! headings the reference table `topics.tsv` knows that are not on the
//! agenda (出席情况, attendance). A topic the table knows by what it is
//! about keeps the table's id and English label (`education`); any other
//! gets an id from the articles it cites (`art-10`) or from its agenda
//! position (`item-3`) and an English label from the article titles. The
//! Chinese label is always the report's own text.
//!
//! A heading is about the agenda item whose text it repeats (or that maps
//! to the same known topic, or cites the same articles). A paragraph
//! belongs to the topics of the innermost heading above it that has any,
//! and also to every topic of this report whose content it discusses: a
//! known topic's content words, or an explicit citation of a derived
//! topic's articles (so the conclusions in chapter II about education are
//! found under `education`). The agenda and attendance list only name
//! topics, so content is not read there.

use super::annotate;
use super::structure::{ItemKind, RawParagraph};
use super::text::circled_value;
use crate::model::{Article, ArticleInfo, Topic};
use crate::text::fold::fold;

const TABLE: &str = include_str!("../../../../data/reference/topics.tsv");

/// A topic the reference table knows.
struct Known {
    id: &'static str,
    procedural: bool,
    /// Folded words: a title containing one is about the topic. A word
    /// written `通过…报告` is its pieces, in this order.
    about: Vec<Vec<String>>,
    /// Folded words: a paragraph containing one discusses the topic.
    content: Vec<String>,
    en: &'static str,
}

fn table() -> &'static [Known] {
    static K: std::sync::OnceLock<Vec<Known>> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        let words = |s: &str| s.split('|').map(fold).filter(|w| !w.is_empty()).collect::<Vec<_>>();
        let pieces = |s: &str| {
            s.split('|')
                .map(|w| w.split('…').map(fold).collect::<Vec<_>>())
                .filter(|w| w.iter().all(|p| !p.is_empty()))
                .collect()
        };
        TABLE
            .lines()
            .skip(1)
            .filter_map(|l| {
                let r: Vec<&'static str> = l.split('\t').collect();
                (r.len() >= 5).then(|| Known {
                    id: r[0],
                    procedural: r[1] == "yes",
                    about: pieces(r[2]),
                    content: words(r[3]),
                    en: r[4],
                })
            })
            .collect()
    })
}

/// The known topic a title is about.
fn known_of(title: &str) -> Option<usize> {
    let t = fold(title);
    let holds = |pieces: &[String]| {
        let mut rest = t.as_str();
        pieces.iter().all(|p| match rest.find(p.as_str()) {
            Some(i) => {
                rest = &rest[i + p.len()..];
                true
            }
            None => false,
        })
    };
    table().iter().position(|k| k.about.iter().any(|w| holds(w)))
}

/// The Convention's terms (`data/reference/glossary.tsv`): Chinese, then
/// the English form listed first for it.
fn glossary() -> &'static [(String, &'static str)] {
    const GLOSSARY: &str = include_str!("../../../../data/reference/glossary.tsv");
    static G: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for row in GLOSSARY.lines().skip(1) {
            let mut cols = row.split('\t');
            let (Some(en), Some(zh)) = (cols.next(), cols.next()) else { continue };
            let zh = fold(zh);
            if !zh.is_empty() && !out.iter().any(|(z, _)| *z == zh) {
                out.push((zh, en));
            }
        }
        out
    })
}

/// An English name from the glossary's terms in a title, leftmost and
/// longest first (`公共部门的透明度` → `Public sector, transparency`).
fn glossary_en(title: &str) -> Option<String> {
    let t = fold(&clean(title));
    let mut found: Vec<&str> = Vec::new();
    let mut at = 0;
    while at < t.len() {
        let here = &t[at..];
        match glossary().iter().filter(|(zh, _)| here.starts_with(zh.as_str())).max_by_key(|(zh, _)| zh.len()) {
            Some((zh, en)) => {
                if !found.contains(en) {
                    found.push(en);
                }
                at += zh.len();
            }
            None => at += here.chars().next().map_or(1, char::len_utf8),
        }
    }
    let joined = found.join(", ");
    let mut cs = joined.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect())
}

/// Topics that only name other topics (no content tagging inside).
const LISTING: &[&str] = &["agenda", "attendance"];

/// A heading as the topic reader sees it.
pub struct HeadingText<'a> {
    pub title: &'a str,
    /// Whether other headings sit below it.
    pub has_children: bool,
}

/// One topic with what tags paragraphs with it.
#[derive(Debug, Clone)]
struct Entry {
    topic: Topic,
    /// The row of the reference table, if it knows the topic.
    known: Option<usize>,
    /// The articles its title cites.
    articles: Vec<Article>,
}

/// The report's topics and the rules that tag paragraphs with them.
#[derive(Debug, Clone, Default)]
pub struct Topics {
    /// In agenda order.
    entries: Vec<Entry>,
    /// For each heading (as given to [`Topics::read`]): its topic ids.
    pub of_heading: Vec<Vec<String>>,
}

/// One agenda item with no sub-items.
struct Leaf {
    /// Labels from the top: `["2.", "(a)", "㈠"]`.
    labels: Vec<String>,
    title: String,
}

/// The agenda's leaves: the items of the paragraph that adopts the agenda.
fn agenda_leaves(paragraphs: &[RawParagraph]) -> Vec<Leaf> {
    let Some(p) = paragraphs.iter().find(|p| is_agenda(&p.lead.text) && !p.items.is_empty()) else {
        return Vec::new();
    };
    let mut kinds: Vec<ItemKind> = Vec::new();
    for i in &p.items {
        if !kinds.contains(&i.kind) {
            kinds.push(i.kind);
        }
    }
    let depth = |k: ItemKind| kinds.iter().position(|x| *x == k).unwrap_or(0);
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (n, item) in p.items.iter().enumerate() {
        let d = depth(item.kind);
        path.truncate(d);
        path.push(item.label.clone());
        let next_deeper = p.items.get(n + 1).is_some_and(|x| depth(x.kind) > d);
        if !next_deeper {
            out.push(Leaf { labels: path.clone(), title: item.body.text.clone() });
        }
    }
    out
}

/// Whether a paragraph's lead adopts the agenda.
pub fn is_agenda(lead: &str) -> bool {
    let t = fold(lead);
    ["通过了下列议程", "通过了议程", "议程如下"].iter().any(|w| t.contains(w))
}

/// A title compared with punctuation, spaces and the Convention's name
/// left out.
fn key(title: &str) -> String {
    fold(&clean(title)).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The report's text as a label: without the Convention's name inside
/// citations and without closing punctuation.
fn clean(title: &str) -> String {
    let t = title.replace("《联合国反腐败公约》", "").replace("《公约》", "");
    let t = t.trim().trim_end_matches(['；', '。', '：', ';', ':', '.', '，', ',']).trim();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cited(title: &str) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    for (a, _) in annotate::articles(title) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// ` (art. 13(1)(c))`, ` (arts. 7, 8, 11)`.
fn citation_suffix(articles: &[Article]) -> String {
    match articles {
        [] => String::new(),
        [a] => format!(" (art. {a})"),
        many => format!(" (arts. {})", many.iter().map(Article::to_string).collect::<Vec<_>>().join(", ")),
    }
}

/// An id for a topic the table does not know.
fn derived_id(articles: &[Article], labels: &[String]) -> String {
    if articles.is_empty() {
        let parts: Vec<String> = labels
            .iter()
            .map(|l| {
                let c = l.chars().find(|c| c.is_alphanumeric()).unwrap_or('x');
                match circled_value(c) {
                    Some(v) => v.to_string(),
                    None => l.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase(),
                }
            })
            .filter(|s| !s.is_empty())
            .collect();
        return format!("item-{}", if parts.is_empty() { "x".into() } else { parts.join("-") });
    }
    let mut numbers: Vec<u8> = articles.iter().map(|a| a.article).collect();
    numbers.dedup();
    format!("art-{}", numbers.iter().map(u8::to_string).collect::<Vec<_>>().join("-"))
}

/// How the English name of a topic nothing names starts (then its agenda
/// position, `Agenda item 4`); the parser warns of such topics.
pub const UNNAMED: &str = "Agenda item";

/// An English label from the articles' titles, or the agenda position.
fn derived_en(articles: &[Article], labels: &[String], info: &[ArticleInfo]) -> String {
    let mut numbers: Vec<u8> = articles.iter().map(|a| a.article).collect();
    numbers.dedup();
    let titles: Vec<&str> =
        numbers.iter().filter_map(|n| info.iter().find(|i| i.article == *n)).map(|i| i.en.as_str()).collect();
    if titles.is_empty() {
        let position: Vec<&str> = labels.iter().map(|l| l.trim_end_matches('.')).collect();
        return format!("{UNNAMED} {}", position.join(" "));
    }
    format!("{}{}", titles.join("; "), citation_suffix(articles))
}

impl Entry {
    /// The topic an agenda item or heading names: the known topic it is
    /// about, or one named after the articles it cites or its agenda
    /// position (`labels`).
    fn new(title: &str, labels: &[String], info: &[ArticleInfo]) -> Entry {
        let articles = cited(title);
        let known = known_of(title);
        let (id, en, procedural) = match known {
            Some(k) => {
                let row = &table()[k];
                (row.id.to_string(), format!("{}{}", row.en, citation_suffix(&articles)), row.procedural)
            }
            None => {
                // Named after the articles it cites, else the terms it holds.
                let terms = if articles.is_empty() { glossary_en(title) } else { None };
                let en = terms.unwrap_or_else(|| derived_en(&articles, labels, info));
                (derived_id(&articles, labels), en, false)
            }
        };
        Entry { topic: Topic { id, zh: clean(title), en, procedural }, known, articles }
    }
}

impl Topics {
    /// Reads the topics of a report from its agenda and headings.
    pub fn read(paragraphs: &[RawParagraph], headings: &[HeadingText], info: &[ArticleInfo]) -> Topics {
        let leaves = agenda_leaves(paragraphs);
        let mut entries: Vec<Entry> = Vec::new();
        for leaf in &leaves {
            let mut e = Entry::new(&leaf.title, &leaf.labels, info);
            // Two items of one agenda may read alike: keep ids unique.
            let base = e.topic.id.clone();
            let mut n = 2;
            while entries.iter().any(|x| x.topic.id == e.topic.id) {
                e.topic.id = format!("{base}-{n}");
                n += 1;
            }
            entries.push(e);
        }
        let agenda = entries.len();
        let mut extra: Vec<(usize, usize)> = Vec::new(); // (heading, topic) not on the agenda
        let mut of_heading = Vec::with_capacity(headings.len());
        for (hi, h) in headings.iter().enumerate() {
            let e = Entry::new(h.title, &[], info);
            // The agenda item it repeats, maps to the same known topic as,
            // or cites the same articles as.
            let hk = key(h.title);
            let on_agenda = entries[..agenda]
                .iter()
                .position(|x| key(&x.topic.zh) == hk)
                .or_else(|| e.known.and_then(|k| entries[..agenda].iter().position(|x| x.known == Some(k))))
                .or_else(|| {
                    let same = |x: &Entry| !e.articles.is_empty() && x.articles == e.articles;
                    entries[..agenda].iter().position(same)
                });
            // Else its own topic: a known one, or (without an agenda) a
            // heading of its own that cites articles.
            let topic = on_agenda.or_else(|| {
                let own = e.known.is_some() || (leaves.is_empty() && !e.articles.is_empty() && !h.has_children);
                own.then(|| {
                    entries.iter().position(|x| x.topic.id == e.topic.id).unwrap_or_else(|| {
                        entries.push(e);
                        extra.push((hi, entries.len() - 1));
                        entries.len() - 1
                    })
                })
            });
            of_heading.push(topic.map(|i| vec![entries[i].topic.id.clone()]).unwrap_or_default());
        }
        // Topics not on the agenda go after the topic of the heading
        // before theirs, so the list reads in the report's order.
        let mut order: Vec<usize> = (0..agenda).collect();
        for &(hi, ti) in &extra {
            let before = of_heading[..hi]
                .iter()
                .rev()
                .flatten()
                .find_map(|id| order.iter().position(|&k| entries[k].topic.id == *id));
            order.insert(before.map_or(0, |p| p + 1), ti);
        }
        let entries = order.iter().map(|&i| entries[i].clone()).collect();
        Topics { entries, of_heading }
    }

    /// The topics in agenda order.
    pub fn list(&self) -> Vec<Topic> {
        self.entries.iter().map(|e| e.topic.clone()).collect()
    }

    /// A paragraph's topics: its heading's, and those whose content it
    /// discusses (not inside the agenda or the attendance list), in the
    /// order of [`Topics::list`].
    pub fn of_paragraph(&self, heading_topics: &[String], text: &str, explicit: &[Article]) -> Vec<String> {
        let mut out: Vec<String> = heading_topics.to_vec();
        if !heading_topics.iter().any(|t| LISTING.contains(&t.as_str())) {
            let folded = fold(text);
            for e in &self.entries {
                let discusses = match e.known {
                    Some(k) => table()[k].content.iter().any(|w| folded.contains(w.as_str())),
                    None => e.articles.iter().any(|a| explicit.iter().any(|x| x.article == a.article)),
                };
                if discusses && !out.contains(&e.topic.id) {
                    out.push(e.topic.id.clone());
                }
            }
        }
        let rank = |id: &String| self.entries.iter().position(|e| e.topic.id == *id).unwrap_or(usize::MAX);
        out.sort_by_key(rank);
        out
    }
}
