//! sailctl: a drop-in, faster istioctl. See ARCHITECTURE.md for the layout.
pub mod addons;
pub mod analyze;
pub mod app;
pub mod cli;
pub mod cluster;
pub mod commands;
pub mod ctx;
pub mod dashboard;
pub mod error;
pub mod files;
#[doc(hidden)]
pub mod fuzz_entry;
pub mod inject;
pub mod install;
pub mod k8s;
pub mod mesh_defaults;
pub mod operator;
pub mod output;
pub mod precheck;
pub mod render;
pub mod tree;
pub mod version;
pub mod yaml;
