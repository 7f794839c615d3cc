//! The real report, checked in depth.

mod common;

use common::report;
use report::{Role, SpeakerKind};

#[test]
fn has_93_paragraphs_in_order_in_six_chapters() {
    let r = report();
    let numbers: Vec<u32> = r.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=93).collect::<Vec<_>>());
    let chapters: Vec<(&str, &str)> =
        r.sections.iter().filter(|s| s.parent.is_none()).map(|s| (s.label.as_str(), s.title.as_str())).collect();
    assert_eq!(chapters.len(), 6);
    assert_eq!(chapters[0], ("一", "导言"));
    assert_eq!(chapters[5], ("六", "通过报告"));
    assert!(r.diagnostics.warnings.is_empty(), "{:?}", r.diagnostics.warnings);
}

#[test]
fn title_and_meeting_facts() {
    let r = report();
    assert_eq!(r.title, "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政府间工作组会议报告");
    let m = &r.meeting;
    assert_eq!(m.session, Some(8));
    assert_eq!(m.venue.as_ref().map(|v| (v.zh.as_str(), v.en.as_deref())), Some(("维也纳", Some("Vienna"))));
    assert_eq!(m.first_day.as_deref(), Some("2017-08-21"));
    assert_eq!(m.last_day.as_deref(), Some("2017-08-23"));
    assert_eq!(m.agenda_adopted.as_deref(), Some("2017-08-21"));
    assert_eq!(m.report_adopted.as_deref(), Some("2017-08-23"));
    let officers: Vec<(&str, &str, Option<&str>)> =
        m.officers.iter().map(|o| (o.role.as_str(), o.name.as_str(), o.iso3.as_deref())).collect();
    assert_eq!(
        officers,
        [("chair", "Alexander Konovalov", Some("RUS")), ("vice-chair", "Andrés Lamoliatte Vargas", Some("CHL"))]
    );
}

#[test]
fn section_tree_with_two_line_heading_and_cited_articles() {
    let r = report();
    let iv = r.section("IV").unwrap();
    assert!(iv.title.starts_with("缔约国会议题为“《马拉喀什预防腐败宣言》的后续行动”的第 6/6 号决议和工作组"));
    assert!(iv.title.ends_with("会议商定的建议的执行情况"));
    let edu = r.section("IV.A.1").unwrap();
    assert_eq!(edu.parent.as_deref(), Some("IV.A"));
    assert_eq!(edu.label, "㈠");
    assert_eq!(edu.articles.iter().map(|a| a.to_string()).collect::<Vec<_>>(), ["13(1)(c)"]);
    let cj = r.section("IV.A.2").unwrap();
    assert_eq!(cj.articles.iter().map(|a| a.to_string()).collect::<Vec<_>>(), ["7", "8", "11"]);
    let ids: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["I", "II", "III", "III.A", "III.B", "III.C", "IV", "IV.A", "IV.A.1", "IV.A.2", "IV.B", "V", "VI"]);
}

#[test]
fn paragraph_24_is_whole_and_clean_across_the_page_break() {
    let r = report();
    let p = r.paragraph(24).unwrap();
    assert!(p.text.contains("发言者指出了工作组在推动分享信息和交流良好做法方面的重要作用。"), "{}", p.text);
    for debris in ["http", "undocs", "www.", "___", "\n", "  "] {
        assert!(!p.text.contains(debris), "debris {debris:?} in {}", p.text);
    }
    assert!(p.text.ends_with("需要进一步的援助以支持各国有效实施《公约》的各项规定。"));
    assert_eq!(p.section, "III.A");
}

#[test]
fn footnotes_and_their_markers() {
    let r = report();
    assert_eq!(r.footnotes.len(), 2);
    assert_eq!(r.footnotes[0].text, "www.unodc.org/unodc/en/corruption/WG-Prevention/session8.html。");
    let p = r.paragraph(20).unwrap();
    assert_eq!(p.footnotes, [1, 2]);
    assert!(p.text.contains("官方网站和工作组专题网站上"), "markers are removed from the text");
    assert!(p.text.contains("（CAC/COSP/WG.4/2017/2/Rev.1）"), "a symbol split over lines is rejoined");
    assert_eq!(p.documents, ["CAC/COSP/WG.4/2017/2/Rev.1", "CAC/COSP/WG.4/2017/3"]);
}

#[test]
fn paragraph_39_speaker_is_china_as_a_panelist() {
    let r = report();
    let p = r.paragraph(39).unwrap();
    assert_eq!(p.speakers.len(), 1);
    let s = &p.speakers[0];
    assert_eq!((s.iso3.as_deref(), s.kind, s.role), (Some("CHN"), SpeakerKind::State, Role::Panelist));
    assert_eq!(p.topics, ["education"]);
    // China speaks nowhere else; 发展中国家 is not a mention of China.
    let spoke: Vec<u32> =
        r.paragraphs.iter().filter(|p| p.speakers.iter().any(|s| s.id == "CHN")).map(|p| p.number).collect();
    assert_eq!(spoke, [39]);
    let named: Vec<u32> =
        r.paragraphs.iter().filter(|p| p.states.iter().any(|s| s == "CHN")).map(|p| p.number).collect();
    assert_eq!(named, [29, 39]);
    assert!(r.paragraph(15).unwrap().text.contains("发展中国家"));
}

#[test]
fn speakers_in_their_roles() {
    let r = report();
    let sp = |n: u32| {
        r.paragraph(n)
            .unwrap()
            .speakers
            .iter()
            .map(|s| (s.id.clone(), s.role, s.on_behalf_of.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sp(21),
        [
            ("DZA".into(), Role::Representative, Some("GROUP:AFR".into())),
            ("GROUP:AFR".into(), Role::OnBehalfOf, Some("DZA".into()))
        ]
    );
    assert_eq!(sp(22), [("EU".into(), Role::Representative, None)]);
    assert_eq!(sp(23), [("JPN".into(), Role::Representative, None)]);
    assert_eq!(sp(54), [("ORG:IACA".into(), Role::Representative, None)]);
    assert_eq!(sp(74), [("ORG:GRECO".into(), Role::Representative, None)]);
    assert_eq!(sp(18), [("chair".into(), Role::Chair, None)]);
    assert_eq!(sp(19), [("secretariat".into(), Role::Secretariat, None)]);
    // Panelists of the two thematic discussions.
    let panel: Vec<(u32, String)> = r
        .paragraphs
        .iter()
        .flat_map(|p| p.speakers.iter().filter(|s| s.role == Role::Panelist).map(move |s| (p.number, s.id.clone())))
        .collect();
    let want: Vec<(u32, String)> =
        [(38, "MYS"), (39, "CHN"), (40, "ECU"), (41, "ARE"), (60, "QAT"), (61, "DEU"), (62, "MMR"), (63, "PAK")]
            .iter()
            .map(|(n, s)| (*n, s.to_string()))
            .collect();
    assert_eq!(panel, want);
    // Unattributed speakers are never States.
    for p in &r.paragraphs {
        for s in p.speakers.iter().filter(|s| s.kind == SpeakerKind::Unattributed) {
            assert!(s.iso3.is_none());
            assert!(s.name.contains("发言者") || s.name.contains("国家"), "{}", s.name);
        }
    }
    let names: Vec<String> = r.paragraph(43).unwrap().speakers.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["发言者", "一名发言者", "另一名发言者"]);
    assert_eq!(sp(88), [("unattributed".into(), Role::Unattributed, None)]);
    // 该名发言者 refers back to the EU and adds no one.
    assert_eq!(r.paragraph(22).unwrap().speakers.len(), 1);
    // The officers in paragraph 17 are named, not speaking there.
    assert!(r.paragraph(17).unwrap().speakers.is_empty());
    assert_eq!(r.paragraph(17).unwrap().states, ["CHL", "RUS"]);
}

#[test]
fn paragraph_90_has_five_article_citations() {
    let r = report();
    let p = r.paragraph(90).unwrap();
    let cites: Vec<String> = p.articles.iter().map(|c| c.cited().to_string()).collect();
    assert_eq!(cites, ["7(4)", "8(5)", "8(4)", "13(2)", "5"]);
    assert!(p.articles.iter().all(|c| !c.inherited));
    assert_eq!(p.chapters, [2]);
    assert_eq!(r.paragraph(91).unwrap().xrefs, [90]);
}

#[test]
fn citations_explicit_and_inherited() {
    let r = report();
    let p5 = r.paragraph(5).unwrap();
    assert_eq!(p5.articles.iter().map(|c| c.cited().to_string()).collect::<Vec<_>>(), ["13(1)(c)", "7", "8", "11"]);
    let p39 = r.paragraph(39).unwrap();
    assert_eq!(p39.articles.len(), 1);
    assert!(p39.articles[0].inherited);
    assert_eq!(
        (p39.articles[0].article, p39.articles[0].paragraph, p39.articles[0].subparagraph),
        (13, Some(1), Some('c'))
    );
    // Paragraph 42 cites 13(1)(c) itself: explicit, not also inherited.
    let p42 = r.paragraph(42).unwrap();
    assert_eq!(p42.articles.len(), 1);
    assert!(!p42.articles[0].inherited);
    // 59 cites 7, 8, 11 explicitly under a heading that cites them too.
    let p59 = r.paragraph(59).unwrap();
    assert_eq!(p59.articles.iter().filter(|c| !c.inherited).count(), 3);
    assert_eq!(r.paragraph(3).unwrap().chapters, [2]);
}

#[test]
fn resolutions_and_documents() {
    let r = report();
    assert_eq!(r.paragraph(18).unwrap().resolutions, ["3/2", "6/1", "6/6"]);
    assert_eq!(r.paragraph(1).unwrap().resolutions, ["3/2"]);
    assert_eq!(r.paragraph(34).unwrap().documents, ["CAC/COSP/WG.4/2017/2/Rev.1"]);
    assert_eq!(r.paragraph(58).unwrap().documents, ["CAC/COSP/WG.4/2017/3"]);
}

#[test]
fn paragraph_28_holds_the_agenda_as_items() {
    let r = report();
    let p = r.paragraph(28).unwrap();
    let labels: Vec<(&str, u8)> = p.items.iter().map(|i| (i.label.as_str(), i.depth)).collect();
    assert_eq!(
        labels,
        [
            ("1.", 0),
            ("(a)", 1),
            ("(b)", 1),
            ("2.", 0),
            ("(a)", 1),
            ("㈠", 2),
            ("㈡", 2),
            ("(b)", 1),
            ("3.", 0),
            ("4.", 0)
        ]
    );
    assert_eq!(p.items[5].text, "在中小学和大学开展反腐败努力方面的教育（《联合国反腐败公约》第十三条第一款第㈢项）；");
    assert_eq!(r.paragraph(2).unwrap().items.len(), 4);
}

#[test]
fn attendance_lists_102_states_the_eu_and_observers() {
    let r = report();
    let a = &r.attendance;
    assert_eq!(a.states.len(), 102);
    assert!(a.states.iter().all(|s| s.paragraph == 29));
    assert_eq!(a.states.first().map(|s| s.iso3.as_str()), Some("AFG"));
    assert_eq!(a.states.last().map(|s| s.iso3.as_str()), Some("ZWE"));
    let iso: Vec<&str> = a.states.iter().map(|s| s.iso3.as_str()).collect();
    for code in ["DOM", "CZE", "PSE", "BOL", "VEN", "TZA", "GBR", "USA", "CHN", "IDN", "IND"] {
        assert!(iso.contains(&code), "{code} attended");
    }
    let mut unique = iso.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 102);
    assert_eq!(a.regional_organizations.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["EU"]);
    let obs: Vec<(&str, &str)> = a.observers.iter().map(|o| (o.id.as_str(), o.category.as_str())).collect();
    assert_eq!(
        obs,
        [
            ("ORG:UNODC", "un-entity"),
            ("ORG:UNDP", "un-entity"),
            ("ORG:RWI", "institute"),
            ("ORG:AALCO", "intergovernmental"),
            ("ORG:GCC", "intergovernmental"),
            ("ORG:COE", "intergovernmental"),
            ("ORG:GRECO", "intergovernmental"),
            ("ORG:IACA", "intergovernmental"),
            ("ORG:INTERPOL", "intergovernmental"),
            ("ORG:WA", "intergovernmental"),
            ("ORG:WCO", "intergovernmental"),
        ]
    );
    assert_eq!(r.paragraph(29).unwrap().states.len(), 102);
}

#[test]
fn topics_by_section_and_by_content() {
    let r = report();
    let with =
        |t: &str| r.paragraphs.iter().filter(|p| p.topics.iter().any(|x| x == t)).map(|p| p.number).collect::<Vec<_>>();
    let edu = with("education");
    assert!((34..=57).all(|n| edu.contains(&n)), "the education section");
    assert!(edu.contains(&13) && edu.contains(&14), "conclusions about education in chapter II");
    assert!(!edu.contains(&28), "the agenda only names the topic");
    let cj = with("criminal-justice");
    assert!((58..=74).all(|n| cj.contains(&n)));
    assert!(cj.contains(&11) && cj.contains(&12));
    assert_eq!(with("report-adoption"), [93]);
    assert_eq!(with("attendance"), [29, 30, 31, 32, 33]);
    assert_eq!(with("agenda"), [28]);
    let ids: Vec<&str> = r.topics.iter().map(|t| t.id.as_str()).collect();
    assert!(ids.contains(&"education") && ids.contains(&"criminal-justice") && ids.contains(&"opening"));
}

#[test]
fn the_symbol_font_dot_is_a_name_separator() {
    let r = report();
    let p = r.paragraph(56).unwrap();
    assert!(p.text.starts_with("拉乌尔·沃伦贝格"));
    assert_eq!(p.speakers[0].id, "ORG:RWI");
    assert!(r.diagnostics.removed.iter().any(|d| d.kind == "symbol-font-glyph" && d.lines == 2));
}

#[test]
fn spans_point_at_their_text() {
    let r = report();
    for p in &r.paragraphs {
        for s in &p.spans {
            let t = &p.text[s.start as usize..s.end as usize];
            match &s.kind {
                report::SpanKind::Document { symbol } => assert_eq!(t, symbol),
                report::SpanKind::Xref { number } => assert!(t.contains(&number.to_string())),
                report::SpanKind::Article { .. } => {
                    assert!(t.starts_with('第') && t.contains('条'))
                }
                report::SpanKind::Entity { id } => assert!(r.entity(id).is_some()),
                report::SpanKind::Footnote { .. } => assert_eq!(s.start, s.end),
                report::SpanKind::Web { .. } => panic!("paragraph {}: web links are footnotes' only", p.number),
            }
        }
    }
}
