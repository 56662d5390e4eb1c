//! YAML input for charts and `fromYaml`: the only place that parses YAML here
//! (to be swapped for `crate::yaml` once it lands). Numbers become float64 like
//! sigs.k8s.io/yaml does.

use crate::gotmpl::Value;

/// Parse one YAML document into a template value (null/empty input → Nil).
pub fn parse_yaml(src: &str) -> Result<Value, String> {
    if src.trim().is_empty() {
        return Ok(Value::Nil);
    }
    let j: serde_json::Value = serde_saphyr::from_str(src)
        .map_err(|e| format!("error converting YAML to JSON: yaml: {e}"))?;
    Ok(Value::from_json(&j))
}
