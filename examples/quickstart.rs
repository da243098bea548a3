//! The documented Pocketsflow flow, end to end.
//!
//! ```sh
//! cargo run --example quickstart              # the whole tour; a helper plays the buyer
//! cargo run --example quickstart -- --browser # you pay the checkout yourself, in your browser
//! ```
//!
//! Without `POCKETSFLOW_API_KEY` it starts the embedded fake server (demo data, 127.0.0.1) and walks through
//! the whole flow: create a product, list products, create a discount and a checkout session, pay it, page
//! through orders, refund. It prints the checkout URL a shop would send its buyer to: the fake server's hosted
//! checkout page. With `--browser` it waits for you to open that URL and pay there; the page then sends you
//! back to a tiny stand-in shop on 127.0.0.1, as Pocketsflow sends buyers back to yours.
//! With `POCKETSFLOW_API_KEY` set it talks to the real API and only reads.

use axum::http::Uri;
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::types::{
    CreateCheckoutParams, CreateDiscountParams, CreateProductParams, CreateRefundParams, DiscountValueType,
    ListOrdersParams,
};
use pocketsflow::Pocketsflow;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var(pocketsflow::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty()) {
        return read_only(Pocketsflow::from_env()?).await;
    }
    let in_browser = std::env::args().skip(1).any(|arg| arg == "--browser");

    let server = MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await?;
    println!("No POCKETSFLOW_API_KEY set: using the embedded fake server at {}\n", server.url());
    let pf = Pocketsflow::builder().api_key(server.api_key()).base_url(server.url()).build()?;

    let me = pf.users().me().await?;
    println!("Signed in as {} (store: {})", me.email, me.subdomain.as_deref().unwrap_or("-"));

    // Products
    let product = pf
        .products()
        .create(
            CreateProductParams::builder()
                .name("Premium Course")
                .price(99.99)
                .description("Learn everything about Rust")
                .slug("premium-course"),
        )
        .await?;
    println!("\nCreated product {} \"{}\" at ${:.2}", product.id, product.name, product.price);
    let products = pf.products().list().await?;
    println!("The store now has {} products:", products.len());
    for p in products.iter().take(5) {
        println!("  - {:<32} ${:>7.2}", p.name, p.price);
    }

    // Discount + checkout
    let discount = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Launch")
                .code("LAUNCH20")
                .value(20.0)
                .value_type(DiscountValueType::Percentage)
                .main_product_ids([&product.id]),
        )
        .await?;
    println!("\nCreated discount {} ({}% off)", discount.code, discount.value);
    // Where the buyer comes back to: your shop's pages (here a stand-in on 127.0.0.1).
    let (paid_tx, mut paid_rx) = mpsc::unbounded_channel();
    let shop = start_shop(paid_tx).await?;
    let session = pf
        .checkout()
        .create(
            CreateCheckoutParams::builder()
                .product_id(product.id.clone())
                .success_url(format!("{shop}/success"))
                .cancel_url(format!("{shop}/cancel"))
                .customer_email("jane@example.com")
                .discount_code(discount.code.clone()),
        )
        .await?;
    println!("Checkout session {}: send the buyer to", session.id);
    println!("\n    {}\n", session.url);

    // The buyer pays: you, in a browser, or a helper that plays the buyer.
    let order = if in_browser {
        println!("Open that URL in your browser and pay (test mode: any email, no card). Waiting... (Ctrl-C stops)");
        let order_id = paid_rx.recv().await.ok_or("the stand-in shop stopped")?;
        pf.orders().get(&order_id).await?
    } else {
        println!("(`cargo run --example quickstart -- --browser` waits for you to pay it there yourself.)");
        server.complete_checkout(&session.id, "jane@example.com")?
    };
    println!("Buyer {} paid: order {} for ${:.2}", order.buyer_email, order.id, order.gross_amount);

    // Orders, a page at a time
    let page1 = pf.orders().list(ListOrdersParams::default().page_size(5)).await?;
    let p = &page1.pagination;
    println!("\nFound {} orders; page {} of {}:", p.total_count, p.current_page, p.total_pages);
    for o in &page1.orders {
        println!("  - {} {:<26} ${:>7.2} {}", o.id, o.buyer_email, o.gross_amount, &o.created_at[..10]);
    }
    let page2 = pf.orders().list(ListOrdersParams::default().page(2).page_size(5)).await?;
    println!("Page 2 starts with order {}", page2.orders[0].id);

    // Refund
    let refund = pf.refunds().create(CreateRefundParams::builder().order_id(order.id.clone())).await?;
    let refunded = pf.orders().get(&order.id).await?;
    println!("\nRefunded ${:.2} ({}); order refunded: {}", refund.amount, refund.status, refunded.is_refunded);

    // Errors are typed
    match pf.products().get("65f0ffffffffffffffffffff").await {
        Err(e) if e.is_not_found() => println!("Looking up a missing product: {e}"),
        other => println!("unexpected: {other:?}"),
    }
    println!("\nDone. Set POCKETSFLOW_API_KEY to run the read-only tour against the real API.");
    Ok(())
}

/// A stand-in for your shop: the pages the hosted checkout sends the buyer back to. The fake server appends
/// `session_id` and `order_id` to the success URL's query, and `session_id` to the cancel URL's. The query is
/// only a hint (anyone can type it): the shop confirms the order with the API, or waits for its webhook.
async fn start_shop(paid: mpsc::UnboundedSender<String>) -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let success = move |uri: Uri| async move {
        if let Some(order_id) = query_value(&uri, "order_id") {
            let _ = paid.send(order_id);
        }
        Html(
            "<!doctype html><html lang=en><title>Thank you</title><h1>Thank you!</h1>\
              <p>Your order is paid. The quickstart goes on in your terminal.</p>",
        )
    };
    let cancel = || async {
        Html(
            "<!doctype html><html lang=en><title>Checkout canceled</title><h1>Checkout canceled</h1>\
              <p>Nothing was charged. Open the checkout URL again to pay.</p>",
        )
    };
    let app = Router::new().route("/success", get(success)).route("/cancel", get(cancel));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

/// The value of `name` in the query of `uri`.
fn query_value(uri: &Uri, name: &str) -> Option<String> {
    let url = reqwest::Url::parse(&format!("http://shop{uri}")).ok()?;
    url.query_pairs().find(|(key, _)| key == name).map(|(_, value)| value.into_owned())
}

/// Against the real API: reads only.
async fn read_only(pf: Pocketsflow) -> Result<(), Box<dyn std::error::Error>> {
    println!("Using the real API at {} (read only)\n", pf.base_url());
    let me = pf.users().me().await?;
    println!("Signed in as {} (test mode: {})", me.email, me.test_mode);
    let products = pf.products().list().await?;
    println!("{} products", products.len());
    for p in products.iter().take(10) {
        println!("  - {:<32} {:>8.2} {}", p.name, p.price, p.currency);
    }
    let orders = pf.orders().list(ListOrdersParams::default().page_size(5)).await?;
    println!(
        "{} orders; page {} of {}",
        orders.pagination.total_count, orders.pagination.current_page, orders.pagination.total_pages
    );
    for o in &orders.orders {
        println!("  - {} {} {:.2} {}", o.id, o.buyer_email, o.gross_amount, o.currency);
    }
    Ok(())
}
