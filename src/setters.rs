//! What the generated builder setters convert with (see `codegen/setters.rs`): the values a nullable field takes,
//! and the check that a JSON object field is given an object.
//!
//! Every optional field's setter takes the value itself (`.description("An ebook")`, `.price(19.99)`), every
//! list any iterator of items (`.images(["a.png", "b.png"])`), and `metadata` a JSON object
//! (`.metadata(json!({"cart": "7"}))`). A field the spec marks nullable, which the API clears when it receives
//! `null`, also takes `None`:
//!
//! ```
//! use pocketsflow::types::UpdateProductParams;
//! let clear: UpdateProductParams = UpdateProductParams::builder().description(None).try_into().unwrap();
//! assert_eq!(serde_json::to_value(&clear).unwrap(), serde_json::json!({"description": null}));
//! let set: UpdateProductParams = UpdateProductParams::builder().description("New text").try_into().unwrap();
//! assert_eq!(serde_json::to_value(&set).unwrap(), serde_json::json!({"description": "New text"}));
//! let untouched: UpdateProductParams = UpdateProductParams::builder().try_into().unwrap();
//! assert_eq!(serde_json::to_value(&untouched).unwrap(), serde_json::json!({}));
//! ```

use serde::{Deserialize, Deserializer};

/// A value for a nullable field: the value itself, or `None` to send `null` (which clears the field).
///
/// Implemented for `Option<T>` (`Some` sets, `None` clears) and, for text fields, for `&str`, `String`, `&String`
/// and `Cow<str>`.
pub trait IntoNullable<T> {
    /// The field's new value; `None` is sent as `null`.
    fn into_nullable(self) -> Option<T>;
}

impl<T> IntoNullable<T> for Option<T> {
    fn into_nullable(self) -> Option<T> {
        self
    }
}

impl IntoNullable<String> for &str {
    fn into_nullable(self) -> Option<String> {
        Some(self.to_owned())
    }
}

impl IntoNullable<String> for String {
    fn into_nullable(self) -> Option<String> {
        Some(self)
    }
}

impl IntoNullable<String> for &String {
    fn into_nullable(self) -> Option<String> {
        Some(self.clone())
    }
}

impl IntoNullable<String> for std::borrow::Cow<'_, str> {
    fn into_nullable(self) -> Option<String> {
        Some(self.into_owned())
    }
}

/// Reads a nullable field that is present: `null` is `Some(None)`, a value `Some(Some(value))` (an absent field
/// is `None` by `#[serde(default)]`).
pub(crate) fn deserialize_nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// The object inside `value`, or an error naming what it is instead.
pub(crate) fn json_object(value: serde_json::Value) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    use serde_json::Value;
    let kind = match value {
        Value::Object(map) => return Ok(map),
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
    };
    Err(format!("a JSON object is expected, got {kind}"))
}
