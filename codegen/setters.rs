//! Rewrites the setters of the builders progenitor generates (`types::builder::*`) so that each takes what a
//! Rust caller passes, for every schema of the spec, with no per-field code:
//!
//! - an optional field (`Option<X>`) takes anything that converts into `X` (`.description("...")`,
//!   `.price(19.99)`), where the generated setter wanted the `Option` itself;
//! - a nullable optional field of a request body (`nullable: true`, not required) becomes `Option<Option<X>>`:
//!   absent when never set, and sent as `null` when set to `None`, which is how the API clears it. Its setter
//!   takes `None` as well as a value (`crate::setters::IntoNullable`);
//! - a list takes any `IntoIterator` of items that convert into the element type (`.images(["a", "b"])`);
//! - a JSON object (`metadata`) takes anything that converts into a `serde_json::Value`
//!   (`.metadata(json!({"cart": "7"}))` or a `serde_json::Map`), and records an error naming the field when it
//!   is not an object, reported by the operation as invalid input before anything is sent.
//!
//! Every rewritten setter keeps the builder's error path: a failed conversion is kept as the field's error and
//! reported, naming the field, when the builder is converted into the body.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{ReferenceOr, SchemaKind, Type as Kind};
use quote::{quote, ToTokens};
use syn::{parse_quote, Fields, ImplItem, Item, ItemMod, Type};

use super::spec::{schema_name, Spec};

/// For each request body schema, the JSON names of its nullable optional properties.
pub fn nullable_body_fields(spec: &Spec) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut out = BTreeMap::new();
    for op in spec.operations() {
        let Some(schema) = spec.json_body(&op)? else { continue };
        let name = schema_name(schema)
            .ok_or_else(|| format!("{}: the JSON body must be a $ref to a named schema", op.route()))?;
        let SchemaKind::Type(Kind::Object(object)) = &spec.resolve(schema)?.schema_kind else { continue };
        let mut fields = BTreeSet::new();
        for (property, value) in &object.properties {
            if spec.resolve_boxed(value)?.schema_data.nullable && !object.required.contains(property) {
                fields.insert(property.clone());
            }
        }
        if !fields.is_empty() {
            out.insert(name.to_owned(), fields);
        }
    }
    Ok(out)
}

/// For each property of a component schema that is a `$ref` to a described schema, that description: typify
/// documents a field by its own description only, and a `$ref` in OpenAPI 3.0 cannot carry one.
pub fn referenced_descriptions(spec: &Spec) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for (name, schema) in spec.schemas() {
        let SchemaKind::Type(Kind::Object(object)) = &schema.schema_kind else { continue };
        for (property, value) in &object.properties {
            if let ReferenceOr::Reference { .. } = value {
                if let Ok(target) = spec.resolve_boxed(value) {
                    if let Some(description) = &target.schema_data.description {
                        out.insert((name.to_owned(), property.clone()), description.clone());
                    }
                }
            }
        }
    }
    out
}

/// Applies the rewrite to the generated file; `nullable` is [`nullable_body_fields`], `described`
/// [`referenced_descriptions`]. Every setter is documented with its field's documentation.
pub fn rewrite(
    file: &mut syn::File,
    nullable: &BTreeMap<String, BTreeSet<String>>,
    described: &BTreeMap<(String, String), String>,
) -> Result<(), String> {
    let types = module(&mut file.items, "types").ok_or("progenitor's output has no `types` module")?;
    // Rust field names of the nullable fields, per struct, read from the models' serde names.
    let mut nullable_rust: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // The documentation of every model field, for its setter.
    let mut docs: BTreeMap<(String, String), Vec<syn::Attribute>> = BTreeMap::new();
    let none = BTreeSet::new();
    for item in types.iter_mut() {
        let Item::Struct(model) = item else { continue };
        let model_name = model.ident.to_string();
        let json_names = nullable.get(&model_name).unwrap_or(&none);
        let Fields::Named(fields) = &mut model.fields else { continue };
        for field in fields.named.iter_mut() {
            let ident = field.ident.as_ref().expect("named field").to_string();
            let json = serde_rename(&field.attrs).unwrap_or_else(|| ident.clone());
            let mut doc: Vec<syn::Attribute> =
                field.attrs.iter().filter(|a| a.path().is_ident("doc")).cloned().collect();
            if doc.is_empty() {
                if let Some(text) = described.get(&(model_name.clone(), json.clone())) {
                    for line in text.trim_end().lines() {
                        let line = format!(" {line}");
                        doc.push(parse_quote!(#[doc = #line]));
                    }
                    // The field documented too, before its other attributes.
                    field.attrs.splice(0..0, doc.iter().cloned());
                }
            }
            docs.insert((model_name.clone(), ident.clone()), doc);
            if !json_names.contains(&json) {
                continue;
            }
            let inner = option_inner(&field.ty)
                .ok_or_else(|| format!("{}.{json}: a nullable optional field should be an Option", model.ident))?
                .clone();
            field.ty = parse_quote!(::std::option::Option<::std::option::Option<#inner>>);
            let has_default = field.attrs.iter().any(|a| {
                a.path().is_ident("serde") && a.to_token_stream().into_iter().any(|t| t.to_string().contains("default"))
            });
            field.attrs.push(if has_default {
                parse_quote!(#[serde(deserialize_with = "crate::setters::deserialize_nullable")])
            } else {
                parse_quote!(#[serde(default, deserialize_with = "crate::setters::deserialize_nullable")])
            });
            nullable_rust.entry(model.ident.to_string()).or_default().insert(ident);
        }
        let found = nullable_rust.get(&model_name).map_or(0, BTreeSet::len);
        if found != json_names.len() {
            return Err(format!(
                "{}: {} nullable field(s) in the spec, {found} found in the model",
                model.ident,
                json_names.len()
            ));
        }
    }
    let builders = module(types, "builder").ok_or("progenitor's output has no `types::builder` module")?;
    for item in builders.iter_mut() {
        match item {
            Item::Struct(builder) => {
                let Some(names) = nullable_rust.get(&builder.ident.to_string()) else { continue };
                let Fields::Named(fields) = &mut builder.fields else { continue };
                for field in fields.named.iter_mut() {
                    if !names.contains(&field.ident.as_ref().expect("named field").to_string()) {
                        continue;
                    }
                    let inner = result_ok(&field.ty)
                        .and_then(option_inner)
                        .cloned()
                        .ok_or_else(|| format!("builder {}: unexpected field type", builder.ident))?;
                    field.ty = parse_quote!(::std::result::Result<
                        ::std::option::Option<::std::option::Option<#inner>>,
                        ::std::string::String,
                    >);
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let Type::Path(self_ty) = &*imp.self_ty else { continue };
                let name = self_ty.path.segments.last().expect("a type path").ident.to_string();
                let names = nullable_rust.get(&name);
                for member in imp.items.iter_mut() {
                    let ImplItem::Fn(setter) = member else { continue };
                    let field = setter.sig.ident.to_string();
                    let Some(target) = setter_target(setter) else { continue };
                    let nullable = names.is_some_and(|n| n.contains(&field));
                    if let Some(new) = rewritten(&setter.sig.ident, &field, &target, nullable) {
                        *setter = new;
                    }
                    if let Some(doc) = docs.get(&(name.clone(), field.clone())) {
                        setter.attrs.splice(0..0, doc.iter().cloned());
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The new setter for a field whose generated setter converts into `target`, or `None` to keep it.
fn rewritten(ident: &syn::Ident, field: &str, target: &Type, nullable: bool) -> Option<syn::ImplItemFn> {
    let failed = format!("error converting supplied value for {field}: {{e}}");
    if nullable {
        let inner = option_inner(target)?;
        return Some(parse_quote! {
            pub fn #ident<T>(mut self, value: T) -> Self
            where
                T: crate::setters::IntoNullable<#inner>,
            {
                self.#ident = Ok(Some(value.into_nullable()));
                self
            }
        });
    }
    if let Some(inner) = option_inner(target) {
        if is_json_object(inner) {
            return Some(object_setter(ident, &failed, quote!(Some)));
        }
        if let Some(element) = vec_inner(inner) {
            return Some(list_setter(ident, element, &failed, quote!(Some)));
        }
        return Some(parse_quote! {
            pub fn #ident<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<#inner>,
                T::Error: ::std::fmt::Display,
            {
                self.#ident = value.try_into().map(Some).map_err(|e| format!(#failed));
                self
            }
        });
    }
    if let Some(element) = vec_inner(target) {
        return Some(list_setter(ident, element, &failed, quote!(::std::convert::identity)));
    }
    if is_json_object(target) {
        return Some(object_setter(ident, &failed, quote!(::std::convert::identity)));
    }
    None
}

/// A setter taking any `IntoIterator` of items that convert into `element`.
fn list_setter(ident: &syn::Ident, element: &Type, failed: &str, wrap: proc_macro2::TokenStream) -> syn::ImplItemFn {
    parse_quote! {
        pub fn #ident<T>(mut self, value: T) -> Self
        where
            T: ::std::iter::IntoIterator,
            T::Item: ::std::convert::TryInto<#element>,
            <T::Item as ::std::convert::TryInto<#element>>::Error: ::std::fmt::Display,
        {
            self.#ident = value
                .into_iter()
                .map(::std::convert::TryInto::try_into)
                .collect::<::std::result::Result<::std::vec::Vec<#element>, _>>()
                .map(#wrap)
                .map_err(|e| format!(#failed));
            self
        }
    }
}

/// A setter taking anything that converts into a `serde_json::Value`, refused unless it is an object.
fn object_setter(ident: &syn::Ident, failed: &str, wrap: proc_macro2::TokenStream) -> syn::ImplItemFn {
    parse_quote! {
        pub fn #ident<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::Into<::serde_json::Value>,
        {
            self.#ident = crate::setters::json_object(value.into()).map(#wrap).map_err(|e| format!(#failed));
            self
        }
    }
}

/// The `X` of the generated bound `T: TryInto<X>`.
fn setter_target(setter: &syn::ImplItemFn) -> Option<Type> {
    let clause = setter.sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(bound) = predicate else { return None };
        bound.bounds.iter().find_map(|b| {
            let syn::TypeParamBound::Trait(t) = b else { return None };
            let last = t.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            generic_arg(&last.arguments).cloned()
        })
    })
}

fn module<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == name => Some(items),
        _ => None,
    })
}

fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                rename = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    rename
}

fn generic_arg(arguments: &syn::PathArguments) -> Option<&Type> {
    let syn::PathArguments::AngleBracketed(args) = arguments else { return None };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// `X` when `ty` is `<path ending in wrapper><X, ...>`.
fn wrapped<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    generic_arg(&last.arguments)
}

fn option_inner(ty: &Type) -> Option<&Type> {
    wrapped(ty, "Option")
}

fn vec_inner(ty: &Type) -> Option<&Type> {
    wrapped(ty, "Vec")
}

fn result_ok(ty: &Type) -> Option<&Type> {
    wrapped(ty, "Result")
}

fn is_json_object(ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    let segments: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
    segments == ["serde_json", "Map"]
}
