//! Running one child process for a test: a builder over `std::process::Command` shared by
//! every tool (sailctl, the reference istioctl, `sh`), so stdin feeding, hang guards and
//! measured runs are written once. Results are std's `Output` (what the tests assert on) or,
//! for measured runs, [`Measured`].

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdout, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::child;

/// What the child reads on stdin.
#[derive(Clone, Debug)]
enum Input {
    /// `/dev/null`: the child sees EOF and never blocks on a terminal.
    Null,
    /// Fed by a thread of ours, then closed.
    Bytes(Vec<u8>),
    /// Opened read-only and handed over as is.
    File(PathBuf),
    /// A pipe the caller writes (streaming and Ctrl-C tests).
    Pipe,
}

/// A command to run: program, arguments, environment, working directory, stdin, hang guard.
#[derive(Clone, Debug)]
pub struct Cmd {
    program: PathBuf,
    args: Vec<OsString>,
    /// `None` removes the variable from the inherited environment.
    env: Vec<(OsString, Option<OsString>)>,
    dir: Option<PathBuf>,
    input: Input,
    timeout: Option<Duration>,
    inherit_stderr: bool,
}

impl Cmd {
    pub fn new(program: impl AsRef<Path>) -> Cmd {
        Cmd {
            program: program.as_ref().to_path_buf(),
            args: Vec::new(),
            env: Vec::new(),
            dir: None,
            input: Input::Null,
            timeout: None,
            inherit_stderr: false,
        }
    }

    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Cmd {
        self.args.push(a.as_ref().to_os_string());
        self
    }

    pub fn args<I, S>(self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        args.into_iter().fold(self, |c, a| c.arg(a))
    }

    /// Sets `k` for the child; a later call for the same key wins.
    pub fn env(mut self, k: impl AsRef<OsStr>, v: impl AsRef<OsStr>) -> Cmd {
        let k = k.as_ref().to_os_string();
        self.env.retain(|(x, _)| *x != k);
        self.env.push((k, Some(v.as_ref().to_os_string())));
        self
    }

    /// Keeps `k` of this test process's environment from the child.
    pub fn env_remove(mut self, k: impl AsRef<OsStr>) -> Cmd {
        let k = k.as_ref().to_os_string();
        self.env.retain(|(x, _)| *x != k);
        self.env.push((k, None));
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Cmd {
        self.dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Feeds `bytes` on stdin, then closes it.
    pub fn stdin(mut self, bytes: impl AsRef<[u8]>) -> Cmd {
        self.input = Input::Bytes(bytes.as_ref().to_vec());
        self
    }

    /// Gives the child `path`, opened for reading, as its stdin.
    pub fn stdin_file(mut self, path: impl AsRef<Path>) -> Cmd {
        self.input = Input::File(path.as_ref().to_path_buf());
        self
    }

    /// Leaves stdin a pipe for the caller to write (take it from the spawned child).
    pub fn stdin_piped(mut self) -> Cmd {
        self.input = Input::Pipe;
        self
    }

    /// Kills the child when it runs longer than `d`: a hang fails the test instead of
    /// stalling the suite.
    pub fn timeout(mut self, d: Duration) -> Cmd {
        self.timeout = Some(d);
        self
    }

    /// Lets the child write to this test's stderr (shown on failure) instead of capturing it.
    pub fn inherit_stderr(mut self) -> Cmd {
        self.inherit_stderr = true;
        self
    }

    /// The arguments as text, for failure messages.
    pub fn args_lossy(&self) -> Vec<String> {
        self.args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    fn describe(&self) -> String {
        format!("{} {:?}", self.program.display(), self.args_lossy())
    }

    /// The configured `Command`: program, arguments, environment, directory and stdin.
    /// Stdout and stderr are the caller's to set (std inherits them otherwise).
    pub fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args);
        for (k, v) in &self.env {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        if let Some(d) = &self.dir {
            c.current_dir(d);
        }
        c.stdin(match &self.input {
            Input::Null => Stdio::null(),
            Input::Bytes(_) | Input::Pipe => Stdio::piped(),
            Input::File(p) => std::fs::File::open(p)
                .unwrap_or_else(|e| panic!("stdin for {}: {}: {e}", self.describe(), p.display()))
                .into(),
        });
        c
    }

    /// Starts the child with stdout (and stderr, unless inherited) piped; bytes given with
    /// [`Cmd::stdin`] are fed by a thread of ours. For tests that talk to or signal it.
    pub fn spawn(&self) -> Child {
        self.start(false)
    }

    /// Like [`Cmd::spawn`], but by fork rather than vfork, so that [`reap_measured`] reports
    /// the child's own peak RSS (see [`child::fork_not_vfork`]).
    pub fn spawn_for_measure(&self) -> Child {
        self.start(true)
    }

    fn start(&self, fork: bool) -> Child {
        let mut c = self.command();
        c.stdout(Stdio::piped()).stderr(if self.inherit_stderr {
            Stdio::inherit()
        } else {
            Stdio::piped()
        });
        if fork {
            child::fork_not_vfork(&mut c);
        }
        let mut ch = c
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.describe()));
        if let Input::Bytes(bytes) = &self.input {
            let mut stdin = ch.stdin.take().expect("piped stdin");
            let bytes = bytes.clone();
            // The writer may hit EPIPE when the child exits before reading: that is fine.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&bytes);
            });
        }
        ch
    }

    /// Runs to completion and returns what std's `Command::output` would. With a timeout,
    /// a child still running then is killed and the test fails.
    pub fn output(&self) -> Output {
        let mut ch = self.spawn();
        let (out, err) = collect(&mut ch);
        let status = match self.timeout {
            None => ch.wait().expect("wait for child"),
            Some(t) => wait_or_kill(&mut ch, t).unwrap_or_else(|| {
                panic!(
                    "{} still running after {t:?} (a hang); killed it",
                    self.describe()
                )
            }),
        };
        Output {
            status,
            stdout: out.join().unwrap(),
            stderr: err.map(|e| e.join().unwrap()).unwrap_or_default(),
        }
    }

    /// Runs to completion, reaped with `wait4` for its CPU time and peak RSS. A child still
    /// running after the timeout is SIGKILLed and reported with `code: None`.
    pub fn measure(&self) -> Measured {
        let start = Instant::now();
        let ch = self.spawn_for_measure();
        reap_measured(ch, start, self.timeout)
    }
}

/// What a measured child did.
#[derive(Debug)]
pub struct Measured {
    /// Exit code; `None` when a signal ended it (the hang guard's SIGKILL included).
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    /// Empty when stderr was inherited.
    pub stderr: Vec<u8>,
    pub wall: Duration,
    pub cpu: Duration,
    pub max_rss_kib: i64,
}

type Reader = JoinHandle<Vec<u8>>;

/// Reads stdout and (when piped) stderr on threads of their own, so neither pipe fills up.
fn collect(ch: &mut Child) -> (Reader, Option<Reader>) {
    let out: ChildStdout = ch.stdout.take().expect("piped stdout");
    let err: Option<ChildStderr> = ch.stderr.take();
    (read_all(out), err.map(read_all))
}

fn read_all(mut r: impl Read + Send + 'static) -> Reader {
    std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = r.read_to_end(&mut s);
        s
    })
}

/// Polls the child until it exits (its status) or `timeout` passes (killed; `None`).
fn wait_or_kill(ch: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(s) = ch.try_wait().expect("wait for child") {
            return Some(s);
        }
        if Instant::now() >= deadline {
            let _ = ch.kill();
            let _ = ch.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Collects the output of a child started with [`Cmd::spawn_for_measure`] and reaps it with
/// `wait4`; SIGKILLs it after `hang`, if given. `start` is when the caller started it.
// The child is reaped by wait4 (std's wait would not report its rusage).
#[allow(clippy::zombie_processes)]
pub fn reap_measured(mut ch: Child, start: Instant, hang: Option<Duration>) -> Measured {
    let pid = ch.id() as i32;
    let (out, err) = collect(&mut ch);
    let (done, waiting) = mpsc::channel::<()>();
    let guard = hang.map(|hang| {
        std::thread::spawn(move || {
            if waiting.recv_timeout(hang).is_err() {
                child::signal(pid, child::SIGKILL);
            }
        })
    });
    let reaped = child::reap(pid);
    let wall = start.elapsed();
    let _ = done.send(());
    if let Some(g) = guard {
        let _ = g.join();
    }
    Measured {
        code: reaped.code,
        stdout: out.join().unwrap(),
        stderr: err.map(|e| e.join().unwrap()).unwrap_or_default(),
        wall,
        cpu: reaped.cpu,
        max_rss_kib: reaped.max_rss_kib,
    }
}

/// Sends SIGINT (Ctrl-C) to a running child.
pub fn interrupt(ch: &Child) {
    child::signal(ch.id() as i32, child::SIGINT);
}

/// Waits for a child that was told to stop; the test fails with `what` unless it exits
/// within `timeout`.
pub fn wait_within(ch: &mut Child, timeout: Duration, poll: Duration, what: &str) -> ExitStatus {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(s) = ch.try_wait().unwrap() {
            return s;
        }
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(poll);
    }
}

/// The rest of a piped stderr, as text.
pub fn read_stderr(ch: &mut Child) -> String {
    let mut err = String::new();
    ch.stderr
        .take()
        .expect("piped stderr")
        .read_to_string(&mut err)
        .unwrap();
    err
}

/// Stdout of a finished run, as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr of a finished run, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
