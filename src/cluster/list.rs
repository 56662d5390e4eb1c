//! Listing with paging: large clusters are read a page at a time, so only one page of
//! objects is held besides what the caller keeps.

use crate::k8s::{ApiError, Cluster};
use kube::api::{Api, ListParams};
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// Objects per page (the API server's own default cap is 500 too).
pub const PAGE: u32 = 500;

/// Lists every object `api` and `lp` select, a page at a time, handing each to `each`
/// (whose own failure ends the listing).
pub async fn each<K, E>(
    cluster: &Cluster,
    api: &Api<K>,
    lp: &ListParams,
    what: &str,
    mut each: impl FnMut(K) -> Result<(), E>,
) -> Result<(), E>
where
    K: Clone + DeserializeOwned + Debug,
    E: From<ApiError>,
{
    let mut lp = lp.clone().limit(PAGE);
    loop {
        let page = cluster.call(api.list(&lp), "list", what).await?;
        let next = page.metadata.continue_.clone().filter(|c| !c.is_empty());
        for item in page.items {
            each(item)?;
        }
        match next {
            Some(c) => lp = lp.continue_token(&c),
            None => return Ok(()),
        }
    }
}
