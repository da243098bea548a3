//! Why a delivery was refused: [`WebhookError`], with the HTTP status a receiver answers.

use std::fmt;
use std::time::Duration;

/// Why a delivery was refused. Each case is worded for the log of the receiver.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is absent (`X-Pocketsflow-Signature`, or `X-Pocketsflow-Timestamp` unless
    /// [`Verifier::allow_missing_timestamp`](super::Verifier::allow_missing_timestamp)).
    MissingHeader(&'static str),
    /// A header is present but unreadable.
    MalformedHeader {
        /// The header's name.
        header: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The signature does not match the body and secret.
    SignatureMismatch,
    /// The timestamp is further in the past than the tolerance.
    StaleTimestamp {
        /// How old the delivery is.
        age: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The timestamp is further in the future than the tolerance.
    FutureTimestamp {
        /// How far ahead it is.
        ahead: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The [`ReplayGuard`](super::ReplayGuard) already accepted this body within the window: a replay (whatever its timestamp).
    Replayed,
    /// The [`ReplayGuard`](super::ReplayGuard) holds `capacity` deliveries, none expired yet: it refuses new ones rather than
    /// forget one that could then be replayed.
    ReplayGuardFull {
        /// The guard's capacity.
        capacity: usize,
    },
    /// The shared replay store ([`Verifier::replay_store`](super::Verifier::replay_store)) did not answer in time or at all: the delivery is
    /// refused (503, so the sender may retry) rather than admitted without replay protection.
    ReplayStoreUnavailable(String),
    /// [`Verifier::verify`](super::Verifier::verify) or [`Verifier::construct_event`](super::Verifier::construct_event) (blocking) was called on a verifier whose replay
    /// store is shared and asynchronous: use [`Verifier::verify_async`](super::Verifier::verify_async) or [`Verifier::construct_event_async`](super::Verifier::construct_event_async)
    /// (the axum extractor does). A programming error, answered 500.
    ReplayStoreNeedsAsync,
    /// The body is not a JSON object.
    InvalidBody(String),
    /// Neither the body's `event` nor `X-Pocketsflow-Event` names the event.
    MissingEventName,
}

impl WebhookError {
    /// The HTTP status a receiver should answer with: 401 when the delivery cannot be trusted, 409 for a
    /// replay (authentic, but already accepted), 503 when the replay guard is full (try again later), 400 when
    /// it is trusted but unreadable.
    pub fn status_code(&self) -> u16 {
        match self {
            WebhookError::MissingHeader(_)
            | WebhookError::MalformedHeader { .. }
            | WebhookError::SignatureMismatch
            | WebhookError::StaleTimestamp { .. }
            | WebhookError::FutureTimestamp { .. } => 401,
            WebhookError::Replayed => 409,
            WebhookError::ReplayGuardFull { .. } | WebhookError::ReplayStoreUnavailable(_) => 503,
            WebhookError::ReplayStoreNeedsAsync => 500,
            WebhookError::InvalidBody(_) | WebhookError::MissingEventName => 400,
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader(h) => write!(f, "webhook delivery has no {h} header"),
            WebhookError::MalformedHeader { header, reason } => {
                write!(f, "webhook header {header} is malformed: {reason}")
            }
            WebhookError::SignatureMismatch => {
                f.write_str("webhook signature does not match the body (wrong secret, or the body was altered)")
            }
            WebhookError::StaleTimestamp { age, tolerance } => write!(
                f,
                "webhook delivery is {}s old, more than the {}s tolerance (a replay?)",
                age.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::FutureTimestamp { ahead, tolerance } => write!(
                f,
                "webhook timestamp is {}s in the future, more than the {}s tolerance",
                ahead.as_secs(),
                tolerance.as_secs()
            ),
            WebhookError::Replayed => f.write_str("webhook delivery was already accepted (same signed body): a replay"),
            WebhookError::ReplayGuardFull { capacity } => write!(
                f,
                "webhook replay guard is full ({capacity} recent deliveries); refusing rather than forgetting one"
            ),
            WebhookError::ReplayStoreUnavailable(reason) => {
                write!(f, "webhook replay store unavailable ({reason}); refusing rather than risking a replay")
            }
            WebhookError::ReplayStoreNeedsAsync => f.write_str(
                "this verifier's replay store is shared and asynchronous: call verify_async or construct_event_async",
            ),
            WebhookError::InvalidBody(reason) => {
                write!(f, "webhook body is not a JSON object: {reason}")
            }
            WebhookError::MissingEventName => {
                f.write_str("webhook delivery names no event (no `event` field, no X-Pocketsflow-Event header)")
            }
        }
    }
}

impl std::error::Error for WebhookError {}
