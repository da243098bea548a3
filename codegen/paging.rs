//! Which operations page, and how: the operation's `x-sdk-paging` extension, read once here for the SDK (its
//! generated `list_all` methods) and the CLI (`--all`).
//!
//! ```yaml
//! x-sdk-paging:
//!   by: page              # page: `start` counts pages from 1; offset: `start` counts items from 0
//!   start: page           # the parameter (query, or a field of an x-sdk-params body) the listing advances
//!   size: pageSize        # the parameter of the page size
//!   defaultSize: 20       # the size when the caller sets none: by page, the API's default (left unsent);
//!                         # by offset, the size each request asks for
//!   items: [orders]       # the answer's array fields with the items, the first non-empty one wins;
//!                         # with several, the answer gets `items()` saying the same;
//!                         # omitted when the answer is the array itself
//!   pagination: pagination  # the answer's `Pagination` field, whose `hasMore` ends the listing; omitted, or
//!                           # absent from an answer: a page shorter than its size ends it
//! ```
//!
//! Every name is checked against the operation: a parameter or field that is not there fails the build with the
//! operation and the name.

use openapiv3::{ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::naming::{self, pascal};
use super::spec::{ext_str, is_identified, schema_name, Op, Spec};

/// What `start` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// Page numbers, from 1.
    Page,
    /// Items, from 0: each page advances by its size.
    Offset,
}

/// An operation's `x-sdk-paging`, checked against the operation.
#[derive(Debug, Clone)]
pub struct Paging {
    /// What `start` counts.
    pub by: By,
    /// Wire name of the parameter the listing advances.
    pub start: String,
    /// Wire name of the page size parameter.
    pub size: String,
    /// Whether `start` and `size` travel in the request body (an `x-sdk-params` operation).
    pub in_body: bool,
    /// The API's page size when `size` is not sent.
    pub default_size: u32,
    /// Wire names of the answer's item arrays, in order of preference; empty: the answer is the array.
    pub items: Vec<String>,
    /// Wire name of the answer's `Pagination` field, and whether the answer always has it.
    pub pagination: Option<(String, bool)>,
    /// The schema of one item.
    pub item_type: String,
    /// The SDK's params type of the operation (`ListOrdersParams`).
    pub params_type: String,
    /// The schema of the answer, when it is a named one (an envelope with `items`).
    pub answer_type: Option<String>,
}

/// The operation's `x-sdk-paging`, if it has one.
pub fn of(spec: &Spec, op: &Op<'_>) -> Result<Option<Paging>, String> {
    let Some(extension) = op.op.extensions.get("x-sdk-paging") else { return Ok(None) };
    let id = op.id;
    let fail = |what: String| format!("{id}: x-sdk-paging: {what}");
    let object = extension.as_object().ok_or_else(|| fail("must be a mapping".into()))?;
    const KEYS: [&str; 6] = ["by", "start", "size", "defaultSize", "items", "pagination"];
    if let Some(unknown) = object.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(fail(format!("unknown key {unknown} (known: {})", KEYS.join(", "))));
    }
    let text =
        |key: &str| object.get(key).and_then(Value::as_str).ok_or_else(|| fail(format!("{key} is required, as text")));
    // A resource's `list`, with no path parameter: `pf.<resource>().list_all(params)` beside `list(params)`.
    let (_, method) = naming::resource_method(op.tag()?, id)?;
    if method != "list" {
        return Err(fail(format!("pages a resource's list (<resource>_list), not its {method}")));
    }
    if !spec.path_parameters(op)?.is_empty() {
        return Err(fail("a list with path parameters cannot page".into()));
    }
    let by = match text("by")? {
        "page" => By::Page,
        "offset" => By::Offset,
        other => return Err(fail(format!("by is page or offset, not {other}"))),
    };
    let default_size = object
        .get("defaultSize")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| fail("defaultSize must be a whole number from 1".into()))?;
    let items = match object.get("items") {
        None => Vec::new(),
        Some(Value::Array(names)) if !names.is_empty() => names
            .iter()
            .map(|n| n.as_str().map(str::to_owned).ok_or_else(|| fail("items must list field names".into())))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(fail("items must list field names".into())),
    };
    let pagination = match object.get("pagination") {
        None => None,
        Some(name) => Some(name.as_str().ok_or_else(|| fail("pagination must be a field name".into()))?.to_owned()),
    };

    // The parameters, with their schemas: query parameters, or the fields of an x-sdk-params body.
    let in_body = ext_str(&op.op.extensions, "x-sdk-params").is_some();
    let parameters: Vec<(String, &Schema)> = if in_body {
        let body = spec.json_body(op)?.ok_or_else(|| fail("an x-sdk-params operation needs a body".into()))?;
        match &spec.resolve(body)?.schema_kind {
            SchemaKind::Type(Type::Object(object)) => object
                .properties
                .iter()
                .map(|(name, schema)| Ok((name.clone(), spec.resolve_boxed(schema)?)))
                .collect::<Result<_, String>>()?,
            _ => Vec::new(),
        }
    } else {
        let mut parameters = Vec::new();
        for parameter in spec.query_parameters(op)? {
            if let ParameterSchemaOrContent::Schema(schema) = &parameter.format {
                parameters.push((parameter.name.clone(), spec.resolve(schema)?));
            }
        }
        parameters
    };
    let (start, size) = (text("start")?.to_owned(), text("size")?.to_owned());
    if start == size {
        return Err(fail(format!("start and size are both {start}")));
    }
    for name in [&start, &size] {
        let (_, schema) = parameters
            .iter()
            .find(|(parameter, _)| parameter == name)
            .ok_or_else(|| fail(format!("the operation has no parameter {name}")))?;
        // The SDK's params hold it as a `u32`, which the listing counts in.
        let maximum = match &schema.schema_kind {
            SchemaKind::Type(Type::Integer(integer)) if matches!(&integer.format, VariantOrUnknownOrEmpty::Unknown(format) if format == "uint32") => {
                integer.maximum
            }
            _ => return Err(fail(format!("{name} must be an integer of format uint32"))),
        };
        if *name == size && maximum.is_some_and(|maximum| i64::from(default_size) > maximum) {
            return Err(fail(format!("defaultSize {default_size} is above the maximum of {size}")));
        }
    }

    // The answer: its item arrays and its pagination.
    let answer = spec.success_schema(op)?.ok_or_else(|| fail("the operation has no JSON answer".into()))?;
    let answer_type = schema_name(answer).map(str::to_owned);
    let answer = spec.resolve(answer)?;
    let item_of = |array: &Schema, what: &str| -> Result<String, String> {
        match &array.schema_kind {
            SchemaKind::Type(Type::Array(array)) => array
                .items
                .as_ref()
                .and_then(schema_name)
                .map(str::to_owned)
                .ok_or_else(|| fail(format!("{what} must be an array of a named schema"))),
            _ => Err(fail(format!("{what} must be an array"))),
        }
    };
    let (item_type, pagination) = if items.is_empty() {
        if pagination.is_some() {
            return Err(fail("an answer that is the array has no pagination field".into()));
        }
        (item_of(answer, "the answer (no items named)")?, None)
    } else {
        let SchemaKind::Type(Type::Object(object)) = &answer.schema_kind else {
            return Err(fail("items are named, but the answer is not an object".into()));
        };
        let property = |name: &str| -> Result<&Schema, String> {
            let schema = object.properties.get(name).ok_or_else(|| fail(format!("the answer has no field {name}")))?;
            spec.resolve_boxed(schema)
        };
        let mut item_type: Option<String> = None;
        for name in &items {
            let this = item_of(property(name)?, &format!("the answer's {name}"))?;
            if item_type.as_ref().is_some_and(|first| *first != this) {
                return Err(fail(format!("the item arrays hold different schemas ({this})")));
            }
            item_type = Some(this);
        }
        let pagination = match pagination {
            None => None,
            Some(name) => {
                let field =
                    object.properties.get(&name).ok_or_else(|| fail(format!("the answer has no field {name}")))?;
                if !matches!(field, ReferenceOr::Reference { .. }) || schema_name(field) != Some("Pagination") {
                    return Err(fail(format!("the answer's {name} must be a Pagination")));
                }
                let required = object.required.contains(&name);
                Some((name, required))
            }
        };
        (item_type.ok_or_else(|| fail("items must list field names".into()))?, pagination)
    };
    // `list_all` de-duplicates on the items' ids: their schema has a required string `_id`.
    let item = spec
        .components::<Schema>()
        .find(|(name, _)| *name == item_type)
        .map(|(_, schema)| spec.resolve(schema))
        .transpose()?;
    if !item.is_some_and(is_identified) {
        return Err(fail(format!(
            "the items ({item_type}) need a required string _id, which pagination de-duplicates on"
        )));
    }
    let params_type = match ext_str(&op.op.extensions, "x-sdk-params") {
        Some(name) => name.to_owned(),
        None => naming::params_type(op.tag()?, id)?,
    };
    Ok(Some(Paging { by, start, size, in_body, default_size, items, pagination, item_type, params_type, answer_type }))
}

/// `list_all` for every operation with `x-sdk-paging`: a method of its resource (`pf.orders().list_all(params)`)
/// beside its `list`, streaming every item with `crate::paginate::ListAll`. Paths are written in full, so the file
/// needs no import (and leaves none unused when no list pages).
pub fn list_all_source(spec: &Spec) -> Result<TokenStream, String> {
    let mut out = TokenStream::new();
    for op in spec.operations() {
        let Some(paging) = of(spec, &op)? else { continue };
        let (resource, _) = naming::resource_method(op.tag()?, op.id)?;
        // `format_ident!` makes `r#name` a raw identifier.
        let module = format_ident!("{}", naming::ident(&resource));
        let resource_type = format_ident!("{}", pascal(&resource));
        let item = format_ident!("{}", paging.item_type);
        let params = format_ident!("{}", paging.params_type);
        let start = format_ident!("{}", naming::field(&paging.start));
        let size = format_ident!("{}", naming::field(&paging.size));
        let default_size = paging.default_size;

        // Where the listing starts, how far each page advances it, and the size it asks for.
        let (first, step, with_start) = match paging.by {
            By::Page => (quote!(params.#start.unwrap_or(1)), quote!(1), quote!(params.clone().#start(start))),
            By::Offset => {
                (quote!(params.#start.unwrap_or(0)), quote!(size), quote!(params.clone().#size(size).#start(start)))
            }
        };
        let items = match paging.items.as_slice() {
            [] => quote!(answer),
            [one] => {
                let one = format_ident!("{}", naming::field(one));
                quote!(answer.#one)
            }
            many => {
                let many = many.iter().map(|name| format_ident!("{}", naming::field(name)));
                quote! {
                    [#(std::mem::take(&mut answer.#many)),*]
                        .into_iter()
                        .find(|items| !items.is_empty())
                        .unwrap_or_default()
                }
            }
        };
        let short_page = quote!(items.len() >= size as usize);
        let (has_more, pagination) = match &paging.pagination {
            None => (short_page, quote!(None)),
            Some((name, true)) => {
                let name = format_ident!("{}", naming::field(name));
                (quote!(answer.#name.has_more), quote!(Some(answer.#name)))
            }
            Some((name, false)) => {
                let name = format_ident!("{}", naming::field(name));
                (quote!(answer.#name.as_ref().map_or(#short_page, |p| p.has_more)), quote!(answer.#name))
            }
        };
        let ends = match &paging.pagination {
            Some((_, true)) => "until the API says there is no more".to_owned(),
            Some((_, false)) => "until the API says there is no more (or, without its pagination, a page comes \
                                 back short)"
                .to_owned(),
            None => "until a page comes back short".to_owned(),
        };
        let counts = match paging.by {
            By::Page => format!("page by page from `params.{start}` (default 1)"),
            By::Offset => format!("`{size}` at a time (default {default_size}) from `params.{start}` (default 0)"),
        };
        let doc = format!(
            " Every item `{}` lists for `params`, as a lazy stream fetched {counts}, {ends}. See \
             [`ListAll`](crate::paginate::ListAll) for prefetching and de-duplication. (`x-sdk-paging` of openapi.yaml.)",
            op.id
        );
        let answer_binding = if paging.items.len() > 1 { quote!(mut answer) } else { quote!(answer) };
        // The size is read when it advances the listing or a short page ends it.
        let needs_size = paging.by == By::Offset || !matches!(paging.pagination, Some((_, true)));
        let size_binding = if needs_size {
            quote!(let size = params.#size.filter(|size| *size > 0).unwrap_or(#default_size);)
        } else {
            quote!()
        };
        // An answer that holds its items in one of several fields says which: `items()`.
        if let (Some(answer_type), [_, _, ..]) = (&paging.answer_type, paging.items.as_slice()) {
            let answer_type = format_ident!("{answer_type}");
            let fields = paging.items.iter().map(|name| format_ident!("{}", naming::field(name)));
            let names = paging.items.iter().map(|name| format!("`{}`", naming::field(name))).collect::<Vec<_>>();
            let doc = format!(" The items of this page, whichever field ({}) the API filled.", names.join(" or "));
            out.extend(quote! {
                impl crate::types::#answer_type {
                    #[doc = #doc]
                    pub fn items(&self) -> &[crate::types::#item] {
                        [#(&self.#fields),*].into_iter().find(|items| !items.is_empty()).map_or(&[], Vec::as_slice)
                    }
                }
            });
        }
        out.extend(quote! {
            impl crate::resources::#module::#resource_type<'_> {
                #[doc = #doc]
                pub fn list_all(
                    self,
                    params: crate::types::#params,
                ) -> crate::paginate::ListAll<crate::types::#item> {
                    let pf = self.pf.clone();
                    #size_binding
                    let first = #first;
                    crate::paginate::ListAll::new(move |index| {
                        let pf = pf.clone();
                        let params = crate::paginate::nth_page(first, index, #step).map(|start| #with_start);
                        async move {
                            let #answer_binding = pf.#module().list(params?).await?;
                            let items = #items;
                            let has_more = #has_more;
                            Ok(crate::paginate::Page { index, items, pagination: #pagination, has_more })
                        }
                    })
                }
            }
        });
    }
    Ok(out)
}
