//! The seam between install and the render step: the same render as `manifest generate`.

use super::default_tag;
use super::plan::ComponentObjects;
use crate::error::Error;
use crate::operator::{Component, MergedSpec};
use crate::render::{ChartSource, render};

/// Renders every enabled component of the merged spec, in install order, each component's
/// objects already in apply order.
pub fn render_components(merged: &MergedSpec) -> Result<Vec<ComponentObjects>, Error> {
    render(merged, &ChartSource::for_spec(merged))
}

/// Adds the default revision tag's objects to the istiod component (rendered from the same
/// charts) and switches off the default revision's own injection webhook. Nothing happens
/// when istiod is not part of this install.
pub fn add_default_tag(
    components: &mut [ComponentObjects],
    merged: &MergedSpec,
    revision: &str,
    istio_ns: &str,
) -> Result<(), Error> {
    let Some(pilot) = components
        .iter_mut()
        .find(|c| c.component == Component::Pilot)
    else {
        return Ok(());
    };
    let inputs = default_tag::render_inputs(merged, istio_ns);
    let tag_spec = crate::operator::merge_inputs(&inputs, &mut std::io::empty())?;
    let rendered: Vec<serde_json::Value> = render(&tag_spec, &ChartSource::for_spec(merged))?
        .into_iter()
        .flat_map(|c| c.objects)
        .collect();
    let istiod = if revision == default_tag::TAG {
        "istiod".to_string()
    } else {
        format!("istiod-{revision}")
    };
    let tag = default_tag::tag_objects(&rendered, &istiod);
    let chart_labels = tag
        .first()
        .and_then(|o| o.pointer("/metadata/labels"))
        .cloned()
        .unwrap_or_default();
    default_tag::deactivate_default_injector(&mut pilot.objects);
    pilot.objects.extend(tag);
    pilot.objects.push(default_tag::validator(
        revision,
        &istiod,
        istio_ns,
        &chart_labels,
    ));
    crate::render::sort_objects(&mut pilot.objects);
    Ok(())
}
