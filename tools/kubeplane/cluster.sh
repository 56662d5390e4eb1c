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
#   cluster.sh stop-apiserver | start-apiserver | pause-apiserver | resume-apiserver
#                             fault injection: the apiserver alone (etcd keeps running)
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
APISERVER_ADVERTISE=10.0.0.1
NODE_NAME=kp-node-0
NODE_IP=10.0.0.2
POD_CIDR_START=10.244.0.1/16

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

# Copy kwok's CRDs and default stages out of its module into the cache, so `up`
# needs neither Go nor the module cache.
KWOK_STAGES="node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml"
stage_kwok_manifests() {
  local dir s; dir="$(kwok_module_dir)"
  [ -d "$dir/kustomize/crd/bases" ] || die "kwok module not found in the Go module cache ($dir)"
  rm -rf "$CACHE_DIR/kwok"; mkdir -p "$CACHE_DIR/kwok/crd"
  for s in "$dir"/kustomize/crd/bases/*.yaml; do
    # one object per file; drop the leading document marker
    sed '1{/^---$/d}' "$s" >"$CACHE_DIR/kwok/crd/$(basename "$s")"
  done
  {
    for s in $KWOK_STAGES; do
      [ -f "$dir/kustomize/stage/$s" ] || die "kwok stage $s missing from $dir"
      echo "---"; cat "$dir/kustomize/stage/$s"
    done
  } >"$CACHE_DIR/kwok/stages.yaml"
  touch "$CACHE_DIR/kwok/.staged"
}

built() {
  [ -x "$BIN_DIR/kubeplane" ] && [ "$(cat "$BIN_DIR/.kubeplane.stamp" 2>/dev/null)" = "$(src_stamp)" ] &&
    [ -x "$BIN_DIR/kwok" ] && [ -f "$CACHE_DIR/kwok/.staged" ]
}

cmd_build() {
  if in_netns && ! built; then
    die "the kubeplane binaries are not built yet, and the build needs the Go module proxy, which cannot be reached from inside the network namespace $NETNS. Run '$HERE/cluster.sh build' outside it first (the first build takes a long while)."
  fi
  # One build at a time per cache directory.
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/.build.lock"
  flock -w 3600 8 || die "another build holds $CACHE_DIR/.build.lock"
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
  exec 8>&-
}

# ---------------------------------------------------------------- netns ----

in_netns() { [ "$(ip netns identify $$ 2>/dev/null)" = "$NETNS" ]; }

ensure_netns() {
  command -v ip >/dev/null || die "ip (iproute2) is not installed: apt-get install iproute2"
  if ! ip netns list 2>/dev/null | grep -qw "^$NETNS"; then
    ip netns add "$NETNS" || die "cannot create network namespace $NETNS (needs root / CAP_SYS_ADMIN)"
  fi
  ip -n "$NETNS" link set lo up
  # Every 10.x address (service IPs, pod IPs, the node IP) is local to the
  # namespace; nothing else has a route, so nothing can leave the machine.
  ip -n "$NETNS" route replace local 10.0.0.0/8 dev lo
}

# Run a command inside the namespace.
nsrun() { if in_netns; then "$@"; else ip netns exec "$NETNS" "$@"; fi; }

# ---------------------------------------------------------------- certs ----

PKI="$STATE_DIR/pki"

newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# sign NAME SUBJECT EXTENSIONS [CA]: key + cert signed by CA (default: the cluster CA).
sign() {
  local name="$1" subj="$2" ext="$3" ca="${4:-ca}"
  newkey "$PKI/$name.key"
  openssl req -new -key "$PKI/$name.key" -subj "$subj" -out "$PKI/$name.csr" 2>/dev/null
  printf '%b\n' "$ext" >"$PKI/$name.ext"
  openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/$ca.crt" -CAkey "$PKI/$ca.key" -CAcreateserial \
    -days 365 -sha256 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt" 2>/dev/null
  rm -f "$PKI/$name.csr" "$PKI/$name.ext"
}

gen_certs() {
  command -v openssl >/dev/null || die "openssl is not installed: apt-get install openssl"
  mkdir -p "$PKI"; chmod 700 "$PKI"
  local ca
  for ca in ca front-proxy-ca; do
    newkey "$PKI/$ca.key"
    openssl req -x509 -new -key "$PKI/$ca.key" -subj "/CN=kubeplane-$ca" -days 3650 -sha256 \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" \
      -out "$PKI/$ca.crt" 2>/dev/null
  done
  local client="basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth"
  local server="basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth"
  sign apiserver "/CN=kube-apiserver" "$server\nsubjectAltName=DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:127.0.0.1,IP:$SERVICE_IP,IP:$APISERVER_ADVERTISE"
  sign admin "/O=system:masters/CN=kubeplane-admin" "$client"
  sign apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "$client"
  sign controller-manager "/CN=system:kube-controller-manager" "$client"
  sign scheduler "/CN=system:kube-scheduler" "$client"
  sign kwok "/O=system:masters/CN=kwok-controller" "$client"
  # The aggregator's identity towards extension apiservers (request-header auth).
  sign front-proxy-client "/CN=front-proxy-client" "$client" front-proxy-ca
  sign kubelet-serving "/CN=$NODE_NAME" "$server\nsubjectAltName=DNS:$NODE_NAME,IP:$NODE_IP,IP:127.0.0.1"
  # Service-account token signing key pair.
  newkey "$PKI/sa.key"
  openssl pkey -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
  rm -f "$PKI"/*.srl
}

b64() { base64 -w0 <"$1"; }

# write_kubeconfig FILE CERTNAME: a self-contained kubeconfig (embedded certs).
write_kubeconfig() {
  cat >"$1" <<KCFG
apiVersion: v1
kind: Config
clusters:
- name: kubeplane
  cluster:
    server: https://$APISERVER_IP:$APISERVER_PORT
    certificate-authority-data: $(b64 "$PKI/ca.crt")
users:
- name: $2
  user:
    client-certificate-data: $(b64 "$PKI/$2.crt")
    client-key-data: $(b64 "$PKI/$2.key")
contexts:
- name: kubeplane
  context:
    cluster: kubeplane
    user: $2
current-context: kubeplane
KCFG
  chmod 600 "$1"
}

# ------------------------------------------------------------ processes ----

COMPONENTS="etcd kube-apiserver kube-controller-manager kube-scheduler kwok"

pid_of() { cat "$PID_DIR/$1.pid" 2>/dev/null || true; }

# alive COMPONENT: the recorded pid runs one of our binaries.
alive() {
  local pid exe; pid="$(pid_of "$1")"
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  exe="$(readlink "/proc/$pid/exe" 2>/dev/null || true)"
  exe="${exe% (deleted)}" # the binary was rebuilt while it ran
  case "$exe" in "$BIN_DIR"/*) return 0 ;; esac
  return 1
}

# start COMPONENT BINARY ARGS...: run in the netns, detached, logging to a file.
start() {
  local name="$1"; shift
  local logf="$LOG_DIR/$name.log"
  [ -f "$logf" ] && mv -f "$logf" "$logf.prev"
  # The inner shell records its own pid and then execs the component, so the
  # pidfile holds the component's pid.
  ip netns exec "$NETNS" setsid sh -c 'echo $$ >"$0"; exec "$@"' "$PID_DIR/$name.pid" "$@" \
    </dev/null >"$logf" 2>&1 8>&- 9>&- &
  local i
  for i in $(seq 50); do [ -s "$PID_DIR/$name.pid" ] && return 0; sleep 0.1; done
  die "$name did not start; see $logf"
}

# stop_one COMPONENT: SIGTERM, wait up to 15 s, then SIGKILL.
stop_one() {
  local c="$1" i
  alive "$c" || return 0
  kill -TERM "$(pid_of "$c")" 2>/dev/null || true
  kill -CONT "$(pid_of "$c")" 2>/dev/null || true # a paused (SIGSTOP) process must run to exit
  for i in $(seq 150); do alive "$c" || return 0; sleep 0.1; done
  log "$c did not stop on SIGTERM; killing it"
  kill -KILL "$(pid_of "$c")" 2>/dev/null || true
}

stop_all() {
  local c pid exe
  # Clients first, etcd last, so nothing hangs on a vanished backend.
  for c in kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do stop_one "$c"; done
  # Anything else of ours still inside the namespace is a stray: end it too.
  if ip netns list 2>/dev/null | grep -qw "^$NETNS"; then
    for pid in $(ip netns pids "$NETNS" 2>/dev/null); do
      exe="$(readlink "/proc/$pid/exe" 2>/dev/null || true)"
      case "${exe% (deleted)}" in
        "$BIN_DIR"/*) log "killing stray pid $pid"; kill -KILL "$pid" 2>/dev/null || true ;;
      esac
    done
  fi
  rm -f "$PID_DIR"/*.pid
}

# ------------------------------------------------------------ api calls ----

# api METHOD PATH [curl args...]: call the apiserver as admin from inside the netns.
api() {
  local method="$1" path="$2"; shift 2
  nsrun curl -sS --max-time 10 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" \
    -X "$method" "https://$APISERVER_IP:$APISERVER_PORT$path" "$@"
}

# apply_yaml PATH FILE: create an object from YAML; an existing one is fine.
apply_yaml() {
  local code
  code="$(api POST "$1" -H 'Content-Type: application/yaml' --data-binary @"$2" -o /dev/null -w '%{http_code}')"
  case "$code" in 200|201|202|409) ;; *) die "creating $(basename "$2") failed with HTTP $code" ;; esac
}

# wait_for WHAT SECONDS COMMAND...: poll until COMMAND succeeds.
wait_for() {
  local what="$1" secs="$2" i; shift 2
  for i in $(seq $((secs * 5))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    for c in $COMPONENTS; do
      if [ -f "$PID_DIR/$c.pid" ] && ! alive "$c"; then
        tail -n 30 "$LOG_DIR/$c.log" >&2 || true
        die "$c exited while waiting for $what; full log: $LOG_DIR/$c.log"
      fi
    done
    sleep 0.2
  done
  die "timed out after ${secs}s waiting for $what; logs: $LOG_DIR"
}

etcd_healthy() { nsrun curl -sf --max-time 2 "http://127.0.0.1:2379/health" | grep -q '"health":"true"'; }
apiserver_ready() { [ "$(api GET /readyz)" = ok ]; }
https_healthz() { [ "$(nsrun curl -sk --max-time 2 "https://127.0.0.1:$1/healthz")" = ok ]; }
# (the apiserver pretty-prints JSON for curl's user agent, hence the tr)
crds_established() { api GET /apis/kwok.x-k8s.io/v1alpha1 | tr -d ' \n' | grep -q '"name":"clusterportforwards"'; }
node_ready() { api GET "/api/v1/nodes/$NODE_NAME" | tr -d ' \n' | grep -q '{"type":"Ready","status":"True"'; }
default_sa() { api GET /api/v1/namespaces/default/serviceaccounts/default -o /dev/null -w '%{http_code}' | grep -q 200; }

node_manifest() {
  cat <<NODE
apiVersion: v1
kind: Node
metadata:
  name: $NODE_NAME
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: $NODE_NAME
    kubernetes.io/os: linux
    kubernetes.io/role: agent
    node-role.kubernetes.io/agent: ""
    type: kwok
spec: {}
status:
  nodeInfo:
    kubeletVersion: $K8S_VERSION
    kubeProxyVersion: $K8S_VERSION
    architecture: amd64
    operatingSystem: linux
NODE
}

# ------------------------------------------------------------- commands ----

# start_apiserver: the kube-apiserver with the cluster's flags (used by up and start-apiserver).
start_apiserver() {
  start kube-apiserver "$BIN_DIR/kube-apiserver" \
    --etcd-servers=http://127.0.0.1:2379 \
    --bind-address=0.0.0.0 --secure-port="$APISERVER_PORT" --advertise-address="$APISERVER_ADVERTISE" \
    --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
    --client-ca-file="$PKI/ca.crt" \
    --authorization-mode=Node,RBAC \
    --service-cluster-ip-range="$SERVICE_CIDR" \
    --service-account-issuer=https://kubernetes.default.svc.cluster.local \
    --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
    --kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
    --kubelet-preferred-address-types=InternalIP \
    --requestheader-client-ca-file="$PKI/front-proxy-ca.crt" --requestheader-allowed-names=front-proxy-client \
    --requestheader-username-headers=X-Remote-User --requestheader-group-headers=X-Remote-Group \
    --requestheader-extra-headers-prefix=X-Remote-Extra- \
    --proxy-client-cert-file="$PKI/front-proxy-client.crt" --proxy-client-key-file="$PKI/front-proxy-client.key" \
    --allow-privileged=true --profiling=false --v="${KUBEPLANE_V:-1}"
}


all_alive() { local c; for c in $COMPONENTS; do alive "$c" || return 1; done; }

cmd_up() {
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR.lock"
  flock -w 600 9 || die "another 'cluster.sh up' holds $STATE_DIR.lock"
  if all_alive && [ -f "$KUBECONFIG_PATH" ] && apiserver_ready && node_ready; then
    log "already up (kubeconfig: $KUBECONFIG_PATH)"
    return 0
  fi
  cmd_build
  local t0; t0="$(date +%s.%N)"
  stop_all
  rm -rf "$STATE_DIR/etcd" "$PKI" "$PID_DIR"
  mkdir -p "$LOG_DIR" "$PID_DIR" "$STATE_DIR/etcd"
  chmod 700 "$STATE_DIR/etcd"
  ensure_netns
  gen_certs
  write_kubeconfig "$KUBECONFIG_PATH" admin
  write_kubeconfig "$STATE_DIR/controller-manager.kubeconfig" controller-manager
  write_kubeconfig "$STATE_DIR/scheduler.kubeconfig" scheduler
  write_kubeconfig "$STATE_DIR/kwok.kubeconfig" kwok

  log "starting etcd"
  start etcd "$BIN_DIR/etcd" --name=kubeplane --data-dir="$STATE_DIR/etcd" \
    --listen-client-urls=http://127.0.0.1:2379 --advertise-client-urls=http://127.0.0.1:2379 \
    --listen-peer-urls=http://127.0.0.1:2380 --initial-advertise-peer-urls=http://127.0.0.1:2380 \
    --initial-cluster=kubeplane=http://127.0.0.1:2380 --initial-cluster-state=new \
    --unsafe-no-fsync=true --quota-backend-bytes=2147483648 --log-level=warn
  wait_for etcd 60 etcd_healthy

  log "starting kube-apiserver"
  start_apiserver
  wait_for kube-apiserver 180 apiserver_ready

  log "starting kube-controller-manager and kube-scheduler"
  start kube-controller-manager "$BIN_DIR/kube-controller-manager" \
    --kubeconfig="$STATE_DIR/controller-manager.kubeconfig" \
    --authentication-kubeconfig="$STATE_DIR/controller-manager.kubeconfig" \
    --authorization-kubeconfig="$STATE_DIR/controller-manager.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10257 --leader-elect=false \
    --use-service-account-credentials=true \
    --service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
    --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
    --service-cluster-ip-range="$SERVICE_CIDR" --profiling=false --v="${KUBEPLANE_V:-1}"
  start kube-scheduler "$BIN_DIR/kube-scheduler" \
    --kubeconfig="$STATE_DIR/scheduler.kubeconfig" \
    --authentication-kubeconfig="$STATE_DIR/scheduler.kubeconfig" \
    --authorization-kubeconfig="$STATE_DIR/scheduler.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10259 --leader-elect=false --profiling=false --v="${KUBEPLANE_V:-1}"

  log "installing kwok CRDs"
  local f
  for f in "$CACHE_DIR"/kwok/crd/*.yaml; do
    apply_yaml /apis/apiextensions.k8s.io/v1/customresourcedefinitions "$f"
  done
  wait_for "kwok CRDs" 60 crds_established

  log "starting kwok (node $NODE_NAME at $NODE_IP)"
  start kwok "$BIN_DIR/kwok" \
    --kubeconfig="$STATE_DIR/kwok.kubeconfig" --config="$CACHE_DIR/kwok/stages.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --node-ip="$NODE_IP" --node-name="$NODE_NAME" --node-port=10250 --server-address="$NODE_IP:10250" \
    --tls-cert-file="$PKI/kubelet-serving.crt" --tls-private-key-file="$PKI/kubelet-serving.key" \
    --cidr="$POD_CIDR_START" --node-lease-duration-seconds=40 \
    --enable-crds=PortForward,ClusterPortForward
  node_manifest >"$STATE_DIR/node.yaml"
  apply_yaml /api/v1/nodes "$STATE_DIR/node.yaml"

  wait_for "node $NODE_NAME Ready" 120 node_ready
  wait_for kube-controller-manager 120 https_healthz 10257
  wait_for kube-scheduler 120 https_healthz 10259
  wait_for "default service account" 60 default_sa
  local t1; t1="$(date +%s.%N)"
  printf '%s\n' "$(date -u +%FT%TZ)" >"$STATE_DIR/started"
  log "$(printf 'up in %.1f s: kube-apiserver %s, kwok %s, node %s Ready' "$(awk "BEGIN{print $t1-$t0}")" "$K8S_VERSION" "$KWOK_VERSION" "$NODE_NAME")"
  log "kubeconfig: $KUBECONFIG_PATH   logs: $LOG_DIR"
}

# Fault injection for the e2e tests: stop, start, pause or resume the apiserver while
# etcd, the controllers and kwok keep running (state and certificates are kept).
# stop-apiserver kills it outright (a crash; a graceful SIGTERM shutdown takes ~25 s).
cmd_stop_apiserver() {
  alive kube-apiserver || die "kube-apiserver is not running"
  kill -KILL "$(pid_of kube-apiserver)" 2>/dev/null || true
  local i
  for i in $(seq 100); do alive kube-apiserver || break; sleep 0.1; done
  alive kube-apiserver && die "kube-apiserver survived SIGKILL"
  rm -f "$PID_DIR/kube-apiserver.pid"
  log "kube-apiserver killed (etcd and the other components keep running)"
}

cmd_start_apiserver() {
  alive etcd || die "etcd is not running; use 'up' to start the whole cluster"
  alive kube-apiserver && die "kube-apiserver is already running"
  [ -f "$PKI/ca.crt" ] || die "no certificates in $PKI; use 'up' to start the whole cluster"
  rm -f "$PID_DIR/kube-apiserver.pid"
  start_apiserver
  wait_for kube-apiserver 180 apiserver_ready
  log "kube-apiserver started"
}

# pause/resume: SIGSTOP/SIGCONT, so connections are accepted but never answered.
cmd_pause_apiserver() {
  alive kube-apiserver || die "kube-apiserver is not running"
  kill -STOP "$(pid_of kube-apiserver)"
  log "kube-apiserver paused (SIGSTOP)"
}

cmd_resume_apiserver() {
  alive kube-apiserver || die "kube-apiserver is not running"
  kill -CONT "$(pid_of kube-apiserver)"
  wait_for kube-apiserver 60 apiserver_ready
  log "kube-apiserver resumed"
}

cmd_down() {
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR.lock"
  flock -w 120 9 || die "another cluster.sh holds $STATE_DIR.lock"
  stop_all
  if ip netns list 2>/dev/null | grep -qw "^$NETNS"; then
    local others; others="$(ip netns pids "$NETNS" 2>/dev/null | tr '\n' ' ')"
    [ -z "$others" ] || log "note: processes still in netns $NETNS (not ours, left alone): $others"
    ip netns del "$NETNS" || true
  fi
  rm -rf "$STATE_DIR/etcd" "$PKI" "$PID_DIR" "$STATE_DIR"/*.kubeconfig "$KUBECONFIG_PATH" "$STATE_DIR/started" "$STATE_DIR/node.yaml"
  log "down (logs kept in $LOG_DIR)"
}

cmd_status() {
  local c rc=0
  printf '%-24s %s\n' "netns" "$(ip netns list 2>/dev/null | grep -qw "^$NETNS" && echo "$NETNS" || echo "absent")"
  for c in $COMPONENTS; do
    if alive "$c"; then printf '%-24s running (pid %s)\n' "$c" "$(pid_of "$c")"
    else printf '%-24s stopped\n' "$c"; rc=1; fi
  done
  if [ "$rc" = 0 ]; then
    printf '%-24s %s\n' "/readyz" "$(apiserver_ready && echo ok || echo "not ready")"
    printf '%-24s %s\n' "node $NODE_NAME" "$(node_ready && echo Ready || echo "not ready")"
    printf '%-24s %s\n' "version" "$(api GET /version | tr -d ' \n' | sed -n 's/.*"gitVersion":"\([^"]*\)".*/\1/p')"
    printf '%-24s %s\n' "started" "$(cat "$STATE_DIR/started" 2>/dev/null)"
  fi
  printf '%-24s %s\n' "kubeconfig" "$KUBECONFIG_PATH" "logs" "$LOG_DIR" "binaries" "$BIN_DIR"
  return $rc
}

cmd_env() {
  printf 'export KUBECONFIG=%q\n' "$KUBECONFIG_PATH"
  printf 'export KUBEPLANE_NETNS=%q\n' "$NETNS"
  printf 'export KUBEPLANE_STATE_DIR=%q\n' "$STATE_DIR"
  printf '# run clients inside the namespace: ip netns exec %s CMD  (or: %s exec -- CMD)\n' "$NETNS" "$0"
}

cmd_exec() {
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || die "usage: cluster.sh exec -- CMD [ARGS...]"
  # Build (a no-op when cached) while the module proxy is still reachable, so that
  # an `up` from inside the namespace (the e2e fixture's) finds the binaries.
  in_netns || cmd_build
  ensure_netns
  export KUBECONFIG="$KUBECONFIG_PATH" KUBEPLANE_NETNS="$NETNS" KUBEPLANE_STATE_DIR="$STATE_DIR" KUBEPLANE_CLUSTER_SH="$HERE/cluster.sh"
  # Nothing inside the namespace can reach a registry; make cargo say so plainly
  # instead of timing out (build or fetch outside first: cargo test --no-run).
  export CARGO_NET_OFFLINE="${CARGO_NET_OFFLINE:-true}"
  if in_netns; then exec "$@"; fi
  exec ip netns exec "$NETNS" "$@"
}

# ----------------------------------------------------------------- main ----
usage() { sed -n '2,14s/^# \{0,1\}//p' "$0"; }

sub="${1:-}"; shift || true
case "$sub" in
  build) cmd_build "$@" ;;
  up) cmd_up "$@" ;;
  down) cmd_down "$@" ;;
  status) cmd_status "$@" ;;
  env) cmd_env "$@" ;;
  exec) cmd_exec "$@" ;;
  stop-apiserver) cmd_stop_apiserver "$@" ;;
  start-apiserver) cmd_start_apiserver "$@" ;;
  pause-apiserver) cmd_pause_apiserver "$@" ;;
  resume-apiserver) cmd_resume_apiserver "$@" ;;
  -h|--help|help|"") usage ;;
  *) die "unknown command '$sub' (try: build, up, down, status, env, exec, stop-apiserver, start-apiserver, pause-apiserver, resume-apiserver)" ;;
esac
