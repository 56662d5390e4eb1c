//! injection.ImageAnalyzer: proxies whose image differs from what the injector configuration
//! would inject now (typically pods not restarted after an upgrade), per namespace.

use super::injection::injector_configmap_name;
use crate::analyze::fields::str_at;
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::PODS_ISTIO_PROXY_IMAGE_MISMATCH_IN_NAMESPACE;
use crate::analyze::selectors::selector_matches;
use crate::analyze::workloads::{all_containers, workload_selector};
use crate::analyze::{Analyzer, Context, Out, Resource};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

pub struct ImageAnalyzer;

/// The proxy image an injector ConfigMap injects (`hub/image:tag`, or an absolute image).
fn injector_image(cm: &Resource) -> Option<String> {
    let values = cm.value.get("data")?.get("values")?.as_str()?;
    let v: Value = serde_json::from_str(values).ok()?;
    let g = v.get("global")?;
    let image = str_at(g, &["proxy", "image"]).unwrap_or("");
    if image.contains('/') {
        return Some(image.to_string());
    }
    Some(format!(
        "{}/{}:{}",
        str_at(g, &["hub"]).unwrap_or(""),
        image,
        str_at(g, &["tag"]).unwrap_or("")
    ))
}

fn image_type_of(v: &Value) -> Option<String> {
    str_at(v, &["image", "imageType"]).map(str::to_string)
}

/// The image type for a pod: its proxy.istio.io/config annotation, a workload ProxyConfig,
/// its namespace's ProxyConfig, the root namespace's, then the mesh default.
fn image_type(cx: &Context, pod: &Resource) -> String {
    if let Some(cfg) = pod.annotation("proxy.istio.io/config")
        && let Ok(v) = crate::yaml::parse_single("proxy.istio.io/config", cfg)
        && let Some(t) = image_type_of(&v)
    {
        return t;
    }
    let mut ns_level = None;
    let mut root_level = None;
    for (_, pc) in cx.snap.of(kinds::PROXY_CONFIG) {
        let Some(t) = image_type_of(pc.spec()) else {
            continue;
        };
        match workload_selector(pc) {
            Some(sel) => {
                if pc.namespace == pod.namespace && selector_matches(sel, pod.labels()) {
                    return t;
                }
            }
            None => {
                if pc.namespace == pod.namespace {
                    ns_level = Some(t);
                } else if pc.namespace == cx.istio_namespace {
                    root_level = Some(t);
                }
            }
        }
    }
    ns_level
        .or(root_level)
        .or_else(|| cx.mesh.get("defaultConfig").and_then(image_type_of))
        .unwrap_or_default()
}

impl Analyzer for ImageAnalyzer {
    fn name(&self) -> &'static str {
        "injection.ImageAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the image of auto-injection configured with the running proxies on pods"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::NAMESPACE,
            kinds::POD,
            kinds::CONFIG_MAP,
            kinds::MESH_CONFIG,
            kinds::PROXY_CONFIG,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let images: HashMap<&str, String> = cx
            .snap
            .of(kinds::CONFIG_MAP)
            .filter(|(_, cm)| cm.name.starts_with("istio-sidecar-injector"))
            .filter_map(|(_, cm)| Some((cm.name.as_str(), injector_image(cm)?)))
            .collect();
        if images.is_empty() {
            return;
        }
        let mut injected: HashMap<&str, (usize, String)> = HashMap::new();
        for (i, ns) in cx.snap.of(kinds::NAMESPACE) {
            if let Some(rev) = ns.label("istio.io/rev") {
                injected.insert(ns.name.as_str(), (i, rev.to_string()));
            } else if ns.label("istio-injection") == Some("enabled") {
                injected.insert(ns.name.as_str(), (i, "default".into()));
            }
        }
        let mut mismatched: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (_, pod) in cx.snap.of(kinds::POD) {
            let Some((ns_idx, rev)) = injected.get(pod.namespace.as_str()) else {
                continue;
            };
            if pod
                .annotation("sidecar.istio.io/proxyImage")
                .is_some_and(|v| !v.is_empty())
            {
                continue;
            }
            let Some(want) = images.get(injector_configmap_name(rev).as_str()) else {
                continue;
            };
            // The injector appends the image type (e.g. `-distroless`) to the tag.
            let ty = image_type(cx, pod);
            let typed = (!ty.is_empty() && ty != "default" && ty != "debug")
                .then(|| format!("{want}-{ty}"));
            for c in all_containers(pod.spec()) {
                if str_at(c, &["name"]) != Some("istio-proxy") {
                    continue;
                }
                let have = str_at(c, &["image"]).unwrap_or("");
                let base = have.strip_suffix("-distroless").unwrap_or(have);
                if have != want && typed.as_deref() != Some(have) && base != want {
                    mismatched
                        .entry(*ns_idx)
                        .or_default()
                        .push(pod.name.clone());
                }
            }
        }
        for (ns, pods) in mismatched {
            out.add(
                &PODS_ISTIO_PROXY_IMAGE_MISMATCH_IN_NAMESPACE,
                ns,
                vec![pods.into()],
            );
        }
    }
}
