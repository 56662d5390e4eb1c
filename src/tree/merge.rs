//! Deep merge of one JSON tree over another: maps merge key by key, every other value
//! (scalars, lists) replaces what was there. The callers differ only in what an overlay
//! `null` means, so that is the one option.

use serde_json::{Map, Value};

/// What an overlay `null` does to the key it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nulls {
    /// The key becomes `null` (IstioOperator overlays, mesh and proxy config).
    Replace,
    /// The key is removed (Helm's coalesce of user values over chart values).
    Delete,
}

/// Merges `over` into `base`; an overlay `null` replaces (see [`Nulls::Replace`]).
pub fn deep_merge(base: &mut Value, over: &Value) {
    merge_with(base, over, Nulls::Replace);
}

/// Merges `over` into `base` as Helm coalesces values: an overlay `null` deletes the key.
pub fn coalesce(base: &mut Value, over: &Value) {
    merge_with(base, over, Nulls::Delete);
}

/// Merges `over` into `base`, with `nulls` saying what an overlay `null` does inside a map.
/// A non-map on either side replaces `base` as a whole.
pub fn merge_with(base: &mut Value, over: &Value, nulls: Nulls) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => merge_maps(b, o, nulls),
        (b, o) => *b = o.clone(),
    }
}

fn merge_maps(base: &mut Map<String, Value>, over: &Map<String, Value>, nulls: Nulls) {
    for (k, v) in over {
        if v.is_null() && nulls == Nulls::Delete {
            base.remove(k);
            continue;
        }
        match base.get_mut(k) {
            Some(bv) if bv.is_object() && v.is_object() => merge_with(bv, v, nulls),
            _ => {
                base.insert(k.clone(), v.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_merge_deep_lists_replace() {
        let mut a = json!({"a": {"b": 1, "c": [1, 2]}, "d": 1});
        deep_merge(&mut a, &json!({"a": {"c": [3], "e": null}, "d": {"x": 1}}));
        assert_eq!(
            a,
            json!({"a": {"b": 1, "c": [3], "e": null}, "d": {"x": 1}})
        );
    }

    #[test]
    fn coalesce_deletes_on_null() {
        let mut a = json!({"a": {"b": 1, "c": 2}, "d": 1});
        coalesce(&mut a, &json!({"a": {"b": null, "x": {"y": 1}}, "d": null}));
        assert_eq!(a, json!({"a": {"c": 2, "x": {"y": 1}}}));
    }

    #[test]
    fn non_map_overlay_replaces_the_root() {
        let mut a = json!({"a": 1});
        deep_merge(&mut a, &json!([1]));
        assert_eq!(a, json!([1]));
    }
}
