//! Entity and article pages, exports and citations on the real report.

mod common;

use report::page::{export, views};
use report::{Report, Role};

/// The numbers the report prints for paragraphs named by place.
fn numbers(r: &Report, places: &[usize]) -> Vec<u32> {
    places.iter().map(|&at| r.paragraphs[at].number).collect()
}

#[test]
fn china_spoke_once_as_a_panelist_and_attended() {
    let r = common::report();
    let s = views::entity(&r, "CHN");
    assert!(s.attended);
    assert_eq!(s.spoke.len(), 1);
    assert_eq!((numbers(&r, &[s.spoke[0].at]), s.spoke[0].role), (vec![39], Role::Panelist));
    assert_eq!(s.spoke[0].topics, ["education"]);
    assert_eq!(numbers(&r, &s.named_only), [29]);
}

#[test]
fn algeria_spoke_for_the_african_group() {
    let r = common::report();
    let s = views::entity(&r, "DZA");
    assert_eq!(s.spoke[0].on_behalf_of.as_deref(), Some("GROUP:AFR"));
    let g = views::entity(&r, "GROUP:AFR");
    assert!(!g.attended);
    assert_eq!(g.spoke[0].on_behalf_of.as_deref(), Some("DZA"));
    assert_eq!(views::entity(&r, "EU").spoke.len(), 1);
    assert!(views::entity(&r, "EU").attended);
    let qatar = views::entity(&r, "QAT");
    assert_eq!(numbers(&r, &qatar.spoke.iter().map(|s| s.at).collect::<Vec<_>>()), [60]);
    assert_eq!(numbers(&r, &qatar.named_only), [29, 81]);
}

#[test]
fn article_13_and_its_finer_citations() {
    let r = common::report();
    let a = views::article(&r, 13);
    assert_eq!(numbers(&r, &a.explicit), [5, 28, 42, 90]);
    assert_eq!(a.inherited.len(), 23);
    let finer: Vec<(String, Vec<u32>)> = a.finer.iter().map(|(x, ps)| (x.to_string(), numbers(&r, ps))).collect();
    assert_eq!(finer[0].0, "13(1)(c)");
    assert_eq!(finer[1], ("13(2)".to_string(), vec![90]));
    assert!(a.speakers.iter().any(|(id, n)| id == "CHN" && *n == 1));
    assert_eq!(a.speakers[0].0, "unattributed");
}

#[test]
fn all_data_is_byte_for_byte_what_report_parse_prints() {
    let r = common::report();
    let page = export::report_json(&r);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_report"))
        .args(["parse", common::REPORT_PATH])
        .output()
        .expect("the report command runs");
    assert!(out.status.success());
    assert_eq!(page.as_bytes(), out.stdout.as_slice());
    let all: Vec<usize> = (0..r.paragraphs.len()).collect();
    assert_eq!(export::json(&r, &all), page);
}

#[test]
fn the_filtered_json_has_the_same_shape_with_the_chosen_paragraphs() {
    let r = common::report();
    let full: serde_json::Value = serde_json::to_value(&r).unwrap();
    let mine: serde_json::Value = serde_json::from_str(&export::json(&r, &[38, 1])).expect("valid JSON");
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&mine), keys(&full));
    for k in keys(&full) {
        if k != "paragraphs" {
            assert_eq!(mine[&k], full[&k], "{k}");
        }
    }
    let numbers: Vec<u64> =
        mine["paragraphs"].as_array().unwrap().iter().map(|p| p["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [39, 2]);
    assert_eq!(mine["paragraphs"][0], full["paragraphs"][38]);
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_paragraph() {
    let r = common::report();
    let csv = export::csv(&r, &[38, 1], None);
    assert!(csv.starts_with("\u{feff}number,section,speakers,states,articles,topics,text\r\n"));
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[1].starts_with("39,IV.A.1,中国 (panelist),CHN,13(1)(c)*,education,一名来自中国"));
    // Paragraph 2 has sub-items on their own lines: quoted.
    assert!(rows[2].starts_with("2,I,,,,,\"缔约国会议"));
    // A report of a series names itself on every row.
    let named = export::csv(&r, &[38], Some("wg-prevention-2017-08"));
    assert!(named.starts_with("\u{feff}report,number,section,"));
    assert!(named.lines().nth(1).unwrap().starts_with("wg-prevention-2017-08,39,IV.A.1,"));
}

#[test]
fn markdown_and_citations() {
    let r = common::report();
    let md = export::markdown(&r, &[38], "speaker=CHN");
    assert!(md.starts_with(&format!("# {}\n\n> speaker=CHN\n\n**39.** 一名来自中国", r.title)));
    let zh = export::citation(&r, 39, "https://example.org/x/#p39", false);
    assert_eq!(zh, format!("《{}》，第 39 段。https://example.org/x/#p39", r.title));
    let en = export::citation(&r, 39, "https://example.org/x/#p39", true);
    assert!(en.contains("held in Vienna, 2017-08-21 to 2017-08-23") && en.contains("para. 39."), "{en}");
}

#[test]
fn the_published_compact_file_is_the_model_the_page_embeds_with_every_text() {
    let dir = std::env::temp_dir().join(format!("report-publish-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_report"))
        .args(["publish", common::REPORT_PATH, dir.to_str().unwrap()])
        .output()
        .expect("the report command runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let name = std::path::Path::new(common::REPORT_PATH).file_name().unwrap().to_str().unwrap();
    let id = report::site::series::id_of(name).unwrap();
    let bytes = std::fs::read(dir.join(report::site::series::data_file(&id))).unwrap();
    let published: report::Report = postcard::from_bytes(&bytes).expect("the compact file decodes");
    let mut page = common::report();
    report::page::page_text::leave_out_unread(&mut page);
    assert_eq!(published, page);
    assert_eq!(published.paragraphs.len(), 93);
    assert!(published.paragraphs.iter().all(|p| !p.text.is_empty()));
    // The JSON beside it keeps everything.
    let json = std::fs::read_to_string(dir.join(report::site::series::json_file(&id))).unwrap();
    assert_eq!(json, export::report_json(&common::report()));
    std::fs::remove_dir_all(&dir).unwrap();
}
