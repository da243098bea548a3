//! Errors and exit codes: one line on stderr naming the operation, status, message and code; 1 for an API
//! error or an answer that cannot be read, 2 for a usage error, 3 for a network error; the API key and webhook
//! secrets never printed, whatever the server echoes or plants; the transport's global options (`--timeout`,
//! `--max-retries`, `--rate-limit`); `--verbose` traces requests, retries included, without the key or a body.

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
    // The SDK's span, its fields named after OpenTelemetry's HTTP conventions: the route template, never a raw
    // path.
    let response = run.stderr.lines().find(|l| l.contains("pocketsflow response")).unwrap_or_else(|| {
        panic!("no response event: {}", run.stderr);
    });
    for field in [
        "pocketsflow.request{",
        "pocketsflow.operation=\"orders_list\"",
        "http.request.method=GET",
        "url.template=\"/orders\"",
        "http.response.status_code=200",
        "http.request.resend_count=0",
        "elapsed_ms=",
        "attempts=1",
    ] {
        assert!(response.contains(field), "{field}: {response}");
    }
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

/// A server answering every request with `status`, these extra headers and `body` (as JSON when it parses).
fn answering(runtime: &tokio::runtime::Runtime, status: u16, headers: &[(&str, &str)], body: &str) -> String {
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let status = StatusCode::from_u16(status).unwrap();
    let mut answer_headers = HeaderMap::new();
    let json = serde_json::from_str::<serde_json::Value>(body).is_ok();
    answer_headers.insert("content-type", if json { "application/json" } else { "text/plain" }.parse().unwrap());
    for (name, value) in headers {
        answer_headers.insert(axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(), value.parse().unwrap());
    }
    let body = body.to_owned();
    let app = Router::new().fallback(move || {
        let (headers, body) = (answer_headers.clone(), body.clone());
        async move { (status, headers, body) }
    });
    runtime.spawn(async move { axum::serve(listener, app).await });
    url
}

/// `users me` against `url`, with retries off.
fn users_me(url: &str, extra: &[&str]) -> common::Run {
    let mut args = vec!["--base-url", url, "--max-retries", "0"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["users", "me"]);
    Cli::new().env("POCKETSFLOW_API_KEY", "pk_test_errors_0123456789").run(&args)
}

#[test]
fn a_message_and_code_with_line_breaks_still_make_one_error_line() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let url = answering(&runtime, 400, &[], r#"{"message":"first\nsecond\r\nthird","code":"X\nY"}"#);
    let run = users_me(&url, &[]);
    run.code(1);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 1, "one line: {:?}", run.stderr);
    assert!(run.stderr.ends_with('\n') && !run.stderr.contains('\r'), "{:?}", run.stderr);
    let line = run.stderr.trim_end();
    assert!(line.starts_with("error: users_me: API error 400: first"), "{line}");
    for part in ["second", "third", "(code X", "Y)"] {
        assert!(line.contains(part), "the line keeps {part:?}: {line}");
    }
}

#[test]
fn an_answer_that_cannot_be_decoded_is_exit_1() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // `_id` is a string in the spec's User.
    let url = answering(&runtime, 200, &[], r#"{"_id":1}"#);
    let run = users_me(&url, &[]);
    run.code(1);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 1, "{:?}", run.stderr);
    assert!(run.stderr.starts_with("error: users_me: cannot decode"), "{}", run.stderr);
}

#[test]
fn secrets_a_server_plants_never_reach_stderr() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // (status, headers, body, what of the planted text the error line shows, redacted)
    type Case<'a> = (u16, &'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: &[Case] = &[
        (
            400,
            &[("x-request-id", "req_whsec_ZqSecretRID")],
            r#"{"message":"bad whsec_ZqSecret123 here","code":"pk_live_ZqSecret456"}"#,
            "bad whsec_[redacted] here (code pk_live_[redacted]) (request id req_whsec_[redacted])",
        ),
        // No `message`: the API's `error` is the message.
        (403, &[], r#"{"error":"key pk_test_ZqSecretERR refused"}"#, "key pk_test_[redacted] refused"),
        // A secret after an escaped line break.
        (422, &[], r#"{"message":"one\npk_live_ZqSecretNL","code":"C"}"#, "pk_live_[redacted]"),
        // Not JSON at all.
        (
            500,
            &[("x-request-id", "pk_live_ZqSecretRID2")],
            "upstream whsec_ZqSecretTXT failed",
            "(request id pk_live_[redacted])",
        ),
        // A 2xx that does not decode: its body is quoted in the error.
        (200, &[], r#"{"_id":1,"email":"whsec_ZqSecretDEC"}"#, "whsec_[redacted]"),
    ];
    for (status, headers, body, shown) in cases {
        let url = answering(&runtime, *status, headers, body);
        for extra in [&[][..], &["--verbose"][..]] {
            let run = users_me(&url, extra);
            run.code(1);
            let line = run.stderr.lines().last().unwrap_or_default();
            assert!(line.starts_with("error: users_me: "), "{status} {extra:?}: {}", run.stderr);
            assert!(line.contains(shown), "{status} {extra:?}: the planted field is in the line: {line}");
            assert!(!run.stderr.contains("ZqSecret"), "{status} {extra:?}: a secret leaked: {}", run.stderr);
            assert!(!run.stdout.contains("ZqSecret"), "{status} {extra:?}: a secret leaked: {}", run.stdout);
        }
    }
}

#[test]
fn the_timeout_bounds_the_whole_call_retries_included() {
    use std::time::{Duration, Instant};
    let fake = Fake::demo();
    // Each answer takes 400 ms and is a 503 with `Retry-After: 1`. Were the timeout per attempt, the default
    // 2 retries would take 3 × 0.4 s + 2 × 1 s = 3.2 s; bounded as a whole, the call ends within its 1 s.
    fake.server.faults().latency(Duration::from_millis(400));
    fake.server.faults().fail_next(10, 503);
    let started = Instant::now();
    let run = fake.cli().run(["--timeout", "1", "users", "me"]);
    let elapsed = started.elapsed();
    assert!(run.code == Some(1) || run.code == Some(3), "{run:?}");
    assert!(run.stderr.starts_with("error: users_me: "), "{}", run.stderr);
    assert!(elapsed < Duration::from_millis(1600), "{elapsed:?}: the retries went past --timeout 1");

    // Without `Retry-After` (backoff below 0.5 s, then below 1 s) and 10 retries allowed: retries do happen
    // within the second, and the call still ends with it (per attempt it would take 11 × 0.3 s at least).
    fake.server.faults().clear();
    fake.server.faults().latency(Duration::from_millis(300));
    fake.server.faults().fail_next_with_retry_after(20, 503, None);
    let before = fake.server.request_count("GET", "/users/me");
    let started = Instant::now();
    let run = fake.cli().run(["--timeout", "1", "--max-retries", "10", "users", "me"]);
    let elapsed = started.elapsed();
    assert!(run.code == Some(1) || run.code == Some(3), "{run:?}");
    assert!(elapsed < Duration::from_millis(1600), "{elapsed:?}: the retries went past --timeout 1");
    assert!(fake.server.request_count("GET", "/users/me") - before >= 2, "a retry was made within the timeout");
}

/// The default of `--timeout`: 30 s. (A test that waits half a minute, idle.)
#[test]
fn the_default_timeout_is_30_seconds() {
    use std::time::{Duration, Instant};
    let fake = Fake::demo();
    fake.server.faults().latency(Duration::from_secs(60));
    let started = Instant::now();
    let run = fake.cli().run(["--max-retries", "0", "users", "me"]);
    let elapsed = started.elapsed();
    run.code(3);
    assert!(run.stderr.contains("users_me: request timed out"), "{}", run.stderr);
    assert!(elapsed >= Duration::from_secs(30) && elapsed < Duration::from_secs(45), "{elapsed:?}");
}

#[test]
fn max_retries_retries_a_get_and_never_a_post_that_may_have_been_processed() {
    let fake = Fake::demo();
    let gets = || fake.server.request_count("GET", "/users/me");
    // The default: 2 retries, so two 503s (each with `Retry-After: 1`) are overcome...
    fake.server.faults().fail_next(2, 503);
    let me = fake.cli().run(["users", "me"]).json();
    assert!(me["email"].is_string());
    assert_eq!(gets(), 3);
    // ... and three are not: 3 attempts, no more.
    fake.server.faults().fail_next_with_retry_after(3, 503, None);
    let run = fake.cli().run(["users", "me"]);
    run.code(1);
    assert!(run.stderr.contains("API error 503") && run.stderr.contains("after 3 attempts"), "{}", run.stderr);
    assert_eq!(gets(), 6);
    // --max-retries 1: two attempts.
    fake.server.faults().fail_next(2, 503);
    let run = fake.cli().run(["--max-retries", "1", "users", "me"]);
    run.code(1);
    assert!(run.stderr.contains("API error 503"), "{}", run.stderr);
    assert_eq!(gets(), 8);
    fake.server.faults().clear();

    // A POST answered 503 or cut off may have been processed: sent once, whatever --max-retries says.
    let posts = || fake.server.request_count("POST", "/products");
    fake.server.faults().fail_next(1, 503);
    let run = fake.cli().run(["products", "create", "--name", "Once", "--price", "1"]);
    run.code(1);
    assert!(run.stderr.contains("products_create: API error 503"), "{}", run.stderr);
    assert_eq!(posts(), 1);
    fake.server.faults().drop_next(1);
    let run = fake.cli().run(["--max-retries", "5", "products", "create", "--name", "Once", "--price", "1"]);
    run.code(3);
    assert_eq!(posts(), 2);
}

/// The number after `name=` in `line`.
fn field_value(line: &str, name: &str) -> u64 {
    let after = line.split(&format!("{name}=")).nth(1).unwrap_or_else(|| panic!("no {name} in {line}"));
    after.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap()
}

#[test]
fn verbose_traces_a_retried_post_with_its_reason_attempts_and_time_but_never_its_body_or_the_key() {
    let fake = Fake::demo();
    // A 429 was not processed: even a POST is retried, after the answer's `Retry-After: 1`.
    fake.server.faults().fail_next(1, 429);
    let run = fake.cli().run(["--verbose", "products", "create", "--name", "BODYSECRET", "--price", "1"]);
    assert_eq!(run.json()["name"], "BODYSECRET");
    assert_eq!(fake.server.request_count("POST", "/products"), 2);
    let retrying = run.stderr.lines().find(|l| l.contains("retrying")).unwrap_or_else(|| panic!("{}", run.stderr));
    for field in ["reason=\"rate limited (429)\"", "status=429", "attempt=1", "delay_ms=1000"] {
        assert!(retrying.contains(field), "{field}: {retrying}");
    }
    let response =
        run.stderr.lines().find(|l| l.contains("pocketsflow response")).unwrap_or_else(|| panic!("{}", run.stderr));
    for field in [
        "pocketsflow.operation=\"products_create\"",
        "http.request.method=POST",
        "url.template=\"/products\"",
        "http.response.status_code=200",
        "http.request.resend_count=1",
        "attempts=2",
    ] {
        assert!(response.contains(field), "{field}: {response}");
    }
    // The whole call, the second of waiting included.
    assert!(field_value(response, "elapsed_ms") >= 1000, "{response}");
    for secret in ["BODYSECRET", fake.server.api_key(), "0123456789abcdef"] {
        assert!(!run.stderr.contains(secret), "{secret} in the trace: {}", run.stderr);
    }
}

#[test]
fn rate_limit_n_paces_n_requests_a_minute_in_bursts_of_n() {
    use std::time::{Duration, Instant};
    let fake = Fake::demo();
    let export = ["orders", "list", "--all", "--page-size", "50", "-o", "jsonl"];
    // 260 orders: 6 pages. With N a minute in bursts of N, N pages go at once and the next one would wait
    // 60/N s, past --timeout 2: the export ends with the timeout, having written the N pages it got.
    for n in [2usize, 3] {
        let before = fake.server.request_count("GET", "/orders");
        let started = Instant::now();
        let run = fake.cli().run([&["--rate-limit", &n.to_string(), "--timeout", "2"][..], &export[..]].concat());
        run.code(3);
        assert!(run.stderr.contains("orders_list") && run.stderr.contains("timed out"), "{}", run.stderr);
        assert_eq!(fake.server.request_count("GET", "/orders") - before, n, "a burst of {n}");
        assert_eq!(run.stdout.lines().count(), 50 * n);
        assert!(started.elapsed() < Duration::from_secs(15), "it gave up at the timeout");
    }
    // `off` (also `0` or `none`): no pacing; and the default lets these 6 pages go at once too.
    for off in [&["--rate-limit", "off"][..], &["--rate-limit", "0"], &["--rate-limit", "none"], &[]] {
        let run = fake.cli().run([off, &["--timeout", "2"][..], &export[..]].concat());
        run.ok();
        assert_eq!(run.stdout.lines().count(), 260, "{off:?}");
    }
    let before = fake.server.request_count("GET", "/orders");
    for bad in ["fast", "-1", "1.5", "", "100/min"] {
        let run = fake.cli().run([&format!("--rate-limit={bad}"), "orders", "list"]);
        run.code(2);
        assert!(run.stderr.contains("--rate-limit"), "{bad:?}: {}", run.stderr);
    }
    assert_eq!(fake.server.request_count("GET", "/orders"), before);
}

#[test]
fn the_default_pacing_is_100_a_minute_in_bursts_of_200() {
    use std::time::Instant;
    let fake = Fake::demo();
    let started = Instant::now();
    let mut running = fake.cli().spawn(["--verbose", "orders", "list", "--all", "--page-size", "1", "-o", "jsonl"]);
    let lines = running.stderr_until("paced by the client-side rate limit");
    let elapsed = started.elapsed();
    // 200 requests at once; meanwhile the bucket refilled at 100 a minute.
    let sent = lines.iter().filter(|l| l.contains("pocketsflow response")).count();
    let refilled = (elapsed.as_secs_f64() * 100.0 / 60.0).ceil() as usize;
    assert!((200..=200 + refilled).contains(&sent), "{sent} requests before the first wait, in {elapsed:?}");
    // Then one every 0.6 s: the next wait is the bucket's whole period, less the time a request took.
    let lines = running.stderr_until("paced by the client-side rate limit");
    let waited = field_value(lines.last().unwrap(), "waited_ms");
    assert!((300..=700).contains(&waited), "{}", lines.last().unwrap());
}

#[test]
fn help_never_shows_the_webhook_secret_or_the_key_from_the_environment() {
    for args in [
        &["listen", "--help"][..],
        &["trigger", "--help"],
        &["listen", "-h"],
        &["trigger", "-h"],
        &["orders", "list", "--help"],
        &["help", "listen"],
    ] {
        let run = Cli::new()
            .env("POCKETSFLOW_WEBHOOK_SECRET", "whsec_HELPSECRET")
            .env("POCKETSFLOW_API_KEY", "pk_live_HELPKEY0123456789")
            .run(args);
        run.ok();
        assert!(!run.stdout.contains("HELPSECRET"), "{args:?}: {}", run.stdout);
        assert!(!run.stdout.contains("HELPKEY"), "{args:?}: {}", run.stdout);
        assert!(!run.stderr.contains("HELP"), "{args:?}: {}", run.stderr);
        if args[1] == "--help" {
            // The variable is named, its value is not.
            let variable =
                if args[0] == "orders" { "[env: POCKETSFLOW_API_KEY]" } else { "[env: POCKETSFLOW_WEBHOOK_SECRET]" };
            assert!(run.stdout.contains(variable), "{args:?}: {}", run.stdout);
        }
    }
}
