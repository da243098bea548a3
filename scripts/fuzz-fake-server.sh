#!/usr/bin/env bash
# The fake server against its own openapi.yaml, property-based: Schemathesis (pinned, from PyPI, in a virtual
# environment outside the repository) runs every check and every phase (examples, coverage, fuzzing, stateful)
# against `pocketsflow-mock`, once with the demo seed and once with the empty one; after each API run, the same
# against the fake's control plane (src/mock/control.yaml, the /__mock operations), each run with its own
# report. It passes when every failure Schemathesis reports is of a kind listed, with the reason a schema cannot
# say it, in scripts/fuzz-allowlist.toml (scripts/fuzz_check.py reads the reports, which name the control plane's
# operations by method and path like the API's: `POST /__mock/faults`); anything else fails, and so does a run
# that tested nothing.
#
# Usage: scripts/fuzz-fake-server.sh
# Environment:
#   MAX_EXAMPLES   test cases per operation and phase (default 25: about a minute per seed on 2 cores, and
#                  less for its control plane's dozen operations)
#   FUZZ_SEED      Schemathesis' random seed (default 20261125: the same cases on every run; change it to
#                  explore, `FUZZ_SEED=$RANDOM scripts/fuzz-fake-server.sh`)
#   WORKERS        concurrent Schemathesis workers (default 2)
#   PF_SCHEMATHESIS_VENV  where the virtual environment lives (default $TMPDIR/pocketsflow-schemathesis-<version>)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

SCHEMATHESIS_VERSION=4.32.5
MAX_EXAMPLES="${MAX_EXAMPLES:-25}"
FUZZ_SEED="${FUZZ_SEED:-20261125}"
WORKERS="${WORKERS:-2}"
venv="${PF_SCHEMATHESIS_VENV:-${TMPDIR:-/tmp}/pocketsflow-schemathesis-$SCHEMATHESIS_VERSION}"

if [ ! -x "$venv/bin/schemathesis" ] || ! "$venv/bin/schemathesis" --version | grep -q "$SCHEMATHESIS_VERSION"; then
  echo "installing schemathesis==$SCHEMATHESIS_VERSION into $venv"
  if ! python3 -m venv "$venv"; then
    # A Debian python3 without ensurepip: its venv package first (CI is root).
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >/dev/null && apt-get install -y python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build --quiet --features mock --bin pocketsflow-mock
mock="${CARGO_TARGET_DIR:-target}/debug/pocketsflow-mock"

work="$(mktemp -d "${TMPDIR:-/tmp}/pocketsflow-fuzz.XXXXXX")"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

reports=()
# Schemathesis with every check and phase: run NAME, against SPEC, on the fake at PORT; its report is
# $work/NAME.ndjson, added to `reports` as NAME=PATH for fuzz_check.py.
fuzz() {
  local name="$1" spec="$2" port="$3"
  echo "==> $name: schemathesis $SCHEMATHESIS_VERSION, $(basename "$spec"), against http://127.0.0.1:$port (max $MAX_EXAMPLES examples, seed $FUZZ_SEED)"
  local run_started=$SECONDS
  # Its exit status says whether it found failures; fuzz_check.py decides which of them are allowed. An allowed
  # failure must not end the exploration of its operation: --continue-on-failure.
  # Run from the scratch directory: Schemathesis keeps a cache (.schemathesis/) where it runs.
  (cd "$work" && "$venv/bin/schemathesis" run "$spec" \
    --url "http://127.0.0.1:$port" \
    --header "Authorization: Bearer pk_test_schemathesis_0123456789" \
    --checks all \
    --continue-on-failure \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "$MAX_EXAMPLES" \
    --seed "$FUZZ_SEED" \
    --workers "${4:-$WORKERS}" \
    --generation-database none \
    --request-timeout 10 \
    --no-color \
    --report ndjson --report-ndjson-path "$work/$name.ndjson" \
    >"$work/$name.out" 2>&1) || true
  echo "    $((SECONDS - run_started)) s"
  tail -n 25 "$work/$name.out" | sed 's/^/    /'
  reports+=("$name=$work/$name.ndjson")
}

started=$SECONDS
for seed in demo empty; do
  "$mock" --port 0 --port-file "$work/$seed.port" --seed "$seed" >"$work/$seed.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    [ -s "$work/$seed.port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$seed.log"; echo "pocketsflow-mock exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -s "$work/$seed.port" ] || { echo "pocketsflow-mock did not start in 30 s" >&2; exit 1; }
  port="$(cat "$work/$seed.port")"
  # The API first, then the control plane: the control plane's faults, resets and fixtures would disturb the API's
  # run, and they do not apply to the control plane itself.
  fuzz "$seed" "$repo/openapi.yaml" "$port"
  # One worker: the control document is small (seconds), and Schemathesis' coverage phase on CPython 3.11 can
  # fail with "AST constructor recursion depth mismatch" when two workers parse at once.
  fuzz "$seed-control" "$repo/src/mock/control.yaml" "$port" 1
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
done

"$venv/bin/python" scripts/fuzz_check.py scripts/fuzz-allowlist.toml "${reports[@]}"
echo "fuzz: $((SECONDS - started)) s in all"
