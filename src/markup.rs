//! Draws a tree of `report::site::markup` (a paragraph's card, a section's
//! heading, the contents' list, the footnotes: described once for the app
//! and the prerendered page) as Yew nodes in the reader's language, each
//! control sending its action.

use crate::components::copy_citation::CopyCitation;
use crate::context::Dispatch;
use crate::state::Action;
use report::page::i18n::Lang;
use report::site::markup::{Act, Element, Node, Words};
use std::borrow::Cow;
use std::rc::Rc;
use yew::html::onclick;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag, VText};

/// The action a control of the tree sends.
fn action(act: &Act) -> Action {
    match act {
        Act::Only(facet, value) => Action::Only(*facet, value.clone()),
        Act::Show(view) => Action::SetView(view.clone()),
    }
}

/// Text of the tree in `lang`, taken (static text is not copied).
fn value(words: Words, lang: Lang) -> AttrValue {
    text(words.into_lang(lang))
}

/// `t` as a Yew text, taken (static text is not copied).
pub fn text(t: Cow<'static, str>) -> AttrValue {
    match t {
        Cow::Borrowed(s) => AttrValue::Static(s),
        Cow::Owned(s) => AttrValue::from(s),
    }
}

/// `node` as Yew nodes.
pub fn draw(node: Node, lang: Lang, app: &Dispatch) -> Html {
    match node {
        Node::Text(words) => VText::new(value(words, lang)).into(),
        Node::Mark(text) => html! { <mark>{ text }</mark> },
        Node::CopyCitation(at) => html! { <CopyCitation {at} {lang} /> },
        Node::Element(e) => element(e, lang, app).into(),
    }
}

/// `e` as a Yew element with a key, for a keyed list.
pub fn keyed(e: Element, key: String, lang: Lang, app: &Dispatch) -> Html {
    let mut tag = element(e, lang, app);
    tag.key = Some(key.into());
    tag.into()
}

fn element(e: Element, lang: Lang, app: &Dispatch) -> VTag {
    let mut tag = VTag::new(e.tag);
    let values = e.values.into_iter().map(|v| v.map(|v| AttributeOrProperty::Attribute(value(v, lang))));
    tag.set_attributes(Attributes::Dynamic { keys: e.keys, values: values.collect() });
    if let Some(act) = &e.act {
        tag.add_listener(Rc::new(onclick::Wrapper::new(app.on(action(act)))));
    }
    tag.add_children(e.children.into_iter().map(|c| draw(c, lang, app)));
    tag
}
