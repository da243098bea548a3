//! The README's promises, tried as an attacker and as a careless caller would: hostile ids, non-finite
//! numbers, servers that fail, stall, lie about their pages or never stop talking. Every server here is a raw
//! socket or a tiny axum app on 127.0.0.1 started by the test.
//!
//! Long on purpose: one hostile server kit (the raw-socket and axum servers below) serves every attack, and the
//! attacks are grouped by the promise they try (ids, numbers, pages, stalls, sizes), each a short test.

mod common;

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{checkout_params, fast, operations, API_KEY};
use futures_util::TryStreamExt;
use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::pacing::RateLimit;
use pocketsflow::retry::RetryPolicy;
use pocketsflow::types::*;
use pocketsflow::{ErrorKind, Pocketsflow};
use proptest::prelude::*;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

// ---------------------------------------------------------------------------------------------------------
// A scripted raw HTTP/1.1 server: each request takes the next action of the script (the last one repeats).

#[derive(Clone, Debug)]
enum Act {
    /// Answer with this status, headers and body, keeping the connection open.
    Answer(u16, Vec<(&'static str, String)>, String),
    /// Read the request and never answer.
    Stall,
    /// Read the request and close the connection without a word.
    Drop,
    /// Wait, then act.
    Delayed(Duration, Box<Act>),
    /// A 200 declaring this body's length, of which only the first half is sent; then the connection is closed,
    /// or (when `true`) left open without another byte.
    CutBody(String, bool),
}

fn status(code: u16) -> Act {
    Act::Answer(code, vec![], json!({"error": "E", "message": format!("status {code}"), "code": "C"}).to_string())
}

struct Scripted {
    url: String,
    /// The raw request-targets received, in order.
    targets: Arc<Mutex<Vec<String>>>,
    script: Arc<Mutex<VecDeque<Act>>>,
}

impl Scripted {
    async fn start(script: Vec<Act>) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let targets = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let (t, s) = (targets.clone(), script.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(serve(socket, t.clone(), s.clone()));
            }
        });
        Scripted { url, targets, script }
    }

    fn targets(&self) -> Vec<String> {
        std::mem::take(&mut *self.targets.lock().unwrap())
    }

    fn push(&self, acts: impl IntoIterator<Item = Act>) {
        self.script.lock().unwrap().extend(acts);
    }
}

/// Reads one request head and its body; `None` when the peer closed.
async fn read_request(socket: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<String> {
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                let mut chunk = [0u8; 4096];
                let n = socket.read(&mut chunk).await.ok().filter(|n| *n > 0)?;
                buffer.extend_from_slice(&chunk[..n]);
            }
            buffer.drain(..end + 4 + length);
            return head.lines().next().and_then(|l| l.split(' ').nth(1)).map(str::to_owned);
        }
        let mut chunk = [0u8; 4096];
        let n = socket.read(&mut chunk).await.ok().filter(|n| *n > 0)?;
        buffer.extend_from_slice(&chunk[..n]);
    }
}

async fn serve(mut socket: TcpStream, targets: Arc<Mutex<Vec<String>>>, script: Arc<Mutex<VecDeque<Act>>>) {
    let mut buffer = Vec::new();
    while let Some(target) = read_request(&mut socket, &mut buffer).await {
        targets.lock().unwrap().push(target);
        let act = {
            let mut script = script.lock().unwrap();
            if script.len() > 1 {
                script.pop_front().unwrap()
            } else {
                script.front().cloned().unwrap_or(Act::Drop)
            }
        };
        let act = match act {
            Act::Delayed(wait, act) => {
                tokio::time::sleep(wait).await;
                *act
            }
            act => act,
        };
        match act {
            Act::Answer(code, headers, body) => {
                let mut text = format!(
                    "HTTP/1.1 {code} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
                    body.len()
                );
                for (name, value) in headers {
                    text.push_str(&format!("{name}: {value}\r\n"));
                }
                text.push_str("\r\n");
                text.push_str(&body);
                if socket.write_all(text.as_bytes()).await.is_err() {
                    return;
                }
            }
            Act::Stall => {
                tokio::time::sleep(Duration::from_secs(30)).await;
                return;
            }
            Act::CutBody(body, stall) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                let half = &body.as_bytes()[..body.len() / 2];
                if socket.write_all(head.as_bytes()).await.is_err() || socket.write_all(half).await.is_err() {
                    return;
                }
                if stall {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
                return;
            }
            Act::Drop | Act::Delayed(..) => return,
        }
    }
}

fn client(url: &str) -> pocketsflow::ClientBuilder {
    Pocketsflow::builder().api_key(API_KEY).base_url(url)
}

// ---------------------------------------------------------------------------------------------------------
// 1. An id never leaves its path segment.

type IdCall = fn(Pocketsflow, String) -> Pin<Box<dyn Future<Output = pocketsflow::Result<()>> + Send>>;

macro_rules! id_ops {
    ($($op:literal => |$pf:ident, $id:ident| $call:expr,)+) => {
        vec![$(($op, (|$pf: Pocketsflow, $id: String| Box::pin(async move { $call.await.map(drop) })) as IdCall),)+]
    };
}

/// Every operation with a path parameter, called with `id`.
fn id_operations() -> Vec<(&'static str, IdCall)> {
    id_ops! {
        "products_get" => |pf, id| pf.products().get(&id),
        "products_update" => |pf, id| pf.products().update(&id, UpdateProductParams::builder().name("x")),
        "products_delete" => |pf, id| pf.products().delete(&id),
        "variants_delete" => |pf, id| pf.variants().delete(&id),
        "orders_get" => |pf, id| pf.orders().get(&id),
        "customers_get" => |pf, id| pf.customers().get(&id),
        "discounts_get" => |pf, id| pf.discounts().get(&id),
        "discounts_update" => |pf, id| pf.discounts().update(&id, UpdateDiscountParams::builder().active(false)),
        "discounts_delete" => |pf, id| pf.discounts().delete(&id),
        "upsells_get" => |pf, id| pf.upsells().get(&id),
        "upsells_update" => |pf, id| pf.upsells().update(&id, UpdateUpsellParams::builder().active(false)),
        "upsells_delete" => |pf, id| pf.upsells().delete(&id),
        "subscriptions_get" => |pf, id| pf.subscriptions().get(&id),
        "subscriptions_cancel" => |pf, id| pf.subscriptions().cancel(&id),
        "subscriptions_refund" => |pf, id| pf.subscriptions().refund(&id),
        "subscription_offers_get" => |pf, id| pf.subscription_offers().get(&id),
        "webhooks_get" => |pf, id| pf.webhooks().get(&id),
        "webhooks_update" => |pf, id| pf.webhooks().update(&id, UpdateWebhookParams::builder().active(false)),
        "webhooks_delete" => |pf, id| pf.webhooks().delete(&id),
        "webhooks_test" => |pf, id| pf.webhooks().test(&id),
        "refunds_get" => |pf, id| pf.refunds().get(&id),
    }
}

/// The (operation, prefix, suffix) of every path template with one parameter, from openapi.yaml.
fn id_templates() -> Vec<(String, String, String)> {
    operations()
        .into_iter()
        .filter_map(|(op, _, path)| {
            let start = path.find('{')?;
            let end = path.find('}')?;
            Some((op, path[..start].to_owned(), path[end + 1..].to_owned()))
        })
        .collect()
}

#[test]
fn every_operation_with_a_path_parameter_is_covered() {
    let mut covered: Vec<&str> = id_operations().iter().map(|(op, _)| *op).collect();
    covered.sort();
    let mut spec: Vec<String> = id_templates().into_iter().map(|(op, _, _)| op).collect();
    spec.sort();
    assert_eq!(covered, spec, "a new operation with a path parameter needs a case here");
}

/// Ids that escaped or changed their segment in earlier versions, and their neighbours.
const HOSTILE_IDS: &[&str] = &[
    "..\\products\\P1",
    "..\\..\\users\\me",
    "a\\b",
    "\\",
    ".",
    "..",
    "./x",
    "%2e%2e",
    "%2F",
    "..%2fproducts",
    "a/b",
    "?x=1",
    "#frag",
    "a b",
    "\t",
    "\u{0}",
    "ü/..",
    "",
    " ",
];

fn id_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,16}",
        proptest::sample::select(HOSTILE_IDS).prop_map(str::to_owned),
        ("[ -~]{0,4}", proptest::sample::select(HOSTILE_IDS), "[ -~]{0,4}").prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn an_id_is_refused_or_travels_as_exactly_one_segment_of_its_operation() {
    let rt = runtime();
    let server = rt.block_on(Scripted::start(vec![status(404)]));
    let pf = client(&server.url).max_retries(0).build().unwrap();
    let templates = id_templates();
    let ops = id_operations();
    let check = |id: &str| -> Result<(), TestCaseError> {
        for (op, call) in &ops {
            let (_, prefix, suffix) = templates.iter().find(|(name, _, _)| name == op).unwrap();
            let result = rt.block_on(call(pf.clone(), id.to_owned()));
            let targets = server.targets();
            match result {
                Err(e) if e.is_invalid_input() => {
                    prop_assert!(targets.is_empty(), "{op} {id:?}: refused, yet sent {targets:?}")
                }
                Err(e) => {
                    prop_assert_eq!(e.status().map(|s| s.as_u16()), Some(404), "{} {:?}: {}", op, id, e);
                    prop_assert_eq!(targets.len(), 1, "{} {:?}", op, id);
                    let path = targets[0].split('?').next().unwrap();
                    let segment = path
                        .strip_prefix(prefix.as_str())
                        .and_then(|rest| rest.strip_suffix(suffix.as_str()))
                        .unwrap_or_else(|| panic!("{op} {id:?}: {path} is not {prefix}<id>{suffix}"));
                    prop_assert!(!segment.contains('/'), "{} {:?}: {} spans segments", op, id, path);
                    let decoded = percent_encoding::percent_decode_str(segment).decode_utf8().unwrap();
                    prop_assert_eq!(decoded.as_ref(), id, "{} {:?}: {}", op, id, path);
                    // And a real URL parser agrees: the same number of segments as the template.
                    let url = reqwest::Url::parse(&format!("http://h{path}")).unwrap();
                    prop_assert_eq!(url.path(), path, "{} {:?}: the parser rewrites {}", op, id, path);
                }
                Ok(()) => prop_assert!(false, "{op} {id:?}: a 404 server answered success"),
            }
        }
        Ok(())
    };
    for id in HOSTILE_IDS {
        check(id).unwrap();
    }
    for empty in ["", " ", "\t\n"] {
        for (op, call) in &ops {
            let err = rt.block_on(call(pf.clone(), empty.to_owned())).unwrap_err();
            assert!(err.is_invalid_input(), "{op} {empty:?}: {err}");
        }
    }
    assert!(server.targets().is_empty());
    proptest!(ProptestConfig::with_cases(256), |(id in id_strategy())| check(&id)?);
}

/// The fake server's state that a mutation could touch, as JSON.
async fn state(pf: &Pocketsflow) -> Value {
    let subs = pf.subscriptions().list(ListSubscriptionsParams::default().page_size(100)).await.unwrap();
    json!({
        "products": serde_json::to_value(pf.products().list().await.unwrap()).unwrap(),
        "discounts": serde_json::to_value(pf.discounts().list().await.unwrap()).unwrap(),
        "upsells": serde_json::to_value(pf.upsells().list().await.unwrap()).unwrap(),
        "webhooks": serde_json::to_value(pf.webhooks().list().await.unwrap()).unwrap(),
        "subscriptions": serde_json::to_value(subs.items()).unwrap(),
        "refunds": serde_json::to_value(pf.refunds().list().await.unwrap()).unwrap(),
    })
}

#[test]
fn a_mutation_with_any_id_touches_only_the_object_that_id_names() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 })).unwrap();
    let pf = server.client();
    let receiver = rt.block_on(Scripted::start(vec![status(200)]));
    rt.block_on(pf.webhooks().create(
        CreateWebhookParams::builder().url(format!("{}/hook", receiver.url)).events(vec![WebhookEvent::OrderCompleted]),
    ))
    .unwrap();
    let before = rt.block_on(state(&pf));
    // Real ids of every kind, for ids that try to reach them from another route.
    fn ids(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("id" | "_id" | "stripeSubscriptionId", Value::String(id)) => out.push(id.clone()),
                        _ => ids(value, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| ids(item, out)),
            _ => {}
        }
    }
    let mut real: Vec<String> = Vec::new();
    ids(&before, &mut real);
    assert!(real.len() > 20, "the demo seed has objects of every kind");
    let mutations: Vec<(&str, IdCall)> = id_operations().into_iter().filter(|(op, _)| !op.ends_with("_get")).collect();
    let deliveries = server.deliveries().len();
    let traversal = [
        "..\\",
        "..\\..\\",
        "..\\products\\",
        "..\\discounts\\",
        "x\\..\\..\\webhooks\\",
        "..\\subscriptions\\cancel\\",
    ];
    let strategy =
        (proptest::sample::select(traversal.to_vec()), proptest::sample::select(real.clone()), id_strategy())
            .prop_map(|(t, id, noise)| vec![format!("{t}{id}"), noise]);
    proptest!(ProptestConfig::with_cases(64), |(ids in strategy)| {
        for id in &ids {
            prop_assume!(!real.contains(id));
            for (op, call) in &mutations {
                let result = rt.block_on(call(pf.clone(), id.clone()));
                prop_assert!(result.is_err(), "{} {:?} succeeded on an object that does not exist", op, id);
            }
            let after = rt.block_on(state(&pf));
            prop_assert!(after == before, "{:?} changed the store", id);
            prop_assert_eq!(server.deliveries().len(), deliveries, "{:?} triggered a webhook test", id);
        }
    });
}

// ---------------------------------------------------------------------------------------------------------
// 2. Nothing is sent that the caller did not mean.

/// What a call with a number made of `x` came to: `Err` when `x` could not even become the field's type.
type Built = Result<pocketsflow::Result<()>, MoneyError>;

fn boxed(future: impl Future<Output = Built> + Send + 'static) -> Pin<Box<dyn Future<Output = Built> + Send>> {
    Box::pin(future)
}

type BodyCall = Box<dyn Fn(Pocketsflow, f64) -> Pin<Box<dyn Future<Output = Built> + Send>>>;

macro_rules! number_ops {
    ($($field:literal => |$pf:ident, $x:ident| $call:expr,)+) => {
        vec![$(($field, Box::new(|$pf: Pocketsflow, $x: f64| boxed(async move { Ok($call.await.map(drop)) })) as BodyCall),)+]
    };
}

/// Every number field of every request body, set to `x`: required and optional ones take the `f64` itself,
/// checked by the generated builder.
fn number_fields() -> Vec<(&'static str, BodyCall)> {
    const P: &str = "65a1b2c3d4e5f60718293a4b";
    number_ops! {
        "price" => |pf, x| pf.products().create(CreateProductParams::builder().name("n").price(x)),
        "price" => |pf, x| pf.products().update(P, UpdateProductParams::builder().price(x)),
        "price" => |pf, x| pf.variants().create(CreateVariantParams::builder().product_id(P).name("v").price(x)),
        "value" => |pf, x| pf.discounts().create(CreateDiscountParams::builder().name("n").code("C").value(x).main_product_ids([P])),
        "value" => |pf, x| pf.discounts().update(P, UpdateDiscountParams::builder().value(x)),
        "upsell_price" => |pf, x| pf.upsells().create(CreateUpsellParams::builder().main_product_ids([P]).upsell_product_id(P).upsell_price(x)),
        "upsell_price" => |pf, x| pf.upsells().update(P, UpdateUpsellParams::builder().upsell_price(x)),
        "price" => |pf, x| pf.subscription_offers().create(CreateSubscriptionOfferParams::builder().name("s").price(x).frequency(SubscriptionFrequency::Monthly)),
        "amount" => |pf, x| pf.refunds().create(CreateRefundParams::builder().order_id(P).amount(x)),
    }
}

fn amounts() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        (-1_000_000_000i64..1_000_000_000, 0u32..4).prop_map(|(m, scale)| m as f64 / 10f64.powi(scale as i32)),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
    ]
}

#[test]
fn a_number_that_is_not_an_exact_amount_is_refused_naming_the_field_and_sent_nowhere() {
    let rt = runtime();
    let server = rt.block_on(Scripted::start(vec![status(404)]));
    let pf = client(&server.url).max_retries(0).build().unwrap();
    let fields = number_fields();
    proptest!(ProptestConfig::with_cases(192), |(x in amounts())| {
        let representable = Money::try_from(x).is_ok();
        prop_assert!(representable || !x.is_finite() || x.abs() > 1e13 || x != 0.0, "{}", x);
        for (field, call) in &fields {
            let built = rt.block_on(call(pf.clone(), x));
            let sent = server.targets();
            if representable {
                prop_assert_eq!(sent.len(), 1, "{} = {}: not sent ({:?})", field, x, built);
                continue;
            }
            prop_assert!(sent.is_empty(), "{} = {}: sent {:?}", field, x, sent);
            let err = built.expect("no field converts outside its builder").unwrap_err();
            prop_assert!(err.is_invalid_input(), "{} = {}: {}", field, x, err);
            prop_assert!(err.message().contains(field), "{}", err.message());
        }
    });
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert!(Money::try_from(x).is_err());
    }
    assert!(server.targets().is_empty());
}

#[tokio::test]
async fn a_refund_amount_is_exact_and_a_nan_cannot_be_one() {
    // `Money` has no NaN: the refund of NaN that used to travel as `null` (a full refund) cannot be written.
    assert!(Money::try_from(f64::NAN).is_err());
    let server = MockServer::start().await;
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await.unwrap();
    let session = pf.checkout().create(checkout_params(&product.id)).await.unwrap();
    let order = server.complete_checkout(&session.id, "buyer@example.com").unwrap();
    let refund = |amount: Option<Money>| {
        let params = CreateRefundParams::builder().order_id(order.id.clone());
        pf.refunds().create(match amount {
            Some(amount) => params.amount(amount),
            None => params,
        })
    };
    assert_eq!(refund(Some(pocketsflow::money!(0.1))).await.unwrap().amount, pocketsflow::money!(0.1));
    assert_eq!(refund(Some(pocketsflow::money!(0.2))).await.unwrap().amount, pocketsflow::money!(0.2));
    // What remains is exactly 20 - 0.1 - 0.2, not 19.699999999999996.
    assert_eq!(refund(None).await.unwrap().amount, pocketsflow::money!(19.7));
    let refunds: Money = pf.refunds().list().await.unwrap().iter().map(|r| r.amount).sum();
    assert_eq!(refunds, order.gross_amount);
    let again = refund(None).await.unwrap_err();
    assert!(again.message().contains("already fully refunded"), "{again}");
}

#[tokio::test]
async fn page_zero_and_page_size_zero_are_refused_for_every_paged_list() {
    let server = Scripted::start(vec![status(404)]).await;
    let pf = client(&server.url).build().unwrap();
    let errors = [
        pf.orders().list(ListOrdersParams::default().page(0)).await.unwrap_err(),
        pf.orders().list(ListOrdersParams::default().page_size(0)).await.unwrap_err(),
        pf.subscriptions().list(ListSubscriptionsParams::default().page(0)).await.unwrap_err(),
        pf.subscriptions().list(ListSubscriptionsParams::default().page_size(0)).await.unwrap_err(),
    ];
    for err in errors {
        assert!(err.is_invalid_input(), "{err}");
    }
    assert!(server.targets().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn missing_required_fields_are_refused_for_every_create() {
    let server = Scripted::start(vec![status(404)]).await;
    let pf = client(&server.url).build().unwrap();
    let errors = [
        pf.products().create(CreateProductParams::builder()).await.unwrap_err(),
        pf.variants().create(CreateVariantParams::builder()).await.unwrap_err(),
        pf.discounts().create(CreateDiscountParams::builder()).await.unwrap_err(),
        pf.upsells().create(CreateUpsellParams::builder()).await.unwrap_err(),
        pf.subscription_offers().create(CreateSubscriptionOfferParams::builder()).await.unwrap_err(),
        pf.webhooks().create(CreateWebhookParams::builder()).await.unwrap_err(),
        pf.checkout().create(CreateCheckoutParams::builder()).await.unwrap_err(),
        pf.refunds().create(CreateRefundParams::builder()).await.unwrap_err(),
    ];
    for err in errors {
        assert!(err.is_invalid_input(), "{err}");
    }
    assert!(server.targets().is_empty(), "nothing was sent");
}

// ---------------------------------------------------------------------------------------------------------
// 3. The final error describes the final attempt.

#[derive(Clone, Copy, Debug)]
enum Outcome {
    S500,
    S503,
    S429,
    S404,
    Stall,
    Drop,
    Ok,
}

impl Outcome {
    fn act(self) -> Act {
        match self {
            Outcome::S500 => status(500),
            Outcome::S503 => status(503),
            Outcome::S429 => status(429),
            Outcome::S404 => status(404),
            Outcome::Stall => Act::Stall,
            Outcome::Drop => Act::Drop,
            Outcome::Ok => Act::Answer(200, vec![], serde_json::to_string(&common::example("User")).unwrap()),
        }
    }

    /// Whether an error describes this outcome.
    fn describes(self, result: &pocketsflow::Result<User>) -> bool {
        match (self, result) {
            (Outcome::Ok, Ok(_)) => true,
            (Outcome::S500, Err(e)) => e.status().map(|s| s.as_u16()) == Some(500),
            (Outcome::S503, Err(e)) => e.status().map(|s| s.as_u16()) == Some(503),
            (Outcome::S429, Err(e)) => e.status().map(|s| s.as_u16()) == Some(429),
            (Outcome::S404, Err(e)) => e.status().map(|s| s.as_u16()) == Some(404),
            (Outcome::Stall, Err(e)) => e.is_timeout() && e.status().is_none(),
            (Outcome::Drop, Err(e)) => e.is_connection() && e.status().is_none(),
            _ => false,
        }
    }
}

#[tokio::test]
async fn the_final_error_describes_the_final_attempt_for_every_pair() {
    use Outcome::*;
    let retryable = [S500, S503, S429, Stall, Drop];
    let finals = [S500, S503, S429, S404, Stall, Drop, Ok];
    let server = Scripted::start(vec![]).await;
    let pf =
        client(&server.url).retry(fast().max_retries(1)).attempt_timeout(Duration::from_millis(300)).build().unwrap();
    for earlier in retryable {
        for last in finals {
            // A dropped connection may be re-sent once by the HTTP stack on a fresh connection; the script's
            // last action repeats, so the answer is the same either way.
            server.push([earlier.act(), last.act()]);
            let result = pf.users().me().await;
            server.script.lock().unwrap().clear();
            server.targets();
            assert!(last.describes(&result), "{earlier:?} then {last:?}: {:?}", result.as_ref().map(|_| ()));
            if let Err(e) = &result {
                assert_eq!(e.attempts(), 2, "{earlier:?} then {last:?}: {e}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// 4. `timeout` bounds the whole call.

#[tokio::test]
async fn the_timeout_bounds_the_whole_call_retries_and_waits_included() {
    // Every attempt stalls: four attempts of the whole timeout would take 4 s.
    let server = Scripted::start(vec![Act::Stall]).await;
    let pf = client(&server.url).timeout(Duration::from_millis(800)).retry(fast().max_retries(3)).build().unwrap();
    let started = Instant::now();
    let err = pf.users().me().await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(err.is_timeout(), "{err}");
    assert!(elapsed < Duration::from_millis(1500), "a call with an 800 ms timeout lasted {elapsed:?}");

    // With a per-attempt limit, the stalled attempts are retried within the same total.
    let server = Scripted::start(vec![Act::Stall, Act::Stall, Outcome::Ok.act()]).await;
    let pf = client(&server.url)
        .timeout(Duration::from_secs(3))
        .attempt_timeout(Duration::from_millis(200))
        .retry(fast().max_retries(3))
        .build()
        .unwrap();
    pf.users().me().await.unwrap();
    assert_eq!(server.targets().len(), 3);
}

#[tokio::test]
async fn a_retry_after_longer_than_the_time_left_ends_the_call_at_once_with_that_answer() {
    let answer = Act::Answer(503, vec![("retry-after", "30".to_owned())], json!({"message": "busy"}).to_string());
    let server = Scripted::start(vec![answer]).await;
    let pf = client(&server.url).timeout(Duration::from_secs(2)).retry(fast()).build().unwrap();
    let started = Instant::now();
    let err = pf.users().me().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(1000), "waited {:?}", started.elapsed());
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.api().unwrap().retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.targets().len(), 1);

    // A short Retry-After within the time left is honoured.
    let short = Act::Answer(429, vec![("retry-after", "1".to_owned())], json!({"message": "slow"}).to_string());
    let server = Scripted::start(vec![short, Outcome::Ok.act()]).await;
    let pf = client(&server.url).timeout(Duration::from_secs(3)).retry(fast()).build().unwrap();
    let started = Instant::now();
    pf.users().me().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(950));
}

/// A backoff (no `Retry-After`) that would end past the call's deadline is not waited: the call ends at once
/// with the last answer, not with a timeout at the deadline. The jitter is random, so 20 calls each draw a delay
/// between 0 and 10 s against 300 ms left: a build that sleeps past the deadline fails almost all of them.
#[tokio::test]
async fn a_backoff_that_would_end_past_the_deadline_is_not_waited() {
    use wiremock::matchers::any;
    use wiremock::{Mock, ResponseTemplate};
    let server = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .mount(&server)
        .await;
    let long =
        RetryPolicy::default().max_retries(5).base_delay(Duration::from_secs(10)).max_delay(Duration::from_secs(10));
    let timeout = Duration::from_millis(300);
    let pf = client(&server.uri()).timeout(timeout).retry(long).build().unwrap();
    for _ in 0..20 {
        let started = Instant::now();
        let err = pf.users().me().await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "the last answer, not a timeout: {err}");
        assert!(started.elapsed() < timeout, "waited {:?}, past the {timeout:?} deadline", started.elapsed());
    }
}

/// `attempt_timeout` runs within what is left of `timeout`: a 5 s attempt limit does not let a stalled attempt
/// outlive the call's 500 ms.
#[tokio::test]
async fn an_attempt_timeout_longer_than_the_time_left_ends_at_the_calls_deadline() {
    let server = Scripted::start(vec![Act::Stall, Act::Stall]).await;
    let pf = client(&server.url)
        .timeout(Duration::from_millis(500))
        .attempt_timeout(Duration::from_secs(5))
        .retry(fast())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = pf.users().me().await.unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(started.elapsed() >= Duration::from_millis(450), "ended early: {:?}", started.elapsed());
    assert!(started.elapsed() < Duration::from_millis(1500), "the 5 s attempt limit won: {:?}", started.elapsed());
}

#[tokio::test]
async fn waiting_for_the_client_side_rate_limit_counts_against_the_timeout() {
    let server = Scripted::start(vec![Outcome::Ok.act()]).await;
    let pf = client(&server.url)
        .rate_limit(RateLimit { per_minute: 1, burst: 1 })
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    pf.users().me().await.unwrap();
    let started = Instant::now();
    let err = pf.users().me().await.unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert_eq!(err.attempts(), 0, "nothing was sent");
    assert!(started.elapsed() < Duration::from_millis(1000));
    assert_eq!(server.targets().len(), 1);
}

/// The client's `timeout` and a per-request one: a longer one given per request wins over the client's, and an
/// attempt after a wait for pacing gets only what is left of the call's.
#[tokio::test]
async fn a_per_request_timeout_longer_than_the_clients_wins_and_pacing_leaves_the_rest() {
    let slow = Act::Delayed(Duration::from_millis(600), Box::new(Outcome::Ok.act()));
    let server = Scripted::start(vec![slow]).await;
    let pf = client(&server.url).timeout(Duration::from_millis(200)).max_retries(0).build().unwrap();
    assert!(pf.users().me().await.unwrap_err().is_timeout(), "600 ms is past the client's 200 ms");
    let patient = pf.with_options(pocketsflow::RequestOptions::new().timeout(Duration::from_secs(3)));
    patient.users().me().await.expect("the per-request 3 s wins over the client's 200 ms");

    // One request every 500 ms: the second call waits about 500 ms of its 900 ms, then its attempt stalls.
    let server = Scripted::start(vec![Outcome::Ok.act(), Act::Stall]).await;
    let pf = client(&server.url)
        .rate_limit(RateLimit { per_minute: 120, burst: 1 })
        .timeout(Duration::from_millis(900))
        .max_retries(0)
        .build()
        .unwrap();
    pf.users().me().await.unwrap();
    let started = Instant::now();
    let err = pf.users().me().await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(err.is_timeout(), "{err}");
    assert_eq!(err.attempts(), 1);
    assert!(elapsed >= Duration::from_millis(850), "the call ended early: {elapsed:?}");
    assert!(elapsed < Duration::from_millis(1300), "the attempt after pacing got a whole timeout: {elapsed:?}");
}

#[test]
fn per_request_options_merge_field_by_field() {
    let pf = Pocketsflow::builder()
        .api_key(API_KEY)
        .retry(RetryPolicy::default().max_retries(5).base_delay(Duration::from_millis(7)))
        .timeout(Duration::from_secs(9))
        .build()
        .unwrap();
    let once = pf.with_options(pocketsflow::RequestOptions::new().max_retries(1));
    assert_eq!(once.retry_policy(), pf.retry_policy().max_retries(1), "the delays stay the client's");
    assert_eq!(once.timeout(), Duration::from_secs(9));
    let twice = once.with_options(pocketsflow::RequestOptions::new().timeout(Duration::from_secs(2)));
    assert_eq!(twice.retry_policy().max_retries, 1, "options given twice merge");
    assert_eq!(twice.timeout(), Duration::from_secs(2));
    let replaced = twice.with_options(pocketsflow::RequestOptions::new().retry(RetryPolicy::none()));
    assert_eq!(replaced.retry_policy(), RetryPolicy::none());
}

// ---------------------------------------------------------------------------------------------------------
// 5. Answers are read within a size cap (the memory bound itself is measured in tests/memory.rs).

#[tokio::test]
async fn an_answer_larger_than_the_cap_is_a_typed_error_and_one_within_decodes() {
    let body = serde_json::to_string(&common::example("User")).unwrap();
    let server = Scripted::start(vec![Act::Answer(200, vec![], body.clone())]).await;
    let small = client(&server.url).max_response_bytes(body.len() as u64 - 1).build().unwrap();
    let err = small.users().me().await.unwrap_err();
    assert!(err.is_response_too_large(), "{err}");
    assert!(matches!(err.kind(), ErrorKind::ResponseTooLarge { limit, .. } if *limit == body.len() as u64 - 1));
    assert_eq!(err.attempts(), 1, "an oversized answer is not retried");
    let exact = client(&server.url).max_response_bytes(body.len() as u64).build().unwrap();
    exact.users().me().await.unwrap();
    assert_eq!(pocketsflow::transport::DEFAULT_MAX_RESPONSE_BYTES, 16 * 1024 * 1024);
    assert!(Pocketsflow::builder().api_key(API_KEY).max_response_bytes(0).build().unwrap_err().is_config());
}

// ---------------------------------------------------------------------------------------------------------
// 6. list_all always terminates and keeps its word.

/// A `GET /orders` server whose pages come from `page(n)`; counts requests and the most in flight at once.
struct Pages {
    url: String,
    requests: Arc<AtomicUsize>,
    max_in_flight: Arc<AtomicUsize>,
}

type PageFn = Arc<dyn Fn(u64) -> (Vec<String>, bool) + Send + Sync>;

async fn pages_server(page: PageFn, latency: Duration) -> Pages {
    use axum::extract::Query;
    let requests = Arc::new(AtomicUsize::new(0));
    let max_in_flight = Arc::new(AtomicUsize::new(0));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let (r, m) = (requests.clone(), max_in_flight.clone());
    let handler = move |Query(q): Query<std::collections::HashMap<String, String>>| {
        let (page, r, m, in_flight) = (page.clone(), r.clone(), m.clone(), in_flight.clone());
        async move {
            r.fetch_add(1, Ordering::SeqCst);
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            m.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(latency).await;
            in_flight.fetch_sub(1, Ordering::SeqCst);
            let n: u64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            let (ids, has_more) = page(n);
            let mut order = common::example("Order");
            let orders: Vec<Value> = ids
                .into_iter()
                .map(|id| {
                    order["_id"] = json!(id);
                    order.clone()
                })
                .collect();
            let body = json!({
                "orders": orders,
                "pagination": {"totalCount": 0, "totalPages": 0, "currentPage": n, "pageSize": 20, "hasMore": has_more}
            });
            ([(axum::http::header::CONTENT_TYPE, "application/json")], body.to_string())
        }
    };
    let app = axum::Router::new().route("/orders", axum::routing::get(handler));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Pages { url, requests, max_in_flight }
}

async fn drain(
    pf: &Pocketsflow,
    params: ListOrdersParams,
    concurrency: usize,
) -> (Vec<String>, Option<pocketsflow::Error>) {
    let mut stream = pf.orders().list_all(params).concurrency(concurrency);
    let mut ids = Vec::new();
    loop {
        match stream.try_next().await {
            Ok(Some(order)) => ids.push(order.id),
            Ok(None) => return (ids, None),
            Err(e) => return (ids, Some(e)),
        }
    }
}

#[tokio::test]
async fn a_page_repeated_forever_fails_after_the_stall_limit() {
    let server = pages_server(Arc::new(|_| (vec!["a".into(), "b".into()], true)), Duration::ZERO).await;
    let pf = client(&server.url).build().unwrap();
    let (ids, err) = drain(&pf, ListOrdersParams::default(), 1).await;
    assert_eq!(ids, ["a", "b"]);
    assert!(err.unwrap().is_pagination());
    // The README's number, written out: the first page, then 3 that bring nothing new.
    assert_eq!(server.requests.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn an_empty_page_ends_the_listing_whatever_has_more_says() {
    let server =
        pages_server(Arc::new(|n| (if n == 1 { vec!["a".into()] } else { vec![] }, true)), Duration::ZERO).await;
    let pf = client(&server.url).build().unwrap();
    let (ids, err) = drain(&pf, ListOrdersParams::default(), 1).await;
    assert_eq!((ids, err.is_none()), (vec!["a".to_owned()], true));
    assert_eq!(server.requests.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_listing_that_never_ends_fails_at_max_pages() {
    let server = pages_server(Arc::new(|n| (vec![format!("id{n}")], true)), Duration::ZERO).await;
    let pf = client(&server.url).build().unwrap();
    let mut stream = pf.orders().list_all(ListOrdersParams::default()).max_pages(40);
    let mut count = 0;
    let err = loop {
        match stream.try_next().await {
            Ok(Some(_)) => count += 1,
            Ok(None) => panic!("ended silently"),
            Err(e) => break e,
        }
    };
    assert!(err.is_pagination(), "{err}");
    assert_eq!(count, 40);
    assert_eq!(server.requests.load(Ordering::SeqCst), 40);
    assert_eq!(pocketsflow::paginate::DEFAULT_MAX_PAGES, 100_000);
}

#[tokio::test]
async fn the_largest_page_number_ends_with_an_error_not_a_loop() {
    let server = pages_server(Arc::new(|n| (vec![format!("id{n}")], true)), Duration::ZERO).await;
    let pf = client(&server.url).build().unwrap();
    let (ids, err) = drain(&pf, ListOrdersParams::default().page(u32::MAX), 4).await;
    assert_eq!(ids, [format!("id{}", u32::MAX)]);
    assert!(err.unwrap().is_pagination());
    assert_eq!(server.requests.load(Ordering::SeqCst), 1, "no page number was repeated");
}

#[test]
fn concurrency_requests_at_most_n_minus_one_pages_past_the_end() {
    let rt = runtime();
    proptest!(ProptestConfig::with_cases(40), |(total in 1u64..8, n in 1usize..24)| {
        let (requests, max_in_flight, ids) = rt.block_on(async {
            let server = pages_server(
                Arc::new(move |p| (if p <= total { vec![format!("id{p}")] } else { vec![] }, p < total)),
                Duration::from_millis(2),
            )
            .await;
            let pf = client(&server.url).build().unwrap();
            let (ids, err) = drain(&pf, ListOrdersParams::default(), n).await;
            assert!(err.is_none());
            // Let the speculative requests that were dropped reach the server, if any would.
            tokio::time::sleep(Duration::from_millis(20)).await;
            (server.requests.load(Ordering::SeqCst), server.max_in_flight.load(Ordering::SeqCst), ids)
        });
        let n_eff = n.min(pocketsflow::paginate::MAX_CONCURRENCY);
        prop_assert_eq!(ids.len() as u64, total);
        let past_the_end = requests as u64 - total;
        prop_assert!(past_the_end < n_eff as u64, "{} requests for {} pages at n = {}", requests, total, n);
        if n == 1 {
            prop_assert_eq!(requests as u64, total);
        }
        prop_assert!(max_in_flight <= n_eff, "{} in flight at n = {}", max_in_flight, n);
    });
}

/// `.concurrency(n)` keeps n requests in flight (16 at most), not merely at most n: with pages slow enough to
/// overlap, the server sees exactly min(n, 16) at once, and the listing is faster for it.
#[tokio::test]
async fn concurrency_keeps_exactly_n_requests_in_flight_up_to_16() {
    let mut elapsed = Vec::new();
    for n in [1usize, 2, 4, 8, 16, 24] {
        let server = pages_server(Arc::new(|p| (vec![format!("id{p}")], p < 40)), Duration::from_millis(60)).await;
        let pf = client(&server.url).build().unwrap();
        let started = std::time::Instant::now();
        let (ids, err) = drain(&pf, ListOrdersParams::default(), n).await;
        elapsed.push(started.elapsed());
        assert!(err.is_none());
        assert_eq!(ids.len(), 40);
        assert_eq!(server.max_in_flight.load(Ordering::SeqCst), n.min(16), "in flight at n = {n}");
    }
    assert_eq!(pocketsflow::paginate::MAX_CONCURRENCY, 16);
    // 40 pages of 60 ms: about 2.4 s one at a time, well under half of that 8 at a time.
    assert!(elapsed[3] * 2 < elapsed[0], "prefetch is not faster: {elapsed:?}");
}

#[tokio::test]
async fn an_item_on_many_consecutive_pages_is_yielded_once() {
    // "sticky" is on every page (a listing that keeps shifting by one); the others are new each time.
    let server = pages_server(Arc::new(|n| (vec!["sticky".into(), format!("id{n}")], n < 6)), Duration::ZERO).await;
    let pf = client(&server.url).build().unwrap();
    for n in [1, 3] {
        let (ids, err) = drain(&pf, ListOrdersParams::default(), n).await;
        assert!(err.is_none());
        assert_eq!(ids.iter().filter(|id| *id == "sticky").count(), 1, "{ids:?}");
        assert_eq!(ids.len(), 7);
    }
}

/// A 2xx answer whose body breaks off, or stalls, after its headers is a failed attempt like any other: a GET is
/// retried (the whole answer is read before it counts), a POST is not (the server may have processed it).
#[tokio::test]
async fn a_body_that_breaks_off_or_stalls_mid_way_is_retried_for_a_get_only() {
    let user = serde_json::to_string(&common::example("User")).unwrap();
    for stall in [false, true] {
        let server = Scripted::start(vec![Act::CutBody(user.clone(), stall), Outcome::Ok.act()]).await;
        let pf = client(&server.url).attempt_timeout(Duration::from_millis(300)).retry(fast()).build().unwrap();
        pf.users().me().await.unwrap_or_else(|e| panic!("stall {stall}: {e}"));
        assert_eq!(server.targets().len(), 2, "stall {stall}");

        let server = Scripted::start(vec![Act::CutBody(user.clone(), stall), Outcome::Ok.act()]).await;
        let pf = client(&server.url).attempt_timeout(Duration::from_millis(300)).retry(fast()).build().unwrap();
        let err = pf.checkout().create(checkout_params("p1")).await.unwrap_err();
        assert!(if stall { err.is_timeout() } else { err.is_connection() }, "stall {stall}: {err:?}");
        assert_eq!(server.targets(), ["/checkout/sessions"], "a POST was repeated");
    }
}

/// An application's own `reqwest::Client` keeps its redirect policy (reqwest's default follows), while the
/// SDK's own client follows none (see the next test).
#[tokio::test]
async fn a_callers_http_client_keeps_its_redirect_policy() {
    let moved = Act::Answer(302, vec![("location", "/users/me?moved=1".to_owned())], String::new());
    let server = Scripted::start(vec![moved, Outcome::Ok.act()]).await;
    let pf = client(&server.url).http_client(reqwest::Client::new()).build().unwrap();
    pf.users().me().await.expect("the caller's client followed the redirect");
    assert_eq!(server.targets(), ["/users/me", "/users/me?moved=1"]);
}

// ---------------------------------------------------------------------------------------------------------
// 7. A redirect is an answer, never followed: nothing goes where the base URL did not say.

#[tokio::test]
async fn a_redirect_is_an_error_answer_and_nothing_is_sent_where_it_points() {
    let elsewhere = Scripted::start(vec![Outcome::Ok.act()]).await;
    for code in [301u16, 302, 303, 307, 308] {
        for target in [format!("{}/users/me", elsewhere.url), "/users/me".to_owned()] {
            let moved = Act::Answer(code, vec![("location", target.clone())], String::new());
            let server = Scripted::start(vec![moved]).await;
            let pf = client(&server.url).retry(fast()).build().unwrap();
            let err = pf.users().me().await.unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(code), "{code} to {target}: {err}");
            assert_eq!(err.attempts(), 1, "a redirect is not retried");
            // A POST would carry its body along a 307 or 308.
            let err = pf.checkout().create(checkout_params("p1")).await.unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(code), "{err}");
            assert_eq!(server.targets(), ["/users/me", "/checkout/sessions"], "{code} to {target} was followed");
        }
    }
    assert!(elsewhere.targets().is_empty(), "a request went where a redirect pointed");
}

// ---------------------------------------------------------------------------------------------------------
// 8. Secrets never print, whatever a server echoes.

#[tokio::test]
async fn a_server_echoing_secrets_never_puts_them_in_an_error() {
    let echo = json!({"message": "bad key pk_live_echoed123", "code": "whsec_codeA1", "secret": "whsec_bodyB2"});
    let mut user = common::example("User");
    user["testMode"] = json!("pk_test_decodeC3"); // a bool is expected: serde's message quotes the string
    let server = Scripted::start(vec![status_body(401, echo), Act::Answer(200, vec![], user.to_string())]).await;
    let pf = client(&server.url).max_retries(0).build().unwrap();
    for _ in 0..2 {
        let err = pf.users().me().await.unwrap_err();
        let printed = format!("{err} {err:?} {}", err.message());
        for leaked in ["echoed123", "bodyB2", "decodeC3"] {
            assert!(!printed.contains(leaked), "{leaked} printed: {printed}");
        }
        if let Some(api) = err.api() {
            assert!(api.message().contains("pk_live_[redacted]"), "{}", api.message());
            assert!(String::from_utf8_lossy(api.body()).contains("whsec_bodyB2"), "the raw body stays as received");
        }
    }
}

fn status_body(code: u16, body: Value) -> Act {
    Act::Answer(code, vec![], body.to_string())
}

/// `connect_timeout` bounds establishing the connection: against a listener whose queue is full (SYNs are
/// dropped, as by a black hole), each attempt ends after the connect timeout, not the call's, and the attempt
/// is retried because nothing was sent. It is reported as a timeout.
#[tokio::test]
async fn connect_timeout_bounds_each_connection_attempt() {
    let (listener, _filled) = black_hole();
    let addr = listener.local_addr().unwrap();
    let pf = client(&format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(300))
        .timeout(Duration::from_secs(20))
        .retry(RetryPolicy::default().max_retries(1).base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = pf.users().me().await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(error.is_timeout(), "{error}");
    assert_eq!(error.attempts(), 2, "a connection never established is retried");
    assert!(elapsed >= Duration::from_millis(550) && elapsed < Duration::from_secs(5), "{elapsed:?}");
    drop(listener);
}

/// A listener with a backlog of 0, filled by connections nobody accepts: further SYNs go unanswered, as with a
/// host that drops them. Keep both values alive while it is used.
fn black_hole() -> (std::net::TcpListener, Vec<std::net::TcpStream>) {
    use std::os::fd::AsRawFd;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // SAFETY: `listen` on the listener's own open socket; it only changes the backlog.
    assert_eq!(unsafe { libc::listen(listener.as_raw_fd(), 0) }, 0);
    let filled =
        (0..4).filter_map(|_| std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(100)).ok()).collect();
    (listener, filled)
}

/// The documented default: 10 s to establish a connection.
#[tokio::test]
async fn connect_timeout_defaults_to_10_seconds() {
    let (listener, _filled) = black_hole();
    let pf = client(&format!("http://{}", listener.local_addr().unwrap())).max_retries(0).build().unwrap();
    let started = std::time::Instant::now();
    let error = pf.users().me().await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(error.is_timeout(), "{error}");
    assert!(elapsed >= Duration::from_millis(9_500) && elapsed < Duration::from_secs(15), "{elapsed:?}");
}

/// A name that does not resolve is a connection error, retried even for a POST (nothing was sent). No DNS
/// server is asked: the client's resolver fails as a resolver that finds nothing does.
#[tokio::test]
async fn a_name_that_does_not_resolve_is_a_connection_error_retried_even_for_a_post() {
    struct NoSuchName(Arc<AtomicUsize>);
    impl reqwest::dns::Resolve for NoSuchName {
        fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
            self.0.fetch_add(1, Ordering::SeqCst);
            let name = name.as_str().to_owned();
            Box::pin(async move { Err(format!("no such host: {name}").into()) })
        }
    }
    let lookups = Arc::new(AtomicUsize::new(0));
    let http = pocketsflow::tls::client_builder().unwrap().dns_resolver(NoSuchName(lookups.clone())).build().unwrap();
    let pf = Pocketsflow::builder()
        .api_key("pk_test_dns")
        .base_url("http://api.pocketsflow.invalid")
        .http_client(http)
        .retry(RetryPolicy::default().max_retries(2).base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let error = pf.products().create(CreateProductParams::builder().name("Ebook").price(20.0)).await.unwrap_err();
    assert!(error.is_connection(), "{error}");
    assert!(error.to_string().contains("no such host"), "{error}");
    assert_eq!(error.attempts(), 3);
    assert_eq!(lookups.load(Ordering::SeqCst), 3);
}
