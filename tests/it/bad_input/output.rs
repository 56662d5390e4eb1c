//! Files sailctl writes (`kube-inject -o FILE`, `manifest generate -o DIR`): all or nothing,
//! the mode a plain create would give (umask honoured; an existing file keeps its own), and
//! no temp file left behind after success, failure or Ctrl-C.

use super::*;
use std::os::unix::fs::PermissionsExt;

const APP: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels: {app: d}\n  template:\n    metadata:\n      labels: {app: d}\n    spec:\n      containers:\n      - name: app\n        image: busybox\n";

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every name in `dir`, sorted (temp files would show up here).
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn inject_output_success_mode_and_no_temp() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("app.yaml");
    std::fs::write(&input, APP).unwrap();
    let out = d.path().join("out.yaml");
    for (umask, want) in [("022", 0o644), ("027", 0o640)] {
        let _ = std::fs::remove_file(&out);
        let args = vec![
            "kube-inject".to_string(),
            "-f".into(),
            input.display().to_string(),
            "-o".into(),
            out.display().to_string(),
        ];
        let r = run_sh(umask, &args);
        r.ok().empty_stdout();
        assert_eq!(mode(&out), want, "umask {umask}");
        assert!(
            std::fs::read_to_string(&out)
                .unwrap()
                .contains("istio-proxy")
        );
        assert_eq!(names(d.path()), ["app.yaml", "out.yaml"]);
    }
    // Replacing a file keeps its mode.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    sailctl(&["kube-inject", "-f"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .run()
        .ok();
    assert_eq!(mode(&out), 0o600);
    assert_eq!(names(d.path()), ["app.yaml", "out.yaml"]);
}

fn run_sh(umask: &str, args: &[String]) -> Run {
    let m = Cmd::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(crate::support::sailctl::BIN)
        .args(args)
        .env("KUBECONFIG", NO_KUBECONFIG)
        .env("NO_COLOR", "1")
        .timeout(SMALL.hang)
        .measure();
    Run {
        args: args.to_vec(),
        ..Run::of(Vec::new(), m)
    }
}

/// A failure part-way through the input leaves the existing output as it was.
#[test]
fn inject_output_untouched_on_failure() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("app.yaml");
    std::fs::write(
        &input,
        format!("{APP}---\nkind: Pod\nmetadata: {{name: [x\n"),
    )
    .unwrap();
    let out = d.path().join("out.yaml");
    std::fs::write(&out, "previous\n").unwrap();
    sailctl(&["kube-inject", "-f"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .run()
        .rejected(1, "app.yaml", Some(Line::At(17)), SMALL)
        .empty_stdout();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous\n");
    assert_eq!(names(d.path()), ["app.yaml", "out.yaml"]);
    // No output file at all when there was none.
    std::fs::remove_file(&out).unwrap();
    sailctl(&["kube-inject", "-f"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .run()
        .rejected(1, "app.yaml", Some(Line::At(17)), SMALL);
    assert_eq!(names(d.path()), ["app.yaml"]);
    // An output path that is a directory is refused, naming it.
    let sub = d.path().join("outdir");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(&input, APP).unwrap();
    sailctl(&["kube-inject", "-f"])
        .arg(&input)
        .arg("-o")
        .arg(&sub)
        .run()
        .rejected(1, "outdir", None, SMALL);
    assert_eq!(names(d.path()), ["app.yaml", "outdir"]);
    assert!(names(&sub).is_empty());
}

/// Ctrl-C while injecting a large input: exit 130, the old output intact, no temp file.
#[test]
fn inject_output_untouched_on_ctrl_c() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("many.yaml");
    let docs: Vec<String> = (0..2000)
        .map(|i| APP.replace("name: d\n", &format!("name: d{i}\n")))
        .collect();
    std::fs::write(&input, docs.join("---\n")).unwrap();
    let out = d.path().join("out.yaml");
    std::fs::write(&out, "previous\n").unwrap();
    let cmd = sailctl(&["kube-inject", "-f"])
        .arg(&input)
        .arg("-o")
        .arg(&out);
    let start = Instant::now();
    let child = cmd.spawn_for_measure();
    // Let it get past start-up into the injection loop.
    std::thread::sleep(Duration::from_millis(1500));
    interrupt(&child);
    let r = reap(child, start, SMALL.hang);
    assert_eq!(r.code, Some(130), "{}\n{:?}", r.stderr, r.wall);
    assert!(r.stderr.ends_with("Error: interrupted\n"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous\n");
    assert_eq!(names(d.path()), ["many.yaml", "out.yaml"]);
}

#[test]
fn generate_output_dir_modes_and_no_temp() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out");
    let args: Vec<String> = ["manifest", "generate", "--set", "profile=minimal", "-o"]
        .iter()
        .map(|s| s.to_string())
        .chain([out.display().to_string()])
        .collect();
    run_sh("022", &args).sane(SMALL);
    let base = out.join("Base");
    assert_eq!(names(&base), ["Base.yaml"]);
    assert_eq!(mode(&base.join("Base.yaml")), 0o644);
    for c in names(&out) {
        assert_eq!(
            names(&out.join(&c)),
            [format!("{c}.yaml")],
            "temp file left in {c}"
        );
    }
}
