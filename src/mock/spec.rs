//! The fake's request checks, read from openapi.yaml itself.
//!
//! The crate carries the spec (`include_str!`), read by the generators' own reader (`codegen/spec.rs`, one parse
//! into openapiv3's typed model, one `$ref` resolver); the first request compiles, once per process, a JSON Schema
//! validator for every parameter and request body of every operation, and the route layer runs each request
//! through its operation's validators before the route sees it. So the shape the fake accepts (required
//! fields, types, enums, lengths, bounds, list sizes, URL and email formats) is the spec's, and the two cannot
//! disagree. What a schema cannot say (an id that names no object, a code already used, an order already
//! refunded) stays in the routes.
//!
//! OpenAPI 3.0 schemas are JSON Schema draft 4 with a few additions; the one that changes validation,
//! `nullable: true`, is translated into a `null` alternative. Query and path values arrive as text and are read
//! as the type their schema gives (`page=2` is the integer 2) before they are checked.
//!
//! In strict mode (see [`super::MockServer::strict`]) every object is also closed: a field or query parameter
//! the spec does not name is refused too, which is how a client that sends something the spec does not know
//! is caught.

use std::collections::HashMap;
use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, ValidationError, Validator};
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Schema};
use serde_json::{Map, Value};

/// The one reader of OpenAPI documents, shared with the generators (`build.rs`, the CLI, `cargo xtask`).
#[path = "../../codegen/spec.rs"]
#[allow(dead_code)]
mod reader;

use reader::Spec;

/// openapi.yaml, as this crate was built with it.
const SPEC: &str = include_str!("../../openapi.yaml");
/// The control plane's own OpenAPI document (`/__mock`).
const CONTROL: &str = include_str!("control.yaml");

/// Which document a request is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Doc {
    /// openapi.yaml: the API.
    Api,
    /// control.yaml: the control plane.
    Control,
}

/// Every operation of the spec, by method and path template as the spec writes it (`/products/{id}`).
pub(crate) struct Contract {
    operations: HashMap<(String, String), Operation>,
}

/// What one operation accepts.
pub(crate) struct Operation {
    /// Its `operationId`.
    pub(crate) id: String,
    params: Vec<Param>,
    body: Option<BodyRule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Location {
    Path,
    Query,
}

/// The JSON type a parameter's text is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scalar {
    String,
    Integer,
    Number,
    Boolean,
}

struct Param {
    name: String,
    location: Location,
    required: bool,
    scalar: Scalar,
    validator: Validator,
}

struct BodyRule {
    required: bool,
    lenient: Validator,
    strict: Validator,
}

/// A request as the checks see it: path parameters (decoded), the raw query string, the raw body.
pub(crate) struct Incoming<'a> {
    pub(crate) path: &'a [(String, String)],
    pub(crate) query: Option<&'a str>,
    pub(crate) body: &'a [u8],
}

/// Why a request does not match its operation: one sentence per problem, each naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mismatch(pub(crate) Vec<String>);

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join("; "))
    }
}

/// At most this many problems are reported for one request.
const MAX_PROBLEMS: usize = 5;

/// The contract of the spec this crate carries, compiled on first use; an error says why the spec cannot be
/// read (it never happens with the spec the crate ships: a test builds it).
pub(crate) fn contract(doc: Doc) -> Result<&'static Contract, &'static str> {
    static CONTRACT: LazyLock<Result<Contract, String>> = LazyLock::new(|| Contract::from_yaml("openapi.yaml", SPEC));
    static CONTROL_CONTRACT: LazyLock<Result<Contract, String>> =
        LazyLock::new(|| Contract::from_yaml("control.yaml", CONTROL));
    match doc {
        Doc::Api => CONTRACT.as_ref().map_err(String::as_str),
        Doc::Control => CONTROL_CONTRACT.as_ref().map_err(String::as_str),
    }
}

impl Contract {
    /// Compiles the validators of every operation of `yaml`; `name` (a file name) begins every error.
    pub(crate) fn from_yaml(name: &str, yaml: &str) -> Result<Contract, String> {
        let spec = Spec::parse(name, yaml)?;
        if let Some((method, template)) = spec.anonymous_operations().first() {
            return Err(format!("{name}: {} {template}: no operationId", method.to_ascii_uppercase()));
        }
        let mut components = serde_json::to_value(&spec.api.components).map_err(|e| format!("{name}: {e}"))?;
        if components.is_null() {
            components = Value::Object(Map::new());
        }
        whole_numbers(&mut components);
        translate(&mut components);
        let mut closed = components.clone();
        close_objects(&mut closed);
        let compiler = Compiler { spec: &spec, lenient: &components, strict: &closed };
        let mut operations = HashMap::new();
        for op in spec.operations() {
            let at = |e: String| format!("{name}: {}: {e}", op.route());
            let mut params = Vec::new();
            for parameter in spec.parameters(&op).map_err(|e| format!("{name}: {e}"))? {
                if let Some(param) = compiler.param(parameter).map_err(at)? {
                    params.push(param);
                }
            }
            let body = match spec.request_body(&op).map_err(|e| format!("{name}: {e}"))? {
                Some(body) => Some(compiler.body(body).map_err(at)?),
                None => None,
            };
            let key = (op.method.to_ascii_uppercase(), op.path.to_owned());
            operations.insert(key, Operation { id: op.id.to_owned(), params, body });
        }
        Ok(Contract { operations })
    }

    /// The operation of `method` on the route `template`, if the spec has one.
    pub(crate) fn operation(&self, method: &str, template: &str) -> Option<&Operation> {
        self.operations.get(&(method.to_ascii_uppercase(), template.to_owned()))
    }

    /// How many operations the spec has.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.operations.len()
    }
}

struct Compiler<'a> {
    spec: &'a Spec,
    lenient: &'a Value,
    strict: &'a Value,
}

impl Compiler<'_> {
    /// A validator of `schema` (which may `$ref` the components), in lenient or strict form.
    fn validator(&self, schema: &ReferenceOr<Schema>, strict: bool) -> Result<Validator, String> {
        let mut root = serde_json::to_value(schema).map_err(|e| format!("a schema does not serialize: {e}"))?;
        whole_numbers(&mut root);
        translate(&mut root);
        if strict {
            close_objects(&mut root);
        }
        let mut root = match root {
            Value::Object(map) => map,
            other => return Err(format!("a schema is not an object: {other}")),
        };
        root.insert("components".into(), if strict { self.strict.clone() } else { self.lenient.clone() });
        jsonschema::options()
            .with_draft(Draft::Draft4)
            .should_validate_formats(true)
            .build(&Value::Object(root))
            .map_err(|e| format!("a schema does not compile: {e}"))
    }

    fn param(&self, parameter: &Parameter) -> Result<Option<Param>, String> {
        let (data, location) = match parameter {
            Parameter::Path { parameter_data, .. } => (parameter_data, Location::Path),
            Parameter::Query { parameter_data, .. } => (parameter_data, Location::Query),
            // Headers and cookies: the fake reads only the Authorization header, which security covers.
            Parameter::Header { .. } | Parameter::Cookie { .. } => return Ok(None),
        };
        let name = &data.name;
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            return Err(format!("parameter {name} has no schema"));
        };
        let scalar = match reader::schema_type(self.spec.resolve(schema)?) {
            Some("integer") => Scalar::Integer,
            Some("number") => Scalar::Number,
            Some("boolean") => Scalar::Boolean,
            Some("string") | None => Scalar::String,
            Some(other) => return Err(format!("parameter {name}: type {other} is not supported")),
        };
        Ok(Some(Param {
            name: name.clone(),
            location,
            required: location == Location::Path || data.required,
            scalar,
            validator: self.validator(schema, false)?,
        }))
    }

    fn body(&self, body: &RequestBody) -> Result<BodyRule, String> {
        let schema = body
            .content
            .get("application/json")
            .and_then(|media| media.schema.as_ref())
            .ok_or("the request body has no JSON schema")?;
        Ok(BodyRule {
            required: body.required,
            lenient: self.validator(schema, false)?,
            strict: self.validator(schema, true)?,
        })
    }
}

/// The typed model keeps the bounds and enum values of a `number` schema as `f64`s, which serialize as `0.0` where
/// the document writes `0`: a whole one is written back as an integer, so that the messages quote a bound as the
/// spec does (validation compares numbers by value either way). Examples and defaults stay as they are.
fn whole_numbers(value: &mut Value) {
    fn whole(value: &mut Value) {
        // Exact below 2^53.
        if let Some(f) = value.as_f64().filter(|f| value.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15) {
            *value = Value::from(f as i64);
        }
    }
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value) {
                    ("minimum" | "maximum" | "multipleOf", number @ Value::Number(_)) => whole(number),
                    ("enum", Value::Array(items)) => items.iter_mut().for_each(whole),
                    ("example" | "examples" | "default", _) => {}
                    (_, value) => whole_numbers(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// OpenAPI 3.0 to JSON Schema: `nullable: true` admits `null` (in `type` and in `enum`).
fn translate(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.remove("nullable") == Some(Value::Bool(true)) {
                if let Some(Value::String(kind)) = map.get("type").cloned() {
                    map.insert("type".into(), serde_json::json!([kind, "null"]));
                }
                if let Some(Value::Array(values)) = map.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            map.values_mut().for_each(translate);
        }
        Value::Array(items) => items.iter_mut().for_each(translate),
        _ => {}
    }
}

/// Strict mode: every object schema that names its properties and says nothing of others refuses others.
fn close_objects(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(close_objects);
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

impl Operation {
    /// Checks `request` against this operation; returns its JSON body (`None` when it has none), or why it
    /// does not match. `strict` refuses fields and query parameters the spec does not name.
    pub(crate) fn check(&self, request: &Incoming<'_>, strict: bool) -> Result<Option<Value>, Mismatch> {
        let mut problems = Vec::new();
        let query = request.query.map(query_pairs).unwrap_or_default();
        for param in &self.params {
            let given = match param.location {
                Location::Path => request.path.iter().find(|(k, _)| *k == param.name).map(|(_, v)| v.as_str()),
                Location::Query => query.iter().find(|(k, _)| *k == param.name).map(|(_, v)| v.as_str()),
            };
            let Some(text) = given else {
                if param.required {
                    problems.push(format!("`{}` is required", param.name));
                }
                continue;
            };
            match read_scalar(param.scalar, text) {
                Ok(value) => {
                    let errors = param.validator.iter_errors(&value);
                    problems.extend(errors.map(|e| describe(&e, Some(&param.name))));
                }
                Err(expected) => problems.push(format!("`{}` must be {expected}, got {text:?}", param.name)),
            }
        }
        if strict {
            for (name, _) in &query {
                if !self.params.iter().any(|p| p.location == Location::Query && p.name == *name) {
                    problems.push(format!("`{name}` is not a query parameter of {}", self.id));
                }
            }
        }
        let body = self.check_body(request.body, strict, &mut problems);
        problems.dedup();
        problems.truncate(MAX_PROBLEMS);
        if problems.is_empty() {
            Ok(body)
        } else {
            Err(Mismatch(problems))
        }
    }

    fn check_body(&self, body: &[u8], strict: bool, problems: &mut Vec<String>) -> Option<Value> {
        let rule = self.body.as_ref()?;
        if body.iter().all(u8::is_ascii_whitespace) {
            if rule.required {
                problems.push("Request body is required".to_owned());
            }
            return None;
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => {
                problems.push(format!("Malformed JSON: {e}"));
                return None;
            }
        };
        let validator = if strict { &rule.strict } else { &rule.lenient };
        problems.extend(validator.iter_errors(&value).map(|e| describe(&e, None)));
        Some(value)
    }
}

/// The pairs of a query string, names and values percent-decoded (`+` is a space).
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    let decode = |part: &str| {
        let spaced = part.replace('+', " ");
        percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
    };
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// A parameter's text as the JSON value its schema's type reads it as, or what it should have been.
fn read_scalar(scalar: Scalar, text: &str) -> Result<Value, &'static str> {
    match scalar {
        Scalar::String => Ok(Value::String(text.to_owned())),
        Scalar::Integer => {
            let digits = text.strip_prefix('-').unwrap_or(text);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err("an integer");
            }
            // Beyond 64 bits, still a number: the schema's bounds answer it.
            text.parse::<i64>()
                .map(Value::from)
                .or_else(|_| text.parse::<u64>().map(Value::from))
                .or_else(|_| text.parse::<f64>().map(Value::from))
                .map_err(|_| "an integer")
        }
        Scalar::Number => match text.parse::<f64>() {
            Ok(n) if n.is_finite() && !text.trim().is_empty() && text.trim() == text => Ok(Value::from(n)),
            _ => Err("a number"),
        },
        Scalar::Boolean => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err("true or false"),
        },
    }
}

/// `/events/0/name` (a JSON pointer) as the field a person reads: `events[0].name`.
fn field_name(pointer: &str, prefix: Option<&str>) -> String {
    let mut out = prefix.unwrap_or("").to_owned();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&segment);
        }
    }
    out
}

/// A value, shown briefly.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}...", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

/// One validation error as a sentence that names the field.
fn describe(error: &ValidationError<'_>, prefix: Option<&str>) -> String {
    let field = field_name(error.instance_path().as_str(), prefix);
    let got = shown(error.instance());
    let it = if field.is_empty() { "Request body".to_owned() } else { format!("`{field}`") };
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().map_or_else(|| property.to_string(), str::to_owned);
            let full = if field.is_empty() { name } else { format!("{field}.{name}") };
            format!("`{full}` is required")
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => article(&t.to_string()),
                TypeKind::Multiple(set) => set.iter().map(|t| article(&t.to_string())).collect::<Vec<_>>().join(" or "),
            };
            format!("{it} must be {expected}, got {got}")
        }
        ValidationErrorKind::Enum { options } => {
            let options = options
                .as_array()
                .map(|o| o.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned)).collect())
                .unwrap_or_else(|| vec![options.to_string()]);
            format!("{it} must be one of {}, got {got}", options.join(", "))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let names: Vec<String> = unexpected
                .iter()
                .map(|name| if field.is_empty() { format!("`{name}`") } else { format!("`{field}.{name}`") })
                .collect();
            format!(
                "{} not named by openapi.yaml (strict mode)",
                names.join(", ") + if names.len() == 1 { " is" } else { " are" }
            )
        }
        ValidationErrorKind::MinLength { limit: 1 } => format!("{it} must not be empty"),
        ValidationErrorKind::MinLength { limit } => format!("{it} must be at least {limit} characters long"),
        ValidationErrorKind::MaxLength { limit } => format!("{it} must be at most {limit} characters long"),
        ValidationErrorKind::MinItems { limit } => {
            format!("{it} must have at least {limit} item{}", if *limit == 1 { "" } else { "s" })
        }
        ValidationErrorKind::MaxItems { limit } => format!("{it} must have at most {limit} items"),
        ValidationErrorKind::Minimum { limit } => format!("{it} must be at least {limit}, got {got}"),
        ValidationErrorKind::Maximum { limit } => format!("{it} must be at most {limit}, got {got}"),
        ValidationErrorKind::ExclusiveMinimum { limit } => format!("{it} must be greater than {limit}, got {got}"),
        ValidationErrorKind::ExclusiveMaximum { limit } => format!("{it} must be less than {limit}, got {got}"),
        ValidationErrorKind::Format { format } => format!("{it} must be {}, got {got}", format_name(format)),
        ValidationErrorKind::Pattern { pattern } => format!("{it} must match the pattern {pattern}, got {got}"),
        // `anyOf` of formats (a date, or a date and time): "must be X or Y".
        ValidationErrorKind::AnyOf { context } => {
            let formats: Option<Vec<String>> = context
                .iter()
                .map(|branch| match branch.as_slice() {
                    [only] => match only.kind() {
                        ValidationErrorKind::Format { format } => Some(format_name(format)),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            match formats {
                Some(names) if !names.is_empty() => format!("{it} must be {}, got {got}", names.join(" or ")),
                _ => format!("{it}: {error}"),
            }
        }
        _ => format!("{it}: {error}"),
    }
}

/// A `format` as a reader knows it.
fn format_name(format: &str) -> String {
    match format {
        "uri" => "an absolute URI (https://...)".to_owned(),
        "email" => "an email address".to_owned(),
        "date" => "a date (YYYY-MM-DD)".to_owned(),
        "date-time" => "a date and time (RFC 3339)".to_owned(),
        other => format!("in the format {other}"),
    }
}

fn article(kind: &str) -> String {
    match kind {
        "object" | "array" | "integer" => format!("an {kind}"),
        "null" => "null".to_owned(),
        other => format!("a {other}"),
    }
}

#[cfg(test)]
mod tests;
