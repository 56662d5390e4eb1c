//! The Kubernetes client wrapper: connect from plain [`ConnectOptions`], bound every request
//! by the client timeout ([`Cluster::call`]), and turn client failures into a typed
//! [`ApiError`] (unreachable, forbidden, not found, timeout, …) that prints as one line.

pub mod apply;
mod error;
pub mod wait;

pub use error::ApiError;

use crate::error::Error;
use kube::config::{KubeConfigOptions, Kubeconfig};
use std::path::PathBuf;
use std::time::Duration;

/// How to reach the cluster: istioctl's root flags, as plain values.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// `--kubeconfig` (or `$KUBECONFIG`); `None` means `~/.kube/config` or in-cluster.
    pub kubeconfig: Option<PathBuf>,
    /// `--context`; `None` means the kubeconfig's current context.
    pub context: Option<String>,
    /// `--as`
    pub as_user: Option<String>,
    /// `--as-group`
    pub as_group: Vec<String>,
    /// `--kubeclient-timeout`: the bound on each request.
    pub timeout: Duration,
}

/// A connected client plus what the user should see in messages about it.
#[derive(Clone)]
pub struct Cluster {
    pub client: kube::Client,
    /// The API server URL, for messages.
    pub server: String,
    /// The kubeconfig context in use, for messages.
    pub context: Option<String>,
    pub timeout: Duration,
}

fn no_kubeconfig() -> Error {
    Error::general("no Kubernetes configuration found (looked at $KUBECONFIG and ~/.kube/config)")
        .hint("pass --kubeconfig PATH, or set KUBECONFIG")
}

/// The kubeconfig named by `--kubeconfig`, else `$KUBECONFIG`/`~/.kube/config`; `None`
/// when there is none and the process runs in a pod (in-cluster config applies).
fn load_kubeconfig(global: &ConnectOptions) -> Result<Option<Kubeconfig>, Error> {
    match &global.kubeconfig {
        Some(path) => {
            check_syntax(path)?;
            Kubeconfig::read_from(path).map(Some).map_err(|e| {
                Error::general(format!(
                    "cannot load kubeconfig {}: {}",
                    path.display(),
                    root_cause(&e)
                ))
                .hint("check the --kubeconfig path")
            })
        }
        None => match Kubeconfig::read() {
            Ok(k) => Ok(Some(k)),
            Err(_) if std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() => Ok(None),
            Err(_) => Err(no_kubeconfig()),
        },
    }
}

/// A kubeconfig that is not a YAML mapping is bad input: name its file and line (the client
/// library's own message has neither). A file that cannot be read is left to the loader.
fn check_syntax(path: &std::path::Path) -> Result<(), Error> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(());
    };
    let source = path.display().to_string();
    let text = crate::files::utf8_text(&source, bytes)?;
    for doc in crate::yaml::parse_stream(&source, &text)? {
        if !(doc.value.is_object() || doc.is_empty()) {
            return Err(Error::data(format!(
                "{source}:{}: a kubeconfig is a YAML mapping (apiVersion: v1, kind: Config)",
                doc.line
            )));
        }
    }
    Ok(())
}

/// Builds a client from the kubeconfig (`--kubeconfig`/`KUBECONFIG`/`~/.kube/config`), the
/// context, impersonation and the request timeout. Does not contact the server.
pub async fn connect(global: &ConnectOptions) -> Result<Cluster, Error> {
    let timeout = global.timeout;
    let options = KubeConfigOptions {
        context: global.context.clone(),
        ..Default::default()
    };
    let (mut config, context) = match load_kubeconfig(global)? {
        Some(kubeconfig) => {
            let context = options
                .context
                .clone()
                .or_else(|| kubeconfig.current_context.clone());
            let config = kube::Config::from_custom_kubeconfig(kubeconfig, &options)
                .await
                .map_err(|e| {
                    let msg = first_line(&e.to_string());
                    let err = Error::general(format!("invalid kubeconfig: {msg}"));
                    if global.context.is_some() {
                        err.hint("check the --context name with `kubectl config get-contexts`")
                    } else {
                        err
                    }
                })?;
            (config, context)
        }
        // Inside a pod with no kubeconfig: its service account, as client-go does.
        None => (
            kube::Config::incluster().map_err(|_| no_kubeconfig())?,
            None,
        ),
    };
    config.connect_timeout = Some(timeout);
    config.read_timeout = Some(timeout.max(Duration::from_secs(30)));
    config.write_timeout = Some(timeout.max(Duration::from_secs(30)));
    if let Some(user) = &global.as_user {
        config.auth_info.impersonate = Some(user.clone());
    }
    if !global.as_group.is_empty() {
        config.auth_info.impersonate_groups = Some(global.as_group.clone());
    }
    let server = config.cluster_url.to_string();
    let client = kube::Client::try_from(config).map_err(|e| {
        Error::general(format!(
            "cannot create a Kubernetes client: {}",
            first_line(&e.to_string())
        ))
    })?;
    Ok(Cluster {
        client,
        server,
        context,
        timeout,
    })
}

impl Cluster {
    /// Checks the server answers within the client timeout and returns its version (e.g. `v1.33.1`).
    pub async fn server_version(
        &self,
    ) -> Result<k8s_openapi::apimachinery::pkg::version::Info, ApiError> {
        self.call(self.client.apiserver_version(), "get", "the server version")
            .await
    }

    /// One API call bounded by `--kubeclient-timeout`, as istioctl bounds each request: a
    /// server that stops answering mid-command is an error, not a wait of the longer
    /// per-read timeout. Every request sailctl makes goes through here, so failures are one
    /// line naming the verb and the object.
    pub async fn call<T>(
        &self,
        call: impl std::future::Future<Output = Result<T, kube::Error>>,
        verb: &str,
        what: &str,
    ) -> Result<T, ApiError> {
        match tokio::time::timeout(self.timeout, call).await {
            Ok(r) => r.map_err(|e| self.error(e, verb, what)),
            Err(_) => Err(self.timed_out(verb, what)),
        }
    }

    /// The server URL as messages name it.
    fn server_name(&self) -> String {
        self.server.trim_end_matches('/').to_string()
    }

    fn timed_out(&self, verb: &str, what: &str) -> ApiError {
        ApiError::Timeout {
            server: self.server_name(),
            timeout: crate::output::duration::Go(self.timeout).to_string(),
            verb: verb.to_string(),
            what: what.to_string(),
        }
    }

    /// Turns a kube client error into a typed error naming the verb and resource.
    pub fn error(&self, e: kube::Error, verb: &str, what: &str) -> ApiError {
        classify(e, verb, what, |why| {
            // A connect (TCP or TLS) that hit --kubeclient-timeout: say so, not "deadline has elapsed".
            if is_timeout(why) {
                self.timed_out(verb, what)
            } else {
                ApiError::Unreachable {
                    server: self.server_name(),
                    why: why.to_string(),
                }
            }
        })
    }
}

/// Whether a transport failure's root cause is a timeout.
fn is_timeout(root: &str) -> bool {
    let r = root.to_ascii_lowercase();
    r.contains("deadline has elapsed") || r.contains("timed out")
}

fn classify(
    e: kube::Error,
    verb: &str,
    what: &str,
    unreachable: impl Fn(&str) -> ApiError,
) -> ApiError {
    let (verb, what) = (verb.to_string(), what.to_string());
    match e {
        kube::Error::Api(status) => {
            let code = status.code;
            let message = status.message.clone();
            match code {
                401 => ApiError::Unauthorized {
                    verb,
                    what,
                    message,
                },
                403 => ApiError::Forbidden {
                    verb,
                    what,
                    message,
                },
                404 => ApiError::NotFound { what, message },
                409 if !field_conflicts(&status).is_empty() => {
                    let owners = field_conflicts(&status)
                        .iter()
                        .map(|(manager, field)| format!("{field} is managed by {manager:?}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    ApiError::Conflict { verb, what, owners }
                }
                _ => ApiError::Status {
                    verb,
                    what,
                    message,
                    code,
                },
            }
        }
        kube::Error::HyperError(_) | kube::Error::Service(_) => unreachable(&root_cause(&e)),
        other => ApiError::Other {
            verb,
            what,
            message: first_line(&other.to_string()),
        },
    }
}

/// The (field manager, field) pairs of a server-side apply conflict (HTTP 409 whose causes
/// are `FieldManagerConflict`); empty for any other error.
pub fn field_conflicts(status: &kube::core::Status) -> Vec<(String, String)> {
    let causes = status.details.as_ref().map(|d| d.causes.as_slice());
    causes
        .unwrap_or_default()
        .iter()
        .filter(|c| c.reason == "FieldManagerConflict")
        .map(|c| {
            // The server words it `conflict with "MANAGER" using v1` (or `... with subresource ...`).
            let manager = c
                .message
                .split('"')
                .nth(1)
                .unwrap_or(c.message.as_str())
                .to_string();
            (manager, c.field.clone())
        })
        .collect()
}

/// The innermost cause (e.g. "Connection refused"), which says more than the wrappers.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    let s = cur.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => first_line(&s),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_names_verb_and_resource_and_suggests_precheck() {
        let status =
            kube::core::Status::failure("configmaps is forbidden", "Forbidden").with_code(403);
        let e = classify(
            kube::Error::Api(status.boxed()),
            "list",
            "configmaps in istio-system",
            |_| ApiError::InvalidObject {
                message: "x".into(),
            },
        );
        let e = Error::from(e);
        assert!(
            e.message
                .starts_with("forbidden: cannot list configmaps in istio-system"),
            "{}",
            e.message
        );
        assert!(e.hints[0].contains("sailctl x precheck"), "{:?}", e.hints);
    }

    /// The body the apiserver sends for an apply that conflicts with another field manager.
    fn conflict_status() -> kube::core::Status {
        serde_json::from_value(serde_json::json!({
            "kind": "Status", "apiVersion": "v1", "status": "Failure", "code": 409, "reason": "Conflict",
            "message": "Apply failed with 2 conflicts: conflict with \"kubectl-edit\" using v1: .data.mesh",
            "details": {"name": "istio", "kind": "configmaps", "causes": [
                {"reason": "FieldManagerConflict", "message": "conflict with \"kubectl-edit\" using v1", "field": ".data.mesh"},
                {"reason": "FieldManagerConflict", "message": "conflict with \"helm\" with subresource \"scale\" using apps/v1", "field": ".spec.replicas"}
            ]}
        }))
        .unwrap()
    }

    #[test]
    fn apply_conflicts_name_the_manager_and_the_field() {
        let got = field_conflicts(&conflict_status());
        assert_eq!(
            got,
            [
                ("kubectl-edit".to_string(), ".data.mesh".to_string()),
                ("helm".to_string(), ".spec.replicas".to_string())
            ]
        );
        let e = classify(
            kube::Error::Api(conflict_status().boxed()),
            "apply",
            "ConfigMap istio-system/istio",
            |_| ApiError::InvalidObject {
                message: "x".into(),
            },
        );
        let e = Error::from(e);
        assert_eq!(
            e.message,
            "conflict: cannot apply ConfigMap istio-system/istio: .data.mesh is managed by \"kubectl-edit\", .spec.replicas is managed by \"helm\""
        );
        assert!(e.hints[0].contains("--force"), "{:?}", e.hints);
        // A 409 without field conflicts (e.g. AlreadyExists) keeps the generic wording.
        let exists =
            kube::core::Status::failure("configmaps \"x\" already exists", "AlreadyExists")
                .with_code(409);
        assert!(field_conflicts(&exists).is_empty());
    }

    #[test]
    fn transport_timeouts_are_told_apart() {
        assert!(is_timeout("deadline has elapsed"));
        assert!(is_timeout("Connection timed out"));
        assert!(!is_timeout("Connection refused"));
    }
}
