//! `manifest generate` through sailctl and the reference istioctl 1.30.3: every profile,
//! then a seeded corpus of generated inputs (`SAILCTL_DIFF_CASES`, default 200;
//! `SAILCTL_DIFF_SEED`, default below; `scripts/differential` sets both).

use std::path::Path;
use std::process::Output;

use super::compare::{self, Report};
use super::iop_gen::{self, Case};
use crate::support::process::stderr;
use crate::support::reference::istioctl;
use crate::support::sailctl::offline;

/// The seed CI uses; any other reproduces through `scripts/differential --seed`.
const SEED: u64 = 1303;
const CASES: usize = 200;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
        Err(_) => default,
    }
}

fn run_both(args: &[String], dir: &Path) -> (Output, Output) {
    let ours = offline(args).current_dir(dir).output();
    let theirs = istioctl(args).current_dir(dir).output();
    (theirs, ours)
}

fn compare_outputs(reference: &Output, ours: &Output) -> Result<Report, String> {
    let text = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();
    let r = compare::docs(&text(reference), "istioctl output")?;
    let s = compare::docs(&text(ours), "sailctl output")?;
    Ok(compare::manifests(&r, &s))
}

/// One case: `Ok(Some(report))` when both rendered, `Ok(None)` when both refused the input,
/// `Err` when they disagree on that.
fn check(args: &[String], dir: &Path) -> Result<Option<Report>, String> {
    let (reference, ours) = run_both(args, dir);
    match (reference.status.code(), ours.status.code()) {
        (Some(0), Some(0)) => compare_outputs(&reference, &ours).map(Some),
        // A refused input: istioctl exits 1, sailctl 65 for bad input data (README,
        // "Exit codes"). Both must print nothing on stdout.
        (Some(1), Some(65)) if ours.stdout.is_empty() => Ok(None),
        (r, s) => Err(format!(
            "exit codes differ: istioctl {r:?}, sailctl {s:?}\n  istioctl stderr: {}\n  sailctl stderr: {}",
            stderr(&reference).trim(),
            stderr(&ours).trim()
        )),
    }
}

#[test]
fn every_profile_renders_what_istioctl_renders() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = String::from("profile              identical/objects\n");
    let mut failures = Vec::new();
    for p in iop_gen::PROFILES {
        let args: Vec<String> = ["manifest", "generate", "--set"]
            .iter()
            .map(|s| s.to_string())
            .chain([format!("profile={p}")])
            .collect();
        match check(&args, dir.path()) {
            Ok(Some(r)) => {
                table.push_str(&format!("{p:<20} {}/{}\n", r.identical, r.total));
                if !r.is_clean() {
                    failures.push(format!("profile {p}:\n{}", r.problems.join("\n")));
                }
            }
            Ok(None) => failures.push(format!("profile {p}: both refused it")),
            Err(e) => failures.push(format!("profile {p}: {e}")),
        }
    }
    eprintln!("{table}");
    assert!(failures.is_empty(), "{table}\n{}", failures.join("\n\n"));
}

fn run_case(case: &Case, dir: &Path) -> Result<Option<Report>, String> {
    let mut args: Vec<String> = vec!["manifest".into(), "generate".into()];
    for (i, f) in case.files.iter().enumerate() {
        let name = format!("iop-{i}.yaml");
        std::fs::write(dir.join(&name), f).map_err(|e| format!("writing {name}: {e}"))?;
        args.push("-f".into());
        args.push(name);
    }
    for s in &case.sets {
        args.push("--set".into());
        args.push(s.clone());
    }
    check(&args, dir)
}

#[test]
fn generated_inputs_render_what_istioctl_renders() {
    let seed = env_or("SAILCTL_DIFF_SEED", SEED);
    let n = env_or("SAILCTL_DIFF_CASES", CASES);
    let cases = iop_gen::cases(seed, n);
    // Each case runs two processes, one after the other.
    let results: Vec<(Case, Result<Option<Report>, String>)> =
        crate::support::parallel::two_workers(cases, run_case);
    let mut identical = 0;
    let mut refused = 0;
    let mut failures = Vec::new();
    for (case, r) in &results {
        match r {
            Ok(Some(rep)) if rep.is_clean() => identical += 1,
            Ok(None) => refused += 1,
            Ok(Some(rep)) => {
                failures.push(format!("{}\n{}", case.describe(), rep.problems.join("\n")))
            }
            Err(e) => failures.push(format!("{}\n{e}", case.describe())),
        }
    }
    let summary = format!(
        "seed {seed}: {n} inputs, {identical} rendered identically, {refused} refused by both, {} differ",
        failures.len()
    );
    eprintln!("{summary}");
    // Every difference, for reading at leisure (the assertion shows the first few).
    let report = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-manifest-generate.txt");
    let _ = std::fs::write(&report, format!("{summary}\n\n{}\n", failures.join("\n\n")));
    eprintln!("all differences: {}", report.display());
    let shown: Vec<&String> = failures.iter().take(8).collect();
    assert!(
        failures.is_empty(),
        "{summary}\nfirst {} of them:\n\n{}",
        shown.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

/// Deliberate difference: `--set` keeps quotes in a value (`KEY="true"` is the text
/// `"true"`, quotes included). istioctl's gateway chart then writes invalid YAML and fails;
/// sailctl's charts quote values, so the gateway gets the value as given.
#[test]
fn a_set_value_with_quotes_renders_where_istioctl_fails() {
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<String> = [
        "manifest",
        "generate",
        "--set",
        "profile=demo",
        "--set",
        "meshConfig.defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE=\"true\"",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (reference, ours) = run_both(&args, dir.path());
    assert_eq!(
        reference.status.code(),
        Some(1),
        "istioctl: {}",
        stderr(&reference)
    );
    assert!(
        stderr(&reference).contains("error converting YAML to JSON"),
        "istioctl: {}",
        stderr(&reference)
    );
    assert_eq!(ours.status.code(), Some(0), "sailctl: {}", stderr(&ours));
    let docs = compare::docs(&String::from_utf8_lossy(&ours.stdout), "sailctl output").unwrap();
    let gw = docs
        .iter()
        .find(|d| d.key.0 == "Deployment" && d.key.2 == "istio-ingressgateway")
        .expect("the ingress gateway");
    let env = gw
        .value
        .pointer("/spec/template/spec/containers/0/env")
        .unwrap();
    assert!(
        env.as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "ISTIO_META_DNS_CAPTURE" && e["value"] == "\"true\""),
        "{env}"
    );
}
