//! Nothing openapi.yaml knows is written twice, proven on a copy of the crate: add an enum value, a new enum
//! schema, a new optional query parameter, paging (`x-sdk-paging`) on a list and a new operation to the copy's
//! spec. All of them reach the Rust API with no hand edit (the fake server accepts the new value; the new
//! operation is a method of its resource); for the new operation, the suite fails naming it, and what it lacks:
//! its contract case, and the fake-server route with its case.
//!
//! The copy builds in the nested target directory (`target/nested`, tests/common/nested.rs): a build inside the
//! running `cargo test` cannot share the workspace's (cargo holds its lock), and the first run compiles the
//! dependencies once. Set `POCKETSFLOW_SKIP_GENERATION_PROOF=1` to skip it locally; CI always runs it.

#[path = "common/nested.rs"]
mod nested;

use std::path::{Path, PathBuf};

use nested::{cargo_offline, copy_dir, edit};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The crate alone, outside the workspace.
fn copy_crate() -> PathBuf {
    let copy = std::env::temp_dir().join(format!("pocketsflow-generation-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["src", "codegen", "tests", "examples", "benches"] {
        copy_dir(&Path::new(ROOT).join(dir), &copy.join(dir));
    }
    for file in ["build.rs", "openapi.yaml", "README.md", "Cargo.lock"] {
        std::fs::copy(Path::new(ROOT).join(file), copy.join(file)).unwrap();
    }
    let manifest = std::fs::read_to_string(Path::new(ROOT).join("Cargo.toml")).unwrap();
    let start = manifest.find("[workspace]").expect("the manifest has a [workspace] table");
    let end = manifest[start + 1..].find("\n[").map_or(manifest.len(), |i| start + 1 + i + 1);
    std::fs::write(copy.join("Cargo.toml"), format!("{}{}", &manifest[..start], &manifest[end..])).unwrap();
    copy
}

/// The four spec changes of a maintainer's typical week.
fn change_spec(copy: &Path) {
    let path = copy.join("openapi.yaml");
    let mut spec = std::fs::read_to_string(&path).unwrap();
    // 1. A value added to an enum.
    edit(
        &mut spec,
        "enum: [active, canceled, paused, past_due]",
        "enum: [active, canceled, paused, past_due, refunded]",
        "openapi.yaml",
    );
    // 1b. A webhook event added to the spec: `Event` gets its variant.
    edit(
        &mut spec,
        "        identity.verification_session.requires_input: 'An identity verification needs more input.'\n",
        "        identity.verification_session.requires_input: 'An identity verification needs more input.'\n        \
         payout.paid: 'A payout was paid.'\n",
        "openapi.yaml",
    );
    edit(
        &mut spec,
        "        - identity.verification_session.requires_input\n",
        "        - identity.verification_session.requires_input\n        - payout.paid\n",
        "openapi.yaml",
    );
    // 2. A new optional query parameter of an existing operation.
    edit(
        &mut spec,
        "        - $ref: '#/components/parameters/ProductId'\n      responses:",
        "        - $ref: '#/components/parameters/ProductId'\n        - $ref: '#/components/parameters/Currency'\n      responses:",
        "openapi.yaml",
    );
    edit(
        &mut spec,
        "\n  parameters:\n",
        "\n  parameters:\n    Currency:\n      name: currency\n      in: query\n      required: false\n      \
         description: Only orders in this currency.\n      schema:\n        type: string\n",
        "openapi.yaml",
    );
    // 3. A new enum schema, and 4. a new operation that uses it.
    edit(
        &mut spec,
        "\n  /refunds:\n",
        "\n  /payouts:\n    get:\n      operationId: payouts_list\n      tags: [Payouts]\n      summary: List payouts\n      \
         responses:\n        '2XX':\n          description: Success\n          content:\n            application/json:\n              \
         schema:\n                type: array\n                items:\n                  $ref: '#/components/schemas/Payout'\n        \
         '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        \
         '404':\n          $ref: '#/components/responses/NotFound'\n        '429':\n          $ref: '#/components/responses/TooManyRequests'\n        \
         '500':\n          $ref: '#/components/responses/InternalServerError'\n  /refunds:\n",
        "openapi.yaml",
    );
    edit(
        &mut spec,
        "\n  schemas:\n",
        "\n  schemas:\n    PayoutStatus:\n      description: State of a payout.\n      type: string\n      enum: [pending, paid]\n    \
         Payout:\n      description: Money sent to the seller.\n      type: object\n      required: [_id, status]\n      properties:\n        \
         _id:\n          type: string\n        status:\n          $ref: '#/components/schemas/PayoutStatus'\n",
        "openapi.yaml",
    );
    // 4b. Its resource, a new tag.
    edit(
        &mut spec,
        "\ntags:\n",
        "\ntags:\n  - name: Payouts\n    description: Money sent to the seller.\n",
        "openapi.yaml",
    );
    // 5. A list that pages, said by `x-sdk-paging` (with the parameters it advances): its `list_all` follows.
    edit(
        &mut spec,
        "      operationId: reviews_list\n      tags: [Reviews]\n      summary: List reviews\n      parameters:\n",
        "      operationId: reviews_list\n      x-sdk-paging: {by: offset, start: offset, size: limit, defaultSize: 50}\n      \
         tags: [Reviews]\n      summary: List reviews\n      parameters:\n        \
         - $ref: '#/components/parameters/Limit'\n        - $ref: '#/components/parameters/Offset'\n",
        "openapi.yaml",
    );
    std::fs::write(path, spec).unwrap();
}

/// Uses the generated additions exactly as a user would.
const PROBE: &str = r##"
use pocketsflow::mock::MockServer;
use pocketsflow::paginate::Identified;
use pocketsflow::types::{ListOrdersParams, ListSubscriptionsParams, Payout, PayoutStatus, SubscriptionStatus};

#[tokio::test]
async fn the_spec_changes_are_in_the_rust_api() {
    // 1. The new value is a variant, known to the SDK.
    assert_eq!(serde_json::from_str::<SubscriptionStatus>("\"refunded\"").unwrap(), SubscriptionStatus::Refunded);
    assert!(SubscriptionStatus::Refunded.is_known());
    // 2. The new query parameter has its setter, and travels.
    let params = ListOrdersParams::default().currency("EUR");
    assert_eq!(params.currency.as_deref(), Some("EUR"));
    // 3. The new enum schema is an open enum, and its model is paged on its id.
    assert_eq!(PayoutStatus::Paid.as_str(), "paid");
    assert_eq!(serde_json::from_str::<PayoutStatus>("\"held\"").unwrap(), PayoutStatus::Unknown("held".into()));
    let payout: Payout = serde_json::from_str(r#"{"_id": "p1", "status": "paid"}"#).unwrap();
    assert_eq!(payout.item_id(), "p1");
    // The fake server accepts the new value as a filter, and the new parameter.
    let server = MockServer::start().await;
    let pf = server.client();
    pf.subscriptions().list(ListSubscriptionsParams::default().status(SubscriptionStatus::Refunded)).await.unwrap();
    pf.orders().list(params).await.unwrap();
    // 1b. The new webhook event is a known variant of `Event`.
    let event = pocketsflow::events::Event::parse(br#"{"event": "payout.paid", "payout": {"_id": "p1"}}"#, None).unwrap();
    assert!(matches!(event, pocketsflow::events::Event::PayoutPaid(_)), "{event:?}");
    assert_eq!(event.name(), "payout.paid");
    // 4. The new operation is a method of its resource, generated, answering its type.
    fn _payouts(pf: &pocketsflow::Pocketsflow) -> impl std::future::Future<Output = pocketsflow::Result<Vec<Payout>>> + '_ {
        pf.payouts().list()
    }
    // 5. The list marked `x-sdk-paging` streams every item with `list_all`, fetched `limit` at a time.
    use futures_util::TryStreamExt;
    let params = pocketsflow::types::ListReviewsParams::default().limit(50).offset(0);
    let all: Vec<pocketsflow::types::Review> = pf.reviews().list_all(params).try_collect().await.unwrap();
    assert_eq!(all.len(), pf.reviews().list(Default::default()).await.unwrap().len());
}
"##;

fn cargo(copy: &Path, args: &[&str]) -> (bool, String) {
    let output = cargo_offline(copy, Path::new(ROOT), args);
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

#[test]
fn spec_changes_reach_the_rust_api_and_a_new_operation_is_named_by_the_suite() {
    if std::env::var_os("POCKETSFLOW_SKIP_GENERATION_PROOF").is_some() && std::env::var_os("CI").is_none() {
        eprintln!("skipped: POCKETSFLOW_SKIP_GENERATION_PROOF is set");
        return;
    }
    let copy = copy_crate();
    change_spec(&copy);
    std::fs::write(copy.join("tests/probe.rs"), PROBE).unwrap();

    let (ok, log) = cargo(&copy, &["test", "--all-features", "--test", "probe"]);
    assert!(ok, "the spec changes did not reach the Rust API without a hand edit:\n{log}");

    // The new operation: the suite names it, with what it lacks.
    let (ok, log) = cargo(
        &copy,
        &[
            "test",
            "--all-features",
            "--no-fail-fast",
            "--test",
            "operations",
            "--test",
            "mock",
            "--",
            "every_operation",
            "--test-threads",
            "1",
        ],
    );
    assert!(!ok, "a new operation without a contract case and a fake route passed:\n{log}");
    for expected in [
        "payouts_list: no contract case in tests/operations.rs (its resource method is generated",
        "payouts_list: no fake-server case in tests/mock.rs (and no route in the table of src/mock/routes/mod.rs",
    ] {
        assert!(log.contains(expected), "the suite does not say {expected:?}:\n{log}");
    }

    // An inline enum fails the build, naming where it is and what to do.
    let path = copy.join("openapi.yaml");
    let mut spec = std::fs::read_to_string(&path).unwrap();
    edit(
        &mut spec,
        "        status:\n          $ref: '#/components/schemas/PayoutStatus'\n",
        "        status:\n          type: string\n          enum: [pending, paid]\n",
        "openapi.yaml",
    );
    std::fs::write(&path, spec).unwrap();
    let (ok, log) = cargo(&copy, &["build", "--all-features", "--lib"]);
    assert!(!ok, "an inline enum built:\n{log}");
    assert!(
        log.contains(
            "/properties/status: an inline enum; name it in components/schemas so that it is generated as an open enum"
        ),
        "the build does not say where and what to do:\n{log}"
    );
    let _ = std::fs::remove_dir_all(&copy);
}
