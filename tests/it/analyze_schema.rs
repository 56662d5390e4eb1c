//! Schema validation (IST0106) goldens: every `tests/analyze/schema/*.yaml` is analyzed
//! offline with `-A`, and its IST0106 lines must equal the sibling `.golden` file. The cases
//! are ours; each file also holds valid resources that must produce nothing. Bless changed
//! goldens with `SAILCTL_BLESS=1 cargo test --test it analyze::schema`.

use std::path::Path;

use crate::support::paths;
use crate::support::sailctl::offline;

fn ist0106_lines(dir: &Path, file: &str) -> (Option<i32>, String) {
    let out = offline(["analyze", "--use-kube=false", "-A", file])
        .current_dir(dir)
        .output();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("[IST0106]")).collect();
    (out.status.code(), lines.join("\n") + "\n")
}

#[test]
fn schema_goldens() {
    let dir = paths::repo().join("tests/analyze/schema");
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/analyze/schema")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "schema cases missing: {cases:?}");
    let bless = std::env::var_os("SAILCTL_BLESS").is_some_and(|v| !v.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let (code, got) = ist0106_lines(&dir, case);
        assert_eq!(code, Some(79), "{case}: errors must fail the run");
        let golden = dir.join(case.replace(".yaml", ".golden"));
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{}: {e} (bless with SAILCTL_BLESS=1)", golden.display()));
        if want != got {
            failures.push(format!("{case}:\n--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Istio's sample configurations are valid: no IST0106 on any of them.
#[test]
fn istio_samples_have_no_schema_errors() {
    let shared = super::conformance::shared_dir();
    let mut files = vec!["samples/httpbin/httpbin-gateway.yaml".to_string()];
    let net = shared.join("samples/bookinfo/networking");
    let mut names: Vec<String> = std::fs::read_dir(&net)
        .expect("bookinfo networking samples")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.len() > 10, "bookinfo networking samples missing");
    files.extend(
        names
            .into_iter()
            .map(|n| format!("samples/bookinfo/networking/{n}")),
    );
    for f in files {
        let (_, lines) = ist0106_lines(&shared, &f);
        assert_eq!(lines.trim(), "", "{f}");
    }
}
