//! Files of this site, fetched beside index.html: a report's compact file,
//! the search lexicon, the world map, the published JSON (cut to the
//! paragraphs shown in the browser's own JSON engine). Errors name the
//! file. Uses nothing else of the app, so whatever loads data can use it.

use wasm_bindgen::{JsCast, JsValue};

/// Fetches a file of this site (next to index.html).
async fn fetch(file: &str) -> Result<web_sys::Response, String> {
    let win = web_sys::window().ok_or("no window")?;
    let resp = wasm_bindgen_futures::JsFuture::from(win.fetch_with_str(file))
        .await
        .map_err(|_| format!("{file}: not loaded"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| format!("{file}: not loaded"))?;
    if !resp.ok() {
        return Err(format!("{file}: HTTP {}", resp.status()));
    }
    Ok(resp)
}

/// Fetches a file of this site as text.
pub async fn fetch_text(file: &str) -> Result<String, String> {
    let failed = || format!("{file}: not loaded");
    let body = fetch(file).await?.text().map_err(|_| failed())?;
    let text = wasm_bindgen_futures::JsFuture::from(body).await.map_err(|_| failed())?;
    text.as_string().ok_or_else(failed)
}

/// Fetches a file of this site as bytes.
pub async fn fetch_bytes(file: &str) -> Result<Vec<u8>, String> {
    let failed = || format!("{file}: not loaded");
    let body = fetch(file).await?.array_buffer().map_err(|_| failed())?;
    let buf = wasm_bindgen_futures::JsFuture::from(body).await.map_err(|_| failed())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// A request for a file of this site, on the network from the moment it is
/// made: a list of several reports asks for all its files at once (one
/// round trip, not one each) and reads them in order. (A site of one
/// report fetches a file at a time, with [`fetch_bytes`]: built on this,
/// it cost that site's first load 0.5 kB gzip.)
pub struct Requested {
    pub file: String,
    /// `None` if the page has no window to fetch with.
    response: Option<wasm_bindgen_futures::JsFuture>,
}

/// Requests a file of this site (read it with [`Requested::bytes`]).
pub fn request(file: String) -> Requested {
    let response = web_sys::window().map(|w| w.fetch_with_str(&file).into());
    Requested { file, response }
}

impl Requested {
    /// The file's bytes, once they have all arrived.
    pub async fn bytes(self) -> Result<Vec<u8>, String> {
        let file = self.file;
        let failed = || format!("{file}: not loaded");
        let resp = self.response.ok_or_else(failed)?.await.map_err(|_| failed())?;
        let resp: web_sys::Response = resp.dyn_into().map_err(|_| failed())?;
        if !resp.ok() {
            return Err(format!("{file}: HTTP {}", resp.status()));
        }
        let body = resp.array_buffer().map_err(|_| failed())?;
        let buf = wasm_bindgen_futures::JsFuture::from(body).await.map_err(|_| failed())?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    }
}

/// The published JSON of the whole report (written beside index.html at
/// build time by `report parse`) with only the paragraphs numbered in
/// `numbers` (ascending): the same document, cut in the browser's own JSON engine so
/// the page carries no JSON writer of its own.
pub async fn chosen_json(file: &str, numbers: &[u32]) -> Result<String, String> {
    use js_sys::{Array, Reflect, JSON};
    let text = fetch_text(file).await?;
    let bad = || format!("{file}: not the report's JSON");
    let doc = JSON::parse(&text).map_err(|_| bad())?;
    let key = JsValue::from_str("paragraphs");
    let all: Array = Reflect::get(&doc, &key).ok().filter(Array::is_array).ok_or_else(bad)?.into();
    let chosen: Array = all
        .iter()
        .filter(|p| {
            Reflect::get(p, &JsValue::from_str("number"))
                .ok()
                .and_then(|n| n.as_f64())
                .is_some_and(|n| numbers.binary_search(&(n as u32)).is_ok())
        })
        .collect();
    Reflect::set(&doc, &key, &chosen).map_err(|_| bad())?;
    let out =
        JSON::stringify_with_replacer_and_space(&doc, &JsValue::NULL, &JsValue::from_f64(2.0)).map_err(|_| bad())?;
    Ok(String::from(out) + "\n")
}
