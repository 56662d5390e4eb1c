//! `kube-inject`.

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
pub struct KubeInjectArgs {
    /// Input Kubernetes resource filename (a file, a directory, or `-` for stdin)
    #[arg(
        short = 'f',
        long = "filename",
        value_name = "PATH",
        overrides_with = "filename"
    )]
    pub filename: Option<PathBuf>,
    /// Modified output Kubernetes resource filename (written atomically); stdout when unset
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Injection configuration filename (the `config` of the istio-sidecar-injector ConfigMap)
    #[arg(long = "injectConfigFile", value_name = "PATH")]
    pub inject_config_file: Option<PathBuf>,
    /// Injection values configuration filename (the `values` of the istio-sidecar-injector ConfigMap)
    #[arg(long = "valuesFile", value_name = "PATH")]
    pub values_file: Option<PathBuf>,
    /// Mesh configuration filename (the `mesh` of the istio ConfigMap)
    #[arg(long = "meshConfigFile", value_name = "PATH")]
    pub mesh_config_file: Option<PathBuf>,
    /// An IstioOperator file to render the injection configuration from
    #[arg(long = "operatorFileName", value_name = "PATH")]
    pub operator_file_name: Option<PathBuf>,
    /// ConfigMap name for Istio mesh configuration
    #[arg(
        long = "meshConfigMapName",
        default_value = "istio",
        value_name = "NAME"
    )]
    pub mesh_config_map_name: String,
    /// ConfigMap name for Istio sidecar injection
    #[arg(
        long = "injectConfigMapName",
        default_value = "istio-sidecar-injector",
        value_name = "NAME"
    )]
    pub inject_config_map_name: String,
    /// MutatingWebhookConfiguration name for Istio
    #[arg(
        long = "webhookConfig",
        default_value = "istio-sidecar-injector",
        value_name = "NAME"
    )]
    pub webhook_config: String,
    /// Control plane revision
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
}
