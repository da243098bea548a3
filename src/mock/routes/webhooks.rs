//! The webhook endpoints: list, get, create, update, delete, and the test event.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;
use serde_json::json;

use super::delivery::deliver;
use super::{get_of, list_of, message, not_found, ok, parse, Mode, Reply, S};
use crate::events::WebhookSecret;
use crate::mock::store::USER_ID;
use crate::types::*;

pub(super) async fn webhooks_list(State(s): State<S>, Extension(m): Extension<Mode>) -> Reply {
    list_of(&s.store().webhooks, m)
}

pub(super) async fn webhooks_get(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    get_of(&s.store().webhooks, &id, m, "Webhook")
}

pub(super) async fn webhooks_create(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: CreateWebhookParams = parse(&body)?;
    let mut st = s.store();
    let webhook = Webhook {
        id: st.id(),
        user_id: USER_ID.to_owned(),
        url: p.url,
        events: p.events.iter().map(|e| e.as_str().to_owned()).collect(),
        description: p.description,
        active: p.active.unwrap_or(true),
        secret: WebhookSecret::new(st.token("whsec_")),
        test_mode: m.test,
        created_at: s.clock().iso(),
    };
    st.webhooks.insert(webhook.id.clone(), webhook.clone());
    ok(webhook)
}

pub(super) async fn webhooks_update(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    let p: UpdateWebhookParams = parse(&body)?;
    let mut st = s.store();
    let w = st.webhooks.get_mut(&id).filter(|w| w.test_mode == m.test).ok_or_else(|| not_found("Webhook"))?;
    if let Some(v) = p.url {
        w.url = v;
    }
    // The API takes free event names on update (its own documentation passes some outside the list); a name
    // no event has receives nothing.
    if !p.events.is_empty() {
        w.events = p.events;
    }
    if let Some(v) = p.description {
        w.description = v;
    }
    if let Some(v) = p.active {
        w.active = v;
    }
    ok(w.clone())
}

pub(super) async fn webhooks_delete(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    let mut st = s.store();
    st.webhooks.get(&id).filter(|w| w.test_mode == m.test).ok_or_else(|| not_found("Webhook"))?;
    st.webhooks.remove(&id);
    message("Webhook deleted successfully")
}

pub(super) async fn webhooks_test(State(s): State<S>, Extension(m): Extension<Mode>, Path(id): Path<String>) -> Reply {
    let webhook =
        s.store().webhooks.get(&id).filter(|w| w.test_mode == m.test).cloned().ok_or_else(|| not_found("Webhook"))?;
    let event = webhook.events.first().cloned().unwrap_or_else(|| "order.completed".to_owned());
    deliver(&s, &webhook, &event, json!({"test": true}));
    message("Test event sent")
}
