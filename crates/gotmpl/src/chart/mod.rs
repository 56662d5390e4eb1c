//! Helm-format chart loader and renderer.
//!
//! A chart directory holds `Chart.yaml`, `values.yaml`, `templates/` (files starting
//! with `_` are partials: parsed, never output) and any other files (exposed as
//! `.Files`). Rendering follows Helm's engine: all templates share one template set
//! (parsed deepest path first, then reverse-alphabetically, so later definitions win as
//! in Helm), `missingkey=zero`, `<no value>` removed from output, errors reworded as
//! `parse error at (file:line): msg` / `execution error at (file:line:col): msg`.
//! User values are coalesced over the chart's: maps merge recursively, a user `null`
//! deletes the chart default. Subcharts in `charts/<name>/` get `.Values.<name>` over
//! their own defaults, with the parent's `global` pushed down (parent wins), their own
//! `.Chart`/`.Files`, and templates named `parent/charts/<name>/templates/...`.
//! [`helm_template_output`] prints documents the way `helm template` orders them.
//!
//! Inside: `load` (a chart from a directory or from memory), `values` (coalescing),
//! `render` (parse once, render many), `output` (`helm template`'s document order).

mod load;
mod output;
mod render;
mod values;

pub use load::Chart;
pub use output::{INSTALL_ORDER, Manifest, helm_template_output, join_output, sort_manifests};
pub use render::{Capabilities, Prepared, ReleaseOptions, render};
pub use values::{coalesce, coalesce_chart};

use crate::yaml_input::YamlInputError;
use std::path::PathBuf;

/// Why a chart could not be loaded or rendered; Display is Helm's wording where Helm has one.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Yaml(#[from] YamlInputError),
    #[error("Chart.yaml: not a map")]
    MetadataNotMap,
    #[error("Chart.yaml: missing")]
    MetadataMissing,
    /// A template failed to parse; `at` is `file:line`.
    #[error("parse error at ({at}): {msg}")]
    ParseAt { at: String, msg: String },
    /// A parse error without a position in it.
    #[error("parse error in ({file}): {msg}")]
    ParseIn { file: String, msg: String },
    /// `fail`/`required` (Helm's warning markers): `at` is `file:line:col`.
    #[error("execution error at ({at}): {msg}")]
    ExecAt { at: String, msg: String },
    /// An execution error without a position in it.
    #[error("execution error in ({file}): {msg}")]
    ExecIn { file: String, msg: String },
    /// Any other execution error, Go's text unchanged.
    #[error("{0}")]
    Exec(String),
    /// A rendered document is not YAML.
    #[error("YAML parse error on {path}: {source}")]
    Manifest {
        path: String,
        source: YamlInputError,
    },
}
