//! The API surface of openapi.yaml as SDK users see it (operations, schemas, fields and their types), and
//! the diff between two surfaces with the changes that break SDK users flagged.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::spec::json::{operations, resolve, success_schema};

/// A short, stable rendering of a schema's type: `string`, `integer(uint32)`, `array<Product>`, `Product`...
/// A named schema that says `x-sdk-type` is shown as the type SDK users get (`string`, `Money`), whatever rules it
/// carries for the API.
fn type_of(spec: &Value, schema: &Value) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        if let Some(sdk_type) = resolve(spec, schema).get("x-sdk-type").and_then(Value::as_str) {
            return if sdk_type == "String" { "string".to_owned() } else { sdk_type.to_owned() };
        }
        return r.rsplit('/').next().unwrap_or(r).to_owned();
    }
    let of = |s: &Value| type_of(spec, s);
    if let Some(variants) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
        return format!("oneOf<{}>", variants.iter().map(of).collect::<Vec<_>>().join("|"));
    }
    let base = match schema.get("type").and_then(Value::as_str) {
        Some("array") => format!("array<{}>", schema.get("items").map(of).unwrap_or_else(|| "any".into())),
        Some("object") if schema.get("additionalProperties").is_some() => "map".to_owned(),
        Some(t) => match schema.get("format").and_then(Value::as_str) {
            Some(f) => format!("{t}({f})"),
            None => t.to_owned(),
        },
        None => "any".to_owned(),
    };
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        format!("{base}?")
    } else {
        base
    }
}

/// The surface, as JSON with sorted keys (committed as xtask/snapshots/api-surface.json).
pub fn surface(spec: &Value) -> Value {
    let mut ops = BTreeMap::new();
    for (_, path, method, op) in operations(spec) {
        let id = op.get("operationId").and_then(Value::as_str).unwrap_or("?").to_owned();
        let mut params = BTreeMap::new();
        for p in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
            let p = resolve(spec, p);
            let name = p.get("name").and_then(Value::as_str).unwrap_or("?");
            let kind = p.get("in").and_then(Value::as_str).unwrap_or("?");
            let required = p.get("required") == Some(&Value::Bool(true));
            let ty = p.get("schema").map(|s| type_of(spec, s)).unwrap_or_default();
            params.insert(name.to_owned(), json!({"in": kind, "required": required, "type": ty}));
        }
        let body = op.pointer("/requestBody/content/application~1json/schema").map(|s| type_of(spec, s));
        ops.insert(
            id,
            json!({
                "method": method.to_uppercase(),
                "path": path,
                "parameters": params,
                "body": body,
                "response": success_schema(op).map(|s| type_of(spec, s)),
            }),
        );
    }
    let mut schemas = BTreeMap::new();
    for (name, schema) in spec.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        let entry = if let Some(values) = schema.get("enum") {
            json!({"kind": "enum", "values": values})
        } else if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let fields: BTreeMap<_, _> = props
                .iter()
                .map(|(field, s)| {
                    (field.clone(), json!({"type": type_of(spec, s), "required": required.contains(&field.as_str())}))
                })
                .collect();
            json!({"kind": "object", "fields": fields})
        } else {
            json!({"kind": type_of(spec, schema)})
        };
        schemas.insert(name.clone(), entry);
    }
    json!({"operations": ops, "schemas": schemas})
}

/// One change, worded for a maintainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub breaking: bool,
    pub text: String,
}

fn change(breaking: bool, text: String) -> Change {
    Change { breaking, text }
}

fn object(value: &Value, key: &str) -> Map<String, Value> {
    value.get(key).and_then(Value::as_object).cloned().unwrap_or_default()
}

/// Schemas used as request input (bodies), where a newly required field breaks callers.
fn input_schemas(surface: &Value) -> Vec<String> {
    object(surface, "operations")
        .values()
        .filter_map(|op| op.get("body").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

pub fn diff(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    let (old_ops, new_ops) = (object(old, "operations"), object(new, "operations"));
    for (id, op) in &old_ops {
        let route = format!("{} {}", op["method"].as_str().unwrap_or(""), op["path"].as_str().unwrap_or(""));
        let Some(now) = new_ops.get(id) else {
            changes.push(change(true, format!("operation {id} ({route}) removed")));
            continue;
        };
        let now_route = format!("{} {}", now["method"].as_str().unwrap_or(""), now["path"].as_str().unwrap_or(""));
        if route != now_route {
            changes.push(change(true, format!("operation {id} moved: {route} -> {now_route}")));
        }
        for key in ["body", "response"] {
            if op.get(key) != now.get(key) {
                changes.push(change(true, format!("operation {id}: {key} {} -> {}", op[key], now[key])));
            }
        }
        let (old_params, new_params) = (object(op, "parameters"), object(now, "parameters"));
        for (name, p) in &old_params {
            match new_params.get(name) {
                None => changes.push(change(true, format!("operation {id}: parameter {name} removed"))),
                Some(q) if p["type"] != q["type"] => changes.push(change(
                    true,
                    format!("operation {id}: parameter {name} retyped {} -> {}", p["type"], q["type"]),
                )),
                Some(q) if q["required"] == true && p["required"] != true => {
                    changes.push(change(true, format!("operation {id}: parameter {name} is now required")))
                }
                _ => {}
            }
        }
        for (name, q) in &new_params {
            if !old_params.contains_key(name) {
                let required = q["required"] == true;
                changes.push(change(
                    required,
                    format!("operation {id}: parameter {name} added{}", if required { " (required)" } else { "" }),
                ));
            }
        }
    }
    for (id, op) in &new_ops {
        if !old_ops.contains_key(id) {
            changes.push(change(
                false,
                format!(
                    "operation {id} ({} {}) added",
                    op["method"].as_str().unwrap_or(""),
                    op["path"].as_str().unwrap_or("")
                ),
            ));
        }
    }

    let inputs = input_schemas(new);
    let (old_schemas, new_schemas) = (object(old, "schemas"), object(new, "schemas"));
    for (name, s) in &old_schemas {
        let Some(now) = new_schemas.get(name) else {
            changes.push(change(true, format!("schema {name} removed")));
            continue;
        };
        if s["kind"] != now["kind"] {
            changes.push(change(true, format!("schema {name}: {} -> {}", s["kind"], now["kind"])));
            continue;
        }
        if s["kind"] == "enum" {
            let values = |v: &Value| v["values"].as_array().cloned().unwrap_or_default();
            for v in values(s).iter().filter(|v| !values(now).contains(v)) {
                changes.push(change(true, format!("schema {name}: value {v} removed")));
            }
            for v in values(now).iter().filter(|v| !values(s).contains(v)) {
                changes.push(change(false, format!("schema {name}: value {v} added (open enums keep working)")));
            }
            continue;
        }
        let (old_fields, new_fields) = (object(s, "fields"), object(now, "fields"));
        for (field, f) in &old_fields {
            match new_fields.get(field) {
                None => changes.push(change(true, format!("{name}.{field} removed"))),
                Some(g) => {
                    if f["type"] != g["type"] {
                        changes.push(change(true, format!("{name}.{field} retyped {} -> {}", f["type"], g["type"])));
                    }
                    if f["required"] != g["required"] {
                        let now_required = g["required"] == true;
                        changes.push(change(
                            true,
                            format!(
                                "{name}.{field} is now {}",
                                if now_required { "required" } else { "optional (Option<_> in Rust)" }
                            ),
                        ));
                    }
                }
            }
        }
        for (field, g) in &new_fields {
            if !old_fields.contains_key(field) {
                let required = g["required"] == true;
                let breaking = required && inputs.contains(name);
                let what = if required { "required" } else { "optional" };
                changes.push(change(
                    breaking,
                    format!("{name}.{field} added ({what}, {})", g["type"].as_str().unwrap_or("")),
                ));
            }
        }
    }
    for name in new_schemas.keys().filter(|n| !old_schemas.contains_key(*n)) {
        changes.push(change(false, format!("schema {name} added")));
    }
    changes
}
