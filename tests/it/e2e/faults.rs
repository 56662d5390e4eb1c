//! Cluster faults and signals (issue #11): what sailctl does when the apiserver dies, hangs
//! or refuses, when someone else owns a field, when a namespace will not go away, and when
//! the user presses Ctrl-C.
//!
//! Everything that installs Istio or stops the apiserver runs on a kubeplane instance of its
//! own (`support::kubeplane::Instance`: its own network namespace and state directory, taken down when the test
//! ends, also on panic), because the shared cluster serves the other e2e tests in parallel.
//! Those steps form one test: an Istio install is cluster-wide, so they must not interleave.
//! Faults that need no apiserver restart and install nothing use the shared cluster.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use k8s_openapi::api::apps::v1::{Deployment, ReplicaSet};
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Pod};
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::Client;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::json;

use super::{client_for, cluster};
use crate::support::kubeplane::{Instance, in_netns};
use crate::support::process::{Cmd, interrupt, read_stderr, stderr, wait_within};
use crate::support::sailctl::sailctl;

const ISTIO_NS: &str = "istio-system";
const HOLD: &str = "e2e.sailctl.dev/hold";

// ---------------------------------------------------------------- running sailctl ----

fn sailctl_cmd(kubeconfig: &Path, args: &[&str]) -> Cmd {
    sailctl(args).arg("--kubeconfig").arg(kubeconfig)
}

fn run(kubeconfig: &Path, args: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = sailctl_cmd(kubeconfig, args).output();
    (out, start.elapsed())
}

/// Exactly one `Error:` line, and no panic.
fn one_error_line(err: &str) -> &str {
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("Error:")).collect();
    assert_eq!(lines.len(), 1, "want one Error: line in:\n{err}");
    lines[0]
}

/// A sailctl running in the background whose stderr is read line by line.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

impl Running {
    fn start(kubeconfig: &Path, args: &[&str]) -> Running {
        let mut child = sailctl_cmd(kubeconfig, args)
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("faults: spawn sailctl");
        let pipe = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        let stderr = Arc::new(Mutex::new(String::new()));
        let all = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                all.lock().unwrap().push_str(&format!("{line}\n"));
                let _ = tx.send(line);
            }
        });
        Running {
            child,
            lines,
            stderr,
        }
    }

    fn wait_for_line(&self, needle: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return,
                Ok(_) => {}
                Err(_) => panic!(
                    "faults: no line with {needle:?} within {timeout:?}; stderr so far:\n{}",
                    self.stderr.lock().unwrap()
                ),
            }
        }
    }

    fn interrupt(&self) {
        interrupt(&self.child);
    }

    /// Waits for the exit (bounded); returns the status and the whole stderr.
    fn finish(mut self, timeout: Duration) -> (ExitStatus, String) {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                panic!(
                    "faults: sailctl still running after {timeout:?} (a hang); stderr:\n{}",
                    self.stderr.lock().unwrap()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        // The reader thread ends at EOF; give it a moment to take the last lines.
        std::thread::sleep(Duration::from_millis(100));
        let err = self.stderr.lock().unwrap().clone();
        (status, err)
    }
}

// ------------------------------------------------------------------ cluster checks ----

/// Polls until the Istio deployments are exactly `want`, each available, each with one
/// active ReplicaSet and exactly as many live pods as replicas (nothing duplicated).
async fn converged(client: &Client, want: &[&str], timeout: Duration) {
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), ISTIO_NS);
    let replicasets: Api<ReplicaSet> = Api::namespaced(client.clone(), ISTIO_NS);
    let pods: Api<Pod> = Api::namespaced(client.clone(), ISTIO_NS);
    let deadline = Instant::now() + timeout;
    let mut want: Vec<&str> = want.to_vec();
    want.sort();
    loop {
        let state = convergence_problem(&deployments, &replicasets, &pods, &want).await;
        match state {
            None => return,
            Some(why) if Instant::now() >= deadline => {
                panic!("faults: the install did not converge within {timeout:?}: {why}")
            }
            Some(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
}

async fn convergence_problem(
    deployments: &Api<Deployment>,
    replicasets: &Api<ReplicaSet>,
    pods: &Api<Pod>,
    want: &[&str],
) -> Option<String> {
    let lp = ListParams::default().labels("operator.istio.io/component");
    let ds = deployments.list(&lp).await.ok()?.items;
    let mut names: Vec<String> = ds.iter().filter_map(|d| d.metadata.name.clone()).collect();
    names.sort();
    if names != want {
        return Some(format!("deployments {names:?}, want {want:?}"));
    }
    let rss = replicasets.list(&ListParams::default()).await.ok()?.items;
    let all_pods = pods.list(&ListParams::default()).await.ok()?.items;
    for d in &ds {
        let name = d.metadata.name.clone().unwrap_or_default();
        let replicas = d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1);
        let available = d
            .status
            .as_ref()
            .and_then(|s| s.available_replicas)
            .unwrap_or(0);
        if let Some(why) = sailctl::k8s::wait::deployment_pending(d) {
            return Some(format!("{name}: {why}"));
        }
        if available < replicas {
            return Some(format!("{name}: {available}/{replicas} available"));
        }
        let active: Vec<String> = rss
            .iter()
            .filter(|rs| owned_by(&rs.metadata.owner_references, &name))
            .filter(|rs| rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(0) > 0)
            .filter_map(|rs| rs.metadata.name.clone())
            .collect();
        if active.len() != 1 {
            return Some(format!("{name}: active ReplicaSets {active:?}"));
        }
        let live = all_pods
            .iter()
            .filter(|p| owned_by(&p.metadata.owner_references, &active[0]))
            .filter(|p| p.metadata.deletion_timestamp.is_none())
            .count() as i32;
        let stray = all_pods
            .iter()
            .filter(|p| p.metadata.deletion_timestamp.is_none())
            .filter(|p| {
                p.metadata
                    .name
                    .as_deref()
                    .is_some_and(|n| n.starts_with(&format!("{name}-")))
            })
            .count() as i32;
        if live != replicas || stray != replicas {
            return Some(format!(
                "{name}: {live} pods of the active ReplicaSet, {stray} in all, want {replicas}"
            ));
        }
    }
    None
}

fn owned_by(refs: &Option<Vec<OwnerReference>>, owner: &str) -> bool {
    refs.as_ref()
        .is_some_and(|r| r.iter().any(|o| o.name == owner))
}

/// Who owns `.data.mesh` of the `istio` ConfigMap, by managedFields.
async fn mesh_owners(client: &Client) -> Vec<String> {
    let cm = Api::<ConfigMap>::namespaced(client.clone(), ISTIO_NS)
        .get("istio")
        .await
        .unwrap();
    cm.metadata
        .managed_fields
        .unwrap_or_default()
        .into_iter()
        .filter(|m| {
            m.fields_v1
                .as_ref()
                .and_then(|f| f.0.pointer("/f:data/f:mesh"))
                .is_some()
        })
        .map(|m| {
            format!(
                "{}:{}",
                m.manager.unwrap_or_default(),
                m.operation.unwrap_or_default()
            )
        })
        .collect()
}

async fn set_finalizers(client: &Client, cm: &str, finalizers: serde_json::Value) {
    Api::<ConfigMap>::namespaced(client.clone(), ISTIO_NS)
        .patch(
            cm,
            &PatchParams::default(),
            &Patch::Merge(json!({"metadata": {"finalizers": finalizers}})),
        )
        .await
        .unwrap_or_else(|e| panic!("faults: cannot set finalizers on {cm}: {e}"));
}

/// A user who may do everything an install needs except touch ServiceAccounts.
async fn limited_user(client: &Client, user: &str) {
    let role: ClusterRole = serde_json::from_value(json!({
        "metadata": {"name": user},
        "rules": [
            {"apiGroups": ["apiextensions.k8s.io", "admissionregistration.k8s.io",
                "rbac.authorization.k8s.io", "apps", "policy", "autoscaling", "networking.k8s.io"],
             "resources": ["*"], "verbs": ["*"]},
            {"apiGroups": [""], "resources": ["namespaces", "configmaps", "services", "secrets",
                "pods", "events", "endpoints"], "verbs": ["*"]}
        ]
    }))
    .unwrap();
    let binding: ClusterRoleBinding = serde_json::from_value(json!({
        "metadata": {"name": user},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": user},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": user}]
    }))
    .unwrap();
    Api::<ClusterRole>::all(client.clone())
        .create(&PostParams::default(), &role)
        .await
        .unwrap();
    Api::<ClusterRoleBinding>::all(client.clone())
        .create(&PostParams::default(), &binding)
        .await
        .unwrap();
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

// --------------------------------------------------------- the dedicated-cluster test ----

#[test]
fn faults_on_a_dedicated_cluster() {
    super::assert_in_netns();
    let inst = Instance::up();
    let kc = inst.kubeconfig.clone();
    let netns = inst.netns.clone();
    // The instance is stopped and started from inside the namespace thread too.
    let inst = Arc::new(inst);
    let ctl = inst.clone();
    in_netns(&netns, move || async move {
        let client = client_for(&kc).await;
        let install = ["install", "-y", "--readiness-timeout", "2m"];

        // 1. RBAC: forbidden on one resource names the verb, the resource and the namespace.
        limited_user(&client, "e2e-limited").await;
        let (out, took) = run(&kc, &[&install[..], &["--as", "e2e-limited"]].concat());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        let line = one_error_line(&err);
        for want in [
            "forbidden",
            "serviceaccounts",
            "\"istio-system\"",
            "e2e-limited",
        ] {
            assert!(line.contains(want), "missing {want:?} in {line}");
        }
        assert!(
            err.contains("hint: run `sailctl x precheck`"),
            "no precheck hint:\n{err}"
        );
        eprintln!("faults: [rbac] forbidden reported after {}", secs(took));

        // 2. apiserver killed mid-install: a clear error at once; after a restart, the
        //    same install converges.
        let bg = Running::start(
            &kc,
            &[&install[..], &["--kubeclient-timeout", "5s"]].concat(),
        );
        bg.wait_for_line("Istio core installed", Duration::from_secs(120));
        ctl.must("stop-apiserver");
        let killed = Instant::now();
        let (status, err) = bg.finish(Duration::from_secs(60));
        let to_failure = killed.elapsed();
        assert_eq!(status.code(), Some(1), "{err}");
        let line = one_error_line(&err);
        assert!(
            line.starts_with(
                "Error: cannot reach the Kubernetes cluster at https://127.0.0.1:6443"
            ),
            "{err}"
        );
        assert!(
            to_failure < Duration::from_secs(5 + 3),
            "took {to_failure:?}, more than --kubeclient-timeout 5s"
        );
        let restart = ctl.must("start-apiserver");
        let (out, to_converge) = run(&kc, &install);
        assert_eq!(out.status.code(), Some(0), "re-run: {}", stderr(&out));
        converged(
            &client,
            &["istio-ingressgateway", "istiod"],
            Duration::from_secs(60),
        )
        .await;
        let (again, _) = run(&kc, &install);
        assert!(
            stderr(&again).contains("Installation complete (no changes)"),
            "{}",
            stderr(&again)
        );
        eprintln!(
            "faults: [apiserver killed mid-install] failure {} after the kill; apiserver back in {}; re-run converged in {}",
            secs(to_failure),
            secs(restart),
            secs(to_converge)
        );

        // 3. a conflicting field manager is reported by name; --force takes its fields over.
        let cms: Api<ConfigMap> = Api::namespaced(client.clone(), ISTIO_NS);
        let rendered = cms.get("istio").await.unwrap().data.unwrap()["mesh"].clone();
        let edited = format!("{rendered}\n# edited by hand\n");
        cms.patch(
            "istio",
            &PatchParams {
                field_manager: Some("e2e-editor".into()),
                ..Default::default()
            },
            &Patch::Merge(json!({"data": {"mesh": edited}})),
        )
        .await
        .unwrap();
        let (out, _) = run(&kc, &install);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(
            one_error_line(&err),
            "Error: conflict: cannot apply ConfigMap istio-system/istio: .data.mesh is managed by \"e2e-editor\"",
            "{err}"
        );
        assert!(err.contains("--force"), "{err}");
        assert_eq!(
            cms.get("istio").await.unwrap().data.unwrap()["mesh"],
            edited,
            "the edit was overwritten without --force"
        );
        let (out, _) = run(&kc, &[&install[..], &["--force"]].concat());
        assert_eq!(out.status.code(), Some(0), "--force: {}", stderr(&out));
        assert_eq!(
            cms.get("istio").await.unwrap().data.unwrap()["mesh"],
            rendered
        );
        assert_eq!(mesh_owners(&client).await, ["sailctl:Apply"]);
        eprintln!("faults: [field manager conflict] reported; --force took .data.mesh over");

        // 4. Ctrl-C mid-install exits 130; the re-run converges.
        let demo = [
            "install",
            "--set",
            "profile=demo",
            "-y",
            "--readiness-timeout",
            "2m",
        ];
        let bg = Running::start(&kc, &demo);
        bg.wait_for_line("Istio core installed", Duration::from_secs(120));
        bg.interrupt();
        let sent = Instant::now();
        let (status, err) = bg.finish(Duration::from_secs(20));
        let to_exit = sent.elapsed();
        assert_eq!(status.code(), Some(130), "{err}");
        assert!(err.ends_with("Error: interrupted\n"), "{err}");
        let (out, to_converge) = run(&kc, &demo);
        assert_eq!(out.status.code(), Some(0), "re-run: {}", stderr(&out));
        converged(
            &client,
            &["istio-egressgateway", "istio-ingressgateway", "istiod"],
            Duration::from_secs(60),
        )
        .await;
        eprintln!(
            "faults: [Ctrl-C mid-install] exit 130 after {}; re-run converged in {}",
            secs(to_exit),
            secs(to_converge)
        );

        // 5. a hung (paused) apiserver: a clear error within --kubeclient-timeout, both
        //    mid-install and at the start, and Ctrl-C during a live analyze exits 130.
        let changed = [
            &demo[..],
            &[
                "--set",
                "values.pilot.traceSampling=2",
                "--kubeclient-timeout",
                "4s",
            ],
        ]
        .concat();
        let bg = Running::start(&kc, &changed);
        bg.wait_for_line("Istio core installed", Duration::from_secs(120));
        ctl.must("pause-apiserver");
        let paused = Instant::now();
        let (status, err) = bg.finish(Duration::from_secs(60));
        let hung_mid_install = paused.elapsed();
        assert_eq!(status.code(), Some(1), "{err}");
        let line = one_error_line(&err);
        assert!(
            line.starts_with("Error: cannot reach the Kubernetes cluster at https://127.0.0.1:6443: no answer within 4s to "),
            "{err}"
        );
        assert!(
            hung_mid_install < Duration::from_secs(4 + 3),
            "took {hung_mid_install:?}, more than --kubeclient-timeout 4s"
        );
        let (out, took) = run(&kc, &["install", "-y", "--kubeclient-timeout", "3s"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(
            one_error_line(&err),
            "Error: cannot reach the Kubernetes cluster at https://127.0.0.1:6443: no answer within 3s to get the server version",
            "{err}"
        );
        assert!(took < Duration::from_secs(3 + 3), "took {took:?}");
        let bg = Running::start(&kc, &["analyze", "-A"]);
        std::thread::sleep(Duration::from_millis(1500));
        bg.interrupt();
        let sent = Instant::now();
        let (status, err) = bg.finish(Duration::from_secs(10));
        let analyze_exit = sent.elapsed();
        assert_eq!(status.code(), Some(130), "{err}");
        assert!(err.ends_with("Error: interrupted\n"), "{err}");
        ctl.must("resume-apiserver");
        eprintln!(
            "faults: [apiserver paused] mid-install failure {} after the pause (--kubeclient-timeout 4s); install failed after {} (--kubeclient-timeout 3s); analyze exit 130 {} after Ctrl-C",
            secs(hung_mid_install),
            secs(took),
            secs(analyze_exit)
        );

        // 6. uninstall with the Istio namespace stuck Terminating: reported, bounded.
        let held: ConfigMap = serde_json::from_value(json!({
            "metadata": {"name": "e2e-held", "finalizers": [HOLD]},
            "data": {"why": "holds the namespace in Terminating"}
        }))
        .unwrap();
        cms.create(&PostParams::default(), &held).await.unwrap();
        set_finalizers(&client, "istio", json!([HOLD])).await;
        let namespaces: Api<Namespace> = Api::all(client.clone());
        namespaces
            .delete(ISTIO_NS, &DeleteParams::default())
            .await
            .unwrap();
        let uninstall = ["uninstall", "--purge", "-y"];
        let (out, took_object) = run(&kc, &uninstall);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        let line = one_error_line(&err);
        assert!(
            line.starts_with("Error: ConfigMap istio-system/istio is still present")
                && line.ends_with(&format!(
                    "after it was deleted, held by finalizer(s) {HOLD} (namespace istio-system is Terminating)"
                )),
            "{err}"
        );
        assert!(
            err.contains("hint: ") && err.contains("kubectl patch configmap istio -n istio-system"),
            "{err}"
        );
        assert!(
            took_object < Duration::from_secs(40),
            "took {took_object:?}"
        );

        set_finalizers(&client, "istio", json!(null)).await;
        let (out, took_ns) = run(&kc, &uninstall);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        let line = one_error_line(&err);
        assert!(
            line.starts_with("Error: Istio's resources were removed, but namespace istio-system is still Terminating after 30s: ")
                && line.contains(HOLD),
            "{err}"
        );
        assert!(took_ns < Duration::from_secs(60), "took {took_ns:?}");

        set_finalizers(&client, "e2e-held", json!(null)).await;
        super::wait_until(
            Duration::from_secs(90),
            "istio-system to be gone",
            || async { matches!(namespaces.get_opt(ISTIO_NS).await, Ok(None)) },
        )
        .await;
        let (out, _) = run(&kc, &uninstall);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        eprintln!(
            "faults: [namespace stuck Terminating] finalizer on an Istio object reported after {}; on other content after {}",
            secs(took_object),
            secs(took_ns)
        );
    });
    drop(inst);
}

// ---------------------------------------------------------------- the shared cluster ----

/// Ctrl-C while kube-inject streams into `-o FILE`: exit 130, and FILE is neither created
/// nor touched (no temporary file either). The configuration comes from the cluster, so the
/// async runtime has already installed its own Ctrl-C handling when the signal arrives.
#[tokio::test]
async fn ctrl_c_during_kube_inject_leaves_no_partial_output() {
    let env = cluster("fault-inject").await;
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.yaml");
    std::fs::write(&old, "previous: content\n").unwrap();
    for target in [dir.path().join("new.yaml"), old.clone()] {
        let mut child = sailctl(["kube-inject", "-f", "-", "-o"])
            .arg(&target)
            .arg("--kubeconfig")
            .arg(env.kubeconfig())
            .stdin_piped()
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // One whole workload, then the input stays open: sailctl is mid-stream.
        stdin
            .write_all(
                b"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n---\n",
            )
            .unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(Duration::from_secs(2));
        interrupt(&child);
        let sent = Instant::now();
        let status = wait_within(
            &mut child,
            Duration::from_secs(10),
            Duration::from_millis(20),
            "kube-inject did not stop on SIGINT",
        );
        drop(stdin);
        let err = read_stderr(&mut child);
        assert_eq!(status.code(), Some(130), "{err}");
        assert!(err.ends_with("Error: interrupted\n"), "{err}");
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["old.yaml"], "files left after Ctrl-C");
        assert_eq!(
            std::fs::read_to_string(&old).unwrap(),
            "previous: content\n"
        );
        eprintln!(
            "faults: [Ctrl-C kube-inject -o {}] exit 130 after {}",
            target.file_name().unwrap().to_string_lossy(),
            secs(sent.elapsed())
        );
    }
}
