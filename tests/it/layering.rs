//! The house's layering, checked from the source: which top-level modules of `src/` name
//! which (`crate::x` paths and `use crate::{x, …}` groups), no circles among them, and no
//! module below the command layer naming the command layer. ARCHITECTURE.md describes the
//! layers; this test keeps it true.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The command layer: parsing, dispatch, the run context and the command edges. Everything
/// else is below it and must not name these.
const EDGE: &[&str] = &["app", "ctx", "cli", "commands"];

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Top-level module of a file under `src/` (`analyze/util.rs` → `analyze`, `yaml.rs` → `yaml`).
fn top_module(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The modules a source text names through `crate::`.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a, b::c, d::{e}}`: the first segment of each item at depth 0.
            let mut depth = 0;
            let mut item_start = true;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_ascii_alphabetic() || c == '_') => {
                        out.insert(ident(&group[j..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            walk(&p, files);
        } else if p.extension().is_some_and(|e| e == "rs") {
            files.push(p);
        }
    }
}

fn source_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let tops: BTreeSet<String> = files
        .iter()
        .map(|f| top_module(f.strip_prefix(&src).unwrap()))
        .collect();
    let mut graph = Graph::new();
    for f in &files {
        let from = top_module(f.strip_prefix(&src).unwrap());
        let text = std::fs::read_to_string(f).unwrap();
        let to = graph.entry(from.clone()).or_default();
        for m in named_modules(&text) {
            if m != from && tops.contains(&m) {
                to.insert(m);
            }
        }
    }
    graph
}

/// The circles of a graph (strongly connected sets of more than one node), Tarjan's way.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g Graph,
        next: usize,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut set = Vec::new();
            while let Some(w) = s.stack.pop() {
                set.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if set.len() > 1 {
                set.sort();
                s.out.push(set);
            }
        }
    }
    let mut s = State {
        graph,
        next: 0,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn no_circles_between_modules() {
    let graph = source_graph();
    assert!(graph.len() > 10, "read too few modules: {graph:?}");
    let found = circles(&graph);
    assert!(
        found.is_empty(),
        "modules that import each other: {found:?}"
    );
}

#[test]
fn nothing_below_the_command_layer_names_it() {
    let graph = source_graph();
    let mut wrong = Vec::new();
    for (from, to) in &graph {
        if EDGE.contains(&from.as_str()) || from == "main" {
            continue;
        }
        for t in to {
            if EDGE.contains(&t.as_str()) {
                wrong.push(format!("{from} -> {t}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "core modules naming the command layer: {wrong:?}"
    );
}

#[test]
fn the_checks_see_what_they_look_for() {
    let named = named_modules("use crate::{a, b::{c, d}, e::f};\nlet x = crate::g::h();");
    let want: BTreeSet<String> = ["a", "b", "e", "g"].map(String::from).into();
    assert_eq!(named, want);
    let mut g = Graph::new();
    g.entry("x".into()).or_default().insert("y".into());
    g.entry("y".into()).or_default().insert("z".into());
    g.entry("z".into()).or_default().insert("x".into());
    g.entry("w".into()).or_default().insert("x".into());
    assert_eq!(circles(&g), vec![vec!["x", "y", "z"]]);
}
