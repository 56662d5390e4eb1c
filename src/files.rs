//! Files the user names: reading them (and stdin) as text, directory walks that only yield
//! what can be read as a file, and all-or-nothing writes.
//!
//! A directory may hold FIFOs, sockets, dangling symlinks or symlinks back to itself; reading
//! a FIFO with no writer blocks forever and following a symlink loop never ends, so the walk
//! skips non-regular files (the caller warns) and visits each real directory once. A file
//! named explicitly is read as given, so `-f <(cmd)` (a pipe) keeps working.
//!
//! Writes go to a 0600 temp file beside the target, are synced, take the target's mode and
//! are renamed over it: a failure or Ctrl-C leaves the old file untouched and no temp file.

use crate::error::Error;
use std::collections::HashSet;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What a directory walk found: regular files (sorted) and entries it left alone, with why.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<(PathBuf, &'static str)>,
}

/// Lists the regular files in `dir` (and below it when `recursive`), following symlinks but
/// entering each real directory once. A dangling symlink or unreadable entry is an error
/// naming it: silently analysing or injecting less than the user asked for is worse.
pub fn walk(dir: &Path, recursive: bool) -> Result<Walk, Error> {
    let mut out = Walk::default();
    let mut seen = HashSet::new();
    walk_into(dir, recursive, true, &mut seen, &mut out)?;
    out.files.sort();
    out.skipped.sort();
    Ok(out)
}

fn walk_into(
    dir: &Path,
    recursive: bool,
    top: bool,
    seen: &mut HashSet<PathBuf>,
    out: &mut Walk,
) -> Result<(), Error> {
    let real = std::fs::canonicalize(dir).map_err(|e| cannot_read(dir, &e))?;
    if !seen.insert(real) {
        if !top {
            out.skipped
                .push((dir.to_path_buf(), "a directory already read (symlink loop)"));
        }
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| cannot_read(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| cannot_read(dir, &e))?;
        let path = entry.path();
        let meta = std::fs::metadata(&path).map_err(|e| {
            let dangling = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
            let err = cannot_read(&path, &e);
            if dangling {
                err.hint("it is a symlink whose target does not exist")
            } else {
                err
            }
        })?;
        if meta.is_dir() {
            if recursive {
                walk_into(&path, recursive, false, seen, out)?;
            }
        } else if meta.is_file() {
            out.files.push(path);
        } else {
            out.skipped.push((path, "not a regular file"));
        }
    }
    Ok(())
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Error {
    Error::general(format!("cannot read {}: {}", path.display(), io_reason(e)))
}

/// Temp files being written, removed by [`remove_pending`] when Ctrl-C ends the process.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes temp files of writes still in progress (called on Ctrl-C before exiting). A write
/// holds the lock from creating its temp file to renaming it, so this waits for it to end.
pub fn remove_pending() {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    for f in pending.drain(..) {
        let _ = std::fs::remove_file(f);
    }
}

/// Writes `bytes` to `path` all-or-nothing. A symlink is written through (its target is
/// replaced); an existing file keeps its mode, a new one gets 0666 less the umask, as a plain
/// create would.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_symlink() => std::fs::canonicalize(path).unwrap_or(path.to_path_buf()),
        _ => path.to_path_buf(),
    };
    let fail = |e: &std::io::Error| {
        Error::general(format!("cannot write {}: {}", path.display(), io_reason(e)))
    };
    let mode = match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => {
            return Err(Error::general(format!(
                "cannot write {}: it is a directory",
                path.display()
            )));
        }
        Ok(m) => m.permissions().mode() & 0o7777,
        Err(_) => 0o666 & !umask(),
    };
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.sailctl-tmp", std::process::id()));
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    pending.push(tmp.clone());
    let result = (|| {
        let mut f = create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
        std::fs::rename(&tmp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    pending.retain(|x| x != &tmp);
    result.map_err(|e| fail(&e))
}

/// A new file only its owner can read, whatever the umask: the output may hold secrets
/// until it gets its final mode.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// The process umask, read without changing it (Linux reports it in /proc); 022 elsewhere.
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}

/// Reading a file the user named: the error names the file.
pub fn read_file(path: &std::path::Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| {
        let err = Error::general(format!("cannot read {}: {}", path.display(), io_reason(&e)));
        match e.kind() {
            std::io::ErrorKind::NotFound => err.hint("check the path"),
            std::io::ErrorKind::PermissionDenied => err.hint("check the file's permissions"),
            _ => err,
        }
    })?;
    utf8_text(&path.display().to_string(), bytes)
}

/// Reads all of stdin (`-`): invalid UTF-8 is named with its line, as for files.
pub fn read_stdin(stdin: &mut dyn std::io::Read) -> Result<String, Error> {
    let mut bytes = Vec::new();
    stdin
        .read_to_end(&mut bytes)
        .map_err(|e| Error::general(format!("cannot read stdin: {}", io_reason(&e))))?;
    utf8_text("-", bytes)
}

/// Bytes of `source` as text, or a data error naming the line of the first invalid byte.
pub fn utf8_text(source: &str, bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        Error::data(format!("{source}:{line}: file is not valid UTF-8 text"))
    })
}

/// The OS error without Rust's "(os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    #[test]
    fn walk_skips_fifos_and_survives_symlink_loops() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.yaml"), "a: 1\n").unwrap();
        std::os::unix::fs::symlink(".", d.path().join("self")).unwrap();
        let fifo = d.path().join("p.yaml");
        let ok = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(ok.success(), "mkfifo (coreutils) is needed");
        let w = walk(d.path(), true).unwrap();
        assert_eq!(w.files, vec![d.path().join("a.yaml")]);
        assert!(w.skipped.iter().any(|(p, _)| p == &fifo), "{w:?}");
    }

    #[test]
    fn dangling_symlink_is_an_error_naming_it() {
        let d = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/nonexistent/x", d.path().join("gone.yaml")).unwrap();
        let e = walk(d.path(), false).unwrap_err();
        assert!(e.message.contains("gone.yaml"), "{}", e.message);
    }

    #[test]
    fn atomic_write_keeps_mode_and_leaves_no_temp() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("out.yaml");
        write_atomic(&p, b"x\n").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask());
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"y\n").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"y\n");
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let names: Vec<_> = std::fs::read_dir(d.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn temp_files_are_private_and_symlinks_written_through() {
        let d = tempfile::tempdir().unwrap();
        let t = d.path().join("t");
        drop(create_private(&t).unwrap());
        assert_eq!(
            std::fs::metadata(&t).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert!(
            create_private(&t).is_err(),
            "an existing file is never reused"
        );
        let real = d.path().join("real.yaml");
        let link = d.path().join("link.yaml");
        std::fs::write(&real, "old\n").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new\n").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new\n");
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.yaml");
        std::fs::write(&p, b"a: 1\nb: \xff\n").unwrap();
        let e = read_file(&p).unwrap_err();
        assert_eq!(e.kind, Kind::Data);
        assert!(
            e.message
                .ends_with("x.yaml:2: file is not valid UTF-8 text"),
            "{}",
            e.message
        );
    }
}
