#!/usr/bin/env bash
# Whole-process comparison of sailctl against istioctl 1.30.3 (never run in CI).
#
#   benches/compare.sh                 build both, run the comparisons, write benches/RESULTS.md
#   ISTIOCTL=/path/to/istioctl benches/compare.sh   use an istioctl you already have
#
# The reference is built from the Go module proxy at Istio 1.30.3's commit
# (56df41f63e51, pseudo-version below) with the release ldflags, cached outside the repo.
# Note: on the project's machines the proxy answers 403 "not available" for that
# version, so the reference must be supplied with ISTIOCTL=… there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared/istio-1.30"
ver=1.30.3
pseudo=v0.0.0-20260713165634-56df41f63e51
cache="${XDG_CACHE_HOME:-$HOME/.cache}/sailctl/istioctl/$ver"

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
python3 -c "import yaml" 2>/dev/null || pip install -q pyyaml

if [ -z "${ISTIOCTL:-}" ]; then
  ISTIOCTL="$cache/istioctl"
  if [ ! -x "$ISTIOCTL" ]; then
    mkdir -p "$cache"
    pkg=istio.io/istio/pkg/version
    GOBIN="$cache" CGO_ENABLED=0 go install -trimpath \
      -ldflags "-s -w -X $pkg.buildVersion=$ver -X $pkg.buildTag=$ver -X $pkg.buildHub=docker.io/istio -X $pkg.buildStatus=Clean" \
      "istio.io/istio/istioctl/cmd/istioctl@$pseudo" || {
        echo "compare.sh: cannot build istioctl $ver from the module proxy; pass ISTIOCTL=/path/to/istioctl-$ver" >&2
        exit 1
      }
  fi
fi
cargo build --release --locked
sailctl="$root/target/release/sailctl"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bookinfo="$shared/samples/bookinfo/platform/kube/bookinfo.yaml"
net="$shared/samples/bookinfo/networking"

# The same injection config for both tools: sailctl renders it, both read the files.
"$sailctl" manifest generate --set profile=default > "$work/default.yaml"
python3 - "$work" <<'PY'
import sys, yaml, os
w = sys.argv[1]
for d in yaml.safe_load_all(open(os.path.join(w, "default.yaml"))):
    if d and d.get("kind") == "ConfigMap" and d["metadata"]["name"] == "istio-sidecar-injector":
        open(os.path.join(w, "inject-config.yaml"), "w").write(d["data"]["config"])
        open(os.path.join(w, "inject-values.yaml"), "w").write(d["data"]["values"])
    if d and d.get("kind") == "ConfigMap" and d["metadata"]["name"] == "istio":
        open(os.path.join(w, "mesh.yaml"), "w").write(d["data"]["mesh"])
PY
inj="--injectConfigFile $work/inject-config.yaml --valuesFile $work/inject-values.yaml --meshConfigFile $work/mesh.yaml"

declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "version --remote=false" "version --remote=false"
add "manifest generate demo" "manifest generate --set profile=demo"
add "kube-inject bookinfo" "kube-inject -f $bookinfo $inj"
add "analyze bookinfo (offline)" "analyze --use-kube=false -A $bookinfo $net"

out="$root/benches/RESULTS.md"
{
  echo "# sailctl vs istioctl $ver"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB. Medians of hyperfine runs (10+ after warm-up, tools alternated); peak RSS from /usr/bin/time -v."
  echo
  echo "| command | istioctl | sailctl | ratio | istioctl RSS | sailctl RSS |"
  echo "|---|---|---|---|---|---|"
} > "$out"
for i in "${!names[@]}"; do
  c=${cmds[$i]}
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/h.json" "$ISTIOCTL $c" "$sailctl $c" >/dev/null 2>&1 || true
  read -r ti ts < <(python3 -c "import json;r=json.load(open('$work/h.json'))['results'];print(r[0]['median'],r[1]['median'])")
  ri=$( { /usr/bin/time -v $ISTIOCTL $c >/dev/null 2>/dev/null; } 2>&1 | awk -F: '/Maximum resident/{print $2}')
  rs=$( { /usr/bin/time -v $sailctl $c >/dev/null 2>/dev/null; } 2>&1 | awk -F: '/Maximum resident/{print $2}')
  python3 -c "print('| ${names[$i]} | %.1f ms | %.1f ms | %.1f× | %d MB | %d MB |' % ($ti*1e3, $ts*1e3, $ti/$ts, int('$ri' or 0)//1024, int('$rs' or 0)//1024))" >> "$out"
done
cat "$out"
