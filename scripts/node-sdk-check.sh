#!/usr/bin/env bash
# The official Node SDK's documented calls, validated against openapi.yaml: scripts/node-sdk-calls.mjs runs them
# against the fake server in strict mode (every request checked against the spec, fields it does not name
# refused too) and fails on any violation or unexpected answer.
#
# The Node SDK (pocketsflow 1.2.1 from npm, MIT) is unpacked into a temporary directory and removed afterwards:
# none of its code enters the repository.
#
# Usage: scripts/node-sdk-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_SDK_VERSION=1.2.1
work="$(mktemp -d "${TMPDIR:-/tmp}/pocketsflow-node-sdk.XXXXXX")"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "pocketsflow@$NODE_SDK_VERSION" >/dev/null && tar xzf "pocketsflow-$NODE_SDK_VERSION.tgz")
cargo build --quiet --features mock --bin pocketsflow-mock
node scripts/node-sdk-calls.mjs "$work/package" "${CARGO_TARGET_DIR:-target}/debug/pocketsflow-mock"
