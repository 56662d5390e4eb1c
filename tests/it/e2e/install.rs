//! The main job on kubeplane: install demo, reinstall (no changes), dry-run (mutates
//! nothing), switch to minimal (prunes the gateways), a failing install that explains
//! itself, verify-install, and uninstall --purge leaving nothing behind.
//!
//! One test function: an Istio install is cluster-wide, so its steps must not interleave.

use std::collections::BTreeMap;
use std::process::Output;

use k8s_openapi::api::admissionregistration::v1::{
    MutatingWebhookConfiguration, ValidatingWebhookConfiguration,
};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Service, ServiceAccount};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};

use super::{TestEnv, cluster, sailctl};

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every object's resourceVersion in istio-system (the kinds install writes there).
async fn versions(env: &TestEnv) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let ns = "istio-system";
    let lp = ListParams::default();
    for d in Api::<Deployment>::namespaced(env.client.clone(), ns)
        .list(&lp)
        .await
        .unwrap()
    {
        out.insert(
            format!("Deployment/{}", d.metadata.name.unwrap()),
            d.metadata.resource_version.unwrap(),
        );
    }
    for c in Api::<ConfigMap>::namespaced(env.client.clone(), ns)
        .list(&lp)
        .await
        .unwrap()
    {
        out.insert(
            format!("ConfigMap/{}", c.metadata.name.unwrap()),
            c.metadata.resource_version.unwrap(),
        );
    }
    for s in Api::<Service>::namespaced(env.client.clone(), ns)
        .list(&lp)
        .await
        .unwrap()
    {
        out.insert(
            format!("Service/{}", s.metadata.name.unwrap()),
            s.metadata.resource_version.unwrap(),
        );
    }
    for s in Api::<ServiceAccount>::namespaced(env.client.clone(), ns)
        .list(&lp)
        .await
        .unwrap()
    {
        out.insert(
            format!("ServiceAccount/{}", s.metadata.name.unwrap()),
            s.metadata.resource_version.unwrap(),
        );
    }
    out
}

async fn deployments(env: &TestEnv) -> Vec<Deployment> {
    Api::<Deployment>::namespaced(env.client.clone(), "istio-system")
        .list(&ListParams::default())
        .await
        .unwrap()
        .items
}

#[tokio::test]
async fn install_lifecycle_demo_minimal_dry_run_failure_and_purge() {
    // Step 7 purges the CRDs.
    let _crds = crate::support::kubeplane::ISTIO_CRDS.lock().await;
    let env = cluster("install").await;

    // 1. install demo
    let out = sailctl(
        &env,
        &[
            "install",
            "--set",
            "profile=demo",
            "-y",
            "--readiness-timeout",
            "3m",
        ],
    );
    let e = err(&out);
    assert_eq!(out.status.code(), Some(0), "{e}");
    for line in [
        "✔ Istio core installed ⛵️",
        "✔ Istiod installed 🧠",
        "✔ Ingress gateways installed 🛬",
        "✔ Egress gateways installed 🛫",
        "✔ Installation complete",
    ] {
        assert!(e.contains(line), "missing {line:?} in:\n{e}");
    }
    let names: Vec<String> = deployments(&env)
        .await
        .iter()
        .map(|d| d.metadata.name.clone().unwrap())
        .collect();
    for want in ["istiod", "istio-ingressgateway", "istio-egressgateway"] {
        assert!(names.iter().any(|n| n == want), "{names:?}");
    }
    for d in deployments(&env).await {
        let s = d.status.unwrap_or_default();
        assert!(
            s.available_replicas.unwrap_or(0) >= 1,
            "{:?} not available",
            d.metadata.name
        );
    }
    let v = sailctl(&env, &["version"]);
    assert!(
        String::from_utf8_lossy(&v.stdout).contains("control plane version: 1.30.3"),
        "{}",
        err(&v)
    );

    // 1b. bookinfo applied to the cluster and analyzed live: stable, explained findings.
    // kwok runs the pods, so Pods/Services are real; destination-rule-all defines subsets
    // (v2, v3, v2-mysql, …) that bookinfo's v1-only workloads do not all provide.
    let shared = crate::support::paths::istio_data("samples/bookinfo").join("samples/bookinfo");
    let apply = |files: &[&str]| {
        let mut args = vec!["x", "apply", "-n", env.ns.as_str()];
        for f in files {
            args.push("-f");
            args.push(f);
        }
        let out = sailctl(&env, &args);
        assert_eq!(out.status.code(), Some(0), "{}", err(&out));
    };
    let p = |rel: &str| shared.join(rel).display().to_string();
    let (bookinfo, gw, dr) = (
        p("platform/kube/bookinfo.yaml"),
        p("networking/bookinfo-gateway.yaml"),
        p("networking/destination-rule-all.yaml"),
    );
    apply(&[bookinfo.as_str(), gw.as_str(), dr.as_str()]);
    let pods: Api<k8s_openapi::api::core::v1::Pod> = Api::namespaced(env.client.clone(), &env.ns);
    super::wait_until(
        std::time::Duration::from_secs(60),
        "bookinfo pods running",
        || async {
            let l = pods
                .list(&ListParams::default())
                .await
                .map(|l| l.items)
                .unwrap_or_default();
            l.len() >= 6
                && l.iter()
                    .all(|p| p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running"))
        },
    )
    .await;
    let out = sailctl(&env, &["analyze", "-n", &env.ns]);
    let got = String::from_utf8_lossy(&out.stdout).replace(&env.ns, "NS");
    let mut lines: Vec<String> = got
        .lines()
        .map(|l| l.split(") ").next().unwrap_or(l).to_string() + ")")
        .collect();
    lines.sort();
    assert_eq!(out.status.code(), Some(79), "{got}{}", err(&out));
    assert_eq!(
        lines,
        [
            "Error [IST0173] (DestinationRule NS/details)",
            "Error [IST0173] (DestinationRule NS/ratings)",
            "Error [IST0173] (DestinationRule NS/ratings)",
            "Error [IST0173] (DestinationRule NS/ratings)",
            "Info [IST0102] (Namespace NS)",
        ],
        "{got}"
    );

    // 2. the same install again changes nothing
    let out = sailctl(&env, &["install", "--set", "profile=demo", "-y"]);
    assert!(
        err(&out).contains("✔ Installation complete (no changes)"),
        "{}",
        err(&out)
    );

    // 3. --dry-run to minimal reports and mutates nothing
    let before = versions(&env).await;
    let out = sailctl(&env, &["install", "--set", "profile=minimal", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", err(&out));
    assert!(
        err(&out).contains("would remove Deployment istio-system/istio-egressgateway"),
        "{}",
        err(&out)
    );
    assert_eq!(
        versions(&env).await,
        before,
        "--dry-run changed the cluster"
    );

    // 4. minimal prunes the gateways
    let out = sailctl(&env, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(out.status.code(), Some(0), "{}", err(&out));
    let names: Vec<String> = deployments(&env)
        .await
        .iter()
        .map(|d| d.metadata.name.clone().unwrap())
        .collect();
    assert_eq!(names, ["istiod"], "egress/ingress gateways were not pruned");

    // 5. pods that cannot be scheduled: a bounded failure that names them and says why
    let out = sailctl(
        &env,
        &[
            "install",
            "--set",
            "profile=minimal",
            "--set",
            "components.pilot.k8s.nodeSelector.e2e-no-such=node",
            "-y",
            "--readiness-timeout",
            "10s",
        ],
    );
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(
        e.contains("Deployment istio-system/istiod")
            && e.contains("Unschedulable")
            && e.contains("pod istiod-"),
        "{e}"
    );
    let out = sailctl(&env, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(out.status.code(), Some(0), "recovering: {}", err(&out));

    // 6. verify-install
    let out = sailctl(&env, &["verify-install", "--set", "profile=minimal"]);
    assert_eq!(out.status.code(), Some(0), "{}", err(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("✔ Deployment: istiod.istio-system checked successfully")
    );

    // 7. uninstall --purge leaves nothing
    let out = sailctl(&env, &["uninstall", "--purge", "-y"]);
    assert_eq!(out.status.code(), Some(0), "{}", err(&out));
    let lp = ListParams::default().labels("operator.istio.io/component");
    assert!(
        Api::<Deployment>::all(env.client.clone())
            .list(&lp)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    assert!(
        Api::<ConfigMap>::all(env.client.clone())
            .list(&lp)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    let crds = Api::<CustomResourceDefinition>::all(env.client.clone())
        .list(&ListParams::default())
        .await
        .unwrap();
    assert!(
        crds.items
            .iter()
            .all(|c| !c.spec.group.ends_with("istio.io")),
        "Istio CRDs left behind"
    );
    let mwh = Api::<MutatingWebhookConfiguration>::all(env.client.clone())
        .list(&ListParams::default())
        .await
        .unwrap();
    assert!(
        mwh.items.iter().all(|w| !w
            .metadata
            .name
            .clone()
            .unwrap_or_default()
            .contains("istio")),
        "mutating webhook left"
    );
    let vwh = Api::<ValidatingWebhookConfiguration>::all(env.client.clone())
        .list(&ListParams::default())
        .await
        .unwrap();
    assert!(
        vwh.items.iter().all(|w| !w
            .metadata
            .name
            .clone()
            .unwrap_or_default()
            .contains("istio")),
        "validating webhook left"
    );
}
