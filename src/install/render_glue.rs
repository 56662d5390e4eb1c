//! The seam between install and the render step: the same render as `manifest generate`.

use super::plan::ComponentObjects;
use crate::error::Error;
use crate::operator::MergedSpec;
use crate::render::{ChartSource, render};

/// Renders every enabled component of the merged spec, in install order.
pub fn render_components(merged: &MergedSpec) -> Result<Vec<ComponentObjects>, Error> {
    let charts = ChartSource::for_spec(merged);
    Ok(render(merged, &charts)?
        .into_iter()
        .map(|m| ComponentObjects {
            component: m.component,
            name: m.name,
            namespace: m.namespace,
            objects: m.objects,
        })
        .collect())
}
