//! The CLI's commands, generated from openapi.yaml: `cli/build.rs` writes `files` to the CLI's `OUT_DIR`, and
//! `cargo xtask regen` snapshots them for review (`xtask/snapshots/cli_*.rs`).
//!
//! Two files:
//! - `operations.rs`: static tables (resources, operations, their path/query/body fields with types, enum
//!   values and help, the response shape and its columns, schema examples). The CLI's `src/commands.rs` builds
//!   the clap command tree from them at run time, `src/input.rs` turns parsed flags into JSON by schema type, and
//!   `src/output.rs` lays out the answers.
//! - `dispatch.rs`: one match arm per operation calling the SDK's resource method of the same name
//!   (`products_create` -> `pf.products().create(body)`), with the body deserialized into the SDK's params type
//!   (`pocketsflow::types::CreateProductParams`) and query filters set field by field on the SDK's
//!   `List...Params` struct, and `list_all` for every paginated list.
//!
//! A new operation in the spec therefore becomes a command with no hand-written CLI code. The only conventions
//! relied on are the SDK's own: operation ids are `<tag in snake_case>_<method>`, a resource method takes its
//! path parameters in order, then its query filters as `<Method><Tag>Params`, then its body.
//!
//! The spec comes from the generators' one reader (`codegen/spec.rs`: properties, and thus flags and CSV columns,
//! come in the order the spec writes them), and names become flags and identifiers by the one naming module
//! (`codegen/naming.rs`). This module gathers each operation's model; `facets` reads a schema whatever variant
//! the typed model parsed it into; `emit` writes the two files as tokens (`quote!`).

mod emit;
mod facets;

use openapiv3::{ParameterData, ParameterSchemaOrContent, Schema};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::naming::{self, kebab, pascal, singular, snake};
use super::paging::{self, Paging};
use super::spec::{self, Spec};
use emit::one_line;
use facets::facets;

/// Flags every command has (see `src/commands.rs`): a spec field whose flag would clash gets a prefix.
const RESERVED_FLAGS: &[&str] = &[
    "api-key",
    "base-url",
    "profile",
    "config",
    "output",
    "verbose",
    "timeout",
    "max-retries",
    "rate-limit",
    "json-body",
    "all",
    "help",
    "version",
];
/// Names of the hand-written commands: a tag with one of these names cannot become a resource command.
const FIXED_COMMANDS: &[&str] = &["config", "mock", "listen", "trigger", "completions", "help"];

/// The first line of both generated files.
pub const GENERATED: &str = "// @generated from openapi.yaml by codegen/cli (cli/build.rs). Do not edit.\n";

/// Every file `cli/build.rs` writes to the CLI's `OUT_DIR`, by name, as tokens.
pub fn files(spec: &Spec) -> Result<Vec<(&'static str, TokenStream)>, String> {
    let (tables, dispatch) = Generator { spec }.run()?;
    Ok(vec![("operations.rs", tables), ("dispatch.rs", dispatch)])
}

struct Generator<'a> {
    spec: &'a Spec,
}

/// One operation, as gathered from the spec.
struct Op {
    id: String,
    tag: String,
    method_ident: String,
    action: String,
    http_method: String,
    path: String,
    summary: String,
    path_params: Vec<Field>,
    query_params: Vec<Field>,
    body: Option<BodyInfo>,
    /// `x-sdk-params`: the SDK takes the body's fields as this params struct (a list filtered by a body).
    sdk_params: Option<String>,
    response: ResponseInfo,
    /// Its `x-sdk-paging`: `--all` streams it through the SDK's `list_all`.
    paging: Option<Paging>,
}

struct BodyInfo {
    rust_type: String,
    fields: Vec<Field>,
    example: Option<serde_json::Value>,
}

struct Field {
    name: String,
    flag: String,
    alias: Option<String>,
    help: String,
    /// The `Kind` of the field, as tokens.
    kind: TokenStream,
    required: bool,
}

/// Where an answer holds its rows (the generated `Shape`).
enum Shape {
    Object,
    List,
    Page { items: Vec<String> },
}

struct ResponseInfo {
    schema: String,
    shape: Shape,
    columns: Vec<String>,
    table_columns: Vec<String>,
}

impl Generator<'_> {
    /// The `Kind` of a schema, as tokens.
    fn kind(&self, schema: &Schema) -> Result<TokenStream, String> {
        let f = facets(schema);
        if let Some(choices) = &f.choices {
            return Ok(quote!(Kind::Choice(&[#(#choices),*])));
        }
        Ok(match f.typ {
            Some("string") => {
                let min = Literal::u64_unsuffixed(f.min_length.map_or(0, |n| n as u64));
                let max = Literal::u64_unsuffixed(f.max_length.map_or(u64::MAX, |n| n as u64));
                quote!(Kind::Text { min_len: #min, max_len: #max })
            }
            Some("boolean") => quote!(Kind::Boolean),
            Some("integer") => {
                let (mut min, max) = match f.format.unwrap_or("") {
                    "uint32" => (0, i64::from(u32::MAX)),
                    "int32" => (i64::from(i32::MIN), i64::from(i32::MAX)),
                    "uint64" | "uint" => (0, i64::MAX),
                    _ => (i64::MIN, i64::MAX),
                };
                let (minimum, maximum) = f.int_bounds;
                if let Some(minimum) = minimum {
                    min = min.max(minimum);
                }
                let max = match maximum {
                    Some(maximum) => max.min(maximum),
                    None => max,
                };
                let (min, max) = (Literal::i64_unsuffixed(min), Literal::i64_unsuffixed(max));
                quote!(Kind::Integer { min: #min, max: #max })
            }
            Some("number") => {
                let bound = |value: Option<f64>| match value {
                    Some(value) => {
                        let value = Literal::f64_unsuffixed(value);
                        quote!(Some(#value))
                    }
                    None => quote!(None),
                };
                let (min, max) = (bound(f.num_bounds.0), bound(f.num_bounds.1));
                quote!(Kind::Number { min: #min, max: #max })
            }
            Some("array") => match f.items {
                Some(items) => {
                    let item = self.kind(self.spec.resolve_boxed(items)?)?;
                    quote!(Kind::List(&#item))
                }
                None => quote!(Kind::List(&Kind::Any)),
            },
            Some("object") => quote!(Kind::Object),
            _ => quote!(Kind::Any),
        })
    }

    /// A field of the schema `schema` (resolved; `None` for a parameter without one).
    fn field(
        &self,
        name: &str,
        schema: Option<&Schema>,
        description: Option<&str>,
        required: bool,
    ) -> Result<Field, String> {
        let is_list = schema.is_some_and(|s| facets(s).typ == Some("array"));
        let (flag_name, alias) = match (is_list, singular(name)) {
            (true, Some(one)) => (kebab(&one), Some(kebab(name))),
            _ => (kebab(name), None),
        };
        let flag = if RESERVED_FLAGS.contains(&flag_name.as_str()) { format!("param-{flag_name}") } else { flag_name };
        let description =
            description.or_else(|| schema.and_then(|s| s.schema_data.description.as_deref())).map(one_line);
        let mut help = description.unwrap_or_default();
        if is_list {
            if !help.is_empty() {
                help.push(' ');
            }
            help.push_str("(repeat the flag for several)");
        }
        let kind = match schema {
            Some(schema) => self.kind(schema)?,
            None => quote!(Kind::Any),
        };
        Ok(Field { name: name.to_owned(), flag, alias, help, kind, required })
    }

    fn parameter(&self, param: &ParameterData) -> Result<Field, String> {
        let schema = match &param.format {
            ParameterSchemaOrContent::Schema(schema) => Some(self.spec.resolve(schema)?),
            ParameterSchemaOrContent::Content(_) => None,
        };
        self.field(&param.name, schema, param.description.as_deref(), param.required)
    }

    /// The path parameters (positional, always required) and the query parameters of an operation.
    fn parameters(&self, op: &spec::Op<'_>) -> Result<(Vec<Field>, Vec<Field>), String> {
        let mut path = Vec::new();
        for param in self.spec.path_parameters(op)? {
            let mut field = self.parameter(param)?;
            field.flag = snake(&param.name).to_ascii_uppercase();
            field.required = true;
            path.push(field);
        }
        let query = self.spec.query_parameters(op)?.into_iter().map(|p| self.parameter(p)).collect::<Result<_, _>>()?;
        Ok((path, query))
    }

    fn body(&self, op: &spec::Op<'_>) -> Result<Option<BodyInfo>, String> {
        if self.spec.request_body(op)?.is_none() {
            return Ok(None);
        }
        let Some(schema) = self.spec.json_body(op)? else {
            return Err(format!("{}: a request body must be application/json", op.id));
        };
        let rust_type = match spec::schema_name(schema) {
            Some(name) => pascal(name),
            None => format!("{}Body", pascal(op.id)),
        };
        let resolved = self.spec.resolve(schema)?;
        let object = facets(resolved);
        let mut fields = Vec::new();
        for (name, property) in object.properties.into_iter().flatten() {
            let property = self.spec.resolve_boxed(property)?;
            fields.push(self.field(name, Some(property), None, object.required.contains(name))?);
        }
        Ok(Some(BodyInfo { rust_type, fields, example: resolved.schema_data.example.clone() }))
    }

    /// Columns of a row schema: scalars by name, nested objects' scalars as `parent.child`, the rest whole.
    fn columns(&self, schema: &Schema) -> Result<(Vec<String>, Vec<String>), String> {
        let mut columns = Vec::new();
        let mut table = Vec::new();
        for (name, property) in facets(schema).properties.into_iter().flatten() {
            let property = facets(self.spec.resolve_boxed(property)?);
            if property.is_scalar() {
                columns.push(name.to_owned());
                table.push(name.to_owned());
            } else if let (true, Some(children)) = (property.is_object(), property.properties) {
                columns.extend(children.keys().map(|child| format!("{name}.{child}")));
            } else {
                columns.push(name.to_owned());
            }
        }
        Ok((columns, table))
    }

    fn response(&self, op: &spec::Op<'_>) -> Result<ResponseInfo, String> {
        let Some(schema) = self.spec.success_schema(op)? else {
            return Ok(ResponseInfo {
                schema: String::new(),
                shape: Shape::Object,
                columns: vec![],
                table_columns: vec![],
            });
        };
        let resolved = self.spec.resolve(schema)?;
        let answer = facets(resolved);
        if answer.typ == Some("array") {
            let items = answer.items.ok_or_else(|| format!("{}: an array response needs items", op.id))?;
            let (columns, table_columns) = self.columns(self.spec.resolve_boxed(items)?)?;
            return Ok(ResponseInfo {
                schema: spec::schema_name(items).unwrap_or_default().to_owned(),
                shape: Shape::List,
                columns,
                table_columns,
            });
        }
        // A page: an envelope with arrays of objects (the items) beside other fields (the pagination), and no
        // scalar of its own. An object with scalars of its own is one object, whatever arrays of objects it holds
        // (a product and its `files`).
        let properties: Vec<(&String, &Schema)> = answer
            .properties
            .into_iter()
            .flatten()
            .map(|(name, property)| Ok((name, self.spec.resolve_boxed(property)?)))
            .collect::<Result<_, String>>()?;
        let envelope = !properties.iter().any(|(_, property)| facets(property).is_scalar());
        let mut items = Vec::new();
        let mut row_schema = None;
        for (name, property) in properties.into_iter().filter(|_| envelope) {
            let property = facets(property);
            if property.typ != Some("array") {
                continue;
            }
            let Some(item) = property.items else { continue };
            let row = facets(self.spec.resolve_boxed(item)?);
            if row.is_object() && row.properties.is_some() {
                items.push(name.clone());
                row_schema.get_or_insert(item);
            }
        }
        if let Some(row) = row_schema {
            let (columns, table_columns) = self.columns(self.spec.resolve_boxed(row)?)?;
            return Ok(ResponseInfo {
                schema: spec::schema_name(row).unwrap_or_default().to_owned(),
                shape: Shape::Page { items },
                columns,
                table_columns,
            });
        }
        let (columns, _) = self.columns(resolved)?;
        Ok(ResponseInfo {
            schema: spec::schema_name(schema).unwrap_or_default().to_owned(),
            shape: Shape::Object,
            table_columns: columns.clone(),
            columns,
        })
    }

    fn operations(&self) -> Result<Vec<Op>, String> {
        if let Some((method, path)) = self.spec.anonymous_operations().first() {
            return Err(format!("{method} {path} has no operationId"));
        }
        let mut ops = Vec::new();
        for op in self.spec.operations() {
            let id = op.id;
            let tag = op.tag()?;
            let (_, method_ident) = naming::resource_method(tag, id)?;
            let (path_params, query_params) = self.parameters(&op)?;
            let body = self.body(&op)?;
            let response = self.response(&op)?;
            let action = kebab(method_ident);
            let paging = paging::of(self.spec, &op)?;
            ops.push(Op {
                id: id.to_owned(),
                tag: tag.to_owned(),
                method_ident: method_ident.to_owned(),
                action,
                http_method: op.method.to_ascii_uppercase(),
                path: op.path.to_owned(),
                summary: op.op.summary.as_deref().map(one_line).unwrap_or_default(),
                path_params,
                query_params,
                body,
                sdk_params: spec::ext_str(&op.op.extensions, "x-sdk-params").map(str::to_owned),
                response,
                paging,
            });
        }
        Ok(ops)
    }
}
