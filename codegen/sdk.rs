//! What `build.rs` generates for the hand-written layer, besides progenitor's raw client: everything the
//! spec knows that the layer would otherwise copy by hand.
//!
//! - every named string enum of `components/schemas` becomes an open enum (`open_enum!` in `src/enums.rs`),
//!   its values documented by the schema's `x-enum-descriptions`;
//! - the enum marked `x-event-payloads` (the webhook event names) becomes the typed `Event` of
//!   `src/events/`, each name with the payload type the extension gives (else `Payload`);
//! - every operation with query parameters, or marked `x-sdk-params` (a list whose filters travel as a
//!   body), gets a params struct with `Default` and chainable setters (`ListOrdersParams`, ...);
//! - every schema with a required `_id` gets the `Identified` impl that pagination de-duplicates on;
//! - every error `code` a response of `components/responses` lists in `x-error-codes` becomes a constant of
//!   `pocketsflow::error::codes`, with its status (from the operations that answer it) and its description.
//!
//! Inline string enums are refused: they would be generated as closed enums.

use std::collections::BTreeMap;

use openapiv3::{AdditionalProperties, ReferenceOr, Response, Schema, SchemaKind, Type as Kind};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::naming;
use super::spec::{ext_str, is_identified, ref_name, schema_name, Spec};

/// The generated sources, one per module of the hand-written layer that includes them.
pub struct Sdk {
    /// For `src/enums.rs`.
    pub enums: TokenStream,
    /// For `src/events/event.rs`.
    pub events: TokenStream,
    /// For `src/params.rs`.
    pub params: TokenStream,
    /// For `src/paginate.rs`.
    pub identified: TokenStream,
    /// For `src/telemetry.rs`.
    pub routes: TokenStream,
    /// For `src/error.rs` (`codes`).
    pub error_codes: TokenStream,
}

/// A named string enum of the spec, generated as an open enum (one that implements the runtime trait
/// `OpenEnum`).
pub struct StringEnum {
    /// Schema name.
    pub name: String,
    description: String,
    /// (wire value, variant name, doc)
    values: Vec<(String, String, String)>,
    payloads: Option<BTreeMap<String, String>>,
}

/// `#[doc = "..."]`, one attribute a line, as `///` comments would give (an empty line stays empty).
pub(super) fn doc(text: &str) -> TokenStream {
    let lines =
        text.lines().map(str::trim).map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote! { #(#[doc = #lines])* }
}

/// An identifier that is not a keyword (a raw one when it is).
fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A path (`crate::types::Money`) as tokens.
fn path(text: &str) -> Result<TokenStream, String> {
    text.parse().map_err(|e| format!("{text} is not a Rust path: {e}"))
}

/// Every named string enum, or an error naming an inline one.
pub fn open_enums(spec: &Spec) -> Result<Vec<StringEnum>, String> {
    let mut out = Vec::new();
    for (name, schema) in spec.schemas() {
        let at = format!("#/components/schemas/{name}");
        let values = match &schema.schema_kind {
            SchemaKind::Type(Kind::String(s)) if !s.enumeration.is_empty() => &s.enumeration,
            SchemaKind::Type(Kind::Integer(i)) if !i.enumeration.is_empty() => {
                return Err(format!("{at}: only string enums are supported"))
            }
            SchemaKind::Type(Kind::Number(n)) if !n.enumeration.is_empty() => {
                return Err(format!("{at}: only string enums are supported"))
            }
            _ => {
                find_inline_enums(schema, &at)?;
                continue;
            }
        };
        let docs = schema.schema_data.extensions.get("x-enum-descriptions");
        let mut variants: Vec<(String, String, String)> = Vec::new();
        for value in values {
            let wire = value.as_deref().ok_or_else(|| format!("{at}: a value is not a string"))?;
            let variant = naming::pascal(wire);
            if variant == "Unknown" || variants.iter().any(|(_, v, _)| *v == variant) {
                return Err(format!("{at}: value {wire:?} gives the variant name {variant} twice"));
            }
            let text = docs.and_then(|d| d.get(wire)).and_then(|d| d.as_str());
            variants.push((wire.to_owned(), variant, text.map_or_else(|| format!("`{wire}`."), str::to_owned)));
        }
        let payloads = schema.schema_data.extensions.get("x-event-payloads").map(|p| {
            p.as_object().into_iter().flatten().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))).collect()
        });
        out.push(StringEnum {
            description: schema.schema_data.description.clone().unwrap_or_else(|| name.to_owned()),
            name: name.to_owned(),
            values: variants,
            payloads,
        });
    }
    Ok(out)
}

/// Refuses an enum written inline under `schema` (it would be generated as a closed enum).
fn find_inline_enums(schema: &Schema, pointer: &str) -> Result<(), String> {
    let inline = |child: &ReferenceOr<Box<Schema>>, at: String| match child {
        ReferenceOr::Item(child) => find_inline_enums(child, &at),
        ReferenceOr::Reference { .. } => Ok(()),
    };
    match &schema.schema_kind {
        SchemaKind::Type(Kind::String(s)) if !s.enumeration.is_empty() => Err(format!(
            "{pointer}: an inline enum; name it in components/schemas so that it is generated as an open enum"
        )),
        SchemaKind::Type(Kind::Object(object)) => {
            for (key, child) in &object.properties {
                inline(child, format!("{pointer}/properties/{key}"))?;
            }
            if let Some(AdditionalProperties::Schema(child)) = &object.additional_properties {
                if let ReferenceOr::Item(child) = child.as_ref() {
                    find_inline_enums(child, &format!("{pointer}/additionalProperties"))?;
                }
            }
            Ok(())
        }
        SchemaKind::Type(Kind::Array(array)) => match &array.items {
            Some(items) => inline(items, format!("{pointer}/items")),
            None => Ok(()),
        },
        SchemaKind::AllOf { all_of: list } => compositions(list, &format!("{pointer}/allOf")),
        SchemaKind::AnyOf { any_of: list } => compositions(list, &format!("{pointer}/anyOf")),
        SchemaKind::OneOf { one_of: list } => compositions(list, &format!("{pointer}/oneOf")),
        _ => Ok(()),
    }
}

/// [`find_inline_enums`] in each schema of an `allOf`, `anyOf` or `oneOf` at `pointer`.
fn compositions(list: &[ReferenceOr<Schema>], pointer: &str) -> Result<(), String> {
    for (i, child) in list.iter().enumerate() {
        if let ReferenceOr::Item(child) = child {
            find_inline_enums(child, &format!("{pointer}/{i}"))?;
        }
    }
    Ok(())
}

/// The sources of the hand-written layer; `enums` is [`open_enums`].
pub fn generate(spec: &Spec, enums: &[StringEnum]) -> Result<Sdk, String> {
    Ok(Sdk {
        enums: enums_source(enums),
        events: events_source(enums)?,
        params: params_source(spec, enums)?,
        identified: identified_source(spec),
        routes: routes_source(spec),
        error_codes: error_codes_source(spec)?,
    })
}

fn enums_source(enums: &[StringEnum]) -> TokenStream {
    let each = enums.iter().map(|e| {
        let description = doc(&e.description);
        let name = ident(&e.name);
        let variants = e.values.iter().map(|(wire, variant, text)| {
            let text = doc(text);
            let variant = ident(variant);
            quote! { #text #variant = #wire, }
        });
        // Written as the enum it declares, so that the snapshot formats it (xtask formats macro bodies that are
        // items).
        quote! { open_enum! { #description pub enum #name { #(#variants)* } } }
    });
    let names = enums.iter().map(|e| e.name.as_str());
    let types = enums.iter().map(|e| ident(&e.name));
    quote! {
        #(#each)*
        /// Every open enum generated from the spec, by schema name, with its documented values.
        #[doc(hidden)]
        pub const GENERATED: &[(&str, &[&str])] = &[#((#names, <#types as OpenEnum>::VALUES),)*];
    }
}

fn events_source(enums: &[StringEnum]) -> Result<TokenStream, String> {
    let mut marked = enums.iter().filter(|e| e.payloads.is_some());
    let events = marked.next().ok_or("no schema is marked x-event-payloads (the webhook event names)")?;
    if let Some(other) = marked.next() {
        return Err(format!("both {} and {} are marked x-event-payloads", events.name, other.name));
    }
    let payloads = events.payloads.as_ref().expect("filtered on payloads");
    if let Some(name) = payloads.keys().find(|name| !events.values.iter().any(|(wire, _, _)| wire == *name)) {
        return Err(format!("#/components/schemas/{}/x-event-payloads: {name} is not one of its values", events.name));
    }
    let mut variants = Vec::new();
    for (wire, variant, text) in &events.values {
        let payload = ident(payloads.get(wire).map_or("Payload", String::as_str));
        let text = doc(text);
        let variant = ident(variant);
        variants.push(quote! { #text #variant(#payload) = #wire, });
    }
    Ok(quote! { events! { pub enum Event { #(#variants)* } } })
}

/// A field of a params struct.
struct Field {
    /// Its name on the wire.
    wire: String,
    /// Its Rust name (`r#type` for a keyword).
    rust: String,
    /// The type it holds.
    ty: TokenStream,
    /// What its setter takes, and whether the setter converts it (`impl Into<_>`).
    setter: TokenStream,
    into: bool,
    doc: String,
}

/// A field named `wire` whose schema is `resolved`, the named schema `named` when it is a `$ref`.
fn field(
    enums: &[StringEnum],
    wire: &str,
    named: Option<&str>,
    resolved: &Schema,
    doc: String,
) -> Result<Field, String> {
    let enum_name = named.filter(|name| enums.iter().any(|e| e.name == *name));
    let string = (quote!(String), quote!(impl Into<String>), true);
    let (ty, setter, into) = if let Some(name) = enum_name {
        let name = ident(name);
        (quote!(crate::types::#name), quote!(impl Into<crate::types::#name>), true)
    } else if let Some(sdk_type) = ext_str(&resolved.schema_data.extensions, "x-sdk-type") {
        // A named schema build.rs generates as another type (`x-sdk-type`): the same type here.
        match (sdk_type, super::raw::sdk_type(sdk_type)) {
            ("String", _) => string,
            (_, Some(rust)) => (path(rust)?, path(rust)?, false),
            (_, None) => return Err(format!("parameter {wire}: unknown x-sdk-type {sdk_type}")),
        }
    } else {
        use openapiv3::{IntegerFormat, VariantOrUnknownOrEmpty::Item};
        let plain = |ty: TokenStream| (ty.clone(), ty, false);
        match &resolved.schema_kind {
            SchemaKind::Type(Kind::Integer(i)) => match &i.format {
                Item(IntegerFormat::Int64) => plain(quote!(i64)),
                Item(IntegerFormat::Int32) => plain(quote!(i32)),
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uint64" => plain(quote!(u64)),
                _ => plain(quote!(u32)),
            },
            SchemaKind::Type(Kind::Number(_)) => plain(quote!(f64)),
            SchemaKind::Type(Kind::Boolean(_)) => plain(quote!(bool)),
            SchemaKind::Type(Kind::String(_)) => string,
            _ => return Err(format!("parameter {wire}: its type is not supported in params")),
        }
    };
    Ok(Field { wire: wire.to_owned(), rust: naming::field(wire), ty, setter, into, doc })
}

fn params_source(spec: &Spec, enums: &[StringEnum]) -> Result<TokenStream, String> {
    let mut out = TokenStream::new();
    for op in spec.operations() {
        let id = op.id;
        let mut fields = Vec::new();
        for parameter in spec.query_parameters(&op)? {
            let wire = &parameter.name;
            let openapiv3::ParameterSchemaOrContent::Schema(schema) = &parameter.format else {
                return Err(format!("{id}: parameter {wire} has no schema"));
            };
            let text = parameter.description.clone().unwrap_or_else(|| wire.clone());
            fields.push(field(enums, wire, schema_name(schema), spec.resolve(schema)?, text)?);
        }
        let body_params = ext_str(&op.op.extensions, "x-sdk-params");
        let body_schema = match body_params {
            Some(_) => {
                let schema =
                    spec.json_body(&op)?.ok_or_else(|| format!("{id}: x-sdk-params needs a JSON request body"))?;
                let name = schema_name(schema).ok_or_else(|| {
                    format!("{id}: the request body of an x-sdk-params operation must be a named schema")
                })?;
                if let SchemaKind::Type(Kind::Object(object)) = &spec.resolve(schema)?.schema_kind {
                    for (wire, property) in &object.properties {
                        let resolved = spec.resolve_boxed(property)?;
                        let text = resolved.schema_data.description.clone().unwrap_or_else(|| wire.clone());
                        fields.push(field(enums, wire, schema_name(property), resolved, text)?);
                    }
                }
                Some(name.to_owned())
            }
            None => None,
        };
        if fields.is_empty() {
            continue;
        }
        let name = ident(&match body_params {
            Some(name) => name.to_owned(),
            None => naming::params_type(op.tag()?, id)?,
        });
        let summary = op.op.summary.as_deref().unwrap_or(id);
        let struct_doc =
            doc(&format!("The parameters of `{}` ({summary}). Every field is optional; setters chain.", op.route()));
        let field_decls = fields.iter().map(|f| {
            let (text, rust, ty) = (doc(&f.doc), ident(&f.rust), &f.ty);
            quote! { #text pub #rust: Option<#ty>, }
        });
        let setters = fields.iter().map(|f| {
            let text = doc(&format!("Sets `{}`.", f.wire));
            let rust = ident(&f.rust);
            let setter_name = ident(f.rust.trim_start_matches("r#"));
            let setter = &f.setter;
            let value = if f.into { quote!(value.into()) } else { quote!(value) };
            quote! {
                #text
                pub fn #setter_name(mut self, value: #setter) -> Self {
                    self.#rust = Some(#value);
                    self
                }
            }
        });
        let finish = match &body_schema {
            None => {
                let builder = ident(&naming::pascal(id));
                let applied = fields.iter().map(|f| {
                    let rust = ident(&f.rust);
                    let setter = ident(f.rust.trim_start_matches("r#"));
                    quote! { let request = match self.#rust { Some(value) => request.#setter(value), None => request }; }
                });
                quote! {
                    /// Forwards the fields that are set to the generated request.
                    pub(crate) fn apply<'a>(self, request: crate::raw::builder::#builder<'a>)
                        -> crate::raw::builder::#builder<'a> {
                        #(#applied)*
                        request
                    }
                }
            }
            Some(body) => {
                let body = ident(body);
                let inserted = fields.iter().map(|f| {
                    let (rust, wire) = (ident(&f.rust), &f.wire);
                    quote! { (#wire, self.#rust.as_ref().map(crate::params::to_json).transpose()?), }
                });
                quote! {
                    /// The request body: the fields that are set, checked by the body's own type (a page of 0 is
                    /// refused).
                    pub(crate) fn into_body(self) -> crate::Result<crate::types::#body> {
                        let fields = [#(#inserted)*];
                        let body = fields.into_iter().filter_map(|(wire, value)| Some((wire.to_owned(), value?))).collect();
                        crate::params::from_json(body)
                    }
                }
            }
        };
        out.extend(quote! {
            #struct_doc
            #[derive(Debug, Clone, Default, PartialEq)]
            #[non_exhaustive]
            pub struct #name { #(#field_decls)* }

            impl #name {
                #(#setters)*
                #finish
            }
        });
    }
    Ok(out)
}

fn identified_source(spec: &Spec) -> TokenStream {
    let mut out = TokenStream::new();
    for (name, schema) in spec.schemas() {
        if is_identified(schema) {
            let name = ident(name);
            out.extend(quote! {
                impl Identified for crate::types::#name {
                    fn item_id(&self) -> &str {
                        &self.id
                    }
                }
            });
        }
    }
    out
}

/// Each operation's path template (`/orders/{id}`), for telemetry that must never carry the ids of a raw path.
fn routes_source(spec: &Spec) -> TokenStream {
    let arms = spec.operations().into_iter().map(|op| {
        let (id, path) = (op.id, op.path);
        quote! { #id => Some(#path), }
    });
    quote! {
        /// The path template of an operation of the spec, by operationId.
        pub(crate) fn route_template(operation_id: &str) -> Option<&'static str> {
            match operation_id {
                #(#arms)*
                _ => None,
            }
        }
    }
}

/// The error codes of `x-error-codes`, each with the status of the responses that carry it.
fn error_codes_source(spec: &Spec) -> Result<TokenStream, String> {
    // The status each response component is answered with, from the operations that refer to it.
    let mut statuses: BTreeMap<&str, String> = BTreeMap::new();
    for op in spec.operations() {
        for (status, response) in &op.op.responses.responses {
            let ReferenceOr::Reference { reference } = response else { continue };
            let name = ref_name::<Response>(reference).map_err(|e| format!("{}: {e}", op.route()))?;
            let status = status.to_string();
            if let Some(previous) = statuses.insert(name, status.clone()) {
                if previous != status {
                    return Err(format!(
                        "#/components/responses/{name} is answered as {previous} and as {status}: its \
                         x-error-codes would have two statuses"
                    ));
                }
            }
        }
    }
    let mut out = TokenStream::new();
    let mut all = Vec::new();
    for (name, response) in spec.components::<Response>() {
        let Some(response) = response.as_item() else { continue };
        let Some(codes) = response.extensions.get("x-error-codes").and_then(|c| c.as_object()) else { continue };
        if codes.is_empty() {
            continue;
        }
        let status = statuses
            .get(name)
            .ok_or_else(|| format!("#/components/responses/{name} has x-error-codes but no operation answers it"))?;
        let number: u16 =
            status.parse().map_err(|_| format!("#/components/responses/{name} is answered as {status}"))?;
        // By code: the order of a JSON object is not kept by every build of serde_json, and the output must not
        // depend on the features of the graph it is built in.
        let mut codes: Vec<_> = codes.iter().collect();
        codes.sort_by(|a, b| a.0.cmp(b.0));
        for (code, text) in codes {
            let text = text
                .as_str()
                .ok_or_else(|| format!("#/components/responses/{name}/x-error-codes/{code}: not a text"))?;
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
                return Err(format!(
                    "#/components/responses/{name}/x-error-codes/{code}: not an UPPER_SNAKE_CASE code"
                ));
            }
            let text = doc(&format!("`{status}`: {text}"));
            let constant = format_ident!("{}", code);
            out.extend(quote! { #text pub const #constant: &str = #code; });
            all.push(quote! { (#number, #constant), });
        }
    }
    out.extend(quote! {
        /// Every code of the spec, with the status of the answers that carry it.
        pub const ALL: &[(u16, &str)] = &[#(#all)*];
    });
    Ok(out)
}
