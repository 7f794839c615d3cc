//! Component tests: the app rendered in headless Chromium by
//! wasm-bindgen-test, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use report_explorer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

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
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
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
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // Paragraph 9 is on the first page of cards and has no links.
    let p9 = root.query_selector("#p9 .text").unwrap().expect("paragraph 9 is rendered");
    assert_eq!(p9.children().length(), 0, "plain text, no elements");
    assert!(p9.text_content().unwrap().contains("工作组欢迎秘书处开展工作，履行国际观察站的职能"));
}
