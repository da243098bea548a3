//! The fake server under abuse: its memory stays bounded whatever clients send, the standalone binary keeps
//! serving when its stdout or stderr is a closed pipe, and every error it answers has the API's JSON shape.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::schema_errors;
use pocketsflow::mock::{limits, MockServer, TEST_API_KEY};
use pocketsflow::types::CreateProductParams;
use serde_json::{json, Value};

/// A distinct, unpredictable-looking token per `i` (splitmix64), so that every path is new to the server.
fn token(i: u64) -> String {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    format!("{:016x}{i:x}", z ^ (z >> 31))
}

/// Asserts that `body` is the API's error shape (the spec's `Error` schema) with a non-empty `message` and
/// `code`, served as JSON.
fn assert_error_shape(what: &str, content_type: Option<&str>, body: &[u8]) {
    assert_eq!(
        content_type,
        Some("application/json"),
        "{what}: content-type; body {:?}",
        String::from_utf8_lossy(body)
    );
    let json: Value = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{what}: body is not JSON ({e}): {:?}", String::from_utf8_lossy(body)));
    let errors = schema_errors(&json!({"$ref": "#/components/schemas/ErrorBody"}), &json);
    assert!(errors.is_empty(), "{what}: {json} does not match the spec's Error: {errors:?}");
    for field in ["message", "code"] {
        assert!(json[field].as_str().is_some_and(|s| !s.trim().is_empty()), "{what}: no `{field}` in {json}");
    }
}

// ------------------------------------------------------------------------------------------------ memory

/// Sends `count` requests pipelined on one connection (a thread writes while this one reads) and returns the
/// status of each answer, in order.
fn pipelined(port: u16, count: usize, requests: impl Iterator<Item = Vec<u8>> + Send) -> Vec<u16> {
    use std::io::BufRead;
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut writer = std::io::BufWriter::new(stream.try_clone().unwrap());
    let mut reader = std::io::BufReader::new(stream);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for request in requests.take(count) {
                writer.write_all(&request).unwrap();
            }
            writer.flush().unwrap();
        });
        let mut statuses = Vec::with_capacity(count);
        let mut line = String::new();
        while statuses.len() < count {
            line.clear();
            assert!(reader.read_line(&mut line).unwrap() > 0, "connection closed after {} answers", statuses.len());
            statuses.push(line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0));
            let mut length = 0;
            loop {
                line.clear();
                reader.read_line(&mut line).unwrap();
                let header = line.trim_end();
                if header.is_empty() {
                    break;
                }
                if let Some((name, value)) = header.split_once(':') {
                    if name.eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap();
                    }
                }
            }
            std::io::copy(&mut (&mut reader).take(length), &mut std::io::sink()).unwrap();
        }
        statuses
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_log_stays_bounded_whatever_paths_clients_send() {
    const REQUESTS: u64 = 30_000;
    let server = MockServer::start().await;
    let port = server.addr().port();
    let started = Instant::now();
    // A third to a known route with ids never seen, a third to garbage paths, a third to long garbage paths;
    // pipelined on one connection, so that the client costs next to nothing.
    let requests = (0..REQUESTS).map(|i| {
        let path = match i % 3 {
            0 => format!("/products/{}", token(i)),
            1 => format!("/{}/{}", token(i), token(i + REQUESTS)),
            _ => format!("/{}/{}", token(i), "x".repeat(2_000)),
        };
        format!("GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TEST_API_KEY}\r\n\r\n").into_bytes()
    });
    let statuses = tokio::task::spawn_blocking(move || pipelined(port, REQUESTS as usize, requests)).await.unwrap();
    assert_eq!(statuses.len(), REQUESTS as usize);
    assert!(statuses.iter().all(|&s| s == 404), "every path is unknown");
    eprintln!("{REQUESTS} requests in {:?}", started.elapsed());

    let footprint = server.footprint();
    assert!(footprint.counted_paths <= limits::COUNTED_PATHS, "{footprint:?}");
    assert!(footprint.route_counts <= 64, "one count per route and method, plus one for unknown paths: {footprint:?}");
    assert!(footprint.recent_requests <= limits::RECENT_REQUESTS, "{footprint:?}");
    assert!(footprint.recent_request_bytes <= limits::RECENT_REQUEST_BYTES, "{footprint:?}");

    // Counts stay exact: per route template forever, per concrete path for the first paths seen.
    assert_eq!(server.request_count("GET", "/products/{id}"), (REQUESTS as usize).div_ceil(3));
    assert_eq!(server.request_count("GET", &format!("/products/{}", token(0))), 1);
    assert_eq!(server.request_count("GET", &format!("/products/{}", token(3))), 1);
    assert_eq!(server.request_count("POST", &format!("/products/{}", token(0))), 0);
    let recent = server.requests();
    assert!(!recent.is_empty() && recent.len() <= limits::RECENT_REQUESTS);
    assert!(recent.iter().all(|r| r.method == "GET"));

    // And the server still answers normally.
    assert_eq!(server.client().products().list().await.unwrap().len(), 0);
    assert_eq!(server.request_count("GET", "/products"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_deliveries_stay_bounded() {
    const WEBHOOKS: usize = 101;
    const PRODUCTS: usize = 101;
    let server = MockServer::start().await;
    let pf = server.client();
    // A receiver that is not there: every delivery fails fast, and is kept all the same.
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let http = reqwest::Client::new();
    for _ in 0..WEBHOOKS {
        let answer = http
            .post(format!("{}/webhooks", server.url()))
            .bearer_auth(TEST_API_KEY)
            .json(&json!({"url": format!("http://{closed}/hook"), "events": ["product.created"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
    }
    let mut last = String::new();
    for i in 0..PRODUCTS {
        last = pf.products().create(CreateProductParams::builder().name(format!("P{i}")).price(1.0)).await.unwrap().id;
    }
    let sent = WEBHOOKS * PRODUCTS;
    assert!(sent > limits::KEPT_DELIVERIES);

    // Wait until every attempt has completed: the newest one names the last product.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let footprint = server.footprint();
        assert!(footprint.deliveries <= limits::KEPT_DELIVERIES, "{footprint:?}");
        assert!(footprint.delivery_bytes <= limits::KEPT_DELIVERY_BYTES, "{footprint:?}");
        if footprint.deliveries_completed >= sent as u64 {
            assert_eq!(footprint.deliveries, limits::KEPT_DELIVERIES, "the latest are kept");
            break;
        }
        assert!(Instant::now() < deadline, "deliveries did not complete: {footprint:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let deliveries = server.deliveries();
    assert_eq!(deliveries.len(), limits::KEPT_DELIVERIES);
    assert!(deliveries.iter().all(|d| d.error.is_some() && d.status.is_none()), "the receiver is not there");
    assert!(deliveries.iter().any(|d| d.body.contains(&last)), "the newest deliveries are kept");
}

#[tokio::test]
async fn webhook_deliveries_are_bounded_in_bytes_too() {
    let server = MockServer::start().await;
    let closed = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    // A webhook whose URL is nearly as long as a body may be: each delivery to it weighs about as much.
    let url = format!("http://{closed}/{}", "u".repeat(limits::MAX_BODY_BYTES - 1024));
    let http = reqwest::Client::new();
    let webhook: Value = http
        .post(format!("{}/webhooks", server.url()))
        .bearer_auth(TEST_API_KEY)
        .json(&json!({"url": url, "events": ["order.completed"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let test = format!("{}/webhooks/{}/test", server.url(), webhook["_id"].as_str().unwrap());
    let count = limits::KEPT_DELIVERY_BYTES / url.len() + 4;
    for _ in 0..count {
        assert_eq!(http.post(&test).bearer_auth(TEST_API_KEY).send().await.unwrap().status(), 200);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let footprint = server.footprint();
        assert!(footprint.delivery_bytes <= limits::KEPT_DELIVERY_BYTES, "{footprint:?}");
        if footprint.deliveries_completed >= count as u64 {
            assert!(footprint.deliveries < count, "the oldest large deliveries were let go: {footprint:?}");
            assert!(footprint.deliveries > 0);
            break;
        }
        assert!(Instant::now() < deadline, "deliveries did not complete: {footprint:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ------------------------------------------------------------------------------------------- the binary

/// The standalone server, killed and reaped when dropped, its port file removed.
struct Standalone {
    child: Child,
    port_file: PathBuf,
}

impl Standalone {
    /// Starts `pocketsflow-mock --port 0 --port-file <tmp>` with stdout a pipe nobody reads any more, and
    /// waits for the port.
    fn start_with_stdout_closed() -> (Standalone, u16) {
        let port_file = std::env::temp_dir().join(format!(
            "pocketsflow-mock-{}-{}.port",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
        ));
        // The read end is closed before the server starts: its first write to stdout meets EPIPE.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
            .args(["--port", "0", "--seed", "demo", "--port-file"])
            .arg(&port_file)
            .stdout(writer)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut server = Standalone { child, port_file };
        let deadline = Instant::now() + Duration::from_secs(20);
        let port = loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                panic!("pocketsflow-mock exited before it was ready: {status}");
            }
            if let Some(port) = std::fs::read_to_string(&server.port_file).ok().and_then(|s| s.trim().parse().ok()) {
                break port;
            }
            assert!(Instant::now() < deadline, "no port file after 20 s");
            std::thread::sleep(Duration::from_millis(20));
        };
        (server, port)
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.port_file);
    }
}

/// One HTTP/1.1 request on a fresh connection (which it closes); the status, the headers (lowercase names)
/// and the body.
fn raw_request(port: u16, request: &[u8]) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let mut lines = head.split("\r\n");
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn get_request(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TEST_API_KEY}\r\nConnection: close\r\n\r\n")
        .into_bytes()
}

#[test]
fn standalone_binary_keeps_serving_with_stdout_closed() {
    let (mut server, port) = Standalone::start_with_stdout_closed();
    for _ in 0..3 {
        let (status, _, body) = raw_request(port, &get_request("/users/me"));
        assert_eq!(status, 200, "{body}");
        let me: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(me["testMode"], true);
    }
    assert!(server.child.try_wait().unwrap().is_none(), "the server is still running");
}

#[test]
fn standalone_binary_exits_with_its_own_codes_on_closed_pipes() {
    let closed_pipe = || {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        writer
    };
    let help = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .arg("--help")
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(help.status.code(), Some(0), "{}", String::from_utf8_lossy(&help.stderr));
    let bad = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "x"])
        .stdout(Stdio::null())
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2), "a usage error, not a panic");
}

// ------------------------------------------------------------------------------------------ error shape

#[tokio::test]
async fn every_error_answer_has_the_api_error_shape() {
    let server = MockServer::start().await;
    let url = server.url();
    let http = reqwest::Client::new();
    let key = TEST_API_KEY;
    let cases = [
        ("unknown route", http.get(format!("{url}/nope/nothing")).bearer_auth(key), 404),
        ("unknown route, no key", http.post(format!("{url}/nope")), 404),
        ("wrong method", http.delete(format!("{url}/users/me")).bearer_auth(key), 404),
        ("wrong method on a list", http.patch(format!("{url}/products")).bearer_auth(key), 404),
        ("missing key", http.get(format!("{url}/users/me")), 401),
        ("wrong key", http.get(format!("{url}/users/me")).bearer_auth("sk_nope_1234567890"), 401),
        (
            "body too large",
            http.post(format!("{url}/products"))
                .bearer_auth(key)
                .header("content-type", "application/json")
                .body(vec![b' '; limits::MAX_BODY_BYTES + 1]),
            413,
        ),
        (
            "URI too long",
            http.get(format!("{url}/products?q={}", "a".repeat(limits::MAX_URI_BYTES))).bearer_auth(key),
            414,
        ),
        ("path not UTF-8", http.get(format!("{url}/products/%FF%FE")).bearer_auth(key), 400),
        (
            "malformed JSON",
            http.post(format!("{url}/products")).bearer_auth(key).header("content-type", "application/json").body("{"),
            400,
        ),
        (
            "not JSON at all",
            http.post(format!("{url}/products")).bearer_auth(key).header("content-type", "text/plain").body("name=x"),
            400,
        ),
        (
            "unknown method",
            http.request(reqwest::Method::from_bytes(b"BREW").unwrap(), format!("{url}/products")).bearer_auth(key),
            404,
        ),
    ];
    for (what, request, status) in cases {
        let answer = request.send().await.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(answer.status().as_u16(), status, "{what}");
        let content_type = answer.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let body = answer.bytes().await.unwrap();
        assert_error_shape(what, content_type.as_deref(), &body);
    }
    // A method the route does not have is a 404 (no 405 is documented), and still says which ones it has.
    let answer = http.delete(format!("{url}/users/me")).bearer_auth(key).send().await.unwrap();
    assert_eq!(answer.headers().get("allow").and_then(|v| v.to_str().ok()), Some("GET,HEAD"));
    // And a body just under the limit is read (and refused for what it says, not for its size).
    let mut padded = br#"{"name": "Padded", "price": 1}"#.to_vec();
    padded.resize(limits::MAX_BODY_BYTES, b' ');
    let answer = http.post(format!("{url}/products")).bearer_auth(key).body(padded).send().await.unwrap();
    assert_eq!(answer.status(), 200);
}

/// Long URIs over a raw connection: up to hyper's own limit (64 KiB) the fake answers 414 with the API's
/// shape; past it hyper answers 414 itself, before the fake sees the request.
#[tokio::test]
async fn long_uris_and_chunked_bodies_over_raw_connections() {
    let server = MockServer::start().await;
    let port = server.addr().port();
    let raw = |request: Vec<u8>| async move {
        tokio::task::spawn_blocking(move || raw_request(port, &request)).await.unwrap()
    };
    for (len, json) in [(limits::MAX_URI_BYTES + 1, true), (60_000, true), (70_000, false)] {
        let path = format!("/products/{}", "a".repeat(len - "/products/".len()));
        let (status, headers, body) = raw(get_request(&path)).await;
        assert_eq!(status, 414, "{len}: {body}");
        if json {
            assert_error_shape(&format!("{len}-byte URI"), header(&headers, "content-type"), body.as_bytes());
        }
    }
    let at_limit = format!("/products/{}", "a".repeat(limits::MAX_URI_BYTES - "/products/".len()));
    let (status, headers, body) = raw(get_request(&at_limit)).await;
    assert_eq!(status, 404, "a URI at the limit is served: {body}");
    assert_error_shape("product not found", header(&headers, "content-type"), body.as_bytes());

    // A chunked body (no length announced) past the limit.
    let mut request = format!(
        "POST /products HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TEST_API_KEY}\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    let chunk = 64 * 1024;
    for _ in 0..=limits::MAX_BODY_BYTES / chunk {
        request.extend_from_slice(format!("{chunk:x}\r\n").as_bytes());
        request.extend(std::iter::repeat_n(b' ', chunk));
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"0\r\n\r\n");
    let (status, headers, body) = raw(request).await;
    assert_eq!(status, 413, "{body}");
    assert_error_shape("chunked body too large", header(&headers, "content-type"), body.as_bytes());
}

/// The error statuses openapi.yaml documents on its operations.
fn documented_statuses() -> std::collections::BTreeSet<u16> {
    let mut statuses = std::collections::BTreeSet::new();
    for item in common::spec()["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            for status in operation["responses"].as_object().into_iter().flatten().map(|(status, _)| status) {
                if let Ok(status) = status.parse::<u16>() {
                    statuses.insert(status);
                }
            }
        }
    }
    statuses
}

/// Every answer of the fake uses a status the spec documents (the reference's 400, 401, 404, 429 and 500), or
/// 413 and 414 for the transport limits, or a success: every path of the spec with its ids filled or junk, with
/// every method (one HTTP does not define too), with and without a key, with no body, malformed JSON, JSON of
/// the wrong shape or text, and paths no route has. Every error carries a `code` openapi.yaml documents.
#[tokio::test]
async fn the_fake_answers_only_statuses_the_spec_documents() {
    let documented = documented_statuses();
    assert_eq!(documented, [400, 401, 404, 429, 500].into(), "the statuses the reference documents");
    let mut allowed = documented.clone();
    allowed.extend([413, 414]);

    let server =
        MockServer::start_with(pocketsflow::mock::MockOptions { seed: pocketsflow::mock::Seed::Demo, port: 0 })
            .await
            .unwrap();
    let pf = server.client();
    let product = pf.products().list().await.unwrap()[0].id.clone();
    let url = server.url();
    let http = reqwest::Client::new();
    let mut paths: Vec<String> = common::spec()["paths"]
        .as_object()
        .unwrap()
        .keys()
        .flat_map(|template| {
            let filled = fill_parameters(template, &product);
            let junk = fill_parameters(template, "%FF%00..%2F");
            [filled, junk]
        })
        .collect();
    paths.extend(["/".to_owned(), "/nope".to_owned(), "/products/x/y/z".to_owned()]);
    let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "BREW"];
    let bodies: [(Option<&str>, &str); 5] = [
        (None, ""),
        (Some("application/json"), "{"),
        (Some("application/json"), "[1, 2]"),
        (Some("application/json"), r#"{"price": -1, "amount": "x", "email": 7}"#),
        (Some("text/plain"), "name=x"),
    ];
    // The codes the spec documents, and the transport limits' own.
    let mut known_codes: Vec<&str> = pocketsflow::codes::ALL.iter().map(|(_, code)| *code).collect();
    known_codes.extend(["PAYLOAD_TOO_LARGE", "URI_TOO_LONG"]);
    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
    for path in &paths {
        for method in methods {
            for key in [Some(TEST_API_KEY), None] {
                for (content_type, body) in bodies {
                    let mut request = http
                        .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), format!("{url}{path}"))
                        .body(body);
                    if let Some(content_type) = content_type {
                        request = request.header("content-type", content_type);
                    }
                    if let Some(key) = key {
                        request = request.bearer_auth(key);
                    }
                    let answer = request.send().await.unwrap();
                    let status = answer.status().as_u16();
                    if !(200..300).contains(&status) {
                        let body: Value = answer.json().await.unwrap_or(Value::Null);
                        let code = body["code"].as_str().unwrap_or_default();
                        assert!(
                            known_codes.contains(&code),
                            "{method} {path}: code {code:?} is not one openapi.yaml documents: {body}"
                        );
                    }
                    assert!(
                        (200..300).contains(&status) || allowed.contains(&status),
                        "{method} {path} (key: {}, body {body:?}) answered {status}, which the spec does not document",
                        key.is_some()
                    );
                    *answers.entry(status).or_default() += 1;
                }
            }
        }
    }
    for status in [200, 400, 401, 404] {
        assert!(answers.contains_key(&status), "the sweep never met a {status}: {answers:?}");
    }
}

/// `template` with every `{parameter}` replaced by `value`.
fn fill_parameters(template: &str, value: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').map_or(rest.len(), |i| start + i + 1);
        out.push_str(&rest[..start]);
        out.push_str(value);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
