//! Strategic-merge of the user's pod over the template's pod: maps merge, lists of
//! named things merge by their key (template items first, the user's new items after),
//! other lists and scalars take the user's value.

use serde_json::{Map, Value as Json};

fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers" | "initContainers" | "volumes" | "env" | "imagePullSecrets" => Some("name"),
        "ports" => Some("containerPort"),
        "volumeMounts" => Some("mountPath"),
        _ => None,
    }
}

/// `patch` merged over `original`; named lists keep the original's items first and add the
/// patch's new ones after (the pod-over-template merge the goldens expect).
pub fn strategic(original: &Json, patch: &Json) -> Json {
    merge_field("", original, patch, false)
}

/// `patch` merged over `original` exactly as Kubernetes' strategic merge patch orders named
/// lists (Istio's overlay of one container, or of one template, onto another).
pub fn overlay(original: &Json, patch: &Json) -> Json {
    merge_field("", original, patch, true)
}

fn merge_field(field: &str, original: &Json, patch: &Json, k8s_order: bool) -> Json {
    match (original, patch) {
        (Json::Object(o), Json::Object(p)) => {
            let mut out = Map::new();
            for (k, ov) in o {
                match p.get(k) {
                    None => {
                        out.insert(k.clone(), ov.clone());
                    }
                    Some(Json::Null) => {}
                    Some(pv) => {
                        out.insert(k.clone(), merge_field(k, ov, pv, k8s_order));
                    }
                }
            }
            for (k, pv) in p {
                if !o.contains_key(k) && !pv.is_null() {
                    out.insert(k.clone(), pv.clone());
                }
            }
            Json::Object(out)
        }
        (Json::Array(o), Json::Array(p)) => match merge_key(field) {
            Some(key) if k8s_order => merge_keyed(key, o, p),
            Some(key) => {
                let mut out: Vec<Json> = Vec::new();
                for ov in o {
                    let k = ov.get(key);
                    match p.iter().find(|pv| k.is_some() && pv.get(key) == k) {
                        Some(pv) => out.push(merge_field("", ov, pv, false)),
                        None => out.push(ov.clone()),
                    }
                }
                for pv in p {
                    let k = pv.get(key);
                    if k.is_none() || !o.iter().any(|ov| ov.get(key) == k) {
                        out.push(pv.clone());
                    }
                }
                Json::Array(out)
            }
            None => patch.clone(),
        },
        (_, p) => p.clone(),
    }
}

/// A list of named things, merged and ordered as Kubernetes' strategic merge does: the
/// patch's items keep the patch's order, the original's other items keep theirs, and each
/// original-only item goes before the first patch item that comes after it in the original.
fn merge_keyed(key: &str, o: &[Json], p: &[Json]) -> Json {
    let pos = |list: &[Json], item: &Json| -> Option<usize> {
        let k = item.get(key)?;
        list.iter().position(|x| x.get(key) == Some(k))
    };
    // Patch items (merged with their original), in the patch's order.
    let right: Vec<(Option<usize>, Json)> = p
        .iter()
        .map(|pv| match pos(o, pv) {
            Some(i) => (Some(i), merge_field("", &o[i], pv, true)),
            None => (None, pv.clone()),
        })
        .collect();
    // Original items the patch does not name, in the original's order.
    let left: Vec<(usize, &Json)> = o
        .iter()
        .enumerate()
        .filter(|(_, ov)| pos(p, ov).is_none())
        .collect();
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() || j < right.len() {
        let take_left = match (left.get(i), right.get(j)) {
            (Some(_), None) => true,
            (Some((li, _)), Some((Some(ri), _))) => li < ri,
            _ => false,
        };
        if take_left {
            out.push(left[i].1.clone());
            i += 1;
        } else {
            out.push(right[j].1.clone());
            j += 1;
        }
    }
    Json::Array(out)
}

/// Istio's container order: the proxy last, or first when the application waits for it.
pub fn reorder(pod: &mut Json, hold: bool, native: bool) {
    if !native
        && let Some(ics) = pod
            .pointer_mut("/spec/initContainers")
            .and_then(Json::as_array_mut)
    {
        // Without native sidecars, the user's own sidecars (restartPolicy Always) start first.
        let (mut first, rest): (Vec<Json>, Vec<Json>) = ics.drain(..).partition(|c| {
            c.get("restartPolicy").and_then(Json::as_str) == Some("Always")
                && c.get("name").and_then(Json::as_str) != Some("istio-proxy")
        });
        first.extend(rest);
        *ics = first;
    }
    let Some(cs) = pod
        .pointer_mut("/spec/containers")
        .and_then(Json::as_array_mut)
    else {
        return;
    };
    if let Some(i) = cs
        .iter()
        .position(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
    {
        let c = cs.remove(i);
        if hold {
            cs.insert(0, c);
        } else {
            cs.push(c);
        }
    }
}

/// Kubernetes' canonical form of a quantity string (`2000m` → `2`, `1024Mi` → `1Gi`), as a
/// Go round trip through resource.Quantity prints it. Unparseable strings are kept.
pub fn canonical_quantity(s: &str) -> String {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    let Ok(n) = num.parse::<f64>() else {
        return s.to_string();
    };
    const BIN: &[(&str, f64)] = &[
        ("Ki", 1024.0),
        ("Mi", 1048576.0),
        ("Gi", 1073741824.0),
        ("Ti", 1099511627776.0),
        ("Pi", 1125899906842624.0),
    ];
    const DEC: &[(&str, f64)] = &[
        ("m", 1e-3),
        ("", 1.0),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("P", 1e15),
    ];
    if let Some((_, mult)) = BIN.iter().find(|(u, _)| *u == suffix) {
        let bytes = n * mult;
        if bytes.fract() == 0.0 {
            for (u, m) in BIN.iter().rev() {
                if (bytes / m).fract() == 0.0 && bytes >= *m {
                    return format!("{}{u}", (bytes / m) as i64);
                }
            }
            return format!("{}", bytes as i64);
        }
        return s.to_string();
    }
    if let Some((_, mult)) = DEC.iter().find(|(u, _)| *u == suffix) {
        let milli = (n * mult * 1000.0).round();
        if (n * mult * 1000.0 - milli).abs() > 1e-6 {
            return s.to_string();
        }
        let milli = milli as i64;
        if milli == 0 {
            return "0".into();
        }
        for (u, m) in DEC.iter().rev() {
            let per = (m * 1000.0) as i64;
            if per > 0 && milli % per == 0 {
                return format!("{}{u}", milli / per);
            }
        }
        return s.to_string();
    }
    s.to_string()
}

/// Canonicalises every container's resource quantities.
pub fn canonical_resources(spec: &mut Json) {
    for key in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(key).and_then(Json::as_array_mut) {
            for c in cs {
                for part in ["limits", "requests"] {
                    if let Some(m) = c
                        .pointer_mut(&format!("/resources/{part}"))
                        .and_then(Json::as_object_mut)
                    {
                        for v in m.values_mut() {
                            match v {
                                Json::String(s) => *s = canonical_quantity(s),
                                Json::Number(n) => {
                                    *v = Json::String(canonical_quantity(&n.to_string()))
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quantities_print_like_kubernetes() {
        for (i, o) in [
            ("2000m", "2"),
            ("1024Mi", "1Gi"),
            ("100m", "100m"),
            ("128Mi", "128Mi"),
            ("1500m", "1500m"),
            ("0.5", "500m"),
            ("3000m", "3"),
            ("0", "0"),
            ("weird", "weird"),
        ] {
            assert_eq!(canonical_quantity(i), o, "{i}");
        }
    }

    #[test]
    fn named_lists_merge_by_key_and_user_wins() {
        let template = json!({"spec": {"containers": [
            {"name": "istio-proxy", "image": "proxy", "args": ["a"], "env": [{"name": "X", "value": "1"}]}
        ]}});
        let user = json!({"spec": {"containers": [
            {"name": "app", "image": "app"},
            {"name": "istio-proxy", "args": ["b"], "env": [{"name": "Y", "value": "2"}]}
        ]}});
        let mut m = strategic(&template, &user);
        assert_eq!(m["spec"]["containers"][0]["args"], json!(["b"]));
        assert_eq!(m["spec"]["containers"][0]["image"], json!("proxy"));
        assert_eq!(
            m["spec"]["containers"][0]["env"].as_array().unwrap().len(),
            2
        );
        reorder(&mut m, false, true);
        assert_eq!(m["spec"]["containers"][1]["name"], json!("istio-proxy"));
        reorder(&mut m, true, true);
        assert_eq!(m["spec"]["containers"][0]["name"], json!("istio-proxy"));
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
