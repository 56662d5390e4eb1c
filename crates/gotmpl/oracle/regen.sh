#!/bin/sh
# Regenerate the gotmpl corpus and its goldens with Go's text/template, Sprig and Helm.
# Usage: crates/gotmpl/oracle/regen.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$here/../tests/corpus" && pwd)
bin="${TMPDIR:-/tmp}/gotmpl-oracle"
(cd "$here" && go build -o "$bin" .)
"$bin" mkbench "$corpus/bench" "$corpus/charts"
"$bin" gen "$corpus/spec" "$corpus/cases"
# deterministic environment for env/expandenv and dates
TZ=UTC LANG=C "$bin" regen "$corpus/cases" "$corpus/charts"
