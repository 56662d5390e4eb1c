//! `sailctl analyze` through the real binary: Istio's CLI-reproducible cases, output formats,
//! exit codes, bookinfo, and bad input.

use super::conformance::{cases, shared_dir};
use serde_json::Value;
use std::path::Path;

use crate::support::process::{stderr, stdout};
use crate::support::sailctl::{offline, sailctl};

const SMALL: &str = r#"apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: db
  namespace: default
spec:
  host: db.example.com
  trafficPolicy:
    tls:
      mode: SIMPLE
---
# the web front end
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: web
  namespace: default
spec:
  hosts: ["web.example.com"]
  gateways: ["missing-gw"]
  http:
  - route:
    - destination:
        host: web.example.com
"#;

fn small_dir() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("small.yaml"), SMALL).unwrap();
    d
}

#[test]
fn cli_reproducible_cases_match_istio() {
    let (dir, cases) = cases();
    let mut failures = Vec::new();
    let mut ran = 0;
    for case in cases
        .iter()
        .filter(|c| c["cliReproducible"] == Value::Bool(true))
    {
        ran += 1;
        let analyzer = case["analyzer"].as_str().unwrap();
        let mut args = vec![
            "analyze",
            "--use-kube=false",
            "-A",
            "--analyzer",
            analyzer,
            "-o",
            "json",
        ];
        if let Some(m) = case["meshConfigFile"].as_str() {
            args.push("--meshConfigFile");
            args.push(m);
        }
        for f in case["inputFiles"].as_array().unwrap() {
            args.push(f.as_str().unwrap());
        }
        let out = offline(&args).current_dir(&dir).output();
        let msgs: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("case {}: bad JSON ({e}): {}", case["index"], stdout(&out)));
        let mut got: Vec<(String, String)> = msgs
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["code"].as_str().unwrap().into(),
                    m["origin"].as_str().unwrap().into(),
                )
            })
            .collect();
        got.sort();
        let want = super::conformance::expected(case);
        let code = out.status.code().unwrap();
        let want_code = if want.iter().any(|(c, _)| {
            sailctl::analyze::messages::ALL
                .iter()
                .any(|m| m.code == c && m.level == sailctl::analyze::Level::Error)
        }) {
            79
        } else {
            0
        };
        if got != want || code != want_code {
            failures.push(format!(
                "case {} {}: got {got:?} (exit {code}), want {want:?} (exit {want_code})",
                case["index"], case["name"]
            ));
        }
    }
    assert_eq!(ran, 46, "the corpus marks 46 cases as CLI-reproducible");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn log_format_golden() {
    let d = small_dir();
    let out = offline(["analyze", "--use-kube=false", "small.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    assert_eq!(
        stdout(&out),
        "Error [IST0101] (VirtualService default/web small.yaml:20) Referenced gateway not found: \"missing-gw\"\n\
Warning [IST0128] (DestinationRule default/db small.yaml:1) DestinationRule default/db in namespace default has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: db.example.com\n\
Warning [IST0132] (VirtualService default/web small.yaml:20) one or more host [web.example.com] defined in VirtualService default/web not found in Gateway default/missing-gw.\n"
    );
    assert_eq!(
        stderr(&out),
        "Error: Analyzers found issues when analyzing namespace: default.\n\
See https://istio.io/v1.30/docs/reference/config/analysis for more information about causes and resolutions.\n"
    );
}

#[test]
fn json_format_golden() {
    let d = small_dir();
    let out = offline(["analyze", "--use-kube=false", "-o", "json", "small.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(
        out.status.code(),
        Some(79),
        "json exits 79 too (istioctl exits 0)"
    );
    let want = r#"[
	{
		"code": "IST0101",
		"documentationUrl": "https://istio.io/v1.30/docs/reference/config/analysis/ist0101/?ref=istioctl-analyze",
		"level": "Error",
		"message": "Referenced gateway not found: \"missing-gw\"",
		"origin": "VirtualService default/web",
		"reference": "small.yaml:20"
	},
	{
		"code": "IST0128",
		"documentationUrl": "https://istio.io/v1.30/docs/reference/config/analysis/ist0128/?ref=istioctl-analyze",
		"level": "Warning",
		"message": "DestinationRule default/db in namespace default has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: db.example.com",
		"origin": "DestinationRule default/db",
		"reference": "small.yaml:1"
	},
	{
		"code": "IST0132",
		"documentationUrl": "https://istio.io/v1.30/docs/reference/config/analysis/ist0132/?ref=istioctl-analyze",
		"level": "Warning",
		"message": "one or more host [web.example.com] defined in VirtualService default/web not found in Gateway default/missing-gw.",
		"origin": "VirtualService default/web",
		"reference": "small.yaml:20"
	}
]
"#;
    assert_eq!(stdout(&out), want);
    assert_eq!(
        stderr(&out),
        "",
        "structured output keeps stderr quiet when issues are found"
    );
}

#[test]
fn yaml_format_golden() {
    let d = small_dir();
    let out = offline(["analyze", "--use-kube=false", "-o", "yaml", "small.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    let v = sailctl::yaml::parse_single("out", &stdout(&out)).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["code"], "IST0101");
    assert_eq!(items[0]["reference"], "small.yaml:20");
    assert_eq!(items[1]["origin"], "DestinationRule default/db");
    assert_eq!(
        items[2]["documentationUrl"],
        "https://istio.io/v1.30/docs/reference/config/analysis/ist0132/?ref=istioctl-analyze"
    );
    let keys: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "code",
            "documentationUrl",
            "level",
            "message",
            "origin",
            "reference"
        ]
    );
}

#[test]
fn sarif_format() {
    let d = small_dir();
    let out = offline(["analyze", "--use-kube=false", "-o", "sarif", "small.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "sailctl");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["IST0101", "IST0128", "IST0132"]);
    let r0 = &run["results"][0];
    assert_eq!(r0["ruleId"], "IST0101");
    assert_eq!(r0["level"], "error");
    assert_eq!(
        r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "small.yaml"
    );
    assert_eq!(
        r0["locations"][0]["physicalLocation"]["region"]["startLine"],
        20
    );
    assert_eq!(run["results"][1]["level"], "warning");
}

#[test]
fn github_format_golden() {
    let d = small_dir();
    let out = offline(["analyze", "--use-kube=false", "-o", "github", "small.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    assert_eq!(
        stdout(&out),
        "::error file=small.yaml,line=20,title=IST0101::[IST0101] (VirtualService default/web) Referenced gateway not found: \"missing-gw\"\n\
::warning file=small.yaml,line=1,title=IST0128::[IST0128] (DestinationRule default/db) DestinationRule default/db in namespace default has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: db.example.com\n\
::warning file=small.yaml,line=20,title=IST0132::[IST0132] (VirtualService default/web) one or more host [web.example.com] defined in VirtualService default/web not found in Gateway default/missing-gw.\n"
    );
}

#[test]
fn thresholds_and_suppressions() {
    let d = small_dir();
    // Only warnings left after suppressing the error: exit 0 at the default threshold.
    let out = offline([
        "analyze",
        "--use-kube=false",
        "small.yaml",
        "-S",
        "IST0101=VirtualService web.default",
    ])
    .current_dir(d.path())
    .output();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("IST0101"));
    // A wildcard suppression and a Warning failure threshold.
    let out = offline([
        "analyze",
        "--use-kube=false",
        "small.yaml",
        "-S",
        "IST0101=*",
        "-S",
        "IST0132=VirtualService default/*",
        "--failure-threshold",
        "Warning",
    ])
    .current_dir(d.path())
    .output();
    assert_eq!(out.status.code(), Some(79));
    assert_eq!(stdout(&out).lines().count(), 1);
    // Output threshold hides warnings but the exit code still counts the error.
    let out = offline([
        "analyze",
        "--use-kube=false",
        "small.yaml",
        "--output-threshold",
        "Error",
    ])
    .current_dir(d.path())
    .output();
    assert_eq!(out.status.code(), Some(79));
    assert_eq!(stdout(&out).lines().count(), 1);
    // Unknown codes are warned about.
    let out = offline([
        "analyze",
        "--use-kube=false",
        "small.yaml",
        "-S",
        "IST9999=Pod x",
    ])
    .current_dir(d.path())
    .output();
    assert!(stderr(&out).contains("Supplied message code 'IST9999' is an unknown message code"));
}

#[test]
fn exit_codes_and_success_line() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("clean.yaml"),
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ok\nspec:\n  hosts: [ok.example.com]\n  ports:\n  - number: 80\n    name: http\n    protocol: HTTP\n",
    )
    .unwrap();
    std::fs::write(d.path().join("bad.yaml"), "a: [\n").unwrap();
    let out = offline(["analyze", "--use-kube=false", "clean.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "✔ No validation issues found when analyzing clean.yaml.\n"
    );
    let out = offline([
        "analyze",
        "--use-kube=false",
        "-A",
        "-o",
        "json",
        "clean.yaml",
    ])
    .current_dir(d.path())
    .output();
    assert_eq!(stdout(&out), "[]\n");
    assert!(stderr(&out).contains("when analyzing clean.yaml."));
    let out = offline(["analyze", "--use-kube=false", "bad.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(65));
    assert!(
        stderr(&out).contains("bad.yaml:1:4: YAML syntax error"),
        "{}",
        stderr(&out)
    );
    let out = offline(["analyze", "--use-kube=false", "bad.yaml", "clean.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("No validation issues found when analyzing namespace: default (but 1 file could not be parsed)."),
        "{}",
        stderr(&out)
    );
    // No cluster and no files: a clear error, exit 1.
    let out = offline(["analyze"]).current_dir(d.path()).output();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no Kubernetes cluster is reachable"),
        "{}",
        stderr(&out)
    );
    // Files but no cluster: a notice, then offline analysis.
    let out = offline(["analyze", "clean.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("analyzing the files only"));
    // Unknown analyzer name: usage error.
    let out = offline([
        "analyze",
        "--use-kube=false",
        "--analyzer",
        "nope",
        "clean.yaml",
    ])
    .current_dir(d.path())
    .output();
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn bad_input_is_reported_per_document() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("weird.yaml"),
        "apiVersion: networking.istio.io/v7\nkind: Gateway\nmetadata:\n  name: g\n---\napiVersion: foo.io/v1\nkind: Bar\nmetadata:\n  name: b\n---\n- 1\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: dup\nspec:\n  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ['*']}]\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: dup\n",
    )
    .unwrap();
    let out = offline(["analyze", "--use-kube=false", "weird.yaml"])
        .current_dir(d.path())
        .output();
    let err = stderr(&out);
    assert!(
        err.contains("weird.yaml:1: Gateway does not exist in apiVersion networking.istio.io/v7"),
        "{err}"
    );
    assert!(
        err.contains("weird.yaml:6: skipping unknown kind Bar"),
        "{err}"
    );
    assert!(
        err.contains("weird.yaml:11: not a Kubernetes object"),
        "{err}"
    );
    assert!(
        err.contains(
            "weird.yaml:20: duplicate Gateway default/dup (already defined at weird.yaml:13)"
        ),
        "{err}"
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "the good Gateway was analyzed: {err}"
    );
    let out = offline([
        "analyze",
        "--use-kube=false",
        "--ignore-unknown",
        "weird.yaml",
    ])
    .current_dir(d.path())
    .output();
    assert!(!stderr(&out).contains("unknown kind"));
}

#[test]
fn stdin_and_directories() {
    let d = small_dir();
    let out = sailctl(["analyze", "--use-kube=false", "-"])
        .current_dir(d.path())
        .stdin_file(d.path().join("small.yaml"))
        .output();
    assert_eq!(out.status.code(), Some(79));
    assert!(stdout(&out).contains("(VirtualService default/web -:20)"));
    std::fs::create_dir(d.path().join("sub")).unwrap();
    std::fs::write(d.path().join("sub/notes.txt"), "hello").unwrap();
    std::fs::rename(d.path().join("small.yaml"), d.path().join("sub/small.yml")).unwrap();
    let out = offline(["analyze", "--use-kube=false", "."])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    assert!(
        stdout(&out).contains("sub/small.yml:20"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("Skipping file ./sub/notes.txt"),
        "{}",
        stderr(&out)
    );
    let out = offline(["analyze", "--use-kube=false", "--recursive=false", "."])
        .current_dir(d.path())
        .output();
    assert_eq!(stdout(&out), "");
}

#[test]
fn list_analyzers_names_every_analyzer() {
    let out = offline(["analyze", "-L"])
        .current_dir(Path::new("."))
        .output();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let (_, cases) = cases();
    for c in &cases {
        let name = c["analyzer"].as_str().unwrap();
        assert!(
            text.contains(&format!("* {name}:\n")),
            "{name} missing from --list-analyzers"
        );
    }
}

#[test]
fn bookinfo_offline_is_stable() {
    let dir = shared_dir();
    let mut args: Vec<String> = vec![
        "analyze".into(),
        "--use-kube=false".into(),
        "samples/bookinfo/platform/kube/bookinfo.yaml".into(),
    ];
    let mut nets: Vec<String> = std::fs::read_dir(dir.join("samples/bookinfo/networking"))
        .unwrap()
        .map(|e| {
            format!(
                "samples/bookinfo/networking/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .filter(|p| p.ends_with(".yaml"))
        .collect();
    nets.sort();
    args.extend(nets);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = offline(&argv).current_dir(&dir).output();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Warning [IST0129] (DestinationRule default/originate-tls-for-googleapis samples/bookinfo/networking/egress-rule-google-apis.yaml:33) DestinationRule default/originate-tls-for-googleapis in namespace default has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: www.googleapis.com at port number:443\n\
Warning [IST0130] (VirtualService default/details samples/bookinfo/networking/fault-injection-details-v1.yaml:1) VirtualService rule 1 not used (only the last rule can have no matches).\n"
    );
    // The sample's alternative files redefine the same objects: each duplicate is named.
    assert_eq!(
        stderr(&out).matches("duplicate ").count(),
        23,
        "{}",
        stderr(&out)
    );
}

#[test]
fn schema_checks_report_ist0106() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("schema.yaml"),
        "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: star}\nspec:\n  hosts: [\"*\"]\n  http: [{route: [{destination: {host: a}}]}]\n---\napiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: pa}\nspec:\n  portLevelMtls: {\"8080\": {mode: DISABLE}}\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  selector: {istio: ingressgateway}\n  servers: [{port: {number: 443, name: https, protocol: HTTPS}, hosts: [\"*\"]}]\n---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: d}\nspec:\n  host: a\n  subsets: [{name: v1}, {name: v1}]\n",
    )
    .unwrap();
    let out = offline(["analyze", "--use-kube=false", "schema.yaml"])
        .current_dir(d.path())
        .output();
    assert_eq!(out.status.code(), Some(79));
    let text = stdout(&out);
    for origin in [
        "DestinationRule default/d",
        "Gateway default/g",
        "PeerAuthentication default/pa",
        "VirtualService default/star",
    ] {
        assert!(
            text.lines()
                .any(|l| l.starts_with("Error [IST0106] (") && l.contains(origin)),
            "{origin}: {text}"
        );
    }
}
