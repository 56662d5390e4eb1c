//! sailctl: a drop-in, faster istioctl. See ARCHITECTURE.md for the layout.
pub mod chart;
pub mod cli;
pub mod error;
pub mod gotmpl;
pub mod output;
pub mod version;
pub mod yaml;
