//! Hostile conditions without a cluster: secrets never printed, Ctrl-C, hung servers.

use std::net::TcpListener;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::kubeconfig::write_token_kubeconfig;
use crate::support::process::{Cmd, interrupt, read_stderr, wait_within};
use crate::support::sailctl::sailctl;

const TOKEN: &str = "sailctl-test-token-3f9a1c";

/// A kubeconfig for `server`, authenticating with a token that must never be printed.
fn kubeconfig(dir: &std::path::Path, server: &str) -> std::path::PathBuf {
    write_token_kubeconfig(dir, server, TOKEN)
}

#[test]
fn tokens_never_appear_in_errors_or_verbose_output() {
    let dir = tempfile::tempdir().unwrap();
    let kc = kubeconfig(dir.path(), "https://127.0.0.1:1");
    for args in [
        &["version"][..],
        &["precheck"],
        &["dashboard", "kiali", "--browser=false"],
        &["addons", "list"],
        &["uninstall", "--purge", "-y"],
        &["version", "-v"],
    ] {
        let out = sailctl(args)
            .arg("--kubeconfig")
            .arg(&kc)
            .arg("-v")
            .output();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(TOKEN), "{args:?} printed the token: {all}");
        assert!(!all.contains("panicked"), "{args:?}: {all}");
    }
}

/// A server that accepts connections and never answers: the client timeout must end the wait.
fn black_hole() -> (TcpListener, String) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", l.local_addr().unwrap());
    (l, url)
}

#[test]
fn a_hung_apiserver_fails_within_the_client_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let (_hole, url) = black_hole();
    let kc = kubeconfig(dir.path(), &url);
    let start = Instant::now();
    let out = sailctl(["precheck", "--kubeclient-timeout", "2s", "--kubeconfig"])
        .arg(&kc)
        .output();
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("Error: cannot reach the Kubernetes cluster at"),
        "{err}"
    );
    // Bounded, not timed: the 2s client timeout plus process overhead, far below a hang.
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn ctrl_c_while_waiting_on_the_cluster_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let (_hole, url) = black_hole();
    let kc = kubeconfig(dir.path(), &url);
    let mut child = sailctl(["precheck", "--kubeclient-timeout", "60s", "--kubeconfig"])
        .arg(&kc)
        .spawn();
    std::thread::sleep(Duration::from_millis(500));
    interrupt(&child);
    let status = wait_within(
        &mut child,
        Duration::from_secs(20),
        Duration::from_millis(50),
        "sailctl did not stop on SIGINT",
    );
    assert_eq!(status.code(), Some(130));
    let err = read_stderr(&mut child);
    assert_eq!(err, "Error: interrupted\n");
}

/// Sends SIGINT to a child that is blocked reading its stdin and returns its exit status
/// and stderr; the child must stop within 10 s.
fn interrupt_while_reading_stdin(cmd: Cmd) -> (std::process::ExitStatus, String) {
    let mut child = cmd
        .stdin_piped()
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(
        &mut stdin,
        b"apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: i}]\n---\n",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    interrupt(&child);
    let status = wait_within(
        &mut child,
        Duration::from_secs(10),
        Duration::from_millis(20),
        "did not stop on SIGINT",
    );
    drop(stdin);
    let err = read_stderr(&mut child);
    (status, err)
}

#[test]
fn ctrl_c_while_kube_inject_streams_offline_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let kc = kubeconfig(dir.path(), "https://127.0.0.1:1");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let target = out.join("injected.yaml");
    let (status, err) = interrupt_while_reading_stdin(
        sailctl(["kube-inject", "-f", "-", "-o"])
            .arg(&target)
            .arg("--kubeconfig")
            .arg(&kc),
    );
    assert_eq!(status.code(), Some(130), "{err}");
    assert!(err.ends_with("Error: interrupted\n"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
}

#[test]
fn ctrl_c_while_analyze_reads_its_input_exits_130() {
    let (status, err) =
        interrupt_while_reading_stdin(sailctl(["analyze", "--use-kube=false", "-"]));
    assert_eq!(status.code(), Some(130), "{err}");
    assert_eq!(err, "Error: interrupted\n");
}
