//! Differential conformance: every case under tests/corpus/cases is rendered by
//! gotmpl and compared byte-for-byte with the golden written by Go (oracle/).
//! Errors compare by class (parse vs exec). Cases listed in
//! tests/corpus/known_failures.txt may fail; any other failure fails the test.

use gotmpl::chart::{self, Capabilities, Chart, ReleaseOptions};
use gotmpl::{FuncMap, Template, Value, yaml_input};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn load_data(p: &Path) -> Value {
    match std::fs::read_to_string(p) {
        Ok(s) => match yaml_input::parse_yaml(&s).expect("data yaml") {
            Value::Map(m) => Value::Map(m),
            _ => Value::empty_map(),
        },
        Err(_) => Value::empty_map(),
    }
}

fn mode_of(group: &str) -> &'static str {
    if group.starts_with("helm") {
        "helm"
    } else if group.starts_with("istio") {
        "istio"
    } else {
        "plain"
    }
}

fn helm_case(
    name: &str,
    src: &str,
    helpers: Option<String>,
    values: &Value,
) -> Result<String, String> {
    let mut c = Chart::default();
    for (k, v) in [
        ("apiVersion", "v2"),
        ("name", "case"),
        ("version", "0.1.0"),
        ("appVersion", "1.0.0"),
        ("description", "corpus case"),
    ] {
        c.metadata.insert(k.into(), Value::str(v));
    }
    c.templates
        .push((format!("templates/{name}.tmpl"), src.to_string()));
    if let Some(h) = helpers {
        c.templates.push(("templates/_helpers.tpl".into(), h));
    }
    c.values = Value::empty_map();
    c.files
        .insert("files/a.txt".into(), b"alpha\nbeta\n".to_vec());
    c.files
        .insert("files/b.conf".into(), b"key = value\n".to_vec());
    c.files.insert("files/sub/c.txt".into(), b"gamma".to_vec());
    let out = chart::render(
        &c,
        values,
        &ReleaseOptions::default(),
        &Capabilities::default(),
    )
    .map_err(|e| e.to_string())?;
    Ok(out
        .get(&format!("case/templates/{name}.tmpl"))
        .cloned()
        .unwrap_or_default())
}

fn render_case(mode: &str, tmpl: &Path) -> Result<String, String> {
    let src = std::fs::read_to_string(tmpl).unwrap();
    let base = tmpl.with_extension("");
    let name = base.file_name().unwrap().to_string_lossy().to_string();
    let data = load_data(&base.with_extension("data.yaml"));
    match mode {
        "helm" => {
            let helpers = std::fs::read_to_string(base.with_extension("helpers.tpl")).ok();
            helm_case(&name, &src, helpers, &data)
        }
        _ => {
            let funcs = if mode == "istio" {
                FuncMap::istio()
            } else {
                FuncMap::sprig()
            };
            let mut t = Template::new(funcs);
            t.parse(&name, &src).map_err(|e| e.to_string())?;
            t.execute(&name, &data).map_err(|e| e.to_string())
        }
    }
}

fn err_class(msg: &str) -> &'static str {
    if msg.starts_with("parse error")
        || (msg.starts_with("template:") && !msg.contains("executing \""))
    {
        "parse"
    } else {
        "exec"
    }
}

#[derive(Default)]
struct Tally {
    pass: usize,
    total: usize,
    errors: usize,
    exact_err: usize,
}

#[test]
fn gotmpl_corpus_matches_go() {
    let mut panicked: Vec<String> = Vec::new();
    let known: Vec<String> = std::fs::read_to_string(root().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut groups: Vec<_> = std::fs::read_dir(root().join("cases"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    groups.sort_by_key(|e| e.file_name());
    for g in groups {
        let group = g.file_name().to_string_lossy().to_string();
        let mode = mode_of(&group);
        let mut files: Vec<PathBuf> = std::fs::read_dir(g.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tmpl"))
            .collect();
        files.sort();
        for f in files {
            let id = format!("{group}/{}", f.file_stem().unwrap().to_string_lossy());
            let out_p = f.with_extension("out");
            let err_p = f.with_extension("err");
            let got = std::panic::catch_unwind(|| render_case(mode, &f)).unwrap_or_else(|_| {
                // A panic is a bug even in a known-failing case.
                panicked.push(id.clone());
                Err("PANIC".into())
            });
            let t = tallies.entry(group.clone()).or_default();
            t.total += 1;
            let (ok, detail) = if let Ok(want) = std::fs::read_to_string(&out_p) {
                match &got {
                    Ok(g) if *g == want => (true, String::new()),
                    Ok(g) => (false, format!("want {want:?}\n   got {g:?}")),
                    Err(e) => (false, format!("want {want:?}\n   got error {e}")),
                }
            } else if let Ok(want) = std::fs::read_to_string(&err_p) {
                t.errors += 1;
                let want = want.trim_end();
                match &got {
                    Err(e) if e != "PANIC" && err_class(e) == err_class(want) => {
                        if e == want {
                            t.exact_err += 1;
                        } else if std::env::var_os("GOTMPL_SHOW_ERRORS").is_some() {
                            println!("ERRDIFF {id}\n  want {want}\n  got  {e}");
                        }
                        (true, String::new())
                    }
                    Err(e) => (false, format!("want error {want}\n   got error {e}")),
                    Ok(g) => (false, format!("want error {want}\n   got {g:?}")),
                }
            } else {
                (
                    false,
                    "no golden (run crates/gotmpl/oracle/regen.sh)".into(),
                )
            };
            if ok {
                t.pass += 1;
                if known.contains(&id) {
                    fixed.push(id);
                }
            } else if !known.contains(&id) {
                unexpected.push(format!("{id}: {detail}"));
            }
        }
    }
    // charts
    let charts_dir = root().join("charts");
    let mut charts: Vec<_> = std::fs::read_dir(&charts_dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .collect()
        })
        .unwrap_or_else(|_| Vec::new());
    charts.sort_by_key(|e| e.file_name());
    for c in charts {
        let id = format!("charts/{}", c.file_name().to_string_lossy());
        let t = tallies.entry("charts".into()).or_default();
        t.total += 1;
        let dir = c.path();
        let values = load_data(&dir.with_extension("values.yaml"));
        let got = Chart::load_dir(&dir)
            .and_then(|ch| {
                chart::render(
                    &ch,
                    &values,
                    &ReleaseOptions::default(),
                    &Capabilities::default(),
                )
            })
            .map_err(|e| e.to_string());
        let ok = match (std::fs::read_to_string(dir.with_extension("out")), &got) {
            (Ok(want), Ok(g)) => {
                let s = chart::join_output(g);
                if s != want {
                    unexpected.push(format!("{id}: want {want:?}\n   got {s:?}"));
                }
                // `helm template` ordering and document naming
                let want_ht =
                    std::fs::read_to_string(dir.with_extension("helm.out")).unwrap_or_default();
                let ht = chart::helm_template_output(g).unwrap_or_else(|e| format!("ERROR: {e}\n"));
                if ht != want_ht {
                    unexpected.push(format!(
                        "{id} (helm template): want {want_ht:?}\n   got {ht:?}"
                    ));
                }
                s == want && ht == want_ht
            }
            (Err(_), Err(e)) => {
                let want = std::fs::read_to_string(dir.with_extension("err")).unwrap_or_default();
                err_class(e) == err_class(want.trim_end())
            }
            (_, other) => {
                unexpected.push(format!("{id}: got {other:?}"));
                false
            }
        };
        if ok {
            t.pass += 1;
        }
    }
    let (mut p, mut n, mut errs, mut ee) = (0, 0, 0, 0);
    let row = |g: &str, p: usize, n: usize, e: usize, x: usize| {
        println!("{g:<24} {p:>6} {n:>6} {e:>8} {x:>10}");
    };
    println!(
        "{:<24} {:>6} {:>6} {:>8} {:>10}",
        "group", "pass", "total", "errors", "exact-err"
    );
    for (g, t) in &tallies {
        row(g, t.pass, t.total, t.errors, t.exact_err);
        p += t.pass;
        n += t.total;
        errs += t.errors;
        ee += t.exact_err;
    }
    row("TOTAL", p, n, errs, ee);
    if !fixed.is_empty() {
        println!("known failures that now pass (remove them): {fixed:?}");
    }
    if !unexpected.is_empty() {
        for u in &unexpected {
            println!("FAIL {u}");
        }
        panic!("{} unexpected gotmpl corpus failures", unexpected.len());
    }
    if !panicked.is_empty() {
        panic!("the engine panicked on: {}", panicked.join(", "));
    }
}

/// Parse-check an arbitrary template: `GOTMPL_PARSE_FILE=path cargo test --test it
/// gotmpl_parse_file -- --ignored --nocapture` (Istio injector functions loaded).
#[test]
#[ignore]
fn gotmpl_parse_file() {
    let Some(p) = std::env::var_os("GOTMPL_PARSE_FILE") else {
        return;
    };
    let src = std::fs::read_to_string(&p).unwrap();
    let mut t = Template::new(FuncMap::istio());
    match t.parse("file", &src) {
        Ok(()) => println!("parsed OK"),
        Err(e) => panic!("{e}"),
    }
}
