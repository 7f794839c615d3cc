//! A card, the section headings, the contents' list and the footnotes,
//! described once (`report::site::markup`) for the app, which draws them
//! in the reader's language, and the prerendered page, which writes them
//! in both: the same elements in every language, every paragraph's text
//! whole, chips that do what they name, contents that lead to headings.

mod common;

use report::page::i18n::Lang;
use report::page::views::{card_speakers, footnote_backlinks};
use report::query::{highlights, Facet, Filter, Index};
use report::site::markup::{card, contents, footnotes, section_start, Act, Both, Element, In, Node, Said, Words};
use report::site::params::View;
use report::Report;

/// Every element of a tree, depth first.
fn elements(e: &Element) -> Vec<&Element> {
    let mut out = vec![e];
    for c in &e.children {
        if let Node::Element(c) = c {
            out.extend(elements(c));
        }
    }
    out
}

fn attr<'a>(e: &'a Element, key: &str, lang: Lang) -> Option<&'a str> {
    let i = e.keys.iter().position(|k| *k == key)?;
    e.values[i].as_ref().map(|v| v.get(lang).as_ref())
}

fn class(e: &Element) -> &str {
    attr(e, "class", Lang::Zh).unwrap_or("")
}

/// The text of a tree in `lang`, leaving out the elements `skip` names.
fn text(e: &Element, lang: Lang, skip: &dyn Fn(&Element) -> bool) -> String {
    let mut out = String::new();
    for c in &e.children {
        match c {
            Node::Text(w) => out.push_str(w.get(lang)),
            Node::Mark(t) => out.push_str(t),
            Node::Element(c) if !skip(c) => out.push_str(&text(c, lang, skip)),
            _ => {}
        }
    }
    out
}

/// The elements with class `c` (one of its classes).
fn with_class<'a>(e: &'a Element, c: &str) -> Vec<&'a Element> {
    elements(e).into_iter().filter(|e| class(e).split(' ').any(|k| k == c)).collect()
}

/// A tree's shape: each element's tag and attribute names, and which are
/// set, with classes and ids (everything but the words).
fn shape(e: &Element) -> Vec<String> {
    elements(e)
        .iter()
        .map(|e| {
            let set: Vec<&str> = e.keys.iter().zip(&e.values).filter(|(_, v)| v.is_some()).map(|(k, _)| *k).collect();
            format!("{} {:?} class={} id={:?} act={:?}", e.tag, set, class(e), attr(e, "id", Lang::Zh), e.act)
        })
        .collect()
}

fn all_cards(r: &Report, said: impl Said) -> Vec<Element> {
    (0..r.paragraphs.len()).map(|i| card(r, i, &r.paragraphs[i].text, &[], said)).collect()
}

#[test]
fn every_card_holds_its_paragraph_whole_with_its_ids_and_permalink() {
    let r = common::report();
    for (c, p) in all_cards(&r, In(Lang::En)).iter().zip(&r.paragraphs) {
        let id = format!("p{}", p.number);
        assert_eq!((c.tag, attr(c, "id", Lang::En)), ("article", Some(id.as_str())));
        let heading = format!("{id}-h");
        assert_eq!(attr(c, "aria-labelledby", Lang::En), Some(heading.as_str()));
        assert!(elements(c).iter().any(|e| e.tag == "h3" && attr(e, "id", Lang::En) == Some(&heading)));
        let num = &with_class(c, "num")[0];
        assert_eq!(attr(num, "href", Lang::En), Some(format!("#{id}").as_str()));
        assert_eq!(text(num, Lang::En, &|_| false), format!("Para. {}", p.number));
        // The text, its footnote markers (superscripts added) left out.
        let body = &with_class(c, "text")[0];
        assert_eq!(text(body, Lang::En, &|e| e.tag == "sup"), p.text, "paragraph {}", p.number);
        let markers: Vec<String> =
            elements(body).iter().filter(|e| e.tag == "sup").map(|e| text(e, Lang::En, &|_| false)).collect();
        assert_eq!(markers, p.footnotes.iter().map(u32::to_string).collect::<Vec<_>>(), "paragraph {}", p.number);
    }
}

#[test]
fn chips_filter_by_what_they_name_and_info_buttons_open_its_page() {
    let r = common::report();
    for (c, p) in all_cards(&r, In(Lang::En)).iter().zip(&r.paragraphs) {
        let acts = |cls: &str| {
            with_class(c, cls).iter().map(|e| e.act.clone().expect("a chip is a button")).collect::<Vec<_>>()
        };
        let speakers = card_speakers(p);
        let want: Vec<Act> = speakers.iter().map(|s| Act::Only(Facet::Speaker, s.speaker.id.clone())).collect();
        assert_eq!(acts("speaker"), want, "paragraph {}", p.number);
        let want: Vec<Act> = p.articles.iter().map(|a| Act::Only(Facet::Article, a.article.to_string())).collect();
        assert_eq!(acts("article"), want, "paragraph {}", p.number);
        let want: Vec<Act> = p.topics.iter().map(|t| Act::Only(Facet::Topic, t.clone())).collect();
        assert_eq!(acts("topic"), want, "paragraph {}", p.number);
        let pages = speakers.iter().filter(|s| s.has_page).map(|s| Act::Show(View::Entity(s.speaker.id.clone())));
        let want: Vec<Act> = pages.chain(p.articles.iter().map(|a| Act::Show(View::Article(a.article)))).collect();
        assert_eq!(acts("info"), want, "paragraph {}", p.number);
        for chip in with_class(c, "chip") {
            assert_eq!((chip.tag, attr(chip, "type", Lang::En)), ("button", Some("button")));
        }
    }
    // China's panelist in paragraph 39, named in each language, the other
    // language's name as its title.
    let i = r.paragraphs.iter().position(|p| p.number == 39).unwrap();
    for (lang, name, title, info) in
        [(Lang::Zh, "中国", "China", "中国: 详情"), (Lang::En, "China", "中国", "China: details")]
    {
        let c = card(&r, i, &r.paragraphs[i].text, &[], In(lang));
        let chip = &with_class(&c, "speaker")[0];
        assert_eq!(text(chip, lang, &|e| class(e) == "role"), name);
        assert_eq!(attr(chip, "title", lang), Some(title));
        assert_eq!(attr(with_class(&c, "info")[0], "aria-label", lang), Some(info));
        assert_eq!(class(with_class(&c, "article")[0]), "chip article inherited", "13(1)(c) comes from the heading");
    }
}

#[test]
fn the_app_and_the_prerendered_page_draw_the_same_elements_in_every_language() {
    let r = common::report();
    let (both, zh, en) = (all_cards(&r, Both), all_cards(&r, In(Lang::Zh)), all_cards(&r, In(Lang::En)));
    for ((b, z), e) in both.iter().zip(&zh).zip(&en) {
        assert_eq!(shape(b), shape(z));
        assert_eq!(shape(b), shape(e));
        // The prerendered page's words are the app's, in each language.
        assert_eq!(text(b, Lang::Zh, &|_| false), text(z, Lang::Zh, &|_| false));
        assert_eq!(text(b, Lang::En, &|_| false), text(e, Lang::En, &|_| false));
    }
    // Interface words come in both languages where they differ.
    let label = &with_class(&both[38], "num")[0].children[0];
    assert_eq!(label, &Node::Text(Words::Two("第 39 段".into(), "Para. 39".into())));
}

#[test]
fn search_matches_are_marked_in_the_text_and_nothing_else_changes() {
    let r = common::report();
    let index = Index::new(&r);
    let filter = Filter { query: "教育 廉正".into(), ..Filter::default() };
    let (hits, _, search) = index.results(&filter);
    assert!(hits.len() > 2);
    for i in hits.iter() {
        let p = &r.paragraphs[i];
        let marks = highlights(p, &search);
        let c = card(&r, i, &r.paragraphs[i].text, &marks, In(Lang::Zh));
        let body = &with_class(&c, "text")[0];
        let marked: Vec<&str> =
            body.children.iter().filter_map(|n| if let Node::Mark(t) = n { Some(t.as_str()) } else { None }).collect();
        assert!(
            !marked.is_empty() && marked.iter().all(|m| *m == "教育" || *m == "廉正"),
            "paragraph {}: {marked:?}",
            p.number
        );
        assert_eq!(text(body, Lang::Zh, &|e| e.tag == "sup"), p.text);
        let plain = card(&r, i, &r.paragraphs[i].text, &[], In(Lang::Zh));
        assert_eq!(shape(&c), shape(&plain), "a highlight adds no element but <mark>");
    }
}

#[test]
fn footnotes_link_back_to_the_paragraphs_on_the_page() {
    let r = common::report();
    let back = footnote_backlinks(&r);
    let whole = footnotes(&r, &back, r.paragraphs.len(), In(Lang::En)).expect("the report has footnotes");
    let items: Vec<&Element> = elements(&whole).into_iter().filter(|e| e.tag == "li").collect();
    assert_eq!(items.len(), r.footnotes.len());
    for (li, f) in items.iter().zip(&r.footnotes) {
        assert_eq!(attr(li, "id", Lang::En), Some(format!("fn{}", f.number).as_str()));
        let links: Vec<&str> = with_class(li, "back").iter().map(|a| attr(a, "href", Lang::En).unwrap()).collect();
        assert_eq!(links, ["#p20"], "footnote {} is cited by paragraph 20", f.number);
        assert_eq!(attr(with_class(li, "back")[0], "aria-label", Lang::En), Some("Back to paragraph 20"));
        // Its web address is a link; the text is whole.
        assert!(text(li, Lang::En, &|e| class(e) == "back").starts_with(f.text.as_str()));
    }
    // A page that holds fewer paragraphs lists only the footnotes they cite.
    assert_eq!(footnotes(&r, &back, 19, Both), None);
    assert_eq!(footnotes(&r, &back, 20, Both).map(|f| shape(&f)), Some(shape(&whole)));
}

#[test]
fn the_contents_lead_to_the_headings_the_list_opens() {
    let r = common::report();
    let index = Index::new(&r);
    // The ids a list of every paragraph writes before its cards.
    let mut ids = Vec::new();
    let mut last: Option<&str> = None;
    for p in &r.paragraphs {
        if last != Some(p.section.as_str()) {
            let start = section_start(&r, last, &p.section);
            for (_, anchor) in &start.anchors {
                assert_eq!(text(anchor, Lang::Zh, &|_| false), "", "an anchor is empty");
                ids.push(attr(anchor, "id", Lang::Zh).unwrap().to_string());
            }
            ids.push(attr(&start.heading, "id", Lang::Zh).unwrap().to_string());
            last = Some(&p.section);
        }
    }
    // Every section of the report has its heading or its anchor, once.
    assert_eq!(ids.len(), r.sections.len(), "{ids:?}");
    // With every paragraph shown, each section links to its place with its
    // count; under a filter, a section with none is named, not linked.
    for filter in [Filter::default(), {
        let mut f = Filter::default();
        f.toggle(Facet::Speaker, "CHN");
        f
    }] {
        let counts = index.section_counts(&index.hits(&filter));
        let list = contents(&r, &counts, |_| true);
        let items: Vec<&Element> = elements(&list).into_iter().filter(|e| e.tag == "li").collect();
        assert_eq!(items.len(), r.sections.len());
        for ((li, &n), s) in items.iter().zip(&counts).zip(&r.sections) {
            let count = with_class(li, "count");
            assert_eq!(text(count[0], Lang::En, &|_| false), n.to_string());
            let link = elements(li).into_iter().find(|e| e.tag == "a");
            match link {
                Some(a) => {
                    assert!(n > 0, "{}", s.id);
                    let href = attr(a, "href", Lang::Zh).unwrap();
                    assert!(ids.iter().any(|id| href == format!("#{id}")), "{href} leads to a heading");
                }
                None => assert_eq!(n, 0, "{}", s.id),
            }
        }
        if !filter.is_empty() {
            assert!(counts.contains(&0) && counts.iter().any(|&n| n > 0));
        }
    }
    // The prerendered page of a long report lists only some sections.
    let first = &r.sections[0].id;
    let one = contents(&r, &vec![1; r.sections.len()], |s| &s.id == first);
    assert_eq!(elements(&one).into_iter().filter(|e| e.tag == "li").count(), 1);
}
