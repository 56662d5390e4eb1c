//! The bundled `kube-gateway`, `waypoint` and `agentgateway` templates, rendered with our
//! Go-template engine the way istiod's gateway deployment controller renders them.
//!
//! istiod runs these templates (from the `istio-sidecar-injector` ConfigMap that
//! `sailctl manifest generate`/`install` writes) for every Gateway of its classes. The test
//! builds istiod's template input for representative Gateways, renders the templates taken
//! from the rendered ConfigMap with the ConfigMap's own values and mesh config, applies
//! istiod's post-processing (GatewayClass/parametersRef overlays; HPA and PDB dropped unless
//! an overlay gives them a spec; the `gateway.istio.io/managed` label set on every object it
//! applies), and checks:
//! - each expected fact, with its reference (tests/inject/gateway/FACTS.md lists them),
//! - the whole output against our goldens in tests/inject/gateway/ (bless with
//!   `SAILCTL_BLESS=1 cargo test --test it inject_gateway`), and
//! - (the `reference` module) the objects against those the reference istioctl's own
//!   templates give for the same input, read from its `manifest generate` output at run time.

mod reference;

use crate::support::process::{stderr as err, stdout as out};
use crate::support::sailctl::sailctl;
use gotmpl::{FuncMap, Object, Value};
use sailctl::inject::{config, model};
use serde_json::{Map, Value as Json, json};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::rc::Rc;

fn golden_dir() -> PathBuf {
    crate::support::paths::repo().join("tests/inject/gateway")
}

/// The injector ConfigMap's templates and values and the mesh config, as `manifest generate`
/// renders them with `sets`.
struct Rendered {
    templates: Json,
    values: Json,
    mesh: Json,
    sets: Vec<String>,
}

/// The injector ConfigMap's `config` and `values` and the `istio` ConfigMap's mesh config
/// from a `manifest generate` output; a revision's ConfigMaps carry it as a suffix.
fn injector_data(manifest: &str, sets: &[&str]) -> (Json, Json, Json) {
    let docs = sailctl::yaml::parse_stream("manifest", manifest).expect("YAML");
    let rev = sets
        .iter()
        .find_map(|s| s.strip_prefix("revision="))
        .map(|r| format!("-{r}"))
        .unwrap_or_default();
    let cm = |name: &str| -> Json {
        let name = format!("{name}{rev}");
        docs.iter()
            .map(|d| &d.value)
            .find(|v| v["kind"] == "ConfigMap" && v["metadata"]["name"] == name.as_str())
            .unwrap_or_else(|| panic!("no ConfigMap {name} rendered"))["data"]
            .clone()
    };
    let inj = cm("istio-sidecar-injector");
    let config = sailctl::yaml::parse_single("config", inj["config"].as_str().unwrap()).unwrap();
    let values = sailctl::yaml::parse_single("values", inj["values"].as_str().unwrap()).unwrap();
    let mesh = sailctl::yaml::parse_single("mesh", cm("istio")["mesh"].as_str().unwrap()).unwrap();
    (config, values, mesh)
}

fn rendered(sets: &[&str]) -> Rendered {
    // --force: some cases set chart values the values API lacks (global.proxy.imagePullPolicy),
    // which istioctl, too, takes only with --force.
    let mut args = vec!["manifest", "generate", "--force"];
    for s in sets {
        args.extend(["--set", s]);
    }
    let o = sailctl(&args).output();
    assert!(o.status.success(), "manifest generate: {}", err(&o));
    let (config, values, m) = injector_data(&out(&o), sets);
    let mut mesh = sailctl::mesh_defaults::mesh_config();
    sailctl::tree::merge::deep_merge(&mut mesh, &m);
    Rendered {
        templates: config["templates"].clone(),
        values,
        mesh,
        sets: sets.iter().map(|s| s.to_string()).collect(),
    }
}

/// What istiod knows about a Gateway class (gatewaycommon/classinfo.go): its template, whether
/// names get a `-<class>` suffix, the default Service type, the `ControllerLabel` the template
/// sees, and the controller whose name (`/` made `-`) istiod writes as every applied object's
/// `gateway.istio.io/managed` label.
struct Class {
    template: &'static str,
    suffix: bool,
    service_type: &'static str,
    controller_label: &'static str,
    controller: &'static str,
}

const KUBE_GATEWAY: Class = Class {
    template: "kube-gateway",
    suffix: true,
    service_type: "LoadBalancer",
    controller_label: "istio.io-gateway-controller",
    controller: "istio.io/gateway-controller",
};

const WAYPOINT: Class = Class {
    template: "waypoint",
    suffix: false,
    service_type: "ClusterIP",
    controller_label: "istio.io-mesh-controller",
    controller: "istio.io/mesh-controller",
};

/// `istio-east-west`, the ambient multi-network gateway: a waypoint behind a load balancer.
const EAST_WEST: Class = Class {
    template: "waypoint",
    suffix: false,
    service_type: "LoadBalancer",
    controller_label: "istio.io-eastwest-controller",
    controller: "istio.io/eastwest-controller",
};

/// `istio-agentgateway`: its ClassInfo reuses the gateway controller's label.
const AGENTGATEWAY: Class = Class {
    template: "agentgateway",
    suffix: false,
    service_type: "LoadBalancer",
    controller_label: "istio.io-gateway-controller",
    controller: "istio.io/agentgateway-controller",
};

/// One Gateway and what istiod derives from it (deploymentcontroller.go: configureIstioGateway,
/// setLabelOverrides, extractServicePorts, render).
struct Case {
    name: &'static str,
    gateway: Json,
    class: &'static Class,
    /// GatewayClass / parametersRef ConfigMap data (`deployment`, `service`, ...).
    overlays: Vec<(&'static str, Json)>,
    sets: &'static [&'static str],
}

/// A Gateway's infrastructure labels or annotations: `spec.infrastructure`'s (without keys
/// under `gateway.networking.k8s.io/`) when it gives them, else a copy of the Gateway's own.
fn infrastructure(gw: &Json, field: &str) -> Map<String, Json> {
    if let Some(m) = gw["spec"]["infrastructure"][field].as_object() {
        return m
            .iter()
            .filter(|(k, _)| !k.starts_with("gateway.networking.k8s.io/"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
    }
    gw["metadata"][field]
        .as_object()
        .cloned()
        .unwrap_or_default()
}

/// istiod's image for a gateway container (inject.ProxyImage / AgentgatewayImage):
/// `<hub>/<name>:<tag>`, the tag's image-type suffix from `global.variant`, replaced by the
/// proxy config's `image.imageType` when it has an image, and by the annotation `type_key`.
fn istiod_image(
    values: &Json,
    pc: &Json,
    name: &str,
    annotations: &Map<String, Json>,
    type_key: &str,
) -> String {
    let g = &values["global"];
    let hub = g["hub"].as_str().unwrap_or("");
    let mut tag = match &g["tag"] {
        Json::String(s) => s.clone(),
        Json::Number(n) => n.to_string(),
        _ => String::new(),
    };
    let mut kind = g["variant"].as_str().unwrap_or("").to_string();
    if let Some(image) = pc.get("image") {
        kind = image["imageType"].as_str().unwrap_or("").to_string();
    }
    if let Some(a) = annotations.get(type_key).and_then(Json::as_str) {
        kind = a.to_string();
    }
    if !kind.is_empty() {
        for known in ["distroless", "debug"] {
            if let Some(t) = tag.strip_suffix(&format!("-{known}")) {
                tag = t.to_string();
                break;
            }
        }
        if kind != "default" {
            tag = format!("{tag}-{kind}");
        }
    }
    format!("{hub}/{name}:{tag}")
}

/// A protobuf enum (`ProxyConfig.InterceptionMode`): templates print it or call `.String`.
#[derive(Debug)]
struct Enum(String);

impl Object for Enum {
    fn type_name(&self) -> &str {
        "v1alpha1.ProxyConfig_InboundInterceptionMode"
    }
    fn field(&self, name: &str) -> Option<Value> {
        (name == "String").then(|| Value::string(self.0.clone()))
    }
    fn display(&self) -> String {
        self.0.clone()
    }
}

fn input(case: &Case, r: &Rendered) -> Value {
    let gw = &case.gateway;
    let name = gw["metadata"]["name"].as_str().unwrap();
    let ns = gw["metadata"]["namespace"].as_str().unwrap();
    let class = gw["spec"]["gatewayClassName"].as_str().unwrap();
    let labels = gw["metadata"]["labels"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let annotations = gw["metadata"]["annotations"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let default_name = if case.class.suffix {
        format!("{name}-{class}")
    } else {
        name.to_string()
    };
    let ann = |k: &str| annotations.get(k).and_then(Json::as_str).map(String::from);
    let deployment = ann("gateway.istio.io/name-override").unwrap_or(default_name.clone());
    let service_account = ann("gateway.istio.io/service-account").unwrap_or(default_name);
    let service_type =
        ann("networking.istio.io/service-type").unwrap_or(case.class.service_type.into());
    // Infrastructure labels, plus the dataplane-mode and network defaults.
    let mut infra_labels = infrastructure(gw, "labels");
    let infra_annotations = infrastructure(gw, "annotations");
    let waypointish = class.contains("waypoint") || class.contains("east-west");
    let mode = "istio.io/dataplane-mode";
    if !waypointish && !labels.contains_key(mode) && !infra_labels.contains_key(mode) {
        infra_labels.insert(mode.into(), json!("none"));
    }
    if let Some(net) = r.values.pointer("/global/network").and_then(Json::as_str)
        && !net.is_empty()
        && waypointish
        && !labels.contains_key("topology.istio.io/network")
    {
        infra_labels.insert("topology.istio.io/network".into(), json!(net));
    }
    // Service ports: the status port, then one per distinct listener port.
    let mut ports = vec![json!({"name": "status-port", "port": 15021, "appProtocol": "tcp"})];
    let mut seen = Vec::new();
    for l in gw["spec"]["listeners"].as_array().into_iter().flatten() {
        let port = l["port"].as_i64().unwrap();
        if seen.contains(&port) {
            continue;
        }
        seen.push(port);
        ports.push(json!({
            "name": l["name"].as_str().unwrap().replace('.', "-"),
            "port": port,
            "appProtocol": l["protocol"].as_str().unwrap().to_lowercase(),
        }));
    }
    // The proxy config, as kube-inject computes it for the same mesh and values.
    let mut cfg = config::from_operator(&sailctl::operator::Inputs {
        set: r.sets.clone(),
        force: Some(true),
        ..Default::default()
    })
    .unwrap();
    cfg.mesh = r.mesh.clone();
    cfg.values = r.values.clone();
    let (pc, pc_json) = config::proxy_config(&cfg, &Map::new()).unwrap();
    let proxy_image = {
        let name = r.values["global"]["proxy"]["image"]
            .as_str()
            .filter(|s| !s.is_empty())
            .unwrap_or("proxyv2");
        istiod_image(
            &r.values,
            &pc,
            name,
            &annotations,
            "sidecar.istio.io/proxyImageType",
        )
    };
    let agentgateway_image = istiod_image(
        &r.values,
        &pc,
        "agentgateway",
        &annotations,
        "gateway.istio.io/agentgatewayImage",
    );
    // istiod's cluster ID is the chart's CLUSTER_ID: the cluster name, else `Kubernetes`.
    let cluster_id = r
        .values
        .pointer("/global/multiCluster/clusterName")
        .and_then(Json::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("Kubernetes");
    let interception = pc["interceptionMode"]
        .as_str()
        .unwrap_or("REDIRECT")
        .to_string();

    let s = |v: &str| Value::str(v);
    let smap = |m: &Map<String, Json>| Value::from_json(&Json::Object(m.clone()));
    let extra: Vec<(String, Value)> = vec![
        ("Name".into(), s(name)),
        ("Namespace".into(), s(ns)),
        (
            "UID".into(),
            s(gw["metadata"]["uid"].as_str().unwrap_or("")),
        ),
        ("Labels".into(), smap(&labels)),
        ("Annotations".into(), smap(&annotations)),
        ("GatewayClass".into(), s(class)),
        ("DeploymentName".into(), Value::string(deployment)),
        ("ServiceAccount".into(), Value::string(service_account)),
        (
            "Ports".into(),
            // ServicePort.Port is an int32 in istiod: templates compare it with integers.
            Value::list(
                ports
                    .into_iter()
                    .map(|p| {
                        let port = p["port"].as_i64().unwrap();
                        Value::Obj(Rc::new(model::GoView {
                            json: p,
                            json_override: None,
                            extra: vec![("Port".into(), Value::Int(port))],
                        }))
                    })
                    .collect(),
            ),
        ),
        ("ServiceType".into(), Value::string(service_type)),
        ("ClusterID".into(), s(cluster_id)),
        // Kubernetes 1.33 (istiod's GetVersionAsInt: major and minor run together).
        ("KubeVersion".into(), Value::Int(133)),
        (
            "Revision".into(),
            s(r.values["revision"].as_str().unwrap_or("")),
        ),
        ("NativeSidecars".into(), Value::Bool(true)),
        ("ProxyUID".into(), Value::Int(1337)),
        ("ProxyGID".into(), Value::Int(1337)),
        ("CompliancePolicy".into(), s("")),
        ("InfrastructureLabels".into(), smap(&infra_labels)),
        ("InfrastructureAnnotations".into(), smap(&infra_annotations)),
        (
            "GatewayNameLabel".into(),
            s("gateway.networking.k8s.io/gateway-name"),
        ),
        (
            "IsEastWestGateway".into(),
            Value::Bool(case.class.controller == EAST_WEST.controller),
        ),
        ("ControllerLabel".into(), s(case.class.controller_label)),
        ("ProxyImage".into(), Value::string(proxy_image)),
        (
            "AgentgatewayImage".into(),
            Value::string(agentgateway_image),
        ),
        (
            "ProxyConfig".into(),
            Value::Obj(Rc::new(model::GoView {
                json: pc,
                json_override: Some(pc_json),
                extra: vec![(
                    "InterceptionMode".into(),
                    Value::Obj(Rc::new(Enum(interception))),
                )],
            })),
        ),
        ("MeshConfig".into(), model::GoView::value(r.mesh.clone())),
        ("Values".into(), Value::from_json(&r.values)),
    ];
    Value::Obj(Rc::new(model::GoView {
        json: gw.clone(),
        json_override: None,
        extra,
    }))
}

/// Renders a case with our template from the ConfigMap.
fn render(case: &Case) -> Vec<Json> {
    let r = rendered(case.sets);
    let src = r.templates[case.class.template]
        .as_str()
        .unwrap_or_else(|| {
            panic!(
                "the injector ConfigMap has no {:?} template",
                case.class.template
            )
        })
        .to_string();
    render_with(case, &r, &src).unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

/// Renders `src` for a case and post-processes the objects as istiod does before applying
/// them (deploymentcontroller.go: render, applyOverlay, apply).
fn render_with(case: &Case, r: &Rendered, src: &str) -> Result<Vec<Json>, String> {
    let tname = case.class.template;
    let mut t = gotmpl::Template::new(FuncMap::istio());
    t.parse(tname, src)
        .map_err(|e| format!("{tname}: parse: {e}"))?;
    let text = t
        .execute(tname, &input(case, r))
        .map_err(|e| format!("{tname}: execute: {e}"))?;
    let docs = sailctl::yaml::parse_stream(tname, &text)
        .map_err(|e| format!("{tname} rendered invalid YAML: {e}\n{text}"))?;
    let managed = case.class.controller.replace('/', "-");
    let mut objs = Vec::new();
    for d in docs {
        let mut v = d.value;
        if !v.is_object() {
            continue;
        }
        let key = match v["kind"].as_str().unwrap_or("") {
            "Deployment" => "deployment",
            "Service" => "service",
            "ServiceAccount" => "serviceAccount",
            "HorizontalPodAutoscaler" => "horizontalPodAutoscaler",
            "PodDisruptionBudget" => "podDisruptionBudget",
            k => return Err(format!("{tname}: unexpected kind {k}")),
        };
        let mut applied = false;
        for (k, overlay) in &case.overlays {
            if *k == key {
                v = sailctl::tree::strategic::merged(
                    &v,
                    overlay,
                    sailctl::tree::strategic::OVERLAY,
                );
                applied = true;
            }
        }
        if !applied && (key == "horizontalPodAutoscaler" || key == "podDisruptionBudget") {
            continue;
        }
        // istiod labels every object it applies as managed by the class's controller.
        if let Some(meta) = v["metadata"].as_object_mut() {
            let labels = meta.entry("labels").or_insert_with(|| json!({}));
            if let Some(l) = labels.as_object_mut() {
                l.insert("gateway.istio.io/managed".into(), json!(managed));
            } else {
                *labels = json!({"gateway.istio.io/managed": managed});
            }
        }
        objs.push(v);
    }
    Ok(objs)
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "kube-gateway",
            gateway: json!({
                "apiVersion": "gateway.networking.k8s.io/v1",
                "kind": "Gateway",
                "metadata": {"name": "default", "namespace": "default", "uid": "uid-1",
                    "labels": {"should": "see"}, "annotations": {"should": "see"}},
                "spec": {"gatewayClassName": "istio", "listeners": [
                    {"name": "http", "port": 80, "protocol": "HTTP"},
                    {"name": "tls.example", "port": 443, "protocol": "HTTPS"},
                    {"name": "http-again", "port": 80, "protocol": "HTTP"}]}
            }),
            class: &KUBE_GATEWAY,
            overlays: vec![],
            sets: &["profile=default"],
        },
        Case {
            name: "kube-gateway-customized",
            gateway: json!({
                "apiVersion": "gateway.networking.k8s.io/v1",
                "kind": "Gateway",
                "metadata": {"name": "ingress", "namespace": "apps", "uid": "uid-2",
                    "labels": {"foo": "bar"},
                    "annotations": {"networking.istio.io/service-type": "ClusterIP"}},
                "spec": {"gatewayClassName": "istio", "listeners": [
                    {"name": "https", "port": 443, "protocol": "HTTPS"}]}
            }),
            class: &KUBE_GATEWAY,
            overlays: vec![
                ("deployment", json!({"spec": {"replicas": 4}})),
                (
                    "horizontalPodAutoscaler",
                    json!({"spec": {"minReplicas": 2, "maxReplicas": 5}}),
                ),
                ("podDisruptionBudget", json!({"spec": {"minAvailable": 1}})),
            ],
            sets: &["profile=default", "revision=canary"],
        },
        Case {
            name: "waypoint",
            gateway: json!({
                "apiVersion": "gateway.networking.k8s.io/v1",
                "kind": "Gateway",
                "metadata": {"name": "waypoint", "namespace": "default", "uid": "uid-3",
                    "labels": {"istio.io/waypoint-for": "service"}},
                "spec": {"gatewayClassName": "istio-waypoint", "listeners": [
                    {"name": "mesh", "port": 15008, "protocol": "HBONE"}]}
            }),
            class: &WAYPOINT,
            overlays: vec![],
            sets: &["profile=ambient", "values.global.network=network-1"],
        },
        Case {
            name: "agentgateway",
            gateway: json!({
                "apiVersion": "gateway.networking.k8s.io/v1",
                "kind": "Gateway",
                "metadata": {"name": "agw", "namespace": "apps", "uid": "uid-4",
                    "labels": {"team": "ai"},
                    "annotations": {"should": "see",
                        "kubectl.kubernetes.io/last-applied-configuration": "{}"}},
                "spec": {"gatewayClassName": "istio-agentgateway", "listeners": [
                    {"name": "http", "port": 80, "protocol": "HTTP"},
                    {"name": "mcp.example", "port": 8080, "protocol": "HTTP"}]}
            }),
            class: &AGENTGATEWAY,
            overlays: vec![],
            sets: &["profile=default"],
        },
        Case {
            name: "agentgateway-customized",
            gateway: json!({
                "apiVersion": "gateway.networking.k8s.io/v1",
                "kind": "Gateway",
                "metadata": {"name": "llm", "namespace": "ai", "uid": "uid-5",
                    "labels": {"ignored": "when-infrastructure-labels-are-given"},
                    "annotations": {"gateway.istio.io/name-override": "llm-gw",
                        "gateway.istio.io/agentgatewayImage": "registry.example/agw:dev"}},
                "spec": {"gatewayClassName": "istio-agentgateway",
                    "addresses": [{"type": "IPAddress", "value": "192.0.2.10"}],
                    "infrastructure": {
                        "labels": {"topology.istio.io/network": "net-b",
                            "gateway.networking.k8s.io/reserved": "dropped"},
                        "annotations": {"cloud.example/lb": "internal"}},
                    "listeners": [{"name": "https", "port": 443, "protocol": "HTTPS"}]}
            }),
            class: &AGENTGATEWAY,
            overlays: vec![(
                "horizontalPodAutoscaler",
                json!({"spec": {"minReplicas": 2, "maxReplicas": 6}}),
            )],
            sets: &["profile=default", "revision=canary"],
        },
    ]
}

fn find<'a>(objs: &'a [Json], kind: &str) -> &'a Json {
    objs.iter()
        .find(|o| o["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} rendered"))
}

fn proxy(objs: &[Json]) -> &Json {
    find(objs, "Deployment")["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "istio-proxy")
        .expect("an istio-proxy container")
}

fn env_names(c: &Json) -> Vec<&str> {
    c["env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect()
}

fn env(c: &Json, name: &str) -> Json {
    c["env"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .cloned()
        .unwrap_or(Json::Null)
}

/// Facts every template shares (FACTS.md, "Every template").
fn check_common(case: &Case, objs: &[Json], deployment: &str, class: &str) {
    let gw_name = case.gateway["metadata"]["name"].as_str().unwrap();
    let managed = case.class.controller.replace('/', "-");
    for o in objs {
        let what = format!("{} {}", case.name, o["kind"]);
        assert_eq!(o["metadata"]["name"], deployment, "{what}: name");
        assert_eq!(
            o["metadata"]["namespace"], case.gateway["metadata"]["namespace"],
            "{what}"
        );
        assert_eq!(
            o["metadata"]["ownerReferences"],
            json!([{"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
                "name": gw_name, "uid": case.gateway["metadata"]["uid"]}]),
            "{what}: owner"
        );
        let l = &o["metadata"]["labels"];
        assert_eq!(
            l["gateway.networking.k8s.io/gateway-name"], gw_name,
            "{what}"
        );
        assert_eq!(
            l["gateway.networking.k8s.io/gateway-class-name"], class,
            "{what}"
        );
        assert_eq!(l["gateway.istio.io/managed"], managed.as_str(), "{what}");
        for (k, v) in case.gateway["metadata"]["labels"]
            .as_object()
            .into_iter()
            .flatten()
        {
            assert_eq!(&l[k], v, "{what}: the Gateway's label {k} is copied");
        }
    }
    let d = find(objs, "Deployment");
    assert_eq!(
        d["spec"]["selector"]["matchLabels"],
        json!({"gateway.networking.k8s.io/gateway-name": gw_name})
    );
    let pod = &d["spec"]["template"];
    let pa = &pod["metadata"]["annotations"];
    assert_eq!(pa["prometheus.io/path"], "/stats/prometheus");
    assert_eq!(pa["prometheus.io/port"], "15020");
    assert_eq!(pa["prometheus.io/scrape"], "true");
    let pl = &pod["metadata"]["labels"];
    assert_eq!(pl["sidecar.istio.io/inject"], "false");
    assert_eq!(pl["service.istio.io/canonical-name"], deployment);
    assert_eq!(pl["service.istio.io/canonical-revision"], "latest");
    assert_eq!(pl["gateway.istio.io/managed"], managed.as_str());
    assert_eq!(pod["spec"]["serviceAccountName"], deployment);
    let containers = pod["spec"]["containers"].as_array().unwrap();
    assert_eq!(containers.len(), 1, "one container");
    let c = &containers[0];
    let probe = |p: &str| -> Json { c[p].clone() };
    assert_eq!(
        probe("readinessProbe"),
        json!({"failureThreshold": 4, "httpGet": {"path": "/healthz/ready", "port": 15021, "scheme": "HTTP"},
            "initialDelaySeconds": 0, "periodSeconds": 15, "successThreshold": 1, "timeoutSeconds": 1})
    );
    assert_eq!(
        probe("startupProbe"),
        json!({"failureThreshold": 30, "httpGet": {"path": "/healthz/ready", "port": 15021, "scheme": "HTTP"},
            "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "timeoutSeconds": 1})
    );
    assert_eq!(
        c["securityContext"],
        json!({"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]},
            "privileged": false, "readOnlyRootFilesystem": true, "runAsGroup": 1337,
            "runAsNonRoot": true, "runAsUser": 1337})
    );
    let svc = find(objs, "Service");
    assert_eq!(svc["spec"]["ipFamilyPolicy"], "PreferDualStack");
    assert_eq!(
        svc["spec"]["selector"],
        json!({"gateway.networking.k8s.io/gateway-name": gw_name})
    );
    assert_eq!(
        svc["spec"]["ports"][0],
        json!({"appProtocol": "tcp", "name": "status-port", "port": 15021, "protocol": "TCP"})
    );
}

/// Facts of the Envoy-based istio-proxy container (FACTS.md, "kube-gateway and waypoint").
fn check_istio_proxy(case: &Case, objs: &[Json], deployment: &str) {
    let c = proxy(objs);
    let ports: Vec<(i64, &str)> = c["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["containerPort"].as_i64().unwrap(),
                p["name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ports,
        [
            (15020, "metrics"),
            (15021, "status-port"),
            (15090, "http-envoy-prom")
        ]
    );
    assert_eq!(
        env(c, "ISTIO_META_OWNER")["value"],
        format!(
            "kubernetes://apis/apps/v1/namespaces/{}/deployments/{deployment}",
            case.gateway["metadata"]["namespace"].as_str().unwrap()
        )
    );
    assert_eq!(env(c, "ISTIO_META_WORKLOAD_NAME")["value"], deployment);
    if case.sets.contains(&"profile=default") {
        // The default mesh leaves nothing to say beyond Istio's proxy defaults.
        assert_eq!(env(c, "PROXY_CONFIG")["value"], "{}\n");
    }
    for limit in ["ISTIO_CPU_LIMIT", "GOMAXPROCS"] {
        assert_eq!(
            env(c, limit)["valueFrom"]["resourceFieldRef"],
            json!({"divisor": "1", "resource": "limits.cpu"})
        );
    }
}

#[test]
fn kube_gateway_template_renders_istios_objects() {
    let all = cases();
    let case = &all[0];
    let objs = render(case);
    let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["ServiceAccount", "Deployment", "Service"],
        "no overlay: no HPA/PDB"
    );
    check_common(case, &objs, "default-istio", "istio");
    check_istio_proxy(case, &objs, "default-istio");
    for o in &objs {
        assert_eq!(o["metadata"]["labels"]["istio.io/dataplane-mode"], "none");
        assert_eq!(o["metadata"]["annotations"], json!({"should": "see"}));
    }
    let pod = &find(&objs, "Deployment")["spec"]["template"];
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "default");
    assert_eq!(
        pod["spec"]["securityContext"],
        json!({"sysctls": [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}]})
    );
    let c = proxy(&objs);
    assert_eq!(c["args"][0], "proxy");
    assert_eq!(c["args"][1], "router");
    assert_eq!(c["image"], "docker.io/istio/proxyv2:1.30.3");
    assert_eq!(
        env_names(c),
        [
            "PILOT_CERT_PROVIDER",
            "CA_ADDR",
            "POD_NAME",
            "POD_NAMESPACE",
            "INSTANCE_IP",
            "SERVICE_ACCOUNT",
            "HOST_IP",
            "ISTIO_CPU_LIMIT",
            "PROXY_CONFIG",
            "ISTIO_META_POD_PORTS",
            "ISTIO_META_APP_CONTAINERS",
            "GOMEMLIMIT",
            "GOMAXPROCS",
            "ISTIO_META_CLUSTER_ID",
            "ISTIO_META_NODE_NAME",
            "ISTIO_META_INTERCEPTION_MODE",
            "ISTIO_META_WORKLOAD_NAME",
            "ISTIO_META_OWNER",
            "ISTIO_META_MESH_ID",
            "TRUST_DOMAIN",
        ]
    );
    assert_eq!(env(c, "CA_ADDR")["value"], "istiod.istio-system.svc:15012");
    assert_eq!(env(c, "ISTIO_META_POD_PORTS")["value"], "[]");
    let mounts: Vec<&str> = c["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    for m in [
        "workload-socket",
        "credential-socket",
        "workload-certs",
        "istio-data",
        "istio-envoy",
        "istio-token",
        "istio-podinfo",
    ] {
        assert!(mounts.contains(&m), "{m} in {mounts:?}");
    }
    let svc = find(&objs, "Service");
    assert_eq!(svc["spec"]["type"], "LoadBalancer");
    let ports: Vec<(i64, &str, &str)> = svc["spec"]["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["port"].as_i64().unwrap(),
                p["name"].as_str().unwrap(),
                p["appProtocol"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ports,
        [
            (15021, "status-port", "tcp"),
            (80, "http", "http"),
            (443, "tls-example", "https")
        ],
        "one Service port per distinct listener port, dots made dashes"
    );
    check_golden(case, &objs);
}

#[test]
fn kube_gateway_overlays_keep_hpa_and_pdb() {
    let all = cases();
    let case = &all[1];
    let objs = render(case);
    let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "ServiceAccount",
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget"
        ]
    );
    check_common(case, &objs, "ingress-istio", "istio");
    check_istio_proxy(case, &objs, "ingress-istio");
    // The service-type annotation is istiod's input, not copied to the objects.
    assert_eq!(find(&objs, "Service")["spec"]["type"], "ClusterIP");
    assert_eq!(find(&objs, "Deployment")["spec"]["replicas"], 4);
    let hpa = find(&objs, "HorizontalPodAutoscaler");
    assert_eq!(hpa["apiVersion"], "autoscaling/v2");
    assert_eq!(
        hpa["spec"],
        json!({"maxReplicas": 5, "minReplicas": 2, "scaleTargetRef":
            {"apiVersion": "apps/v1", "kind": "Deployment", "name": "ingress-istio"}})
    );
    let pdb = find(&objs, "PodDisruptionBudget");
    assert_eq!(pdb["apiVersion"], "policy/v1");
    assert_eq!(
        pdb["spec"],
        json!({"minAvailable": 1, "selector": {"matchLabels":
            {"gateway.networking.k8s.io/gateway-name": "ingress"}}})
    );
    let pod = &find(&objs, "Deployment")["spec"]["template"];
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "canary");
    assert_eq!(
        env(proxy(&objs), "CA_ADDR")["value"],
        "istiod-canary.istio-system.svc:15012"
    );
    check_golden(case, &objs);
}

#[test]
fn waypoint_template_renders_istios_objects() {
    let all = cases();
    let case = &all[2];
    let objs = render(case);
    let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["ServiceAccount", "Deployment", "Service"]);
    check_common(case, &objs, "waypoint", "istio-waypoint");
    check_istio_proxy(case, &objs, "waypoint");
    for o in &objs {
        assert_eq!(
            o["metadata"]["labels"]["topology.istio.io/network"], "network-1",
            "{}: the network label defaults from values for waypoints",
            o["kind"]
        );
        assert!(
            o["metadata"]["labels"]
                .get("istio.io/dataplane-mode")
                .is_none()
        );
    }
    let pod = &find(&objs, "Deployment")["spec"]["template"];
    assert_eq!(pod["metadata"]["labels"]["istio.io/dataplane-mode"], "none");
    assert!(pod["spec"].get("securityContext").is_none());
    let c = proxy(&objs);
    assert_eq!(
        c["args"].as_array().unwrap()[..6],
        [
            json!("proxy"),
            json!("waypoint"),
            json!("--domain"),
            json!("$(POD_NAMESPACE).svc.cluster.local"),
            json!("--serviceCluster"),
            json!("waypoint.$(POD_NAMESPACE)")
        ]
    );
    let names = env_names(c);
    assert_eq!(
        names[..2],
        ["ISTIO_META_SERVICE_ACCOUNT", "ISTIO_META_NODE_NAME"]
    );
    assert!(!names.contains(&"ISTIO_META_POD_PORTS"));
    assert_eq!(env(c, "ISTIO_META_NETWORK")["value"], "network-1");
    // The ambient profile's mesh config: proxy metadata becomes env, distroless image.
    assert_eq!(env(c, "ISTIO_META_ENABLE_HBONE")["value"], "true");
    assert_eq!(c["image"], "docker.io/istio/proxyv2:1.30.3-distroless");
    assert_eq!(
        c["resources"],
        json!({"limits": {"cpu": "2", "memory": "1Gi"}, "requests": {"cpu": "100m", "memory": "128Mi"}}),
        "global.waypoint.resources"
    );
    let vols: Vec<&str> = pod["spec"]["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        vols,
        [
            "workload-socket",
            "istio-envoy",
            "go-proxy-envoy",
            "istio-data",
            "go-proxy-data",
            "istio-podinfo",
            "istio-token",
            "istiod-ca-cert"
        ]
    );
    let svc = find(&objs, "Service");
    assert_eq!(svc["spec"]["type"], "ClusterIP");
    assert_eq!(
        svc["metadata"]["annotations"]["networking.istio.io/traffic-distribution"],
        "PreferClose"
    );
    // The HBONE listener's protocol, lower-cased, as for any listener.
    assert_eq!(
        svc["spec"]["ports"][1],
        json!({"appProtocol": "hbone", "name": "mesh", "port": 15008, "protocol": "TCP"})
    );
    check_golden(case, &objs);
}

#[test]
fn agentgateway_template_renders_istios_objects() {
    let all = cases();
    let case = &all[3];
    let objs = render(case);
    let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["ServiceAccount", "Deployment", "Service"]);
    // No name suffix for this class.
    check_common(case, &objs, "agw", "istio-agentgateway");
    for o in &objs {
        assert_eq!(
            o["metadata"]["annotations"],
            json!({"should": "see"}),
            "{}: kubectl's last-applied annotation is not copied",
            o["kind"]
        );
        assert_eq!(o["metadata"]["labels"]["istio.io/dataplane-mode"], "none");
    }
    let pod = &find(&objs, "Deployment")["spec"]["template"];
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "default");
    assert_eq!(
        pod["spec"]["securityContext"],
        json!({"sysctls": [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}]})
    );
    let c = &pod["spec"]["containers"][0];
    assert_eq!(c["name"], "agentgateway");
    assert_eq!(c["image"], "docker.io/istio/agentgateway:1.30.3");
    assert_eq!(c["args"], json!(["--config", "{}"]));
    assert_eq!(
        c["ports"],
        json!([{"containerPort": 15020, "name": "metrics", "protocol": "TCP"},
            {"containerPort": 15021, "name": "status-port", "protocol": "TCP"}])
    );
    assert_eq!(
        env_names(c),
        [
            "POD_NAME",
            "POD_NAMESPACE",
            "NAMESPACE",
            "INSTANCE_IP",
            "SERVICE_ACCOUNT",
            "CPU_LIMIT",
            "GATEWAY",
            "RUST_BACKTRACE",
            "CLUSTER_ID",
            "TRUST_DOMAIN",
            "XDS_ADDRESS",
            "CA_ADDRESS",
        ]
    );
    assert_eq!(
        env(c, "NAMESPACE")["valueFrom"]["fieldRef"]["fieldPath"],
        "metadata.namespace"
    );
    assert_eq!(
        env(c, "CPU_LIMIT")["valueFrom"]["resourceFieldRef"],
        json!({"divisor": "1", "resource": "limits.cpu"})
    );
    assert_eq!(env(c, "GATEWAY")["value"], "agw");
    assert_eq!(env(c, "RUST_BACKTRACE")["value"], "1");
    assert_eq!(env(c, "CLUSTER_ID")["value"], "Kubernetes");
    assert_eq!(env(c, "TRUST_DOMAIN")["value"], "cluster.local");
    assert_eq!(
        env(c, "XDS_ADDRESS")["value"],
        "istiod.istio-system.svc:15012"
    );
    assert_eq!(
        env(c, "CA_ADDRESS")["value"],
        "istiod.istio-system.svc:15012"
    );
    let mounts: Vec<(&str, &str)> = c["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap(),
                m["mountPath"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        mounts,
        [
            ("istiod-ca-cert", "/var/run/secrets/xds"),
            ("xds-token", "/var/run/secrets/xds-tokens"),
            ("tmp", "/tmp"),
            ("istiod-ca-cert", "/var/run/secrets/istio"),
            ("istio-token", "/var/run/secrets/tokens"),
        ]
    );
    let vols = pod["spec"]["volumes"].as_array().unwrap();
    let names: Vec<&str> = vols.iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["tmp", "xds-token", "istio-token", "istiod-ca-cert"]);
    for (v, path) in [(&vols[1], "xds-token"), (&vols[2], "istio-token")] {
        assert_eq!(
            v["projected"]["sources"],
            json!([{"serviceAccountToken":
                {"audience": "istio-ca", "expirationSeconds": 43200, "path": path}}])
        );
    }
    assert_eq!(vols[3]["configMap"], json!({"name": "istio-ca-root-cert"}));
    let svc = find(&objs, "Service");
    assert_eq!(svc["spec"]["type"], "LoadBalancer");
    assert!(svc["spec"].get("loadBalancerIP").is_none());
    let ports: Vec<(i64, &str)> = svc["spec"]["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["port"].as_i64().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ports,
        [(15021, "status-port"), (80, "http"), (8080, "mcp-example")]
    );
    check_golden(case, &objs);
}

#[test]
fn agentgateway_infrastructure_addresses_and_overrides() {
    let all = cases();
    let case = &all[4];
    let objs = render(case);
    let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "ServiceAccount",
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler"
        ],
        "the HPA overlay keeps the HPA; no PDB overlay, no PDB"
    );
    for o in &objs {
        let what = o["kind"].as_str().unwrap();
        // The name override names every object; the service account keeps the default.
        let want = if what == "ServiceAccount" {
            "llm"
        } else {
            "llm-gw"
        };
        assert_eq!(o["metadata"]["name"], want, "{what}");
        // spec.infrastructure replaces the Gateway's own labels and annotations, less
        // the keys under gateway.networking.k8s.io/.
        let l = &o["metadata"]["labels"];
        assert_eq!(l["topology.istio.io/network"], "net-b", "{what}");
        assert!(l.get("ignored").is_none(), "{what}");
        assert!(
            l.get("gateway.networking.k8s.io/reserved").is_none(),
            "{what}"
        );
        assert_eq!(
            o["metadata"]["annotations"],
            json!({"cloud.example/lb": "internal"}),
            "{what}"
        );
        assert_eq!(
            l["gateway.istio.io/managed"], "istio.io-agentgateway-controller",
            "{what}"
        );
    }
    let pod = &find(&objs, "Deployment")["spec"]["template"];
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "canary");
    assert_eq!(pod["spec"]["serviceAccountName"], "llm");
    let c = &pod["spec"]["containers"][0];
    assert_eq!(
        c["image"], "registry.example/agw:dev",
        "an annotation naming a full image is used as is"
    );
    assert_eq!(env(c, "NETWORK")["value"], "net-b");
    assert_eq!(
        env(c, "XDS_ADDRESS")["value"],
        "istiod-canary.istio-system.svc:15012"
    );
    assert_eq!(
        env(c, "CA_ADDRESS")["value"],
        "istiod-canary.istio-system.svc:15012"
    );
    let svc = find(&objs, "Service");
    assert_eq!(svc["spec"]["type"], "LoadBalancer");
    assert_eq!(svc["spec"]["loadBalancerIP"], "192.0.2.10");
    let hpa = find(&objs, "HorizontalPodAutoscaler");
    assert_eq!(
        hpa["spec"],
        json!({"maxReplicas": 6, "minReplicas": 2, "scaleTargetRef":
            {"apiVersion": "apps/v1", "kind": "Deployment", "name": "llm-gw"}})
    );
    check_golden(case, &objs);
}

/// The whole output against our golden (generated by this engine, reviewed against FACTS.md).
fn check_golden(case: &Case, objs: &[Json]) {
    let text: String = objs
        .iter()
        .map(|o| format!("{}---\n", sailctl::inject::render_object(o)))
        .collect();
    let path = golden_dir().join(format!("{}.yaml", case.name));
    if std::env::var_os("SAILCTL_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; generate it with `SAILCTL_BLESS=1 cargo test --test it inject_gateway`",
            path.display()
        )
    });
    if want != text {
        let d = similar::TextDiff::from_lines(&want, &text)
            .unified_diff()
            .context_radius(2)
            .to_string();
        panic!("{} differs from {}:\n{d}", case.name, path.display());
    }
}

#[test]
fn templates_parse_as_istiod_would() {
    // Every template in the rendered ConfigMap parses with the injector's function map, so
    // istiod accepts the ConfigMap.
    let r = rendered(&["profile=default"]);
    let map: BTreeMap<String, Json> = serde_json::from_value(r.templates).unwrap();
    for name in ["kube-gateway", "waypoint", "agentgateway"] {
        assert!(map.contains_key(name), "{name} missing from the ConfigMap");
    }
    for (name, src) in map {
        let mut t = gotmpl::Template::new(FuncMap::istio());
        t.parse(&name, src.as_str().unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
