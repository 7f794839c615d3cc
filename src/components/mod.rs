//! One component per file. Components read the [`crate::app::AppContext`]
//! through [`crate::app::use_app`] and send actions; they hold no copy of
//! the report (it is a static) and compute nothing the core can.

pub mod active_filters;
pub mod attendance;
pub mod copy_citation;
pub mod facet_panel;
pub mod footnotes;
pub mod header;
pub mod matrix;
pub mod notices;
pub mod paragraph_card;
pub mod paragraph_list;
pub mod search_box;
pub mod toc;
pub mod toolbar;
pub mod world_map;
