//! The seam between install and the render step (src/render, built with the charts).

use super::plan::ComponentObjects;
use crate::error::Error;
use crate::operator::MergedSpec;

/// Renders every enabled component of the merged spec, in install order.
pub fn render(_merged: &MergedSpec, command: &str) -> Result<Vec<ComponentObjects>, Error> {
    Err(Error::not_implemented(command))
}
