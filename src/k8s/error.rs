//! What can go wrong talking to the API server, as values callers can match on (a kind the
//! server does not serve, an object that is not there, …) rather than message text. Each
//! variant prints the one line the user sees; the conversion to `error::Error` adds the hint.

use crate::error::Error;

/// A failed request, naming the verb and the object it was about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// HTTP 401: the credentials were rejected.
    #[error("unauthorized to {verb} {what}: {message}")]
    Unauthorized {
        verb: String,
        what: String,
        message: String,
    },
    /// HTTP 403: RBAC does not allow it.
    #[error("forbidden: cannot {verb} {what}: {message}")]
    Forbidden {
        verb: String,
        what: String,
        message: String,
    },
    /// HTTP 404: the object (or its namespace) does not exist.
    #[error("not found: {what}: {message}")]
    NotFound { what: String, message: String },
    /// Discovery found no such resource type: its CRD is not installed.
    #[error("the cluster does not serve {what}: is its CustomResourceDefinition installed?")]
    NotServed { what: String },
    /// HTTP 409 from server-side apply: fields owned by other field managers.
    #[error("conflict: cannot {verb} {what}: {owners}")]
    Conflict {
        verb: String,
        what: String,
        /// `FIELD is managed by "MANAGER"`, comma-separated.
        owners: String,
    },
    /// No answer within `--kubeclient-timeout` (printed Go-style, e.g. `15s`).
    #[error(
        "cannot reach the Kubernetes cluster at {server}: no answer within {timeout} to {verb} {what}"
    )]
    Timeout {
        server: String,
        timeout: String,
        verb: String,
        what: String,
    },
    /// The connection itself failed (refused, TLS, DNS).
    #[error("cannot reach the Kubernetes cluster at {server}: connection failed ({why})")]
    Unreachable { server: String, why: String },
    /// Any other HTTP status.
    #[error("cannot {verb} {what}: {message} (HTTP {code})")]
    Status {
        verb: String,
        what: String,
        message: String,
        code: u16,
    },
    /// A client-side failure (decoding, building the request).
    #[error("cannot {verb} {what}: {message}")]
    Other {
        verb: String,
        what: String,
        message: String,
    },
    /// An object handed to the client lacks what identifies it (kind, apiVersion, name).
    #[error("{message}")]
    InvalidObject { message: String },
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        let message = e.to_string();
        match e {
            ApiError::Unauthorized { .. } => Error::general(message).hint(
                "your credentials were rejected; refresh them (e.g. log in again) or check the kubeconfig user",
            ),
            ApiError::Forbidden { .. } => Error::general(message)
                .hint("run `sailctl x precheck` to list the permissions sailctl needs"),
            ApiError::Conflict { .. } => Error::general(message).hint(
                "another tool changed these fields since the last install; re-run with --force to take them over",
            ),
            ApiError::Timeout { .. } | ApiError::Unreachable { .. } => Error::general(message)
                .hint("check that the cluster is running and that --kubeconfig/--context point at it"),
            ApiError::InvalidObject { .. } => Error::data(message),
            ApiError::NotFound { .. }
            | ApiError::NotServed { .. }
            | ApiError::Status { .. }
            | ApiError::Other { .. } => Error::general(message),
        }
    }
}
