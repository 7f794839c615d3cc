//! What a site publishes from one reading of its reports (feature
//! `publish`): every report's files beside the page (its JSON, its compact
//! file, and for several reports its outline and texts, and the search
//! keys: `query::keys`), the search lexicon, and what the page's HTML is
//! filled with (the newest report's title and description, its
//! prerendered view, the head script's language rule). `build.rs` writes it all in the build's one reading of the
//! reports; `report publish` writes the same files.

use crate::page::{export, i18n, meeting, page_text};
use crate::query::{keys, lexicon, Lexicon};
use crate::site::prerender::{self, Site};
use crate::site::series::{self, Catalog, Loaded, ReportInfo};
use crate::text::fold::fold;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a site's files could not be written.
#[derive(Debug)]
pub enum PublishError {
    /// A file could not be written.
    Write { file: PathBuf, error: std::io::Error },
    /// A report could not be encoded (names the report's file).
    Encode { report: String, error: String },
}

impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PublishError::Write { file, error } => write!(f, "{}: cannot write: {error}", file.display()),
            PublishError::Encode { report, error } => write!(f, "{report}: cannot encode: {error}"),
        }
    }
}

impl std::error::Error for PublishError {}

/// The catalog of the reports read, newest first.
pub fn catalog(loaded: &[Loaded]) -> Catalog {
    Catalog::new(loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect())
}

fn encode<T: serde::Serialize>(value: &T, report: &str) -> Result<Vec<u8>, PublishError> {
    postcard::to_allocvec(value).map_err(|e| PublishError::Encode { report: report.to_string(), error: e.to_string() })
}

/// Writes each report's JSON and compact file (and, for several reports,
/// its outline and texts files, and the search keys' shards) and the
/// search lexicon into `dir`; lists the reports as written (id, source
/// file, paragraphs).
pub fn write_files(loaded: &[Loaded], dir: &Path) -> Result<Vec<serde_json::Value>, PublishError> {
    let write = |name: String, bytes: &[u8]| {
        let file = dir.join(name);
        std::fs::write(&file, bytes).map_err(|error| PublishError::Write { file, error })
    };
    let mut listed = Vec::new();
    for l in loaded {
        write(series::json_file(&l.id), export::report_json(&l.report).as_bytes())?;
        // The page's model: what it never reads left out, as in the one it
        // embeds (the JSON keeps everything).
        let mut model = l.report.clone();
        page_text::leave_out_unread(&mut model);
        write(series::data_file(&l.id), &encode(&model, &l.path)?)?;
        // A site of several reports: its lists fetch each report's outline
        // first, and its texts as it draws their cards or searches.
        if loaded.len() > 1 {
            let texts = page_text::take_all(&mut model);
            write(series::outline_file(&l.id), &encode(&model, &l.path)?)?;
            write(series::texts_file(&l.id), &encode(&texts, &l.path)?)?;
        }
        listed.push(serde_json::json!({ "id": l.id, "file": l.path, "paragraphs": l.report.paragraphs.len() }));
    }
    // A site of several reports: which reports hold each key of their
    // folded texts, for a search to fetch only the texts it can match in.
    if loaded.len() > 1 {
        let order = catalog(loaded);
        let mut folded: Vec<Vec<String>> = vec![Vec::new(); loaded.len()];
        for l in loaded {
            let at = order.reports.iter().position(|r| r.id == l.id).expect("the catalog lists every report read");
            folded[at] = l.report.paragraphs.iter().map(|p| fold(&p.text)).collect();
        }
        let borrowed: Vec<Vec<&str>> = folded.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
        for (n, shard) in keys::shards(&borrowed).iter().enumerate() {
            write(keys::file(n as u32), &encode(shard, "the search keys")?)?;
        }
    }
    // What a search term also means, for every report's texts (fetched by
    // the page when a search is first made).
    let texts = loaded.iter().flat_map(|l| l.report.paragraphs.iter().map(|p| p.text.as_str()));
    write(lexicon::FILE.to_string(), Lexicon::for_texts(texts).to_text().as_bytes())?;
    Ok(listed)
}

/// Writes every file of [`write_files`] into `dir` and gives what the page
/// is filled with: the reports, the newest's title and description, its
/// prerendered view and the head script's language rule.
pub fn site(loaded: &[Loaded], dir: &Path) -> Result<serde_json::Value, PublishError> {
    let listed = write_files(loaded, dir)?;
    let newest = &loaded[0];
    let catalog = catalog(loaded);
    let rule: serde_json::Value =
        serde_json::from_str(&i18n::head_script_rule()).expect("the language rule is JSON the core writes");
    Ok(serde_json::json!({
        "reports": listed,
        "title": {
            "zh": meeting::page_title(&newest.report, i18n::Lang::Zh),
            "en": meeting::page_title(&newest.report, i18n::Lang::En),
        },
        "description": meeting::description(&newest.report),
        "body": prerender::page(&newest.report, &Site { id: &newest.id, catalog: &catalog }, prerender::MAX_PARAGRAPHS),
        "lang_rule": rule,
    }))
}
