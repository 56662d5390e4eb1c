//! kube-inject: `-f` files, directories and stdin; the configuration files it reads.

use super::*;
use std::process::Stdio;

const DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels: {app: d}\n  template:\n    metadata:\n      labels: {app: d}\n    spec:\n      containers:\n      - name: app\n        image: busybox\n";

#[test]
fn filename_matrix() {
    matrix(&["kube-inject", "-f"], 1);
}

#[test]
fn stdin_matrix() {
    rejects_on_stdin(&["kube-inject", "-f", "-"], 1);
}

#[test]
fn config_files_matrix() {
    let dir = tempfile::tempdir().unwrap();
    let app = dir.path().join("app.yaml");
    std::fs::write(&app, DEPLOYMENT).unwrap();
    let app = app.display().to_string();
    for flag in ["--valuesFile", "--meshConfigFile", "--operatorFileName"] {
        matrix(&["kube-inject", "-f", &app, flag], 1);
    }
}

/// A bad document after a good one: the good one comes out whole, then one error.
#[test]
fn good_then_bad_documents() {
    let text = format!("{SERVICE}---\n{DEPLOYMENT}---\nkind: Pod\nmetadata: {{name: [x\n");
    let r = sailctl(&["kube-inject", "-f", "-"])
        .stdin(text.as_bytes())
        .run();
    r.rejected(1, "-", Some(Line::At(27)), SMALL);
    assert!(r.stdout.contains("name: istio-proxy"), "{}", r.stdout);
    let no_kind = format!("{SERVICE}---\nmetadata:\n  name: x\n");
    sailctl(&["kube-inject", "-f", "-"])
        .stdin(no_kind.as_bytes())
        .run()
        .rejected(1, "-", Some(Line::At(11)), SMALL);
    let no_template =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n";
    let r = sailctl(&["kube-inject", "-f", "-"])
        .stdin(no_template.as_bytes())
        .run();
    r.rejected(1, "-", Some(Line::At(1)), SMALL).empty_stdout();
    assert!(r.stderr.contains("has no pod template"), "{}", r.stderr);
}

#[test]
fn empty_and_foreign_documents_pass_through() {
    let r = sailctl(&["kube-inject", "-f", "-"]).run();
    r.ok().empty_stdout();
    // Unknown kinds and apiVersions are not kube-inject's business: written back as they are.
    let foreign = "apiVersion: example.com/v9\nkind: Bogus\nmetadata:\n  name: a\n";
    let r = sailctl(&["kube-inject", "-f", "-"])
        .stdin(foreign.as_bytes())
        .run();
    r.ok();
    assert_eq!(r.stdout, format!("{foreign}---\n"));
}

#[test]
fn directories_skip_what_is_not_a_file() {
    let d = awkward_dir(SERVICE);
    let r = sailctl(&["kube-inject", "-f"]).arg(d.path()).run();
    r.ok();
    assert_eq!(r.stdout, format!("{SERVICE}---\n"));
    assert!(
        r.stderr.contains(&format!(
            "skipping {}: not a regular file",
            d.path().join("fifo.yaml").display()
        )),
        "{}",
        r.stderr
    );
    let d = dangling_dir(SERVICE);
    sailctl(&["kube-inject", "-f"])
        .arg(d.path())
        .run()
        .rejected(1, "dangling.yaml", None, SMALL)
        .empty_stdout();
}

#[test]
fn unreadable_paths() {
    let d = tempfile::tempdir().unwrap();
    let r = sailctl(&["kube-inject", "-f"])
        .arg(d.path().join("missing.yaml"))
        .run();
    r.rejected(1, "missing.yaml", None, SMALL).empty_stdout();
    let app = d.path().join("app.yaml");
    std::fs::write(&app, DEPLOYMENT).unwrap();
    let sub = d.path().join("conf.yaml");
    std::fs::create_dir(&sub).unwrap();
    let mut bad_utf8 = b"templates:\n  sidecar: \xff\n".to_vec();
    bad_utf8.push(b'\n');
    let utf8 = d.path().join("inject-config.yaml");
    std::fs::write(&utf8, &bad_utf8).unwrap();
    for flag in ["--injectConfigFile", "--valuesFile", "--meshConfigFile"] {
        sailctl(&["kube-inject", "-f"])
            .arg(&app)
            .arg(flag)
            .arg(d.path().join("missing.yaml"))
            .run()
            .rejected(1, "missing.yaml", None, SMALL)
            .empty_stdout();
        sailctl(&["kube-inject", "-f"])
            .arg(&app)
            .arg(flag)
            .arg(&sub)
            .run()
            .rejected(1, "conf.yaml", None, SMALL)
            .empty_stdout();
    }
    sailctl(&["kube-inject", "-f"])
        .arg(&app)
        .arg("--injectConfigFile")
        .arg(&utf8)
        .run()
        .rejected(1, "inject-config.yaml", Some(Line::At(2)), SMALL)
        .empty_stdout();
    // Values and mesh config are mappings; anything else is named, not silently ignored.
    let list = d.path().join("values.yaml");
    std::fs::write(&list, "- a\n- b\n").unwrap();
    for flag in ["--valuesFile", "--meshConfigFile"] {
        sailctl(&["kube-inject", "-f"])
            .arg(&app)
            .arg(flag)
            .arg(&list)
            .run()
            .rejected(1, "values.yaml", None, SMALL)
            .empty_stdout();
    }
}

/// A named FIFO is read like any file (`-f <(kustomize build)` hands sailctl a pipe).
#[test]
fn a_named_pipe_with_a_writer_is_read() {
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("in.yaml");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, SERVICE).unwrap())
    };
    let r = sailctl(&["kube-inject", "-f"]).arg(&fifo).run();
    writer.join().unwrap();
    r.ok();
    assert_eq!(r.stdout, format!("{SERVICE}---\n"));
}

/// Fields sailctl does not know survive injection; other documents pass through verbatim.
#[test]
fn unknown_container_fields_survive_and_others_pass_through() {
    let input = format!(
        "# a comment kept verbatim\n{SERVICE}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels: {{app: d}}\n  template:\n    metadata:\n      labels: {{app: d}}\n    spec:\n      containers:\n      - name: app\n        image: busybox\n        futureField: {{deep: [1, 2]}}\n"
    );
    let r = sailctl(&["kube-inject", "-f", "-"])
        .stdin(input.as_bytes())
        .run();
    r.ok();
    let stdout = &r.stdout;
    assert!(
        stdout.starts_with(&format!("# a comment kept verbatim\n{SERVICE}---\n")),
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
    let mut child = sailctl(&["kube-inject", "-f", "-"])
        .env("KUBECONFIG", "/nonexistent")
        .stdin_piped()
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(format!("{SERVICE}---\n").as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    // The first document comes back while stdin is still open.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "apiVersion: v1\n");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
