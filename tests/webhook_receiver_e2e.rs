//! End to end: the fake server delivers real webhooks to the example receiver (`examples/webhook_receiver.rs`,
//! included here as is), which verifies and parses them; a receiver holding the wrong secret refuses them.

mod common;

#[path = "../examples/webhook_receiver.rs"]
#[allow(dead_code)]
mod receiver;

use std::time::Duration;

use pocketsflow::mock::MockServer;
use pocketsflow::types::{CreateProductParams, CreateWebhookParams, WebhookEvent};

async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhooks/pocketsflow", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

#[tokio::test]
async fn the_example_receiver_verifies_and_parses_real_deliveries() {
    let server = MockServer::start().await;
    let pf = server.client();
    let events = vec![WebhookEvent::ProductCreated, WebhookEvent::OrderCompleted, WebhookEvent::CustomerCreated];
    // Register first (the secret is the fake's), then start the receiver with that secret and point at it.
    let webhook = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url("http://127.0.0.1:9/placeholder").events(events.clone()))
        .await
        .unwrap();
    let good = serve(receiver::app(webhook.secret.clone())).await;
    pf.webhooks()
        .update(&webhook.id, pocketsflow::types::UpdateWebhookParams::builder().url(Some(good.clone())))
        .await
        .unwrap();
    let wrong = serve(receiver::app("whsec_not_the_right_one")).await;
    pf.webhooks().create(CreateWebhookParams::builder().url(wrong.clone()).events(events)).await.unwrap();

    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(15.0)).await.unwrap();
    let session = pf.checkout().create(common::checkout_params(&product.id)).await.unwrap();
    server.complete_checkout(&session.id, "e2e@example.com").unwrap();

    let deliveries = server.wait_for_deliveries(6, Duration::from_secs(10)).await;
    assert_eq!(deliveries.len(), 6, "{deliveries:#?}");
    let to_good: Vec<_> = deliveries.iter().filter(|d| d.url == good).collect();
    let to_wrong: Vec<_> = deliveries.iter().filter(|d| d.url == wrong).collect();
    let mut names: Vec<_> = to_good.iter().map(|d| d.event.as_str()).collect();
    names.sort();
    assert_eq!(names, ["customer.created", "order.completed", "product.created"]);
    assert!(to_good.iter().all(|d| d.status == Some(200)), "the receiver accepted them: {to_good:#?}");
    assert_eq!(to_wrong.len(), 3);
    assert!(to_wrong.iter().all(|d| d.status == Some(401)), "the wrong secret refuses them: {to_wrong:#?}");
}
