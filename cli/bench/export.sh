#!/usr/bin/env bash
# Measures exporting orders to CSV with `pocketsflow orders list --all`: rate and peak memory of the CLI process.
#
#   cli/bench/export.sh            # 100,000 orders
#   ORDERS=20000 cli/bench/export.sh
#
# A release build of the CLI fills its own fake server (`pocketsflow mock --extra-orders N`, a separate process),
# then exports the last tenth of the orders and all of them; the test prints one line per export.
set -euo pipefail
cd "$(dirname "$0")/../.."
POCKETSFLOW_BENCH_ORDERS="${ORDERS:-100000}" \
  cargo test --release -p pocketsflow-cli --test export_bench -- --ignored --nocapture --test-threads 1
