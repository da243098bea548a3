//! Generates the CLI's commands from `openapi.yaml`, the SDK's single source of truth.
//!
//! Two files land in `OUT_DIR`:
//! - `operations.rs`: static tables (resources, operations, their path/query/body fields with types, enum
//!   values and help, the response shape and its columns, schema examples). `src/commands.rs` builds the clap
//!   command tree from them at run time, `src/input.rs` turns parsed flags into JSON by schema type, and
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
//! The YAML is walked as `serde_yaml::Value`, whose maps keep the document's order, so properties (and thus
//! flags and CSV columns) come in the order the spec writes them, whatever features serde_json has.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_yaml::Value;

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];
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

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let spec_path = Path::new(&manifest_dir).join("..").join("openapi.yaml");
    println!("cargo:rerun-if-changed={}", spec_path.display());
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let result = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))
        .and_then(|text| serde_yaml::from_str::<Value>(&text).map_err(|e| format!("openapi.yaml: {e}")))
        .and_then(|spec| Generator::new(&spec).run());
    match result {
        Ok((tables, dispatch)) => {
            for (name, code) in [("operations.rs", tables), ("dispatch.rs", dispatch)] {
                let path = Path::new(&out_dir).join(name);
                if let Err(e) = std::fs::write(&path, code) {
                    eprintln!("error: cannot write {}: {e}", path.display());
                    std::process::exit(1);
                }
            }
        }
        Err(message) => {
            eprintln!("error: generating the CLI from openapi.yaml: {message}");
            std::process::exit(1);
        }
    }
}

struct Generator<'a> {
    spec: &'a Value,
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
    kind: String,
    required: bool,
}

struct ResponseInfo {
    schema: String,
    shape: String,
    columns: Vec<String>,
    table_columns: Vec<String>,
}

struct Paging {
    in_body: bool,
    page_size: Option<String>,
}

fn s(value: &str) -> String {
    format!("{value:?}")
}

fn get<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    value.as_mapping().and_then(|m| m.get(key))
}

fn get_str<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    get(value, key).and_then(Value::as_str)
}

/// `mainProductIds` -> `main_product_ids`; `SubscriptionOffers` -> `subscription_offers`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.trim_start_matches('_').chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '-' || c == '.' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

fn kebab(name: &str) -> String {
    snake(name).replace('_', "-")
}

/// `list` -> `List`; `subscription_offers` -> `SubscriptionOffers`.
fn pascal(name: &str) -> String {
    snake(name)
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The singular of a plural field name, for a repeatable flag: `mainProductIds` -> `mainProductId`.
fn singular(name: &str) -> Option<String> {
    if let Some(stem) = name.strip_suffix("ies") {
        Some(format!("{stem}y"))
    } else if name.ends_with('s') && !name.ends_with("ss") {
        Some(name[..name.len() - 1].to_owned())
    } else {
        None
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_keyword(ident: &str) -> bool {
    matches!(
        ident,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
    )
}

fn ident(name: &str) -> String {
    if is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

impl<'a> Generator<'a> {
    fn new(spec: &'a Value) -> Self {
        Generator { spec }
    }

    /// Follows a local `$ref` (`#/components/...`), repeatedly.
    fn resolve(&self, value: &'a Value) -> &'a Value {
        let mut value = value;
        for _ in 0..16 {
            let Some(pointer) = get_str(value, "$ref").and_then(|r| r.strip_prefix("#/")) else { return value };
            let mut target = self.spec;
            for segment in pointer.split('/') {
                match get(target, segment) {
                    Some(next) => target = next,
                    None => return &Value::Null,
                }
            }
            value = target;
        }
        value
    }

    fn ref_name(value: &Value) -> Option<&str> {
        get_str(value, "$ref").and_then(|r| r.rsplit('/').next())
    }

    fn is_object(&self, schema: &Value) -> bool {
        let schema = self.resolve(schema);
        get_str(schema, "type") == Some("object") || get(schema, "properties").is_some()
    }

    fn is_scalar(&self, schema: &Value) -> bool {
        let schema = self.resolve(schema);
        matches!(get_str(schema, "type"), Some("string" | "number" | "integer" | "boolean"))
    }

    /// The Rust source of the `Kind` of a schema.
    fn kind(&self, schema: &Value) -> String {
        let schema = self.resolve(schema);
        if let Some(values) = get(schema, "enum").and_then(Value::as_sequence) {
            let names: Vec<String> = values.iter().filter_map(Value::as_str).map(s).collect();
            return format!("Kind::Choice(&[{}])", names.join(", "));
        }
        match get_str(schema, "type") {
            Some("string") => {
                let min = get(schema, "minLength").and_then(Value::as_u64).unwrap_or(0);
                let max = get(schema, "maxLength").and_then(Value::as_u64).unwrap_or(u64::MAX);
                format!("Kind::Text {{ min_len: {min}, max_len: {max} }}")
            }
            Some("boolean") => "Kind::Boolean".to_owned(),
            Some("integer") => {
                let format = get_str(schema, "format").unwrap_or("");
                let (mut min, max) = match format {
                    "uint32" => (0, i64::from(u32::MAX)),
                    "int32" => (i64::from(i32::MIN), i64::from(i32::MAX)),
                    "uint64" | "uint" => (0, i64::MAX),
                    _ => (i64::MIN, i64::MAX),
                };
                if let Some(minimum) = get(schema, "minimum").and_then(Value::as_i64) {
                    min = min.max(minimum);
                }
                let max = match get(schema, "maximum").and_then(Value::as_i64) {
                    Some(maximum) => max.min(maximum),
                    None => max,
                };
                format!("Kind::Integer {{ min: {min}, max: {max} }}")
            }
            Some("number") => {
                let bound = |key: &str| match get(schema, key).and_then(Value::as_f64) {
                    Some(value) => format!("Some({value:?})"),
                    None => "None".to_owned(),
                };
                format!("Kind::Number {{ min: {}, max: {} }}", bound("minimum"), bound("maximum"))
            }
            Some("array") => match get(schema, "items") {
                Some(items) => format!("Kind::List(&{})", self.kind(items)),
                None => "Kind::List(&Kind::Any)".to_owned(),
            },
            Some("object") => "Kind::Object".to_owned(),
            _ => "Kind::Any".to_owned(),
        }
    }

    fn field(&self, name: &str, schema: &Value, description: Option<&str>, required: bool, reserved: bool) -> Field {
        let resolved = self.resolve(schema);
        let is_list = get_str(resolved, "type") == Some("array");
        let (flag_name, alias) = match (is_list, singular(name)) {
            (true, Some(one)) => (kebab(&one), Some(kebab(name))),
            _ => (kebab(name), None),
        };
        let flag = if reserved && RESERVED_FLAGS.contains(&flag_name.as_str()) {
            format!("param-{flag_name}")
        } else {
            flag_name
        };
        let description = description
            .or_else(|| get_str(schema, "description"))
            .or_else(|| get_str(resolved, "description"))
            .map(one_line);
        let mut help = description.unwrap_or_default();
        if is_list {
            if !help.is_empty() {
                help.push(' ');
            }
            help.push_str("(repeat the flag for several)");
        }
        Field { name: name.to_owned(), flag, alias, help, kind: self.kind(schema), required }
    }

    fn parameters(&self, op: &'a Value) -> (Vec<Field>, Vec<Field>) {
        let mut path = Vec::new();
        let mut query = Vec::new();
        for param in get(op, "parameters").and_then(Value::as_sequence).into_iter().flatten() {
            let param = self.resolve(param);
            let (Some(name), Some(location)) = (get_str(param, "name"), get_str(param, "in")) else { continue };
            let schema = get(param, "schema").unwrap_or(&Value::Null);
            let required = get(param, "required").and_then(Value::as_bool).unwrap_or(false);
            let mut field = self.field(name, schema, get_str(param, "description"), required, true);
            match location {
                "path" => {
                    field.flag = snake(name).to_ascii_uppercase();
                    field.required = true;
                    path.push(field);
                }
                "query" => query.push(field),
                _ => {}
            }
        }
        (path, query)
    }

    fn body(&self, id: &str, op: &'a Value) -> Result<Option<BodyInfo>, String> {
        let Some(body) = get(op, "requestBody").map(|b| self.resolve(b)) else { return Ok(None) };
        let Some(schema) = get(body, "content").and_then(|c| get(c, "application/json")).and_then(|c| get(c, "schema"))
        else {
            return Err(format!("{id}: a request body must be application/json"));
        };
        let rust_type = match Self::ref_name(schema) {
            Some(name) => pascal_keep(name),
            None => format!("{}Body", pascal(id)),
        };
        let resolved = self.resolve(schema);
        let required: Vec<&str> = get(resolved, "required")
            .and_then(Value::as_sequence)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut fields = Vec::new();
        if let Some(properties) = get(resolved, "properties").and_then(Value::as_mapping) {
            for (name, property) in properties {
                let Some(name) = name.as_str() else { continue };
                fields.push(self.field(name, property, None, required.contains(&name), true));
            }
        }
        let example = get(resolved, "example").and_then(|e| serde_json::to_value(e).ok());
        Ok(Some(BodyInfo { rust_type, fields, example }))
    }

    /// Columns of a row schema: scalars by name, nested objects' scalars as `parent.child`, the rest whole.
    fn columns(&self, schema: &Value) -> (Vec<String>, Vec<String>) {
        let schema = self.resolve(schema);
        let mut columns = Vec::new();
        let mut table = Vec::new();
        for (name, property) in get(schema, "properties").and_then(Value::as_mapping).into_iter().flatten() {
            let Some(name) = name.as_str() else { continue };
            let resolved = self.resolve(property);
            if self.is_scalar(property) {
                columns.push(name.to_owned());
                table.push(name.to_owned());
            } else if self.is_object(property) && get(resolved, "properties").is_some() {
                for (child, _) in get(resolved, "properties").and_then(Value::as_mapping).into_iter().flatten() {
                    if let Some(child) = child.as_str() {
                        columns.push(format!("{name}.{child}"));
                    }
                }
            } else {
                columns.push(name.to_owned());
            }
        }
        (columns, table)
    }

    fn response(&self, id: &str, op: &'a Value) -> Result<ResponseInfo, String> {
        let schema = get(op, "responses")
            .and_then(Value::as_mapping)
            .and_then(|responses| {
                responses.iter().find(|(status, _)| {
                    status
                        .as_str()
                        .map(str::to_owned)
                        .or_else(|| status.as_u64().map(|n| n.to_string()))
                        .is_some_and(|s| s.starts_with('2'))
                })
            })
            .map(|(_, response)| self.resolve(response))
            .and_then(|r| get(r, "content"))
            .and_then(|c| get(c, "application/json"))
            .and_then(|c| get(c, "schema"));
        let Some(schema) = schema else {
            return Ok(ResponseInfo {
                schema: String::new(),
                shape: "Shape::Object".into(),
                columns: vec![],
                table_columns: vec![],
            });
        };
        let resolved = self.resolve(schema);
        if get_str(resolved, "type") == Some("array") {
            let items = get(resolved, "items").ok_or_else(|| format!("{id}: an array response needs items"))?;
            let (columns, table_columns) = self.columns(items);
            return Ok(ResponseInfo {
                schema: Self::ref_name(items).unwrap_or_default().to_owned(),
                shape: "Shape::List".into(),
                columns,
                table_columns,
            });
        }
        // A page: an envelope with arrays of objects (the items) beside other fields (the pagination), and no
        // scalar of its own. An object with scalars of its own is one object, whatever arrays of objects it holds
        // (a product and its `files`).
        let properties = get(resolved, "properties").and_then(Value::as_mapping);
        let envelope = !properties.into_iter().flatten().any(|(_, property)| self.is_scalar(property));
        let mut items = Vec::new();
        let mut row_schema = None;
        for (name, property) in properties.into_iter().flatten().filter(|_| envelope) {
            let property = self.resolve(property);
            if get_str(property, "type") != Some("array") {
                continue;
            }
            let Some(item) = get(property, "items") else { continue };
            if self.is_object(item) && get(self.resolve(item), "properties").is_some() {
                if let Some(name) = name.as_str() {
                    items.push(s(name));
                    row_schema.get_or_insert(item);
                }
            }
        }
        if let Some(row) = row_schema {
            let (columns, table_columns) = self.columns(row);
            return Ok(ResponseInfo {
                schema: Self::ref_name(row).unwrap_or_default().to_owned(),
                shape: format!("Shape::Page {{ items: &[{}] }}", items.join(", ")),
                columns,
                table_columns,
            });
        }
        let (columns, _) = self.columns(schema);
        Ok(ResponseInfo {
            schema: Self::ref_name(schema).unwrap_or_default().to_owned(),
            shape: "Shape::Object".into(),
            table_columns: columns.clone(),
            columns,
        })
    }

    fn operations(&self) -> Result<Vec<Op>, String> {
        let mut ops = Vec::new();
        let paths = get(self.spec, "paths").and_then(Value::as_mapping).ok_or("the spec has no paths")?;
        for (path, item) in paths {
            let path = path.as_str().ok_or("a path is not a string")?;
            for method in METHODS {
                let Some(op) = get(item, method) else { continue };
                let id = get_str(op, "operationId").ok_or_else(|| format!("{method} {path} has no operationId"))?;
                let tag = get(op, "tags")
                    .and_then(Value::as_sequence)
                    .and_then(|t| t.first())
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{id} has no tag"))?;
                let prefix = format!("{}_", snake(tag));
                let method_ident = id.strip_prefix(&prefix).ok_or_else(|| {
                    format!("operationId {id} does not start with {prefix} (its tag {tag} in snake_case)")
                })?;
                let (path_params, query_params) = self.parameters(op);
                let body = self.body(id, op)?;
                let response = self.response(id, op)?;
                let action = kebab(method_ident);
                let paged_by_query = query_params.iter().any(|q| q.name == "page" || q.name == "offset");
                let paged_by_body = body.as_ref().is_some_and(|b| b.fields.iter().any(|f| f.name == "page"));
                let paging = if method_ident == "list" && (paged_by_query || paged_by_body) {
                    let sizes: &[Field] =
                        if paged_by_body { body.as_ref().map_or(&[][..], |b| &b.fields) } else { &query_params };
                    Some(Paging {
                        in_body: paged_by_body,
                        page_size: sizes.iter().find(|f| f.name == "pageSize").map(|f| f.name.clone()),
                    })
                } else {
                    None
                };
                ops.push(Op {
                    id: id.to_owned(),
                    tag: tag.to_owned(),
                    method_ident: method_ident.to_owned(),
                    action,
                    http_method: method.to_ascii_uppercase(),
                    path: path.to_owned(),
                    summary: get_str(op, "summary").map(one_line).unwrap_or_default(),
                    path_params,
                    query_params,
                    body,
                    sdk_params: get_str(op, "x-sdk-params").map(str::to_owned),
                    response,
                    paging,
                });
            }
        }
        Ok(ops)
    }

    /// Values seen in the examples of a resource's answers, to show realistic ids in its help.
    fn example_values(&self, ops: &[&Op]) -> BTreeMap<String, String> {
        let mut values = BTreeMap::new();
        for op in ops {
            let Some(example) = self.schema_example(&op.response.schema) else { continue };
            if let Some(map) = example.as_object() {
                for (key, value) in map {
                    if let Some(text) = value.as_str() {
                        values.entry(key.clone()).or_insert_with(|| text.to_owned());
                    }
                }
            }
        }
        values
    }

    fn schema_example(&self, name: &str) -> Option<serde_json::Value> {
        let schema = get(self.spec, "components").and_then(|c| get(c, "schemas")).and_then(|s| get(s, name))?;
        serde_json::to_value(get(schema, "example")?).ok()
    }

    fn example_line(&self, resource: &str, op: &Op, values: &BTreeMap<String, String>) -> String {
        let mut line = format!("pocketsflow {resource} {}", op.action);
        for param in &op.path_params {
            let key = if param.name == "id" { "_id" } else { param.name.as_str() };
            match values.get(key).or_else(|| values.get(&param.name)) {
                Some(value) => line.push_str(&format!(" {}", shell_quote(value))),
                None => line.push_str(&format!(" {}", param.flag)),
            }
        }
        if let Some(body) = &op.body {
            let example = body.example.as_ref().and_then(|e| e.as_object());
            for field in body.fields.iter().filter(|f| f.required) {
                let Some(value) = example.and_then(|e| e.get(&field.name)) else {
                    line.push_str(&format!(" --{} {}", field.flag, field.name.to_ascii_uppercase()));
                    continue;
                };
                match value {
                    serde_json::Value::Array(items) => {
                        for item in items {
                            line.push_str(&format!(" --{} {}", field.flag, shell_quote(&plain(item))));
                        }
                    }
                    other => line.push_str(&format!(" --{} {}", field.flag, shell_quote(&plain(other)))),
                }
            }
        }
        if op.paging.is_some() {
            line.push_str(" --all --output csv > export.csv");
        }
        line
    }

    fn run(&self) -> Result<(String, String), String> {
        let ops = self.operations()?;
        let tags: Vec<(String, String)> = get(self.spec, "tags")
            .and_then(Value::as_sequence)
            .map(|tags| {
                tags.iter()
                    .filter_map(|t| {
                        Some((
                            get_str(t, "name")?.to_owned(),
                            get_str(t, "description").map(one_line).unwrap_or_default(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut ordered_tags: Vec<(String, String)> = tags.clone();
        for op in &ops {
            if !ordered_tags.iter().any(|(t, _)| t == &op.tag) {
                ordered_tags.push((op.tag.clone(), String::new()));
            }
        }

        let mut tables = String::new();
        tables.push_str("// @generated by cli/build.rs from openapi.yaml. Do not edit.\n\n");
        let mut resources = String::new();
        for (tag, description) in &ordered_tags {
            let members: Vec<&Op> = ops.iter().filter(|op| &op.tag == tag).collect();
            if members.is_empty() {
                continue;
            }
            let name = kebab(tag);
            if FIXED_COMMANDS.contains(&name.as_str()) {
                return Err(format!("the tag {tag} would shadow the built-in command `{name}`"));
            }
            let values = self.example_values(&members);
            let examples: Vec<String> = members.iter().map(|op| s(&self.example_line(&name, op, &values))).collect();
            let _ = writeln!(
                resources,
                "    Resource {{ name: {}, about: {}, examples: &[{}] }},",
                s(&name),
                s(description),
                examples.join(", ")
            );
        }
        let _ = writeln!(tables, "/// Every resource (a tag of the spec), in the spec's order.");
        let _ = writeln!(tables, "pub static RESOURCES: &[Resource] = &[\n{resources}];\n");

        let field_list = |fields: &[Field]| -> String {
            let items: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "Field {{ name: {}, flag: {}, alias: {}, help: {}, kind: {}, required: {} }}",
                        s(&f.name),
                        s(&f.flag),
                        f.alias.as_ref().map_or("None".to_owned(), |a| format!("Some({})", s(a))),
                        s(&f.help),
                        f.kind,
                        f.required
                    )
                })
                .collect();
            format!("&[{}]", items.join(", "))
        };
        let str_list = |items: &[String]| -> String {
            format!("&[{}]", items.iter().map(|i| s(i)).collect::<Vec<_>>().join(", "))
        };

        let _ = writeln!(tables, "/// Every operation of the spec, in the spec's order.");
        let _ = writeln!(tables, "pub static OPERATIONS: &[Operation] = &[");
        for op in &ops {
            let body = match &op.body {
                Some(body) => {
                    format!("Some(Body {{ schema: {}, fields: {} }})", s(&body.rust_type), field_list(&body.fields))
                }
                None => "None".to_owned(),
            };
            let paging = match &op.paging {
                Some(p) => format!(
                    "Some(Paging {{ in_body: {}, page_size: {} }})",
                    p.in_body,
                    p.page_size.as_ref().map_or("None".to_owned(), |n| format!("Some({})", s(n)))
                ),
                None => "None".to_owned(),
            };
            let _ = writeln!(
                tables,
                "    Operation {{ id: {}, resource: {}, action: {}, method: {}, path: {}, summary: {}, \
                 path_params: {}, query_params: {}, body: {}, response: Response {{ schema: {}, shape: {}, \
                 columns: {}, table_columns: {} }}, paging: {} }},",
                s(&op.id),
                s(&kebab(&op.tag)),
                s(&op.action),
                s(&op.http_method),
                s(&op.path),
                s(&op.summary),
                field_list(&op.path_params),
                field_list(&op.query_params),
                body,
                s(&op.response.schema),
                op.response.shape,
                str_list(&op.response.columns),
                str_list(&op.response.table_columns),
                paging,
            );
        }
        let _ = writeln!(tables, "];\n");

        // Schema examples (for `trigger`'s realistic bodies) and the webhook event names.
        let _ = writeln!(tables, "/// The `example` of every schema that has one, as JSON text.");
        let _ = writeln!(tables, "pub static EXAMPLES: &[(&str, &str)] = &[");
        if let Some(schemas) = get(self.spec, "components").and_then(|c| get(c, "schemas")).and_then(Value::as_mapping)
        {
            for (name, schema) in schemas {
                let (Some(name), Some(example)) = (name.as_str(), get(schema, "example")) else { continue };
                let json = serde_json::to_string(example).map_err(|e| format!("example of {name}: {e}"))?;
                let _ = writeln!(tables, "    ({}, {}),", s(name), s(&json));
            }
        }
        let _ = writeln!(tables, "];\n");
        let events: Vec<String> = get(self.spec, "components")
            .and_then(|c| get(c, "schemas"))
            .and_then(|s| get(s, "WebhookEvent"))
            .and_then(|e| get(e, "enum"))
            .and_then(Value::as_sequence)
            .map(|values| values.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        let _ = writeln!(tables, "/// The event names the spec lists (`WebhookEvent`).");
        let _ = writeln!(tables, "pub static WEBHOOK_EVENTS: &[&str] = {};", str_list(&events));

        Ok((tables, self.dispatch(&ops)))
    }

    fn dispatch(&self, ops: &[Op]) -> String {
        let mut out = String::new();
        out.push_str("// @generated by cli/build.rs from openapi.yaml. Do not edit.\n\n");
        // The SDK's params structs (query filters, or a body marked `x-sdk-params`), filled field by field so
        // that each value is converted to whatever type the SDK gives the field.
        for op in ops.iter().filter(|op| !op.query_params.is_empty() || op.sdk_params.is_some()) {
            let name = match &op.sdk_params {
                Some(name) => name.clone(),
                None => {
                    let (resource, verb) = op.id.rsplit_once('_').unwrap_or((&op.id, "list"));
                    format!("{}{}Params", pascal(verb), pascal(resource))
                }
            };
            let rust_type = format!("pocketsflow::types::{name}");
            let _ = writeln!(out, "/// The parameters of `{}`, from the flags.", op.id);
            let _ = writeln!(out, "fn {}_params(input: &Input) -> Result<{rust_type}, CliError> {{", op.id);
            let _ = writeln!(out, "    let mut params = {rust_type}::default();");
            let body_fields = match (&op.sdk_params, &op.body) {
                (Some(_), Some(body)) => body.fields.as_slice(),
                _ => &[],
            };
            for (getter, field) in
                op.query_params.iter().map(|f| ("query", f)).chain(body_fields.iter().map(|f| ("body_field", f)))
            {
                let _ = writeln!(
                    out,
                    "    if let Some(value) = input.{getter}({}) {{ params.{} = convert({}, value)?; }}",
                    s(&field.name),
                    ident(&snake(&field.name)),
                    s(&field.flag)
                );
            }
            let _ = writeln!(out, "    Ok(params)\n}}\n");
        }

        let args = |op: &Op| -> String {
            let mut args: Vec<String> = (0..op.path_params.len()).map(|i| format!("input.path({i})")).collect();
            if !op.query_params.is_empty() || op.sdk_params.is_some() {
                args.push(format!("{}_params(input)?", op.id));
            } else if let Some(body) = &op.body {
                args.push(format!("input.body::<pocketsflow::types::{}>()?", body.rust_type));
            }
            args.join(", ")
        };

        out.push_str(
            "/// Runs one operation through the SDK's resource method of the same name; its answer as JSON.\n",
        );
        out.push_str(
            "pub(crate) async fn call(pf: &Pocketsflow, op: &Operation, input: &Input) -> Result<Value, CliError> {\n",
        );
        out.push_str("    match op.id {\n");
        for op in ops {
            let _ = writeln!(
                out,
                "        {} => to_json(pf.{}().{}({}).await?),",
                s(&op.id),
                snake(&op.tag),
                ident(&op.method_ident),
                args(op)
            );
        }
        out.push_str("        other => Err(CliError::internal(format!(\"no dispatch for {other}\"))),\n    }\n}\n\n");

        out.push_str("/// Every item of a paginated list, through the SDK's `list_all`, as a stream of JSON values.\n");
        out.push_str(
            "pub(crate) fn list_all(pf: &Pocketsflow, op: &Operation, input: &Input, prefetch: usize) \
             -> Result<Items, CliError> {\n",
        );
        out.push_str("    match op.id {\n");
        for op in ops.iter().filter(|op| op.paging.is_some()) {
            let _ = writeln!(
                out,
                "        {} => Ok(items(pf.{}().list_all({}).concurrency(prefetch))),",
                s(&op.id),
                snake(&op.tag),
                args(op)
            );
        }
        out.push_str("        other => Err(CliError::internal(format!(\"{other} is not paginated\"))),\n    }\n}\n");
        out
    }
}

/// A schema name as progenitor names its type: the name itself when it is already PascalCase.
fn pascal_keep(name: &str) -> String {
    if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !name.contains(['_', '-', '.']) {
        name.to_owned()
    } else {
        pascal(name)
    }
}

/// A JSON scalar as it is typed on a command line.
fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn shell_quote(value: &str) -> String {
    if !value.is_empty() && value.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c)) {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}
