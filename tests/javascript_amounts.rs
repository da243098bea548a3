//! Amounts as the API's JavaScript backend computes them: the fake server answers order fees and nets in
//! binary floating point (`MockServer::javascript_amounts`), and the SDK reads every one of them, page after
//! page, as the amount it means.

use futures_util::TryStreamExt;
mod common;

use pocketsflow::mock::{MockOptions, MockServer, Seed};
use pocketsflow::money;
use pocketsflow::types::{CreateCheckoutParams, CreateProductParams, ListOrdersParams, Money};
use rust_decimal::Decimal;

/// Stripe's 2.9% + 0.30 as exact decimals: what the f64 the backend computed stands for.
fn fee_of(gross: Money) -> Decimal {
    gross.as_decimal() * Decimal::new(29, 3) + Decimal::new(3, 1)
}

#[tokio::test]
async fn a_fee_computed_in_binary_floating_point_reads_as_the_amount_it_means() {
    let server = MockServer::start().await;
    server.javascript_amounts(true);
    let pf = server.client();
    let product = pf.products().create(CreateProductParams::builder().name("Course").price(99.99)).await.unwrap();
    let session = pf
        .checkout()
        .create(
            CreateCheckoutParams::builder()
                .product_id(product.id.clone())
                .success_url("https://shop.example/ok")
                .cancel_url("https://shop.example/no"),
        )
        .await
        .unwrap();
    let order = server.complete_checkout(&session.id, "buyer@example.com").unwrap();

    // What travels is the f64 artifact, as production sends it...
    let raw = reqwest::Client::new()
        .get(format!("{}/orders/{}", server.url(), order.id))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(raw.contains("\"stripeFee\":3.1997099999999996"), "{raw}");
    // ...and what the SDK reads is the amount it means.
    let read = pf.orders().get(&order.id).await.unwrap();
    assert_eq!(read.stripe_fee, Some(money!(3.19971)));
    assert_eq!(read.net_amount, money!(96.79029));
    assert_eq!(read.gross_amount, money!(99.99));

    // Off again, the fake's own rounded decimals.
    server.javascript_amounts(false);
    let read = pf.orders().get(&order.id).await.unwrap();
    assert_eq!(read.stripe_fee, Some(money!(3.2)));
}

#[tokio::test]
async fn every_order_of_a_listing_decodes_with_javascript_amounts() {
    let server = MockServer::start_with(MockOptions { seed: Seed::Demo, port: 0 }).await.unwrap();
    server.javascript_amounts(true);
    let pf = server.client();
    let orders: Vec<_> = pf
        .orders()
        .list_all(ListOrdersParams::default().page_size(37))
        .try_collect()
        .await
        .expect("every page decodes");
    assert_eq!(orders.len(), 260);
    let mut artifacts = 0;
    for order in &orders {
        let fee = fee_of(order.gross_amount);
        let sent = order.gross_amount.to_f64() * 0.029 + 0.3;
        if Money::try_from(sent).is_err() {
            artifacts += 1; // an f64 with more than 15 digits travelled
        }
        assert_eq!(order.stripe_fee.map(Money::as_decimal), Some(fee.normalize()), "{}", order.id);
        assert_eq!(order.net_amount.as_decimal(), (order.gross_amount.as_decimal() - fee).normalize(), "{}", order.id);
    }
    assert!(artifacts > 0, "the demo seed's amounts make no f64 artifact: the test proves nothing");
}

/// The standalone binary's `--javascript-amounts` turns the mode on.
#[test]
fn the_binary_answers_javascript_amounts_with_its_flag() {
    use std::process::{Command, Stdio};
    let port_file = std::env::temp_dir().join(format!("pocketsflow-js-amounts-{}.port", std::process::id()));
    let _ = std::fs::remove_file(&port_file);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "demo", "--javascript-amounts", "--port-file"])
        .arg(&port_file)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let port = common::read_port_file(&port_file);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let body = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("http://127.0.0.1:{port}/orders?pageSize=1000"))
            .bearer_auth(pocketsflow::mock::TEST_API_KEY)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(&port_file);
    let page: serde_json::Value = serde_json::from_str(&body).unwrap();
    let artifacts = page["orders"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["stripeFee"].as_f64().is_some_and(|fee| Money::try_from(fee).is_err()))
        .count();
    assert!(artifacts > 0, "no fee needs more than 15 digits: the flag did nothing");
}
