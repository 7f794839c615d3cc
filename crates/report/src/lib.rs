//! The report core: UN meeting reports read into a data model, queried and
//! said as a page says them, with no web dependencies. Its folders are its
//! layers, each using only those listed before it (`tests/layers.rs`
//! checks this, and that no module imports another in a cycle):
//!
//! - [`text`]: text rules every layer shares: search folding, Chinese
//!   numerals, a small sort.
//! - [`model`]: the parsed report, the project's JSON format.
//! - [`parse`] (feature `parse`): a report's text or PDF to a model, the
//!   names it knows, the proof that every character is accounted for, and
//!   synthetic reports for benchmarks.
//! - [`query`]: facets, counts and search over a model, natively and in
//!   the browser.
//! - [`page`]: what a page says of a report: interface text in both
//!   languages, the meeting's names and dates, cards, views, the overview,
//!   the map, exports, and the texts the prerendered page holds.
//! - [`site`]: the site and its addresses: URL state, a series of
//!   reports (catalog, choosing, merging, reading a folder), a series
//!   across its meetings, the markup the app and the prerendered page
//!   share, the prerendered page, and what a site publishes (feature
//!   `publish`).

pub mod text;

pub mod model;

#[cfg(feature = "parse")]
pub mod parse;
pub mod query;

pub mod page;

pub mod site;

pub use model::*;
#[cfg(feature = "parse")]
pub use parse::{error::ParseError, parse, parse_file};
