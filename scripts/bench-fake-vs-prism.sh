#!/usr/bin/env bash
# The fake server's page cost as it fills (1,000, 10,000 and 100,000 orders) and its lead over Prism (the usual
# spec-driven mock, serving the same openapi.yaml) on a small answer, in one run: benches/fake_pages.rs with
# PRISM_URL set. Prism is installed from npm into a temporary directory, never into the repository.
#
# Usage: scripts/bench-fake-vs-prism.sh [--quick]
#   --quick   the bench's quick mode (stores of 100 and 1,000, 200 ms per workload): proves the machinery only.
set -euo pipefail
cd "$(dirname "$0")/.."
PRISM_VERSION=5.16.0
work="$(mktemp -d "${TMPDIR:-/tmp}/pocketsflow-prism.XXXXXX")"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
echo "installing @stoplight/prism-cli@$PRISM_VERSION into $work"
npm install --prefix "$work" --silent --no-audit --no-fund "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$work/node_modules/.bin/prism" mock openapi.yaml --host 127.0.0.1 --port "$port" >"$work/prism.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if curl -s -o /dev/null -H "Authorization: Bearer pk_test_prism" "http://127.0.0.1:$port/users/me"; then break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$work/prism.log"; echo "prism exited" >&2; exit 1; }
  sleep 0.1
done
echo "prism $PRISM_VERSION on 127.0.0.1:$port; $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD)"
if [ "${1:-}" = "--quick" ]; then
  PRISM_URL="http://127.0.0.1:$port" cargo test --release --bench fake_pages --features mock
else
  PRISM_URL="http://127.0.0.1:$port" cargo bench --bench fake_pages --features mock
fi
