//! Errors and exit codes: one line on stderr naming the operation, status, message and code; 1 for an API
//! error, 2 for a usage error, 3 for a network error; the API key never printed, whatever the server echoes;
//! `--verbose` traces requests without the key.

mod common;

use std::net::TcpListener;

use axum::http::{HeaderMap, StatusCode};
use axum::Router;
use common::{Cli, Fake};

#[test]
fn an_api_error_is_one_line_with_operation_status_message_and_code_and_exit_1() {
    let fake = Fake::demo();
    let run = fake.cli().run(["products", "get", "65f0000000000000000fffff"]);
    run.code(1);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "error: products_get: API error 404: Product not found (code NOT_FOUND)\n");
}

#[test]
fn usage_errors_exit_2_before_anything_is_sent() {
    let fake = Fake::demo();
    let cases: &[&[&str]] = &[
        &["products", "create", "--name", "X"],                   // --price required
        &["products", "create", "--name", "X", "--price", "abc"], // not a number
        &["products", "create", "--name", "X", "--price", "-1"],  // below the spec's minimum
        &["products", "create", "--name", "X", "--price", "NaN"], // not finite
        &["orders", "list", "--page", "0"],                       // below the spec's minimum
        &["orders", "list", "--page-size", "many"],
        &["orders", "list", "--no-such-flag"],
        &["orders", "frobnicate"],
        &["products", "get"], // the id is required
        &[
            "discounts",
            "create",
            "--name",
            "S",
            "--code",
            "C",
            "--value",
            "1",
            "--main-product-id",
            "P",
            "--active",
            "maybe",
        ],
        &["products", "list", "--output", "xml"],
        &["orders", "get", "--all", "x"], // --all only on paginated lists
    ];
    for args in cases {
        let run = fake.cli().run(*args);
        run.code(2);
        assert!(run.stderr.contains("error"), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
    }
    // Nothing reached the server.
    assert_eq!(fake.server.request_count("POST", "/products"), 0);
    assert_eq!(fake.server.request_count("GET", "/orders"), 0);
}

#[test]
fn input_the_sdk_refuses_is_a_usage_error() {
    let fake = Fake::demo();
    // An empty id, or one that cannot stay one path segment, is refused by the SDK before sending.
    for id in ["", "..", "."] {
        let run = fake.cli().run(["products", "get", id]);
        run.code(2);
        assert!(run.stderr.starts_with("error: "), "{id:?}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
    assert_eq!(fake.server.request_count("GET", "/products"), 0);
    assert_eq!(fake.server.request_count("GET", "/products/{id}"), 0);
}

#[test]
fn json_bodies_come_from_a_file_or_stdin_and_unknown_fields_are_refused() {
    let fake = Fake::demo();
    let dir = common::temp_dir("json-body");
    let file = dir.join("product.json");
    std::fs::write(&file, r#"{"name": "From File", "price": 12.5, "published": false}"#).unwrap();
    let created = fake.cli().run(["products", "create", "--json-body", file.to_str().unwrap()]).json();
    assert_eq!(created["name"], "From File");
    assert_eq!(created["published"], false);
    // Flags win over the file.
    let created = fake.cli().run(["products", "create", "--json-body", file.to_str().unwrap(), "--price", "20"]).json();
    assert_eq!(created["price"].as_f64(), Some(20.0));
    let created = fake
        .cli()
        .stdin(r#"{"name": "From Stdin", "price": 1}"#)
        .run(["products", "create", "--json-body", "-"])
        .json();
    assert_eq!(created["name"], "From Stdin");

    let typo = fake.cli().stdin(r#"{"nmae": "Typo", "price": 1}"#).run(["products", "create", "--json-body", "-"]);
    typo.code(2);
    assert!(typo.stderr.contains("`nmae`"), "{}", typo.stderr);
    let missing = fake.cli().stdin(r#"{"price": 1}"#).run(["products", "create", "--json-body", "-"]);
    missing.code(2);
    assert!(missing.stderr.contains("name"), "{}", missing.stderr);
    fake.cli().stdin("not json").run(["products", "create", "--json-body", "-"]).code(2);
    fake.cli().stdin("[1, 2]").run(["products", "create", "--json-body", "-"]).code(2);
    fake.cli().run(["products", "create", "--json-body", dir.join("missing.json").to_str().unwrap()]).code(2);
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn network_errors_exit_3() {
    let port = closed_port();
    let run = Cli::new().env("POCKETSFLOW_API_KEY", "pk_test_network_0123456789").run([
        "--base-url",
        &format!("http://127.0.0.1:{port}"),
        "--max-retries",
        "0",
        "products",
        "list",
    ]);
    run.code(3);
    assert!(run.stderr.starts_with("error: products_list: "), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains("0123456789"), "{}", run.stderr);
}

#[test]
fn a_timeout_is_a_network_error() {
    let fake = Fake::demo();
    fake.server.faults().latency(std::time::Duration::from_secs(3));
    let run = fake.cli().run(["--timeout", "1", "--max-retries", "0", "users", "me"]);
    run.code(3);
    assert!(run.stderr.contains("users_me"), "{}", run.stderr);
}

#[test]
fn a_missing_key_is_a_usage_error() {
    let run = Cli::new().run(["products", "list"]);
    run.code(2);
    assert!(run.stderr.contains("no API key"), "{}", run.stderr);
}

/// A server that answers every request with 401, echoing the Authorization header in its message, as a
/// careless API might.
fn echoing_server(runtime: &tokio::runtime::Runtime) -> String {
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new().fallback(|headers: HeaderMap| async move {
        let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        (
            StatusCode::UNAUTHORIZED,
            [("content-type", "application/json")],
            serde_json::json!({"message": format!("Invalid API key: {auth}"), "code": "UNAUTHORIZED"}).to_string(),
        )
    });
    runtime.spawn(async move { axum::serve(listener, app).await });
    url
}

#[test]
fn the_key_never_appears_in_errors_or_traces_even_when_the_server_echoes_it() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let url = echoing_server(&runtime);
    // Keys in both forms: one the redaction recognises by its prefix, one it knows only as the key in use.
    for key in ["pk_live_SECRETSECRET0123456789", "custom-key-SECRETSECRET"] {
        for via in ["env", "flag", "profile"] {
            let mut cli = Cli::new();
            let mut args = vec!["--verbose", "--base-url", url.as_str(), "users", "me"];
            match via {
                "env" => {
                    cli.env("POCKETSFLOW_API_KEY", key);
                }
                "flag" => {
                    args.splice(0..0, ["--api-key", key]);
                }
                _ => {
                    // Read from the config file's profile, after the trace was set up.
                    let dir = common::temp_dir("echo-profile");
                    let config = dir.join("config.toml");
                    std::fs::write(&config, format!("default_profile = \"p\"\n\n[profiles.p]\napi_key = \"{key}\"\n"))
                        .unwrap();
                    cli.env("POCKETSFLOW_CONFIG", &config);
                }
            }
            let run = cli.run(&args);
            run.code(1);
            assert!(run.stderr.contains("error: users_me: API error 401"), "{}", run.stderr);
            assert!(run.stderr.contains("users_me"), "the trace names the operation: {}", run.stderr);
            assert!(!run.stderr.contains("SECRETSECRET"), "the key leaked: {}", run.stderr);
            assert!(!run.stdout.contains("SECRETSECRET"), "the key leaked: {}", run.stdout);
        }
    }
}

#[test]
fn verbose_shows_the_request_trace_without_the_key() {
    let fake = Fake::demo();
    let run = fake.cli().run(["--verbose", "orders", "list", "--page-size", "2"]);
    run.ok();
    assert!(run.stderr.contains("pocketsflow.request"), "{}", run.stderr);
    assert!(run.stderr.contains("orders_list"), "{}", run.stderr);
    assert!(run.stderr.contains("status=200"), "{}", run.stderr);
    assert!(!run.stderr.contains(fake.server.api_key()), "{}", run.stderr);
    assert!(!run.stderr.contains("0123456789abcdef"), "{}", run.stderr);
    // Without --verbose, a success prints nothing on stderr (stdout is not a terminal here).
    let quiet = fake.cli().run(["orders", "list", "--page-size", "2"]);
    quiet.ok();
    assert_eq!(quiet.stderr, "");
}

#[test]
fn a_key_typed_in_the_wrong_place_is_not_echoed_by_usage_errors() {
    let run = Cli::new().run(["pk_live_MISPLACED0123456789", "products"]);
    run.code(2);
    assert!(!run.stderr.contains("MISPLACED"), "{}", run.stderr);
}

#[test]
fn help_does_not_show_the_key_from_the_environment() {
    let run = Cli::new().env("POCKETSFLOW_API_KEY", "pk_live_HELPSECRET0123456789").run(["--help"]);
    run.ok();
    assert!(run.stdout.contains("POCKETSFLOW_API_KEY"));
    assert!(!run.stdout.contains("HELPSECRET"), "{}", run.stdout);
}

#[test]
fn a_closed_pipe_ends_an_export_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let fake = Fake::demo();
    let home = common::temp_dir("pipe");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketsflow"))
        .args(["orders", "list", "--all", "--page-size", "5", "-o", "csv"])
        .env("POCKETSFLOW_API_KEY", fake.server.api_key())
        .env("POCKETSFLOW_BASE_URL", fake.url())
        .env("POCKETSFLOW_CONFIG", home.join("none.toml"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is gone now: the next writes fail with a broken pipe.
    assert!(first.starts_with("_id,"), "{first}");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
