//! Several instances of one shop's webhook receiver sharing one Redis: a delivery accepted by one instance is
//! refused by every other (409), whatever its timestamp, and the memory outlives any instance's restart.
//!
//! ```sh
//! redis-server --port 6379 --appendonly yes --appendfsync always &   # persists what it remembers
//! export POCKETSFLOW_WEBHOOK_SECRET=whsec_... REDIS_URL=redis://127.0.0.1:6379/
//! PORT=4242 cargo run --example shared_receivers --features axum,redis &
//! PORT=4243 cargo run --example shared_receivers --features axum,redis &
//! ```
//!
//! Each instance listens on 127.0.0.1 (`PORT`, 0 for a free port) at `POST /webhooks/pocketsflow` and prints
//! `listening on http://...` once ready. `REPLAY_PREFIX` sets the Redis key prefix (one per endpoint) and
//! `TOLERANCE_SECS` the timestamp window (how long each delivery is remembered). While Redis does not answer
//! within 500 ms, deliveries are refused with 503 so that the sender retries: never admitted unguarded.

use std::io::Write;
use std::time::Duration;

use axum::{routing::post, Router};
use pocketsflow::events::{VerifiedEvent, Verifier};
use pocketsflow::redis::RedisReplayStore;

async fn receive(VerifiedEvent(event): VerifiedEvent) -> String {
    // A closed stdout (nobody reads the log) must not stop the receiver.
    let _ = writeln!(std::io::stdout(), "accepted {}", event.name());
    format!("ok {}", event.name())
}

/// One instance: verifies with the endpoint's secret, remembers deliveries in the Redis at `redis_url`.
pub fn app(secret: &str, redis_url: &str, prefix: &str, tolerance: Duration) -> Result<Router, pocketsflow::Error> {
    let store = RedisReplayStore::new(redis_url)?.prefix(prefix);
    let verifier = Verifier::new(secret).tolerance(tolerance).replay_store(store);
    Ok(Router::new().route("/webhooks/pocketsflow", post(receive)).with_state(verifier))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("POCKETSFLOW_WEBHOOK_SECRET")
        .map_err(|_| "set POCKETSFLOW_WEBHOOK_SECRET to the endpoint's signing secret (whsec_...)")?;
    let redis_url = std::env::var("REDIS_URL").map_err(|_| "set REDIS_URL (redis://127.0.0.1:6379/)")?;
    let prefix = std::env::var("REPLAY_PREFIX").unwrap_or_else(|_| "pocketsflow:webhook:".to_owned());
    let tolerance = std::env::var("TOLERANCE_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(4242);
    let app = app(&secret, &redis_url, &prefix, Duration::from_secs(tolerance))?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}/webhooks/pocketsflow", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}
