//! An embedded, stateful fake of the Pocketsflow API, for offline work and integration tests
//! (feature `mock`).
//!
//! It serves every operation of openapi.yaml on 127.0.0.1 from an in-memory store, with the API's authentication,
//! validation, 404s, pagination and filters; checkout sessions that turn into orders, customers and
//! subscriptions; refunds; signed webhook deliveries; and faults on demand (latency, error statuses,
//! dropped connections, a rate limit). Each instance has its own state, so parallel tests never meet.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use pocketsflow::mock::MockServer;
//! use pocketsflow::types::{CreateCheckoutParams, CreateProductParams, CreateRefundParams};
//!
//! let server = MockServer::start().await;
//! let pf = server.client();
//! let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await?;
//! let session = pf.checkout().create(
//!     CreateCheckoutParams::builder()
//!         .product_id(product.id.clone())
//!         .success_url("https://shop.example/ok")
//!         .cancel_url("https://shop.example/cancel"),
//! ).await?;
//! let order = server.complete_checkout(&session.id, "buyer@example.com")?;
//! let refund = pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await?;
//! assert_eq!(refund.amount, pocketsflow::money!(20));
//! assert!(pf.orders().get(&order.id).await?.is_refunded);
//! # Ok(()) }
//! ```
//!
//! The same server runs standalone for curl or the Node SDK:
//! `cargo run --features mock --bin pocketsflow-mock -- --port 12111 --seed demo`.
//!
//! Whatever clients send, its memory stays bounded apart from the objects they create: request targets and
//! bodies have size limits, and what it remembers of requests and webhook deliveries is bounded too (see
//! [`limits`]). Every error it answers has the API's JSON error shape, `{"message": ..., "code": ...}`, also
//! for unknown routes, refused methods and bodies or URIs too large (the buyer's pages below excepted).
//!
//! # The hosted checkout, in a browser
//!
//! A session's `url`, `<server url>/checkout/<session id>`, is the buyer's page, as on Pocketsflow, so a shop's
//! whole checkout loop (redirect the buyer, the buyer pays, the buyer comes back, the webhook arrives) runs
//! offline, by hand or in browser tests:
//!
//! - **`GET`** from a browser (an `Accept` that ranks `text/html` above `application/json`) answers the
//!   checkout page: the product or subscription offer and its price, the discount code and what it takes off,
//!   the total, a test-mode badge, an email field prefilled with `customerEmail`, and Pay and Cancel buttons.
//!   A plain HTML form, no JavaScript; everything users wrote is escaped. Other clients (no `Accept`, `*/*`,
//!   JSON) get the session as JSON: `id`, `productId`, `customerEmail`, `completed`, `orderId`, `expired`,
//!   `expiresAt`.
//! - **Pay** (a form `POST` of `email` and `action=pay`; `pay` is also the default) does what
//!   [`MockServer::complete_checkout`] does (order, customer, subscription for an offer, signed webhooks) and
//!   answers `303 See Other` to the session's `successUrl` with **`session_id` and `order_id` appended to its
//!   query**. **Cancel** (`action=cancel`) creates nothing and answers `303` to `cancelUrl` with
//!   **`session_id` appended**; the session stays payable. What the shop's URLs already carry is kept:
//!   `https://shop.example/thanks?cart=7#top` becomes
//!   `https://shop.example/thanks?cart=7&session_id=cs_test_...&order_id=65f0...#top`. (This return query is
//!   the fake's contract; treat it as a hint and confirm the order with `orders().get` or its webhook, as
//!   anyone can type such a URL.)
//! - **Refusals store nothing** and answer a page that says why, with a status the API documents: a session
//!   already paid (`400`), expired (`400`, after [`CHECKOUT_SESSION_LIFETIME`] or
//!   [`MockServer::expire_checkout_session`]), its product removed (`400`), unknown (`404`), or a missing or
//!   malformed email (`400`: the form again, the reason next to the field).
//!
//! A `POST` of JSON to the same URL, `{"email": "..."}` or no body, completes the session and answers the
//! order, or the API's JSON error.

mod checkout_page;
mod control;
mod dates;
mod faults;
mod lifecycle;
mod routes;
mod seed;
mod server;
mod spec;
mod standalone;
mod state;
mod store;

use std::time::Duration;

pub use control::{Fixtures, PREFIX as CONTROL_PREFIX};
pub use dates::{iso, iso_date};
pub use faults::Faults;
pub(crate) use faults::{Fault, FaultState};
pub use server::MockServer;
pub use standalone::Standalone;
pub use state::{Footprint, RecordedRequest, SpecViolation};
pub(crate) use state::{RequestLog, RouteKey, Shared};
pub use store::Delivery;

/// The test-mode API key every fake server accepts (any `pk_test_...` or `pk_live_...` key works).
pub const TEST_API_KEY: &str = "pk_test_mock_0123456789abcdef";

/// How long a checkout session can be paid after it was created: 24 hours. After that its page says it has
/// expired and paying it is refused; [`MockServer::expire_checkout_session`] ends it early, for tests.
pub const CHECKOUT_SESSION_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// The fake server's limits: what keeps its memory bounded whatever clients send.
pub mod limits {
    /// Longest request target (path and query) the fake reads, in bytes; a longer one is answered `414` with
    /// the API's error shape. (Past 64 KiB, hyper answers `414` itself, with an empty body, before the fake
    /// sees the request.)
    pub const MAX_URI_BYTES: usize = 8 * 1024;
    /// Largest request body the fake reads, in bytes; a larger one is answered `413`.
    pub const MAX_BODY_BYTES: usize = 1024 * 1024;
    /// How many recent requests [`MockServer::requests`](super::MockServer::requests) keeps at most...
    pub const RECENT_REQUESTS: usize = 10_000;
    /// ...and how many bytes of them (methods, paths and bookkeeping): with very long paths it keeps fewer.
    pub const RECENT_REQUEST_BYTES: usize = 2 * 1024 * 1024;
    /// How many distinct method and concrete path pairs
    /// [`MockServer::request_count`](super::MockServer::request_count) counts one by one. Counts by route
    /// template need no limit: there are as many as routes.
    pub const COUNTED_PATHS: usize = 1_024;
    /// How many webhook deliveries [`MockServer::deliveries`](super::MockServer::deliveries) keeps at most,
    /// the latest...
    pub const KEPT_DELIVERIES: usize = 10_000;
    /// ...and how many bytes of them (bodies, URLs, signatures): with large bodies it keeps fewer.
    pub const KEPT_DELIVERY_BYTES: usize = 32 * 1024 * 1024;
}

/// What a new server starts with (`"empty"` or `"demo"` in JSON, as `POST /__mock/reset` takes it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seed {
    /// Nothing but the account.
    #[default]
    Empty,
    /// Deterministic demo data: products, subscription offers, 260 orders, customers, reviews, discounts,
    /// upsells and subscriptions, all in test mode.
    Demo,
}

/// Settings of [`MockServer::start_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct MockOptions {
    /// Initial data.
    pub seed: Seed,
    /// Port on 127.0.0.1; 0 (the default) picks a free one.
    pub port: u16,
}

/// Why a server-side helper failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockError(pub String);

impl std::fmt::Display for MockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MockError {}

impl From<lifecycle::Refused> for MockError {
    fn from(refused: lifecycle::Refused) -> MockError {
        match refused {
            lifecycle::Refused::Unknown => MockError("Subscription not found".into()),
            lifecycle::Refused::State(_, message) => MockError(message),
        }
    }
}

/// Writes `port` to `path` (digits and a newline) so that a reader never sees it half-written: into a file
/// beside it, then renamed. The one port-file writer of `pocketsflow-mock --port-file`, `pocketsflow mock` and
/// `pocketsflow listen`: a script starts a server on port 0 in the background and waits for the file.
pub fn write_port_file(path: &std::path::Path, port: u16) -> std::io::Result<()> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(".tmp");
    std::fs::write(&aside, format!("{port}\n"))?;
    std::fs::rename(&aside, path)
}
