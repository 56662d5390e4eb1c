//! `sailctl version`: client build info; the cluster side comes with the install work.

use crate::app::Ctx;
use crate::cli::version::VersionArgs;
use crate::error::Error;
use crate::output::render_structured;
use crate::version::BuildInfo;
use serde_json::json;

pub fn run(ctx: &Ctx, args: &VersionArgs) -> Result<i32, Error> {
    let client = BuildInfo::client();
    if let Some(format) = args.output {
        if args.remote {
            return Err(Error::not_implemented("version --remote"));
        }
        let doc = json!({ "clientVersion": client.to_json() });
        ctx.printer.data(&render_structured(&doc, format))?;
        return Ok(0);
    }
    let line = if args.short {
        client.version.clone()
    } else {
        client.long_string()
    };
    ctx.printer.data(&format!("client version: {line}\n"))?;
    if args.remote {
        return Err(Error::not_implemented("version --remote"));
    }
    Ok(0)
}
