//! Command implementations that are thin enough to live at the edge (I/O only).
pub mod addons;
pub mod analyze;
pub mod apply;
pub mod completion;
pub mod dashboard;
pub mod install;
pub mod kube_inject;
pub mod manifest_diff;
pub mod manifest_generate;
pub mod precheck;
pub mod profile;
pub mod uninstall;
pub mod verify_install;
pub mod version;
