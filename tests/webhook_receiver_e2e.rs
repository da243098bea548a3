//! End to end: the fake server delivers real webhooks to the example receiver (`examples/webhook_receiver.rs`,
//! included here as is), which verifies and parses them; a receiver holding the wrong secret refuses them, and
//! a captured delivery sent again (as is, with a fresh timestamp, or without one) is refused.

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
        .update(&webhook.id, pocketsflow::types::UpdateWebhookParams::builder().url(good.clone()))
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

#[tokio::test]
async fn a_captured_delivery_sent_again_to_the_example_receiver_is_refused() {
    let server = MockServer::start().await;
    let pf = server.client();
    let webhook = pf
        .webhooks()
        .create(
            CreateWebhookParams::builder()
                .url("http://127.0.0.1:9/placeholder")
                .events(vec![WebhookEvent::ProductCreated]),
        )
        .await
        .unwrap();
    let url = serve(receiver::app(&webhook.secret)).await;
    pf.webhooks()
        .update(&webhook.id, pocketsflow::types::UpdateWebhookParams::builder().url(url.clone()))
        .await
        .unwrap();
    pf.products().create(CreateProductParams::builder().name("Ebook").price(15.0)).await.unwrap();
    let deliveries = server.wait_for_deliveries(1, Duration::from_secs(10)).await;
    let [captured] = deliveries.as_slice() else { panic!("{deliveries:#?}") };
    assert_eq!(captured.status, Some(200), "{captured:#?}");

    // An attacker resends what it captured: the signature still matches, the receiver has seen the body.
    let http = reqwest::Client::new();
    let resend = |timestamp: Option<String>| {
        let mut request = http
            .post(&url)
            .header("X-Pocketsflow-Signature", &captured.signature)
            .header("X-Pocketsflow-Event", &captured.event)
            .body(captured.body.clone());
        if let Some(timestamp) = timestamp {
            request = request.header("X-Pocketsflow-Timestamp", timestamp);
        }
        request.send()
    };
    let fresh = (captured.timestamp.parse::<u64>().unwrap() + 5).to_string();
    for timestamp in [captured.timestamp.clone(), fresh] {
        let replay = resend(Some(timestamp)).await.unwrap();
        assert_eq!(replay.status(), 409);
        assert!(replay.text().await.unwrap().contains("replay"));
    }
    // Without a timestamp it is refused before the guard is even asked.
    let untimed = resend(None).await.unwrap();
    assert_eq!(untimed.status(), 401);
    assert!(untimed.text().await.unwrap().contains("X-Pocketsflow-Timestamp"));
}
