//! One integration-test binary: each module is one area.
mod cli;
mod e2e;
mod gotmpl;
mod inject_bad_input;
mod inject_cli;
mod inject_conformance;
mod operator_manifest_diff;
mod profile;
mod yaml_roundtrip;
