//! The tree shows the architecture, and this test keeps it so.
//!
//! - The core's folders are its layers (`text`, `model`, `parse`, `query`,
//!   `page`, `site`), and a module uses only its own layer and those the
//!   table below allows: nothing reaches up.
//! - No module of the core or of the app (`src/`) imports another that
//!   imports it back, directly or through others.
//! - The core's `lib.rs` holds only its documentation, `mod` and `pub use`.
//!
//! Imports are read from the source as written: `crate::a::b` paths and
//! `super::` paths, outside comments, resolved to the file that defines
//! the module they name.

use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CORE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
const APP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src");

/// Each layer and the layers it may use besides itself.
const LAYERS: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("model", &["text"]),
    ("parse", &["text", "model"]),
    ("query", &["text", "model"]),
    ("page", &["text", "model", "query"]),
    ("site", &["text", "model", "query", "page", "parse"]),
];

/// The `.rs` files below `dir`, by module path (`page::meeting`,
/// `parse` for `parse/mod.rs`, `` for `lib.rs`), leaving out `bin/`.
fn modules(dir: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).expect("a source folder").flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if path.is_dir() {
                if name != "bin" {
                    let mut p = prefix.to_vec();
                    p.push(name);
                    walk(&path, &p, out);
                }
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let mut p = prefix.to_vec();
                if !matches!(stem, "mod" | "lib" | "main") {
                    p.push(stem.to_string());
                }
                out.insert(p.join("::"), path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &[], &mut out);
    out
}

/// The code of a file without comments (line comments and doc comments).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("a source file");
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// Which modules each module imports: the longest module path each
/// `crate::…` or `super::…` path names, other than itself and the modules
/// it encloses (a folder's `mod.rs` declares its children).
fn imports(mods: &BTreeMap<String, PathBuf>) -> BTreeMap<String, BTreeSet<String>> {
    let path = Regex::new(r"\b(crate|super)((?:::[a-z_][a-z0-9_]*)+)").unwrap();
    let mut out = BTreeMap::new();
    for (module, file) in mods {
        // `super` is the enclosing module: of `a/b.rs` (`a::b`) and of
        // `a/mod.rs` (`a`) alike, the module path less its last part.
        let mut parent: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        parent.pop();
        let mut used = BTreeSet::new();
        for c in path.captures_iter(&code(file)) {
            let mut parts: Vec<&str> = if &c[1] == "crate" { Vec::new() } else { parent.clone() };
            parts.extend(c[2].split("::").filter(|s| !s.is_empty()));
            // The longest prefix that is a module.
            let target = (0..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|p| mods.contains_key(p));
            if let Some(t) = target {
                let encloses = t.starts_with(&format!("{module}::")) || (module.is_empty() && !t.is_empty());
                if t != *module && !t.is_empty() && !encloses {
                    used.insert(t);
                }
            }
        }
        out.insert(module.clone(), used);
    }
    out
}

/// Every cycle of imports, each as the modules on it (empty if none).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components (recursive: the graphs are
    // a few dozen modules).
    /// The walk so far: the next index, each module seen with its index
    /// and the lowest index it reaches, the stack and what is on it.
    #[derive(Default)]
    struct Walk {
        next: usize,
        seen: BTreeMap<String, (usize, usize)>,
        stack: Vec<String>,
        on_stack: BTreeSet<String>,
    }
    fn visit(v: &str, graph: &BTreeMap<String, BTreeSet<String>>, walk: &mut Walk, out: &mut Vec<Vec<String>>) {
        let index = walk.next;
        walk.next += 1;
        walk.seen.insert(v.to_string(), (index, index));
        walk.stack.push(v.to_string());
        walk.on_stack.insert(v.to_string());
        for w in graph.get(v).into_iter().flatten() {
            if !walk.seen.contains_key(w) {
                visit(w, graph, walk, out);
                let low = walk.seen[w].1.min(walk.seen[v].1);
                walk.seen.get_mut(v).unwrap().1 = low;
            } else if walk.on_stack.contains(w) {
                let low = walk.seen[w].0.min(walk.seen[v].1);
                walk.seen.get_mut(v).unwrap().1 = low;
            }
        }
        if walk.seen[v].0 == walk.seen[v].1 {
            let mut component = Vec::new();
            while let Some(w) = walk.stack.pop() {
                walk.on_stack.remove(&w);
                let done = w == v;
                component.push(w);
                if done {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                out.push(component);
            }
        }
    }
    let mut walk = Walk::default();
    let mut out = Vec::new();
    for v in graph.keys() {
        if !walk.seen.contains_key(v) {
            visit(v, graph, &mut walk, &mut out);
        }
    }
    out
}

fn layer_of(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

#[test]
fn each_layer_of_the_core_uses_only_those_below_it() {
    let mods = modules(Path::new(CORE));
    for (layer, _) in LAYERS {
        assert!(mods.contains_key(*layer), "the core has a `{layer}` folder");
    }
    let mut wrong = Vec::new();
    for (module, used) in imports(&mods) {
        if module.is_empty() {
            continue;
        }
        let layer = layer_of(&module);
        let allowed = LAYERS.iter().find(|(l, _)| *l == layer).map(|(_, a)| *a);
        let Some(allowed) = allowed else {
            wrong.push(format!("`{module}` is in no layer (the core's top level holds only the layers)"));
            continue;
        };
        for u in used {
            let target = layer_of(&u);
            if target != layer && !allowed.contains(&target) {
                wrong.push(format!("`{module}` ({layer}) uses `{u}` ({target})"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that reach up or across:\n{}", wrong.join("\n"));
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    for (name, dir) in [("core", CORE), ("app", APP)] {
        let graph = imports(&modules(Path::new(dir)));
        assert!(graph.len() > 10, "{name}: read its modules");
        let found = cycles(&graph);
        assert!(found.is_empty(), "{name}: import cycles: {found:?}");
    }
}

#[test]
fn the_core_s_root_only_declares_and_re_exports() {
    let lib = code(&Path::new(CORE).join("lib.rs"));
    let item = Regex::new(r"^(#\[cfg\(feature = \x22[a-z]+\x22\)\]|pub mod [a-z]+;|pub use [^;]+;)$").unwrap();
    for line in lib.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(item.is_match(line), "lib.rs holds `{line}`");
    }
}

#[test]
fn the_checks_see_a_cycle_and_an_upward_import() {
    // The rules themselves, on a made-up graph: a → b → c → a is a cycle.
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", &["b"][..]), ("b", &["c"]), ("c", &["a"]), ("d", &["a"])]
        .iter()
        .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(cycles(&graph), vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]]);
    // And on the real tree: `page::meeting` is read as importing
    // `page::i18n` (a path inside its own layer) and `text::numerals`.
    let mods = modules(Path::new(CORE));
    let graph = imports(&mods);
    let meeting = &graph["page::meeting"];
    assert!(meeting.contains("page::i18n") && meeting.contains("text::numerals"), "{meeting:?}");
}

/// The globals a file's code declares: each `static` item, `thread_local!`
/// block and lazily set cell (`OnceLock`, `OnceCell`, `LazyLock`,
/// `LazyCell`), by line.
fn globals(code: &str) -> Vec<String> {
    let global =
        Regex::new(r"\bstatic\s+(mut\s+)?[A-Z_][A-Z0-9_]*\s*:|\bthread_local!|\b(Once|Lazy)(Lock|Cell)\b").unwrap();
    code.lines().filter(|l| global.is_match(l)).map(|l| l.trim().to_string()).collect()
}

#[test]
fn the_app_keeps_no_state_in_globals() {
    // What the page shows is a value `run()` makes and the reducer's state
    // keeps (`data::Site`). Left as globals: bytes the build embeds (they
    // never change), the allocator, and the memo of the browser's answers
    // about Unicode that the core's search folding asks (a cache, set
    // again by nothing).
    let allowed = |file: &str, line: &str| match file {
        "data.rs" => Regex::new(r"^static [A-Z]+: &\[u8\] = include_bytes!").unwrap().is_match(line),
        "main.rs" => line.starts_with("static ALLOCATOR:"),
        "browser.rs" => {
            line == "thread_local! {"
                || line.starts_with("static KNOWN: RefCell<HashMap<char, (String, bool)>>")
                || line.starts_with("static WORD: js_sys::RegExp")
        }
        _ => false,
    };
    let mut found = Vec::new();
    for (module, file) in modules(Path::new(APP)) {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        for line in globals(&code(&file)) {
            if !allowed(&name, &line) {
                found.push(format!("{module} ({name}): {line}"));
            }
        }
    }
    assert!(found.is_empty(), "globals in the app:\n{}", found.join("\n"));
    // The rule sees one.
    let sample = "static SHOWN: OnceLock<u8> = OnceLock::new();\nthread_local! {\nconst N: u8 = 1;";
    assert_eq!(globals(sample).len(), 2, "{:?}", globals(sample));
}

/// Where a file's code writes one of `names` as a literal class, id,
/// label target, link target or element id asked for (`class="toc"`,
/// `id="results"`, `get_element_by_id("prerender")`), by line.
fn literal_names(code: &str, names: &[&str]) -> Vec<String> {
    let rules: Vec<(&str, Regex)> = names
        .iter()
        .map(|name| {
            let rule = format!(
                r##"\b(class|id|for)=\\?"([a-z-]+ )*{0}( [a-z-]+)*\\?"|\bhref=\\?"#{0}\\?"|_by_id\("{0}"\)|=\{{"{0}"\}}"##,
                regex::escape(name)
            );
            (*name, Regex::new(&rule).unwrap())
        })
        .collect();
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        for (name, rule) in &rules {
            if rule.is_match(line) {
                found.push(format!("{}: {name}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_frame_s_classes_and_ids_are_named_once() {
    // The prerendered page and the app write the frame's elements each;
    // the classes and ids they share are `site::markup::frame`'s, and no
    // other file spells one out (a rename is one edit; a typo does not
    // compile).
    let mut files: Vec<PathBuf> = modules(Path::new(APP)).into_values().collect();
    files.push(Path::new(CORE).join("site/prerender.rs"));
    let mut found = Vec::new();
    for file in &files {
        for hit in literal_names(&code(file), report::site::markup::frame::ALL) {
            found.push(format!("{}:{hit}", file.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(found.is_empty(), "frame names written out:\n{}", found.join("\n"));
    // The rule sees each way of writing one, and not a longer name.
    let sample = r##"<div class="toc">
r#"<p class="original-title ui-en">"#
<label for="search-input">
<a href="#results">
get_element_by_id("prerender")
<div class="toc-wide" data-testid="toc">"##;
    let hits = literal_names(sample, &["toc", "original-title", "search-input", "results", "prerender"]);
    assert_eq!(hits.len(), 5, "{hits:#?}");
}
