//! kube-inject on bad input: one clear error line with file:line, exit 1, nothing partial.

use std::process::Command;

fn run(name: &str, text: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sailctl"))
        .args(["kube-inject", "-f"])
        .arg(&p)
        .env("KUBECONFIG", "/nonexistent")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const GOOD: &str = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n";

#[test]
fn bad_inputs_fail_with_file_and_line() {
    let cases: &[(&str, Vec<u8>, &str)] = &[
        ("junk.yaml", b"a: [1, 2\nb: }".to_vec(), "junk.yaml:"),
        (
            "nokind.yaml",
            format!("{GOOD}---\nmetadata:\n  name: x\n").into_bytes(),
            "nokind.yaml:6: document has no kind",
        ),
        (
            "notemplate.yaml",
            b"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n"
                .to_vec(),
            "notemplate.yaml:1: Deployment \"d\" has no pod template",
        ),
        (
            "binary.yaml",
            vec![0u8, 159, 146, 150, 0, 1, 2],
            "binary.yaml:1:",
        ),
        (
            "scalar.yaml",
            b"just some words\n".to_vec(),
            "scalar.yaml:1: document is not a YAML mapping",
        ),
    ];
    for (name, text, want) in cases {
        let (code, stdout, stderr) = run(name, text);
        assert_eq!(code, 1, "{name}: exit code; stderr: {stderr}");
        assert!(
            stderr.contains(want),
            "{name}: stderr {stderr:?} lacks {want:?}"
        );
        assert!(
            !stdout.contains("kind: Deployment"),
            "{name}: partial output {stdout}"
        );
        let error_lines = stderr.lines().filter(|l| l.starts_with("Error:")).count();
        assert_eq!(error_lines, 1, "{name}: {stderr}");
    }
}

#[test]
fn unknown_container_fields_survive_and_others_pass_through() {
    let input = format!(
        "# a comment kept verbatim\n{GOOD}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels: {{app: d}}\n  template:\n    metadata:\n      labels: {{app: d}}\n    spec:\n      containers:\n      - name: app\n        image: busybox\n        futureField: {{deep: [1, 2]}}\n"
    );
    let (code, stdout, stderr) = run("ok.yaml", input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with(&format!("# a comment kept verbatim\n{GOOD}---\n")),
        "{stdout}"
    );
    assert!(
        stdout.contains("futureField:\n          deep:\n          - 1\n          - 2"),
        "{stdout}"
    );
    assert!(stdout.contains("name: istio-proxy"), "{stdout}");
    assert!(stdout.trim_end().ends_with("---"));
}

#[test]
fn stdin_is_streamed_document_by_document() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sailctl"))
        .args(["kube-inject", "-f", "-"])
        .env("KUBECONFIG", "/nonexistent")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{GOOD}---\n").as_bytes()).unwrap();
    stdin.flush().unwrap();
    // The first document comes back while stdin is still open.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "apiVersion: v1\n");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
