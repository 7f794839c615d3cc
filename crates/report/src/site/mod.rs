//! The site layer: a site of one report or of a series, and its addresses.
//!
//! - [`params`]: the URL state (filters, view, language, search, reports).
//! - [`series`]: the catalog of reports, choosing and merging them,
//!   addresses, reading a folder of report files.
//! - [`across`]: a series across its meetings (a State's record, the
//!   State × meeting matrix, articles × meeting).
//! - [`markup`]: a paragraph's card described once, drawn by the app
//!   and written into the prerendered page.
//! - [`prerender`]: the default view written into `index.html`.
//! - `publish` (feature `publish`): every file a site publishes and what
//!   its page is filled with, from one reading of its reports.

pub mod across;
pub mod markup;
pub mod params;
pub mod prerender;
#[cfg(feature = "publish")]
pub mod publish;
pub mod series;
