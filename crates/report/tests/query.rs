//! The query engine and URL state on the real report.

mod common;

use report::page::i18n::Lang;
use report::query::{highlights, Facet, Filter, Index, Lexicon};
use report::site::params::{Notice, PageState, View};
use std::collections::BTreeSet;

fn numbers(r: &report::Report, index: &Index, f: &Filter) -> Vec<u32> {
    index.hits(f).iter().map(|i| r.paragraphs[i].number).collect()
}

fn count(index: &Index, f: &Filter, facet: Facet, value: &str) -> usize {
    index.counts(f).get(facet).iter().find(|c| c.value == value).map_or(0, |c| c.count)
}

#[test]
fn empty_filter_shows_everything() {
    let r = common::report();
    let index = Index::new(&r);
    assert_eq!(index.hits(&Filter::default()).count(), 93);
    assert_eq!(count(&index, &Filter::default(), Facet::Speaker, "CHN"), 1);
}

#[test]
fn china_shows_only_paragraph_39() {
    let r = common::report();
    let index = Index::new(&r);
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "CHN");
    assert_eq!(numbers(&r, &index, &f), [39]);
}

#[test]
fn values_in_one_facet_combine_with_or_and_facets_with_and() {
    let r = common::report();
    let index = Index::new(&r);
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "CHN");
    f.toggle(Facet::Speaker, "MYS");
    assert_eq!(numbers(&r, &index, &f), [38, 39]);
    f.toggle(Facet::Topic, "criminal-justice");
    assert!(numbers(&r, &index, &f).is_empty());
    // The count next to a value is what adding it would give.
    assert_eq!(count(&index, &f, Facet::Topic, "education"), 2);
    assert_eq!(count(&index, &f, Facet::Topic, "criminal-justice"), 0);
    f.toggle(Facet::Topic, "criminal-justice");
    f.toggle(Facet::Topic, "education");
    assert_eq!(numbers(&r, &index, &f), [38, 39]);
    // Within the speaker group, counts ignore the speaker choice itself.
    assert_eq!(count(&index, &f, Facet::Speaker, "QAT"), 0);
    assert_eq!(count(&index, &f, Facet::Speaker, "ECU"), 1);
}

#[test]
fn article_matches_explicit_or_through_the_heading() {
    let r = common::report();
    let index = Index::new(&r);
    let mut f = Filter::default();
    f.toggle(Facet::Article, "11");
    let hits = numbers(&r, &index, &f);
    let mut want: Vec<u32> = vec![5, 28];
    want.extend(58..=74);
    assert_eq!(hits, want);
    assert_eq!(report::query::article_match(&r, 58, 11), Some(report::query::ArticleMatch::Explicit)); // paragraph 59
    assert_eq!(report::query::article_match(&r, 60, 11), Some(report::query::ArticleMatch::Inherited)); // paragraph 61
    let mut f = Filter::default();
    f.toggle(Facet::Article, "5");
    assert_eq!(numbers(&r, &index, &f), [8, 90]);
}

#[test]
fn chinese_substring_search() {
    let r = common::report();
    let index = Index::new(&r);
    let f = Filter { query: "廉正".into(), ..Filter::default() };
    let hits = numbers(&r, &index, &f);
    let want: Vec<u32> = r.paragraphs.iter().filter(|p| p.text.contains("廉正")).map(|p| p.number).collect();
    assert_eq!(hits, want);
    assert!(hits.len() > 30);
    // 正在 is not 廉正: a two-character term matches as a whole.
    assert!(!hits.contains(&47));
    // Combined with a facet.
    let mut g = f.clone();
    g.toggle(Facet::Topic, "education");
    assert!(numbers(&r, &index, &g).iter().all(|n| hits.contains(n)));
    assert_eq!(count(&index, &g, Facet::Speaker, "CHN"), 1);
    let h = highlights(r.paragraph(39).unwrap(), &index.read_search("廉正"));
    assert_eq!(h.len(), 2);
    assert_eq!(&r.paragraph(39).unwrap().text[h[0].0..h[0].1], "廉正");
}

#[test]
fn a_state_is_found_by_its_name_in_either_language() {
    let r = common::report();
    let index = Index::new(&r);
    for q in ["China", "china", "CHINA", "CHN", "chn", "ＣＨＮ"] {
        let f = Filter { query: q.into(), ..Filter::default() };
        assert_eq!(numbers(&r, &index, &f), [29, 39], "{q}");
    }
    // The Chinese name is also a plain text hit wherever it occurs
    // (发展中国家 holds 中国): entity hits add to text hits.
    let f = Filter { query: "中国".into(), ..Filter::default() };
    let mut want: Vec<u32> = r.paragraphs.iter().filter(|p| p.text.contains("中国")).map(|p| p.number).collect();
    assert!(want.contains(&15) && want.contains(&39), "{want:?}");
    want.retain(|n| *n != 29);
    want.push(29);
    want.sort();
    assert_eq!(numbers(&r, &index, &f), want);
    let f = Filter { query: "Wallenberg".into(), ..Filter::default() };
    assert!(numbers(&r, &index, &f).is_empty(), "only whole names match entities");
}

/// The paragraphs whose text holds `needle` once spaces between CJK
/// characters and digits are ignored: the rule stated independently of
/// the folding code, for the real report.
fn holding(r: &report::Report, needle: &str) -> Vec<u32> {
    let squeeze = |s: &str| -> String {
        let cs: Vec<char> = s.chars().collect();
        let mut out = String::new();
        for (i, &c) in cs.iter().enumerate() {
            if c == ' ' && i > 0 && i + 1 < cs.len() {
                let (a, b) = (cs[i - 1], cs[i + 1]);
                let cjk = |c: char| ('\u{3000}'..='\u{9FFF}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c);
                if cjk(a) && b.is_ascii_alphanumeric() || a.is_ascii_alphanumeric() && cjk(b) {
                    continue;
                }
            }
            out.push(c);
        }
        out
    };
    r.paragraphs.iter().filter(|p| squeeze(&p.text).contains(needle)).map(|p| p.number).collect()
}

#[test]
fn every_paragraph_that_holds_the_word_is_found() {
    let r = common::report();
    let index = Index::new(&r);
    for (q, n) in [("秘书处", 23), ("主席", 7), ("第90段", 1), ("2017年8月", 2)] {
        let f = Filter { query: q.into(), ..Filter::default() };
        let got = numbers(&r, &index, &f);
        assert_eq!(got.len(), n, "{q}: {got:?}");
        assert_eq!(got, holding(&r, q), "{q}");
    }
    // Spaces as the PDF has them, full-width digits and Latin letters.
    for (a, b) in [
        ("第 90 段", "第90段"),
        ("２０１７年８月", "2017年8月"),
        ("2017 年 8 月", "2017年8月"),
        ("ＣＡＣ／ＣＯＳＰ", "cac/cosp"),
    ] {
        let fa = Filter { query: a.into(), ..Filter::default() };
        let fb = Filter { query: b.into(), ..Filter::default() };
        assert_eq!(numbers(&r, &index, &fa), numbers(&r, &index, &fb), "{a} = {b}");
        assert!(!numbers(&r, &index, &fa).is_empty(), "{a}");
    }
}

#[test]
fn the_chair_and_the_secretariat_are_found_by_their_english_names() {
    let r = common::report();
    let index = Index::new(&r);
    let secretariat = numbers(&r, &index, &Filter { query: "Secretariat".into(), ..Filter::default() });
    let text = holding(&r, "秘书处");
    // Where it speaks or is named: within the paragraphs that hold 秘书处.
    assert!(secretariat.iter().all(|n| text.contains(n)), "{secretariat:?}");
    assert!(secretariat.len() >= 20, "{secretariat:?}");
    assert!(secretariat.contains(&19) && secretariat.contains(&77));
    let chair = numbers(&r, &index, &Filter { query: "chair".into(), ..Filter::default() });
    // 副主席 (vice-chair) and 担任主席 (chairs another body) are not the Chair.
    assert!(!chair.contains(&63), "{chair:?}");
    assert!(chair.contains(&17) && chair.contains(&18) && chair.contains(&34));
}

#[test]
fn highlights_mark_text_and_entity_hits_in_the_source() {
    let r = common::report();
    let index = Index::new(&r);
    let p17 = r.paragraph(17).unwrap();
    let h = highlights(p17, &index.read_search("2017年8月"));
    assert_eq!(h.len(), 1);
    assert_eq!(&p17.text[h[0].0..h[0].1], "2017 年 8 月");
    let p39 = r.paragraph(39).unwrap();
    let h = highlights(p39, &index.read_search("China"));
    assert_eq!(h.iter().map(|&(a, b)| &p39.text[a..b]).collect::<Vec<_>>(), ["中国"]);
    let p15 = r.paragraph(15).unwrap();
    let h = highlights(p15, &index.read_search("China"));
    assert!(h.is_empty(), "发展中国家 is not China");
    let h = highlights(p15, &index.read_search("中国"));
    assert_eq!(h.len(), 1, "but it holds the text 中国");
}

#[test]
fn url_state_round_trips_and_reports_what_it_cannot_use() {
    let r = common::report();
    let index = Index::new(&r);
    let (s, notices) = PageState::from_query(
        "?speaker=CHN&speaker=mys&topic=education&article=11&q=%E6%95%99%E8%82%B2&lang=en",
        &index,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.filter.speakers, ["CHN", "MYS"]);
    assert_eq!(s.filter.articles, [11]);
    assert_eq!(s.filter.query, "教育");
    assert_eq!(s.lang, Some(Lang::En));
    let (again, _) = PageState::from_query(&s.to_query(), &index);
    assert_eq!(again, s);

    let (s, notices) = PageState::from_query("speaker=XXX&article=abc&bogus=1&lang=fr&view=entity:CHN", &index);
    assert_eq!(s.filter, Filter::default());
    assert_eq!(s.view, View::Entity("CHN".into()));
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices.contains(&Notice::UnknownParam("bogus".into())));

    let many = "speaker=CHN&".repeat(500) + &"topic=x&".repeat(500);
    let (s, notices) = PageState::from_query(&many, &index);
    assert_eq!(s.filter.speakers, ["CHN"]);
    assert!(notices.iter().any(|n| matches!(n, Notice::TooMany { .. })));
    let huge = format!("q={}", "教".repeat(1_000_000));
    let (s, notices) = PageState::from_query(&huge, &index);
    assert!(s.filter.query.chars().count() <= report::site::params::MAX_SEARCH_CHARS);
    assert!(notices.iter().any(|n| matches!(n, Notice::TooLong { .. })));
}

#[test]
fn section_counts_add_up_the_tree_and_results_match_hits_and_counts() {
    let r = common::report();
    let index = Index::new(&r);
    let all = index.hits(&Filter::default());
    let counts = index.section_counts(&all);
    let at = |id: &str| counts[r.sections.iter().position(|s| s.id == id).unwrap()];
    // Each chapter holds its paragraphs and those of its sections.
    let chapters: usize = r.sections.iter().zip(&counts).filter(|(s, _)| s.parent.is_none()).map(|(_, n)| n).sum();
    assert_eq!(chapters, 93);
    let direct =
        |id: &str| r.paragraphs.iter().filter(|p| p.section == id || p.section.starts_with(&format!("{id}."))).count();
    for s in &r.sections {
        assert_eq!(at(&s.id), direct(&s.id), "section {}", s.id);
    }
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "CHN");
    f.query = "廉正".into();
    let (hits, facet_counts, _) = index.results(&f);
    assert_eq!(hits, index.hits(&f));
    assert_eq!(facet_counts, index.counts(&f));
    let only = index.section_counts(&hits);
    let p39 = r.paragraph(39).unwrap();
    for s in r.section_path(&p39.section) {
        assert_eq!(only[r.sections.iter().position(|x| x.id == s.id).unwrap()], 1);
    }
    assert_eq!(only.iter().filter(|&&n| n > 0).count(), r.section_path(&p39.section).len());
}

#[test]
fn facet_values_are_in_display_order_and_each_finds_its_paragraphs() {
    let r = common::report();
    let index = Index::new(&r);
    for (i, f) in Facet::ALL.into_iter().enumerate() {
        assert_eq!(f.position(), i);
        let values = index.values(f);
        assert!(!values.is_empty(), "{f:?} has values");
        for v in values {
            // Each value's postings are exactly the paragraphs that carry it.
            let carrying: Vec<u32> = r
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| match f {
                    Facet::Topic => p.topics.contains(v),
                    Facet::Speaker => p.speakers.iter().any(|s| &s.id == v),
                    Facet::Article => p.articles.iter().any(|c| c.article.to_string() == *v),
                    Facet::Mention => p.mentions.contains(v),
                })
                .map(|(i, _)| i as u32)
                .collect();
            assert_eq!(index.postings(f, v), carrying.as_slice(), "{f:?} {v}");
            assert!(index.knows(f, v));
        }
        assert!(!index.knows(f, "no-such-value"));
        assert!(index.postings(f, "no-such-value").is_empty());
    }
    // Topics in the report's order, articles by number, named entities by
    // their Chinese name, speakers States first.
    let topic_order: Vec<&String> =
        r.topics.iter().map(|t| &t.id).filter(|t| index.values(Facet::Topic).contains(t)).collect();
    assert_eq!(index.values(Facet::Topic).iter().collect::<Vec<_>>(), topic_order);
    let articles: Vec<u32> = index.values(Facet::Article).iter().map(|a| a.parse().unwrap()).collect();
    assert!(articles.windows(2).all(|w| w[0] < w[1]), "{articles:?}");
    let zh = |id: &str| r.entity(id).map_or(id.to_string(), |e| e.zh.clone());
    let mentions: Vec<String> = index.values(Facet::Mention).iter().map(|id| zh(id)).collect();
    assert!(mentions.windows(2).all(|w| w[0] <= w[1]));
    let kinds: Vec<_> = index.values(Facet::Speaker).iter().map(|id| r.entity(id).map(|e| e.kind)).collect();
    assert_eq!(kinds.first(), Some(&Some(report::SpeakerKind::State)));
    assert!(kinds.windows(2).all(
        |w| w[0].unwrap_or(report::SpeakerKind::Unattributed) <= w[1].unwrap_or(report::SpeakerKind::Unattributed)
    ));
}

#[test]
fn a_facet_panel_lists_values_with_paragraphs_and_the_chosen_ones() {
    use report::query::{listed, ValueOrder};
    let r = common::report();
    let index = Index::new(&r);
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "CHN");
    f.toggle(Facet::Topic, "education");
    let counts = index.counts(&f);
    let topics = counts.get(Facet::Topic);
    // By name: the display order, less the values with nothing to show.
    let by_name: Vec<&str> = listed(topics, ValueOrder::ByName).iter().map(|c| c.value.as_str()).collect();
    let want: Vec<&str> =
        topics.iter().filter(|c| c.count > 0 || c.value == "education").map(|c| c.value.as_str()).collect();
    assert_eq!(by_name, want);
    // By count: most first, ties in display order; same values.
    let by_count = listed(topics, ValueOrder::ByCount);
    assert!(by_count.windows(2).all(|w| w[0].count >= w[1].count));
    let mut a: Vec<&str> = by_count.iter().map(|c| c.value.as_str()).collect();
    a.sort();
    let mut b = by_name.clone();
    b.sort();
    assert_eq!(a, b);
    // A chosen value with no paragraph stays listed, so it can be unticked.
    let mut g = Filter::default();
    g.toggle(Facet::Speaker, "CHN");
    g.toggle(Facet::Speaker, "JPN");
    g.toggle(Facet::Article, "5");
    let counts = index.counts(&g);
    for c in counts.get(Facet::Speaker).iter().filter(|c| c.selected) {
        assert!(listed(counts.get(Facet::Speaker), ValueOrder::ByCount).contains(&c));
    }
    assert!(listed(counts.get(Facet::Speaker), ValueOrder::ByCount).iter().all(|c| c.count > 0 || c.selected));
    assert!(std::rc::Rc::ptr_eq(&counts.shared(Facet::Topic), &counts.shared(Facet::Topic)));
}

/// The index as the page builds it: with the lexicon of the report's texts.
fn with_lexicon(r: &report::Report) -> Index {
    Index::new(r).with_lexicon(Lexicon::for_texts(r.paragraphs.iter().map(|p| p.text.as_str())))
}

fn set(v: Vec<u32>) -> BTreeSet<u32> {
    v.into_iter().collect()
}

fn searched(r: &report::Report, index: &Index, q: &str) -> BTreeSet<u32> {
    set(numbers(r, index, &Filter { query: q.into(), ..Filter::default() }))
}

#[test]
fn several_words_phrases_exclusions_and_either() {
    let r = common::report();
    let index = with_lexicon(&r);
    let all: BTreeSet<u32> = r.paragraphs.iter().map(|p| p.number).collect();
    let both = &set(holding(&r, "教育")) & &set(holding(&r, "廉正"));
    assert_eq!(both.len(), 14, "the issue counts 14 paragraphs with both");
    assert_eq!(searched(&r, &index, "教育 廉正"), both);
    assert_eq!(searched(&r, &index, "廉正 教育"), both, "in any order");
    let without = &set(holding(&r, "刑事司法")) - &set(holding(&r, "教育"));
    assert!(!without.is_empty());
    assert_eq!(searched(&r, &index, "刑事司法 -教育"), without);
    let either = &set(holding(&r, "举报人")) | &set(holding(&r, "利益冲突"));
    assert!(either.len() > holding(&r, "举报人").len());
    assert_eq!(searched(&r, &index, "举报人 OR 利益冲突"), either);
    assert_eq!(searched(&r, &index, "举报人 | 利益冲突"), either);
    let phrase = set(holding(&r, "中小学和大学"));
    assert!(!phrase.is_empty());
    assert_eq!(searched(&r, &index, "\"中小学和大学\""), phrase);
    // Only exclusions: every paragraph without the word.
    assert_eq!(searched(&r, &index, "-腐败"), &all - &set(holding(&r, "腐败")));
    // The old rules hold for each word: PDF spaces, widths.
    assert_eq!(searched(&r, &index, "第 90 段"), set(holding(&r, "第90段")));
    assert_eq!(
        searched(&r, &index, "２０１７年８月 秘书处"),
        &set(holding(&r, "2017年8月")) & &set(holding(&r, "秘书处"))
    );
    // What cannot be parsed is read forgivingly, never failing.
    assert_eq!(searched(&r, &index, "\"中小学和大学"), phrase);
    assert_eq!(searched(&r, &index, "-"), all);
    assert_eq!(searched(&r, &index, "OR"), all);
    assert_eq!(searched(&r, &index, "教育 -"), set(holding(&r, "教育")));
}

#[test]
fn traditional_characters_find_what_their_simplified_form_finds() {
    let r = common::report();
    let index = with_lexicon(&r);
    for (t, s) in [
        ("腐敗", "腐败"),
        ("預防", "预防"),
        ("利益衝突", "利益冲突"),
        ("預防腐败", "预防腐败"),
        ("教育 廉正", "教育 廉正"),
    ] {
        let got = searched(&r, &index, t);
        assert!(!got.is_empty(), "{t}");
        assert_eq!(got, searched(&r, &index, s), "{t} = {s}");
    }
    assert_eq!(searched(&r, &index, "腐敗").len(), 66, "the issue counts 66 for 腐败");
    // The simplified text is highlighted, and the page can say what it searched.
    let search = index.read_search("利益衝突");
    assert_eq!(search.also_searched(), ["利益冲突"]);
    let p = r.paragraphs.iter().find(|p| p.text.contains("利益冲突")).unwrap();
    let h = highlights(p, &search);
    assert!(!h.is_empty() && h.iter().all(|&(a, b)| &p.text[a..b] == "利益冲突"));
}

#[test]
fn the_convention_s_english_terms_find_the_chinese_ones() {
    let r = common::report();
    let index = with_lexicon(&r);
    for (en, zh) in [
        ("conflict of interest", "利益冲突"),
        ("Conflicts of interest", "利益冲突"),
        ("asset declaration", "资产申报"),
        ("asset disclosure", "资产申报"),
        ("whistle-blower", "举报人"),
        ("reporting persons", "举报人"),
        ("public procurement", "公共采购"),
        ("judicial integrity", "司法廉正"),
    ] {
        let want = set(holding(&r, zh));
        assert!(!want.is_empty(), "{zh}");
        assert_eq!(searched(&r, &index, en), want, "{en} → {zh}");
        assert!(index.read_search(en).also_searched().iter().any(|t| t == zh), "{en} says it searched {zh}");
    }
    // A term with other words, and in a phrase with OR.
    assert_eq!(
        searched(&r, &index, "conflict of interest 教育"),
        &set(holding(&r, "利益冲突")) & &set(holding(&r, "教育"))
    );
    assert_eq!(
        searched(&r, &index, "whistle-blower OR \"conflict of interest\""),
        &set(holding(&r, "举报人")) | &set(holding(&r, "利益冲突"))
    );
    // An entity's name of several words still finds where it speaks.
    let uk = searched(&r, &index, "United Kingdom of Great Britain and Northern Ireland");
    let gbr = searched(&r, &index, "GBR");
    assert!(!gbr.is_empty());
    assert_eq!(uk, gbr);
    // Without the lexicon, the English term is only itself.
    assert!(searched(&r, &Index::new(&r), "conflict of interest").is_empty());
}
