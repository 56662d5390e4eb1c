//! Kubernetes' strategic merge patch on JSON trees: maps merge, a `null` deletes, lists of
//! named things merge by their patch merge key, other lists are replaced.
//!
//! Callers differ in two ways, both explicit in [`Options`]: how a merged named list is
//! ordered, and whether `$patch` directives are honoured. The merge-key table is one.

use serde_json::{Map, Value};

/// How the items of a merged named list are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOrder {
    /// The original's items first (merged with the patch's), then the patch's new items:
    /// the pod-over-template merge kube-inject's goldens expect.
    OriginalFirst,
    /// As apimachinery orders them: the patch's items in the patch's order, each
    /// original-only item slotted in before the first patch item that follows it in the
    /// original.
    Kubernetes,
}

/// How a merge treats lists and directives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub order: ListOrder,
    /// Honour `$patch` keys (`$patch: delete` list items are removed, other `$patch*` keys
    /// are dropped) and merge a map patch into a non-map original as into an empty map.
    pub directives: bool,
}

/// A strategic merge patch as `kubectl patch` applies it (istioctl's `k8s` settings).
pub const PATCH: Options = Options {
    order: ListOrder::Kubernetes,
    directives: true,
};

/// Istio's overlay of one container, or of one template, onto another.
pub const OVERLAY: Options = Options {
    order: ListOrder::Kubernetes,
    directives: false,
};

/// The user's pod over the injection template's pod.
pub const POD_OVER_TEMPLATE: Options = Options {
    order: ListOrder::OriginalFirst,
    directives: false,
};

/// The patch merge key of a list field, by the field's name and the path of its parent
/// (`None`: the list is atomic and replaced as a whole). The union of what the pod,
/// container and Service types tag with `patchMergeKey`, for the kinds sailctl merges.
pub fn merge_key(parent: &[String], field: &str) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets" => Some("name"),
        "hostAliases" => Some("ip"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        // ServiceSpec.ports merge by port; a container's ports by containerPort.
        "ports" if parent.len() == 1 && parent[0] == "spec" => Some("port"),
        "ports" => Some("containerPort"),
        _ => None,
    }
}

/// Merges `patch` into `original` in place.
pub fn merge_into(original: &mut Value, patch: &Value, opts: Options) {
    merge_value(original, patch, &mut Vec::new(), opts);
}

/// `patch` merged over a copy of `original`.
pub fn merged(original: &Value, patch: &Value, opts: Options) -> Value {
    let mut out = original.clone();
    merge_into(&mut out, patch, opts);
    out
}

fn merge_value(orig: &mut Value, patch: &Value, path: &mut Vec<String>, opts: Options) {
    match patch {
        Value::Object(pm) if orig.is_object() || opts.directives => {
            if !orig.is_object() {
                *orig = Value::Object(Map::new());
            }
            if let Value::Object(om) = orig {
                merge_map(om, pm, path, opts);
            }
        }
        _ => *orig = patch.clone(),
    }
}

fn merge_map(
    om: &mut Map<String, Value>,
    pm: &Map<String, Value>,
    path: &mut Vec<String>,
    opts: Options,
) {
    for (k, pv) in pm {
        if opts.directives && k.starts_with("$patch") {
            continue;
        }
        if pv.is_null() {
            om.shift_remove(k);
            continue;
        }
        match (om.get_mut(k), pv) {
            (Some(ov @ Value::Object(_)), Value::Object(_)) => {
                path.push(k.clone());
                merge_value(ov, pv, path, opts);
                path.pop();
            }
            (Some(Value::Array(ol)), Value::Array(pl)) => match merge_key(path, k) {
                Some(key) => {
                    path.push(k.clone());
                    let list = merge_list(ol, pl, key, path, opts);
                    path.pop();
                    *ol = list;
                }
                None => *ol = pl.clone(),
            },
            (_, pv) => {
                om.insert(k.clone(), new_value(pv, opts));
            }
        }
    }
}

/// A patch value that lands where the original had nothing to merge with.
fn new_value(v: &Value, opts: Options) -> Value {
    if opts.directives {
        without_directives(v)
    } else {
        v.clone()
    }
}

/// A copy without `$patch*` keys in any map reached through maps.
fn without_directives(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with("$patch"))
                .map(|(k, v)| (k.clone(), without_directives(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn key_of<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_object().and_then(|m| m.get(key))
}

fn is_delete(v: &Value) -> bool {
    key_of(v, "$patch").and_then(Value::as_str) == Some("delete")
}

/// Where the first item of `list` with the same key as `item` sits.
fn position_by_key(list: &[Value], item: &Value, key: &str) -> Option<usize> {
    let k = key_of(item, key)?;
    list.iter().position(|x| key_of(x, key) == Some(k))
}

fn merge_list(
    orig: &[Value],
    patch: &[Value],
    key: &str,
    path: &mut Vec<String>,
    opts: Options,
) -> Vec<Value> {
    match opts.order {
        ListOrder::OriginalFirst => merge_list_original_first(orig, patch, key, path, opts),
        ListOrder::Kubernetes => merge_list_kubernetes(orig, patch, key, path, opts),
    }
}

fn merge_list_original_first(
    orig: &[Value],
    patch: &[Value],
    key: &str,
    path: &mut Vec<String>,
    opts: Options,
) -> Vec<Value> {
    let mut out = Vec::with_capacity(orig.len() + patch.len());
    for ov in orig {
        let mut item = ov.clone();
        if let Some(i) = position_by_key(patch, ov, key) {
            merge_value(&mut item, &patch[i], path, opts);
        }
        out.push(item);
    }
    for pv in patch {
        if position_by_key(orig, pv, key).is_none() {
            out.push(new_value(pv, opts));
        }
    }
    out
}

fn merge_list_kubernetes(
    orig: &[Value],
    patch: &[Value],
    key: &str,
    path: &mut Vec<String>,
    opts: Options,
) -> Vec<Value> {
    // The patch's items, merged with their original, in the patch's order, each with the
    // original position it interleaves by.
    let mut patched: Vec<(Option<usize>, Value)> = Vec::with_capacity(patch.len());
    for pv in patch {
        if opts.directives && is_delete(pv) {
            continue;
        }
        let item = match position_by_key(orig, pv, key) {
            Some(i) => {
                let mut o = orig[i].clone();
                merge_value(&mut o, pv, path, opts);
                o
            }
            None => new_value(pv, opts),
        };
        // apimachinery places by the merged item's key; without directives the patch
        // item's key (the same but for a `null` key, which only directives can meet).
        let at = if opts.directives {
            position_by_key(orig, &item, key)
        } else {
            position_by_key(orig, pv, key)
        };
        patched.push((at, item));
    }
    let deleted: Vec<&Value> = patch
        .iter()
        .filter(|p| opts.directives && is_delete(p))
        .filter_map(|p| key_of(p, key))
        .collect();
    // The original's items the patch does not name, in the original's order.
    let only_orig: Vec<(Option<usize>, &Value)> = orig
        .iter()
        .enumerate()
        .filter(|(_, o)| position_by_key(patch, o, key).is_none())
        .filter(|(_, o)| !deleted.contains(&key_of(o, key).unwrap_or(&Value::Null)))
        .map(|(i, o)| {
            let at = if opts.directives {
                position_by_key(orig, o, key)
            } else {
                Some(i)
            };
            (at, o)
        })
        .collect();
    let mut out = Vec::with_capacity(only_orig.len() + patched.len());
    let (mut i, mut j) = (0, 0);
    while i < only_orig.len() || j < patched.len() {
        let take_orig = match (only_orig.get(i), patched.get(j)) {
            (Some(_), None) => true,
            (Some((Some(a), _)), Some((Some(b), _))) => a < b,
            _ => false,
        };
        if take_orig {
            out.push(only_orig[i].1.clone());
            i += 1;
        } else {
            out.push(patched[j].1.clone());
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(list: &Value) -> Vec<&str> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn orders_differ_only_for_named_lists() {
        let base = json!({"env": [{"name": "A"}, {"name": "B"}]});
        let patch = json!({"env": [{"name": "N"}, {"name": "A", "value": "1"}]});
        let k8s = merged(&base, &patch, OVERLAY);
        assert_eq!(names(&k8s["env"]), ["N", "A", "B"]);
        let first = merged(&base, &patch, POD_OVER_TEMPLATE);
        assert_eq!(names(&first["env"]), ["A", "B", "N"]);
        assert_eq!(first["env"][0]["value"], json!("1"));
    }

    /// The one key the old tables disagreed on: `ports` under a Service's `spec` merge by
    /// `port`, a container's by `containerPort` (a pod has no `spec.ports`, so the pod
    /// merge never met the Service case).
    #[test]
    fn ports_merge_key_depends_on_the_parent() {
        let svc = json!({"spec": {"ports": [{"port": 80, "name": "a"}, {"port": 81}]}});
        let p = json!({"spec": {"ports": [{"port": 80, "name": "b"}]}});
        let m = merged(&svc, &p, PATCH);
        assert_eq!(m["spec"]["ports"].as_array().unwrap().len(), 2);
        assert_eq!(m["spec"]["ports"][0]["name"], json!("b"));

        let pod = json!({"spec": {"containers": [{"name": "c", "ports": [
            {"containerPort": 80, "name": "a"}, {"containerPort": 81}]}]}});
        let p = json!({"spec": {"containers": [{"name": "c", "ports": [
            {"containerPort": 80, "name": "b"}]}]}});
        for opts in [PATCH, OVERLAY, POD_OVER_TEMPLATE] {
            let m = merged(&pod, &p, opts);
            let ports = &m["spec"]["containers"][0]["ports"];
            assert_eq!(ports.as_array().unwrap().len(), 2, "{opts:?}");
            assert_eq!(ports[0]["name"], json!("b"), "{opts:?}");
        }
    }

    #[test]
    fn directives_delete_items_and_vanish() {
        let base = json!({"env": [{"name": "A"}, {"name": "B"}]});
        let patch =
            json!({"env": [{"name": "A", "$patch": "delete"}], "x": {"$patch": "y", "z": 1}});
        let m = merged(&base, &patch, PATCH);
        assert_eq!(m, json!({"env": [{"name": "B"}], "x": {"z": 1}}));
    }

    #[test]
    fn null_deletes_and_other_lists_replace() {
        let base = json!({"a": 1, "b": [1, 2], "c": 3});
        let m = merged(
            &base,
            &json!({"a": null, "b": [3], "d": null}),
            POD_OVER_TEMPLATE,
        );
        assert_eq!(m, json!({"b": [3], "c": 3}));
        assert_eq!(
            m.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["b", "c"]
        );
    }

    type Json = Value;

    fn overlay(original: &Json, patch: &Json) -> Json {
        merged(original, patch, OVERLAY)
    }

    fn strategic(original: &Json, patch: &Json) -> Json {
        merged(original, patch, POD_OVER_TEMPLATE)
    }

    /// Kubernetes orders a merged named list by the patch, slotting the original's other
    /// items in before the first patch item that follows them in the original.
    #[test]
    fn overlay_orders_named_lists_like_kubernetes() {
        let env = |names: &[&str]| -> Json {
            json!({"env": names.iter().map(|n| json!({"name": n, "value": n})).collect::<Vec<_>>()})
        };
        let names = |v: &Json| -> Vec<String> {
            v["env"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["name"].as_str().unwrap().to_string())
                .collect()
        };
        let base = env(&["A", "B", "C", "D"]);
        // A new patch item comes first; B (original-only) goes before C, which follows it.
        let m = overlay(&base, &env(&["NEW", "A", "C"]));
        assert_eq!(names(&m), ["NEW", "A", "B", "C", "D"]);
        // The patch's order wins over the original's for items both name; B and C come
        // before D, which follows them in the original.
        let m = overlay(&base, &env(&["D", "A"]));
        assert_eq!(names(&m), ["B", "C", "D", "A"]);
        // The pod-over-template merge keeps the original's items first.
        let m = strategic(&base, &env(&["NEW", "A"]));
        assert_eq!(names(&m), ["A", "B", "C", "D", "NEW"]);
    }
}
