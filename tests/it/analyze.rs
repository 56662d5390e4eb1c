//! analyze: the Istio 1.30.3 conformance table, CLI behaviour, output formats, bad input.

#[path = "analyze_conformance.rs"]
mod conformance;

#[path = "analyze_cli.rs"]
mod cli;

#[path = "analyze_perf.rs"]
mod perf;

#[path = "analyze_robust.rs"]
mod robust;

#[path = "analyze_schema.rs"]
mod schema;
