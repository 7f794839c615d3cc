//! One part of the page per file. Components read the
//! [`crate::context::AppContext`] through [`crate::context::use_app`], or
//! take plain data as props and read the site and send actions through
//! [`crate::context::use_dispatch`]; they hold no copy of the report (the
//! site is a value of the state) and compute nothing the core can. The
//! parts that read only the app's state, which changes with every render
//! of the page (the header, the notices, the active filters), are plain
//! functions of it drawn with the page: a component of their own would
//! redraw just as often, and cost 0.3 kB gzip each.

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
