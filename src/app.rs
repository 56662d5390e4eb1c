//! Parse → context → dispatch → report the exit code. `main` is a thin shell around `run`;
//! what commands share at run time (the context, the async runtime, Ctrl-C) is in `ctx`.

use crate::cli::{self, Cli, Command, Experimental};
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::output::{ColorChoice, Printer};
use clap::Parser;
use std::ffi::OsString;

/// Runs sailctl with these arguments and returns the process exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, &command_path(&args)),
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
            ctx.printer.error(&e);
            e.exit_code()
        }
    }
}

/// clap's help/version go to stdout with exit 0; parse errors become one `Error:` line,
/// clap's tip as a hint, and a pointer to `--help`, with exit 64.
fn usage_error(e: clap::Error, path: &str) -> i32 {
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
    for l in lines {
        if let Some(tip) = l.trim().strip_prefix("tip: ") {
            err = err.hint(tip);
        }
    }
    err = err.hint(format!("run '{path} --help' for usage"));
    let printer = Printer::from_env(ColorChoice::Auto, false);
    printer.error(&err);
    exit::USAGE
}

/// The subcommand path the user typed (`sailctl manifest generate`), for the usage hint.
fn command_path(args: &[OsString]) -> String {
    let mut cmd = cli::command();
    let mut path = vec!["sailctl".to_string()];
    for a in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if a.starts_with('-') {
            continue;
        }
        let Some(sub) = cmd.find_subcommand(a).cloned() else {
            break;
        };
        path.push(sub.get_name().to_string());
        cmd = sub;
    }
    path.join(" ")
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<i32, Error> {
    match command {
        Command::Version(args) => crate::commands::version::run(ctx, &args),
        Command::Completion(args) => crate::commands::completion::run(ctx, args.shell),
        Command::Man => crate::commands::completion::man(ctx),
        Command::Install(a) => crate::commands::install::run(ctx, &a),
        Command::Upgrade(a) => crate::commands::install::run(ctx, &a),
        Command::Uninstall(a) => crate::commands::uninstall::run(ctx, &a),
        Command::Manifest(cli::manifest::ManifestCommand::Generate(args)) => {
            crate::commands::manifest_generate::run(ctx, &args)
        }
        Command::Manifest(cli::manifest::ManifestCommand::Diff(args)) => {
            crate::commands::manifest_diff::run(ctx, &args)
        }
        Command::Profile(p) => match p {
            cli::profile::ProfileCommand::List(args) => crate::commands::profile::list(ctx, &args),
            cli::profile::ProfileCommand::Dump(args) => crate::commands::profile::dump(ctx, &args),
            cli::profile::ProfileCommand::Diff(args) => crate::commands::profile::diff(ctx, &args),
        },
        Command::VerifyInstall(a) => crate::commands::verify_install::run(ctx, &a),
        Command::Precheck(a) | Command::Experimental(Experimental::Precheck(a)) => {
            crate::commands::precheck::run(ctx, &a)
        }
        Command::Experimental(Experimental::Apply(a)) => crate::commands::apply::run(ctx, &a),
        Command::KubeInject(args) => crate::commands::kube_inject::run(ctx, &args),
        Command::Analyze(args) => crate::commands::analyze::run(ctx, &args),
        Command::Dashboard(d) => crate::commands::dashboard::run(ctx, &d),
        Command::Addons(a) => crate::commands::addons::run(ctx, &a),
    }
}
