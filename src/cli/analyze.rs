//! `analyze`.

use super::GoDuration;
use crate::analyze::Level;
use crate::analyze::format::OutputFormat;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// `--failure-threshold`/`--output-threshold`: clap's spelling of [`analyze::Level`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    #[value(name = "Info")]
    Info,
    #[value(name = "Warning", alias = "Warn")]
    Warning,
    #[value(name = "Error")]
    Error,
}

impl From<LevelArg> for Level {
    fn from(l: LevelArg) -> Self {
        match l {
            LevelArg::Info => Level::Info,
            LevelArg::Warning => Level::Warning,
            LevelArg::Error => Level::Error,
        }
    }
}

/// analyze's `-o`: clap's spelling of [`OutputFormat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    Log,
    Json,
    Yaml,
    Sarif,
    Github,
}

impl From<MessageFormat> for OutputFormat {
    fn from(f: MessageFormat) -> Self {
        match f {
            MessageFormat::Log => OutputFormat::Log,
            MessageFormat::Json => OutputFormat::Json,
            MessageFormat::Yaml => OutputFormat::Yaml,
            MessageFormat::Sarif => OutputFormat::Sarif,
            MessageFormat::Github => OutputFormat::Github,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct AnalyzeArgs {
    /// Files or directories to analyze (`-` for stdin); directories are searched recursively
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Analyze all namespaces
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,
    /// Use live Kubernetes cluster for analysis; --use-kube=false analyzes the files alone
    #[arg(long = "use-kube", value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub use_kube: bool,
    /// List the analyzers available to run. Suppresses normal execution.
    #[arg(short = 'L', long = "list-analyzers")]
    pub list_analyzers: bool,
    /// Run only the named analyzer(s) (repeatable; see --list-analyzers)
    #[arg(long = "analyzer", value_name = "NAME")]
    pub analyzers: Vec<String>,
    /// Overrides the mesh config values to use for analysis
    #[arg(long = "meshConfigFile", value_name = "PATH")]
    pub mesh_config_file: Option<PathBuf>,
    /// Output format: one of log, json, yaml, sarif, github
    #[arg(short = 'o', long, value_enum, default_value = "log")]
    pub output: MessageFormat,
    /// The severity level of analysis at which to set a non-zero exit code
    #[arg(
        long = "failure-threshold",
        value_enum,
        default_value = "Error",
        ignore_case = true
    )]
    pub failure_threshold: LevelArg,
    /// The severity level of analysis at which to display messages
    #[arg(
        long = "output-threshold",
        value_enum,
        default_value = "Info",
        ignore_case = true
    )]
    pub output_threshold: LevelArg,
    /// Suppress reporting a message code on a resource: 'CODE=Kind name.namespace', `*` wildcards (repeatable)
    #[arg(short = 'S', long = "suppress", value_name = "CODE=RESOURCE")]
    pub suppress: Vec<String>,
    /// Process directory arguments recursively; --recursive=false only reads the directory's own files
    #[arg(short = 'R', long, value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub recursive: bool,
    /// Ignore unknown resource kinds in the input files
    #[arg(long = "ignore-unknown")]
    pub ignore_unknown: bool,
    /// The duration to wait before failing
    #[arg(long, default_value = "30s", value_name = "DURATION")]
    pub timeout: GoDuration,
    /// Analyze the resources of this control plane revision
    #[arg(short = 'r', long, value_name = "REVISION", default_value = "default")]
    pub revision: String,
}
