//! From flags to JSON, by the spec's types: each flag's value parser (so that a bad value is clap's usage
//! error), and the [`Input`] of an operation (path arguments, query filters, body) that the generated dispatch
//! hands to the SDK.

use std::io::Read;

use clap::builder::{PossibleValuesParser, TypedValueParser, ValueParser};
use clap::ArgMatches;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::error::CliError;
use crate::operations::{Field, Kind, Operation};

/// The clap argument id of a field: unique within an operation whatever the names of its fields.
pub fn arg_id(location: &str, field: &Field) -> String {
    format!("{location}:{}", field.name)
}

/// The id of `--json-body`.
pub const JSON_BODY: &str = "json-body";
/// The id of `--all`.
pub const ALL: &str = "all";

/// A value parser that turns the text of a flag into the JSON value of its kind.
pub fn value_parser(kind: Kind) -> ValueParser {
    match kind {
        Kind::Choice(values) => ValueParser::new(PossibleValuesParser::new(values.iter().copied()).map(Value::String)),
        Kind::List(inner) => value_parser(*inner),
        other => ValueParser::new(move |text: &str| parse_value(other, text)),
    }
}

/// The JSON value of `text` for a scalar kind, or why not.
pub fn parse_value(kind: Kind, text: &str) -> Result<Value, String> {
    match kind {
        Kind::Text { min_len, max_len } => {
            let len = text.chars().count() as u64;
            match (len < min_len, len > max_len) {
                (true, _) if min_len == 1 => Err("must not be empty".to_owned()),
                (true, _) => Err(format!("expected at least {min_len} characters")),
                (_, true) => Err(format!("expected at most {max_len} characters")),
                _ => Ok(Value::String(text.to_owned())),
            }
        }
        Kind::Integer { min, max } => {
            let n: i64 = text.trim().parse().map_err(|_| "expected a whole number".to_owned())?;
            if n < min || n > max {
                return Err(format!("expected a whole number from {min} to {max}"));
            }
            Ok(Value::Number(n.into()))
        }
        Kind::Number { min, max } => {
            let n: f64 = text.trim().parse().map_err(|_| "expected a number".to_owned())?;
            if !n.is_finite() {
                return Err("expected a finite number".to_owned());
            }
            if min.is_some_and(|min| n < min) || max.is_some_and(|max| n > max) {
                return Err(match (min, max) {
                    (Some(min), Some(max)) => format!("expected a number from {min} to {max}"),
                    (Some(min), None) => format!("expected a number of at least {min}"),
                    (_, max) => format!("expected a number of at most {}", max.unwrap_or_default()),
                });
            }
            Number::from_f64(n).map(Value::Number).ok_or_else(|| "expected a finite number".to_owned())
        }
        Kind::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Ok(Value::Bool(true)),
            "false" | "no" | "0" => Ok(Value::Bool(false)),
            _ => Err("expected true or false".to_owned()),
        },
        Kind::Choice(values) => match values.contains(&text) {
            true => Ok(Value::String(text.to_owned())),
            false => Err(format!("expected one of {}", values.join(", "))),
        },
        Kind::Object => match serde_json::from_str::<Value>(text) {
            Ok(value @ Value::Object(_)) => Ok(value),
            _ => Err("expected a JSON object, e.g. '{\"key\": \"value\"}'".to_owned()),
        },
        Kind::Any => match serde_json::from_str::<Value>(text) {
            Ok(value @ (Value::Object(_) | Value::Array(_))) => Ok(value),
            _ => Ok(Value::String(text.to_owned())),
        },
        Kind::List(inner) => parse_value(*inner, text),
    }
}

/// The arguments of one operation, as JSON, ready for the SDK.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Path parameters, in order.
    pub path: Vec<String>,
    /// Query filters given, by wire name.
    pub query: Map<String, Value>,
    /// The body, for operations that take one (an empty object when nothing was given).
    pub body: Option<Map<String, Value>>,
}

impl Input {
    /// Reads the flags of `op` from its matches; `stdin` is read for `--json-body -`.
    pub fn from_matches(op: &Operation, matches: &ArgMatches) -> Result<Input, CliError> {
        let mut input = Input::default();
        for field in op.path_params {
            let value = match matches.get_one::<Value>(&arg_id("path", field)) {
                Some(Value::String(text)) => text.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            input.path.push(value);
        }
        for field in op.query_params {
            if let Some(value) = field_value(matches, &arg_id("query", field), field.kind) {
                input.query.insert(field.name.to_owned(), value);
            }
        }
        if let Some(body) = op.body {
            let mut map = match matches.get_one::<String>(JSON_BODY) {
                Some(source) => read_json_body(source, op)?,
                None => Map::new(),
            };
            for field in body.fields {
                if let Some(value) = field_value(matches, &arg_id("body", field), field.kind) {
                    map.insert(field.name.to_owned(), value);
                }
            }
            input.body = Some(map);
        }
        Ok(input)
    }

    /// The `i`-th path argument.
    pub fn path(&self, i: usize) -> &str {
        self.path.get(i).map(String::as_str).unwrap_or_default()
    }

    /// A query filter, when given.
    pub fn query(&self, name: &str) -> Option<&Value> {
        self.query.get(name)
    }

    /// A body field, when given.
    pub fn body_field(&self, name: &str) -> Option<&Value> {
        self.body.as_ref()?.get(name)
    }

    /// The body as the SDK's params type; a body the type refuses is a usage error.
    pub fn body<T: DeserializeOwned>(&self) -> Result<T, CliError> {
        let body = Value::Object(self.body.clone().unwrap_or_default());
        serde_json::from_value(body).map_err(|e| CliError::usage(format!("invalid request body: {e}")))
    }

    /// Sets a paging field (in the query or the body) unless the user gave it.
    pub fn default_field(&mut self, in_body: bool, name: &str, value: Value) {
        let target = if in_body { self.body.get_or_insert_with(Map::new) } else { &mut self.query };
        target.entry(name.to_owned()).or_insert(value);
    }

    /// Sets a paging field (in the query or the body), whatever the user gave.
    pub fn set_field(&mut self, in_body: bool, name: &str, value: Value) {
        let target = if in_body { self.body.get_or_insert_with(Map::new) } else { &mut self.query };
        target.insert(name.to_owned(), value);
    }
}

/// The JSON value of a flag, when given: a list for list kinds.
fn field_value(matches: &ArgMatches, id: &str, kind: Kind) -> Option<Value> {
    match kind {
        Kind::List(_) => {
            let values: Vec<Value> = matches.get_many::<Value>(id)?.cloned().collect();
            Some(Value::Array(values))
        }
        _ => matches.get_one::<Value>(id).cloned(),
    }
}

/// Reads `--json-body FILE` (or `-`, stdin): a JSON object whose fields are all the body's.
fn read_json_body(source: &str, op: &Operation) -> Result<Map<String, Value>, CliError> {
    let text = if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::usage(format!("--json-body -: cannot read stdin: {e}")))?;
        text
    } else {
        std::fs::read_to_string(source).map_err(|e| CliError::usage(format!("--json-body {source}: {e}")))?
    };
    let map = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(CliError::usage(format!("--json-body {source}: expected a JSON object"))),
        Err(e) => return Err(CliError::usage(format!("--json-body {source}: not JSON: {e}"))),
    };
    // A field the SDK's type does not know would be dropped without a word: refuse it instead.
    if let Some(body) = op.body {
        let unknown: Vec<&String> = map.keys().filter(|k| !body.fields.iter().any(|f| f.name == k.as_str())).collect();
        if !unknown.is_empty() {
            let known: Vec<&str> = body.fields.iter().map(|f| f.name).collect();
            return Err(CliError::usage(format!(
                "--json-body {source}: unknown field{} {} for {} (known: {})",
                if unknown.len() > 1 { "s" } else { "" },
                unknown.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "),
                body.schema,
                known.join(", ")
            )));
        }
    }
    Ok(map)
}

/// A flag's JSON value as the type the SDK wants for it; a value it refuses is a usage error naming the flag.
pub fn convert<T: DeserializeOwned>(flag: &str, value: &Value) -> Result<T, CliError> {
    serde_json::from_value(value.clone()).map_err(|e| CliError::usage(format!("invalid value for --{flag}: {e}")))
}

/// An answer of the SDK, as JSON.
pub fn to_json<T: Serialize>(value: T) -> Result<Value, CliError> {
    serde_json::to_value(value).map_err(|e| CliError::internal(format!("cannot encode the answer: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_become_json_of_their_kind() {
        let money = Kind::Number { min: Some(0.0), max: None };
        assert_eq!(parse_value(money, "99.99"), Ok(serde_json::json!(99.99)));
        assert!(parse_value(money, "-1").is_err());
        assert!(parse_value(Kind::Number { min: None, max: None }, "NaN").is_err());
        assert!(parse_value(Kind::Number { min: None, max: None }, "inf").is_err());
        assert!(parse_value(Kind::Number { min: None, max: Some(100.0) }, "100.5").is_err());
        let name = Kind::Text { min_len: 1, max_len: 3 };
        assert_eq!(parse_value(name, "abc"), Ok(serde_json::json!("abc")));
        assert_eq!(parse_value(name, ""), Err("must not be empty".to_owned()));
        assert!(parse_value(name, "abcd").is_err());
        assert_eq!(parse_value(Kind::Integer { min: 1, max: 10 }, "3"), Ok(serde_json::json!(3)));
        assert!(parse_value(Kind::Integer { min: 1, max: 10 }, "0").is_err());
        assert!(parse_value(Kind::Integer { min: 1, max: 10 }, "1.5").is_err());
        assert_eq!(parse_value(Kind::Boolean, "false"), Ok(Value::Bool(false)));
        assert!(parse_value(Kind::Boolean, "maybe").is_err());
        assert!(parse_value(Kind::Choice(&["a", "b"]), "c").is_err());
        assert_eq!(parse_value(Kind::Object, r#"{"a":1}"#), Ok(serde_json::json!({"a": 1})));
        assert!(parse_value(Kind::Object, "[1]").is_err());
        assert_eq!(parse_value(Kind::Any, "https://x"), Ok(serde_json::json!("https://x")));
        assert_eq!(parse_value(Kind::Any, r#"{"k":"v"}"#), Ok(serde_json::json!({"k": "v"})));
        assert_eq!(parse_value(Kind::Any, "42"), Ok(serde_json::json!("42")));
    }
}
