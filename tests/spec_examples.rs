//! openapi.yaml stays trustworthy: every example validates against its own schema (with a real JSON Schema
//! validator, `$ref`s resolved, `nullable` honoured, and no field the schema does not name), the spec lints
//! clean, and the committed snapshot of the generated client is exactly what build.rs generates.

mod common;

#[allow(dead_code)] // `cli_path`: the CLI's snapshots are the CLI's (`cargo xtask regen --check`)
#[path = "../xtask/src/snapshot.rs"]
mod snapshot;

#[path = "../codegen/naming.rs"]
#[allow(dead_code)]
mod naming;

#[path = "../codegen/spec.rs"]
#[allow(dead_code)]
mod spec;

#[path = "../xtask/src/lint.rs"]
#[allow(dead_code)]
mod lint;

use common::*;
use serde_json::{json, Value};

/// The spec's schemas with `additionalProperties: false` wherever an object leaves it open: the API may add
/// fields, but an example must not carry a field its schema does not name (a renamed field shows up here).
fn strict(mut spec: Value) -> Value {
    fn walk(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
                map.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut spec["components"]);
    spec
}

/// Validation errors of every example in `spec`: (where, errors).
fn example_errors(spec: &Value) -> Vec<(String, Vec<String>)> {
    let spec = strict(spec.clone());
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        let Some(example) = schema.get("example") else { continue };
        count += 1;
        let mut root = schema.clone();
        root.as_object_mut().unwrap().remove("example");
        root["components"] = spec["components"].clone();
        let validator = validator_in(&root);
        let errors: Vec<String> =
            validator.iter_errors(example).map(|e| format!("{e} at {}", e.instance_path())).collect();
        if !errors.is_empty() {
            failures.push((format!("#/components/schemas/{name}/example"), errors));
        }
    }
    assert!(count >= 30, "only {count} examples found");
    failures
}

/// A validator for a root schema that carries the spec's components, with nullable translated.
fn validator_in(root: &Value) -> jsonschema::Validator {
    let mut root = root.clone();
    fn nullable(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.remove("nullable") == Some(Value::Bool(true)) {
                    let inner = Value::Object(std::mem::take(map));
                    map.insert("anyOf".into(), json!([inner, {"type": "null"}]));
                }
                map.values_mut().for_each(nullable);
            }
            Value::Array(items) => items.iter_mut().for_each(nullable),
            _ => {}
        }
    }
    nullable(&mut root);
    jsonschema::options().with_draft(jsonschema::Draft::Draft4).build(&root).expect("schema compiles")
}

#[test]
fn every_example_validates_against_its_schema() {
    let failures = example_errors(spec());
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_field_renamed_in_a_schema_but_not_in_its_example_fails() {
    let mut edited = spec().clone();
    let props = edited["components"]["schemas"]["Product"]["properties"].as_object_mut().unwrap();
    let price = props.remove("price").unwrap();
    props.insert("unitPrice".into(), price);
    let required = edited["components"]["schemas"]["Product"]["required"].as_array_mut().unwrap();
    required.retain(|r| r != "price");
    let failures = example_errors(&edited);
    assert!(failures.iter().any(|(at, _)| at == "#/components/schemas/Product/example"), "{failures:#?}");

    // An optional field renamed too (no `required` to catch it): the strict check does.
    let mut edited = spec().clone();
    let props = edited["components"]["schemas"]["Refund"]["properties"].as_object_mut().unwrap();
    let reason = props.remove("reason").unwrap();
    props.insert("why".into(), reason);
    assert!(example_errors(&edited).iter().any(|(at, _)| at == "#/components/schemas/Refund/example"));
}

#[test]
fn nullable_is_honoured() {
    let mut edited = spec().clone();
    edited["components"]["schemas"]["Order"]["properties"]["country"]["nullable"] = json!(true);
    edited["components"]["schemas"]["Order"]["example"]["country"] = Value::Null;
    assert!(example_errors(&edited).is_empty());
    edited["components"]["schemas"]["Order"]["properties"]["country"].as_object_mut().unwrap().remove("nullable");
    assert!(!example_errors(&edited).is_empty(), "null without nullable is refused");
}

#[test]
fn the_spec_lints_clean() {
    let problems = lint::lint(spec());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn keywords_the_generator_cannot_carry_are_refused_by_the_lint() {
    let mut edited = spec().clone();
    edited["components"]["parameters"]["StartDate"]["schema"]["format"] = json!("date");
    edited["components"]["schemas"]["UpdateUserParams"]["properties"]["currency"]["pattern"] = json!("^[A-Z]{3}$");
    let pointers: Vec<String> = lint::lint(&edited).into_iter().map(|p| p.pointer).collect();
    assert_eq!(
        pointers,
        [
            "/components/parameters/StartDate/schema/format",
            "/components/schemas/UpdateUserParams/properties/currency/pattern"
        ]
    );
}

/// Every file build.rs wrote for this build (the raw client and the layer's `sdk_*.rs`) is committed, formatted,
/// under `xtask/snapshots/`: the code review sees what the crate is compiled from.
#[test]
fn the_committed_snapshots_are_what_build_rs_generates() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("xtask").exists() {
        // The packaged crate ships without xtask/.
        return;
    }
    let committed = std::fs::read_dir(root.join("xtask/snapshots"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name == "raw_client.rs" || name.starts_with("sdk_"))
        .count();
    assert_eq!(pocketsflow::raw::GENERATED_SOURCES.len(), committed, "one committed snapshot per generated file");
    for (name, source) in pocketsflow::raw::GENERATED_SOURCES {
        let path = snapshot::path(name);
        let (header, body) = source.split_once('\n').expect("a generated file starts with its header line");
        let file = syn::parse_file(body).unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
        let expected = snapshot::text(&format!("{header}\n"), file);
        let committed = std::fs::read_to_string(root.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(committed == expected, "{path} is stale: run `cargo xtask regen` and commit");
    }
}

/// openapi.yaml has one reader (README, Layout): outside test code, only `codegen/spec.rs` parses YAML or an
/// OpenAPI document, and `build.rs`, `cli/build.rs`, `cargo xtask` and the fake server's validation all call it.
#[test]
fn the_spec_has_one_reader() {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("xtask").exists() {
        // The packaged crate ships without xtask/ and cli/.
        return;
    }
    let mut files = vec![root.join("build.rs"), root.join("cli/build.rs")];
    for dir in ["codegen", "src", "cli/src", "xtask/src"] {
        sources(&root.join(dir), &mut files);
    }
    let reader = root.join("codegen/spec.rs");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // Tests may read the spec their own way, as an independent oracle (unit tests: a `#[cfg(test)]` module,
        // inline or in its own `tests.rs`).
        let code = if file.ends_with("tests.rs") { "" } else { text.split("#[cfg(test)]").next().unwrap() };
        if *file != reader {
            for parser in ["serde_norway::", "serde_yaml", "openapiv3::OpenAPI"] {
                assert!(!code.contains(parser), "{} parses the spec itself ({parser})", file.display());
            }
        }
    }
    for caller in ["build.rs", "cli/build.rs", "xtask/src/main.rs", "src/mock/spec.rs"] {
        let text = std::fs::read_to_string(root.join(caller)).unwrap();
        assert!(text.contains("Spec::parse("), "{caller} does not read the spec through codegen/spec.rs");
    }
}
