//! The pod-level finishing steps around the strategic merges of injection (the merges
//! themselves are `crate::tree::strategic`): Istio's container order and Kubernetes'
//! canonical resource quantities.

use serde_json::Value as Json;

/// Moves the container `name` to the front or the back of a list (Istio's
/// `modifyContainers`: when several share the name, the last one stays).
fn move_container(list: &mut Vec<Json>, name: &str, first: bool) {
    let named = |c: &Json| c.get("name").and_then(Json::as_str) == Some(name);
    let Some(found) = list.iter().rposition(named) else {
        return;
    };
    let c = list[found].clone();
    list.retain(|c| !named(c));
    if first {
        list.insert(0, c);
    } else {
        list.push(c);
    }
}

/// Istio's container order: the proxy last, or first when the application waits for it.
/// Init containers: with the proxy among them (native sidecars) `istio-init`,
/// `istio-validation`, `istio-proxy` and `enable-core-dump` lead, in that order; otherwise
/// `istio-validation` leads and `istio-init` then `enable-core-dump` come last, so the
/// traffic rules are set up after every other init container ran.
pub fn reorder(pod: &mut Json, hold: bool) {
    if let Some(cs) = pod
        .pointer_mut("/spec/containers")
        .and_then(Json::as_array_mut)
    {
        move_container(cs, "istio-proxy", hold);
    }
    let Some(ics) = pod
        .pointer_mut("/spec/initContainers")
        .and_then(Json::as_array_mut)
    else {
        return;
    };
    let has_proxy = ics
        .iter()
        .any(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"));
    if has_proxy {
        for name in [
            "enable-core-dump",
            "istio-proxy",
            "istio-validation",
            "istio-init",
        ] {
            move_container(ics, name, true);
        }
    } else {
        move_container(ics, "istio-validation", true);
        move_container(ics, "istio-init", false);
        move_container(ics, "enable-core-dump", false);
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
    use crate::tree::strategic::{POD_OVER_TEMPLATE, merged};
    use serde_json::json;

    fn strategic(original: &Json, patch: &Json) -> Json {
        merged(original, patch, POD_OVER_TEMPLATE)
    }

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
        reorder(&mut m, false);
        assert_eq!(m["spec"]["containers"][1]["name"], json!("istio-proxy"));
        reorder(&mut m, true);
        assert_eq!(m["spec"]["containers"][0]["name"], json!("istio-proxy"));
    }

    /// Istio's init container order: with the proxy among them, Istio's lead; otherwise
    /// validation first and the traffic rules last, the user's own in their order.
    #[test]
    fn init_containers_in_istios_order() {
        let names = |m: &Json| -> Vec<String> {
            m["spec"]["initContainers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["name"].as_str().unwrap().to_string())
                .collect()
        };
        let pod = |list: &[&str]| json!({"spec": {"initContainers": list.iter().map(|n| json!({"name": n})).collect::<Vec<_>>()}});
        let mut m = pod(&[
            "istio-init",
            "a",
            "enable-core-dump",
            "b",
            "istio-validation",
        ]);
        reorder(&mut m, false);
        assert_eq!(
            names(&m),
            [
                "istio-validation",
                "a",
                "b",
                "istio-init",
                "enable-core-dump"
            ]
        );
        let mut m = pod(&["a", "enable-core-dump", "istio-proxy", "b", "istio-init"]);
        reorder(&mut m, false);
        assert_eq!(
            names(&m),
            ["istio-init", "istio-proxy", "enable-core-dump", "a", "b"]
        );
    }
}
