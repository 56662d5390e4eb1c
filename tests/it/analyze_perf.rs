//! The generated mesh (`sailctl::analyze::synth`, shared with `benches/analyze.rs`) analyzed with
//! every analyzer: the planted errors must be found. The 20,000-resource timings live in the
//! bench (`cargo bench --bench analyze`). `SAILCTL_ANALYZE_GEN=<file>` writes the corpus as
//! YAML for whole-command comparisons (benches/compare.sh).

use sailctl::analyze::synth::{self, Corpus};
use std::fmt::Write;
use std::time::Instant;

/// 20 namespaces (~2,000 resources): big enough to exercise every generated shape, small
/// enough for a debug build.
#[test]
fn generated_mesh_planted_errors_are_found() {
    let c = synth::generate(20, synth::SEED);
    assert!(c.resources >= 2_000, "{} resources", c.resources);
    if let Ok(path) = std::env::var("SAILCTL_ANALYZE_GEN") {
        std::fs::write(
            path,
            synth::generate(synth::LARGE_NAMESPACES, synth::SEED).yaml,
        )
        .unwrap();
    }
    check(&c);
}

fn check(c: &Corpus) {
    let t0 = Instant::now();
    let (snap, mesh_state, errors) = synth::load(c);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(3)]);
    let load = t0.elapsed();
    let t1 = Instant::now();
    let by_code = synth::analyze_all(&snap, &mesh_state);
    let run = t1.elapsed();
    let mut report = String::new();
    let _ = writeln!(
        report,
        "{} resources: load {load:?}, analyze {run:?}",
        c.resources
    );
    let _ = writeln!(report, "planted {:?}\nfound {by_code:?}", c.planted);
    println!("{report}");
    assert!(!c.planted.is_empty(), "the generator planted nothing");
    for (code, n) in &c.planted {
        let found = by_code.get(*code).copied().unwrap_or(0);
        assert!(found >= *n, "{code}: planted {n}, found {found}\n{report}");
    }
    // The generated resources are otherwise valid: no schema errors.
    assert_eq!(by_code.get("IST0106"), None, "{report}");
    // Generous even for an unoptimised debug build on a busy machine.
    assert!(run.as_secs() < 60, "{report}");
}

#[test]
fn generator_is_deterministic() {
    let a = synth::generate(3, 42);
    let b = synth::generate(3, 42);
    assert_eq!(a.yaml, b.yaml);
    assert_eq!(a.planted, b.planted);
    assert_eq!(
        synth::generate(synth::LARGE_NAMESPACES, synth::SEED).resources,
        24_800,
        "the bench's config set changed size"
    );
}
