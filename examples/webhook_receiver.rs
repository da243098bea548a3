//! A complete webhook receiver: verifies each Pocketsflow delivery and dispatches on its typed event.
//!
//! ```sh
//! POCKETSFLOW_WEBHOOK_SECRET=whsec_... cargo run --example webhook_receiver --features axum
//! ```
//!
//! It listens on 127.0.0.1:4242 (or `PORT`) at `POST /webhooks/pocketsflow`. Register that URL with
//! `pf.webhooks().create(...)` (behind a tunnel for the real API, directly for the embedded fake server).
//! Bad signatures, stale or missing timestamps are answered 401, replays 409, unreadable bodies 400, handled
//! events 200.

use axum::{routing::post, Router};
use pocketsflow::events::{Event, ReplayGuard, VerifiedEvent, Verifier, WebhookSecret};

async fn receive(VerifiedEvent(event): VerifiedEvent) -> &'static str {
    match &event {
        Event::OrderCompleted(order) => println!(
            "order {} completed: {} paid {:?} {} (gross, tax included)",
            order.order_id().unwrap_or("-"),
            order.buyer_email().unwrap_or("someone"),
            order.amount,
            order.currency_code().unwrap_or_default()
        ),
        Event::OrderRefunded(order) => println!("order refunded: {}", order.order_id().unwrap_or("-")),
        Event::Unknown { name, .. } => println!("an event this SDK does not know yet: {name}"),
        other => println!("event: {}", other.name()),
    }
    "ok"
}

/// Deliveries remembered at once to refuse replays: far above what one endpoint receives in the 5-minute window.
const REPLAY_GUARD_CAPACITY: usize = 100_000;

/// The receiver: one route, verifying with the endpoint's signing secret (a `whsec_...` string, or the
/// `secret` of a `Webhook` the API returned) and refusing a delivery it already accepted.
pub fn app(secret: impl Into<WebhookSecret>) -> Router {
    let verifier = Verifier::new(secret).replay_guard(ReplayGuard::new(REPLAY_GUARD_CAPACITY));
    Router::new().route("/webhooks/pocketsflow", post(receive)).with_state(verifier)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("POCKETSFLOW_WEBHOOK_SECRET")
        .map_err(|_| "set POCKETSFLOW_WEBHOOK_SECRET to the endpoint's signing secret (whsec_...)")?;
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(4242);
    let app = app(secret);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}/webhooks/pocketsflow", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}
