//! sailctl: a drop-in, faster istioctl. See ARCHITECTURE.md for the layout.
pub mod cli;
pub mod error;
pub mod output;
pub mod version;
pub mod yaml;
