//! Every visible character of a source is in the model or in reported
//! layout debris, and nothing in the model is missing from the source.

mod common;

use common::{report, source};
use report::parse::integrity::{account, IntegrityError};
use report::SpanKind;

fn removed_chars(acc: &report::parse::integrity::Accounting, kind: &str) -> (usize, usize) {
    acc.removed.iter().find(|r| r.0 == kind).map(|r| (r.1, r.2)).expect("kind listed")
}

#[test]
fn the_real_report_is_fully_accounted_for() {
    let (text, r) = (source(), report());
    let acc = account(&text, &r).unwrap_or_else(|e| panic!("data/reports/wg-prevention-2017-08.zh.txt: {e}"));
    println!("{acc:#?}");
    assert_eq!(acc.total(), acc.source);
    // Each part is what the model holds, counted independently.
    let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let markers: usize = r
        .paragraphs
        .iter()
        .flat_map(|p| &p.spans)
        .filter_map(|s| match s.kind {
            SpanKind::Footnote { number } => Some(number.to_string().len()),
            _ => None,
        })
        .sum();
    let numbers: usize = r.paragraphs.iter().map(|p| p.number.to_string().len()).sum();
    assert_eq!(acc.paragraphs, r.paragraphs.iter().map(|p| visible(&p.text)).sum::<usize>() + markers + numbers);
    assert_eq!(acc.headings, r.sections.iter().map(|s| visible(&s.label) + visible(&s.title)).sum::<usize>());
    assert_eq!(acc.title, visible(&r.title));
    assert_eq!(acc.footnotes, r.footnotes.iter().map(|f| visible(&f.text) + f.number.to_string().len()).sum::<usize>());
    // 93 paragraph numbers and 6 chapter + 4 section labels carry a dot.
    assert_eq!(acc.label_punctuation, 93 + 6 + r.sections.iter().filter(|s| s.label.is_ascii()).count());
    assert_eq!(removed_chars(&acc, "link-line").0, 10);
    assert_eq!(removed_chars(&acc, "footnote-separator").0, 1);
    assert_eq!(removed_chars(&acc, "footnote-line").0, 2);
    assert_eq!(removed_chars(&acc, "symbol-font-glyph").0, 2);
}

#[test]
fn every_attending_state_is_named_in_its_paragraph() {
    let r = report();
    let mut seen = std::collections::BTreeSet::new();
    for s in &r.attendance.states {
        let p = r.paragraph(s.paragraph).expect("attendance paragraph exists");
        assert!(p.text.contains(&s.name), "{} not in paragraph {}", s.name, s.paragraph);
        assert!(seen.insert(&s.iso3), "{} listed twice", s.iso3);
    }
    // As many States as names in the list: `、` between them, and a `和`
    // before the last one if it has one.
    let p = r.paragraph(r.attendance.states[0].paragraph).unwrap();
    let list = &p.text[p.text.find('：').unwrap()..];
    let last = list.rsplit('、').next().unwrap();
    assert_eq!(list.matches('、').count() + 1 + usize::from(last.contains('和')), r.attendance.states.len());
}

#[test]
fn layout_variants_and_the_hostile_fixture_are_accounted_for() {
    let text = source();
    let hostile = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/hostile.zh.txt"))
        .expect("fixture");
    let synthetic = report::parse::synth::synthesize(&text, 1000).expect("synthesizes");
    for (name, t) in [
        ("CRLF", text.replace('\n', "\r\n")),
        ("no blank lines", text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{l}\n")).collect()),
        ("hostile", hostile),
        ("synthetic 1000", synthetic),
    ] {
        let r = report::parse(t.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let acc = account(&t, &r).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(acc.total(), acc.source, "{name}");
    }
}

#[test]
fn a_lost_or_invented_character_is_caught_with_its_place() {
    let (text, r) = (source(), report());
    // A character dropped from paragraph 39: its source line is unaccounted.
    let mut lost = r.clone();
    let p = lost.paragraphs.iter_mut().find(|p| p.number == 39).unwrap();
    let cut = p.text.char_indices().nth(10).unwrap().0;
    p.text.remove(cut);
    p.spans.clear();
    match account(&text, &lost) {
        Err(IntegrityError::Unaccounted { line, .. }) => assert_eq!(line, r.paragraph(39).unwrap().lines.0),
        other => panic!("expected an unaccounted line, got {other:?}"),
    }
    // A character added at the end of the last paragraph is invented.
    let mut invented = r.clone();
    invented.paragraphs.last_mut().unwrap().text.push('伪');
    let e = account(&text, &invented).unwrap_err();
    assert!(matches!(&e, IntegrityError::Invented { block, text } if block == "paragraph 93" && text == "伪"), "{e}");
    // A footnote that the model lost.
    let mut no_note = r.clone();
    no_note.footnotes.pop();
    assert!(matches!(account(&text, &no_note), Err(IntegrityError::Unaccounted { .. })));
    // A wrong debris count.
    let mut miscounted = r.clone();
    miscounted.diagnostics.removed.iter_mut().find(|d| d.kind == "link-line").unwrap().lines = 9;
    assert_eq!(
        account(&text, &miscounted).unwrap_err(),
        IntegrityError::RemovedCount { kind: "link-line", reported: 9, found: 10 }
    );
}

#[test]
fn a_link_line_is_debris_even_when_the_paragraph_goes_on_with_the_same_text() {
    // Found by the fuzzer: a link line, then a line that is not a link (a
    // form feed inside) but starts with the same address, in a paragraph
    // that runs across the page break.
    let link = "http://undocs.org/ch/CAC/COSP/WG.4/2017/2";
    let text = source().replacen(&format!("{link}\n"), &format!("{link}\n\n{link}\u{c}续\n"), 1);
    let r = report::parse(text.as_bytes()).expect("parses");
    assert!(r.paragraphs.iter().any(|p| p.text.contains(&format!("{link} 续"))));
    let acc = account(&text, &r).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(acc.total(), acc.source);
}

#[test]
fn a_long_synthetic_report_numbers_its_footnotes_on_past_99() {
    // 10,000 paragraphs: 108 copies of the real report's body, each with
    // its two footnotes numbered on (markers of three digits from 100).
    let text = report::parse::synth::synthesize(&source(), 10_000).expect("synthesizes");
    let r = report::parse(text.as_bytes()).expect("parses");
    assert!(r.diagnostics.warnings.is_empty(), "{:?}", r.diagnostics.warnings);
    let numbers: Vec<u32> = r.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=216).collect::<Vec<u32>>());
    // Each footnote is cited by one paragraph, and each of its copies by its own.
    for back in report::page::views::footnote_backlinks(&r) {
        assert_eq!(back.paragraphs.len(), 1, "footnote {}", back.footnote);
    }
    let p = r.paragraphs.iter().find(|p| p.footnotes.contains(&150)).expect("a marker of three digits");
    assert_eq!(p.footnotes, [149, 150]);
    assert!(p.text.contains("官方网站和工作组专题网站上"), "both markers taken out of the text");
    let acc = account(&text, &r).expect("every character accounted for");
    assert_eq!(acc.total(), acc.source);
}
