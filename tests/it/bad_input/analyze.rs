//! analyze: files, directories, stdin and `--meshConfigFile`, offline and with a kubeconfig
//! that points nowhere.

use super::*;

/// An object analyze reads from files (Services count only from a live cluster).
const GATEWAY: &str = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n  namespace: default\nspec:\n  selector:\n    istio: ingressgateway\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n";

#[test]
fn offline_matrix() {
    matrix(&["analyze", "--use-kube=false"], 65);
}

/// No reachable cluster: the files are analyzed alone and bad ones fail the same way.
#[test]
fn unreachable_cluster_matrix() {
    matrix(&["analyze"], 65);
}

#[test]
fn stdin_matrix() {
    rejects_on_stdin(&["analyze", "--use-kube=false", "-"], 65);
}

#[test]
fn mesh_config_file_matrix() {
    let d = tempfile::tempdir().unwrap();
    let good = d.path().join("good.yaml");
    std::fs::write(&good, SERVICE).unwrap();
    let good = good.display().to_string();
    matrix(
        &["analyze", "--use-kube=false", &good, "--meshConfigFile"],
        65,
    );
}

/// One bad file among good ones is reported and the rest is analyzed (documented: 65 only
/// when nothing could be parsed).
#[test]
fn a_bad_file_among_good_ones() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("a-good.yaml"), GATEWAY).unwrap();
    std::fs::write(
        d.path().join("b-bad.yaml"),
        "kind: Service\nmetadata: {name: [x\n",
    )
    .unwrap();
    let r = sailctl(&["analyze", "--use-kube=false"])
        .arg(d.path())
        .run();
    r.sane(SMALL);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let errors: Vec<_> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("Error:"))
        .collect();
    assert_eq!(errors.len(), 1, "{}", r.stderr);
    assert!(errors[0].contains("b-bad.yaml:2:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("(but 1 file could not be parsed)"),
        "{}",
        r.stderr
    );
}

#[test]
fn empty_and_foreign_files() {
    let d = tempfile::tempdir().unwrap();
    let empty = d.path().join("empty.yaml");
    std::fs::write(&empty, "").unwrap();
    sailctl(&["analyze", "--use-kube=false"])
        .arg(&empty)
        .run()
        .ok();
    let foreign = d.path().join("foreign.yaml");
    std::fs::write(
        &foreign,
        "apiVersion: example.com/v9\nkind: Bogus\nmetadata:\n  name: a\n",
    )
    .unwrap();
    let r = sailctl(&["analyze", "--use-kube=false"])
        .arg(&foreign)
        .run();
    r.ok();
    assert!(
        r.stderr
            .contains("foreign.yaml:1: skipping unknown kind Bogus"),
        "{}",
        r.stderr
    );
}

#[test]
fn directories_skip_what_is_not_a_file() {
    let d = awkward_dir(SERVICE);
    let r = sailctl(&["analyze", "--use-kube=false"])
        .arg(d.path())
        .run();
    r.ok();
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    assert!(r.stderr.contains("good.yaml"), "{}", r.stderr);
    let d = dangling_dir(SERVICE);
    sailctl(&["analyze", "--use-kube=false"])
        .arg(d.path())
        .run()
        .rejected(1, "dangling.yaml", None, SMALL)
        .empty_stdout();
}

#[test]
fn unreadable_paths() {
    let d = tempfile::tempdir().unwrap();
    sailctl(&["analyze", "--use-kube=false"])
        .arg(d.path().join("missing.yaml"))
        .run()
        .rejected(1, "missing.yaml", None, SMALL)
        .empty_stdout();
    let good = d.path().join("good.yaml");
    std::fs::write(&good, SERVICE).unwrap();
    sailctl(&["analyze", "--use-kube=false"])
        .arg(&good)
        .arg("--meshConfigFile")
        .arg(d.path().join("missing-mesh.yaml"))
        .run()
        .rejected(1, "missing-mesh.yaml", None, SMALL)
        .empty_stdout();
}
