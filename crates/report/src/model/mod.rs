//! The parsed report: the project's public data model.
//!
//! Everything the explorer shows is read from a [`Report`]. The types
//! serialize to the JSON format documented in `docs/data-format.md`; field
//! names there are the serde names here. Offsets (`Span`) are UTF-8 byte
//! offsets into the paragraph's `text`.

use serde::{Deserialize, Serialize};

mod diagnostics;
pub use diagnostics::{Diagnostics, Removed, Warning, WarningKind};

/// A parsed meeting report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The report's title as printed on its first lines.
    pub title: String,
    /// Facts about the meeting read from the text.
    pub meeting: Meeting,
    /// The section tree in document order; `parent` links build the tree.
    pub sections: Vec<Section>,
    /// The numbered paragraphs in document order.
    pub paragraphs: Vec<Paragraph>,
    /// Footnotes with their text, in number order.
    pub footnotes: Vec<Footnote>,
    /// Who attended (the attendance section).
    pub attendance: Attendance,
    /// Every entity (State, group, organisation, chair, secretariat,
    /// unattributed speakers) referred to by `id` elsewhere in the model.
    pub entities: Vec<Entity>,
    /// The topics paragraphs are tagged with.
    pub topics: Vec<Topic>,
    /// Titles of every Convention article, for display.
    pub articles: Vec<ArticleInfo>,
    /// Text that is not a numbered paragraph: the resolutions and
    /// decisions the report reproduces and its annexes, in document order.
    #[serde(default)]
    pub apart: Vec<Apart>,
    /// What the parser removed or could not resolve.
    pub diagnostics: Diagnostics,
    /// Several reports' paragraphs in one list (`series::merge`): where
    /// each paragraph comes from, by its place in [`Report::paragraphs`].
    /// A paragraph keeps its own number there, so a list names a
    /// paragraph by its place (`usize`, as the index does) and a reader
    /// by its report and number ([`Report::anchor`]). Empty for a report
    /// as parsed (not part of the JSON format).
    #[serde(skip)]
    pub origins: Vec<Origin>,
}

/// Where a paragraph of several reports' list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The report's id.
    pub report: String,
    /// The meeting, for the card's heading (`8th meeting · 2017`).
    pub meeting: Name,
}

/// Session, venue and dates of the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// The body that met, named by the report's title.
    pub body: Option<Body>,
    /// Ordinal of the meeting (8 for the eighth meeting).
    pub session: Option<u32>,
    /// What the report calls it: a meeting (`第八次会议`), a session
    /// (`第十届会议`) or a resumed session (`第十届会议续会`).
    #[serde(default)]
    pub sitting: Sitting,
    /// The parts of a session held at different times, in order: the
    /// session, then its resumed parts; empty when the report names one
    /// span of days (`first_day`..`last_day`).
    #[serde(default)]
    pub parts: Vec<Part>,
    /// Venue as written (维也纳) with its English name where known.
    pub venue: Option<Name>,
    /// First and last day, ISO 8601 dates (`2017-08-21`).
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// The day the agenda was adopted.
    pub agenda_adopted: Option<String>,
    /// The day the report was adopted.
    pub report_adopted: Option<String>,
    /// The officers who presided (chair, vice-chair).
    pub officers: Vec<Officer>,
    /// The document symbol (`CAC/COSP/WG.4/2017/4`), where the masthead or
    /// the running header gives it; never guessed.
    pub symbol: Option<String>,
    /// The distribution date the masthead gives, ISO 8601.
    pub distributed: Option<String>,
    /// The language the masthead says the report was written in
    /// (`English`).
    pub original_language: Option<String>,
}

/// What a report calls the gathering it numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sitting {
    /// `第八次会议`: the eighth meeting.
    #[default]
    Meeting,
    /// `第十届会议`: the tenth session.
    Session,
    /// `第十届会议续会`: the resumed tenth session.
    ResumedSession,
}

/// One part of a session held at different times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// ISO 8601 dates.
    pub first_day: String,
    pub last_day: String,
}

/// A UNCAC body (working group, review group, conference).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    /// Stable id: `wg-prevention`, `irg`, `cosp`.
    pub id: String,
    /// Full names as the UN writes them.
    pub zh: String,
    pub en: String,
    /// Short names for page titles.
    pub short_zh: String,
    pub short_en: String,
}

/// A name in Chinese with its English form where known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    pub zh: String,
    pub en: Option<String>,
}

/// A presiding officer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Officer {
    /// `chair` or `vice-chair`.
    pub role: String,
    /// The person's name as written.
    pub name: String,
    /// The officer's State.
    pub iso3: Option<String>,
    /// The paragraph that names them.
    pub paragraph: u32,
}

/// The level of a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionLevel {
    /// 一. 二. … (chapters)
    Chapter,
    /// A. B. …
    Section,
    /// ㈠ ㈡ …
    Subsection,
}

/// A heading of the report and the part it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable id: `I`, `III.A`, `IV.A.1`.
    pub id: String,
    pub level: SectionLevel,
    /// The label as printed: `一`, `A`, `㈠`.
    pub label: String,
    /// The full title, joined across lines.
    pub title: String,
    /// The enclosing section's id.
    pub parent: Option<String>,
    /// Convention articles cited in the title.
    pub articles: Vec<Article>,
    /// Topics this section is about.
    pub topics: Vec<String>,
    /// 1-based line of the heading in the source.
    pub line: u32,
}

/// A Convention article citation: `第十三条第一款第㈢项` is 13(1)(c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Article {
    /// Article number, 1..=71.
    pub article: u8,
    /// Paragraph (款), if cited.
    pub paragraph: Option<u8>,
    /// Subparagraph (项) as a letter, if cited.
    pub subparagraph: Option<char>,
}

impl std::fmt::Display for Article {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.article)?;
        if let Some(p) = self.paragraph {
            write!(f, "({p})")?;
        }
        if let Some(s) = self.subparagraph {
            write!(f, "({s})")?;
        }
        Ok(())
    }
}

/// A citation of an article by a paragraph, explicit or inherited from
/// the heading above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Article number, 1..=71.
    pub article: u8,
    /// Paragraph (款), if cited.
    pub paragraph: Option<u8>,
    /// Subparagraph (项) as a letter, if cited.
    pub subparagraph: Option<char>,
    /// True when the citation comes from a heading, not the paragraph.
    pub inherited: bool,
}

impl Citation {
    /// A citation of `article`, explicit or inherited.
    pub fn new(article: Article, inherited: bool) -> Self {
        Citation {
            article: article.article,
            paragraph: article.paragraph,
            subparagraph: article.subparagraph,
            inherited,
        }
    }

    /// The cited article with its paragraph and subparagraph.
    pub fn cited(&self) -> Article {
        Article { article: self.article, paragraph: self.paragraph, subparagraph: self.subparagraph }
    }
}

/// A numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Its number as its report prints it (also in a list of several
    /// reports, where numbers repeat: see [`Report::origins`]).
    pub number: u32,
    /// The innermost section's id.
    pub section: String,
    /// The text, joined exactly. Sub-items start on their own line
    /// (`\n`), each with its label (`(a) …`).
    pub text: String,
    /// The sub-items `(a)`, `1.`, `㈠` with their text.
    pub items: Vec<Item>,
    /// Who speaks in this paragraph.
    pub speakers: Vec<Speaker>,
    /// ISO3 of every State named or speaking in it.
    pub states: Vec<String>,
    /// Every entity named in it (States, groups, organisations), by id.
    pub mentions: Vec<String>,
    /// Article citations, explicit then inherited.
    pub articles: Vec<Citation>,
    /// Chapters of the Convention referred to (`《公约》第二章` → 2).
    pub chapters: Vec<u8>,
    /// Resolution symbols (`6/6`).
    pub resolutions: Vec<String>,
    /// UN document symbols (`CAC/COSP/WG.4/2017/3`).
    pub documents: Vec<String>,
    /// Paragraphs of its own report referred to (`第 90 段`), by number.
    pub xrefs: Vec<u32>,
    /// Footnote numbers referenced.
    pub footnotes: Vec<u32>,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Marked ranges of `text` (entities, citations, links, footnotes).
    pub spans: Vec<Span>,
    /// 1-based source lines the paragraph starts and ends on.
    pub lines: (u32, u32),
}

/// A sub-item of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The label as printed: `(a)`, `1.`, `㈠`.
    pub label: String,
    /// Nesting depth, 0 for the outermost list.
    pub depth: u8,
    pub text: String,
}

/// What a marked range of text is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpanKind {
    /// A footnote marker, placed at `start` (`start == end`: the marker
    /// itself is not part of the text).
    Footnote { number: u32 },
    /// A cross-reference to another paragraph of its report, by number.
    Xref { number: u32 },
    /// A UN document symbol.
    Document { symbol: String },
    /// A web address written in the text (`www.unodc.org/…`); `url` is
    /// the address to open (with a scheme).
    Web { url: String },
    /// An article citation.
    Article { article: Article },
    /// A named entity (State, group, organisation).
    Entity { id: String },
}

/// A marked range of a paragraph's text (UTF-8 byte offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub kind: SpanKind,
}

/// Kinds of speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    State,
    RegionalOrganization,
    Group,
    Organization,
    Chair,
    Secretariat,
    /// 一名发言者, 许多发言者…: never attributed to a State.
    Unattributed,
}

/// The speakers that are roles rather than States or organisations: the
/// Chair, the Secretariat and speakers the report does not name. Their
/// entity ids are these words in lower case; every other id is upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Special {
    Chair,
    Secretariat,
    /// 一名发言者, 许多发言者…
    Unattributed,
}

impl Special {
    /// In the order reports list them after the other entities.
    pub const ALL: [Special; 3] = [Special::Chair, Special::Secretariat, Special::Unattributed];

    /// The entity id (`chair`, `secretariat`, `unattributed`).
    pub const fn id(self) -> &'static str {
        match self {
            Special::Chair => "chair",
            Special::Secretariat => "secretariat",
            Special::Unattributed => "unattributed",
        }
    }

    /// The special speaker with this id, in any case.
    pub fn of(id: &str) -> Option<Special> {
        Special::ALL.into_iter().find(|s| s.id().eq_ignore_ascii_case(id))
    }

    pub const fn kind(self) -> SpeakerKind {
        match self {
            Special::Chair => SpeakerKind::Chair,
            Special::Secretariat => SpeakerKind::Secretariat,
            Special::Unattributed => SpeakerKind::Unattributed,
        }
    }
}

/// Whether entity `id` has a page of its own (a State, a group, an
/// organisation): the Chair, the Secretariat and unnamed speakers do not,
/// since attendance and "only named" mean nothing for them.
pub fn has_page(id: &str) -> bool {
    Special::of(id).is_none()
}

/// The capacity someone speaks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// 某国代表, 某组织代表.
    Representative,
    /// 讨论小组成员 from a State.
    Panelist,
    /// A group spoken for by one of its members.
    OnBehalfOf,
    Chair,
    Secretariat,
    Unattributed,
}

/// Someone who speaks in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The entity id (ISO3 for States, `EU`, `GROUP:AFR`, `ORG:IACA`,
    /// `chair`, `secretariat`, `unattributed`).
    pub id: String,
    /// The name as written in the paragraph.
    pub name: String,
    /// ISO3 for a State, otherwise null.
    pub iso3: Option<String>,
    pub kind: SpeakerKind,
    pub role: Role,
    /// For a State speaking for a group: the group's id. For a group: the
    /// id of the State that spoke for it.
    pub on_behalf_of: Option<String>,
}

/// A footnote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    pub number: u32,
    /// The footnote as written.
    pub text: String,
    /// Web addresses and document symbols in `text`, the only parts that
    /// link anywhere.
    pub spans: Vec<Span>,
    /// 1-based source line.
    pub line: u32,
}

/// Text kept apart from the numbered paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Apart {
    pub kind: ApartKind,
    /// As printed: `第 8/1 号决议`, `附件`, `附件二`.
    pub label: String,
    /// The resolution's, decision's or annex's title.
    pub title: String,
    /// The text, one line per paragraph, table row or list entry.
    pub text: String,
    /// The number of the paragraph it follows (0 before the first).
    pub after: u32,
    /// First and last source line (1-based).
    pub lines: (u32, u32),
}

/// What a text kept apart is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApartKind {
    /// A resolution the body adopted, reproduced in the report.
    Resolution,
    /// A decision the body adopted, reproduced in the report.
    Decision,
    /// An annex (`附件`): lists of documents, participants, statements.
    Annex,
}

/// Who attended the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    /// States Parties represented, in the report's order.
    pub states: Vec<AttendingState>,
    /// Regional economic integration organisations (the European Union).
    pub regional_organizations: Vec<Attendee>,
    /// UN entities, institutes and intergovernmental organisations.
    pub observers: Vec<Attendee>,
}

/// A State listed as attending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendingState {
    /// As written in the list.
    pub name: String,
    pub iso3: String,
    /// The number of the paragraph that lists it (in a list of several
    /// reports, of the newest report that does).
    pub paragraph: u32,
}

/// A non-State attendee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    pub id: String,
    pub name: String,
    /// `un-entity`, `institute`, `intergovernmental`, `regional-organization`,
    /// or `observer-state` (a State not party to the Convention).
    pub category: String,
    /// As [`AttendingState::paragraph`].
    pub paragraph: u32,
}

/// An entity referred to by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub kind: SpeakerKind,
    pub zh: String,
    pub en: String,
    /// UN regional group of a State (`AFR`, `APG`, `EEG`, `GRULAC`, `WEOG`).
    pub group: Option<String>,
    /// ISO 3166-1 numeric code of a State (for the map).
    pub m49: Option<u16>,
}

/// A topic of the meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable id: `education`, `criminal-justice`, …
    pub id: String,
    pub zh: String,
    pub en: String,
    /// True for the procedural items (opening, agenda, attendance, …).
    pub procedural: bool,
}

/// An article of the Convention, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub article: u8,
    /// Roman chapter number (`II`).
    pub chapter: String,
    pub en: String,
    pub zh: String,
}

impl Report {
    /// Where the paragraph at place `at` of [`Report::paragraphs`] comes
    /// from, in a list of several reports; `None` in a report as parsed.
    pub fn origin(&self, at: usize) -> Option<&Origin> {
        self.origins.get(at)
    }

    /// The number the report prints for the paragraph at place `at` (its
    /// own report's, in a list of several); 0, which no paragraph has, for
    /// a place the list does not have.
    pub fn number_at(&self, at: usize) -> u32 {
        self.paragraphs.get(at).map_or(0, |p| p.number)
    }

    /// The DOM id of the card of the paragraph at place `at`: `p39`, or in
    /// a list of several reports `<report id>-p39` (its own number is
    /// always the one its report prints). Empty for a place the list does
    /// not have.
    pub fn anchor(&self, at: usize) -> String {
        match (self.paragraphs.get(at), self.origin(at)) {
            (Some(p), Some(o)) => format!("{}-p{}", o.report, p.number),
            (Some(p), None) => format!("p{}", p.number),
            (None, _) => String::new(),
        }
    }

    /// The place of the paragraph a card's DOM id names ([`Report::anchor`]).
    pub fn by_anchor(&self, anchor: &str) -> Option<usize> {
        if self.origins.is_empty() {
            let n: u32 = anchor.strip_prefix('p')?.parse().ok()?;
            return self.paragraphs.iter().position(|p| p.number == n);
        }
        let (report, n) = anchor.rsplit_once("-p")?;
        self.place_in_list(report, n.parse().ok()?)
    }

    /// The place of paragraph `number` of report `report` in a list of
    /// several reports (`None` if the list does not hold it, or this is a
    /// report as parsed).
    pub fn place_in_list(&self, report: &str, number: u32) -> Option<usize> {
        self.paragraphs.iter().zip(&self.origins).position(|(p, o)| p.number == number && o.report == report)
    }

    /// The paragraph with this number in a report as parsed; `None` in a
    /// list of several reports, where numbers repeat (it names a paragraph
    /// by place, or by [`Report::by_anchor`]).
    pub fn paragraph(&self, number: u32) -> Option<&Paragraph> {
        if !self.origins.is_empty() {
            return None;
        }
        self.paragraphs.iter().find(|p| p.number == number)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// Display information of an article.
    pub fn article_info(&self, article: u8) -> Option<&ArticleInfo> {
        self.articles.iter().find(|a| a.article == article)
    }

    /// The chain of sections from the chapter down to `id`.
    pub fn section_path(&self, id: &str) -> Vec<&Section> {
        let mut path = Vec::new();
        let mut cur = self.section(id);
        while let Some(s) = cur {
            path.push(s);
            cur = s.parent.as_deref().and_then(|p| self.section(p));
        }
        path.reverse();
        path
    }
}
