//! Where the integration tests get their tools from: the sailctl binary and the reference
//! istioctl (one process builder for both), the shared test data, kubeconfigs, kubeplane
//! clusters, and `wait4` for runs whose CPU time and peak RSS are checked.
//!
//! Anything missing (the shared data, the reference binaries, a cluster) fails the test with
//! what to install; nothing here skips.

pub mod child;
pub mod kubeconfig;
pub mod kubeplane;
pub mod parallel;
pub mod paths;
pub mod process;
pub mod reference;
pub mod rng;
pub mod sailctl;
