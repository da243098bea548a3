//! `--all`: every page streamed through the SDK's `list_all`, as CSV, JSON lines or a JSON array, equal to what
//! the SDK lists itself; no progress bar when stderr is not a terminal.

mod common;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{parse_csv, Fake};
use futures_util::TryStreamExt;
use serde_json::{json, Value};

/// The ids of every order, as the SDK lists them.
fn sdk_order_ids(fake: &Fake) -> Vec<String> {
    fake.sdk(async |pf| {
        let orders: Vec<_> = pf.orders().list_all(Default::default()).try_collect().await.unwrap();
        orders.into_iter().map(|o| o.id).collect()
    })
}

#[test]
fn all_orders_to_csv_equal_what_the_sdk_lists() {
    let fake = Fake::demo();
    // Small pages, so that the export walks many of them.
    let run = fake.cli().run(["orders", "list", "--all", "--page-size", "7", "--output", "csv"]);
    run.ok();
    assert_eq!(run.stderr, "", "no progress bar when stderr is not a terminal");
    let rows = parse_csv(&run.stdout);
    let header = &rows[0];
    assert_eq!(header[0], "_id");
    assert!(header.contains(&"grossAmount".to_owned()) && header.contains(&"customer.buyerEmail".to_owned()));
    let data = &rows[1..];
    assert_eq!(data.len(), 260);
    assert!(data.iter().all(|r| r.len() == header.len()), "every row has every column");
    // 260 orders, 7 a page: 38 pages, each asked once.
    assert_eq!(fake.server.request_count("GET", "/orders"), 38);
    let ids: Vec<String> = data.iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, sdk_order_ids(&fake), "the same orders, in the same order");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 260, "no duplicates");

    // A column holds the value of its field.
    let email = header.iter().position(|h| h == "buyerEmail").unwrap();
    let first = fake.cli().run(["orders", "get", &ids[0]]).json();
    assert_eq!(data[0][email], first["buyerEmail"].as_str().unwrap());
}

#[test]
fn all_orders_as_json_lines_and_as_a_json_array() {
    let fake = Fake::demo();
    let jsonl = fake.cli().run(["orders", "list", "--all", "-o", "jsonl", "--prefetch", "4"]);
    jsonl.ok();
    let ids: Vec<String> = jsonl
        .stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap()["_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, sdk_order_ids(&fake));
    let before = fake.server.request_count("GET", "/orders");
    let array = fake.cli().run(["orders", "list", "--all", "-o", "json"]).json();
    let from_array: Vec<String> =
        array.as_array().unwrap().iter().map(|o| o["_id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(from_array, ids);
    // The default page size of --all (100) rather than the API's 20: 3 pages.
    assert_eq!(fake.server.request_count("GET", "/orders") - before, 3);
}

#[test]
fn all_starts_at_the_given_page_and_keeps_the_filters() {
    let fake = Fake::demo();
    let products = fake.cli().run(["products", "list"]).json();
    let product = products[1]["_id"].as_str().unwrap().to_owned();
    let filtered = fake.cli().run(["orders", "list", "--all", "--product-id", &product, "-o", "jsonl"]);
    filtered.ok();
    let rows: Vec<Value> = filtered.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|o| o["productId"] == product.as_str()));
    let from_page_3 = fake.cli().run(["orders", "list", "--all", "--page", "3", "--page-size", "100", "-o", "jsonl"]);
    from_page_3.ok();
    assert_eq!(from_page_3.stdout.lines().count(), 60);
}

#[test]
fn all_customers_and_subscriptions() {
    let fake = Fake::demo();
    let customers = fake.cli().run(["customers", "list", "--all", "--limit", "9", "-o", "jsonl"]);
    customers.ok();
    let count = customers.stdout.lines().count();
    let expected = fake.sdk(async |pf| pf.customers().list(Default::default()).await.unwrap().len());
    assert_eq!(count, expected);
    let subscriptions = fake.cli().run(["subscriptions", "list", "--all", "--page-size", "2", "-o", "csv"]);
    subscriptions.ok();
    let expected = fake.sdk(async |pf| {
        let all: Vec<_> = pf.subscriptions().list_all(Default::default()).try_collect().await.unwrap();
        all.len()
    });
    assert!(expected > 2);
    assert_eq!(subscriptions.stdout.lines().count(), expected + 1);
}

#[test]
fn an_empty_export_is_a_header_or_an_empty_array() {
    let fake = Fake::start(pocketsflow::mock::Seed::Empty);
    let csv = fake.cli().run(["orders", "list", "--all", "-o", "csv"]);
    csv.ok();
    assert_eq!(csv.stdout.lines().count(), 1);
    assert!(csv.stdout.starts_with("_id,"));
    assert_eq!(fake.cli().run(["orders", "list", "--all", "-o", "json"]).json(), serde_json::json!([]));
}

/// A server whose first page of orders answers and whose second fails with 500.
fn failing_after_one_page(runtime: &tokio::runtime::Runtime) -> String {
    use axum::extract::Query;
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new().route(
        "/orders",
        axum::routing::get(|Query(q): Query<HashMap<String, String>>| async move {
            if q.get("page").map(String::as_str) != Some("1") {
                return (StatusCode::INTERNAL_SERVER_ERROR, r#"{"message":"database on fire","code":"E500"}"#)
                    .into_response();
            }
            let order = serde_json::json!({"_id": "o1", "userId": "u1", "productId": "p1", "buyerEmail": "a@x",
                "grossAmount": 10, "netAmount": 9, "taxAmount": 0, "currency": "USD", "isRefunded": false,
                "isDisputed": false, "testMode": true, "createdAt": "2024-01-01T00:00:00.000Z"});
            let page = serde_json::json!({"orders": [order], "pagination": {"totalCount": 2, "totalPages": 2,
                "currentPage": 1, "pageSize": 1, "hasMore": true}});
            ([("content-type", "application/json")], page.to_string()).into_response()
        }),
    );
    runtime.spawn(async move { axum::serve(listener, app).await });
    url
}

#[test]
fn a_failure_half_way_keeps_what_was_written_and_exits_with_the_error() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let url = failing_after_one_page(&runtime);
    let run = common::Cli::new().env("POCKETSFLOW_API_KEY", "pk_test_x").run([
        "--base-url",
        &url,
        "--max-retries",
        "0",
        "orders",
        "list",
        "--all",
        "-o",
        "csv",
    ]);
    run.code(1);
    assert_eq!(run.stderr, "error: orders_list: API error 500: database on fire (code E500)\n");
    let rows = parse_csv(&run.stdout);
    assert_eq!(rows.len(), 2, "the header and the one order received: {}", run.stdout);
    assert_eq!(rows[1][0], "o1");
}

/// `--all` with stderr on a terminal (a pseudo-terminal from util-linux's `script`) and stdout in a file: the
/// progress line is drawn on stderr, ends with the count of every order, and none of it reaches the file.
#[cfg(target_os = "linux")]
#[test]
fn a_progress_line_is_drawn_when_stderr_is_a_terminal() {
    let fake = Fake::demo();
    let dir = common::temp_dir("progress");
    let out = dir.join("orders.csv");
    let command = format!(
        "{} orders list --all --page-size 7 --output csv > {}",
        env!("CARGO_BIN_EXE_pocketsflow"),
        out.display()
    );
    let output = std::process::Command::new("script")
        .args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .env("POCKETSFLOW_API_KEY", fake.server.api_key())
        .env("POCKETSFLOW_BASE_URL", fake.url())
        .env("POCKETSFLOW_CONFIG", dir.join("no-config.toml"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("util-linux's `script` runs (it gives the command a terminal)");
    assert!(output.status.success(), "{output:?}");
    let terminal = String::from_utf8_lossy(&output.stdout);
    assert!(terminal.contains("\u{1b}[2K"), "the line is redrawn in place: {terminal:?}");
    assert!(terminal.contains("260/260 orders"), "the last line counts every order: {terminal:?}");
    // 38 pages of 7, and one request for the total.
    assert_eq!(fake.server.request_count("GET", "/orders"), 39);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert_eq!(parse_csv(&csv).len(), 261, "a header and 260 orders");
    assert!(!csv.contains('\u{1b}'), "nothing of the progress line in the output");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn all_starts_at_the_given_offset() {
    let fake = Fake::demo();
    let all: Vec<String> = fake.sdk(async |pf| {
        let customers: Vec<_> = pf.customers().list_all(Default::default()).try_collect().await.unwrap();
        customers.into_iter().map(|c| c.id).collect()
    });
    assert!(all.len() > 62, "{} customers", all.len());
    let before = fake.server.request_count("GET", "/customers");
    // Pages of 2 from the 61st customer on.
    let run = fake.cli().run(["customers", "list", "--all", "--offset", "60", "--limit", "2", "-o", "jsonl"]);
    run.ok();
    let ids: Vec<String> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap()["_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, all[60..], "the customers from the 61st on, in order");
    assert!(fake.server.request_count("GET", "/customers") - before >= ids.len().div_ceil(2), "pages of 2");
}

/// A server of `ORDERS` orders (`o1`, `o2`, ...) a page at a time, each page answered slowly (the first pages
/// the slowest, so that with several in flight the later ones come back first), which counts how many requests
/// are in flight at once and records the `page` and `pageSize` of each.
struct SlowPages {
    url: String,
    max_in_flight: Arc<AtomicUsize>,
    /// `(page, pageSize)` of each request, in order of arrival.
    asked: Arc<Mutex<Vec<(u64, u64)>>>,
    _runtime: tokio::runtime::Runtime,
}

const ORDERS: u64 = 10;

#[derive(Clone, Default)]
struct Counters {
    in_flight: Arc<AtomicUsize>,
    max_in_flight: Arc<AtomicUsize>,
    asked: Arc<Mutex<Vec<(u64, u64)>>>,
}

/// One request in flight, counted out when its answer is sent or the client gave up on it.
struct InFlight(Arc<AtomicUsize>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl SlowPages {
    fn start() -> SlowPages {
        use axum::extract::{Query, State};
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let counters = Counters::default();
        let app = axum::Router::new()
            .route(
                "/orders",
                axum::routing::get(|State(c): State<Counters>, Query(q): Query<HashMap<String, u64>>| async move {
                    let now = c.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    let _in_flight = InFlight(c.in_flight.clone());
                    c.max_in_flight.fetch_max(now, Ordering::SeqCst);
                    let (page, size) = (q.get("page").copied().unwrap_or(1), q.get("pageSize").copied().unwrap_or(20));
                    c.asked.lock().unwrap().push((page, size));
                    // Page 1 in 500 ms, page 2 in 400 ms, ...; pages past the fifth in 100 ms.
                    tokio::time::sleep(Duration::from_millis(100 * 6u64.saturating_sub(page).max(1))).await;
                    let orders: Vec<Value> = ((page - 1) * size + 1..=(page * size).min(ORDERS))
                        .map(|n| {
                            json!({"_id": format!("o{n}"), "userId": "u1", "productId": "p1", "buyerEmail": "a@x",
                                "grossAmount": 10, "netAmount": 9, "taxAmount": 0, "currency": "USD",
                                "isRefunded": false, "isDisputed": false, "testMode": true,
                                "createdAt": "2024-01-01T00:00:00.000Z"})
                        })
                        .collect();
                    let pages = ORDERS.div_ceil(size);
                    let body = json!({"orders": orders, "pagination": {"totalCount": ORDERS, "totalPages": pages,
                        "currentPage": page, "pageSize": size, "hasMore": page < pages}});
                    ([("content-type", "application/json")], body.to_string())
                }),
            )
            .with_state(counters.clone());
        runtime.spawn(async move { axum::serve(listener, app).await });
        SlowPages { url, max_in_flight: counters.max_in_flight, asked: counters.asked, _runtime: runtime }
    }

    fn cli(&self) -> common::Cli {
        let mut cli = common::Cli::new();
        cli.env("POCKETSFLOW_API_KEY", "pk_test_slow").env("POCKETSFLOW_BASE_URL", &self.url);
        cli
    }

    fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }

    fn asked(&self) -> Vec<(u64, u64)> {
        self.asked.lock().unwrap().clone()
    }
}

fn ids(jsonl: &str) -> Vec<String> {
    jsonl.lines().map(|line| serde_json::from_str::<Value>(line).unwrap()["_id"].as_str().unwrap().to_owned()).collect()
}

/// `--prefetch N` has up to N pages in flight at once, never more, and the output keeps the pages' order even
/// when later pages come back first; without it, one page at a time.
#[test]
fn prefetch_fetches_up_to_n_pages_at_once_in_order() {
    let expected: Vec<String> = (1..=ORDERS).map(|n| format!("o{n}")).collect();
    for prefetch in [Some(3), Some(2), None] {
        let server = SlowPages::start();
        let mut args = vec!["orders", "list", "--all", "--page-size", "2", "-o", "jsonl"];
        let n = prefetch.map(|n: u8| n.to_string());
        if let Some(n) = &n {
            args.extend(["--prefetch", n.as_str()]);
        }
        let run = server.cli().run(&args);
        run.ok();
        assert_eq!(ids(&run.stdout), expected, "{args:?}: every order once, in page order");
        let pages: Vec<u64> = server.asked().iter().map(|(page, _)| *page).collect();
        match prefetch {
            None => {
                assert_eq!(server.max_in_flight(), 1, "one page at a time without --prefetch");
                assert_eq!(pages, [1, 2, 3, 4, 5], "nothing past the last page");
            }
            Some(n) => {
                let max = server.max_in_flight();
                assert!(max > 1, "--prefetch {n}: pages were fetched one at a time");
                assert!(max <= n.into(), "--prefetch {n}: {max} pages in flight at once");
                assert!(
                    pages.len() < 5 + usize::from(n),
                    "--prefetch {n}: at most {} pages past the end: {pages:?}",
                    n - 1
                );
            }
        }
    }
}

/// With a progress bar (stderr a terminal, stdout a file), the total comes from one extra request of one item;
/// without a terminal, no such request.
#[cfg(target_os = "linux")]
#[test]
fn the_progress_total_costs_one_request_of_one_item_and_only_with_a_terminal() {
    let server = SlowPages::start();
    let dir = common::temp_dir("progress-total");
    let out = dir.join("orders.jsonl");
    let args = ["orders", "list", "--all", "--page-size", "2", "-o", "jsonl"];
    let terminal = server.cli().run_in_terminal(&args, Some(&out));
    terminal.ok();
    assert!(terminal.stdout.contains("10/10 orders"), "the bar shows the total: {:?}", terminal.stdout);
    assert_eq!(ids(&std::fs::read_to_string(&out).unwrap()).len(), ORDERS as usize);
    let asked = server.asked();
    let probes: Vec<&(u64, u64)> = asked.iter().filter(|(_, size)| *size == 1).collect();
    assert_eq!(probes, [&(1, 1)], "one request of one item: {asked:?}");
    assert_eq!(asked.len(), 6, "five pages and the one for the total: {asked:?}");

    let server = SlowPages::start();
    let run = server.cli().run(args);
    run.ok();
    assert_eq!(run.stderr, "", "no progress bar without a terminal");
    assert_eq!(server.asked(), [(1, 2), (2, 2), (3, 2), (4, 2), (5, 2)], "no request for the total");
    let _ = std::fs::remove_dir_all(&dir);
}

/// With stdout on the terminal too (the rows shown where the bar would be drawn), no progress bar and no request
/// for the total: only the pages of the listing.
#[cfg(target_os = "linux")]
#[test]
fn no_progress_bar_and_no_request_for_the_total_when_stdout_is_the_terminal_too() {
    let server = SlowPages::start();
    let args = ["orders", "list", "--all", "--page-size", "2", "-o", "jsonl"];
    let terminal = server.cli().run_in_terminal(&args, None);
    terminal.ok();
    assert_eq!(server.asked(), [(1, 2), (2, 2), (3, 2), (4, 2), (5, 2)], "no request for the total");
    assert!(!terminal.stdout.contains('\u{1b}'), "no line drawn in place: {:?}", terminal.stdout);
    assert!(!terminal.stdout.contains(" orders · "), "no progress line: {:?}", terminal.stdout);
    // The rows are on the terminal (lines ending in CRLF there), and nothing else.
    let shown: String = terminal.stdout.replace("\r\n", "\n");
    assert_eq!(ids(&shown), (1..=ORDERS).map(|n| format!("o{n}")).collect::<Vec<_>>(), "{shown:?}");
}
