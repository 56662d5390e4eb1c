//! `manifest generate` and `manifest diff`.

use super::install::RenderArgs;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Generates an Istio install manifest
    Generate(GenerateArgs),
    /// Compare manifests and generate diff (object by object, then field by field)
    Diff(DiffArgs),
}

#[derive(Debug, Clone, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub render: RenderArgs,
    /// Filter the components rendered, e.g. --filter Pilot,Base (repeatable)
    #[arg(long, value_delimiter = ',', value_name = "COMPONENT")]
    pub filter: Vec<String>,
    /// Manifest output directory path (one file per component); stdout when unset
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Proceed even with validation errors
    #[arg(long)]
    pub force: bool,
    /// Use the cluster to fill in cluster-specific values (Kubernetes version and more)
    #[arg(long = "cluster-specific")]
    pub cluster_specific: bool,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The first manifest file
    pub first: PathBuf,
    /// The second manifest file
    pub second: PathBuf,
    /// Only compare objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)
    #[arg(long, value_delimiter = ',', value_name = "PATTERN")]
    pub select: Vec<String>,
    /// Ignore objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)
    #[arg(long, value_delimiter = ',', value_name = "PATTERN")]
    pub ignore: Vec<String>,
}
