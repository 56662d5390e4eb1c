//! Hidden `x apply -f`: server-side apply of plain Kubernetes YAML, with the same client and
//! errors as install. It lets scripts/demo and the e2e tests deploy workloads without kubectl.

use crate::cli::ApplyArgs;
use crate::ctx::Ctx;
use crate::error::Error;
use crate::k8s::apply::{Applier, ObjectRef, Outcome, sort_for_apply};
use serde_json::Value;

pub fn run(ctx: &Ctx, args: &ApplyArgs) -> Result<i32, Error> {
    let default_ns = ctx
        .global
        .namespace
        .clone()
        .unwrap_or_else(|| "default".into());
    let mut objs: Vec<Value> = Vec::new();
    for path in &args.filenames {
        let (source, text) = if path.as_os_str() == "-" {
            (
                "-".to_string(),
                crate::files::read_stdin(&mut std::io::stdin())?,
            )
        } else {
            (path.display().to_string(), crate::files::read_file(path)?)
        };
        for doc in crate::yaml::parse_stream(&source, &text)? {
            if doc.is_empty() {
                continue;
            }
            let mut items = match doc.value.get("kind").and_then(Value::as_str) {
                Some("List") => doc
                    .value
                    .get("items")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
                _ => vec![doc.value],
            };
            for o in &mut items {
                ObjectRef::of(o)
                    .map_err(|e| Error::data(format!("{source}:{}: {}", doc.line, e)))?;
            }
            objs.extend(items);
        }
    }
    sort_for_apply(&mut objs);
    crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        cluster.server_version().await?;
        let applier = Applier::new(cluster, false);
        let mut out = String::new();
        for o in &mut objs {
            let (_, caps) = applier.resource(&ObjectRef::of(o)?).await?;
            if caps.scope == kube::discovery::Scope::Namespaced
                && o.pointer("/metadata/namespace")
                    .and_then(Value::as_str)
                    .is_none()
                && let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut)
            {
                m.insert("namespace".into(), Value::String(default_ns.clone()));
            }
            let r = ObjectRef::of(o)?;
            let verb = match applier.apply(o).await? {
                Outcome::Created => "created",
                Outcome::Configured => "configured",
                Outcome::Unchanged => "unchanged",
            };
            out.push_str(&format!("{}/{} {verb}\n", r.kind.to_lowercase(), r.name));
        }
        ctx.printer.data(&out)?;
        Ok(0)
    })
}
