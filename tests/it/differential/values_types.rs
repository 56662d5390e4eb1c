//! The values API's types, swept over Istio's chart values: every leaf of the istiod,
//! gateway, CNI and ztunnel charts' defaults (read from `../shared/istio-1.30` at run time),
//! set through `manifest generate` to its default, a string, a number and a boolean, in
//! istioctl 1.30.3 and in sailctl. Both must accept (exit 0) or both refuse (istioctl 1,
//! sailctl 65, nothing on stdout).
//!
//! The full sweep is about 1300 pairs of runs (some ten minutes on two cores); CI runs an
//! evenly spread sample of about 200 (`SAILCTL_VALUES_SWEEP=all` runs them all,
//! `SAILCTL_VALUES_SWEEP=N` a sample of about N).

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use crate::support::paths;
use crate::support::process::stderr;
use crate::support::reference::istioctl;
use crate::support::sailctl::offline;

const SAMPLE: usize = 200;

/// A chart whose defaults are swept: its directory under manifests/charts, where its keys
/// sit under `spec.values` (`None`: as they are), and a profile that renders it.
struct Chart {
    dir: &'static str,
    root: Option<&'static str>,
    profile: &'static str,
}

const CHARTS: [Chart; 5] = [
    Chart {
        dir: "istio-control/istio-discovery",
        root: Some("pilot"),
        profile: "default",
    },
    Chart {
        dir: "gateways/istio-ingress",
        root: None,
        profile: "default",
    },
    Chart {
        dir: "gateways/istio-egress",
        root: None,
        profile: "demo",
    },
    Chart {
        dir: "istio-cni",
        root: Some("cni"),
        profile: "ambient",
    },
    Chart {
        dir: "ztunnel",
        root: Some("ztunnel"),
        profile: "ambient",
    },
];

/// Chart keys that are top-level in `spec.values` for every chart.
const TOP: [&str; 2] = ["global", "meshConfig"];

/// Chart keys that IstioOperator also takes at the top of `spec.values` (the values API's
/// Values message): swept there as well as under the chart's root.
const ALSO_TOP: [&str; 10] = [
    "sidecarInjectorWebhook",
    "istiodRemote",
    "telemetry",
    "revision",
    "revisionTags",
    "ownerName",
    "experimental",
    "base",
    "gateways",
    "gatewayClasses",
];

/// Where sailctl knowingly differs: a path under `spec.values` (a prefix when it ends with
/// a dot), and why.
const KNOWN: [(&str, &str); 5] = [
    (
        "meshConfig.",
        "istioctl also reads values.meshConfig as a MeshConfig and refuses wrong types there; \
         sailctl checks the values API only, where meshConfig is free-form",
    ),
    (
        "gatewayClasses",
        "free-form in the values API; istioctl's istiod chart then fails to range over a \
         scalar, sailctl's own chart renders nothing for it",
    ),
    (
        "global.resourceScope",
        "the values API takes an enum number; istioctl's base chart then fails comparing it \
         with a string, sailctl's own chart does not compare it",
    ),
    (
        "ztunnel.revision",
        "ztunnel values are free-form in the values API; istioctl's ztunnel chart then fails \
         comparing a number or boolean with a string, sailctl's own chart does not compare it",
    ),
    (
        "ztunnel.resourceScope",
        "ztunnel values are free-form in the values API; istioctl's ztunnel chart then fails \
         comparing a number or boolean with a string, sailctl's own chart does not compare it",
    ),
];

/// How a value reaches the tools.
#[derive(Debug, Clone, PartialEq)]
enum Input {
    /// `--set values.PATH=TEXT`.
    Set(String),
    /// An IstioOperator file with the value at the path (lists, maps, keys with dots).
    File(Value),
}

#[derive(Debug, Clone)]
struct Probe {
    profile: &'static str,
    path: Vec<String>,
    input: Input,
}

impl Probe {
    fn describe(&self) -> String {
        let path = self.path.join(".");
        match &self.input {
            Input::Set(t) => format!("--set profile={} --set values.{path}={t}", self.profile),
            Input::File(v) => format!("--set profile={} -f (values.{path}: {v})", self.profile),
        }
    }

    fn args(&self, dir: &Path, n: usize) -> Vec<String> {
        let mut args: Vec<String> = ["manifest", "generate", "--set"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.push(format!("profile={}", self.profile));
        match &self.input {
            Input::Set(t) => {
                args.push("--set".into());
                args.push(format!("values.{}={t}", self.path.join(".")));
            }
            Input::File(v) => {
                let values = self
                    .path
                    .iter()
                    .rev()
                    .fold(v.clone(), |inner, k| json!({ k.as_str(): inner }));
                let iop = json!({"apiVersion": "install.istio.io/v1alpha1",
                    "kind": "IstioOperator", "spec": {"values": values}});
                let f: PathBuf = dir.join(format!("values-{n}.yaml"));
                std::fs::write(&f, iop.to_string()).expect("write the IstioOperator file");
                args.push("-f".into());
                args.push(f.display().to_string());
            }
        }
        args
    }
}

/// Every leaf of a values tree: scalars, lists, empty maps.
fn leaves(v: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Value)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                path.push(k.clone());
                leaves(x, path, out);
                path.pop();
            }
        }
        _ => out.push((path.clone(), v.clone())),
    }
}

/// The `--set` text of a scalar, as the chart writes it.
fn set_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Every probe: each chart leaf at its place in `spec.values`, with its default, "x", 7
/// and true.
fn probes() -> Vec<Probe> {
    let root = paths::istio_data("manifests/charts/ztunnel/values.yaml").join("manifests/charts");
    let mut out: Vec<Probe> = Vec::new();
    for chart in &CHARTS {
        let file = root.join(chart.dir).join("values.yaml");
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        let doc = sailctl::yaml::parse_single(&file.display().to_string(), &text)
            .unwrap_or_else(|e| panic!("parsing {}: {e}", file.display()));
        let defaults = doc
            .get("_internal_defaults_do_not_set")
            .unwrap_or_else(|| panic!("{}: no _internal_defaults_do_not_set", file.display()));
        let mut found = Vec::new();
        leaves(defaults, &mut Vec::new(), &mut found);
        for (segs, default) in found {
            let first = segs[0].as_str();
            let mut places = Vec::new();
            match chart.root {
                Some(r) if !TOP.contains(&first) => {
                    places.push([vec![r.to_string()], segs.clone()].concat());
                    if ALSO_TOP.contains(&first) {
                        places.push(segs.clone());
                    }
                }
                _ => places.push(segs.clone()),
            }
            for path in places {
                let dotted = path.iter().any(|k| k.contains('.'));
                let mut inputs = Vec::new();
                for v in [default.clone(), json!("x"), json!(7), json!(true)] {
                    let input = match set_text(&v) {
                        Some(t) if !dotted => Input::Set(t),
                        _ => Input::File(v),
                    };
                    if !inputs.contains(&input) {
                        inputs.push(input);
                    }
                }
                for input in inputs {
                    if !out.iter().any(|p| p.path == path && p.input == input) {
                        out.push(Probe {
                            profile: chart.profile,
                            path: path.clone(),
                            input,
                        });
                    }
                }
            }
        }
    }
    out
}

/// `SAILCTL_VALUES_SWEEP`: every probe, or an evenly spread sample.
fn selected(all: Vec<Probe>) -> Vec<Probe> {
    let n = match std::env::var("SAILCTL_VALUES_SWEEP") {
        Ok(v) if v == "all" => all.len(),
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("SAILCTL_VALUES_SWEEP={v:?}: expected `all` or a number")),
        Err(_) => SAMPLE,
    };
    if n >= all.len() {
        return all;
    }
    // An odd stride over the path-major list walks through the four values in turn.
    let stride = all.len().div_ceil(n.max(1)) | 1;
    all.into_iter().step_by(stride).collect()
}

/// What happened to one probe.
enum Verdict {
    Accepted,
    Refused,
    Differ(String),
}

fn run(probe: &Probe, dir: &Path, n: usize) -> Verdict {
    let args = probe.args(dir, n);
    let theirs: Output = istioctl(&args).current_dir(dir).output();
    let ours: Output = offline(&args).current_dir(dir).output();
    match (theirs.status.code(), ours.status.code()) {
        (Some(0), Some(0)) => Verdict::Accepted,
        (Some(1), Some(65)) if ours.stdout.is_empty() => Verdict::Refused,
        (r, s) => Verdict::Differ(format!(
            "istioctl exits {r:?}, sailctl {s:?}\n  istioctl: {}\n  sailctl: {}",
            last_line(&stderr(&theirs)),
            last_line(&stderr(&ours))
        )),
    }
}

fn last_line(s: &str) -> &str {
    s.lines()
        .rev()
        .find(|l| l.starts_with("Error") || l.starts_with("error"))
        .or_else(|| s.lines().last())
        .unwrap_or("")
        .trim()
}

fn known(probe: &Probe) -> Option<&'static str> {
    let path = probe.path.join(".");
    KNOWN
        .iter()
        .find(|(p, _)| {
            if p.ends_with('.') {
                path.starts_with(p)
            } else {
                path == *p
            }
        })
        .map(|(_, why)| *why)
}

#[test]
fn chart_values_are_accepted_or_refused_as_istioctl_does() {
    let all = probes();
    let total = all.len();
    assert!(
        total > 600,
        "only {total} probes: were the chart values read?"
    );
    let chosen = selected(all);
    // Each probe runs its pairs one after the other.
    let numbered: Vec<(usize, Probe)> = chosen.into_iter().enumerate().collect();
    let n = numbered.len();
    let results: Vec<(Probe, Verdict)> =
        crate::support::parallel::two_workers(numbered, |(i, p), dir| run(p, dir, *i))
            .into_iter()
            .map(|((_, p), v)| (p, v))
            .collect();
    let (mut accepted, mut refused) = (0, 0);
    let mut expected = Vec::new();
    let mut failures = Vec::new();
    for (probe, verdict) in &results {
        match verdict {
            Verdict::Accepted => accepted += 1,
            Verdict::Refused => refused += 1,
            Verdict::Differ(d) => match known(probe) {
                Some(why) => expected.push(format!("{}: {d}\n  known: {why}", probe.describe())),
                None => failures.push(format!("{}: {d}", probe.describe())),
            },
        }
    }
    let summary = format!(
        "{n} of {total} (path, value) pairs: {} agree ({accepted} accepted by both, {refused} \
         refused by both), {} known differences, {} unexpected differences",
        accepted + refused,
        expected.len(),
        failures.len()
    );
    eprintln!("{summary}");
    let report = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-values-types.txt");
    let _ = std::fs::write(
        &report,
        format!(
            "{summary}\n\nunexpected:\n{}\n\nknown:\n{}\n",
            failures.join("\n"),
            expected.join("\n")
        ),
    );
    eprintln!("all differences: {}", report.display());
    assert!(
        failures.is_empty(),
        "{summary}\nfirst of them:\n{}",
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Both outcomes must occur, or the sweep is not testing anything.
    assert!(accepted > 0 && refused > 0, "{summary}");
}
