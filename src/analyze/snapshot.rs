//! The snapshot: every resource analyze sees, with where it came from, indexed once
//! by kind, by (kind, namespace, name) and by namespace, so analyzers stay linear.

use super::kinds::{self, Gk};
use super::selectors::selector_matches;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Where a resource came from: a file and line, or the cluster/defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: Option<String>,
    pub line: usize,
    /// The cluster it came from (multi-cluster analysis only).
    pub cluster: Option<String>,
    /// The document's YAML text and its first line, to locate fields (files only).
    pub text: Option<std::sync::Arc<str>>,
    pub text_line: usize,
}

/// One Kubernetes or Istio object, kept as a generic value.
#[derive(Debug, Clone)]
pub struct Resource {
    pub gk: Gk,
    pub api_version: String,
    pub namespace: String,
    pub name: String,
    pub value: Value,
    pub origin: Origin,
}

static NULL: Value = Value::Null;

impl Resource {
    /// The `spec` (or `Value::Null`).
    pub fn spec(&self) -> &Value {
        self.value.get("spec").unwrap_or(&NULL)
    }
    pub fn metadata(&self) -> &Value {
        self.value.get("metadata").unwrap_or(&NULL)
    }
    pub fn labels(&self) -> Option<&serde_json::Map<String, Value>> {
        self.metadata().get("labels").and_then(Value::as_object)
    }
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels()
            .and_then(|l| l.get(key))
            .and_then(Value::as_str)
    }
    pub fn annotations(&self) -> Option<&serde_json::Map<String, Value>> {
        self.metadata()
            .get("annotations")
            .and_then(Value::as_object)
    }
    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations()
            .and_then(|l| l.get(key))
            .and_then(Value::as_str)
    }
    /// `Kind ns/name`, or `Kind name` without a namespace (istioctl's friendly name).
    pub fn friendly(&self) -> String {
        if self.namespace.is_empty() {
            format!("{} {}", self.gk.kind, self.name)
        } else {
            format!("{} {}/{}", self.gk.kind, self.namespace, self.name)
        }
    }
    /// `ns/name` (or `name`).
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.clone()
        } else {
            format!("{}/{}", self.namespace, self.name)
        }
    }
}

/// All resources, indexed.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    pub resources: Vec<Resource>,
    by_kind: HashMap<Gk, Vec<usize>>,
    by_key: HashMap<(Gk, String, String, String), usize>,
    pods: std::sync::OnceLock<PodIndex>,
}

impl Snapshot {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a resource; a duplicate (same kind, namespace, name) is rejected and returns the first's index.
    pub fn insert(&mut self, r: Resource) -> Result<usize, usize> {
        let key = (
            r.gk,
            r.namespace.clone(),
            r.name.clone(),
            r.origin.cluster.clone().unwrap_or_default(),
        );
        if let Some(&i) = self.by_key.get(&key) {
            return Err(i);
        }
        let i = self.resources.len();
        self.pods = std::sync::OnceLock::new();
        self.by_kind.entry(r.gk).or_default().push(i);
        self.by_key.insert(key, i);
        self.resources.push(r);
        Ok(i)
    }

    /// Pods indexed by label and namespace (built on first use).
    pub fn pods(&self) -> &PodIndex {
        self.pods.get_or_init(|| PodIndex::build(self))
    }

    pub fn res(&self, i: usize) -> &Resource {
        &self.resources[i]
    }

    /// Indices of every resource of a kind, in insertion order.
    pub fn ids(&self, gk: Gk) -> &[usize] {
        self.by_kind.get(&gk).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every resource of a kind with its index.
    pub fn of(&self, gk: Gk) -> impl Iterator<Item = (usize, &Resource)> + '_ {
        self.ids(gk).iter().map(move |&i| (i, &self.resources[i]))
    }

    pub fn has_kind(&self, gk: Gk) -> bool {
        !self.ids(gk).is_empty()
    }

    pub fn get(&self, gk: Gk, namespace: &str, name: &str) -> Option<&Resource> {
        self.get_id(gk, namespace, name).map(|i| &self.resources[i])
    }

    pub fn get_id(&self, gk: Gk, namespace: &str, name: &str) -> Option<usize> {
        self.by_key
            .get(&(gk, namespace.to_string(), name.to_string(), String::new()))
            .copied()
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    /// The namespaces the snapshot knows about: Namespace objects and every namespace in use.
    pub fn namespaces_in_use(&self) -> std::collections::BTreeSet<String> {
        let mut s: std::collections::BTreeSet<String> = self
            .of(kinds::NAMESPACE)
            .map(|(_, r)| r.name.clone())
            .collect();
        for r in &self.resources {
            if !r.namespace.is_empty() {
                s.insert(r.namespace.clone());
            }
        }
        s
    }
}

/// Pods by (label key, value) and by namespace, so selectors do not scan every pod.
#[derive(Debug, Clone, Default)]
pub struct PodIndex {
    all: Vec<usize>,
    by_label: std::collections::HashMap<(String, String), Vec<usize>>,
    by_ns: std::collections::HashMap<String, Vec<usize>>,
}

impl PodIndex {
    pub fn build(snap: &Snapshot) -> Self {
        let mut ix = PodIndex::default();
        for (i, p) in snap.of(kinds::POD) {
            ix.all.push(i);
            ix.by_ns.entry(p.namespace.clone()).or_default().push(i);
            if let Some(l) = p.labels() {
                for (k, v) in l {
                    if let Some(v) = v.as_str() {
                        ix.by_label
                            .entry((k.clone(), v.to_string()))
                            .or_default()
                            .push(i);
                    }
                }
            }
        }
        ix
    }

    /// Pods in a namespace (all namespaces with `None`).
    pub fn in_namespace(&self, ns: Option<&str>) -> &[usize] {
        match ns {
            None => &self.all,
            Some(ns) => self.by_ns.get(ns).map(Vec::as_slice).unwrap_or(&[]),
        }
    }

    /// Pods whose labels match a `matchLabels`-style selector, optionally within one namespace.
    pub fn select(
        &self,
        snap: &Snapshot,
        sel: &Map<String, Value>,
        ns: Option<&str>,
    ) -> Vec<usize> {
        // Start from the rarest selector entry (or the namespace), then verify.
        let mut best: &[usize] = self.in_namespace(ns);
        for (k, v) in sel {
            let Some(v) = v.as_str() else { continue };
            let c = self
                .by_label
                .get(&(k.clone(), v.to_string()))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            if c.len() < best.len() {
                best = c;
            }
        }
        best.iter()
            .copied()
            .filter(|&p| {
                let r = snap.res(p);
                ns.is_none_or(|n| r.namespace == n) && selector_matches(sel, r.labels())
            })
            .collect()
    }
}
