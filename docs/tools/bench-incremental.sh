#!/usr/bin/env bash
# Measures the sample partnership's builds with a cold JVM each time: a full build, a build with
# nothing changed, and a build after one evaluation's data changed (one agency's strengths text in
# MACE-1819-F1). Prints wall times and what each build rendered. Run from the checkout:
#   docs/tools/bench-incremental.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./qaf init --db "$work/qaf.db" >/dev/null

run() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  ./qaf build --db "$work/qaf.db" --out "$work/out" --quiet "$@"
  end=$(date +%s.%N)
  local built skipped
  built=$(grep -c '"status" : "built"' "$work/out/build-report.json" || true)
  skipped=$(grep -c '"status" : "skipped"' "$work/out/build-report.json" || true)
  printf '%-28s %6.2f s wall  %4d documents rendered, %4d kept\n' "$label" "$(echo "$end - $start" | bc)" \
    "$built" "$skipped"
}

run "full build (--full)" --full
run "nothing changed"
mkdir -p "$work/change"
cp sample-data/agencies.csv "$work/change/"
{ head -1 sample-data/agency_evaluations.csv
  sed -n 2p sample-data/agency_evaluations.csv | sed 's/Records are clear,/Records are clear and timely,/'
} > "$work/change/agency_evaluations.csv"
./qaf ingest "$work/change" --db "$work/qaf.db" >/dev/null
run "one evaluation changed"
echo "rendered after the change:"
grep -B1 '"status" : "built"' "$work/out/build-report.json" | grep '"name"' | sed 's/.*"name" : "\(.*\)",/  \1/'
