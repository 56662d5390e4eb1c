//! Why injection failed, typed; the messages are istioctl's (or sailctl's own where
//! istioctl has none). [`super::InjectError`] adds the input position for the user.

use crate::yaml::YamlError;

/// One document or pod could not be injected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PodError {
    #[error("document is not a YAML mapping")]
    NotAMapping,
    #[error("document has no kind")]
    NoKind,
    #[error("{kind} {name:?} has no pod template ({path})")]
    NoPodTemplate {
        kind: String,
        name: String,
        path: String,
    },
    #[error("pod template spec is not a mapping")]
    SpecNotAMapping,
    #[error("{key}: invalid CIDR {value:?}")]
    InvalidCidr { key: String, value: String },
    #[error("{key}: invalid port {value:?}")]
    InvalidPort { key: String, value: String },
    #[error("failed to parse proxy.istio.io/config annotation: {0}")]
    ProxyConfigAnnotation(YamlError),
    #[error("requested template {name:?} not found; have {have:?}")]
    TemplateNotFound { name: String, have: Vec<String> },
    #[error(
        "failed parsing injection template {name:?} (check the sidecar injector configuration in {config_source}): {message}"
    )]
    TemplateParse {
        name: String,
        config_source: String,
        message: String,
    },
    /// The template engine's own message.
    #[error("{0}")]
    TemplateExec(String),
    #[error(
        "failed parsing generated injected YAML (check the sidecar injector configuration in {config_source}): {error}"
    )]
    GeneratedYaml {
        config_source: String,
        error: YamlError,
    },
}

/// The injection configuration could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The bundled chart values do not parse (a build defect, reported rather than panicked).
    #[error("{0}")]
    BundledValues(YamlError),
    /// Merging or planning the IstioOperator failed; its message is kept, as istioctl prints it.
    #[error("{0}")]
    Operator(crate::error::Error),
}

/// kube-inject reports a configuration failure as bad input data.
impl From<ConfigError> for crate::error::Error {
    fn from(e: ConfigError) -> Self {
        crate::error::Error::data(e.to_string())
    }
}
