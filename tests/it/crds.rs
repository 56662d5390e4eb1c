//! The bundled CRDs against the reference istioctl 1.30.3's: `manifest generate --set
//! profile=default` through both binaries must render the same CustomResourceDefinitions, in
//! the same order, field for field — except that sailctl leaves out every `description`
//! (no prose copied from Istio), so those are removed from istioctl's before comparing.

use crate::support::process::{stderr as err, stdout as out};
use crate::support::reference::istioctl;
use crate::support::sailctl::offline;
use serde_json::Value;

const ARGS: [&str; 4] = ["manifest", "generate", "--set", "profile=default"];

/// How many differing paths a failure prints per CRD.
const SHOWN: usize = 40;

fn crds(text: &str, who: &str) -> Vec<Value> {
    ::sailctl::yaml::parse_stream(who, text)
        .unwrap_or_else(|e| panic!("{who}'s output is not YAML: {e}"))
        .into_iter()
        .map(|d| d.value)
        .filter(|v| v["kind"] == "CustomResourceDefinition")
        .collect()
}

fn name(crd: &Value) -> String {
    crd.pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("<unnamed>")
        .to_string()
}

/// `v` without `description` keys; the keys of a schema's `properties` map are field names,
/// so a field called `description` stays.
fn strip_descriptions(v: &Value, field_names: bool) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| field_names || k.as_str() != "description")
                .map(|(k, x)| {
                    (
                        k.clone(),
                        strip_descriptions(x, !field_names && k == "properties"),
                    )
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| strip_descriptions(x, false)).collect()),
        other => other.clone(),
    }
}

/// Every path where `a` and `b` differ, as (path, a's value, b's value).
fn diff(a: &Value, b: &Value, path: &str, out: &mut Vec<(String, String, String)>) {
    let show = |v: Option<&Value>| v.map_or("<absent>".to_string(), |v| v.to_string());
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = format!("{path}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (x.get(k), y.get(k)) {
                    (Some(l), Some(r)) => diff(l, r, &p, out),
                    (l, r) => out.push((p, show(l), show(r))),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let p = format!("{path}/{i}");
                match (x.get(i), y.get(i)) {
                    (Some(l), Some(r)) => diff(l, r, &p, out),
                    (l, r) => out.push((p, show(l), show(r))),
                }
            }
        }
        _ if a != b => out.push((path.to_string(), show(Some(a)), show(Some(b)))),
        _ => {}
    }
}

fn cut(s: &str) -> String {
    if s.chars().count() > 160 {
        format!("{}…", s.chars().take(160).collect::<String>())
    } else {
        s.to_string()
    }
}

#[test]
fn default_profile_crds_match_istioctl_without_descriptions() {
    let theirs = istioctl(ARGS).output();
    assert!(
        theirs.status.success(),
        "istioctl 1.30.3 failed: {}",
        err(&theirs)
    );
    let ours = offline(ARGS).output();
    assert!(ours.status.success(), "sailctl failed: {}", err(&ours));
    let want: Vec<Value> = crds(&out(&theirs), "istioctl")
        .iter()
        .map(|c| strip_descriptions(c, false))
        .collect();
    let got = crds(&out(&ours), "sailctl");
    assert_eq!(want.len(), 15, "istioctl renders Istio's 15 CRDs");

    let names = |v: &[Value]| v.iter().map(name).collect::<Vec<_>>();
    assert_eq!(
        names(&got),
        names(&want),
        "sailctl (left) and istioctl (right) render different CRDs or in another order"
    );
    for c in &got {
        assert_eq!(
            &strip_descriptions(c, false),
            c,
            "sailctl's {} carries a description",
            name(c)
        );
    }

    let mut report = String::new();
    let mut identical = 0;
    for (w, g) in want.iter().zip(&got) {
        let mut d = Vec::new();
        diff(w, g, "", &mut d);
        if d.is_empty() {
            identical += 1;
            continue;
        }
        report.push_str(&format!("{} — {} differing paths:\n", name(w), d.len()));
        for (p, l, r) in d.iter().take(SHOWN) {
            report.push_str(&format!(
                "  {p}\n    istioctl: {}\n    sailctl:  {}\n",
                cut(l),
                cut(r)
            ));
        }
        if d.len() > SHOWN {
            report.push_str(&format!("  … and {} more\n", d.len() - SHOWN));
        }
    }
    assert!(
        report.is_empty(),
        "{identical} of {} CRDs identical (descriptions removed from istioctl's); \
         the others differ:\n{report}",
        want.len()
    );
}

#[test]
fn the_comparison_sees_differences_and_keeps_fields_named_description() {
    let crd = serde_json::json!({"spec": {"description": "prose", "properties": {
        "description": {"type": "string", "description": "prose"}}}});
    let stripped = strip_descriptions(&crd, false);
    assert_eq!(
        stripped,
        serde_json::json!({"spec": {"properties": {"description": {"type": "string"}}}})
    );
    let mut d = Vec::new();
    let other = serde_json::json!({"spec": {"properties": {"description": {"type": "integer"}},
        "required": ["a/b"]}});
    diff(&stripped, &other, "", &mut d);
    assert_eq!(
        d,
        vec![
            (
                "/spec/properties/description/type".to_string(),
                "\"string\"".to_string(),
                "\"integer\"".to_string()
            ),
            (
                "/spec/required".to_string(),
                "<absent>".to_string(),
                "[\"a/b\"]".to_string()
            ),
        ]
    );
}
