//! The kubeconfig's TLS and credential settings, offline: a real TLS server (`openssl
//! s_server`, which prints each request it receives) on loopback stands in for the API server.
//! Verification is on unless the kubeconfig says `insecure-skip-tls-verify`, and an exec
//! plugin's ExecCredential token is what the request carries.

use super::*;
use std::io::BufRead;
use std::process::Stdio;
use std::sync::{Arc, Mutex, mpsc};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("openssl is needed for the TLS tests (apt-get install openssl): {e}")
        });
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and two server certificates it signed: one for 127.0.0.1, one for another name.
fn pki(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
            "-days",
            "2",
            "-subj",
            "/CN=bad-input test CA",
        ],
    );
    for (name, san) in [("srv", "IP:127.0.0.1"), ("other", "DNS:other.example")] {
        std::fs::write(
            dir.join(format!("{name}.ext")),
            format!("subjectAltName={san}\n"),
        )
        .unwrap();
        openssl(
            dir,
            &[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                &format!("{name}.key"),
                "-out",
                &format!("{name}.csr"),
                "-subj",
                "/CN=apiserver",
            ],
        );
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &format!("{name}.csr"),
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                &format!("{name}.crt"),
                "-days",
                "2",
                "-extfile",
                &format!("{name}.ext"),
            ],
        );
    }
}

/// `openssl s_server` on a free loopback port; `seen()` is what clients sent after the
/// handshake.
struct Server {
    child: std::process::Child,
    port: u16,
    seen: Arc<Mutex<String>>,
}

impl Server {
    fn start(dir: &Path, cert: &str) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new("openssl")
            .args([
                "s_server",
                "-accept",
                &format!("127.0.0.1:{port}"),
                "-cert",
                &format!("{cert}.crt"),
                "-key",
                &format!("{cert}.key"),
            ])
            .current_dir(dir)
            .stdin(Stdio::piped()) // s_server stops at EOF on stdin: keep it open
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl s_server");
        let seen = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let out = child.stdout.take().unwrap();
        let s = seen.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if line == "ACCEPT" {
                    let _ = tx.send(());
                }
                let mut s = s.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        rx.recv_timeout(Duration::from_secs(20))
            .expect("s_server did not start");
        Server { child, port, seen }
    }
    fn seen(&self) -> String {
        self.seen.lock().unwrap().to_lowercase()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A kubeconfig for the server with `cluster_extra` in its cluster entry and an exec plugin
/// (a shell script printing an ExecCredential) as the user.
fn kubeconfig(dir: &Path, port: u16, cluster_extra: &str, token: &str) -> PathBuf {
    let plugin = dir.join("credential-plugin.sh");
    std::fs::write(
        &plugin,
        format!("#!/bin/sh\nprintf '%s' '{{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{{\"token\":\"{token}\"}}}}'\n"),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let kc = dir.join(format!("kubeconfig-{token}"));
    std::fs::write(
        &kc,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://127.0.0.1:{port}\n{cluster_extra}  name: c\n\
             contexts:\n- context: {{cluster: c, user: u}}\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user:\n    exec:\n      \
             apiVersion: client.authentication.k8s.io/v1\n      command: {}\n      interactiveMode: Never\n",
            plugin.display()
        ),
    )
    .unwrap();
    kc
}

fn precheck(kc: &Path) -> Run {
    sailctl(&["precheck", "--kubeclient-timeout", "2s"])
        .env("KUBECONFIG", kc.display().to_string())
        .run()
}

#[test]
fn verification_is_on_unless_the_kubeconfig_turns_it_off() {
    let d = tempfile::tempdir().unwrap();
    pki(d.path());
    let ca = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .encode(std::fs::read(d.path().join("ca.crt")).unwrap())
    };
    let srv = Server::start(d.path(), "srv");

    // No CA given: the server's certificate is unknown, so no request is sent.
    let r = precheck(&kubeconfig(d.path(), srv.port, "", "tok-none"));
    r.rejected(1, &format!("127.0.0.1:{}", srv.port), None, SMALL);
    assert!(r.stderr.contains("certificate"), "{}", r.stderr);
    assert!(!srv.seen().contains("tok-none"), "{}", srv.seen());

    // The CA from the kubeconfig: verified, and the exec plugin's token is sent.
    let r = precheck(&kubeconfig(
        d.path(),
        srv.port,
        &format!("    certificate-authority-data: {ca}\n"),
        "tok-ca",
    ));
    r.sane(SMALL);
    assert!(
        srv.seen().contains("authorization: bearer tok-ca"),
        "{}",
        srv.seen()
    );

    // insecure-skip-tls-verify: the unknown certificate is accepted.
    let r = precheck(&kubeconfig(
        d.path(),
        srv.port,
        "    insecure-skip-tls-verify: true\n",
        "tok-insecure",
    ));
    r.sane(SMALL);
    assert!(
        srv.seen().contains("authorization: bearer tok-insecure"),
        "{}",
        srv.seen()
    );
}

/// A certificate from the trusted CA but for another name is refused too.
#[test]
fn the_server_name_is_checked() {
    let d = tempfile::tempdir().unwrap();
    pki(d.path());
    let ca_path = d.path().join("ca.crt").display().to_string();
    let srv = Server::start(d.path(), "other");
    let r = precheck(&kubeconfig(
        d.path(),
        srv.port,
        &format!("    certificate-authority: {ca_path}\n"),
        "tok-name",
    ));
    r.rejected(1, &format!("127.0.0.1:{}", srv.port), None, SMALL);
    assert!(r.stderr.contains("certificate"), "{}", r.stderr);
    assert!(!srv.seen().contains("tok-name"), "{}", srv.seen());
}
