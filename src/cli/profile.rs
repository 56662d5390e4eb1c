//! `profile list|dump|diff`.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Lists available Istio configuration profiles
    List(ProfileListArgs),
    /// Dumps an Istio configuration profile
    Dump(ProfileDumpArgs),
    /// Diffs two Istio configuration profiles
    Diff(ProfileDiffArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ProfileListArgs {
    /// Specify a path to a directory of charts and profiles
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    Yaml,
    Json,
    Flags,
}

#[derive(Debug, Clone, Args)]
pub struct ProfileDumpArgs {
    /// The profile to dump (default when omitted)
    pub profile: Option<String>,
    /// Path to an IstioOperator file to overlay (repeatable)
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub filenames: Vec<PathBuf>,
    /// The path the root of the output is rooted at, e.g. components.pilot
    #[arg(short = 'p', long = "config-path", value_name = "PATH")]
    pub config_path: Option<String>,
    /// Output format: one of yaml, json, flags
    #[arg(short = 'o', long, value_enum, default_value = "yaml")]
    pub output: DumpFormat,
    /// Specify a path to a directory of charts and profiles
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct ProfileDiffArgs {
    /// The first profile
    pub first: String,
    /// The second profile
    pub second: String,
    /// Specify a path to a directory of charts and profiles
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}
