//! The default view written into index.html at build time: every
//! paragraph, footnote and attending State of the report, its text intact
//! and escaped, with the app's ids; bounded for long reports.

mod common;

use report::site::prerender::{escape, page, Site, MAX_PARAGRAPHS};
use report::site::series::{Catalog, ReportInfo};
use report::Report;

/// The view of a site of this one report.
fn view(r: &Report, max: usize) -> String {
    let catalog = Catalog::new(vec![ReportInfo::of("wg-prevention-2017-08", r)]);
    page(r, &Site { id: "wg-prevention-2017-08", catalog: &catalog }, max)
}

/// The text of an HTML fragment: tags dropped, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The inner HTML of the element that starts right after `open`.
fn inner<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("{open} missing")) + open.len();
    let end = html[start..].find(close).unwrap() + start;
    &html[start..end]
}

#[test]
fn every_paragraph_is_there_with_its_text_and_id() {
    let r = common::report();
    let html = view(&r, MAX_PARAGRAPHS);
    assert_eq!(html.matches(r#"<article id="p"#).count(), 93);
    for p in &r.paragraphs {
        let card = inner(&html, &format!(r#"<article id="p{}" class="card""#, p.number), "</article>");
        let body = inner(card, r#"<p class="text" lang="zh-Hans">"#, "</p>");
        // Footnote markers are superscript links added to the text.
        let mut plain = body.to_string();
        while let Some(a) = plain.find("<sup") {
            let b = plain[a..].find("</sup>").unwrap() + a + "</sup>".len();
            plain.replace_range(a..b, "");
        }
        assert_eq!(text_of(&plain), p.text, "paragraph {}", p.number);
        assert!(card.contains(&format!(r##"href="#p{}""##, p.number)), "permalink of {}", p.number);
    }
    // Cross-references and footnote markers are plain links.
    let p91 = inner(&html, r#"<article id="p91""#, "</article>");
    assert!(p91.contains(r##"<a class="xref" href="#p90">"##));
    let p20 = inner(&html, r#"<article id="p20""#, "</article>");
    assert!(p20.contains(r##"href="#fn1""##) && p20.contains(r##"href="#fn2""##));
    // China speaks in 39, in both interface languages.
    let p39 = inner(&html, r#"<article id="p39""#, "</article>");
    assert!(p39.contains("中国") && p39.contains("China") && p39.contains("panelist"));
    for f in &r.footnotes {
        assert!(html.contains(&format!(r#"<li id="fn{0}" value="{0}""#, f.number)));
    }
    let attendance = inner(&html, r#"<section class="attendance">"#, "</section>");
    assert_eq!(
        attendance.matches("<li>").count(),
        r.attendance.states.len() + r.attendance.observers.len() + r.attendance.regional_organizations.len()
    );
    // Each section heading of the list once, with the app's id.
    for s in &r.sections {
        if r.paragraphs.iter().any(|p| p.section == s.id) {
            assert_eq!(
                html.matches(&format!(r#"id="{}""#, report::site::markup::section_anchor(&s.id))).count(),
                1,
                "{}",
                s.id
            );
        }
    }
    assert!(!html.contains("<script"), "no script in the prerendered view");
    assert!(!html.contains(" style="), "no inline style (the CSP forbids it)");
}

#[test]
fn report_text_is_escaped() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/hostile.zh.txt");
    let r = report::parse(std::fs::read_to_string(path).unwrap().as_bytes()).unwrap();
    let html = view(&r, MAX_PARAGRAPHS);
    assert!(!html.contains("<script>window"), "markup in the report stays text");
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    assert_eq!(escape(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

#[test]
fn a_long_report_is_written_up_to_the_bound() {
    let r = common::report();
    let html = view(&r, 10);
    assert_eq!(html.matches(r#"<article id="p"#).count(), 10);
    assert!(
        html.contains("其余 83 段需在交互页面中查看。")
            && html.contains("The other 83 paragraphs need the interactive page.")
    );
    assert!(!view(&r, MAX_PARAGRAPHS).contains("其余"), "a report within the bound has no such note");
}

#[test]
fn filters_count_values_and_the_search() {
    use report::query::{Facet, Filter};
    let mut f = Filter::default();
    assert_eq!(f.active(), 0);
    f.toggle(Facet::Speaker, "CHN");
    f.toggle(Facet::Speaker, "JPN");
    f.toggle(Facet::Article, "11");
    f.query = "  ".into();
    assert_eq!(f.active(), 3, "a blank search is not a filter");
    f.query = "教育".into();
    assert_eq!(f.active(), 4);
}

#[test]
fn every_section_of_the_contents_has_an_anchor_in_the_list() {
    use report::page::views::{opened_sections, section_heading};
    use report::site::markup::section_anchor;
    let r = common::report();
    let html = view(&r, MAX_PARAGRAPHS);
    // The contents link to every section with paragraphs under it.
    for s in &r.sections {
        if r.paragraphs.iter().any(|p| r.section_path(&p.section).iter().any(|x| x.id == s.id)) {
            assert_eq!(html.matches(&format!(r#" id="{}""#, section_anchor(&s.id))).count(), 1, "{}", s.id);
        }
    }
    // Walking the list: a new chapter opens the chapter; a sibling opens nothing.
    let chapter = r
        .sections
        .iter()
        .find(|s| s.parent.is_none() && r.sections.iter().any(|c| c.parent.as_deref() == Some(s.id.as_str())))
        .unwrap();
    let child = r.sections.iter().find(|c| c.parent.as_deref() == Some(chapter.id.as_str())).unwrap();
    assert_eq!(opened_sections(&r, None, &child.id), [chapter.id.as_str()]);
    assert!(opened_sections(&r, Some(&child.id), &child.id).is_empty());
    let (up, own) = section_heading(&r, &child.id);
    assert_eq!(up.unwrap(), format!("{} {} › ", chapter.label, chapter.title));
    assert_eq!(own, format!("{} {}", child.label, child.title));
    assert_eq!(section_heading(&r, &chapter.id).0, None);
}

#[test]
fn a_report_of_10000_paragraphs_is_written_within_its_bound() {
    let text = report::parse::synth::synthesize(&common::source(), 10_000).unwrap();
    let r = report::parse(text.as_bytes()).unwrap();
    let html = view(&r, MAX_PARAGRAPHS);
    assert_eq!(html.matches(r#"<article id="p"#).count(), MAX_PARAGRAPHS);
    // The contents name only the sections written; the footnotes only theirs.
    let toc_links = html.matches(r##"<li class="depth-"##).count() / 2;
    let written: std::collections::BTreeSet<&str> = r.paragraphs[..MAX_PARAGRAPHS]
        .iter()
        .flat_map(|p| r.section_path(&p.section).into_iter().map(|s| s.id.as_str()))
        .collect();
    assert_eq!(toc_links, written.len());
    let cited: std::collections::BTreeSet<u32> =
        r.paragraphs[..MAX_PARAGRAPHS].iter().flat_map(|p| p.footnotes.iter().copied()).collect();
    assert_eq!(html.matches(r#"<li id="fn"#).count(), cited.len());
    // An attendance list is cut at its bound, and says how many follow.
    let rest = r.attendance.states.len() - report::site::prerender::MAX_ATTENDEES;
    assert!(html.contains(&format!("另有 {rest} 个，见交互页面。")), "{rest}");
    println!("prerendered view of {} paragraphs: {} bytes", r.paragraphs.len(), html.len());
    assert!(html.len() < 400_000, "{} bytes", html.len());
}

#[test]
fn a_series_view_has_a_chooser_and_links_its_own_data() {
    let r = common::report();
    let single = view(&r, MAX_PARAGRAPHS);
    assert!(!single.contains("report-choice"), "one report: no chooser");
    assert!(single.contains(r#"href="wg-prevention-2017-08.json" download"#));
    let other = ReportInfo {
        id: "wg-prevention-2019-09".into(),
        first_day: Some("2019-09-04".into()),
        session: Some(10),
        ..ReportInfo::of("x", &r)
    };
    let catalog = Catalog::new(vec![ReportInfo::of("wg-prevention-2017-08", &r), other]);
    let html = page(&r, &Site { id: "wg-prevention-2017-08", catalog: &catalog }, MAX_PARAGRAPHS);
    let list = inner(&html, r#"<details class="report-choice"><summary>"#, "</details>");
    assert_eq!(
        text_of(list.split("<ul>").next().unwrap()),
        "报告Report: 预防腐败问题工作组 · 第八次会议 · 2017 · 维也纳Working Group on the Prevention of Corruption · 8th meeting · 2017 · Vienna"
    );
    assert!(list.contains(r#"<li><a href="?report=wg-prevention-2019-09"><span class="ui-zh">预防腐败问题工作组 · 第十次会议 · 2019 · 维也纳</span>"#), "{list}");
    assert!(list.contains(r#"<li><a href="?report=wg-prevention-2017-08" aria-current="page">"#), "{list}");
    assert!(list.find("2019-09").unwrap() < list.find("2017-08\"").unwrap(), "newest first");
    assert!(list.ends_with(r#"<li><a href="?report=all"><span class="ui-zh">历次会议</span><span class="ui-en" lang="en">All meetings</span></a></li></ul>"#), "{list}");
}

/// Each card's text as the app reads it back from the page: the
/// `<p class="text">` without its footnote markers (`<sup>`).
fn card_texts(html: &str) -> Vec<String> {
    html.split(r#"<p class="text" lang="zh-Hans">"#)
        .skip(1)
        .map(|rest| {
            let mut html = &rest[..rest.find("</p>").unwrap()];
            let mut kept = String::new();
            while let Some(i) = html.find("<sup") {
                kept.push_str(&html[..i]);
                html = &html[i + html[i..].find("</sup>").unwrap() + "</sup>".len()..];
            }
            kept.push_str(html);
            text_of(&kept)
        })
        .collect()
}

fn fixture(name: &str) -> Report {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    report::parse(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn the_page_holds_exactly_the_texts_the_embedded_model_leaves_out() {
    use report::page::page_text::{restore, take};
    let long = report::parse(report::parse::synth::synthesize(&common::source(), 300).unwrap().as_bytes()).unwrap();
    let reports = [common::report(), fixture("hostile.zh.txt"), fixture("fixture-wg-prevention-2019-09.zh.txt"), long];
    for r in reports {
        let held = r.paragraphs.len().min(MAX_PARAGRAPHS);
        let mut embedded = r.clone();
        let taken = take(&mut embedded, MAX_PARAGRAPHS);
        assert_eq!(taken.count as usize, held);
        assert!(embedded.paragraphs[..held].iter().all(|p| p.text.is_empty()));
        assert_eq!(embedded.paragraphs[held..], r.paragraphs[held..], "the rest keep their texts");
        restore(&mut embedded, taken, card_texts(&view(&r, MAX_PARAGRAPHS))).unwrap();
        assert_eq!(embedded, r, "{}", r.title);
    }
}

#[test]
fn texts_changed_in_the_page_are_refused_and_the_model_kept_as_embedded() {
    use report::page::page_text::{restore, take, TextError};
    let r = common::report();
    let mut embedded = r.clone();
    let taken = take(&mut embedded, MAX_PARAGRAPHS);
    let texts = card_texts(&view(&r, MAX_PARAGRAPHS));
    let refused = |texts: Vec<String>| {
        let mut m = embedded.clone();
        let e = restore(&mut m, taken, texts).unwrap_err();
        assert_eq!(m, embedded, "nothing put back");
        e
    };
    // A translator rewrote a paragraph.
    let mut translated = texts.clone();
    translated[38] = translated[38].replace("中国", "China");
    assert_eq!(refused(translated), TextError::Changed);
    // Two paragraphs swapped, or a character moved from one to the next.
    let mut swapped = texts.clone();
    swapped.swap(1, 2);
    assert_eq!(refused(swapped), TextError::Changed);
    let mut moved = texts.clone();
    let last = moved[0].pop().unwrap();
    moved[1].insert(0, last);
    assert_eq!(refused(moved), TextError::Changed);
    // A card missing.
    let mut fewer = texts.clone();
    fewer.pop();
    let e = refused(fewer);
    assert_eq!(e, TextError::Count { expected: 93, found: 92 });
    assert_eq!(e.to_string(), "92 paragraph texts for the report's 93 paragraphs");
    // The texts as written: accepted.
    restore(&mut embedded, taken, texts).unwrap();
    assert_eq!(embedded, r);
}

#[test]
fn what_the_embedded_model_leaves_out_changes_nothing_the_page_draws() {
    use report::page::page_text::leave_out_unread;
    for r in [common::report(), fixture("fixture-wg-prevention-2019-09.zh.txt")] {
        let mut embedded = r.clone();
        leave_out_unread(&mut embedded);
        assert!(embedded.paragraphs.iter().all(|p| p.lines == (0, 0) && p.items.is_empty() && p.documents.is_empty()));
        assert!(embedded.attendance.states.iter().all(|s| s.name.is_empty()));
        assert!(embedded.articles.len() < r.articles.len(), "uncited articles' titles left out");
        // Every article a paragraph cites keeps its title; so does every name.
        for c in r.paragraphs.iter().flat_map(|p| &p.articles) {
            assert_eq!(embedded.article_info(c.article), r.article_info(c.article));
        }
        assert_eq!(embedded.entities, r.entities);
        assert_eq!(view(&embedded, MAX_PARAGRAPHS), view(&r, MAX_PARAGRAPHS), "{}", r.title);
        assert_eq!(
            report::query::Index::new(&embedded).counts(&Default::default()),
            report::query::Index::new(&r).counts(&Default::default())
        );
    }
}

#[test]
fn an_outline_and_its_texts_make_the_report_whole_and_nothing_else_does() {
    use report::page::page_text::{put_all, take_all, TextError};
    let r = common::report();
    let mut outline = r.clone();
    let texts = take_all(&mut outline);
    assert_eq!(texts.len(), 93);
    assert!(outline.paragraphs.iter().all(|p| p.text.is_empty()), "the outline holds no text");
    assert_eq!(
        report::query::Index::new(&outline).counts(&Default::default()),
        report::query::Index::new(&r).counts(&Default::default()),
        "an outline counts as the report does"
    );
    // Texts of another build (one fewer): refused, the outline kept.
    let mut short = outline.clone();
    let e = put_all(&mut short, texts[1..].to_vec()).unwrap_err();
    assert_eq!(e, TextError::Count { expected: 93, found: 92 });
    assert_eq!(short, outline);
    put_all(&mut outline, texts).unwrap();
    assert_eq!(outline, r);
}
