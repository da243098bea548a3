//! Receiving webhooks: verify a delivery's signature, refuse replays, and parse it into a typed [`Event`].
//!
//! Pocketsflow signs each delivery: `X-Pocketsflow-Signature` is the hex HMAC-SHA256 of the raw request body,
//! keyed with the endpoint's signing secret (`whsec_...`, the `secret` of the [`Webhook`](crate::types::Webhook),
//! a [`WebhookSecret`]). `X-Pocketsflow-Timestamp` (Unix seconds or milliseconds) tells when it was sent;
//! deliveries older or newer than the tolerance (5 minutes by default) are refused, and so is a delivery
//! without the header (unless you opt out with [`Verifier::allow_missing_timestamp`]).
//! `X-Pocketsflow-Event` names the event when the body does not.
//!
//! # Replays
//!
//! **Pocketsflow signs only the body, not the timestamp.** Whoever captures one delivery can send the same
//! body again with a fresh `X-Pocketsflow-Timestamp`, and the signature still matches: the timestamp window
//! alone cannot stop a replay (it stops only one that keeps the original timestamp, once the window is
//! over). The defence is a [`ReplayGuard`]: a bounded, shared memory of the deliveries accepted recently,
//! keyed by the body's HMAC (which identifies the body), that refuses the same body a second time with
//! [`WebhookError::Replayed`] (409). Its memory lasts the tolerance window, so a body replayed after the
//! window is accepted again: make handlers idempotent on the ids the event carries (order id, ...) as the
//! last line of defence, and widen [`Verifier::tolerance`] to remember longer (with a capacity to match).
//! Two genuine deliveries with byte-identical bodies inside the window (two `webhooks().test()` calls, say)
//! look exactly like a replay: the second is refused.
//!
//! The one call for the common case takes the raw body and the headers, so it fits any framework:
//!
//! ```
//! use std::time::{SystemTime, UNIX_EPOCH};
//! use pocketsflow::events::{sign, Event, ReplayGuard, Verifier, WebhookError, WebhookSecret};
//!
//! let secret = WebhookSecret::new("whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e");
//! // Build it once and share it (it is cheap to clone): the guard remembers across requests.
//! let verifier = Verifier::new(secret.clone()).replay_guard(ReplayGuard::new(10_000));
//!
//! let body = br#"{"event":"order.completed","order":{"id":"order_xyz123"},"amount":64.99,"currency":"usd"}"#;
//! // What Pocketsflow sends (here made up with `sign`, as a test would):
//! let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
//! let mut headers = http::HeaderMap::new();
//! headers.insert("x-pocketsflow-signature", sign(&secret, body).parse().unwrap());
//! headers.insert("x-pocketsflow-timestamp", now.to_string().parse().unwrap());
//!
//! match verifier.construct_event(body, &headers).unwrap() {
//!     Event::OrderCompleted(order) => assert_eq!(order.amount, Some(pocketsflow::money!(64.99))),
//!     other => println!("unhandled {}", other.name()),
//! }
//! // The same delivery again (a fresh timestamp would not help) is a replay.
//! assert_eq!(verifier.construct_event(body, &headers), Err(WebhookError::Replayed));
//! ```
//!
//! With the `axum` feature, `VerifiedEvent` does this as an axum extractor.

#[cfg(feature = "axum")]
mod axum;
mod error;
mod event;
mod replay;
mod secret;
mod verifier;

use std::time::Duration;

#[cfg(feature = "axum")]
pub use self::axum::{VerifiedEvent, WebhookRejection};
pub use error::WebhookError;
pub use event::*;
pub use replay::{Admission, DeliveryKey, ReplayGuard, ReplayStore, ReplayStoreError, StoreFuture};
pub use secret::{sign, WebhookSecret};
pub use verifier::{construct_event, Verified, Verifier};

/// Header carrying the hex HMAC-SHA256 of the body.
pub const SIGNATURE_HEADER: &str = "x-pocketsflow-signature";
/// Header carrying the send time, in Unix seconds or milliseconds.
pub const TIMESTAMP_HEADER: &str = "x-pocketsflow-timestamp";
/// Header carrying the event name.
pub const EVENT_HEADER: &str = "x-pocketsflow-event";
/// Default tolerance between the delivery's timestamp and now.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);
