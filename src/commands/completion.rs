//! `completion <shell>` and the hidden `man`: both generated from the clap definitions.

use crate::ctx::Ctx;
use crate::error::Error;
use clap_complete::Shell;

/// The completion script for one shell, as committed under completions/.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "sailctl", &mut out);
    out
}

/// The file name each shell expects under completions/.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "sailctl.bash",
        Shell::Zsh => "_sailctl",
        Shell::Fish => "sailctl.fish",
        Shell::PowerShell => "_sailctl.ps1",
        Shell::Elvish => "sailctl.elv",
        _ => "sailctl.completion",
    }
}

/// The man page (roff) for the whole command.
pub fn man_page() -> Vec<u8> {
    let mut out = Vec::new();
    let _ = clap_mangen::Man::new(crate::cli::command()).render(&mut out);
    out
}

pub fn run(ctx: &Ctx, shell: Shell) -> Result<i32, Error> {
    ctx.printer.data(&String::from_utf8_lossy(&script(shell)))?;
    Ok(0)
}

pub fn man(ctx: &Ctx) -> Result<i32, Error> {
    ctx.printer.data(&String::from_utf8_lossy(&man_page()))?;
    Ok(0)
}
