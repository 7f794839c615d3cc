//! Bad input: clear errors when nothing can be parsed, warnings naming the
//! line otherwise, and never a panic.

mod common;

use common::source;
use proptest::prelude::*;
use report::{ParseError, WarningKind};

#[test]
fn empty_file() {
    assert_eq!(report::parse(b""), Err(ParseError::Empty));
    assert_eq!(report::parse(b" \n\r\n  \n"), Err(ParseError::Empty));
    assert_eq!(ParseError::Empty.to_string(), "the file is empty");
}

#[test]
fn gbk_file_is_named_as_such() {
    // 报告 and 维也纳 in GBK.
    let gbk: &[u8] = &[0xB1, 0xA8, 0xB8, 0xE6, 0x0A, 0xCE, 0xAC, 0xD2, 0xB2, 0xC4, 0xC9, 0x0A];
    let e = report::parse(gbk).unwrap_err();
    assert!(matches!(e, ParseError::NotUtf8 { line: 1, byte_offset: 0, likely_gbk: true }), "{e:?}");
    assert!(e.to_string().contains("not UTF-8") && e.to_string().contains("GBK"));
}

#[test]
fn random_bytes_are_not_utf8() {
    let mut bytes = b"1. ok\n".to_vec();
    bytes.extend([0xFF, 0x00, 0xFE, 0x80, 0x13]);
    let e = report::parse(&bytes).unwrap_err();
    assert!(matches!(e, ParseError::NotUtf8 { line: 2, byte_offset: 6, .. }), "{e:?}");
}

#[test]
fn text_without_paragraphs() {
    assert_eq!(report::parse("一份没有编号段落的文本。\n第二行。".as_bytes()), Err(ParseError::NoParagraphs));
}

#[test]
fn a_gap_in_numbering_is_a_warning_with_the_line() {
    let src = source().replace("\n30. 区域经济", "\n31. 区域经济");
    let r = report::parse(src.as_bytes()).unwrap();
    let w: Vec<_> = r.diagnostics.warnings.iter().filter(|w| w.kind == WarningKind::NumberingGap).collect();
    assert_eq!(w.len(), 1, "{:?}", r.diagnostics.warnings);
    assert_eq!(w[0].line, 312);
    assert!(w[0].to_string().starts_with("line 312: paragraph 31 follows paragraph 29"));
    assert_eq!(r.paragraphs.len(), 93, "nothing is dropped");
}

#[test]
fn a_duplicate_paragraph_is_a_warning() {
    let src = source().replace("\n31. 下列秘书处", "\n30. 下列秘书处");
    let r = report::parse(src.as_bytes()).unwrap();
    assert!(
        r.diagnostics.warnings.iter().any(|w| w.kind == WarningKind::DuplicateParagraph && w.line == 314),
        "{:?}",
        r.diagnostics.warnings
    );
    assert_eq!(r.paragraphs.len(), 93);
}

#[test]
fn an_unknown_country_name_is_a_warning() {
    let src = source()
        .replace("一名来自中国的讨论小组成员", "一名来自中华国的讨论小组成员")
        .replace("、加蓬、", "、加蓬王国、");
    let r = report::parse(src.as_bytes()).unwrap();
    let w: Vec<String> =
        r.diagnostics.warnings.iter().filter(|w| w.kind == WarningKind::UnknownName).map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].starts_with("line 293:") && w[0].contains("加蓬王国"), "{w:?}");
    assert!(w[1].starts_with("line 386:") && w[1].contains("中华国"), "{w:?}");
    assert_eq!(r.attendance.states.len(), 101);
}

#[test]
fn a_truncated_file_keeps_what_it_has() {
    let src = source();
    let cut = src.find("卡塔尔、大韩民国").unwrap();
    let r = report::parse(&src.as_bytes()[..cut]).unwrap();
    assert_eq!(r.paragraphs.len(), 29);
    let w = &r.diagnostics.warnings;
    assert!(w.iter().any(|w| w.kind == WarningKind::Truncated && w.line == 300), "{w:?}");
}

#[test]
fn errors_name_the_file() {
    let e = report::parse_file("/nonexistent/report.txt").unwrap_err();
    assert!(e.to_string().starts_with("/nonexistent/report.txt: cannot read"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = report::parse(&bytes);
    }

    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC{0,400}") {
        let _ = report::parse(s.as_bytes());
    }

    #[test]
    fn never_panics_on_report_like_text(lines in proptest::collection::vec(
        prop_oneof![
            "[0-9]{1,3}\\. [一-龥（）：；。、]{0,30}",
            "[一二三四五六]\\. [一-龥]{1,10}",
            "[A-D]\\. [一-龥]{1,10}",
            "[㈠-㈩] [一-龥（）第十三条款项]{0,30}",
            "\\([a-e]\\) [一-龥；。：]{0,20}",
            "_{5,20}",
            "[0-9] www\\.[a-z./]{0,30}。?",
            "http://undocs\\.org/[A-Za-z/0-9.]{0,20}",
            "[一-龥0-9 ，。、：；“”《》（）/第条款项段号]{0,40}",
        ], 0..60)) {
        let text = lines.join("\n");
        if let Ok(r) = report::parse(text.as_bytes()) {
            let acc = report::parse::integrity::account(&text, &r);
            prop_assert!(acc.is_ok(), "{}", acc.unwrap_err());
        }
    }

    #[test]
    fn never_panics_on_a_mangled_report(cut in 0usize..39000, insert in "\\PC{0,20}") {
        let src = source();
        let mut at = cut.min(src.len());
        while !src.is_char_boundary(at) { at -= 1; }
        let mangled = format!("{}{}{}", &src[..at], insert, &src[at..]);
        if let Ok(r) = report::parse(mangled.as_bytes()) {
            let acc = report::parse::integrity::account(&mangled, &r);
            prop_assert!(acc.is_ok(), "{}", acc.unwrap_err());
        }
    }
}
