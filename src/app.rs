//! Parse → context → dispatch → exit code. `main` is a thin shell around `run`.

use crate::cli::{self, Cli, Command, Experimental};
use crate::error::{Error, Kind, exit};
use crate::output::{ColorChoice, Printer};
use clap::Parser;
use std::ffi::OsString;

/// What every command gets: the output layer and the global flags.
/// The Kubernetes client is made on first use, so offline commands never touch a kubeconfig.
pub struct Ctx {
    pub printer: Printer,
    pub global: cli::GlobalArgs,
}

/// Runs sailctl with these arguments and returns the process exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let choice = if cli.global.color {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let printer = Printer::from_env(choice, cli.global.verbose);
    let ctx = Ctx {
        printer,
        global: cli.global.clone(),
    };
    match dispatch(&ctx, cli.command) {
        Ok(code) => code,
        Err(e) => {
            report(&ctx.printer, &e);
            e.exit_code()
        }
    }
}

fn report(printer: &Printer, e: &Error) {
    if e.kind == Kind::General
        && e.message.ends_with(" is not implemented yet")
        && e.hints.is_empty()
    {
        // Pinned wording for commands whose behaviour is not built yet.
        printer.status(&format!("sailctl: {}", e.message));
    } else {
        printer.error(e);
    }
}

/// clap's help/version go to stdout with exit 0; parse errors become one `Error:` line,
/// clap's tip as a hint, and a pointer to `--help`, with exit 64.
fn usage_error(e: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                exit::USAGE
            } else {
                exit::OK
            };
        }
        _ => {}
    }
    let rendered = e.render().to_string();
    let mut lines = rendered.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("invalid arguments");
    let what = first.strip_prefix("error: ").unwrap_or(first);
    let mut err = Error::usage(what);
    let mut usage_cmd = None;
    for l in lines {
        let t = l.trim();
        if let Some(tip) = t.strip_prefix("tip: ") {
            err = err.hint(tip);
        } else if let Some(u) = t.strip_prefix("Usage: ") {
            usage_cmd = Some(
                u.split(" [")
                    .next()
                    .unwrap_or(u)
                    .split(" <")
                    .next()
                    .unwrap_or(u)
                    .trim()
                    .to_string(),
            );
        }
    }
    let cmd = usage_cmd.unwrap_or_else(|| "sailctl".into());
    err = err.hint(format!("run '{cmd} --help' for usage"));
    let printer = Printer::from_env(ColorChoice::Auto, false);
    printer.error(&err);
    exit::USAGE
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<i32, Error> {
    match command {
        Command::Version(args) => crate::commands::version::run(ctx, &args),
        Command::Completion(args) => crate::commands::completion::run(ctx, args.shell),
        Command::Man => crate::commands::completion::man(ctx),
        Command::Install(_) => Err(Error::not_implemented("install")),
        Command::Upgrade(_) => Err(Error::not_implemented("upgrade")),
        Command::Uninstall(_) => Err(Error::not_implemented("uninstall")),
        Command::Manifest(cli::manifest::ManifestCommand::Generate(_)) => {
            Err(Error::not_implemented("manifest generate"))
        }
        Command::Manifest(cli::manifest::ManifestCommand::Diff(_)) => {
            Err(Error::not_implemented("manifest diff"))
        }
        Command::Profile(p) => Err(Error::not_implemented(match p {
            cli::profile::ProfileCommand::List(_) => "profile list",
            cli::profile::ProfileCommand::Dump(_) => "profile dump",
            cli::profile::ProfileCommand::Diff(_) => "profile diff",
        })),
        Command::VerifyInstall(_) => Err(Error::not_implemented("verify-install")),
        Command::Precheck(_) | Command::Experimental(Experimental::Precheck(_)) => {
            Err(Error::not_implemented("precheck"))
        }
        Command::KubeInject(_) => Err(Error::not_implemented("kube-inject")),
        Command::Analyze(args) => crate::commands::analyze::run(ctx, &args),
        Command::Dashboard(_) => Err(Error::not_implemented("dashboard")),
        Command::Addons(_) => Err(Error::not_implemented("addons")),
    }
}
