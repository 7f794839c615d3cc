//! Reports of other years and bodies write what the real report says in
//! other forms: citations in Arabic numerals with or without the PDF's
//! spaces, sessions numbered `届会议`, a group speaking `代表…发言`, dates
//! and numbers without spaces. Each test rewrites the real report into
//! such a form, as another year's report is written, and checks that it
//! reads as the same report.

mod common;

use regex::Regex;
use report::Report;

/// 一 to 九十九, as the test reads them (independently of the parser).
fn value(zh: &str) -> u32 {
    let d = |c: char| "一二三四五六七八九".chars().position(|x| x == c).map(|p| p as u32 + 1);
    let cs: Vec<char> = zh.chars().collect();
    match cs.as_slice() {
        ['十'] => 10,
        ['十', u] => 10 + d(*u).unwrap(),
        [t, '十'] => 10 * d(*t).unwrap(),
        [t, '十', u] => 10 * d(*t).unwrap() + d(*u).unwrap(),
        [u] => d(*u).unwrap(),
        _ => panic!("not a numeral the report uses: {zh}"),
    }
}

/// The source with every article, paragraph and subparagraph of a
/// citation written in Arabic numerals: `第 13 条第 1 款(c)项` (`spaced`) or
/// `第13条第1款（c）项`.
fn arabic(src: &str, spaced: bool) -> String {
    let unit = Regex::new(r"第([一二三四五六七八九十]{1,3})([条款])").unwrap();
    let sub = Regex::new(r"第([㈠-㈩])项").unwrap();
    let s = unit.replace_all(src, |c: &regex::Captures| {
        let n = value(&c[1]);
        if spaced {
            format!("第 {n} {}", &c[2])
        } else {
            format!("第{n}{}", &c[2])
        }
    });
    sub.replace_all(&s, |c: &regex::Captures| {
        let letter = (b'a' + (c[1].chars().next().unwrap() as u32 - '㈠' as u32) as u8) as char;
        if spaced {
            format!("({letter})项")
        } else {
            format!("（{letter}）项")
        }
    })
    .into_owned()
}

fn parse(src: &str) -> Report {
    report::parse(src.as_bytes()).unwrap_or_else(|e| panic!("the rewritten report parses: {e}"))
}

/// A paragraph's number, citations, topics and speakers (with whom they
/// speak for).
type Facts = (u32, Vec<String>, Vec<String>, Vec<(String, Option<String>)>);

/// What each paragraph cites and is about, and who speaks in it.
fn facts(r: &Report) -> Vec<Facts> {
    r.paragraphs
        .iter()
        .map(|p| {
            let cites =
                p.articles.iter().map(|c| format!("{}{}", c.cited(), if c.inherited { "*" } else { "" })).collect();
            let speakers = p.speakers.iter().map(|s| (s.id.clone(), s.on_behalf_of.clone())).collect();
            (p.number, cites, p.topics.clone(), speakers)
        })
        .collect()
}

#[test]
fn citations_in_arabic_numerals_read_as_the_chinese_ones() {
    let real = common::report();
    assert!(real.paragraphs.iter().any(|p| p.articles.iter().any(|c| !c.inherited)), "the real report cites");
    for spaced in [true, false] {
        let src = arabic(&common::source(), spaced);
        assert!(src.contains(if spaced { "第 13 条第 1 款(c)项" } else { "第13条第1款（c）项" }));
        let r = parse(&src);
        assert_eq!(facts(&r), facts(&real), "spaced: {spaced}");
        // Topics keep their ids and English names (none is "Agenda item …").
        let topics = |r: &Report| r.topics.iter().map(|t| (t.id.clone(), t.en.clone())).collect::<Vec<_>>();
        assert_eq!(topics(&r), topics(&real));
        assert!(r.topics.iter().all(|t| !t.en.starts_with("Agenda item")), "{:?}", topics(&r));
        assert!(r.diagnostics.warnings.len() <= real.diagnostics.warnings.len(), "{:?}", r.diagnostics.warnings);
    }
}

#[test]
fn sessions_numbered_in_either_way() {
    for (from, to) in [
        ("举行了第八次会议", "举行了第八届会议"),
        ("举行了第八次会议", "举行了第 8 届会议"),
        ("举行了第八次会议", "举行了其第8次会议"),
    ] {
        let src = common::source();
        assert!(src.contains(from));
        let r = parse(&src.replacen(from, to, 1));
        assert_eq!(r.meeting.session, Some(8), "{to}");
    }
}

#[test]
fn a_group_speaking_is_the_group_with_the_state_that_spoke_for_it() {
    let real = common::report();
    let p21 = |r: &Report| {
        r.paragraph(21).unwrap().speakers.iter().map(|s| (s.id.clone(), s.on_behalf_of.clone())).collect::<Vec<_>>()
    };
    let want = p21(&real);
    assert_eq!(
        want,
        [("DZA".to_string(), Some("GROUP:AFR".to_string())), ("GROUP:AFR".to_string(), Some("DZA".to_string()))]
    );
    let src = common::source();
    let said = "阿尔及利亚代表以非洲国家组的名义发言";
    assert!(src.contains(said));
    for other in [
        "阿尔及利亚代表代表非洲国家组发言",
        "阿尔及利亚代表代表非洲国家集团发言",
        "阿尔及利亚代表以非洲国家集团的名义发言",
    ] {
        assert_eq!(p21(&parse(&src.replacen(said, other, 1))), want, "{other}");
    }
    // A State whose name starts like the lead (以色列 after 代表以) is no group.
    let r = parse(&src.replacen(said, "阿尔及利亚代表以色列代表发言", 1));
    let ids: Vec<&str> = r.paragraph(21).unwrap().speakers.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"DZA") && !ids.contains(&"GROUP:AFR"), "{ids:?}");
    // The Group of 77 and China: one group, China not speaking nor named.
    for g77 in ["77 国集团和中国", "77国集团和中国"] {
        let r = parse(&src.replacen(said, &format!("阿根廷代表代表 {g77}发言"), 1));
        let p = r.paragraph(21).unwrap();
        let speakers: Vec<(String, Option<String>)> =
            p.speakers.iter().map(|s| (s.id.clone(), s.on_behalf_of.clone())).collect();
        assert_eq!(
            speakers,
            [("ARG".to_string(), Some("GROUP:G77".to_string())), ("GROUP:G77".to_string(), Some("ARG".to_string()))],
            "{g77}"
        );
        assert!(!p.states.contains(&"CHN".to_string()) && !p.mentions.contains(&"CHN".to_string()));
        let e = r.entity("GROUP:G77").unwrap();
        assert_eq!(e.en, "Group of 77 and China");
    }
}

#[test]
fn numbers_and_dates_without_spaces_keep_every_digit() {
    let real = common::report();
    // Copied text often has no space between digits and Chinese.
    let squeeze = Regex::new(r"(\p{Han}|[，。、；：（）]) (\d)|(\d) (\p{Han}|[，。、；：（）])").unwrap();
    let tight = |s: &str| {
        let mut s = s.to_string();
        loop {
            let t = squeeze.replace_all(&s, "$1$3$2$4").into_owned();
            if t == s {
                return s;
            }
            s = t;
        }
    };
    let src = tight(&common::source());
    assert!(src.contains("2017年8月21日"), "the meeting's dates are written without spaces");
    let r = parse(&src);
    assert_eq!(r.paragraphs.len(), real.paragraphs.len());
    for (a, b) in r.paragraphs.iter().zip(&real.paragraphs) {
        assert_eq!(tight(&a.text), tight(&b.text), "paragraph {}", b.number);
        assert_eq!(a.footnotes, b.footnotes, "paragraph {}", b.number);
    }
    assert_eq!(
        (r.meeting.first_day.as_deref(), r.meeting.last_day.as_deref()),
        (Some("2017-08-21"), Some("2017-08-23"))
    );
    // A date whose day is a footnote's number is a date.
    let dated = src.replacen("2017年8月21日至23日", "2017年8月1日至2日", 1);
    assert_ne!(dated, src);
    let r = parse(&dated);
    assert_eq!(
        (r.meeting.first_day.as_deref(), r.meeting.last_day.as_deref()),
        (Some("2017-08-01"), Some("2017-08-02"))
    );
    assert!(r.paragraphs.iter().all(|p| !p.text.contains("8月日")), "no digit of a date taken for a footnote marker");
}

#[test]
fn states_listed_as_having_spoken_each_speak() {
    let src = common::source();
    let said = "阿尔及利亚代表以非洲国家组的名义发言";
    let r = parse(&src.replacen(
        said,
        "下列国家的代表作了发言：阿尔及利亚、巴西、日本和马来西亚。阿尔及利亚代表以非洲国家组的名义发言",
        1,
    ));
    let ids: Vec<&str> = r.paragraph(21).unwrap().speakers.iter().map(|s| s.id.as_str()).collect();
    for id in ["DZA", "BRA", "JPN", "MYS", "GROUP:AFR"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
}

/// The model without what depends on where lines stand in the file.
fn placeless(r: &Report) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.retain(|k, _| !matches!(k.as_str(), "line" | "lines" | "diagnostics"));
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(r).unwrap();
    strip(&mut v);
    v
}

/// The real report's lines as a PDF's extracted text: a masthead on top,
/// and at every `page` lines a footer and the next page's header, in a
/// given style.
/// The lines a page ends with, given its number and the number of pages.
type Footer<'a> = &'a dyn Fn(usize, usize) -> Vec<String>;

fn paged(src: &str, page: usize, footer: Footer) -> String {
    let lines: Vec<&str> = src.lines().filter(|l| !l.trim().is_empty()).collect();
    let pages = lines.len().div_ceil(page);
    let mut out: Vec<String> = [
        "CAC/COSP/WG.4/2017/4",
        "联合国",
        "CAC/COSP/WG.4/2017/4",
        "Distr.: General",
        "7 September 2017",
        "Chinese",
        "Original: English",
        "联合国反腐败公约",
        "缔约国会议",
        "预防腐败问题不限成员名额",
        "政府间工作组",
        "第八次会议",
        "2017 年 8 月 21 日至 23 日，维也纳",
    ]
    .map(String::from)
    .to_vec();
    for (i, chunk) in lines.chunks(page).enumerate() {
        out.extend(chunk.iter().map(|l| l.to_string()));
        out.extend(footer(i + 1, pages));
        if i + 1 < pages {
            out.push("\u{c}CAC/COSP/WG.4/2017/4".into());
        }
    }
    out.join("\n")
}

#[test]
fn page_furniture_is_removed_and_the_masthead_kept() {
    let real = common::report();
    let styles: [(&str, Footer); 4] = [
        ("pdftotext", &|n, of| vec!["V.17-06325".into(), String::new(), format!("{n}/{of}")]),
        ("-layout", &|n, of| vec![format!("V.17-06325                                 {n}/{of}")]),
        ("dashes and (C)", &|n, _| vec![format!("- {n} -"), "V.17-06325 (C)".into()]),
        ("Geneva, page first", &|n, of| vec![format!("{n}/{of}"), "GE.17-12345 (C)  *1712345*".into()]),
    ];
    for (style, footer) in styles {
        for page in [31, 44] {
            let src = paged(&common::source(), page, footer);
            let r = parse(&src);
            assert_eq!(
                placeless(&Report { meeting: real.meeting.clone(), ..r.clone() }),
                placeless(&real),
                "{style}, {page} lines a page"
            );
            assert_eq!(r.title, real.title);
            assert_eq!(r.meeting.symbol.as_deref(), Some("CAC/COSP/WG.4/2017/4"), "{style}");
            assert_eq!(r.meeting.distributed.as_deref(), Some("2017-09-07"));
            assert_eq!(r.meeting.original_language.as_deref(), Some("English"));
            assert_eq!(Report { meeting: Default::default(), ..r.clone() }.meeting, Default::default());
            let mut m = r.meeting.clone();
            (m.symbol, m.distributed, m.original_language) = (None, None, None);
            assert_eq!(m, real.meeting, "the rest of the meeting as today");
            assert!(r.diagnostics.warnings.is_empty(), "{style}: {:?}", r.diagnostics.warnings);
            let removed = |k: &str| r.diagnostics.removed.iter().find(|x| x.kind == k).map_or(0, |x| x.lines);
            let pages = src.matches('\u{c}').count() as u32 + 1;
            assert_eq!(removed("form-feed"), pages - 1);
            assert_eq!(removed("masthead"), 13, "{style}");
            assert_eq!(removed("running-header"), pages - 1);
            // Cited by its symbol, in the UN's own way.
            assert_eq!(report::page::export::citation(&r, 39, "", true), "CAC/COSP/WG.4/2017/4, para. 39. ");
            assert_eq!(report::page::export::citation(&r, 39, "", false), "CAC/COSP/WG.4/2017/4，第 39 段。");
            // Every character is accounted for.
            report::parse::integrity::account(&src, &r).unwrap_or_else(|e| panic!("{style}: {e}"));
        }
    }
    // The real text has none of it, and no symbol is guessed.
    assert!(real
        .diagnostics
        .removed
        .iter()
        .all(|k| !matches!(k.kind.as_str(), "masthead" | "page-number" | "form-feed")));
    assert_eq!(real.meeting.symbol, None);
    assert!(report::page::export::citation(&real, 39, "", true).starts_with(&real.title));
}

#[test]
fn what_looks_like_a_citation_or_a_statement_but_was_not_read_is_said_with_its_line() {
    let src = common::source();
    let cite = "第十三条第一款第㈢项）；";
    assert!(src.contains(cite));
    let r = parse(&src.replacen(cite, "第七十二条）；", 1));
    let w: Vec<&report::Warning> =
        r.diagnostics.warnings.iter().filter(|w| w.kind == report::WarningKind::Unread).collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].message.contains("第七十二条"));
    let line = src.lines().position(|l| l.contains(cite)).unwrap() as u32 + 1;
    assert_eq!(w[0].line, line);
    // A statement by someone no table knows.
    let said = "阿尔及利亚代表以非洲国家组的名义发言";
    let r = parse(&src.replacen(said, "瓦坎达代表代表本国发言", 1));
    assert!(
        r.diagnostics
            .warnings
            .iter()
            .any(|w| w.kind == report::WarningKind::Unread && w.message.contains("no speaker")),
        "{:?}",
        r.diagnostics.warnings
    );
    // Written after 公约 without brackets, it is the Convention's.
    let r = parse(&src.replacen(cite, "公约第 72 条）；", 1));
    assert!(
        r.diagnostics.warnings.iter().any(|w| w.kind == report::WarningKind::Unread),
        "{:?}",
        r.diagnostics.warnings
    );
    // Another instrument's article is not the Convention's.
    let r = parse(&src.replacen(cite, "《示范法》第八十条）；", 1));
    assert!(
        r.diagnostics.warnings.iter().all(|w| w.kind != report::WarningKind::Unread),
        "{:?}",
        r.diagnostics.warnings
    );
}

#[test]
fn states_not_parties_attend_as_observers() {
    let src = common::source();
    let eu = "区域经济一体化组织欧洲联盟作为《公约》缔约方派代表出席了会议。";
    assert!(src.contains(eu));
    let r = parse(&src.replacen(eu, "下列非《公约》缔约国派观察员出席了会议：阿拉伯叙利亚共和国。", 1));
    assert!(r.attendance.states.iter().all(|s| s.iso3 != "SYR"), "not a State party");
    let o = r.attendance.observers.iter().find(|o| o.id == "SYR").expect("an observer");
    assert_eq!((o.category.as_str(), o.paragraph), ("observer-state", 30));
    assert_eq!(r.attendance.states.len(), common::report().attendance.states.len());
    assert!(r.diagnostics.warnings.is_empty(), "{:?}", r.diagnostics.warnings);
}

#[test]
fn a_vice_chair_presiding_is_the_vice_chair() {
    let src = common::source();
    let both = "工作组的会议由缔约国会议主席 Alexander Konovalov（俄罗斯\n\n联邦）和副主席 Andrés Lamoliatte Vargas（智利）主持。";
    assert!(src.contains(both));
    let r = parse(&src.replacen(both, "工作组的会议由缔约国会议副主席 Andrés Lamoliatte Vargas（智利）主持。", 1));
    let officers: Vec<(&str, &str, Option<&str>)> =
        r.meeting.officers.iter().map(|o| (o.role.as_str(), o.name.as_str(), o.iso3.as_deref())).collect();
    assert_eq!(officers, [("vice-chair", "Andrés Lamoliatte Vargas", Some("CHL"))]);
    let p = r.paragraph(17).unwrap();
    assert!(p.speakers.iter().all(|s| s.id != "chair"), "the Vice-Chair is not the Chair");
}
