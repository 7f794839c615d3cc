//! `report`: parse a meeting report and print it as JSON or check it.
//!
//! ```text
//! report parse FILE          the model as JSON on stdout
//! report check FILE          a short summary; exit 1 on errors
//! report meta PATH           the page's title and description (JSON)
//! report prerender PATH      the default view as HTML, for index.html
//! report publish PATH DIR    each report's data files, for the site
//! report catalog PATH OUT    the catalog the page embeds (postcard)
//! report synth N FILE OUT    write a synthetic report of N paragraphs
//! report synth-series N FILE DIR   write N synthetic meetings into DIR
//! ```

use report::site::publish::{self, catalog};
use report::site::series::Loaded;
use report::{parse_file, ApartKind, SpeakerKind};
use std::process::ExitCode;

const USAGE: &str = "usage:
  report parse FILE          print the parsed report as JSON
  report check FILE          print a summary; exit non-zero on errors
  report meta PATH           print the page's title and description as JSON
  report prerender PATH      print the page's default view as HTML (at most 100 paragraphs)
  report publish PATH DIR    write each report's JSON (ID.json) and compact file (ID.bin),
                             for several reports also its outline and texts (ID.outline.bin,
                             ID.texts.bin), and the search lexicon (lexicon.txt), into DIR;
                             print the series as JSON
  report catalog PATH OUT    write the catalog of reports the page embeds (postcard) to OUT
PATH is a report file or a folder of them (*.zh.txt): the page shows the newest.
  report synth N FILE OUT    write a synthetic report of N paragraphs made from FILE
  report synth-series N FILE DIR   write N synthetic meetings made from FILE into DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["parse", file] => parse(file),
        ["check", file] => check(file),
        ["meta", file] => meta(file),
        ["prerender", file] => prerender(file),
        ["publish", path, dir] => publish(path, dir),
        ["catalog", path, out] => write_catalog(path, out),
        ["synth", n, file, out] => synth(n, file, out),
        ["synth-series", n, file, dir] => synth_series(n, file, dir),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse(file: &str) -> Result<(), String> {
    let report = parse_file(file).map_err(|e| e.to_string())?;
    for w in &report.diagnostics.warnings {
        eprintln!("warning: {file}:{w}");
    }
    print!("{}", report::page::export::report_json(&report));
    Ok(())
}

/// The reports of a file or folder, newest first.
fn series(path: &str) -> Result<Vec<Loaded>, String> {
    report::site::series::load(std::path::Path::new(path)).map_err(|e| e.to_string())
}

fn meta(path: &str) -> Result<(), String> {
    use report::page::{i18n::Lang, meeting};
    let r = &series(path)?[0].report;
    let json = serde_json::json!({
        "title": { "zh": meeting::page_title(r, Lang::Zh), "en": meeting::page_title(r, Lang::En) },
        "description": meeting::description(r),
    });
    println!("{json}");
    Ok(())
}

fn prerender(path: &str) -> Result<(), String> {
    use report::site::prerender::{page, Site, MAX_PARAGRAPHS};
    let loaded = series(path)?;
    let catalog = catalog(&loaded);
    print!("{}", page(&loaded[0].report, &Site { id: &loaded[0].id, catalog: &catalog }, MAX_PARAGRAPHS));
    Ok(())
}

/// Writes the catalog as build.rs embeds it (to measure what the list of
/// reports adds to the first load).
fn write_catalog(path: &str, out: &str) -> Result<(), String> {
    let bytes = postcard::to_allocvec(&catalog(&series(path)?)).map_err(|e| e.to_string())?;
    std::fs::write(out, bytes).map_err(|e| format!("{out}: cannot write: {e}"))
}

/// Writes the files the page fetches or links to, beside index.html: every
/// report's JSON, and every report as postcard bytes the page decodes (the
/// newest's only when its page's texts were changed before the app read
/// them: the page embeds it without them).
fn publish(path: &str, dir: &str) -> Result<(), String> {
    let listed = publish::write_files(&series(path)?, std::path::Path::new(dir)).map_err(|e| e.to_string())?;
    println!("{}", serde_json::json!({ "reports": listed }));
    Ok(())
}

fn check(file: &str) -> Result<(), String> {
    let r = parse_file(file).map_err(|e| e.to_string())?;
    let speakers: usize = r.paragraphs.iter().map(|p| p.speakers.len()).sum();
    let named = r.paragraphs.iter().flat_map(|p| &p.speakers).filter(|s| s.kind == SpeakerKind::State).count();
    let explicit: usize = r.paragraphs.iter().map(|p| p.articles.iter().filter(|c| !c.inherited).count()).sum();
    let inherited: usize = r.paragraphs.iter().map(|p| p.articles.iter().filter(|c| c.inherited).count()).sum();
    println!("{file}");
    println!("  title        {}", r.title);
    println!("  paragraphs   {}", r.paragraphs.len());
    println!("  sections     {}", r.sections.len());
    println!("  footnotes    {}", r.footnotes.len());
    if !r.apart.is_empty() {
        let kind = |k: ApartKind| r.apart.iter().filter(|a| a.kind == k).count();
        println!(
            "  apart        {} resolutions, {} decisions, {} annexes",
            kind(ApartKind::Resolution),
            kind(ApartKind::Decision),
            kind(ApartKind::Annex)
        );
    }
    println!("  speakers     {speakers} ({named} by States)");
    println!("  citations    {explicit} explicit, {inherited} inherited");
    println!(
        "  states       {} attending, {} named",
        r.attendance.states.len(),
        r.entities.iter().filter(|e| e.kind == SpeakerKind::State).count()
    );
    println!(
        "  removed      {}",
        r.diagnostics.removed.iter().map(|d| format!("{} {}", d.lines, d.kind)).collect::<Vec<_>>().join(", ")
    );
    println!("  warnings     {}", r.diagnostics.warnings.len());
    for w in &r.diagnostics.warnings {
        println!("    {file}:{w}");
    }
    let source = report::parse::source(file).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&source);
    let a = report::parse::integrity::account(&text, &r).map_err(|e| format!("{file}: {e}"))?;
    println!(
        "  characters   {} in the source = {} title + {} headings + {} paragraphs + {} footnotes + {} resolutions, decisions and annexes + {} label dots + {} in removed lines",
        a.source,
        a.title,
        a.headings,
        a.paragraphs,
        a.footnotes,
        a.apart,
        a.label_punctuation,
        a.removed.iter().map(|r| r.2).sum::<usize>()
    );
    Ok(())
}

fn synth(n: &str, file: &str, out: &str) -> Result<(), String> {
    let n: u32 = n.parse().map_err(|_| format!("N must be a number, got `{n}`"))?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let synthetic = report::parse::synth::synthesize(&text, n).map_err(|e| format!("{file}: {e}"))?;
    std::fs::write(out, synthetic).map_err(|e| format!("{out}: {e}"))?;
    Ok(())
}

fn synth_series(n: &str, file: &str, dir: &str) -> Result<(), String> {
    let n: u32 = n.parse().map_err(|_| format!("N must be a number, got `{n}`"))?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    for (name, body) in report::parse::synth::meetings(&text, n).map_err(|e| format!("{file}: {e}"))? {
        let out = std::path::Path::new(dir).join(name);
        std::fs::write(&out, body).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(())
}
