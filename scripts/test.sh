#!/usr/bin/env bash
# The whole test suite, on a fresh machine: `bash scripts/test.sh` (README: "The two commands").
#
# 1. Provisions what the suite needs and the Rust toolchain does not bring:
#    - Debian's `chromium`, for the browser test of the hosted checkout (tests/checkout_browser.rs);
#    - Debian's `redis-server`, which tests/shared_state.rs starts on 127.0.0.1 for the shared replay memory and
#      rate limit (installed for its binary; the package's own service is stopped and disabled);
#    - the dependencies of the host applications that tests/host_apps.rs builds offline (tests/hosts/*).
#    Each is installed only when missing. When something cannot be installed (no apt-get, not root and no
#    sudo), it says what and how, and stops before running anything.
# 2. Runs `cargo test --offline --workspace --all-features --no-fail-fast` in a network namespace with only the
#    loopback interface: every test binary runs even after one fails, the command fails if any test did, and
#    nothing can leave 127.0.0.1. Extra arguments are passed to cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }
# --- Debian packages -------------------------------------------------------------------------------------
packages=()
if [ ! -x "${POCKETSFLOW_CHROMIUM:-/usr/bin/chromium}" ]; then packages+=(chromium); fi
if ! command -v redis-server >/dev/null 2>&1; then packages+=(redis-server); fi
if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if ! command -v apt-get >/dev/null 2>&1 || [ "$sudo" = none ]; then
    echo "The suite needs: ${packages[*]}. Install them (Debian/Ubuntu: apt-get install -y ${packages[*]}) and run" >&2
    echo "this command again; for Chromium elsewhere, POCKETSFLOW_CHROMIUM=/path/to/chrome." >&2
    exit 2
  fi
  say "installing ${packages[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # The tests start their own redis-server on free ports; the package's service on 6379 is not needed.
  if [[ " ${packages[*]} " == *" redis-server "* ]]; then
    ($sudo systemctl disable --now redis-server || $sudo service redis-server stop || true) >/dev/null 2>&1
  fi
fi

# --- Dependencies of the host applications (built offline by tests/host_apps.rs) ---------------------------
for host in tests/hosts/*/; do
  # Seeded with the workspace's versions, so the applications build what the suite builds anyway.
  [ -f "$host/Cargo.lock" ] || cp Cargo.lock "$host/Cargo.lock"
  cargo fetch --quiet --manifest-path "$host/Cargo.toml"
done

# The workspace's own crates, so that the tests below run offline.
cargo fetch --quiet

# --- The suite, where nothing can leave 127.0.0.1 -----------------------------------------------------------
# In a network namespace of its own with only the loopback interface up (root, or unprivileged user
# namespaces), the suite cannot reach anything but 127.0.0.1: "nothing leaves 127.0.0.1" is enforced, not hoped.
# CI always runs it so; elsewhere, where no namespace can be made, it says so and runs without one.
test=(cargo test --offline --workspace --all-features --no-fail-fast "$@")
isolate=()
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
  isolate=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  isolate=(unshare -rn)
fi
if [ "${#isolate[@]}" -gt 0 ]; then
  say "${test[*]}   (in a network namespace with only 127.0.0.1)"
  # The suite's own check of the isolation (tests/test_command.rs) knows it runs inside one.
  export POCKETSFLOW_NETWORK_ISOLATED=1
  exec "${isolate[@]}" -- bash -c 'ip link set lo up 2>/dev/null || true; exec "$@"' _ "${test[@]}"
fi
if [ "${CI:-}" = true ]; then
  echo "CI=true: the suite must run without a network (unshare -n), and no network namespace can be made here" >&2
  exit 2
fi
say "${test[*]}   (no network namespace can be made here: running with the machine's network)"
exec "${test[@]}"
