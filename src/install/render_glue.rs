//! The seam between install and the render step: the same render as `manifest generate`.

use super::plan::ComponentObjects;
use crate::error::Error;
use crate::operator::MergedSpec;
use crate::render::{ChartSource, render};

/// Renders every enabled component of the merged spec, in install order, each component's
/// objects already in apply order.
pub fn render_components(merged: &MergedSpec) -> Result<Vec<ComponentObjects>, Error> {
    render(merged, &ChartSource::for_spec(merged))
}
