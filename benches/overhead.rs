//! The SDK's per-call cost against bare `reqwest`, and the fixed-answer server that `scripts/bench-cost.sh`
//! measures everything against.
//!
//! The two clients do the same thing: the same `reqwest` build, the same headers (API key, User-Agent,
//! `Accept`), the same timeouts, one attempt, and decoding into the same generated types
//! (`User` for the small answer, `OrdersResponse` for a page of 100 orders). What differs is the SDK's own
//! work: the generated code, the transport hook (retry bookkeeping, deadline, size cap, span) and the
//! error observation. Clients run on a current-thread runtime, so that all of a call's work is on the thread
//! that is measured; the server is a separate process (or thread) with its own runtime.
//!
//! Subcommands (the script drives them; pin with `taskset`):
//! - `serve [--port P]`: the fixed-answer server on 127.0.0.1; prints its URL, runs until killed.
//! - `run --url U --client sdk|reqwest --answer small|page --inflight N (--calls N | --ms M) [--warmup W]`:
//!   one client, one workload; prints `calls=… secs=… cpu_ns_per_call=… max_rss_kb=…`. Under callgrind
//!   (`--calls` twice, different counts) the difference of the totals is the instructions of the extra calls.
//! - `compare --url U [--rounds R] [--ms M]`: both clients interleaved (sdk, reqwest, reqwest, sdk, …) on
//!   every workload; prints the medians and their ratios.
//!
//! Without a subcommand (`cargo test --benches`) it checks, against an in-process server, that both clients
//! decode the same values on every workload; with `--bench` (`cargo bench --bench overhead`) it runs
//! `compare` against an in-process server. The pinned, cross-process numbers come from the script.

use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};

use futures_util::stream::{FuturesUnordered, StreamExt};
use pocketsflow::retry::RetryPolicy;
use pocketsflow::types::{ListOrdersParams, OrdersResponse, User};
use pocketsflow::Pocketsflow;
use serde_json::{json, Value};

const API_KEY: &str = "pk_test_bench_0123456789abcdef";

/// The small answer: the account (`GET /users/me`), about 560 bytes.
fn user_body() -> Vec<u8> {
    serde_json::to_vec(&json!({
        "_id": "64b7f0c2a1d3e4f5a6b7c8d9", "userId": "64b7f0c2a1d3e4f5a6b7c8d9", "email": "seller@example.com",
        "name": "Demo Seller", "firstName": "Demo", "lastName": "Seller", "subdomain": "demo-store",
        "currency": "USD", "country": "US", "testMode": true, "hasSales": true, "createdFirstProduct": true,
        "stripeConnected": true, "paypalConnected": false, "payoutSchedule": "weekly",
        "createdAt": "2023-07-19T10:21:44.000Z", "updatedAt": "2024-03-05T14:02:11.000Z",
        "avatar": "https://cdn.pocketsflow.com/avatars/64b7f0c2a1d3e4f5a6b7c8d9.png",
        "website": "https://demo-store.example.com", "twitter": "demo_seller"
    }))
    .expect("a JSON literal serializes")
}

fn order(n: u64) -> Value {
    json!({
        "_id": format!("65b2{n:020x}"), "userId": "64b7f0c2a1d3e4f5a6b7c8d9", "productId": "65a1b2c3d4e5f60718293a4b",
        "buyerEmail": format!("buyer{n}@example.com"), "grossAmount": 99.99, "netAmount": 93.83, "taxAmount": 0.0,
        "stripeFee": 3.2, "currency": "USD", "country": "US", "isRefunded": false, "isDisputed": false,
        "testMode": true, "customer": {"_id": "65c3d4e5f60718293a4b5c6d", "buyerEmail": format!("buyer{n}@example.com")},
        "createdAt": "2024-03-05T14:02:11.000Z"
    })
}

/// The page: 100 orders (`GET /orders?page=1&pageSize=100`), about 42 KB.
fn page_body() -> Vec<u8> {
    serde_json::to_vec(&json!({
        "orders": (0..100).map(order).collect::<Vec<_>>(),
        "pagination": {"totalCount": 2600, "totalPages": 26, "currentPage": 1, "pageSize": 100, "hasMore": true}
    }))
    .expect("a JSON literal serializes")
}

/// The fixed-answer server: both answers are built once, every request gets the same bytes.
fn server_app() -> axum::Router {
    let user = bytes::Bytes::from(user_body());
    let page = bytes::Bytes::from(page_body());
    let json = [("content-type", "application/json")];
    axum::Router::new()
        .route("/users/me", axum::routing::get(move || std::future::ready((json, user.clone()))))
        .route("/orders", axum::routing::get(move || std::future::ready((json, page.clone()))))
}

/// Serves on 127.0.0.1:`port` (0: any free port) from a multi-threaded runtime on its own threads; returns the
/// base URL. The runtime lives as long as the process.
fn spawn_server(port: u16) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("bind 127.0.0.1");
            let url = format!("http://{}", listener.local_addr().expect("local address"));
            tx.send(url).expect("the caller waits for the URL");
            axum::serve(listener, server_app()).await.expect("serve");
        })
    });
    rx.recv().expect("the server thread sends its URL")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Small,
    Page,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Sdk,
    Reqwest,
}

/// The two clients, configured alike: 30 s timeout, 10 s connect timeout, the SDK's headers, one attempt.
#[derive(Clone)]
enum Client {
    Sdk(Pocketsflow),
    Reqwest { http: reqwest::Client, base: String },
}

impl Client {
    fn new(kind: Kind, base: &str) -> Client {
        match kind {
            // Retries stay on (the default policy): their bookkeeping is part of what is measured.
            Kind::Sdk => Client::Sdk(
                Pocketsflow::builder()
                    .api_key(API_KEY)
                    .base_url(base)
                    .retry(RetryPolicy::default())
                    .build()
                    .expect("SDK client"),
            ),
            Kind::Reqwest => {
                let mut headers = reqwest::header::HeaderMap::new();
                let mut auth: reqwest::header::HeaderValue =
                    format!("Bearer {API_KEY}").parse().expect("a valid header value");
                auth.set_sensitive(true);
                headers.insert(reqwest::header::AUTHORIZATION, auth);
                headers.insert(
                    reqwest::header::USER_AGENT,
                    reqwest::header::HeaderValue::from_static(pocketsflow::USER_AGENT_VALUE),
                );
                let http = reqwest::Client::builder()
                    .default_headers(headers)
                    .timeout(Duration::from_secs(30))
                    .connect_timeout(Duration::from_secs(10))
                    .build()
                    .expect("reqwest client");
                Client::Reqwest { http, base: base.to_owned() }
            }
        }
    }

    async fn user(&self) -> User {
        match self {
            Client::Sdk(pf) => pf.users().me().await.expect("GET /users/me through the SDK"),
            Client::Reqwest { http, base } => {
                let response = http
                    .get(format!("{base}/users/me"))
                    .header(reqwest::header::ACCEPT, "application/json")
                    .send()
                    .await
                    .expect("GET /users/me");
                assert!(response.status().is_success(), "{}", response.status());
                let body = response.bytes().await.expect("the body");
                serde_json::from_slice(&body).expect("a User")
            }
        }
    }

    async fn page(&self) -> OrdersResponse {
        match self {
            Client::Sdk(pf) => pf
                .orders()
                .list(ListOrdersParams::default().page(1).page_size(100))
                .await
                .expect("GET /orders through the SDK"),
            Client::Reqwest { http, base } => {
                let response = http
                    .get(format!("{base}/orders"))
                    .header(reqwest::header::ACCEPT, "application/json")
                    .query(&[("page", 1u32), ("pageSize", 100u32)])
                    .send()
                    .await
                    .expect("GET /orders");
                assert!(response.status().is_success(), "{}", response.status());
                let body = response.bytes().await.expect("the body");
                serde_json::from_slice(&body).expect("an OrdersResponse")
            }
        }
    }

    /// One call; what it returns is kept alive until the call ends, as a caller would.
    async fn call(&self, answer: Answer) {
        match answer {
            Answer::Small => drop(black_box(self.user().await)),
            Answer::Page => drop(black_box(self.page().await)),
        }
    }
}

/// Starts calls while `more()` says so, with up to `inflight` at once; returns how many ran.
async fn drive<F, Fut>(inflight: usize, mut more: impl FnMut() -> bool, call: F) -> u64
where
    F: Fn() -> Fut,
    Fut: Future<Output = ()>,
{
    let mut done = 0u64;
    if inflight <= 1 {
        while more() {
            call().await;
            done += 1;
        }
        return done;
    }
    let mut running = FuturesUnordered::new();
    while running.len() < inflight && more() {
        running.push(call());
    }
    while running.next().await.is_some() {
        done += 1;
        if more() {
            running.push(call());
        }
    }
    done
}

/// Runs exactly `calls` calls with up to `inflight` at once.
async fn drive_n<F, Fut>(inflight: usize, calls: u64, call: F) -> u64
where
    F: Fn() -> Fut,
    Fut: Future<Output = ()>,
{
    let mut started = 0u64;
    drive(
        inflight,
        || {
            started += 1;
            started <= calls
        },
        call,
    )
    .await
}

/// CPU time of this process (all threads), from the kernel.
fn cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_PROCESS_CPUTIME_ID is always supported on Linux.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Peak resident memory of this process, in KiB.
fn max_rss_kb() -> i64 {
    // SAFETY: an all-zero rusage is valid, and getrusage only writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable rusage.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    assert_eq!(rc, 0, "getrusage");
    usage.ru_maxrss
}

/// What one measured run did.
#[derive(Clone, Copy, Debug)]
struct Run {
    calls: u64,
    wall: Duration,
    cpu: Duration,
}

impl Run {
    fn calls_per_sec(&self) -> f64 {
        self.calls as f64 / self.wall.as_secs_f64()
    }

    fn cpu_ns_per_call(&self) -> f64 {
        self.cpu.as_nanos() as f64 / self.calls as f64
    }
}

/// Keeps `inflight` calls going for `duration` (the connections are already open), then lets them finish.
async fn timed(client: &Client, answer: Answer, inflight: usize, duration: Duration) -> Run {
    let (started, cpu) = (Instant::now(), cpu_time());
    let calls = drive(inflight, || started.elapsed() < duration, || client.call(answer)).await;
    Run { calls, wall: started.elapsed(), cpu: cpu_time() - cpu }
}

/// Exactly `calls` calls, `inflight` at once.
async fn counted(client: &Client, answer: Answer, inflight: usize, calls: u64) -> Run {
    let (started, cpu) = (Instant::now(), cpu_time());
    let calls = drive_n(inflight, calls, || client.call(answer)).await;
    Run { calls, wall: started.elapsed(), cpu: cpu_time() - cpu }
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime")
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

const WORKLOADS: [(Answer, usize); 4] =
    [(Answer::Small, 1), (Answer::Page, 1), (Answer::Small, 64), (Answer::Page, 64)];

fn workload_name(answer: Answer, inflight: usize) -> String {
    let answer = match answer {
        Answer::Small => "small",
        Answer::Page => "page",
    };
    if inflight <= 1 {
        format!("{answer}/sequential")
    } else {
        format!("{answer}/{inflight}-in-flight")
    }
}

/// Both clients, interleaved round by round (the order alternates), on every workload.
fn compare(url: &str, rounds: usize, duration: Duration) {
    let rt = current_thread();
    let sdk = Client::new(Kind::Sdk, url);
    let bare = Client::new(Kind::Reqwest, url);
    println!("# {rounds} interleaved rounds of {} ms per client and workload; medians", duration.as_millis());
    println!(
        "{:<22} {:>12} {:>12} {:>12} {:>12} {:>9} {:>9}",
        "workload", "sdk call/s", "bare call/s", "sdk cpu ns", "bare cpu ns", "thru", "cpu"
    );
    for (answer, inflight) in WORKLOADS {
        // Open the connections and warm both clients up.
        rt.block_on(async {
            drive_n(inflight, inflight as u64 * 4, || sdk.call(answer)).await;
            drive_n(inflight, inflight as u64 * 4, || bare.call(answer)).await;
        });
        let (mut sdk_runs, mut bare_runs) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            let order = if round % 2 == 0 { [Kind::Sdk, Kind::Reqwest] } else { [Kind::Reqwest, Kind::Sdk] };
            for kind in order {
                match kind {
                    Kind::Sdk => sdk_runs.push(rt.block_on(timed(&sdk, answer, inflight, duration))),
                    Kind::Reqwest => bare_runs.push(rt.block_on(timed(&bare, answer, inflight, duration))),
                }
            }
        }
        let thru = |runs: &[Run]| median(&mut runs.iter().map(Run::calls_per_sec).collect::<Vec<_>>());
        let cpu = |runs: &[Run]| median(&mut runs.iter().map(Run::cpu_ns_per_call).collect::<Vec<_>>());
        let (st, bt, sc, bc) = (thru(&sdk_runs), thru(&bare_runs), cpu(&sdk_runs), cpu(&bare_runs));
        // Ratios of the medians: throughput sdk/bare (1.00 = as fast), CPU per call sdk/bare (1.00 = as cheap).
        println!(
            "{:<22} {:>12.0} {:>12.0} {:>12.0} {:>12.0} {:>9.3} {:>9.3}",
            workload_name(answer, inflight),
            st,
            bt,
            sc,
            bc,
            st / bt,
            sc / bc
        );
    }
}

/// Both clients decode the same values on every workload: what `cargo test --benches` checks.
fn check(url: &str) {
    let rt = current_thread();
    let sdk = Client::new(Kind::Sdk, url);
    let bare = Client::new(Kind::Reqwest, url);
    rt.block_on(async {
        let (a, b) = (sdk.user().await, bare.user().await);
        assert_eq!(a, b);
        assert_eq!(a.email, "seller@example.com");
        let (a, b) = (sdk.page().await, bare.page().await);
        assert_eq!(a, b);
        assert_eq!(a.orders.len(), 100);
        for (answer, inflight) in WORKLOADS {
            for client in [&sdk, &bare] {
                let run = counted(client, answer, inflight, inflight as u64 * 2).await;
                assert_eq!(run.calls, inflight as u64 * 2);
            }
        }
    });
    println!(
        "overhead: both clients decode the same answers ({} and {} bytes) on every workload",
        user_body().len(),
        page_body().len()
    );
}

struct Args(Vec<String>);

impl Args {
    fn value(&self, name: &str) -> Option<&str> {
        self.0.iter().position(|a| a == name).and_then(|i| self.0.get(i + 1)).map(String::as_str)
    }

    fn number(&self, name: &str, default: u64) -> u64 {
        self.value(name).map_or(default, |v| v.parse().unwrap_or_else(|_| panic!("{name} takes a number, not {v}")))
    }

    fn required(&self, name: &str) -> &str {
        self.value(name).unwrap_or_else(|| panic!("{name} is required"))
    }
}

fn main() {
    let args = Args(std::env::args().skip(1).collect());
    match args.0.first().map(String::as_str) {
        Some("serve") => {
            let url = spawn_server(args.number("--port", 0) as u16);
            println!("{url}");
            loop {
                std::thread::park();
            }
        }
        Some("run") => {
            let url = args.required("--url");
            let kind = match args.required("--client") {
                "sdk" => Kind::Sdk,
                "reqwest" => Kind::Reqwest,
                other => panic!("--client is sdk or reqwest, not {other}"),
            };
            let answer = match args.required("--answer") {
                "small" => Answer::Small,
                "page" => Answer::Page,
                other => panic!("--answer is small or page, not {other}"),
            };
            let inflight = args.number("--inflight", 1) as usize;
            let rt = current_thread();
            let client = Client::new(kind, url);
            let warmup = args.number("--warmup", inflight as u64 * 4);
            rt.block_on(drive_n(inflight, warmup, || client.call(answer)));
            let run = match args.value("--ms") {
                Some(_) => rt.block_on(timed(&client, answer, inflight, Duration::from_millis(args.number("--ms", 0)))),
                None => rt.block_on(counted(&client, answer, inflight, args.number("--calls", 1000))),
            };
            println!(
                "calls={} secs={:.6} calls_per_sec={:.1} cpu_ns_per_call={:.0} max_rss_kb={}",
                run.calls,
                run.wall.as_secs_f64(),
                run.calls_per_sec(),
                run.cpu_ns_per_call(),
                max_rss_kb()
            );
        }
        Some("compare") => {
            let rounds = args.number("--rounds", 10) as usize;
            compare(args.required("--url"), rounds, Duration::from_millis(args.number("--ms", 500)));
        }
        _ if args.0.iter().any(|a| a == "--bench") => {
            let url = spawn_server(0);
            compare(&url, 6, Duration::from_millis(300));
        }
        _ => check(&spawn_server(0)),
    }
}
