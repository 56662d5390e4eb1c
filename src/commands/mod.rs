//! Command implementations that are thin enough to live at the edge (I/O only).
pub mod analyze;
pub mod completion;
pub mod version;
