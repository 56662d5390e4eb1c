//! Differential: our gateway templates against the reference istioctl 1.30.3's own, rendered
//! with the same istiod input (the values and mesh config our chart writes) and post-processed
//! the same way. The reference's templates are read from its `manifest generate` output at run
//! time and never stored.

use super::*;
use crate::support::reference::istioctl;
use std::sync::OnceLock;

/// The reference's named injection templates (its istio-sidecar-injector ConfigMap).
fn reference_templates() -> &'static Json {
    static TEMPLATES: OnceLock<Json> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let o = istioctl(["manifest", "generate"]).output();
        assert!(
            o.status.success(),
            "istioctl manifest generate: {}",
            err(&o)
        );
        let (config, _, _) = injector_data(&out(&o), &[]);
        config["templates"].clone()
    })
}

/// Renders a case with our template and with the reference's; `Err` shows how they differ.
fn compare(case: &Case) -> Result<(), String> {
    let name = case.class.template;
    let r = rendered(case.sets);
    let ours = r.templates[name]
        .as_str()
        .ok_or(format!("our ConfigMap has no {name} template"))?
        .to_string();
    let theirs = reference_templates()[name]
        .as_str()
        .ok_or(format!("the reference's ConfigMap has no {name} template"))?;
    let ours = render_with(case, &r, &ours).map_err(|e| format!("ours: {e}"))?;
    let theirs = render_with(case, &r, theirs).map_err(|e| format!("reference: {e}"))?;
    if ours == theirs {
        return Ok(());
    }
    let text = |objs: &[Json]| -> String {
        objs.iter()
            .map(|o| format!("{}---\n", sailctl::inject::render_object(o)))
            .collect()
    };
    let (want, got) = (text(&theirs), text(&ours));
    Err(similar::TextDiff::from_lines(&want, &got)
        .unified_diff()
        .context_radius(3)
        .header("reference", "sailctl")
        .to_string())
}

/// Compares every case, prints the tally, and fails listing the cases that differ.
fn check(what: &str, cases: &[Case]) {
    let mut failed = Vec::new();
    for case in cases {
        if let Err(d) = compare(case) {
            failed.push(format!("== {} ==\n{d}", case.name));
        }
    }
    println!(
        "{what}: {}/{} cases match the reference",
        cases.len() - failed.len(),
        cases.len()
    );
    assert!(
        failed.is_empty(),
        "{what}: {} of {} cases differ from the reference:\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}

fn gateway(name: &str, ns: &str, class: &str, meta: Json, spec: Json) -> Json {
    let mut gw = json!({
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": {"name": name, "namespace": ns, "uid": format!("uid-{name}")},
        "spec": {"gatewayClassName": class,
            "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]},
    });
    sailctl::tree::merge::deep_merge(&mut gw["metadata"], &meta);
    sailctl::tree::merge::deep_merge(&mut gw["spec"], &spec);
    gw
}

/// Representative Gateways for `class`, `gw_class` being its GatewayClass name.
fn variety(class: &'static Class, gw_class: &str) -> Vec<Case> {
    vec![
        Case {
            name: "plain",
            gateway: gateway("plain", "default", gw_class, json!({}), json!({})),
            class,
            overlays: vec![],
            sets: &["profile=default"],
        },
        Case {
            name: "labels-annotations-listeners",
            gateway: gateway(
                "labelled",
                "apps",
                gw_class,
                json!({"labels": {"team": "a", "sidecar.istio.io/inject": "true"},
                    "annotations": {"note": "kept",
                        "kubectl.kubernetes.io/last-applied-configuration": "{}",
                        "gateway.istio.io/controller-version": "5"}}),
                json!({"listeners": [
                    {"name": "http", "port": 80, "protocol": "HTTP"},
                    {"name": "tls.example.com", "port": 443, "protocol": "HTTPS"},
                    {"name": "http-dup", "port": 80, "protocol": "HTTP"},
                    {"name": "tcp", "port": 9000, "protocol": "TCP"}]}),
            ),
            class,
            overlays: vec![],
            sets: &["profile=default"],
        },
        Case {
            name: "infrastructure-addresses-overrides-revision",
            gateway: gateway(
                "infra",
                "edge",
                gw_class,
                json!({"labels": {"ignored": "yes"},
                    "annotations": {"gateway.istio.io/name-override": "infra-gw",
                        "gateway.istio.io/service-account": "infra-sa",
                        "gateway.istio.io/agentgatewayImage": "registry.example/agw:dev",
                        "sidecar.istio.io/proxyImage": "registry.example/proxy:dev"}}),
                json!({"addresses": [{"type": "IPAddress", "value": "192.0.2.1"}],
                    "infrastructure": {
                        "labels": {"topology.istio.io/network": "net-b",
                            "istio.io/dataplane-mode": "ambient",
                            "gateway.networking.k8s.io/x": "dropped"},
                        "annotations": {"lb": "internal"}}}),
            ),
            class,
            overlays: vec![
                ("deployment", json!({"spec": {"replicas": 3}})),
                (
                    "horizontalPodAutoscaler",
                    json!({"spec": {"minReplicas": 2, "maxReplicas": 5}}),
                ),
                ("podDisruptionBudget", json!({"spec": {"minAvailable": 1}})),
            ],
            sets: &["profile=default", "revision=canary"],
        },
        Case {
            name: "cluster-ip-mesh-values",
            gateway: gateway(
                "internal",
                "default",
                gw_class,
                json!({"annotations": {"networking.istio.io/service-type": "ClusterIP",
                    "gateway.istio.io/agentgatewayImage": "distroless",
                    "sidecar.istio.io/proxyImageType": "debug"}}),
                json!({"addresses": [{"type": "IPAddress", "value": "192.0.2.2"}]}),
            ),
            class,
            overlays: vec![],
            sets: &[
                "profile=default",
                "values.global.network=net-1",
                "values.global.meshID=mesh-1",
                "values.global.multiCluster.clusterName=cluster-1",
                "values.global.imagePullPolicy=Always",
                "values.global.imagePullSecrets[0]=regcred",
                "values.global.caAddress=ca.example:15012",
                "meshConfig.trustDomain=example.org",
                "meshConfig.defaultConfig.proxyMetadata.FOO=bar",
            ],
        },
        Case {
            name: "ambient-resources-security",
            gateway: gateway(
                "amb",
                "default",
                gw_class,
                json!({"labels": {"istio.io/dataplane-mode": "ambient"}}),
                json!({}),
            ),
            class,
            overlays: vec![],
            sets: &[
                "profile=ambient",
                "values.global.proxy.resources.requests.cpu=50m",
                "values.global.proxy.resources.limits.memory=256Mi",
                "values.gateways.securityContext.runAsNonRoot=true",
                "values.gateways.seccompProfile.type=RuntimeDefault",
                "values.global.agentgateway.image=registry.example/agentgateway:1",
            ],
        },
        Case {
            name: "seccomp-trust-bundle",
            gateway: gateway("tb", "default", gw_class, json!({}), json!({})),
            class,
            overlays: vec![],
            sets: &[
                "profile=default",
                "values.gateways.seccompProfile.type=RuntimeDefault",
                "values.pilot.env.ENABLE_CLUSTER_TRUST_BUNDLE_API=true",
                "values.global.trustBundleName=my-bundle",
            ],
        },
        Case {
            name: "proxy-annotations-and-values",
            gateway: gateway(
                "tuned",
                "default",
                gw_class,
                json!({"annotations": {"sidecar.istio.io/logLevel": "debug",
                    "sidecar.istio.io/componentLogLevel": "misc:info",
                    "sidecar.istio.io/agentLogLevel": "all:debug"}}),
                json!({}),
            ),
            class,
            overlays: vec![(
                "horizontalPodAutoscaler",
                json!({"spec": {"minReplicas": 2}}),
            )],
            sets: &[
                "profile=default",
                "values.global.proxy.imagePullPolicy=Never",
                "values.global.proxy.image=registry.example/proxy:v9",
                "values.global.proxy.outlierLogPath=/dev/stdout",
                "values.global.proxy.lifecycle.preStop.exec.command[0]=sleep",
                "values.global.sts.servicePort=15463",
                "values.global.caName=GkeWorkloadCertificate",
                "values.global.platform=openshift",
            ],
        },
        Case {
            name: "kubernetes-cert-provider",
            gateway: gateway("k8sca", "default", gw_class, json!({}), json!({})),
            class,
            overlays: vec![],
            sets: &[
                "profile=default",
                "values.global.pilotCertProvider=kubernetes",
                "values.global.logAsJson=true",
            ],
        },
    ]
}

#[test]
fn agentgateway_matches_the_reference() {
    let mut cases = variety(&AGENTGATEWAY, "istio-agentgateway");
    // The fact cases too.
    cases.extend(
        super::cases()
            .into_iter()
            .filter(|c| c.class.template == "agentgateway"),
    );
    check("agentgateway", &cases);
}

#[test]
fn kube_gateway_matches_the_reference() {
    let mut cases = variety(&KUBE_GATEWAY, "istio");
    cases.extend(
        super::cases()
            .into_iter()
            .filter(|c| c.class.template == "kube-gateway"),
    );
    check("kube-gateway", &cases);
}

#[test]
fn east_west_gateway_matches_the_reference() {
    let mut cases = variety(&EAST_WEST, "istio-east-west");
    cases.push(Case {
        name: "east-west-network",
        gateway: gateway(
            "eastwest",
            "istio-system",
            "istio-east-west",
            json!({"labels": {"topology.istio.io/network": "net-2"}}),
            json!({"addresses": [{"type": "IPAddress", "value": "198.51.100.7"}],
                "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}),
        ),
        class: &EAST_WEST,
        overlays: vec![],
        sets: &["profile=ambient", "values.global.network=net-1"],
    });
    check("east-west (waypoint template)", &cases);
}

#[test]
fn waypoint_matches_the_reference() {
    let mut cases = variety(&WAYPOINT, "istio-waypoint");
    cases.extend(
        super::cases()
            .into_iter()
            .filter(|c| c.class.template == "waypoint"),
    );
    check("waypoint", &cases);
}

/// The ConfigMap names the templates the reference names, in its order, and a template given
/// in the values (`sidecarInjectorWebhook.templates.<name>`) replaces the bundled one there
/// as it does in the reference's.
#[test]
fn template_names_and_overrides_match_the_reference() {
    let names = |t: &Json| -> Vec<String> { t.as_object().unwrap().keys().cloned().collect() };
    let ours = rendered(&["profile=default"]);
    assert_eq!(names(&ours.templates), names(reference_templates()));
    let sets = [
        "profile=default",
        "values.sidecarInjectorWebhook.templates.agentgateway=own-agw",
        "values.sidecarInjectorWebhook.templates.kube-gateway=own-kgw",
    ];
    let ours = rendered(&sets);
    let mut args = vec!["manifest", "generate"];
    for s in sets {
        args.extend(["--set", s]);
    }
    let o = istioctl(&args).output();
    assert!(
        o.status.success(),
        "istioctl manifest generate: {}",
        err(&o)
    );
    let (theirs, _, _) = injector_data(&out(&o), &sets);
    for (name, own) in [("agentgateway", "own-agw"), ("kube-gateway", "own-kgw")] {
        assert_eq!(ours.templates[name], own, "ours: {name}");
        assert_eq!(theirs["templates"][name], own, "reference: {name}");
    }
    assert_eq!(names(&ours.templates), names(&theirs["templates"]));
}
