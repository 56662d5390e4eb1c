//! The observability addons behind `addons install|uninstall|list`: our own bundled manifests
//! (manifests/addons/), applied with server-side apply and waited for like `install`.

use crate::dashboard::components::{self, Component};
use crate::error::Error;
use crate::k8s::apply::{Applier, ObjectRef, Outcome, sort_for_apply};
use crate::output::{Printer, Table};
use serde_json::Value;
use std::time::Duration;

/// An addon sailctl bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addon {
    Kiali,
    Prometheus,
    Grafana,
    Jaeger,
    Zipkin,
}

impl Addon {
    /// The name users type (`sailctl addons install kiali`).
    pub fn name(self) -> &'static str {
        match self {
            Addon::Kiali => "kiali",
            Addon::Prometheus => "prometheus",
            Addon::Grafana => "grafana",
            Addon::Jaeger => "jaeger",
            Addon::Zipkin => "zipkin",
        }
    }
}

/// One bundled addon: its manifest and the dashboard that opens it.
pub struct Bundled {
    pub addon: Addon,
    pub title: &'static str,
    pub manifest: &'static str,
    pub dashboard: Component,
}

pub const ADDONS: &[Bundled] = &[
    Bundled {
        addon: Addon::Prometheus,
        title: "Prometheus",
        manifest: include_str!("../../manifests/addons/prometheus.yaml"),
        dashboard: components::PROMETHEUS,
    },
    Bundled {
        addon: Addon::Grafana,
        title: "Grafana",
        manifest: include_str!("../../manifests/addons/grafana.yaml"),
        dashboard: components::GRAFANA,
    },
    Bundled {
        addon: Addon::Jaeger,
        title: "Jaeger",
        manifest: include_str!("../../manifests/addons/jaeger.yaml"),
        dashboard: components::JAEGER,
    },
    Bundled {
        addon: Addon::Zipkin,
        title: "Zipkin",
        manifest: include_str!("../../manifests/addons/zipkin.yaml"),
        dashboard: components::ZIPKIN,
    },
    Bundled {
        addon: Addon::Kiali,
        title: "Kiali",
        manifest: include_str!("../../manifests/addons/kiali.yaml"),
        dashboard: components::KIALI,
    },
];

/// The addons a selection names, in install order (Kiali last: it points at the others).
/// No names means every addon.
pub fn select(names: &[Addon]) -> Vec<&'static Bundled> {
    let all = names.is_empty();
    ADDONS
        .iter()
        .filter(|b| all || names.contains(&b.addon))
        .collect()
}

/// The addon's objects, placed in `namespace` (the manifests are written for istio-system).
pub fn objects(b: &Bundled, namespace: &str) -> Result<Vec<Value>, Error> {
    let text = b.manifest.replace("istio-system", namespace);
    let source = format!("manifests/addons/{}.yaml", b.title.to_lowercase());
    let mut objs: Vec<Value> = crate::yaml::parse_stream(&source, &text)?
        .into_iter()
        .filter(|d| !d.is_empty())
        .map(|d| d.value)
        .collect();
    sort_for_apply(&mut objs);
    Ok(objs)
}

async fn ensure_namespace(applier: &Applier, ns: &str) -> Result<(), Error> {
    let obj =
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
    applier.apply(&obj).await?;
    Ok(())
}

/// Applies the addons into `ns` and waits up to `timeout` for each to be ready.
pub async fn install(
    printer: &Printer,
    applier: &Applier,
    ns: &str,
    addons: &[Addon],
    timeout: Duration,
) -> Result<i32, Error> {
    ensure_namespace(applier, ns).await?;
    for b in select(addons) {
        let progress = printer.progress(&format!("Installing {}", b.title));
        let objs = objects(b, ns)?;
        let mut changed = 0;
        for o in &objs {
            if applier.apply(o).await? != Outcome::Unchanged {
                changed += 1;
            }
        }
        let refs: Vec<ObjectRef> = objs.iter().map(ObjectRef::of).collect::<Result<_, _>>()?;
        if let Err(e) = crate::k8s::wait::wait_ready(&applier.cluster, &refs, timeout).await {
            progress.fail(&format!("{} is not ready", b.title));
            return Err(e);
        }
        let note = if changed == 0 { " (no changes)" } else { "" };
        progress.done(&format!("{} installed{note}", b.title));
    }
    printer.status(&format!(
        "Open one with `sailctl dashboard <name>` (addons run in namespace {ns})."
    ));
    Ok(0)
}

/// Deletes the addons' objects from `ns`, in reverse apply order.
pub async fn uninstall(
    printer: &Printer,
    applier: &Applier,
    ns: &str,
    addons: &[Addon],
) -> Result<i32, Error> {
    for b in select(addons) {
        let mut objs = objects(b, ns)?;
        objs.reverse();
        let mut removed = 0;
        for o in &objs {
            if applier.delete(&ObjectRef::of(o)?).await? {
                removed += 1;
            }
        }
        if removed == 0 {
            printer.status(&format!("{} was not installed", b.title));
        } else {
            printer.success(&format!("{} removed ({removed} objects)", b.title));
        }
    }
    Ok(0)
}

/// A table of every addon, whether it is installed and ready, and its dashboard command.
pub async fn list(printer: &Printer, applier: &Applier, ns: &str) -> Result<i32, Error> {
    let mut table = Table::new(&["ADDON", "STATUS", "DASHBOARD"]);
    for b in ADDONS {
        let objs = objects(b, ns)?;
        let deploy = objs
            .iter()
            .find(|o| o["kind"] == "Deployment")
            .map(ObjectRef::of)
            .transpose()?;
        let status = match deploy {
            Some(r) => match applier.get(&r).await? {
                None => "not installed".to_string(),
                Some(d) => {
                    let avail = d
                        .data
                        .pointer("/status/availableReplicas")
                        .and_then(Value::as_i64)
                        .unwrap_or(0);
                    if avail > 0 {
                        "ready".into()
                    } else {
                        "installed, not ready".into()
                    }
                }
            },
            None => "unknown".into(),
        };
        table.row(vec![
            b.title.to_lowercase(),
            status,
            format!("sailctl dashboard {}", b.dashboard.name),
        ]);
    }
    printer.data(&table.render())?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_manifest_parses_and_lands_in_the_namespace() {
        for b in ADDONS {
            let objs = objects(b, "observability").unwrap();
            assert!(!objs.is_empty(), "{}", b.title);
            for o in &objs {
                let r = ObjectRef::of(o).unwrap();
                if let Some(ns) = &r.namespace {
                    assert_eq!(ns, "observability", "{r}");
                }
            }
        }
    }

    /// The dashboard's selector must find the addon's pods, or `dashboard X` could never work.
    #[test]
    fn dashboard_selectors_match_the_pods() {
        for b in ADDONS {
            let objs = objects(b, "istio-system").unwrap();
            let deploy = objs
                .iter()
                .find(|o| o["kind"] == "Deployment")
                .expect("a Deployment");
            let labels = &deploy["spec"]["template"]["metadata"]["labels"];
            let (k, v) = b.dashboard.selector.unwrap().split_once('=').unwrap();
            assert_eq!(labels[k], v, "{}: pod labels {labels} vs selector", b.title);
            let ports: Vec<i64> = deploy["spec"]["template"]["spec"]["containers"][0]["ports"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|p| p["containerPort"].as_i64())
                .collect();
            assert!(
                ports.contains(&(b.dashboard.port as i64)),
                "{} does not listen on {}",
                b.title,
                b.dashboard.port
            );
        }
    }

    #[test]
    fn images_are_the_pinned_versions() {
        let all: String = ADDONS.iter().map(|b| b.manifest).collect();
        for img in [
            "docker.io/prom/prometheus:v3.10.0",
            "docker.io/grafana/grafana:12.0.1",
            "docker.io/jaegertracing/jaeger:2.14.0",
            "quay.io/kiali/kiali:v2.26",
        ] {
            assert!(all.contains(img), "{img}");
        }
    }

    #[test]
    fn selection() {
        let names: Vec<_> = select(&[]).iter().map(|b| b.title).collect();
        assert_eq!(
            names,
            ["Prometheus", "Grafana", "Jaeger", "Zipkin", "Kiali"]
        );
        let names: Vec<_> = select(&[Addon::Kiali, Addon::Zipkin])
            .iter()
            .map(|b| b.title)
            .collect();
        assert_eq!(names, ["Zipkin", "Kiali"]);
    }
}
