//! Reports of the other UNCAC bodies and of the Conference of the States
//! Parties write what this Working Group's report does not: resolutions
//! and decisions reproduced in the report (numbered from 1 again), annexes,
//! sessions (`届会议`) and resumed sessions held in parts, and agendas of
//! other items. Each test rewrites the real report into such a form and
//! checks that the rest still reads as the same report, every character
//! accounted for.

mod common;

use report::{ApartKind, Report, Sitting};

fn parse(src: &str) -> Report {
    report::parse(src.as_bytes()).unwrap_or_else(|e| panic!("the rewritten report parses: {e}"))
}

/// Parses and runs the integrity check on the rewritten source.
fn parse_accounted(src: &str) -> Report {
    let r = parse(src);
    if let Err(e) = report::parse::integrity::account(src, &r) {
        panic!("every character of the rewritten report is accounted for: {e}");
    }
    r
}

/// A paragraph as the reader sees it: number, text, citations, topics,
/// speakers.
type Reading = (u32, String, Vec<String>, Vec<String>, Vec<String>);

/// The paragraphs as the reader sees them.
fn reading(r: &Report) -> Vec<Reading> {
    r.paragraphs
        .iter()
        .map(|p| {
            (
                p.number,
                p.text.clone(),
                p.articles.iter().map(|c| c.cited().to_string()).collect(),
                p.topics.clone(),
                p.speakers.iter().map(|s| s.id.clone()).collect(),
            )
        })
        .collect()
}

/// The headings without their source lines.
fn headings(r: &Report) -> Vec<report::Section> {
    r.sections.iter().cloned().map(|s| report::Section { line: 0, ..s }).collect()
}

/// The start of paragraph 2 of the real report, before which the rewrites
/// insert what a Conference's report reproduces.
const START_OF_2: &str = "2. 缔约国会议在上述决议中决定";

/// Two resolutions and a decision as a Conference's report reproduces
/// them: each resolution's paragraphs numbered from 1, the second with an
/// annex whose paragraphs are numbered from 1 again, up to numbers the
/// report's own paragraphs (2, 3, …) also use.
const ADOPTED: &str = "\n第 8/1 号决议 \n\n加强国际合作以\n\n追回资产 \n\n联合国反腐败公约缔约国会议， \n\n回顾其第 3/2 号决议， \n\n\
1. 敦促缔约国加强\n\n合作； \n\n2. 请秘书处提供协助； \n\n3. 决定继续审议这一问题。 \n\n\
第 8/2 号决议 \n\n审议机制 \n\n联合国反腐败公约缔约国会议， \n\n1. 通过本决议附件所载职权范围。 \n\n附件 \n\n职权范围 \n\n\
1. 目标； \n\n2. 原则； \n\n3. 程序；以及 \n\n4. 报告。 \n\n\
第 8/3 号决定 \n\n缔约国会议决定其第九届会议在维也纳举行。 \n\n";

#[test]
fn resolutions_and_decisions_stand_apart_from_the_paragraphs() {
    let real = common::report();
    let src = common::source();
    assert_eq!(src.matches(START_OF_2).count(), 1);
    let with_adopted = src.replacen(START_OF_2, &format!("{ADOPTED}{START_OF_2}"), 1);
    let r = parse_accounted(&with_adopted);
    // The report's paragraphs are exactly the real ones: numbers 2, 3 and
    // 4 of the resolutions are theirs, and paragraph 2 comes after them.
    assert_eq!(reading(&r), reading(&real));
    assert_eq!(headings(&r), headings(&real));
    assert_eq!(r.diagnostics.warnings, real.diagnostics.warnings);
    let apart: Vec<(ApartKind, &str, &str, u32)> =
        r.apart.iter().map(|a| (a.kind, a.label.as_str(), a.title.as_str(), a.after)).collect();
    assert_eq!(
        apart,
        [
            (ApartKind::Resolution, "第 8/1 号决议", "加强国际合作以追回资产", 1),
            (ApartKind::Resolution, "第 8/2 号决议", "审议机制", 1),
            (ApartKind::Decision, "第 8/3 号决定", "缔约国会议决定其第九届会议在维也纳举行。", 1),
        ]
    );
    // Each of its paragraphs on a line of its own, wrapped lines joined.
    let lines: Vec<&str> = r.apart[0].text.lines().collect();
    assert_eq!(
        lines,
        [
            "联合国反腐败公约缔约国会议，",
            "回顾其第 3/2 号决议，",
            "1. 敦促缔约国加强合作；",
            "2. 请秘书处提供协助；",
            "3. 决定继续审议这一问题。"
        ]
    );
    assert!(r.apart[1].text.contains("附件\n职权范围\n1. 目标；"), "{}", r.apart[1].text);
    assert!(r.apart[1].text.ends_with("4. 报告。"), "{}", r.apart[1].text);
    // A title on the header's line, set off by a space, is the title.
    let same_line = with_adopted.replacen("第 8/2 号决议 \n\n审议机制 \n", "第 8/2 号决议 审议机制 \n", 1);
    assert_ne!(same_line, with_adopted);
    let s = parse_accounted(&same_line);
    assert_eq!(reading(&s), reading(&real));
    assert_eq!((s.apart[1].label.as_str(), s.apart[1].title.as_str()), ("第 8/2 号决议", "审议机制"));
    assert_eq!(s.apart[1].text, r.apart[1].text);
    // In the real report re-wrapped as at other widths too (the adopted
    // texts wrap their title and a paragraph already).
    for width in [20, 33, 47] {
        let wrapped = common::rewrap(&src, width);
        assert_eq!(wrapped.matches(START_OF_2).count(), 1, "width {width}");
        let wrapped = wrapped.replacen(START_OF_2, &format!("{ADOPTED}{START_OF_2}"), 1);
        let w = parse_accounted(&wrapped);
        assert_eq!(common::paragraphs_without_lines(&w), common::paragraphs_without_lines(&r), "width {width}");
        assert_eq!(w.apart.len(), 3, "width {width}");
    }
}

/// An annex as a report's PDF text gives it: a table of documents one cell
/// a line, a list with its own numbered headings and paragraphs, and a
/// second annex.
const ANNEX: &str = "\n附件 \n\n工作组第八次会议面前的文件清单 \n\n文号 \n议程项目 \n标题或说明 \nCAC/COSP/WG.4/2017/1 \n2 \n\
临时议程说明 \nCAC/COSP/WG.4/2017/2 \n3 \n秘书处的背景文件 \n\n附件二 \n\n发言者名单 \n\n一. 缔约国 \n\n1. 奥地利。 \n\n\
A. 其他 \n\n94. 中国。 \n";

#[test]
fn an_annex_is_kept_apart_from_the_last_paragraph() {
    let real = common::report();
    let src = common::source();
    let r = parse_accounted(&format!("{}{ANNEX}", src.trim_end()));
    assert_eq!(reading(&r), reading(&real), "paragraph 93 is whole and nothing after it is a paragraph");
    assert_eq!(r.sections, real.sections, "nothing in an annex is a heading of the report");
    assert_eq!(r.diagnostics.warnings, real.diagnostics.warnings);
    let annexes: Vec<(&str, &str, u32)> =
        r.apart.iter().map(|a| (a.label.as_str(), a.title.as_str(), a.after)).collect();
    assert_eq!(annexes, [("附件", "工作组第八次会议面前的文件清单", 93), ("附件二", "发言者名单", 93)]);
    assert!(r.apart.iter().all(|a| a.kind == ApartKind::Annex));
    assert_eq!(r.apart[0].text.lines().count(), 9, "a row a line: {}", r.apart[0].text);
    assert_eq!(r.apart[1].text, "一. 缔约国\n1. 奥地利。\nA. 其他\n94. 中国。");
    // `附件 二` with a space is the second annex, not one titled `二`.
    let spaced = format!("{}{}", src.trim_end(), ANNEX.replacen("附件二", "附件 二", 1));
    let s = parse_accounted(&spaced);
    assert_eq!((s.apart[1].label.as_str(), s.apart[1].title.as_str()), ("附件二", "发言者名单"));
    // `附件 文件清单`: a title on the label's line.
    let s = parse_accounted(&format!("{}\n附件 文件清单 \n\n文号 \n", src.trim_end()));
    assert_eq!(
        (s.apart[0].label.as_str(), s.apart[0].title.as_str(), s.apart[0].text.as_str()),
        ("附件", "文件清单", "文号")
    );

    // `附件` in running text, wrapped onto a line of its own, is text.
    let last = "93. 2017 年 8 月 23 日，工作组通过了第八次会议报告。";
    assert!(src.contains(last));
    let wrapped = src.replacen(last, "93. 2017 年 8 月 23 日，工作组通过了第八次会议报告及其\n附件。", 1);
    let r = parse_accounted(&wrapped);
    assert!(r.apart.is_empty());
    assert!(r.paragraph(93).unwrap().text.ends_with("报告及其附件。"));
    for running in ["附件一些国家的意见。", "附件一。"] {
        let r = parse_accounted(&src.replacen(
            last,
            &format!("93. 2017 年 8 月 23 日，工作组通过了第八次会议报告及其\n{running}"),
            1,
        ));
        assert!(r.apart.is_empty(), "{running}");
    }
    // A resolution named in running text is text.
    let r = parse_accounted(&src.replacen(
        "助。 \n\n2. 缔约国会议",
        "助。见 \n第 8/1 号决议 \n中的规定。 \n\n2. 缔约国会议",
        1,
    ));
    assert!(r.apart.is_empty());
    assert!(r.paragraph(1).unwrap().text.ends_with("见第 8/1 号决议中的规定。"), "{}", r.paragraph(1).unwrap().text);
}

const TITLE: &str = "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政";

#[test]
fn a_session_held_in_parts_and_a_resumed_session() {
    let src = common::source();
    assert!(src.contains(TITLE));
    // The title names both parts.
    let r = parse(&src.replacen(
        TITLE,
        "2017 年 8 月 21 日至 23 日和 11 月 6 日至 7 日在维也纳举行的预防腐败问题不限成员名额政",
        1,
    ));
    let m = &r.meeting;
    let parts: Vec<(&str, &str)> = m.parts.iter().map(|p| (p.first_day.as_str(), p.last_day.as_str())).collect();
    assert_eq!(parts, [("2017-08-21", "2017-08-23"), ("2017-11-06", "2017-11-07")]);
    assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2017-08-21"), Some("2017-11-07")));
    assert_eq!(m.venue.as_ref().and_then(|v| v.en.as_deref()), Some("Vienna"));
    assert_eq!(m.sitting, Sitting::Meeting);
    assert_eq!(
        report::page::meeting::dates(m, report::page::i18n::Lang::En).as_deref(),
        Some("21–23 August 2017 and 6–7 November 2017")
    );
    // Across a year's end, the year carried from one range to the next.
    let r = parse(&src.replacen(
        TITLE,
        "2017 年 12 月 18 日至 2018 年 1 月 2 日以及 3 月 5 日在维也纳举行的预防腐败问题不限成员名额政",
        1,
    ));
    let parts: Vec<(&str, &str)> =
        r.meeting.parts.iter().map(|p| (p.first_day.as_str(), p.last_day.as_str())).collect();
    assert_eq!(parts, [("2017-12-18", "2018-01-02"), ("2018-03-05", "2018-03-05")]);

    // A title that names no days: the introduction's.
    let r = parse(&src.replacen(TITLE, "预防腐败问题不限成员名额政", 1));
    let m = &r.meeting;
    assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2017-08-21"), Some("2017-08-23")));
    assert_eq!(m.venue.as_ref().and_then(|v| v.en.as_deref()), Some("Vienna"));

    // A report of the resumed session: the title says so, the text gives
    // both parts' days.
    let resumed = src
        .replacen("府间工作组会议报告", "府间工作组第八届会议续会报告", 1)
        .replacen("举行了第八次会议。", "举行了第八届会议续会。工作组第八届会议于 2017 年 5 月 2 日至 4 日在维也纳举行，续会于 2017 年 8 月 21 日至 23 日举行。", 1);
    let r = parse(&resumed);
    let m = &r.meeting;
    assert_eq!((m.session, m.sitting), (Some(8), Sitting::ResumedSession));
    let parts: Vec<(&str, &str)> = m.parts.iter().map(|p| (p.first_day.as_str(), p.last_day.as_str())).collect();
    assert_eq!(parts, [("2017-05-02", "2017-05-04"), ("2017-08-21", "2017-08-23")]);
    assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2017-08-21"), Some("2017-08-23")));
    use report::page::i18n::Lang;
    assert_eq!(report::page::meeting::session(m, Lang::Zh).as_deref(), Some("第八届会议续会"));
    assert_eq!(report::page::meeting::session(m, Lang::En).as_deref(), Some("resumed 8th session"));
    assert!(report::page::meeting::title(&r, Lang::En).starts_with(
        "Report of the Open-ended Intergovernmental Working Group on the Prevention of Corruption on its resumed 8th session held in Vienna"
    ));
    assert_eq!(r.diagnostics.warnings, common::report().diagnostics.warnings);

    // A session and its resumed part are two reports of one series.
    let dir = std::env::temp_dir().join(format!("report-resumed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let session = src.replacen("举行了第八次会议。", "举行了第八届会议。", 1);
    std::fs::write(dir.join("wg-prevention-2017-05.zh.txt"), &session).unwrap();
    std::fs::write(dir.join("wg-prevention-2017-08.zh.txt"), &resumed).unwrap();
    let loaded = report::site::series::load(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(loaded.map(|l| l.len()).map_err(|e| e.to_string()), Ok(2));
}

#[test]
fn a_conference_session_in_its_own_words() {
    let src = common::source();
    let r = parse(&src.replacen(
        "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政\n\n府间工作组会议报告",
        "2019 年 12 月 16 日至 20 日在阿布扎比举行的联合国反腐败公约缔约国会议\n\n第八届会议报告",
        1,
    ));
    let m = &r.meeting;
    assert_eq!(m.body.as_ref().map(|b| b.id.as_str()), Some("cosp"));
    assert_eq!((m.session, m.sitting), (Some(8), Sitting::Meeting), "the text's own 举行了第八次会议 goes first");
    assert_eq!(m.venue.as_ref().and_then(|v| v.en.as_deref()), Some("Abu Dhabi"));
    assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2019-12-16"), Some("2019-12-20")));
    let r = parse(
        &src.replacen(
            "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政\n\n府间工作组会议报告",
            "2019 年 12 月 16 日至 20 日在阿布扎比举行的联合国反腐败公约缔约国会议\n\n第八届会议报告",
            1,
        )
        .replacen("举行了第八次会议", "举行了会议", 1),
    );
    assert_eq!((r.meeting.session, r.meeting.sitting), (Some(8), Sitting::Session));
    use report::page::i18n::Lang;
    assert_eq!(report::page::meeting::session(&r.meeting, Lang::Zh).as_deref(), Some("第八届会议"));
    assert!(report::page::meeting::title(&r, Lang::En)
        .starts_with("Report of the Conference of the States Parties to the United Nations Convention against Corruption on its 8th session held in Abu Dhabi"));
    // Signatories (not parties) attend as observers (a fixture's list).
    let eu = "30. 区域经济一体化组织欧洲联盟作为《公约》缔约方派代表出席了会议。";
    assert!(src.contains(eu));
    let r = parse(&src.replacen(eu, "30. 下列《公约》签署国派观察员出席了会议：阿拉伯叙利亚共和国。", 1));
    assert!(r.attendance.observers.iter().any(|o| o.id == "SYR" && o.category == "observer-state"));
    assert!(!r.attendance.states.iter().any(|s| s.iso3 == "SYR"));
}

/// The agenda of a session of the Conference or the Implementation Review
/// Group, in place of the real report's.
const AGENDA: &str =
    "28. 8 月 21 日，工作组通过了下列议程： \n 1. 组织事项： \n  (a) 届会开幕； \n  (b) 通过议程和工作安排； \n\
  (c) 通过主席团关于全权证书的报告； \n  (d) 一般性辩论。 \n 2. 审议《联合国反腐败公约》的实施情况。 \n\
 3. 实施情况审议机制的运作情况。 \n 4. 技术援助。 \n 5. 资产追回。 \n 6. 公共部门的透明度。 \n 7. 财务和预算事项。 \n\
 8. 巴拿马城会晤的后续行动。 \n 9. 其他事项。 \n 10. 通过缔约国会议第八届会议报告。 \n";

#[test]
fn other_bodies_agenda_items_are_named_in_english_by_what_they_are_about() {
    let src = common::source();
    let start = src.find("28. 8 月 21 日").unwrap();
    let end = src.find(" C. 出席情况").unwrap();
    let r = parse(&format!("{}{AGENDA}\n{}", &src[..start], &src[end..]));
    let named = |zh: &str| {
        r.topics.iter().find(|t| t.zh == zh).map(|t| (t.id.as_str(), t.en.as_str())).unwrap_or_else(|| panic!("{zh}"))
    };
    assert_eq!(named("届会开幕"), ("opening", "Opening of the meeting"));
    assert_eq!(
        named("通过主席团关于全权证书的报告"),
        ("credentials", "Adoption of the report of the Bureau on credentials")
    );
    assert_eq!(named("一般性辩论"), ("general-discussion", "General discussion"));
    assert_eq!(
        named("审议的实施情况"),
        ("review-of-implementation", "Review of implementation of the United Nations Convention against Corruption")
    );
    assert_eq!(
        named("实施情况审议机制的运作情况"),
        ("review-mechanism-performance", "Performance of the Implementation Review Mechanism")
    );
    assert_eq!(named("技术援助"), ("technical-assistance", "Technical assistance"));
    assert_eq!(named("资产追回"), ("asset-recovery", "Asset recovery"));
    assert_eq!(named("财务和预算事项"), ("financial-matters", "Financial and budgetary matters"));
    assert_eq!(named("通过缔约国会议第八届会议报告"), ("report-adoption", "Adoption of the report"));
    // No table row is about it: named from the Convention's terms in it.
    assert_eq!(named("公共部门的透明度"), ("item-6", "Public sector, transparency"));
    // Nothing names it: its position, and a warning with the agenda's line.
    assert_eq!(named("巴拿马城会晤的后续行动"), ("item-8", "Agenda item 8"));
    let unnamed: Vec<&str> = r
        .diagnostics
        .warnings
        .iter()
        .filter(|w| w.message.contains("has no English name"))
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(unnamed.len(), 1, "{unnamed:?}");
    assert!(unnamed[0].contains("巴拿马城会晤的后续行动"));
}

#[test]
fn what_looks_like_a_session_number_or_furniture_but_was_not_read_is_warned_of() {
    let src = common::source();
    let r = parse(&src.replacen("府间工作组会议报告", "府间工作组第一百零八届会议报告", 1).replacen(
        "举行了第八次会议",
        "举行了会议",
        1,
    ));
    assert_eq!(r.meeting.session, None);
    let w: Vec<String> = r.diagnostics.warnings.iter().map(|w| w.to_string()).collect();
    assert!(w.iter().any(|w| w.contains("第一百零八届会议") && w.starts_with("line 1:")), "{w:?}");

    // A page number in the running text where no page starts, recurs or
    // has a footer beside it: kept, and warned of with its line.
    let end = "会议开幕"; // a heading line, then a paragraph
    let at = src.find(end).unwrap();
    let line = src[..at].matches('\n').count() + 3;
    let lines: Vec<&str> = src.lines().collect();
    let mut with_page: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    with_page.insert(line - 1, "- 7 -".into());
    let r = parse(&with_page.join("\n"));
    let w: Vec<String> = r.diagnostics.warnings.iter().map(|w| w.to_string()).collect();
    assert!(w.iter().any(|m| m.contains("`- 7 -` looks like page furniture (page-number)")), "{w:?}");
}

#[test]
fn every_body_is_known_by_its_reports_title() {
    let src = common::source();
    let title = "2017 年 8 月 21 日至 23 日在维也纳举行的预防腐败问题不限成员名额政\n\n府间工作组会议报告";
    assert!(src.contains(title));
    let table = include_str!("../../../data/reference/bodies.tsv");
    let rows: Vec<Vec<&str>> = table.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert!(
        rows.len() >= 5,
        "bodies.tsv lists the working groups, the review group, the expert meeting and the Conference"
    );
    for row in rows {
        let (zh, id) = (row[0], row[1]);
        // Wrapped where a PDF's line would end, as titles are.
        let (a, b) = zh.split_at(zh.char_indices().nth(zh.chars().count() / 2).unwrap().0);
        let r = parse(
            &src.replacen(title, &format!("2019 年 5 月 27 日至 29 日在维也纳举行的{a}\n\n{b}第十届会议报告"), 1)
                .replacen("举行了第八次会议", "举行了会议", 1),
        );
        let m = &r.meeting;
        assert_eq!(m.body.as_ref().map(|b| b.id.as_str()), Some(id), "{zh}");
        assert_eq!((m.session, m.sitting), (Some(10), Sitting::Session), "{zh}");
        assert_eq!((m.first_day.as_deref(), m.last_day.as_deref()), (Some("2019-05-27"), Some("2019-05-29")));
    }
}

/// `tests/fixtures/fixture-cosp-2019-12.zh.txt` (written by
/// `make-cosp-fixture.py` from the real report): a Conference's session
/// with its agenda, what it adopted and an annex.
#[test]
fn a_conference_report_reads_whole() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/fixture-cosp-2019-12.zh.txt");
    let src = std::fs::read_to_string(path).expect("the fixture is committed");
    let r = parse_accounted(&src);
    let real = common::report();
    let m = &r.meeting;
    assert_eq!(m.body.as_ref().map(|b| b.id.as_str()), Some("cosp"));
    assert_eq!((m.session, m.sitting), (Some(8), Sitting::Session));
    assert_eq!(m.venue.as_ref().and_then(|v| v.en.as_deref()), Some("Abu Dhabi"));
    // Every paragraph but the rewritten two (the agenda, the opening) reads
    // as the real report's; the attendance is whole.
    assert_eq!(r.paragraphs.len(), real.paragraphs.len());
    for (a, b) in r.paragraphs.iter().zip(&real.paragraphs).filter(|(a, _)| ![17, 28].contains(&a.number)) {
        assert_eq!((a.number, &a.text, &a.articles, &a.speakers), (b.number, &b.text, &b.articles, &b.speakers));
    }
    assert_eq!(r.attendance, real.attendance);
    let apart: Vec<(ApartKind, &str, u32)> = r.apart.iter().map(|a| (a.kind, a.label.as_str(), a.after)).collect();
    assert_eq!(
        apart,
        [
            (ApartKind::Resolution, "第 8/1 号决议", 1),
            (ApartKind::Resolution, "第 8/2 号决议", 1),
            (ApartKind::Decision, "第 8/3 号决定", 1),
            (ApartKind::Annex, "附件", 93)
        ]
    );
    // Every agenda item named in English by what it is about.
    let agenda = r.paragraph(28).unwrap();
    assert_eq!(agenda.items.len(), 16);
    assert!(r.topics.iter().all(|t| !t.en.starts_with("Agenda item")), "{:?}", r.topics);
    for id in ["credentials", "review-mechanism", "preventive-measures", "asset-recovery", "technical-assistance"] {
        assert!(r.topics.iter().any(|t| t.id == id), "{id}");
    }
    assert!(r.diagnostics.warnings.is_empty(), "{:?}", r.diagnostics.warnings);
}

/// A list of documents in an annex puts symbols alone on their lines; one
/// that stands by a page's footer is still a row of the annex, not the
/// running header (which is the report's own symbol, or one that recurs).
#[test]
fn a_document_symbol_by_a_page_footer_is_a_row_of_the_annex() {
    let src = common::source();
    let masthead = "联合国 \n\nCAC/COSP/WG.4/2017/4 \n\nDistr.: General \n\n7 September 2017 \n\nChinese \n\nOriginal: English \n\n";
    let rows =
        "\n附件 \n\n文件清单 \n\nCAC/COSP/WG.4/2017/1 \n\n临时议程说明 \n\nCAC/COSP/WG.4/2017/2 \n\nV.17-06325 \n";
    for with_masthead in [true, false] {
        let text = format!("{}{}{rows}", if with_masthead { masthead } else { "" }, src.trim_end());
        let r = parse_accounted(&text);
        let annex = r.apart.last().expect("the annex");
        assert_eq!(annex.text, "CAC/COSP/WG.4/2017/1\n临时议程说明\nCAC/COSP/WG.4/2017/2", "masthead: {with_masthead}");
        let removed = |kind: &str| r.diagnostics.removed.iter().find(|d| d.kind == kind).map_or(0, |d| d.lines);
        assert_eq!((removed("running-header"), removed("job-number")), (0, 1), "masthead: {with_masthead}");
    }
}
