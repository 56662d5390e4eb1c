//! Containers the user supplies under an injected container's name: taken out of the pod,
//! overlaid on the template's container, and recorded for a later re-injection.

use super::reinject::Stripped;
use super::{gojson, merge};
use crate::tree::strategic;
use serde_json::{Map, Value as Json, json};

/// A container that overrides the template's container of the same name.
pub(super) struct Override {
    /// The template list it lands in (`containers` or `initContainers`).
    list: String,
    container: Json,
    /// Still in the pod after stripping an earlier injection (a user's container), as
    /// opposed to one the earlier injection added.
    in_pod: bool,
}

/// Removes the user's containers named like injected ones and returns them as overrides.
///
/// As Istio: a template container whose name the earlier status lists for the same list is
/// the earlier injection's own and is not an override (the new template wins); otherwise a
/// container of that name anywhere in the original pod — also one an earlier injection put
/// in the other list — overrides the template's.
pub(super) fn take_overrides(
    original: &mut Json,
    template_pod: &Json,
    stripped: &Stripped,
) -> Vec<Override> {
    let mut where_: Vec<(String, String)> = Vec::new();
    for key in ["initContainers", "containers"] {
        let earlier = if key == "containers" {
            &stripped.containers
        } else {
            &stripped.init_containers
        };
        for c in template_pod["spec"][key].as_array().into_iter().flatten() {
            if let Some(n) = c.get("name").and_then(Json::as_str)
                && !earlier.iter().any(|e| e == n)
            {
                where_.push((n.to_string(), key.to_string()));
            }
        }
    }
    let without_auto = |c: &Json| {
        let mut c = c.clone();
        if let Some(o) = c.as_object_mut()
            && o.get("image").and_then(Json::as_str) == Some("auto")
        {
            o.remove("image");
        }
        c
    };
    let mut found: Vec<Override> = Vec::new();
    for key in ["initContainers", "containers"] {
        let Some(list) = original["spec"].get_mut(key).and_then(Json::as_array_mut) else {
            continue;
        };
        list.retain(|c| {
            let n = c.get("name").and_then(Json::as_str).unwrap_or("");
            match where_.iter().find(|(w, _)| w == n) {
                Some((_, dest)) => {
                    found.push(Override {
                        list: dest.clone(),
                        container: without_auto(c),
                        in_pod: true,
                    });
                    false
                }
                None => true,
            }
        });
    }
    for c in &stripped.removed {
        let n = c.get("name").and_then(Json::as_str).unwrap_or("");
        if let Some((_, dest)) = where_.iter().find(|(w, _)| w == n)
            && !found
                .iter()
                .any(|f| f.container.get("name").and_then(Json::as_str) == Some(n))
        {
            found.push(Override {
                list: dest.clone(),
                container: without_auto(c),
                in_pod: false,
            });
        }
    }
    // In the template's order.
    let mut out = Vec::new();
    for (n, _) in &where_ {
        if let Some(i) = found
            .iter()
            .position(|f| f.container.get("name").and_then(Json::as_str) == Some(n.as_str()))
        {
            out.push(found.swap_remove(i));
        }
    }
    out
}

/// Overlays each override on the template's container of the same name.
pub(super) fn apply_overrides(template_pod: &mut Json, overrides: &[Override]) {
    for o in overrides {
        let c = &o.container;
        for t in template_pod["spec"][o.list.as_str()]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            if t.get("name") == c.get("name") {
                // Istio overlays the template on the pod (a user's container is the base,
                // so its own list items end up after the template's), then the override
                // on the result.
                let base = if o.in_pod {
                    strategic::merged(c, t, strategic::OVERLAY)
                } else {
                    t.clone()
                };
                *t = strategic::merged(&base, c, strategic::OVERLAY);
            }
        }
    }
}

/// Records the overrides on the pod so a later re-injection can apply them again (Istio
/// writes the record only on the first injection).
pub(super) fn record_overrides(original: &mut Json, overrides: &[Override]) {
    if overrides.is_empty() {
        return;
    }
    let mut ann_json = Map::new();
    for key in ["containers", "initContainers"] {
        let list: Vec<Json> = overrides
            .iter()
            .filter(|o| o.list == key)
            .map(|o| {
                let mut c = o.container.clone();
                if let Some(o) = c.as_object_mut() {
                    o.entry("resources").or_insert_with(|| json!({}));
                }
                let mut tmp = json!({"containers": [c]});
                merge::canonical_resources(&mut tmp);
                gojson::ordered("Container", &tmp["containers"][0])
            })
            .collect();
        if !list.is_empty() {
            ann_json.insert(key.into(), Json::Array(list));
        }
    }
    let text = Json::Object(ann_json).to_string();
    if let Some(m) = original["metadata"].as_object_mut()
        && let Some(a) = m
            .entry("annotations")
            .or_insert_with(|| Json::Object(Map::new()))
            .as_object_mut()
    {
        a.insert("proxy.istio.io/overrides".into(), Json::String(text));
    }
}
