//! The big views besides the paragraph list.

pub mod article_view;
pub mod entity_view;
pub mod overview;
