//! Smoke tests: does kubeplane behave like a real cluster in the ways sailctl relies on?

use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use k8s_openapi::api::admissionregistration::v1::MutatingWebhookConfiguration;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Pod, Service};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DeleteParams, DynamicObject, GroupVersionKind, PostParams};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{assert_in_netns, cluster, unique_name, wait_until};

fn from_json<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).expect("test object does not deserialize")
}

/// A pod for kwok's fake node. The image is never pulled.
fn pod(name: &str) -> Pod {
    from_json(json!({
        "metadata": { "name": name, "labels": { "app": name } },
        "spec": { "containers": [{ "name": "main", "image": "registry.invalid/e2e/pause:1",
                                    "ports": [{ "containerPort": 8080 }] }] }
    }))
}

fn api_status(err: &kube::Error) -> Option<u16> {
    match err {
        kube::Error::Api(s) => Some(s.code),
        _ => None,
    }
}

async fn wait_pod_running(pods: &Api<Pod>, name: &str) {
    wait_until(
        Duration::from_secs(60),
        &format!("pod {name} Running and Ready"),
        || async {
            let Ok(p) = pods.get(name).await else {
                return false;
            };
            let status = p.status.unwrap_or_default();
            let ready = status
                .conditions
                .unwrap_or_default()
                .iter()
                .any(|c| c.type_ == "Ready" && c.status == "True");
            status.phase.as_deref() == Some("Running") && ready
        },
    )
    .await;
}

#[tokio::test]
async fn server_reports_its_real_version_and_node_is_ready() {
    let env = cluster("version").await;
    let v = env.client.apiserver_version().await.expect("GET /version");
    assert!(
        v.git_version.starts_with("v1.3"),
        "apiserver reports {:?}, expected a real v1.3x release",
        v.git_version
    );
    assert_ne!(v.git_version, "v0.0.0");
    let nodes: Api<k8s_openapi::api::core::v1::Node> = Api::all(env.client.clone());
    let list = nodes.list(&Default::default()).await.expect("list nodes");
    let node = list.items.first().expect("kubeplane has a node");
    let info = node
        .status
        .as_ref()
        .and_then(|s| s.node_info.as_ref())
        .expect("nodeInfo");
    assert_eq!(
        info.kubelet_version, v.git_version,
        "kwok node reports the apiserver's version"
    );
}

#[tokio::test]
async fn deployment_with_two_replicas_becomes_available() {
    let env = cluster("deployment").await;
    let deployments: Api<Deployment> = Api::namespaced(env.client.clone(), &env.ns);
    let d: Deployment = from_json(json!({
        "metadata": { "name": "web" },
        "spec": {
            "replicas": 2,
            "selector": { "matchLabels": { "app": "web" } },
            "template": {
                "metadata": { "labels": { "app": "web" } },
                "spec": { "containers": [{ "name": "web", "image": "registry.invalid/e2e/web:1" }] }
            }
        }
    }));
    deployments
        .create(&PostParams::default(), &d)
        .await
        .expect("create deployment");
    wait_until(
        Duration::from_secs(90),
        "deployment web Available with 2 replicas",
        || async {
            let Ok(d) = deployments.get("web").await else {
                return false;
            };
            let st = d.status.unwrap_or_default();
            let available = st
                .conditions
                .unwrap_or_default()
                .iter()
                .any(|c| c.type_ == "Available" && c.status == "True");
            available && st.available_replicas == Some(2) && st.ready_replicas == Some(2)
        },
    )
    .await;
}

/// A TCP echo server on the namespace's loopback, bounded in time.
async fn echo_server() -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind echo server");
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let _ = tokio::time::timeout(Duration::from_secs(120), async {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(async move {
                    let mut buf = [0u8; 4096];
                    loop {
                        match sock.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => {
                                if sock.write_all(&buf[..n]).await.is_err() {
                                    return;
                                }
                            }
                        }
                    }
                });
            }
        })
        .await;
    });
    (addr, task)
}

#[tokio::test]
async fn portforward_reaches_a_local_echo_server_through_kwok() {
    let env = cluster("portforward").await;
    let (addr, echo) = echo_server().await;

    let pods: Api<Pod> = Api::namespaced(env.client.clone(), &env.ns);
    pods.create(&PostParams::default(), &pod("echo"))
        .await
        .expect("create pod");

    // kwok answers port-forwards for pod `echo` by dialing the echo server.
    let gvk = GroupVersionKind::gvk("kwok.x-k8s.io", "v1alpha1", "PortForward");
    let ar = ApiResource::from_gvk_with_plural(&gvk, "portforwards");
    let rules: Api<DynamicObject> = Api::namespaced_with(env.client.clone(), &env.ns, &ar);
    let rule: DynamicObject = from_json(json!({
        "apiVersion": "kwok.x-k8s.io/v1alpha1",
        "kind": "PortForward",
        "metadata": { "name": "echo" },
        "spec": { "forwards": [{ "ports": [8080], "target": { "address": "127.0.0.1", "port": addr.port() } }] }
    }));
    rules
        .create(&PostParams::default(), &rule)
        .await
        .expect("create kwok PortForward");
    wait_pod_running(&pods, "echo").await;

    // kwok picks the rule up from a watch; retry briefly until it is seen.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match try_echo(&pods, b"hello through kwok\n").await {
            Ok(reply) => {
                assert_eq!(reply, b"hello through kwok\n");
                break;
            }
            Err(e) if Instant::now() > deadline => {
                panic!("port-forward to pod echo never echoed: {e}")
            }
            Err(_) => {}
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    echo.abort();
}

async fn try_echo(pods: &Api<Pod>, msg: &[u8]) -> Result<Vec<u8>, String> {
    let mut pf = pods
        .portforward("echo", &[8080])
        .await
        .map_err(|e| format!("portforward: {e}"))?;
    let mut stream = pf.take_stream(8080).ok_or("no stream for port 8080")?;
    let errors = pf.take_error(8080);
    stream
        .write_all(msg)
        .await
        .map_err(|e| format!("write: {e}"))?;
    let mut reply = vec![0u8; msg.len()];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_exact(&mut reply)).await;
    drop(stream);
    let result = match read {
        Ok(Ok(_)) => Ok(reply),
        Ok(Err(e)) => {
            let remote = match errors {
                Some(f) => tokio::time::timeout(Duration::from_secs(2), f)
                    .await
                    .ok()
                    .flatten(),
                None => None,
            };
            Err(format!("read: {e}; remote error: {remote:?}"))
        }
        Err(_) => Err("timed out reading the echo".to_string()),
    };
    let _ = tokio::time::timeout(Duration::from_secs(5), pf.join()).await;
    result
}

#[tokio::test]
async fn custom_resources_are_validated_by_their_crd_schema() {
    let env = cluster("crd").await;
    let group = format!("{}.e2e.sailctl.dev", env.ns);
    let crds: Api<CustomResourceDefinition> = Api::all(env.client.clone());
    let crd: CustomResourceDefinition = from_json(json!({
        "metadata": { "name": format!("widgets.{group}") },
        "spec": {
            "group": group,
            "scope": "Namespaced",
            "names": { "plural": "widgets", "singular": "widget", "kind": "Widget", "listKind": "WidgetList" },
            "versions": [{
                "name": "v1", "served": true, "storage": true,
                "schema": { "openAPIV3Schema": {
                    "type": "object",
                    "properties": { "spec": {
                        "type": "object",
                        "required": ["size"],
                        "properties": {
                            "size": { "type": "integer", "minimum": 1, "maximum": 10 },
                            "colour": { "type": "string", "enum": ["red", "green"] }
                        }
                    }}
                }}
            }]
        }
    }));
    crds.create(&PostParams::default(), &crd)
        .await
        .expect("create CRD");
    let crd_name = format!("widgets.{group}");
    wait_until(Duration::from_secs(30), "CRD Established", || async {
        let Ok(c) = crds.get(&crd_name).await else {
            return false;
        };
        c.status
            .and_then(|s| s.conditions)
            .unwrap_or_default()
            .iter()
            .any(|c| c.type_ == "Established" && c.status == "True")
    })
    .await;

    let gvk = GroupVersionKind::gvk(&group, "v1", "Widget");
    let ar = ApiResource::from_gvk_with_plural(&gvk, "widgets");
    let widgets: Api<DynamicObject> = Api::namespaced_with(env.client.clone(), &env.ns, &ar);
    let widget = |name: &str, spec: serde_json::Value| -> DynamicObject {
        from_json(json!({
            "apiVersion": format!("{group}/v1"), "kind": "Widget",
            "metadata": { "name": name }, "spec": spec
        }))
    };
    // The discovery of a fresh CRD can lag its Established condition by a moment.
    let good = widget("good", json!({ "size": 3, "colour": "red" }));
    wait_until(
        Duration::from_secs(30),
        "a valid Widget to be accepted",
        || async {
            match widgets.create(&PostParams::default(), &good).await {
                Ok(_) => true,
                Err(e) if api_status(&e) == Some(404) => false,
                Err(e) => panic!("valid Widget rejected: {e}"),
            }
        },
    )
    .await;

    for (name, spec) in [
        ("too-big", json!({ "size": 11 })),
        ("wrong-type", json!({ "size": "big" })),
        ("bad-enum", json!({ "size": 2, "colour": "blue" })),
        ("missing-size", json!({ "colour": "green" })),
    ] {
        let err = widgets
            .create(&PostParams::default(), &widget(name, spec))
            .await
            .expect_err(&format!("Widget {name} must be rejected by the schema"));
        assert_eq!(
            api_status(&err),
            Some(422),
            "Widget {name}: expected 422 Invalid, got {err}"
        );
    }
    crds.delete(&crd_name, &DeleteParams::default())
        .await
        .expect("delete CRD");
}

#[tokio::test]
async fn unreachable_webhook_with_failure_policy_ignore_does_not_block_pods() {
    let env = cluster("webhook").await;
    let services: Api<Service> = Api::namespaced(env.client.clone(), &env.ns);
    let svc: Service = from_json(json!({
        "metadata": { "name": "injector" },
        "spec": { "type": "ClusterIP", "selector": { "app": "nobody" },
                  "ports": [{ "port": 443, "targetPort": 9443 }] }
    }));
    let svc = services
        .create(&PostParams::default(), &svc)
        .await
        .expect("create service");
    let cluster_ip = svc.spec.and_then(|s| s.cluster_ip).unwrap_or_default();
    assert!(
        cluster_ip.starts_with("10.96."),
        "ClusterIP {cluster_ip} is not in the service CIDR 10.96.0.0/16"
    );

    let hooks: Api<MutatingWebhookConfiguration> = Api::all(env.client.clone());
    let name = unique_name("e2e-ignore");
    let hook: MutatingWebhookConfiguration = from_json(json!({
        "metadata": { "name": name },
        "webhooks": [{
            "name": "inject.e2e.sailctl.dev",
            "admissionReviewVersions": ["v1"],
            "sideEffects": "None",
            "failurePolicy": "Ignore",
            "timeoutSeconds": 5,
            "clientConfig": { "service": { "namespace": env.ns, "name": "injector", "path": "/inject", "port": 443 } },
            "namespaceSelector": { "matchLabels": { "kubernetes.io/metadata.name": env.ns } },
            "rules": [{ "operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"] }]
        }]
    }));
    hooks
        .create(&PostParams::default(), &hook)
        .await
        .expect("create webhook configuration");

    let pods: Api<Pod> = Api::namespaced(env.client.clone(), &env.ns);
    let started = Instant::now();
    let result = pods.create(&PostParams::default(), &pod("hooked")).await;
    let took = started.elapsed();
    let _ = hooks.delete(&name, &DeleteParams::default()).await;
    result.expect(
        "pod creation must succeed when the webhook is unreachable and failurePolicy is Ignore",
    );
    assert!(
        took < Duration::from_secs(10),
        "pod creation took {took:?}; the webhook call should fail fast"
    );
    wait_pod_running(&pods, "hooked").await;
}

#[tokio::test]
async fn namespace_deletion_completes() {
    let env = cluster("nsdelete").await;
    let client = env.client.clone();
    let ns = unique_name("e2e-doomed");
    let namespaces: Api<Namespace> = Api::all(client.clone());
    namespaces
        .create(
            &PostParams::default(),
            &from_json(json!({ "metadata": { "name": ns } })),
        )
        .await
        .expect("create namespace");
    // Put a pod and a config map in it so the namespace controller has work to do.
    let sas: Api<k8s_openapi::api::core::v1::ServiceAccount> = Api::namespaced(client.clone(), &ns);
    wait_until(
        Duration::from_secs(30),
        "default service account",
        || async { sas.get_opt("default").await.ok().flatten().is_some() },
    )
    .await;
    let pods: Api<Pod> = Api::namespaced(client.clone(), &ns);
    pods.create(&PostParams::default(), &pod("victim"))
        .await
        .expect("create pod");
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), &ns);
    cms.create(
        &PostParams::default(),
        &from_json(json!({ "metadata": { "name": "data" }, "data": { "k": "v" } })),
    )
    .await
    .expect("create config map");
    wait_pod_running(&pods, "victim").await;

    namespaces
        .delete(&ns, &DeleteParams::default())
        .await
        .expect("delete namespace");
    wait_until(
        Duration::from_secs(90),
        &format!("namespace {ns} to be gone"),
        || async { matches!(namespaces.get_opt(&ns).await, Ok(None)) },
    )
    .await;
}

#[test]
fn traffic_to_non_loopback_addresses_fails_immediately() {
    assert_in_netns();
    // TEST-NET-1: never routed; inside the namespace there is no route at all.
    for target in ["192.0.2.1:80", "198.51.100.7:443", "[2001:db8::1]:80"] {
        let addr: SocketAddr = target.parse().unwrap();
        let started = Instant::now();
        let res = TcpStream::connect_timeout(&addr, Duration::from_secs(3));
        let took = started.elapsed();
        assert!(
            res.is_err(),
            "connect to {target} succeeded from inside the namespace"
        );
        assert!(
            took < Duration::from_secs(1),
            "connect to {target} took {took:?}; it must fail at once"
        );
    }
}
