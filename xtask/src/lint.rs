//! Structural lint of openapi.yaml, on its JSON form so that every problem carries a JSON pointer (operations
//! and `$ref`s are followed by the one reader's JSON view, `codegen/spec.rs`).
//! Shared by `cargo xtask regen` and the SDK's test suite (`tests/spec_lint.rs` includes this file).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

// The generators' naming module and the one reader's JSON view: `cargo xtask` has them in `codegen`, the tests
// that include this file by path include them too.
use super::naming::{resource_method, snake};
use super::spec::escape;
use super::spec::json::{operations, resolve, success_schema};

/// One problem: where (a JSON pointer into the document) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: String,
    pub message: String,
}

const ERROR_STATUSES: &[&str] = &["400", "401", "404", "429", "500"];

/// Whether a schema (possibly a `$ref`, or an array of one) can show an example.
fn has_example(spec: &Value, schema: &Value) -> bool {
    let schema = resolve(spec, schema);
    schema.get("example").is_some() || schema.get("items").is_some_and(|items| has_example(spec, items))
}

pub fn lint(spec: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |pointer: &str, message: String| problems.push(Problem { pointer: pointer.to_owned(), message });

    if spec.get("openapi").and_then(Value::as_str).is_none_or(|v| !v.starts_with("3.0.")) {
        problem("/openapi", "must be an OpenAPI 3.0.x document (progenitor reads 3.0 only)".into());
    }
    let declared_tags: BTreeSet<&str> = spec
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| tags.iter().filter_map(|t| t.get("name").and_then(Value::as_str)).collect())
        .unwrap_or_default();

    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (pointer, path, _method, op) in operations(spec) {
        match op.get("operationId").and_then(Value::as_str) {
            None => problem(&pointer, "has no operationId (progenitor needs one on every operation)".into()),
            Some(id) => {
                if let Some(first) = ids.insert(id.to_owned(), pointer.clone()) {
                    problem(
                        &format!("{pointer}/operationId"),
                        format!("operationId {id:?} is already used at {first}"),
                    );
                }
            }
        }
        match op.get("tags").and_then(Value::as_array).map(Vec::as_slice) {
            Some([tag]) => {
                if !tag.as_str().is_some_and(|t| declared_tags.contains(t)) {
                    problem(&format!("{pointer}/tags/0"), format!("tag {tag} is not declared in /tags"));
                }
                // `<resource>_<method>`: the resource is the tag in snake_case, the method one more word or more
                // (the SDK's `pf.<resource>().<method>()` and the CLI's commands come from it).
                if let (Some(tag), Some(id)) = (tag.as_str(), op.get("operationId").and_then(Value::as_str)) {
                    let method = resource_method(tag, id).map(|(_, method)| method);
                    if !method.is_ok_and(|m| m.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')) {
                        problem(
                            &format!("{pointer}/operationId"),
                            format!(
                                "operationId {id:?} must be named <resource>_<method>: {}_<method> for tag {tag}",
                                snake(tag)
                            ),
                        );
                    }
                }
            }
            _ => problem(&format!("{pointer}/tags"), "must have exactly one tag (its resource)".into()),
        }
        if op.get("summary").and_then(Value::as_str).is_none_or(|s| s.trim().is_empty()) {
            problem(&format!("{pointer}/summary"), "is missing".into());
        }
        let responses = op.get("responses").and_then(Value::as_object);
        let successes: Vec<_> =
            responses.map(|r| r.keys().filter(|s| s.starts_with('2')).collect()).unwrap_or_default();
        if successes.len() != 1 {
            problem(
                &format!("{pointer}/responses"),
                format!("needs exactly one 2xx response, has {}", successes.len()),
            );
        }
        match success_schema(op) {
            None => problem(&format!("{pointer}/responses"), "the 2xx response has no application/json schema".into()),
            Some(schema) => {
                if !has_example(spec, schema) {
                    problem(&format!("{pointer}/responses"), "the 2xx response's schema has no example".into());
                }
            }
        }
        for status in ERROR_STATUSES {
            if responses.is_none_or(|r| !r.contains_key(*status)) {
                problem(&format!("{pointer}/responses"), format!("has no {status} response"));
            }
        }
        for (status, response) in responses.into_iter().flatten() {
            if !(status.starts_with('4') || status.starts_with('5')) {
                continue;
            }
            let at = format!("{pointer}/responses/{status}");
            let schema = resolve(spec, response).pointer("/content/application~1json/schema");
            if schema.and_then(|s| s.get("$ref")).and_then(Value::as_str) != Some("#/components/schemas/ErrorBody") {
                problem(&at, "must reference the ErrorBody schema".into());
            }
        }
        if let Some(body) = op.get("requestBody") {
            match body.pointer("/content/application~1json/schema") {
                Some(schema) if schema.get("$ref").is_some() => {
                    if !has_example(spec, schema) {
                        problem(&format!("{pointer}/requestBody"), "the request body's schema has no example".into());
                    }
                }
                _ => problem(&format!("{pointer}/requestBody"), "must reference a named component schema".into()),
            }
        }
        // Path parameters: every {name} of the template is declared, and nothing else.
        let in_template: BTreeSet<&str> =
            path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect();
        let declared: BTreeSet<&str> = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve(spec, p))
            .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
            .filter_map(|p| p.get("name").and_then(Value::as_str))
            .collect();
        if in_template != declared {
            problem(
                &format!("{pointer}/parameters"),
                format!("path parameters {declared:?} do not match the template {path}"),
            );
        }
        inline_models(op, &pointer, &mut problem);
    }

    if let Some(error) = spec.pointer("/components/schemas/ErrorBody") {
        if error.get("example").is_none() {
            problem("/components/schemas/ErrorBody", "has no example".into());
        }
    } else {
        problem("/components/schemas", "has no ErrorBody schema".into());
    }

    // Keywords the generator cannot carry into Rust: typify makes `format: date`/`date-time` chrono types and
    // `pattern` a regress-checked newtype, and the crate depends on neither. They belong to the named schemas
    // that say `x-sdk-type` (build.rs generates those as the type it names), and nowhere else.
    untranslatable(spec, "", &mut problem);
    numbers_are_money(spec, "", &mut problem);
    for (name, schema) in spec.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        let Some(sdk_type) = schema.get("x-sdk-type") else { continue };
        let expected = match sdk_type.as_str() {
            Some("String") => "string",
            Some("Money") => "number",
            _ => {
                problem(
                    &format!("/components/schemas/{}/x-sdk-type", escape(name)),
                    format!("must be Money or String, got {sdk_type}"),
                );
                continue;
            }
        };
        if schema.get("type").and_then(Value::as_str) != Some(expected) {
            problem(
                &format!("/components/schemas/{}/type", escape(name)),
                format!("x-sdk-type {sdk_type} needs type: {expected}"),
            );
        }
    }

    // Unused components.
    let text = spec.to_string();
    for kind in ["schemas", "parameters", "responses"] {
        for name in spec
            .pointer(&format!("/components/{kind}"))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            let reference = format!("\"#/components/{kind}/{name}\"");
            if !text.contains(&reference) {
                problem(&format!("/components/{kind}/{}", escape(name)), "is never referenced".into());
            }
        }
    }
    problems
}

/// `format: date`, `format: date-time` and `pattern` anywhere in the document.
fn untranslatable(value: &Value, pointer: &str, problem: &mut impl FnMut(&str, String)) {
    match value {
        Value::Object(map) => {
            if map.contains_key("x-sdk-type") {
                // Generated as the type it names: its rules stay in the spec, out of the Rust types.
                return;
            }
            if let Some(format @ ("date" | "date-time")) = map.get("format").and_then(Value::as_str) {
                problem(
                    &format!("{pointer}/format"),
                    format!(
                        "format: {format} makes typify generate chrono types, which the crate does not use: use a \
                         named schema with `x-sdk-type: String`, which build.rs generates as a String"
                    ),
                );
            }
            if map.get("pattern").is_some_and(Value::is_string) {
                problem(
                    &format!("{pointer}/pattern"),
                    "pattern makes typify generate a newtype checked with the regress crate, which the crate does \
                     not depend on: use a named schema with `x-sdk-type: String`, which build.rs generates as a String"
                        .into(),
                );
            }
            for (key, child) in map {
                // `example`s are data, not schemas.
                if key != "example" {
                    untranslatable(child, &format!("{pointer}/{}", escape(key)), problem);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                untranslatable(child, &format!("{pointer}/{i}"), problem);
            }
        }
        _ => {}
    }
}

/// Every `type: number` is an amount (a named schema with `x-sdk-type: Money`, generated as the exact `Money`)
/// unless it says it is not one (`x-not-money: true`, as a rating): a new amount added as a plain number would
/// otherwise become an `f64`.
fn numbers_are_money(value: &Value, pointer: &str, problem: &mut impl FnMut(&str, String)) {
    match value {
        Value::Object(map) => {
            if map.contains_key("x-sdk-type") || map.get("x-not-money") == Some(&Value::Bool(true)) {
                return;
            }
            if map.get("type").and_then(Value::as_str) == Some("number") {
                problem(
                    pointer,
                    "a plain number: an amount is `$ref: '#/components/schemas/Money'` (exact `Money`); a number \
                     that is not money says `x-not-money: true`"
                        .into(),
                );
            }
            for (key, child) in map {
                if key != "example" {
                    numbers_are_money(child, &format!("{pointer}/{}", escape(key)), problem);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                numbers_are_money(child, &format!("{pointer}/{i}"), problem);
            }
        }
        _ => {}
    }
}

/// Objects with properties written inline in an operation: models must be named components, so that
/// generated type names are stable.
fn inline_models(value: &Value, pointer: &str, problem: &mut impl FnMut(&str, String)) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") {
                problem(pointer, "inline object schema: make it a named component under /components/schemas".into());
                return;
            }
            for (key, child) in map {
                inline_models(child, &format!("{pointer}/{}", escape(key)), problem);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                inline_models(child, &format!("{pointer}/{i}"), problem);
            }
        }
        _ => {}
    }
}
