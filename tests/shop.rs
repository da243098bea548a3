//! `examples/shop.rs`, the README's pieces put together as a shop would (checkout route, hosted page, verified
//! webhook, order look-up, revenue job), run whole against the embedded fake server.

#[path = "common/example.rs"]
mod example;

#[test]
fn the_example_shop_sells_confirms_by_webhook_and_sums_its_revenue() {
    let output = example::example("shop", "mock,axum").output().expect("the shop runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for step in [
        "the shop sells through the embedded fake server at http://127.0.0.1:",
        "at 49, discount LAUNCH20 (20% off)",
        // The checkout route answers a redirect to the hosted page.
        "buyer sent (303 See Other) to http://127.0.0.1:",
        "/checkout/cs_test_",
        // The signed delivery was verified, the order looked up, the metadata read back: 49 less 20%.
        "paid by jane@example.com (39.2 USD, channel shop-example)",
        "revenue: 39.2 over 1 order(s), 1 confirmed by webhook",
    ] {
        assert!(stdout.contains(step), "{step:?} missing from:\n{stdout}");
    }
}
