//! Turning YAML text into snapshot resources, with per-document problems reported by file:line.

use super::IGNORED_NAMESPACES;
use super::kinds;
use super::snapshot::{Origin, Resource, Snapshot};
use serde_json::Value;

/// How files are read into the snapshot.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Keep Pod/Namespace/Service/Node/Secret from files (Istio's test harness does; istioctl does not).
    pub keep_runtime_kinds: bool,
    /// Namespace given to namespaced objects without one (istioctl without `-A`).
    pub default_namespace: Option<String>,
    /// Say nothing about kinds analyze does not know.
    pub ignore_unknown: bool,
    /// The cluster name recorded on each resource (multi-cluster analysis).
    pub cluster: Option<String>,
    /// Skip objects already present without reporting (cluster objects shadowed by files).
    pub silent_duplicates: bool,
}

/// What happened while reading one source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Resources added.
    pub added: usize,
    /// Objects dropped because istioctl's file source does not read their kind.
    pub dropped_runtime: usize,
    /// Problems that make the document unusable (`file:line: what`).
    pub errors: Vec<String>,
    /// Documents skipped on purpose but worth a note (unknown kinds).
    pub warnings: Vec<String>,
}

/// Reads every document of `text` into `snap`. Documents are parsed in parallel (large
/// streams), then added in order, so results do not depend on thread timing.
pub fn load_text(snap: &mut Snapshot, source: &str, text: &str, opts: &LoadOptions) -> LoadReport {
    let mut rep = LoadReport::default();
    let raws = crate::yaml::split_documents(text);
    let parsed = parse_all(source, &raws);
    for (raw, res) in raws.iter().zip(parsed) {
        match res {
            Err(e) => rep.errors.push(format!(
                "{}:{}:{}: YAML syntax error: {}",
                e.source, e.line, e.column, e.message
            )),
            Ok(value) => {
                if value.is_null() {
                    continue;
                }
                let line = first_content_line(raw.text, raw.line);
                let doc_text: std::sync::Arc<str> = raw.text.into();
                load_value_with_text(
                    snap,
                    source,
                    line,
                    value,
                    opts,
                    &mut rep,
                    Some((doc_text, raw.line)),
                );
            }
        }
    }
    rep
}

type Parsed = Result<Value, crate::yaml::YamlError>;

/// Parses documents, spreading large streams over the available cores.
fn parse_all(source: &str, raws: &[crate::yaml::RawDocument<'_>]) -> Vec<Parsed> {
    let one =
        |r: &crate::yaml::RawDocument<'_>| crate::yaml::parse_document(source, r.line, r.text);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    if threads < 2 || raws.len() < 256 {
        return raws.iter().map(one).collect();
    }
    let chunk = raws.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = raws
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(one).collect::<Vec<Parsed>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The line of the first non-blank, non-comment line of a document (where the object starts).
fn first_content_line(text: &str, first: usize) -> usize {
    for (i, l) in text.lines().enumerate() {
        let t = l.trim();
        if t.is_empty() || t.starts_with('#') || t == "---" {
            continue;
        }
        return first + i;
    }
    first
}

/// Adds one parsed object (expanding `kind: List`).
pub fn load_value(
    snap: &mut Snapshot,
    source: &str,
    line: usize,
    value: Value,
    opts: &LoadOptions,
    rep: &mut LoadReport,
) {
    load_value_with_text(snap, source, line, value, opts, rep, None)
}

/// As [`load_value`], keeping the document's text (and its first line) to locate fields later.
fn load_value_with_text(
    snap: &mut Snapshot,
    source: &str,
    line: usize,
    value: Value,
    opts: &LoadOptions,
    rep: &mut LoadReport,
    text: Option<(std::sync::Arc<str>, usize)>,
) {
    let Value::Object(map) = &value else {
        rep.errors.push(format!(
            "{source}:{line}: not a Kubernetes object (expected a mapping with apiVersion, kind and metadata)"
        ));
        return;
    };
    let kind = map.get("kind").and_then(Value::as_str).unwrap_or("");
    let api_version = map.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    if kind.is_empty() || api_version.is_empty() {
        let missing = if kind.is_empty() {
            "kind"
        } else {
            "apiVersion"
        };
        rep.errors
            .push(format!("{source}:{line}: object has no {missing}"));
        return;
    }
    if kind == "List" || (kind.ends_with("List") && map.get("items").is_some_and(Value::is_array)) {
        if let Some(Value::Array(items)) = map.get("items") {
            for item in items.clone() {
                load_value(snap, source, line, item, opts, rep);
            }
        }
        return;
    }
    let (group, version) = kinds::split_api_version(api_version);
    let Some((gk, namespaced)) = kinds::lookup(group, kind) else {
        if !opts.ignore_unknown {
            rep.warnings.push(format!(
                "{source}:{line}: skipping unknown kind {kind} (apiVersion {api_version})"
            ));
        }
        return;
    };
    if gk == kinds::MESH_CONFIG || gk == kinds::MESH_NETWORKS {
        rep.warnings.push(format!(
            "{source}:{line}: skipping unknown kind {kind} (apiVersion {api_version})"
        ));
        return;
    }
    if !kinds::version_known(group, version) {
        rep.errors.push(format!(
            "{source}:{line}: {kind} does not exist in apiVersion {api_version}"
        ));
        return;
    }
    let meta = map.get("metadata");
    let name = meta
        .and_then(|m| m.get("name"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if name.is_empty() {
        rep.errors
            .push(format!("{source}:{line}: {kind} has no metadata.name"));
        return;
    }
    let mut namespace = if namespaced {
        meta.and_then(|m| m.get("namespace"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    } else {
        String::new()
    };
    if namespace.is_empty()
        && namespaced
        && let Some(d) = &opts.default_namespace
    {
        namespace = d.clone();
    }
    let ns_for_filter = if gk == kinds::NAMESPACE {
        name
    } else {
        &namespace
    };
    if IGNORED_NAMESPACES.contains(&ns_for_filter) {
        return;
    }
    if !opts.keep_runtime_kinds && kinds::RUNTIME_KINDS.contains(&gk) {
        rep.dropped_runtime += 1;
        return;
    }
    let r = Resource {
        gk,
        api_version: api_version.to_string(),
        namespace,
        name: name.to_string(),
        value,
        origin: Origin {
            file: (!source.is_empty()).then(|| source.to_string()),
            line,
            cluster: opts.cluster.clone(),
            text_line: text.as_ref().map(|t| t.1).unwrap_or(0),
            text: text.map(|t| t.0),
        },
    };
    let friendly = r.friendly();
    match snap.insert(r) {
        Ok(_) => rep.added += 1,
        Err(_) if opts.silent_duplicates => {}
        Err(first) => {
            let o = &snap.res(first).origin;
            let at = match &o.file {
                Some(f) => format!("{f}:{}", o.line),
                None => "the cluster".to_string(),
            };
            rep.errors.push(format!(
                "{source}:{line}: duplicate {friendly} (already defined at {at}); keeping the first"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_bad_documents_and_keeps_good_ones() {
        let mut snap = Snapshot::new();
        let text = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: a\n---\nkind: Foo\napiVersion: x.io/v1\nmetadata:\n  name: b\n---\n- 1\n---\napiVersion: networking.istio.io/v9\nkind: Gateway\nmetadata:\n  name: c\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: a\n";
        let rep = load_text(&mut snap, "f.yaml", text, &LoadOptions::default());
        assert_eq!(rep.added, 1);
        assert_eq!(rep.warnings.len(), 1, "{rep:?}");
        assert_eq!(rep.errors.len(), 3, "{rep:?}");
        assert!(rep.errors[0].starts_with("f.yaml:11:"), "{rep:?}");
        assert!(rep.errors[2].contains("duplicate Gateway a"), "{rep:?}");
    }
}
