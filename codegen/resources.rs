//! The resource methods: one module per resource (the `<resource>` of its operations' `<resource>_<method>`
//! ids), holding a thin view over the client with one method per operation, named by the Node SDK's names, and
//! the client's accessor for it (`pf.products()`).
//!
//! A method takes its path parameters in order (`&str`, checked as ids before anything is sent), then its query
//! filters as the operation's params struct (`ListOrdersParams`) or, for an `x-sdk-params` operation, that params
//! struct sent as the body, then its JSON body as anything that converts into the body's type (a builder
//! included). It answers the success schema's type. Every method ends in the client's one call path.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::naming::{self, pascal, words};
use super::sdk::doc;
use super::spec::{ext_str, schema_name, Op, Spec};

/// One resource: its name in operation ids and its operations, in the spec's order.
struct Resource<'a> {
    name: String,
    description: String,
    ops: Vec<Op<'a>>,
}

/// `subscription_offers` -> `Subscription offers`.
fn title(resource: &str) -> String {
    let text = words(resource).join(" ").to_ascii_lowercase();
    let mut chars = text.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The resources of the spec, in the order of its tags.
fn resources(spec: &Spec) -> Result<Vec<Resource<'_>>, String> {
    let mut out: Vec<Resource<'_>> = Vec::new();
    for op in spec.operations() {
        let tag = op.tag()?;
        let (name, _) = naming::resource_method(tag, op.id)?;
        match out.iter_mut().find(|r| r.name == name) {
            Some(resource) => resource.ops.push(op),
            None => {
                let description = spec
                    .api
                    .tags
                    .iter()
                    .find(|t| t.name == tag)
                    .and_then(|t| t.description.clone())
                    .unwrap_or_default();
                out.push(Resource { name, description, ops: vec![op] });
            }
        }
    }
    let position = |resource: &Resource<'_>| {
        let tag = resource.ops[0].op.tags.first();
        spec.api.tags.iter().position(|t| Some(&t.name) == tag).unwrap_or(usize::MAX)
    };
    out.sort_by_key(position);
    Ok(out)
}

/// The Rust type of a schema as written: a named schema, or an array of one.
fn rust_type(schema: &ReferenceOr<Schema>, what: &str) -> Result<TokenStream, String> {
    if let Some(name) = schema_name(schema) {
        let name = format_ident!("{name}");
        return Ok(quote!(crate::types::#name));
    }
    if let ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Array(array)), .. }) = schema {
        if let Some(name) = array.items.as_ref().and_then(schema_name) {
            let name = format_ident!("{name}");
            return Ok(quote!(Vec<crate::types::#name>));
        }
    }
    Err(format!("{what} must be a named schema or an array of one"))
}

/// The method of one operation, with its documentation.
fn method(spec: &Spec, resource: &str, op: &Op<'_>) -> Result<TokenStream, String> {
    let id = op.id;
    let (_, name) = naming::resource_method(op.tag()?, id)?;
    // `format_ident!` makes `r#name` a raw identifier.
    let method = format_ident!("{}", naming::ident(name));
    let builder = format_ident!("{id}");
    let answer = spec.success_schema(op)?.ok_or_else(|| format!("{id}: no JSON success answer"))?;
    let answer = rust_type(answer, &format!("{id}: the success answer"))?;

    let mut text = format!("{}. `{}`", op.op.summary.as_deref().unwrap_or(id).trim_end_matches('.'), op.route());
    if let Some(description) = &op.op.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }

    // The arguments and how the request is built from them.
    let mut arguments = Vec::new();
    let mut prepare = TokenStream::new();
    let mut request = quote!(raw.#builder());
    // A body taken as anything that converts into its type: `<P>`, and its `where` clause.
    let (mut generics, mut bound) = (TokenStream::new(), TokenStream::new());
    let path = spec.path_parameters(op)?;
    let id_argument = match path.as_slice() {
        [] => None,
        [parameter] => {
            // The argument is named as the builder's setter.
            let argument = format_ident!("{}", naming::field(&parameter.name));
            arguments.push(quote!(#argument: &str));
            request = quote!(#request.#argument(id));
            let label = if parameter.name == "id" {
                format!("{} id", words(&naming::singular(resource).unwrap_or_else(|| resource.to_owned())).join(" "))
            } else {
                words(&parameter.name).join(" ")
            };
            Some((argument, label.to_ascii_lowercase()))
        }
        _ => return Err(format!("{id}: a method takes one path parameter, this operation has {}", path.len())),
    };
    let sdk_params = ext_str(&op.op.extensions, "x-sdk-params");
    let has_query = !spec.query_parameters(op)?.is_empty();
    if has_query {
        if sdk_params.is_some() {
            return Err(format!(
                "{id}: x-sdk-params sends the filters as the body; it cannot have query parameters too"
            ));
        }
        let params = format_ident!("{}", naming::params_type(op.tag()?, id)?);
        arguments.push(quote!(params: crate::types::#params));
        request = quote!(params.apply(#request));
    }
    if let Some(body) = spec.json_body(op)? {
        let body_type = schema_name(body).ok_or_else(|| format!("{id}: the request body must be a named schema"))?;
        let body_ident = format_ident!("{body_type}");
        match sdk_params {
            Some(params) => {
                let params = format_ident!("{params}");
                arguments.push(quote!(params: crate::types::#params));
                prepare = quote!(let body = params.into_body()?;);
                text.push_str(&format!(
                    "\n\nThe filters travel as the JSON body ([`{params}`](crate::types::{params}))."
                ));
            }
            None => {
                // Beside query filters (`params`), the body is `body`.
                let argument = format_ident!("{}", if has_query { "body" } else { "params" });
                arguments.push(quote!(#argument: P));
                generics = quote!(<P>);
                bound = quote! {
                    where
                        P: TryInto<crate::types::#body_ident>,
                        P::Error: std::fmt::Display,
                };
                prepare = quote!(let body: crate::types::#body_ident = crate::validate::body(#argument)?;);
                let required = match &spec.resolve(body)?.schema_kind {
                    SchemaKind::Type(Type::Object(object)) => object.required.clone(),
                    _ => Vec::new(),
                };
                // As the builder names them.
                let required: Vec<String> = required.iter().map(|f| format!("`{}`", naming::field(f))).collect();
                let missing = match required.as_slice() {
                    [] => String::new(),
                    [one] => format!("; a builder without {one} is an invalid-input error, sent nowhere"),
                    [init @ .., last] => {
                        format!(
                            "; a builder without {} or {last} is an invalid-input error, sent nowhere",
                            init.join(", ")
                        )
                    }
                };
                text.push_str(&format!(
                    "\n\nIts body: [`{body_type}`](crate::types::{body_type}) or that type's builder{missing}."
                ));
            }
        }
        request = quote!(#request.body(body));
    }
    let call = match &id_argument {
        None => quote!(self.pf.call(async |raw| #request.send().await).await),
        Some((argument, label)) => {
            quote!(self.pf.call_id(#label, #argument, async |raw, id| #request.send().await).await)
        }
    };
    let doc = doc(&text);
    Ok(quote! {
        #doc
        pub async fn #method #generics(self, #(#arguments),*) -> crate::Result<#answer> #bound {
            #prepare
            #call
        }
    })
}

/// The resource modules, their views and methods, and the client's accessors, as tokens.
pub fn source(spec: &Spec) -> Result<TokenStream, String> {
    let mut modules = TokenStream::new();
    let mut accessors = TokenStream::new();
    for resource in resources(spec)? {
        let module = format_ident!("{}", naming::ident(&resource.name));
        let view = format_ident!("{}", pascal(&resource.name));
        let title = title(&resource.name);
        let methods = resource.ops.iter().map(|op| method(spec, &resource.name, op)).collect::<Result<Vec<_>, _>>()?;
        let names: Vec<&str> = resource
            .ops
            .iter()
            .map(|op| Ok(naming::resource_method(op.tag()?, op.id)?.1))
            .collect::<Result<_, String>>()?;
        let description = resource.description.trim();
        let lowered = description.chars().next().map(|c| c.to_lowercase().chain(description.chars().skip(1)).collect());
        let module_doc = doc(&format!("{title}: {}", lowered.unwrap_or_else(String::new)));
        let view_doc =
            doc(&format!("{title}, from [`Pocketsflow::{}`](crate::Pocketsflow::{}).", resource.name, resource.name));
        let first_line = description.lines().next().unwrap_or_default();
        let accessor_doc = doc(&format!("{title}: {}. {first_line}", names.join(", ")));
        modules.extend(quote! {
            #module_doc
            pub mod #module {
                #view_doc
                #[derive(Debug, Clone, Copy)]
                pub struct #view<'a> {
                    pub(crate) pf: &'a crate::Pocketsflow,
                }

                impl #view<'_> {
                    #(#methods)*
                }
            }
        });
        accessors.extend(quote! {
            #accessor_doc
            pub fn #module(&self) -> #module::#view<'_> {
                #module::#view { pf: self }
            }
        });
    }
    Ok(quote! {
        #modules

        impl crate::Pocketsflow {
            #accessors
        }
    })
}
