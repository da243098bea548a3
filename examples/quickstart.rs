//! The documented Pocketsflow flow, end to end.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Without `POCKETSFLOW_API_KEY` it starts the embedded fake server (demo data, 127.0.0.1) and walks through
//! the whole flow: create a product, list products, create a discount and a checkout session, complete it,
//! page through orders, refund. With `POCKETSFLOW_API_KEY` set it talks to the real API and only reads.

use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::types::{
    CreateCheckoutParams, CreateDiscountParams, CreateProductParams, CreateRefundParams, DiscountValueType,
    ListOrdersParams,
};
use pocketsflow::Pocketsflow;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var(pocketsflow::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty()) {
        return read_only(Pocketsflow::from_env()?).await;
    }

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
                .description(Some("Learn everything about Rust".to_owned()))
                .slug(Some("premium-course".to_owned())),
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
                .value_type(Some(DiscountValueType::Percentage))
                .main_product_ids(vec![product.id.clone()]),
        )
        .await?;
    println!("\nCreated discount {} ({}% off)", discount.code, discount.value);
    let session = pf
        .checkout()
        .create(
            CreateCheckoutParams::builder()
                .product_id(product.id.clone())
                .success_url("https://your-site.com/success")
                .cancel_url("https://your-site.com/cancel")
                .customer_email(Some("jane@example.com".to_owned()))
                .discount_code(Some(discount.code.clone())),
        )
        .await?;
    println!("Checkout session {}: send the buyer to {}", session.id, session.url);

    // The buyer pays (on the fake server, a helper plays the buyer).
    let order = server.complete_checkout(&session.id, "jane@example.com")?;
    println!("Buyer paid: order {} for ${:.2}", order.id, order.gross_amount);

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
