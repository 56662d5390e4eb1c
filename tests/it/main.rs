//! One integration-test binary: each module is one area.
mod e2e;
mod gotmpl;
