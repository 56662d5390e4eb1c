//! The bounded fuzz run CI can afford on stable: every `sailctl::fuzz_entry` target over
//! every seed (Istio 1.30.3's test data read in place, our own test inputs, fuzz/seeds and
//! the committed crash inputs in fuzz/regressions) and over a fixed set of mutations of
//! them. Each call is guarded by catch_unwind; the test lists every panicking or slow
//! input (> 2 s) and fails, saving each one under target/fuzz-smoke-failures/<target>/.
//!
//! The same seed gathering feeds cargo-fuzz: `scripts/fuzz-seeds` runs the ignored
//! `fuzz_smoke::write_corpus`, which writes the seeds to target/fuzz-corpus/<target>/.

use crate::support::rng::Rng;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use crate::support::paths::{self, repo};

/// cargo-fuzz's `-max_len` in scripts/fuzz; larger files are left out of both.
const MAX_LEN: usize = 256 * 1024;
/// A single input taking longer than this is reported as a hang.
const SLOW: Duration = Duration::from_secs(2);
/// Past this the worker is presumed stuck and the test fails without waiting for it.
const STUCK: Duration = Duration::from_secs(60);

type Target = fn(&[u8]);

/// Each target with its count of mutated inputs (fixed, so every run is the same; sized so
/// the whole smoke run stays well under a minute in a debug build on two cores).
const TARGETS: &[(&str, Target, usize)] = &[
    ("yaml", sailctl::fuzz_entry::yaml, 800),
    ("gotmpl", sailctl::fuzz_entry::gotmpl, 1500),
    ("kube_inject", sailctl::fuzz_entry::kube_inject, 300),
    ("analyze", sailctl::fuzz_entry::analyze, 1500),
    ("iop_set", sailctl::fuzz_entry::iop_set, 1500),
];

fn shared() -> PathBuf {
    paths::istio_data("inject-cases.json")
}

/// One fuzz input and where it came from.
struct Seed {
    name: String,
    data: Vec<u8>,
}

/// Files under `dir` (recursively) whose names end with one of `suffixes`, sorted.
fn files(dir: &Path, suffixes: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Some(n) = p.file_name().and_then(|n| n.to_str())
                && (suffixes.is_empty() || suffixes.iter().any(|s| n.ends_with(s)))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("cannot read seed {}: {e}", p.display()))
}

/// A seed named by its path relative to the repository's parent (`shared/...`, `wt/...`).
fn seed_of(p: &Path) -> Seed {
    Seed {
        name: display(p),
        data: read(p),
    }
}

fn display(p: &Path) -> String {
    let base = repo();
    if let Ok(r) = p.strip_prefix(&base) {
        return r.display().to_string();
    }
    let shared = paths::shared();
    match p.strip_prefix(&shared) {
        Ok(r) => format!("shared/{}", r.display()),
        Err(_) => p.display().to_string(),
    }
}

const YAML: &[&str] = &[".yaml", ".yml", ".injected"];

/// Every seed of `target`, in a fixed order.
fn seeds(target: &str) -> Vec<Seed> {
    let sh = shared();
    let r = repo();
    let mut out: Vec<Seed> = Vec::new();
    let add_files = |out: &mut Vec<Seed>, dir: PathBuf, suffixes: &[&str]| {
        assert!(dir.is_dir(), "seed directory missing: {}", dir.display());
        out.extend(files(&dir, suffixes).iter().map(|p| seed_of(p)));
    };
    match target {
        "yaml" => {
            add_files(&mut out, sh.clone(), YAML);
            add_files(&mut out, r.join("profiles"), YAML);
            add_files(&mut out, r.join("tests/fixtures"), YAML);
            add_files(&mut out, r.join("tests/analyze"), YAML);
            add_files(
                &mut out,
                r.join("crates/gotmpl/tests/corpus/charts"),
                &["values.yaml"],
            );
            // Data files of the template corpus: many small, varied documents.
            add_files(
                &mut out,
                r.join("crates/gotmpl/tests/corpus/cases"),
                &[".data.yaml"],
            );
        }
        "gotmpl" => gotmpl_seeds(&mut out),
        "kube_inject" => {
            add_files(
                &mut out,
                sh.join("pkg/kube/inject/testdata/inject"),
                &[".yaml", ".injected"],
            );
            out.retain(|s| !s.name.ends_with(".iop.yaml"));
            add_files(&mut out, sh.join("istioctl/pkg/kubeinject/testdata"), YAML);
            add_files(&mut out, sh.join("samples"), YAML);
        }
        "analyze" => {
            add_files(
                &mut out,
                sh.join("pkg/config/analysis/analyzers/testdata"),
                YAML,
            );
            add_files(&mut out, sh.join("samples"), YAML);
        }
        "iop_set" => iop_seeds(&mut out),
        other => panic!("no seeds defined for target {other}"),
    }
    for sub in ["fuzz/seeds", "fuzz/regressions"] {
        let d = r.join(sub).join(target);
        if d.is_dir() {
            add_files(&mut out, d, &[]);
        }
    }
    out.retain(|s| s.data.len() <= MAX_LEN);
    out
}

/// Template corpus cases (template, data and helpers in fuzz_entry's layout, with the
/// function map of their group), our chart templates over their values, and the bundled
/// injection templates over the benchmark's pod data.
fn gotmpl_seeds(out: &mut Vec<Seed>) {
    let r = repo();
    let opt = |p: PathBuf| std::fs::read_to_string(p).ok();
    let compose = |header: &str, tmpl: &str, data: Option<String>, helpers: Option<String>| {
        let mut s = String::from(header);
        s.push_str(tmpl);
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s.push_str("--- data\n");
        s.push_str(data.as_deref().unwrap_or(""));
        if let Some(h) = helpers {
            if !s.ends_with('\n') {
                s.push('\n');
            }
            s.push_str("--- helpers\n");
            s.push_str(&h);
        }
        s.into_bytes()
    };
    for p in files(&r.join("crates/gotmpl/tests/corpus/cases"), &[".tmpl"]) {
        let group = p
            .parent()
            .and_then(Path::file_name)
            .and_then(|g| g.to_str())
            .unwrap_or("");
        let header = if group.starts_with("helm") {
            "#helm\n"
        } else if group.starts_with("istio") {
            "#istio\n"
        } else {
            ""
        };
        let base = p.with_extension("");
        let tmpl = String::from_utf8_lossy(&read(&p)).into_owned();
        out.push(Seed {
            name: display(&p),
            data: compose(
                header,
                &tmpl,
                opt(base.with_extension("data.yaml")),
                opt(base.with_extension("helpers.tpl")),
            ),
        });
    }
    // Charts: each template with the chart's values as data and its helpers.
    for charts in [
        r.join("crates/gotmpl/tests/corpus/charts"),
        r.join("manifests/charts"),
    ] {
        for t in files(&charts, &[".yaml", ".tpl", ".txt"]) {
            let Some(dir) = t.parent().filter(|d| d.ends_with("templates")) else {
                continue;
            };
            if t.file_name().is_some_and(|n| n == "_helpers.tpl") {
                continue;
            }
            let chart = dir.parent().unwrap_or(dir);
            let tmpl = String::from_utf8_lossy(&read(&t)).into_owned();
            out.push(Seed {
                name: display(&t),
                data: compose(
                    "#helm\n",
                    &tmpl,
                    opt(chart.join("values.yaml")),
                    opt(dir.join("_helpers.tpl")),
                ),
            });
        }
    }
    let data = files(&r.join("crates/gotmpl/tests/corpus/bench/data"), &[".yaml"]);
    let mut templates = Vec::new();
    templates.extend(files(
        &r.join("manifests/charts/istio-control/istio-discovery/files"),
        &[".yaml"],
    ));
    for (i, t) in templates.iter().enumerate() {
        let tmpl = String::from_utf8_lossy(&read(t)).into_owned();
        // A few pods per template: the data files differ in annotations and containers.
        for d in data.iter().skip(i).step_by(40) {
            out.push(Seed {
                name: format!("{} over {}", display(t), display(d)),
                data: compose("#istio\n", &tmpl, opt(d.clone()), None),
            });
        }
    }
}

/// IstioOperator files as overlays, with the `--set` flags Istio's tests pair them with.
fn iop_seeds(out: &mut Vec<Seed>) {
    let sh = shared();
    let with_flags = |file: Option<&Path>, flags: &[String]| {
        let mut s = file.map(read).unwrap_or_default();
        if !s.is_empty() && !s.ends_with(b"\n") {
            s.push(b'\n');
        }
        for f in flags {
            s.extend_from_slice(format!("--set {f}\n").as_bytes());
        }
        s
    };
    let json = |name: &str| -> serde_json::Value {
        let p = sh.join(name);
        serde_json::from_slice(&read(&p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    for case in json("manifest-generate-cases.json")["cases"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let flags: Vec<String> = case["flags"]
            .as_str()
            .unwrap_or("")
            .split("--set ")
            .map(str::trim)
            .filter(|f| f.contains('=') && !f.starts_with("installPackagePath"))
            .map(String::from)
            .collect();
        let input = case["input"].as_str().map(|i| sh.join(i));
        let name = case["desc"].as_str().unwrap_or("case");
        out.push(Seed {
            name: format!("manifest-generate-cases.json {name}"),
            data: with_flags(input.as_deref().filter(|p| p.is_file()), &flags),
        });
    }
    for case in json("inject-cases.json")["cases"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let flags: Vec<String> = case["setFlags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str().map(String::from))
            .collect();
        let file = case["inFilePath"]
            .as_str()
            .map(|f| sh.join("pkg/kube/inject/testdata/inject").join(f));
        if flags.is_empty() && file.is_none() {
            continue;
        }
        out.push(Seed {
            name: format!("inject-cases.json #{}", case["index"]),
            data: with_flags(file.as_deref(), &flags),
        });
    }
    for (dir, suffixes) in [
        (sh.join("manifests/profiles"), YAML),
        (
            sh.join("pkg/kube/inject/testdata/inject"),
            &[".iop.yaml"][..],
        ),
        (sh.join("istioctl/pkg/kubeinject/testdata"), YAML),
        (repo().join("profiles"), YAML),
    ] {
        out.extend(files(&dir, suffixes).iter().map(|p| seed_of(p)));
    }
}

/// Line start offsets of `d` (always includes 0).
fn line_starts(d: &[u8]) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        d.iter()
            .enumerate()
            .filter(|(i, b)| **b == b'\n' && i + 1 < d.len())
            .map(|(i, _)| i + 1),
    );
    v
}

/// Numbers that sit on the edges of the types the product parses into.
const EDGE_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "65536",
    "2147483648",
    "9223372036854775807",
    "-9223372036854775808",
    "1e308",
    "99999999999999999999",
];

/// One mutation of `seeds[i]`: a byte flip, a truncation, a splice with another seed, a
/// duplicated line, an indentation change, or a number swapped for an edge value.
fn mutate(rng: &mut Rng, seeds: &[Seed]) -> (String, Vec<u8>) {
    let i = rng.below(seeds.len());
    let s = &seeds[i];
    let mut d = s.data.clone();
    let op = rng.below(6);
    let what = match op {
        0 => {
            for _ in 0..1 + rng.below(4) {
                if !d.is_empty() {
                    let at = rng.below(d.len());
                    d[at] ^= 1 << rng.below(8);
                }
            }
            "bit flips"
        }
        1 => {
            d.truncate(rng.below(d.len() + 1));
            "truncation"
        }
        2 => {
            let o = &seeds[rng.below(seeds.len())].data;
            let (a, b) = (rng.below(d.len() + 1), rng.below(o.len() + 1));
            d.truncate(a);
            d.extend_from_slice(&o[b..]);
            "splice"
        }
        3 => {
            let starts = line_starts(&d);
            let k = rng.below(starts.len());
            let (a, b) = (starts[k], starts.get(k + 1).copied().unwrap_or(d.len()));
            let line = d[a..b].to_vec();
            for _ in 0..1 + rng.below(3) {
                d.splice(b..b, line.iter().copied());
            }
            "line duplication"
        }
        4 => {
            let starts = line_starts(&d);
            let a = starts[rng.below(starts.len())];
            if rng.below(2) == 0 {
                d.splice(a..a, b"  ".iter().copied());
            } else {
                let n = d[a..].iter().take(2).take_while(|b| **b == b' ').count();
                d.drain(a..a + n);
            }
            "indentation change"
        }
        _ => {
            let digits: Vec<usize> = (0..d.len()).filter(|&k| d[k].is_ascii_digit()).collect();
            if !digits.is_empty() {
                let a = digits[rng.below(digits.len())];
                let b = a + d[a..].iter().take_while(|c| c.is_ascii_digit()).count();
                let edge = EDGE_NUMBERS[rng.below(EDGE_NUMBERS.len())];
                d.splice(a..b, edge.bytes());
            }
            "edge number"
        }
    };
    (format!("{} ({what})", s.name), d)
}

/// Runs `f` over every input on a worker thread; returns failures, one line each.
fn run_all(target: &str, f: Target, inputs: Vec<(String, Vec<u8>)>) -> Vec<String> {
    let inputs = Arc::new(inputs);
    let current = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    let (ins, cur) = (inputs.clone(), current.clone());
    // Debug builds use far more stack per frame than the release binary does.
    std::thread::Builder::new()
        .name(format!("fuzz-{target}"))
        .stack_size(32 << 20)
        .spawn(move || {
            for (i, (_, data)) in ins.iter().enumerate() {
                cur.store(i, Ordering::SeqCst);
                let t = Instant::now();
                let r = catch_unwind(AssertUnwindSafe(|| f(data)));
                let msg = r.err().map(|p| {
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_else(|| "non-string panic".into())
                });
                if tx.send((i, t.elapsed(), msg)).is_err() {
                    return;
                }
            }
        })
        .expect("spawn fuzz worker");
    let mut failures = Vec::new();
    let save = |i: usize, why: &str| {
        let dir = repo().join("target/fuzz-smoke-failures").join(target);
        let _ = std::fs::create_dir_all(&dir);
        let p = dir.join(format!("input-{i}"));
        let _ = std::fs::write(&p, &inputs[i].1);
        format!("{}: {why} [saved as {}]", inputs[i].0, display(&p))
    };
    for _ in 0..inputs.len() {
        match rx.recv_timeout(STUCK) {
            Ok((i, took, panic)) => {
                if let Some(m) = panic {
                    let first = m
                        .lines()
                        .next()
                        .unwrap_or("")
                        .chars()
                        .take(300)
                        .collect::<String>();
                    failures.push(save(i, &format!("panicked: {first}")));
                } else if took > SLOW {
                    failures.push(save(i, &format!("took {took:.1?} (limit {SLOW:?})")));
                }
            }
            Err(_) => {
                let i = current.load(Ordering::SeqCst);
                failures.push(save(i, &format!("still running after {STUCK:?} (hang)")));
                break;
            }
        }
    }
    failures
}

fn smoke(target: &str) {
    let (f, mutations) = TARGETS
        .iter()
        .find(|(n, ..)| *n == target)
        .map(|(_, f, m)| (*f, *m))
        .expect("known target");
    let seeds = seeds(target);
    assert!(!seeds.is_empty(), "no seeds found for {target}");
    let mut inputs: Vec<(String, Vec<u8>)> = seeds
        .iter()
        .map(|s| (s.name.clone(), s.data.clone()))
        .collect();
    // Seeded per target, so adding seeds to one target does not reshuffle the others.
    let mut rng = Rng::new(
        target
            .bytes()
            .fold(0x5eed, |h, b| h.wrapping_mul(31) ^ b as u64),
    );
    inputs.extend((0..mutations).map(|_| mutate(&mut rng, &seeds)));
    let n = inputs.len();
    let t = Instant::now();
    let failures = run_all(target, f, inputs);
    eprintln!(
        "fuzz smoke {target}: {} seeds + {mutations} mutations = {n} inputs in {:.1?}",
        seeds.len(),
        t.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{target}: {} failing input(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn yaml() {
    smoke("yaml");
}

#[test]
fn gotmpl() {
    smoke("gotmpl");
}

#[test]
fn kube_inject() {
    smoke("kube_inject");
}

#[test]
fn analyze() {
    smoke("analyze");
}

#[test]
fn iop_set() {
    smoke("iop_set");
}

/// Every committed regression input still reaches its target (a stale directory name
/// would silently drop it from the smoke run).
#[test]
fn regressions_name_real_targets() {
    let dir = repo().join("fuzz/regressions");
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            TARGETS.iter().any(|(t, ..)| *t == name) || name.ends_with(".md"),
            "fuzz/regressions/{name} is not a fuzz target ({:?})",
            TARGETS.iter().map(|t| t.0).collect::<Vec<_>>()
        );
    }
}

/// Writes every target's seeds to $SAILCTL_FUZZ_CORPUS/<target>/ (default
/// target/fuzz-corpus) for cargo-fuzz. Run by scripts/fuzz-seeds.
#[test]
#[ignore = "writes the cargo-fuzz seed corpus; run by scripts/fuzz-seeds"]
fn write_corpus() {
    let root = std::env::var_os("SAILCTL_FUZZ_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target/fuzz-corpus"));
    for (target, ..) in TARGETS {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let seeds = seeds(target);
        for (i, s) in seeds.iter().enumerate() {
            let stem: String = s
                .name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '.' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let p = dir.join(format!("{i:05}-{}", &stem[stem.len().saturating_sub(80)..]));
            std::fs::write(&p, &s.data)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        }
        println!("{target}: {} seeds in {}", seeds.len(), dir.display());
    }
}
