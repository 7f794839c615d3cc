//! Several reports in one site: a folder of report files read as a series
//! (newest first, ids from file names, clear errors naming the file), the
//! catalog the first load carries, and `?report=ID`.
//!
//! The folder is `tests/fixtures/series/`: the real report (a link to
//! `data/reports/`) and the 2019 fixture (a variant made for the tests).

use report::params::Notice;
use report::series::{self, Catalog, ReportInfo, SeriesError};
use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn series_dir() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/series")
}

fn catalog() -> Catalog {
    let loaded = series::load(&series_dir()).expect("the fixture series loads");
    Catalog::new(loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect())
}

/// A scratch folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("report-series-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
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
    assert_eq!(c.get("wg-prevention-2017-08").and_then(|r| r.venue.as_ref()).map(|v| v.zh.as_str()), Some("维也纳"));
    assert_eq!(newest.data_file(), "fixture-wg-prevention-2019-09.bin");
    assert_eq!(newest.json_file(), "fixture-wg-prevention-2019-09.json");
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
    let dir = scratch("unparsable");
    std::fs::write(dir.join("a-2017.zh.txt"), real_text()).unwrap();
    std::fs::write(dir.join("b-empty.zh.txt"), "\n\n").unwrap();
    let e = series::load(&dir).expect_err("an empty report fails").to_string();
    assert!(e.contains("b-empty.zh.txt") && e.contains("empty"), "{e}");
    // Two files of the same meeting.
    let dir = scratch("same");
    std::fs::write(dir.join("copy-one.zh.txt"), real_text()).unwrap();
    std::fs::write(dir.join("copy-two.zh.txt"), real_text()).unwrap();
    let e = series::load(&dir).expect_err("two reports of one meeting fail");
    assert!(matches!(e, SeriesError::SameMeeting { .. }));
    let e = e.to_string();
    assert!(e.contains("copy-one.zh.txt") && e.contains("copy-two.zh.txt") && e.contains("meeting 8"), "{e}");
    // A name that makes no id.
    let dir = scratch("badname");
    std::fs::write(dir.join("第八次 会议.zh.txt"), real_text()).unwrap();
    let e = series::load(&dir).expect_err("a bad name fails").to_string();
    assert!(e.contains("第八次 会议.zh.txt") && e.contains("report id"), "{e}");
    // No reports at all; a path that does not exist.
    let dir = scratch("none");
    std::fs::write(dir.join("notes.txt"), "not a report").unwrap();
    assert!(matches!(series::load(&dir), Err(SeriesError::NoReports { .. })));
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
    let id = |q: &str| c.choose(q).0.map(|r| r.id.clone());
    // No parameter: the newest.
    assert_eq!(id("").as_deref(), Some("fixture-wg-prevention-2019-09"));
    assert_eq!(id("?speaker=CHN&lang=en").as_deref(), Some("fixture-wg-prevention-2019-09"));
    assert_eq!(id("?report=wg-prevention-2017-08&speaker=CHN").as_deref(), Some("wg-prevention-2017-08"));
    // Percent-encoded, with spaces around it.
    assert_eq!(id("report=%20wg%2Dprevention-2017-08").as_deref(), Some("wg-prevention-2017-08"));
    // Unknown: the newest, with a notice that names the value.
    let (r, notices) = c.choose("?report=wg-prevention-1999");
    assert_eq!(r.map(|r| r.id.as_str()), Some("fixture-wg-prevention-2019-09"));
    assert_eq!(notices, [Notice::UnknownValue { param: "report".into(), value: "wg-prevention-1999".into() }]);
    // Two different reports: the first, and a notice; the same one twice: no notice.
    let (r, notices) = c.choose("?report=wg-prevention-2017-08&report=fixture-wg-prevention-2019-09");
    assert_eq!(r.map(|r| r.id.as_str()), Some("wg-prevention-2017-08"));
    assert_eq!(notices, [Notice::TooMany { param: "report".into(), kept: 1 }]);
    assert!(c.choose("?report=wg-prevention-2017-08&report=wg-prevention-2017-08").1.is_empty());
    // An empty catalog chooses nothing.
    assert!(Catalog::default().choose("?report=x").0.is_none());
}

#[test]
fn the_address_keeps_naming_the_report() {
    let r = report::parse_file(&format!("{ROOT}/data/reports/wg-prevention-2017-08.zh.txt")).unwrap();
    let index = report::query::Index::new(&r);
    let (page, notices) = report::params::PageState::from_query("?report=wg-prevention-2017-08&speaker=CHN", &index);
    assert!(notices.is_empty(), "report is a known parameter: {notices:?}");
    assert_eq!(page.report.as_deref(), Some("wg-prevention-2017-08"));
    assert_eq!(page.to_query(), "?report=wg-prevention-2017-08&speaker=CHN");
    let (page, _) = report::params::PageState::from_query("?speaker=CHN", &index);
    assert_eq!(page.to_query(), "?speaker=CHN", "a single report's addresses stay as they were");
}
