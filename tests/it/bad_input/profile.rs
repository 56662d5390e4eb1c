//! profile dump (`-f`, `-p`) and profile diff: files, and names that are not profiles.

use super::*;

#[test]
fn dump_matrix() {
    matrix(&["profile", "dump", "-f"], 65);
}

#[test]
fn dump_unreadable_paths() {
    let d = awkward_dir(SERVICE);
    for name in ["missing.yaml", "subdir.yaml"] {
        sailctl(&["profile", "dump", "-f"])
            .arg(d.path().join(name))
            .run()
            .rejected(1, name, None, SMALL)
            .empty_stdout();
    }
}

/// Profile names that are paths or unknown are usage errors naming them.
#[test]
fn unknown_profiles() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("custom.yaml");
    std::fs::write(&file, "spec: {}\n").unwrap();
    let file = file.display().to_string();
    sailctl(&["profile", "dump", "no-such-profile"])
        .run()
        .rejected(64, "no-such-profile", None, SMALL)
        .empty_stdout();
    sailctl(&["profile", "diff", "default", &file])
        .run()
        .rejected(64, "custom.yaml", None, SMALL)
        .empty_stdout();
    sailctl(&["profile", "diff", "default", "demo", "-d"])
        .arg(d.path().join("no-manifests"))
        .run()
        .rejected(1, "no-manifests", None, SMALL)
        .empty_stdout();
}

#[test]
fn dump_empty_file_is_the_profile() {
    let d = tempfile::tempdir().unwrap();
    let empty = d.path().join("empty.yaml");
    std::fs::write(&empty, "# nothing here\n").unwrap();
    let with = sailctl(&["profile", "dump", "-f"]).arg(&empty).run();
    with.ok();
    let without = sailctl(&["profile", "dump"]).run();
    without.ok();
    assert_eq!(with.stdout, without.stdout);
}
