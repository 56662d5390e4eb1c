//! Server-side apply of generic objects (serde_json values), with a per-GroupVersionKind
//! discovery cache, dry-run, and deletion. Objects are never converted to typed structs.

use super::{ApiError, Cluster};
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiCapabilities, ApiResource, Scope};
use serde_json::Value;
use std::collections::HashMap;
use tokio::sync::Mutex;

/// The field manager sailctl applies with (visible in managedFields).
pub const FIELD_MANAGER: &str = "sailctl";

/// Field managers whose fields an install takes over without `--force`: istioctl's
/// (`istio-operator`, so sailctl can upgrade an istioctl install) and istiod's
/// (`pilot-discovery`, which patches webhook `caBundle`/`failurePolicy` at run time).
/// Anyone else's change (`kubectl edit`, Helm, another controller) is a reported conflict.
pub const ISTIO_MANAGERS: &[&str] = &["istio-operator", "pilot-discovery"];

/// Whether an apply that conflicted with these managers may be retried with force.
pub fn may_take_over(conflicts: &[(String, String)], force: bool) -> bool {
    !conflicts.is_empty()
        && (force
            || conflicts
                .iter()
                .all(|(m, _)| ISTIO_MANAGERS.contains(&m.as_str())))
}

/// Identifies an object in messages and maps: `Kind namespace/name` or `Kind name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectRef {
    pub api_version: String,
    pub kind: String,
    pub namespace: Option<String>,
    pub name: String,
}

impl ObjectRef {
    pub fn of(obj: &Value) -> Result<Self, ApiError> {
        let s = |p: &str| obj.pointer(p).and_then(Value::as_str).map(str::to_string);
        let invalid = |message: String| ApiError::InvalidObject { message };
        let kind = s("/kind").ok_or_else(|| invalid("object without kind".into()))?;
        let api_version =
            s("/apiVersion").ok_or_else(|| invalid(format!("{kind} without apiVersion")))?;
        let name =
            s("/metadata/name").ok_or_else(|| invalid(format!("{kind} without metadata.name")))?;
        Ok(ObjectRef {
            api_version,
            kind,
            namespace: s("/metadata/namespace").filter(|n| !n.is_empty()),
            name,
        })
    }

    pub fn gvk(&self) -> GroupVersionKind {
        let (group, version) = match self.api_version.split_once('/') {
            Some((g, v)) => (g.to_string(), v.to_string()),
            None => (String::new(), self.api_version.clone()),
        };
        GroupVersionKind {
            group,
            version,
            kind: self.kind.clone(),
        }
    }
}

impl std::fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.namespace {
            Some(ns) => write!(f, "{} {ns}/{}", self.kind, self.name),
            None => write!(f, "{} {}", self.kind, self.name),
        }
    }
}

/// What an apply did to one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Configured,
    Unchanged,
}

/// Applies objects with server-side apply; caches discovery per kind.
pub struct Applier {
    pub cluster: Cluster,
    cache: Mutex<HashMap<GroupVersionKind, (ApiResource, ApiCapabilities)>>,
    pub dry_run: bool,
    /// Take over fields other field managers own (`install --force`); without it such a
    /// conflict is an error that names them (except [`ISTIO_MANAGERS`]).
    pub force: bool,
}

impl Applier {
    pub fn new(cluster: Cluster, dry_run: bool) -> Self {
        Applier {
            cluster,
            cache: Mutex::new(HashMap::new()),
            dry_run,
            force: false,
        }
    }

    /// Finds the API resource for a kind; a kind the server does not serve is a clear error.
    pub async fn resource(
        &self,
        r: &ObjectRef,
    ) -> Result<(ApiResource, ApiCapabilities), ApiError> {
        let gvk = r.gvk();
        if let Some(hit) = self.cache.lock().await.get(&gvk) {
            return Ok(hit.clone());
        }
        let what = format!("{} {}", r.api_version, r.kind);
        let discover = async {
            match kube::discovery::pinned_kind(&self.cluster.client, &gvk).await {
                Err(kube::Error::Api(s)) if s.code == 404 => Ok(None),
                other => other.map(Some),
            }
        };
        let found = self
            .cluster
            .call(discover, "discover", &what)
            .await?
            .ok_or(ApiError::NotServed { what })?;
        self.cache.lock().await.insert(gvk, found.clone());
        Ok(found)
    }

    /// Forgets cached discovery (after CRDs are installed or removed).
    pub async fn forget(&self) {
        self.cache.lock().await.clear();
    }

    async fn api(&self, r: &ObjectRef) -> Result<Api<DynamicObject>, ApiError> {
        let (ar, caps) = self.resource(r).await?;
        Ok(match (&caps.scope, &r.namespace) {
            (Scope::Namespaced, Some(ns)) => {
                Api::namespaced_with(self.cluster.client.clone(), ns, &ar)
            }
            (Scope::Namespaced, None) => {
                Api::default_namespaced_with(self.cluster.client.clone(), &ar)
            }
            (Scope::Cluster, _) => Api::all_with(self.cluster.client.clone(), &ar),
        })
    }

    /// Server-side applies one object and says whether it was created, changed or left alone.
    pub async fn apply(&self, obj: &Value) -> Result<Outcome, ApiError> {
        let r = ObjectRef::of(obj)?;
        let api = self.api(&r).await?;
        let what = r.to_string();
        let before = self
            .cluster
            .call(api.get_opt(&r.name), "get", &what)
            .await?;
        let mut pp = PatchParams::apply(FIELD_MANAGER);
        pp.dry_run = self.dry_run;
        // Apply without force first, so a field someone else changed is noticed.
        let apply = async {
            match api.patch(&r.name, &pp, &Patch::Apply(obj)).await {
                Err(kube::Error::Api(s))
                    if may_take_over(&super::field_conflicts(&s), self.force) =>
                {
                    let forced = PatchParams {
                        force: true,
                        ..pp.clone()
                    };
                    api.patch(&r.name, &forced, &Patch::Apply(obj)).await
                }
                other => other,
            }
        };
        let after = self.cluster.call(apply, "apply", &what).await?;
        Ok(match before {
            None => Outcome::Created,
            // Compare content, not resourceVersion: a dry run never bumps it.
            Some(b) if same_content(&b, &after) => Outcome::Unchanged,
            Some(_) => Outcome::Configured,
        })
    }

    /// Reads the live object, if any.
    pub async fn get(&self, r: &ObjectRef) -> Result<Option<DynamicObject>, ApiError> {
        let api = self.api(r).await?;
        self.cluster
            .call(api.get_opt(&r.name), "get", &r.to_string())
            .await
    }

    /// Deletes one object (background propagation); a missing object is not an error.
    pub async fn delete(&self, r: &ObjectRef) -> Result<bool, ApiError> {
        let api = self.api(r).await?;
        let dp = DeleteParams {
            dry_run: self.dry_run,
            ..DeleteParams::background()
        };
        let delete = async {
            match api.delete(&r.name, &dp).await {
                Ok(_) => Ok(true),
                Err(kube::Error::Api(s)) if s.code == 404 => Ok(false),
                Err(e) => Err(e),
            }
        };
        self.cluster.call(delete, "delete", &r.to_string()).await
    }
}

/// Two versions of an object are the same when they differ only in bookkeeping fields.
fn same_content(a: &DynamicObject, b: &DynamicObject) -> bool {
    fn strip(o: &DynamicObject) -> Value {
        let mut v = serde_json::to_value(o).unwrap_or(Value::Null);
        if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
            for k in [
                "resourceVersion",
                "generation",
                "managedFields",
                "creationTimestamp",
                "uid",
            ] {
                m.remove(k);
            }
        }
        if let Some(m) = v.as_object_mut() {
            m.remove("status");
        }
        v
    }
    strip(a) == strip(b)
}

/// Apply order: CRDs and namespaces first, then RBAC and config, then workloads — so every
/// object's dependencies exist before it. Stable within a rank.
pub fn apply_rank(kind: &str) -> u8 {
    match kind {
        "CustomResourceDefinition" => 0,
        "Namespace" => 1,
        "ServiceAccount" | "ClusterRole" | "Role" => 2,
        "ClusterRoleBinding" | "RoleBinding" => 3,
        "ConfigMap" | "Secret" => 4,
        "Service" => 5,
        "MutatingWebhookConfiguration" | "ValidatingWebhookConfiguration" => 7,
        "Deployment" | "DaemonSet" | "StatefulSet" | "Job" => 8,
        _ => 6,
    }
}

/// Sorts objects into apply order (reverse it to delete).
pub fn sort_for_apply(objs: &mut [Value]) {
    objs.sort_by_key(|o| apply_rank(o.get("kind").and_then(Value::as_str).unwrap_or("")));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn object_refs() {
        let r = ObjectRef::of(&json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "istiod", "namespace": "istio-system"}})).unwrap();
        assert_eq!(r.to_string(), "Deployment istio-system/istiod");
        assert_eq!(r.gvk().group, "apps");
        let r = ObjectRef::of(
            &json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}),
        )
        .unwrap();
        assert_eq!(
            (r.to_string().as_str(), r.gvk().group.as_str()),
            ("Namespace x", "")
        );
        assert!(ObjectRef::of(&json!({"kind": "X"})).is_err());
    }

    #[test]
    fn conflicts_are_taken_over_only_with_force_or_from_istio_itself() {
        let c = |m: &str| vec![(m.to_string(), ".data.mesh".to_string())];
        assert!(!may_take_over(&c("kubectl-edit"), false));
        assert!(may_take_over(&c("kubectl-edit"), true));
        assert!(may_take_over(&c("istio-operator"), false));
        assert!(may_take_over(&c("pilot-discovery"), false));
        let mixed = [c("pilot-discovery"), c("helm")].concat();
        assert!(!may_take_over(&mixed, false));
        // Not a field conflict at all: never retried.
        assert!(!may_take_over(&[], true));
    }

    #[test]
    fn apply_order() {
        let mut v = vec![
            json!({"kind": "Deployment"}),
            json!({"kind": "Service"}),
            json!({"kind": "CustomResourceDefinition"}),
            json!({"kind": "Namespace"}),
        ];
        sort_for_apply(&mut v);
        let kinds: Vec<_> = v.iter().map(|o| o["kind"].as_str().unwrap()).collect();
        assert_eq!(
            kinds,
            [
                "CustomResourceDefinition",
                "Namespace",
                "Service",
                "Deployment"
            ]
        );
    }
}
