//! The bad-input suite: every command that reads files, fed every kind of broken input.
//!
//! [`malformed`] generates the input matrix (truncated YAML, tabs, bad indentation, an
//! unterminated quote, duplicate keys, invalid UTF-8, NUL bytes, non-object documents, 10k-level nesting in flow and block style,
//! billion-laughs aliases, a 100 MB single line). Each command family has a file that runs
//! its commands over the matrix plus the inputs only it reads (directories with FIFOs,
//! dangling symlinks and symlink loops, `-o` files, kubeconfigs, TLS servers). For every
//! (command × input) [`Run::rejected`] checks: the documented exit code, exactly one `Error:`
//! line naming the file and line, stdout empty (or complete documents only), no panic text,
//! and bounded time and memory.
//!
//! Bounds. Each child is reaped with `wait4`, which reports its CPU time and peak RSS. CPU
//! time carries the limits because it means the same on a busy machine; wall time (which
//! depends on the neighbours) has a hang guard that kills the child and fails the test.
//! Peak RSS includes the forked copy of this test process (a floor of 20–70 MiB), so small
//! runs read high; `/usr/bin/time` on the same commands gives 20–25 MiB.
//! Measured with `BAD_INPUT_MEASURE=1` in a debug build on 2 cores at load 12, worst case
//! over every command:
//!
//! | input                                    | CPU     | wall    | peak RSS |
//! |------------------------------------------|---------|---------|----------|
//! | small malformed files (all but the two below) | 0.03 s  | 0.15 s  | 67 MiB   |
//! | billion laughs (10 levels of 10 aliases) | 1.4 s   | 6.3 s   | 85 MiB   |
//! | 100 MB single line                       | 2.9 s   | 13.1 s  | 122 MiB  |
//!
//! Limits, with margin: CPU < 10 s and RSS < 200 MiB per run; for the 100 MB line CPU < 30 s
//! and RSS < 1 GiB; hang guard 60 s (120 s for the 100 MB line).

mod analyze;
mod inject;
mod install;
mod manifest;
mod output;
mod profile;
mod tls;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub use crate::support::process::Cmd;
use crate::support::process::{Measured, reap_measured};
use crate::support::sailctl as support;

/// Where the error must point: `file:LINE`, or `file:` plus some line (the exact line is the
/// parser's choice, e.g. where alias expansion crosses the budget).
#[derive(Debug, Clone, Copy)]
pub enum Line {
    At(usize),
    Any,
}

/// One broken input of the matrix.
pub struct Bad {
    /// File stem; the file is `<name>.yaml`.
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub line: Line,
}

const HEAD: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n";

/// The small malformed inputs (the 100 MB line is [`big_line`], made once per build).
pub fn malformed() -> Vec<Bad> {
    let bytes = |s: String| s.into_bytes();
    let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let mut utf8 = format!("{HEAD}  name: ").into_bytes();
    utf8.extend_from_slice(b"\xff\xfe\n");
    vec![
        Bad {
            name: "truncated",
            bytes: bytes(format!("{HEAD}  name: [a, b\n")),
            line: Line::At(4),
        },
        Bad {
            name: "tabs",
            bytes: bytes(format!("{HEAD}\tname: a\n")),
            line: Line::At(4),
        },
        Bad {
            name: "bad-indentation",
            bytes: bytes(format!("{HEAD}  name: a\n    extra: b\n")),
            line: Line::At(5),
        },
        Bad {
            // Found where the scalar should have ended: the next line.
            name: "unterminated-quote",
            bytes: bytes(format!("{HEAD}  name: 'a\n")),
            line: Line::At(5),
        },
        Bad {
            name: "duplicate-keys",
            bytes: bytes(format!("{HEAD}  name: a\n  name: b\n")),
            line: Line::At(5),
        },
        Bad {
            name: "invalid-utf8",
            bytes: utf8,
            line: Line::At(4),
        },
        Bad {
            name: "nul-bytes",
            bytes: b"\0\x01\x02\x9f\x92\x96".to_vec(),
            line: Line::At(1),
        },
        Bad {
            name: "scalar",
            bytes: bytes("just some words\n".into()),
            line: Line::At(1),
        },
        Bad {
            name: "list",
            bytes: bytes("- a\n- b\n".into()),
            line: Line::At(1),
        },
        Bad {
            name: "deep-flow",
            bytes: bytes(format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000))),
            line: Line::At(1),
        },
        Bad {
            name: "deep-block",
            bytes: bytes(format!("{}x\n", "- ".repeat(10_000))),
            line: Line::At(1),
        },
        Bad {
            name: "billion-laughs",
            bytes: bytes(laughs),
            line: Line::Any,
        },
    ]
}

/// A ConfigMap whose one value is a 100 MB line, written once per build under Cargo's
/// test temp dir (reused by every family).
pub fn big_line() -> PathBuf {
    static ONCE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-input-100mb-line.yaml");
        let head = format!("{HEAD}  name: big\ndata:\n  k: \"");
        let len = head.len() + 100 * 1024 * 1024 + 2;
        if std::fs::metadata(&p).map(|m| m.len() as usize).ok() != Some(len) {
            let tmp = p.with_extension(format!("{}.tmp", std::process::id()));
            let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp).unwrap());
            f.write_all(head.as_bytes()).unwrap();
            let chunk = vec![b'x'; 1024 * 1024];
            for _ in 0..100 {
                f.write_all(&chunk).unwrap();
            }
            f.write_all(b"\"\n").unwrap();
            f.into_inner().unwrap().sync_all().unwrap();
            std::fs::rename(&tmp, &p).unwrap();
        }
        p
    })
    .clone()
}

/// The line of the 100 MB value in [`big_line`].
pub const BIG_LINE_AT: usize = 6;

/// Writes every malformed input into `dir`, returning (input, path).
pub fn write_all(dir: &Path) -> Vec<(Bad, PathBuf)> {
    malformed()
        .into_iter()
        .map(|b| {
            let p = dir.join(format!("{}.yaml", b.name));
            std::fs::write(&p, &b.bytes).unwrap();
            (b, p)
        })
        .collect()
}

/// Resource limits for one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub cpu: Duration,
    pub rss_mib: u64,
    pub hang: Duration,
}

pub const SMALL: Limits = Limits {
    cpu: Duration::from_secs(10),
    rss_mib: 200,
    hang: Duration::from_secs(60),
};

pub const BIG: Limits = Limits {
    cpu: Duration::from_secs(30),
    rss_mib: 1024,
    hang: Duration::from_secs(120),
};

/// What one sailctl process did.
#[derive(Debug)]
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub wall: Duration,
    pub cpu: Duration,
    pub rss_mib: u64,
}

/// A kubeconfig path that does not exist: commands that need a cluster fail clearly.
pub const NO_KUBECONFIG: &str = "/nonexistent/bad-input/kubeconfig";

/// sailctl as this suite starts it: no cluster, no backtraces, an empty stdin, and the
/// small limits' hang guard (change it with [`Measure::limits`]).
pub fn sailctl<S: AsRef<str>>(args: &[S]) -> Cmd {
    support::sailctl(args.iter().map(|a| a.as_ref()))
        .env_remove("RUST_BACKTRACE")
        .env("KUBECONFIG", NO_KUBECONFIG)
        .stdin([])
        .timeout(SMALL.hang)
}

/// Measured runs of a [`Cmd`], in this suite's terms.
pub trait Measure {
    /// The hang guard of `l` (its CPU and RSS limits are checked by [`Run::sane`]).
    fn limits(self, l: Limits) -> Self;
    /// Runs to completion (killed after the hang guard), measuring time and memory.
    fn run(&self) -> Run;
}

impl Measure for Cmd {
    fn limits(self, l: Limits) -> Cmd {
        self.timeout(l.hang)
    }
    fn run(&self) -> Run {
        Run::of(self.args_lossy(), self.measure())
    }
}

/// Collects output and waits for `child` (started with [`Cmd::spawn_for_measure`]) with
/// `wait4`; SIGKILLs it after `hang` so a hang fails the test instead of stalling the suite.
pub fn reap(child: std::process::Child, start: Instant, hang: Duration) -> Run {
    Run::of(Vec::new(), reap_measured(child, start, Some(hang)))
}

impl Run {
    fn of(args: Vec<String>, m: Measured) -> Run {
        Run {
            args,
            code: m.code,
            stdout: String::from_utf8_lossy(&m.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&m.stderr).into_owned(),
            wall: m.wall,
            cpu: m.cpu,
            rss_mib: m.max_rss_kib as u64 / 1024,
        }
    }

    fn ctx(&self) -> String {
        format!(
            "sailctl {:?}: exit {:?}, cpu {:?}, wall {:?}, rss {} MiB\nstderr: {}\nstdout: {}",
            self.args,
            self.code,
            self.cpu,
            self.wall,
            self.rss_mib,
            self.stderr,
            self.stdout.chars().take(400).collect::<String>()
        )
    }

    /// No panic, within the limits. Every other check builds on this.
    /// `BAD_INPUT_MEASURE=1` prints each run's numbers (for the table above).
    pub fn sane(&self, l: Limits) -> &Self {
        if std::env::var_os("BAD_INPUT_MEASURE").is_some() {
            eprintln!(
                "measure: cpu {:>8.3}s wall {:>8.3}s rss {:>5} MiB  {:?}",
                self.cpu.as_secs_f64(),
                self.wall.as_secs_f64(),
                self.rss_mib,
                self.args
            );
        }
        for bad in ["panicked", "RUST_BACKTRACE", "stack overflow"] {
            assert!(!self.stderr.contains(bad), "{bad}: {}", self.ctx());
        }
        assert!(self.code.is_some(), "killed by a signal: {}", self.ctx());
        assert!(self.cpu < l.cpu, "CPU limit {:?}: {}", l.cpu, self.ctx());
        assert!(self.rss_mib < l.rss_mib, "RSS limit: {}", self.ctx());
        self
    }

    /// Exit 0 and nothing on stderr that looks like an error.
    pub fn ok(&self) -> &Self {
        self.sane(SMALL);
        assert_eq!(self.code, Some(0), "{}", self.ctx());
        assert!(!self.stderr.contains("Error:"), "{}", self.ctx());
        self
    }

    /// The documented exit code, exactly one `Error:` line naming `file` (and `:line`), and
    /// no partial output.
    pub fn rejected(&self, code: i32, file: &str, line: Option<Line>, l: Limits) -> &Self {
        self.sane(l);
        assert_eq!(self.code, Some(code), "exit code: {}", self.ctx());
        let errors: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("Error:") || l.starts_with("error:"))
            .collect();
        assert_eq!(errors.len(), 1, "one Error: line: {}", self.ctx());
        let e = errors[0];
        assert!(e.contains(file), "error names {file}: {}", self.ctx());
        match line {
            Some(Line::At(n)) => assert!(
                e.contains(&format!("{file}:{n}:")) || e.ends_with(&format!("{file}:{n}")),
                "error points at {file}:{n}: {}",
                self.ctx()
            ),
            Some(Line::Any) => {
                let at = e
                    .find(&format!("{file}:"))
                    .unwrap_or_else(|| panic!("no {file}: in {}", self.ctx()));
                let after = &e[at + file.len() + 1..];
                assert!(
                    after.starts_with(|c: char| c.is_ascii_digit()),
                    "error has a line: {}",
                    self.ctx()
                );
            }
            None => {}
        }
        complete_documents(&self.stdout).unwrap_or_else(|m| panic!("{m}: {}", self.ctx()));
        self
    }

    pub fn empty_stdout(&self) -> &Self {
        assert_eq!(self.stdout, "", "stdout: {}", self.ctx());
        self
    }
}

/// Stdout is empty or whole YAML documents each closed by `---` (a stream cut mid-document
/// would fail to parse or lack the closing separator).
pub fn complete_documents(stdout: &str) -> Result<(), String> {
    if stdout.is_empty() {
        return Ok(());
    }
    if !stdout.ends_with("---\n") {
        return Err("stdout does not end with a complete document".into());
    }
    sailctl::yaml::parse_stream("stdout", stdout)
        .map(|_| ())
        .map_err(|e| format!("stdout holds a partial document: {e}"))
}

/// The small malformed inputs fed to `args` on stdin (`-`), each rejected with `code`;
/// returns the runs for further checks.
pub fn rejects_on_stdin(args: &[&str], code: i32) -> Vec<Run> {
    malformed()
        .into_iter()
        .map(|bad| {
            let run = sailctl(args).stdin(&bad.bytes).run();
            run.rejected(code, "-", Some(bad.line), SMALL);
            run
        })
        .collect()
}

/// The matrix run through one command: `args` with the file appended (or substituted for
/// `{}`), each input rejected with `code`.
pub fn matrix(args: &[&str], code: i32) {
    matrix_env(args, code, &[]);
}

/// [`matrix`] with extra environment (a kubeconfig to watch, say).
pub fn matrix_env(args: &[&str], code: i32, env: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    let cmd = |path: &Path| {
        env.iter()
            .fold(sailctl(&with_file(args, path)), |c, (k, v)| c.env(k, v))
    };
    for (bad, path) in write_all(dir.path()) {
        let file = format!("{}.yaml", bad.name);
        cmd(&path)
            .run()
            .rejected(code, &file, Some(bad.line), SMALL);
    }
    let big = big_line();
    let name = big.file_name().unwrap().to_string_lossy().into_owned();
    cmd(&big)
        .limits(BIG)
        .run()
        .rejected(code, &name, Some(Line::At(BIG_LINE_AT)), BIG);
}

/// `args` with `{}` replaced by `path`, or `path` appended when there is no `{}`.
pub fn with_file(args: &[&str], path: &Path) -> Vec<String> {
    let p = path.display().to_string();
    if args.contains(&"{}") {
        args.iter()
            .map(|a| if *a == "{}" { p.clone() } else { a.to_string() })
            .collect()
    } else {
        args.iter().map(|a| a.to_string()).chain([p]).collect()
    }
}

/// A directory holding one good manifest and the entries that cannot be read as files: a
/// FIFO with no writer, a subdirectory named like a manifest, and a symlink back to itself.
pub fn awkward_dir(good: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("good.yaml"), good).unwrap();
    mkfifo(&d.path().join("fifo.yaml"));
    std::fs::create_dir(d.path().join("subdir.yaml")).unwrap();
    std::os::unix::fs::symlink(".", d.path().join("loop")).unwrap();
    d
}

/// A directory whose only oddity is a dangling symlink named like a manifest.
pub fn dangling_dir(good: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("good.yaml"), good).unwrap();
    std::os::unix::fs::symlink("/nonexistent/target.yaml", d.path().join("dangling.yaml")).unwrap();
    d
}

pub fn mkfifo(p: &Path) {
    let ok = Command::new("mkfifo").arg(p).status();
    assert!(
        ok.is_ok_and(|s| s.success()),
        "mkfifo failed: install coreutils"
    );
}

pub const SERVICE: &str = "apiVersion: v1\nkind: Service\nmetadata:\n  name: good\n  namespace: default\nspec:\n  ports:\n  - port: 80\n    name: http\n";

pub use crate::support::process::interrupt;
