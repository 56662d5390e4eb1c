//! Waiting for workloads to become ready, and saying why they did not: which object, which
//! pods, their phase, failing conditions, container waiting reasons and the latest events.

use super::Cluster;
use super::apply::ObjectRef;
use crate::error::Error;
use k8s_openapi::api::apps::v1::{DaemonSet, Deployment, StatefulSet};
use k8s_openapi::api::core::v1::{Event, Pod};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

const POLL: Duration = Duration::from_millis(500);

/// Kinds whose readiness is waited for; everything else is ready once applied.
pub fn waits_for(kind: &str) -> bool {
    matches!(
        kind,
        "Deployment" | "DaemonSet" | "StatefulSet" | "CustomResourceDefinition"
    )
}

/// Readiness of one object: `Ok(None)` ready, `Ok(Some(why))` not yet.
async fn check(cluster: &Cluster, r: &ObjectRef) -> Result<Option<String>, Error> {
    let c = cluster.client.clone();
    let ns = r.namespace.clone().unwrap_or_else(|| "default".into());
    let what = r.to_string();
    Ok(match r.kind.as_str() {
        "Deployment" => {
            let d = cluster
                .call(
                    Api::<Deployment>::namespaced(c, &ns).get_opt(&r.name),
                    "get",
                    &what,
                )
                .await?;
            d.map_or(Some("not found".into()), |d| deployment_pending(&d))
        }
        "DaemonSet" => {
            let d = cluster
                .call(
                    Api::<DaemonSet>::namespaced(c, &ns).get_opt(&r.name),
                    "get",
                    &what,
                )
                .await?;
            d.map_or(Some("not found".into()), |d| {
                let s = d.status.unwrap_or_default();
                let gen_ok =
                    s.observed_generation.unwrap_or(0) >= d.metadata.generation.unwrap_or(0);
                (!(gen_ok
                    && s.number_ready >= s.desired_number_scheduled
                    && s.updated_number_scheduled.unwrap_or(0) >= s.desired_number_scheduled))
                    .then(|| {
                        format!(
                            "{}/{} pods ready",
                            s.number_ready, s.desired_number_scheduled
                        )
                    })
            })
        }
        "StatefulSet" => {
            let d = cluster
                .call(
                    Api::<StatefulSet>::namespaced(c, &ns).get_opt(&r.name),
                    "get",
                    &what,
                )
                .await?;
            d.map_or(Some("not found".into()), |d| {
                let want = d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1);
                let ready = d.status.and_then(|s| s.ready_replicas).unwrap_or(0);
                (ready < want).then(|| format!("{ready}/{want} pods ready"))
            })
        }
        "CustomResourceDefinition" => {
            let d = cluster
                .call(
                    Api::<CustomResourceDefinition>::all(c).get_opt(&r.name),
                    "get",
                    &what,
                )
                .await?;
            d.map_or(Some("not found".into()), |d| {
                let established = d
                    .status
                    .and_then(|s| s.conditions)
                    .unwrap_or_default()
                    .iter()
                    .any(|c| c.type_ == "Established" && c.status == "True");
                (!established).then(|| "not established yet".into())
            })
        }
        _ => None,
    })
}

/// Why a Deployment is not available yet, or `None` when it is.
pub fn deployment_pending(d: &Deployment) -> Option<String> {
    let want = d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1);
    let s = d.status.clone().unwrap_or_default();
    if s.observed_generation.unwrap_or(0) < d.metadata.generation.unwrap_or(0) {
        return Some("the controller has not seen the latest spec yet".into());
    }
    let updated = s.updated_replicas.unwrap_or(0);
    let available = s.available_replicas.unwrap_or(0);
    let total = s.replicas.unwrap_or(0);
    // As `kubectl rollout status`: all replicas updated, old ones gone, the new ones available.
    if updated < want {
        return Some(format!("{updated} of {want} replicas updated"));
    }
    if total > updated {
        return Some(format!(
            "{} old replicas are pending termination",
            total - updated
        ));
    }
    if available < updated {
        return Some(format!(
            "{available} of {updated} updated replicas are available"
        ));
    }
    None
}

/// Waits until every object is ready or the timeout passes; on timeout the error explains.
pub async fn wait_ready(
    cluster: &Cluster,
    objs: &[ObjectRef],
    timeout: Duration,
) -> Result<(), Error> {
    let deadline = Instant::now() + timeout;
    let mut pending: Vec<&ObjectRef> = objs.iter().filter(|r| waits_for(&r.kind)).collect();
    let mut last: BTreeMap<String, String> = BTreeMap::new();
    while !pending.is_empty() {
        let mut still = Vec::new();
        for r in pending {
            if let Some(why) = check(cluster, r).await? {
                last.insert(r.to_string(), why);
                still.push(r);
            }
        }
        pending = still;
        if pending.is_empty() {
            break;
        }
        if Instant::now() >= deadline {
            let mut details = Vec::new();
            for r in &pending {
                let why = last.get(&r.to_string()).cloned().unwrap_or_default();
                details.push(format!("{r}: {why}{}", explain_pods(cluster, r).await));
            }
            return Err(Error::general(format!(
                "resources not ready after {}: {}",
                crate::output::duration::Go(timeout),
                details.join("; ")
            ))
            .hint("raise --readiness-timeout if the cluster is just slow; otherwise fix the cause above (kubectl describe pod shows more)"));
        }
        tokio::time::sleep(POLL).await;
    }
    Ok(())
}

/// The pods behind a workload and why they are not ready (best effort: errors say nothing).
async fn explain_pods(cluster: &Cluster, r: &ObjectRef) -> String {
    let Some(ns) = &r.namespace else {
        return String::new();
    };
    let what = r.to_string();
    let selector = match r.kind.as_str() {
        "Deployment" => cluster
            .call(
                Api::<Deployment>::namespaced(cluster.client.clone(), ns).get_opt(&r.name),
                "get",
                &what,
            )
            .await
            .ok()
            .flatten()
            .and_then(|d| d.spec.and_then(|s| s.selector.match_labels)),
        "DaemonSet" => cluster
            .call(
                Api::<DaemonSet>::namespaced(cluster.client.clone(), ns).get_opt(&r.name),
                "get",
                &what,
            )
            .await
            .ok()
            .flatten()
            .and_then(|d| d.spec.and_then(|s| s.selector.match_labels)),
        "StatefulSet" => cluster
            .call(
                Api::<StatefulSet>::namespaced(cluster.client.clone(), ns).get_opt(&r.name),
                "get",
                &what,
            )
            .await
            .ok()
            .flatten()
            .and_then(|d| d.spec.and_then(|s| s.selector.match_labels)),
        _ => None,
    };
    let Some(labels) = selector else {
        return String::new();
    };
    let sel = labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",");
    let pods_api = Api::<Pod>::namespaced(cluster.client.clone(), ns);
    let pods = match cluster
        .call(
            pods_api.list(&ListParams::default().labels(&sel)),
            "list",
            &format!("pods in {ns}"),
        )
        .await
    {
        Ok(l) => l.items,
        Err(_) => return String::new(),
    };
    if pods.is_empty() {
        return " (no pods were created; check the ReplicaSet events and quotas)".into();
    }
    let events_api: Api<Event> = Api::namespaced(cluster.client.clone(), ns);
    let mut parts = Vec::new();
    for p in pods.iter().take(5) {
        let name = p.metadata.name.clone().unwrap_or_default();
        let lp = ListParams::default().fields(&format!("involvedObject.name={name}"));
        let events = cluster
            .call(
                events_api.list(&lp),
                "list",
                &format!("events of pod {name}"),
            )
            .await
            .map(|l| l.items)
            .unwrap_or_default();
        parts.push(describe_pod(p, &events));
    }
    format!(" — {}", parts.join("; "))
}

/// One pod in one line: phase, failing conditions, container waiting reasons, latest events.
pub fn describe_pod(p: &Pod, events: &[Event]) -> String {
    let name = p.metadata.name.clone().unwrap_or_default();
    let status = p.status.clone().unwrap_or_default();
    let mut bits = vec![format!(
        "pod {name} is {}",
        status.phase.unwrap_or_else(|| "Pending".into())
    )];
    for c in status.conditions.unwrap_or_default() {
        if c.status != "True" {
            let mut s = format!("{}=False", c.type_);
            if let Some(r) = c.reason {
                s.push_str(&format!(" ({r}"));
                if let Some(m) = c.message {
                    s.push_str(&format!(": {m}"));
                }
                s.push(')');
            }
            bits.push(s);
        }
    }
    for cs in status
        .container_statuses
        .unwrap_or_default()
        .into_iter()
        .chain(status.init_container_statuses.unwrap_or_default())
    {
        if let Some(w) = cs.state.and_then(|s| s.waiting) {
            bits.push(format!(
                "container {} waiting: {}",
                cs.name,
                w.reason.unwrap_or_default()
            ));
        }
    }
    let mut evs: Vec<&Event> = events
        .iter()
        .filter(|e| e.type_.as_deref() != Some("Normal"))
        .collect();
    evs.sort_by_key(|e| e.last_timestamp.clone().map(|t| t.0));
    if let Some(e) = evs.last() {
        bits.push(format!(
            "last event: {} {}",
            e.reason.clone().unwrap_or_default(),
            e.message.clone().unwrap_or_default().trim()
        ));
    }
    bits.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unschedulable_pod_is_explained() {
        let pod: Pod = serde_json::from_value(json!({
            "metadata": {"name": "istiod-abc"},
            "status": {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False", "reason": "Unschedulable",
                "message": "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector."}]}
        })).unwrap();
        let ev: Event = serde_json::from_value(json!({
            "metadata": {"name": "e"}, "involvedObject": {}, "type": "Warning", "reason": "FailedScheduling", "message": "0/1 nodes are available"
        })).unwrap();
        let s = describe_pod(&pod, &[ev]);
        assert!(
            s.starts_with(
                "pod istiod-abc is Pending, PodScheduled=False (Unschedulable: 0/1 nodes"
            ),
            "{s}"
        );
        assert!(
            s.ends_with("last event: FailedScheduling 0/1 nodes are available"),
            "{s}"
        );
    }

    #[test]
    fn deployment_availability() {
        let d: Deployment = serde_json::from_value(json!({
            "metadata": {"name": "x", "generation": 2}, "spec": {"replicas": 2, "selector": {}, "template": {}},
            "status": {"observedGeneration": 2, "replicas": 2, "updatedReplicas": 2, "availableReplicas": 1}
        })).unwrap();
        assert_eq!(
            deployment_pending(&d).as_deref(),
            Some("1 of 2 updated replicas are available")
        );
        let rolling: Deployment = serde_json::from_value(json!({
            "metadata": {"name": "x", "generation": 3}, "spec": {"replicas": 1, "selector": {}, "template": {}},
            "status": {"observedGeneration": 3, "replicas": 2, "updatedReplicas": 1, "availableReplicas": 1}
        })).unwrap();
        assert_eq!(
            deployment_pending(&rolling).as_deref(),
            Some("1 old replicas are pending termination")
        );
        let ok: Deployment = serde_json::from_value(json!({
            "metadata": {"name": "x", "generation": 1}, "spec": {"selector": {}, "template": {}},
            "status": {"observedGeneration": 1, "updatedReplicas": 1, "availableReplicas": 1}
        }))
        .unwrap();
        assert_eq!(deployment_pending(&ok), None);
    }
}
