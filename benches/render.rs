//! Rendering the demo profile: IstioOperator merge + every chart + k8s settings.
//! `cargo bench --bench render`.

use criterion::{Criterion, criterion_group, criterion_main};
use sailctl::operator::{self, Inputs};
use sailctl::render::{self, ChartSource};

fn demo(c: &mut Criterion) {
    let inputs = Inputs {
        set: vec!["profile=demo".into()],
        ..Default::default()
    };
    let merged = operator::merge_inputs(&inputs, &mut std::io::empty()).expect("demo merges");
    // Cold: charts parsed on every render (what one `manifest generate` does).
    c.bench_function("render demo (cold charts)", |b| {
        b.iter(|| {
            let charts = ChartSource::bundled();
            render::render(&merged, &charts).expect("renders")
        })
    });
    // Warm: templates pre-parsed once per chart (install re-rendering, tests).
    let charts = ChartSource::bundled();
    c.bench_function("render demo (parsed charts)", |b| {
        b.iter(|| render::render(&merged, &charts).expect("renders"))
    });
    c.bench_function("manifest generate demo (merge + render + YAML)", |b| {
        b.iter(|| {
            let merged = operator::merge_inputs(&inputs, &mut std::io::empty()).unwrap();
            let charts = ChartSource::bundled();
            render::manifest_text(&render::render(&merged, &charts).unwrap())
        })
    });
}

criterion_group!(benches, demo);
criterion_main!(benches);
