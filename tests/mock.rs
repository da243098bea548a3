//! The embedded fake server: flows, authentication, validation, lists and filters, webhooks, faults, the
//! contract with openapi.yaml for every operation, a load test, and the standalone binary.
//!
//! Long on purpose: this is the fake server's one catalogue of behaviour by operation, with the case of every
//! operation (`every_operation_keeps_the_contract`, which names an operation that has none); the fake's other
//! concerns have their own files (`mock_control.rs`, `mock_lifecycle.rs`, `mock_rules.rs`, `mock_abuse.rs`, `checkout_browser.rs`).

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use common::*;
use pocketsflow::events::{Event, Verifier};
use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::types::*;
use pocketsflow::Pocketsflow;
use serde_json::{json, Value};

async fn demo() -> MockServer {
    MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap()
}

fn product_params(name: &str, price: f64) -> pocketsflow::types::builder::CreateProductParams {
    CreateProductParams::builder().name(name).price(price)
}

#[tokio::test]
async fn product_checkout_order_refund_flow() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(product_params("Ebook", 40.0)).await.unwrap();
    assert_eq!(product.id.len(), 24);
    assert!(product.id.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(product.test_mode, "objects carry testMode from the key");
    assert_eq!(pf.products().list().await.unwrap(), vec![product.clone()]);

    let discount = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Quarter off")
                .code("Q25")
                .value(25.0)
                .main_product_ids(vec![product.id.clone()]),
        )
        .await
        .unwrap();
    assert_eq!(discount.value_type, DiscountValueType::Percentage, "valueType defaults to percentage");
    let session = pf.checkout().create(checkout_params(&product.id).discount_code("Q25")).await.unwrap();
    assert!(session.url.starts_with(server.url()), "{}", session.url);

    let order = server.complete_checkout(&session.id, "jane@example.com").unwrap();
    assert_eq!(order.gross_amount, pocketsflow::money!(30.0), "25% off 40");
    assert!(server.complete_checkout(&session.id, "jane@example.com").is_err(), "a session completes once");
    assert_eq!(pf.discounts().get(&discount.id).await.unwrap().used, Some(1));

    let customers = pf.customers().list(ListCustomersParams::default().email("jane@example.com")).await.unwrap();
    assert_eq!(customers.len(), 1);
    assert_eq!((customers[0].number_of_orders, customers[0].total_spent), (1, pocketsflow::money!(30.0)));

    // A second purchase through the session URL, as a plain HTTP call, bumps the same customer.
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    let http = reqwest::Client::new();
    let answer = http.post(&session.url).json(&json!({"email": "jane@example.com"})).send().await.unwrap();
    assert_eq!(answer.status(), 200);
    let second: Order = answer.json().await.unwrap();
    assert_eq!(second.gross_amount, pocketsflow::money!(40.0));
    let customer = pf.customers().get(&second.customer.as_ref().unwrap().id).await.unwrap();
    assert_eq!((customer.number_of_orders, customer.total_spent), (2, pocketsflow::money!(70.0)));

    let page = pf.orders().list(ListOrdersParams::default()).await.unwrap();
    assert_eq!(page.pagination.total_count, 2);
    assert_eq!(page.orders[0].id, second.id, "newest first");

    // Refunds: part, then the rest by default, then nothing remains.
    let part = pf
        .refunds()
        .create(CreateRefundParams::builder().order_id(order.id.clone()).amount(pocketsflow::money!(10.0)))
        .await
        .unwrap();
    assert_eq!(part.amount, pocketsflow::money!(10.0));
    assert!(pf.orders().get(&order.id).await.unwrap().is_refunded);
    let too_much = pf
        .refunds()
        .create(CreateRefundParams::builder().order_id(order.id.clone()).amount(pocketsflow::money!(25.0)))
        .await
        .unwrap_err();
    assert_eq!(too_much.status().map(|s| s.as_u16()), Some(400), "more than remains: refused, as documented");
    assert_eq!(too_much.code(), Some(pocketsflow::codes::REFUND_EXCEEDS_REMAINING));
    assert!(too_much.message().contains("exceeds"), "{}", too_much.message());
    let rest = pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await.unwrap();
    assert_eq!(rest.amount, pocketsflow::money!(20.0), "defaults to what remains");
    assert_eq!(pf.refunds().list().await.unwrap().len(), 2);
    assert_eq!(pf.refunds().get(&rest.id).await.unwrap(), rest);
    let nothing_left = pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await.unwrap_err();
    assert_eq!(nothing_left.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(nothing_left.code(), Some(pocketsflow::codes::ORDER_FULLY_REFUNDED));
    assert!(nothing_left.message().contains("already fully refunded"), "{}", nothing_left.message());
    assert!(!nothing_left.message().contains("greater than 0"), "{}", nothing_left.message());
    assert_eq!(pf.refunds().list().await.unwrap().len(), 2, "a refused refund stores nothing");
}

#[tokio::test]
async fn subscription_offer_checkout_creates_a_subscription_that_can_be_canceled() {
    let server = MockServer::start().await;
    let pf = server.client();
    let offer = pf
        .subscription_offers()
        .create(
            CreateSubscriptionOfferParams::builder().name("Pro").price(9.0).frequency(SubscriptionFrequency::Monthly),
        )
        .await
        .unwrap();
    let session = pf.checkout().create(checkout_params(&offer.id)).await.unwrap();
    server.complete_checkout(&session.id, "sub@example.com").unwrap();
    let page = pf.subscriptions().list(ListSubscriptionsParams::default()).await.unwrap();
    assert_eq!(page.items().len(), 1);
    let sub = &page.items()[0];
    assert_eq!(sub.status, SubscriptionStatus::Active);
    let stripe_id = sub.stripe_subscription_id.clone().unwrap();
    assert!(stripe_id.starts_with("sub_"));
    pf.subscriptions().cancel(&stripe_id).await.unwrap();
    assert_eq!(pf.subscriptions().get(&sub.id).await.unwrap().status, SubscriptionStatus::Canceled);
    let again = pf.subscriptions().refund(&stripe_id).await.unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(400), "already canceled: refused");
    assert_eq!(again.code(), Some(pocketsflow::codes::SUBSCRIPTION_ALREADY_CANCELED));
    assert!(again.message().contains("already canceled"), "{}", again.message());
    let twice = pf.subscriptions().cancel(&stripe_id).await.unwrap_err();
    assert_eq!(twice.status().map(|s| s.as_u16()), Some(400), "canceled twice: refused");
    assert_eq!(twice.code(), Some(pocketsflow::codes::SUBSCRIPTION_ALREADY_CANCELED));
    assert!(pf.subscriptions().cancel("sub_unknown").await.unwrap_err().is_not_found());
}

#[tokio::test]
async fn checkout_rejects_unknown_products_and_codes() {
    let server = MockServer::start().await;
    let pf = server.client();
    let err = pf.checkout().create(checkout_params("65f000000000000000000999")).await.unwrap_err();
    assert!(err.is_not_found(), "an id that names no product: 404");
    assert!(err.message().contains("productId"));
    let product = pf.products().create(product_params("Ebook", 10.0)).await.unwrap();
    let err = pf.checkout().create(checkout_params(&product.id).discount_code("NOPE")).await.unwrap_err();
    assert!(err.message().contains("discountCode"), "{}", err.message());
}

#[tokio::test]
async fn authentication_and_modes() {
    let server = demo().await;
    let http = reqwest::Client::new();
    for auth in [None, Some("Bearer sk_nope_123456"), Some("Basic abc")] {
        let mut request = http.get(format!("{}/products", server.url()));
        if let Some(auth) = auth {
            request = request.header("authorization", auth);
        }
        let answer = request.send().await.unwrap();
        assert_eq!(answer.status(), 401, "{auth:?}");
        let body: Value = answer.json().await.unwrap();
        assert!(schema_errors(&json!({"$ref": "#/components/schemas/ErrorBody"}), &body).is_empty());
        assert_eq!(body["code"], "UNAUTHORIZED");
    }
    let err = Pocketsflow::builder()
        .api_key("sk_wrong_key")
        .base_url(server.url())
        .build()
        .unwrap()
        .products()
        .list()
        .await
        .unwrap_err();
    assert!(err.is_unauthorized());

    let live = Pocketsflow::builder().api_key("pk_live_abcdef").base_url(server.url()).build().unwrap();
    assert!(live.products().list().await.unwrap().is_empty(), "demo data lives in test mode");
    let created = live.products().create(product_params("Live product", 5.0)).await.unwrap();
    assert!(!created.test_mode);
    assert!(!live.users().me().await.unwrap().test_mode);
    assert!(server.client().products().get(&created.id).await.unwrap_err().is_not_found(), "modes do not mix");
}

#[tokio::test]
async fn validation_errors_name_the_field() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(product_params("Ebook", 10.0)).await.unwrap();
    let http = reqwest::Client::new();
    let post = |path: &str, body: &'static str| {
        http.post(format!("{}{path}", server.url()))
            .bearer_auth(server.api_key())
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    for (path, body, mentions) in [
        ("/products", r#"{"name":"No price"}"#, "price"),
        ("/products", r#"{"name":"X","price":"cheap"}"#, "price"),
        ("/products", r#"{"name":"X","price":-1}"#, "price"),
        ("/products", r#"{"name":"X","price":10,"minPrice":50,"maxPrice":20}"#, "minPrice"),
        ("/products", r#"{"name":"X","price":10,"type":"lifetime"}"#, "type"),
        ("/products", r#"{"name": "X", "price": 1"#, "Malformed JSON"),
        ("/discounts", r#"{"name":"D","code":"C","value":150,"mainProductIds":["x"]}"#, "value"),
        ("/discounts", r#"{"name":"D","code":"C","value":10,"valueType":"bogus","mainProductIds":["x"]}"#, "valueType"),
        ("/subscriptions", r#"{"name":"S","price":5,"frequency":"daily"}"#, "frequency"),
        ("/webhooks", r#"{"url":"https://x.example/h","events":["order.exploded"]}"#, "events[0]"),
        ("/webhooks", r#"{"url":"not a url","events":["order.completed"]}"#, "url"),
        ("/checkout/sessions", r#"{"productId":"x","successUrl":"https://a.example"}"#, "cancelUrl"),
        ("/orders/subscriptions", r#"{"status":"dormant"}"#, "status"),
        ("/refunds", r#"{"amount":5}"#, "orderId"),
    ] {
        let answer = post(path, body).await.unwrap();
        assert_eq!(answer.status(), 400, "{path} {body}");
        let error: Value = answer.json().await.unwrap();
        let message = error["message"].as_str().unwrap();
        assert!(message.contains(mentions), "{path} {body}: {message:?} should mention {mentions:?}");
    }
    let answer = post(&format!("/products/update/{}", product.id), r#"{"price":-5}"#).await.unwrap();
    assert_eq!(answer.status(), 400);
    let err = pf.orders().list(ListOrdersParams::default().start_date("last tuesday")).await.unwrap_err();
    assert!(err.message().contains("startDate"));
}

#[tokio::test]
async fn unknown_and_deleted_ids_are_404() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(product_params("Ebook", 10.0)).await.unwrap();
    let variant = pf
        .variants()
        .create(CreateVariantParams::builder().product_id(product.id.clone()).name("Pro").price(20.0))
        .await
        .unwrap();
    pf.variants().delete(&variant.id).await.unwrap();
    assert!(pf.variants().delete(&variant.id).await.unwrap_err().is_not_found());
    assert_eq!(
        pf.products().delete(&product.id).await.unwrap().message.as_deref(),
        Some("Product deleted successfully")
    );
    for err in [
        pf.products().get(&product.id).await.unwrap_err(),
        pf.products().delete(&product.id).await.unwrap_err(),
        pf.orders().get("65f000000000000000000abc").await.unwrap_err(),
        pf.customers().get("65f000000000000000000abc").await.unwrap_err(),
        pf.discounts().get("65f000000000000000000abc").await.unwrap_err(),
        pf.upsells().get("65f000000000000000000abc").await.unwrap_err(),
        pf.webhooks().get("65f000000000000000000abc").await.unwrap_err(),
        pf.refunds().get("65f000000000000000000abc").await.unwrap_err(),
        pf.subscription_offers().get("65f000000000000000000abc").await.unwrap_err(),
        pf.subscriptions().get("65f000000000000000000abc").await.unwrap_err(),
    ] {
        assert!(err.is_not_found(), "{err}");
        assert_eq!(err.code(), Some("NOT_FOUND"));
    }
}

#[tokio::test]
async fn demo_lists_paginate_and_filter() {
    let server = demo().await;
    let pf = server.client();
    let first = pf.orders().list(ListOrdersParams::default()).await.unwrap();
    assert_eq!(first.orders.len(), 20, "pageSize defaults to 20");
    assert_eq!(first.pagination.current_page, 1);
    assert!(first.pagination.total_count >= 250);
    assert_eq!(first.pagination.total_pages, first.pagination.total_count.div_ceil(20));
    assert!(first.pagination.has_more);
    let last = pf.orders().list(ListOrdersParams::default().page(first.pagination.total_pages as u32)).await.unwrap();
    assert!(!last.pagination.has_more);
    let beyond = pf.orders().list(ListOrdersParams::default().page(1000)).await.unwrap();
    assert!(beyond.orders.is_empty());

    let product_id = first.orders[0].product_id.clone();
    let filtered =
        pf.orders().list(ListOrdersParams::default().product_id(product_id.clone()).page_size(500)).await.unwrap();
    assert!(!filtered.orders.is_empty());
    assert!(filtered.orders.iter().all(|o| o.product_id == product_id));
    let march = pf
        .orders()
        .list(ListOrdersParams::default().start_date("2024-03-01").end_date("2024-03-31").page_size(500))
        .await
        .unwrap();
    assert!(!march.orders.is_empty());
    assert!(march.orders.iter().all(|o| o.created_at.starts_with("2024-03")), "date range");

    let active =
        pf.subscriptions().list(ListSubscriptionsParams::default().status(SubscriptionStatus::Active)).await.unwrap();
    assert!(!active.items().is_empty());
    assert!(active.items().iter().all(|s| s.status == SubscriptionStatus::Active));

    let by_orders = pf
        .customers()
        .list(ListCustomersParams::default().sort_by(CustomerSortBy::NumberOfOrders).sort_order(SortOrder::Desc))
        .await
        .unwrap();
    assert!(by_orders.windows(2).all(|w| w[0].number_of_orders >= w[1].number_of_orders));
    let window = pf
        .customers()
        .list(
            ListCustomersParams::default().sort_by(CustomerSortBy::Email).sort_order(SortOrder::Asc).limit(5).offset(2),
        )
        .await
        .unwrap();
    assert_eq!(window.len(), 5);
    assert_eq!(window[0].buyer_email, "buyer02@example.com");
    let of_product = pf.customers().list(ListCustomersParams::default().product_id(product_id.clone())).await.unwrap();
    assert!(!of_product.is_empty() && of_product.len() < by_orders.len());

    let reviews = pf.reviews().list(ListReviewsParams::default().product_id(product_id.clone())).await.unwrap();
    assert!(reviews.iter().all(|r| r.product_id == product_id));
    assert_eq!(pf.reviews().list(ListReviewsParams::default()).await.unwrap().len(), 40);
    assert!(!pf.discounts().list().await.unwrap().is_empty());
    assert_eq!(pf.upsells().list().await.unwrap().upsells.len(), 2);
}

#[tokio::test]
async fn demo_seed_is_deterministic() {
    let (a, b) = (demo().await, demo().await);
    let list = |s: &MockServer| {
        let pf = s.client();
        async move { pf.orders().list(ListOrdersParams::default().page_size(1000)).await.unwrap() }
    };
    assert_eq!(list(&a).await, list(&b).await);
}

#[tokio::test]
async fn instances_do_not_share_state() {
    let (a, b) = (MockServer::start().await, MockServer::start().await);
    a.client().products().create(product_params("Only in A", 1.0)).await.unwrap();
    assert_eq!(a.client().products().list().await.unwrap().len(), 1);
    assert!(b.client().products().list().await.unwrap().is_empty());
}

/// A receiver on 127.0.0.1 that records what it gets, answering after `delay`.
async fn receiver(delay: Duration) -> (String, tokio::sync::mpsc::UnboundedReceiver<(http::HeaderMap, bytes::Bytes)>) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: http::HeaderMap, body: bytes::Bytes| {
            let tx = tx.clone();
            async move {
                let _ = tx.send((headers, body));
                tokio::time::sleep(delay).await;
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, rx)
}

#[tokio::test]
async fn webhooks_are_delivered_signed_and_verifiable() {
    let server = MockServer::start().await;
    let pf = server.client();
    let (url, mut rx) = receiver(Duration::ZERO).await;
    let webhook = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url(url).events(vec![
            WebhookEvent::ProductCreated,
            WebhookEvent::OrderCompleted,
            WebhookEvent::OrderRefunded,
            WebhookEvent::CustomerCreated,
        ]))
        .await
        .unwrap();
    assert!(webhook.secret.expose_secret().starts_with("whsec_"));
    let verifier = Verifier::new(webhook.secret.clone());

    let product = pf.products().create(product_params("Ebook", 12.0)).await.unwrap();
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    let order = server.complete_checkout(&session.id, "hook@example.com").unwrap();
    pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await.unwrap();

    let mut names = Vec::new();
    for _ in 0..4 {
        let (headers, body) = tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.unwrap().unwrap();
        let event = verifier.construct_event(&body, &headers).expect("the fake's deliveries verify");
        assert_eq!(headers["x-pocketsflow-event"].to_str().unwrap(), event.name());
        if let Event::OrderCompleted(paid) = &event {
            assert_eq!(paid.order.as_ref().unwrap().id.as_deref(), Some(order.id.as_str()));
            assert_eq!(paid.amount, Some(pocketsflow::money!(12.0)));
        }
        names.push(event.name().to_owned());
    }
    names.sort();
    assert_eq!(names, ["customer.created", "order.completed", "order.refunded", "product.created"]);

    pf.webhooks().test(&webhook.id).await.unwrap();
    let (headers, body) = tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.unwrap().unwrap();
    verifier.verify(&body, &headers).unwrap();
    let deliveries = server.wait_for_deliveries(5, Duration::from_secs(5)).await;
    assert_eq!(deliveries.len(), 5);
    assert!(deliveries.iter().all(|d| d.status == Some(200)));

    // Inactive webhooks receive nothing.
    pf.webhooks().update(&webhook.id, UpdateWebhookParams::builder().active(false)).await.unwrap();
    pf.products().create(product_params("Quiet", 1.0)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(rx.try_recv().is_err());
}

#[tokio::test]
async fn a_slow_receiver_never_stalls_the_api() {
    let server = MockServer::start().await;
    let pf = server.client();
    let (url, _rx) = receiver(Duration::from_secs(30)).await;
    pf.webhooks()
        .create(CreateWebhookParams::builder().url(url).events(vec![WebhookEvent::ProductCreated]))
        .await
        .unwrap();
    let started = Instant::now();
    for i in 0..5 {
        pf.products().create(product_params(&format!("P{i}"), 1.0)).await.unwrap();
    }
    assert!(started.elapsed() < Duration::from_secs(2), "API calls do not wait for deliveries");
    let deliveries = server.wait_for_deliveries(5, Duration::from_secs(8)).await;
    assert_eq!(deliveries.len(), 5);
    assert!(deliveries.iter().all(|d| d.error.as_deref() == Some("timed out after 5 s")), "{deliveries:?}");
}

#[tokio::test]
async fn faults_on_demand() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let get = || http.get(format!("{}/products", server.url())).bearer_auth(server.api_key()).send();

    server.faults().fail_next(2, 503);
    for _ in 0..2 {
        let answer = get().await.unwrap();
        assert_eq!(answer.status(), 503);
        assert_eq!(answer.headers()["retry-after"], "1");
    }
    assert_eq!(get().await.unwrap().status(), 200);

    server.faults().fail_next_with_retry_after(1, 429, None);
    let answer = get().await.unwrap();
    assert_eq!(answer.status(), 429);
    assert!(answer.headers().get("retry-after").is_none());

    server.faults().drop_next(1);
    assert!(get().await.is_err(), "the connection is dropped before an answer");
    server.faults().reset_next(1);
    let answer = get().await.unwrap();
    assert_eq!(answer.status(), 200);
    assert!(answer.bytes().await.is_err(), "the connection is cut mid-body");
    assert_eq!(get().await.unwrap().status(), 200);

    server.faults().latency(Duration::from_millis(150));
    let started = Instant::now();
    get().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(150));
    server.faults().clear();

    server.faults().rate_limit(100, 5);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(get().await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429, 429, 429], "a burst of 5, then 429");
    assert_eq!(server.request_count("GET", "/products"), 16, "every request is counted, faulted or not");
}

/// For every operation of the spec: a request the fake accepts, and one it refuses.
#[tokio::test]
async fn every_operation_keeps_the_contract() {
    let server = demo().await;
    let pf = server.client();
    let products = pf.products().list().await.unwrap();
    let order = pf.orders().list(ListOrdersParams::default()).await.unwrap().orders.remove(0);
    let subs = pf.subscriptions().list(ListSubscriptionsParams::default()).await.unwrap();
    let sub = subs.items().iter().find(|s| s.status == SubscriptionStatus::Active).unwrap().clone();
    let other_sub = subs.items().iter().filter(|s| s.status == SubscriptionStatus::Active).nth(1).unwrap().clone();
    let customer = pf.customers().list(ListCustomersParams::default()).await.unwrap().remove(0);
    let discount = pf.discounts().list().await.unwrap().remove(0);
    let upsell = pf.upsells().list().await.unwrap().upsells.remove(0);
    let offer = pf.subscription_offers().list().await.unwrap().remove(0);
    let (url, _rx) = receiver(Duration::ZERO).await;
    let webhook = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url(url).events(vec![WebhookEvent::OrderCompleted]))
        .await
        .unwrap();
    let doomed_product = pf.products().create(product_params("Doomed", 1.0)).await.unwrap();
    let variant = pf
        .variants()
        .create(CreateVariantParams::builder().product_id(products[0].id.clone()).name("V").price(2.0))
        .await
        .unwrap();
    let doomed_discount = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("D")
                .code("GONE")
                .value(5.0)
                .main_product_ids(vec![products[0].id.clone()]),
        )
        .await
        .unwrap();
    let doomed_upsell = pf
        .upsells()
        .create(
            CreateUpsellParams::builder()
                .main_product_ids(vec![products[0].id.clone()])
                .upsell_product_id(products[1].id.clone())
                .upsell_price(3.0),
        )
        .await
        .unwrap();
    let refund = pf
        .refunds()
        .create(CreateRefundParams::builder().order_id(order.id.clone()).amount(pocketsflow::money!(1.0)))
        .await
        .unwrap();

    let with_id = |example: &str, fields: &[(&str, Value)]| {
        let mut body = common::example(example);
        for (k, v) in fields {
            body[*k] = v.clone();
        }
        Some(body)
    };
    let p0 = products[0].id.clone();
    let requests: HashMap<&str, (String, Option<Value>)> = HashMap::from([
        ("products_list", ("/products".to_owned(), None)),
        ("products_get", (format!("/products/{p0}"), None)),
        ("products_create", ("/products".to_owned(), with_id("CreateProductParams", &[]))),
        ("products_update", (format!("/products/update/{p0}"), with_id("UpdateProductParams", &[]))),
        ("products_delete", (format!("/products/{}", doomed_product.id), None)),
        (
            "variants_create",
            ("/products/variants".to_owned(), with_id("CreateVariantParams", &[("productId", json!(p0))])),
        ),
        ("variants_delete", (format!("/products/variants/{}", variant.id), None)),
        ("orders_list", ("/orders?page=2&pageSize=5".to_owned(), None)),
        ("orders_get", (format!("/orders/{}", order.id), None)),
        ("customers_list", ("/customers?sortBy=email&sortOrder=asc&limit=3".to_owned(), None)),
        ("customers_get", (format!("/customers/{}", customer.id), None)),
        ("reviews_list", (format!("/reviews?productId={p0}"), None)),
        ("discounts_list", ("/discounts".to_owned(), None)),
        ("discounts_get", (format!("/discounts/{}", discount.id), None)),
        (
            "discounts_create",
            (
                "/discounts".to_owned(),
                with_id("CreateDiscountParams", &[("mainProductIds", json!([p0])), ("code", json!("CONTRACT20"))]),
            ),
        ),
        ("discounts_update", (format!("/discounts/{}", discount.id), with_id("UpdateDiscountParams", &[]))),
        ("discounts_delete", (format!("/discounts/{}", doomed_discount.id), None)),
        ("upsells_list", ("/upsells".to_owned(), None)),
        ("upsells_get", (format!("/upsells/{}", upsell.id), None)),
        (
            "upsells_create",
            (
                "/upsells".to_owned(),
                with_id(
                    "CreateUpsellParams",
                    &[("mainProductIds", json!([p0])), ("upsellProductId", json!(products[1].id))],
                ),
            ),
        ),
        ("upsells_update", (format!("/upsells/{}", upsell.id), with_id("UpdateUpsellParams", &[]))),
        ("upsells_delete", (format!("/upsells/{}", doomed_upsell.id), None)),
        ("subscriptions_list", ("/orders/subscriptions".to_owned(), with_id("SubscriptionFilter", &[]))),
        ("subscriptions_get", (format!("/orders/subscriptions/{}", sub.id), None)),
        (
            "subscriptions_cancel",
            (format!("/orders/subscriptions/cancel/{}", sub.stripe_subscription_id.clone().unwrap()), None),
        ),
        (
            "subscriptions_refund",
            (format!("/orders/subscriptions/refund/{}", other_sub.stripe_subscription_id.clone().unwrap()), None),
        ),
        ("subscription_offers_list", ("/subscriptions".to_owned(), None)),
        ("subscription_offers_get", (format!("/subscriptions/{}", offer.id), None)),
        ("subscription_offers_create", ("/subscriptions".to_owned(), with_id("CreateSubscriptionOfferParams", &[]))),
        ("webhooks_list", ("/webhooks".to_owned(), None)),
        ("webhooks_get", (format!("/webhooks/{}", webhook.id), None)),
        ("webhooks_create", ("/webhooks".to_owned(), with_id("CreateWebhookParams", &[]))),
        ("webhooks_update", (format!("/webhooks/{}", webhook.id), with_id("UpdateWebhookParams", &[]))),
        ("webhooks_test", (format!("/webhooks/{}/test", webhook.id), None)),
        ("webhooks_delete", (format!("/webhooks/{}", webhook.id), None)),
        ("users_me", ("/users/me".to_owned(), None)),
        ("users_update", ("/users/update".to_owned(), with_id("UpdateUserParams", &[]))),
        (
            "checkout_create",
            (
                "/checkout/sessions".to_owned(),
                with_id("CreateCheckoutParams", &[("productId", json!(p0)), ("discountCode", json!("SUMMER20"))]),
            ),
        ),
        ("refunds_list", ("/refunds".to_owned(), None)),
        ("refunds_get", (format!("/refunds/{}", refund.id), None)),
        (
            "refunds_create",
            (
                "/refunds".to_owned(),
                with_id("CreateRefundParams", &[("orderId", json!(order.id)), ("amount", json!(2.5))]),
            ),
        ),
    ]);

    let http = reqwest::Client::new();
    let error_schema = json!({"$ref": "#/components/schemas/ErrorBody"});
    // webhooks_delete runs last among the webhook operations: sort so that "test" comes before "delete".
    let mut ops = operations();
    ops.sort_by_key(|(id, _, _)| (id.ends_with("_delete"), id.clone()));
    for (id, method, _) in ops {
        let (path, body) = requests.get(id.as_str()).unwrap_or_else(|| {
            panic!("{id}: no fake-server case in tests/mock.rs (and no route in the table of src/mock/routes/mod.rs to answer it)")
        });
        let send = |key: &str| {
            let mut request = http.request(method.parse().unwrap(), format!("{}{path}", server.url())).bearer_auth(key);
            if let Some(body) = body {
                request = request.json(body);
            }
            request.send()
        };
        let answer = send(server.api_key()).await.unwrap();
        assert!(answer.status().is_success(), "{id}: {} {}", answer.status(), answer.text().await.unwrap());
        let json: Value = answer.json().await.unwrap_or_else(|e| panic!("{id}: not JSON: {e}"));
        let errors = schema_errors(&success_schema(&id), &json);
        assert!(errors.is_empty(), "{id}: answer does not match the spec: {errors:?}\n{json}");

        // The error path: a key the API refuses.
        let refused = send("pk_bogus").await.unwrap();
        assert_eq!(refused.status(), 401, "{id}");
        let json: Value = refused.json().await.unwrap();
        assert!(schema_errors(&error_schema, &json).is_empty(), "{id}: error body {json}");
    }
    assert_eq!(requests.len(), operations().len());
    // Every request above, the SDK's and the examples', kept to openapi.yaml as the fake reads it.
    assert_eq!(server.spec_violations(), vec![], "requests the spec refuses");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_requests_all_succeed() {
    let server = demo().await;
    let pf = server.client();
    let order_id = pf.orders().list(ListOrdersParams::default()).await.unwrap().orders[0].id.clone();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..1000 {
        let pf = pf.clone();
        let order_id = order_id.clone();
        tasks.spawn(async move {
            match i % 4 {
                0 => pf.products().list().await.map(|_| ()),
                1 => pf.orders().get(&order_id).await.map(|_| ()),
                2 => pf.orders().list(ListOrdersParams::default().page(1 + i % 13)).await.map(|_| ()),
                _ => pf.customers().list(ListCustomersParams::default().limit(10)).await.map(|_| ()),
            }
        });
    }
    let mut errors = Vec::new();
    while let Some(result) = tasks.join_next().await {
        if let Err(e) = result.unwrap() {
            errors.push(e.to_string());
        }
    }
    assert!(errors.is_empty(), "{} errors, first: {:?}", errors.len(), errors.first());
}

#[test]
fn standalone_binary_prints_url_and_key_and_serves() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "demo"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first.rsplit(' ').next().unwrap().to_owned();
    let key_line = lines.next().unwrap().unwrap();
    let key = key_line.strip_prefix("API key: ").unwrap().to_owned();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let products = runtime
        .block_on(async { Pocketsflow::builder().api_key(key).base_url(url).build().unwrap().products().list().await });
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(products.unwrap().len(), 8);

    let bad =
        std::process::Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock")).args(["--port", "x"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("usage"));
}

/// `--port-file`: the port as digits and a newline, once the server is ready, and nothing left beside it
/// (written aside, then renamed); without `--port`, the documented 12111.
#[test]
fn the_port_file_holds_digits_and_a_newline_and_the_default_port_is_12111() {
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("pocketsflow-port-file-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let port_file = dir.join("pf.port");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "empty", "--port-file"])
        .arg(&port_file)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let text = loop {
        if let Ok(text) = std::fs::read_to_string(&port_file) {
            break text;
        }
        assert!(Instant::now() < deadline, "no port file after 20 s");
        std::thread::sleep(Duration::from_millis(10));
    };
    let digits = text.strip_suffix('\n').unwrap_or_else(|| panic!("no newline: {text:?}"));
    assert!(!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()), "{text:?}");
    let port: u16 = digits.parse().unwrap();
    std::net::TcpStream::connect(("127.0.0.1", port)).expect("the server is ready when the file appears");
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["pf.port"], "nothing else is left beside it");
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);

    // The default port, when it is free here (the suite never holds it).
    if std::net::TcpListener::bind(("127.0.0.1", 12111)).is_err() {
        panic!("127.0.0.1:12111 is taken on this machine: the default port cannot be checked");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock")).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("listening on http://127.0.0.1:12111"), "{line:?}");
}

/// The binary's `--strict` refuses a field the spec does not name (400 naming it, nothing stored), and
/// `--violations-file` gets one JSON line per refused request; without `--strict` the field is ignored, as the
/// API ignores it, and nothing is written.
#[test]
fn the_binarys_strict_mode_and_violations_file() {
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("pocketsflow-strict-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let run = |strict: bool| {
        let port_file = dir.join(format!("port-{strict}"));
        let violations = dir.join(format!("violations-{strict}.jsonl"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"));
        command.args(["--port", "0", "--seed", "empty", "--port-file"]).arg(&port_file);
        command.arg("--violations-file").arg(&violations);
        if strict {
            command.arg("--strict");
        }
        let mut child = command.stdout(Stdio::null()).spawn().unwrap();
        let port = read_port_file(&port_file);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let (status, body, count) = runtime.block_on(async {
            let http = reqwest::Client::new();
            let url = format!("http://127.0.0.1:{port}");
            let answer = http
                .post(format!("{url}/products"))
                .bearer_auth(pocketsflow::mock::TEST_API_KEY)
                .json(&serde_json::json!({"name": "Ebook", "price": 5, "colour": "blue"}))
                .send()
                .await
                .unwrap();
            let status = answer.status().as_u16();
            let body = answer.text().await.unwrap();
            let list: Vec<serde_json::Value> = http
                .get(format!("{url}/products"))
                .bearer_auth(pocketsflow::mock::TEST_API_KEY)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            (status, body, list.len())
        });
        let _ = child.kill();
        let _ = child.wait();
        (status, body, count, std::fs::read_to_string(&violations).unwrap_or_default())
    };
    let (status, body, count, violations) = run(true);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("colour") && body.contains("VALIDATION_ERROR"), "{body}");
    assert_eq!(count, 0, "nothing stored");
    let lines: Vec<&str> = violations.lines().collect();
    assert_eq!(lines.len(), 1, "{violations}");
    let line: serde_json::Value = serde_json::from_str(lines[0]).expect("a JSON line");
    assert!(line.to_string().contains("colour"), "{line}");

    let (status, body, count, violations) = run(false);
    assert_eq!(status, 200, "{body}");
    assert_eq!(count, 1);
    assert!(violations.trim().is_empty(), "{violations}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Pages list orders and subscriptions newest first (`createdAt`, then id, both descending), filtered, counted
/// and cut exactly as one sorted list would be, at every page size: pages are slices of the fake's listing
/// order, so this is what keeps them equal to the sort they replace.
#[tokio::test]
async fn pages_are_the_sorted_filtered_list_cut_at_every_size() {
    let server = MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap();
    let pf = server.client();
    let all: Vec<Order> = {
        let page = pf.orders().list(ListOrdersParams::default().page_size(1000)).await.unwrap();
        page.orders
    };
    assert!(all.len() > 200, "{}", all.len());
    let mut sorted = all.clone();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    assert_eq!(all, sorted, "newest first, then by id");
    let product = all[0].product_id.clone();
    let day = all[all.len() / 2].created_at[..10].to_owned();
    type Keep = Box<dyn Fn(&Order) -> bool>;
    let filters: Vec<(ListOrdersParams, Keep)> = vec![
        (ListOrdersParams::default(), Box::new(|_| true)),
        (ListOrdersParams::default().product_id(product.clone()), Box::new(move |o| o.product_id == product)),
        (
            ListOrdersParams::default().start_date(day.clone()).end_date(day.clone()),
            Box::new(move |o| o.created_at.starts_with(&day)),
        ),
    ];
    for (params, keep) in filters {
        let expected: Vec<&Order> = sorted.iter().filter(|o| keep(o)).collect();
        assert!(!expected.is_empty());
        for size in [1u32, 7, 100, 1000] {
            let mut got = Vec::new();
            let mut page = 1;
            loop {
                let answer = pf.orders().list(params.clone().page(page).page_size(size)).await.unwrap();
                assert_eq!(answer.pagination.total_count, expected.len() as u64, "size {size}");
                assert_eq!(answer.pagination.total_pages, (expected.len() as u64).div_ceil(u64::from(size)));
                got.extend(answer.orders);
                if !answer.pagination.has_more {
                    break;
                }
                page += 1;
            }
            assert_eq!(got.iter().collect::<Vec<_>>(), expected, "size {size}");
        }
    }
    // Subscriptions, by status too.
    let subscriptions = pf.subscriptions().list(ListSubscriptionsParams::default().page_size(1000)).await.unwrap();
    let subscriptions = subscriptions.subscriptions;
    let mut sorted = subscriptions.clone();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    assert_eq!(subscriptions, sorted);
    let active = pf
        .subscriptions()
        .list(ListSubscriptionsParams::default().status(SubscriptionStatus::Active).page(2).page_size(3))
        .await
        .unwrap();
    let expected: Vec<_> =
        sorted.iter().filter(|s| s.status == SubscriptionStatus::Active).skip(3).take(3).cloned().collect();
    assert_eq!(active.subscriptions, expected);
}

/// `pocketsflow-mock --fixtures FILE` serves the file's objects instead of the seed's; a file that does not
/// match refuses to start, naming the file and the object.
#[test]
fn the_binary_serves_a_fixtures_file() {
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("pocketsflow-fixtures-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let fixtures = runtime.block_on(async {
        let source = MockServer::start().await;
        source.client().products().create(CreateProductParams::builder().name("From a file").price(7)).await.unwrap();
        source.fixtures()
    });
    let file = dir.join("fixtures.json");
    std::fs::write(&file, serde_json::to_vec(&fixtures).unwrap()).unwrap();
    let port_file = dir.join("port");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "demo", "--fixtures"])
        .arg(&file)
        .arg("--port-file")
        .arg(&port_file)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let port = read_port_file(&port_file);
    let names: Vec<String> = runtime.block_on(async {
        let pf = Pocketsflow::builder()
            .api_key(pocketsflow::mock::TEST_API_KEY)
            .base_url(format!("http://127.0.0.1:{port}"))
            .build()
            .unwrap();
        pf.products().list().await.unwrap().into_iter().map(|p| p.name).collect()
    });
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(names, ["From a file"], "the file's objects, not the demo seed's");

    std::fs::write(&file, br#"{"products": [{"name": "no id"}]}"#).unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--fixtures"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{stderr}");
    assert!(stderr.contains("fixtures.json") && stderr.contains("products[0]"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `pocketsflow-mock --extra-orders N` adds N completed orders before serving, as `pocketsflow mock` does; a
/// count it does not take is refused with its usage.
#[test]
fn the_binary_adds_extra_orders() {
    use std::process::{Command, Stdio};
    let port_file = std::env::temp_dir().join(format!("pocketsflow-extra-orders-{}.port", std::process::id()));
    let _ = std::fs::remove_file(&port_file);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "empty", "--extra-orders", "3", "--port-file"])
        .arg(&port_file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let port = read_port_file(&port_file);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let orders = runtime.block_on(async {
        let pf = Pocketsflow::builder()
            .api_key(pocketsflow::mock::TEST_API_KEY)
            .base_url(format!("http://127.0.0.1:{port}"))
            .build()
            .unwrap();
        pf.orders().list(ListOrdersParams::default()).await.unwrap()
    });
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(&port_file);
    assert_eq!(orders.pagination.total_count, 3, "{orders:?}");

    let refused = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock")).args(["--extra-orders", "-1"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--extra-orders takes a number") && stderr.contains("usage:"), "{stderr}");
}
