//! The typed [`Event`], generated from the spec's event names, and its payloads.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::WebhookError;

macro_rules! events {
    (pub enum Event { $($(#[$doc:meta])* $variant:ident($payload:ty) = $name:literal,)+ }) => {
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

            /// The payload as `T` when it is one (`event.payload::<OrderEvent>()`), else `None`.
            pub fn payload<T: std::any::Any>(&self) -> Option<&T> {
                match self {
                    $(Event::$variant(payload) => (payload as &dyn std::any::Any).downcast_ref::<T>(),)+
                    Event::Unknown { payload, .. } => (payload as &dyn std::any::Any).downcast_ref::<T>(),
                }
            }

            /// The body as the API sent it: the payload's fields and `event`.
            fn to_body(&self) -> Result<Map<String, Value>, serde_json::Error> {
                let mut body = match self {
                    $(Event::$variant(payload) => match serde_json::to_value(payload)? {
                        Value::Object(fields) => fields,
                        _ => Map::new(),
                    },)+
                    Event::Unknown { payload, .. } => payload.clone(),
                };
                body.insert("event".to_owned(), Value::String(self.name().to_owned()));
                Ok(body)
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

// The event names come from the spec's webhook event enum (the schema marked `x-event-payloads`), with the
// payload type that extension names, else `Payload`; written by build.rs (codegen/sdk.rs).
include!(concat!(env!("OUT_DIR"), "/sdk_events.rs"));

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

impl Event {
    /// The payload of `order.completed` and `order.refunded`: the order id, the buyer and the amount at a glance
    /// ([`OrderEvent::order_id`], [`OrderEvent::buyer_email`], ...).
    pub fn order(&self) -> Option<&OrderEvent> {
        self.payload::<OrderEvent>()
    }
}

/// An event is written as the body the API sent (its fields and `event`), so a verified event can be queued
/// and read back later: `serde_json::to_vec(&event)`, then `serde_json::from_slice::<Event>(...)` gives it again.
impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_body().map_err(serde::ser::Error::custom)?.serialize(serializer)
    }
}

/// Reads what [`Serialize`] wrote (or a delivery's body): the event name from its `event` field.
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let body = Map::<String, Value>::deserialize(deserializer)?;
        let name = match body.get("event").and_then(Value::as_str) {
            Some(name) if !name.is_empty() => name.to_owned(),
            _ => return Err(serde::de::Error::custom(WebhookError::MissingEventName)),
        };
        Event::from_parts(&name, body).map_err(serde::de::Error::custom)
    }
}

impl OrderEvent {
    /// The order's id (`order._id`), what `pf.orders().get(...)` takes.
    pub fn order_id(&self) -> Option<&str> {
        self.order.as_ref()?.id.as_deref()
    }

    /// The product's id (`product._id`).
    pub fn product_id(&self) -> Option<&str> {
        self.product.as_ref()?.id.as_deref()
    }

    /// The buyer's email (`customer.email`).
    pub fn buyer_email(&self) -> Option<&str> {
        self.customer.as_ref()?.email.as_deref()
    }

    /// The currency as the API's orders spell it, upper case (`USD`); the event itself sends it lower case
    /// (`usd`, in [`OrderEvent::currency`]).
    pub fn currency_code(&self) -> Option<String> {
        self.currency.as_deref().map(str::to_ascii_uppercase)
    }

    /// A value of the metadata given at checkout (`metadata.cart`).
    pub fn metadata_value(&self, key: &str) -> Option<&Value> {
        self.metadata.as_ref()?.get(key)
    }

    /// A text value of the metadata given at checkout; `None` when absent or not text.
    pub fn metadata_str(&self, key: &str) -> Option<&str> {
        self.metadata_value(key)?.as_str()
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
#[serde(rename_all = "camelCase", default)]
pub struct OrderEvent {
    /// Id of the webhook the delivery is for.
    pub webhook_id: Option<String>,
    /// The product bought.
    pub product: Option<EventProduct>,
    /// The order.
    pub order: Option<EventOrder>,
    /// Currency, lower case as the event sends it (`usd`); the order says `USD` ([`OrderEvent::currency_code`]).
    pub currency: Option<String>,
    /// The buyer.
    pub customer: Option<EventCustomer>,
    /// Tax applied.
    pub tax: Option<EventTax>,
    /// Amount paid, tax included: the gross, the order's `gross_amount` (fees are not taken off; the order's
    /// `net_amount` is what remains after them).
    pub amount: Option<crate::types::Money>,
    /// Amount before tax.
    pub amount_before_tax: Option<crate::types::Money>,
    /// Metadata passed at checkout.
    pub metadata: Option<Map<String, Value>>,
    /// Fields not documented yet.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The product of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EventProduct {
    /// Product id.
    pub id: Option<String>,
    /// Variant id, when a variant was bought.
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
#[serde(rename_all = "camelCase", default)]
pub struct EventCustomer {
    /// Email.
    pub email: Option<String>,
    /// First name, when collected.
    pub first_name: Option<String>,
    /// Last name, when collected.
    pub last_name: Option<String>,
}

/// Tax of an [`OrderEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventTax {
    /// Tax amount.
    #[serde(default)]
    pub amount: Option<crate::types::Money>,
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
