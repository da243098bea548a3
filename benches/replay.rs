//! Webhook verifications per second with the replay memory in this process (`ReplayGuard`) and shared in a
//! real Redis (`RedisReplayStore`, a `redis-server` this bench starts on 127.0.0.1), side by side in one run:
//! the ratio is what sharing the memory across instances costs.
//!
//! `cargo bench --bench replay --features redis` measures (20,000 deliveries each, 3 interleaved rounds);
//! `cargo test --benches` runs it once in quick mode (200 deliveries), which proves only that it works.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pocketsflow::events::{sign, ReplayGuard, Verifier, WebhookSecret};
use pocketsflow::redis::RedisReplayStore;

const SECRET: &str = "whsec_bench";

fn deliveries(round: usize, count: usize) -> Vec<(Vec<u8>, http::HeaderMap)> {
    let secret = WebhookSecret::new(SECRET);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs().to_string();
    (0..count)
        .map(|n| {
            let body = format!(r#"{{"event":"order.completed","order":{{"_id":"o{round}-{n}"}}}}"#).into_bytes();
            let mut headers = http::HeaderMap::new();
            headers.insert("X-Pocketsflow-Signature", sign(&secret, &body).parse().unwrap());
            headers.insert("X-Pocketsflow-Timestamp", now.parse().unwrap());
            (body, headers)
        })
        .collect()
}

async fn per_second(verifier: &Verifier, work: &[(Vec<u8>, http::HeaderMap)]) -> f64 {
    let started = Instant::now();
    for (body, headers) in work {
        verifier.construct_event_async(body, headers).await.expect("a fresh delivery is accepted");
    }
    work.len() as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (count, rounds) = if full { (20_000, 3) } else { (200, 1) };
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut redis = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server is not installed (bash scripts/test.sh installs it)");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let result = runtime.block_on(async {
        let url = format!("redis://127.0.0.1:{port}/");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let memory = Verifier::new(SECRET).replay_guard(ReplayGuard::new(3 * 20_000 + 1));
        let shared = Verifier::new(SECRET).replay_store(RedisReplayStore::new(&url).unwrap().prefix("bench:"));
        let (mut in_memory, mut in_redis) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            in_memory.push(per_second(&memory, &deliveries(2 * round, count)).await);
            in_redis.push(per_second(&shared, &deliveries(2 * round + 1, count)).await);
        }
        in_memory.sort_by(f64::total_cmp);
        in_redis.sort_by(f64::total_cmp);
        (in_memory[rounds / 2], in_redis[rounds / 2])
    });
    let _ = redis.kill();
    let _ = redis.wait();
    let (memory, shared) = result;
    if !full {
        println!("replay: quick mode (the numbers mean nothing): memory {memory:.0}/s, redis {shared:.0}/s");
        return;
    }
    println!("verifications per second, median of {rounds} interleaved rounds of {count}, one at a time:");
    println!("  in-memory ReplayGuard   {memory:>10.0}/s");
    println!("  RedisReplayStore        {shared:>10.0}/s");
    println!("  redis / memory          {:>10.3}", shared / memory);
}
