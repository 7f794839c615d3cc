//! What the overview, the footnotes and the cards draw, on the real report
//! and on another meeting's (fixture): each figure is checked against a
//! count made straight from the paragraphs.

mod common;

use report::page::overview::{bars, map_states, matrix, status_counts, StateStatus};
use report::page::views::{card_speakers, footnote_backlinks};
use report::query::{Facet, Index};
use report::{has_page, Report, SpeakerKind, Special};

fn fixture() -> Report {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/fixture-wg-prevention-2019-09.zh.txt");
    report::parse(std::fs::read_to_string(path).unwrap().as_bytes()).expect("the fixture parses")
}

/// Paragraphs carrying a topic, counted from the paragraphs themselves.
fn with_topic(r: &Report, topic: &str) -> usize {
    r.paragraphs.iter().filter(|p| p.topics.iter().any(|t| t == topic)).count()
}

#[test]
fn topic_and_article_bars_count_paragraphs_and_scale_to_the_longest() {
    for r in [common::report(), fixture()] {
        let index = Index::new(&r);
        let topics = bars(&index, Facet::Topic);
        assert_eq!(topics.len(), r.topics.iter().filter(|t| with_topic(&r, &t.id) > 0).count());
        for b in &topics {
            assert_eq!(b.count, with_topic(&r, &b.value), "{}", b.value);
        }
        let max = topics.iter().map(|b| b.count).max().unwrap();
        assert!(topics.iter().filter(|b| b.count == max).all(|b| b.permille == 1000 && b.width() == "100.0%"));
        assert!(topics.iter().all(|b| b.permille == (b.count * 1000 / max) as u32));

        let articles = bars(&index, Facet::Article);
        for b in &articles {
            let a: u8 = b.value.parse().unwrap();
            let n = r.paragraphs.iter().filter(|p| p.articles.iter().any(|c| c.article == a)).count();
            assert_eq!(b.count, n, "article {a}");
        }
    }
    let r = common::report();
    let b = bars(&Index::new(&r), Facet::Article);
    let eleven = b.iter().find(|b| b.value == "11").expect("article 11 is discussed");
    assert!(eleven.count > 0 && eleven.permille <= 1000);
}

#[test]
fn the_matrix_counts_each_speaker_under_each_topic_and_its_cells_filter() {
    let r = common::report();
    let index = Index::new(&r);
    let m = matrix(&index);
    assert_eq!(m.topics, index.values(Facet::Topic));
    assert!(m.rows.iter().all(|row| row.speaker != Special::Unattributed.id()), "unnamed speakers are not a row");
    assert!(m.rows.iter().any(|row| row.speaker == Special::Chair.id()));
    for (i, row) in m.rows.iter().enumerate() {
        for (j, t) in m.topics.iter().enumerate() {
            let n = r
                .paragraphs
                .iter()
                .filter(|p| p.speakers.iter().any(|s| s.id == row.speaker) && p.topics.contains(t))
                .count();
            assert_eq!(row.cells[j], n, "{} × {t}", row.speaker);
            assert_eq!(index.hits(&m.filter(i, j)).count(), n, "the cell's filter finds its paragraphs");
        }
    }
    let china = m.rows.iter().find(|row| row.speaker == "CHN").unwrap();
    assert_eq!(china.cells.iter().filter(|&&n| n > 0).count(), r.paragraph(39).unwrap().topics.len());
    assert!(m.filter(m.rows.len(), 0).is_empty(), "no cell, no filter");
}

#[test]
fn each_state_on_the_map_has_its_strongest_status() {
    for r in [common::report(), fixture()] {
        let states = map_states(&r);
        let spoke = |iso: &str| {
            r.paragraphs.iter().flat_map(|p| &p.speakers).any(|s| s.kind == SpeakerKind::State && s.id == iso)
        };
        let attended = |iso: &str| r.attendance.states.iter().any(|s| s.iso3 == iso);
        for s in &states {
            let want = if spoke(&s.iso3) {
                StateStatus::Spoke
            } else if attended(&s.iso3) {
                StateStatus::Attended
            } else {
                StateStatus::Named
            };
            assert_eq!(s.status, want, "{}", s.iso3);
            assert_eq!(s.m49, r.entity(&s.iso3).and_then(|e| e.m49));
        }
        assert!(states.windows(2).all(|w| w[0].iso3 < w[1].iso3), "one row per State, by ISO3");
        // Every State of the report is there: named, attending or speaking.
        let mut all: Vec<&str> = r.paragraphs.iter().flat_map(|p| &p.states).map(String::as_str).collect();
        all.extend(r.attendance.states.iter().map(|s| s.iso3.as_str()));
        all.sort();
        all.dedup();
        assert_eq!(states.iter().map(|s| s.iso3.as_str()).collect::<Vec<_>>(), all);
        let (s, a, n) = status_counts(&states);
        println!("{}: spoke {s}, attended only {a}, named only {n}", r.title);
        assert_eq!(s + a + n, states.len());
        assert_eq!(s + a, {
            let mut v: Vec<&str> = r.attendance.states.iter().map(|s| s.iso3.as_str()).collect();
            v.extend(states.iter().filter(|m| m.status == StateStatus::Spoke).map(|m| m.iso3.as_str()));
            v.sort();
            v.dedup();
            v.len()
        });
    }
    let r = common::report();
    let states = map_states(&r);
    let china = states.iter().find(|s| s.iso3 == "CHN").unwrap();
    assert_eq!((china.status, china.status.facet()), (StateStatus::Spoke, Facet::Speaker));
    let attended_only = states.iter().find(|s| s.status == StateStatus::Attended).unwrap().iso3.clone();
    assert_eq!(StateStatus::Attended.facet(), Facet::Mention);
    // A State only named: the same report without that State in its list.
    let mut r = r;
    r.attendance.states.retain(|s| s.iso3 != attended_only);
    let states = map_states(&r);
    let named = states.iter().find(|s| s.iso3 == attended_only).expect("still on the map");
    assert_eq!(
        (named.status, named.status.facet(), named.status.class()),
        (StateStatus::Named, Facet::Mention, "named")
    );
    assert_eq!(status_counts(&states).2, 1);
}

#[test]
fn footnotes_link_back_to_the_paragraphs_that_cite_them() {
    for r in [common::report(), fixture()] {
        let links = footnote_backlinks(&r);
        assert_eq!(links.len(), r.footnotes.len(), "every footnote is accounted for");
        for (l, f) in links.iter().zip(&r.footnotes) {
            assert_eq!(l.footnote, f.number);
            for &at in &l.paragraphs {
                assert!(r.paragraphs[at].footnotes.contains(&f.number));
            }
            let markers: usize = r.paragraphs.iter().filter(|p| p.footnotes.contains(&f.number)).count();
            assert_eq!(l.paragraphs.len(), markers);
        }
    }
    let r = common::report();
    assert!(
        footnote_backlinks(&r).iter().all(|l| !l.paragraphs.is_empty()),
        "each footnote of the report has its marker"
    );
}

#[test]
fn a_card_lists_each_speaker_once_and_only_entities_get_a_page() {
    let r = common::report();
    let mut repeated = 0;
    for p in &r.paragraphs {
        let shown = card_speakers(p);
        let mut distinct: Vec<&str> = p.speakers.iter().map(|s| s.id.as_str()).collect();
        distinct.sort();
        distinct.dedup();
        repeated += p.speakers.len() - shown.len();
        assert_eq!(shown.len(), distinct.len(), "paragraph {}", p.number);
        for c in &shown {
            assert_eq!(
                c.has_page,
                !matches!(c.speaker.kind, SpeakerKind::Chair | SpeakerKind::Secretariat | SpeakerKind::Unattributed)
            );
            assert_eq!(c.as_written, c.speaker.kind == SpeakerKind::Unattributed);
        }
    }
    println!("speakers repeated within a paragraph and shown once: {repeated}");
    assert!(["CHN", "EU", "GROUP:AFR"].iter().all(|id| has_page(id)));
    assert!(Special::ALL.iter().all(|s| !has_page(s.id()) && !has_page(&s.id().to_uppercase())));
    assert_eq!(Special::of("Chair"), Some(Special::Chair));
    assert_eq!(Special::of("chairs"), None);
}
