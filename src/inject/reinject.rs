//! Undoing an earlier injection (named by its status annotation) so a pod can be injected
//! again.

use super::STATUS_ANNOTATION;
use serde_json::{Map, Value as Json};

/// What an earlier injection left, found through its status annotation.
#[derive(Debug, Default)]
pub(super) struct Stripped {
    /// The earlier app probers, to keep probes that were already redirected.
    pub(super) probers: Map<String, Json>,
    /// Whether the pod carried a status annotation.
    pub(super) already_injected: bool,
    /// The status annotation's container and init-container names.
    pub(super) containers: Vec<String>,
    pub(super) init_containers: Vec<String>,
    /// The containers removed, containers before init containers (Istio looks a name up
    /// in the pod's containers first).
    pub(super) removed: Vec<Json>,
}

/// Undoes an earlier injection (named in the status annotation) so the pod can be injected
/// again: each list loses the names the status gives for that list, as Istio strips them.
pub(super) fn strip_injected(meta: &mut Json, spec: &mut Json) -> Stripped {
    let mut st = Stripped::default();
    let Some(status) = meta
        .pointer("/annotations/sidecar.istio.io~1status")
        .and_then(Json::as_str)
        .map(String::from)
    else {
        return st;
    };
    st.already_injected = true;
    let status: Json = serde_json::from_str(&status).unwrap_or(Json::Null);
    let names = |k: &str| -> Vec<String> {
        status[k]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(String::from))
            .collect()
    };
    st.containers = names("containers");
    st.init_containers = names("initContainers");
    for (key, gone) in [
        ("containers", &st.containers),
        ("initContainers", &st.init_containers),
    ] {
        let Some(list) = spec.get_mut(key).and_then(Json::as_array_mut) else {
            continue;
        };
        for c in list.iter() {
            if c.get("name").and_then(Json::as_str) == Some("istio-proxy") {
                for e in c["env"].as_array().into_iter().flatten() {
                    if e.get("name").and_then(Json::as_str) == Some("ISTIO_KUBE_APP_PROBERS")
                        && let Some(Json::Object(m)) = e
                            .get("value")
                            .and_then(Json::as_str)
                            .and_then(|v| serde_json::from_str(v).ok())
                    {
                        st.probers = m;
                    }
                }
            }
        }
        let (out, keep): (Vec<Json>, Vec<Json>) = list.drain(..).partition(|c| {
            let n = c.get("name").and_then(Json::as_str).unwrap_or("");
            gone.iter().any(|g| g == n)
        });
        *list = keep;
        st.removed.extend(out);
    }
    for key in ["volumes", "imagePullSecrets"] {
        let gone = names(key);
        if let Some(list) = spec.get_mut(key).and_then(Json::as_array_mut) {
            list.retain(|c| {
                !gone
                    .iter()
                    .any(|n| c.get("name").and_then(Json::as_str) == Some(n.as_str()))
            });
        }
    }
    if let Some(a) = meta.get_mut("annotations").and_then(Json::as_object_mut) {
        a.remove(STATUS_ANNOTATION);
    }
    st
}
