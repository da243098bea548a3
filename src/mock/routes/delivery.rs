//! Webhook deliveries: the signed `POST` of an event to each endpoint that subscribed to it, recorded.

use serde_json::{Map, Value};

use super::S;
use crate::events::sign;
use crate::mock::store::Delivery;
use crate::types::*;

/// Sends `event` to every active webhook of the mode that subscribed to it, without waiting for them.
pub(crate) fn emit(s: &S, test_mode: bool, event: WebhookEvent, payload: Value) {
    let targets: Vec<Webhook> = s
        .store()
        .webhooks
        .values()
        .filter(|w| w.test_mode == test_mode && w.active && w.events.iter().any(|e| e == event.as_str()))
        .cloned()
        .collect();
    for webhook in targets {
        deliver(s, &webhook, event.as_str(), payload.clone());
    }
}

pub(super) fn deliver(s: &S, webhook: &Webhook, event: &str, payload: Value) {
    let mut body = Map::new();
    body.insert("webhookId".into(), Value::String(webhook.id.clone()));
    body.insert("event".into(), Value::String(event.to_owned()));
    if let Value::Object(fields) = payload {
        body.extend(fields);
    }
    let body = Value::Object(body).to_string();
    let signature = sign(&webhook.secret, body.as_bytes());
    let timestamp = s.clock().unix().to_string();
    let mut delivery = Delivery {
        webhook_id: webhook.id.clone(),
        url: webhook.url.clone(),
        event: event.to_owned(),
        body,
        signature,
        timestamp,
        status: None,
        error: None,
    };
    let shared = s.clone();
    tokio::spawn(async move {
        let result = shared
            .http
            .post(&delivery.url)
            .header("content-type", "application/json")
            .header("x-pocketsflow-event", &delivery.event)
            .header("x-pocketsflow-signature", &delivery.signature)
            .header("x-pocketsflow-timestamp", &delivery.timestamp)
            .body(delivery.body.clone())
            .send()
            .await;
        match result {
            Ok(response) => delivery.status = Some(response.status().as_u16()),
            Err(e) => {
                delivery.error = Some(if e.is_timeout() { "timed out after 5 s".to_owned() } else { e.to_string() })
            }
        }
        shared.store().deliveries.push(delivery);
    });
}
