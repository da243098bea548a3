//! `pocketsflow trigger`: sends a signed, realistic delivery of any event to a receiver, as Pocketsflow would.
//!
//! Bodies are built from the spec's examples: `order.*` events have the shape of the SDK's typed
//! `events::OrderEvent` (a unit test parses every body with the SDK), filled from the example order, product
//! and checkout; events about an object the spec describes (`product.*`,
//! `review.*`, `customer.*`, `customer.subscription.*`) carry that object's example under its name, as the
//! API does; other events carry a minimal object of their kind. Every body has a fresh id, so two triggers
//! never look like a replay to a receiver's replay guard.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use pocketsflow::events::{sign, WebhookSecret, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use serde_json::{json, Map, Value};

use crate::error::{redact, CliError};
use crate::operations;

/// A fresh id in the API's style (24 hexadecimal characters).
pub fn fresh_id() -> String {
    let mut out = String::new();
    while out.len() < 24 {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u128(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out.truncate(24);
    out
}

fn example_str(schema: &str, field: &str) -> Option<String> {
    operations::example(schema)?.get(field)?.as_str().map(str::to_owned)
}

fn example_value(schema: &str, field: &str) -> Option<Value> {
    operations::example(schema)?.get(field).cloned()
}

/// The body of an `order.*` event, in the shape of the SDK's typed `OrderEvent`, filled from the spec's
/// examples. Amounts are the examples' JSON numbers as they are (no float arithmetic on money).
fn order_event() -> Value {
    let amount = example_value("Order", "grossAmount").unwrap_or(json!(64.99));
    let tax = example_value("Order", "taxAmount").unwrap_or(json!(0));
    let before_tax = match (amount.as_f64(), tax.as_f64()) {
        (Some(a), Some(t)) if t != 0.0 => json!(((a - t) * 100.0).round() / 100.0),
        _ => amount.clone(),
    };
    json!({
        "product": { "id": example_value("Order", "productId"), "variantId": null },
        "order": { "id": fresh_id() },
        "currency": example_str("Order", "currency").unwrap_or_else(|| "USD".into()).to_lowercase(),
        "customer": {
            "email": example_value("Order", "buyerEmail"),
            "firstName": example_value("User", "firstName"),
            "lastName": example_value("User", "lastName"),
        },
        "tax": {
            "amount": tax,
            "rate": 0,
            "percentage": 0,
            "ToCountry": example_value("Order", "country"),
            "ToZip": null,
            "ToState": null,
            "vatNumber": null,
        },
        "amount": amount,
        "amountBeforeTax": before_tax,
        "metadata": operations::example("CreateCheckoutParams").and_then(|e| e.get("metadata").cloned()),
    })
}

/// `subscription` -> `Subscription`; `payment_intent` -> `PaymentIntent`.
fn schema_name(word: &str) -> String {
    word.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The payload of an event about an object: the spec's example of it (fresh id and dates), or a minimal one.
fn object_event(name: &str, now: u64) -> Value {
    let segments: Vec<&str> = name.split('.').collect();
    let verb = segments.last().copied().unwrap_or_default();
    let nouns: Vec<&str> = if segments.len() > 1 { segments[..segments.len() - 1].to_vec() } else { segments.clone() };
    // The most specific noun the spec describes (`customer.subscription.x` is about a subscription).
    for noun in nouns.iter().rev() {
        if let Some(Value::Object(mut object)) = operations::example(&schema_name(noun)) {
            let id = fresh_id();
            if verb == "deleted" {
                return json!({ *noun: { "_id": id } });
            }
            if object.contains_key("_id") {
                object.insert("_id".into(), json!(id));
            }
            for field in ["createdAt", "updatedAt"] {
                if object.contains_key(field) {
                    object.insert(field.into(), json!(pocketsflow::mock::iso(now, 0)));
                }
            }
            if let Some(status) = match verb {
                "pause" => Some("paused"),
                "resumed" | "created" => Some("active"),
                _ => None,
            } {
                if object.get("status").is_some_and(Value::is_string) {
                    object.insert("status".into(), json!(status));
                }
            }
            return json!({ *noun: object });
        }
    }
    let noun = nouns.last().copied().unwrap_or("object");
    let prefix: String = noun.split('_').filter_map(|w| w.chars().next()).collect();
    json!({ noun: { "id": format!("{prefix}_{}", fresh_id()), "object": noun, "created": now, "livemode": false } })
}

/// The whole body of a delivery of `event`.
pub fn body(event: &str) -> Value {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let payload = if event.split('.').next() == Some("order") { order_event() } else { object_event(event, now) };
    let mut body = Map::new();
    body.insert("webhookId".into(), json!(example_str("Webhook", "_id").unwrap_or_else(fresh_id)));
    body.insert("event".into(), json!(event));
    if let Value::Object(fields) = payload {
        body.extend(fields);
    }
    Value::Object(body)
}

/// Sets `value` at the dotted path `keys` of `body`, creating the objects on the way; a key that goes
/// through something that is not an object is an error naming it.
pub fn set_field(body: &mut Value, keys: &[String], value: Value) -> Result<(), String> {
    let Some((last, parents)) = keys.split_last() else { return Err("an empty path".into()) };
    let mut node = body;
    for (depth, key) in parents.iter().enumerate() {
        let object = node.as_object_mut().ok_or_else(|| format!("{} is not an object", keys[..depth].join(".")))?;
        node = object.entry(key.clone()).or_insert_with(|| Value::Object(Map::new()));
    }
    let object = node.as_object_mut().ok_or_else(|| format!("{} is not an object", parents.join(".")))?;
    object.insert(last.clone(), value);
    Ok(())
}

/// Sends the delivery, with `overrides` applied to its body; prints what the receiver answered. A non-2xx
/// answer is an error (exit 1).
pub async fn run(
    event: &str,
    overrides: &[(Vec<String>, Value)],
    to: &reqwest::Url,
    secret: &WebhookSecret,
    json_output: bool,
) -> Result<(), CliError> {
    if !operations::WEBHOOK_EVENTS.contains(&event) {
        eprintln!("note: {event} is not an event the spec lists; sending it anyway");
    }
    if !secret.expose_secret().starts_with("whsec_") {
        eprintln!("note: the secret does not start with whsec_");
    }
    let mut body = body(event);
    for (keys, value) in overrides {
        set_field(&mut body, keys, value.clone())
            .map_err(|e| CliError::usage(format!("--set {}: {e}", keys.join("."))))?;
    }
    let text = body.to_string();
    let signature = sign(secret, text.as_bytes());
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()).to_string();
    let http = crate::webhook_http_client()?;
    let started = Instant::now();
    let answer = http
        .post(to.clone())
        .header(http::header::CONTENT_TYPE, "application/json")
        .header(http::header::USER_AGENT, concat!("pocketsflow-cli/", env!("CARGO_PKG_VERSION")))
        .header(EVENT_HEADER, event)
        .header(SIGNATURE_HEADER, signature)
        .header(TIMESTAMP_HEADER, timestamp)
        .body(text)
        .send()
        .await
        .map_err(|e| CliError::network(format!("trigger {event}: cannot reach {to}: {e}")))?;
    let status = answer.status();
    let elapsed = started.elapsed().as_millis() as u64;
    let reply = answer.text().await.unwrap_or_default();
    let reply: String = redact(&reply, &[secret.expose_secret()]).chars().take(200).collect();
    if json_output {
        println!(
            "{}",
            json!({ "event": event, "url": to.as_str(), "status": status.as_u16(), "elapsed_ms": elapsed, "body": body })
        );
    } else {
        println!("{event} -> {to}  {status}  ({elapsed} ms)");
    }
    if status.is_success() {
        Ok(())
    } else {
        Err(CliError::api(format!("trigger {event}: the receiver answered {status}: {}", reply.trim())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pocketsflow::events::Event;

    #[test]
    fn every_event_of_the_spec_gets_a_body_the_sdk_parses_as_that_event() {
        for name in operations::WEBHOOK_EVENTS {
            let text = body(name).to_string();
            let event = Event::parse(text.as_bytes(), None).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(event.name(), *name);
            assert!(!matches!(event, Event::Unknown { .. }), "{name} parsed as unknown");
        }
    }

    #[test]
    fn order_events_carry_the_typed_fields_from_the_examples() {
        let text = body("order.completed").to_string();
        let Event::OrderCompleted(order) = Event::parse(text.as_bytes(), None).unwrap() else { panic!("{text}") };
        // Compared as JSON, whatever type the SDK gives amounts.
        assert_eq!(serde_json::to_value(order.amount).unwrap(), serde_json::json!(99.99));
        assert_eq!(serde_json::to_value(order.tax.unwrap().amount).unwrap(), serde_json::json!(0));
        assert_eq!(order.currency.as_deref(), Some("usd"));
        assert_eq!(order.customer.unwrap().email.as_deref(), Some("customer@example.com"));
        assert_eq!(order.order.unwrap().id.unwrap().len(), 24);
        assert_eq!(order.metadata.unwrap()["orderId"], "12345");
        // The product: the example order's `productId`, no variant.
        let product = order.product.expect("the event names its product");
        assert_eq!(product.id.as_deref(), Some("65a1b2c3d4e5f60718293a4b"));
        assert_eq!(product.id, example_str("Order", "productId"), "the example order's product");
        assert_eq!(product.variant_id, None);
    }

    #[test]
    fn objects_come_from_the_examples_and_any_name_works() {
        let paused = body("customer.subscription.pause");
        assert_eq!(paused["subscription"]["status"], "paused");
        assert_eq!(paused["subscription"]["stripeSubscriptionId"], "sub_1OqYk2LkdIwHu7ixA1b2C3d4");
        assert_eq!(body("product.deleted")["product"].as_object().unwrap().len(), 1);
        let custom = body("invoice.paid");
        assert!(custom["invoice"]["id"].as_str().unwrap().starts_with("i_"));
        assert_ne!(body("order.completed"), body("order.completed"), "every delivery is unique");
        assert_eq!(pocketsflow::mock::iso(1_709_647_331, 0), "2024-03-05T14:02:11.000Z");
    }

    #[test]
    fn overrides_set_fields_create_objects_and_refuse_to_go_through_a_value() {
        let mut body = body("order.completed");
        let set = |text: &str| crate::commands::parse_override(text).unwrap();
        for text in
            ["amount=49.99", "customer.email=a@b.example", "metadata.cart=7", "deep.new.key=\"x\"", "note=hello world"]
        {
            let (keys, value) = set(text);
            set_field(&mut body, &keys, value).unwrap();
        }
        assert_eq!(body["amount"], json!(49.99));
        assert_eq!(body["customer"]["email"], json!("a@b.example"));
        assert_eq!(body["metadata"]["cart"], json!(7));
        assert_eq!(body["deep"]["new"]["key"], json!("x"));
        assert_eq!(body["note"], json!("hello world"), "not JSON: a string");
        let Event::OrderCompleted(order) = Event::parse(body.to_string().as_bytes(), None).unwrap() else { panic!() };
        assert_eq!(order.amount, Some(pocketsflow::money!(49.99)));
        assert_eq!(order.buyer_email(), Some("a@b.example"));
        let (keys, value) = set("amount.cents=1");
        assert_eq!(set_field(&mut body, &keys, value).unwrap_err(), "amount is not an object");
        assert!(crate::commands::parse_override("amount").is_err());
        assert!(crate::commands::parse_override("a..b=1").is_err());
    }
}
