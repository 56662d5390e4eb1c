//! `analyze`: snapshot (resources with file:line origins) → analyzers → messages → formats.
//!
//! The core is pure: [`load`] turns YAML text into resources, [`run`] executes the selected
//! analyzers over a [`Snapshot`] and returns sorted, de-duplicated, filtered messages.
//! Reading files, talking to a cluster and printing live in `commands::analyze`.

pub mod analyzers;
pub mod fields;
pub mod format;
pub mod glob;
pub mod hosts;
pub mod kinds;
pub mod lines;
pub mod load;
pub mod mesh;
pub mod message;
pub mod messages;
pub mod registry;
pub mod routes;
pub mod schema;
pub mod selectors;
pub mod snapshot;
#[doc(hidden)]
pub mod synth;
pub mod validation;
pub mod workloads;

pub use message::{Arg, Level, Message};
pub use messages::MessageType;
use serde_json::Value;
pub use snapshot::{Origin, Resource, Snapshot};

/// Namespaces Istio never analyzes.
pub const IGNORED_NAMESPACES: &[&str] = &[
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "local-path-storage",
];

/// What every analyzer reads: the snapshot, the effective mesh config and the Istio namespace.
pub struct Context<'a> {
    pub snap: &'a Snapshot,
    pub mesh: &'a Value,
    pub mesh_networks: &'a Value,
    pub istio_namespace: &'a str,
    /// The synthetic MeshConfig / MeshNetworks resources (messages about them point here).
    pub mesh_config_res: Option<usize>,
    pub mesh_networks_res: Option<usize>,
}

impl Context<'_> {
    /// The mesh's root namespace (`rootNamespace`, defaulting to the Istio namespace).
    pub fn root_namespace(&self) -> &str {
        self.mesh
            .get("rootNamespace")
            .and_then(Value::as_str)
            .unwrap_or(self.istio_namespace)
    }

    /// The line of a field (`spec.gateways[0]`) of a resource loaded from a file, if found.
    pub fn line(&self, res: usize, path: &str) -> Option<usize> {
        self.line_at(res, &lines::parse_path(path))
    }
    /// As [`Context::line`], with the path given as segments (for keys containing dots).
    pub fn line_at(&self, res: usize, path: &[lines::Seg]) -> Option<usize> {
        let o = &self.snap.res(res).origin;
        let text = o.text.as_ref()?;
        lines::field_line(text, o.text_line, path)
    }
}

/// Collects an analyzer's messages.
#[derive(Default, Debug)]
pub struct Out {
    pub messages: Vec<Message>,
}

impl Out {
    pub fn add(&mut self, t: &'static MessageType, res: usize, args: Vec<Arg>) {
        self.messages.push(Message::new(t, Some(res), args));
    }
    pub fn add_at(
        &mut self,
        t: &'static MessageType,
        res: usize,
        line: Option<usize>,
        args: Vec<Arg>,
    ) {
        let mut m = Message::new(t, Some(res), args);
        m.line = line;
        self.messages.push(m);
    }
}

/// One analyzer: a name (as `--analyzer` takes it), a description, the kinds it reads.
pub trait Analyzer: Sync {
    fn name(&self) -> &'static str;
    fn description(&self) -> &'static str;
    /// The kinds it reads (for `-v` and for deciding what a cluster listing must fetch).
    fn inputs(&self) -> &'static [kinds::Gk];
    /// False for analyzers plain `analyze` never runs (only by name).
    fn in_all(&self) -> bool {
        true
    }
    fn analyze(&self, cx: &Context, out: &mut Out);
}

/// A `-S CODE=RESOURCE` suppression; `*` matches any run of characters.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub code: String,
    pub resource: String,
}

impl Suppression {
    /// Parses `CODE=Kind name.namespace` (or `CODE=Kind namespace/name`).
    pub fn parse(s: &str) -> Option<Suppression> {
        let (code, res) = s.split_once('=')?;
        if res.contains('=') || code.is_empty() {
            return None;
        }
        Some(Suppression {
            code: code.trim().to_string(),
            resource: res.trim().to_string(),
        })
    }

    fn matches(&self, code: &str, r: Option<&Resource>) -> bool {
        if !glob::glob(&self.code, code) {
            return false;
        }
        let Some(r) = r else {
            return self.resource == "*";
        };
        // istioctl's historical form `Kind name.namespace`, and the friendly form `Kind ns/name`.
        let dotted = if r.namespace.is_empty() {
            format!("{} {}", r.gk.kind, r.name)
        } else {
            format!("{} {}.{}", r.gk.kind, r.name, r.namespace)
        };
        glob::glob(&self.resource, &dotted) || glob::glob(&self.resource, &r.friendly())
    }
}

/// How a run is set up.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Analyzer names to run; empty = every analyzer that is `in_all`.
    pub analyzers: Vec<String>,
    /// Only messages about this namespace (and cluster-scoped objects) are kept.
    pub namespace_filter: Option<String>,
    pub istio_namespace: String,
    pub suppressions: Vec<Suppression>,
    /// Kinds no source can provide (offline: Pods, Services, …); analyzers reading them are
    /// skipped, as istioctl does, instead of reporting everything as missing.
    pub unavailable: Vec<kinds::Gk>,
}

/// The outcome of a run.
#[derive(Debug, Default)]
pub struct Outcome {
    pub messages: Vec<Message>,
    pub executed: Vec<&'static str>,
    pub skipped: Vec<(&'static str, String)>,
}

/// Analyzers selected by name; unknown names are returned as errors.
pub fn select(names: &[String]) -> Result<Vec<&'static dyn Analyzer>, Vec<String>> {
    let all = analyzers::all();
    if names.is_empty() {
        return Ok(all.into_iter().filter(|a| a.in_all()).collect());
    }
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    for n in names {
        match all.iter().find(|a| a.name() == n) {
            Some(a) => {
                if !out.iter().any(|b: &&dyn Analyzer| b.name() == a.name()) {
                    out.push(*a)
                }
            }
            None => unknown.push(n.clone()),
        }
    }
    if unknown.is_empty() {
        Ok(out)
    } else {
        Err(unknown)
    }
}

/// Runs analyzers over a loaded snapshot.
pub fn run(
    snap: &Snapshot,
    selected: &[&'static dyn Analyzer],
    mesh_state: &mesh::MeshState,
    opts: &Options,
) -> Outcome {
    let cx = Context {
        snap,
        mesh: &mesh_state.config,
        mesh_networks: &mesh_state.networks,
        istio_namespace: &opts.istio_namespace,
        mesh_config_res: snap.get_id(kinds::MESH_CONFIG, &opts.istio_namespace, "meshconfig"),
        mesh_networks_res: snap.get_id(kinds::MESH_NETWORKS, &opts.istio_namespace, "meshnetworks"),
    };
    let mut outcome = Outcome::default();
    let mut all = Vec::new();
    for a in selected {
        let missing: Vec<&str> = a
            .inputs()
            .iter()
            .filter(|k| opts.unavailable.contains(k))
            .map(|k| k.kind)
            .collect();
        if !missing.is_empty() {
            outcome.skipped.push((
                a.name(),
                format!("needs {} from a live cluster", missing.join(", ")),
            ));
            continue;
        }
        let mut out = Out::default();
        a.analyze(&cx, &mut out);
        outcome.executed.push(a.name());
        all.extend(out.messages);
    }
    // Filter by namespace and suppressions.
    all.retain(|m| {
        let r = m.resource.map(|i| snap.res(i));
        if let (Some(ns), Some(r)) = (&opts.namespace_filter, r) {
            // A Namespace object is in scope when it is the selected namespace itself.
            let scope = if r.gk.kind == "Namespace" {
                &r.name
            } else {
                &r.namespace
            };
            if !scope.is_empty() && scope != ns {
                return false;
            }
        }
        if let Some(r) = r
            && annotation_suppresses(r, m.code())
        {
            return false;
        }
        !opts.suppressions.iter().any(|s| s.matches(m.code(), r))
    });
    outcome.messages = sort_dedup(snap, all);
    outcome
}

/// `galley.istio.io/analyze-suppress: "IST0102,IST0103"` (or `*`) on a resource.
fn annotation_suppresses(r: &Resource, code: &str) -> bool {
    match r.annotation("galley.istio.io/analyze-suppress") {
        Some(v) => v.split(',').map(str::trim).any(|c| c == "*" || c == code),
        None => false,
    }
}

fn level_order(l: Level) -> u8 {
    match l {
        Level::Error => 0,
        Level::Warning => 1,
        Level::Info => 2,
    }
}

/// Sorts as istioctl does (level, code, origin, text) and drops exact duplicates.
pub fn sort_dedup(snap: &Snapshot, msgs: Vec<Message>) -> Vec<Message> {
    type Key = (u8, &'static str, String, String);
    let mut keyed: Vec<(Key, Message)> = msgs
        .into_iter()
        .map(|m| {
            let origin = m
                .resource
                .map(|i| snap.res(i).friendly())
                .unwrap_or_default();
            let text = format::log_line(snap, &m, false);
            ((level_order(m.level()), m.code(), origin, text), m)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed.into_iter().map(|(_, m)| m).collect()
}
