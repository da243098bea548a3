//! Helpers shared by the integration tests: the spec's examples as fixtures, a mock API on 127.0.0.1, and
//! JSON comparison that treats `1` and `1.0` as the same number.
#![allow(dead_code)]

use std::sync::OnceLock;
use std::time::Duration;

use pocketsflow::retry::RetryPolicy;
use pocketsflow::Pocketsflow;
use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const API_KEY: &str = "pk_test_51HxSecretKey0123456789";

/// Retries with short delays, so that the tests are quick.
pub fn fast() -> RetryPolicy {
    RetryPolicy::default().max_retries(2).base_delay(Duration::from_millis(5)).max_delay(Duration::from_millis(20))
}

/// A checkout of one product, with the return URLs the API requires.
pub fn checkout_params(product_id: &str) -> pocketsflow::types::builder::CreateCheckoutParams {
    pocketsflow::types::CreateCheckoutParams::builder()
        .product_id(product_id)
        .success_url("https://shop.example/ok")
        .cancel_url("https://shop.example/no")
}

/// openapi.yaml as JSON.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        serde_norway::from_str(&text).unwrap()
    })
}

/// The `example` of a component schema.
pub fn example(schema: &str) -> Value {
    spec()["components"]["schemas"][schema]["example"].clone()
}

/// A mock server answering every request with `status` and `body`.
pub async fn server_answering(status: u16, body: ResponseTemplateBody) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(body.into_template(status)).mount(&server).await;
    server
}

/// What a mock answers with.
pub enum ResponseTemplateBody {
    Json(Value),
    Raw(&'static str, &'static str),
    Empty,
}

impl ResponseTemplateBody {
    pub fn into_template(self, status: u16) -> ResponseTemplate {
        match self {
            ResponseTemplateBody::Json(v) => ResponseTemplate::new(status).set_body_json(v),
            ResponseTemplateBody::Raw(body, mime) => ResponseTemplate::new(status).set_body_raw(body, mime),
            ResponseTemplateBody::Empty => ResponseTemplate::new(status),
        }
    }
}

/// A client of `server` with retries off, so that each call is exactly one request.
pub fn client_for(server: &MockServer) -> Pocketsflow {
    Pocketsflow::builder().api_key(API_KEY).base_url(server.uri()).max_retries(0).build().unwrap()
}

/// JSON equality where numbers compare by value.
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

#[track_caller]
pub fn assert_json_eq(actual: &Value, expected: &Value, what: &str) {
    assert!(
        json_eq(actual, expected),
        "{what}:\n  actual:   {}\n  expected: {}",
        serde_json::to_string(actual).unwrap(),
        serde_json::to_string(expected).unwrap()
    );
}

/// A validator for `schema` (a JSON Schema fragment that may `$ref` the spec's components), with OpenAPI 3.0
/// specifics translated: `nullable: true` becomes a `null` alternative.
pub fn validator(schema: &Value) -> jsonschema::Validator {
    let mut components = spec()["components"].clone();
    openapi_to_json_schema(&mut components);
    let mut root = schema.clone();
    openapi_to_json_schema(&mut root);
    let mut root = match root {
        Value::Object(map) => map,
        other => panic!("schema is not an object: {other}"),
    };
    root.insert("components".into(), components);
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&Value::Object(root))
        .expect("the spec's schemas compile")
}

fn openapi_to_json_schema(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.remove("nullable") == Some(Value::Bool(true)) {
                let inner = Value::Object(std::mem::take(map));
                map.insert("anyOf".into(), serde_json::json!([inner, {"type": "null"}]));
            }
            map.values_mut().for_each(openapi_to_json_schema);
        }
        Value::Array(items) => items.iter_mut().for_each(openapi_to_json_schema),
        _ => {}
    }
}

/// Validation errors of `instance` against `schema`, one line each.
pub fn schema_errors(schema: &Value, instance: &Value) -> Vec<String> {
    validator(schema).iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// The schema of an operation's success response, by operationId.
pub fn success_schema(operation_id: &str) -> Value {
    for (_, item) in spec()["paths"].as_object().unwrap() {
        for (_, op) in item.as_object().unwrap() {
            if op["operationId"] == operation_id {
                return op["responses"]["2XX"]["content"]["application/json"]["schema"].clone();
            }
        }
    }
    panic!("no operation {operation_id}")
}

/// Every (operationId, METHOD, path template) of the spec.
pub fn operations() -> Vec<(String, String, String)> {
    let mut ops = Vec::new();
    for (path, item) in spec()["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            ops.push((op["operationId"].as_str().unwrap().to_owned(), method.to_uppercase(), path.clone()));
        }
    }
    ops.sort();
    ops
}

/// Collects what a tracing subscriber writes, for tests that read their own logs.
#[derive(Clone, Default)]
pub struct Captured(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// The port a `pocketsflow-mock --port-file PATH` wrote, waiting up to 20 s for the file to appear.
pub fn read_port_file(path: &std::path::Path) -> u16 {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(port) = std::fs::read_to_string(path).ok().and_then(|text| text.trim().parse().ok()) {
            return port;
        }
        assert!(std::time::Instant::now() < deadline, "no port file after 20 s: {}", path.display());
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A webhook endpoint on 127.0.0.1 that answers every `POST /hook` 200, for tests that read the fake's own
/// record of its deliveries; its URL.
pub async fn ok_receiver() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let app = axum::Router::new().route("/hook", axum::routing::post(|| async { "ok" }));
        axum::serve(listener, app).await.unwrap();
    });
    url
}
