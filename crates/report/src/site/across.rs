//! A series seen across its meetings: one State's or organisation's record
//! meeting by meeting, the State × meeting matrix and the articles ×
//! meeting counts of a multi-report overview. Each is made of what one
//! report's views say ([`crate::page::views::entity`], [`crate::page::overview::map_states`]),
//! report by report, in the order given (newest first).

use crate::model::Report;
use crate::page::overview::{map_states, StateStatus};
use crate::page::views::{entity, EntitySummary};
use crate::site::series::ReportInfo;
use std::collections::BTreeMap;

/// The reports of a series, each with its catalog entry, newest first.
pub type Reports<'a> = [(&'a ReportInfo, &'a Report)];

/// One meeting of an entity's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The report's id.
    pub report: String,
    /// Whether it attended, where it spoke and where it is only named.
    pub summary: EntitySummary,
}

impl Record {
    /// Whether the report says anything of it.
    pub fn present(&self) -> bool {
        let s = &self.summary;
        s.attended || !s.spoke.is_empty() || !s.named_only.is_empty()
    }
}

/// Entity `id` in every report.
pub fn record(reports: &Reports, id: &str) -> Vec<Record> {
    reports.iter().map(|(info, r)| Record { report: info.id.clone(), summary: entity(r, id) }).collect()
}

/// One State's row of the State × meeting matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateRow {
    pub iso3: String,
    /// Its standing in each report (the matrix's column order); `None`:
    /// the report does not mention it (absent).
    pub cells: Vec<Option<StateStatus>>,
}

impl StateRow {
    /// In how many meetings it spoke.
    pub fn spoke(&self) -> usize {
        self.cells.iter().filter(|c| **c == Some(StateStatus::Spoke)).count()
    }

    /// In how many meetings it attended, spoke or was named.
    pub fn present(&self) -> usize {
        self.cells.iter().filter(|c| c.is_some()).count()
    }
}

/// Every State any report knows, with its standing meeting by meeting:
/// the States that spoke in most meetings first, then those present in
/// most, then by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateMatrix {
    /// The reports' ids, one per column.
    pub reports: Vec<String>,
    pub rows: Vec<StateRow>,
}

/// The State × meeting matrix.
pub fn state_matrix(reports: &Reports) -> StateMatrix {
    let mut rows: BTreeMap<String, Vec<Option<StateStatus>>> = BTreeMap::new();
    for (col, (_, r)) in reports.iter().enumerate() {
        for s in map_states(r) {
            rows.entry(s.iso3).or_insert_with(|| vec![None; reports.len()])[col] = Some(s.status);
        }
    }
    let mut rows: Vec<StateRow> = rows.into_iter().map(|(iso3, cells)| StateRow { iso3, cells }).collect();
    // (By code already: the map is ordered.)
    crate::text::order::sort_by(&mut rows, |a, b| b.spoke().cmp(&a.spoke()).then(b.present().cmp(&a.present())));
    StateMatrix { reports: reports.iter().map(|(i, _)| i.id.clone()).collect(), rows }
}

/// How many paragraphs of each report cite an article (themselves or
/// under a heading that does, as the article's page counts them): every
/// article any report cites, in order.
pub fn article_counts(reports: &Reports) -> Vec<(u8, Vec<usize>)> {
    let cites = |p: &crate::model::Paragraph, a: u8| p.articles.iter().any(|c| c.article == a);
    (1..=u8::MAX)
        .map(|a| {
            (a, reports.iter().map(|(_, r)| r.paragraphs.iter().filter(|p| cites(p, a)).count()).collect::<Vec<_>>())
        })
        .filter(|(_, counts)| counts.iter().any(|&n| n > 0))
        .collect()
}
