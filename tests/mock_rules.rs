//! The fake server's rules: the shape of every request comes from openapi.yaml (and a refused request stores
//! nothing), and the rules a schema cannot say answer the same status wherever they apply (400 for a rule of
//! the request itself, 404 for an id or code that names nothing, 400 with the rule's own code for a state that refuses the
//! request).

mod common;

use common::*;
use pocketsflow::codes;
use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::types::*;
use serde_json::{json, Value};

async fn demo() -> MockServer {
    MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap()
}

/// Sends `body` with `method` to `path` with the server's key; returns the status and the JSON answer.
async fn send(server: &MockServer, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let http = reqwest::Client::new();
    let mut request =
        http.request(method.parse().unwrap(), format!("{}{path}", server.url())).bearer_auth(server.api_key());
    if let Some(body) = body {
        request = request.header("content-type", "application/json").body(body.to_string());
    }
    let answer = request.send().await.unwrap();
    let status = answer.status().as_u16();
    let text = answer.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

#[track_caller]
fn assert_refused(answer: &(u16, Value), status: u16, code: &str, mentions: &str) {
    assert_eq!(answer.0, status, "{}", answer.1);
    assert_eq!(answer.1["code"], code, "{}", answer.1);
    let message = answer.1["message"].as_str().unwrap_or_default();
    assert!(message.contains(mentions), "{message:?} should mention {mentions:?}");
}

#[tokio::test]
async fn every_operation_refuses_a_body_without_its_required_fields_and_names_them() {
    let server = MockServer::start().await;
    let spec = spec();
    let mut checked = 0;
    for (id, method, path) in operations() {
        let op = &spec["paths"][&path][method.to_lowercase()];
        let Some(reference) = op.pointer("/requestBody/content/application~1json/schema/$ref") else { continue };
        let schema = &spec["components"]["schemas"][reference.as_str().unwrap().rsplit('/').next().unwrap()];
        let required: Vec<&str> =
            schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let path = path.replace("{id}", "65f000000000000000000001");
        let answer = send(&server, &method, &path, Some(json!({}))).await;
        if required.is_empty() {
            assert_ne!(answer.0, 400, "{id}: {{}} has every field it needs: {}", answer.1);
            continue;
        }
        for field in required {
            assert_refused(&answer, 400, "VALIDATION_ERROR", &format!("`{field}` is required"));
        }
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} operations with required body fields");
    assert!(server.client().products().list().await.unwrap().is_empty(), "nothing stored from a refused request");
}

#[tokio::test]
async fn the_spec_decides_the_shape_and_refusals_are_recorded_as_violations() {
    let server = MockServer::start().await;
    let before = server.spec_violations().len();
    for (method, path, body, mentions) in [
        ("POST", "/products", json!({"name": "", "price": 5}), "`name` must not be empty"),
        ("POST", "/products", json!({"name": "X", "price": 5, "slug": null}), "`slug` must be a string"),
        ("POST", "/products", json!({"name": "X", "price": 5, "thumbnail": "not a url"}), "`thumbnail`"),
        ("POST", "/webhooks", json!({"url": "https://a.example/h", "events": []}), "`events` must have at least 1"),
        ("POST", "/discounts", json!({"name": "D", "code": "C", "value": 5, "mainProductIds": []}), "mainProductIds"),
        (
            "POST",
            "/subscriptions",
            json!({"name": "S", "price": 5, "frequency": "monthly", "trialPeriod": -1}),
            "trialPeriod",
        ),
        ("POST", "/users/update", json!({"contactEmail": "not an address"}), "`contactEmail` must be an email"),
        ("POST", "/orders/subscriptions", json!({"pageSize": 1001}), "`pageSize` must be at most 1000"),
    ] {
        let answer = send(&server, method, path, Some(body.clone())).await;
        assert_refused(&answer, 400, "VALIDATION_ERROR", mentions);
    }
    for query in ["page=0", "pageSize=0", "pageSize=1001", "page=two"] {
        let answer = send(&server, "GET", &format!("/orders?{query}"), None).await;
        assert_refused(&answer, 400, "VALIDATION_ERROR", query.split('=').next().unwrap());
    }
    let answer = send(&server, "GET", "/customers?limit=0", None).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`limit` must be at least 1");
    let violations = server.spec_violations();
    assert_eq!(violations.len() - before, 13, "{violations:#?}");
    assert_eq!(violations[before].operation_id, "products_create");
    assert_eq!((violations[before].method.as_str(), violations[before].path.as_str()), ("POST", "/products"));
    assert!(violations[before].message.contains("`name`"));
    let pf = server.client();
    assert!(pf.products().list().await.unwrap().is_empty() && pf.webhooks().list().await.unwrap().is_empty());
    assert!(
        pf.discounts().list().await.unwrap().is_empty() && pf.subscription_offers().list().await.unwrap().is_empty()
    );
    assert_eq!(pf.users().me().await.unwrap().contact_email, None, "nothing stored from a refused request");

    // What the spec allows goes through, and records nothing.
    let count = server.spec_violations().len();
    let (status, _) = send(&server, "POST", "/orders/subscriptions", None).await;
    assert_eq!(status, 200, "the body of subscriptions.list is optional, as the Node SDK sends none");
    let (status, _) = send(&server, "GET", "/orders?page=1&pageSize=1000&unknown=1", None).await;
    assert_eq!(status, 200, "pageSize up to 1000; unknown parameters are ignored");
    let (status, _) = send(&server, "POST", "/products", Some(json!({"name": " ", "price": 0, "colour": "red"}))).await;
    assert_eq!(status, 200, "any non-empty name, a free product, unknown fields ignored");
    assert_eq!(server.spec_violations().len(), count);
}

#[tokio::test]
async fn strict_mode_refuses_what_the_spec_does_not_name() {
    let server = MockServer::start().await;
    server.strict(true);
    let answer = send(&server, "POST", "/products", Some(json!({"name": "X", "price": 1, "colour": "red"}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "colour");
    let answer = send(&server, "GET", "/orders?debug=1", None).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`debug` is not a query parameter of orders_list");
    let dir = std::env::temp_dir().join(format!("pf-violations-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("violations.jsonl");
    server.log_spec_violations(&log).unwrap();
    let answer =
        send(&server, "POST", "/webhooks", Some(json!({"url": "https://a.example/h", "events": ["nope"]}))).await;
    assert_eq!(answer.0, 400);
    let lines = std::fs::read_to_string(&log).unwrap();
    let line: Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(line["operationId"], "webhooks_create");
    assert!(line["message"].as_str().unwrap().contains("`events[0]`"), "{line}");
    assert_eq!(server.spec_violations().len(), 3);
    server.strict(false);
    let (status, _) = send(&server, "POST", "/products", Some(json!({"name": "X", "price": 1, "colour": "red"}))).await;
    assert_eq!(status, 200);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn null_is_taken_where_the_spec_says_nullable_and_removes_the_value_on_update() {
    let server = demo().await;
    let pf = server.client();
    let product = pf.products().list().await.unwrap().remove(0);
    assert!(product.description.is_some());
    let (status, answer) =
        send(&server, "POST", &format!("/products/update/{}", product.id), Some(json!({"description": null}))).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(pf.products().get(&product.id).await.unwrap().description, None);

    let discount = pf.discounts().list().await.unwrap().into_iter().find(|d| d.code == "SUMMER20").unwrap();
    assert!(discount.expiration.is_some());
    let (status, _) =
        send(&server, "POST", &format!("/discounts/{}", discount.id), Some(json!({"expiration": null}))).await;
    assert_eq!(status, 200);
    assert_eq!(pf.discounts().get(&discount.id).await.unwrap().expiration, None, "null: it never expires");

    let checkout = json!({"productId": product.id, "successUrl": "https://a.example/ok", "cancelUrl": "https://a.example/no",
        "customerEmail": null, "discountCode": null});
    let (status, answer) = send(&server, "POST", "/checkout/sessions", Some(checkout)).await;
    assert_eq!(status, 200, "{answer}");

    let answer = send(&server, "POST", &format!("/products/update/{}", product.id), Some(json!({"name": null}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`name` must be a string, got null");
}

#[tokio::test]
async fn users_update_keeps_the_login_email_and_stores_the_contact_email() {
    let server = MockServer::start().await;
    let pf = server.client();
    let email = pf.users().me().await.unwrap().email;
    let updated = pf
        .users()
        .update(UpdateUserParams::builder().contact_email("support@shop.example").currency("eur"))
        .await
        .unwrap();
    assert_eq!(updated.email, email, "contactEmail does not overwrite the account's email");
    assert_eq!(updated.contact_email.as_deref(), Some("support@shop.example"));
    assert_eq!(updated.currency, "EUR");
    assert_eq!(pf.users().me().await.unwrap(), updated);
    let answer = send(&server, "POST", "/users/update", Some(json!({"currency": "E1R"}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`currency` must match the pattern ^[A-Za-z]{3}$");
}

#[tokio::test]
async fn discount_updates_follow_the_rules_of_create() {
    let server = demo().await;
    let pf = server.client();
    let products = pf.products().list().await.unwrap();
    let discounts = pf.discounts().list().await.unwrap();
    let five_off = discounts.iter().find(|d| d.code == "FIVEOFF").unwrap().clone();
    let path = format!("/discounts/{}", five_off.id);

    let answer = send(&server, "POST", &path, Some(json!({"code": "summer20"}))).await;
    assert_refused(&answer, 400, codes::DISCOUNT_CODE_TAKEN, "already used by another discount");
    let answer = send(
        &server,
        "POST",
        "/discounts",
        Some(json!({"name": "Again", "code": "SUMMER20", "value": 5,
        "mainProductIds": [products[0].id]})),
    )
    .await;
    assert_refused(&answer, 400, codes::DISCOUNT_CODE_TAKEN, "already used by another discount");
    let answer =
        send(&server, "POST", &path, Some(json!({"mainProductIds": [products[0].id, "65f0000000000000000fffff"]})))
            .await;
    assert_refused(&answer, 404, "NOT_FOUND", "`mainProductIds[1]`");
    let answer = send(
        &server,
        "POST",
        "/discounts",
        Some(json!({"name": "New", "code": "NEW10", "value": 10,
        "mainProductIds": ["65f0000000000000000fffff"]})),
    )
    .await;
    assert_refused(&answer, 404, "NOT_FOUND", "`mainProductIds[0]`");
    let answer = send(&server, "POST", &path, Some(json!({"name": ""}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`name` must not be empty");
    let answer = send(&server, "POST", &path, Some(json!({"code": ""}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`code` must not be empty");
    let answer = send(&server, "POST", &path, Some(json!({"valueType": "percentage", "value": 150}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "at most 100");
    let answer = send(&server, "POST", &path, Some(json!({"expiration": "soon"}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`expiration` must be a date (YYYY-MM-DD) or a date and time");
    assert_eq!(pf.discounts().get(&five_off.id).await.unwrap(), five_off, "nothing stored from refused updates");

    // Its own code again, in other letters, is no conflict.
    let renamed = pf
        .discounts()
        .update(&five_off.id, UpdateDiscountParams::builder().code("fiveoff").name("Five"))
        .await
        .unwrap();
    assert_eq!((renamed.code.as_str(), renamed.name.as_str()), ("fiveoff", "Five"));
}

#[tokio::test]
async fn upsell_updates_follow_the_rules_of_create() {
    let server = demo().await;
    let pf = server.client();
    let upsell = pf.upsells().list().await.unwrap().upsells.remove(0);
    let path = format!("/upsells/{}", upsell.id);
    let answer = send(&server, "POST", &path, Some(json!({"upsellProductId": "65f0000000000000000fffff"}))).await;
    assert_refused(&answer, 404, "NOT_FOUND", "`upsellProductId`");
    let answer = send(&server, "POST", &path, Some(json!({"mainProductIds": ["65f0000000000000000fffff"]}))).await;
    assert_refused(&answer, 404, "NOT_FOUND", "`mainProductIds[0]`");
    let answer = send(&server, "POST", &path, Some(json!({"name": ""}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`name` must not be empty");
    let answer = send(&server, "POST", &path, Some(json!({"mainProductIds": []}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`mainProductIds` must have at least 1 item");
    let answer = send(
        &server,
        "POST",
        "/upsells",
        Some(json!({"mainProductIds": ["65f0000000000000000fffff"],
        "upsellProductId": upsell.upsell_product_id, "upsellPrice": 5})),
    )
    .await;
    assert_refused(&answer, 404, "NOT_FOUND", "`mainProductIds[0]`");
    assert_eq!(pf.upsells().get(&upsell.id).await.unwrap(), upsell, "nothing stored from refused updates");

    let (status, answer) = send(&server, "POST", &path, Some(json!({"offer": null, "name": "Renamed"}))).await;
    assert_eq!(status, 200, "{answer}");
    let updated = pf.upsells().get(&upsell.id).await.unwrap();
    assert_eq!((updated.name.as_str(), updated.offer.as_deref()), ("Renamed", None));
}

#[tokio::test]
async fn checkout_refuses_what_is_not_for_sale_or_does_not_apply() {
    let server = demo().await;
    let pf = server.client();
    let products = pf.products().list().await.unwrap();
    let unpublished = products.iter().find(|p| !p.published).expect("the demo seed has an unpublished product");
    let err = pf.checkout().create(checkout_params(&unpublished.id)).await.unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(400), Some(codes::PRODUCT_NOT_FOR_SALE)));
    assert!(err.message().contains("not for sale"), "{}", err.message());

    let product = products.iter().find(|p| p.published).unwrap();
    let expired = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Last year")
                .code("OLD10")
                .value(10.0)
                .main_product_ids(vec![product.id.clone()])
                .expiration("2020-12-31"),
        )
        .await
        .unwrap();
    let err = pf.checkout().create(checkout_params(&product.id).discount_code("OLD10")).await.unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(400), Some(codes::DISCOUNT_EXPIRED)));
    assert!(err.message().contains("has expired"), "{}", err.message());
    // Until the last second of its last day, it is not expired.
    let next_year = format!("{}-12-31T23:59:59.999Z", 2100);
    pf.discounts().update(&expired.id, UpdateDiscountParams::builder().expiration(next_year)).await.unwrap();
    pf.checkout().create(checkout_params(&product.id).discount_code("OLD10")).await.unwrap();

    let inactive = pf.discounts().list().await.unwrap().into_iter().find(|d| !d.active).unwrap();
    let err =
        pf.checkout().create(checkout_params(&product.id).discount_code(inactive.code.clone())).await.unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(400), Some(codes::DISCOUNT_INACTIVE)));
    assert!(err.message().contains("not active"), "{}", err.message());
    let err = pf.checkout().create(checkout_params(&product.id).discount_code("NOSUCH")).await.unwrap_err();
    assert!(err.is_not_found() && err.message().contains("discountCode"), "{err}");

    let answer = send(
        &server,
        "POST",
        "/checkout/sessions",
        Some(json!({"productId": product.id,
        "successUrl": "ftp://a.example/ok", "cancelUrl": "https://a.example/no"})),
    )
    .await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`successUrl` must match the pattern");
}

#[tokio::test]
async fn products_keep_the_documented_optional_fields() {
    let server = MockServer::start().await;
    let pf = server.client();
    // The Node SDK documentation's products.create, field for field.
    let created = pf
        .products()
        .create(
            CreateProductParams::builder()
                .name("Premium Course")
                .price(99.99)
                .description("Learn everything about...")
                .subtitle("The complete guide")
                .published(true)
                .slug("premium-course")
                .thumbnail("https://cdn.example/thumb.png")
                .images(vec!["https://cdn.example/1.png".to_owned()])
                .show_sales(false)
                .show_reviews(true)
                .refund_policy("30-day money back guarantee")
                .has_first_name(true)
                .has_last_name(true)
                .pay_want(true)
                .cta_text("Get it")
                .callback_url("https://shop.example/thanks"),
        )
        .await
        .unwrap();
    let read = pf.products().get(&created.id).await.unwrap();
    assert_eq!(read, created);
    assert_eq!(read.subtitle.as_deref(), Some("The complete guide"));
    assert_eq!(read.thumbnail.as_deref(), Some("https://cdn.example/thumb.png"));
    assert_eq!((read.show_sales, read.show_reviews), (Some(false), Some(true)));
    assert_eq!(read.refund_policy.as_deref(), Some("30-day money back guarantee"));
    assert_eq!((read.has_first_name, read.has_last_name, read.pay_want), (Some(true), Some(true), Some(true)));
    assert_eq!(read.cta_text.as_deref(), Some("Get it"));
    assert_eq!(read.callback_url.as_deref(), Some("https://shop.example/thanks"));
    let json = serde_json::to_value(&read).unwrap();
    assert!(schema_errors(&json!({"$ref": "#/components/schemas/Product"}), &json).is_empty());

    let (status, answer) =
        send(&server, "POST", "/products", Some(json!({"name": "PWYW", "price": 20, "minPrice": 10, "maxPrice": 100})))
            .await;
    assert_eq!(status, 200, "{answer}");
    let (_, read) = send(&server, "GET", &format!("/products/{}", answer["_id"].as_str().unwrap()), None).await;
    assert_eq!((read["minPrice"].as_f64(), read["maxPrice"].as_f64()), (Some(10.0), Some(100.0)));

    // The defaults the documentation gives.
    let plain = pf.products().create(CreateProductParams::builder().name("Plain").price(1.0)).await.unwrap();
    assert_eq!((plain.show_sales, plain.show_reviews, plain.published), (Some(true), Some(true), true));
    let answer =
        send(&server, "POST", "/products", Some(json!({"name": "X", "price": 5, "minPrice": 9, "maxPrice": 3}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`minPrice`");
}

#[tokio::test]
async fn webhook_updates_take_free_event_names() {
    let server = MockServer::start().await;
    let pf = server.client();
    let webhook = pf
        .webhooks()
        .create(
            CreateWebhookParams::builder().url("http://127.0.0.1:9/hook").events(vec![WebhookEvent::OrderCompleted]),
        )
        .await
        .unwrap();
    // The Node SDK documentation's own webhooks.update.
    let events = vec!["order.created".to_owned(), "order.refunded".to_owned(), "subscription.created".to_owned()];
    let updated = pf
        .webhooks()
        .update(&webhook.id, UpdateWebhookParams::builder().events(events.clone()).active(true))
        .await
        .unwrap();
    assert_eq!(updated.events, events);
    assert!(server.spec_violations().is_empty());
    let answer = send(&server, "PUT", &format!("/webhooks/{}", webhook.id), Some(json!({"events": []}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "`events` must have at least 1 item");
}

/// The rules the README's table names that no other test reaches: a partial refund that rounds to 0 in the
/// currency's minor unit (400), ids in the body that name nothing of this account and mode (404 naming the
/// field), a code for another product and an inactive product (400, each with its code), a webhook's description nulled, and an
/// update judged on the object as it would be (400, nothing stored).
#[tokio::test]
async fn the_rules_of_the_table_that_other_tests_do_not_reach() {
    let server = MockServer::start().await;
    let pf = server.client();
    // A refund that rounds to 0 in yen (no minor unit), and in dollars (cents).
    let yen = pf
        .products()
        .create(CreateProductParams::builder().name("Ebook JPY").price(1500).currency("JPY"))
        .await
        .unwrap();
    let session = pf.checkout().create(checkout_params(&yen.id)).await.unwrap();
    let order = server.complete_checkout(&session.id, "buyer@example.com").unwrap();
    let answer = send(&server, "POST", "/refunds", Some(json!({"orderId": order.id, "amount": 0.4}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "amount");
    let dollars = pf.products().create(CreateProductParams::builder().name("Ebook").price(20)).await.unwrap();
    let session = pf.checkout().create(checkout_params(&dollars.id)).await.unwrap();
    let usd_order = server.complete_checkout(&session.id, "buyer@example.com").unwrap();
    let answer = send(&server, "POST", "/refunds", Some(json!({"orderId": usd_order.id, "amount": 0.004}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "amount");
    assert!(pf.refunds().list().await.unwrap().is_empty(), "a refused refund stores nothing");

    // Ids in the body that name nothing: the field is named.
    let answer = send(&server, "POST", "/refunds", Some(json!({"orderId": "65f0000000000000000fffff"}))).await;
    assert_refused(&answer, 404, "NOT_FOUND", "orderId");
    let live = reqwest::Client::new()
        .post(format!("{}/checkout/sessions", server.url()))
        .bearer_auth("pk_live_mock_0123456789abcdef")
        .json(&json!({"productId": dollars.id, "successUrl": "https://a.example/ok", "cancelUrl": "https://a.example/no"}))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), 404, "a test-mode product is not the live account's");
    assert!(live.text().await.unwrap().contains("productId"));

    // A code for another product; an inactive product.
    pf.discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Yen only")
                .code("YEN10")
                .value(10)
                .main_product_ids(vec![yen.id.clone()]),
        )
        .await
        .unwrap();
    let err = pf.checkout().create(checkout_params(&dollars.id).discount_code("yen10")).await.unwrap_err();
    assert_eq!(
        (err.status().map(|s| s.as_u16()), err.code()),
        (Some(400), Some(codes::DISCOUNT_NOT_FOR_PRODUCT)),
        "{err}"
    );
    let answer =
        send(&server, "POST", &format!("/products/update/{}", dollars.id), Some(json!({"active": false}))).await;
    assert_eq!(answer.0, 200, "{}", answer.1);
    let err = pf.checkout().create(checkout_params(&dollars.id)).await.unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(400), Some(codes::PRODUCT_NOT_FOR_SALE)), "{err}");

    // A webhook's description, nulled on update.
    let webhook = pf
        .webhooks()
        .create(
            CreateWebhookParams::builder()
                .url("https://shop.example/hook")
                .events(vec![WebhookEvent::OrderCompleted])
                .description("orders"),
        )
        .await
        .unwrap();
    assert_eq!(webhook.description.as_deref(), Some("orders"));
    let answer = send(&server, "PUT", &format!("/webhooks/{}", webhook.id), Some(json!({"description": null}))).await;
    assert_eq!(answer.0, 200, "{}", answer.1);
    assert_eq!(pf.webhooks().get(&webhook.id).await.unwrap().description, None);

    // An update checked on the object as it would be: a fixed discount of 150 turned into a percentage.
    let fixed = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Big")
                .code("BIG150")
                .value(150)
                .value_type(DiscountValueType::Fixed)
                .main_product_ids(vec![yen.id.clone()]),
        )
        .await
        .unwrap();
    let answer =
        send(&server, "POST", &format!("/discounts/{}", fixed.id), Some(json!({"valueType": "percentage"}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "100");
    let stored = pf.discounts().get(&fixed.id).await.unwrap();
    assert_eq!(stored.value_type, DiscountValueType::Fixed, "nothing stored");
}

/// The demo seed: 260 orders, 63 customers, and the same data in every server.
#[tokio::test]
async fn the_demo_seed_is_as_documented_and_the_same_everywhere() {
    let (a, b) = (demo().await, demo().await);
    let (pa, pb) = (a.client(), b.client());
    let customers = |pf: pocketsflow::Pocketsflow| async move {
        let page = pf.customers().list(ListCustomersParams::default().limit(1000)).await.unwrap();
        serde_json::to_value(page).unwrap()
    };
    let (ca, cb) = (customers(pa.clone()).await, customers(pb.clone()).await);
    assert_eq!(ca, cb);
    assert_eq!(ca.as_array().map(Vec::len), Some(63), "{ca}");
    let orders = pa.orders().list(ListOrdersParams::default().page_size(1)).await.unwrap();
    assert_eq!(orders.pagination.total_count, 260);
    assert_eq!(
        serde_json::to_value(pa.products().list().await.unwrap()).unwrap(),
        serde_json::to_value(pb.products().list().await.unwrap()).unwrap()
    );
    assert_eq!(
        pa.reviews().list(Default::default()).await.unwrap(),
        pb.reviews().list(Default::default()).await.unwrap()
    );
}

/// A discount whose `expiration` is a date is good through that whole day: today's is accepted at checkout,
/// yesterday's refused as expired.
#[tokio::test]
async fn a_discount_is_good_through_its_last_day() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20)).await.unwrap();
    let day = |offset: i64| {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        pocketsflow::mock::iso_date((secs.div_euclid(86_400) + offset) as u64)
    };
    for (code, offset, good) in [("TODAY10", 0, true), ("YESTERDAY10", -1, false)] {
        pf.discounts()
            .create(
                CreateDiscountParams::builder()
                    .name(code)
                    .code(code)
                    .value(10)
                    .main_product_ids(vec![product.id.clone()])
                    .expiration(day(offset)),
            )
            .await
            .unwrap();
        let result = pf.checkout().create(checkout_params(&product.id).discount_code(code)).await;
        match (good, result) {
            (true, Ok(_)) => {}
            (false, Err(e)) => assert!(e.message().contains("has expired"), "{e}"),
            (good, other) => panic!("{code} (expiration {}): expected {good}, got {other:?}", day(offset)),
        }
    }
}

/// The README's table of the fake's rules lists exactly the codes openapi.yaml documents for 400 and 404
/// (`pocketsflow::codes`), each with its status, and says nothing of a status the API does not document.
#[test]
fn the_readmes_rule_table_lists_the_codes_of_the_spec() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("| Status | `code` | When |").expect("the rule table");
    let rows: std::collections::BTreeSet<(u16, String)> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(|c| c.trim().trim_matches('`')).collect();
            (cells[1].parse().unwrap_or_else(|_| panic!("a status: {line}")), cells[2].to_owned())
        })
        .collect();
    let spec: std::collections::BTreeSet<(u16, String)> = codes::ALL
        .iter()
        .filter(|(status, _)| [400, 404].contains(status))
        .map(|(status, code)| (*status, (*code).to_owned()))
        .collect();
    assert_eq!(rows, spec);
}

/// An amount is at most 9,999,999,999,999.99 (the `Money` schema's `maximum`): one cent more is refused naming the
/// field, and the largest is stored.
#[tokio::test]
async fn an_amount_above_the_money_maximum_is_refused_naming_the_field() {
    let server = MockServer::start().await;
    let answer =
        send(&server, "POST", "/products", Some(json!({"name": "Too dear", "price": 10_000_000_000_000.0_f64}))).await;
    assert_refused(&answer, 400, "VALIDATION_ERROR", "price");
    let answer =
        send(&server, "POST", "/products", Some(json!({"name": "Dear", "price": 9_999_999_999_999.99_f64}))).await;
    assert_eq!(answer.0, 200, "{}", answer.1);
}
