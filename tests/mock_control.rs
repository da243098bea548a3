//! The control plane's operations as Rust tests reach them (`MockServer`'s methods; the HTTP side is driven
//! whole from Python by tests/control_plane.rs): fixtures round-trip and survive a reset of the numbering,
//! a reset brings the seed back, the clock makes sessions and discounts expire and dates the objects, and a
//! declined payment is a signed `payment_intent.payment_failed` that leaves the session payable.

mod common;

use std::time::Duration;

use common::checkout_params;

use pocketsflow::events::{Event, Verifier};
use pocketsflow::mock::{MockOptions, MockServer, Seed, CHECKOUT_SESSION_LIFETIME};
use pocketsflow::types::*;

#[tokio::test]
async fn fixtures_round_trip_and_new_ids_do_not_collide_with_loaded_ones() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(12.5)).await.unwrap();
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    let order = server.complete_checkout(&session.id, "buyer@example.com").unwrap();
    let fixtures = server.fixtures();
    assert_eq!((fixtures.products.len(), fixtures.orders.len(), fixtures.customers.len()), (1, 1, 1));

    let other = MockServer::start().await;
    other.load_fixtures(fixtures.clone());
    assert_eq!(other.fixtures(), fixtures, "what is loaded is what is exported");
    let opf = other.client();
    assert_eq!(opf.orders().get(&order.id).await.unwrap(), order);
    let page = opf.orders().list(ListOrdersParams::default()).await.unwrap();
    assert_eq!(page.pagination.total_count, 1, "loaded orders are listed");
    let customers = opf.customers().list(ListCustomersParams::default().product_id(&product.id)).await.unwrap();
    assert_eq!(customers.len(), 1, "who bought what is rebuilt from the orders");
    let created = opf.products().create(CreateProductParams::builder().name("Second").price(1)).await.unwrap();
    assert!(fixtures.products.iter().all(|p| p.id != created.id), "a new id after a load is fresh");

    let json = serde_json::to_vec(&fixtures).unwrap();
    assert_eq!(pocketsflow::mock::Fixtures::from_json(&json).unwrap(), fixtures);
    let refused = pocketsflow::mock::Fixtures::from_json(br#"{"products":[{"name":"x"}]}"#).unwrap_err();
    assert!(refused.starts_with("products[0]"), "{refused}");
    let unknown = pocketsflow::mock::Fixtures::from_json(br#"{"prodcts":[]}"#).unwrap_err();
    assert!(unknown.contains("prodcts"), "{unknown}");
}

#[tokio::test]
async fn a_reset_brings_back_the_seed_and_forgets_everything_else() {
    let server = MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap();
    let pf = server.client();
    let seeded = pf.products().list().await.unwrap().len();
    pf.products().create(CreateProductParams::builder().name("Extra").price(1)).await.unwrap();
    server.faults().fail_next(1, 500);
    server.advance_clock(Duration::from_secs(3600));
    server.reset(None);
    assert_eq!(pf.products().list().await.unwrap().len(), seeded, "the demo seed again, and no fault left");
    assert!(server.requests().len() <= 1, "the request log starts again");
    assert!(
        server.now().as_secs()
            <= std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() + 1
    );
    server.reset(Some(Seed::Empty));
    assert!(pf.products().list().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_clock_expires_sessions_and_discounts_and_dates_new_objects() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(10)).await.unwrap();
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    server.advance_clock(CHECKOUT_SESSION_LIFETIME + Duration::from_secs(1));
    let expired = server.complete_checkout(&session.id, "buyer@example.com").unwrap_err();
    assert!(expired.to_string().contains("expired"), "{expired}");

    // A discount whose last day is tomorrow (on the server's clock) refuses checkouts two days later.
    let tomorrow = (server.now() + Duration::from_secs(86_400)).as_secs();
    let day = {
        let days = tomorrow / 86_400;
        pocketsflow::mock::iso_date(days)
    };
    pf.discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Soon")
                .code("SOON")
                .value(10)
                .main_product_ids([&product.id])
                .expiration(day.as_str()),
        )
        .await
        .unwrap();
    pf.checkout().create(checkout_params(&product.id).discount_code("SOON")).await.unwrap();
    server.advance_clock(Duration::from_secs(2 * 86_400));
    let refused = pf.checkout().create(checkout_params(&product.id).discount_code("SOON")).await.unwrap_err();
    assert_eq!(refused.code(), Some(pocketsflow::codes::DISCOUNT_EXPIRED), "{refused}");

    // New objects are dated by the server's clock, frozen here.
    server.freeze_clock(true);
    let frozen = server.now();
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(server.now(), frozen, "a frozen clock stands still");
    let later = pf.products().create(CreateProductParams::builder().name("Later").price(1)).await.unwrap();
    assert!(
        later.created_at.starts_with(&pocketsflow::mock::iso_date(frozen.as_secs() / 86_400)),
        "{}",
        later.created_at
    );
    server.freeze_clock(false);
    assert!(server.now() >= frozen, "it never goes back");
}

#[tokio::test]
async fn a_declined_payment_is_a_signed_event_and_the_session_stays_payable() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(10)).await.unwrap();
    let url = common::ok_receiver().await;
    let webhook = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url(url).events([WebhookEvent::PaymentIntentPaymentFailed]))
        .await
        .unwrap();
    let session = pf.checkout().create(checkout_params(&product.id).customer_email("jane@example.com")).await.unwrap();
    // A webhook's timestamp is the fake's clock too: an hour ahead here, then frozen.
    server.advance_clock(Duration::from_secs(3600));
    server.freeze_clock(true);
    server.decline_checkout(&session.id).unwrap();
    let deliveries = server.wait_for_deliveries(1, Duration::from_secs(5)).await;
    let delivery = deliveries.first().expect("a delivery");
    assert_eq!(delivery.event, "payment_intent.payment_failed");
    assert_eq!(delivery.timestamp, server.now().as_secs().to_string(), "the delivery is dated by the fake's clock");
    let mut headers = http::HeaderMap::new();
    headers.insert("x-pocketsflow-signature", delivery.signature.parse().unwrap());
    headers.insert("x-pocketsflow-timestamp", delivery.timestamp.parse().unwrap());
    // An hour ahead of this machine's clock: outside the default 5-minute window, so the window is not checked.
    let verifier = Verifier::new(webhook.secret).ignore_timestamp();
    let event = verifier.construct_event(delivery.body.as_bytes(), &headers).unwrap();
    let Event::PaymentIntentPaymentFailed(payload) = event else { panic!("{event:?}") };
    let body = serde_json::to_value(&payload).unwrap();
    assert_eq!(body["paymentIntent"]["lastPaymentError"]["code"], "card_declined", "{body}");
    assert_eq!(body["customer"]["email"], "jane@example.com");
    assert_eq!(body["paymentIntent"]["amount"], 10);
    // Nothing was stored; the buyer pays on the second try.
    assert!(pf.orders().list(ListOrdersParams::default()).await.unwrap().orders.is_empty());
    server.complete_checkout(&session.id, "jane@example.com").unwrap();
    let paid = server.decline_checkout(&session.id).unwrap_err();
    assert!(paid.to_string().contains("already"), "{paid}");
    assert!(server.decline_checkout("cs_test_unknown").is_err());
}

#[test]
fn no_path_of_the_api_starts_with_the_control_planes_prefix() {
    let paths = common::spec()["paths"].as_object().expect("openapi.yaml has paths");
    assert!(paths.len() > 20);
    for path in paths.keys() {
        assert!(!path.starts_with(pocketsflow::mock::CONTROL_PREFIX), "{path} is under the control plane's prefix");
    }
}

/// `POST /__mock/faults`'s other faults, over HTTP: a dropped connection, a reset one, a latency, a rate limit;
/// the control plane's own requests are not faulted.
#[tokio::test]
async fn the_control_planes_faults_reach_the_apis_next_requests() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let key = server.api_key();
    let control = |body: serde_json::Value| {
        http.post(format!("{}/__mock/faults", server.url())).bearer_auth(key).json(&body).send()
    };
    let api = || http.get(format!("{}/products", server.url())).bearer_auth(key).send();
    async fn body_of(answer: reqwest::Result<reqwest::Response>) -> reqwest::Result<bytes::Bytes> {
        answer?.bytes().await
    }
    assert_eq!(control(serde_json::json!({"dropNext": 1})).await.unwrap().status(), 200);
    assert!(body_of(api().await).await.is_err(), "the dropped request has no answer");
    assert_eq!(control(serde_json::json!({"resetNext": 1})).await.unwrap().status(), 200);
    assert!(body_of(api().await).await.is_err(), "the reset request's answer is cut");
    assert_eq!(api().await.unwrap().status(), 200, "one each");

    assert_eq!(control(serde_json::json!({"latencyMs": 300})).await.unwrap().status(), 200);
    let started = std::time::Instant::now();
    assert_eq!(api().await.unwrap().status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(300), "{:?}", started.elapsed());
    assert_eq!(
        http.delete(format!("{}/__mock/faults", server.url())).bearer_auth(key).send().await.unwrap().status(),
        200
    );

    assert_eq!(control(serde_json::json!({"rateLimit": {"perMinute": 1, "burst": 1}})).await.unwrap().status(), 200);
    assert_eq!(api().await.unwrap().status(), 200);
    let limited = api().await.unwrap();
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    let own = http.get(format!("{}/__mock/clock", server.url())).bearer_auth(key).send().await.unwrap();
    assert_eq!(own.status(), 200, "the control plane is not rate limited");
}
