//! The report core: data model, parser and query engine for UN meeting
//! reports, with no web dependencies.
//!
//! - [`model`]: the parsed report (the project's JSON format).
//! - [`parse`] (feature `parse`): text extracted from a PDF to a model.
//! - [`overview`], [`views`]: what the overview, the entity and article
//!   pages, the footnotes and the cards show.
//! - [`query`]: facets, counts and search over a model, used natively and
//!   in the browser.
//! - [`series`]: several reports in one site (the catalog, `?report=`,
//!   reading a folder of reports).
//! - [`across`]: a series across its meetings (a State's record, the
//!   State × meeting matrix, articles × meeting).
//! - [`page_text`]: the paragraph texts the prerendered page holds, left
//!   out of the model the app embeds and read back from the page.
//! - [`integrity`] (feature `parse`): proof that a model accounts for
//!   every character of its source.

pub mod across;
pub mod error;
pub mod export;
pub mod fold;
pub mod i18n;
pub mod map;
pub mod meeting;
pub mod model;
pub mod numerals;
pub mod order;
pub mod overview;
pub mod page_text;
pub mod params;
pub mod prerender;
pub mod query;
pub mod segments;
pub mod series;
pub mod views;

#[cfg(feature = "parse")]
pub mod entities;
#[cfg(feature = "parse")]
pub mod integrity;
#[cfg(feature = "parse")]
pub mod parse;
#[cfg(feature = "parse")]
pub mod synth;

pub use error::{ParseError, Warning, WarningKind};
pub use model::*;
#[cfg(feature = "parse")]
pub use parse::{parse, parse_file};
