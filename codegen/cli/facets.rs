//! What the CLI reads of a schema, whichever variant openapiv3 parsed it into.

use indexmap::IndexMap;
use openapiv3::{IntegerFormat, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};

use super::spec;

/// The properties of an object schema, as the model keeps them (in the document's order).
pub(super) type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// What the CLI reads of a schema, whichever variant openapiv3 parsed it into: a `type: string` beside an
/// `anyOf` is an `AnySchema` to the model, and still a string here.
#[derive(Default)]
pub(super) struct Facets<'a> {
    /// Its `type`.
    pub(super) typ: Option<&'a str>,
    /// The string values of its `enum`, when it has a (non-empty) one.
    pub(super) choices: Option<Vec<&'a str>>,
    pub(super) min_length: Option<usize>,
    pub(super) max_length: Option<usize>,
    /// Its `format`, for an integer.
    pub(super) format: Option<&'a str>,
    /// Its `minimum` and `maximum`, for an integer.
    pub(super) int_bounds: (Option<i64>, Option<i64>),
    /// Its `minimum` and `maximum`, for a number.
    pub(super) num_bounds: (Option<f64>, Option<f64>),
    /// Its (non-empty) `properties`.
    pub(super) properties: Option<&'a Properties>,
    pub(super) required: &'a [String],
    pub(super) items: Option<&'a ReferenceOr<Box<Schema>>>,
}

impl Facets<'_> {
    pub(super) fn is_scalar(&self) -> bool {
        matches!(self.typ, Some("string" | "number" | "integer" | "boolean"))
    }

    pub(super) fn is_object(&self) -> bool {
        self.typ == Some("object") || self.properties.is_some()
    }
}

pub(super) fn facets(schema: &Schema) -> Facets<'_> {
    fn choices<'a, T>(values: &'a [T], text: impl Fn(&'a T) -> Option<&'a str>) -> Option<Vec<&'a str>> {
        (!values.is_empty()).then(|| values.iter().filter_map(text).collect())
    }
    fn properties(properties: &Properties) -> Option<&Properties> {
        (!properties.is_empty()).then_some(properties)
    }
    let whole = |n: f64| (n.fract() == 0.0 && n >= i64::MIN as f64 && n <= i64::MAX as f64).then_some(n as i64);
    let facets = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => Facets {
            choices: choices(&s.enumeration, Option::as_deref),
            min_length: s.min_length,
            max_length: s.max_length,
            ..Facets::default()
        },
        SchemaKind::Type(Type::Integer(i)) => Facets {
            choices: choices(&i.enumeration, |_| None),
            format: match &i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32"),
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64"),
                VariantOrUnknownOrEmpty::Unknown(format) => Some(format),
                VariantOrUnknownOrEmpty::Empty => None,
            },
            int_bounds: (i.minimum, i.maximum),
            num_bounds: (i.minimum.map(|n| n as f64), i.maximum.map(|n| n as f64)),
            ..Facets::default()
        },
        SchemaKind::Type(Type::Number(n)) => Facets {
            choices: choices(&n.enumeration, |_| None),
            int_bounds: (n.minimum.and_then(whole), n.maximum.and_then(whole)),
            num_bounds: (n.minimum, n.maximum),
            ..Facets::default()
        },
        SchemaKind::Type(Type::Boolean(b)) => {
            Facets { choices: choices(&b.enumeration, |_| None), ..Facets::default() }
        }
        SchemaKind::Type(Type::Object(o)) => {
            Facets { properties: properties(&o.properties), required: &o.required, ..Facets::default() }
        }
        SchemaKind::Type(Type::Array(a)) => Facets { items: a.items.as_ref(), ..Facets::default() },
        SchemaKind::Any(any) => Facets {
            choices: choices(&any.enumeration, serde_json::Value::as_str),
            min_length: any.min_length,
            max_length: any.max_length,
            format: any.format.as_deref(),
            int_bounds: (any.minimum.and_then(whole), any.maximum.and_then(whole)),
            num_bounds: (any.minimum, any.maximum),
            properties: properties(&any.properties),
            required: &any.required,
            items: any.items.as_ref(),
            ..Facets::default()
        },
        SchemaKind::OneOf { .. } | SchemaKind::AllOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Not { .. } => {
            Facets::default()
        }
    };
    Facets { typ: spec::schema_type(schema), ..facets }
}
