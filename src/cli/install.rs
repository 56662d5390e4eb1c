//! `install` (alias `apply`), `upgrade`, `uninstall`, `verify-install`.

use super::GoDuration;
use clap::Args;
use std::path::PathBuf;

/// Flags shared by every command that renders the control plane from an IstioOperator.
#[derive(Debug, Clone, Args)]
pub struct RenderArgs {
    /// Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub filenames: Vec<PathBuf>,
    /// Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
    /// Target control plane revision for the command
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct InstallArgs {
    #[command(flatten)]
    pub render: RenderArgs,
    /// The skipConfirmation determines whether the user is prompted for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Proceed even with validation errors
    #[arg(long)]
    pub force: bool,
    /// Console/log output only, make no changes
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Maximum time to wait for Istio resources in each component to be ready
    #[arg(
        long = "readiness-timeout",
        default_value = "5m0s",
        value_name = "DURATION"
    )]
    pub readiness_timeout: GoDuration,
    /// Verify the Istio control plane after installation/in-place upgrade
    #[arg(long)]
    pub verify: bool,
}

#[derive(Debug, Clone, Args)]
pub struct UninstallArgs {
    /// All the Istio resources will be deleted from the cluster
    #[arg(long)]
    pub purge: bool,
    /// Target control plane revision for the command
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
    /// The filename of the IstioOperator CR
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub filename: Option<PathBuf>,
    /// Override an IstioOperator value (repeatable)
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// The skipConfirmation determines whether the user is prompted for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Console/log output only, make no changes
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Args)]
pub struct VerifyInstallArgs {
    #[command(flatten)]
    pub render: RenderArgs,
}
