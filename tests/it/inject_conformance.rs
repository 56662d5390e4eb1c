//! kube-inject against Istio 1.30.3's injection goldens (inject-cases.json).

use sailctl::inject::{self, config};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Cases passing at the last commit; never lowered.
const MIN_PASSING: usize = 130;

/// The goldens Istio produces through its admission webhook only (`skipInjection`): they are
/// not kube-inject outputs, and kube-inject cannot produce their text. Istio's own test says
/// kube-inject does not work there ("Currently kube-inject does not work, only test webhook").
/// Every one keeps `creationTimestamp: null`, which the webhook path prints and istioctl
/// kube-inject never does. Each is still run: with the webhook-only parts undone (those lines
/// dropped and, where `uid` is set, the namespace-derived UID/GID put back to 1337) the golden
/// must equal our output, so a regression in the rest still fails.
struct WebhookOnly {
    want: &'static str,
    reason: &'static str,
    /// The golden's proxy UID/GID: the top of the range in the `openshift.io/sa.scc.uid-range`
    /// annotation (1000620000/10000) of the Namespace `test-ns` in the test's fake cluster.
    /// kube-inject reads no Namespace object, so it keeps the default 1337.
    uid: Option<&'static str>,
    /// False when the webhook changes more than can be undone by text.
    comparable: bool,
}

const WEBHOOK_ONLY: &[WebhookOnly] = &[
    WebhookOnly {
        want: "hello-openshift.yaml.injected",
        reason: "proxy UID/GID 1000629999 come from the Namespace's sa.scc.uid-range, which only the webhook reads",
        uid: Some("1000629999"),
        comparable: true,
    },
    WebhookOnly {
        want: "hello-openshift-custom-injection.yaml.injected",
        reason: "proxy UID/GID from the Namespace's sa.scc.uid-range, and the webhook drops the user's istio-proxy runAsUser from the recorded override",
        uid: Some("1000629999"),
        comparable: false,
    },
    WebhookOnly {
        want: "hello-openshift-tproxy.yaml.injected",
        reason: "TPROXY keeps the proxy at root/1337, so only the webhook's creationTimestamp lines differ",
        uid: None,
        comparable: true,
    },
];

/// Runs a webhook-only case and compares it with its golden once the webhook-only parts
/// are undone.
fn check_webhook_only(root: &Path, case: &Value, w: &WebhookOnly) -> Result<(), String> {
    let (got, _) = run_case(root, case)?;
    if !w.comparable {
        return Ok(());
    }
    let want = std::fs::read_to_string(root.join(case["wantPath"].as_str().unwrap()))
        .map_err(|e| e.to_string())?;
    let mut want: String = want
        .lines()
        .filter(|l| l.trim() != "creationTimestamp: null")
        .map(|l| format!("{l}\n"))
        .collect();
    if let Some(uid) = w.uid {
        want = want.replace(uid, "1337");
    }
    if got.trim() == want.trim() {
        Ok(())
    } else {
        Err(similar::TextDiff::from_lines(want.trim(), got.trim())
            .unified_diff()
            .context_radius(1)
            .to_string())
    }
}

fn shared() -> PathBuf {
    crate::support::paths::istio_data("inject-cases.json")
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
    let mut cfg = config::from_operator(&inputs).map_err(|e| e.to_string())?;
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
    let mut out_of_scope = Vec::new();
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
            let want = case["want"].as_str().unwrap_or("");
            match WEBHOOK_ONLY.iter().find(|w| w.want == want) {
                Some(w) => {
                    if let Err(m) = check_webhook_only(&root, case, w) {
                        failures.push(format!(
                            "case {idx} [{tier}] {want}: differs beyond the webhook-only parts:\n{m}"
                        ));
                    }
                    out_of_scope.push(format!("case {idx} {want}: {}", w.reason));
                }
                None => failures.push(format!(
                    "case {idx} [{tier}] {want}: webhook-only case with no recorded reason"
                )),
            }
            continue;
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
        let note = if t.starts_with("W-") {
            "  out of scope: webhook-only goldens"
        } else {
            ""
        };
        eprintln!("  {t:32} {p:3}/{n}{note}");
    }
    eprintln!(
        "  total {passed}/{} ({} out of scope)",
        table.values().map(|x| x.1).sum::<usize>(),
        out_of_scope.len()
    );
    for o in &out_of_scope {
        eprintln!("  out of scope: {o}");
    }
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
    let webhook_failures: Vec<&String> = failures
        .iter()
        .filter(|f| f.contains("webhook-only"))
        .collect();
    assert!(
        webhook_failures.is_empty(),
        "webhook-only cases changed beyond their documented differences: {webhook_failures:#?}"
    );
}
