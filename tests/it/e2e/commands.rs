//! sailctl's cluster commands against kubeplane: version, precheck, dashboard, addons,
//! uninstall. Each test runs the real binary with the cluster's kubeconfig.

use std::process::Stdio;
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, PostParams};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{TestEnv, cluster, sailctl, wait_until};
use crate::support::sailctl::sailctl as support_sailctl;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A pod for kwok's node with the given labels and containers (images are never pulled).
fn fake_pod(name: &str, labels: serde_json::Value, containers: serde_json::Value) -> Pod {
    serde_json::from_value(json!({
        "metadata": { "name": name, "labels": labels },
        "spec": { "containers": containers }
    }))
    .unwrap()
}

async fn wait_running(pods: &Api<Pod>, name: &str) {
    wait_until(
        Duration::from_secs(60),
        &format!("pod {name} Running"),
        || async {
            pods.get(name)
                .await
                .ok()
                .and_then(|p| p.status)
                .and_then(|s| s.phase)
                .as_deref()
                == Some("Running")
        },
    )
    .await;
}

#[tokio::test]
async fn version_without_istio_says_so_and_exits_zero() {
    let env = cluster("version-none").await;
    let out = sailctl(&env, &["version", "-i", &env.ns]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "client version: 1.30.3\n");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Istio is not present in the cluster: no running Istio pods in namespace {:?}\n",
            env.ns
        )
    );
}

#[tokio::test]
async fn version_reports_control_and_data_plane() {
    let env = cluster("version-planes").await;
    let pods: Api<Pod> = Api::namespaced(env.client.clone(), &env.ns);
    let istiod = fake_pod(
        "istiod-e2e",
        json!({"app": "istiod"}),
        json!([{"name": "discovery", "image": "docker.io/istio/pilot:1.30.3"}]),
    );
    pods.create(&PostParams::default(), &istiod).await.unwrap();
    // A version no other test uses, so the cluster-wide proxy count is ours.
    for i in 0..2 {
        let p = fake_pod(
            &format!("app-{i}"),
            json!({"app": "app"}),
            json!([{"name": "app", "image": "registry.invalid/app:1"},
                   {"name": "istio-proxy", "image": "docker.io/istio/proxyv2:1.29.97"}]),
        );
        pods.create(&PostParams::default(), &p).await.unwrap();
    }
    for name in ["istiod-e2e", "app-0", "app-1"] {
        wait_running(&pods, name).await;
    }
    let out = sailctl(&env, &["version", "-i", &env.ns]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("client version: 1.30.3\ncontrol plane version: 1.30.3\n"),
        "{stdout}"
    );
    assert!(stdout.contains("1.29.97 (2 proxies)"), "{stdout}");
    let json_out = sailctl(&env, &["version", "-i", &env.ns, "-o", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json_out.stdout).unwrap();
    assert_eq!(v["meshVersion"][0]["Info"]["version"], "1.30.3");
}

#[tokio::test]
async fn precheck_passes_for_an_admin() {
    let env = cluster("precheck-admin").await;
    let out = sailctl(&env, &["x", "precheck"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains(
            "✔ No issues found when checking the cluster. Istio is safe to install or upgrade!"
        ),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test]
async fn precheck_reports_missing_permissions() {
    let env = cluster("precheck-rbac").await;
    // An impersonated user with no bindings may ask about itself but create nothing.
    let user = format!("e2e-readonly-{}", env.ns);
    let out = sailctl(&env, &["precheck", "--as", &user]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(79), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("Error [IST0141] Missing required permission to create resource CustomResourceDefinition"), "{stdout}");
    assert!(
        stdout.contains("Missing required permission to create resource Deployment"),
        "{stdout}"
    );
    let json_out = sailctl(&env, &["precheck", "--as", &user, "-o", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json_out.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|m| m["code"] == "IST0141"));
}

/// An HTTP server on the namespace's loopback that answers with the path it saw.
async fn path_echo_server() -> (u16, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        let _ = tokio::time::timeout(Duration::from_secs(120), async {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 4096];
                    let n = sock.read(&mut buf).await.unwrap_or(0);
                    let req = String::from_utf8_lossy(&buf[..n]);
                    let path = req.split_whitespace().nth(1).unwrap_or("?").to_string();
                    let body = format!("path={path}");
                    let resp = format!(
                        "HTTP/1.0 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = sock.write_all(resp.as_bytes()).await;
                });
            }
        })
        .await;
    });
    (port, task)
}

async fn http_get(url: &str) -> Result<String, String> {
    let rest = url.strip_prefix("http://").ok_or("not http")?;
    let (hostport, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let hostport = hostport.replace("localhost", "127.0.0.1");
    let path = if path.is_empty() { "/" } else { path };
    let mut s = tokio::net::TcpStream::connect(&hostport)
        .await
        .map_err(|e| e.to_string())?;
    s.write_all(format!("GET {path} HTTP/1.0\r\nHost: x\r\n\r\n").as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    // Read headers and a Content-Length body; the forwarded stream may stay open after it.
    let mut out = Vec::new();
    let mut buf = [0u8; 1024];
    let read = async {
        loop {
            let n = s.read(&mut buf).await.map_err(|e| e.to_string())?;
            if n == 0 {
                return Ok::<(), String>(());
            }
            out.extend_from_slice(&buf[..n]);
            let t = String::from_utf8_lossy(&out).to_string();
            if let Some((head, body)) = t.split_once("\r\n\r\n") {
                let len = head
                    .lines()
                    .find_map(|l| l.strip_prefix("Content-Length: "))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(usize::MAX);
                if body.len() >= len {
                    return Ok(());
                }
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .map_err(|_| "timeout".to_string())??;
    let out = String::from_utf8_lossy(&out).to_string();
    Ok(out)
}

/// Runs one `sailctl dashboard ...`, checks the URL, three GETs through the forward, and
/// that SIGINT ends it with exit 0 and frees the port.
async fn dashboard_round_trip(env: &TestEnv, args: &[&str], url_suffix: &str, want_path: &str) {
    let mut child = tokio::process::Command::from(
        support_sailctl(["dashboard"])
            .args(args)
            .args(["--browser=false", "-p", "0", "--kubeconfig"])
            .arg(env.kubeconfig())
            .command(),
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .kill_on_drop(true)
    .spawn()
    .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    let read_url = async {
        while stdout.read(&mut byte).await.unwrap_or(0) == 1 && byte[0] != b'\n' {
            first.push(byte[0]);
        }
    };
    if tokio::time::timeout(Duration::from_secs(30), read_url)
        .await
        .is_err()
        || first.is_empty()
    {
        let mut e = String::new();
        let _ = child.kill().await;
        let _ = child.stderr.take().unwrap().read_to_string(&mut e).await;
        panic!("dashboard {args:?} printed no URL: {e}");
    }
    let url = String::from_utf8(first).unwrap();
    assert!(
        url.starts_with("http://localhost:") && url.ends_with(url_suffix),
        "{args:?}: {url}"
    );

    // kwok learns PortForward rules from a watch; retry briefly. Several requests also
    // prove each connection gets its own stream.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut answered = 0;
    while answered < 3 {
        match http_get(&url).await {
            Ok(resp) if resp.contains(&format!("path={want_path}")) => answered += 1,
            other if Instant::now() > deadline => {
                panic!("{args:?}: no answer through the dashboard: {other:?}")
            }
            _ => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
    let pid = child.id().unwrap() as i32;
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc_kill(pid, 2) };
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("dashboard did not stop")
        .unwrap();
    assert_eq!(status.code(), Some(0), "{args:?}");
    let port: u16 = url
        .trim_start_matches("http://localhost:")
        .trim_end_matches(url_suffix)
        .parse()
        .unwrap();
    std::net::TcpListener::bind(("127.0.0.1", port)).expect("the port is freed after exit");
}

#[tokio::test]
async fn every_dashboard_forwards_to_its_pod_and_exits_zero_on_sigint() {
    let env = cluster("dashboard").await;
    let (target_port, server) = path_echo_server().await;
    let pods: Api<Pod> = Api::namespaced(env.client.clone(), &env.ns);
    let gvk = GroupVersionKind::gvk("kwok.x-k8s.io", "v1alpha1", "PortForward");
    let ar = ApiResource::from_gvk_with_plural(&gvk, "portforwards");
    let rules: Api<DynamicObject> = Api::namespaced_with(env.client.clone(), &env.ns, &ar);
    // (pod, labels, port the dashboard forwards to)
    let targets = [
        ("kiali-e2e", json!({"app": "kiali"}), 20001),
        (
            "grafana-e2e",
            json!({"app.kubernetes.io/name": "grafana"}),
            3000,
        ),
        ("jaeger-e2e", json!({"app": "jaeger"}), 16686),
        (
            "prometheus-e2e",
            json!({"app.kubernetes.io/name": "prometheus"}),
            9090,
        ),
        ("zipkin-e2e", json!({"app": "zipkin"}), 9411),
        ("skywalking-e2e", json!({"app": "skywalking-ui"}), 8080),
        ("istiod-e2e", json!({"app": "istiod"}), 0),
        ("productpage-e2e", json!({"app": "productpage"}), 15000),
    ];
    for (name, labels, _) in &targets {
        let p = fake_pod(
            name,
            labels.clone(),
            json!([{"name": "main", "image": "registry.invalid/e2e:1"}]),
        );
        pods.create(&PostParams::default(), &p).await.unwrap();
        // istiod answers on ControlZ and its debug port; everything else on one port.
        let ports: Vec<u16> = match *name {
            "istiod-e2e" => vec![9876, 15014],
            _ => vec![targets.iter().find(|t| t.0 == *name).unwrap().2],
        };
        let rule: DynamicObject = serde_json::from_value(json!({
            "apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "PortForward", "metadata": {"name": name},
            "spec": {"forwards": [{"ports": ports, "target": {"address": "127.0.0.1", "port": target_port}}]}
        }))
        .unwrap();
        rules.create(&PostParams::default(), &rule).await.unwrap();
    }
    for (name, _, _) in &targets {
        wait_running(&pods, name).await;
    }
    let ns = env.ns.clone();
    let pod_ref = format!("productpage-e2e.{ns}");
    let istiod_ref = format!("istiod-e2e.{ns}");
    dashboard_round_trip(&env, &["kiali", "-n", &ns], "/kiali", "/kiali").await;
    for addon in ["grafana", "jaeger", "prometheus", "zipkin", "skywalking"] {
        dashboard_round_trip(&env, &[addon, "-n", &ns], "", "/").await;
    }
    dashboard_round_trip(&env, &["proxy", &pod_ref], "", "/").await;
    dashboard_round_trip(
        &env,
        &["envoy", "-n", &ns, "-l", "app=productpage"],
        "",
        "/",
    )
    .await;
    dashboard_round_trip(&env, &["controlz", &istiod_ref], "", "/").await;
    dashboard_round_trip(&env, &["istiod-debug", "-i", &ns], "/debug", "/debug").await;
    server.abort();
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

#[tokio::test]
async fn dashboard_without_pods_names_the_selector_and_the_addon_command() {
    let env = cluster("dashboard-none").await;
    let out = sailctl(
        &env,
        &["dashboard", "grafana", "-n", &env.ns, "--browser=false"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: no pods found with selector app.kubernetes.io/name=grafana\n\
         hint: install it with `sailctl addons install grafana`, or use -n if it runs in another namespace\n"
    );
}

#[tokio::test]
async fn addons_install_list_and_uninstall() {
    let env = cluster("addons").await;
    let out = sailctl(
        &env,
        &[
            "addons",
            "install",
            "all",
            "-n",
            &env.ns,
            "--readiness-timeout",
            "2m",
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for line in [
        "✔ Prometheus installed",
        "✔ Grafana installed",
        "✔ Jaeger installed",
        "✔ Zipkin installed",
        "✔ Kiali installed",
    ] {
        assert!(stderr.contains(line), "{stderr}");
    }
    let again = sailctl(&env, &["addons", "install", "kiali", "-n", &env.ns]);
    assert!(
        text(&again.stderr).contains("✔ Kiali installed (no changes)"),
        "{}",
        text(&again.stderr)
    );

    let list = sailctl(&env, &["addons", "list", "-n", &env.ns]);
    let table = text(&list.stdout);
    assert!(
        table.contains("kiali        ready")
            || table
                .lines()
                .any(|l| l.starts_with("kiali") && l.contains("ready")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("zipkin") && l.contains("ready")),
        "{table}"
    );

    let out = sailctl(&env, &["addons", "uninstall", "-n", &env.ns]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("✔ Kiali removed"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test]
async fn uninstall_with_nothing_installed_says_so() {
    let env = cluster("uninstall-empty").await;
    let out = sailctl(&env, &["uninstall", "-r", "e2e-absent-revision", "-y"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "No Istio resources found in the cluster.\n"
    );
}
