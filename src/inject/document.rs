//! Which documents are workloads, and where their pod templates sit: a Pod (whose
//! controller, if any, is its workload), the controllers' templates, `v1 List` items; and
//! the zero-value fields Go's typed structs print for each kind.

use super::config::InjectConfig;
use super::error::PodError;
use super::{Notice, Workload, inject_pod_notify};
use serde_json::{Map, Value as Json, json};

/// The kinds whose pod template kube-inject injects.
const CONTROLLER_KINDS: &[&str] = &[
    "Deployment",
    "DaemonSet",
    "ReplicaSet",
    "StatefulSet",
    "Job",
    "CronJob",
    "ReplicationController",
    "DeploymentConfig",
];

pub(super) fn inject_document_notify(
    v: &Json,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<Option<Json>, PodError> {
    let Some(obj) = v.as_object() else {
        return Err(PodError::NotAMapping);
    };
    let kind = obj.get("kind").and_then(Json::as_str).unwrap_or("");
    if kind.is_empty() {
        return Err(PodError::NoKind);
    }
    let api = obj.get("apiVersion").and_then(Json::as_str).unwrap_or("");
    let mut out = match kind {
        "List" => return inject_list(v, cfg, notify).map(Some),
        "Pod" => inject_bare_pod(v, pod_workload(v), cfg, notify)?,
        k if CONTROLLER_KINDS.contains(&k) => {
            inject_controller(v, controller_workload(v, kind, api), cfg, notify)?
        }
        _ => return Ok(None),
    };
    go_defaults(&mut out);
    Ok(Some(out))
}

/// A `v1 List`: each item injected (or kept) in place.
fn inject_list(
    v: &Json,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<Json, PodError> {
    let mut out = v.clone();
    let mut items = Vec::new();
    if let Some(list) = v.get("items").and_then(Json::as_array) {
        for it in list {
            match inject_document_notify(it, cfg, notify)? {
                Some(x) => items.push(x),
                None => items.push(it.clone()),
            }
        }
    }
    out["items"] = Json::Array(items);
    if let Some(o) = out.as_object_mut() {
        o.entry("metadata").or_insert_with(|| json!({}));
    }
    Ok(out)
}

/// A Pod's workload, as Istio guesses it from the pod alone: the pod itself, unless its name
/// is generated and a controller owns it. Then the controller — a ReplicaSet whose name ends
/// in the pod's `pod-template-hash` is its Deployment (`rollouts-pod-template-hash`: an Argo
/// Rollout), a ReplicationController of a pod labelled `deploymentconfig` is that
/// DeploymentConfig, and a Job named `NAME-<8 to 10 digits>` is the CronJob `NAME`.
fn pod_workload(v: &Json) -> Workload {
    let name = meta_str(v, "name");
    let namespace = meta_str(v, "namespace");
    let label = |k: &str| {
        v.pointer("/metadata/labels")
            .and_then(|l| l.get(k))
            .and_then(Json::as_str)
            .unwrap_or("")
            .to_string()
    };
    let (mut kind, mut api, mut wname) = ("Pod".to_string(), "v1".to_string(), name.clone());
    let owner = v
        .pointer("/metadata/ownerReferences")
        .and_then(Json::as_array)
        .and_then(|refs| {
            refs.iter()
                .find(|r| r.get("controller").and_then(Json::as_bool) == Some(true))
        });
    if let Some(r) = owner.filter(|_| !meta_str(v, "generateName").is_empty()) {
        let field = |k: &str| r.get(k).and_then(Json::as_str).unwrap_or("").to_string();
        (kind, api, wname) = (field("kind"), field("apiVersion"), field("name"));
        let (hash, rollout_hash, dc) = (
            label("pod-template-hash"),
            label("rollouts-pod-template-hash"),
            label("deploymentconfig"),
        );
        if kind == "ReplicaSet" && !hash.is_empty() && wname.ends_with(&hash) {
            wname = trim_suffix(&wname, &format!("-{hash}"));
            kind = "Deployment".into();
        } else if kind == "ReplicaSet" && !rollout_hash.is_empty() && wname.ends_with(&rollout_hash)
        {
            wname = trim_suffix(&wname, &format!("-{rollout_hash}"));
            kind = "Rollout".into();
            api = "v1alpha1".into();
        } else if kind == "ReplicationController" && !dc.is_empty() {
            wname = dc;
            kind = "DeploymentConfig".into();
        } else if kind == "Job"
            && let Some(cron) = cron_job_name(&wname)
        {
            wname = cron;
            kind = "CronJob".into();
            api = "batch/v1".into();
        }
    }
    if wname.is_empty() {
        wname = name.clone();
    }
    let shown = if name.is_empty() { &wname } else { &name };
    let display = if namespace.is_empty() {
        format!("{kind} {shown:?}")
    } else {
        format!("{kind} \"{namespace}/{shown}\"")
    };
    Workload {
        kind,
        api,
        name: wname,
        namespace,
        display,
    }
}

fn trim_suffix(s: &str, suffix: &str) -> String {
    s.strip_suffix(suffix).unwrap_or(s).to_string()
}

/// The CronJob name of a Job it created: `NAME-<8 to 10 digits>` (the schedule time).
fn cron_job_name(job: &str) -> Option<String> {
    let (name, digits) = job.rsplit_once('-')?;
    ((8..=10).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !name.is_empty())
    .then(|| name.to_string())
}

/// A controller (Deployment, CronJob, ...) is its pods' workload.
fn controller_workload(v: &Json, kind: &str, api: &str) -> Workload {
    let name = meta_str(v, "name");
    let namespace = meta_str(v, "namespace");
    let display = if namespace.is_empty() {
        format!("{kind} {name:?}")
    } else {
        format!("{kind} \"{namespace}/{name}\"")
    };
    Workload {
        kind: kind.into(),
        api: api.into(),
        name,
        namespace,
        display,
    }
}

/// Takes `metadata` and `spec` out of a pod (or pod template) map, injects them, and puts
/// them back. Returns whether the pod was injected.
fn inject_in_map(
    m: &mut Map<String, Json>,
    w: &Workload,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<(Json, Json, bool), PodError> {
    let mut meta = m
        .remove("metadata")
        .unwrap_or_else(|| Json::Object(Map::new()));
    let mut spec = m.remove("spec").unwrap_or_else(|| Json::Object(Map::new()));
    let injected = inject_pod_notify(&mut meta, &mut spec, w, cfg, notify)?;
    Ok((meta, spec, injected))
}

fn inject_bare_pod(
    v: &Json,
    w: Workload,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<Json, PodError> {
    let mut out = v.clone();
    if let Some(o) = out.as_object_mut() {
        let (meta, spec, _) = inject_in_map(o, &w, cfg, notify)?;
        o.insert("metadata".into(), meta);
        o.insert("spec".into(), spec);
    }
    Ok(out)
}

fn inject_controller(
    v: &Json,
    w: Workload,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<Json, PodError> {
    let cronjob = w.kind == "CronJob";
    let tpl_path: &[&str] = if cronjob {
        &["spec", "jobTemplate", "spec", "template"]
    } else {
        &["spec", "template"]
    };
    let mut out = v.clone();
    let no_template = || PodError::NoPodTemplate {
        kind: w.kind.clone(),
        name: w.name.clone(),
        path: tpl_path.join("."),
    };
    let mut cur = &mut out;
    for p in tpl_path {
        cur = cur
            .get_mut(*p)
            .filter(|c| c.is_object())
            .ok_or_else(no_template)?;
    }
    let t = cur.as_object_mut().ok_or_else(no_template)?;
    let (meta, spec, injected) = inject_in_map(t, &w, cfg, notify)?;
    if cronjob && injected {
        // Istio records the pod metadata on the job template for CronJobs.
        let orig_meta = v
            .pointer("/spec/jobTemplate/spec/template/metadata")
            .cloned()
            .unwrap_or_else(|| json!({}));
        t.insert("metadata".into(), orig_meta);
        t.insert("spec".into(), spec);
        put_job_template_metadata(&mut out, meta);
    } else {
        t.insert("metadata".into(), meta);
        t.insert("spec".into(), spec);
    }
    Ok(out)
}

/// Puts `meta` first in a CronJob's `spec.jobTemplate`, as Go prints the struct.
fn put_job_template_metadata(out: &mut Json, meta: Json) {
    let Some(jt) = out
        .pointer_mut("/spec/jobTemplate")
        .and_then(Json::as_object_mut)
    else {
        return;
    };
    let mut new = Map::new();
    new.insert("metadata".into(), meta);
    for (k, v) in jt.iter() {
        if k != "metadata" {
            new.insert(k.clone(), v.clone());
        }
    }
    *jt = new;
}

fn meta_str(v: &Json, k: &str) -> String {
    v.get("metadata")
        .and_then(|m| m.get(k))
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string()
}

/// Fields Go's typed structs always print for each kind (zero-value structs).
fn go_defaults(v: &mut Json) {
    let kind = v
        .get("kind")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string();
    let Some(o) = v.as_object_mut() else { return };
    let status = match kind.as_str() {
        "StatefulSet" => json!({"availableReplicas": 0, "replicas": 0}),
        "DaemonSet" => json!({"currentNumberScheduled": 0, "desiredNumberScheduled": 0,
            "numberMisscheduled": 0, "numberReady": 0}),
        "ReplicaSet" | "ReplicationController" => json!({"replicas": 0}),
        "DeploymentConfig" => json!({"availableReplicas": 0, "latestVersion": 0,
            "observedGeneration": 0, "replicas": 0, "unavailableReplicas": 0, "updatedReplicas": 0}),
        _ => json!({}),
    };
    o.entry("status").or_insert(status);
    drop_null_timestamps(o);
    if let Some(spec) = o.get_mut("spec").and_then(Json::as_object_mut) {
        match kind.as_str() {
            "Deployment" => {
                spec.entry("strategy").or_insert(json!({}));
            }
            "StatefulSet" | "DaemonSet" => {
                spec.entry("updateStrategy").or_insert(json!({}));
                // Each PersistentVolumeClaim template has a (zero) status.
                for pvc in spec
                    .get_mut("volumeClaimTemplates")
                    .and_then(Json::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if let Some(pvc) = pvc.as_object_mut() {
                        pvc.entry("status").or_insert(json!({}));
                    }
                }
            }
            "DeploymentConfig" => {
                spec.entry("test").or_insert(json!(false));
                if spec.get("minReadySeconds") == Some(&json!(0)) {
                    spec.remove("minReadySeconds");
                }
                if spec.get("paused") == Some(&json!(false)) {
                    spec.remove("paused");
                }
                let st = spec.entry("strategy").or_insert(json!({}));
                if let Some(st) = st.as_object_mut() {
                    st.entry("resources").or_insert(json!({}));
                }
            }
            _ => {}
        }
    }
    fn containers(spec: &mut Json) {
        for key in ["containers", "initContainers"] {
            if let Some(cs) = spec.get_mut(key).and_then(Json::as_array_mut) {
                for c in cs {
                    if let Some(c) = c.as_object_mut() {
                        c.entry("resources").or_insert(json!({}));
                    }
                }
            }
        }
    }
    if kind == "Pod" {
        if let Some(spec) = o.get_mut("spec") {
            containers(spec);
        }
    } else if kind == "CronJob" {
        if let Some(spec) = o
            .get_mut("spec")
            .and_then(|s| s.pointer_mut("/jobTemplate/spec/template/spec"))
        {
            containers(spec);
        }
    } else if let Some(spec) = o
        .get_mut("spec")
        .and_then(|s| s.pointer_mut("/template/spec"))
    {
        containers(spec);
    }
}

/// Go omits a null creationTimestamp once istioctl strips it; do the same at any depth of metadata.
fn drop_null_timestamps(o: &mut Map<String, Json>) {
    if let Some(m) = o.get_mut("metadata").and_then(Json::as_object_mut)
        && m.get("creationTimestamp") == Some(&Json::Null)
    {
        m.remove("creationTimestamp");
    }
    for (_, v) in o.iter_mut() {
        if let Some(child) = v.as_object_mut() {
            drop_null_timestamps(child);
        }
    }
}
