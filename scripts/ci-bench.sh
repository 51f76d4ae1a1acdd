#!/usr/bin/env bash
# Run by .ci/run: the benchmark with the budgets CI can hold (sizes and ratios; see scripts/bench.mjs).
# Fewer render rounds than a local run keep CI quick; a ratio over budget is measured again once.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_ROUNDS="${BENCH_ROUNDS:-9}" node scripts/bench.mjs --ci
