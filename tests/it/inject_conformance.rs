//! kube-inject against Istio 1.30.3's injection goldens (inject-cases.json).

use sailctl::inject::{self, config};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Cases passing at the last commit; never lowered.
const MIN_PASSING: usize = 129;

fn shared() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/istio-1.30");
    assert!(
        p.join("inject-cases.json").is_file(),
        "Istio 1.30.3 test data missing: expected {}",
        p.display()
    );
    p
}

/// Runs one case; Ok(output) or Err(error text).
pub fn run_case(root: &Path, case: &Value) -> Result<(String, Vec<String>), String> {
    let mut set = vec![
        "profile=empty".to_string(),
        "components.pilot.enabled=true".into(),
        "hub=registry.istio.io/testing".into(),
        "tag=latest".into(),
    ];
    for f in case["setFlags"].as_array().into_iter().flatten() {
        set.push(f.as_str().unwrap().to_string());
    }
    let mut files = Vec::new();
    if let Some(p) = case["inFilePath"].as_str() {
        files.push(root.join("pkg/kube/inject/testdata/inject").join(p));
    }
    let inputs = sailctl::operator::Inputs {
        files,
        set,
        ..Default::default()
    };
    let mut cfg = config::from_operator(&inputs)?;
    for e in case["meshConfigEdits"].as_array().into_iter().flatten() {
        config::edit_mesh(
            &mut cfg.mesh,
            e["path"].as_str().unwrap(),
            e["op"].as_str().unwrap_or("set"),
            &e["value"],
        );
    }
    cfg.native_sidecars = case["nativeSidecarsExpected"].as_bool().unwrap_or(true);
    let input = root.join(case["inPath"].as_str().unwrap());
    let text = std::fs::read_to_string(&input).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    inject::inject_stream(
        &input.display().to_string(),
        &text,
        &cfg,
        &mut out,
        &mut |w| warnings.push(w),
    )
    .map_err(|e| e.to_string())?;
    Ok((String::from_utf8(out).unwrap(), warnings))
}

fn check(root: &Path, case: &Value) -> Result<(), String> {
    let res = run_case(root, case);
    if let Some(want_err) = case["expectedError"].as_str() {
        return match res {
            Err(e) if e.to_lowercase().contains(want_err) => Ok(()),
            Err(e) => Err(format!("wrong error: {e}")),
            Ok(_) => Err("expected an error".into()),
        };
    }
    let (got, warnings) = res?;
    if let Some(log) = case["expectedLog"].as_str()
        && !warnings.iter().any(|w| w.contains(log))
    {
        return Err(format!("missing warning {log:?}; got {warnings:?}"));
    }
    let want = std::fs::read_to_string(root.join(case["wantPath"].as_str().unwrap()))
        .map_err(|e| e.to_string())?;
    if got.trim() == want.trim() {
        Ok(())
    } else {
        let diff = similar::TextDiff::from_lines(want.trim(), got.trim());
        let d: String = diff
            .unified_diff()
            .context_radius(2)
            .header("want", "got")
            .to_string()
            .lines()
            .take(60)
            .collect::<Vec<_>>()
            .join("\n");
        Err(format!("output differs:\n{d}"))
    }
}

#[test]
fn inject_conformance() {
    let root = shared();
    let cases: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("inject-cases.json")).unwrap())
            .unwrap();
    let only = std::env::var("INJECT_CASE").ok();
    let mut table: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut passed = 0;
    for case in cases["cases"].as_array().unwrap() {
        let tier = case["tier"].as_str().unwrap().to_string();
        let idx = case["index"].as_u64().unwrap();
        if let Some(o) = &only
            && o != &idx.to_string()
            && Some(o.as_str()) != case["want"].as_str()
        {
            continue;
        }
        let e = table.entry(tier.clone()).or_default();
        e.1 += 1;
        if case["skipInjection"].as_bool() == Some(true) {
            continue; // webhook-only: not a kube-inject output
        }
        match check(&root, case) {
            Ok(()) => {
                e.0 += 1;
                passed += 1;
            }
            Err(m) => failures.push(format!(
                "case {idx} [{tier}] {} -> {}: {m}",
                case["in"].as_str().unwrap_or(""),
                case["want"].as_str().unwrap_or("")
            )),
        }
    }
    eprintln!("kube-inject conformance by tier:");
    for (t, (p, n)) in &table {
        eprintln!("  {t:32} {p:3}/{n}");
    }
    eprintln!(
        "  total {passed}/{}",
        table.values().map(|x| x.1).sum::<usize>()
    );
    if std::env::var("INJECT_VERBOSE").is_ok() || only.is_some() {
        for f in &failures {
            eprintln!("{f}\n");
        }
    } else {
        for f in &failures {
            eprintln!("{}", f.lines().next().unwrap_or(""));
        }
    }
    assert!(
        only.is_some() || passed >= MIN_PASSING,
        "{passed} cases pass, fewer than the recorded {MIN_PASSING}"
    );
}
