//! Command implementations that are thin enough to live at the edge (I/O only).
pub mod analyze;
pub mod apply;
pub mod completion;
pub mod kube_inject;
pub mod manifest_diff;
pub mod manifest_generate;
pub mod precheck;
pub mod profile;
pub mod version;
