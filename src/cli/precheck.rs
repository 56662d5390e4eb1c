//! `precheck` (also `x precheck` / `experimental precheck`).

use super::analyze::LevelArg;
use clap::{Args, ValueEnum};

/// precheck's `-o`: the formats it really prints (istioctl's log, json, yaml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PrecheckFormat {
    Log,
    Json,
    Yaml,
}

#[derive(Debug, Clone, Args)]
pub struct PrecheckArgs {
    /// Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster's current version)
    #[arg(short = 'f', long = "from-version", value_name = "VERSION")]
    pub from_version: Option<String>,
    /// Output format: one of log, json, yaml
    #[arg(short = 'o', long, value_enum, default_value = "log")]
    pub output: PrecheckFormat,
    /// The severity level of precheck at which to display messages
    #[arg(
        long = "output-threshold",
        value_enum,
        default_value = "Warning",
        ignore_case = true
    )]
    pub output_threshold: LevelArg,
    /// Target control plane revision for the command
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
    /// Skip checking the control plane
    #[arg(long = "skip-controlplane")]
    pub skip_controlplane: bool,
}
