//! `analyze` over the generated 24,800-resource config set (`sailctl::analyze::synth`, the same
//! corpus the planted-error test checks): YAML split and parse, loading into a snapshot, every
//! analyzer together, and each analyzer alone. `cargo bench --bench analyze` (add `-- --quick`
//! for one short pass). One `--quick` pass on the shared 2-core dev box under a load average
//! of ~10 (2026-11-22), medians: YAML split 25 ms, split + parse 2.4 s, load into a snapshot
//! 7.7 s (range 3.2–8.8 s: noisy under that load), every analyzer 734 ms; the slowest single
//! analyzers ~100–140 ms (deployment.MultiServiceAnalyzer, auth.AuthorizationPoliciesAnalyzer,
//! virtualservice.DestinationHostAnalyzer), schema validation of 4,000 VirtualServices 44 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use sailctl::analyze::synth;
use sailctl::analyze::{self, Options};
use std::time::Duration;

fn corpus(c: &mut Criterion) {
    let corpus = synth::generate(synth::LARGE_NAMESPACES, synth::SEED);
    let (snap, mesh_state, errors) = synth::load(&corpus);
    assert!(errors.is_empty(), "generated corpus must load: {errors:?}");
    // The planted errors must be found, or the timings measure the wrong thing.
    let found = synth::analyze_all(&snap, &mesh_state);
    for (code, n) in &corpus.planted {
        assert!(
            found.get(*code).copied().unwrap_or(0) >= *n,
            "{code} not found"
        );
    }
    eprintln!(
        "{} resources; planted {:?}; found {found:?}",
        corpus.resources, corpus.planted
    );

    let mut g = c.benchmark_group("analyze 24.8k");
    g.sample_size(10);
    g.bench_function("yaml split", |b| {
        b.iter(|| sailctl::yaml::split_documents(&corpus.yaml).len())
    });
    g.bench_function("yaml split + parse", |b| {
        b.iter(|| {
            sailctl::yaml::split_documents(&corpus.yaml)
                .iter()
                .filter(|r| sailctl::yaml::parse_document("g", r.line, r.text).is_ok())
                .count()
        })
    });
    g.bench_function("load into snapshot", |b| {
        b.iter(|| synth::load(&corpus).0.len())
    });
    g.bench_function("every analyzer", |b| {
        b.iter(|| synth::analyze_all(&snap, &mesh_state))
    });
    g.finish();

    // Each analyzer alone: where the time goes.
    let mut g = c.benchmark_group("analyzer 24.8k");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(500));
    let opts = Options {
        istio_namespace: "istio-system".into(),
        ..Default::default()
    };
    for a in analyze::analyzers::all() {
        g.bench_function(a.name(), |b| {
            b.iter(|| analyze::run(&snap, &[a], &mesh_state, &opts).messages.len())
        });
    }
    g.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);
