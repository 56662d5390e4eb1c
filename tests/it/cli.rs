//! CLI goldens (trycmd cases in tests/cmd/) and generated-artefact freshness.
//!
//! Bless changed goldens with `TRYCMD=overwrite cargo test --test it cli` and regenerate
//! completions with `SAILCTL_BLESS=1 cargo test --test it cli`.

use std::path::Path;

use crate::support::paths::repo as root;
use crate::support::process::stdout;
use crate::support::reference::istioctl;
use crate::support::sailctl::{BIN, sailctl};

#[test]
fn cli_goldens() {
    trycmd::TestCases::new()
        .register_bin("sailctl", Path::new(BIN))
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}

#[test]
fn completions_are_fresh() {
    use clap_complete::Shell;
    let bless = std::env::var_os("SAILCTL_BLESS").is_some();
    let mut stale = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let path = root()
            .join("completions")
            .join(sailctl::commands::completion::file_name(shell));
        let want = sailctl::commands::completion::script(shell);
        if bless {
            std::fs::write(&path, &want).unwrap();
            continue;
        }
        match std::fs::read(&path) {
            Ok(have) if have == want => {}
            _ => stale.push(path.display().to_string()),
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {stale:?}; regenerate with `SAILCTL_BLESS=1 cargo test --test it completions_are_fresh`"
    );
}

#[test]
fn completion_command_prints_the_committed_script() {
    let out = sailctl(["completion", "bash"]).output();
    assert!(out.status.success());
    let committed = std::fs::read(root().join("completions/sailctl.bash")).unwrap();
    assert_eq!(out.stdout, committed);
}

#[test]
fn man_page_covers_every_command() {
    let out = sailctl(["man"]).output();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap().replace("\\-", "-");
    assert!(
        page.starts_with(".ie") || page.contains(".TH sailctl"),
        "not roff: {}",
        &page[..page.len().min(200)]
    );
    for cmd in [
        "install",
        "kube-inject",
        "analyze",
        "dashboard",
        "version",
        "precheck",
    ] {
        assert!(page.contains(cmd), "man page lacks {cmd}");
    }
}

#[test]
fn errors_are_single_lines_without_panics() {
    // Every failure path prints `Error:`/`hint:` lines or the pinned not-implemented line, never a backtrace.
    for args in [
        &["install", "--bogus"][..],
        &["analyze", "--output", "xml"],
        &["version", "--remote=maybe"],
        &["--kubeclient-timeout", "x", "version"],
    ] {
        let out = sailctl(args).output();
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        let first = err.lines().next().unwrap_or("");
        assert!(first.starts_with("Error: "), "{args:?}: {err}");
        assert!(
            err.lines().skip(1).all(|l| l.starts_with("hint: ")),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn no_color_means_no_escape_codes() {
    let out = sailctl(["install", "--bogus"]).output();
    assert!(!out.stderr.contains(&0x1b));
}

/// Differential smoke test: the client version sailctl claims is the reference istioctl's,
/// byte for byte, exit code included. (`-o json` differs in revision and toolchain, so only
/// the plain form is compared.)
#[test]
fn client_version_matches_the_reference_istioctl() {
    let args = ["version", "--remote=false"];
    let ours = sailctl(args).output();
    let theirs = istioctl(args).output();
    assert_eq!(
        (ours.status.code(), stdout(&ours)),
        (theirs.status.code(), stdout(&theirs)),
        "sailctl (left) and istioctl 1.30.3 (right) disagree on `version --remote=false`; \
         istioctl stderr: {}",
        String::from_utf8_lossy(&theirs.stderr)
    );
    assert!(stdout(&ours).starts_with("client version: 1.30.3"));
}
