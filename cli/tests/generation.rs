//! A new operation in openapi.yaml becomes a command without any edit to the CLI, proven on a copy of the
//! workspace: the copy's spec gains `products_archive` (`POST /products/{id}/archive`, a body with a required and
//! an optional field, answering a Product), and nothing else in the copy changes: the SDK generates the resource
//! method (`pf.products().archive(id, body)`) and the CLI the command. The copy's `pocketsflow` then has the
//! command, with its flags, help, example and completion, and runs it: the request a server receives and the CSV
//! row it writes.
//!
//! The copy builds offline in `target/nested` (tests/common/nested.rs), as `tests/generation.rs` of the SDK does (a build inside
//! the running `cargo test` cannot share the workspace's target directory); the first run compiles the
//! dependencies once. Set `POCKETSFLOW_SKIP_GENERATION_PROOF=1` to skip it locally; CI always runs it.

mod common;
#[path = "../../tests/common/nested.rs"]
mod nested;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::Cli;
use nested::{cargo_offline, copy_dir, edit};
use serde_json::{json, Value};

/// The workspace: the SDK's crate, with `cli/` in it.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("cli/ is in the workspace").to_path_buf()
}

/// The workspace as a maintainer has it: its manifest and lock file, the SDK, the CLI and the xtask crate.
fn copy_workspace() -> PathBuf {
    let root = root();
    let copy = common::temp_dir("generation");
    for dir in ["src", "codegen", "examples", "benches", "cli", "xtask"] {
        copy_dir(&root.join(dir), &copy.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs", "openapi.yaml", "README.md", "LICENSE"] {
        std::fs::copy(root.join(file), copy.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    copy
}

/// The new operation, for an existing resource, and its body's schema.
fn add_operation(copy: &Path) {
    let path = copy.join("openapi.yaml");
    let mut spec = std::fs::read_to_string(&path).unwrap();
    edit(
        &mut spec,
        "\n  /products/variants:\n",
        "
  /products/{id}/archive:
    post:
      operationId: products_archive
      tags: [Products]
      summary: Archive a product
      description: Takes a product off sale; its orders and customers stay.
      parameters:
        - $ref: '#/components/parameters/Id'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ArchiveProductParams'
      responses:
        '2XX':
          description: Success
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Product'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
        '500':
          $ref: '#/components/responses/InternalServerError'
  /products/variants:
",
        "openapi.yaml",
    );
    edit(
        &mut spec,
        "\n  schemas:\n",
        "
  schemas:
    ArchiveProductParams:
      description: Why a product is archived, and who hears of it.
      type: object
      required: [reason]
      properties:
        reason:
          type: string
          description: Why the product leaves the shop, shown to its buyers.
        notifyBuyers:
          type: boolean
          description: Whether its buyers get an email about it.
      example:
        reason: discontinued
        notifyBuyers: true
",
        "openapi.yaml",
    );
    std::fs::write(path, spec).unwrap();
}

/// Builds the copy's CLI offline; the path of its `pocketsflow`.
fn build_cli(copy: &Path) -> PathBuf {
    let args = ["build", "-p", "pocketsflow-cli", "--bin", "pocketsflow", "--message-format", "json"];
    let output = cargo_offline(copy, &root(), &args);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let messages: Vec<Value> = stdout.lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
    if !output.status.success() {
        let rendered: Vec<&str> = messages.iter().filter_map(|m| m["message"]["rendered"].as_str()).collect();
        panic!("the copy with a new operation did not build:\n{}\n{stderr}", rendered.join("\n"));
    }
    let executable = messages
        .iter()
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "pocketsflow")
        .find_map(|m| m["executable"].as_str())
        .unwrap_or_else(|| panic!("no pocketsflow binary in cargo's messages:\n{stderr}"));
    PathBuf::from(executable)
}

/// A server answering `POST /products/{id}/archive` with the spec's example product (of that id), recording what
/// it receives.
struct ArchiveServer {
    url: String,
    received: Received,
    _runtime: tokio::runtime::Runtime,
}

/// The id in the path, the `Authorization` header and the body of each request.
type Received = Arc<Mutex<Vec<(String, Option<String>, Value)>>>;

impl ArchiveServer {
    fn start(product: Value) -> ArchiveServer {
        use axum::extract::{Path as UrlPath, State};
        use axum::http::HeaderMap;
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received: Received = Arc::default();
        let app = axum::Router::new()
            .route(
                "/products/{id}/archive",
                axum::routing::post(
                    |State((product, received)): State<(Value, Received)>,
                     UrlPath(id): UrlPath<String>,
                     headers: HeaderMap,
                     body: String| async move {
                        let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_owned);
                        let body = serde_json::from_str(&body).unwrap_or(Value::String(body));
                        received.lock().unwrap().push((id.clone(), auth, body));
                        let mut product = product;
                        product["_id"] = json!(id);
                        ([("content-type", "application/json")], product.to_string())
                    },
                ),
            )
            .with_state((product, received.clone()));
        runtime.spawn(async move { axum::serve(listener, app).await });
        ArchiveServer { url, received, _runtime: runtime }
    }
}

#[test]
fn a_new_operation_in_the_spec_is_a_command_with_no_edit_to_the_cli() {
    if std::env::var_os("POCKETSFLOW_SKIP_GENERATION_PROOF").is_some() && std::env::var_os("CI").is_none() {
        eprintln!("skipped: POCKETSFLOW_SKIP_GENERATION_PROOF is set");
        return;
    }
    let copy = copy_workspace();
    add_operation(&copy);
    let binary = build_cli(&copy);
    let cli = || Cli::of(&binary);

    // Its resource lists it, with its summary and an example taken from the spec's examples.
    let resource = cli().run(["products", "--help"]);
    resource.ok();
    assert!(
        resource.stdout.contains("archive") && resource.stdout.contains("Archive a product"),
        "{}",
        resource.stdout
    );
    assert!(
        resource.stdout.contains("pocketsflow products archive 65a1b2c3d4e5f60718293a4b --reason discontinued"),
        "no example of the new command: {}",
        resource.stdout
    );

    // Its own help: the route, the answer, and a flag per body field with the field's description.
    let help = cli().run(["products", "archive", "--help"]);
    help.ok();
    for expected in [
        "Archive a product",
        "POST /products/{id}/archive",
        "answers with a Product",
        "<ID>",
        "--reason <TEXT>",
        "Why the product leaves the shop, shown to its buyers. [reason]",
        "--notify-buyers",
        "Whether its buyers get an email about it. [notifyBuyers]",
        "--json-body",
    ] {
        assert!(help.stdout.contains(expected), "the help lacks {expected:?}:\n{}", help.stdout);
    }

    // Completion knows it.
    let bash = cli().run(["completions", "bash"]);
    bash.ok();
    assert!(bash.stdout.contains("archive") && bash.stdout.contains("--notify-buyers"), "no completion");

    // The required field is required: a usage error, nothing sent.
    let product: Value = {
        let spec: Value = serde_norway::from_str(&std::fs::read_to_string(copy.join("openapi.yaml")).unwrap()).unwrap();
        spec["components"]["schemas"]["Product"]["example"].clone()
    };
    let server = ArchiveServer::start(product);
    let against = |cli: &mut Cli| {
        cli.env("POCKETSFLOW_API_KEY", "pk_test_generation").env("POCKETSFLOW_BASE_URL", &server.url);
    };
    let id = "65f0000000000000000000aa";
    let mut missing = cli();
    against(&mut missing);
    missing.run(["products", "archive", id]).code(2);
    assert!(server.received.lock().unwrap().is_empty(), "a usage error sent a request");

    // Run: the SDK's call with the flags as the body, the answer as a Product row.
    let mut archive = cli();
    against(&mut archive);
    let run = archive.run(["products", "archive", id, "--reason", "discontinued", "--notify-buyers", "-o", "csv"]);
    run.ok();
    let received = server.received.lock().unwrap().clone();
    assert_eq!(
        received,
        [(
            id.to_owned(),
            Some("Bearer pk_test_generation".to_owned()),
            json!({"reason": "discontinued", "notifyBuyers": true})
        )]
    );
    let rows = common::parse_csv(&run.stdout);
    assert_eq!(rows.len(), 2, "a header and the product: {}", run.stdout);
    // The columns of a Product, as for any other command answering one.
    let fake = common::Fake::demo();
    let products = fake.cli().run(["products", "list"]).json();
    let get = fake.cli().run(["products", "get", products[0]["_id"].as_str().unwrap(), "-o", "csv"]);
    get.ok();
    assert_eq!(rows[0], common::parse_csv(&get.stdout)[0], "the new command's columns are a Product's");
    assert_eq!(rows[1][0], id);

    let _ = std::fs::remove_dir_all(&copy);
}
