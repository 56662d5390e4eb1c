//! sailctl: a drop-in, faster istioctl. See ARCHITECTURE.md for the layout.
pub mod analyze;
pub mod app;
pub mod cli;
pub mod commands;
pub mod error;
pub mod output;
pub mod version;
pub mod yaml;
