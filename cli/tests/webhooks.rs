//! The local webhook loop end to end: `trigger` sends signed deliveries, `listen` verifies, prints and forwards
//! them, and a receiver built on the SDK's `Verifier` checks every signature it is handed. Also the fake server's
//! own deliveries through `listen`. Secrets never show in any output.

mod common;

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use common::{port_in, Cli, Fake, Running};
use pocketsflow::events::{sign, Event, Verifier, WebhookSecret};
use serde_json::Value;

const SECRET: &str = "whsec_e2e0123456789abcdef0123456789ab";

/// What the receiver was handed.
#[derive(Debug, Clone)]
struct Received {
    headers: HeaderMap,
    body: Bytes,
    /// The verified event, or why it was refused.
    event: Result<Event, String>,
}

/// A webhook receiver as an application would write it: the SDK's verifier on the raw body and headers.
struct Receiver {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
    _runtime: tokio::runtime::Runtime,
}

impl Receiver {
    fn start(secret: &str) -> Receiver {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}/webhooks/pocketsflow", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let state = (Verifier::new(WebhookSecret::new(secret)), received.clone());
        let app = axum::Router::new()
            .route(
                "/webhooks/pocketsflow",
                axum::routing::post(
                    |State((verifier, received)): State<(Verifier, Arc<Mutex<Vec<Received>>>)>,
                     headers: HeaderMap,
                     body: Bytes| async move {
                        let event = verifier.construct_event(&body, &headers).map_err(|e| e.to_string());
                        let status = match &event {
                            Ok(_) => StatusCode::OK,
                            Err(_) => StatusCode::UNAUTHORIZED,
                        };
                        received.lock().unwrap().push(Received { headers, body, event });
                        (status, if status == StatusCode::OK { "thanks" } else { "bad signature" })
                    },
                ),
            )
            .with_state(state);
        runtime.spawn(async move { axum::serve(listener, app).await });
        Receiver { url, received, _runtime: runtime }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

/// `pocketsflow listen` forwarding to `to`, verifying with `secret` (given through the environment).
fn listen(to: &str, secret: Option<&str>) -> (Running, u16) {
    let mut cli = Cli::new();
    if let Some(secret) = secret {
        cli.env("POCKETSFLOW_WEBHOOK_SECRET", secret);
    }
    let mut running = cli.spawn(["listen", "--port", "0", "--forward-to", to, "--output", "jsonl"]);
    let line = running.wait_for_stderr("Listening on");
    let port = port_in(&line);
    (running, port)
}

fn no_secret_in(texts: &[&str], secret: &str) {
    let value = secret.trim_start_matches("whsec_");
    for text in texts {
        assert!(!text.contains(value), "the secret leaked: {text}");
    }
}

#[test]
fn trigger_through_listen_to_a_receiver_verified_end_to_end() {
    let receiver = Receiver::start(SECRET);
    let (mut listening, port) = listen(&receiver.url, Some(SECRET));
    let to = format!("http://127.0.0.1:{port}/");

    // A correctly signed delivery: verified by listen, forwarded intact, verified again by the receiver.
    let sent = Cli::new().run(["trigger", "order.completed", "--to", &to, "--secret", SECRET, "-o", "table"]);
    sent.ok();
    assert!(sent.stdout.contains("200 OK"), "trigger prints the receiver's status: {}", sent.stdout);
    let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
    assert_eq!(line["event"], "order.completed");
    assert_eq!(line["signature"], "verified");
    assert_eq!(line["status"], 200);
    assert_eq!(line["forwarded_to"], receiver.url.as_str());
    assert_eq!(line["body"]["event"], "order.completed");

    let received = receiver.received();
    assert_eq!(received.len(), 1);
    let delivery = &received[0];
    let Ok(Event::OrderCompleted(order)) = &delivery.event else { panic!("{:?}", delivery.event) };
    // Compared as JSON, whatever type the SDK gives amounts.
    assert_eq!(serde_json::to_value(order.amount).unwrap(), serde_json::json!(99.99));
    assert_eq!(order.customer.as_ref().unwrap().email.as_deref(), Some("customer@example.com"));
    // Body and headers intact: the signature is the body's, and the event and timestamp headers came along.
    assert_eq!(
        delivery.headers["x-pocketsflow-signature"].to_str().unwrap(),
        sign(&WebhookSecret::new(SECRET), &delivery.body)
    );
    assert_eq!(delivery.headers["x-pocketsflow-event"], "order.completed");
    assert!(delivery.headers.contains_key("x-pocketsflow-timestamp"));
    assert_eq!(serde_json::from_slice::<Value>(&delivery.body).unwrap(), line["body"]);

    // Fields overridden with --set reach the receiver, signed.
    let set = ["--set", "amount=49.99", "--set", "customer.email=sam@example.com", "--set", "metadata.cart=7"];
    let args = ["trigger", "order.completed", "--to", &to, "--secret", SECRET];
    Cli::new().run(args.iter().chain(set.iter()).copied()).ok();
    let _ = listening.next_line();
    let received = receiver.received();
    let Ok(Event::OrderCompleted(order)) = &received[1].event else { panic!("{:?}", received[1].event) };
    assert_eq!(serde_json::to_value(order.amount).unwrap(), serde_json::json!(49.99));
    assert_eq!(order.buyer_email(), Some("sam@example.com"));
    assert_eq!(order.metadata_value("cart"), Some(&serde_json::json!(7)));

    // Signed with the wrong secret: listen says so, the receiver refuses it, trigger exits 1 with its status.
    let wrong = "whsec_wrong0000000000000000000000000000";
    let refused = Cli::new().run(["trigger", "order.completed", "--to", &to, "--secret", wrong]);
    refused.code(1);
    assert!(refused.stderr.contains("401"), "{}", refused.stderr);
    let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
    assert_eq!(line["signature"], "invalid");
    assert!(line["signature_error"].as_str().unwrap().contains("signature"), "{line}");
    assert_eq!(line["status"], 401);
    assert!(receiver.received()[2].event.is_err());

    let stderr = listening.stderr_so_far().join("\n");
    no_secret_in(&[&sent.stdout, &sent.stderr, &refused.stdout, &refused.stderr, &stderr], SECRET);
    no_secret_in(&[&refused.stdout, &refused.stderr], wrong);
}

#[test]
fn listen_prints_readable_blocks_and_answers_without_a_receiver() {
    let mut cli = Cli::new();
    cli.env("POCKETSFLOW_WEBHOOK_SECRET", SECRET);
    let mut listening = cli.spawn(["listen", "--output", "table"]);
    let port = port_in(&listening.wait_for_stderr("Listening on"));
    let to = format!("http://127.0.0.1:{port}/hook");
    Cli::new().run(["trigger", "customer.created", "--to", &to, "--secret", SECRET]).ok();
    let header = listening.next_line();
    assert!(header.contains("customer.created") && header.contains("signature verified"), "{header}");
    assert!(listening.next_line().trim_start().starts_with('{'));
    // Unverifiable: answered 401 when there is no receiver to decide.
    let refused = Cli::new().run(["trigger", "customer.created", "--to", &to, "--secret", "whsec_other"]);
    refused.code(1);
    assert!(refused.stderr.contains("401"), "{}", refused.stderr);
}

#[test]
fn every_event_of_the_spec_and_any_other_name_is_delivered_signed_and_typed() {
    let receiver = Receiver::start(SECRET);
    let spec: Value = serde_norway::from_str(include_str!("../../openapi.yaml")).unwrap();
    let events: Vec<String> = spec["components"]["schemas"]["WebhookEvent"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_owned())
        .collect();
    assert!(events.len() >= 20);
    for event in &events {
        Cli::new().run(["trigger", event, "--to", &receiver.url, "--secret", SECRET]).ok();
    }
    let custom = Cli::new().run(["trigger", "shipment.delivered", "--to", &receiver.url, "--secret", SECRET]);
    custom.ok();
    assert!(custom.stderr.contains("not an event the spec lists"), "{}", custom.stderr);
    let received = receiver.received();
    assert_eq!(received.len(), events.len() + 1);
    for (delivery, name) in received.iter().zip(events.iter().chain(["shipment.delivered".to_owned()].iter())) {
        let event = delivery.event.as_ref().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(event.name(), name);
        let known = !matches!(event, Event::Unknown { .. });
        assert_eq!(known, name != "shipment.delivered", "{name}: {event:?}");
    }
    // Two deliveries of the same event differ (fresh ids), so a receiver's replay guard accepts both.
    assert_ne!(received[0].body, {
        Cli::new().run(["trigger", &events[0], "--to", &receiver.url, "--secret", SECRET]).ok();
        receiver.received().last().unwrap().body.clone()
    });
}

#[test]
fn the_fake_servers_own_deliveries_pass_through_listen() {
    let fake = Fake::demo();
    // The endpoint first, for its secret; then listen with it; then the endpoint pointed at listen.
    let webhook = fake
        .cli()
        .run(["webhooks", "create", "--url", "http://127.0.0.1:9/placeholder", "--event", "order.completed"])
        .json();
    let id = webhook["_id"].as_str().unwrap().to_owned();
    let secret = webhook["secret"].as_str().unwrap().to_owned();
    let receiver = Receiver::start(&secret);
    let (mut listening, port) = listen(&receiver.url, Some(&secret));
    fake.cli().run(["webhooks", "update", &id, "--url", &format!("http://127.0.0.1:{port}/")]).ok();

    // The API's test delivery.
    fake.cli().run(["webhooks", "test", &id]).ok();
    let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
    assert_eq!(line["signature"], "verified", "{line}");
    assert_eq!(line["status"], 200, "{line}");
    assert_eq!(line["event"], "order.completed");

    // A real purchase on the fake server: checkout completed, order.completed delivered.
    let products = fake.cli().run(["products", "list"]).json();
    let session = fake
        .cli()
        .run([
            "checkout",
            "create",
            "--product-id",
            products[0]["_id"].as_str().unwrap(),
            "--success-url",
            "https://shop.example/ok",
            "--cancel-url",
            "https://shop.example/cancel",
        ])
        .json();
    let order = {
        // The fake server sends its deliveries from its runtime.
        let _context = fake.runtime.enter();
        fake.server.complete_checkout(session["id"].as_str().unwrap(), "buyer@example.com").unwrap()
    };
    let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
    assert_eq!(line["signature"], "verified", "{line}");
    assert_eq!(line["body"]["order"]["id"], order.id.as_str());

    let received = receiver.received();
    assert_eq!(received.len(), 2);
    let Ok(Event::OrderCompleted(event)) = &received[1].event else { panic!("{:?}", received[1].event) };
    assert_eq!(event.order.as_ref().unwrap().id.as_deref(), Some(order.id.as_str()));
    // The fake server saw the receiver's answer, relayed by listen.
    let deliveries = fake.runtime.block_on(fake.server.wait_for_deliveries(2, std::time::Duration::from_secs(10)));
    assert!(deliveries.iter().all(|d| d.status == Some(200)), "{deliveries:?}");
    let stderr = listening.stderr_so_far().join("\n");
    no_secret_in(&[&stderr], &secret);
}

/// A POST sent by hand to 127.0.0.1:`port`: the answer's status, headers (lower-case names) and body.
fn post_by_hand(port: u16, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, Vec<(String, String)>, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut request = format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or_else(|| panic!("{answer:?}"));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split_whitespace().nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

#[test]
fn listen_verifies_with_the_secret_flag_forwards_every_header_but_the_connections_and_relays_the_answer() {
    // A receiver that keeps what it is handed and answers with a status, a type and a body of its own.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let receiver_addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::<(HeaderMap, Bytes)>::new()));
    let kept = seen.clone();
    let app = axum::Router::new().fallback(move |headers: HeaderMap, body: Bytes| {
        kept.lock().unwrap().push((headers, body));
        async { (StatusCode::IM_A_TEAPOT, [("content-type", "text/x-receiver")], "the receiver's own answer") }
    });
    runtime.spawn(async move { axum::serve(listener, app).await });

    // The secret by flag only (the test's environment holds no POCKETSFLOW_ variable).
    let mut listening = Cli::new().spawn([
        "listen",
        "--port",
        "0",
        "--secret",
        SECRET,
        "--forward-to",
        &format!("http://{receiver_addr}/hook"),
        "-o",
        "jsonl",
    ]);
    let banner = listening.wait_for_stderr("Listening on");
    assert!(banner.contains("verifying signatures"), "{banner}");
    let port = port_in(&banner);

    let body = br#"{"event":"customer.created","customer":{"email":"hand@example.com"}}"#;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs().to_string();
    for (secret, verdict) in [(SECRET, "verified"), ("whsec_not0the0right0one000000000000000", "invalid")] {
        let signature = sign(&WebhookSecret::new(secret), body);
        let (status, headers, answer) = post_by_hand(
            port,
            "/from-the-sender",
            &[
                ("Content-Type", "application/json"),
                ("X-Pocketsflow-Signature", &signature),
                ("X-Pocketsflow-Timestamp", &now),
                ("X-Pocketsflow-Event", "customer.created"),
                ("X-Custom", "1"),
                ("TE", "trailers"),
                ("Keep-Alive", "timeout=5"),
                ("Connection", "close"),
            ],
            body,
        );
        // The sender gets the receiver's answer, whatever the verdict.
        assert_eq!(status, 418, "{verdict}");
        assert_eq!(answer, "the receiver's own answer", "{verdict}");
        assert!(headers.contains(&("content-type".to_owned(), "text/x-receiver".to_owned())), "{headers:?}");
        let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
        assert_eq!(line["signature"], verdict, "{line}");
        assert_eq!(line["status"], 418, "{line}");
        assert_eq!(line["event"], "customer.created", "{line}");

        let (received, received_body) = seen.lock().unwrap().last().cloned().unwrap();
        assert_eq!(received_body.as_ref(), body, "the body, byte for byte");
        assert_eq!(received["x-custom"], "1");
        assert_eq!(received["x-pocketsflow-signature"], signature.as_str());
        assert_eq!(received["x-pocketsflow-timestamp"], now.as_str());
        assert_eq!(received["x-pocketsflow-event"], "customer.created");
        assert_eq!(received["content-type"], "application/json");
        // The connection's own headers are the receiver's connection's, not the sender's.
        assert_eq!(received["host"], receiver_addr.to_string().as_str());
        for hop in ["te", "keep-alive", "connection"] {
            assert!(!received.contains_key(hop), "{hop} was forwarded: {received:?}");
        }
    }
    assert_eq!(seen.lock().unwrap().len(), 2, "a delivery failing verification is forwarded too");
    let stderr = listening.stderr_so_far().join("\n");
    no_secret_in(&[&stderr], SECRET);
}

/// The addresses of this machine's interfaces (`getifaddrs`), IPv6 link-local ones left out (they need a scope).
#[cfg(unix)]
fn interface_addresses() -> Vec<std::net::IpAddr> {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    let mut addresses = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that stays valid until freeifaddrs; each `ifa_addr` is
    // null or points at a sockaddr of the size its family says.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return addresses;
        }
        let mut entry = list;
        while !entry.is_null() {
            let addr = (*entry).ifa_addr;
            if !addr.is_null() {
                match i32::from((*addr).sa_family) {
                    libc::AF_INET => {
                        let v4 = &*(addr as *const libc::sockaddr_in);
                        addresses.push(IpAddr::V4(Ipv4Addr::from(u32::from_be(v4.sin_addr.s_addr))));
                    }
                    libc::AF_INET6 => {
                        let v6 = &*(addr as *const libc::sockaddr_in6);
                        addresses.push(IpAddr::V6(Ipv6Addr::from(v6.sin6_addr.s6_addr)));
                    }
                    _ => {}
                }
            }
            entry = (*entry).ifa_next;
        }
        libc::freeifaddrs(list);
    }
    addresses.retain(|a| !matches!(a, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80));
    addresses
}

#[cfg(not(unix))]
fn interface_addresses() -> Vec<std::net::IpAddr> {
    Vec::new()
}

/// `listen` binds 127.0.0.1 only: it answers there, and a connection to any other address of this machine is
/// refused: 127.0.0.2 (on Linux all of 127/8 is the loopback, so a socket bound to every address would answer
/// it), `::1`, and each address of its interfaces. Every one of them is first shown to reach a listener bound to
/// every address of its family, so that a refusal means `listen` did not bind it (inside `unshare -n`, only
/// 127.0.0.2 and `::1`).
#[test]
fn listen_binds_127_0_0_1_only() {
    use std::io::{Read, Write};
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
    // The port from a file, not from the banner: whatever address listen names, the test checks what it binds.
    let dir = common::temp_dir("listen-bind");
    let port_file = dir.join("port");
    let _listening = Cli::new().spawn(["listen", "--port", "0", "--port-file", port_file.to_str().unwrap()]);
    let port = common::read_port_file(&port_file, std::time::Duration::from_secs(60));

    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("listen answers on 127.0.0.1");
    write!(stream, "POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");

    let timeout = std::time::Duration::from_secs(5);
    let mut others: Vec<IpAddr> = vec![Ipv4Addr::new(127, 0, 0, 2).into(), Ipv6Addr::LOCALHOST.into()];
    for address in interface_addresses() {
        if address != IpAddr::V4(Ipv4Addr::LOCALHOST) && !others.contains(&address) {
            others.push(address);
        }
    }
    let mut tried = Vec::new();
    for address in others {
        let every_address: IpAddr =
            if address.is_ipv4() { Ipv4Addr::UNSPECIFIED.into() } else { Ipv6Addr::UNSPECIFIED.into() };
        let Ok(control) = TcpListener::bind((every_address, 0)) else { continue };
        let control_port = control.local_addr().unwrap().port();
        if TcpStream::connect_timeout(&SocketAddr::new(address, control_port), timeout).is_err() {
            eprintln!("{address} is not reachable on this machine: not tried");
            continue;
        }
        let reached = TcpStream::connect_timeout(&SocketAddr::new(address, port), timeout);
        assert!(reached.is_err(), "listen answers on {address}, not only on 127.0.0.1");
        tried.push(address);
    }
    if cfg!(target_os = "linux") {
        assert!(tried.contains(&Ipv4Addr::new(127, 0, 0, 2).into()), "127.0.0.2 was not tried: {tried:?}");
    }
    eprintln!("refused on {tried:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `listen --secret` checks the timestamp as well as the signature: a delivery signed with the right secret but
/// stamped 400 s ago (past the SDK's 5-minute tolerance), 400 s ahead, or without `X-Pocketsflow-Timestamp` is
/// reported as not verified, the reason naming the timestamp's fault rather than the signature, and is still
/// forwarded (the receiver's own verifier refuses it, and its 401 is what the sender gets).
#[test]
fn listen_reports_a_stale_or_missing_timestamp_as_not_verified_and_still_forwards_it() {
    let receiver = Receiver::start(SECRET);
    let mut listening =
        Cli::new().spawn(["listen", "--port", "0", "--secret", SECRET, "--forward-to", &receiver.url, "-o", "jsonl"]);
    let port = port_in(&listening.wait_for_stderr("Listening on"));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let (stale, ahead, fresh) = ((now - 400).to_string(), (now + 400).to_string(), now.to_string());
    // (timestamp header, verdict, words the reason must hold)
    let cases: [(Option<&str>, &str, &[&str]); 4] = [
        (Some(&fresh), "verified", &[]),
        (Some(&stale), "invalid", &["400s old", "300s tolerance"]),
        (Some(&ahead), "invalid", &["timestamp", "in the future", "300s tolerance"]),
        (None, "invalid", &["no X-Pocketsflow-Timestamp header"]),
    ];
    for (n, (timestamp, verdict, reason_words)) in cases.into_iter().enumerate() {
        // A body of its own each time, signed with the right secret.
        let body = format!(r#"{{"event":"customer.created","customer":{{"email":"t{n}@example.com"}}}}"#);
        let signature = sign(&WebhookSecret::new(SECRET), body.as_bytes());
        let mut headers = vec![("Content-Type", "application/json"), ("X-Pocketsflow-Signature", signature.as_str())];
        headers.push(("X-Pocketsflow-Event", "customer.created"));
        if let Some(timestamp) = timestamp {
            headers.push(("X-Pocketsflow-Timestamp", timestamp));
        }
        headers.push(("Connection", "close"));
        let (status, _, _) = post_by_hand(port, "/", &headers, body.as_bytes());

        let line: Value = serde_json::from_str(&listening.next_line()).unwrap();
        assert_eq!(line["signature"], verdict, "timestamp {timestamp:?}: {line}");
        let reason = line["signature_error"].as_str().unwrap_or_default();
        for word in reason_words {
            assert!(reason.contains(word), "timestamp {timestamp:?}: the reason {reason:?} lacks {word:?}");
        }
        if verdict == "invalid" {
            assert!(!reason.contains("signature does not match"), "the signature is right: {reason:?}");
        }
        // Forwarded all the same, body and timestamp as sent; the receiver's verdict relayed to the sender.
        let received = receiver.received();
        assert_eq!(received.len(), n + 1, "timestamp {timestamp:?}: not forwarded");
        let delivery = received.last().unwrap();
        assert_eq!(delivery.body.as_ref(), body.as_bytes());
        assert_eq!(delivery.headers.get("x-pocketsflow-timestamp").map(|v| v.to_str().unwrap()), timestamp);
        let expected = if verdict == "verified" { 200 } else { 401 };
        assert_eq!(delivery.event.is_ok(), verdict == "verified", "{:?}", delivery.event);
        assert_eq!(line["status"], expected, "{line}");
        assert_eq!(line["forwarded_to"], receiver.url.as_str(), "{line}");
        assert_eq!(status, expected);
    }
}

/// `listen --output json`, like `jsonl`: each delivery is one line of JSON (not a pretty-printed block), holding
/// the event, the verdict, the receiver's status and the body.
#[test]
fn listen_with_output_json_prints_one_json_line_per_delivery() {
    let receiver = Receiver::start(SECRET);
    let mut listening = Cli::new().spawn([
        "listen",
        "--port",
        "0",
        "--secret",
        SECRET,
        "--forward-to",
        &receiver.url,
        "--output",
        "json",
    ]);
    let port = port_in(&listening.wait_for_stderr("Listening on"));
    let to = format!("http://127.0.0.1:{port}/");
    let events = ["order.completed", "customer.created", "customer.subscription.pause"];
    for event in events {
        Cli::new().run(["trigger", event, "--to", &to, "--secret", SECRET]).ok();
    }
    assert_eq!(receiver.received().len(), events.len());
    // Everything listen wrote, up to its end.
    listening.child.kill().unwrap();
    let mut lines = Vec::new();
    while let Some(line) = listening.try_next_line() {
        lines.push(line);
    }
    assert_eq!(lines.len(), events.len(), "one line per delivery: {lines:#?}");
    for (line, event) in lines.iter().zip(events) {
        let line: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not one JSON line ({e}): {line}"));
        assert_eq!(line["event"], event, "{line}");
        assert_eq!(line["signature"], "verified", "{line}");
        assert_eq!(line["status"], 200, "{line}");
        assert_eq!(line["body"]["event"], event, "{line}");
    }
}
