//! Parses the site's reports at build time and embeds, as postcard bytes,
//! the catalog of all of them and the newest one (without the paragraph
//! texts the prerendered page holds, with what the page calls it), so the
//! browser never parses raw text; and, from the same reading, every file
//! the site publishes beside the page and what the page's HTML is filled with
//! (`report::site::publish`), into `$OUT_DIR/site/` and
//! `$OUT_DIR/site.json`, which scripts/post-build.mjs takes.
//!
//! `REPORT_FILE=path` names one report file or a folder of them (every
//! `*.zh.txt`); the default is the folder `data/reports/`
//! (`report::site::series::reports_path`). A site of
//! several reports is built with `cfg(series)`.

use report::page::page_text;
use report::site::prerender;
use report::site::publish;
use report::site::series;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=REPORT_FILE");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = manifest.join(series::reports_path(std::env::var("REPORT_FILE").ok().as_deref()));
    println!("cargo:rerun-if-changed={}", path.display());
    let loaded = match series::load(&path) {
        Ok(l) => l,
        Err(e) => {
            println!("cargo:warning=cannot build the explorer: {e}");
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    for l in &loaded {
        println!("cargo:rerun-if-changed={}", l.path);
        for w in &l.report.diagnostics.warnings {
            println!("cargo:warning={}:{w}", l.path);
        }
    }
    // The code of a series (the chooser, lists of several reports, the
    // across-meeting views) is compiled only into a site of several.
    println!("cargo::rustc-check-cfg=cfg(series)");
    if loaded.len() > 1 {
        println!("cargo::rustc-cfg=series");
    }
    let catalog = publish::catalog(&loaded);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| {
        let file = out.join(name);
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
    };
    // Every file the site publishes beside the page, and what the page is
    // filled with (`site.json`), which scripts/post-build.mjs takes from
    // here: the build reads the reports this once. `report_file` says which
    // reports they are, so post-build never takes another build's.
    let site = out.join("site");
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).unwrap_or_else(|e| panic!("cannot create {}: {e}", site.display()));
    let mut page = match publish::site(&loaded, &site) {
        Ok(p) => p,
        Err(e) => {
            println!("cargo:warning=cannot build the explorer: {e}");
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    page["report_file"] = std::env::var("REPORT_FILE").ok().into();
    write("site.json", page.to_string().into_bytes());
    write("catalog.bin", postcard::to_allocvec(&catalog).expect("the catalog serializes"));
    // The prerendered page holds the first paragraphs' texts; the wasm
    // carries only what the page does not, and a digest to check the
    // page's copies against (`report::page::page_text`).
    let mut newest = loaded[0].report.clone();
    let taken = page_text::take(&mut newest, prerender::MAX_PARAGRAPHS);
    page_text::leave_out_unread(&mut newest);
    write("taken.bin", postcard::to_allocvec(&taken).expect("the digest serializes"));
    // For the component tests, whose pages have no prerendered view.
    let texts: Vec<&str> =
        loaded[0].report.paragraphs.iter().take(taken.count as usize).map(|p| p.text.as_str()).collect();
    write("texts.bin", postcard::to_allocvec(&texts).expect("the texts serialize"));
    write("report.bin", postcard::to_allocvec(&newest).expect("the model serializes"));
    // What the page calls the newest report: a site of one report shows
    // only it, and carries the names rather than the rules that make them.
    let names = report::page::meeting::Names::of(&loaded[0].report);
    write("names.bin", postcard::to_allocvec(&names).expect("the names serialize"));
}
