//! What commands read from the cluster: istiod and its version, the injector's ConfigMaps,
//! the objects an install owns, CRDs, and paged listing (analyze's live source). Every
//! request goes through `k8s::Cluster::call`, so each is bounded by `--kubeclient-timeout`
//! and fails as a typed `k8s::ApiError`.

pub mod injector;
pub mod istiod;
pub mod list;
pub mod live;
pub mod objects;
