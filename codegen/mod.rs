//! The generators' code, one module per concern, included (`#[path]`) by the SDK's `build.rs`, the CLI's
//! `build.rs` and `cargo xtask`, so that all of them read openapi.yaml the same way:
//!
//! - [`spec`]: the one reader of the document (one YAML parse, one typed model, one `$ref` resolver);
//! - [`naming`]: how a name of the spec becomes a Rust item, a flag or a type name;
//! - [`paging`]: which operations page and how (`x-sdk-paging`), and their `list_all` methods;
//! - [`raw`]: the raw client, progenitor run with this crate's settings;
//! - [`resources`]: the resource modules and their methods, one per operation;
//! - [`setters`]: the rewrite of progenitor's builder setters;
//! - [`sdk`]: what the hand-written layer would otherwise copy from the spec (open enums, events, params, ...);
//! - `cli/`: the CLI's commands, included beside this tree by the CLI's `build.rs` and by `cargo xtask` (the
//!   SDK's `build.rs` does not compile it).
//!
//! Every generated file is emitted as tokens (`quote!`); `cargo xtask regen` writes each one, formatted, to
//! `xtask/snapshots/` for review.

pub mod naming;
pub mod paging;
pub mod raw;
pub mod resources;
pub mod sdk;
pub mod setters;
pub mod spec;

/// The first line of every generated file.
pub const GENERATED: &str = "// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.\n";

/// Every file `build.rs` writes to `OUT_DIR`, by name, as tokens.
pub fn files(spec: &spec::Spec) -> Result<Vec<(&'static str, proc_macro2::TokenStream)>, String> {
    let enums = sdk::open_enums(spec)?;
    let layer = sdk::generate(spec, &enums)?;
    Ok(vec![
        ("pocketsflow_raw.rs", raw::generate(spec, &enums)?),
        ("sdk_enums.rs", layer.enums),
        ("sdk_events.rs", layer.events),
        ("sdk_params.rs", layer.params),
        ("sdk_identified.rs", layer.identified),
        ("sdk_routes.rs", layer.routes),
        ("sdk_error_codes.rs", layer.error_codes),
        ("sdk_resources.rs", resources::source(spec)?),
        ("sdk_paging.rs", paging::list_all_source(spec)?),
    ])
}

/// The table of every generated file by name, as the crate compiles it in (`pocketsflow::raw::GENERATED_SOURCES`,
/// which the test suite compares with the snapshots): written by `build.rs` beside the files themselves.
pub fn sources_table(names: &[&str]) -> proc_macro2::TokenStream {
    let paths = names.iter().map(|name| format!("/{name}"));
    quote::quote! { &[#((#names, include_str!(concat!(env!("OUT_DIR"), #paths))),)*] }
}
