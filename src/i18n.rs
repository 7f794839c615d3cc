//! Interface text: the bilingual strings of `report::page::i18n`, with the
//! names of facet values, which are looked up in the report shown.

pub use report::page::i18n::*;
