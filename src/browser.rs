//! The few places the page touches the browser: the address bar and
//! history, local storage, `<html lang>`, focus and scrolling, the
//! clipboard, downloads. Everything else goes through the reducer (and
//! files of the site come through [`crate::fetch`]).

use crate::data::Site;
use crate::state::{Focus, Place, Resume};
use report::page::i18n::{Lang, LANG_KEY};
use report::site::markup::frame;
use report::site::params::PageState;
use report::Report;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The query string (`?…`) of the current URL.
pub fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The place in the page the URL names (`p39` for `#p39`), if any.
pub fn fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    Some(hash.strip_prefix('#')?.to_string()).filter(|f| !f.is_empty())
}

/// The stored language, else the browser's.
pub fn preferred_lang() -> Lang {
    let stored =
        window().and_then(|w| w.local_storage().ok().flatten()).and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    if let Some(l) = stored.as_deref().and_then(Lang::from_code) {
        return l;
    }
    Lang::of_browser(&window().and_then(|w| w.navigator().language()).unwrap_or_default())
}

/// Remembers the language and sets `<html lang>`.
pub fn apply_lang(lang: Lang) {
    if let Some(w) = window() {
        if let Ok(Some(s)) = w.local_storage() {
            let _ = s.set_item(LANG_KEY, lang.code());
        }
        if let Some(el) = w.document().and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", if lang == Lang::Zh { "zh-Hans" } else { "en" });
        }
    }
}

/// Writes the state to the address bar (keeping the path and fragment)
/// in a task of its own, after the render that showed it: a history call
/// costs about a millisecond (more while the page is new), which a
/// keystroke's or a click's frame need not wait for. States that come
/// before then are written once, the latest, as a new history entry if
/// any was asked for since the last write ([`crate::state::AppState`]
/// counts them). The app keeps one for as long as it lives.
pub struct UrlWriter {
    addresses: Rc<RefCell<Addresses>>,
    /// Writes the address not yet written (made once, called by each
    /// timeout).
    write: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

/// The history entries asked for when the address was last written, and
/// the query not yet written with those asked for by then.
struct Addresses {
    written: u32,
    unwritten: Option<(String, u32)>,
}

impl UrlWriter {
    /// A writer for a state that has asked for `pushes` entries so far.
    pub fn new(pushes: u32) -> Self {
        let addresses = Rc::new(RefCell::new(Addresses { written: pushes, unwritten: None }));
        let held = addresses.clone();
        let write = wasm_bindgen::closure::Closure::new(move || {
            let mut a = held.borrow_mut();
            let Some((query, pushes)) = a.unwritten.take() else { return };
            let push = std::mem::replace(&mut a.written, pushes) != pushes;
            let Some(w) = window() else { return };
            let loc = w.location();
            if loc.search().unwrap_or_default() == query {
                return;
            }
            let url = format!("{}{query}{}", loc.pathname().unwrap_or_default(), loc.hash().unwrap_or_default());
            if let Ok(h) = w.history() {
                let _ = if push {
                    h.push_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
        });
        UrlWriter { addresses, write }
    }

    /// Writes `page` after this task; `pushes`: the entries its state has
    /// asked for so far.
    pub fn write_after(&self, page: &PageState, pushes: u32) {
        let first = self.addresses.borrow_mut().unwritten.replace((page.to_query(), pushes)).is_none();
        if let Some(w) = window().filter(|_| first) {
            let _ = w.set_timeout_with_callback(self.write.as_ref().unchecked_ref());
        }
    }

    /// Drops a write not made yet: the history has moved to a state of its
    /// own (Back/Forward), which has asked for `pushes` entries.
    pub fn drop_unwritten(&self, pushes: u32) {
        *self.addresses.borrow_mut() = Addresses { written: pushes, unwritten: None };
    }
}

/// Runs `f` in a task of its own, after this one, so what the page has
/// queued meanwhile (a keystroke, a frame) can come between them.
pub fn after_this_task(f: impl FnOnce() + 'static) {
    // (wasm-bindgen's `Closure::once_into_js` does the same for 0.2 kB
    // more in the wasm.)
    let mut f = Some(f);
    let run = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
    if let Some(w) = window() {
        let _ = w.set_timeout_with_callback(run.as_ref().unchecked_ref());
    }
    run.forget();
}

/// Whether focus has fallen to the page body (or nowhere).
fn focus_lost(doc: &web_sys::Document) -> bool {
    doc.active_element().is_none_or(|a| Some(a) == doc.body().map(Into::into))
}

/// Whether focus is still on the prerendered view the app has taken over:
/// hidden until it goes, the view's element keeps focus until the browser
/// next lays the page out, which may come before or after the app looks.
fn focus_on_view(doc: &web_sys::Document) -> bool {
    doc.get_element_by_id(frame::PRERENDER)
        .is_some_and(|pre| pre.contains(doc.active_element().as_ref().map(AsRef::as_ref)))
}

/// Focuses an element, if it is an HTML element.
fn focus(el: Option<web_sys::Element>) {
    if let Some(el) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = el.focus();
    }
}

/// The id of the focused element (empty if it has none), or `None` when
/// nothing but the page body has focus.
pub fn focused_id() -> Option<String> {
    let doc = window()?.document()?;
    (!focus_lost(&doc)).then(|| doc.active_element().map(|a| a.id()).unwrap_or_default())
}

/// Moves focus as a state asked for (its paragraphs are those of `report`).
/// Called from an effect, so the render that needs it is in the document.
pub fn apply_focus(request: &Focus, report: &Report) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    match request {
        Focus::Paragraph(at) => {
            if let Some(el) = doc.get_element_by_id(&report.anchor(*at)) {
                el.scroll_into_view();
                focus(Some(el));
            }
        }
        Focus::Resume(Resume { scroll, focused, .. }) => {
            if let Some(place) = focused.as_ref().filter(|_| focus_lost(&doc) || focus_on_view(&doc)) {
                if let Some(el) = find(&doc, place).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    // Without scrolling: the page stays where the reader had it.
                    let opts = web_sys::FocusOptions::new();
                    opts.set_prevent_scroll(true);
                    let _ = el.focus_with_options(&opts);
                    // A box typed into before has its caret after the text,
                    // where the reader's was (it is drawn with the text).
                    // (The browser puts a position past the end at the end.)
                    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                        let _ = i.set_selection_range(u32::MAX, u32::MAX);
                    }
                }
            }
            if let (Some(w), Some((card, top))) = (window(), scroll) {
                if let Some(el) = doc.get_element_by_id(card) {
                    let now = el.get_bounding_client_rect().top();
                    w.scroll_by_with_x_and_y(0.0, now - f64::from(*top));
                }
            }
        }
        Focus::Keep(was) => {
            if !focus_lost(&doc) {
                return;
            }
            focus(
                Some(was)
                    .filter(|id| !id.is_empty())
                    .and_then(|id| doc.get_element_by_id(id))
                    .or_else(|| doc.query_selector("[data-testid=active-chip]").ok().flatten())
                    .or_else(|| doc.get_element_by_id(frame::RESULTS)),
            );
        }
    }
}

/// The element a [`Place`] names in the document as it is now.
fn find(doc: &web_sys::Document, place: &Place) -> Option<web_sys::Element> {
    let within = match &place.within {
        Some(id) => Some(doc.get_element_by_id(id)?),
        None => None,
    };
    let Some(href) = &place.href else { return within };
    let links = match &within {
        Some(el) => el.query_selector_all("a[href]"),
        None => doc.query_selector_all("a[href]"),
    }
    .ok()?;
    (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|a| a.get_attribute("href").as_deref() == Some(href))
}

/// Where the focused element `el` is, as a [`Place`] that outlives the
/// nodes of `root` (the prerendered view).
fn place_of(el: &web_sys::Element, root: &web_sys::Element) -> Place {
    let card = el.closest("article.card").ok().flatten().map(|c| c.id());
    if !el.id().is_empty() {
        return Place { within: Some(el.id()), href: None, card };
    }
    let within = el.parent_element().and_then(|p| p.closest("[id]").ok().flatten()).filter(|e| e != root);
    Place { within: within.map(|e| e.id()), href: el.get_attribute("href"), card }
}

/// The browser's answers to what search folding asks of Unicode
/// (`toLowerCase`, `\p{Alphabetic}`, `\p{N}`), each character asked once:
/// the page carries no Unicode tables of its own.
pub fn unicode() -> report::text::fold::Unicode {
    thread_local! {
        static KNOWN: RefCell<HashMap<char, (String, bool)>> = RefCell::new(HashMap::new());
        static WORD: js_sys::RegExp = js_sys::RegExp::new("^[\\p{Alphabetic}\\p{N}]$", "u");
    }
    fn known<T>(c: char, f: impl FnOnce(&(String, bool)) -> T) -> T {
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            let answer = known.entry(c).or_insert_with(|| {
                let s = c.to_string();
                (js_sys::JsString::from(s.as_str()).to_lower_case().into(), WORD.with(|w| w.test(&s)))
            });
            f(answer)
        })
    }
    report::text::fold::Unicode {
        lower: |c, push| known(c, |(lower, _)| lower.chars().for_each(push)),
        is_alphanumeric: |c| known(c, |&(_, word)| word),
    }
}

/// The paragraph texts of the prerendered view, in card order, as the
/// build wrote them: each card's text without its footnote markers (the
/// `<sup>` links). Empty when the page has no prerendered view. Read
/// before the app mounts (it hides the view).
pub fn prerendered_texts() -> Vec<String> {
    let Some(doc) = window().and_then(|w| w.document()) else { return Vec::new() };
    let Ok(texts) = doc.query_selector_all("#prerender article.card > p.text") else { return Vec::new() };
    let text_of = |p: web_sys::Node| -> String {
        let parts = p.child_nodes();
        (0..parts.length())
            .filter_map(|i| parts.item(i))
            .filter(|n| n.node_name() != "SUP")
            .filter_map(|n| n.text_content())
            .collect()
    };
    (0..texts.length()).filter_map(|i| texts.item(i)).map(text_of).collect()
}

/// Takes the view prerendered into the page (`report::site::prerender`)
/// away before the app draws its own (hidden or removed, see below), and
/// says where the reader was in it: the first card on screen and how far
/// from the top (if they had scrolled), the element they had focused, and
/// what they had typed in its search box.
pub fn take_prerendered() -> Resume {
    let mut resume = Resume::default();
    let Some(w) = window() else { return resume };
    let Some(doc) = w.document() else { return resume };
    let Some(pre) = doc.get_element_by_id(frame::PRERENDER) else { return resume };
    // The app's search box is not drawn yet: this one is the view's.
    if let Some(input) = doc.get_element_by_id(frame::SEARCH_INPUT) {
        resume.query = input.unchecked_into::<web_sys::HtmlInputElement>().value();
    }
    resume.focused = doc.active_element().filter(|a| a != &pre && pre.contains(Some(a))).map(|a| place_of(&a, &pre));
    let mut kept = None;
    // The head script's marks on the root (assets/pre.js).
    let marked = |class: &str| doc.document_element().is_some_and(|e| e.class_list().contains(class));
    // Reading positions forces a layout of the whole prerendered view: only
    // when the head script saw the reader scroll (`html.scrolled`).
    if marked("scrolled") && w.scroll_y().unwrap_or(0.0) > 0.0 {
        let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if let Ok(cards) = pre.query_selector_all("article.card") {
            for i in 0..cards.length() {
                let Some(el) = cards.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                else {
                    continue;
                };
                let rect = el.get_bounding_client_rect();
                if rect.bottom() > 0.0 && rect.top() < height {
                    kept = Some((el.id(), rect.top() as i32));
                    break;
                }
            }
        }
    }
    // Chromium forgets a painted text whose element goes before the time
    // of its paint has come back from the screen (it comes back to this
    // busy main thread, often after the app has taken over), and then
    // names one of the app's elements, drawn later, the page's largest
    // paint. Unless the head script has seen a largest paint already, the
    // prerendered view stays, hidden and taking no room, until it has
    // (assets/pre.js removes it then). Its ids are the app's too: the
    // app's element comes first in the page, so it is the one an id names.
    if marked(frame::PAINTED) {
        pre.remove();
    } else {
        pre.set_class_name(frame::TAKEN);
    }
    resume.scroll = kept;
    resume
}

/// The element the app draws into, before the prerendered view (the
/// build fails without it: scripts/post-build.mjs).
pub fn app_root() -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(frame::APP)
}

/// Whether the screen is narrow (the one-column layout of the stylesheet).
pub fn narrow() -> bool {
    window().and_then(|w| w.match_media("(max-width: 52rem)").ok().flatten()).is_some_and(|m| m.matches())
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// This page's address without query or fragment.
fn here() -> String {
    let Some(loc) = window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// `page` naming its report when the site holds several, so that a link
/// shared or cited today still opens this report once a newer one is
/// added. (The address bar is left as the reader wrote it.)
fn lasting(page: &PageState, site: &Site) -> PageState {
    let mut page = page.clone();
    if crate::data::is_series() && page.report.is_empty() {
        page.report = site.reports().iter().map(|r| r.id.clone()).collect();
    }
    page
}

/// The address of the view `page` of `site` describes, to share or print.
pub fn page_url(page: &PageState, site: &Site) -> String {
    format!("{}{}", here(), lasting(page, site).to_query())
}

/// A link to the paragraph at place `at` of `site`'s page, without
/// filters, on its own report's page.
pub fn permalink(at: usize, site: &Site) -> String {
    let r = site.report();
    let n = r.number_at(at);
    match r.origin(at) {
        Some(o) => format!("{}{}#p{n}", here(), report::site::series::address(&o.report, None)),
        None => format!("{}{}#{}", here(), lasting(&PageState::default(), site).to_query(), r.anchor(at)),
    }
}

/// Says in the prerendered page's loading notice that the chosen report
/// could not be loaded, and links to the newest report (text, both
/// languages; the stylesheet shows one).
pub fn report_failed(reason: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Some(notice) = doc.query_selector("#prerender .pre-report").ok().flatten() else { return };
    notice.set_text_content(None);
    for (lang, class) in [(Lang::Zh, "ui-zh"), (Lang::En, "ui-en")] {
        let Ok(span) = doc.create_element("span") else { continue };
        span.set_class_name(class);
        span.set_text_content(Some(&format!("{}{reason} ", crate::i18n::REPORT_FAILED.get(lang))));
        if let Ok(a) = doc.create_element("a") {
            let _ = a.set_attribute("href", &here());
            a.set_text_content(Some(crate::i18n::NEWEST_REPORT.get(lang)));
            let _ = span.append_child(&a);
        }
        let _ = notice.append_child(&span);
    }
}

/// Offers `content` as a file download made in the browser.
pub fn download(filename: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard: the Clipboard API, else a hidden text
/// area and the copy command. Returns whether it worked.
pub async fn copy_text(text: &str) -> bool {
    if let Some(w) = window() {
        let clip = w.navigator().clipboard();
        if wasm_bindgen_futures::JsFuture::from(clip.write_text(text)).await.is_ok() {
            return true;
        }
    }
    copy_fallback(text)
}

fn copy_fallback(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(doc) = window().and_then(|w| w.document()) else { return false };
    let Ok(el) = doc.create_element("textarea") else { return false };
    let ta: web_sys::HtmlTextAreaElement = el.unchecked_into();
    ta.set_value(text);
    let _ = ta.set_attribute("readonly", "");
    ta.set_class_name("offscreen");
    let Some(body) = doc.body() else { return false };
    let _ = body.append_child(&ta);
    ta.select();
    let ok = doc.unchecked_ref::<web_sys::HtmlDocument>().exec_command("copy").unwrap_or(false);
    let _ = body.remove_child(&ta);
    ok
}
