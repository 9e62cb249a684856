#!/usr/bin/env bash
# One-shot CLI speed (issue 15): packs the cchc tool from this checkout, installs it into a private tool path
# like a user would, then times `cchc render` of the PAR example from process start to exit (the .docx is
# written before exit) RUNS times (default 20) after one untimed warm-up run, and prints the median.
# `cchc --version` is timed the same way as the floor (runtime start, no rendering).
#
#   bash benchmarks/oneshot.sh            # RUNS=20
#   RUNS=5 bash benchmarks/oneshot.sh
#   CCHC_TOOL=/path/to/cchc bash benchmarks/oneshot.sh   # time an installed tool instead of packing one
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/cchc-oneshot-XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -n "${CCHC_TOOL:-}" ]]; then
  cchc=$CCHC_TOOL
else
  echo "packing and installing the tool (Release) ..." >&2
  dotnet pack "$root/src/CcHc.Docs.Cli" -c Release -o "$work/feed" \
    -p:EnableSourceLink=false -p:EnableSourceControlManagerQueries=false >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log" >&2; exit 1; }
  version=$(ls "$work/feed" | sed -n 's/^CcHc\.Docs\.Cli\.\([0-9][^/]*\)\.nupkg$/\1/p' | head -n 1)
  # A private package folder, so an earlier package of the same version is never installed instead.
  NUGET_PACKAGES="$work/packages" dotnet tool install CcHc.Docs.Cli --version "$version" \
    --tool-path "$work/tools" --add-source "$work/feed" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; exit 1; }
  cchc="$work/tools/cchc"
fi

plan="$work/ke-hoach.yaml"
cp "$root/examples/plans/vinh-phong-par-sipas-papi-2026.yaml" "$plan"

# "wall_ms cpu_ms" of one run of "$@": wall from fork to exit, CPU = user + system time of the process tree.
# On a shared machine wall time swings with the load; CPU time much less, so both are printed.
time_ms() {
  local TIMEFORMAT='%3R %3U %3S' line
  line=$({ time "$@" >/dev/null 2>&1; } 2>&1)
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$line"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

measure() {
  local label=$1; shift
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@"; exit 1; }   # warm-up, untimed (disk cache)
  local wall=() cpu=() w c
  for ((i = 0; i < runs; i++)); do
    rm -f "$work/ke-hoach.docx"
    read -r w c <<<"$(time_ms "$@")"
    wall+=("$w"); cpu+=("$c")
  done
  local sorted
  sorted=$(printf '%s\n' "${wall[@]}" | sort -n)
  printf '%-20s wall median %5s ms (min %5s, max %5s)   CPU median %5s ms   (%s runs)\n' "$label" \
    "$(printf '%s\n' "${wall[@]}" | median)" "$(head -n 1 <<<"$sorted")" "$(tail -n 1 <<<"$sorted")" \
    "$(printf '%s\n' "${cpu[@]}" | median)" "$runs"
}

measure "cchc --version" "$cchc" --version
measure "cchc render (PAR)" "$cchc" render "$plan" -o "$work/ke-hoach.docx"
test -s "$work/ke-hoach.docx" || { echo "no document was written" >&2; exit 1; }
echo "tool: $cchc ($(nproc) cores, $(uptime | sed 's/.*load average: /load /'))"
