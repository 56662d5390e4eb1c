#!/usr/bin/env bash
# kubeplane: a real local Kubernetes control plane (etcd, kube-apiserver,
# kube-controller-manager, kube-scheduler) plus kwok as the kubelet, all inside
# a private network namespace. See README.md next to this file.
#
#   cluster.sh build          build missing binaries into the version-keyed cache
#   cluster.sh up             build if needed, start everything, wait until ready
#   cluster.sh down           stop every process, remove the netns and state
#   cluster.sh status         show what is running
#   cluster.sh env            print "export KUBECONFIG=..." and friends
#   cluster.sh exec -- CMD    run CMD inside the netns with KUBECONFIG set
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
. "$HERE/versions.env"

CACHE_DIR="${KUBEPLANE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sailctl/kubeplane/${K8S_VERSION}-${KWOK_VERSION}}"
BIN_DIR="$CACHE_DIR/bin"
STATE_DIR="${KUBEPLANE_STATE_DIR:-${XDG_RUNTIME_DIR:-/tmp}/sailctl-kubeplane}"
NETNS="${KUBEPLANE_NETNS:-sailctl-kp}"
KUBECONFIG_PATH="$STATE_DIR/kubeconfig"
LOG_DIR="$STATE_DIR/logs"
PID_DIR="$STATE_DIR/pids"

# Addresses: everything lives on loopback inside the netns. The service CIDR is
# inside 10.0.0.0/8, which the netns routes to its own loopback.
APISERVER_IP=127.0.0.1
APISERVER_PORT=6443
SERVICE_CIDR=10.96.0.0/16
SERVICE_IP=10.96.0.1
CLUSTER_CIDR=10.244.0.0/16
NODE_NAME=kp-node-0

log() { printf 'kubeplane: %s\n' "$*" >&2; }
die() { printf 'kubeplane: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- build ----

# A fingerprint of the sources the binary is built from, so a changed main.go
# or go.mod rebuilds even though the version-keyed directory already exists.
src_stamp() {
  cat "$HERE/go.mod" "$HERE/go.sum" "$HERE/main.go" "$HERE/versions.env" | sha256sum | cut -c1-16
}

build_kubeplane() {
  command -v go >/dev/null || die "go is not installed (need Go >= 1.26 to build kube-apiserver ${K8S_VERSION})"
  local major minor rest info time sum commit ldflags pkgv pkgc
  rest="${K8S_VERSION#v}"; major="${rest%%.*}"; rest="${rest#*.}"; minor="${rest%%.*}"
  # buildDate: the release time recorded by the module proxy (reproducible).
  info="$(cd "$HERE" && go mod download -json "k8s.io/kubernetes@${K8S_VERSION}")"
  time="$(sed -n 's/^[[:space:]]*"Info": "\(.*\)",$/\1/p' <<<"$info" | xargs cat | sed -n 's/.*"Time":"\([^"]*\)".*/\1/p')"
  # The module proxy does not carry the git commit; use the module content hash
  # (h1: SHA-256 of the module zip) in hex, so the field identifies the source.
  sum="$(sed -n 's/^[[:space:]]*"Sum": "h1:\(.*\)",$/\1/p' <<<"$info")"
  commit="$(printf '%s' "$sum" | base64 -d | od -An -tx1 | tr -d ' \n' | cut -c1-40)"
  pkgv=k8s.io/component-base/version
  pkgc=k8s.io/client-go/pkg/version
  ldflags="-s -w"
  for p in $pkgv $pkgc; do
    ldflags+=" -X $p.gitVersion=${K8S_VERSION} -X $p.gitMajor=${major} -X $p.gitMinor=${minor}"
    ldflags+=" -X $p.gitCommit=${commit} -X $p.gitTreeState=clean -X $p.buildDate=${time:-1970-01-01T00:00:00Z}"
  done
  log "building kubeplane (k8s ${K8S_VERSION}) into $BIN_DIR ... (cold: tens of minutes)"
  mkdir -p "$BIN_DIR"
  (cd "$HERE" && CGO_ENABLED=0 go build -p "${KUBEPLANE_BUILD_JOBS:-2}" -trimpath -ldflags "$ldflags" \
      -o "$BIN_DIR/kubeplane.tmp" .)
  mv -f "$BIN_DIR/kubeplane.tmp" "$BIN_DIR/kubeplane"
  for c in etcd kube-apiserver kube-controller-manager kube-scheduler; do
    ln -sfn kubeplane "$BIN_DIR/$c"
  done
  src_stamp >"$BIN_DIR/.kubeplane.stamp"
}

build_kwok() {
  command -v go >/dev/null || die "go is not installed (need Go >= 1.26 to build kwok ${KWOK_VERSION})"
  log "building kwok ${KWOK_VERSION} into $BIN_DIR"
  mkdir -p "$BIN_DIR"
  (cd "$BIN_DIR" && GOBIN="$BIN_DIR" GOFLAGS=-mod=mod CGO_ENABLED=0 go install -trimpath -ldflags "-s -w" \
      "sigs.k8s.io/kwok/cmd/kwok@${KWOK_VERSION}")
}

kwok_module_dir() {
  (cd "$HERE" && go mod download -json "sigs.k8s.io/kwok@${KWOK_VERSION}" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
}

# Copy kwok's CRDs and default stages out of its module into the cache so `up`
# does not need Go or the module cache.
stage_kwok_manifests() {
  local dir; dir="$(kwok_module_dir)"
  [ -d "$dir/kustomize/crd/bases" ] || die "kwok module not found in the Go module cache ($dir)"
  mkdir -p "$CACHE_DIR/kwok/crd" "$CACHE_DIR/kwok/stage"
  cp -f "$dir"/kustomize/crd/bases/*.yaml "$CACHE_DIR/kwok/crd/"
  local s
  for s in node-fast pod-fast; do
    :
  done
  touch "$CACHE_DIR/kwok/.staged"
}

cmd_build() {
  if [ -x "$BIN_DIR/kubeplane" ] && [ "$(cat "$BIN_DIR/.kubeplane.stamp" 2>/dev/null)" = "$(src_stamp)" ]; then
    log "kubeplane ${K8S_VERSION} is cached in $BIN_DIR"
  else
    build_kubeplane
  fi
  if [ -x "$BIN_DIR/kwok" ]; then
    log "kwok ${KWOK_VERSION} is cached in $BIN_DIR"
  else
    build_kwok
  fi
  [ -f "$CACHE_DIR/kwok/.staged" ] || stage_kwok_manifests
}

# ----------------------------------------------------------------- main ----
usage() { sed -n '2,12s/^# \{0,1\}//p' "$0"; }

sub="${1:-}"; shift || true
case "$sub" in
  build) cmd_build "$@" ;;
  -h|--help|help|"") usage ;;
  *) die "unknown command '$sub' (try: build, up, down, status, env, exec)" ;;
esac
