//! Generates, on every build, what the crate includes from `$OUT_DIR`: the raw client (progenitor on
//! `openapi.yaml`, `pocketsflow_raw.rs`, included by `src/generated.rs`) and what the hand-written layer would
//! otherwise copy from the spec (`sdk_*.rs`: open enums, webhook events, list params, id accessors, routes,
//! error codes, the resource methods and their `list_all`). The generators live in `codegen/` (shared with the
//! CLI and `cargo xtask`, which snapshots every file for review). Nobody edits the output: change
//! `openapi.yaml`, then run `cargo xtask regen`.

use std::path::Path;

#[path = "codegen/mod.rs"]
#[allow(dead_code)]
mod codegen;

fn main() {
    println!("cargo:rerun-if-changed=openapi.yaml");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=codegen");
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let spec_path = Path::new(&manifest_dir).join("openapi.yaml");
    let result = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))
        .and_then(|text| codegen::spec::Spec::parse("openapi.yaml", &text))
        .and_then(|spec| codegen::files(&spec));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let written = result.and_then(|mut files| {
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        files.push(("generated_sources.rs", codegen::sources_table(&names)));
        files.into_iter().try_for_each(|(name, tokens)| {
            let out = Path::new(&out_dir).join(name);
            std::fs::write(&out, format!("{}{tokens}\n", codegen::GENERATED))
                .map_err(|e| format!("cannot write {}: {e}", out.display()))
        })
    });
    if let Err(message) = written {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}
