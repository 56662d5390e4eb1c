//! Differential conformance: the same input through sailctl and the reference istioctl
//! 1.30.3 (`../shared/bin/istioctl`), compared byte for byte where istioctl is deterministic
//! and object by object, field path by field path, to say where they differ. A missing
//! reference fails the test naming what to install; nothing skips.

pub mod compare;
pub mod deliberate;
pub mod iop_gen;
mod kube_inject;
mod manifest_generate;
mod mesh_config;
mod values_types;
