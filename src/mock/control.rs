//! The control plane: what a test does to the fake besides calling the API (reset it, load and export its
//! objects, inject faults, pay, decline or expire a checkout, move its clock, read what it received and sent).
//!
//! Each operation is one function here, run by both front ends: the HTTP routes under [`PREFIX`]
//! (`routes/control.rs`, documented by `src/mock/control.yaml`, for any language and for the
//! `pocketsflow-mock` binary) and the [`MockServer`](super::MockServer) methods of Rust tests.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::store::Store;
use super::{seed, Faults, RequestLog, Seed, Shared};
use crate::types::*;

/// The path prefix of the control plane: no path of the API starts with it.
pub const PREFIX: &str = "/__mock";

/// Every object the fake holds, in the shapes openapi.yaml gives them: what the fake exports and loads
/// (`GET` and `PUT /__mock/fixtures`, [`MockServer::fixtures`](super::MockServer::fixtures),
/// [`MockServer::load_fixtures`](super::MockServer::load_fixtures), `pocketsflow-mock --fixtures FILE`). Both
/// modes are held (each object says its `testMode`); a list left out is empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Fixtures {
    /// Products.
    pub products: Vec<Product>,
    /// Product variants.
    pub variants: Vec<ProductVariant>,
    /// Orders.
    pub orders: Vec<Order>,
    /// Customers.
    pub customers: Vec<Customer>,
    /// Reviews.
    pub reviews: Vec<Review>,
    /// Discounts.
    pub discounts: Vec<Discount>,
    /// Upsells.
    pub upsells: Vec<Upsell>,
    /// Subscriptions of buyers.
    pub subscriptions: Vec<Subscription>,
    /// Subscription offers.
    pub subscription_offers: Vec<SubscriptionOffer>,
    /// Webhook endpoints (with their signing secrets).
    pub webhooks: Vec<Webhook>,
    /// Refunds; each is of its order's mode.
    pub refunds: Vec<Refund>,
}

impl Fixtures {
    /// Reads fixtures from JSON, naming the object and field that do not match (`products[2].price: ...`).
    pub fn from_json(json: &[u8]) -> Result<Fixtures, String> {
        let mut reader = serde_json::Deserializer::from_slice(json);
        serde_path_to_error::deserialize(&mut reader).map_err(|e| {
            let path = e.path().to_string();
            let message = e.into_inner().to_string();
            if path == "." {
                message
            } else {
                format!("{path}: {message}")
            }
        })
    }

    fn count(&self) -> usize {
        self.products.len()
            + self.variants.len()
            + self.orders.len()
            + self.customers.len()
            + self.reviews.len()
            + self.discounts.len()
            + self.upsells.len()
            + self.subscriptions.len()
            + self.subscription_offers.len()
            + self.webhooks.len()
            + self.refunds.len()
    }
}

/// Empties the server and loads `seed` (the one it started with when `None`): objects, checkout sessions,
/// deliveries, the request log, spec violations and faults go, and the clock is real time again.
pub(crate) fn reset(shared: &Shared, seed: Option<Seed>) -> String {
    let seed = seed.unwrap_or(shared.seed);
    let mut store = Store::new();
    if seed == Seed::Demo {
        seed::demo(&mut store);
    }
    *shared.store() = store;
    Faults { shared }.clear();
    *lock(&shared.requests) = RequestLog::default();
    *lock(&shared.clock) = Default::default();
    shared.clear_violations();
    format!("reset to the {} seed", if seed == Seed::Demo { "demo" } else { "empty" })
}

fn values<T: Clone>(map: &BTreeMap<String, T>) -> Vec<T> {
    map.values().cloned().collect()
}

/// Every object the server holds.
pub(crate) fn export(shared: &Shared) -> Fixtures {
    let st = shared.store();
    Fixtures {
        products: values(&st.products),
        variants: values(&st.variants),
        orders: values(&st.orders),
        customers: values(&st.customers),
        reviews: values(&st.reviews),
        discounts: values(&st.discounts),
        upsells: values(&st.upsells),
        subscriptions: values(&st.subscriptions),
        subscription_offers: values(&st.offers),
        webhooks: values(&st.webhooks),
        refunds: st.refunds.values().map(|(_, refund)| refund.clone()).collect(),
    }
}

/// Replaces every object by `fixtures` (the seller's account stays; checkout sessions go).
pub(crate) fn load(shared: &Shared, fixtures: Fixtures) -> String {
    let count = fixtures.count();
    let mut st = shared.store();
    let mut store = Store::new();
    store.users = st.users.clone();
    store.continue_after(&st);
    for product in fixtures.products {
        store.products.insert(product.id.clone(), product);
    }
    for variant in fixtures.variants {
        store.variants.insert(variant.id.clone(), variant);
    }
    for customer in fixtures.customers {
        store.customers.insert(customer.id.clone(), customer);
    }
    for order in fixtures.orders {
        // Which products each customer bought (the customers list's `productId` filter).
        let buyer =
            store.customers.values().find(|c| c.buyer_email == order.buyer_email && c.test_mode == order.test_mode);
        if let Some(customer) = buyer {
            store.customer_products.entry(customer.id.clone()).or_default().insert(order.product_id.clone());
        }
        store.add_order(order);
    }
    for review in fixtures.reviews {
        store.reviews.insert(review.id.clone(), review);
    }
    for discount in fixtures.discounts {
        store.discounts.insert(discount.id.clone(), discount);
    }
    for upsell in fixtures.upsells {
        store.upsells.insert(upsell.id.clone(), upsell);
    }
    for subscription in fixtures.subscriptions {
        store.add_subscription(subscription);
    }
    for offer in fixtures.subscription_offers {
        store.offers.insert(offer.id.clone(), offer);
    }
    for webhook in fixtures.webhooks {
        store.webhooks.insert(webhook.id.clone(), webhook);
    }
    for refund in fixtures.refunds {
        let test_mode = store.orders.get(&refund.order_id).is_none_or(|order| order.test_mode);
        *store.refunded.entry(refund.order_id.clone()).or_default() += refund.amount;
        store.refunds.insert(refund.id.clone(), (test_mode, refund));
    }
    store.continue_after_ids();
    *st = store;
    format!("loaded {count} object(s)")
}

/// The faults `POST /__mock/faults` sets; each field left out leaves its fault as it is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct FaultsRequest {
    fail_next: Option<FailNext>,
    drop_next: Option<u32>,
    reset_next: Option<u32>,
    latency_ms: Option<u64>,
    rate_limit: Option<RateLimitRequest>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FailNext {
    count: usize,
    status: u16,
    retry_after: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RateLimitRequest {
    per_minute: u32,
    burst: u32,
}

/// The most answers one `failNext` queues.
const MAX_FAIL_NEXT: usize = 1000;

/// Sets faults on the API's next requests; refuses, changing nothing, a value out of its range.
pub(crate) fn set_faults(shared: &Shared, request: FaultsRequest) -> Result<String, String> {
    if let Some(fail) = &request.fail_next {
        if !(1..=MAX_FAIL_NEXT).contains(&fail.count) || !(400..=599).contains(&fail.status) {
            return Err(format!("`failNext` needs a `count` from 1 to {MAX_FAIL_NEXT} and a `status` from 400 to 599"));
        }
    }
    if request.drop_next == Some(0) || request.reset_next == Some(0) {
        return Err("`dropNext` and `resetNext` are at least 1".into());
    }
    if request.latency_ms.is_some_and(|ms| ms > 60_000) {
        return Err("`latencyMs` is at most 60000".into());
    }
    if request.rate_limit.as_ref().is_some_and(|r| r.per_minute == 0 || r.burst == 0) {
        return Err("`rateLimit` needs a `perMinute` and a `burst` of at least 1".into());
    }
    // Applied by the knobs `MockServer::faults` gives Rust tests: one mechanism.
    let faults = Faults { shared };
    if let Some(fail) = request.fail_next {
        faults.fail_next_with_retry_after(fail.count, fail.status, fail.retry_after);
    }
    if let Some(count) = request.drop_next {
        faults.drop_next(count);
    }
    if let Some(count) = request.reset_next {
        faults.reset_next(count);
    }
    if let Some(ms) = request.latency_ms {
        faults.latency(Duration::from_millis(ms));
    }
    if let Some(limit) = request.rate_limit {
        faults.rate_limit(limit.per_minute, limit.burst);
    }
    Ok("faults set".to_owned())
}

/// Clears every fault.
pub(crate) fn clear_faults(shared: &Shared) -> String {
    Faults { shared }.clear();
    "faults cleared".to_owned()
}

/// The clock as `GET /__mock/clock` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ClockView {
    /// In the API's timestamp form.
    now: String,
    frozen: bool,
    offset_seconds: u64,
}

/// What `POST /__mock/clock` takes.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct ClockRequest {
    pub(crate) advance_seconds: Option<u64>,
    pub(crate) frozen: Option<bool>,
}

/// The clock as it stands.
pub(crate) fn clock(shared: &Shared) -> ClockView {
    let clock = shared.clock();
    ClockView {
        now: clock.iso(),
        frozen: clock.is_frozen(),
        offset_seconds: clock.ahead().as_secs_f64().round() as u64,
    }
}

/// The most the clock moves in one step: ten years.
const MAX_ADVANCE_SECONDS: u64 = 315_360_000;

/// Moves the clock forward and freezes or unfreezes it; it never goes back.
pub(crate) fn set_clock(shared: &std::sync::Arc<Shared>, request: ClockRequest) -> Result<ClockView, String> {
    if request.advance_seconds.is_some_and(|s| s > MAX_ADVANCE_SECONDS) {
        return Err(format!("`advanceSeconds` is at most {MAX_ADVANCE_SECONDS} (ten years)"));
    }
    move_clock(shared, request.advance_seconds.map(Duration::from_secs), request.frozen);
    Ok(clock(shared))
}

/// Freezes or unfreezes the clock, then moves it forward, then sends what came due (the one way the clock
/// moves, for `POST /__mock/clock` and `MockServer::advance_clock`/`freeze_clock`).
pub(crate) fn move_clock(shared: &std::sync::Arc<Shared>, advance: Option<Duration>, frozen: Option<bool>) {
    {
        let mut clock = lock(&shared.clock);
        if let Some(frozen) = frozen {
            clock.freeze(frozen);
        }
        if let Some(by) = advance {
            clock.advance(by);
        }
    }
    super::lifecycle::tick(shared);
}

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
