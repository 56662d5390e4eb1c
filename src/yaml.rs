//! YAML layer.
