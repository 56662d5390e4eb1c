#!/bin/sh
# Regenerate the gotmpl corpus and its goldens with Go's text/template, Sprig and Helm.
# Usage: tools/gotmpl-oracle/regen.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin="${TMPDIR:-/tmp}/gotmpl-oracle"
(cd "$here" && go build -o "$bin" .)
"$bin" mkbench "$repo/tests/gotmpl/bench" "$repo/tests/gotmpl/charts"
"$bin" gen "$repo/tests/gotmpl/spec" "$repo/tests/gotmpl/cases"
# deterministic environment for env/expandenv and dates
TZ=UTC LANG=C "$bin" regen "$repo/tests/gotmpl/cases" "$repo/tests/gotmpl/charts"
