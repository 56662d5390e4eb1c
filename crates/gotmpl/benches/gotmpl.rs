//! gotmpl benchmarks: sailctl's own sidecar injection template (the repository's istiod
//! chart) over 200 data variations, and a 40-template chart. Compare with
//! `gotmpl-oracle bench` (Go) for the same inputs.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gotmpl::chart::{self, Capabilities, Chart, ReleaseOptions};
use gotmpl::{FuncMap, Template, Value, yaml_input};
use std::hint::black_box;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
}

/// sailctl's own injection template (not Istio's, whose text stays out of the repository).
fn injection_template() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../manifests/charts/istio-control/istio-discovery/files/injection-template.yaml")
}

fn inject(c: &mut Criterion) {
    let src = std::fs::read_to_string(injection_template()).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(root().join("bench/data"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let datas: Vec<Value> = files
        .iter()
        .map(|p| yaml_input::parse_yaml(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect();
    let mut t = Template::new(FuncMap::istio());
    t.parse("inject", &src).unwrap();
    let mut g = c.benchmark_group("gotmpl");
    g.throughput(Throughput::Elements(datas.len() as u64));
    g.bench_function("inject_200_variations", |b| {
        b.iter(|| {
            for d in &datas {
                black_box(t.execute("inject", d).unwrap());
            }
        })
    });
    g.finish();
}

fn chart40(c: &mut Criterion) {
    let ch = Chart::load_dir(&root().join("charts/bench40")).unwrap();
    let vals = Value::empty_map();
    let (rel, caps) = (ReleaseOptions::default(), Capabilities::default());
    let mut g = c.benchmark_group("gotmpl");
    g.throughput(Throughput::Elements(1));
    g.bench_function("chart_40_templates", |b| {
        b.iter(|| black_box(chart::render(&ch, &vals, &rel, &caps).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, inject, chart40);
criterion_main!(benches);
