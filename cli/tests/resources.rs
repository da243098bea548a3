//! Every resource end to end: the `pocketsflow` binary against the fake server, each operation of the spec run
//! as a command, its answer checked, and the fake server's request log checked to have seen every operation of
//! the resource.

mod common;

use common::{command_name, spec_operations, Fake};
use serde_json::Value;

/// Asserts that the fake server received each operation of `tag` at least once.
fn every_operation_ran(fake: &Fake, tag: &str) {
    let ops: Vec<_> = spec_operations().into_iter().filter(|(_, t, _, _)| t == tag).collect();
    assert!(!ops.is_empty(), "no operation has the tag {tag}");
    for (id, _, method, path) in ops {
        assert!(fake.server.request_count(&method, &path) > 0, "{id} ({method} {path}) was never run");
    }
}

/// Resources with a test below: a new tag in the spec needs one.
const TESTED: &[&str] = &[
    "Products",
    "Variants",
    "Orders",
    "Customers",
    "Reviews",
    "Discounts",
    "Upsells",
    "Subscriptions",
    "SubscriptionOffers",
    "Webhooks",
    "Users",
    "Checkout",
    "Refunds",
];

#[test]
fn every_resource_of_the_spec_has_an_end_to_end_test() {
    let mut tags: Vec<String> = spec_operations().into_iter().map(|(_, tag, _, _)| tag).collect();
    tags.sort();
    tags.dedup();
    let mut tested: Vec<String> = TESTED.iter().map(|t| (*t).to_owned()).collect();
    tested.sort();
    assert_eq!(tags, tested);
}

fn id(value: &Value) -> String {
    value["_id"].as_str().unwrap_or_else(|| panic!("no _id in {value}")).to_owned()
}

#[test]
fn products() {
    let fake = Fake::demo();
    let list = fake.cli().run(["products", "list", "-o", "json"]).json();
    assert_eq!(list.as_array().unwrap().len(), 8);

    let created = fake
        .cli()
        .run([
            "products",
            "create",
            "--name",
            "Premium Course",
            "--price",
            "99.99",
            "--description",
            "Learn everything",
            "--published",
            "false",
            "--image",
            "https://cdn.example/a.png",
            "--image",
            "https://cdn.example/b.png",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(created["name"], "Premium Course");
    assert_eq!(created["price"].as_f64(), Some(99.99));
    assert_eq!(created["published"], false);
    let product = id(&created);

    let got = fake.cli().run(["products", "get", &product, "-o", "json"]).json();
    assert_eq!(got["description"], "Learn everything");

    let updated =
        fake.cli().run(["products", "update", &product, "--price", "149.99", "--active", "-o", "json"]).json();
    assert_eq!(updated["price"].as_f64(), Some(149.99));
    assert_eq!(updated["active"], true);

    let deleted = fake.cli().run(["products", "delete", &product, "-o", "json"]).json();
    assert!(deleted["message"].as_str().unwrap().contains("deleted"), "{deleted}");
    let gone = fake.cli().run(["products", "get", &product]);
    gone.code(1);
    assert!(gone.stderr.contains("404"), "{}", gone.stderr);
    every_operation_ran(&fake, "Products");
}

#[test]
fn variants() {
    let fake = Fake::demo();
    let products = fake.cli().run(["products", "list", "-o", "json"]).json();
    let product = id(&products[0]);
    let variant = fake
        .cli()
        .run(["variants", "create", "--product-id", &product, "--name", "Premium Version", "--price", "149.99"])
        .json();
    assert_eq!(variant["productId"], product.as_str());
    assert_eq!(variant["name"], "Premium Version");
    let deleted = fake.cli().run(["variants", "delete", &id(&variant)]).json();
    assert!(deleted["message"].is_string(), "{deleted}");
    fake.cli().run(["variants", "delete", &id(&variant)]).code(1);
    every_operation_ran(&fake, "Variants");
    // The request log tells operations apart: this test never deleted a product.
    assert_eq!(fake.server.request_count("DELETE", "/products/{id}"), 0);
}

#[test]
fn orders() {
    let fake = Fake::demo();
    let page = fake.cli().run(["orders", "list", "--page", "2", "--page-size", "5"]).json();
    assert_eq!(page["orders"].as_array().unwrap().len(), 5);
    assert_eq!(page["pagination"]["currentPage"], 2);
    assert_eq!(page["pagination"]["totalCount"], 260);
    let first = &page["orders"][0];
    let got = fake.cli().run(["orders", "get", &id(first)]).json();
    assert_eq!(&got, first);

    // jsonl and csv give the rows of the page.
    let jsonl = fake.cli().run(["orders", "list", "--page-size", "3", "-o", "jsonl"]);
    jsonl.ok();
    assert_eq!(jsonl.stdout.lines().count(), 3);
    for line in jsonl.stdout.lines() {
        assert!(serde_json::from_str::<Value>(line).unwrap()["_id"].is_string());
    }
    let csv = fake.cli().run(["orders", "list", "--page-size", "3", "-o", "csv"]);
    csv.ok();
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("_id,userId,productId,buyerEmail,grossAmount"), "{}", lines[0]);
    assert!(lines[0].contains("customer.buyerEmail"));

    // A filter that matches nothing is an empty page, not an error.
    let none = fake.cli().run(["orders", "list", "--start-date", "2099-01-01"]).json();
    assert_eq!(none["orders"].as_array().unwrap().len(), 0);
    every_operation_ran(&fake, "Orders");
}

#[test]
fn customers() {
    let fake = Fake::demo();
    let list =
        fake.cli().run(["customers", "list", "--sort-by", "createdAt", "--sort-order", "desc", "--limit", "3"]).json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    let dates: Vec<&str> = list.iter().map(|c| c["createdAt"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let email = list[0]["buyerEmail"].as_str().unwrap();
    let one = fake.cli().run(["customers", "list", "--email", email]).json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    let got = fake.cli().run(["customers", "get", &id(&list[0])]).json();
    assert_eq!(got["buyerEmail"], email);
    // A value the spec does not list is clap's usage error.
    let bad = fake.cli().run(["customers", "list", "--sort-by", "nope"]);
    bad.code(2);
    assert!(bad.stderr.contains("possible values"), "{}", bad.stderr);
    every_operation_ran(&fake, "Customers");
}

#[test]
fn reviews() {
    let fake = Fake::demo();
    let all = fake.cli().run(["reviews", "list"]).json();
    let all = all.as_array().unwrap();
    assert!(!all.is_empty());
    let product = all[0]["productId"].as_str().unwrap();
    let some = fake.cli().run(["reviews", "list", "--product-id", product]).json();
    let some = some.as_array().unwrap();
    assert!(!some.is_empty() && some.len() <= all.len());
    assert!(some.iter().all(|r| r["productId"] == product));
    every_operation_ran(&fake, "Reviews");
}

#[test]
fn discounts() {
    let fake = Fake::demo();
    let before = fake.cli().run(["discounts", "list"]).json().as_array().unwrap().len();
    let products = fake.cli().run(["products", "list"]).json();
    let product = id(&products[0]);
    // The example of the issue, word for word (but a product that exists).
    let created = fake
        .cli()
        .run([
            "discounts",
            "create",
            "--name",
            "Summer Sale",
            "--code",
            "SUMMER21",
            "--value",
            "20",
            "--main-product-id",
            &product,
        ])
        .json();
    assert_eq!(created["code"], "SUMMER21");
    assert_eq!(created["value"].as_f64(), Some(20.0));
    assert_eq!(created["mainProductIds"], serde_json::json!([product]));
    let discount = id(&created);
    assert_eq!(fake.cli().run(["discounts", "list"]).json().as_array().unwrap().len(), before + 1);
    assert_eq!(fake.cli().run(["discounts", "get", &discount]).json()["name"], "Summer Sale");
    let updated = fake.cli().run(["discounts", "update", &discount, "--value", "25", "--value-type", "fixed"]).json();
    assert_eq!(updated["value"].as_f64(), Some(25.0));
    assert_eq!(updated["valueType"], "fixed");
    fake.cli().run(["discounts", "delete", &discount]).ok();
    fake.cli().run(["discounts", "get", &discount]).code(1);
    every_operation_ran(&fake, "Discounts");
}

#[test]
fn upsells() {
    let fake = Fake::demo();
    let list = fake.cli().run(["upsells", "list"]).json();
    assert!(list["upsells"].is_array());
    let products = fake.cli().run(["products", "list"]).json();
    let (main, extra) = (id(&products[0]), id(&products[1]));
    let created = fake
        .cli()
        .run([
            "upsells",
            "create",
            "--main-product-id",
            &main,
            "--upsell-product-id",
            &extra,
            "--upsell-price",
            "49.99",
            "--name",
            "Premium Upgrade",
        ])
        .json();
    let upsell = id(&created);
    assert_eq!(created["upsellPrice"].as_f64(), Some(49.99));
    assert_eq!(fake.cli().run(["upsells", "get", &upsell]).json()["name"], "Premium Upgrade");
    let updated = fake.cli().run(["upsells", "update", &upsell, "--upsell-price", "39.99", "--active", "false"]).json();
    assert_eq!(updated["upsellPrice"].as_f64(), Some(39.99));
    assert_eq!(updated["active"], false);
    // The table of a page of upsells shows its rows.
    let table = fake.cli().run(["upsells", "list", "-o", "table"]);
    table.ok();
    assert!(table.stdout.contains("Premium Upgrade"), "{}", table.stdout);
    fake.cli().run(["upsells", "delete", &upsell]).ok();
    every_operation_ran(&fake, "Upsells");
}

#[test]
fn subscriptions() {
    let fake = Fake::demo();
    let page = fake.cli().run(["subscriptions", "list", "--status", "active", "--page-size", "5"]).json();
    let items = page["subscriptions"].as_array().or_else(|| page["data"].as_array()).unwrap().clone();
    assert!(!items.is_empty());
    assert!(items.iter().all(|s| s["status"] == "active"), "{page}");
    let first = &items[0];
    let got = fake.cli().run(["subscriptions", "get", &id(first)]).json();
    assert_eq!(&got, first);
    let stripe_id = first["stripeSubscriptionId"].as_str().unwrap();
    let canceled = fake.cli().run(["subscriptions", "cancel", stripe_id]).json();
    assert!(canceled["message"].is_string(), "{canceled}");
    let after = fake.cli().run(["subscriptions", "get", &id(first)]).json();
    assert_ne!(after["status"], "active", "{after}");
    let other = items.get(1).unwrap_or(first)["stripeSubscriptionId"].as_str().unwrap().to_owned();
    let refunded = fake.cli().run(["subscriptions", "refund", &other]).json();
    assert!(refunded["message"].is_string(), "{refunded}");
    // The filters can come as a JSON body too.
    let from_json =
        fake.cli().stdin(r#"{"status": "canceled"}"#).run(["subscriptions", "list", "--json-body", "-"]).json();
    let items = from_json["subscriptions"].as_array().or_else(|| from_json["data"].as_array()).unwrap().clone();
    assert!(items.iter().any(|s| s["_id"] == first["_id"]), "{from_json}");
    every_operation_ran(&fake, "Subscriptions");
}

#[test]
fn subscription_offers() {
    let fake = Fake::demo();
    let before = fake.cli().run(["subscription-offers", "list"]).json().as_array().unwrap().len();
    let created = fake
        .cli()
        .run([
            "subscription-offers",
            "create",
            "--name",
            "Pro Membership",
            "--price",
            "19.99",
            "--frequency",
            "monthly",
            "--trial-period",
            "7",
            "--design",
            r#"{"theme": "dark"}"#,
        ])
        .json();
    assert_eq!(created["frequency"], "monthly");
    assert_eq!(created["trialPeriod"], 7);
    let offer = id(&created);
    assert_eq!(fake.cli().run(["subscription-offers", "list"]).json().as_array().unwrap().len(), before + 1);
    assert_eq!(fake.cli().run(["subscription-offers", "get", &offer]).json()["name"], "Pro Membership");
    // A free-form object flag must be a JSON object.
    fake.cli()
        .run([
            "subscription-offers",
            "create",
            "--name",
            "X",
            "--price",
            "1",
            "--frequency",
            "weekly",
            "--design",
            "dark",
        ])
        .code(2);
    every_operation_ran(&fake, "SubscriptionOffers");
}

#[test]
fn webhooks() {
    let fake = Fake::demo();
    let created = fake
        .cli()
        .run([
            "webhooks",
            "create",
            "--url",
            "http://127.0.0.1:9/hook",
            "--event",
            "order.completed",
            "--event",
            "order.refunded",
            "--description",
            "My endpoint",
        ])
        .json();
    let webhook = id(&created);
    assert_eq!(created["events"], serde_json::json!(["order.completed", "order.refunded"]));
    assert!(created["secret"].as_str().unwrap().starts_with("whsec_"));
    assert!(fake
        .cli()
        .run(["webhooks", "list"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["_id"] == webhook.as_str()));
    assert_eq!(fake.cli().run(["webhooks", "get", &webhook]).json()["description"], "My endpoint");
    let updated =
        fake.cli().run(["webhooks", "update", &webhook, "--event", "customer.created", "--active", "false"]).json();
    assert_eq!(updated["events"], serde_json::json!(["customer.created"]));
    assert_eq!(updated["active"], false);
    let tested = fake.cli().run(["webhooks", "test", &webhook]).json();
    assert!(tested["message"].is_string(), "{tested}");
    fake.cli().run(["webhooks", "delete", &webhook]).ok();
    fake.cli().run(["webhooks", "get", &webhook]).code(1);
    every_operation_ran(&fake, "Webhooks");
}

#[test]
fn users() {
    let fake = Fake::demo();
    let me = fake.cli().run(["users", "me"]).json();
    assert!(me["email"].is_string());
    let updated = fake.cli().run(["users", "update", "--first-name", "Ada", "--currency", "EUR"]).json();
    assert_eq!(updated["firstName"], "Ada");
    assert_eq!(updated["currency"], "EUR");
    assert_eq!(fake.cli().run(["users", "me"]).json()["firstName"], "Ada");
    // The API's own validation comes back as an API error.
    let bad = fake.cli().run(["users", "update", "--currency", "EURO"]);
    bad.code(1);
    assert!(bad.stderr.contains("users_update") && bad.stderr.contains("400"), "{}", bad.stderr);
    every_operation_ran(&fake, "Users");
}

#[test]
fn checkout() {
    let fake = Fake::demo();
    let products = fake.cli().run(["products", "list"]).json();
    let product = id(&products[0]);
    let session = fake
        .cli()
        .run([
            "checkout",
            "create",
            "--product-id",
            &product,
            "--success-url",
            "https://shop.example/ok",
            "--cancel-url",
            "https://shop.example/cancel",
            "--customer-email",
            "buyer@example.com",
            "--metadata",
            r#"{"orderId": "12345"}"#,
        ])
        .json();
    assert!(session["id"].as_str().unwrap().starts_with("cs_test_"), "{session}");
    assert!(session["url"].as_str().unwrap().starts_with("http://127.0.0.1:"), "{session}");
    // Required fields missing: clap's usage error, nothing sent.
    let missing = fake.cli().run(["checkout", "create", "--product-id", &product]);
    missing.code(2);
    assert!(missing.stderr.contains("--success-url"), "{}", missing.stderr);
    every_operation_ran(&fake, "Checkout");
}

#[test]
fn refunds() {
    let fake = Fake::demo();
    let before = fake.cli().run(["refunds", "list"]).json().as_array().unwrap().len();
    let page = fake.cli().run(["orders", "list", "--page-size", "50"]).json();
    let order = page["orders"].as_array().unwrap().iter().find(|o| o["isRefunded"] == false).unwrap().clone();
    let refund = fake
        .cli()
        .run(["refunds", "create", "--order-id", &id(&order), "--reason", "Customer requested refund"])
        .json();
    assert_eq!(refund["orderId"], order["_id"]);
    assert_eq!(refund["amount"].as_f64(), order["grossAmount"].as_f64());
    assert_eq!(fake.cli().run(["refunds", "list"]).json().as_array().unwrap().len(), before + 1);
    assert_eq!(fake.cli().run(["refunds", "get", &id(&refund)]).json()["reason"], "Customer requested refund");
    assert_eq!(fake.cli().run(["orders", "get", &id(&order)]).json()["isRefunded"], true);
    every_operation_ran(&fake, "Refunds");
}

#[test]
fn every_resource_command_has_help_with_an_example() {
    let mut names: Vec<String> = spec_operations().into_iter().map(|(_, tag, _, _)| command_name(&tag)).collect();
    names.sort();
    names.dedup();
    for name in names {
        let help = common::Cli::new().run([name.as_str(), "--help"]);
        help.ok();
        assert!(help.stdout.contains("Examples:"), "{name}: {}", help.stdout);
        assert!(help.stdout.contains(&format!("pocketsflow {name} ")), "{name}: {}", help.stdout);
    }
}
