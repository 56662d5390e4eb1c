//! Undoing an earlier injection (named by its status annotation) so a pod can be injected
//! again.

use super::STATUS_ANNOTATION;
use crate::tree::strategic;
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
    /// The same containers with the list each was removed from.
    pub(super) removed_from: Vec<(&'static str, Json)>,
    /// The status annotation's volume and pull-secret names (Istio leaves those in the pod).
    pub(super) volumes: Vec<String>,
    pub(super) image_pull_secrets: Vec<String>,
}

/// Undoes an earlier injection (named in the status annotation) so the pod can be injected
/// again, as Istio strips it: the containers and init containers the status names for that
/// list go, and the status annotation; volumes and pull secrets stay.
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
        st.removed_from.extend(out.iter().map(|c| (key, c.clone())));
        st.removed.extend(out);
    }
    st.volumes = names("volumes");
    st.image_pull_secrets = names("imagePullSecrets");
    if let Some(a) = meta.get_mut("annotations").and_then(Json::as_object_mut) {
        a.remove(STATUS_ANNOTATION);
    }
    st
}

/// Istio overlays the templates on the pod as it was, not on the stripped one. So an item an
/// earlier injection added that the templates add again keeps the earlier item's fields the
/// templates do not set (the templates win where both do), and earlier containers the
/// templates do not add again stay in the pod, where they were.
///
/// `template_pod` gets the combined items; `original` (the stripped pod, the merge's base)
/// gets back the earlier containers the templates leave out, and loses the earlier volumes
/// and pull secrets the templates add again (the templates' items, combined, replace them).
pub(super) fn keep_earlier_items(
    template_pod: &mut Json,
    original: &mut Json,
    unstripped_spec: &Json,
    st: &Stripped,
) {
    let name_of = |c: &Json| c.get("name").and_then(Json::as_str).map(str::to_string);
    let in_template = |tp: &Json, key: &str, name: &Option<String>| {
        tp["spec"][key]
            .as_array()
            .into_iter()
            .flatten()
            .any(|t| name_of(t) == *name && name.is_some())
    };
    // Containers the earlier injection added: combined, or back in the pod.
    for key in ["containers", "initContainers"] {
        let listed = if key == "containers" {
            &st.containers
        } else {
            &st.init_containers
        };
        let mut restored = Vec::new();
        for c in unstripped_spec[key].as_array().into_iter().flatten() {
            let name = name_of(c);
            let earlier = name.as_ref().is_some_and(|n| listed.contains(n));
            if !earlier {
                restored.push(None);
                continue;
            }
            if in_template(template_pod, key, &name) {
                for t in template_pod["spec"][key]
                    .as_array_mut()
                    .into_iter()
                    .flatten()
                {
                    if name_of(t) == name {
                        *t = strategic::merged(c, t, strategic::OVERLAY);
                    }
                }
                continue;
            }
            // In the templates' other list, it is an override (see `take_overrides`).
            if !in_template(template_pod, "containers", &name)
                && !in_template(template_pod, "initContainers", &name)
            {
                restored.push(Some(c.clone()));
            }
        }
        if restored.iter().any(Option::is_some) {
            // Rebuild the list in the pod's order: the stripped pod's items (possibly fewer
            // now, if overrides were taken out) with the earlier ones back in their places.
            let mut kept = original["spec"][key]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter();
            let mut list = Vec::new();
            for r in restored {
                match r {
                    Some(c) => list.push(c),
                    None => list.extend(kept.next()),
                }
            }
            list.extend(kept);
            original["spec"][key] = Json::Array(list);
        }
    }
    // Volumes and pull secrets stay in the pod; those the templates add again combine.
    for (key, listed) in [
        ("volumes", &st.volumes),
        ("imagePullSecrets", &st.image_pull_secrets),
    ] {
        let mut replaced = Vec::new();
        for v in original["spec"][key].as_array().into_iter().flatten() {
            let name = name_of(v);
            if name.as_ref().is_some_and(|n| listed.contains(n))
                && in_template(template_pod, key, &name)
            {
                for t in template_pod["spec"][key]
                    .as_array_mut()
                    .into_iter()
                    .flatten()
                {
                    if name_of(t) == name {
                        *t = strategic::merged(v, t, strategic::OVERLAY);
                    }
                }
                replaced.extend(name);
            }
        }
        if let Some(list) = original
            .get_mut("spec")
            .and_then(|s| s.get_mut(key))
            .and_then(Json::as_array_mut)
        {
            list.retain(|v| !name_of(v).is_some_and(|n| replaced.contains(&n)));
        }
    }
}
