//! The report parser: text extracted from a UN PDF to a [`Report`].
//!
//! Three passes, each in its own module: [`layout`] removes the extraction's
//! debris (blank lines, link lines, footnote blocks), [`structure`] finds
//! the title, headings, paragraphs and sub-items and joins wrapped lines,
//! and [`annotate`], [`speakers`] and [`topics`] read what each paragraph
//! refers to. This module assembles the model: sections, paragraphs,
//! meeting facts and attendance. Bad input is an error only when nothing
//! can be parsed; otherwise it is a warning naming the line.

pub mod annotate;
pub mod entities;
pub mod error;
pub mod furniture;
pub mod integrity;
pub mod layout;
pub mod pdf;
pub mod speakers;
pub mod structure;
pub mod synth;
pub mod text;
pub mod topics;

use crate::model::*;
use crate::model::{Warning, WarningKind};
use entities::Dictionary;
use error::{FileError, FileErrorKind, ParseError};
use regex::Regex;
use std::collections::BTreeSet;
use structure::{ItemKind, Joined, RawParagraph, Structure};

/// Parses a report from its bytes.
pub fn parse(bytes: &[u8]) -> Result<Report, ParseError> {
    static DICT: std::sync::OnceLock<Dictionary> = std::sync::OnceLock::new();
    parse_with(DICT.get_or_init(Dictionary::builtin), bytes)
}

struct MeetingPatterns {
    venue: Regex,
    range: Regex,
    session: Regex,
    title_session: Regex,
    day: Regex,
    officer: Regex,
}

fn meeting_patterns() -> &'static MeetingPatterns {
    static P: std::sync::OnceLock<MeetingPatterns> = std::sync::OnceLock::new();
    P.get_or_init(|| MeetingPatterns {
        venue: Regex::new(r"^\s*在(\p{Han}+?)举行").unwrap(),
        range: Regex::new(
            r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*至\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?",
        )
        .unwrap(),
        session: Regex::new(r"举行了(?:其)?第\s*(\d{1,3}|[一二三四五六七八九十]+)\s*([次届])会议").unwrap(),
        title_session: Regex::new(r"第\s*(\d{1,3}|[一二三四五六七八九十]+)\s*([次届])会议").unwrap(),
        day: Regex::new(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日").unwrap(),
        officer: Regex::new(r"(副)?主席\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'\-]*[A-Za-zÀ-ÿ.])\s*（(\p{Han}+)）").unwrap(),
    })
}

/// The source a report file gives the parser: its bytes, or a PDF's text as
/// poppler's pdftotext extracts it (line numbers in warnings are that
/// text's).
pub fn source(path: &str) -> Result<Vec<u8>, FileError> {
    if pdf::is_pdf(path) {
        Ok(pdf::text_of(path).map_err(|e| FileError { path: path.into(), kind: FileErrorKind::Pdf(e) })?.into_bytes())
    } else {
        std::fs::read(path).map_err(|e| FileError { path: path.into(), kind: FileErrorKind::Io(e) })
    }
}

/// Parses a report file (its text, or its PDF); errors name the file.
pub fn parse_file(path: &str) -> Result<Report, FileError> {
    let bytes = source(path)?;
    parse(&bytes).map_err(|e| FileError { path: path.into(), kind: FileErrorKind::Parse(e) })
}

/// Parses a report with a given dictionary.
pub fn parse_with(dict: &Dictionary, bytes: &[u8]) -> Result<Report, ParseError> {
    let text = layout::decode(bytes)?;
    let layout = layout::split(text);
    let structure = Structure::build(&layout.lines);
    if structure.paragraphs.is_empty() {
        return Err(ParseError::NoParagraphs);
    }
    let mut warnings = structure.warnings.clone();
    warnings.extend(layout.warnings.iter().cloned());
    let footnote_numbers: Vec<u32> = layout.footnotes.iter().map(|f| f.number).collect();
    let mut footnotes = layout.footnotes;
    for f in &mut footnotes {
        f.spans = annotate::footnote_links(&f.text);
    }

    let articles = entities::articles();
    let headings: Vec<topics::HeadingText> = structure
        .headings
        .iter()
        .enumerate()
        .map(|(i, h)| topics::HeadingText {
            title: &h.title.text,
            has_children: structure.headings.get(i + 1).is_some_and(|n| n.level > h.level),
        })
        .collect();
    let topics = topics::Topics::read(&structure.paragraphs, &headings, &articles);
    let sections = sections(&structure, &topics);
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(structure.paragraphs.len());
    let mut used_entities = BTreeSet::new();
    for raw in &structure.paragraphs {
        let p = paragraph(dict, raw, &sections, &topics, &footnote_numbers, &mut warnings, &mut used_entities);
        paragraphs.push(p);
    }
    let apart: Vec<Apart> = structure
        .apart
        .iter()
        .map(|a| Apart {
            kind: a.kind,
            label: a.label.clone(),
            title: a.title.text.clone(),
            text: a.body.text.clone(),
            after: a.after,
            lines: a.lines(),
        })
        .collect();
    check_references(&paragraphs, &apart, &footnotes, &mut warnings);

    let title = structure.title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    let attendance = attendance(dict, &structure, &sections, &paragraphs, &mut warnings, &mut used_entities);
    let mut meeting = meeting(dict, &title, &sections, &paragraphs, &mut used_entities);
    let masthead = layout.masthead;
    meeting.symbol = masthead.symbol.or(layout.header_symbol);
    meeting.distributed = masthead.distributed;
    meeting.original_language = masthead.original;
    unread_meeting(&structure, &meeting, &topics.list(), &paragraphs, &mut warnings);

    // Entities in id order, then the Chair, the Secretariat and the
    // unattributed speakers, always present.
    let special = Special::ALL.map(Special::id);
    let mut entities: Vec<Entity> =
        used_entities.iter().map(|&i| dict.entities[i].clone()).filter(|e| !special.contains(&e.id.as_str())).collect();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    entities.extend(special.iter().filter_map(|id| dict.get(id)).cloned());
    warnings.sort_by_key(|w| w.line);
    Ok(Report {
        title,
        meeting,
        sections,
        paragraphs,
        footnotes,
        attendance,
        entities,
        topics: topics.list(),
        articles,
        apart,
        diagnostics: Diagnostics { removed: layout.removed, warnings },
        origins: Vec::new(),
    })
}

/// Warns where a paragraph's text looks like a citation of the Convention
/// or a statement but was not read as one, so that a report in forms the
/// parser does not know shows where to look instead of giving empty facets.
fn unread(
    text: &str,
    cited: &[(crate::model::Article, Span)],
    speakers: &[crate::model::Speaker],
    line_of: &dyn Fn(usize) -> u32,
    warnings: &mut Vec<Warning>,
) {
    static P: std::sync::OnceLock<(Regex, Regex)> = std::sync::OnceLock::new();
    let (article, statement) = P.get_or_init(|| {
        (
            Regex::new(r"第\s*[0-9一二三四五六七八九十百零〇]{1,6}\s*条").unwrap(),
            Regex::new(r"代表[^。；]{0,40}发言").unwrap(),
        )
    });
    for m in article.find_iter(text) {
        let read = cited.iter().any(|(_, s)| (s.start as usize) <= m.start() && m.end() <= s.end as usize);
        // Another instrument's article (`《示范法》第八十条`, `条例第 3 条`).
        let before = text[..m.start()].trim_end();
        let other_instrument = before.ends_with(['》', '法', '例', '则', '定']) && !before.ends_with("公约》");
        if !read && !other_instrument {
            warnings.push(Warning {
                line: line_of(m.start()),
                kind: WarningKind::Unread,
                message: format!(
                    "`{}` looks like a citation of the Convention but was not read as one (articles 1 to 71)",
                    m.as_str()
                ),
            });
        }
    }
    if speakers.is_empty() {
        if let Some(m) = statement.find(text) {
            warnings.push(Warning {
                line: line_of(m.start()),
                kind: WarningKind::Unread,
                message: format!(
                    "`{}` looks like a statement, but no speaker was read (a name the reference tables lack?)",
                    m.as_str()
                ),
            });
        }
    }
}

/// Warns where the title names a meeting or session whose number was not
/// read, and of agenda items no table or term names in English.
fn unread_meeting(s: &Structure, m: &Meeting, topics: &[Topic], paragraphs: &[Paragraph], warnings: &mut Vec<Warning>) {
    static SITTING: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let sitting = SITTING.get_or_init(|| Regex::new(r"第\s*[^\s第，。]{1,8}?\s*[次届](?:特别)?会议").unwrap());
    if m.session.is_none() {
        let title = s.title.as_ref().map(|t| (t.text.as_str(), t.first_line()));
        let said = title.and_then(|(t, line)| sitting.find(t).map(|f| (f.as_str().to_string(), line)));
        if let Some((said, line)) = said {
            warnings.push(Warning {
                line,
                kind: WarningKind::Unread,
                message: format!(
                    "`{said}` looks like the meeting's number but was not read as one (1 to 999, or 一 to 九十九)"
                ),
            });
        }
    }
    let agenda_line = paragraphs.iter().find(|p| topics::is_agenda(&p.text)).map_or(0, |p| p.lines.0);
    for t in topics.iter().filter(|t| t.en.starts_with(topics::UNNAMED)) {
        warnings.push(Warning {
            line: agenda_line,
            kind: WarningKind::Unread,
            message: format!(
                "agenda item `{}` has no English name: no row of data/reference/topics.tsv is about it and no term of \
                 glossary.tsv is in it (it is shown as `{}`)",
                t.zh, t.en
            ),
        });
    }
}

fn sections(s: &Structure, topics: &topics::Topics) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::with_capacity(s.headings.len());
    let (mut chapter, mut section): (Option<String>, Option<String>) = (None, None);
    for (i, h) in s.headings.iter().enumerate() {
        let (id, parent) = match h.level {
            SectionLevel::Chapter => {
                let id = text::roman(h.ordinal);
                chapter = Some(id.clone());
                section = None;
                (id, None)
            }
            SectionLevel::Section => {
                let parent = chapter.clone();
                let id = format!("{}.{}", parent.as_deref().unwrap_or("0"), h.label);
                section = Some(id.clone());
                (id, parent)
            }
            SectionLevel::Subsection => {
                let parent = section.clone().or_else(|| chapter.clone());
                (format!("{}.{}", parent.as_deref().unwrap_or("0"), h.ordinal), parent)
            }
        };
        let title = h.title.text.clone();
        out.push(Section {
            id,
            level: h.level,
            label: h.label.clone(),
            articles: annotate::articles(&title).into_iter().map(|(a, _)| a).collect(),
            topics: topics.of_heading.get(i).cloned().unwrap_or_default(),
            title,
            parent,
            line: h.title.first_line(),
        });
    }
    out
}

/// The paragraph's text: the lead, then each item on its own line.
fn full_text(raw: &RawParagraph) -> Joined {
    let mut j = raw.lead.clone();
    for item in &raw.items {
        j.text.push('\n');
        let base = j.text.len() + item.label.len() + 1;
        j.text.push_str(&item.label);
        j.text.push(' ');
        j.text.push_str(&item.body.text);
        j.starts.extend(item.body.starts.iter().map(|&(o, l)| (base + o, l)));
    }
    j
}

fn paragraph(
    dict: &Dictionary,
    raw: &RawParagraph,
    sections: &[Section],
    topics: &topics::Topics,
    footnotes: &[u32],
    warnings: &mut Vec<Warning>,
    used: &mut BTreeSet<usize>,
) -> Paragraph {
    let joined = full_text(raw);
    let (text, mut spans) = annotate::strip_markers(&joined.text, footnotes);
    // Offsets moved by removed markers: map back approximately for lines.
    let line_of = |at: usize| joined.line_at(at);

    let section = raw.heading.and_then(|i| sections.get(i));
    let path: Vec<&Section> = {
        let mut v = Vec::new();
        let mut cur = section;
        while let Some(s) = cur {
            v.push(s);
            cur = s.parent.as_deref().and_then(|p| sections.iter().find(|x| x.id == p));
        }
        v
    };

    let mut articles: Vec<Citation> = Vec::new();
    let explicit = annotate::articles(&text);
    for (a, span) in &explicit {
        if !articles.iter().any(|c| c.cited() == *a) {
            articles.push(Citation::new(*a, false));
        }
        spans.push(span.clone());
    }
    for s in &path {
        for a in &s.articles {
            if !articles.iter().any(|c| c.cited() == *a) {
                articles.push(Citation::new(*a, true));
            }
        }
    }

    let matches = dict.mentions(&text);
    let mut mentions: Vec<String> = Vec::new();
    let mut states: Vec<String> = Vec::new();
    for m in &matches {
        used.insert(m.entity);
        let e = &dict.entities[m.entity];
        if !mentions.contains(&e.id) {
            mentions.push(e.id.clone());
        }
        if e.kind == SpeakerKind::State && !states.contains(&e.id) {
            states.push(e.id.clone());
        }
        spans.push(Span { start: m.start as u32, end: m.end as u32, kind: SpanKind::Entity { id: e.id.clone() } });
    }
    states.sort();
    let speakers = speakers::speakers(dict, &text, &matches, &line_of, warnings);
    unread(&text, &explicit, &speakers, &line_of, warnings);

    let mut documents = Vec::new();
    for (d, span) in annotate::documents(&text) {
        if !documents.contains(&d) {
            documents.push(d);
        }
        spans.push(span);
    }
    let mut xrefs = Vec::new();
    for (n, span) in annotate::xrefs(&text) {
        if !xrefs.contains(&n) {
            xrefs.push(n);
        }
        spans.push(span);
    }
    let mut footnote_refs: Vec<u32> = spans
        .iter()
        .filter_map(|s| match s.kind {
            SpanKind::Footnote { number } => Some(number),
            _ => None,
        })
        .collect();
    footnote_refs.dedup();
    spans.sort_by_key(|s| (s.start, s.end));

    let section_topics = path.iter().find(|s| !s.topics.is_empty()).map(|s| s.topics.clone()).unwrap_or_default();
    let explicit: Vec<Article> = explicit.iter().map(|(a, _)| *a).collect();
    let topics = topics.of_paragraph(&section_topics, &text, &explicit);

    let depth_order: Vec<ItemKind> = raw.items.iter().fold(Vec::new(), |mut v, i| {
        if !v.contains(&i.kind) {
            v.push(i.kind);
        }
        v
    });
    let items = raw
        .items
        .iter()
        .map(|i| Item {
            label: i.label.clone(),
            depth: depth_order.iter().position(|k| *k == i.kind).unwrap_or(0) as u8,
            text: annotate::strip_markers(&i.body.text, footnotes).0,
        })
        .collect();

    Paragraph {
        number: raw.number,
        section: section.map(|s| s.id.clone()).unwrap_or_default(),
        chapters: annotate::chapters(&text),
        resolutions: annotate::resolutions(&text),
        text,
        items,
        speakers,
        states,
        mentions,
        articles,
        documents,
        xrefs,
        footnotes: footnote_refs,
        topics,
        spans,
        lines: (joined.first_line(), joined.last_line()),
    }
}

fn check_references(paragraphs: &[Paragraph], apart: &[Apart], footnotes: &[Footnote], warnings: &mut Vec<Warning>) {
    let numbers: BTreeSet<u32> = paragraphs.iter().map(|p| p.number).collect();
    for p in paragraphs {
        for x in &p.xrefs {
            if !numbers.contains(x) {
                warnings.push(Warning {
                    line: p.lines.0,
                    kind: WarningKind::DanglingXref,
                    message: format!("paragraph {} refers to paragraph {x}, which does not exist", p.number),
                });
            }
        }
    }
    let numbers: Vec<u32> = footnotes.iter().map(|f| f.number).collect();
    // An apart text keeps its markers in its text (`…清单1`).
    let in_apart = apart.iter().flat_map(|a| {
        annotate::strip_markers(&format!("{}\n{}", a.title, a.text), &numbers).1.into_iter().filter_map(|s| {
            match s.kind {
                SpanKind::Footnote { number } => Some(number),
                _ => None,
            }
        })
    });
    let referenced: BTreeSet<u32> =
        paragraphs.iter().flat_map(|p| p.footnotes.iter().copied()).chain(in_apart).collect();
    for f in footnotes {
        if !referenced.contains(&f.number) {
            warnings.push(Warning {
                line: f.line,
                kind: WarningKind::MissingFootnote,
                message: format!("footnote {} is not referenced by any paragraph", f.number),
            });
        }
    }
}

/// Splits `A、B、C和D。` at the enumeration commas; the last item may hold
/// several names (`C和D`), read by [`Dictionary::split_list`].
fn list_items(list: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in list.split('、') {
        let trimmed = part.trim().trim_end_matches(['。', '；', '.']);
        let lead = part.len() - part.trim_start().len();
        if !trimmed.is_empty() {
            out.push((at + lead, trimmed));
        }
        at += part.len() + '、'.len_utf8();
    }
    out
}

fn attendance(
    dict: &Dictionary,
    s: &Structure,
    sections: &[Section],
    paragraphs: &[Paragraph],
    warnings: &mut Vec<Warning>,
    used: &mut BTreeSet<usize>,
) -> Attendance {
    let mut out = Attendance::default();
    let Some(section) = sections.iter().find(|s| s.topics.iter().any(|t| t == "attendance")) else {
        return out;
    };
    for (p, raw) in paragraphs.iter().zip(&s.paragraphs) {
        if p.section != section.id {
            continue;
        }
        let joined = full_text(raw);
        let text = &p.text;
        // States that are not parties to the Convention attend as observers.
        let not_parties = ["非《公约》缔约国", "非公约缔约国", "非缔约国", "尚未成为《公约》缔约国", "签署国"]
            .iter()
            .any(|t| text.contains(t));
        let category = if not_parties {
            "observer-state"
        } else if text.contains("缔约国") && !text.contains("区域经济一体化组织") {
            "state"
        } else if text.contains("区域经济一体化组织") {
            "regional-organization"
        } else if text.contains("秘书处单位")
            || text.contains("联合国") && text.contains("方案") && !text.contains("研究所")
        {
            "un-entity"
        } else if text.contains("研究所") {
            "institute"
        } else {
            "intergovernmental"
        };
        let mut found: Vec<(usize, usize)> = Vec::new(); // (entity, offset)
        if let Some(colon) = text.find('：') {
            let list_start = colon + '：'.len_utf8();
            for (off, name) in list_items(&text[list_start..]) {
                let at = list_start + off;
                match dict.split_list(name) {
                    Some(names) => found.extend(names.iter().map(|m| (m.entity, at + m.start))),
                    None => warnings.push(Warning {
                        line: joined.line_at(at),
                        kind: WarningKind::UnknownName,
                        message: format!("unknown name `{name}` in the list of paragraph {}", p.number),
                    }),
                }
            }
        } else {
            // One attendee: the last name before 派 (…派观察员出席).
            let cut = text.find('派').unwrap_or(text.len());
            if let Some(m) = dict.find_all(&text[..cut]).last() {
                found.push((m.entity, m.start));
            }
        }
        for (e, at) in found {
            used.insert(e);
            let ent = &dict.entities[e];
            let name = dict_name_at(text, at, &ent.zh, dict, e);
            match (category, ent.kind) {
                ("state", SpeakerKind::State) => {
                    out.states.push(AttendingState { name, iso3: ent.id.clone(), paragraph: p.number })
                }
                (_, SpeakerKind::RegionalOrganization) => out.regional_organizations.push(Attendee {
                    id: ent.id.clone(),
                    name,
                    category: "regional-organization".into(),
                    paragraph: p.number,
                }),
                ("observer-state", SpeakerKind::State) => out.observers.push(Attendee {
                    id: ent.id.clone(),
                    name,
                    category: category.into(),
                    paragraph: p.number,
                }),
                (_, SpeakerKind::State) => warnings.push(Warning {
                    line: joined.line_at(at),
                    kind: WarningKind::UnknownName,
                    message: format!("State `{name}` listed among the observers of paragraph {}", p.number),
                }),
                _ => out.observers.push(Attendee {
                    id: ent.id.clone(),
                    name,
                    category: category.into(),
                    paragraph: p.number,
                }),
            }
        }
    }
    out
}

/// The name as written at `at` (the dictionary form that matched there).
fn dict_name_at(text: &str, at: usize, fallback: &str, dict: &Dictionary, entity: usize) -> String {
    dict.find_all(&text[at..])
        .first()
        .filter(|m| m.start == 0 && m.entity == entity)
        .map(|m| text[at..at + m.end].to_string())
        .unwrap_or_else(|| fallback.to_string())
}

fn date(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

const VENUES: &[(&str, &str)] = &[
    ("维也纳", "Vienna"),
    ("纽约", "New York"),
    ("日内瓦", "Geneva"),
    ("多哈", "Doha"),
    ("巴拿马城", "Panama City"),
    ("圣彼得堡", "Saint Petersburg"),
    ("阿布扎比", "Abu Dhabi"),
    ("沙姆沙伊赫", "Sharm el-Sheikh"),
    ("马拉喀什", "Marrakech"),
];

/// A span of days the text names, and where it stands in the text.
struct DateRange {
    /// ISO 8601.
    first: String,
    last: String,
    /// Byte offsets of the words in the text.
    start: usize,
    end: usize,
}

impl DateRange {
    fn part(&self) -> Part {
        Part { first_day: self.first.clone(), last_day: self.last.clone() }
    }
}

/// The date ranges in `text` (`2018 年 6 月 4 日至 6 日`, `11 月 12 日至
/// 14 日`, a year carried from the range before).
fn ranges(text: &str) -> Vec<DateRange> {
    let mut year: Option<String> = None;
    let mut out = Vec::new();
    for c in meeting_patterns().range.captures_iter(text) {
        let Some(y) = c.get(1).map(|y| y.as_str().to_string()).or(year.clone()) else { continue };
        let Some(first) = date(&y, &c[2], &c[3]) else { continue };
        let y2 = c.get(4).map_or(y.clone(), |x| x.as_str().to_string());
        let m2 = c.get(5).map_or(&c[2], |x| x.as_str());
        let last = c.get(6).and_then(|d| date(&y2, m2, d.as_str())).unwrap_or_else(|| first.clone());
        year = Some(y2);
        let whole = c.get(0).expect("a match");
        out.push(DateRange { first, last, start: whole.start(), end: whole.end() });
    }
    out
}

/// The ranges joined by `和`, `及`, `、` that end where `在…举行` follows
/// (empty if the text names no venue so). In running text only `在…举行了`
/// (the meeting's own holding), not another meeting's `在…举行的`.
fn ranges_before_venue(text: &str, running_text: bool) -> Vec<DateRange> {
    let mut all = ranges(text);
    let held = |r: &DateRange| {
        let rest = &text[r.end..];
        meeting_patterns().venue.find(rest).is_some_and(|v| !running_text || rest[v.end()..].starts_with('了'))
    };
    let Some(end) = all.iter().rposition(held) else {
        return Vec::new();
    };
    let mut start = end;
    while start > 0 {
        let gap = text[all[start - 1].end..all[start].start].trim();
        if !matches!(gap, "和" | "及" | "以及" | "、" | "，" | ",") {
            break;
        }
        start -= 1;
    }
    all.truncate(end + 1);
    all.split_off(start)
}

/// A session's parts as its report's text gives them: the days of the
/// session (`第十届会议于 2019 年 5 月 27 日至 29 日…举行`) and of its
/// resumed part (`续会于 2019 年 9 月 2 日至 4 日举行`), when both are
/// named; otherwise none.
fn parts_in_text(paragraphs: &[Paragraph]) -> Vec<Part> {
    let (mut first, mut resumed): (Option<Part>, Option<Part>) = (None, None);
    for p in paragraphs {
        for r in ranges(&p.text) {
            let lead = p.text[..r.start].trim_end();
            if lead.ends_with("续会于") || lead.ends_with("续会") {
                resumed.get_or_insert(r.part());
            } else if lead.ends_with("届会议于") || lead.ends_with("第一部分于") {
                first.get_or_insert(r.part());
            }
        }
    }
    match (first, resumed) {
        (Some(f), Some(r)) => vec![f, r],
        _ => Vec::new(),
    }
}

fn meeting(
    dict: &Dictionary,
    title: &str,
    sections: &[Section],
    paragraphs: &[Paragraph],
    used: &mut BTreeSet<usize>,
) -> Meeting {
    let mut m = Meeting { body: entities::body_of(title), ..Meeting::default() };
    let pat = meeting_patterns();
    // `… 日和 11 月 12 日至 14 日在维也纳举行`: the days of each part, then
    // the venue.
    // A title that names no days: the first paragraph that says where and
    // when the meeting was held (`…于 2019 年 9 月 2 日至 4 日在维也纳举行了…`).
    let said = std::iter::once((title, false)).chain(paragraphs.iter().map(|p| (p.text.as_str(), true)));
    let (chain, source) = said
        .map(|(t, running)| (ranges_before_venue(t, running), t))
        .find(|(c, _)| !c.is_empty())
        .unwrap_or((Vec::new(), title));
    if let (Some(first), Some(last)) = (chain.first(), chain.last()) {
        m.first_day = Some(first.first.clone());
        m.last_day = Some(last.last.clone());
        let zh = pat.venue.captures(&source[last.end..]).map(|c| c[1].to_string()).unwrap_or_default();
        let en = VENUES.iter().find(|v| v.0 == zh).map(|v| v.1.to_string());
        m.venue = (!zh.is_empty()).then_some(Name { zh, en });
    }
    m.parts = if chain.len() > 1 { chain.iter().map(DateRange::part).collect() } else { parts_in_text(paragraphs) };
    let read = paragraphs
        .iter()
        .find_map(|p| pat.session.captures(&p.text))
        .or_else(|| pat.title_session.captures(title))
        .and_then(|c| Some((text::number(&c[1])?, &c[2] == "届")));
    if let Some((n, session)) = read {
        m.session = Some(n);
        let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
        m.sitting = match (session, squeezed.contains("续会")) {
            (true, true) => Sitting::ResumedSession,
            (true, false) => Sitting::Session,
            (false, _) => Sitting::Meeting,
        };
    }
    let year = m.first_day.as_deref().map(|d| d[..4].to_string()).unwrap_or_default();
    let day_in = |p: &Paragraph| {
        pat.day.captures(&p.text).and_then(|c| date(c.get(1).map_or(year.as_str(), |y| y.as_str()), &c[2], &c[3]))
    };
    m.agenda_adopted = paragraphs.iter().find(|p| topics::is_agenda(&p.text)).and_then(&day_in);
    let adoption = sections.iter().find(|s| s.topics.iter().any(|t| t == "report-adoption")).map(|s| s.id.clone());
    m.report_adopted = paragraphs
        .iter()
        .rev()
        .find(|p| Some(&p.section) == adoption.as_ref() || (p.text.contains("通过了") && p.text.contains("报告")))
        .and_then(&day_in);
    for p in paragraphs {
        for c in pat.officer.captures_iter(&p.text) {
            let state = dict.resolve_exact(&c[3]);
            if let Some(e) = state {
                used.insert(e);
            }
            m.officers.push(Officer {
                role: if c.get(1).is_some() { "vice-chair" } else { "chair" }.into(),
                name: c[2].to_string(),
                iso3: state.map(|e| dict.entities[e].id.clone()),
                paragraph: p.number,
            });
        }
    }
    m
}
