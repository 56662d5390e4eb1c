//! Kubernetes label selectors over label maps: `matchLabels` maps, full LabelSelectors, and
//! the `k=v,...` form Kubernetes prints.

use serde_json::{Map, Value};

/// A `matchLabels`-style selector (map of key → value) matches these labels.
pub fn selector_matches(
    selector: &Map<String, Value>,
    labels: Option<&Map<String, Value>>,
) -> bool {
    selector.iter().all(|(k, v)| {
        labels
            .and_then(|l| l.get(k))
            .is_some_and(|lv| lv == v || (lv.as_str().is_some() && lv.as_str() == v.as_str()))
    })
}

/// A Kubernetes LabelSelector (`matchLabels` + `matchExpressions`) matches these labels.
pub fn label_selector_matches(sel: &Value, labels: Option<&Map<String, Value>>) -> bool {
    if let Some(ml) = sel.get("matchLabels").and_then(Value::as_object)
        && !selector_matches(ml, labels)
    {
        return false;
    }
    if let Some(exprs) = sel.get("matchExpressions").and_then(Value::as_array) {
        for e in exprs {
            let key = e.get("key").and_then(Value::as_str).unwrap_or("");
            let op = e.get("operator").and_then(Value::as_str).unwrap_or("");
            let vals: Vec<&str> = e
                .get("values")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let have = labels.and_then(|l| l.get(key)).and_then(Value::as_str);
            let ok = match op {
                "In" => have.is_some_and(|h| vals.contains(&h)),
                "NotIn" => !have.is_some_and(|h| vals.contains(&h)),
                "Exists" => have.is_some(),
                "DoesNotExist" => have.is_none(),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// A selector map as Kubernetes prints it: `k1=v1,k2=v2`, keys sorted.
pub fn selector_string(sel: &Map<String, Value>) -> String {
    let mut kv: Vec<(String, String)> = sel
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string()),
            )
        })
        .collect();
    kv.sort();
    kv.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}
