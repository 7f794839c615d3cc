//! The paragraph texts the prerendered page already holds, sent once.
//!
//! The page carries the text of its first paragraphs (as many as the
//! prerendered view holds) as HTML, so the model the app embeds leaves them out
//! ([`take`]) and keeps a digest of them instead. When the app starts it
//! reads them back from the page and puts them in ([`restore`]) only if
//! they are exactly the texts taken out: a page a translator or an
//! extension has rewritten gives a [`TextError`], and the app fetches the
//! report's own file instead.
//!
//! The model the page embeds or fetches also leaves out what it never reads
//! ([`leave_out_unread`]): the source lines of each paragraph, its items,
//! chapters, resolutions and documents (listed in the published JSON; the
//! page draws the text and its spans), the parser's diagnostics, the names
//! of attending States as written (the page names them from the entities)
//! and the titles of articles no paragraph cites.

use crate::model::Report;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What [`take`] took out of a model: how many paragraphs' texts (the
/// first ones) and a digest of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taken {
    pub count: u32,
    pub digest: u64,
}

/// Why the page's texts cannot be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// The page, or a report's texts file, holds another number of
    /// paragraph texts than the report has (the texts file is from
    /// another build than the outline).
    Count { expected: u32, found: usize },
    /// The page's texts are not the ones taken out (rewritten in the page).
    Changed,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Count { expected, found } => {
                write!(f, "{found} paragraph texts for the report's {expected} paragraphs")
            }
            TextError::Changed => write!(f, "the paragraph texts in the page were changed after it loaded"),
        }
    }
}

impl std::error::Error for TextError {}

/// FNV-1a over the texts, each ended by a byte UTF-8 never uses.
fn digest<'a>(texts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in texts {
        for &b in t.as_bytes().iter().chain(&[0xff]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Takes the texts of the first `count` paragraphs (those the page
/// holds) out of `r`, leaving them empty.
pub fn take(r: &mut Report, count: usize) -> Taken {
    let count = count.min(r.paragraphs.len());
    let held = &mut r.paragraphs[..count];
    let taken = Taken { count: held.len() as u32, digest: digest(held.iter().map(|p| p.text.as_str())) };
    for p in held {
        p.text = String::new();
    }
    taken
}

/// Empties what the page never reads from the model it embeds or fetches
/// (see the module documentation). The published JSON keeps everything.
pub fn leave_out_unread(r: &mut Report) {
    for p in &mut r.paragraphs {
        p.lines = (0, 0);
        // In the published JSON only; the page draws the text and its spans.
        p.items = Vec::new();
        p.chapters = Vec::new();
        p.resolutions = Vec::new();
        p.documents = Vec::new();
    }
    r.diagnostics = Default::default();
    for s in &mut r.attendance.states {
        s.name = String::new();
    }
    let cited: Vec<u8> = r.paragraphs.iter().flat_map(|p| p.articles.iter().map(|c| c.article)).collect();
    r.articles.retain(|a| cited.contains(&a.article));
}

/// Takes every paragraph's text out of `r`, in order: the outline a list
/// of several reports fetches first, and its texts, fetched after it.
pub fn take_all(r: &mut Report) -> Vec<String> {
    r.paragraphs.iter_mut().map(|p| std::mem::take(&mut p.text)).collect()
}

/// Puts the texts [`take_all`] took out back into the outline `r`, if
/// they are as many as its paragraphs.
pub fn put_all(r: &mut Report, texts: Vec<String>) -> Result<(), TextError> {
    if texts.len() != r.paragraphs.len() {
        return Err(TextError::Count { expected: r.paragraphs.len() as u32, found: texts.len() });
    }
    for (p, t) in r.paragraphs.iter_mut().zip(texts) {
        p.text = t;
    }
    Ok(())
}

/// Puts `texts`, read from the page in paragraph order, back into `r`
/// if they are the ones [`take`] took out.
pub fn restore(r: &mut Report, taken: Taken, texts: Vec<String>) -> Result<(), TextError> {
    if texts.len() != taken.count as usize || texts.len() > r.paragraphs.len() {
        return Err(TextError::Count { expected: taken.count, found: texts.len() });
    }
    if digest(texts.iter().map(String::as_str)) != taken.digest {
        return Err(TextError::Changed);
    }
    for (p, t) in r.paragraphs.iter_mut().zip(texts) {
        p.text = t;
    }
    Ok(())
}
