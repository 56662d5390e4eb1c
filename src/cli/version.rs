//! `version`.

use crate::output::Format;
use clap::Args;

#[derive(Debug, Clone, Args)]
pub struct VersionArgs {
    /// Use --remote=false to suppress control plane and data plane check
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub remote: bool,
    /// Use --short=false to generate full version information
    #[arg(short = 's', long, value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub short: bool,
    /// One of 'yaml' or 'json'
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<Format>,
    /// Control plane revision
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
}
