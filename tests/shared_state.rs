//! One account, many instances: the replay memory and the rate limit shared through a real `redis-server`
//! (started here on 127.0.0.1, on a free port, and stopped with the test), across processes.
//!
//! - three receiver processes (`examples/shared_receivers.rs`) share one Redis: a delivery accepted by one is
//!   refused by every other, also with an edited timestamp; of concurrent copies exactly one is accepted; keys
//!   expire after the window, under their prefix;
//! - Redis killed, paused or restarted mid-way under the same three receivers: deliveries are refused with 503
//!   within the bound, none is accepted twice, and none is lost (the sender's retry is accepted once Redis
//!   answers again); a silent Redis refuses a delivery once the store's timeout has passed (500 ms by default,
//!   `.timeout(...)`), not sooner and not much later;
//! - four processes pacing on one Redis schedule against the fake server's documented limit get no 429, at a
//!   rate within 5% of the limit; the schedule itself runs exactly 2% under the limit (612 ms a request at 100 a
//!   minute); with Redis unreachable or silent, a process paces locally at its share (a quarter by default),
//!   said once at `warn`.
//!
//! `redis-server` comes from Debian's package (`bash scripts/test.sh` installs it); without it the tests fail
//! saying so.

mod common;

use common::Captured;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use pocketsflow::events::{sign, WebhookSecret};
use pocketsflow::mock::MockServer;
use pocketsflow::pacing::RateLimit;
use pocketsflow::redis::RedisRateLimit;
use pocketsflow::Pocketsflow;

const SECRET: &str = "whsec_shared_state_test";

/// A `redis-server` of this test's own, persisting every write (AOF, fsync always) in its own directory.
struct Redis {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
}

impl Redis {
    fn start() -> Redis {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = std::env::temp_dir().join(format!("pocketsflow-redis-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut redis = Redis { child: None, port, dir };
        redis.spawn();
        redis
    }

    fn spawn(&mut self) {
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1", "--save", ""])
            .args(["--appendonly", "yes", "--appendfsync", "always", "--dir"])
            .arg(&self.dir)
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server is not installed: bash scripts/test.sh installs it (Debian's redis-server)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.command(&["PING"]).as_deref() != Some("+PONG") {
            assert!(Instant::now() < deadline, "redis-server did not answer PING within 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// One command in RESP; the first line of the answer.
    fn command(&self, args: &[&str]) -> Option<String> {
        let mut socket = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        socket.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
        let mut request = format!("*{}\r\n", args.len());
        for arg in args {
            request.push_str(&format!("${}\r\n{arg}\r\n", arg.len()));
        }
        socket.write_all(request.as_bytes()).ok()?;
        let mut line = String::new();
        BufReader::new(socket).read_line(&mut line).ok()?;
        Some(line.trim_end().to_owned())
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().unwrap().id().to_string();
        assert!(Command::new("kill").args([signal, &pid]).status().unwrap().success());
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        if self.child.is_some() {
            self.signal("-CONT");
        }
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The example binary `cargo test` builds with the suite.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let binary = exe.parent().and_then(|d| d.parent()).unwrap().join("examples").join(name);
    assert!(binary.exists(), "{} is missing: the suite's command builds the examples", binary.display());
    binary
}

/// A receiver process: `examples/shared_receivers.rs` on a free port.
struct Receiver {
    child: Child,
    url: String,
}

impl Receiver {
    fn start(redis: &Redis, prefix: &str, tolerance_secs: u64) -> Receiver {
        let mut child = Command::new(example("shared_receivers"))
            .env("POCKETSFLOW_WEBHOOK_SECRET", SECRET)
            .env("REDIS_URL", redis.url())
            .env("REPLAY_PREFIX", prefix)
            .env("TOLERANCE_SECS", tolerance_secs.to_string())
            .env("PORT", "0")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("{line:?}")).to_owned();
        Receiver { child, url }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn delivery(n: usize) -> Vec<u8> {
    format!(r#"{{"event":"product.created","product":{{"_id":"p{n}"}},"n":{n}}}"#).into_bytes()
}

/// Posts a signed delivery; returns the status and how long the answer took.
async fn post(http: &reqwest::Client, url: &str, body: &[u8], timestamp: u64) -> (u16, Duration) {
    let started = Instant::now();
    let answer = http
        .post(url)
        .header("X-Pocketsflow-Signature", sign(&WebhookSecret::new(SECRET), body))
        .header("X-Pocketsflow-Timestamp", timestamp.to_string())
        .body(body.to_vec())
        .send()
        .await
        .unwrap();
    (answer.status().as_u16(), started.elapsed())
}

#[tokio::test]
async fn a_delivery_accepted_by_one_receiver_is_refused_by_every_other() {
    let redis = Redis::start();
    let prefix = "test:shared:";
    let receivers: Vec<Receiver> = (0..3).map(|_| Receiver::start(&redis, prefix, 3)).collect();
    let http = reqwest::Client::new();
    let body = delivery(1);
    assert_eq!(post(&http, &receivers[0].url, &body, now_secs()).await.0, 200);
    for receiver in &receivers[1..] {
        assert_eq!(post(&http, &receiver.url, &body, now_secs()).await.0, 409, "a replay to another instance");
    }
    assert_eq!(post(&http, &receivers[0].url, &body, now_secs() + 1).await.0, 409, "an edited timestamp");

    // Concurrent copies to different processes: exactly one is accepted.
    for n in 2..12 {
        let body = Arc::new(delivery(n));
        let statuses: Vec<u16> = futures_util::future::join_all(receivers.iter().map(|r| {
            let (http, body, url) = (http.clone(), body.clone(), r.url.clone());
            async move { post(&http, &url, &body, now_secs()).await.0 }
        }))
        .await;
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "delivery {n}: {statuses:?}");
        assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 2, "delivery {n}: {statuses:?}");
    }

    // The keys live under the prefix and expire by themselves after the window.
    assert_eq!(
        redis.command(&["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", "test:shared:*"]).as_deref(),
        Some(":11")
    );
    tokio::time::sleep(Duration::from_millis(3_500)).await;
    assert_eq!(
        redis.command(&["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", "test:shared:*"]).as_deref(),
        Some(":0")
    );
    assert_eq!(redis.command(&["DBSIZE"]).as_deref(), Some(":0"), "nothing outside the prefix either");
}

/// Sends `body` to `url` until it is not refused with 503, for at most `within`: a sender that retries a
/// second later (Pocketsflow's own retries are further apart still).
async fn until_answered(http: &reqwest::Client, url: &str, body: &[u8], within: Duration) -> u16 {
    let deadline = Instant::now() + within;
    loop {
        let (status, _) = post(http, url, body, now_secs()).await;
        if status != 503 || Instant::now() > deadline {
            return status;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[tokio::test]
async fn redis_down_paused_or_restarted_accepts_nothing_twice_and_loses_nothing() {
    let mut redis = Redis::start();
    let receivers: Vec<Receiver> = (0..3).map(|_| Receiver::start(&redis, "test:outage:", 120)).collect();
    let http = reqwest::Client::new();
    let before = delivery(100);
    assert_eq!(post(&http, &receivers[0].url, &before, now_secs()).await.0, 200);

    // Killed: refused within the bound (500 ms, with room for a loaded machine), fail closed.
    redis.kill();
    let during = delivery(101);
    let (status, took) = post(&http, &receivers[1].url, &during, now_secs()).await;
    assert_eq!(status, 503);
    assert!(took < Duration::from_secs(2), "refused after {took:?}");
    // Restarted from its append-only file: what it accepted before is still a replay, the refused one gets in.
    redis.spawn();
    assert_eq!(until_answered(&http, &receivers[1].url, &before, Duration::from_secs(10)).await, 409);
    assert_eq!(until_answered(&http, &receivers[2].url, &before, Duration::from_secs(10)).await, 409);
    assert_eq!(until_answered(&http, &receivers[0].url, &during, Duration::from_secs(10)).await, 200, "lost");
    for receiver in &receivers[1..] {
        assert_eq!(post(&http, &receiver.url, &during, now_secs()).await.0, 409, "accepted twice");
    }

    // Paused (a slow Redis): refused once the bound has passed (the receiver waited for Redis: it did not fail
    // at once); resumed, the retry is accepted once, not taken for a replay of the attempt that timed out.
    redis.signal("-STOP");
    let paused = delivery(102);
    let (status, took) = post(&http, &receivers[0].url, &paused, now_secs()).await;
    redis.signal("-CONT");
    assert_eq!(status, 503);
    assert!(took >= Duration::from_millis(450) && took < Duration::from_secs(2), "refused after {took:?}");
    assert_eq!(until_answered(&http, &receivers[1].url, &paused, Duration::from_secs(10)).await, 200, "lost");
    for receiver in [&receivers[0], &receivers[2]] {
        assert_eq!(post(&http, &receiver.url, &paused, now_secs()).await.0, 409, "accepted twice");
    }
}

/// The headers Pocketsflow sends with `body`, timestamped now.
fn signed_headers(body: &[u8]) -> http::HeaderMap {
    let mut headers = http::HeaderMap::new();
    headers.insert("X-Pocketsflow-Signature", sign(&WebhookSecret::new(SECRET), body).parse().unwrap());
    headers.insert("X-Pocketsflow-Timestamp", now_secs().to_string().parse().unwrap());
    headers
}

/// A Redis that says nothing (the server paused with SIGSTOP: the kernel still accepts connections, nobody reads
/// them) refuses a delivery with 503 once the store's timeout has passed: 500 ms by default, what
/// `.timeout(...)` says otherwise, connecting included. Not sooner (it waited for Redis), not much later.
#[tokio::test]
async fn a_silent_redis_refuses_a_delivery_when_the_timeout_passes() {
    use pocketsflow::events::Verifier;
    use pocketsflow::redis::{RedisReplayStore, DEFAULT_REDIS_TIMEOUT};
    assert_eq!(DEFAULT_REDIS_TIMEOUT, Duration::from_millis(500), "the documented bound");
    let redis = Redis::start();
    let store = || RedisReplayStore::new(&redis.url()).unwrap().prefix("test:silent:");
    let quick = Duration::from_millis(100);
    let by_default = Verifier::new(SECRET).replay_store(store());
    let told = Verifier::new(SECRET).replay_store(store().timeout(quick));
    let never_connected = Verifier::new(SECRET).replay_store(store().timeout(quick));
    // Connected while Redis answers.
    for (n, verifier) in [&by_default, &told].into_iter().enumerate() {
        let body = delivery(600 + n);
        verifier.construct_event_async(&body, &signed_headers(&body)).await.unwrap();
    }

    redis.signal("-STOP");
    let mut refused = Vec::new();
    for (n, verifier) in [&by_default, &told, &never_connected].into_iter().enumerate() {
        let body = delivery(610 + n);
        let headers = signed_headers(&body);
        let started = Instant::now();
        let err = verifier.construct_event_async(&body, &headers).await.unwrap_err();
        refused.push((err.status_code(), started.elapsed()));
    }
    redis.signal("-CONT");

    let [(default_status, by_default), (told_status, told), (fresh_status, fresh)] = refused[..] else { panic!() };
    assert_eq!([default_status, told_status, fresh_status], [503; 3], "refused so that the sender retries");
    assert!(
        by_default >= Duration::from_millis(450) && by_default < Duration::from_secs(1),
        "with the default timeout, refused after {by_default:?}"
    );
    for (took, what) in [(told, "connected"), (fresh, "connecting")] {
        assert!(
            took >= Duration::from_millis(90) && took < Duration::from_millis(400),
            "with .timeout(100 ms), {what}: refused after {took:?}"
        );
    }
}

const SCENARIO: &str = "POCKETSFLOW_SHARED_STATE_SCENARIO";

/// A pacing process: this test binary again, calling `users().me()` as fast as its shared limit lets it.
#[test]
#[ignore = "run by four_processes_share_the_documented_rate_limit, in processes of its own"]
fn pacing_process() {
    let Ok(spec) = std::env::var(SCENARIO) else { return };
    let mut parts = spec.split(' ');
    let (base_url, redis_url, seconds) =
        (parts.next().unwrap().to_owned(), parts.next().unwrap().to_owned(), parts.next().unwrap().parse().unwrap());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (ok, refused) = runtime.block_on(async move {
        let limit = RedisRateLimit::new(&redis_url, RateLimit::DOCUMENTED).unwrap().key("test:rate");
        let pf = Pocketsflow::builder()
            .api_key(pocketsflow::mock::TEST_API_KEY)
            .base_url(base_url)
            .rate_limit(limit)
            .max_retries(0)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let (mut ok, mut refused) = (0, 0);
        while Instant::now() < deadline {
            match pf.users().me().await {
                Ok(_) => ok += 1,
                Err(e) => {
                    refused += 1;
                    eprintln!("{e}");
                }
            }
        }
        (ok, refused)
    });
    println!("pacing: ok={ok} refused={refused}");
}

#[test]
fn four_processes_share_the_documented_rate_limit() {
    let redis = Redis::start();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start());
    server.faults().rate_limit(100, 200); // the API's documented limit
    let seconds = 52;
    let children: Vec<Child> = (0..4)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "pacing_process", "--ignored", "--nocapture", "--test-threads", "1"])
                .env(SCENARIO, format!("{} {} {seconds}", server.url(), redis.url()))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // The burst goes at once; then the schedule: count over 40 s once the burst is spent.
    std::thread::sleep(Duration::from_secs(8));
    let first = server.request_count("GET", "/users/me");
    std::thread::sleep(Duration::from_secs(40));
    let second = server.request_count("GET", "/users/me");
    let mut total_ok = 0;
    for child in children {
        let output = child.wait_with_output().unwrap();
        let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{text}");
        // libtest prints the test's name and its output on one line.
        let line =
            text.lines().find_map(|l| l.split_once("pacing: ").map(|(_, r)| r)).unwrap_or_else(|| panic!("{text}"));
        assert!(line.ends_with("refused=0"), "a process was refused (429): {text}");
        total_ok += line.split("ok=").nth(1).unwrap().split(' ').next().unwrap().parse::<usize>().unwrap();
    }
    assert!(first >= 200, "the burst of 200 went at once: {first} requests after 8 s");
    let rate = (second - first) as f64 / 40.0 * 60.0;
    assert!((rate - 100.0).abs() <= 5.0, "{rate:.1} requests a minute between the four processes");
    assert!(total_ok >= second, "{total_ok} answered, {second} counted");
}

#[test]
fn with_redis_unreachable_a_process_paces_locally_at_its_share_and_says_so_once() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt().with_writer(captured.clone()).with_ansi(false).finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let server = MockServer::start().await;
        // Nothing listens there.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let limit =
            RedisRateLimit::new(&format!("redis://127.0.0.1:{closed}/"), RateLimit { per_minute: 600, burst: 4 })
                .unwrap()
                .fallback_share(0.5);
        let pf =
            Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).rate_limit(limit).build().unwrap();
        let started = Instant::now();
        for _ in 0..12 {
            pf.users().me().await.unwrap();
        }
        // Half of 600 a minute is 5 a second, with a burst of 2: 10 calls paced, about 2 s.
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(1_700) && took < Duration::from_secs(6), "{took:?}");
    });
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert_eq!(log.matches("Redis unreachable: pacing locally").count(), 1, "{log}");
}

/// Redis silent (paused with SIGSTOP, after the limit had connected): with the default share, a process paces at a
/// quarter of the limit, whatever its concurrency; a call waits for Redis no longer than the timeout before it
/// goes; the switch is said once, at `warn`.
#[test]
fn with_redis_silent_a_process_paces_at_a_quarter_of_the_limit_and_warns_once() {
    let redis = Redis::start();
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt().with_writer(captured.clone()).with_ansi(false).finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // One thread: the subscriber above sees every event.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let server = MockServer::start().await;
        // A quarter of 1,200 a minute is 5 a second, in bursts of 1 (a quarter of 4); half would be 10.
        let limit =
            RedisRateLimit::new(&redis.url(), RateLimit { per_minute: 1_200, burst: 4 }).unwrap().key("test:silent");
        let pf =
            Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).rate_limit(limit).build().unwrap();
        pf.users().me().await.unwrap(); // connected, on the shared schedule

        redis.signal("-STOP");
        let started = Instant::now();
        pf.users().me().await.unwrap();
        let first = started.elapsed();
        assert!(
            first >= Duration::from_millis(450) && first < Duration::from_secs(1),
            "the first call waited {first:?} for Redis (timeout 500 ms), then went at the local pace"
        );

        // Twelve callers at once (each waits 500 ms for Redis first: 24 a second could go): count what goes
        // between the first and the fourth second.
        let callers = futures_util::future::join_all((0..12).map(|_| {
            let pf = pf.clone();
            async move {
                loop {
                    pf.users().me().await.unwrap();
                }
            }
        }));
        let window = async {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let start = server.request_count("GET", "/users/me");
            tokio::time::sleep(Duration::from_secs(3)).await;
            server.request_count("GET", "/users/me") - start
        };
        let sent = tokio::select! {
            sent = window => sent,
            _ = callers => unreachable!(),
        };
        redis.signal("-CONT");
        // 5 a second for 3 s is 15 (+1 for the bucket's token, and room for requests in flight at either end);
        // half the limit would be 30. A loaded machine can only send fewer.
        assert!((9..=20).contains(&sent), "{sent} requests in 3 s: a quarter of 1,200 a minute is 15");
    });
    let log = captured.text();
    let lines: Vec<&str> = log.lines().filter(|l| l.contains("Redis unreachable: pacing locally")).collect();
    assert_eq!(lines.len(), 1, "said once: {log}");
    assert!(lines[0].contains(" WARN ") && lines[0].contains("share=0.25"), "at warn, with the share: {}", lines[0]);
}

/// The shared schedule runs 2% under the limit ([`SAFETY_MARGIN`](pocketsflow::redis::SAFETY_MARGIN)): with the
/// documented limit each request moves the schedule kept in Redis on by 60 s / 100 * 1.02 = 612 ms, not 600 (read
/// from the key: exact, whatever the load), and paced requests are spaced accordingly on the clock.
#[tokio::test]
async fn the_shared_schedule_runs_two_percent_under_the_limit() {
    use pocketsflow::pacing::SharedRateLimit;
    let redis = Redis::start();
    let tat = |key: &str| -> i64 {
        let answer = redis.command(&["EVAL", "return tonumber(redis.call('GET', KEYS[1]))", "1", key]).unwrap();
        answer.strip_prefix(':').unwrap_or_else(|| panic!("{answer}")).parse().unwrap()
    };

    // Other processes have reserved the next 30 s: every request lands behind them, within the burst, so none
    // waits and each moves the schedule on by exactly one interval.
    let seeded = redis.command(&[
        "EVAL",
        "local t = redis.call('TIME') local tat = t[1] * 1000000 + t[2] + 30000000 \
         redis.call('SET', KEYS[1], string.format('%d', tat)) return tat",
        "1",
        "test:margin",
    ]);
    assert!(seeded.as_deref().is_some_and(|s| s.starts_with(':')), "{seeded:?}");
    let start = tat("test:margin");
    let limit = RedisRateLimit::new(&redis.url(), RateLimit::DOCUMENTED).unwrap().key("test:margin");
    for _ in 0..100 {
        assert_eq!(limit.acquire(Duration::from_secs(5)).await, Some(Duration::ZERO), "within the burst");
    }
    let interval_us = (tat("test:margin") - start) / 100;
    assert_eq!(interval_us, 612_000, "microseconds between two requests on the schedule (600,000 at the limit)");

    // On the clock: 201 requests paced at 6,000 a minute, one at a time, take at least 200 intervals of 10.2 ms
    // (2.04 s; 2.00 s at the limit itself). Only a lower bound: a loaded machine can only be slower.
    let fast = RedisRateLimit::new(&redis.url(), RateLimit { per_minute: 6_000, burst: 1 }).unwrap().key("test:fast");
    let started = Instant::now();
    for _ in 0..201 {
        assert!(fast.acquire(Duration::from_secs(5)).await.is_some());
    }
    let took = started.elapsed();
    assert!(
        took >= Duration::from_micros(200 * 10_150) && took < Duration::from_secs(10),
        "201 requests at 6,000 a minute took {took:?}: 2.04 s 2% under the limit, 2.00 s at it"
    );
}

/// Without Redis a verifier refuses (fail closed, 503) unless the store was told to fail open, which admits the
/// delivery; with the default prefix, what it remembers lives under `pocketsflow:webhook:`.
#[tokio::test]
async fn fail_open_is_a_choice_and_the_default_prefix_is_documented() {
    use pocketsflow::events::Verifier;
    use pocketsflow::redis::RedisReplayStore;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("redis://127.0.0.1:{closed}/");
    let body = delivery(500);
    let headers = signed_headers(&body);
    let closed_store = Verifier::new(SECRET).replay_store(RedisReplayStore::new(&url).unwrap());
    let err = closed_store.construct_event_async(&body, &headers).await.unwrap_err();
    assert_eq!(err.status_code(), 503, "{err}");
    let open = Verifier::new(SECRET).replay_store(RedisReplayStore::new(&url).unwrap().fail_open(true));
    open.construct_event_async(&body, &headers).await.expect("fail_open admits while Redis is away");
    // The blocking methods say they cannot use a shared store, rather than skipping it.
    assert_eq!(closed_store.verify(&body, &headers).unwrap_err().status_code(), 500);

    let redis = Redis::start();
    let shared = Verifier::new(SECRET).replay_store(RedisReplayStore::new(&redis.url()).unwrap());
    shared.construct_event_async(&body, &headers).await.unwrap();
    assert_eq!(
        redis.command(&["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", "pocketsflow:webhook:*"]).as_deref(),
        Some(":1")
    );
    assert_eq!(shared.construct_event_async(&body, &headers).await.unwrap_err().status_code(), 409);
}
