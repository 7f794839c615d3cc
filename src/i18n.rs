//! Interface text: the bilingual strings of `report::page::i18n`, and the names
//! of facet values looked up in the embedded report.

use crate::data::report;
pub use report::page::i18n::*;
use report::query::Facet;

/// See [`report::page::i18n::value_name`].
pub fn value_name(facet: Facet, value: &str, lang: Lang) -> (String, String) {
    report::page::i18n::value_name(report(), facet, value, lang)
}

/// See [`report::page::i18n::entity_name`].
pub fn entity_name(id: &str, lang: Lang) -> (String, String) {
    report::page::i18n::entity_name(report(), id, lang)
}

/// See [`report::page::i18n::article_name`].
pub fn article_name(a: u8, lang: Lang) -> (String, String) {
    report::page::i18n::article_name(report(), a, lang)
}
