//! `manifest diff` through the real binary (directories and bad input: `bad_input::manifest`).

use crate::support::process::{stderr as err, stdout as out};
use crate::support::sailctl::sailctl;

const A: &str = "apiVersion: v1
kind: Service
metadata:
  name: istiod
  namespace: istio-system
spec:
  ports:
  - name: grpc
    port: 15010
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
  namespace: istio-system
spec:
  replicas: 1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: only-a
  namespace: istio-system
";

const B: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
  namespace: istio-system
spec:
  replicas: 2
---
apiVersion: v1
kind: Service
metadata:
  name: istiod
  namespace: istio-system
spec:
  ports:
  - name: grpc
    port: 15010
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: only-b
  namespace: istio-system
";

fn files() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("b.yaml");
    std::fs::write(&a, A).unwrap();
    std::fs::write(&b, B).unwrap();
    let (a, b) = (a.display().to_string(), b.display().to_string());
    (dir, a, b)
}

#[test]
fn identical_exits_zero() {
    let (_d, a, _b) = files();
    let o = sailctl(["manifest", "diff", &a, &a]).output();
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "Manifests are identical\n");
}

#[test]
fn differences_object_then_field() {
    let (_d, a, b) = files();
    let o = sailctl(["manifest", "diff", &a, &b]).output();
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert_eq!(
        out(&o),
        "Differences in manifests are:\n\
         \n\nObject ConfigMap:istio-system:only-a is missing in B:\n\n\
         \n\nObject Deployment:istio-system:istiod has diffs:\n\nspec:\n  replicas: 1 -> 2\n\
         \n\nObject ServiceAccount:istio-system:only-b is missing in A:\n\n\n"
    );
}

#[test]
fn verbose_shows_line_diff_per_object() {
    let (_d, a, b) = files();
    let o = sailctl(["manifest", "diff", &a, &b, "-v"]).output();
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.contains("Object Deployment:istio-system:istiod has diffs:\n\n apiVersion: apps/v1\n"),
        "{text}"
    );
    assert!(
        text.contains("\n-  replicas: 1\n+  replicas: 2\n"),
        "{text}"
    );
}

#[test]
fn select_and_ignore_patterns() {
    let (_d, a, b) = files();
    let o = sailctl(["manifest", "diff", &a, &b, "--select", "Service:*:*"]).output();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let o = sailctl([
        "manifest",
        "diff",
        &a,
        &b,
        "--ignore",
        "ConfigMap::,ServiceAccount:*:only-*",
    ])
    .output();
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert!(text.contains("Deployment:istio-system:istiod has diffs"));
    assert!(!text.contains("only-"), "{text}");
    let o = sailctl([
        "manifest",
        "diff",
        &a,
        &b,
        "--select",
        "Deployment:istio-system:istiod",
        "--ignore",
        "Deployment:*:istiod:spec.replicas",
    ])
    .output();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
}
