//! The page layer: what a page says of a report, in both interface
//! languages, computed from the model and the query engine and drawn by
//! the app and the prerendered view alike.
//!
//! - [`i18n`]: the interface language and its text, names of facet values.
//! - [`meeting`]: the meeting's title, facts line, `<title>` and
//!   description.
//! - [`views`]: entity and article pages, footnote back-links, a card's
//!   speakers, headings.
//! - [`segments`]: a paragraph's text cut into plain, highlighted and
//!   linked pieces.
//! - [`overview`]: bar charts, the speaker × topic matrix, the map's States.
//! - [`map`]: the world map's outline file.
//! - [`export`]: citations, CSV, JSON and Markdown of the paragraphs shown.
//! - [`page_text`]: the paragraph texts the prerendered page holds, left
//!   out of the model the app embeds and read back from the page.

pub mod export;
pub mod i18n;
pub mod map;
pub mod meeting;
pub mod overview;
pub mod page_text;
pub mod segments;
pub mod views;
