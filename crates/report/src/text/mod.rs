//! The text layer: rules about characters and numbers that every layer
//! above shares, with no knowledge of reports.
//!
//! - [`fold`]: the one folding rule for search (index and queries agree).
//! - [`numerals`]: Chinese numerals and English month names.
//! - [`order`]: a small sort for the wasm (one copy of the algorithm).

pub mod fold;
pub mod numerals;
pub mod order;
