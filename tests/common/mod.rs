//! Helpers shared by the integration tests: the spec's examples as fixtures, a mock API on 127.0.0.1, and
//! JSON comparison that treats `1` and `1.0` as the same number.
#![allow(dead_code)]

use std::sync::OnceLock;

use pocketsflow::Pocketsflow;
use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const API_KEY: &str = "pk_test_51HxSecretKey0123456789";

/// openapi.yaml as JSON.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        serde_yaml::from_str(&text).unwrap()
    })
}

/// The `example` of a component schema.
pub fn example(schema: &str) -> Value {
    spec()["components"]["schemas"][schema]["example"].clone()
}

/// A mock server answering every request with `status` and `body`.
pub async fn server_answering(status: u16, body: ResponseTemplateBody) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(body.into_template(status))
        .mount(&server)
        .await;
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
            ResponseTemplateBody::Raw(body, mime) => {
                ResponseTemplate::new(status).set_body_raw(body, mime)
            }
            ResponseTemplateBody::Empty => ResponseTemplate::new(status),
        }
    }
}

pub fn client_for(server: &MockServer) -> Pocketsflow {
    Pocketsflow::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .build()
        .unwrap()
}

/// JSON equality where numbers compare by value.
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
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
