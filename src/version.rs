//! Version info.
