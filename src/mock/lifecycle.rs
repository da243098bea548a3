//! What time makes happen to subscriptions, when the fake's clock is advanced (`POST /__mock/clock`,
//! [`MockServer::advance_clock`](super::MockServer::advance_clock)), and what a buyer's account does to them
//! outside the API (pause, resume, a card that declines renewals):
//!
//! - three days before a trial ends, `customer.subscription.trial_will_end`;
//! - three days before a period ends, `invoice.upcoming`;
//! - at the end of a period (or of the trial), `invoice.created`, then either `invoice.paid`,
//!   `invoice.payment_succeeded` and `customer.subscription.updated` (the next period), or, while the buyer's
//!   card declines, `invoice.payment_failed` and `customer.subscription.updated` (`past_due`; it is retried at
//!   the next advance of the clock once the card is accepted again);
//! - pause and resume: `customer.subscription.pause` / `customer.subscription.resumed` and
//!   `customer.subscription.updated`; a paused subscription is not billed.
//!
//! Periods missed by a long advance are billed one after the other, each with its events (at most
//! [`MAX_PERIODS`] per subscription and advance; the rest at the next one).

use std::collections::HashMap;

use serde_json::{json, Value};

use super::dates::iso;
use super::routes::emit;
use super::store::Store;
use super::{dates, Shared};
use crate::types::*;

/// How long before a trial's or a period's end the warning events are sent.
const NOTICE_SECS: u64 = 3 * 86_400;

/// The most periods one advance of the clock bills per subscription (two years of weekly periods); the rest
/// are billed at the next advance.
const MAX_PERIODS: usize = 104;

/// Billing state of one subscription, beside the API's object.
#[derive(Debug, Clone, Default)]
pub(crate) struct Billing {
    /// When its trial ends (Unix seconds), while it is in one.
    pub(crate) trial_end: Option<u64>,
    trial_warned: bool,
    /// The period end `invoice.upcoming` was sent for.
    upcoming_for: Option<u64>,
    /// The period end whose payment failed while the card declined.
    failed_for: Option<u64>,
    /// Whether the buyer's card declines renewals.
    pub(crate) declines: bool,
}

/// Billing states by subscription id.
pub(crate) type Billings = HashMap<String, Billing>;

/// Length of a period of `frequency`, in seconds.
pub(crate) fn period_secs(frequency: &SubscriptionFrequency) -> u64 {
    86_400
        * match frequency {
            SubscriptionFrequency::Weekly => 7,
            SubscriptionFrequency::Yearly => 365,
            _ => 30,
        }
}

fn unix_of(text: &str) -> Option<u64> {
    dates::parse(text).and_then(|span| u64::try_from(span.first / 1000).ok())
}

/// Sends what is due at the server's clock for every subscription, after the store is released.
pub(crate) fn tick(shared: &std::sync::Arc<Shared>) {
    let now = shared.clock().unix();
    let mut events = Vec::new();
    {
        let mut st = shared.store();
        let ids: Vec<String> = st.subscriptions.keys().cloned().collect();
        for id in ids {
            bill(&mut st, &id, now, &mut events);
        }
    }
    for (test_mode, event, payload) in events {
        emit(shared, test_mode, event, payload);
    }
}

/// The events due for subscription `id` at `now`, its state updated.
fn bill(st: &mut Store, id: &str, now: u64, events: &mut Vec<(bool, WebhookEvent, Value)>) {
    for _ in 0..MAX_PERIODS {
        let Some(subscription) = st.subscriptions.get(id).cloned() else { return };
        if !matches!(subscription.status, SubscriptionStatus::Active | SubscriptionStatus::PastDue) {
            return;
        }
        let Some(period_end) = unix_of(&subscription.current_period_end) else { return };
        let offer = st.offers.get(&subscription.product_id).cloned();
        let period = offer.as_ref().map_or(30 * 86_400, |o| period_secs(&o.frequency));
        let mode = subscription.test_mode;
        let billing = st.billing.entry(id.to_owned()).or_default();
        if let Some(trial_end) = billing.trial_end {
            if !billing.trial_warned && now + NOTICE_SECS >= trial_end {
                billing.trial_warned = true;
                events.push((
                    mode,
                    WebhookEvent::CustomerSubscriptionTrialWillEnd,
                    json!({
                        "subscription": subscription, "trialEnd": iso(trial_end, 0),
                    }),
                ));
            }
        }
        if billing.upcoming_for != Some(period_end) && now + NOTICE_SECS >= period_end && billing.failed_for.is_none() {
            billing.upcoming_for = Some(period_end);
            events.push((
                mode,
                WebhookEvent::InvoiceUpcoming,
                invoice(st, &subscription, offer.as_ref(), "draft", period_end, period),
            ));
        }
        let billing = st.billing.entry(id.to_owned()).or_default();
        if now < period_end {
            return;
        }
        let declines = billing.declines;
        if declines && billing.failed_for == Some(period_end) {
            return; // Failed already; retried once the card is accepted again.
        }
        let retry = billing.failed_for == Some(period_end);
        if !retry {
            events.push((
                mode,
                WebhookEvent::InvoiceCreated,
                invoice(st, &subscription, offer.as_ref(), "open", period_end, period),
            ));
        }
        if declines {
            let billing = st.billing.entry(id.to_owned()).or_default();
            billing.failed_for = Some(period_end);
            let failed = invoice(st, &subscription, offer.as_ref(), "open", period_end, period);
            events.push((mode, WebhookEvent::InvoicePaymentFailed, failed));
            if let Some(s) = st.subscriptions.get_mut(id) {
                s.status = SubscriptionStatus::PastDue;
                events.push((mode, WebhookEvent::CustomerSubscriptionUpdated, json!({"subscription": s.clone()})));
            }
            return;
        }
        let paid = invoice(st, &subscription, offer.as_ref(), "paid", period_end, period);
        events.push((mode, WebhookEvent::InvoicePaid, paid.clone()));
        events.push((mode, WebhookEvent::InvoicePaymentSucceeded, paid));
        let billing = st.billing.entry(id.to_owned()).or_default();
        billing.trial_end = None;
        billing.failed_for = None;
        if let Some(s) = st.subscriptions.get_mut(id) {
            s.status = SubscriptionStatus::Active;
            s.current_period_start = iso(period_end, 0);
            s.current_period_end = iso(period_end + period, 0);
            events.push((mode, WebhookEvent::CustomerSubscriptionUpdated, json!({"subscription": s.clone()})));
        }
    }
}

/// The invoice of the period that ends at `period_end` (and the next one starts), as an event's payload.
fn invoice(
    st: &mut Store,
    subscription: &Subscription,
    offer: Option<&SubscriptionOffer>,
    status: &str,
    period_end: u64,
    period: u64,
) -> Value {
    let amount = offer.map_or(Money::ZERO, |o| o.price);
    let trial = st.billing.get(&subscription.id).and_then(|b| b.trial_end).is_some_and(|end| end == period_end);
    let currency = offer.and_then(|o| o.currency.clone()).unwrap_or_else(|| "usd".to_owned()).to_lowercase();
    let number = st.token("in_");
    json!({
        "invoice": {
            "id": number,
            "status": status,
            "subscriptionId": subscription.stripe_subscription_id,
            "customerId": subscription.customer_id,
            "amountDue": amount,
            "amountPaid": if status == "paid" { amount } else { Money::ZERO },
            "currency": currency,
            "periodStart": iso(period_end, 0),
            "periodEnd": iso(period_end + period, 0),
            "billingReason": if trial { "trial_end" } else { "subscription_cycle" },
        },
        "subscription": subscription,
    })
}

/// Why a subscription cannot be paused, resumed or have its card changed.
#[derive(Debug)]
pub(crate) enum Refused {
    /// No subscription has this id.
    Unknown,
    /// It is not in a state that allows it (the message says which).
    State(&'static str, String),
}

/// Pauses subscription `id` (active or past due): it is not billed until resumed.
pub(crate) fn pause(shared: &std::sync::Arc<Shared>, id: &str) -> Result<Subscription, Refused> {
    change(shared, id, true)
}

/// Resumes a paused subscription `id`: a new period starts now.
pub(crate) fn resume(shared: &std::sync::Arc<Shared>, id: &str) -> Result<Subscription, Refused> {
    change(shared, id, false)
}

fn change(shared: &std::sync::Arc<Shared>, id: &str, pause: bool) -> Result<Subscription, Refused> {
    let now = shared.clock().unix();
    let subscription = {
        let mut st = shared.store();
        let period = {
            let s = st.subscriptions.get(id).ok_or(Refused::Unknown)?;
            st.offers.get(&s.product_id).map_or(30 * 86_400, |o| period_secs(&o.frequency))
        };
        let s = st.subscriptions.get_mut(id).ok_or(Refused::Unknown)?;
        match (pause, &s.status) {
            (true, SubscriptionStatus::Active | SubscriptionStatus::PastDue) => s.status = SubscriptionStatus::Paused,
            (false, SubscriptionStatus::Paused) => {
                s.status = SubscriptionStatus::Active;
                s.current_period_start = iso(now, 0);
                s.current_period_end = iso(now + period, 0);
            }
            (true, _) => {
                return Err(Refused::State("SUBSCRIPTION_NOT_ACTIVE", format!("Subscription {id} is not active")));
            }
            (false, _) => {
                return Err(Refused::State("SUBSCRIPTION_NOT_PAUSED", format!("Subscription {id} is not paused")));
            }
        }
        s.clone()
    };
    let event = if pause { WebhookEvent::CustomerSubscriptionPause } else { WebhookEvent::CustomerSubscriptionResumed };
    emit(shared, subscription.test_mode, event, json!({"subscription": subscription}));
    emit(
        shared,
        subscription.test_mode,
        WebhookEvent::CustomerSubscriptionUpdated,
        json!({"subscription": subscription}),
    );
    Ok(subscription)
}

/// Whether the buyer's card of subscription `id` declines its renewals from now on.
pub(crate) fn set_declines(shared: &Shared, id: &str, declines: bool) -> Result<(), Refused> {
    let mut st = shared.store();
    if !st.subscriptions.contains_key(id) {
        return Err(Refused::Unknown);
    }
    st.billing.entry(id.to_owned()).or_default().declines = declines;
    Ok(())
}

/// The status an identity verification of the seller can reach, and its event.
pub(crate) fn identity_event(status: &str) -> Option<WebhookEvent> {
    match status {
        "verified" => Some(WebhookEvent::IdentityVerificationSessionVerified),
        "processing" => Some(WebhookEvent::IdentityVerificationSessionProcessing),
        "requires_input" => Some(WebhookEvent::IdentityVerificationSessionRequiresInput),
        _ => None,
    }
}

/// The seller's identity verification reaches `status`: its event is sent to the mode's endpoints.
pub(crate) fn verify_identity(shared: &std::sync::Arc<Shared>, test_mode: bool, event: WebhookEvent, status: &str) {
    let session = shared.store().token("vs_");
    let payload = json!({
        "verificationSession": {"id": session, "status": status, "userId": super::store::USER_ID},
    });
    emit(shared, test_mode, event, payload);
}
