//! Parses the report at build time and embeds it in the wasm as postcard
//! bytes, so the browser never parses raw text.
//!
//! `REPORT_FILE=path` builds the site over another report in the same
//! format; the default is the report in `data/reports/`.

use std::path::PathBuf;

const DEFAULT_REPORT: &str = "data/reports/wg-prevention-2017-08.zh.txt";

fn main() {
    println!("cargo:rerun-if-env-changed=REPORT_FILE");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let file = match std::env::var("REPORT_FILE") {
        Ok(f) if !f.trim().is_empty() => {
            let p = PathBuf::from(f.trim());
            if p.is_absolute() {
                p
            } else {
                manifest.join(p)
            }
        }
        _ => manifest.join(DEFAULT_REPORT),
    };
    println!("cargo:rerun-if-changed={}", file.display());
    let path = file.display().to_string();
    let report = match report::parse_file(&path) {
        Ok(r) => r,
        Err(e) => {
            println!("cargo:warning=cannot build the explorer: {e}");
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    for w in &report.diagnostics.warnings {
        println!("cargo:warning={path}:{w}");
    }
    let bytes = postcard::to_allocvec(&report).expect("the model serializes");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
