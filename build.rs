//! Parses the site's reports at build time and embeds, as postcard bytes,
//! the catalog of all of them and the newest one, so the browser never
//! parses raw text. (The other reports are published beside the page by
//! `report publish`, run from scripts/post-build.mjs.)
//!
//! `REPORT_FILE=path` names one report file or a folder of them (every
//! `*.zh.txt`); the default is the folder `data/reports/`.

use report::series::{self, Catalog, ReportInfo};
use std::path::PathBuf;

const DEFAULT_REPORTS: &str = "data/reports";

fn main() {
    println!("cargo:rerun-if-env-changed=REPORT_FILE");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = match std::env::var("REPORT_FILE") {
        Ok(f) if !f.trim().is_empty() => manifest.join(f.trim()),
        _ => manifest.join(DEFAULT_REPORTS),
    };
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
    let catalog = Catalog::new(loaded.iter().map(|l| ReportInfo::of(&l.id, &l.report)).collect());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| {
        let file = out.join(name);
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
    };
    write("catalog.bin", postcard::to_allocvec(&catalog).expect("the catalog serializes"));
    write("report.bin", postcard::to_allocvec(&loaded[0].report).expect("the model serializes"));
}
