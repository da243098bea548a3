//! The buyers' subscriptions: a filtered page of them, one by id, cancel and refund.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Extension;
use serde_json::json;

use super::delivery::emit;
use super::{check_date, get_of, in_range, message, not_found, ok, page_of, parse, refused, Mode, Reply, S};
use crate::error::codes;
use crate::types::*;

pub(super) async fn subscriptions_list(State(s): State<S>, Extension(m): Extension<Mode>, body: Bytes) -> Reply {
    let p: SubscriptionFilter =
        if body.iter().all(u8::is_ascii_whitespace) { SubscriptionFilter::default() } else { parse(&body)? };
    let start = check_date("startDate", p.start_date.as_deref())?;
    let end = check_date("endDate", p.end_date.as_deref())?;
    let st = s.store();
    let filtered = p.status.is_some() || start.is_some() || end.is_some();
    let keep = |x: &Subscription| {
        p.status.as_ref().is_none_or(|status| &x.status == status) && in_range(&x.created_at, start, end)
    };
    let (page, page_size) = (p.page.map(u32::from), p.page_size.map(u32::from));
    let (subscriptions, pagination) =
        page_of(&st.subscription_index, &st.subscriptions, m, filtered, keep, page, page_size);
    ok(SubscriptionsResponse { subscriptions, pagination: Some(pagination), data: Vec::new() })
}

pub(super) async fn subscriptions_get(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    get_of(&s.store().subscriptions, &id, m, "Subscription")
}

fn end_subscription(s: &S, m: Mode, stripe_id: &str, refund: bool) -> Reply {
    let subscription = {
        let mut st = s.store();
        let sub = st
            .subscriptions
            .values_mut()
            .find(|x| x.test_mode == m.test && x.stripe_subscription_id.as_deref() == Some(stripe_id))
            .ok_or_else(|| not_found("Subscription"))?;
        if sub.status == SubscriptionStatus::Canceled {
            return Err(refused(
                codes::SUBSCRIPTION_ALREADY_CANCELED,
                format!("Subscription {stripe_id} is already canceled"),
            ));
        }
        sub.status = SubscriptionStatus::Canceled;
        sub.clone()
    };
    emit(
        s,
        m.test,
        WebhookEvent::CustomerSubscriptionDeleted,
        json!({"subscription": subscription, "refunded": refund}),
    );
    message(if refund { "Subscription refunded and canceled" } else { "Subscription canceled" })
}

pub(super) async fn subscriptions_cancel(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    end_subscription(&s, m, &id, false)
}

pub(super) async fn subscriptions_refund(
    State(s): State<S>,
    Extension(m): Extension<Mode>,
    Path(id): Path<String>,
) -> Reply {
    end_subscription(&s, m, &id, true)
}
