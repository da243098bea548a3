//! What `build.rs` generates for the hand-written layer, besides progenitor's raw client: everything the
//! spec knows that the layer would otherwise copy by hand.
//!
//! - every named string enum of `components/schemas` becomes an open enum (`open_enum!` in `src/enums.rs`),
//!   its values documented by the schema's `x-enum-descriptions`;
//! - the enum marked `x-event-payloads` (the webhook event names) becomes the typed `Event` of
//!   `src/events.rs`, each name with the payload type the extension gives (else `Payload`);
//! - every operation with query parameters, or marked `x-sdk-params` (a list whose filters travel as a
//!   body), gets a params struct with `Default` and chainable setters (`ListOrdersParams`, ...);
//! - every schema with a required `_id` gets the `Identified` impl that pagination de-duplicates on;
//! - every error `code` a response of `components/responses` lists in `x-error-codes` becomes a constant of
//!   `pocketsflow::error::codes`, with its status (from the operations that answer it) and its description.
//!
//! Inline string enums are refused: they would be generated as closed enums.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_yaml::Value;

/// The generated sources, one per module of the hand-written layer that includes them.
pub struct Sdk {
    /// For `src/enums.rs`.
    pub enums: String,
    /// For `src/events.rs`.
    pub events: String,
    /// For `src/params.rs`.
    pub params: String,
    /// For `src/paginate.rs`.
    pub identified: String,
    /// For `src/telemetry.rs`.
    pub routes: String,
    /// For `src/error.rs` (`codes`).
    pub error_codes: String,
}

/// A named string enum of the spec, generated as an open enum (one that implements the runtime trait `OpenEnum`).
pub struct StringEnum {
    /// Schema name.
    pub name: String,
    description: String,
    /// (wire value, variant name, doc)
    values: Vec<(String, String, String)>,
    payloads: Option<BTreeMap<String, String>>,
}

fn get<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.as_mapping().and_then(|m| m.get(Value::String(key.to_owned())))
}

fn str_of<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    get(value, key).and_then(Value::as_str)
}

fn entries(value: Option<&Value>) -> Vec<(String, &Value)> {
    value
        .and_then(Value::as_mapping)
        .map(|m| m.iter().filter_map(|(k, v)| Some((k.as_str()?.to_owned(), v))).collect())
        .unwrap_or_default()
}

/// Follows a local `$ref` (`#/components/...`) once.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> Result<&'a Value, String> {
    let Some(reference) = str_of(value, "$ref") else { return Ok(value) };
    let path = reference.strip_prefix("#/").ok_or_else(|| format!("only local $refs are supported: {reference}"))?;
    path.split('/').try_fold(spec, |node, key| get(node, key).ok_or_else(|| format!("dangling $ref {reference}")))
}

/// `order.completed` -> `OrderCompleted`, `numberOfOrders` -> `NumberOfOrders`, `past_due` -> `PastDue`.
pub fn pascal(text: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        } else {
            upper = true;
        }
    }
    if out.chars().next().is_none_or(|c| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// `pageSize` -> `page_size`.
fn snake(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    match out.as_str() {
        "type" | "ref" | "match" | "self" | "struct" | "enum" | "fn" | "mod" | "use" | "in" => format!("r#{out}"),
        _ => out,
    }
}

fn doc(text: &str, indent: &str) -> String {
    text.lines().map(|line| format!("{indent}/// {}\n", line.trim_end()).replace("///  ", "/// ")).collect()
}

/// Every named string enum, or an error naming an inline one.
pub fn open_enums(spec: &Value) -> Result<Vec<StringEnum>, String> {
    let schemas = get(spec, "components").and_then(|c| get(c, "schemas"));
    let mut out = Vec::new();
    for (name, schema) in entries(schemas) {
        let Some(values) = get(schema, "enum").and_then(Value::as_sequence) else {
            find_inline_enums(schema, &format!("#/components/schemas/{name}"))?;
            continue;
        };
        if str_of(schema, "type") != Some("string") {
            return Err(format!("#/components/schemas/{name}: only string enums are supported"));
        }
        let docs = get(schema, "x-enum-descriptions");
        let mut variants: Vec<(String, String, String)> = Vec::new();
        for value in values {
            let wire = value.as_str().ok_or_else(|| format!("#/components/schemas/{name}: a value is not a string"))?;
            let variant = pascal(wire);
            if variant == "Unknown" || variants.iter().any(|(_, v, _)| *v == variant) {
                return Err(format!(
                    "#/components/schemas/{name}: value {wire:?} gives the variant name {variant} twice"
                ));
            }
            let doc = docs.and_then(|d| str_of(d, wire)).map_or_else(|| format!("`{wire}`."), str::to_owned);
            variants.push((wire.to_owned(), variant, doc));
        }
        let payloads = get(schema, "x-event-payloads")
            .map(|p| entries(Some(p)).into_iter().filter_map(|(k, v)| Some((k, v.as_str()?.to_owned()))).collect());
        out.push(StringEnum {
            description: str_of(schema, "description").unwrap_or(&name).to_owned(),
            name,
            values: variants,
            payloads,
        });
    }
    Ok(out)
}

/// Refuses a string enum written inline under `schema` (it would be generated as a closed enum).
fn find_inline_enums(schema: &Value, pointer: &str) -> Result<(), String> {
    if get(schema, "enum").is_some() {
        return Err(format!(
            "{pointer}: an inline enum; name it in components/schemas so that it is generated as an open enum"
        ));
    }
    for (key, child) in entries(get(schema, "properties")) {
        find_inline_enums(child, &format!("{pointer}/properties/{key}"))?;
    }
    for key in ["items", "additionalProperties"] {
        if let Some(child) = get(schema, key).filter(|c| c.is_mapping()) {
            find_inline_enums(child, &format!("{pointer}/{key}"))?;
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        for (i, child) in get(schema, key).and_then(Value::as_sequence).into_iter().flatten().enumerate() {
            find_inline_enums(child, &format!("{pointer}/{key}/{i}"))?;
        }
    }
    Ok(())
}

/// The sources of the hand-written layer.
pub fn generate(spec: &Value) -> Result<Sdk, String> {
    let enums = open_enums(spec)?;
    Ok(Sdk {
        enums: enums_source(&enums),
        events: events_source(&enums)?,
        params: params_source(spec, &enums)?,
        identified: identified_source(spec),
        routes: routes_source(spec),
        error_codes: error_codes_source(spec)?,
    })
}

fn enums_source(enums: &[StringEnum]) -> String {
    let mut out = String::from("// @generated by build.rs from openapi.yaml. Do not edit.\n");
    for e in enums {
        out.push_str("\nopen_enum! {\n");
        out.push_str(&doc(&e.description, "    "));
        let _ = writeln!(out, "    {} {{", e.name);
        for (wire, variant, text) in &e.values {
            out.push_str(&doc(text, "        "));
            let _ = writeln!(out, "        {variant} = {wire:?},");
        }
        out.push_str("    }\n}\n");
    }
    out.push_str("\n/// Every open enum generated from the spec, by schema name, with its documented values.\n#[doc(hidden)]\npub const GENERATED: &[(&str, &[&str])] = &[\n");
    for e in enums {
        let _ = writeln!(out, "    ({:?}, <{} as OpenEnum>::VALUES),", e.name, e.name);
    }
    out.push_str("];\n");
    out
}

fn events_source(enums: &[StringEnum]) -> Result<String, String> {
    let mut marked = enums.iter().filter(|e| e.payloads.is_some());
    let events = marked.next().ok_or("no schema is marked x-event-payloads (the webhook event names)")?;
    if let Some(other) = marked.next() {
        return Err(format!("both {} and {} are marked x-event-payloads", events.name, other.name));
    }
    let payloads = events.payloads.as_ref().expect("filtered on payloads");
    if let Some(name) = payloads.keys().find(|name| !events.values.iter().any(|(wire, _, _)| wire == *name)) {
        return Err(format!("#/components/schemas/{}/x-event-payloads: {name} is not one of its values", events.name));
    }
    let mut out = String::from("// @generated by build.rs from openapi.yaml. Do not edit.\n\nevents! {\n");
    for (wire, variant, text) in &events.values {
        let payload = payloads.get(wire).map_or("Payload", String::as_str);
        out.push_str(&doc(text, "    "));
        let _ = writeln!(out, "    {variant}({payload}) = {wire:?},");
    }
    out.push_str("}\n");
    Ok(out)
}

/// A field of a params struct: name on the wire, Rust name, type, setter argument, doc.
struct Field {
    wire: String,
    rust: String,
    ty: String,
    setter: String,
    doc: String,
}

fn field(spec: &Value, enums: &[StringEnum], wire: &str, schema: &Value, doc: String) -> Result<Field, String> {
    let enum_name = str_of(schema, "$ref")
        .map(|reference| reference.rsplit('/').next().unwrap_or(reference))
        .filter(|name| enums.iter().any(|e| e.name == *name));
    let (ty, setter) = if let Some(name) = enum_name {
        (format!("crate::types::{name}"), format!("impl Into<crate::types::{name}>"))
    } else if let Some(sdk_type) = str_of(resolve(spec, schema)?, "x-sdk-type") {
        // A named schema build.rs generates as another type (`x-sdk-type`): the same type here.
        match (sdk_type, super::sdk_type(sdk_type)) {
            ("String", _) => ("String".to_owned(), "impl Into<String>".to_owned()),
            (_, Some(rust)) => (rust.to_owned(), rust.to_owned()),
            (_, None) => return Err(format!("parameter {wire}: unknown x-sdk-type {sdk_type}")),
        }
    } else {
        let schema = resolve(spec, schema)?;
        match (str_of(schema, "type"), str_of(schema, "format")) {
            (Some("integer"), Some("int64")) => ("i64".to_owned(), "i64".to_owned()),
            (Some("integer"), Some("uint64")) => ("u64".to_owned(), "u64".to_owned()),
            (Some("integer"), Some("int32")) => ("i32".to_owned(), "i32".to_owned()),
            (Some("integer"), _) => ("u32".to_owned(), "u32".to_owned()),
            (Some("number"), _) => ("f64".to_owned(), "f64".to_owned()),
            (Some("boolean"), _) => ("bool".to_owned(), "bool".to_owned()),
            (Some("string"), _) => ("String".to_owned(), "impl Into<String>".to_owned()),
            (other, _) => return Err(format!("parameter {wire}: type {other:?} is not supported in params")),
        }
    };
    Ok(Field { wire: wire.to_owned(), rust: snake(wire), ty, setter, doc })
}

fn params_source(spec: &Value, enums: &[StringEnum]) -> Result<String, String> {
    let mut out = String::from("// @generated by build.rs from openapi.yaml. Do not edit.\n");
    for (path, item) in entries(get(spec, "paths")) {
        for (method, op) in entries(Some(item)) {
            let Some(id) = str_of(op, "operationId") else { continue };
            let mut fields = Vec::new();
            for parameter in get(op, "parameters").and_then(Value::as_sequence).into_iter().flatten() {
                let parameter = resolve(spec, parameter)?;
                if str_of(parameter, "in") != Some("query") {
                    continue;
                }
                let wire = str_of(parameter, "name").ok_or_else(|| format!("{id}: a parameter has no name"))?;
                let schema = get(parameter, "schema").ok_or_else(|| format!("{id}: parameter {wire} has no schema"))?;
                let text = str_of(parameter, "description").unwrap_or(wire).to_owned();
                fields.push(field(spec, enums, wire, schema, text)?);
            }
            let body_params = str_of(op, "x-sdk-params");
            let body_schema = match body_params {
                Some(_) => {
                    let schema = get(op, "requestBody")
                        .and_then(|b| get(b, "content"))
                        .and_then(|c| get(c, "application/json"))
                        .and_then(|j| get(j, "schema"))
                        .ok_or_else(|| format!("{id}: x-sdk-params needs a JSON request body"))?;
                    let name = str_of(schema, "$ref").and_then(|r| r.rsplit('/').next()).ok_or_else(|| {
                        format!("{id}: the request body of an x-sdk-params operation must be a named schema")
                    })?;
                    let resolved = resolve(spec, schema)?;
                    for (wire, property) in entries(get(resolved, "properties")) {
                        let text = str_of(resolve(spec, property)?, "description").unwrap_or(&wire).to_owned();
                        fields.push(field(spec, enums, &wire, property, text)?);
                    }
                    Some(name.to_owned())
                }
                None => None,
            };
            if fields.is_empty() {
                continue;
            }
            let name = match body_params {
                Some(name) => name.to_owned(),
                None => {
                    let (resource, verb) = id.rsplit_once('_').ok_or_else(|| format!("{id}: not <resource>_<verb>"))?;
                    format!("{}{}Params", pascal(verb), pascal(resource))
                }
            };
            let builder = pascal(id);
            let summary = str_of(op, "summary").unwrap_or(id);
            let method = method.to_uppercase();
            let _ = write!(
                out,
                "\n/// The parameters of `{method} {path}` ({summary}). Every field is optional; setters chain.\n\
                 #[derive(Debug, Clone, Default, PartialEq)]\n#[non_exhaustive]\npub struct {name} {{\n"
            );
            for f in &fields {
                out.push_str(&doc(&f.doc, "    "));
                let _ = writeln!(out, "    pub {}: Option<{}>,", f.rust, f.ty);
            }
            let _ = writeln!(out, "}}\n\nimpl {name} {{");
            for f in &fields {
                let value = if f.setter.starts_with("impl Into") { "value.into()" } else { "value" };
                let _ = write!(
                    out,
                    "    /// Sets `{wire}`.\n    pub fn {setter_name}(mut self, value: {setter}) -> Self {{\n        \
                     self.{rust} = Some({value});\n        self\n    }}\n\n",
                    wire = f.wire,
                    setter_name = f.rust.trim_start_matches("r#"),
                    setter = f.setter,
                    rust = f.rust,
                );
            }
            match &body_schema {
                None => {
                    let _ = write!(
                        out,
                        "    /// Forwards the fields that are set to the generated request.\n    \
                         pub(crate) fn apply<'a>(self, mut request: crate::raw::builder::{builder}<'a>) -> \
                         crate::raw::builder::{builder}<'a> {{\n"
                    );
                    for f in &fields {
                        let _ = writeln!(
                            out,
                            "        if let Some(value) = self.{rust} {{\n            request = request.{setter}(value);\n        }}",
                            rust = f.rust,
                            setter = f.rust.trim_start_matches("r#"),
                        );
                    }
                    out.push_str("        request\n    }\n}\n");
                }
                Some(body) => {
                    let _ = write!(
                        out,
                        "    /// The request body: the fields that are set, checked by the body's own type (a page \
                         of 0 is refused).\n    pub(crate) fn into_body(self) -> crate::Result<crate::types::{body}> {{\n        \
                         let mut body = serde_json::Map::new();\n"
                    );
                    for f in &fields {
                        let _ = writeln!(
                            out,
                            "        if let Some(value) = self.{rust} {{\n            \
                             body.insert({wire:?}.to_owned(), crate::params::to_json(&value)?);\n        }}",
                            rust = f.rust,
                            wire = f.wire,
                        );
                    }
                    out.push_str("        crate::params::from_json(body)\n    }\n}\n");
                }
            }
        }
    }
    Ok(out)
}

fn identified_source(spec: &Value) -> String {
    let mut out = String::from("// @generated by build.rs from openapi.yaml. Do not edit.\n");
    let schemas = get(spec, "components").and_then(|c| get(c, "schemas"));
    for (name, schema) in entries(schemas) {
        let required = get(schema, "required")
            .and_then(Value::as_sequence)
            .is_some_and(|r| r.iter().any(|v| v.as_str() == Some("_id")));
        let is_string =
            get(schema, "properties").and_then(|p| get(p, "_id")).and_then(|p| str_of(p, "type")) == Some("string");
        if required && is_string {
            let _ = writeln!(
                out,
                "\nimpl Identified for crate::types::{name} {{\n    fn item_id(&self) -> &str {{\n        &self.id\n    }}\n}}"
            );
        }
    }
    out
}

/// Each operation's path template (`/orders/{id}`), for telemetry that must never carry the ids of a raw path.
fn routes_source(spec: &Value) -> String {
    let mut out = String::from(
        "// @generated by build.rs from openapi.yaml. Do not edit.\n\n\
         /// The path template of an operation of the spec, by operationId.\n\
         pub(crate) fn route_template(operation_id: &str) -> Option<&'static str> {\n    match operation_id {\n",
    );
    for (path, item) in entries(get(spec, "paths")) {
        for (_, op) in entries(Some(item)) {
            if let Some(id) = str_of(op, "operationId") {
                let _ = writeln!(out, "        {id:?} => Some({path:?}),");
            }
        }
    }
    out.push_str("        _ => None,\n    }\n}\n");
    out
}

/// The error codes of `x-error-codes`, each with the status of the responses that carry it.
fn error_codes_source(spec: &Value) -> Result<String, String> {
    // The status each response component is answered with, from the operations that refer to it.
    let mut statuses: BTreeMap<String, String> = BTreeMap::new();
    for (_, item) in entries(get(spec, "paths")) {
        for (_, op) in entries(Some(item)) {
            for (status, response) in entries(get(op, "responses")) {
                if let Some(name) = str_of(response, "$ref").and_then(|r| r.strip_prefix("#/components/responses/")) {
                    if let Some(previous) = statuses.insert(name.to_owned(), status.clone()) {
                        if previous != status {
                            return Err(format!(
                                "#/components/responses/{name} is answered as {previous} and as {status}: its \
                                 x-error-codes would have two statuses"
                            ));
                        }
                    }
                }
            }
        }
    }
    let mut out = String::from("// @generated by build.rs from openapi.yaml. Do not edit.\n");
    let mut all = Vec::new();
    for (name, response) in entries(get(spec, "components").and_then(|c| get(c, "responses"))) {
        let codes = entries(get(response, "x-error-codes"));
        if codes.is_empty() {
            continue;
        }
        let status = statuses
            .get(&name)
            .ok_or_else(|| format!("#/components/responses/{name} has x-error-codes but no operation answers it"))?;
        for (code, text) in codes {
            let text = text
                .as_str()
                .ok_or_else(|| format!("#/components/responses/{name}/x-error-codes/{code}: not a text"))?;
            if !code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
                return Err(format!(
                    "#/components/responses/{name}/x-error-codes/{code}: not an UPPER_SNAKE_CASE code"
                ));
            }
            out.push('\n');
            out.push_str(&doc(&format!("`{status}`: {text}"), ""));
            let _ = writeln!(out, "pub const {code}: &str = {code:?};");
            all.push((status.clone(), code));
        }
    }
    out.push_str("\n/// Every code of the spec, with the status of the answers that carry it.\npub const ALL: &[(u16, &str)] = &[\n");
    for (status, code) in all {
        let _ = writeln!(out, "    ({status}, {code}),");
    }
    out.push_str("];\n");
    Ok(out)
}
