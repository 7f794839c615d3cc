//! The same report in other layouts gives exactly the same paragraphs.

mod common;

use common::{paragraphs_without_lines, report, rewrap, source};

fn parse(text: &str) -> report::Report {
    report::parse(text.as_bytes()).expect("variant parses")
}

fn assert_same(variant: &str, text: &str) {
    let (a, b) = (report(), parse(text));
    let (pa, pb) = (paragraphs_without_lines(&a), paragraphs_without_lines(&b));
    assert_eq!(pa.len(), pb.len(), "{variant}: paragraph count");
    for (x, y) in pa.iter().zip(&pb) {
        assert_eq!(x, y, "{variant}: paragraph {}", x.number);
    }
    assert_eq!(a.title, b.title, "{variant}: title");
    let titles = |r: &report::Report| r.sections.iter().map(|s| (s.id.clone(), s.title.clone())).collect::<Vec<_>>();
    assert_eq!(titles(&a), titles(&b), "{variant}: sections");
    let notes = |r: &report::Report| r.footnotes.iter().map(|f| (f.number, f.text.clone())).collect::<Vec<_>>();
    assert_eq!(notes(&a), notes(&b), "{variant}: footnotes");
    assert_eq!(a.attendance, b.attendance, "{variant}: attendance");
    assert_eq!(a.meeting, b.meeting, "{variant}: meeting");
    assert!(b.diagnostics.warnings.is_empty(), "{variant}: {:?}", b.diagnostics.warnings);
}

#[test]
fn crlf_line_ends() {
    assert_same("CRLF", &source().replace('\n', "\r\n"));
}

#[test]
fn without_blank_lines() {
    let t: String = source().lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{l}\n")).collect();
    assert_same("no blank lines", &t);
}

#[test]
fn without_leading_spaces() {
    let t: String = source().lines().map(|l| format!("{}\n", l.trim_start())).collect();
    assert_same("no leading spaces", &t);
}

#[test]
fn wrapped_at_other_widths() {
    for width in [18, 25, 33, 47, 60, 200] {
        let t = rewrap(&source(), width);
        assert!(t.lines().count() > 20);
        assert_same(&format!("width {width}"), &t);
    }
}

#[test]
fn all_at_once() {
    let t = rewrap(&source(), 29).lines().map(|l| format!("{}\r\n", l.trim_start())).collect::<String>();
    assert_same("width 29, CRLF, no blanks, no leading spaces", &t);
}

#[test]
fn rewrapping_really_moves_line_breaks() {
    let t = rewrap(&source(), 18);
    assert!(t.contains("\n"));
    assert!(
        t.lines()
            .all(|l| l.chars().count() <= 18 || !l.trim_start_matches(char::is_numeric).trim().contains([' ', '，'])),
        "width respected but for unbreakable words"
    );
    assert_ne!(t.lines().nth(10), source().lines().filter(|l| !l.trim().is_empty()).nth(10));
    assert!(2 * t.lines().count() > 3 * source().lines().filter(|l| !l.trim().is_empty()).count());
}
