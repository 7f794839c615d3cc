//! A report of another meeting is read as itself: its agenda's topics, its
//! meeting facts, every State of its lists, its footnotes as written. The
//! report is `tests/fixtures/fixture-wg-prevention-2019-09.zh.txt`, a
//! variant of the real report made for these tests (another meeting's
//! dates and session, an agenda on articles 10 and 12, lists that end in
//! 和 and 以及, names that contain 和, a footnote without an address).

use report::{parse_file, Report, SpanKind};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/fixture-wg-prevention-2019-09.zh.txt");

fn fixture() -> Report {
    parse_file(FIXTURE).expect("the fixture parses")
}

#[test]
fn its_own_meeting_facts() {
    let r = fixture();
    let m = &r.meeting;
    assert_eq!(m.session, Some(10));
    assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2019-09-04"), Some("2019-09-06")));
    assert_eq!(m.agenda_adopted.as_deref(), Some("2019-09-04"));
    assert_eq!(m.report_adopted.as_deref(), Some("2019-09-06"));
    assert_eq!(m.body.as_ref().map(|b| b.id.as_str()), Some("wg-prevention"));
    use report::page::{i18n::Lang, meeting};
    assert_eq!(meeting::facts_line(&r, Lang::En), "10th meeting · Vienna · 4–6 September 2019");
    assert_eq!(meeting::facts_line(&r, Lang::Zh), "第十次会议 · 维也纳 · 2019年9月4日至6日");
    assert!(meeting::page_title(&r, Lang::Zh).starts_with("预防腐败问题工作组第十次会议（维也纳，2019年9月4日至6日）"));
    assert!(!meeting::description(&r).contains("2017"));
}

#[test]
fn its_own_topics_from_its_agenda() {
    let r = fixture();
    let ids: Vec<&str> = r.topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "opening",
            "agenda",
            "attendance",
            "art-10",
            "art-12",
            "other-recommendations",
            "future-priorities",
            "report-adoption"
        ]
    );
    let t10 = r.topic("art-10").unwrap();
    assert_eq!(t10.zh, "公共部门的透明度（第十条）");
    assert_eq!(t10.en, "Public reporting (art. 10)");
    assert!(!t10.procedural);
    assert_eq!(r.topic("art-12").unwrap().en, "Private sector (art. 12)");
    // The section under each agenda item, and content elsewhere: paragraph
    // 12 cites article 12 in the conclusions.
    let with =
        |t: &str| r.paragraphs.iter().filter(|p| p.topics.iter().any(|x| x == t)).map(|p| p.number).collect::<Vec<_>>();
    let art12 = with("art-12");
    assert!((58..=74).all(|n| art12.contains(&n)), "{art12:?}");
    assert!(art12.contains(&12));
    assert!(!art12.contains(&28), "the agenda only names it");
    // Never a topic that is not on this report's agenda, though the text
    // still speaks of 教育 and 刑事司法.
    assert!(r.paragraphs.iter().all(|p| p.topics.iter().all(|t| ids.contains(&t.as_str()))));
    assert!(with("education").is_empty() && with("criminal-justice").is_empty());
}

#[test]
fn every_attending_state_with_names_that_contain_he() {
    let r = fixture();
    let states: Vec<&str> = r.attendance.states.iter().map(|s| s.iso3.as_str()).collect();
    assert_eq!(states.len(), 110);
    for iso3 in ["TTO", "ZWE", "BIH", "ATG", "STP", "KNA", "VCT", "COD", "COG", "GBR"] {
        assert!(states.contains(&iso3), "{iso3}");
    }
    assert_eq!(&states[states.len() - 2..], ["ZWE", "TTO"], "the list ends 津巴布韦和特立尼达和多巴哥");
    let names: Vec<&str> = r.attendance.states.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"刚果") && names.contains(&"刚果民主共和国"));
    let observers: Vec<&str> = r.attendance.observers.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(&observers[observers.len() - 2..], ["ORG:WA", "ORG:WCO"], "…瓦森纳安排以及世界海关组织");
    assert!(r.diagnostics.warnings.is_empty(), "{:?}", r.diagnostics.warnings);
}

#[test]
fn every_state_of_a_list_of_representatives_speaks() {
    let r = fixture();
    let p = r.paragraph(23).unwrap();
    let ids: Vec<&str> = p.speakers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["JPN", "BRA", "TTO"]);
}

#[test]
fn footnotes_are_kept_as_written_and_link_only_addresses_and_symbols() {
    let r = fixture();
    let f2 = &r.footnotes[1];
    assert_eq!(f2.text, "缔约国会议第六届会议报告（CAC/COSP/2015/10）第一章 A 节。");
    assert_eq!(f2.spans.len(), 1);
    assert!(matches!(&f2.spans[0].kind, SpanKind::Document { symbol } if symbol == "CAC/COSP/2015/10"));
    let f1 = &r.footnotes[0];
    assert!(matches!(&f1.spans[0].kind, SpanKind::Web { url } if url.starts_with("https://www.unodc.org/")));
    assert_eq!(&f1.text[f1.spans[0].end as usize..], "。", "the full stop is the sentence's");
}

#[test]
fn the_fixture_is_accounted_for_character_by_character() {
    let r = fixture();
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    report::parse::integrity::account(&text, &r).expect("every character accounted for");
}
