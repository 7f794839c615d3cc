//! The site layer: a site of one report or of a series, and its addresses.
//!
//! - [`params`]: the URL state (filters, view, language, search, reports).
//! - [`series`]: the catalog of reports, choosing and merging them,
//!   addresses, reading a folder of report files.
//! - [`across`]: a series across its meetings (a State's record, the
//!   State × meeting matrix, articles × meeting).
//! - [`prerender`]: the default view written into `index.html`.

pub mod across;
pub mod params;
pub mod prerender;
pub mod series;
