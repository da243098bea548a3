//! A small shop on Pocketsflow, written the way the README teaches: a checkout route, the hosted payment page,
//! a webhook route that verifies each delivery and looks the order up, and a revenue job.
//!
//! ```sh
//! cargo run --example shop
//! ```
//!
//! Without `POCKETSFLOW_API_KEY` it runs against the embedded fake server: it creates a product and a discount,
//! registers its webhook endpoint, sends a buyer through `GET /buy/{product}` (a redirect to the hosted
//! checkout page), has the fake server play the buyer paying there, waits for the signed `order.completed`
//! delivery, and sums the revenue. With a key it only prints what it would sell (a real webhook endpoint needs
//! a public URL).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{FromRef, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::{get, post};
use axum::Router;
use futures_util::TryStreamExt;
use pocketsflow::events::{Event, VerifiedEvent, Verifier};
use pocketsflow::mock::MockServer;
use pocketsflow::types::{
    CreateCheckoutParams, CreateDiscountParams, CreateProductParams, CreateWebhookParams, DiscountValueType,
    ListOrdersParams, Money, WebhookEvent,
};
use pocketsflow::Pocketsflow;
use serde::Deserialize;
use serde_json::json;

/// The application's state: the client, the webhook verifier, and the orders the webhook confirmed.
#[derive(Clone)]
struct Shop {
    pf: Pocketsflow,
    verifier: Verifier,
    url: String,
    paid: Arc<Mutex<Vec<String>>>,
}

impl FromRef<Shop> for Verifier {
    fn from_ref(shop: &Shop) -> Verifier {
        shop.verifier.clone()
    }
}

#[derive(Deserialize)]
struct Buy {
    code: Option<String>,
    email: Option<String>,
}

/// `GET /buy/{product}?code=...&email=...`: a checkout session, and the buyer sent to its hosted page.
async fn buy(
    State(shop): State<Shop>,
    Path(product): Path<String>,
    Query(q): Query<Buy>,
) -> pocketsflow::Result<Redirect> {
    let mut params = CreateCheckoutParams::builder()
        .product_id(product)
        .success_url(format!("{}/thanks", shop.url))
        .cancel_url(format!("{}/", shop.url))
        .metadata(json!({"channel": "shop-example"}));
    if let Some(code) = q.code {
        params = params.discount_code(code);
    }
    if let Some(email) = q.email {
        params = params.customer_email(email);
    }
    let session = shop.pf.checkout().create(params).await?;
    Ok(Redirect::to(&session.url))
}

/// `POST /webhooks`: verified by the extractor (401 on a bad signature, 409 on a replay); a completed order is
/// looked up with the API before it counts, and any failure answers an error so that Pocketsflow retries.
async fn webhook(State(shop): State<Shop>, VerifiedEvent(event): VerifiedEvent) -> pocketsflow::Result<StatusCode> {
    if let Event::OrderCompleted(completed) = &event {
        let Some(id) = completed.order_id() else { return Ok(StatusCode::BAD_REQUEST) };
        let order = shop.pf.orders().get(id).await?;
        println!(
            "webhook: order {} paid by {} ({} {}, channel {})",
            order.id,
            order.buyer_email,
            order.gross_amount,
            order.currency,
            completed.metadata_str("channel").unwrap_or("-")
        );
        shop.paid.lock().expect("not poisoned").push(order.id);
    }
    Ok(StatusCode::OK)
}

/// The shop's routes.
fn app(shop: Shop) -> Router {
    Router::new()
        .route("/buy/{product}", get(buy))
        .route("/thanks", get(|| async { "Thank you!" }))
        .route("/webhooks", post(webhook))
        .with_state(shop)
}

/// The revenue job: every order, page after page, summed exactly.
async fn revenue(pf: &Pocketsflow) -> pocketsflow::Result<(usize, Money)> {
    pf.orders()
        .list_all(ListOrdersParams::default().page_size(100))
        .try_fold((0, Money::ZERO), |(count, sum), order| async move { Ok((count + 1, sum + order.gross_amount)) })
        .await
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var(pocketsflow::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty()) {
        let pf = Pocketsflow::from_env()?;
        for product in pf.products().list().await? {
            println!("would sell {} at {}", product.name, product.price);
        }
        return Ok(());
    }
    let fake = MockServer::start().await;
    let pf = fake.client();
    println!("No POCKETSFLOW_API_KEY set: the shop sells through the embedded fake server at {}", fake.url());

    // The catalogue.
    let product = pf
        .products()
        .create(CreateProductParams::builder().name("Rust for Shops").price("49.00").description("An ebook"))
        .await?;
    let discount = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Launch")
                .code("LAUNCH20")
                .value(20)
                .value_type(DiscountValueType::Percentage)
                .main_product_ids([&product.id]),
        )
        .await?;
    println!("product {} at {}, discount {} ({}% off)", product.id, product.price, discount.code, discount.value);

    // The shop listens, and registers its webhook endpoint.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let endpoint = pf
        .webhooks()
        .create(CreateWebhookParams::builder().url(format!("{url}/webhooks")).events([WebhookEvent::OrderCompleted]))
        .await?;
    let shop =
        Shop { pf: pf.clone(), verifier: Verifier::new(endpoint.secret), url: url.clone(), paid: Arc::default() };
    let paid = shop.paid.clone();
    tokio::spawn(async move { axum::serve(listener, app(shop)).await });

    // A buyer clicks "buy": the shop redirects to the hosted checkout page.
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let answer = browser.get(format!("{url}/buy/{}?code=LAUNCH20&email=jane@example.com", product.id)).send().await?;
    let checkout_url = answer.headers()[reqwest::header::LOCATION].to_str()?.to_owned();
    println!("buyer sent ({}) to {checkout_url}", answer.status());

    // The buyer pays on that page (here the fake server plays the buyer), and the webhook confirms it.
    let session_id = checkout_url.rsplit('/').next().ok_or("a checkout URL ends with its session id")?;
    fake.complete_checkout(session_id, "jane@example.com")?;
    for _ in 0..100 {
        if !paid.lock().expect("not poisoned").is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let confirmed = paid.lock().expect("not poisoned").len();
    if confirmed == 0 {
        return Err("no order.completed delivery reached the shop within 5 s".into());
    }

    let (orders, total) = revenue(&pf).await?;
    println!("revenue: {total} over {orders} order(s), {confirmed} confirmed by webhook");
    Ok(())
}
