//! One component per file. Components read the [`crate::context::AppContext`]
//! through [`crate::context::use_app`], or take plain data as props and send
//! actions through [`crate::context::use_dispatch`]; they hold no copy of
//! the report (it is a static) and compute nothing the core can.

pub mod across;
pub mod active_filters;
pub mod attendance;
pub mod copy_citation;
pub mod facet_panel;
pub mod filters_fold;
pub mod footnotes;
pub mod header;
pub mod matrix;
pub mod notices;
pub mod paragraph_card;
pub mod paragraph_list;
pub mod report_choice;
pub mod search_box;
pub mod toc;
pub mod toolbar;
pub mod world_map;
