//! The deliberate differences of rendered objects (README, "Deliberate differences from
//! istioctl"), as normalisations applied to both sides before they are compared. Everything
//! else must be identical.
//!
//! - CustomResourceDefinitions carry no `description` texts (sailctl writes no Istio prose).
//! - The injector ConfigMaps (`istio-sidecar-injector*`) hold sailctl's own injection
//!   templates: the template texts are compared by name only; every other setting in
//!   `config`, and `values`, must be equal.

use serde_json::Value;

use super::compare::Key;

/// Whether objects of this identity have a deliberate difference.
pub fn applies(k: &Key) -> bool {
    k.0 == "CustomResourceDefinition" || is_injector(k)
}

fn is_injector(k: &Key) -> bool {
    k.0 == "ConfigMap" && k.2.starts_with("istio-sidecar-injector")
}

/// Applies the deliberate differences to one side's object.
pub fn normalise(k: &Key, v: &mut Value) {
    if k.0 == "CustomResourceDefinition" {
        if let Some(versions) = v
            .pointer_mut("/spec/versions")
            .and_then(Value::as_array_mut)
        {
            for ver in versions {
                strip_descriptions(ver);
            }
        }
    } else if is_injector(k) {
        injector_templates_by_name(v);
    }
}

/// Removes every `description` that documents a schema node or a printer column.
fn strip_descriptions(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("description").is_some_and(Value::is_string) {
                m.remove("description");
            }
            for (k, child) in m.iter_mut() {
                // Under `properties` the keys are field names: a field called `description`
                // is data, not documentation.
                if k == "properties" {
                    if let Value::Object(props) = child {
                        for p in props.values_mut() {
                            strip_descriptions(p);
                        }
                    }
                } else {
                    strip_descriptions(child);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}

/// Replaces the text of each template in `data.config` with a marker, keeping its name.
fn injector_templates_by_name(v: &mut Value) {
    let Some(Value::String(config)) = v.pointer("/data/config").cloned() else {
        return;
    };
    let Ok(mut parsed) = ::sailctl::yaml::parse_single("config", &config) else {
        return;
    };
    if let Some(Value::Object(t)) = parsed.get_mut("templates") {
        for text in t.values_mut() {
            *text = Value::from("<sailctl's own template>");
        }
    }
    if let Some(slot) = v.pointer_mut("/data/config") {
        *slot = parsed;
    }
}
