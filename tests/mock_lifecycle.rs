//! Every webhook event of the spec has a flow in the fake that sends it, signed: the API's own operations
//! (products, checkout, refunds, cancellations), the buyer's side (a declined card, a paused subscription),
//! and the clock (trials that end, renewals paid or declined). One endpoint subscribed to every event receives
//! them; each delivery verifies with its secret and parses as the event its name says.

use std::collections::BTreeSet;
use std::time::Duration;

use pocketsflow::events::{Event, Verifier};
use pocketsflow::mock::MockServer;
use pocketsflow::types::*;

mod common;
use common::checkout_params;

const DAY: Duration = Duration::from_secs(86_400);

#[tokio::test]
async fn every_event_of_the_spec_is_sent_by_a_flow_of_the_fake() {
    let server = MockServer::start().await;
    let pf = server.client();
    let url = common::ok_receiver().await;
    let every: Vec<WebhookEvent> = WebhookEvent::KNOWN.to_vec();
    assert_eq!(every.len(), 23, "the spec's events");
    let webhook = pf.webhooks().create(CreateWebhookParams::builder().url(url).events(every.clone())).await.unwrap();

    // The API's own operations.
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20)).await.unwrap();
    pf.products().update(&product.id, UpdateProductParams::builder().name("Ebook, 2nd edition")).await.unwrap();
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    server.decline_checkout(&session.id).unwrap();
    let order = server.complete_checkout(&session.id, "jane@example.com").unwrap();
    pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await.unwrap();
    server.add_review(&product.id, "jane@example.com", 5.0, "Great").unwrap();
    let gone = pf.products().create(CreateProductParams::builder().name("Gone").price(1)).await.unwrap();
    pf.products().delete(&gone.id).await.unwrap();

    // A subscription with a 7-day trial, then monthly renewals.
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder()
                .name("Pro")
                .price(9.99)
                .frequency(SubscriptionFrequency::Monthly)
                .trial_period(7)
                .published(true),
        )
        .await
        .unwrap();
    let session = pf.checkout().create(checkout_params(&offer.id)).await.unwrap();
    server.complete_checkout(&session.id, "sam@example.com").unwrap();
    let subscription = server.fixtures().subscriptions.into_iter().next().expect("a subscription");
    server.advance_clock(5 * DAY); // three days before the trial ends: trial_will_end, invoice.upcoming
    server.advance_clock(3 * DAY); // the trial ended: the first invoice is paid
    server.decline_renewals(&subscription.id, true).unwrap();
    server.advance_clock(31 * DAY); // the renewal is declined: invoice.payment_failed, past_due
    let past_due = pf.subscriptions().get(&subscription.id).await.unwrap();
    assert_eq!(past_due.status, SubscriptionStatus::PastDue);
    server.decline_renewals(&subscription.id, false).unwrap();
    server.advance_clock(DAY); // retried and paid
    assert_eq!(pf.subscriptions().get(&subscription.id).await.unwrap().status, SubscriptionStatus::Active);
    server.pause_subscription(&subscription.id).unwrap();
    server.resume_subscription(&subscription.id).unwrap();
    pf.subscriptions().cancel(subscription.stripe_subscription_id.as_deref().unwrap()).await.unwrap();

    // The seller's identity verification.
    for status in ["processing", "requires_input", "verified"] {
        server.verify_identity(status).unwrap();
    }

    // Every event, signed, parsed as itself.
    // Deliveries are made in the background: wait until each event arrived (or 10 s passed).
    let names = |deliveries: &[pocketsflow::mock::Delivery]| -> BTreeSet<String> {
        deliveries.iter().filter(|d| d.status.is_some()).map(|d| d.event.clone()).collect()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while names(&server.deliveries()).len() < every.len() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let deliveries = server.deliveries();
    // The fake's clock ran weeks ahead, and its timestamps are its clock's: the window is not what is checked.
    let verifier = Verifier::new(webhook.secret).ignore_timestamp();
    let mut seen = BTreeSet::new();
    for delivery in &deliveries {
        if delivery.status.is_none() && delivery.error.is_none() {
            continue; // still on its way
        }
        assert_eq!(delivery.status, Some(200), "{delivery:?}");
        let mut headers = http::HeaderMap::new();
        headers.insert("x-pocketsflow-signature", delivery.signature.parse().unwrap());
        headers.insert("x-pocketsflow-timestamp", delivery.timestamp.parse().unwrap());
        headers.insert("x-pocketsflow-event", delivery.event.parse().unwrap());
        let event = verifier
            .construct_event(delivery.body.as_bytes(), &headers)
            .unwrap_or_else(|e| panic!("{}: {e}", delivery.event));
        assert!(!matches!(event, Event::Unknown { .. }), "{}", delivery.event);
        assert_eq!(event.name(), delivery.event);
        seen.insert(delivery.event.clone());
    }
    let missing: Vec<&str> = every.iter().map(WebhookEvent::as_str).filter(|v| !seen.contains(*v)).collect();
    assert!(missing.is_empty(), "events no flow sent: {missing:?}");
}

#[tokio::test]
async fn a_long_advance_bills_every_period_missed_and_a_paused_subscription_none() {
    let server = MockServer::start().await;
    let pf = server.client();
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder()
                .name("Weekly")
                .price(2.5)
                .frequency(SubscriptionFrequency::Weekly)
                .published(true),
        )
        .await
        .unwrap();
    let session = pf.checkout().create(checkout_params(&offer.id)).await.unwrap();
    server.complete_checkout(&session.id, "sam@example.com").unwrap();
    let subscription = server.fixtures().subscriptions.into_iter().next().expect("a subscription");
    let paid = |server: &MockServer| server.deliveries().iter().filter(|d| d.event == "invoice.paid").count();
    server.advance_clock(22 * DAY); // weekly: three periods ended
    assert_eq!(paid(&server), 0, "no endpoint yet: nothing delivered");
    let fixtures = server.fixtures();
    let renewed = &fixtures.subscriptions[0];
    // ISO timestamps of one form compare as the times they are.
    assert!(renewed.current_period_start > subscription.current_period_start, "the period moved on");
    assert!(renewed.current_period_end > subscription.current_period_end);

    let url = common::ok_receiver().await;
    pf.webhooks().create(CreateWebhookParams::builder().url(url).events([WebhookEvent::InvoicePaid])).await.unwrap();
    server.advance_clock(21 * DAY); // three more weeks: three invoices paid
    let delivered = server.wait_for_deliveries(3, Duration::from_secs(5)).await;
    assert_eq!(delivered.iter().filter(|d| d.event == "invoice.paid").count(), 3, "{delivered:?}");
    server.pause_subscription(&subscription.id).unwrap();
    server.advance_clock(30 * DAY);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(paid(&server), 3, "a paused subscription is not billed");
    assert!(server.pause_subscription(&subscription.id).is_err(), "already paused");
    assert!(server.resume_subscription("65f0ffffffffffffffffffff").is_err(), "unknown");
}

/// `trial_will_end` comes three days before a 7-day trial ends, not before; the first invoice at its end.
#[tokio::test]
async fn a_trial_warns_three_days_before_it_ends_and_bills_at_its_end() {
    let server = MockServer::start().await;
    let pf = server.client();
    let events = [WebhookEvent::CustomerSubscriptionTrialWillEnd, WebhookEvent::InvoicePaid];
    pf.webhooks().create(CreateWebhookParams::builder().url(common::ok_receiver().await).events(events)).await.unwrap();
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder()
                .name("Trial")
                .price(5)
                .frequency(SubscriptionFrequency::Monthly)
                .trial_period(7)
                .published(true),
        )
        .await
        .unwrap();
    server.freeze_clock(true);
    let session = pf.checkout().create(checkout_params(&offer.id)).await.unwrap();
    server.complete_checkout(&session.id, "sam@example.com").unwrap();
    let sent = |server: &MockServer, event: &str| server.deliveries().iter().filter(|d| d.event == event).count();
    server.advance_clock(3 * DAY); // four days left
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(sent(&server, "customer.subscription.trial_will_end"), 0, "four days before: not yet");
    server.advance_clock(DAY); // three days left
    server.wait_for_deliveries(1, Duration::from_secs(5)).await;
    assert_eq!(sent(&server, "customer.subscription.trial_will_end"), 1, "three days before");
    assert_eq!(sent(&server, "invoice.paid"), 0, "the trial has not ended");
    server.advance_clock(3 * DAY); // the trial ends
    server.wait_for_deliveries(2, Duration::from_secs(5)).await;
    assert_eq!(sent(&server, "invoice.paid"), 1, "the first invoice at the trial's end");
    assert_eq!(sent(&server, "customer.subscription.trial_will_end"), 1, "warned once");
}
