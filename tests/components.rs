//! Component tests: the app rendered in headless Chromium by
//! wasm-bindgen-test, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use report_explorer::app::AppProps;
use report_explorer::data::{self, Library, Site};
use report_explorer::App;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The newest report shown alone: these pages have no prerendered view to
/// read its texts from, so the texts the build took out are given as
/// build.rs wrote them.
fn ready() -> &'static Site {
    report::text::fold::set_unicode(report_explorer::browser::unicode());
    let texts: Vec<String> = postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/texts.bin"))).unwrap();
    let catalog = data::catalog();
    let newest = data::newest(catalog, texts).unwrap();
    let reports = vec![newest.0];
    Site::new(catalog, Library::default().adding(vec![newest]), reports).unwrap()
}

/// The app showing the newest report, mounted on `root`.
async fn mount_app(root: &Element) {
    let props = AppProps { resume: Default::default(), notices: Vec::new(), site: ready() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
}

/// A container for the app.
fn root() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn cards(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("[data-testid=card]").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into::<Element>().id()).collect()
}

fn text(root: &Element, sel: &str) -> String {
    root.query_selector(sel).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_the_report_and_filters_by_a_facet() {
    let root = root();
    mount_app(&root).await;
    assert!(text(&root, "[data-testid=shown]").contains("93"));
    assert_eq!(cards(&root).len(), report_explorer::components::paragraph_list::PAGE, "the first page of cards");
    assert_eq!(cards(&root)[0], "p1");

    let china: HtmlInputElement =
        root.query_selector("[data-testid=facet-speaker] input[data-value=CHN]").unwrap().unwrap().unchecked_into();
    china.click();
    yew::scheduler::flush().await;
    assert_eq!(cards(&root), ["p39"]);
    assert!(
        text(&root, "#p39 [data-testid=speaker-chip]").starts_with("中国")
            || text(&root, "#p39 [data-testid=speaker-chip]").starts_with("China")
    );
    let chip = text(&root, "[data-testid=active-chip]");
    assert!(chip.contains("中国") || chip.contains("China"), "{chip}");

    let clear: HtmlElement = root.query_selector("[data-testid=clear-all]").unwrap().unwrap().unchecked_into();
    clear.click();
    yew::scheduler::flush().await;
    assert_eq!(cards(&root).len(), report_explorer::components::paragraph_list::PAGE);
}

#[wasm_bindgen_test]
async fn report_text_with_markup_is_rendered_as_text() {
    // The card renders text nodes: a search for a tag-like string finds
    // nothing to execute and the text stays intact.
    let root = root();
    mount_app(&root).await;
    // Paragraph 6 is on the first page of cards and has no links.
    let p6 = root.query_selector("#p6 .text").unwrap().expect("paragraph 6 is rendered");
    assert_eq!(p6.children().length(), 0, "plain text, no elements");
    assert!(p6.text_content().unwrap().contains("工作组承认在缔约国会议第 6/6 号决议执行方面取得的进展"));
}

#[wasm_bindgen_test]
fn search_folding_asks_the_browser_about_letters_beyond_ascii() {
    // The page carries no Unicode tables: the browser lowers letters and
    // says which characters are letters or digits (the CJK join rule).
    ready();
    use report::text::fold::fold;
    assert_eq!(fold("ANDRÉS Lamoliatte"), "andrés lamoliatte");
    assert_eq!(fold("ÀÉÎÕÜ ΩΜΈΓΑ ДЕЛО"), "àéîõü ωμέγα дело");
    // A length-changing lower case (İ is i + a combining dot) maps back.
    let f = report::text::fold::fold_mapped("İstanbul");
    assert_eq!(f.text, "i\u{307}stanbul");
    assert_eq!(f.source_range(0, 3), Some((0, 2)));
    // Letters and digits of other scripts join CJK across the PDF's
    // spaces; a dash does not.
    assert_eq!(fold("第 Ω 段"), "第ω段");
    assert_eq!(fold("第 ① 段"), "第①段");
    assert_eq!(fold("第 — 段"), "第 — 段");
}

/// Resolves in a task after the browser's next frame has been painted.
async fn after_paint() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let task = wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo::utils::window().set_timeout_with_callback(resolve.unchecked_ref()).unwrap();
        });
        gloo::utils::window().request_animation_frame(task.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    yew::scheduler::flush().await;
}

/// Every facet value's count, in the order drawn.
fn facet_counts(root: &Element) -> String {
    let list = root.query_selector_all(".facet .count").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default() + " ").collect()
}

#[wasm_bindgen_test]
async fn a_keystroke_draws_the_list_first_and_the_facet_counts_after_its_paint() {
    let root = root();
    mount_app(&root).await;
    let box_: HtmlInputElement = root.query_selector("[data-testid=search]").unwrap().unwrap().unchecked_into();
    let type_ = |q: &str| {
        box_.set_value(q);
        box_.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    };
    let before = facet_counts(&root);
    type_("廉正");
    yew::scheduler::flush().await;
    let shown = text(&root, "[data-testid=shown] strong");
    assert_ne!(shown.trim(), "93", "the list answers the keystroke at once");
    assert_eq!(facet_counts(&root), before, "the counts wait for the list's paint");
    after_paint().await;
    let typed = facet_counts(&root);
    assert_ne!(typed, before, "then they follow the search");
    // Several keystrokes before a paint: the counts drawn are the last's.
    type_("教育");
    yew::scheduler::flush().await;
    type_("廉正");
    yew::scheduler::flush().await;
    after_paint().await;
    assert_eq!(facet_counts(&root), typed);
    // A click on a value redraws the counts with the list.
    let education: HtmlInputElement =
        root.query_selector("[data-testid=facet-topic] input[data-value=education]").unwrap().unwrap().unchecked_into();
    education.click();
    yew::scheduler::flush().await;
    let clicked = facet_counts(&root);
    assert_ne!(clicked, typed, "a click's counts come at once");
    after_paint().await;
    assert_eq!(facet_counts(&root), clicked);
}

// Components that take plain data, rendered alone inside a reducer that
// shows the address its state would have.

use report::page::i18n::Lang;
use report::site::params::PageState;
use report_explorer::context::Dispatch;
use report_explorer::state::AppState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    children: Html,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let state = use_reducer(|| AppState::new(PageState::default(), Lang::En, vec![], ready()));
    html! {
        <ContextProvider<Dispatch> context={Dispatch::new(&state)}>
            <output id="query">{ state.page.to_query() }</output>
            { props.children.clone() }
        </ContextProvider<Dispatch>>
    }
}

async fn mount(children: Html) -> Element {
    let root = root();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { children }).render();
    yew::scheduler::flush().await;
    root
}

fn count(root: &Element, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

async fn click(root: &Element, sel: &str) {
    let el: HtmlElement = root.query_selector(sel).unwrap().unwrap_or_else(|| panic!("{sel}")).unchecked_into();
    el.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_card_shows_each_speaker_once_and_pages_only_for_entities() {
    let site = ready();
    use report::query::Search;
    use report_explorer::components::paragraph_card::ParagraphCard;
    let (r, index) = (site.report(), site.index());
    // A paragraph where the Chair speaks, and paragraph 39 (China) with a search.
    let chair = r.paragraphs.iter().position(|p| p.speakers.iter().any(|s| s.id == "chair")).unwrap();
    let search = Rc::new(index.read_search("教育"));
    let p39 = r.paragraphs.iter().position(|p| p.number == 39).unwrap();
    let root = mount(html! { <>
        <ParagraphCard position={chair} lang={Lang::En} search={Rc::new(Search::default())} />
        <ParagraphCard position={p39} lang={Lang::En} search={search.clone()} />
    </> })
    .await;
    let n = r.paragraphs[chair].number;
    let shown = report::page::views::card_speakers(&r.paragraphs[chair]);
    assert_eq!(count(&root, &format!("#p{n} [data-testid=speaker-chip]")), shown.len() as u32);
    assert_eq!(
        count(&root, &format!("#p{n} [data-testid=speaker-info]")),
        shown.iter().filter(|c| c.has_page).count() as u32
    );
    assert!(
        text(&root, &format!("#p{n} [data-testid=speaker-chip]")).starts_with("Chair")
            || shown[0].speaker.id != "chair"
    );
    assert_eq!(text(&root, "#p39 [data-testid=speaker-chip]"), "China · panelist");
    assert_eq!(count(&root, "#p39 [data-testid=speaker-info]"), 1);
    assert_eq!(count(&root, "#p39 mark"), report::query::highlights(&r.paragraphs[p39], &search).len() as u32);
    assert!(count(&root, "#p39 mark") > 0);
    click(&root, "#p39 [data-testid=speaker-chip]").await;
    assert!(text(&root, "#query").contains("speaker=CHN"), "{}", text(&root, "#query"));
}

#[wasm_bindgen_test]
async fn the_facet_panel_draws_the_counts_it_is_given() {
    let site = ready();
    use report::query::{listed, Facet, Filter, ValueOrder};
    use report_explorer::components::facet_panel::FacetPanel;
    let mut f = Filter::default();
    f.toggle(Facet::Topic, "education");
    let counts = site.index().counts(&f);
    let speakers = counts.shared(Facet::Speaker);
    let root = mount(html! { <FacetPanel facet={Facet::Speaker} counts={speakers.clone()} lang={Lang::En} /> }).await;
    let listed_values = listed(&speakers, ValueOrder::ByCount);
    let shown = listed_values.len().min(12);
    assert_eq!(count(&root, ".facet-values li"), shown as u32);
    // The first value is the one with most paragraphs, with its count.
    let first = root.query_selector(".facet-values li").unwrap().unwrap();
    assert_eq!(text(&first, ".count"), listed_values[0].count.to_string());
    let with_page = listed_values.iter().take(shown).filter(|c| report::has_page(&c.value)).count();
    assert_eq!(count(&root, "[data-testid=facet-info]"), with_page as u32);
    // Sorting by name keeps the same values in display order.
    click(&root, ".facet-head button").await;
    let by_name = listed(&speakers, ValueOrder::ByName);
    let first = root.query_selector(".facet-values input").unwrap().unwrap();
    assert_eq!(first.get_attribute("data-value").unwrap(), by_name[0].value);
    // Ticking a value sends it to the reducer.
    click(&root, &format!(".facet-values input[data-value='{}']", by_name[0].value)).await;
    assert!(
        text(&root, "#query").contains(&format!("speaker={}", by_name[0].value.replace(':', "%3A"))),
        "{}",
        text(&root, "#query")
    );
}

#[wasm_bindgen_test]
async fn the_matrix_draws_its_cells_and_a_cell_filters() {
    let site = ready();
    use report_explorer::components::matrix::MatrixTable;
    let m = Rc::new(report::page::overview::matrix(site.index()));
    let root = mount(html! { <MatrixTable matrix={m.clone()} lang={Lang::En} /> }).await;
    let nonzero: usize = m.rows.iter().map(|r| r.cells.iter().filter(|&&n| n > 0).count()).sum();
    assert_eq!(count(&root, "button.cell"), nonzero as u32);
    assert_eq!(count(&root, "tbody tr"), m.rows.len() as u32);
    assert_eq!(count(&root, "thead th"), m.topics.len() as u32);
    let cell = "button.cell[data-speaker=CHN][data-topic=education]";
    assert_eq!(text(&root, cell), "1");
    click(&root, cell).await;
    let q = text(&root, "#query");
    assert!(q.contains("speaker=CHN") && q.contains("topic=education"), "{q}");
}
