//! End-to-end tests against kubeplane.
