//! The two files, as tokens: the static tables of `operations.rs` and the dispatch of `dispatch.rs`.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::facets::facets;
use super::naming::{self, kebab, snake};
use super::paging::By;
use super::{Field, Generator, Op, ResponseInfo, Shape, FIXED_COMMANDS};

pub(super) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Some("text")` or `None`, as tokens.
fn opt_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    }
}

/// A Rust path or type (`ListSubscriptionsParams`) as tokens.
fn rust_path(text: &str) -> Result<TokenStream, String> {
    text.parse().map_err(|e| format!("{text} is not a Rust path: {e}"))
}

impl Generator<'_> {
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

    /// The `example` of the named schema.
    fn schema_example(&self, name: &str) -> Option<&serde_json::Value> {
        self.spec.schemas().find(|(n, _)| *n == name).and_then(|(_, schema)| schema.schema_data.example.as_ref())
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

    pub(super) fn run(&self) -> Result<(TokenStream, TokenStream), String> {
        let ops = self.operations()?;
        let mut ordered_tags: Vec<(String, String)> = self
            .spec
            .api
            .tags
            .iter()
            .map(|t| {
                (
                    t.name.clone(),
                    t.description
                        .as_deref()
                        .map(|d| one_line(d.split("\n\n").next().unwrap_or_default()))
                        .unwrap_or_default(),
                )
            })
            .collect();
        for op in &ops {
            if !ordered_tags.iter().any(|(t, _)| t == &op.tag) {
                ordered_tags.push((op.tag.clone(), String::new()));
            }
        }

        let mut resources = Vec::new();
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
            let examples = members.iter().map(|op| self.example_line(&name, op, &values));
            resources.push(quote! {
                Resource { name: #name, about: #description, examples: &[#(#examples),*] }
            });
        }

        let operations = ops.iter().map(|op| {
            let Op { id, action, http_method, path, summary, response, .. } = op;
            let resource = kebab(&op.tag);
            let path_params = field_list(&op.path_params);
            let query_params = field_list(&op.query_params);
            let body = match &op.body {
                Some(body) => {
                    let schema = &body.rust_type;
                    let fields = field_list(&body.fields);
                    quote!(Some(Body { schema: #schema, fields: #fields }))
                }
                None => quote!(None),
            };
            let shape = match &response.shape {
                Shape::Object => quote!(Shape::Object),
                Shape::List => quote!(Shape::List),
                Shape::Page { items } => quote!(Shape::Page { items: &[#(#items),*] }),
            };
            let ResponseInfo { schema, columns, table_columns, .. } = response;
            let paging = match &op.paging {
                Some(p) => {
                    let (in_body, start, size) = (p.in_body, &p.start, &p.size);
                    let by_page = p.by == By::Page;
                    let pagination = opt_str(p.pagination.as_ref().map(|(name, _)| name.as_str()));
                    quote! {
                        Some(Paging {
                            in_body: #in_body,
                            start: #start,
                            by_page: #by_page,
                            size: #size,
                            pagination: #pagination
                        })
                    }
                }
                None => quote!(None),
            };
            quote! {
                Operation {
                    id: #id,
                    resource: #resource,
                    action: #action,
                    method: #http_method,
                    path: #path,
                    summary: #summary,
                    path_params: #path_params,
                    query_params: #query_params,
                    body: #body,
                    response: Response {
                        schema: #schema,
                        shape: #shape,
                        columns: &[#(#columns),*],
                        table_columns: &[#(#table_columns),*]
                    },
                    paging: #paging
                }
            }
        });

        // Schema examples (for `trigger`'s realistic bodies) and the webhook event names.
        let mut examples = Vec::new();
        for (name, schema) in self.spec.schemas() {
            let Some(example) = &schema.schema_data.example else { continue };
            let json = serde_json::to_string(example).map_err(|e| format!("example of {name}: {e}"))?;
            examples.push(quote!((#name, #json)));
        }
        let events: Vec<&str> = self
            .spec
            .schemas()
            .find(|(name, _)| *name == "WebhookEvent")
            .and_then(|(_, schema)| facets(schema).choices)
            .unwrap_or_default();

        let tables = quote! {
            /// Every resource (a tag of the spec), in the spec's order.
            pub static RESOURCES: &[Resource] = &[#(#resources),*];

            /// Every operation of the spec, in the spec's order.
            pub static OPERATIONS: &[Operation] = &[#(#operations),*];

            /// The `example` of every schema that has one, as JSON text.
            pub static EXAMPLES: &[(&str, &str)] = &[#(#examples),*];

            /// The event names the spec lists (`WebhookEvent`).
            pub static WEBHOOK_EVENTS: &[&str] = &[#(#events),*];
        };
        Ok((tables, self.dispatch(&ops)?))
    }

    fn dispatch(&self, ops: &[Op]) -> Result<TokenStream, String> {
        // The SDK's params structs (query filters, or a body marked `x-sdk-params`), filled field by field so
        // that each value is converted to whatever type the SDK gives the field.
        let mut params_fns = Vec::new();
        for op in ops.iter().filter(|op| !op.query_params.is_empty() || op.sdk_params.is_some()) {
            let name = match &op.sdk_params {
                Some(name) => name.clone(),
                None => naming::params_type(&op.tag, &op.id)?,
            };
            let rust_type = rust_path(&format!("pocketsflow::types::{name}"))?;
            let doc = format!(" The parameters of `{}`, from the flags.", op.id);
            let function = format_ident!("{}_params", op.id);
            let body_fields = match (&op.sdk_params, &op.body) {
                (Some(_), Some(body)) => body.fields.as_slice(),
                _ => &[],
            };
            let setters =
                op.query_params.iter().map(|f| ("query", f)).chain(body_fields.iter().map(|f| ("body_field", f)));
            let setters = setters.map(|(getter, field)| {
                let getter = format_ident!("{getter}");
                let (name, flag) = (&field.name, &field.flag);
                let member = format_ident!("{}", naming::field(name));
                quote! {
                    if let Some(value) = input.#getter(#name) { params.#member = convert(#flag, value)?; }
                }
            });
            params_fns.push(quote! {
                #[doc = #doc]
                fn #function(input: &Input) -> Result<#rust_type, CliError> {
                    let mut params = #rust_type::default();
                    #(#setters)*
                    Ok(params)
                }
            });
        }

        let args = |op: &Op| -> Vec<TokenStream> {
            let mut args: Vec<TokenStream> = (0..op.path_params.len())
                .map(|i| {
                    let i = Literal::usize_unsuffixed(i);
                    quote!(input.path(#i))
                })
                .collect();
            if !op.query_params.is_empty() || op.sdk_params.is_some() {
                let function = format_ident!("{}_params", op.id);
                args.push(quote!(#function(input)?));
            } else if let Some(body) = &op.body {
                let rust_type = format_ident!("{}", body.rust_type);
                args.push(quote!(input.body::<pocketsflow::types::#rust_type>()?));
            }
            args
        };
        let resource = |op: &Op| format_ident!("{}", naming::ident(&snake(&op.tag)));

        let calls = ops.iter().map(|op| {
            let id = &op.id;
            let resource = resource(op);
            let method = format_ident!("{}", naming::ident(&op.method_ident));
            let args = args(op);
            quote!(#id => to_json(pf.#resource().#method(#(#args),*).await?),)
        });
        let lists = ops.iter().filter(|op| op.paging.is_some()).map(|op| {
            let id = &op.id;
            let resource = resource(op);
            let args = args(op);
            quote!(#id => Ok(items(pf.#resource().list_all(#(#args),*).concurrency(prefetch))),)
        });

        Ok(quote! {
            #(#params_fns)*

            /// Runs one operation through the SDK's resource method of the same name; its answer as JSON.
            pub(crate) async fn call(pf: &Pocketsflow, op: &Operation, input: &Input) -> Result<Value, CliError> {
                match op.id {
                    #(#calls)*
                    other => Err(CliError::internal(format!("no dispatch for {other}"))),
                }
            }

            /// Every item of a paginated list, through the SDK's `list_all`, as a stream of JSON values.
            pub(crate) fn list_all(pf: &Pocketsflow, op: &Operation, input: &Input, prefetch: usize)
                -> Result<Items, CliError>
            {
                match op.id {
                    #(#lists)*
                    other => Err(CliError::internal(format!("{other} is not paginated"))),
                }
            }
        })
    }
}

/// `&[Field { .. }, ..]`, as tokens.
fn field_list(fields: &[Field]) -> TokenStream {
    let fields = fields.iter().map(|f| {
        let Field { name, flag, help, kind, required, .. } = f;
        let alias = opt_str(f.alias.as_deref());
        quote! {
            Field { name: #name, flag: #flag, alias: #alias, help: #help, kind: #kind, required: #required }
        }
    });
    quote!(&[#(#fields),*])
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
