//! One integration-test binary: each module is one area.
mod analyze;
mod e2e;
