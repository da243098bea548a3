//! Generates the CLI's commands from `openapi.yaml`, the SDK's single source of truth: the generator is
//! `codegen/cli` (shared with `cargo xtask`, which snapshots both files for review); this writes its files to
//! `OUT_DIR`. Nobody edits the output: change `openapi.yaml`, then run `cargo xtask regen`.

#[path = "../codegen/cli/mod.rs"]
mod cli;
#[path = "../codegen/naming.rs"]
#[allow(dead_code)]
mod naming;
#[path = "../codegen/paging.rs"]
#[allow(dead_code)]
mod paging;
#[path = "../codegen/spec.rs"]
#[allow(dead_code)]
mod spec;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../codegen");
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let spec_path = Path::new(&manifest_dir).join("..").join("openapi.yaml");
    println!("cargo:rerun-if-changed={}", spec_path.display());
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let written = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))
        .and_then(|text| spec::Spec::parse("openapi.yaml", &text))
        .and_then(|spec| cli::files(&spec))
        .and_then(|files| {
            files.into_iter().try_for_each(|(name, tokens)| {
                let path = Path::new(&out_dir).join(name);
                std::fs::write(&path, format!("{}{tokens}\n", cli::GENERATED))
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))
            })
        });
    if let Err(message) = written {
        eprintln!("error: generating the CLI from openapi.yaml: {message}");
        std::process::exit(1);
    }
}
