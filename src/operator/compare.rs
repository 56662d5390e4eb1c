//! Object-aware manifest comparison (`manifest diff`): objects are keyed `Kind:Namespace:Name`;
//! objects only on one side are reported, then each changed object as a tree of changed
//! fields whose leaves read `OLD -> NEW` (`OLD ->` when removed, `-> NEW` when added), the
//! shape istioctl prints. List elements appear as `[#N]`.

use crate::error::Error;
use crate::tree;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Parses a manifest stream into objects keyed `Kind:Namespace:Name` (empty documents skipped).
pub fn parse_objects(source: &str, text: &str) -> Result<BTreeMap<String, Value>, Error> {
    let mut out = BTreeMap::new();
    for doc in crate::yaml::documents(source, text) {
        let doc = doc?;
        let v = match doc.value {
            Value::Null => continue,
            v @ Value::Object(_) => v,
            _ => {
                return Err(Error::data(format!(
                    "{source}:{}: expected a Kubernetes object (a YAML map)",
                    doc.line
                )));
            }
        };
        // A `List` holds its objects in `items`.
        if tree::get_str(&v, "kind") == "List"
            && let Some(items) = v.get("items").and_then(Value::as_array)
        {
            for it in items {
                out.insert(object_key(it), it.clone());
            }
            continue;
        }
        out.insert(object_key(&v), v);
    }
    Ok(out)
}

/// `Kind:Namespace:Name`.
pub fn object_key(v: &Value) -> String {
    format!(
        "{}:{}:{}",
        tree::get_str(v, "kind"),
        tree::get_str(v, "metadata.namespace"),
        tree::get_str(v, "metadata.name")
    )
}

/// A `Kind:Namespace:Name[:field.path]` pattern; empty parts and `*` match anything,
/// and `*` inside a part matches any run of characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    parts: [String; 3],
    /// For `--ignore`: a field path (glob) to ignore inside matching objects.
    pub field: Option<String>,
}

impl Pattern {
    pub fn parse(s: &str) -> Pattern {
        let mut it = s.trim().splitn(4, ':');
        let mut part = || it.next().unwrap_or("").to_string();
        let parts = [part(), part(), part()];
        let field = part();
        Pattern {
            parts,
            field: (!field.is_empty()).then_some(field),
        }
    }

    pub fn matches(&self, key: &str) -> bool {
        let mut segs = key.splitn(3, ':');
        self.parts
            .iter()
            .all(|p| glob(p, segs.next().unwrap_or("")))
    }
}

/// `*` glob over a whole string; an empty pattern or `*` matches anything.
pub fn glob(pattern: &str, s: &str) -> bool {
    if pattern.is_empty() || pattern == "*" {
        return true;
    }
    let pieces: Vec<&str> = pattern.split('*').collect();
    if pieces.len() == 1 {
        return pattern == s;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !s.starts_with(first) || s.len() < first.len() + last.len() || !s.ends_with(last) {
        return false;
    }
    let mut rest = &s[first.len()..s.len() - last.len()];
    for mid in &pieces[1..pieces.len() - 1] {
        match rest.find(mid) {
            Some(i) => rest = &rest[i + mid.len()..],
            None => return false,
        }
    }
    true
}

/// The result of comparing two manifests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManifestDiff {
    /// Keys present only in the first manifest ("missing in B").
    pub only_in_a: Vec<String>,
    /// Keys present only in the second manifest ("missing in A").
    pub only_in_b: Vec<String>,
    /// Changed objects with their diff trees.
    pub changed: Vec<(String, Value)>,
}

impl ManifestDiff {
    pub fn is_empty(&self) -> bool {
        self.only_in_a.is_empty() && self.only_in_b.is_empty() && self.changed.is_empty()
    }

    /// The report istioctl prints after "Differences in manifests are:", objects sorted by key.
    pub fn render(&self) -> String {
        self.render_with(&BTreeMap::new())
    }

    /// As [`render`](Self::render), with the body of some changed objects replaced (verbose mode
    /// shows a line diff of the whole object instead of the field tree).
    pub fn render_with(&self, bodies: &BTreeMap<String, String>) -> String {
        let mut entries: BTreeMap<&str, String> = BTreeMap::new();
        for k in &self.only_in_a {
            entries.insert(k, format!("\n\nObject {k} is missing in B:\n\n"));
        }
        for k in &self.only_in_b {
            entries.insert(k, format!("\n\nObject {k} is missing in A:\n\n"));
        }
        for (k, t) in &self.changed {
            let body = match bodies.get(k) {
                Some(b) => b.clone(),
                None => crate::yaml::to_string(&tree::sorted(t)),
            };
            entries.insert(k, format!("\n\nObject {k} has diffs:\n\n{body}"));
        }
        entries.into_values().collect()
    }
}

/// Compares two object sets after `select` (empty = all) and `ignore` filters.
pub fn diff(
    a: &BTreeMap<String, Value>,
    b: &BTreeMap<String, Value>,
    select: &[Pattern],
    ignore: &[Pattern],
) -> ManifestDiff {
    let keep = |k: &str| {
        (select.is_empty() || select.iter().any(|p| p.matches(k)))
            && !ignore.iter().any(|p| p.field.is_none() && p.matches(k))
    };
    let mut out = ManifestDiff::default();
    for (k, av) in a.iter().filter(|(k, _)| keep(k)) {
        let Some(bv) = b.get(k) else {
            out.only_in_a.push(k.clone());
            continue;
        };
        let ignored: Vec<&str> = ignore
            .iter()
            .filter(|p| p.matches(k))
            .filter_map(|p| p.field.as_deref())
            .collect();
        let (av, bv) = (normalize(av), normalize(bv));
        let mut t = Map::new();
        compare(&av, &bv, &mut Vec::new(), &ignored, &mut t);
        if !t.is_empty() {
            out.changed.push((k.clone(), Value::Object(t)));
        }
    }
    for k in b.keys().filter(|k| keep(k)) {
        if !a.contains_key(k) {
            out.only_in_b.push(k.clone());
        }
    }
    out
}

/// A whole-text line diff as istioctl prints it: every line, prefixed `-`, `+` or ` `.
pub fn line_diff(a: &str, b: &str) -> Vec<(char, String)> {
    use similar::{ChangeTag, TextDiff};
    TextDiff::from_lines(a, b)
        .iter_all_changes()
        .map(|c| {
            let tag = match c.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            };
            (tag, c.value().trim_end_matches('\n').to_string())
        })
        .collect()
}

/// Sorted-key YAML of an object, for line diffs.
pub fn object_yaml(v: &Value) -> String {
    crate::yaml::to_string(&tree::sorted(&normalize(v)))
}

/// ConfigMap data entries holding YAML maps are compared as structures, as istioctl does.
fn normalize(v: &Value) -> Value {
    let mut v = v.clone();
    if tree::get_str(&v, "kind") == "ConfigMap"
        && let Some(data) = v.get_mut("data").and_then(Value::as_object_mut)
    {
        for (_, dv) in data.iter_mut() {
            if let Some(s) = dv.as_str()
                && let Ok(parsed @ Value::Object(_)) = crate::yaml::parse_single("data", s)
            {
                *dv = parsed;
            }
        }
    }
    v
}

fn non_empty(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(m)) => !m.is_empty(),
        Some(_) => true,
    }
}

/// Go's `%v` for decoded YAML: `map[k:v]` with sorted keys, `[a b]` for lists.
fn go_value(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let inner: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", go_value(&m[*k])))
                .collect();
            format!("map[{}]", inner.join(" "))
        }
        Value::Array(a) => {
            let inner: Vec<String> = a.iter().map(go_value).collect();
            format!("[{}]", inner.join(" "))
        }
        other => tree::go_format(other),
    }
}

fn record(
    path: &[String],
    a: Option<&Value>,
    b: Option<&Value>,
    ignored: &[&str],
    out: &mut Map<String, Value>,
) {
    let dotted = path.join(".");
    if ignored.iter().any(|p| glob(p, &dotted)) {
        return;
    }
    let text = match (non_empty(a), non_empty(b)) {
        (true, false) => format!("{} ->", go_value(a.expect("non-empty"))),
        (false, true) => format!("-> {}", go_value(b.expect("non-empty"))),
        (true, true) => format!(
            "{} -> {}",
            go_value(a.expect("non-empty")),
            go_value(b.expect("non-empty"))
        ),
        (false, false) => return,
    };
    // Write the leaf into the nested tree.
    let mut cur = out;
    for (i, seg) in path.iter().enumerate() {
        if i == path.len() - 1 {
            cur.insert(seg.clone(), Value::String(text));
            return;
        }
        let next = cur
            .entry(seg.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        cur = next.as_object_mut().expect("just made a map");
    }
}

fn compare(
    a: &Value,
    b: &Value,
    path: &mut Vec<String>,
    ignored: &[&str],
    out: &mut Map<String, Value>,
) {
    if !path.is_empty() && ignored.iter().any(|p| glob(p, &path.join("."))) {
        return;
    }
    match (a, b) {
        (Value::Object(am), Value::Object(bm)) => {
            let mut keys: Vec<&String> = am
                .keys()
                .chain(bm.keys().filter(|k| !am.contains_key(*k)))
                .collect();
            keys.sort();
            for k in keys {
                path.push(k.clone());
                match (am.get(k), bm.get(k)) {
                    (Some(x), Some(y)) => compare(x, y, path, ignored, out),
                    (x, y) => record(path, x, y, ignored, out),
                }
                path.pop();
            }
        }
        (Value::Array(al), Value::Array(bl)) => {
            for i in 0..al.len().max(bl.len()) {
                path.push(format!("[#{i}]"));
                match (al.get(i), bl.get(i)) {
                    (Some(x), Some(y)) => compare(x, y, path, ignored, out),
                    (x, y) => record(path, x, y, ignored, out),
                }
                path.pop();
            }
        }
        (x, y) => {
            if !numbers_equal(x, y) && x != y {
                if path.is_empty() {
                    path.push("(root)".into());
                    record(path, Some(x), Some(y), ignored, out);
                    path.pop();
                } else {
                    record(path, Some(x), Some(y), ignored, out);
                }
            }
        }
    }
}

fn numbers_equal(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => a.is_number() && b.is_number() && x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: ns\nspec:\n  ports:\n  - port: 80\n---\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  mesh: |\n    a: 1\n    b: x\n---\nkind: Secret\nmetadata:\n  name: only-a\n";
    const B: &str = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: ns\n  labels:\n    x: z\nspec:\n  ports:\n  - port: 81\n---\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  mesh: |\n    b: x\n    a: 2\n---\nkind: Secret\nmetadata:\n  name: only-b\n";

    #[test]
    fn objects_and_fields() {
        let a = parse_objects("a", A).unwrap();
        let b = parse_objects("b", B).unwrap();
        let d = diff(&a, &b, &[], &[]);
        assert_eq!(d.only_in_a, vec!["Secret::only-a"]);
        assert_eq!(d.only_in_b, vec!["Secret::only-b"]);
        assert_eq!(d.changed.len(), 2);
        let svc = &d
            .changed
            .iter()
            .find(|(k, _)| k == "Service:ns:s")
            .unwrap()
            .1;
        assert_eq!(svc["spec"]["ports"]["[#0]"]["port"], "80 -> 81");
        assert_eq!(svc["metadata"]["labels"], "-> map[x:z]");
        let cm = &d
            .changed
            .iter()
            .find(|(k, _)| k == "ConfigMap::c")
            .unwrap()
            .1;
        assert_eq!(cm["data"]["mesh"]["a"], "1 -> 2");
        let r = d.render();
        assert!(
            r.contains("\n\nObject Secret::only-a is missing in B:\n\n"),
            "{r}"
        );
        assert!(r.find("ConfigMap::c").unwrap() < r.find("Service:ns:s").unwrap());
    }

    #[test]
    fn select_and_ignore() {
        let a = parse_objects("a", A).unwrap();
        let b = parse_objects("b", B).unwrap();
        let d = diff(&a, &b, &[Pattern::parse("Service:*:*")], &[]);
        assert_eq!(d.changed.len(), 1);
        assert!(d.only_in_a.is_empty() && d.only_in_b.is_empty());
        let d = diff(
            &a,
            &b,
            &[],
            &[Pattern::parse("Secret::"), Pattern::parse("ConfigMap:*:c")],
        );
        assert_eq!(d.changed.len(), 1);
        assert!(d.only_in_a.is_empty());
        let d = diff(
            &a,
            &b,
            &[Pattern::parse("Service")],
            &[Pattern::parse("Service:ns:s:metadata.*")],
        );
        assert_eq!(d.changed[0].1.get("metadata"), None);
        assert!(diff(&a, &a, &[], &[]).is_empty());
    }

    #[test]
    fn line_diffs() {
        let d = line_diff("a\nb\nc\n", "a\nc\nd\n");
        let text: Vec<String> = d.iter().map(|(t, l)| format!("{t}{l}")).collect();
        assert_eq!(text, vec![" a", "-b", " c", "+d"]);
        assert!(line_diff("x\n", "x\n").iter().all(|(t, _)| *t == ' '));
    }

    #[test]
    fn globbing() {
        assert!(glob("istio-*", "istio-ingressgateway"));
        assert!(glob("*gateway", "istio-ingressgateway"));
        assert!(glob("i*o-*-gate*", "istio-ingress-gateway"));
        assert!(!glob("istio-*", "istiod"));
        assert!(glob("", "x"));
        assert!(!glob("a", "ab"));
    }
}
