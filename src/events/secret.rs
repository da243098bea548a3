//! The webhook signing secret, which never prints, and the signature Pocketsflow puts on a delivery.

use std::fmt;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// A webhook signing secret (`whsec_...`): what [`Webhook::secret`](crate::types::Webhook) holds, and what a
/// [`Verifier`](super::Verifier) takes.
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

    pub(super) fn mac(&self) -> Hmac<Sha256> {
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
