#!/usr/bin/env bash
# Side by side, in one run on one machine: docxtemplater (shared/peer-bench) and CcHc.Docs's Word template row
# loop (WordTemplateRowBenchmarks) on the same appendix rows, 1,000 / 10,000 / 100,000. For docs/performance.md.
# Run it on a quiet machine; it takes several minutes. Usage: benchmarks/peer/run-word-template-bench.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
peers="${PEER_BENCH:-$repo/../shared/peer-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The peer: copied out of the read-only shared folder, its npm packages installed in the copy.
cp -r "$peers" "$work/peer-bench"
cd "$work/peer-bench"
npm install --no-audit --no-fund >/dev/null
node build-template.js
mkdir -p out
: > results.jsonl
for rows in 1000 10000 100000; do
  runs=$([ "$rows" -ge 100000 ] && echo 1 || echo 5)
  if node --expose-gc bench.js docxtemplater "$rows" 1 "$runs" "out/docxtemplater-$rows.docx" 600000 >> results.jsonl; then
    node verify.js "out/docxtemplater-$rows.docx" "$rows" >&2 || echo "VERIFY FAILED docxtemplater $rows" >&2
  else
    echo "{\"peer\":\"docxtemplater\",\"rows\":$rows,\"failed\":true}" >> results.jsonl
  fi
done
echo "== docxtemplater (node $(node --version))"
cat results.jsonl

# Ours: the same rows (PeerRows ports data.js's generator; check one dump matches), through BenchmarkDotNet.
node data.js --dump 3 > "$work/rows-3.json"
echo "== rows-3.json from data.js (PeerRows.Model(3) must print the same):"
cat "$work/rows-3.json"; echo
cd "$repo"
dotnet run -c Release --project benchmarks/CcHc.Docs.Benchmarks -- --filter '*WordTemplateRowBenchmarks*' --memory
