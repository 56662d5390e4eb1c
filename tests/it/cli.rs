//! CLI goldens (trycmd cases in tests/cmd/) and generated-artefact freshness.
//!
//! Bless changed goldens with `TRYCMD=overwrite cargo test --test it cli` and regenerate
//! completions with `SAILCTL_BLESS=1 cargo test --test it cli`.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn cli_goldens() {
    trycmd::TestCases::new()
        .register_bin("sailctl", Path::new(env!("CARGO_BIN_EXE_sailctl")))
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
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sailctl"))
        .args(["completion", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let committed = std::fs::read(root().join("completions/sailctl.bash")).unwrap();
    assert_eq!(out.stdout, committed);
}

#[test]
fn man_page_covers_every_command() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sailctl"))
        .arg("man")
        .output()
        .unwrap();
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
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_sailctl"))
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
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
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sailctl"))
        .args(["install", "--bogus"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!out.stderr.contains(&0x1b));
}
