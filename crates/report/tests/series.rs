//! Several reports in one site: a folder of report files read as a series
//! (newest first, ids from file names, clear errors naming the file), the
//! catalog the first load carries, and `?report=ID`.
//!
//! The folder is `tests/fixtures/series/`: the real report (a link to
//! `data/reports/`) and the 2019 fixture (a variant made for the tests).

use report::site::params::Notice;
use report::site::series::{self, Catalog, Choice, ReportInfo, SeriesError};
use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn series_dir() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/series")
}

fn catalog() -> Catalog {
    let loaded = series::load(&series_dir()).expect("the fixture series loads");
    Catalog::new(loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect())
}

/// A scratch folder of its own for one test, removed when it is dropped.
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("report-series-{name}-")).tempdir().expect("a scratch folder")
}

fn real_text() -> Vec<u8> {
    std::fs::read(Path::new(ROOT).join("data/reports/wg-prevention-2017-08.zh.txt")).expect("the real report")
}

#[test]
fn a_folder_is_read_newest_first_with_ids_from_file_names() {
    let loaded = series::load(&series_dir()).expect("loads");
    let ids: Vec<&str> = loaded.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["fixture-wg-prevention-2019-09", "wg-prevention-2017-08"]);
    // Each is read as itself, with all its paragraphs.
    assert_eq!(loaded[0].report.meeting.session, Some(10));
    assert_eq!(loaded[1].report.meeting.session, Some(8));
    let direct = report::parse_file(&loaded[1].path).expect("parses");
    assert_eq!(loaded[1].report, direct);
    // The catalog lists them the same way, with what a chooser shows.
    let c = catalog();
    let newest = c.newest().expect("a newest report");
    assert_eq!(newest.id, "fixture-wg-prevention-2019-09");
    assert_eq!((newest.year(), newest.paragraphs), (Some("2019"), 93));
    use report::page::i18n::Lang;
    assert_eq!(newest.short_label(Lang::En), "10th meeting · 2019");
    assert_eq!(newest.short_label(Lang::Zh), "第十次会议 · 2019");
    assert_eq!(newest.label(Lang::En), "Working Group on the Prevention of Corruption · 10th meeting · 2019 · Vienna");
    let bare = ReportInfo { body: None, session: None, venue: None, first_day: None, ..newest.clone() };
    assert_eq!(
        (bare.label(Lang::En), bare.short_label(Lang::Zh)),
        (bare.id.clone(), bare.id.clone()),
        "a report that names no meeting goes by its id"
    );
    assert_eq!(c.get("wg-prevention-2017-08").and_then(|r| r.venue.as_ref()).map(|v| v.zh.as_str()), Some("维也纳"));
    assert_eq!(newest.data_file(), "fixture-wg-prevention-2019-09.bin");
    assert_eq!(newest.json_file(), "fixture-wg-prevention-2019-09.json");
}

#[test]
fn what_the_page_calls_each_report_in_both_languages() {
    // A site of one report shows these names without the rules that make
    // them (build.rs writes them): each report's title, the facts under it
    // and the page's <title>, as `page::meeting` makes them.
    use report::page::{i18n::Lang, meeting};
    let loaded = series::load(&series_dir()).expect("loads");
    for l in &loaded {
        let names = meeting::Names::of(&l.report);
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(names.title(lang), meeting::title(&l.report, lang));
            assert_eq!(names.facts(lang), meeting::facts_line(&l.report, lang));
            assert_eq!(names.page_title(lang), meeting::page_title(&l.report, lang));
        }
    }
    let old = meeting::Names::of(&loaded[1].report);
    assert_eq!(old.facts(Lang::Zh), "第八次会议 · 维也纳 · 2017年8月21日至23日");
    assert_eq!(old.facts(Lang::En), "8th meeting · Vienna · 21–23 August 2017");
    assert_eq!(
        old.page_title(Lang::En),
        "Working Group on the Prevention of Corruption, 8th meeting (Vienna, 21–23 August 2017) · Report explorer"
    );
    assert_eq!(old.title(Lang::Zh), loaded[1].report.title, "in Chinese, the title as printed");
    // A list of several is named by the page, as the rule for a merged
    // report says.
    let infos: Vec<ReportInfo> = loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect();
    let both: Vec<(&ReportInfo, &report::Report)> = infos.iter().zip(&loaded).map(|(i, l)| (i, &l.report)).collect();
    let all = series::merge(&both);
    for lang in [Lang::Zh, Lang::En] {
        assert_eq!(meeting::page_title(&all, lang), meeting::list_page_title(lang));
    }
    assert_eq!(meeting::list_page_title(Lang::En), "All meetings · Report explorer");
}

#[test]
fn one_file_is_a_series_of_one() {
    let file = Path::new(ROOT).join("data/reports/wg-prevention-2017-08.zh.txt");
    let loaded = series::load(&file).expect("loads");
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].id, "wg-prevention-2017-08");
}

#[test]
fn the_build_fails_naming_the_file_and_the_reason() {
    // A report that cannot be parsed.
    let scratch_dir = scratch("unparsable");
    let dir = scratch_dir.path();
    std::fs::write(dir.join("a-2017.zh.txt"), real_text()).unwrap();
    std::fs::write(dir.join("b-empty.zh.txt"), "\n\n").unwrap();
    let e = series::load(dir).expect_err("an empty report fails").to_string();
    assert!(e.contains("b-empty.zh.txt") && e.contains("empty"), "{e}");
    // Two files of the same meeting.
    let scratch_dir = scratch("same");
    let dir = scratch_dir.path();
    std::fs::write(dir.join("copy-one.zh.txt"), real_text()).unwrap();
    std::fs::write(dir.join("copy-two.zh.txt"), real_text()).unwrap();
    let e = series::load(dir).expect_err("two reports of one meeting fail");
    assert!(matches!(e, SeriesError::SameMeeting { .. }));
    let e = e.to_string();
    assert!(e.contains("copy-one.zh.txt") && e.contains("copy-two.zh.txt") && e.contains("meeting 8"), "{e}");
    // A name that makes no id.
    let scratch_dir = scratch("badname");
    let dir = scratch_dir.path();
    std::fs::write(dir.join("第八次 会议.zh.txt"), real_text()).unwrap();
    let e = series::load(dir).expect_err("a bad name fails").to_string();
    assert!(e.contains("第八次 会议.zh.txt") && e.contains("report id"), "{e}");
    // No reports at all; a path that does not exist.
    let scratch_dir = scratch("none");
    let dir = scratch_dir.path();
    std::fs::write(dir.join("notes.txt"), "not a report").unwrap();
    assert!(matches!(series::load(dir), Err(SeriesError::NoReports { .. })));
    let e = series::load(&dir.join("missing")).expect_err("no such path").to_string();
    assert!(e.contains("missing") && e.contains("cannot read"), "{e}");
}

#[test]
fn ids_are_file_names_without_the_extension() {
    assert_eq!(series::id_of("wg-prevention-2017-08.zh.txt").as_deref(), Some("wg-prevention-2017-08"));
    assert_eq!(series::id_of("big.txt").as_deref(), Some("big"));
    assert_eq!(series::id_of("irg_2019.zh.txt").as_deref(), Some("irg_2019"));
    for bad in [".zh.txt", "a b.zh.txt", "报告.zh.txt", "a/b.zh.txt", "a?b.txt", ".hidden.zh.txt"] {
        assert_eq!(series::id_of(bad), None, "{bad}");
    }
}

#[test]
fn the_address_chooses_the_report() {
    let c = catalog();
    let id = |q: &str| match c.choose(q).0 {
        Some(Choice::One(r)) => Some(r.id.clone()),
        _ => None,
    };
    // No parameter: the newest.
    assert_eq!(id("").as_deref(), Some("fixture-wg-prevention-2019-09"));
    assert_eq!(id("?speaker=CHN&lang=en").as_deref(), Some("fixture-wg-prevention-2019-09"));
    assert_eq!(id("?report=wg-prevention-2017-08&speaker=CHN").as_deref(), Some("wg-prevention-2017-08"));
    // Percent-encoded, with spaces around it.
    assert_eq!(id("report=%20wg%2Dprevention-2017-08").as_deref(), Some("wg-prevention-2017-08"));
    // Unknown: the newest, with a notice that names the value.
    let (r, notices) = c.choose("?report=wg-prevention-1999");
    assert_eq!(r, Some(Choice::One(c.newest().unwrap())));
    assert_eq!(notices, [Notice::UnknownValue { param: "report".into(), value: "wg-prevention-1999".into() }]);
    // Two reports, or all: both in one list, newest first; the same one twice is one.
    let several = |q: &str| match c.choose(q).0 {
        Some(Choice::Several(rs)) => rs.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
        other => panic!("{q}: {other:?}"),
    };
    let both = ["fixture-wg-prevention-2019-09", "wg-prevention-2017-08"];
    assert_eq!(several("?report=wg-prevention-2017-08&report=fixture-wg-prevention-2019-09"), both);
    assert_eq!(several("?report=all&speaker=CHN"), both);
    assert!(c.choose("?report=wg-prevention-2017-08&report=wg-prevention-2017-08").1.is_empty());
    assert_eq!(
        id("?report=wg-prevention-2017-08&report=wg-prevention-2017-08").as_deref(),
        Some("wg-prevention-2017-08")
    );
    // An empty catalog chooses nothing.
    assert!(Catalog::default().choose("?report=x").0.is_none());
}

#[test]
fn the_address_keeps_naming_the_report() {
    let r = report::parse_file(&format!("{ROOT}/data/reports/wg-prevention-2017-08.zh.txt")).unwrap();
    let index = report::query::Index::new(&r);
    let (page, notices) =
        report::site::params::PageState::from_query("?report=wg-prevention-2017-08&speaker=CHN", &index);
    assert!(notices.is_empty(), "report is a known parameter: {notices:?}");
    assert_eq!(page.report, ["wg-prevention-2017-08"]);
    assert_eq!(page.to_query(), "?report=wg-prevention-2017-08&speaker=CHN");
    let (page, _) = report::site::params::PageState::from_query("?speaker=CHN", &index);
    assert_eq!(page.to_query(), "?speaker=CHN", "a single report's addresses stay as they were");
    let (page, _) = report::site::params::PageState::from_query("?report=b&report=a&report=b&q=x", &index);
    assert_eq!(page.to_query(), "?report=b&report=a&q=x");
}

/// The fixture series' reports with their catalog entries, newest first.
fn both() -> Vec<(ReportInfo, report::Report)> {
    series::load(&series_dir()).unwrap().into_iter().map(|l| (ReportInfo::of(&l.id, &l.report), l.report)).collect()
}

#[test]
fn a_state_followed_across_meetings() {
    use report::site::across::record;
    let owned = both();
    let reports: Vec<_> = owned.iter().map(|(i, r)| (i, r)).collect();
    for id in ["CHN", "MYS", "AUT", "EU", "ZWE"] {
        let rec = record(&reports, id);
        assert_eq!(rec.len(), 2);
        for ((info, r), m) in reports.iter().zip(&rec) {
            assert_eq!(m.report, info.id);
            // Each meeting says what that report's own page says.
            assert_eq!(m.summary, report::page::views::entity(r, id), "{id} in {}", info.id);
            let spoke: Vec<u32> =
                r.paragraphs.iter().filter(|p| p.speakers.iter().any(|s| s.id == id)).map(|p| p.number).collect();
            assert_eq!(m.summary.spoke.iter().map(|s| r.paragraphs[s.at].number).collect::<Vec<_>>(), spoke);
        }
    }
    // China spoke (as a panelist) in paragraph 39 of the 2017 report.
    let chn = record(&reports, "CHN");
    let old = chn.iter().find(|m| m.report == "wg-prevention-2017-08").unwrap();
    assert!(old.summary.attended && old.present());
    let r2017 = &owned.iter().find(|(i, _)| i.id == old.report).unwrap().1;
    assert!(old.summary.spoke.iter().any(|s| r2017.paragraphs[s.at].number == 39 && s.role == report::Role::Panelist));
    // Nobody: present nowhere.
    assert!(record(&reports, "XXX").iter().all(|m| !m.present()));
}

#[test]
fn the_state_by_meeting_matrix_and_articles_by_meeting() {
    use report::page::overview::map_states;
    use report::site::across::{article_counts, state_matrix};
    let owned = both();
    let reports: Vec<_> = owned.iter().map(|(i, r)| (i, r)).collect();
    let m = state_matrix(&reports);
    assert_eq!(m.reports, ["fixture-wg-prevention-2019-09", "wg-prevention-2017-08"]);
    // Every State of either report, once; each cell is that report's map status.
    let mut union: Vec<String> = reports.iter().flat_map(|(_, r)| map_states(r).into_iter().map(|s| s.iso3)).collect();
    union.sort();
    union.dedup();
    assert_eq!(m.rows.len(), union.len());
    for row in &m.rows {
        for (col, (_, r)) in reports.iter().enumerate() {
            let status = map_states(r).into_iter().find(|s| s.iso3 == row.iso3).map(|s| s.status);
            assert_eq!(row.cells[col], status, "{} in column {col}", row.iso3);
        }
    }
    // Ordered: most meetings spoken in first.
    assert!(m.rows.windows(2).all(|w| w[0].spoke() >= w[1].spoke()));
    assert!(m.rows.iter().any(|r| r.spoke() == 2), "some State spoke at both meetings");
    assert!(m.rows.iter().any(|r| r.cells.contains(&None)), "some State is absent from one");
    // Articles: each count is that report's article page.
    let counts = article_counts(&reports);
    assert!(!counts.is_empty());
    assert!(counts.windows(2).all(|w| w[0].0 < w[1].0));
    for (a, per) in &counts {
        for (n, (_, r)) in per.iter().zip(&reports) {
            let s = report::page::views::article(r, *a);
            assert_eq!(*n, s.explicit.len() + s.inherited.len(), "article {a}");
        }
    }
    let art10 = counts.iter().find(|(a, _)| *a == 10).expect("article 10 is cited");
    assert!(art10.1[0] > 0, "the 2019 fixture's agenda is on article 10");
}

#[test]
fn twenty_synthetic_meetings_make_a_series() {
    let scratch_dir = scratch("synthetic");
    let dir = scratch_dir.path();
    for (name, text) in report::parse::synth::meetings(&String::from_utf8(real_text()).unwrap(), 20).expect("made") {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let loaded = series::load(dir).expect("twenty meetings load");
    assert_eq!(loaded.len(), 20);
    let sessions: Vec<Option<u32>> = loaded.iter().map(|l| l.report.meeting.session).collect();
    assert_eq!(sessions, (8..28).rev().map(Some).collect::<Vec<_>>(), "newest first, one number each");
    assert_eq!(loaded[0].id, "synthetic-wg-prevention-2036");
    assert_eq!(loaded[19].report.meeting.first_day.as_deref(), Some("2017-08-21"));
    assert!(loaded.iter().all(|l| l.report.paragraphs.len() == 93));
    assert_eq!(report::parse::synth::meetings("1. 没有会议。", 2), Err(report::parse::synth::SynthError::NoMeeting));
}

#[test]
fn every_report_in_one_list() {
    use report::query::{Facet, Filter, Index};
    let owned = both();
    let reports: Vec<_> = owned.iter().map(|(i, r)| (i, r)).collect();
    let all = series::merge(&reports);
    // Every paragraph once, newest report first, each knowing where it is from.
    assert_eq!(all.paragraphs.len(), 186);
    assert_eq!(all.origins.len(), 186);
    // Each keeps its own number; its place names it in the list.
    let numbers: Vec<u32> = all.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=93).chain(1..=93).collect::<Vec<_>>());
    assert_eq!(all.anchor(0), "fixture-wg-prevention-2019-09-p1");
    assert_eq!(all.anchor(93), "wg-prevention-2017-08-p1");
    assert_eq!((all.paragraphs[131].number, all.anchor(131)), (39, "wg-prevention-2017-08-p39".to_string()));
    for at in [0, 92, 93, 185] {
        assert_eq!(all.by_anchor(&all.anchor(at)), Some(at));
    }
    assert_eq!((all.number_at(0), all.number_at(131), all.number_at(185)), (1, 39, 93), "the printed numbers");
    assert_eq!(all.anchor(186), "", "no place past the end");
    assert_eq!(all.number_at(186), 0, "no number past the end");
    assert_eq!(all.by_anchor("wg-prevention-2017-08-p94"), None);
    assert_eq!(all.by_anchor("p39"), None);
    assert_eq!(all.paragraph(39), None, "a number alone names no paragraph of the list");
    assert_eq!(all.paragraphs[131].text, owned[1].1.paragraph(39).unwrap().text, "the text as it was");
    // A cross-reference goes to the paragraph of its own report.
    let p91 = 93 + 90;
    assert_eq!(all.paragraphs[p91].xrefs, [90]);
    let link = report::page::segments::Link::Paragraph(90);
    assert_eq!(series::link_href(&link, &all, p91), "#wg-prevention-2017-08-p90");
    assert_eq!(all.by_anchor("wg-prevention-2017-08-p90"), Some(93 + 89));
    assert_eq!(all.place_in_list("wg-prevention-2017-08", 90), Some(93 + 89));
    assert_eq!(owned[1].1.place_in_list("wg-prevention-2017-08", 90), None, "a report as parsed is no list");
    // Grouped by report: a top section per meeting above the report's own.
    let (up, own) = report::page::views::section_heading(&all, &all.paragraphs[131].section);
    assert!(up.unwrap().starts_with("预防腐败问题工作组 · 第八次会议 · 2017 · 维也纳 › "), "{own}");
    assert_eq!(all.sections.iter().filter(|s| s.parent.is_none()).count(), 2);
    // Facets count across both: China spoke in paragraph 39 of each.
    let index = Index::new(&all);
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "CHN");
    let hits: Vec<String> = index.hits(&f).iter().map(|at| all.anchor(at)).collect();
    assert_eq!(hits, ["fixture-wg-prevention-2019-09-p39", "wg-prevention-2017-08-p39"]);
    // A topic says which meetings it belongs to.
    let procedural = all.topics.iter().find(|t| t.id == "opening").expect("both open");
    assert!(procedural.en.ends_with("(2017, 2019)"), "{}", procedural.en);
    let education = all.topics.iter().find(|t| t.id == "education").expect("the 2017 agenda");
    assert!(education.en.ends_with("(2017)"), "{}", education.en);
    // The States that attended either meeting, once each.
    let mut states: Vec<&str> = all.attendance.states.iter().map(|s| s.iso3.as_str()).collect();
    let n = states.len();
    states.sort();
    states.dedup();
    assert_eq!(states.len(), n);
    assert!(n >= owned[0].1.attendance.states.len().max(owned[1].1.attendance.states.len()));
}

#[test]
fn a_build_reads_what_report_file_names_or_the_reports_folder() {
    assert_eq!(series::reports_path(None), "data/reports");
    assert_eq!(series::reports_path(Some("")), "data/reports");
    assert_eq!(series::reports_path(Some("  \n")), "data/reports");
    assert_eq!(series::reports_path(Some(" tests/fixtures/series ")), "tests/fixtures/series");
    // The default folder is the one the repository ships its reports in.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shipped = series::load(&root.join(series::reports_path(None))).expect("the shipped reports load");
    assert_eq!(shipped[0].id, "wg-prevention-2017-08");
}
