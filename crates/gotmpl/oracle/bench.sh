#!/bin/sh
# Compare per-render cost of sailctl's gotmpl (criterion bench) and Go (oracle bench)
# on the same inputs: the injection template over 200 data variations and the
# 40-template chart. Runs each side alternately three times and keeps the best.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
crate=$(cd "$here/.." && pwd)
bin="${TMPDIR:-/tmp}/gotmpl-oracle"
(cd "$here" && go build -o "$bin" .)
cd "$crate"
cargo bench -p gotmpl --bench gotmpl --no-run >/dev/null 2>&1
# the workspace's target dir is at the repository root
rb=$(ls -t "${CARGO_TARGET_DIR:-$crate/../../target}"/release/deps/gotmpl-* | grep -v '\.d$' | head -1)
best() { sort -g | head -1; }
ri=""; rc=""; gi=""; gc=""
for _ in 1 2 3; do
  ri="$ri $("$rb" --bench inject --warm-up-time 1 --measurement-time 3 2>/dev/null | awk '/time:/{print $4; exit}')"
  rc="$rc $("$rb" --bench chart_40 --warm-up-time 1 --measurement-time 3 2>/dev/null | awk '/time:/{print $4; exit}')"
  out=$("$bin" bench ../../manifests/charts/istio-control/istio-discovery/files/injection-template.yaml tests/corpus/bench/data tests/corpus/charts/bench40 10)
  gi="$gi $(echo "$out" | awk '/^inject/{print $4}')"
  gc="$gc $(echo "$out" | awk '/^chart/{print $4}')"
done
# criterion prints ms for the 200-render batch and ms per chart render
ri=$(echo $ri | tr ' ' '\n' | best); rc=$(echo $rc | tr ' ' '\n' | best)
gi=$(echo $gi | tr ' ' '\n' | best); gc=$(echo $gc | tr ' ' '\n' | best)
awk -v ri="$ri" -v rc="$rc" -v gi="$gi" -v gc="$gc" 'BEGIN {
  rin = ri * 1e6 / 200; rcn = rc * 1e6;
  printf "inject  rust %8.0f ns/render  go %8.0f ns/render  ratio %.1fx\n", rin, gi, gi / rin;
  printf "chart40 rust %8.0f ns/render  go %8.0f ns/render  ratio %.1fx\n", rcn, gc, gc / rcn;
}'
