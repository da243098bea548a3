//! Receiving webhooks: verify a delivery's signature and parse it into a typed [`Event`].
//!
//! Pocketsflow signs each delivery: `X-Pocketsflow-Signature` is the hex HMAC-SHA256 of the raw request body,
//! keyed with the endpoint's signing secret (`whsec_...`, the `secret` of the [`Webhook`](crate::types::Webhook),
//! a [`WebhookSecret`]).
//! `X-Pocketsflow-Timestamp` (Unix seconds or milliseconds) tells when it was sent; deliveries older or newer
//! than the tolerance (5 minutes by default) are refused, to blunt replays. `X-Pocketsflow-Event` names the
//! event when the body does not.
//!
//! The one call for the common case takes the raw body and the headers, so it fits any framework:
//!
//! ```
//! use pocketsflow::events::{sign, Event, Verifier, WebhookSecret};
//!
//! let secret = WebhookSecret::new("whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e");
//! let body = br#"{"event":"order.completed","order":{"id":"order_xyz123"},"amount":64.99,"currency":"usd"}"#;
//! // What Pocketsflow sends (here made up with `sign`, as a test would):
//! let mut headers = http::HeaderMap::new();
//! headers.insert("x-pocketsflow-signature", sign(&secret, body).parse().unwrap());
//!
//! let event = Verifier::new(secret).construct_event(body, &headers).unwrap();
//! match event {
//!     Event::OrderCompleted(order) => assert_eq!(order.amount, Some(64.99)),
//!     other => println!("unhandled {}", other.name()),
//! }
//! ```
//!
//! With the `axum` feature, `VerifiedEvent` does this as an axum extractor.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::Sha256;

/// Header carrying the hex HMAC-SHA256 of the body.
pub const SIGNATURE_HEADER: &str = "x-pocketsflow-signature";
/// Header carrying the send time, in Unix seconds or milliseconds.
pub const TIMESTAMP_HEADER: &str = "x-pocketsflow-timestamp";
/// Header carrying the event name.
pub const EVENT_HEADER: &str = "x-pocketsflow-event";
/// Default tolerance between the delivery's timestamp and now.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// A webhook signing secret (`whsec_...`): what [`Webhook::secret`](crate::types::Webhook) holds, and what a
/// [`Verifier`] takes.
///
/// It never prints: `Debug` shows `WebhookSecret([redacted])` (so no model holding one ever shows it), and
/// there is no `Display`; [`expose_secret`](Self::expose_secret) is the one way to read it. It serializes as
/// the plain string, as the API sends it. Equality takes the same time whatever the contents (only the lengths
/// may tell).
///
/// ```
/// use pocketsflow::events::{Verifier, WebhookSecret};
///
/// let webhook: pocketsflow::types::Webhook = serde_json::from_str(r#"{"_id":"w1","userId":"u1",
///     "url":"https://example.com/hook","events":["order.completed"],"active":true,
///     "secret":"whsec_5f2b8c1d9e7a4b3c2d1e0f9a8b7c6d5e","testMode":true,"createdAt":"2024-03-01"}"#).unwrap();
/// assert!(!format!("{webhook:?}").contains("5f2b8c"));
/// let _verifier = Verifier::new(webhook.secret.clone());
/// assert!(webhook.secret.expose_secret().starts_with("whsec_"));
/// ```
#[derive(Clone, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct WebhookSecret(String);

impl WebhookSecret {
    /// Wraps a secret, as shown in the dashboard or returned by `webhooks().create()`.
    pub fn new(secret: impl Into<String>) -> Self {
        WebhookSecret(secret.into())
    }

    /// The secret itself. Keep it out of logs: this is the only way to read it.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC accepts keys of any length; this cannot fail.
        Hmac::<Sha256>::new_from_slice(self.0.as_bytes()).expect("HMAC takes keys of any length")
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret([redacted])")
    }
}

impl PartialEq for WebhookSecret {
    /// Compares every byte whatever the first difference, so the time taken does not tell where it is.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && std::hint::black_box(a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y))) == 0
    }
}

impl Eq for WebhookSecret {}

impl From<&str> for WebhookSecret {
    fn from(secret: &str) -> Self {
        WebhookSecret::new(secret)
    }
}

impl From<String> for WebhookSecret {
    fn from(secret: String) -> Self {
        WebhookSecret::new(secret)
    }
}

impl From<&WebhookSecret> for WebhookSecret {
    fn from(secret: &WebhookSecret) -> Self {
        secret.clone()
    }
}

/// The signature Pocketsflow puts in `X-Pocketsflow-Signature` for `body`: lower-case hex HMAC-SHA256.
/// Useful to test a receiver, or for a fake server to sign its deliveries.
pub fn sign(secret: &WebhookSecret, body: &[u8]) -> String {
    let mut mac = secret.mac();
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Why a delivery was refused. Each case is worded for the log of the receiver.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is absent.
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
    /// The body is not a JSON object.
    InvalidBody(String),
    /// Neither the body's `event` nor `X-Pocketsflow-Event` names the event.
    MissingEventName,
}

impl WebhookError {
    /// The HTTP status a receiver should answer with: 401 when the delivery cannot be trusted, 400 when it is
    /// trusted but unreadable.
    pub fn status_code(&self) -> u16 {
        match self {
            WebhookError::MissingHeader(_)
            | WebhookError::MalformedHeader { .. }
            | WebhookError::SignatureMismatch
            | WebhookError::StaleTimestamp { .. }
            | WebhookError::FutureTimestamp { .. } => 401,
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

/// Verifies deliveries for one endpoint.
#[derive(Debug, Clone)]
pub struct Verifier {
    secret: WebhookSecret,
    tolerance: Option<Duration>,
}

impl Verifier {
    /// A verifier with the default 5-minute timestamp tolerance.
    pub fn new(secret: impl Into<WebhookSecret>) -> Self {
        Verifier { secret: secret.into(), tolerance: Some(DEFAULT_TOLERANCE) }
    }

    /// Changes the timestamp tolerance.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = Some(tolerance);
        self
    }

    /// Accepts any timestamp (not recommended: it gives up the replay check).
    pub fn ignore_timestamp(mut self) -> Self {
        self.tolerance = None;
        self
    }

    /// Checks signature and timestamp of a delivery, as of now.
    pub fn verify(&self, body: &[u8], headers: &http::HeaderMap) -> Result<(), WebhookError> {
        self.verify_at(body, headers, SystemTime::now())
    }

    /// Checks signature and timestamp as of `now` (for tests and replays of stored deliveries).
    pub fn verify_at(&self, body: &[u8], headers: &http::HeaderMap, now: SystemTime) -> Result<(), WebhookError> {
        let signature =
            header(headers, SIGNATURE_HEADER)?.ok_or(WebhookError::MissingHeader("X-Pocketsflow-Signature"))?;
        let hex_part = signature.strip_prefix("sha256=").unwrap_or(signature).trim();
        let expected = hex::decode(hex_part).map_err(|e| WebhookError::MalformedHeader {
            header: "X-Pocketsflow-Signature",
            reason: format!("not hexadecimal ({e})"),
        })?;
        if expected.len() != 32 {
            return Err(WebhookError::MalformedHeader {
                header: "X-Pocketsflow-Signature",
                reason: format!("{} bytes, a SHA-256 HMAC has 32", expected.len()),
            });
        }
        let mut mac = self.secret.mac();
        mac.update(body);
        // Constant-time comparison (the `hmac` crate compares with `subtle`).
        mac.verify_slice(&expected).map_err(|_| WebhookError::SignatureMismatch)?;

        if let (Some(tolerance), Some(ts)) = (self.tolerance, header(headers, TIMESTAMP_HEADER)?) {
            let sent = parse_timestamp(ts)?;
            match now.duration_since(sent) {
                Ok(age) if age > tolerance => return Err(WebhookError::StaleTimestamp { age, tolerance }),
                Err(ahead) if ahead.duration() > tolerance => {
                    return Err(WebhookError::FutureTimestamp { ahead: ahead.duration(), tolerance })
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Verifies a delivery, then parses it into an [`Event`]: the one call for the common case.
    pub fn construct_event(&self, body: &[u8], headers: &http::HeaderMap) -> Result<Event, WebhookError> {
        self.verify(body, headers)?;
        Event::parse(body, header(headers, EVENT_HEADER)?)
    }
}

/// [`Verifier::construct_event`] with the default tolerance.
pub fn construct_event(
    body: &[u8],
    headers: &http::HeaderMap,
    secret: impl Into<WebhookSecret>,
) -> Result<Event, WebhookError> {
    Verifier::new(secret).construct_event(body, headers)
}

fn header<'h>(headers: &'h http::HeaderMap, name: &'static str) -> Result<Option<&'h str>, WebhookError> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => value.to_str().map(Some).map_err(|_| WebhookError::MalformedHeader {
            header: display_name(name),
            reason: "not visible ASCII".to_owned(),
        }),
    }
}

fn display_name(name: &'static str) -> &'static str {
    match name {
        SIGNATURE_HEADER => "X-Pocketsflow-Signature",
        TIMESTAMP_HEADER => "X-Pocketsflow-Timestamp",
        _ => "X-Pocketsflow-Event",
    }
}

/// Unix seconds, or milliseconds when the number is too large to be seconds.
fn parse_timestamp(value: &str) -> Result<SystemTime, WebhookError> {
    let malformed =
        |reason: &str| WebhookError::MalformedHeader { header: "X-Pocketsflow-Timestamp", reason: reason.to_owned() };
    let number: u64 = value.trim().parse().map_err(|_| malformed("not a whole number of seconds or milliseconds"))?;
    let since_epoch =
        if number >= 100_000_000_000 { Duration::from_millis(number) } else { Duration::from_secs(number) };
    UNIX_EPOCH.checked_add(since_epoch).ok_or_else(|| malformed("out of range"))
}

macro_rules! events {
    ($($(#[$doc:meta])* $variant:ident($payload:ty) = $name:literal,)+) => {
        /// A webhook event. New event names arrive as [`Event::Unknown`], so a receiver never breaks on them.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $($(#[$doc])* $variant($payload),)+
            /// An event this SDK does not know yet, with its whole body.
            Unknown {
                /// The event name.
                name: String,
                /// The body.
                payload: Map<String, Value>,
            },
        }

        impl Event {
            /// The event's name, as the API spells it (`order.completed`, ...).
            pub fn name(&self) -> &str {
                match self {
                    $(Event::$variant(_) => $name,)+
                    Event::Unknown { name, .. } => name,
                }
            }

            fn from_parts(name: &str, body: Map<String, Value>) -> Result<Self, WebhookError> {
                let invalid = |e: serde_json::Error| WebhookError::InvalidBody(format!("{name}: {e}"));
                Ok(match name {
                    $($name => Event::$variant(serde_json::from_value(Value::Object(body)).map_err(invalid)?),)+
                    _ => Event::Unknown { name: name.to_owned(), payload: body },
                })
            }
        }
    };
}

events! {
    /// An order was completed.
    OrderCompleted(OrderEvent) = "order.completed",
    /// An order was refunded.
    OrderRefunded(OrderEvent) = "order.refunded",
    /// A product was created.
    ProductCreated(Payload) = "product.created",
    /// A product was updated.
    ProductUpdated(Payload) = "product.updated",
    /// A product was deleted.
    ProductDeleted(Payload) = "product.deleted",
    /// A review was submitted.
    ReviewCreated(Payload) = "review.created",
    /// A new customer was created.
    CustomerCreated(Payload) = "customer.created",
    /// A subscription was created.
    CustomerSubscriptionCreated(Payload) = "customer.subscription.created",
    /// A subscription's plan changed.
    CustomerSubscriptionUpdated(Payload) = "customer.subscription.updated",
    /// A subscription was canceled.
    CustomerSubscriptionDeleted(Payload) = "customer.subscription.deleted",
    /// A subscription's trial ends soon.
    CustomerSubscriptionTrialWillEnd(Payload) = "customer.subscription.trial_will_end",
    /// A subscription was paused.
    CustomerSubscriptionPause(Payload) = "customer.subscription.pause",
    /// A subscription was resumed.
    CustomerSubscriptionResumed(Payload) = "customer.subscription.resumed",
    /// An invoice was paid.
    InvoicePaid(Payload) = "invoice.paid",
    /// A subscription payment succeeded.
    InvoicePaymentSucceeded(Payload) = "invoice.payment_succeeded",
    /// A subscription payment failed.
    InvoicePaymentFailed(Payload) = "invoice.payment_failed",
    /// A new invoice was created.
    InvoiceCreated(Payload) = "invoice.created",
    /// An invoice is about to be created.
    InvoiceUpcoming(Payload) = "invoice.upcoming",
    /// An initial payment succeeded.
    PaymentIntentSucceeded(Payload) = "payment_intent.succeeded",
    /// An initial payment failed.
    PaymentIntentPaymentFailed(Payload) = "payment_intent.payment_failed",
    /// An identity verification succeeded.
    IdentityVerificationSessionVerified(Payload) = "identity.verification_session.verified",
    /// An identity verification is being processed.
    IdentityVerificationSessionProcessing(Payload) = "identity.verification_session.processing",
    /// An identity verification needs more input.
    IdentityVerificationSessionRequiresInput(Payload) = "identity.verification_session.requires_input",
}

impl Event {
    /// Parses a body already verified, taking the event name from its `event` field, else from
    /// `event_header` (the `X-Pocketsflow-Event` value).
    pub fn parse(body: &[u8], event_header: Option<&str>) -> Result<Event, WebhookError> {
        let body: Map<String, Value> =
            serde_json::from_slice(body).map_err(|e| WebhookError::InvalidBody(e.to_string()))?;
        let name = match body.get("event").and_then(Value::as_str) {
            Some(name) if !name.is_empty() => name.to_owned(),
            _ => event_header.filter(|h| !h.trim().is_empty()).ok_or(WebhookError::MissingEventName)?.trim().to_owned(),
        };
        Event::from_parts(&name, body)
    }
}

/// The body of an event whose shape the documentation does not give: every field, as received.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Payload {
    /// Id of the webhook the delivery is for.
    #[serde(rename = "webhookId", default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<String>,
    /// Every other field.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// The body of `order.completed` and `order.refunded`, as documented.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderEvent {
    /// Id of the webhook the delivery is for.
    #[serde(default)]
    pub webhook_id: Option<String>,
    /// The product bought.
    #[serde(default)]
    pub product: Option<EventProduct>,
    /// The order.
    #[serde(default)]
    pub order: Option<EventOrder>,
    /// Currency, lower case (`usd`).
    #[serde(default)]
    pub currency: Option<String>,
    /// The buyer.
    #[serde(default)]
    pub customer: Option<EventCustomer>,
    /// Tax applied.
    #[serde(default)]
    pub tax: Option<EventTax>,
    /// Amount paid, tax included.
    #[serde(default)]
    pub amount: Option<f64>,
    /// Amount before tax.
    #[serde(default)]
    pub amount_before_tax: Option<f64>,
    /// Metadata passed at checkout.
    #[serde(default)]
    pub metadata: Option<Map<String, Value>>,
    /// Fields not documented yet.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The product of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventProduct {
    /// Product id.
    #[serde(default)]
    pub id: Option<String>,
    /// Variant id, when a variant was bought.
    #[serde(default)]
    pub variant_id: Option<String>,
}

/// The order of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventOrder {
    /// Order id.
    #[serde(default)]
    pub id: Option<String>,
}

/// The buyer of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventCustomer {
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// First name, when collected.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name, when collected.
    #[serde(default)]
    pub last_name: Option<String>,
}

/// Tax of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventTax {
    /// Tax amount.
    #[serde(default)]
    pub amount: Option<f64>,
    /// Rate, as a fraction (0.08).
    #[serde(default)]
    pub rate: Option<f64>,
    /// Rate, as a percentage (8.0).
    #[serde(default)]
    pub percentage: Option<f64>,
    /// Destination country.
    #[serde(rename = "ToCountry", default)]
    pub to_country: Option<String>,
    /// Destination postal code.
    #[serde(rename = "ToZip", default)]
    pub to_zip: Option<String>,
    /// Destination state.
    #[serde(rename = "ToState", default)]
    pub to_state: Option<String>,
    /// The buyer's VAT number.
    #[serde(rename = "vatNumber", default)]
    pub vat_number: Option<String>,
}

#[cfg(feature = "axum")]
mod axum_extractor {
    use axum::body::Bytes;
    use axum::extract::{FromRef, FromRequest, Request};
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Response};

    use super::{Event, Verifier, WebhookError};

    /// An axum extractor yielding a verified, parsed [`Event`]. The [`Verifier`] comes from the router's
    /// state (`Verifier: FromRef<S>`); a delivery that fails verification is answered 401, one that cannot be
    /// parsed 400, each with the reason as text.
    ///
    /// ```no_run
    /// use axum::{routing::post, Router};
    /// use pocketsflow::events::{Event, VerifiedEvent, Verifier};
    ///
    /// async fn receive(VerifiedEvent(event): VerifiedEvent) -> &'static str {
    ///     if let Event::OrderCompleted(order) = event {
    ///         println!("paid: {:?}", order.amount);
    ///     }
    ///     "ok"
    /// }
    ///
    /// let app: Router = Router::new()
    ///     .route("/webhooks/pocketsflow", post(receive))
    ///     .with_state(Verifier::new("whsec_..."));
    /// ```
    #[derive(Debug, Clone)]
    pub struct VerifiedEvent(pub Event);

    /// The rejection of [`VerifiedEvent`].
    #[derive(Debug)]
    pub struct WebhookRejection(pub WebhookError);

    impl IntoResponse for WebhookRejection {
        fn into_response(self) -> Response {
            let status = StatusCode::from_u16(self.0.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
            (status, self.0.to_string()).into_response()
        }
    }

    impl<S> FromRequest<S> for VerifiedEvent
    where
        S: Send + Sync,
        Verifier: FromRef<S>,
    {
        type Rejection = Response;

        async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
            let verifier = Verifier::from_ref(state);
            let headers = request.headers().clone();
            let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
            verifier
                .construct_event(&body, &headers)
                .map(VerifiedEvent)
                .map_err(|e| WebhookRejection(e).into_response())
        }
    }
}

#[cfg(feature = "axum")]
pub use axum_extractor::{VerifiedEvent, WebhookRejection};
