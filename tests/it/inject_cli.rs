//! istioctl's kube-inject CLI cases (inject-cases.json `istioctlKubeInjectCli`) through the
//! real binary, with our own tiny injection templates standing in for the withheld fixtures.

use crate::support::paths;
use crate::support::sailctl::sailctl;
use serde_json::Value;

#[test]
fn kube_inject_cli_cases() {
    let root = paths::istio_data("inject-cases.json");
    let fixtures = paths::repo().join("tests/fixtures/kubeinject");
    let all: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("inject-cases.json")).unwrap())
            .unwrap();
    let mut failures = Vec::new();
    let cases = all["istioctlKubeInjectCli"]["cases"].as_array().unwrap();
    for case in cases {
        let args: Vec<String> = case["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let a = a.as_str().unwrap();
                match a.strip_prefix("istioctl/pkg/kubeinject/testdata/inject-config") {
                    Some(rest) => fixtures
                        .join(format!("inject-config{rest}"))
                        .display()
                        .to_string(),
                    None => a.to_string(),
                }
            })
            .collect();
        let out = sailctl(["kube-inject"])
            .args(&args)
            .current_dir(&root)
            .env_remove("ENABLE_NATIVE_SIDECARS")
            .env("KUBECONFIG", "/nonexistent")
            .output();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let n = &case["case"];
        if case["wantError"].as_bool() == Some(true) {
            let re = regex::Regex::new(case["outputRegexp"].as_str().unwrap()).unwrap();
            if out.status.success() || !re.is_match(&format!("{stdout}{stderr}")) {
                failures.push(format!("case {n}: want error matching {re}; got {stderr}"));
            }
            continue;
        }
        let want = std::fs::read_to_string(root.join(case["golden"].as_str().unwrap())).unwrap();
        if !out.status.success() || stdout.trim() != want.trim() {
            failures.push(format!(
                "case {n} {args:?}: exit {:?}\nstderr: {stderr}\n{}",
                out.status.code(),
                similar::TextDiff::from_lines(want.trim(), stdout.trim())
                    .unified_diff()
                    .header("want", "got")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} CLI cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
