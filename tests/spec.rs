//! openapi.yaml, parsed with `openapiv3`: it describes exactly the operations of the reference, each with
//! a unique operationId, one tag, a summary, a 2xx schema and the documented error responses.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use openapiv3::{OpenAPI, ReferenceOr};

fn spec() -> OpenAPI {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    serde_norway::from_str(&text).expect("openapi.yaml parses as OpenAPI 3.0")
}

/// The (method, path) pairs of shared/reference/endpoints.md, kept here so that the packaged crate can
/// run this test without the reference beside it.
const EXPECTED: &[(&str, &str)] = &[
    ("GET", "/products"),
    ("GET", "/products/{id}"),
    ("POST", "/products"),
    ("POST", "/products/update/{id}"),
    ("DELETE", "/products/{id}"),
    ("POST", "/products/variants"),
    ("DELETE", "/products/variants/{id}"),
    ("GET", "/orders"),
    ("GET", "/orders/{id}"),
    ("GET", "/customers"),
    ("GET", "/customers/{id}"),
    ("GET", "/reviews"),
    ("GET", "/discounts"),
    ("GET", "/discounts/{id}"),
    ("POST", "/discounts"),
    ("POST", "/discounts/{id}"),
    ("DELETE", "/discounts/{id}"),
    ("GET", "/upsells"),
    ("GET", "/upsells/{id}"),
    ("POST", "/upsells"),
    ("POST", "/upsells/{id}"),
    ("DELETE", "/upsells/{id}"),
    ("POST", "/orders/subscriptions"),
    ("GET", "/orders/subscriptions/{id}"),
    ("POST", "/orders/subscriptions/cancel/{stripeSubscriptionId}"),
    ("POST", "/orders/subscriptions/refund/{stripeSubscriptionId}"),
    ("GET", "/subscriptions"),
    ("GET", "/subscriptions/{id}"),
    ("POST", "/subscriptions"),
    ("GET", "/webhooks"),
    ("GET", "/webhooks/{id}"),
    ("POST", "/webhooks"),
    ("PUT", "/webhooks/{id}"),
    ("DELETE", "/webhooks/{id}"),
    ("POST", "/webhooks/{id}/test"),
    ("GET", "/users/me"),
    ("POST", "/users/update"),
    ("POST", "/checkout/sessions"),
    ("GET", "/refunds"),
    ("GET", "/refunds/{id}"),
    ("POST", "/refunds"),
];

fn spec_pairs(spec: &OpenAPI) -> BTreeSet<(String, String)> {
    spec.operations().map(|(path, method, _)| (method.to_uppercase(), path.to_owned())).collect()
}

#[test]
fn operations_equal_the_reference() {
    let spec = spec();
    assert_eq!(spec.openapi, "3.0.3");
    let expected: BTreeSet<_> = EXPECTED.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();

    assert_eq!(spec_pairs(&spec), expected);
}

/// The same comparison against endpoints.md itself, when the reference is beside the repository.
#[test]
fn operations_equal_endpoints_md() {
    let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/endpoints.md");
    let Ok(text) = std::fs::read_to_string(&reference) else {
        // The packaged crate has no reference beside it; CI always has (and must).
        assert!(std::env::var("CI").is_err(), "CI runs without {}", reference.display());
        eprintln!("{} not found; the embedded copy is checked by operations_equal_the_reference", reference.display());
        return;
    };
    let snake = |name: &str| {
        name.chars().fold(String::new(), |mut out, c| {
            if c.is_ascii_uppercase() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            out
        })
    };
    // (operationId from the Node SDK's method name, METHOD, path): the same names, in snake_case.
    let rows: BTreeSet<(String, String, String)> = text
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            match cells.as_slice() {
                ["", node, method, path, ..] if ["GET", "POST", "PUT", "DELETE", "PATCH"].contains(method) => {
                    let (resource, call) = node.split_once('.')?;
                    Some((format!("{}_{}", snake(resource), snake(call)), method.to_string(), path.to_string()))
                }
                _ => None,
            }
        })
        .collect();
    assert_eq!(rows.len(), 41, "endpoints.md lists the 41 operations");
    let spec = spec();
    let ours: BTreeSet<(String, String, String)> = spec
        .operations()
        .map(|(path, method, op)| (op.operation_id.clone().unwrap_or_default(), method.to_uppercase(), path.to_owned()))
        .collect();
    assert_eq!(ours, rows);
}

#[test]
fn every_operation_is_complete() {
    let spec = spec();
    let mut ids = HashSet::new();
    for (path, method, op) in spec.operations() {
        let id = op.operation_id.as_deref().unwrap_or_else(|| panic!("{method} {path}: no operationId"));
        assert!(ids.insert(id), "{id}: operationId used twice");
        assert_eq!(op.tags.len(), 1, "{id}: exactly one tag");
        assert!(op.summary.as_deref().is_some_and(|s| !s.is_empty()), "{id}: summary");
        let success: Vec<_> = op.responses.responses.keys().filter(|s| s.to_string().starts_with('2')).collect();
        assert_eq!(success.len(), 1, "{id}: one success response");
        for status in ["400", "401", "404", "429", "500"] {
            let response = op
                .responses
                .responses
                .iter()
                .find(|(code, _)| code.to_string() == status)
                .unwrap_or_else(|| panic!("{id}: no {status} response"))
                .1;
            let ReferenceOr::Reference { reference } = response else { panic!("{id}: {status} is not a reference") };
            let name = reference.rsplit('/').next().unwrap();
            let shared = spec.components.as_ref().unwrap().responses.get(name).unwrap().as_item().unwrap();
            let schema = &shared.content["application/json"].schema;
            assert!(
                matches!(schema, Some(ReferenceOr::Reference { reference }) if reference == "#/components/schemas/ErrorBody"),
                "{id}: {status} references the Error schema"
            );
        }
        for param in &op.parameters {
            let ReferenceOr::Reference { reference } = param else { panic!("{id}: inline parameter") };
            assert!(reference.starts_with("#/components/parameters/"), "{id}: {reference}");
        }
        let tag = &op.tags[0];
        assert!(spec.tags.iter().any(|t| &t.name == tag), "{id}: tag {tag} is declared");
    }
    assert_eq!(spec.servers[0].url, "https://api.pocketsflow.com");
    let scheme = &spec.components.as_ref().unwrap().security_schemes["bearerAuth"];
    assert!(matches!(scheme, ReferenceOr::Item(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme == "bearer"));
    assert_eq!(spec.security.as_ref().unwrap()[0].keys().collect::<Vec<_>>(), ["bearerAuth"]);
}

#[test]
fn every_named_string_enum_of_the_spec_is_an_open_enum_with_its_values() {
    let spec = spec();
    let mut from_spec = Vec::new();
    for (name, schema) in &spec.components.as_ref().unwrap().schemas {
        let Some(schema) = schema.as_item() else { continue };
        if let openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) = &schema.schema_kind {
            if !s.enumeration.is_empty() {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                from_spec.push((name.clone(), values));
            }
        }
    }
    from_spec.sort();
    let mut generated: Vec<(String, Vec<String>)> = pocketsflow::types::GENERATED
        .iter()
        .map(|(name, values)| (name.to_string(), values.iter().map(|v| v.to_string()).collect()))
        .collect();
    generated.sort();
    assert!(!from_spec.is_empty());
    assert_eq!(generated, from_spec, "the build generated an open enum for each, from this very spec");
}
