//! Unit tests of `src/mock/spec.rs`.

use super::*;

fn check(method: &str, template: &str, path: &[(&str, &str)], query: Option<&str>, body: &str) -> Vec<String> {
    let contract = contract(Doc::Api).expect("the shipped spec compiles");
    let op = contract.operation(method, template).expect("an operation of the spec");
    let path: Vec<(String, String)> = path.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    match op.check(&Incoming { path: &path, query, body: body.as_bytes() }, false) {
        Ok(_) => Vec::new(),
        Err(Mismatch(problems)) => problems,
    }
}

#[test]
fn the_shipped_spec_compiles_into_every_operation() {
    let contract = contract(Doc::Api).expect("the shipped spec compiles");
    let spec: Value = serde_norway::from_str(SPEC).unwrap();
    let count: usize = spec["paths"].as_object().unwrap().values().map(|item| item.as_object().unwrap().len()).sum();
    assert_eq!(contract.len(), count);
    assert_eq!(contract.operation("get", "/products/{id}").map(|op| op.id.as_str()), Some("products_get"));
    assert!(contract.operation("PATCH", "/products").is_none());
}

#[test]
fn bodies_are_checked_and_problems_name_the_field() {
    assert!(check("POST", "/products", &[], None, r#"{"name":"Ebook","price":10}"#).is_empty());
    assert_eq!(check("POST", "/products", &[], None, ""), ["Request body is required"]);
    assert_eq!(check("POST", "/products", &[], None, r#"{"name":"X"}"#), ["`price` is required"]);
    let problems = check("POST", "/products", &[], None, r#"{"name":"X","price":"cheap"}"#);
    assert_eq!(problems, [r#"`price` must be a number, got "cheap""#]);
    let problems = check("POST", "/products", &[], None, r#"{"name":"X","price":1,"type":"lifetime"}"#);
    assert_eq!(problems, [r#"`type` must be one of one-time, subscription, got "lifetime""#]);
    assert!(check("POST", "/products", &[], None, r#"{"name": "X", "price": 1"#)[0].starts_with("Malformed JSON"));
    assert_eq!(check("POST", "/products", &[], None, "[1]"), ["Request body must be an object, got [1]"]);
    let problems = check("POST", "/webhooks", &[], None, r#"{"url":"https://a.example/h","events":["nope"]}"#);
    assert!(problems[0].starts_with("`events[0]` must be one of order.completed"), "{problems:?}");
}

#[test]
fn the_named_rules_of_the_spec_are_checked_with_a_readable_message() {
    let body = |json: &str| check("POST", "/products", &[], None, json);
    assert!(body(r#"{"name":"X","price":1,"currency":"eur"}"#).is_empty());
    assert_eq!(
        body(r#"{"name":"X","price":1,"currency":"EURO"}"#),
        [r#"`currency` must match the pattern ^[A-Za-z]{3}$, got "EURO""#]
    );
    let refund = |json: &str| check("POST", "/refunds", &[], None, json);
    assert!(refund(r#"{"orderId":"o1","amount":0.01}"#).is_empty());
    assert_eq!(refund(r#"{"orderId":"o1","amount":0}"#), ["`amount` must be greater than 0, got 0"]);
    let hook = |url: &str| {
        check("POST", "/webhooks", &[], None, &format!(r#"{{"url":{url:?},"events":["order.completed"]}}"#))
    };
    assert!(hook("https://a.example/h").is_empty());
    assert!(hook("HTTP://a.example").is_empty());
    for refused in ["ftp://a.example/h", "mailto:a@example.com", "https://", "https:///path", "a.example"] {
        assert!(!hook(refused).is_empty(), "{refused} is not an http(s) URL with a host");
    }
    let dates = |q: &str| check("GET", "/orders", &[], Some(q), "");
    assert!(dates("startDate=2024-02-29&endDate=2024-12-31T23:59:60Z").is_empty());
    assert!(dates("startDate=2024-01-01T10:00:00.123456%2B02:00").is_empty());
    assert_eq!(
        dates("startDate=2023-02-29"),
        [r#"`startDate` must be a date (YYYY-MM-DD) or a date and time (RFC 3339), got "2023-02-29""#]
    );
    let update = |json: &str| check("POST", "/discounts/{id}", &[("id", "d1")], None, json);
    assert!(update(r#"{"expiration":null}"#).is_empty(), "null removes the expiration");
    assert_eq!(update(r#"{"code":""}"#), ["`code` must not be empty"]);
}

#[test]
fn query_values_are_read_as_their_type() {
    assert!(check("GET", "/orders", &[], Some("page=2&pageSize=5"), "").is_empty());
    assert_eq!(check("GET", "/orders", &[], Some("page=two"), ""), [r#"`page` must be an integer, got "two""#]);
    assert_eq!(check("GET", "/orders", &[], Some("page=0"), ""), ["`page` must be at least 1, got 0"]);
    assert_eq!(
        check("GET", "/customers", &[], Some("sortOrder=up"), ""),
        [r#"`sortOrder` must be one of asc, desc, got "up""#]
    );
    assert!(check("GET", "/orders", &[], Some("unknown=1"), "").is_empty(), "unknown parameters are ignored");
    assert_eq!(read_scalar(Scalar::Integer, "99999999999999999999999"), Ok(Value::from(1e23)));
    assert_eq!(read_scalar(Scalar::Integer, "1.5"), Err("an integer"));
    assert_eq!(read_scalar(Scalar::Integer, "-3"), Ok(Value::from(-3)));
    assert_eq!(read_scalar(Scalar::Boolean, "yes"), Err("true or false"));
}

#[test]
fn strict_mode_refuses_what_the_spec_does_not_name() {
    let contract = contract(Doc::Api).unwrap();
    let op = contract.operation("POST", "/products").unwrap();
    let body = br#"{"name":"X","price":1,"colour":"red"}"#;
    let incoming = Incoming { path: &[], query: Some("debug=1"), body };
    assert!(op.check(&incoming, false).is_ok());
    let Mismatch(problems) = op.check(&incoming, true).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("`debug`"), "{problems:?}");
    assert_eq!(problems[1], "`colour` is not named by openapi.yaml (strict mode)");
}

#[test]
fn nullable_admits_null_and_nothing_else_does() {
    let mut schema = serde_json::json!({"type": "object", "properties": {
        "a": {"type": "string", "nullable": true},
        "b": {"type": "string"},
        "e": {"type": "string", "enum": ["x"], "nullable": true}
    }});
    translate(&mut schema);
    let validator = jsonschema::options().with_draft(Draft::Draft4).build(&schema).unwrap();
    assert!(validator.is_valid(&serde_json::json!({"a": null, "e": null})));
    assert!(!validator.is_valid(&serde_json::json!({"b": null})));
    assert!(!validator.is_valid(&serde_json::json!({"e": "y"})));
}

#[test]
fn the_checks_follow_the_spec_they_are_compiled_from() {
    // The same request against the shipped spec and against one whose CreateProductParams is edited: the
    // fake's answer follows the edit, with no code of its own to change.
    let body = br#"{"name": "Ebook", "price": 10, "description": "A long description"}"#;
    let incoming = Incoming { path: &[], query: None, body };
    let shipped = contract(Doc::Api).unwrap().operation("POST", "/products").unwrap();
    assert!(shipped.check(&incoming, false).is_ok());

    let mut spec: Value = serde_norway::from_str(SPEC).unwrap();
    let params = &mut spec["components"]["schemas"]["CreateProductParams"];
    params["properties"]["description"]["maxLength"] = Value::from(8);
    params["required"].as_array_mut().unwrap().push(Value::from("currency"));
    let edited = Contract::from_yaml("openapi.yaml", &serde_norway::to_string(&spec).unwrap()).unwrap();
    let Mismatch(problems) = edited.operation("POST", "/products").unwrap().check(&incoming, false).unwrap_err();
    assert_eq!(problems, ["`currency` is required", "`description` must be at most 8 characters long"]);
}

#[test]
fn both_documents_compile_and_a_broken_one_says_what_is_wrong() {
    assert!(contract(Doc::Control).expect("the control plane's spec compiles").len() > 0);
    let not_yaml = Contract::from_yaml("openapi.yaml", "paths: [").err().unwrap();
    assert!(not_yaml.starts_with("openapi.yaml:") && not_yaml.contains("not valid YAML"), "{not_yaml}");
    let not_openapi = Contract::from_yaml("control.yaml", "openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n");
    let not_openapi = not_openapi.err().unwrap();
    assert!(not_openapi.starts_with("control.yaml#/info"), "{not_openapi}");
    let anonymous = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {}\n";
    assert_eq!(Contract::from_yaml("openapi.yaml", anonymous).err().unwrap(), "openapi.yaml: GET /a: no operationId");
}

#[test]
fn whole_bounds_are_quoted_as_the_spec_writes_them() {
    let mut schema = serde_json::json!({"type": "number", "minimum": 0.0, "maximum": 9999999999999.99,
        "enum": [1.0, 2.5], "example": 10.0, "properties": {"p": {"multipleOf": 2.0}}});
    whole_numbers(&mut schema);
    assert_eq!(
        schema,
        serde_json::json!({"type": "number", "minimum": 0, "maximum": 9999999999999.99,
        "enum": [1, 2.5], "example": 10.0, "properties": {"p": {"multipleOf": 2}}})
    );
    assert!(schema["example"].is_f64(), "examples stay as written");
}

#[test]
fn fields_read_as_people_write_them() {
    assert_eq!(field_name("/events/0", None), "events[0]");
    assert_eq!(field_name("/metadata/a~1b/c", None), "metadata.a/b.c");
    assert_eq!(field_name("", Some("page")), "page");
    assert_eq!(field_name("", None), "");
}
