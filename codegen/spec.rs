//! The one reader of openapi.yaml: every generator (the SDK's `build.rs`, the CLI's `build.rs`, `cargo xtask`)
//! and the fake server's validator parse the document here, once, into one typed model
//! ([`openapiv3::OpenAPI`], whose maps keep the document's order), and follow a `$ref` with [`Spec::resolve`].
//!
//! A document that is not YAML is reported at its line and column; one that is not OpenAPI 3.0 at the JSON
//! pointer of the first value that does not fit.

use openapiv3::{
    Components, OpenAPI, Operation, Parameter, ParameterData, PathItem, ReferenceOr, RequestBody, Response, Schema,
};

/// The HTTP methods an operation can have, in the order a path item lists them.
pub const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// A parsed OpenAPI document.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The typed document.
    pub api: OpenAPI,
}

/// One operation, with where it lives.
pub struct Op<'a> {
    /// Lower-case HTTP method (`get`).
    pub method: &'static str,
    /// Path template as the spec writes it (`/orders/{id}`).
    pub path: &'a str,
    /// Its `operationId`.
    pub id: &'a str,
    /// The operation object.
    pub op: &'a Operation,
    /// The path item it belongs to (its parameters apply to the operation too).
    pub item: &'a PathItem,
}

impl<'a> Op<'a> {
    /// Its (first) tag: its resource.
    pub fn tag(&self) -> Result<&'a str, String> {
        self.op.tags.first().map(String::as_str).ok_or_else(|| format!("{} has no tag", self.id))
    }

    /// `GET /orders/{id}`.
    pub fn route(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }

    /// The JSON pointer of the operation (`/paths/~1orders~1{id}/get`).
    pub fn pointer(&self) -> String {
        format!("/paths/{}/{}", escape(self.path), self.method)
    }
}

/// A kind of component a `$ref` can name.
pub trait Component: Sized + 'static {
    /// The folder of `components` it lives in (`schemas`).
    const FOLDER: &'static str;
    /// The named components of that folder.
    fn named(components: &Components) -> &indexmap::IndexMap<String, ReferenceOr<Self>>;
}

macro_rules! component {
    ($type:ty, $folder:literal, $field:ident) => {
        impl Component for $type {
            const FOLDER: &'static str = $folder;
            fn named(components: &Components) -> &indexmap::IndexMap<String, ReferenceOr<Self>> {
                &components.$field
            }
        }
    };
}
component!(Schema, "schemas", schemas);
component!(Parameter, "parameters", parameters);
component!(Response, "responses", responses);
component!(RequestBody, "requestBodies", request_bodies);

impl Spec {
    /// Parses `text`; `name` (a file name) prefixes every error.
    pub fn parse(name: &str, text: &str) -> Result<Spec, String> {
        let tree: serde_norway::Value = serde_norway::from_str(text).map_err(|e| match e.location() {
            Some(at) => format!("{name}:{}:{}: not valid YAML: {e}", at.line(), at.column()),
            None => format!("{name}: not valid YAML: {e}"),
        })?;
        let api = serde_path_to_error::deserialize::<_, OpenAPI>(tree).map_err(|e| {
            let pointer: String = e.path().iter().map(|s| format!("/{}", escape(&s.to_string()))).collect();
            format!("{name}#{pointer}: not a valid OpenAPI 3.0 document: {}", e.inner())
        })?;
        Ok(Spec { api })
    }

    /// Every operation with an `operationId`, in document order.
    pub fn operations(&self) -> Vec<Op<'_>> {
        self.walk()
            .filter_map(|(method, path, op, item)| Some(Op { method, path, id: op.operation_id.as_deref()?, op, item }))
            .collect()
    }

    /// Every operation with no `operationId`, as `(method, path)`.
    pub fn anonymous_operations(&self) -> Vec<(&'static str, &str)> {
        self.walk()
            .filter(|(_, _, op, _)| op.operation_id.is_none())
            .map(|(method, path, _, _)| (method, path))
            .collect()
    }

    /// Every operation of every path item written in place, in document order: (method, path, operation, item).
    fn walk(&self) -> impl Iterator<Item = (&'static str, &str, &Operation, &PathItem)> {
        self.api.paths.paths.iter().filter_map(|(path, item)| Some((path.as_str(), item.as_item()?))).flat_map(
            |(path, item)| {
                let all = [
                    &item.get,
                    &item.put,
                    &item.post,
                    &item.delete,
                    &item.options,
                    &item.head,
                    &item.patch,
                    &item.trace,
                ];
                METHODS.iter().zip(all).filter_map(move |(method, op)| Some((*method, path, op.as_ref()?, item)))
            },
        )
    }

    /// The named components of one kind, in document order.
    pub fn components<T: Component>(&self) -> impl Iterator<Item = (&str, &ReferenceOr<T>)> {
        self.api.components.iter().flat_map(|c| T::named(c).iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// The named schemas that are written out (not themselves a `$ref`), in document order.
    pub fn schemas(&self) -> impl Iterator<Item = (&str, &Schema)> {
        self.components::<Schema>().filter_map(|(name, schema)| schema.as_item().map(|s| (name, s)))
    }

    /// Follows a `$ref` (to its end, if it names another `$ref`), or returns the item written in place.
    pub fn resolve<'a, T: Component>(&'a self, value: &'a ReferenceOr<T>) -> Result<&'a T, String> {
        let mut value = value;
        for _ in 0..16 {
            match value {
                ReferenceOr::Item(item) => return Ok(item),
                ReferenceOr::Reference { reference } => value = self.target(reference)?,
            }
        }
        Err("a $ref cycle".to_owned())
    }

    /// Follows a property's or an item's schema (which the model boxes).
    pub fn resolve_boxed<'a>(&'a self, value: &'a ReferenceOr<Box<Schema>>) -> Result<&'a Schema, String> {
        match value {
            ReferenceOr::Item(schema) => Ok(schema),
            ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?),
        }
    }

    /// The component a `$ref` names (which may itself be a `$ref`).
    fn target<T: Component>(&self, reference: &str) -> Result<&ReferenceOr<T>, String> {
        let name = ref_name::<T>(reference)?;
        let named = self.api.components.as_ref().and_then(|c| T::named(c).get(name));
        named.ok_or_else(|| format!("dangling $ref {reference}"))
    }

    /// The parameters of an operation, its path item's first, resolved (the variant says where it travels:
    /// `Parameter::Path`, `Parameter::Query`, ...; `parameter_data_ref()` gives its name and schema).
    pub fn parameters<'a>(&'a self, op: &Op<'a>) -> Result<Vec<&'a Parameter>, String> {
        op.item
            .parameters
            .iter()
            .chain(&op.op.parameters)
            .map(|p| self.resolve(p))
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{}: {e}", op.route()))
    }

    /// The query parameters of an operation, resolved.
    pub fn query_parameters<'a>(&'a self, op: &Op<'a>) -> Result<Vec<&'a ParameterData>, String> {
        let query = |p: &'a Parameter| match p {
            Parameter::Query { parameter_data, .. } => Some(parameter_data),
            _ => None,
        };
        Ok(self.parameters(op)?.into_iter().filter_map(query).collect())
    }

    /// The path parameters of an operation, resolved, in the order they are declared.
    pub fn path_parameters<'a>(&'a self, op: &Op<'a>) -> Result<Vec<&'a ParameterData>, String> {
        let path = |p: &'a Parameter| match p {
            Parameter::Path { parameter_data, .. } => Some(parameter_data),
            _ => None,
        };
        Ok(self.parameters(op)?.into_iter().filter_map(path).collect())
    }

    /// The request body of an operation, resolved, if it has one.
    pub fn request_body<'a>(&'a self, op: &Op<'a>) -> Result<Option<&'a RequestBody>, String> {
        op.op.request_body.as_ref().map(|b| self.resolve(b)).transpose().map_err(|e| format!("{}: {e}", op.route()))
    }

    /// The schema of an operation's JSON request body, as written (often a `$ref`).
    pub fn json_body<'a>(&'a self, op: &Op<'a>) -> Result<Option<&'a ReferenceOr<Schema>>, String> {
        Ok(self.request_body(op)?.and_then(|b| b.content.get("application/json")).and_then(|m| m.schema.as_ref()))
    }

    /// The schema of an operation's first success (2xx) JSON response, as written.
    pub fn success_schema<'a>(&'a self, op: &Op<'a>) -> Result<Option<&'a ReferenceOr<Schema>>, String> {
        for (status, response) in &op.op.responses.responses {
            if status.to_string().starts_with('2') {
                let response = self.resolve(response).map_err(|e| format!("{}: {e}", op.route()))?;
                return Ok(response.content.get("application/json").and_then(|m| m.schema.as_ref()));
            }
        }
        Ok(None)
    }
}

/// The name a `$ref` gives in its folder (`#/components/schemas/Order` -> `Order`), or an error when it points
/// elsewhere.
pub fn ref_name<T: Component>(reference: &str) -> Result<&str, String> {
    component_ref(reference)
        .filter(|(folder, _)| *folder == T::FOLDER)
        .map(|(_, name)| name)
        .ok_or_else(|| format!("$ref {reference} does not name one of #/components/{}", T::FOLDER))
}

/// The one rule of a `$ref`: `#/components/<folder>/<name>`, as (folder, name). Both views of the document
/// follow it: the typed model ([`Spec::resolve`]) and its JSON form ([`json::resolve`]).
fn component_ref(reference: &str) -> Option<(&str, &str)> {
    let (folder, name) = reference.strip_prefix("#/components/")?.split_once('/')?;
    (!name.contains('/')).then_some((folder, name))
}

/// The document's JSON form, for what reports JSON pointers into it (`cargo xtask`'s lint and API surface): the
/// same operations, in the same order, and the same `$ref` rule as the typed model, on `serde_json::Value`.
pub mod json {
    use serde_json::Value;

    use super::{component_ref, escape, METHODS};

    /// Every operation written in place, in document order: (its pointer, path, method, operation object).
    pub fn operations(doc: &Value) -> Vec<(String, String, String, &Value)> {
        let mut out = Vec::new();
        for (path, item) in doc.get("paths").and_then(Value::as_object).into_iter().flatten() {
            for method in METHODS {
                if let Some(op) = item.get(*method) {
                    out.push((format!("/paths/{}/{method}", escape(path)), path.clone(), method.to_string(), op));
                }
            }
        }
        out
    }

    /// Follows a `$ref` (to its end, if it names another `$ref`), or returns the value written in place; a
    /// dangling or cyclic `$ref` is `null`.
    pub fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
        let mut value = value;
        for _ in 0..16 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else { return value };
            let target =
                component_ref(reference).and_then(|(folder, name)| doc.get("components")?.get(folder)?.get(name));
            match target {
                Some(target) => value = target,
                None => return &Value::Null,
            }
        }
        &Value::Null
    }

    /// The schema of an operation's first success (2xx) JSON response, as written.
    pub fn success_schema(op: &Value) -> Option<&Value> {
        op.get("responses")?
            .as_object()?
            .iter()
            .find(|(status, _)| status.starts_with('2'))
            .and_then(|(_, response)| response.pointer("/content/application~1json/schema"))
    }
}

/// The name of the schema a `$ref` names, or `None` for a schema written in place (a property's or an item's,
/// boxed by the model, as well).
pub fn schema_name<S>(schema: &ReferenceOr<S>) -> Option<&str> {
    match schema {
        ReferenceOr::Reference { reference } => ref_name::<Schema>(reference).ok(),
        ReferenceOr::Item(_) => None,
    }
}

/// Whether a schema is an object with a required string `_id`: a model that pagination de-duplicates on (its
/// `Identified` impl is generated).
pub fn is_identified(schema: &Schema) -> bool {
    use openapiv3::{SchemaKind, Type};
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else { return false };
    let is_string = matches!(
        object.properties.get("_id"),
        Some(ReferenceOr::Item(s)) if matches!(s.schema_kind, SchemaKind::Type(Type::String(_)))
    );
    object.required.iter().any(|r| r == "_id") && is_string
}

/// The text of a string extension (`x-sdk-params`), if present.
pub fn ext_str<'a>(extensions: &'a indexmap::IndexMap<String, serde_json::Value>, key: &str) -> Option<&'a str> {
    extensions.get(key).and_then(serde_json::Value::as_str)
}

/// Escapes one JSON pointer segment.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The `type` of a schema, whichever variant the model parsed it into: a `type: string` written beside an
/// `anyOf` is an `AnySchema` to openapiv3, and still a string; a composition without a type has none.
pub fn schema_type(schema: &Schema) -> Option<&str> {
    use openapiv3::{SchemaKind, Type};
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => Some("string"),
        SchemaKind::Type(Type::Number(_)) => Some("number"),
        SchemaKind::Type(Type::Integer(_)) => Some("integer"),
        SchemaKind::Type(Type::Boolean(_)) => Some("boolean"),
        SchemaKind::Type(Type::Object(_)) => Some("object"),
        SchemaKind::Type(Type::Array(_)) => Some("array"),
        SchemaKind::Any(any) => any.typ.as_deref(),
        SchemaKind::OneOf { .. } | SchemaKind::AllOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Not { .. } => None,
    }
}
