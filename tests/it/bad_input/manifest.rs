//! manifest generate (`-f`, `--set`, `-o DIR`) and manifest diff (files and directories).

use super::*;

#[test]
fn generate_matrix() {
    matrix(&["manifest", "generate", "-f"], 65);
}

#[test]
fn generate_stdin_matrix() {
    for run in rejects_on_stdin(&["manifest", "generate", "-f", "-"], 65) {
        run.empty_stdout();
    }
}

#[test]
fn generate_bad_set_flags_are_usage_errors() {
    for set in ["novalue", "=1", "spec.bogus=1", "profile=no-such-profile"] {
        sailctl(&["manifest", "generate", "--set", set])
            .run()
            .rejected(64, set.split('=').next().unwrap(), None, SMALL)
            .empty_stdout();
    }
}

/// An IstioOperator file holding some other object: its fields are named, nothing renders.
#[test]
fn generate_rejects_other_objects() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("deployment.yaml");
    std::fs::write(
        &f,
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n",
    )
    .unwrap();
    sailctl(&["manifest", "generate", "-f"])
        .arg(&f)
        .run()
        .rejected(65, "deployment.yaml", None, SMALL)
        .empty_stdout();
}

#[test]
fn generate_unreadable_paths() {
    let d = awkward_dir(SERVICE);
    for name in ["missing.yaml", "subdir.yaml"] {
        sailctl(&["manifest", "generate", "-f"])
            .arg(d.path().join(name))
            .run()
            .rejected(1, name, None, SMALL)
            .empty_stdout();
    }
    let d = dangling_dir(SERVICE);
    sailctl(&["manifest", "generate", "-f"])
        .arg(d.path().join("dangling.yaml"))
        .run()
        .rejected(1, "dangling.yaml", None, SMALL)
        .empty_stdout();
}

/// A failing render writes nothing under `-o DIR`.
#[test]
fn generate_output_dir_untouched_on_failure() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("bad.yaml");
    std::fs::write(&bad, "spec: {values: [x\n").unwrap();
    let out = d.path().join("out");
    sailctl(&["manifest", "generate", "-f"])
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .run()
        .rejected(65, "bad.yaml", Some(Line::At(1)), SMALL);
    assert!(!out.exists(), "-o DIR created on failure");
}

#[test]
fn diff_matrix_either_side() {
    let d = tempfile::tempdir().unwrap();
    let good = d.path().join("good.yaml");
    std::fs::write(&good, SERVICE).unwrap();
    let good = good.display().to_string();
    matrix(&["manifest", "diff", &good], 65);
    matrix(&["manifest", "diff", "{}", &good], 65);
}

#[test]
fn diff_directories() {
    let a = awkward_dir(SERVICE);
    let b = awkward_dir(SERVICE);
    let r = sailctl(&["manifest", "diff"])
        .arg(a.path())
        .arg(b.path())
        .run();
    r.ok();
    assert_eq!(r.stdout, "Manifests are identical\n");
    let c = dangling_dir(SERVICE);
    sailctl(&["manifest", "diff"])
        .arg(a.path())
        .arg(c.path())
        .run()
        .rejected(1, "dangling.yaml", None, SMALL)
        .empty_stdout();
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("bad.yaml"),
        "kind: Service\nmetadata: {name: [x\n",
    )
    .unwrap();
    sailctl(&["manifest", "diff"])
        .arg(a.path())
        .arg(d.path())
        .run()
        .rejected(65, "bad.yaml", Some(Line::At(2)), SMALL)
        .empty_stdout();
}

/// An empty IstioOperator file adds nothing: the default profile renders.
#[test]
fn generate_empty_file_is_the_default_profile() {
    let d = tempfile::tempdir().unwrap();
    let empty = d.path().join("empty.yaml");
    std::fs::write(&empty, "").unwrap();
    let with = sailctl(&["manifest", "generate", "-f"]).arg(&empty).run();
    with.ok();
    let without = sailctl(&["manifest", "generate"]).run();
    without.ok();
    assert!(with.stdout.contains("kind: Deployment"));
    assert_eq!(with.stdout, without.stdout);
}
