//! The contract of every operation, enumerated from openapi.yaml itself, through the public API against a
//! mock on 127.0.0.1: the SDK sends the documented method, a path of the documented template, only documented
//! query parameters (the required ones present), a JSON body valid against the requestBody schema and
//! `Authorization: Bearer <key>`; it decodes the spec's example into the typed model without losing a field;
//! and it maps the spec's `Error` example served with 400, 401, 404, 429 and 500 to the typed error.

mod common;

use std::future::Future;
use std::pin::Pin;

use common::*;
use pocketsflow::types::*;
use pocketsflow::Pocketsflow;
use serde_json::{json, Value};

type Call = Box<dyn Fn(Pocketsflow) -> Pin<Box<dyn Future<Output = pocketsflow::Result<Value>> + Send>>>;

pub struct Case {
    pub op: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub query: Vec<(&'static str, &'static str)>,
    pub body: Option<Value>,
    pub response: Value,
    pub call: Call,
}

macro_rules! case {
    ($op:literal, $method:literal $path:literal, query [$(($k:literal, $v:literal)),*], body $body:expr, answers $resp:expr,
     |$pf:ident| $call:expr) => {
        Case {
            op: $op,
            method: $method,
            path: $path,
            query: vec![$(($k, $v)),*],
            body: $body,
            response: $resp,
            call: Box::new(|$pf: Pocketsflow| Box::pin(async move { Ok(serde_json::to_value($call.await?).unwrap()) })),
        }
    };
}

fn body<T: serde::de::DeserializeOwned>(schema: &str) -> T {
    serde_json::from_value(example(schema)).unwrap()
}

fn list(schema: &str) -> Value {
    json!([example(schema)])
}

const ID: &str = "65a1b2c3d4e5f60718293a4b";
const SUB: &str = "sub_1OqYk2LkdIwHu7ixA1b2C3d4";

pub fn cases() -> Vec<Case> {
    vec![
        case!("products_list", "GET" "/products", query [], body None, answers list("Product"),
            |pf| pf.products().list()),
        case!("products_get", "GET" "/products/65a1b2c3d4e5f60718293a4b", query [], body None, answers example("Product"),
            |pf| pf.products().get(ID)),
        case!("products_create", "POST" "/products", query [], body Some(example("CreateProductParams")), answers example("Product"),
            |pf| pf.products().create(body::<CreateProductParams>("CreateProductParams"))),
        case!("products_update", "POST" "/products/update/65a1b2c3d4e5f60718293a4b", query [], body Some(json!({"name": "Updated Name", "price": 149.99})),
            answers example("Product"),
            |pf| pf.products().update(ID, UpdateProductParams::builder().name("Updated Name").price(pocketsflow::money!(149.99)))),
        case!("products_delete", "DELETE" "/products/65a1b2c3d4e5f60718293a4b", query [], body None, answers example("MessageResponse"),
            |pf| pf.products().delete(ID)),
        case!("variants_create", "POST" "/products/variants", query [], body Some(example("CreateVariantParams")), answers example("ProductVariant"),
            |pf| pf.variants().create(CreateVariantParams::builder().product_id(ID).name("Premium Version").price(149.99))),
        case!("variants_delete", "DELETE" "/products/variants/65a1b2c3d4e5f60718293a4c", query [], body None, answers example("MessageResponse"),
            |pf| pf.variants().delete("65a1b2c3d4e5f60718293a4c")),
        case!("orders_list", "GET" "/orders",
            query [("page", "2"), ("pageSize", "50"), ("startDate", "2024-01-01"), ("endDate", "2024-12-31"), ("productId", "65a1b2c3d4e5f60718293a4b")],
            body None, answers example("OrdersResponse"),
            |pf| pf.orders().list(ListOrdersParams::default().page(2).page_size(50).start_date("2024-01-01").end_date("2024-12-31").product_id(ID))),
        case!("orders_get", "GET" "/orders/65b2c3d4e5f60718293a4b5c", query [], body None, answers example("Order"),
            |pf| pf.orders().get("65b2c3d4e5f60718293a4b5c")),
        case!("customers_list", "GET" "/customers",
            query [("email", "customer@example.com"), ("productId", "65a1b2c3d4e5f60718293a4b"), ("sortBy", "createdAt"), ("sortOrder", "desc"), ("limit", "100"), ("offset", "0")],
            body None, answers list("Customer"),
            |pf| pf.customers().list(ListCustomersParams::default().email("customer@example.com").product_id(ID)
                .sort_by(CustomerSortBy::CreatedAt).sort_order(SortOrder::Desc).limit(100).offset(0))),
        case!("customers_get", "GET" "/customers/65c3d4e5f60718293a4b5c6d", query [], body None, answers example("Customer"),
            |pf| pf.customers().get("65c3d4e5f60718293a4b5c6d")),
        case!("reviews_list", "GET" "/reviews", query [("productId", "65a1b2c3d4e5f60718293a4b")], body None, answers list("Review"),
            |pf| pf.reviews().list(ListReviewsParams::default().product_id(ID))),
        case!("discounts_list", "GET" "/discounts", query [], body None, answers list("Discount"),
            |pf| pf.discounts().list()),
        case!("discounts_get", "GET" "/discounts/65e5f60718293a4b5c6d7e8f", query [], body None, answers example("Discount"),
            |pf| pf.discounts().get("65e5f60718293a4b5c6d7e8f")),
        case!("discounts_create", "POST" "/discounts", query [], body Some(example("CreateDiscountParams")), answers example("Discount"),
            |pf| pf.discounts().create(CreateDiscountParams::builder().name("Summer Sale").code("SUMMER20").value(20.0)
                .value_type(DiscountValueType::Percentage).active(true).main_product_ids(vec![ID.to_owned()])
                .expiration("2024-12-31"))),
        case!("discounts_update", "POST" "/discounts/65e5f60718293a4b5c6d7e8f", query [], body Some(example("UpdateDiscountParams")), answers example("Discount"),
            |pf| pf.discounts().update("65e5f60718293a4b5c6d7e8f", body::<UpdateDiscountParams>("UpdateDiscountParams"))),
        case!("discounts_delete", "DELETE" "/discounts/65e5f60718293a4b5c6d7e8f", query [], body None, answers example("MessageResponse"),
            |pf| pf.discounts().delete("65e5f60718293a4b5c6d7e8f")),
        case!("upsells_list", "GET" "/upsells", query [], body None, answers example("UpsellsResponse"),
            |pf| pf.upsells().list()),
        case!("upsells_get", "GET" "/upsells/65f60718293a4b5c6d7e8f90", query [], body None, answers example("Upsell"),
            |pf| pf.upsells().get("65f60718293a4b5c6d7e8f90")),
        case!("upsells_create", "POST" "/upsells", query [], body Some(example("CreateUpsellParams")), answers example("Upsell"),
            |pf| pf.upsells().create(body::<CreateUpsellParams>("CreateUpsellParams"))),
        case!("upsells_update", "POST" "/upsells/65f60718293a4b5c6d7e8f90", query [], body Some(example("UpdateUpsellParams")), answers example("Upsell"),
            |pf| pf.upsells().update("65f60718293a4b5c6d7e8f90", UpdateUpsellParams::builder().upsell_price(pocketsflow::money!(39.99)).active(true))),
        case!("upsells_delete", "DELETE" "/upsells/65f60718293a4b5c6d7e8f90", query [], body None, answers example("MessageResponse"),
            |pf| pf.upsells().delete("65f60718293a4b5c6d7e8f90")),
        case!("subscriptions_list", "POST" "/orders/subscriptions", query [], body Some(example("SubscriptionFilter")), answers example("SubscriptionsResponse"),
            |pf| pf.subscriptions().list(ListSubscriptionsParams::default().page(1).page_size(20)
                .start_date("2024-01-01").end_date("2024-12-31").status(SubscriptionStatus::Active))),
        case!("subscriptions_get", "GET" "/orders/subscriptions/6607182930a4b5c6d7e8f901", query [], body None, answers example("Subscription"),
            |pf| pf.subscriptions().get("6607182930a4b5c6d7e8f901")),
        case!("subscriptions_cancel", "POST" "/orders/subscriptions/cancel/sub_1OqYk2LkdIwHu7ixA1b2C3d4", query [], body None, answers json!({"message": "Subscription canceled"}),
            |pf| pf.subscriptions().cancel(SUB)),
        case!("subscriptions_refund", "POST" "/orders/subscriptions/refund/sub_1OqYk2LkdIwHu7ixA1b2C3d4", query [], body None, answers json!({"message": "Subscription refunded"}),
            |pf| pf.subscriptions().refund(SUB)),
        case!("subscription_offers_list", "GET" "/subscriptions", query [], body None, answers list("SubscriptionOffer"),
            |pf| pf.subscription_offers().list()),
        case!("subscription_offers_get", "GET" "/subscriptions/6618293a4b5c6d7e8f901a2b", query [], body None, answers example("SubscriptionOffer"),
            |pf| pf.subscription_offers().get("6618293a4b5c6d7e8f901a2b")),
        case!("subscription_offers_create", "POST" "/subscriptions", query [], body Some(example("CreateSubscriptionOfferParams")), answers example("SubscriptionOffer"),
            |pf| pf.subscription_offers().create(body::<CreateSubscriptionOfferParams>("CreateSubscriptionOfferParams"))),
        case!("webhooks_list", "GET" "/webhooks", query [], body None, answers list("Webhook"),
            |pf| pf.webhooks().list()),
        case!("webhooks_get", "GET" "/webhooks/66293a4b5c6d7e8f901a2b3c", query [], body None, answers example("Webhook"),
            |pf| pf.webhooks().get("66293a4b5c6d7e8f901a2b3c")),
        case!("webhooks_create", "POST" "/webhooks", query [], body Some(example("CreateWebhookParams")), answers example("Webhook"),
            |pf| pf.webhooks().create(CreateWebhookParams::builder().url("https://your-server.com/webhook")
                .events(vec![WebhookEvent::OrderCompleted, WebhookEvent::OrderRefunded])
                .description("My webhook endpoint").active(true))),
        case!("webhooks_update", "PUT" "/webhooks/66293a4b5c6d7e8f901a2b3c", query [], body Some(example("UpdateWebhookParams")), answers example("Webhook"),
            |pf| pf.webhooks().update("66293a4b5c6d7e8f901a2b3c", body::<UpdateWebhookParams>("UpdateWebhookParams"))),
        case!("webhooks_delete", "DELETE" "/webhooks/66293a4b5c6d7e8f901a2b3c", query [], body None, answers example("MessageResponse"),
            |pf| pf.webhooks().delete("66293a4b5c6d7e8f901a2b3c")),
        case!("webhooks_test", "POST" "/webhooks/66293a4b5c6d7e8f901a2b3c/test", query [], body None, answers json!({"message": "Test event sent"}),
            |pf| pf.webhooks().test("66293a4b5c6d7e8f901a2b3c")),
        case!("users_me", "GET" "/users/me", query [], body None, answers example("User"),
            |pf| pf.users().me()),
        case!("users_update", "POST" "/users/update", query [], body Some(example("UpdateUserParams")), answers example("User"),
            |pf| pf.users().update(body::<UpdateUserParams>("UpdateUserParams"))),
        case!("checkout_create", "POST" "/checkout/sessions", query [], body Some(example("CreateCheckoutParams")), answers example("CheckoutSession"),
            |pf| pf.checkout().create(body::<CreateCheckoutParams>("CreateCheckoutParams"))),
        case!("refunds_list", "GET" "/refunds", query [], body None, answers list("Refund"),
            |pf| pf.refunds().list()),
        case!("refunds_get", "GET" "/refunds/663a4b5c6d7e8f901a2b3c4d", query [], body None, answers example("Refund"),
            |pf| pf.refunds().get("663a4b5c6d7e8f901a2b3c4d")),
        case!("refunds_create", "POST" "/refunds", query [], body Some(example("CreateRefundParams")), answers example("Refund"),
            |pf| pf.refunds().create(CreateRefundParams::builder().order_id("65b2c3d4e5f60718293a4b5c").amount(pocketsflow::money!(29.99))
                .reason("Customer requested refund"))),
    ]
}

/// The spec's view of an operation: method, path template and the operation object.
fn spec_operation(id: &str) -> (String, String, Value) {
    for (path, item) in spec()["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if op["operationId"] == id {
                return (method.to_uppercase(), path.clone(), op.clone());
            }
        }
    }
    panic!("{id} is not in openapi.yaml")
}

/// Query parameters of an operation: (name, required).
fn query_parameters(op: &Value) -> Vec<(String, bool)> {
    op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let pointer = p["$ref"].as_str().map(|r| r.trim_start_matches('#').to_owned());
            pointer.and_then(|ptr| spec().pointer(&ptr).cloned()).unwrap_or_else(|| p.clone())
        })
        .filter(|p| p["in"] == "query")
        .map(|p| (p["name"].as_str().unwrap().to_owned(), p["required"] == true))
        .collect()
}

fn matches_template(path: &str, template: &str) -> bool {
    let (a, b): (Vec<_>, Vec<_>) = (path.split('/').collect(), template.split('/').collect());
    a.len() == b.len() && a.iter().zip(&b).all(|(seg, t)| (t.starts_with('{') && !seg.is_empty()) || seg == t)
}

#[test]
fn every_operation_of_the_spec_has_a_contract_case() {
    let in_spec: Vec<String> = operations().into_iter().map(|(id, _, _)| id).collect();
    let in_cases: Vec<String> = cases().iter().map(|c| c.op.to_owned()).collect();
    let missing: Vec<String> = in_spec
        .iter()
        .filter(|id| !in_cases.contains(id))
        .map(|id| {
            format!(
                "{id}: no contract case in tests/operations.rs (its resource method is generated from openapi.yaml)"
            )
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let stale: Vec<&String> = in_cases.iter().filter(|id| !in_spec.contains(id)).collect();
    assert!(stale.is_empty(), "contract cases for operations openapi.yaml does not have: {stale:?}");
}

#[tokio::test]
async fn every_operation_sends_the_documented_request_and_decodes_the_answer() {
    let cases = cases();
    assert_eq!(cases.len(), operations().len(), "one case per operation of the spec");

    for case in cases {
        let server = server_answering(200, ResponseTemplateBody::Json(case.response.clone())).await;
        let pf = client_for(&server);
        let decoded = (case.call)(pf).await.unwrap_or_else(|e| panic!("{}: {e}", case.op));
        assert_json_eq(&decoded, &case.response, &format!("{}: decoded answer", case.op));

        let (spec_method, template, spec_op) = spec_operation(case.op);
        assert_eq!(case.method, spec_method, "{}: the case follows the spec's method", case.op);
        let errors = schema_errors(&success_schema(case.op), &case.response);
        assert!(errors.is_empty(), "{}: the served answer is valid per the spec: {errors:?}", case.op);

        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1, "{}: exactly one request", case.op);
        assert!(
            matches_template(requests[0].url.path(), &template),
            "{}: {} is not {template}",
            case.op,
            requests[0].url.path()
        );
        let documented = query_parameters(&spec_op);
        for (name, _) in requests[0].url.query_pairs() {
            assert!(documented.iter().any(|(d, _)| *d == name), "{}: undocumented query parameter {name}", case.op);
        }
        for (name, required) in &documented {
            if *required {
                assert!(requests[0].url.query_pairs().any(|(n, _)| n == *name), "{}: required {name} missing", case.op);
            }
        }
        let request = &requests[0];
        assert_eq!(request.method.as_str(), case.method, "{}: method", case.op);
        assert_eq!(request.url.path(), case.path, "{}: path", case.op);
        let mut query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        query.sort();
        let mut expected: Vec<(String, String)> =
            case.query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        expected.sort();
        assert_eq!(query, expected, "{}: query string", case.op);
        assert_eq!(
            request.headers.get("authorization").and_then(|v| v.to_str().ok()),
            Some(format!("Bearer {API_KEY}").as_str()),
            "{}: bearer auth",
            case.op
        );
        match &case.body {
            Some(expected) => {
                assert_eq!(
                    request.headers.get("content-type").and_then(|v| v.to_str().ok()),
                    Some("application/json"),
                    "{}: content type",
                    case.op
                );
                let sent: Value = serde_json::from_slice(&request.body)
                    .unwrap_or_else(|e| panic!("{}: body is not JSON: {e}", case.op));
                assert_json_eq(&sent, expected, &format!("{}: request body", case.op));
                let schema = &spec_op["requestBody"]["content"]["application/json"]["schema"];
                let errors = schema_errors(schema, &sent);
                assert!(errors.is_empty(), "{}: the body is invalid per the spec: {errors:?}", case.op);
            }
            None => {
                assert!(spec_op.get("requestBody").is_none(), "{}: the spec expects a body", case.op);
                assert!(request.body.is_empty(), "{}: no body expected", case.op)
            }
        }
    }
}

#[tokio::test]
async fn every_operation_maps_the_documented_errors() {
    let error = example("ErrorBody");
    let (message, code) = (error["message"].as_str().unwrap(), error["code"].as_str().unwrap());
    for status in [400u16, 401, 404, 429, 500] {
        let server = server_answering(status, ResponseTemplateBody::Json(error.clone())).await;
        for case in cases() {
            let pf = client_for(&server);
            let err = (case.call)(pf).await.expect_err(case.op);
            assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{} {status}", case.op);
            assert_eq!(err.message(), message, "{} {status}", case.op);
            assert_eq!(err.code(), Some(code), "{} {status}", case.op);
            assert_eq!(err.operation(), Some(case.op), "{} {status}", case.op);
        }
    }
}

/// A page of subscriptions holds them in `subscriptions` or, as the Node SDK also reads them, in `data`
/// (`x-sdk-paging`'s items): `items()` gives whichever the API filled.
#[test]
fn a_subscriptions_page_gives_its_items_from_either_field() {
    use pocketsflow::types::SubscriptionsResponse;
    let one = r#"{"_id": "6607182930a4b5c6d7e8f901", "userId": "u", "customerId": "c", "productId": "p",
        "status": "active", "currentPeriodStart": "2024-03-01T00:00:00.000Z",
        "currentPeriodEnd": "2024-04-01T00:00:00.000Z", "cancelAtPeriodEnd": false, "testMode": true,
        "createdAt": "2024-03-01T00:00:00.000Z"}"#;
    for body in [format!(r#"{{"subscriptions": [{one}]}}"#), format!(r#"{{"subscriptions": [], "data": [{one}]}}"#)] {
        let page: SubscriptionsResponse = serde_json::from_str(&body).unwrap();
        assert_eq!(page.items().len(), 1, "{body}");
        assert_eq!(page.items()[0].id, "6607182930a4b5c6d7e8f901");
    }
    let empty: SubscriptionsResponse = serde_json::from_str("{}").unwrap();
    assert!(empty.items().is_empty());
}
