#!/usr/bin/env bash
# What the SDK costs, each measured as a ratio of interleaved runs within this one invocation:
#
#   overhead  per-call CPU of the SDK against bare reqwest 0.13 with identical settings decoding into the same
#             types, on a small answer and a 42 KB page, sequential and 64 in flight:
#             - instructions per call (callgrind: two runs with different call counts, the difference divided
#               by the difference of calls, so that start-up and connection set-up cancel out);
#             - throughput and CPU time per call, both clients interleaved round by round, pinned to one CPU.
#   node      the SDK against the official Node SDK 1.2.1 (installed into a temporary directory, never into the
#             repository) on the same workloads: calls per second, CPU per call, peak memory; interleaved.
#   build     CPU time (user + sys) of a clean debug build (`cargo build`, fresh target directory) of a
#             hello-world calling `users().me()` on the SDK; the same program on bare reqwest with reqwest's
#             default features (the SDK's default TLS stack); and the floor of the SDK's design: that bare
#             reqwest program plus a minimal `build.rs` that runs progenitor on openapi.yaml (parsed with the
#             same YAML parser) on every build, as the SDK's does. Interleaved, temporary crates outside the
#             repository.
#
# Every workload runs against one fixed-answer multi-threaded server on 127.0.0.1 (`benches/overhead.rs serve`),
# pinned to the last CPU while the clients are pinned to the first.
#
# Usage: scripts/bench-cost.sh [--quick] [overhead] [node] [build]      (no section given: all three)
#   --quick   seconds, not minutes: the debug build `cargo test --benches` already made, few calls, one round,
#             no clean builds. It proves the machinery works (CI runs it); its numbers mean nothing.
# Environment: ROUNDS (interleaved rounds), MS (milliseconds per run), BUILD_ROUNDS, WORK (scratch directory).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

quick=false
sections=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    overhead | node | build) sections+=("$arg") ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "unknown argument: $arg (see --help)" >&2
      exit 2
      ;;
  esac
done
[ ${#sections[@]} -eq 0 ] && sections=(overhead node build)
wants() { [[ " ${sections[*]} " == *" $1 "* ]]; }

if $quick; then
  ROUNDS=${ROUNDS:-1} MS=${MS:-200}
else
  ROUNDS=${ROUNDS:-10} MS=${MS:-1000}
fi
BUILD_ROUNDS=${BUILD_ROUNDS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/pocketsflow-bench-cost}
mkdir -p "$WORK"
scratch=$(mktemp -d "$WORK/run.XXXXXX")

server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }

# Pinning: the server on the last CPU, clients on the first (nothing when there is one CPU or no taskset).
cpus=$(nproc)
if [ "$cpus" -ge 2 ] && command -v taskset >/dev/null; then
  client_cpu=(taskset -c 0)
  server_cpu=(taskset -c $((cpus - 1)))
else
  client_cpu=()
  server_cpu=()
fi

# field NAME LINE: the value of NAME=... in a result line.
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
# median of the numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

step "machine"
echo "nproc: $cpus"
lscpu 2>/dev/null | grep -E '^(Model name|Thread\(s\) per core|Core\(s\) per socket|Hypervisor vendor)' || true
rustc --version
if $quick; then echo "mode: quick (debug build; the numbers mean nothing)"; fi

# The benchmark binary: it is the fixed-answer server, and the Rust clients.
exe_of() { sed -n 's/.*Executable benches\/overhead.rs (\(.*\))$/\1/p'; }
if $quick; then
  exe=$(cargo test --bench overhead --all-features --no-run 2>&1 | tee "$scratch/build.log" | exe_of)
else
  exe=$(cargo bench --bench overhead --all-features --no-run 2>&1 | tee "$scratch/build.log" | exe_of)
fi
if [ -z "$exe" ] || [ ! -x "$exe" ]; then
  cat "$scratch/build.log" >&2
  echo "cannot find the benches/overhead.rs executable" >&2
  exit 1
fi
exe=$(realpath "$exe")

"${server_cpu[@]}" "$exe" serve >"$scratch/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  url=$(head -n1 "$scratch/server.out" 2>/dev/null || true)
  [[ "$url" == http://* ]] && break
  sleep 0.1
done
[[ "$url" == http://* ]] || { echo "the fixed-answer server did not start" >&2; exit 1; }
echo "fixed-answer server: $url (pid $server_pid, ${server_cpu[*]:-not pinned})"

workloads=("small 1" "page 1" "small 64" "page 64")
label() { if [ "$2" = 1 ]; then echo "$1/sequential"; else echo "$1/$2-in-flight"; fi; }
summary=()

# ---------------------------------------------------------------------------------------------------------------
if wants overhead; then
  step "overhead: instructions per call (callgrind), SDK vs bare reqwest"
  if command -v valgrind >/dev/null; then
    printf '%-22s %14s %14s %8s\n' workload sdk reqwest ratio
    for w in "${workloads[@]}"; do
      read -r answer inflight <<<"$w"
      if $quick; then
        n1=$((inflight * 2)) n2=$((inflight * 4))
      elif [ "$inflight" = 1 ]; then
        n1=200 n2=1200
      else
        n1=256 n2=1280
      fi
      declare -A per_call=()
      for client in sdk reqwest; do
        totals=()
        for n in $n1 $n2; do
          out="$scratch/callgrind.$client.$answer.$inflight.$n"
          "${client_cpu[@]}" valgrind --tool=callgrind --callgrind-out-file="$out" \
            "$exe" run --url "$url" --client "$client" --answer "$answer" --inflight "$inflight" --calls "$n" \
            >/dev/null 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
          totals+=("$(sed -n 's/^totals: *//p' "$out" | awk '{ print $1 }')")
        done
        per_call[$client]=$(awk -v a="${totals[0]}" -v b="${totals[1]}" -v n="$((n2 - n1))" 'BEGIN { printf "%.0f", (b - a) / n }')
      done
      r=$(ratio "${per_call[sdk]}" "${per_call[reqwest]}")
      printf '%-22s %14s %14s %8s\n' "$(label "$answer" "$inflight")" "${per_call[sdk]}" "${per_call[reqwest]}" "$r"
      summary+=("instructions/call $(label "$answer" "$inflight"): sdk/reqwest = $r")
      unset per_call
    done
  else
    echo "valgrind is not installed: instructions per call skipped"
  fi

  step "overhead: pinned, interleaved throughput and CPU per call ($ROUNDS rounds of $MS ms per client)"
  "${client_cpu[@]}" "$exe" compare --url "$url" --rounds "$ROUNDS" --ms "$MS" | tee "$scratch/compare.out"
  while read -r name _ _ _ _ thru cpu; do
    summary+=("pinned $name: throughput sdk/reqwest = $thru, CPU per call sdk/reqwest = $cpu")
  done < <(grep -v -e '^#' -e '^workload' "$scratch/compare.out")
fi

# ---------------------------------------------------------------------------------------------------------------
if wants node; then
  step "node: the SDK vs the official Node SDK 1.2.1 ($ROUNDS interleaved rounds of $MS ms)"
  node_dir="$WORK/node-sdk"
  if [ ! -f "$node_dir/node_modules/pocketsflow/package.json" ]; then
    npm install --prefix "$node_dir" --no-audit --no-fund --no-save --loglevel=error pocketsflow@1.2.1 >/dev/null
  fi
  node_sdk="$node_dir/node_modules/pocketsflow"
  node_version=$(node -p 'process.version')
  echo "node $node_version, pocketsflow $(node -p "require('$node_sdk/package.json').version")"
  printf '%-22s %11s %11s %10s %10s %9s %9s %8s %8s %8s\n' workload "rust c/s" "node c/s" "rust ns" "node ns" \
    "rust KiB" "node KiB" "thru" "cpu" "memory"
  for w in "${workloads[@]}"; do
    read -r answer inflight <<<"$w"
    : >"$scratch/rust.runs"
    : >"$scratch/node.runs"
    for round in $(seq "$ROUNDS"); do
      order=(rust node)
      [ $((round % 2)) = 0 ] && order=(node rust)
      for who in "${order[@]}"; do
        if [ "$who" = rust ]; then
          "${client_cpu[@]}" "$exe" run --url "$url" --client sdk --answer "$answer" --inflight "$inflight" \
            --ms "$MS" >>"$scratch/rust.runs"
        else
          POCKETSFLOW_NODE_SDK="$node_sdk" "${client_cpu[@]}" node scripts/node-bench.mjs "$url" "$answer" \
            "$inflight" "$MS" >>"$scratch/node.runs"
        fi
      done
    done
    med() { while read -r line; do field "$2" "$line"; done <"$scratch/$1.runs" | median; }
    rt=$(med rust calls_per_sec) nt=$(med node calls_per_sec)
    rc=$(med rust cpu_ns_per_call) nc=$(med node cpu_ns_per_call)
    rm_=$(med rust max_rss_kb) nm=$(med node max_rss_kb)
    thru=$(ratio "$rt" "$nt") cpu=$(ratio "$nc" "$rc") mem=$(ratio "$nm" "$rm_")
    printf '%-22s %11.0f %11.0f %10.0f %10.0f %9.0f %9.0f %8s %8s %8s\n' "$(label "$answer" "$inflight")" \
      "$rt" "$nt" "$rc" "$nc" "$rm_" "$nm" "$thru" "$cpu" "$mem"
    summary+=("node $(label "$answer" "$inflight"): Rust SDK does ${thru}x the calls/s of the Node SDK, with 1/${cpu} of its CPU per call and 1/${mem} of its peak memory")
  done
fi

# ---------------------------------------------------------------------------------------------------------------
if wants build; then
  step "build: CPU of a clean debug build of a hello-world calling users().me()"
  if $quick; then
    echo "skipped in --quick mode (clean builds take minutes)"
  else
    crates="$WORK/build-crates"
    mkdir -p "$crates"
    user_struct='#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct User {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "userId")]
    user_id: String,
    email: String,
    name: Option<String>,
    #[serde(rename = "firstName")]
    first_name: Option<String>,
    #[serde(rename = "lastName")]
    last_name: Option<String>,
    subdomain: Option<String>,
    currency: String,
    country: Option<String>,
    #[serde(rename = "testMode")]
    test_mode: bool,
    #[serde(rename = "hasSales")]
    has_sales: bool,
    #[serde(rename = "createdFirstProduct")]
    created_first_product: Option<bool>,
}'
    bare_main() {
      cat <<EOF
use std::time::Duration;

$user_struct

#[tokio::main]
async fn main() {
    $1
    let base = std::env::args().nth(1).unwrap_or_else(|| "https://api.pocketsflow.com".to_owned());
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .build()
        .expect("an HTTP client");
    let answer = http
        .get(format!("{base}/users/me"))
        .bearer_auth("pk_test_hello")
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .and_then(|response| response.error_for_status());
    match answer {
        Ok(response) => match response.json::<User>().await {
            Ok(user) => println!("hello, {}", user.email),
            Err(e) => println!("error: {e}"),
        },
        Err(e) => println!("error: {e}"),
    }
}
EOF
    }
    make_crate() { # name, [dependencies] lines, main.rs
      mkdir -p "$crates/$1/src"
      printf '[package]\nname = "hello-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n' \
        "$1" "$2" >"$crates/$1/Cargo.toml"
      printf '%s\n' "$3" >"$crates/$1/src/main.rs"
      cp "$repo/Cargo.lock" "$crates/$1/Cargo.lock" # the same versions of the crates they share
    }
    tokio_dep='tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
    make_crate sdk "pocketsflow = { path = \"$repo\" }
$tokio_dep" '#[tokio::main]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| pocketsflow::DEFAULT_BASE_URL.to_owned());
    let pf = pocketsflow::Pocketsflow::builder().api_key("pk_test_hello").base_url(base).build().expect("a client");
    match pf.users().me().await {
        Ok(user) => println!("hello, {}", user.email),
        Err(e) => println!("error: {e}"),
    }
}'
    make_crate reqwest-default 'reqwest = { version = "0.13", features = ["json"] }
serde = { version = "1", features = ["derive"] }
'"$tokio_dep" "$(bare_main '')"
    # The floor: bare reqwest, and a build.rs that runs progenitor on the spec every build.
    make_crate floor 'reqwest = { version = "0.13", features = ["json"] }
serde = { version = "1", features = ["derive"] }
'"$tokio_dep"'

[build-dependencies]
progenitor = { version = "0.15", default-features = false }
openapiv3 = "2"
serde_norway = "0.9.42"' "$(bare_main '')"
    cp "$repo/openapi.yaml" "$crates/floor/openapi.yaml"
    cat >"$crates/floor/build.rs" <<'EOF'
fn main() {
    println!("cargo:rerun-if-changed=openapi.yaml");
    let text = std::fs::read_to_string("openapi.yaml").expect("openapi.yaml");
    let spec: openapiv3::OpenAPI = serde_norway::from_str(&text).expect("an OpenAPI 3.0 document");
    let mut settings = progenitor::GenerationSettings::default();
    settings.with_interface(progenitor::InterfaceStyle::Builder);
    // The replacements this spec needs: typify cannot generate its `x-sdk-type` schemas (a date with anyOf).
    for (name, schema) in spec.components.iter().flat_map(|c| &c.schemas) {
        let rust = match schema.as_item().and_then(|s| s.schema_data.extensions.get("x-sdk-type")) {
            Some(v) if v == "Money" => "f64",
            Some(_) => "::std::string::String",
            None => continue,
        };
        settings.with_replacement(name, rust, std::iter::empty());
    }
    let tokens = progenitor::Generator::new(&settings).generate_tokens(&spec).expect("progenitor generates");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("client.rs");
    std::fs::write(out, tokens.to_string()).expect("written");
}
EOF
    names=(sdk reqwest-default floor)
    for name in "${names[@]}"; do
      (cd "$crates/$name" && cargo fetch --quiet)
      : >"$scratch/build.$name"
    done
    echo "crates: $crates; $BUILD_ROUNDS interleaved rounds (the order rotates)"
    for round in $(seq "$BUILD_ROUNDS"); do
      for i in 0 1 2; do
        name=${names[$(((round + i) % 3))]}
        target="$WORK/build-target/$name"
        rm -rf "$target"
        timings=()
        [ "$round" = 1 ] && [ "$name" = sdk ] && timings=(--timings)
        (cd "$crates/$name" && CARGO_TARGET_DIR="$target" /usr/bin/time -f '%U %S %e' -o "$scratch/time" \
          cargo build --offline --quiet "${timings[@]}")
        read -r user sys wall <"$scratch/time"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
        echo "round $round: $name: ${cpu} s CPU (user $user, sys $sys), ${wall} s wall"
        echo "$cpu" >>"$scratch/build.$name"
        if [ ${#timings[@]} -gt 0 ]; then
          cp "$target"/cargo-timings/cargo-timing.html "$WORK/sdk-cargo-timing.html"
        fi
        said=$("$target/debug/hello-$name" "$url")
        [ "$said" = "hello, seller@example.com" ] || { echo "$name answered: $said" >&2; exit 1; }
      done
    done
    sdk=$(median <"$scratch/build.sdk")
    def=$(median <"$scratch/build.reqwest-default")
    floor=$(median <"$scratch/build.floor")
    echo "medians: sdk ${sdk} s, reqwest (default features) ${def} s, floor (reqwest + progenitor in build.rs) ${floor} s CPU"
    echo "the SDK build's timings (first round): $WORK/sdk-cargo-timing.html"
    summary+=("clean debug build CPU: sdk/floor = $(ratio "$sdk" "$floor"), sdk/reqwest = $(ratio "$sdk" "$def"), floor/reqwest = $(ratio "$floor" "$def")")
  fi
fi

step "summary"
printf '%s\n' "${summary[@]}"
