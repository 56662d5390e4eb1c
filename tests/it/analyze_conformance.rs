//! Runs every case of `../shared/istio-1.30/analyze-cases.json` the way Istio's test harness does
//! (only the named analyzer; runtime kinds kept; dummy ingress gateway added; no default
//! namespace) and compares the multiset of (code, resource) with `expected`.

use sailctl::analyze::load::{LoadOptions, load_text};
use sailctl::analyze::mesh::{self, MeshState};
use sailctl::analyze::{self, Options, Snapshot};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Cases that must pass; raise it as analyzers land, never lower it.
const REQUIRED_PASSES: usize = 101;

pub fn shared_dir() -> PathBuf {
    crate::support::paths::istio_data("analyze-cases.json")
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

/// Runs one case and returns the emitted (code, resource) pairs, sorted.
pub fn run_case(dir: &Path, case: &Value) -> Vec<(String, String)> {
    let istio_ns = "istio-system";
    let mut mesh_state = MeshState::default();
    if let Some(f) = case["meshConfigFile"].as_str() {
        let v = mesh::parse_mesh_file(f, &read(dir, f), "mesh").expect("mesh config");
        mesh_state.apply_config(&v);
    }
    if let Some(f) = case["meshNetworksFile"].as_str() {
        let v = mesh::parse_mesh_file(f, &read(dir, f), "meshNetworks").expect("mesh networks");
        mesh_state.set_networks(&v);
    }
    let mut snap = Snapshot::new();
    let base = LoadOptions {
        keep_runtime_kinds: true,
        ignore_unknown: true,
        ..Default::default()
    };
    let str_list = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    if case.get("cluster1InputFiles").is_some() {
        for (cluster, key) in [
            ("cluster1", "cluster1InputFiles"),
            ("cluster2", "cluster2InputFiles"),
        ] {
            let opts = LoadOptions {
                cluster: Some(cluster.to_string()),
                ..base.clone()
            };
            for f in str_list(&case[key]) {
                load_text(&mut snap, &f, &read(dir, &f), &opts);
            }
        }
    } else {
        for f in str_list(&case["inputFiles"]) {
            load_text(&mut snap, &f, &read(dir, &f), &base);
        }
        mesh::add_default_resources(&mut snap, &mesh_state, istio_ns, &base);
    }
    mesh::add_mesh_resources(&mut snap, &mesh_state, istio_ns);
    let name = case["analyzer"].as_str().unwrap().to_string();
    let Ok(selected) = analyze::select(std::slice::from_ref(&name)) else {
        return vec![("<analyzer missing>".into(), name)];
    };
    let opts = Options {
        analyzers: vec![name],
        namespace_filter: None,
        istio_namespace: istio_ns.into(),
        suppressions: vec![],
        unavailable: vec![],
    };
    let out = analyze::run(&snap, &selected, &mesh_state, &opts);
    let mut got: Vec<(String, String)> = out
        .messages
        .iter()
        .map(|m| {
            let r = m
                .resource
                .map(|i| snap.res(i).friendly())
                .unwrap_or_default();
            (m.code().to_string(), r)
        })
        .collect();
    got.sort();
    got
}

pub fn expected(case: &Value) -> Vec<(String, String)> {
    let mut want: Vec<(String, String)> = case["expected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_string(),
                e["resource"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    want.sort();
    want
}

pub fn cases() -> (PathBuf, Vec<Value>) {
    let dir = shared_dir();
    let doc: Value = serde_json::from_str(&read(&dir, "analyze-cases.json")).unwrap();
    (dir, doc["cases"].as_array().unwrap().clone())
}

#[test]
fn istio_conformance_table() {
    let (dir, cases) = cases();
    let mut passed = 0;
    let mut table = String::new();
    for case in &cases {
        let got = run_case(&dir, case);
        let want = expected(case);
        let ok = got == want;
        if ok {
            passed += 1;
        }
        table.push_str(&format!(
            "{:>3} {} {:<55} {}\n",
            case["index"],
            if ok { "PASS" } else { "FAIL" },
            case["analyzer"].as_str().unwrap(),
            case["name"].as_str().unwrap()
        ));
        if !ok {
            for w in want.iter().filter(|w| !got.contains(w)) {
                table.push_str(&format!("        missing  {} {}\n", w.0, w.1));
            }
            for g in got.iter().filter(|g| !want.contains(g)) {
                table.push_str(&format!("        extra    {} {}\n", g.0, g.1));
            }
            if got.len() != want.len() {
                table.push_str(&format!(
                    "        counts: got {} want {}\n",
                    got.len(),
                    want.len()
                ));
            }
        }
    }
    println!("{table}");
    println!("analyze conformance: {passed}/{} cases pass", cases.len());
    assert!(
        passed >= REQUIRED_PASSES,
        "analyze conformance regressed: {passed}/{} pass, {REQUIRED_PASSES} required",
        cases.len()
    );
}
