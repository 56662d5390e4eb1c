//! kubeplane, the local control plane in `tools/kubeplane/`: the shared cluster (started once
//! per test process), a fresh namespace per test, clients, unique names and polling. The e2e
//! tests use it, and so can anything else that needs a real apiserver. Tests that stop the
//! apiserver or install cluster-wide take an [`Instance`] of their own instead.
//!
//! [`cluster`] starts the cluster once per test process (`cluster.sh up` is idempotent and
//! takes a file lock, so several test processes share one cluster), builds a client from
//! its kubeconfig and hands each test a fresh namespace that is deleted when the returned
//! [`TestEnv`] is dropped, also when the test panics. When the cluster cannot start, the
//! fixture panics with what to install or run: these tests fail, they never skip.

use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use kube::api::{Api, DeleteParams, PostParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::{Client, Config};

use super::paths;

/// Name of the network namespace `cluster.sh` creates (overridable like the script).
fn netns_name() -> String {
    std::env::var("KUBEPLANE_NETNS").unwrap_or_else(|_| "sailctl-kp".to_string())
}

/// The script that starts, enters and stops kubeplane instances.
pub fn cluster_sh() -> PathBuf {
    paths::repo().join("tools/kubeplane/cluster.sh")
}

const HOW_TO_RUN: &str = "run the e2e tests through the cluster script, which enters the namespace:\n    \
     tools/kubeplane/cluster.sh exec -- cargo test --test it e2e";

/// Panics unless this process runs inside kubeplane's network namespace, so that no test
/// traffic can leave the machine.
pub fn assert_in_netns() {
    let name = netns_name();
    let ours = std::fs::metadata("/proc/self/ns/net");
    let theirs = std::fs::metadata(Path::new("/run/netns").join(&name));
    use std::os::unix::fs::MetadataExt;
    match (ours, theirs) {
        (Ok(a), Ok(b)) if a.dev() == b.dev() && a.ino() == b.ino() => {}
        (_, Err(_)) => panic!(
            "e2e: the network namespace `{name}` does not exist, so these tests would not be isolated; {HOW_TO_RUN}"
        ),
        _ => panic!(
            "e2e: this test process is not inside the network namespace `{name}`; {HOW_TO_RUN}"
        ),
    }
}

struct Shared {
    kubeconfig: PathBuf,
}

static SHARED: OnceLock<Result<Shared, String>> = OnceLock::new();

/// Held by tests that delete Istio's CRDs (`uninstall --purge`) or fill them with many
/// objects: deleting a CRD waits until the apiserver has removed every object of it, so a
/// purge next to 15,000 VirtualServices of another test outlasts its wait (seen: 2 min).
pub static ISTIO_CRDS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn start_cluster() -> Result<Shared, String> {
    let script = cluster_sh();
    let started = Instant::now();
    let status = Command::new("bash")
        .arg(&script)
        .arg("up")
        .status()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    if !status.success() {
        return Err(format!(
            "`{} up` failed ({status}).\n\
             kubeplane needs: Go >= 1.26 with access to the Go module proxy (the first build of \
             kube-apiserver and kwok takes a long while and is cached under ~/.cache/sailctl/kubeplane), \
             openssl, curl, iproute2 (`ip netns`) and root.\n\
             Try it by hand: `tools/kubeplane/cluster.sh up`, then read the logs it names \
             (`tools/kubeplane/cluster.sh status` shows where they are).",
            script.display()
        ));
    }
    eprintln!(
        "e2e: cluster ready after {:.1}s",
        started.elapsed().as_secs_f64()
    );
    let kubeconfig = match std::env::var_os("KUBECONFIG") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => {
            let out = Command::new("bash")
                .arg(&script)
                .arg("env")
                .output()
                .map_err(|e| format!("cannot run {} env: {e}", script.display()))?;
            let text = String::from_utf8_lossy(&out.stdout);
            let line = text
                .lines()
                .find_map(|l| l.strip_prefix("export KUBECONFIG="))
                .ok_or("`cluster.sh env` printed no KUBECONFIG")?;
            PathBuf::from(line.trim_matches('\''))
        }
    };
    if !kubeconfig.is_file() {
        return Err(format!(
            "kubeconfig {} does not exist after `cluster.sh up`",
            kubeconfig.display()
        ));
    }
    Ok(Shared { kubeconfig })
}

fn shared() -> &'static Shared {
    assert_in_netns();
    match SHARED.get_or_init(start_cluster) {
        Ok(s) => s,
        Err(msg) => panic!("e2e: the kubeplane cluster is not available: {msg}"),
    }
}

/// A client for the shared cluster. Clients are made per test because each
/// `#[tokio::test]` has its own runtime.
pub async fn client_for(kubeconfig: &Path) -> Client {
    let kc = Kubeconfig::read_from(kubeconfig)
        .unwrap_or_else(|e| panic!("e2e: cannot read kubeconfig {}: {e}", kubeconfig.display()));
    let config = Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default())
        .await
        .unwrap_or_else(|e| panic!("e2e: bad kubeconfig {}: {e}", kubeconfig.display()));
    Client::try_from(config).expect("e2e: cannot build a kube client")
}

/// One test's view of the cluster: a client and a namespace of its own.
pub struct TestEnv {
    pub client: Client,
    pub ns: String,
    kubeconfig: PathBuf,
}

fn unique_suffix() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos() as u64;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed) as u64;
    // A small mix of time, pid and a counter; good enough for unique test names.
    let mut x = nanos ^ ((std::process::id() as u64) << 32) ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    (0..6)
        .map(|i| ALPHABET[((x >> (i * 6)) % ALPHABET.len() as u64) as usize] as char)
        .collect()
}

/// A name unique to this run: `prefix-xxxxxx`.
pub fn unique_name(prefix: &str) -> String {
    format!("{prefix}-{}", unique_suffix())
}

/// Ensures the cluster is up and returns a client and a fresh namespace named after `test`.
pub async fn cluster(test: &str) -> TestEnv {
    let shared = shared();
    let client = client_for(&shared.kubeconfig).await;
    let prefix: String = format!("e2e-{test}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(50)
        .collect();
    let ns = unique_name(prefix.trim_end_matches('-'));
    let namespaces: Api<Namespace> = Api::all(client.clone());
    let obj: Namespace = serde_json::from_value(serde_json::json!({
        "metadata": { "name": ns, "labels": { "sailctl.dev/e2e": "true" } }
    }))
    .unwrap();
    namespaces
        .create(&PostParams::default(), &obj)
        .await
        .unwrap_or_else(|e| panic!("e2e: cannot create namespace {ns}: {e}"));
    let env = TestEnv {
        client,
        ns,
        kubeconfig: shared.kubeconfig.clone(),
    };
    // Pods are rejected until the controller-manager has made the namespace's default
    // service account.
    let sas: Api<ServiceAccount> = Api::namespaced(env.client.clone(), &env.ns);
    wait_until(
        Duration::from_secs(30),
        "default service account",
        || async { sas.get_opt("default").await.ok().flatten().is_some() },
    )
    .await;
    env
}

impl TestEnv {
    /// The admin kubeconfig, for tests that run `sailctl` as a subprocess.
    #[allow(dead_code)]
    pub fn kubeconfig(&self) -> &Path {
        &self.kubeconfig
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        // Delete the namespace on a runtime of our own: the test's runtime may be
        // shutting down (or panicking) when this runs. Do not wait for it to be gone.
        let ns = self.ns.clone();
        let res = with_own_client(&self.kubeconfig, |client| async move {
            let api: Api<Namespace> = Api::all(client);
            api.delete(&ns, &DeleteParams::background())
                .await
                .err()
                .map(|e| e.to_string())
        });
        if let Some(Some(err)) = res {
            eprintln!("e2e: could not delete namespace {}: {err}", self.ns);
        }
    }
}

/// Runs `work` with a client of its own, on a runtime of its own in a thread of its own, and
/// waits for it: for cleanup in `Drop`, when the test's runtime may be shutting down (or
/// panicking). `None` when the runtime could not be made or the work panicked.
pub fn with_own_client<F, Fut, T>(kubeconfig: &Path, work: F) -> Option<T>
where
    F: FnOnce(kube::Client) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = T>,
    T: Send + 'static,
{
    let kubeconfig = kubeconfig.to_path_buf();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()?;
        Some(rt.block_on(async { work(client_for(&kubeconfig).await).await }))
    })
    .join()
    .ok()
    .flatten()
}

/// Polls `check` every 200 ms until it returns true; panics after `timeout`.
pub async fn wait_until<F, Fut>(timeout: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if check().await {
            return;
        }
        if Instant::now() >= deadline {
            panic!("e2e: timed out after {timeout:?} waiting for {what}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A kubeplane instance of this test's own: `cluster.sh up` with its own network namespace
/// and state directory; `cluster.sh down` on drop (also when the test panics).
pub struct Instance {
    pub netns: String,
    state: PathBuf,
    pub kubeconfig: PathBuf,
}

impl Instance {
    pub fn up() -> Instance {
        let netns = unique_name("sailctl-kp-f");
        let state = std::env::temp_dir().join(&netns);
        // Made before `up`, so a failed start is taken down too.
        let inst = Instance {
            kubeconfig: state.join("kubeconfig"),
            netns,
            state,
        };
        let took = inst.must("up");
        eprintln!(
            "kubeplane: dedicated cluster {} up in {:.1}s",
            inst.netns,
            took.as_secs_f64()
        );
        inst
    }

    fn script(&self, sub: &str) -> Output {
        Command::new("bash")
            .arg(cluster_sh())
            .arg(sub)
            .env("KUBEPLANE_NETNS", &self.netns)
            .env("KUBEPLANE_STATE_DIR", &self.state)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("kubeplane: cannot run cluster.sh {sub}: {e}"))
    }

    /// Runs `cluster.sh SUB`; panics with its output when it fails. Returns how long it took.
    pub fn must(&self, sub: &str) -> Duration {
        let start = Instant::now();
        let out = self.script(sub);
        assert!(
            out.status.success(),
            "kubeplane: `cluster.sh {sub}` failed for the dedicated instance ({}): {}{}",
            self.state.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        start.elapsed()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let out = self.script("down");
        if !out.status.success() {
            eprintln!(
                "kubeplane: `cluster.sh down` failed for {}: {}",
                self.netns,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        if std::thread::panicking() {
            eprintln!(
                "kubeplane: the dedicated cluster's logs are kept in {}/logs",
                self.state.display()
            );
        } else {
            let _ = std::fs::remove_dir_all(&self.state);
        }
        let _ = std::fs::remove_file(format!("{}.lock", self.state.display()));
    }
}

unsafe extern "C" {
    fn setns(fd: i32, nstype: i32) -> i32;
}
const CLONE_NEWNET: i32 = 0x4000_0000;

/// Runs `body` on a thread that has entered the network namespace `netns`: its sockets and
/// every process it starts (sailctl) see the dedicated cluster, not the shared one.
pub fn in_netns<F, Fut>(netns: &str, body: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()>,
{
    let path = Path::new("/run/netns").join(netns);
    let handle = std::thread::spawn(move || {
        let ns = std::fs::File::open(&path)
            .unwrap_or_else(|e| panic!("kubeplane: cannot open {}: {e}", path.display()));
        // SAFETY: setns(2) on a descriptor we own; it moves only this thread.
        let rc = unsafe { setns(ns.as_raw_fd(), CLONE_NEWNET) };
        assert_eq!(
            rc,
            0,
            "kubeplane: setns into {} failed: {} (needs root)",
            path.display(),
            std::io::Error::last_os_error()
        );
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("kubeplane: tokio runtime")
            .block_on(body());
    });
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}
