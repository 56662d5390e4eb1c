//! One integration-test binary: each module is one area.
mod analyze;
mod bad_input;
mod cli;
mod crds;
mod differential;
mod e2e;
mod fuzz_smoke;
mod inject_cli;
mod inject_conformance;
mod inject_gateway_templates;
mod layering;
mod manifest_generate;
mod operator_manifest_diff;
mod profile;
mod robustness;
mod support;
mod yaml_roundtrip;
