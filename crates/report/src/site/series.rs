//! A series of reports in one site: the catalog of the reports it holds
//! (carried by the first load), what a page shows (`?report=ID`, `report`
//! repeated or `all`: several reports made into one list by [`merge`]),
//! and, at build time, a folder of report files read into one series.
//!
//! A report's id is its file name without `.zh.txt`
//! (`wg-prevention-2017-08`); the newest report (by its first meeting day)
//! is the one a page shows when its address names none.

use crate::model::{Body, Meeting, Name, Origin, Report, Sitting};
use crate::page::i18n::Lang;
use crate::page::meeting;
use crate::page::segments::Link;
use crate::site::params::{Notice, REPORT_PARAM};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the catalog says about one report: enough to list it and to choose
/// it without loading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportInfo {
    pub id: String,
    pub body: Option<Body>,
    pub session: Option<u32>,
    pub sitting: Sitting,
    pub venue: Option<Name>,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// How many numbered paragraphs it has.
    pub paragraphs: u32,
}

impl ReportInfo {
    pub fn of(id: &str, report: &Report) -> Self {
        let m = &report.meeting;
        ReportInfo {
            id: id.to_string(),
            body: m.body.clone(),
            session: m.session,
            sitting: m.sitting,
            venue: m.venue.clone(),
            first_day: m.first_day.clone(),
            last_day: m.last_day.clone(),
            paragraphs: u32::try_from(report.paragraphs.len()).unwrap_or(u32::MAX),
        }
    }

    /// The meeting as far as the catalog knows it.
    pub fn meeting(&self) -> Meeting {
        Meeting {
            body: self.body.clone(),
            session: self.session,
            sitting: self.sitting,
            venue: self.venue.clone(),
            first_day: self.first_day.clone(),
            last_day: self.last_day.clone(),
            ..Meeting::default()
        }
    }

    /// How a chooser names the report: body, meeting, year and venue
    /// (`WG on Prevention · 8th meeting · 2017 · Vienna`), or its id when
    /// the report says none of these.
    pub fn label(&self, lang: Lang) -> String {
        let m = self.meeting();
        let body = self.body.as_ref().map(|b| if lang == Lang::Zh { b.short_zh.clone() } else { b.short_en.clone() });
        let parts: Vec<String> =
            [body, meeting::session(&m, lang), self.year().map(str::to_string), meeting::venue(&m, lang)]
                .into_iter()
                .flatten()
                .collect();
        if parts.is_empty() {
            self.id.clone()
        } else {
            parts.join(" · ")
        }
    }

    /// A short name for a column: meeting and year (`8th meeting · 2017`),
    /// or [`ReportInfo::label`] when the report gives no meeting number.
    pub fn short_label(&self, lang: Lang) -> String {
        match (meeting::session(&self.meeting(), lang), self.year()) {
            (Some(s), Some(y)) => format!("{s} · {y}"),
            _ => self.label(lang),
        }
    }

    /// The year of the first meeting day.
    pub fn year(&self) -> Option<&str> {
        self.first_day.as_deref().and_then(|d| d.get(..4))
    }

    /// The file beside index.html that holds this report as the page
    /// decodes it (postcard bytes of the model).
    pub fn data_file(&self) -> String {
        data_file(&self.id)
    }

    /// The file beside index.html that holds this report's JSON (what
    /// `report parse` prints).
    pub fn json_file(&self) -> String {
        json_file(&self.id)
    }

    /// The file that holds this report's model without its paragraph texts
    /// (a list of several reports fetches these first).
    pub fn outline_file(&self) -> String {
        outline_file(&self.id)
    }

    /// The file that holds this report's paragraph texts, in order.
    pub fn texts_file(&self) -> String {
        texts_file(&self.id)
    }
}

/// The address of report `id`'s default view, relative to the page
/// (`?report=ID`, with the interface language if one is given).
pub fn address(id: &str, lang: Option<Lang>) -> String {
    crate::site::params::PageState { report: vec![id.to_string()], lang, ..Default::default() }.to_query()
}

/// The address of report `id`'s paragraphs with one filter value
/// (`?report=ID&speaker=CHN&lang=en`).
pub fn filtered_address(id: &str, lang: Option<Lang>, facet: crate::query::Facet, value: &str) -> String {
    let mut page = crate::site::params::PageState { report: vec![id.to_string()], lang, ..Default::default() };
    page.filter.toggle(facet, value);
    page.to_query()
}

/// The compact file of report `id`.
pub fn data_file(id: &str) -> String {
    format!("{id}.bin")
}

/// The JSON file of report `id`.
pub fn json_file(id: &str) -> String {
    format!("{id}.json")
}

/// The outline of report `id`: its compact file without the paragraph
/// texts ([`crate::page::page_text::take_all`]), written for a site of
/// several reports.
pub fn outline_file(id: &str) -> String {
    format!("{id}.outline.bin")
}

/// The paragraph texts of report `id` that its outline leaves out.
pub fn texts_file(id: &str) -> String {
    format!("{id}.texts.bin")
}

/// Every report of the site, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub reports: Vec<ReportInfo>,
}

impl Catalog {
    /// A catalog of these reports, newest first: by first meeting day, then
    /// by id; reports with no known day come last.
    pub fn new(mut reports: Vec<ReportInfo>) -> Self {
        reports.sort_by(|a, b| {
            (b.first_day.is_some(), &b.first_day).cmp(&(a.first_day.is_some(), &a.first_day)).then(a.id.cmp(&b.id))
        });
        Catalog { reports }
    }

    /// The report a page shows when its address names none.
    pub fn newest(&self) -> Option<&ReportInfo> {
        self.reports.first()
    }

    pub fn get(&self, id: &str) -> Option<&ReportInfo> {
        self.reports.iter().find(|r| r.id == id)
    }

    /// The reports a query string asks for: `report=ID` one report,
    /// `report` repeated several, `report=all` every one (several are
    /// shown newest first in one list); with a notice for every value that
    /// names no report of the site. Without a usable value: the newest.
    pub fn choose(&self, query: &str) -> (Option<Choice<'_>>, Vec<Notice>) {
        let mut chosen: Vec<&ReportInfo> = Vec::new();
        let mut all = false;
        let mut notices = Vec::new();
        for (_, v) in crate::site::params::pairs(query).filter(|(k, _)| k == REPORT_PARAM) {
            let v = v.trim();
            match self.get(v) {
                _ if v == ALL => all = true,
                Some(r) if !chosen.iter().any(|c| c.id == r.id) => chosen.push(r),
                Some(_) => {}
                None => notices
                    .push(Notice::UnknownValue { param: REPORT_PARAM.into(), value: v.chars().take(64).collect() }),
            }
        }
        notices.dedup();
        if all {
            chosen = self.reports.iter().collect();
        }
        let choice = match chosen.len() {
            0 => self.newest().map(Choice::One),
            1 => Some(Choice::One(chosen[0])),
            _ => Some(Choice::Several(self.reports.iter().filter(|r| chosen.iter().any(|c| c.id == r.id)).collect())),
        };
        (choice, notices)
    }
}

/// The value of `report` that shows every report in one list.
pub const ALL: &str = "all";

/// What an address shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice<'a> {
    One(&'a ReportInfo),
    /// Several reports' paragraphs in one list, newest first.
    Several(Vec<&'a ReportInfo>),
}

/// Several reports as one (`?report=all`): every paragraph, newest report
/// first, each with its [`Origin`]; a top section per report (its meeting)
/// holding its own sections (ids `<report id>/<section id>`), so the list
/// groups by report; each paragraph with its own number (its place in the
/// list names it: [`Report::anchor`]); entities,
/// topics and attending States of all of them (a topic names the years of
/// the meetings it belongs to). Footnotes stay with their own reports.
pub fn merge(reports: &[(&ReportInfo, &Report)]) -> Report {
    let mut out = Report {
        title: format!(
            "{}（{}）",
            crate::page::i18n::ALL_MEETINGS.zh,
            reports.iter().map(|(i, _)| i.short_label(Lang::Zh)).collect::<Vec<_>>().join("；")
        ),
        meeting: Meeting::default(),
        sections: Vec::new(),
        paragraphs: Vec::new(),
        footnotes: Vec::new(),
        attendance: Default::default(),
        entities: Vec::new(),
        topics: Vec::new(),
        articles: reports.first().map(|(_, r)| r.articles.clone()).unwrap_or_default(),
        apart: Vec::new(),
        diagnostics: Default::default(),
        origins: Vec::new(),
    };
    let mut years: Vec<(String, Vec<String>)> = Vec::new();
    for (info, r) in reports {
        let id = &info.id;
        let meeting = Name { zh: info.short_label(Lang::Zh), en: Some(info.short_label(Lang::En)) };
        out.sections.push(crate::model::Section {
            id: id.clone(),
            level: crate::model::SectionLevel::Chapter,
            label: String::new(),
            title: info.label(Lang::Zh),
            parent: None,
            articles: Vec::new(),
            topics: Vec::new(),
            line: 0,
        });
        out.sections.extend(r.sections.iter().map(|s| crate::model::Section {
            id: format!("{id}/{}", s.id),
            parent: Some(s.parent.as_ref().map_or_else(|| id.clone(), |p| format!("{id}/{p}"))),
            ..s.clone()
        }));
        // Each paragraph keeps its number, its cross-references and its
        // footnote markers (its own report's); its place says which it is.
        for p in &r.paragraphs {
            out.paragraphs.push(crate::model::Paragraph { section: format!("{id}/{}", p.section), ..p.clone() });
            out.origins.push(Origin { report: id.clone(), meeting: meeting.clone() });
        }
        for e in &r.entities {
            if out.entity(&e.id).is_none() {
                out.entities.push(e.clone());
            }
        }
        // Who attended any of the meetings, with the paragraph that lists
        // it in the newest.
        for s in &r.attendance.states {
            if !out.attendance.states.iter().any(|a| a.iso3 == s.iso3) {
                out.attendance.states.push(s.clone());
            }
        }
        for o in r.attendance.regional_organizations.iter().chain(&r.attendance.observers) {
            if !out.attendance.observers.iter().any(|a| a.id == o.id) {
                out.attendance.observers.push(o.clone());
            }
        }
        let year = info.year().unwrap_or(&info.id).to_string();
        for t in &r.topics {
            match years.iter_mut().find(|(id, _)| *id == t.id) {
                Some((_, ys)) => ys.push(year.clone()),
                None => {
                    years.push((t.id.clone(), vec![year.clone()]));
                    out.topics.push(t.clone());
                }
            }
        }
    }
    for t in &mut out.topics {
        if let Some((_, ys)) = years.iter().find(|(id, _)| *id == t.id) {
            // (Gathered newest first.)
            let ys: Vec<&String> = ys.iter().rev().collect();
            let join = |sep: &str| ys.iter().map(|y| y.as_str()).collect::<Vec<_>>().join(sep);
            t.zh = format!("{}（{}）", t.zh, join("、"));
            t.en = format!("{} ({})", t.en, join(", "));
        }
    }
    out
}

/// A report's id from its file's name: the name without `.zh.txt` (or
/// without its extension), if that is a usable id: ASCII letters, digits,
/// `-`, `_` and `.`, not starting with `.`.
pub fn id_of(file_name: &str) -> Option<String> {
    let id = file_name
        .strip_suffix(".zh.txt")
        .or_else(|| file_name.strip_suffix(".zh.pdf"))
        .or_else(|| file_name.rsplit_once('.').map(|(stem, _)| stem))
        .unwrap_or(file_name);
    let ok = !id.is_empty()
        && !id.starts_with('.')
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    ok.then(|| id.to_string())
}

/// Why a series could not be read.
#[derive(Debug)]
pub enum SeriesError {
    /// A folder or file that could not be read.
    Io { path: String, error: std::io::Error },
    /// A folder with no `*.zh.txt` file.
    NoReports { dir: String },
    /// A file whose name makes no usable id.
    BadId { path: String },
    /// A report that could not be parsed.
    #[cfg(feature = "parse")]
    Parse(crate::parse::error::FileError),
    /// Two files that report the same meeting.
    SameMeeting { first: String, second: String, meeting: String },
}

impl fmt::Display for SeriesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeriesError::Io { path, error } => write!(f, "{path}: cannot read: {error}"),
            SeriesError::NoReports { dir } => write!(f, "{dir}: no report files (*.zh.txt) in this folder"),
            SeriesError::BadId { path } => write!(
                f,
                "{path}: the file name makes no report id (use letters, digits and '-', as in wg-prevention-2017-08.zh.txt)"
            ),
            #[cfg(feature = "parse")]
            SeriesError::Parse(e) => write!(f, "{e}"),
            SeriesError::SameMeeting { first, second, meeting } => {
                write!(f, "{first} and {second} both report {meeting}; keep one")
            }
        }
    }
}

impl std::error::Error for SeriesError {}

/// A report read from its file.
#[cfg(feature = "parse")]
#[derive(Debug, Clone)]
pub struct Loaded {
    pub id: String,
    pub path: String,
    pub report: Report,
}

/// What makes two reports the same meeting: the body and its session
/// number, or the body and the first day when the number is not known.
#[cfg(feature = "parse")]
fn meeting_key(r: &Report) -> Option<String> {
    let m = &r.meeting;
    let body = m.body.as_ref().map_or("?", |b| b.id.as_str());
    // A session and its resumed part are two reports.
    let resumed = if m.sitting == Sitting::ResumedSession { " (resumed)" } else { "" };
    match (m.session, &m.first_day) {
        (Some(n), _) => Some(format!("{body} meeting {n}{resumed}")),
        (None, Some(d)) => Some(format!("{body} meeting of {d}")),
        (None, None) => None,
    }
}

/// Where a paragraph's link goes from the paragraph at place `at` of `report`:
/// as [`Link::href`], but in a list of several reports a cross-reference
/// goes to its card there (`#<report id>-p90`) and a footnote marker to
/// the footnote on its own report's page (`?report=<id>#fn1`).
pub fn link_href(link: &Link, report: &Report, at: usize) -> String {
    match (link, report.origin(at)) {
        (Link::Paragraph(n), Some(o)) => format!("#{}-p{n}", o.report),
        (Link::Footnote(n), Some(o)) => format!("{}#fn{n}", address(&o.report, None)),
        _ => link.href(),
    }
}

/// The folder a site is built from when the build names no reports.
pub const DEFAULT_REPORTS: &str = "data/reports";

/// The reports a build reads: what `REPORT_FILE` names (a report file or a
/// folder of them), else [`DEFAULT_REPORTS`] (`build.rs` reads them).
pub fn reports_path(report_file: Option<&str>) -> &str {
    match report_file.map(str::trim) {
        Some(f) if !f.is_empty() => f,
        _ => DEFAULT_REPORTS,
    }
}

/// Reads a report file, or every `*.zh.txt` and `*.zh.pdf` file of a
/// folder (a report given both ways read from its PDF), newest first.
/// Fails on the first file that cannot be read or parsed, and on two files
/// of the same meeting, naming them.
#[cfg(feature = "parse")]
pub fn load(path: &std::path::Path) -> Result<Vec<Loaded>, SeriesError> {
    let shown = |p: &std::path::Path| p.display().to_string();
    let io = |p: &std::path::Path| {
        let path = shown(p);
        move |error| SeriesError::Io { path, error }
    };
    let files: Vec<std::path::PathBuf> = if std::fs::metadata(path).map_err(io(path))?.is_dir() {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(path).map_err(io(path))? {
            let p = entry.map_err(io(path))?.path();
            if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".zh.txt") || n.ends_with(".zh.pdf"))
            {
                files.push(p);
            }
        }
        files.sort();
        // A report given both ways is read from its PDF.
        let has_pdf = |txt: &std::path::Path| txt.with_extension("pdf").exists();
        files.retain(|f| f.extension().is_some_and(|e| e == "pdf") || !has_pdf(f));
        if files.is_empty() {
            return Err(SeriesError::NoReports { dir: shown(path) });
        }
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut loaded: Vec<Loaded> = Vec::new();
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let id = id_of(name).ok_or_else(|| SeriesError::BadId { path: shown(&file) })?;
        let report = crate::parse::parse_file(&shown(&file)).map_err(SeriesError::Parse)?;
        if let Some(key) = meeting_key(&report) {
            if let Some(other) = loaded.iter().find(|l| meeting_key(&l.report).as_ref() == Some(&key)) {
                return Err(SeriesError::SameMeeting { first: other.path.clone(), second: shown(&file), meeting: key });
            }
        }
        loaded.push(Loaded { id, path: shown(&file), report });
    }
    let order = Catalog::new(loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect());
    loaded.sort_by_key(|l| order.reports.iter().position(|r| r.id == l.id));
    Ok(loaded)
}
