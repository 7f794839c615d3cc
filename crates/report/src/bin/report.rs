//! `report`: parse a meeting report and print it as JSON or check it.
//!
//! ```text
//! report parse FILE          the model as JSON on stdout
//! report check FILE          a short summary; exit 1 on errors
//! report meta FILE           the page's title and description (JSON)
//! report prerender FILE      the default view as HTML, for index.html
//! report synth N FILE OUT    write a synthetic report of N paragraphs
//! ```

use report::{parse_file, SpeakerKind};
use std::process::ExitCode;

const USAGE: &str = "usage:
  report parse FILE          print the parsed report as JSON
  report check FILE          print a summary; exit non-zero on errors
  report meta FILE           print the page's title and description as JSON
  report prerender FILE      print the page's default view as HTML (at most 100 paragraphs)
  report synth N FILE OUT    write a synthetic report of N paragraphs made from FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["parse", file] => parse(file),
        ["check", file] => check(file),
        ["meta", file] => meta(file),
        ["prerender", file] => prerender(file),
        ["synth", n, file, out] => synth(n, file, out),
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
    print!("{}", report::export::report_json(&report));
    Ok(())
}

fn meta(file: &str) -> Result<(), String> {
    use report::{meeting, params::Lang};
    let r = parse_file(file).map_err(|e| e.to_string())?;
    let json = serde_json::json!({
        "title": { "zh": meeting::page_title(&r, Lang::Zh), "en": meeting::page_title(&r, Lang::En) },
        "description": meeting::description(&r),
    });
    println!("{json}");
    Ok(())
}

fn prerender(file: &str) -> Result<(), String> {
    let r = parse_file(file).map_err(|e| e.to_string())?;
    print!("{}", report::prerender::page(&r, report::prerender::MAX_PARAGRAPHS));
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
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let a = report::integrity::account(&text, &r).map_err(|e| format!("{file}: {e}"))?;
    println!(
        "  characters   {} in the source = {} title + {} headings + {} paragraphs + {} footnotes + {} label dots + {} in removed lines",
        a.source,
        a.title,
        a.headings,
        a.paragraphs,
        a.footnotes,
        a.label_punctuation,
        a.removed.iter().map(|r| r.2).sum::<usize>()
    );
    Ok(())
}

fn synth(n: &str, file: &str, out: &str) -> Result<(), String> {
    let n: u32 = n.parse().map_err(|_| format!("N must be a number, got `{n}`"))?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let synthetic = report::synth::synthesize(&text, n).map_err(|e| format!("{file}: {e}"))?;
    std::fs::write(out, synthetic).map_err(|e| format!("{out}: {e}"))?;
    Ok(())
}
