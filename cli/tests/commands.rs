//! The hand-written commands: `mock` serves the embedded fake server (on 12111 by default), `completions` prints
//! scripts for every shell covering every resource (and enum values, in bash, zsh and fish); list flags singular
//! or plural, `--output` anywhere on the line, and the table output a terminal gets with its page line.

mod common;

use std::time::Duration;

use common::{command_name, read_port_file, spec_operations, Cli};

#[test]
fn mock_serves_the_fake_api_and_can_be_filled_with_orders() {
    let dir = common::temp_dir("mock");
    let violations = dir.join("violations.jsonl");
    let (_serving, url, key) = serve(
        &dir,
        &["--seed", "empty", "--extra-orders", "42", "--strict", "--violations-file", violations.to_str().unwrap()],
    );
    let key = key.as_str();
    let page = Cli::new().env("POCKETSFLOW_API_KEY", key).run(["--base-url", &url, "orders", "list"]).json();
    assert_eq!(page["pagination"]["totalCount"], 42);
    let products = Cli::new().env("POCKETSFLOW_API_KEY", key).run(["--base-url", &url, "products", "list"]).json();
    assert_eq!(products.as_array().unwrap().len(), 1, "empty seed: only the product the orders are of");
    // Strict: a query parameter the spec does not name is refused, and written to the violations file.
    let (strict, _) = get(&format!("{url}/orders?pageNumber=2"), key);
    assert_eq!(strict, 400);
    let violations = std::fs::read_to_string(&violations).unwrap();
    assert!(violations.contains("orders_list") && violations.contains("pageNumber"), "{violations}");
}

/// `mock --fixtures FILE` serves the file's objects (the shape `GET /__mock/fixtures` answers), and its control
/// plane answers under `/__mock` with the same key.
#[test]
fn mock_serves_a_fixtures_file_and_its_control_plane() {
    let dir = common::temp_dir("mock-fixtures");
    let file = dir.join("fixtures.json");
    let product = serde_json::json!({"_id": "65f0000000000000000000aa", "userId": "64b7f0c2a1d3e4f5a6b7c8d9",
        "name": "From a file", "price": 7, "currency": "USD", "type": "one-time", "active": true, "published": true,
        "testMode": true, "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"});
    std::fs::write(&file, serde_json::json!({"products": [product]}).to_string()).unwrap();
    let (_serving, url, key) = serve(&dir, &["--seed", "demo", "--fixtures", file.to_str().unwrap()]);
    let key = key.as_str();
    let products = Cli::new().env("POCKETSFLOW_API_KEY", key).run(["--base-url", &url, "products", "list"]).json();
    let names: Vec<&str> = products.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["From a file"], "the file's objects, not the demo seed's");
    assert_eq!(get(&format!("{url}/__mock/clock"), key).0, 200, "the control plane answers");
}

/// `pocketsflow mock` and the SDK's `pocketsflow-mock` are two front ends of one `pocketsflow::mock::Standalone`:
/// they take the same options (the binary's usage text, read from its source, against `mock --help`).
#[test]
fn mock_takes_the_options_of_pocketsflow_mock() {
    fn flags(text: &str) -> std::collections::BTreeSet<String> {
        let words = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
        words.filter(|w| w.starts_with("--") && w.len() > 2).map(str::to_owned).collect()
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let source = std::fs::read_to_string(root.join("src/bin/pocketsflow-mock.rs")).unwrap();
    let usage = &source[source.find("const USAGE").unwrap()..source.find("fn main").unwrap()];
    let help = Cli::new().run(["mock", "--help"]).ok().stdout.clone();
    let own = &help[..help.find("Global options:").expect("mock --help lists the global options apart")];
    let mut own = flags(own);
    own.insert("--help".into());
    let mut binary = flags(usage);
    binary.insert("--help".into());
    assert_eq!(own, binary, "`pocketsflow mock` and `pocketsflow-mock` take different options");
    assert!(own.len() >= 9, "{own:?}");
}

/// `mock --javascript-amounts` answers fees as the API's JavaScript backend computes them: some need more than
/// the 15 significant digits an exact amount has.
#[test]
fn mock_answers_javascript_amounts_with_its_flag() {
    let dir = common::temp_dir("mock-js-amounts");
    let (_serving, url, key) = serve(&dir, &["--seed", "demo", "--javascript-amounts"]);
    let (status, body) = get(&format!("{url}/orders?pageSize=1000"), &key);
    assert_eq!(status, 200, "{body}");
    let page: serde_json::Value = serde_json::from_str(&body).unwrap();
    let long = page["orders"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["stripeFee"].as_f64().is_some_and(|fee| pocketsflow::types::Money::try_from(fee).is_err()))
        .count();
    assert!(long > 0, "no fee needs more than 15 digits: the flag did nothing");
}

/// Runs `pocketsflow mock --port 0 --port-file <dir>/port` with `args`; answers it, its URL and the key it printed.
fn serve(dir: &std::path::Path, args: &[&str]) -> (common::Running, String, String) {
    let port_file = dir.join("port");
    let mut serving =
        Cli::new().spawn([&["mock", "--port", "0", "--port-file", port_file.to_str().unwrap()][..], args].concat());
    let port = read_port_file(&port_file, Duration::from_secs(60));
    let url = format!("http://127.0.0.1:{port}");
    let banner = serving.next_line();
    assert!(banner.contains(&url), "{banner}");
    let key = serving.next_line().trim_start_matches("API key: ").trim().to_owned();
    (serving, url, key)
}

/// The status and body of a GET with the key, sent by hand (the CLI itself only sends what the spec names).
fn get(url: &str, key: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8(answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    assert!(!head.to_ascii_lowercase().contains("transfer-encoding: chunked"), "{head}");
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, body.to_owned())
}

/// Without `--port`, the port of the README's tour: 12111 (unless something else holds it on this machine).
#[test]
fn mock_listens_on_12111_by_default() {
    if let Err(error) = std::net::TcpListener::bind("127.0.0.1:12111") {
        eprintln!("skipped: 127.0.0.1:12111 is taken on this machine ({error}), so the default cannot be tried");
        return;
    }
    // The README's tour, word for word.
    let mut serving = Cli::new().spawn(["mock", "--seed", "demo"]);
    let Some(banner) = serving.try_next_line() else {
        let stderr = serving.stderr_to_end().join("\n");
        assert!(stderr.contains("cannot listen on 127.0.0.1:12111"), "mock ended: {stderr}");
        eprintln!("skipped: 127.0.0.1:12111 was taken in the meantime: {stderr}");
        return;
    };
    assert!(banner.contains("http://127.0.0.1:12111"), "{banner}");
    let key = serving.next_line();
    let key = key.trim_start_matches("API key: ").trim();
    let page = Cli::new()
        .env("POCKETSFLOW_API_KEY", key)
        .run(["--base-url", "http://127.0.0.1:12111", "orders", "list"])
        .json();
    assert_eq!(page["pagination"]["totalCount"], 260, "the demo seed");
}

#[test]
fn mock_refuses_a_port_in_use_with_a_usage_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = Cli::new().run(["mock", "--port", &port]);
    run.code(2);
    assert!(run.stderr.contains("cannot listen"), "{}", run.stderr);
}

#[test]
fn completions_cover_every_resource_in_every_shell_and_enum_values_in_bash_zsh_and_fish() {
    let mut resources: Vec<String> = spec_operations().into_iter().map(|(_, tag, _, _)| command_name(&tag)).collect();
    resources.dedup();
    for shell in ["bash", "zsh", "fish"] {
        let run = Cli::new().run(["completions", shell]);
        run.ok();
        assert!(run.stdout.len() > 1000, "{shell}");
        for resource in &resources {
            assert!(run.stdout.contains(resource.as_str()), "{shell} completion lacks {resource}");
        }
        for word in ["listen", "trigger", "forward-to", "main-product-id", "json-body"] {
            assert!(run.stdout.contains(word), "{shell} completion lacks {word}");
        }
    }
    // Enum values complete: the spec's `sortBy` values of `customers list`, as each shell lists choices.
    let enum_values = [
        ("bash", "compgen -W \"email country numberOfOrders createdAt\""),
        ("zsh", ":TEXT:(email country numberOfOrders createdAt)"),
        ("fish", "-a \"email\\t''\ncountry\\t''\nnumberOfOrders\\t''\ncreatedAt\\t''\""),
    ];
    for (shell, choices) in enum_values {
        let run = Cli::new().run(["completions", shell]);
        assert!(run.stdout.contains(choices), "{shell} does not complete sortBy's values ({choices:?})");
    }
    // Every shell the README names gives a script that knows the resources.
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = Cli::new().run(["completions", shell]);
        run.ok();
        assert!(run.stdout.len() > 1000, "{shell}: {}", run.stdout);
        for word in ["orders", "subscription-offers", "listen"] {
            assert!(run.stdout.contains(word), "{shell} completion lacks {word}");
        }
    }
    Cli::new().run(["completions", "tcsh"]).code(2);
}

#[test]
fn a_list_field_takes_its_singular_flag_repeated_or_its_plural_one() {
    let fake = common::Fake::demo();
    let products = fake.cli().run(["products", "list"]).json();
    let (a, b) = (products[0]["_id"].as_str().unwrap(), products[1]["_id"].as_str().unwrap());
    let base = ["discounts", "create", "--name", "Plural", "--value", "5"];
    for (code, flag) in [("SINGULAR", "--main-product-id"), ("PLURAL", "--main-product-ids")] {
        let created = fake.cli().run([&base[..], &["--code", code, flag, a, flag, b]].concat()).json();
        assert_eq!(created["mainProductIds"], serde_json::json!([a, b]), "{flag}");
    }
}

#[test]
fn the_output_flag_goes_anywhere_on_the_line() {
    let fake = common::Fake::demo();
    let after = fake.cli().run(["orders", "list", "--page-size", "2", "-o", "csv"]);
    after.ok();
    assert!(after.stdout.starts_with("_id,") && after.stdout.lines().count() == 3, "{}", after.stdout);
    for args in [
        &["-o", "csv", "orders", "list", "--page-size", "2"][..],
        &["orders", "-o", "csv", "list", "--page-size", "2"],
        &["orders", "list", "--output", "csv", "--page-size", "2"],
        &["--output=csv", "orders", "list", "--page-size", "2"],
    ] {
        let run = fake.cli().run(args);
        run.ok();
        assert_eq!(run.stdout, after.stdout, "{args:?}");
    }
    let jsonl = fake.cli().run(["orders", "-o", "jsonl", "list", "--page-size", "2"]);
    jsonl.ok();
    assert_eq!(jsonl.stdout.lines().count(), 2, "{}", jsonl.stdout);
    assert!(jsonl.stdout.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["_id"].is_string()));
}

#[test]
fn tables_show_rows_aligned_and_one_object_field_by_field() {
    let fake = common::Fake::demo();
    let table = fake.cli().run(["orders", "list", "--page-size", "3", "-o", "table"]);
    table.ok();
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", table.stdout);
    assert!(lines[0].starts_with("_id ") && lines[0].contains("buyerEmail"), "{}", lines[0]);
    let column = lines[0].find("buyerEmail").unwrap();
    assert!(lines[1..].iter().all(|l| l[column..].contains('@')), "{}", table.stdout);
    assert_eq!(table.stderr, "page 1 of 87 (260 in all); next: --page 2, or --all for all\n");
    // The last page: no next page to point at.
    let last = fake.cli().run(["orders", "list", "--page-size", "3", "--page", "87", "-o", "table"]);
    last.ok();
    assert_eq!(last.stdout.lines().count(), 3, "a header and the last 2 orders: {}", last.stdout);
    assert_eq!(last.stderr, "page 87 of 87 (260 in all)\n");

    let me = fake.cli().run(["users", "me", "-o", "table"]);
    me.ok();
    assert!(me.stdout.lines().any(|l| l.starts_with("email") && l.contains('@')), "{}", me.stdout);
}

#[test]
fn version_and_help() {
    let version = Cli::new().run(["--version"]);
    version.ok();
    assert!(version.stdout.starts_with("pocketsflow "));
    let help = Cli::new().run(["--help"]);
    help.ok();
    for word in ["Exit codes", "listen", "trigger", "mock", "config", "completions", "orders"] {
        assert!(help.stdout.contains(word), "{word}");
    }
    // No command at all: the help, as a usage error.
    Cli::new().run(Vec::<&str>::new()).code(2);
}

/// Without `--output`: a table when stdout is a terminal (a pseudo-terminal from util-linux's `script`), JSON when
/// it is a pipe, and JSON when it is a file even though stderr is still the terminal (stdout decides).
#[cfg(target_os = "linux")]
#[test]
fn the_default_output_is_a_table_on_a_terminal_and_json_otherwise() {
    let fake = common::Fake::demo();
    let args = ["orders", "list", "--page-size", "3"];

    let terminal = fake.cli().run_in_terminal(&args, None);
    terminal.ok();
    let shown: Vec<&str> = terminal.stdout.lines().map(|l| l.trim_end_matches('\r')).collect();
    let header = shown
        .iter()
        .position(|l| l.starts_with("_id ") && l.contains("buyerEmail"))
        .unwrap_or_else(|| panic!("no table header on the terminal: {:?}", terminal.stdout));
    let column = shown[header].find("buyerEmail").unwrap();
    let rows = &shown[header + 1..header + 4];
    assert!(rows.iter().all(|l| l.get(column..).is_some_and(|cell| cell.contains('@'))), "{:?}", terminal.stdout);
    assert!(!terminal.stdout.contains("\"_id\""), "no JSON on the terminal: {:?}", terminal.stdout);
    assert!(terminal.stdout.contains("page 1 of 87 (260 in all)"), "{:?}", terminal.stdout);

    let piped = fake.cli().run(args);
    let page = piped.json();
    assert_eq!(page["orders"].as_array().unwrap().len(), 3, "{}", piped.stdout);
    assert_eq!(piped.stderr, "", "no page line without a table");

    let dir = common::temp_dir("default-output");
    let file = dir.join("page.json");
    let to_file = fake.cli().run_in_terminal(&args, Some(&file));
    to_file.ok();
    let written = std::fs::read_to_string(&file).unwrap();
    let from_file: serde_json::Value =
        serde_json::from_str(&written).unwrap_or_else(|e| panic!("not JSON ({e}): {written}"));
    assert_eq!(from_file, page);
    assert_eq!(to_file.stdout, "", "nothing on the terminal");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The text the CSV output gives a scalar of the JSON answer.
fn csv_text(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(text)) if text.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
            format!("'{text}")
        }
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// A CSV row checked against the JSON object it was written from: each column holds its field (`a.b` the field
/// of a nested object), arrays and objects as JSON equal to the field.
fn assert_row_is(header: &[String], row: &[String], object: &serde_json::Value) {
    assert_eq!(header.len(), row.len(), "{header:?}\n{row:?}");
    for (column, cell) in header.iter().zip(row) {
        let value = object.get(column).or_else(|| object.pointer(&format!("/{}", column.replace('.', "/"))));
        match value {
            Some(v @ (serde_json::Value::Array(_) | serde_json::Value::Object(_))) => {
                let parsed: serde_json::Value = serde_json::from_str(cell)
                    .unwrap_or_else(|e| panic!("{column}: the cell {cell:?} is not JSON ({e})"));
                assert_eq!(&parsed, v, "{column}");
            }
            other => assert_eq!(cell, &csv_text(other), "{column}"),
        }
    }
}

/// One object (not a list) is one row: `jsonl` one line holding the object, `csv` a header and one row whose
/// cells are the object's fields.
#[test]
fn one_object_is_one_row_as_json_lines_and_as_csv() {
    let fake = common::Fake::demo();
    let me = fake.cli().run(["users", "me", "-o", "json"]).json();
    assert!(me.is_object() && me["email"].as_str().is_some_and(|e| e.contains('@')), "{me}");

    let jsonl = fake.cli().run(["users", "me", "-o", "jsonl"]);
    jsonl.ok();
    let lines: Vec<&str> = jsonl.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {}", jsonl.stdout);
    let line: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert!(line.is_object(), "{line}");
    assert_eq!(line, me, "the line is the object, with its fields");

    let csv = fake.cli().run(["users", "me", "-o", "csv"]);
    csv.ok();
    let rows = common::parse_csv(&csv.stdout);
    assert_eq!(rows.len(), 2, "a header and one row: {}", csv.stdout);
    assert!(rows[0].contains(&"email".to_owned()) && rows[0].contains(&"_id".to_owned()), "{:?}", rows[0]);
    assert_row_is(&rows[0], &rows[1], &me);
    // Every scalar field of the answer has its column.
    for (field, value) in me.as_object().unwrap() {
        if !value.is_object() {
            assert!(rows[0].contains(field), "no column for {field}: {:?}", rows[0]);
        }
    }
}

/// Arrays are JSON in one cell, quoted as RFC 4180 says (a URL with a comma in it), equal to what `-o json`
/// gives: a product's `images` (strings) and `files` (objects), as one object and as rows of a list; a
/// discount's `mainProductIds`.
#[test]
fn arrays_are_json_in_a_csv_cell() {
    let fake = common::Fake::demo();
    let images = ["https://cdn.example.com/a.png", "https://cdn.example.com/b,c.png?size=2"];
    let created = fake
        .cli()
        .run(["products", "create", "--name", "Two images", "--price", "5", "--image", images[0], "--image", images[1]])
        .json();
    assert_eq!(created["images"], serde_json::json!(images));
    let id = created["_id"].as_str().unwrap();

    let json = fake.cli().run(["products", "get", id, "-o", "json"]).json();
    let csv = fake.cli().run(["products", "get", id, "-o", "csv"]);
    csv.ok();
    let rows = common::parse_csv(&csv.stdout);
    assert_eq!(rows.len(), 2, "{}", csv.stdout);
    let images_column = rows[0].iter().position(|c| c == "images").expect("an images column");
    let cell: serde_json::Value = serde_json::from_str(&rows[1][images_column]).unwrap();
    assert_eq!(cell, serde_json::json!(images));
    assert_row_is(&rows[0], &rows[1], &json);

    // A list: each product's row, the seeded ones with a file each (an array of objects).
    let json = fake.cli().run(["products", "list", "-o", "json"]).json();
    let csv = fake.cli().run(["products", "list", "-o", "csv"]);
    csv.ok();
    let rows = common::parse_csv(&csv.stdout);
    let products = json.as_array().unwrap();
    assert_eq!(rows.len(), products.len() + 1);
    assert!(products.iter().any(|p| p["files"].as_array().is_some_and(|f| !f.is_empty() && f[0].is_object())));
    for (row, product) in rows[1..].iter().zip(products) {
        assert_row_is(&rows[0], row, product);
    }

    let a = products[0]["_id"].as_str().unwrap();
    fake.cli()
        .run(["discounts", "create", "--name", "Two", "--code", "TWO", "--value", "5", "--main-product-id", a])
        .ok();
    let json = fake.cli().run(["discounts", "list", "-o", "json"]).json();
    let csv = fake.cli().run(["discounts", "list", "-o", "csv"]);
    csv.ok();
    let rows = common::parse_csv(&csv.stdout);
    assert!(rows[0].contains(&"mainProductIds".to_owned()), "{:?}", rows[0]);
    let discounts = json.as_array().unwrap();
    assert_eq!(rows.len(), discounts.len() + 1);
    for (row, discount) in rows[1..].iter().zip(discounts) {
        assert_row_is(&rows[0], row, discount);
    }
}

/// The answer of a GET of `path` from the fake server, sent with reqwest and the fake's key, not through the SDK.
fn raw_get(fake: &common::Fake, path: &str) -> serde_json::Value {
    let url = format!("{}{path}", fake.url());
    let key = fake.server.api_key().to_owned();
    fake.runtime.block_on(async move {
        let http = pocketsflow::tls::client_builder().unwrap().build().unwrap();
        let answer = http.get(&url).bearer_auth(key).send().await.unwrap();
        assert!(answer.status().is_success(), "GET {url}: {}", answer.status());
        let bytes = answer.bytes().await.unwrap();
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("GET {url}: not JSON ({e})"))
    })
}

/// Every field of `api` is in `cli` with the same value: objects field by field, arrays item by item (the same
/// length), numbers by value (`2` and `2.0` alike), anything else equal. Returns the places that differ.
fn missing_or_changed(api: &serde_json::Value, cli: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    use serde_json::Value;
    match (api, cli) {
        (Value::Object(api), Value::Object(cli)) => {
            for (field, value) in api {
                match cli.get(field) {
                    Some(given) => missing_or_changed(value, given, &format!("{at}/{field}"), out),
                    None => out.push(format!("{at}/{field}: missing (the API gave {value})")),
                }
            }
        }
        (Value::Array(api), Value::Array(cli)) => {
            if api.len() != cli.len() {
                out.push(format!("{at}: {} items instead of {}", cli.len(), api.len()));
            }
            for (i, (a, c)) in api.iter().zip(cli).enumerate() {
                missing_or_changed(a, c, &format!("{at}/{i}"), out);
            }
        }
        (Value::Number(a), Value::Number(c)) if a.as_f64() == c.as_f64() => {}
        (a, c) if a == c => {}
        (a, c) => out.push(format!("{at}: {c} instead of {a}")),
    }
}

/// `-o json` is the answer as the API gave it (decoded into the SDK's types and back): compared with a GET of
/// the same path sent by hand, every field the API gave is there, with the same value (numbers by value), for
/// one object (`users me`), a list (`products list`) and a page (`orders list`).
#[test]
fn json_output_is_the_answer_the_api_gave() {
    let fake = common::Fake::demo();
    for (args, path) in [
        (&["users", "me"][..], "/users/me"),
        (&["products", "list"][..], "/products"),
        (&["orders", "list", "--page", "2", "--page-size", "5"][..], "/orders?page=2&pageSize=5"),
    ] {
        let cli = fake.cli().run(args.iter().chain(&["-o", "json"])).json();
        let api = raw_get(&fake, path);
        assert!(api.as_object().map_or(api.as_array().is_some_and(|a| !a.is_empty()), |o| !o.is_empty()), "{api}");
        let mut differences = Vec::new();
        missing_or_changed(&api, &cli, "", &mut differences);
        assert!(differences.is_empty(), "{args:?} -o json differs from GET {path}:\n{}", differences.join("\n"));
    }
}
