//! `cargo xtask regen`: the maintainers' one command after editing openapi.yaml.
//!
//! It validates and lints the spec, regenerates every committed artifact derived from it, and prints what
//! changed in the API since the last regen, flagging what breaks SDK users. `--check` changes nothing and
//! fails when anything committed is stale.

mod lint;
mod snapshot;
mod surface;

/// The CLI's generator, beside the SDK's (the SDK's build.rs does not compile it).
#[path = "../../codegen/cli/mod.rs"]
mod cli;
#[path = "../../codegen/mod.rs"]
#[allow(dead_code)]
mod codegen;

use codegen::{naming, paging, spec};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

const HELP: &str = "\
cargo xtask regen [--check]

After editing openapi.yaml, run `cargo xtask regen`. It
  1. parses openapi.yaml (OpenAPI 3.0) and lints it: operationIds, tags, summaries, error responses,
     examples, named models, unused components; problems are reported as file + JSON pointer;
  2. regenerates the committed artifacts derived from it:
       xtask/snapshots/raw_client.rs     readable snapshot of the client build.rs generates (for review)
       xtask/snapshots/sdk_*.rs          readable snapshots of the other files build.rs generates
       xtask/snapshots/cli_*.rs          readable snapshots of the files cli/build.rs generates
       xtask/snapshots/api-surface.json  the API surface: operations, schemas, fields, types
       README.md                         the operations table between <!-- operations:start/end -->
  3. prints what changed in the API since the last regen, marking BREAKING changes for SDK users
     (a removed operation or field, a newly required input field, a changed type).
Then review the diff, run `cargo test`, commit.

  --check   change nothing; exit 1 when an artifact is stale (CI runs this), 0 when all are current.

Exit status: 0 success, 1 stale artifacts (--check), 2 invalid spec or usage.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["regen"] => false,
        ["regen", "--check"] | ["--check", "regen"] => true,
        ["-h"] | ["--help"] | ["help"] | ["regen", "-h" | "--help"] => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("usage: cargo xtask regen [--check]   (cargo xtask --help for more)");
            return ExitCode::from(2);
        }
    };
    // No backtraces for maintainers: a panic inside the generator is reported as an error below.
    std::panic::set_hook(Box::new(|_| {}));
    match regen(&root(), check) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Reads and checks the spec with the generators' one reader (YAML, OpenAPI 3.0 structure), then lints its
/// JSON form. Errors name the file and a line or a JSON pointer.
fn load(path: &Path) -> Result<(codegen::spec::Spec, Value), String> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {name}: {e}"))?;
    let spec = codegen::spec::Spec::parse(&name, &text)?;
    let value = serde_json::to_value(&spec.api).map_err(|e| format!("{name}: {e}"))?;
    let problems = lint::lint(&value);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  {name}#{}: {}", p.pointer, p.message)).collect();
        return Err(format!("{} problem(s) in the spec:\n{}", problems.len(), list.join("\n")));
    }
    Ok((spec, value))
}

/// Every file the SDK's build.rs and the CLI's write, as its committed snapshot (`xtask/snapshots/<name>`, the
/// raw client as `raw_client.rs`, the CLI's as `cli_<name>`), formatted for review.
pub fn snapshots(spec: &spec::Spec) -> Result<Vec<(String, String)>, String> {
    let sdk =
        codegen::files(spec)?.into_iter().map(|(name, tokens)| (snapshot::path(name), codegen::GENERATED, tokens));
    let cli = cli::files(spec)?.into_iter().map(|(name, tokens)| (snapshot::cli_path(name), cli::GENERATED, tokens));
    sdk.chain(cli)
        .map(|(path, header, tokens)| {
            let file: syn::File = syn::parse2(tokens).map_err(|e| format!("{path} does not parse: {e}"))?;
            Ok((path, snapshot::text(header, file)))
        })
        .collect()
}

/// The README's operations table: the Rust call, the HTTP route and the summary, grouped by resource.
/// Every operationId is `<resource>_<method>`, which is `pf.<resource>().<method>(..)` in the SDK.
pub fn operations_table(spec: &codegen::spec::Spec) -> Result<String, String> {
    let tags: Vec<&str> = spec.api.tags.iter().map(|t| t.name.as_str()).collect();
    let mut rows: Vec<(usize, String, String)> = Vec::new();
    for op in spec.operations() {
        let tag = op.tag()?;
        let (resource, call) = naming::resource_method(tag, op.id)?;
        // As codegen/resources.rs writes the method: path parameters, query filters, then the body.
        let mut args: Vec<String> = spec.path_parameters(&op)?.iter().map(|p| naming::field(&p.name)).collect();
        let has_query = !spec.query_parameters(&op)?.is_empty();
        if has_query {
            args.push("params".to_owned());
        }
        if op.op.request_body.is_some() {
            args.push(if has_query { "body" } else { "params" }.to_owned());
        }
        let order = tags.iter().position(|t| *t == tag).unwrap_or(usize::MAX);
        let row = format!(
            "| `pf.{resource}().{call}({})` | `{}` | {} |",
            args.join(", "),
            op.route(),
            op.op.summary.as_deref().unwrap_or("")
        );
        rows.push((order, op.id.to_owned(), row));
    }
    rows.sort();
    let mut table = String::from("| Rust call | HTTP | Summary |\n|---|---|---|\n");
    for (_, _, row) in rows {
        table.push_str(&row);
        table.push('\n');
    }
    Ok(table)
}

const START: &str = "<!-- operations:start -->\n";
const END: &str = "<!-- operations:end -->";

fn with_table(readme: &str, table: &str) -> Result<String, String> {
    let start = readme.find(START).ok_or("README.md has no <!-- operations:start --> marker")? + START.len();
    let end = readme[start..].find(END).ok_or("README.md has no <!-- operations:end --> marker")? + start;
    Ok(format!("{}{}{}", &readme[..start], table, &readme[end..]))
}

/// Returns Ok(true) when everything is (now) current, Ok(false) when `check` found stale artifacts.
fn regen(root: &Path, check: bool) -> Result<bool, String> {
    let spec_path = root.join("openapi.yaml");
    let (model, spec) = load(&spec_path)?;
    let snapshots = std::panic::catch_unwind(|| snapshots(&model))
        .map_err(|panic| {
            let why =
                panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
            format!("progenitor failed on {}: {}", spec_path.display(), why.unwrap_or_else(|| "unknown reason".into()))
        })?
        .map_err(|e| format!("{}: {e}", spec_path.display()))?;

    let surface = surface::surface(&spec);
    let surface_text = serde_json::to_string_pretty(&surface).expect("JSON values serialize") + "\n";
    let surface_path = root.join("xtask/snapshots/api-surface.json");
    let previous: Option<Value> =
        std::fs::read_to_string(&surface_path).ok().and_then(|t| serde_json::from_str(&t).ok());

    let readme_path = root.join("README.md");
    let readme =
        std::fs::read_to_string(&readme_path).map_err(|e| format!("cannot read {}: {e}", readme_path.display()))?;
    let readme_new = with_table(&readme, &operations_table(&model)?)?;

    let mut artifacts: Vec<(PathBuf, String)> =
        snapshots.into_iter().map(|(path, text)| (root.join(path), text)).collect();
    artifacts.push((surface_path.clone(), surface_text));
    artifacts.push((readme_path, readme_new));

    match &previous {
        None => println!("No previous API surface: this regen records the first one."),
        Some(previous) => {
            let changes = surface::diff(previous, &surface);
            if changes.is_empty() {
                println!("No API changes since the last regen.");
            } else {
                let breaking = changes.iter().filter(|c| c.breaking).count();
                println!(
                    "API changes since the last regen ({} change(s), {breaking} breaking for SDK users):",
                    changes.len()
                );
                for c in &changes {
                    println!("  {} {}", if c.breaking { "BREAKING" } else { "        " }, c.text);
                }
            }
        }
    }

    let mut stale = Vec::new();
    for (path, content) in &artifacts {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current != *content {
            stale.push(path.strip_prefix(root).unwrap_or(path).display().to_string());
            if !check {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                }
                std::fs::write(path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
    }
    if stale.is_empty() {
        println!("All artifacts are current.");
        Ok(true)
    } else if check {
        eprintln!("Stale (run `cargo xtask regen` and commit):");
        for s in &stale {
            eprintln!("  {s}");
        }
        Ok(false)
    } else {
        println!("Regenerated:");
        for s in &stale {
            println!("  {s}");
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON form lint reads, from the one reader.
    fn spec() -> Value {
        load(&root().join("openapi.yaml")).unwrap().1
    }

    #[test]
    fn the_committed_spec_lints_clean() {
        assert_eq!(lint::lint(&spec()), vec![]);
    }

    #[test]
    fn lint_reports_pointers() {
        let mut bad = spec();
        let op = bad.pointer_mut("/paths/~1products/get").unwrap();
        op.as_object_mut().unwrap().remove("summary");
        op["tags"] = serde_json::json!(["Products", "Orders"]);
        op["responses"]["404"] = serde_json::json!({"description": "x", "content": {"application/json": {"schema": {"type": "object", "properties": {"m": {"type": "string"}}}}}});
        bad.pointer_mut("/paths/~1orders/get").unwrap()["operationId"] = "products_list".into();
        bad["components"]["schemas"]["Orphan"] = serde_json::json!({"type": "string"});
        let problems: Vec<String> =
            lint::lint(&bad).into_iter().map(|p| format!("{} {}", p.pointer, p.message)).collect();
        for expected in [
            "/paths/~1products/get/summary is missing",
            "/paths/~1products/get/tags must have exactly one tag (its resource)",
            "/paths/~1products/get/responses/404 must reference the ErrorBody schema",
            "/components/schemas/Orphan is never referenced",
        ] {
            assert!(problems.iter().any(|p| p == expected), "{expected:?} not in {problems:#?}");
        }
        assert!(problems.iter().any(|p| p.starts_with("/paths/~1orders/get/operationId operationId \"products_list\" is already used")), "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("inline object schema")), "{problems:#?}");
    }

    /// The SDK's method and the CLI's command of an operation come from the same split: the tag in snake_case,
    /// then the rest of the operationId, however many words it has.
    #[test]
    fn an_operation_is_its_tags_resource_and_the_rest_of_its_id() {
        assert_eq!(naming::resource_method("Products", "products_add_file").unwrap(), ("products".into(), "add_file"));
        assert_eq!(
            naming::resource_method("SubscriptionOffers", "subscription_offers_list").unwrap(),
            ("subscription_offers".into(), "list")
        );
        assert_eq!(naming::params_type("Products", "products_add_file").unwrap(), "AddFileProductsParams");
        let err = naming::resource_method("Refunds", "payouts_list").unwrap_err();
        assert!(err.contains("refunds_<method> for tag Refunds"), "{err}");
        assert!(naming::resource_method("Products", "products_").is_err());
    }

    #[test]
    fn operation_ids_name_their_resource_and_numbers_are_money() {
        let mut bad = spec();
        bad.pointer_mut("/paths/~1orders/get").unwrap()["operationId"] = "listOrders".into();
        bad["components"]["schemas"]["Order"]["properties"]["shipping"] = serde_json::json!({"type": "number"});
        let problems: Vec<String> =
            lint::lint(&bad).into_iter().map(|p| format!("{} {}", p.pointer, p.message)).collect();
        assert!(
            problems.iter().any(|p| p.starts_with("/paths/~1orders/get/operationId operationId \"listOrders\" must be named <resource>_<method>: orders_<method>")),
            "{problems:#?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with("/components/schemas/Order/properties/shipping a plain number")),
            "{problems:#?}"
        );
    }

    #[test]
    fn patterns_and_dates_belong_to_schemas_with_an_sdk_type() {
        let mut bad = spec();
        let product = &mut bad["components"]["schemas"]["CreateProductParams"]["properties"];
        product["slug"] = serde_json::json!({"type": "string", "pattern": "^[a-z-]+$"});
        product["subtitle"] = serde_json::json!({"type": "string", "format": "date-time"});
        bad["components"]["schemas"]["Currency"]["x-sdk-type"] = "Decimal".into();
        bad["components"]["schemas"]["IsoDate"]["type"] = "number".into();
        let problems: Vec<String> =
            lint::lint(&bad).into_iter().map(|p| format!("{} {}", p.pointer, p.message)).collect();
        for expected in [
            "/components/schemas/CreateProductParams/properties/slug/pattern",
            "/components/schemas/CreateProductParams/properties/subtitle/format",
            "/components/schemas/Currency/x-sdk-type must be Money or String, got \"Decimal\"",
            "/components/schemas/IsoDate/type x-sdk-type \"String\" needs type: string",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(expected)), "{expected:?} not in {problems:#?}");
        }
        // The shipped spec's own patterns and dates are all inside such schemas.
        assert!(lint::lint(&spec()).is_empty());
    }

    #[test]
    fn diff_flags_breaking_changes() {
        let old = surface::surface(&spec());
        let mut edited = spec();
        edited["paths"].as_object_mut().unwrap().remove("/refunds/{id}");
        let product = &mut edited["components"]["schemas"]["Product"]["properties"];
        product.as_object_mut().unwrap().remove("slug");
        product["price"] = serde_json::json!({"type": "string"});
        let create = &mut edited["components"]["schemas"]["CreateProductParams"];
        create["properties"]["sku"] = serde_json::json!({"type": "string"});
        create["required"].as_array_mut().unwrap().push("sku".into());
        edited["components"]["schemas"]["Order"]["properties"]["coupon"] = serde_json::json!({"type": "string"});
        edited["components"]["schemas"]["RefundStatus"]["enum"].as_array_mut().unwrap().push("reversed".into());
        let changes = surface::diff(&old, &surface::surface(&edited));
        let find = |text: &str| {
            changes.iter().find(|c| c.text.contains(text)).unwrap_or_else(|| panic!("{text:?} not in {changes:#?}"))
        };
        assert!(find("operation refunds_get (GET /refunds/{id}) removed").breaking);
        assert!(find("Product.slug removed").breaking);
        assert!(find("Product.price retyped").breaking);
        assert!(find("CreateProductParams.sku added (required").breaking);
        assert!(!find("Order.coupon added (optional").breaking);
        assert!(!find("value \"reversed\" added").breaking);
        assert!(surface::diff(&old, &old).is_empty());
    }

    #[test]
    fn table_replaces_only_between_markers() {
        let readme = "intro\n<!-- operations:start -->\nold\n<!-- operations:end -->\noutro\n";
        assert_eq!(
            with_table(readme, "new\n").unwrap(),
            "intro\n<!-- operations:start -->\nnew\n<!-- operations:end -->\noutro\n"
        );
        assert!(with_table("no markers", "x").is_err());
    }

    /// `x-sdk-paging` drives `list_all` and the CLI's `--all` (README, Maintaining the spec): every name in it
    /// must be the operation's, or the generators fail naming the operation and the name.
    #[test]
    fn paging_names_what_the_operation_lacks() {
        let committed = std::fs::read_to_string(root().join("openapi.yaml")).unwrap();
        let anchor =
            "{by: page, start: page, size: pageSize, defaultSize: 20, items: [orders], pagination: pagination}";
        assert!(committed.contains(anchor), "orders_list no longer pages so: update this test");
        let cases = [
            ("size: pageSize,", "size: perPage,", "orders_list: x-sdk-paging: the operation has no parameter perPage"),
            ("items: [orders]", "items: [rows]", "orders_list: x-sdk-paging: the answer has no field rows"),
            ("by: page,", "by: cursor,", "orders_list: x-sdk-paging: by is page or offset, not cursor"),
            ("defaultSize: 20", "defaultSize: 0", "orders_list: x-sdk-paging: defaultSize must be a whole number"),
            (
                "pagination: pagination}",
                "pagination: orders}",
                "orders_list: x-sdk-paging: the answer's orders must be a Pagination",
            ),
            ("{by: page,", "{sort: newest, by: page,", "orders_list: x-sdk-paging: unknown key sort"),
            ("start: page, ", "", "orders_list: x-sdk-paging: start is required, as text"),
            ("size: pageSize,", "size: page,", "orders_list: x-sdk-paging: start and size are both page"),
            (
                "size: pageSize,",
                "size: startDate,",
                "orders_list: x-sdk-paging: startDate must be an integer of format uint32",
            ),
            (
                "defaultSize: 20",
                "defaultSize: 2000",
                "orders_list: x-sdk-paging: defaultSize 2000 is above the maximum of pageSize",
            ),
        ];
        for (from, to, expected) in cases {
            let spec = committed.replacen(anchor, &anchor.replacen(from, to, 1), 1);
            let spec = codegen::spec::Spec::parse("openapi.yaml", &spec).unwrap();
            let sdk = codegen::files(&spec).err().unwrap_or_default();
            assert!(sdk.contains(expected), "{to}: {sdk}");
            let cli = cli::files(&spec).err().unwrap_or_default();
            assert!(cli.contains(expected), "{to}: {cli}");
        }
        // Items that pagination cannot de-duplicate (no required `_id`), and paging on what is not a list.
        let no_id = committed.replacen(
            "required: [_id, userId, productId, buyerEmail,",
            "required: [userId, productId, buyerEmail,",
            1,
        );
        let on_get = committed.replacen(
            "      operationId: orders_get\n",
            "      operationId: orders_get\n      x-sdk-paging: {by: page, start: page, size: pageSize, defaultSize: 20}\n",
            1,
        );
        let under_a_path_parameter = committed.replacen(
            "  /orders:\n    get:\n      operationId: orders_list\n",
            "  /shops/{id}/orders:\n    get:\n      operationId: orders_list\n",
            1,
        );
        let under_a_path_parameter = under_a_path_parameter.replacen(
            "      parameters:\n        - $ref: '#/components/parameters/Page'\n",
            "      parameters:\n        - $ref: '#/components/parameters/Id'\n        - $ref: '#/components/parameters/Page'\n",
            1,
        );
        for (spec, expected) in [
            (under_a_path_parameter, "orders_list: x-sdk-paging: a list with path parameters cannot page"),
            (no_id, "orders_list: x-sdk-paging: the items (Order) need a required string _id"),
            (on_get, "orders_get: x-sdk-paging: pages a resource's list (<resource>_list), not its get"),
        ] {
            assert_ne!(spec, committed, "the spec no longer has what this case edits: update this test");
            let spec = codegen::spec::Spec::parse("openapi.yaml", &spec).unwrap();
            let sdk = codegen::files(&spec).err().unwrap_or_default();
            assert!(sdk.contains(expected), "{sdk}");
        }
        let spec = codegen::spec::Spec::parse("openapi.yaml", &committed).unwrap();
        let paged: Vec<&str> =
            spec.operations().iter().filter(|op| paging::of(&spec, op).unwrap().is_some()).map(|op| op.id).collect();
        assert_eq!(paged, ["orders_list", "customers_list", "subscriptions_list"]);
    }

    #[test]
    fn bad_specs_get_file_and_pointer() {
        let dir = std::env::temp_dir().join(format!("xtask-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("openapi.yaml");
        std::fs::write(&path, "openapi: 3.0.3\ninfo: [not, a, map]\npaths: {}\n").unwrap();
        let err = load(&path).unwrap_err();
        assert!(err.contains("openapi.yaml#/info: not a valid OpenAPI 3.0 document"), "{err}");
        std::fs::write(&path, "openapi: 3.0.3\n  bad: indent\n").unwrap();
        let err = load(&path).unwrap_err();
        assert!(err.contains("openapi.yaml:2:"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `--check` passes on what is committed, and fails (changing nothing) when any artifact is stale: the raw
    /// client snapshot, the API surface or the README's operations table; a regen makes them current again.
    #[test]
    fn check_fails_on_each_stale_artifact_and_regen_fixes_it() {
        let dir = std::env::temp_dir().join(format!("pocketsflow-xtask-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("xtask/snapshots")).unwrap();
        for file in ["openapi.yaml", "README.md"] {
            std::fs::copy(root().join(file), dir.join(file)).unwrap();
        }
        for entry in std::fs::read_dir(root().join("xtask/snapshots")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.join("xtask/snapshots").join(entry.file_name())).unwrap();
        }
        assert_eq!(regen(&dir, true), Ok(true), "the committed artifacts are current");
        type Edit = fn(String) -> String;
        let stale_edits: [(&str, Edit); 5] = [
            ("xtask/snapshots/raw_client.rs", |text| text.replacen("pub mod types", "pub mod typez", 1)),
            ("xtask/snapshots/sdk_enums.rs", |text| text.replacen("OneTime", "OnceOnly", 1)),
            ("xtask/snapshots/cli_dispatch.rs", |text| text.replacen("list_all", "list_every", 1)),
            ("xtask/snapshots/api-surface.json", |text| text.replacen("products_list", "products_lisst", 1)),
            ("README.md", |text| text.replacen("| List all products |", "| List every product |", 1)),
        ];
        for (file, edit) in stale_edits {
            let path = dir.join(file);
            let original = std::fs::read_to_string(&path).unwrap();
            let edited = edit(original.clone());
            assert_ne!(edited, original, "{file}: the edit of this test no longer applies");
            std::fs::write(&path, &edited).unwrap();
            assert_eq!(regen(&dir, true), Ok(false), "{file} stale, yet --check passed");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), edited, "--check changed {file}");
            assert_eq!(regen(&dir, false), Ok(true));
            assert_eq!(std::fs::read_to_string(&path).unwrap(), original, "regen did not restore {file}");
            assert_eq!(regen(&dir, true), Ok(true));
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
