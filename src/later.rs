//! Drawing a value one paint later: [`use_after_paint`] gives a component
//! the value it should draw now, which lags behind while a reader types so
//! that the frame they wait for (the list, its count) is painted before
//! the parts of the page beside it are drawn again.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// What is drawn, what is to be drawn after the paint, and the callback
/// that draws it: the frame calls it with its time, and it asks to be
/// called again in a task after that frame's paint, with nothing.
struct Later<T> {
    value: Rc<T>,
    next: Option<Rc<T>>,
    step: Option<js_sys::Function>,
}

/// `value` as to be drawn now: itself when `now` (and on the first
/// render); else, if it is another value (another `Rc`) than the one
/// drawn, that one until a task after the browser has painted the next
/// frame, which draws the latest value by then.
#[hook]
pub fn use_after_paint<T: 'static>(value: Rc<T>, now: bool) -> Rc<T> {
    let redraw = use_force_update();
    let later = use_memo((), |_| {
        let later = Rc::new(RefCell::new(Later { value: value.clone(), next: None, step: None }));
        let held = later.clone();
        let step = Closure::<dyn FnMut(JsValue)>::new(move |frame: JsValue| {
            let mut l = held.borrow_mut();
            if frame.as_f64().is_some() {
                if let (Some(w), Some(f)) = (web_sys::window(), &l.step) {
                    let _ = w.set_timeout_with_callback(f);
                }
            } else if let Some(v) = l.next.take() {
                l.value = v;
                drop(l);
                redraw.force_update();
            }
        });
        later.borrow_mut().step = Some(step.as_ref().unchecked_ref::<js_sys::Function>().clone());
        (later, step)
    });
    let mut l = later.0.borrow_mut();
    if now || Rc::ptr_eq(&l.value, &value) {
        l.value = value;
        l.next = None;
    } else if l.next.replace(value).is_none() {
        if let (Some(w), Some(f)) = (web_sys::window(), &l.step) {
            let _ = w.request_animation_frame(f);
        }
    }
    l.value.clone()
}
