//! install/upgrade `--dry-run`, verify-install, uninstall and `x apply`: a bad file fails on
//! the file before any connection to the cluster; a kubeconfig that leads nowhere fails clearly.

use super::*;
use std::net::TcpListener;

/// A kubeconfig for a local listener that never answers; [`Watched::contacted`] tells whether
/// sailctl connected to it.
struct Watched {
    _dir: tempfile::TempDir,
    listener: TcpListener,
    kubeconfig: String,
}

impl Watched {
    fn new() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let kubeconfig = dir.path().join("kubeconfig");
        std::fs::write(
            &kubeconfig,
            kubeconfig_for(&format!("https://{}", listener.local_addr().unwrap())),
        )
        .unwrap();
        Watched {
            kubeconfig: kubeconfig.display().to_string(),
            _dir: dir,
            listener,
        }
    }
    fn contacted(&self) -> bool {
        self.listener.accept().is_ok()
    }
}

fn kubeconfig_for(server: &str) -> String {
    crate::support::kubeconfig::token_kubeconfig(server, "t")
}

fn file_first(args: &[&str]) {
    let w = Watched::new();
    matrix_env(args, 65, &[("KUBECONFIG", &w.kubeconfig)]);
    assert!(
        !w.contacted(),
        "{args:?} contacted the cluster before reading its file"
    );
}

#[test]
fn install_dry_run_reads_the_file_first() {
    file_first(&["install", "--dry-run", "-f"]);
}

#[test]
fn upgrade_reads_the_file_first() {
    file_first(&["upgrade", "--dry-run", "-y", "-f"]);
}

#[test]
fn verify_install_reads_the_file_first() {
    file_first(&["verify-install", "-f"]);
}

#[test]
fn uninstall_reads_the_file_first() {
    file_first(&["uninstall", "--dry-run", "-f"]);
}

#[test]
fn x_apply_reads_the_file_first() {
    file_first(&["x", "apply", "-f"]);
}

/// A good file and no usable kubeconfig: one clear error, exit 1, nothing on stdout.
#[test]
fn no_cluster_fails_clearly() {
    let d = tempfile::tempdir().unwrap();
    let iop = d.path().join("iop.yaml");
    std::fs::write(
        &iop,
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: minimal\n",
    )
    .unwrap();
    let iop = iop.display().to_string();
    for args in [
        vec!["install", "--dry-run", "-f", &iop],
        vec!["verify-install", "-f", &iop],
        vec!["uninstall", "--dry-run", "-f", &iop],
    ] {
        sailctl(&args)
            .run()
            .rejected(1, NO_KUBECONFIG, None, SMALL)
            .empty_stdout();
    }
    // A kubeconfig that is itself malformed is bad input, named with its line.
    let kc = d.path().join("broken-kubeconfig");
    let svc = d.path().join("svc.yaml");
    std::fs::write(&svc, SERVICE).unwrap();
    let svc = svc.display().to_string();
    for bad in malformed() {
        std::fs::write(&kc, &bad.bytes).unwrap();
        for args in [
            vec!["install", "--dry-run", "-f", &iop],
            vec!["x", "apply", "-f", &svc],
            vec!["precheck"],
        ] {
            sailctl(&args)
                .env("KUBECONFIG", kc.display().to_string())
                .run()
                .rejected(65, "broken-kubeconfig", Some(bad.line), SMALL)
                .empty_stdout();
        }
    }
    // A server that refuses connections.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let kc = d.path().join("refused-kubeconfig");
    std::fs::write(&kc, kubeconfig_for(&format!("https://127.0.0.1:{port}"))).unwrap();
    let r = sailctl(&[
        "install",
        "--dry-run",
        "-f",
        &iop,
        "--kubeclient-timeout",
        "3s",
    ])
    .env("KUBECONFIG", kc.display().to_string())
    .run();
    r.rejected(1, &format!("127.0.0.1:{port}"), None, SMALL)
        .empty_stdout();
}
