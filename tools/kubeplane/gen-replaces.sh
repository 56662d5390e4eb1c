#!/usr/bin/env bash
# Regenerate the require/replace lines of tools/kubeplane/go.mod from the go.mod
# that k8s.io/kubernetes itself publishes for the pinned release.
#
# k8s.io/kubernetes lists its staging modules (k8s.io/api, k8s.io/client-go, ...)
# as "v0.0.0" and replaces them with ./staging/src paths, which do not exist for a
# module consumer. Every staging module is also published on its own, tagged
# v0.MINOR.PATCH for kubernetes v1.MINOR.PATCH, so we point each one at that tag.
# The etcd server module is pinned to the version Kubernetes itself uses.
#
# Usage: gen-replaces.sh [--check] [K8S_VERSION]   (default version: from versions.env)
#   --check  change nothing; exit 1 if go.mod differs from what would be generated
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
. "$here/versions.env"
check=false
if [ "${1:-}" = "--check" ]; then check=true; shift; fi
k8s="${1:-$K8S_VERSION}"
case "$k8s" in
  v1.*.*) ;;
  *) echo "gen-replaces: expected a version like v1.36.1, got '$k8s'" >&2; exit 2 ;;
esac
staging="v0.${k8s#v1.}"

cd "$here"
target="$here/go.mod"
if $check; then
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  cp "$here/go.mod" "$tmp/go.mod"
  target="$tmp/go.mod"
fi
gomod="$(go mod download -json "k8s.io/kubernetes@$k8s" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')"
[ -f "$gomod" ] || { echo "gen-replaces: could not locate go.mod of k8s.io/kubernetes@$k8s" >&2; exit 1; }

# Staging modules: every "k8s.io/NAME => ./staging/src/k8s.io/NAME" line.
mapfile -t mods < <(sed -n 's#^[[:space:]]*\(k8s\.io/[^[:space:]]*\)[[:space:]]*=>[[:space:]]*\./staging/src/.*#\1#p' "$gomod" | sort -u)
[ "${#mods[@]}" -gt 10 ] || { echo "gen-replaces: found only ${#mods[@]} staging modules in $gomod" >&2; exit 1; }

# The etcd server version that kubernetes requires (listed as indirect there).
etcd="$(awk '$1=="go.etcd.io/etcd/server/v3"{print $2; exit}' "$gomod")"
[ -n "$etcd" ] || { echo "gen-replaces: go.etcd.io/etcd/server/v3 not found in $gomod" >&2; exit 1; }

# Drop every old replace, then add the fresh set.
for old in $(go mod edit -json "$target" | sed -n 's/^[[:space:]]*"Path": "\(k8s\.io\/[^"]*\)".*/\1/p' | sort -u); do
  go mod edit -dropreplace="$old" "$target" 2>/dev/null || true
done
args=(-require="k8s.io/kubernetes@$k8s" -require="go.etcd.io/etcd/server/v3@$etcd")
for m in "${mods[@]}"; do
  args+=(-replace="$m=$m@$staging")
done
go mod edit "${args[@]}" "$target"
if $check; then
  if diff -u "$here/go.mod" "$target" >&2; then
    echo "gen-replaces: go.mod is up to date with k8s.io/kubernetes $k8s" >&2; exit 0
  fi
  echo "gen-replaces: go.mod differs from the generated one; run tools/kubeplane/gen-replaces.sh && go mod tidy" >&2
  exit 1
fi
echo "gen-replaces: k8s.io/kubernetes $k8s, ${#mods[@]} staging modules -> $staging, etcd server $etcd" >&2
