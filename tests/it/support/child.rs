//! Reaping a child with `wait4`, which reports what std's `wait` does not: its CPU time and
//! peak RSS; and signalling it. Used through [`super::process`] by the bad-input suite and the
//! live-analyze scale test.

use std::process::Command;
use std::time::Duration;

#[repr(C)]
#[derive(Default)]
struct Rusage {
    utime: [i64; 2],
    stime: [i64; 2],
    maxrss: i64,
    rest: [i64; 13],
}

unsafe extern "C" {
    fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
}

/// How a reaped child ended.
pub struct Reaped {
    /// Exit code; `None` when a signal ended it.
    pub code: Option<i32>,
    pub cpu: Duration,
    pub max_rss_kib: i64,
}

/// Waits for the unreaped child `pid`.
pub fn reap(pid: i32) -> Reaped {
    let mut status = 0i32;
    let mut ru = Rusage::default();
    // SAFETY: wait4 writes into the two out-pointers, which outlive the call.
    let r = unsafe { wait4(pid, &mut status, 0, &mut ru) };
    assert_eq!(r, pid, "wait4 failed");
    // WIFEXITED / WEXITSTATUS
    let code = (status & 0x7f == 0).then_some((status >> 8) & 0xff);
    let tv = |t: [i64; 2]| Duration::from_secs(t[0] as u64) + Duration::from_micros(t[1] as u64);
    Reaped {
        code,
        cpu: tv(ru.utime) + tv(ru.stime),
        max_rss_kib: ru.maxrss,
    }
}

pub const SIGINT: i32 = 2;
pub const SIGKILL: i32 = 9;

/// Sends `sig` to the unreaped child `pid`.
pub fn signal(pid: i32, sig: i32) {
    // SAFETY: plain syscall on our own, unreaped child.
    unsafe { kill(pid, sig) };
}

/// The kernel folds the pre-exec address space's peak into the child's `ru_maxrss`. With
/// vfork (std's default) that is this whole test process, mapped debug binary included;
/// a pre_exec hook makes std fork instead, whose copy holds only anonymous pages, so the
/// number measures the child.
pub fn fork_not_vfork(c: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the hook does nothing, so it is async-signal-safe.
    unsafe {
        c.pre_exec(|| Ok(()));
    }
}
