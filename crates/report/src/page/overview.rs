//! What the overview draws, computed from the model and its index: the
//! paragraphs per topic and per article (bar charts), the speaker × topic
//! matrix, and where each State stands on the world map.

use crate::model::{Report, SpeakerKind, Special};
use crate::query::{Bits, Facet, Filter, Index};

/// One bar of a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// The facet value (topic id, article number).
    pub value: String,
    /// Paragraphs carrying it in the whole report.
    pub count: usize,
    /// Length relative to the longest bar, in tenths of a percent
    /// (0–1000): integers, so the page formats no floats.
    pub permille: u32,
}

impl Bar {
    /// The length as a CSS percentage (`"57.1%"`).
    pub fn width(&self) -> String {
        format!("{}.{}%", self.permille / 10, self.permille % 10)
    }
}

/// Paragraphs per value of `facet` over the whole report, in the facet's
/// display order.
pub fn bars(index: &Index, facet: Facet) -> Vec<Bar> {
    let all = Bits::full(index.len());
    let counts: Vec<(String, usize)> =
        index.values(facet).iter().map(|v| (v.clone(), index.count_within(facet, v, &all))).collect();
    let max = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    counts
        .into_iter()
        .map(|(value, count)| Bar { value, count, permille: (count as u64 * 1000 / max as u64) as u32 })
        .collect()
}

/// How many paragraphs each speaker has under each topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// Column heads: topic ids in display order.
    pub topics: Vec<String>,
    /// One row per speaker who can be compared (not the unnamed ones).
    pub rows: Vec<MatrixRow>,
}

/// A speaker's row of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow {
    pub speaker: String,
    /// Paragraphs per topic, in the order of [`Matrix::topics`].
    pub cells: Vec<usize>,
}

impl Matrix {
    /// The filter a cell stands for: this speaker and this topic.
    pub fn filter(&self, row: usize, column: usize) -> Filter {
        let mut f = Filter::default();
        if let (Some(r), Some(t)) = (self.rows.get(row), self.topics.get(column)) {
            f.toggle(Facet::Speaker, &r.speaker);
            f.toggle(Facet::Topic, t);
        }
        f
    }
}

/// The speaker × topic matrix of the whole report. Unattributed speakers
/// are left out: they are many different people.
pub fn matrix(index: &Index) -> Matrix {
    let topics = index.values(Facet::Topic).to_vec();
    let rows = index
        .values(Facet::Speaker)
        .iter()
        .filter(|id| Special::of(id) != Some(Special::Unattributed))
        .map(|sp| {
            let spoke = Bits::from_positions(index.len(), index.postings(Facet::Speaker, sp));
            let cells = topics.iter().map(|t| index.count_within(Facet::Topic, t, &spoke)).collect();
            MatrixRow { speaker: sp.clone(), cells }
        })
        .collect();
    Matrix { topics, rows }
}

/// What the report says of a State, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StateStatus {
    /// It spoke in at least one paragraph.
    Spoke,
    /// It is in the attendance list and never spoke.
    Attended,
    /// Neither: a paragraph only names it.
    Named,
}

impl StateStatus {
    /// The facet that finds its paragraphs: where it spoke, else where it
    /// is named.
    pub fn facet(self) -> Facet {
        match self {
            StateStatus::Spoke => Facet::Speaker,
            StateStatus::Attended | StateStatus::Named => Facet::Mention,
        }
    }

    /// A class name for drawing (`spoke`, `attended`, `named`).
    pub fn class(self) -> &'static str {
        match self {
            StateStatus::Spoke => "spoke",
            StateStatus::Attended => "attended",
            StateStatus::Named => "named",
        }
    }
}

/// A State the report knows, for the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapState {
    pub iso3: String,
    /// ISO 3166-1 numeric code (the map's shapes are keyed by it).
    pub m49: Option<u16>,
    pub status: StateStatus,
}

/// Every State that spoke, attended or is named, by ISO3, each with its
/// strongest status.
pub fn map_states(report: &Report) -> Vec<MapState> {
    let mut out: Vec<(&str, StateStatus)> = Vec::new();
    out.extend(report.attendance.states.iter().map(|s| (s.iso3.as_str(), StateStatus::Attended)));
    for p in &report.paragraphs {
        out.extend(
            p.speakers.iter().filter(|s| s.kind == SpeakerKind::State).map(|s| (s.id.as_str(), StateStatus::Spoke)),
        );
        out.extend(p.states.iter().map(|s| (s.as_str(), StateStatus::Named)));
    }
    crate::text::order::sort_by(&mut out, |a, b| a.cmp(b));
    out.dedup_by(|a, b| a.0 == b.0);
    out.into_iter()
        .map(|(iso3, status)| MapState { iso3: iso3.to_string(), m49: report.entity(iso3).and_then(|e| e.m49), status })
        .collect()
}

/// How many States have each status: (spoke, attended only, named only).
pub fn status_counts(states: &[MapState]) -> (usize, usize, usize) {
    let n = |s| states.iter().filter(|m| m.status == s).count();
    (n(StateStatus::Spoke), n(StateStatus::Attended), n(StateStatus::Named))
}
