//! The numbers the README states, written out: each is used by the behaviour tests through its constant, so a
//! changed constant would pass them; here it fails until the README changes with it.

use std::time::Duration;

use pocketsflow::mock::{limits, CHECKOUT_SESSION_LIFETIME};
use pocketsflow::pacing::RateLimit;
use pocketsflow::paginate::{DEFAULT_MAX_PAGES, MAX_CONCURRENCY, STALL_LIMIT};
use pocketsflow::retry::{RetryPolicy, MAX_RETRY_AFTER};
use pocketsflow::transport::DEFAULT_MAX_RESPONSE_BYTES;

#[test]
fn the_readmes_numbers() {
    // Configuration table and retries.
    assert_eq!(pocketsflow::DEFAULT_TIMEOUT, Duration::from_secs(30));
    assert_eq!(DEFAULT_MAX_RESPONSE_BYTES, 16 * 1024 * 1024);
    assert_eq!((RateLimit::DOCUMENTED.per_minute, RateLimit::DOCUMENTED.burst), (100, 200));
    assert_eq!(MAX_RETRY_AFTER, Duration::from_secs(60));
    let retry = RetryPolicy::default();
    assert_eq!(
        (retry.max_retries, retry.base_delay, retry.max_delay, retry.retry_non_idempotent),
        (2, Duration::from_millis(500), Duration::from_secs(8), false)
    );
    // Listing everything.
    assert_eq!(DEFAULT_MAX_PAGES, 100_000);
    assert_eq!(MAX_CONCURRENCY, 16);
    assert_eq!(STALL_LIMIT, 3);
    let listing =
        format!("{:?}", pocketsflow::Pocketsflow::new("pk_test_x").unwrap().orders().list_all(Default::default()));
    assert!(listing.contains("max_pages: 100000"), "list_all's default bound: {listing}");
    // The fake server's limits and the checkout session's lifetime.
    assert_eq!(limits::MAX_URI_BYTES, 8 * 1024);
    assert_eq!(limits::MAX_BODY_BYTES, 1024 * 1024);
    assert_eq!(limits::RECENT_REQUESTS, 10_000);
    assert_eq!(limits::RECENT_REQUEST_BYTES, 2 * 1024 * 1024);
    assert_eq!(limits::COUNTED_PATHS, 1_024);
    assert_eq!(limits::KEPT_DELIVERIES, 10_000);
    assert_eq!(limits::KEPT_DELIVERY_BYTES, 32 * 1024 * 1024);
    assert_eq!(CHECKOUT_SESSION_LIFETIME, Duration::from_secs(24 * 60 * 60));
    // Several instances: the Redis bound, the shared schedule's margin, the fallback share, the key prefix.
    assert_eq!(pocketsflow::redis::DEFAULT_REDIS_TIMEOUT, Duration::from_millis(500));
    assert_eq!(pocketsflow::redis::SAFETY_MARGIN, 0.02);
    assert_eq!(pocketsflow::redis::DEFAULT_FALLBACK_SHARE, 0.25);
    assert_eq!(pocketsflow::redis::DEFAULT_REPLAY_PREFIX, "pocketsflow:webhook:");
}
