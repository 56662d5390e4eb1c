//! One integration-test binary: each module is one area.
mod cli;
mod e2e;
mod yaml_roundtrip;
