//! Every setter of every generated builder takes what a Rust caller passes (codegen/setters.rs): an optional
//! field its value, a list any iterator of convertible items, an amount anything `Money` accepts, `metadata` a
//! JSON object (refused, naming the field, when it is not one), and a nullable field `None` to send `null`.

use std::borrow::Cow;

use pocketsflow::mock::MockServer;
use pocketsflow::types::*;
use serde_json::{json, Value};

/// The generated client as `cargo xtask regen` snapshots it (`regen --check` holds it equal to the build's).
const RAW: &str = include_str!("../xtask/snapshots/raw_client.rs");

/// The text of the `types::builder` module.
fn builders() -> &'static str {
    let start = RAW.find("pub mod builder {").expect("a builder module");
    &RAW[start..]
}

#[test]
fn no_generated_setter_wants_an_option_a_vec_or_a_map_of_its_caller() {
    let text: String = builders().chars().filter(|c| !c.is_whitespace()).collect();
    let setters = text.matches("pubfn").count();
    assert!(setters > 300, "{setters} setters: the builder module was not found whole");
    let bounds = text.matches("T:::std::convert::TryInto<").count();
    assert!(bounds > 100, "{bounds} plain conversions");
    for wrapper in ["::std::option::Option<", "::std::vec::Vec<", "::serde_json::Map<"] {
        let bound = format!("T:::std::convert::TryInto<{wrapper}");
        assert!(!text.contains(&bound), "a setter still takes `{wrapper}...`");
    }
    // Each rewritten kind is present, so the check above looked at rewritten setters.
    assert!(text.matches("crate::setters::IntoNullable<").count() >= 9, "nullable setters");
    assert!(text.matches("T:::std::iter::IntoIterator,").count() >= 10, "list setters");
    assert!(text.matches("crate::setters::json_object(").count() >= 1, "object setters");
}

#[test]
fn optional_text_lists_amounts_and_enums_take_plain_values() {
    let owned = String::from("premium-course");
    let product: CreateProductParams = CreateProductParams::builder()
        .name("Course")
        .price("99.99")
        .description("Learn")
        .slug(&owned)
        .subtitle(Cow::Borrowed("Sub"))
        .images(["a.png", "b.png"])
        .published(true)
        .try_into()
        .unwrap();
    assert_eq!(product.price, pocketsflow::money!(99.99));
    assert_eq!(product.description.as_deref(), Some("Learn"));
    assert_eq!(product.slug.as_deref(), Some("premium-course"));
    assert_eq!(product.subtitle.as_deref(), Some("Sub"));
    assert_eq!(product.images, ["a.png", "b.png"]);
    assert_eq!(product.published, Some(true));

    let ids = vec![String::from("65a1b2c3d4e5f60718293a4b")];
    let discount: CreateDiscountParams = CreateDiscountParams::builder()
        .name("Launch")
        .code("LAUNCH20")
        .value(20)
        .value_type(DiscountValueType::Percentage)
        .main_product_ids(&ids)
        .expiration("2030-08-31")
        .try_into()
        .unwrap();
    assert_eq!(discount.value, pocketsflow::money!(20));
    assert_eq!(discount.value_type, Some(DiscountValueType::Percentage));
    assert_eq!(discount.main_product_ids, ids);
    assert_eq!(discount.expiration, Some(Some("2030-08-31".to_owned())));

    let update: UpdateUpsellParams =
        UpdateUpsellParams::builder().upsell_price(12.5).main_product_ids(ids.iter().cloned()).try_into().unwrap();
    assert_eq!(update.upsell_price, Some(pocketsflow::money!(12.5)));
}

#[test]
fn an_amount_that_money_refuses_is_an_error_naming_the_field() {
    for (built, field) in [
        (UpdateProductParams::builder().price("twelve").try_into().map(|_: UpdateProductParams| ()), "price"),
        (UpdateProductParams::builder().price(f64::NAN).try_into().map(|_: UpdateProductParams| ()), "price"),
    ] {
        let message = built.unwrap_err().to_string();
        assert!(message.contains(field), "{message}");
    }
}

#[test]
fn metadata_takes_a_json_object_or_a_map_and_refuses_anything_else_naming_the_field() {
    let base = || {
        CreateCheckoutParams::builder().product_id("p").success_url("https://s.example").cancel_url("https://c.example")
    };
    let from_json: CreateCheckoutParams = base().metadata(json!({"cart": "7"})).try_into().unwrap();
    assert_eq!(from_json.metadata.get("cart"), Some(&json!("7")));
    let map = serde_json::Map::from_iter([("cart".to_owned(), json!(7))]);
    let from_map: CreateCheckoutParams = base().metadata(map).try_into().unwrap();
    assert_eq!(from_map.metadata.get("cart"), Some(&json!(7)));
    for (value, kind) in [
        (json!("cart=7"), "a string"),
        (json!([1]), "an array"),
        (json!(7), "a number"),
        (Value::Null, "null"),
        (json!(true), "a boolean"),
    ] {
        let refused: Result<CreateCheckoutParams, _> = base().metadata(value).try_into();
        let message = refused.unwrap_err().to_string();
        assert!(message.contains("metadata") && message.contains(kind), "{message}");
    }
}

#[tokio::test]
async fn metadata_that_is_not_an_object_is_invalid_input_sent_nowhere() {
    let server = MockServer::start().await;
    let pf = server.client();
    let before = server.requests().len();
    let err = pf
        .checkout()
        .create(
            CreateCheckoutParams::builder()
                .product_id("65a1b2c3d4e5f60718293a4b")
                .success_url("https://shop.example/ok")
                .cancel_url("https://shop.example/cancel")
                .metadata(json!("cart=7")),
        )
        .await
        .unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert!(err.message().contains("metadata"), "{err}");
    assert_eq!(server.requests().len(), before, "nothing was sent");
}

#[test]
fn a_nullable_field_is_absent_when_unset_null_when_none_and_reads_back_the_same() {
    let cases: [(UpdateProductParams, Value); 4] = [
        (UpdateProductParams::builder().try_into().unwrap(), json!({})),
        (UpdateProductParams::builder().description(None).try_into().unwrap(), json!({"description": null})),
        (UpdateProductParams::builder().description("New").try_into().unwrap(), json!({"description": "New"})),
        (
            UpdateProductParams::builder().description(Some("New".to_owned())).try_into().unwrap(),
            json!({"description": "New"}),
        ),
    ];
    for (params, wire) in cases {
        assert_eq!(serde_json::to_value(&params).unwrap(), wire);
        let back: UpdateProductParams = serde_json::from_value(wire).unwrap();
        assert_eq!(back, params, "reads back as written");
    }
}

#[tokio::test]
async fn none_clears_a_nullable_field_through_the_api_and_unset_keeps_it() {
    let server = MockServer::start().await;
    let pf = server.client();
    let product =
        pf.products().create(CreateProductParams::builder().name("Ebook").price(9).description("Old")).await.unwrap();
    let kept = pf.products().update(&product.id, UpdateProductParams::builder().name("Renamed")).await.unwrap();
    assert_eq!(kept.description.as_deref(), Some("Old"), "a field not set is not touched");
    let cleared = pf.products().update(&product.id, UpdateProductParams::builder().description(None)).await.unwrap();
    assert_eq!(cleared.description, None);
    assert_eq!(pf.products().get(&product.id).await.unwrap().description, None);

    let discount = pf
        .discounts()
        .create(
            CreateDiscountParams::builder()
                .name("Launch")
                .code("LAUNCH")
                .value(10)
                .main_product_ids([product.id.as_str()])
                .expiration("2030-08-31"),
        )
        .await
        .unwrap();
    assert_eq!(discount.expiration.as_deref(), Some("2030-08-31"));
    let open = pf.discounts().update(&discount.id, UpdateDiscountParams::builder().expiration(None)).await.unwrap();
    assert_eq!(open.expiration, None, "None removed the expiration");
}

/// (documented, all) among the lines of `text` that start with `item` (after indentation): a line of `///` before
/// it, across its attributes, documents it.
fn documented(text: &str, item: fn(&str) -> bool) -> (usize, usize) {
    let (mut pending, mut documented, mut all) = (false, 0, 0);
    for line in text.lines().map(str::trim) {
        if line.starts_with("///") {
            pending = true;
        } else if line.starts_with("pub ") || line.starts_with('}') {
            if item(line) {
                all += 1;
                documented += usize::from(pending);
            }
            pending = false;
        }
    }
    (documented, all)
}

#[test]
fn every_setter_carries_its_fields_documentation_from_the_spec() {
    let start = RAW.find("pub mod types {").expect("a types module");
    let end = RAW.find("pub mod builder {").expect("a builder module");
    let fields = documented(&RAW[start..end], |l| {
        l.split_once(':').is_some_and(|(name, _)| name.strip_prefix("pub ").is_some_and(|n| !n.contains(' ')))
    });
    let setters = documented(builders(), |l| l.starts_with("pub fn ") && l.contains("<T>(mut self"));
    assert_eq!(setters, fields, "(documented, all) setters and model fields");
    assert!(fields.0 >= 100, "{fields:?}: the spec's descriptions reach the models");
    // A `$ref` field is documented by the schema it names: the formats a newcomer looked for.
    let text = builders();
    let doc_of = |setter: &str| {
        let at = text.find(&format!("pub fn {setter}<T>")).unwrap();
        text[..at].lines().rev().nth(1).unwrap_or_default().trim().to_owned()
    };
    assert!(doc_of("expiration").contains("`2024-12-31`"), "{}", doc_of("expiration"));
    assert!(doc_of("value").contains("percentage"), "{}", doc_of("value"));
}
