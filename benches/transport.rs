//! Benchmarks, all on 127.0.0.1 (`cargo bench`; CI runs them once in quick mode with `cargo test --benches`).
//!
//! - `get`: one `GET /users/me` through the SDK vs the same request through a bare `reqwest::Client` with
//!   identical settings (headers, timeouts, JSON decoding into the same type), against the same minimal server
//!   (a fixed answer, so that the server's own work does not blur the comparison), one at a time and 64 at
//!   once. The difference is the SDK's overhead.
//! - `list_all`: 500 pages of orders from a server that adds 5 ms to every page, sequential vs prefetch 8.
//! - `decode`: decoding one page of 1,000 orders into the generated types.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use futures_util::TryStreamExt;
use pocketsflow::mock::TEST_API_KEY;
use pocketsflow::types::{ListOrdersParams, OrdersResponse, User};
use pocketsflow::Pocketsflow;
use serde_json::{json, Value};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn order(n: u64) -> Value {
    json!({
        "_id": format!("65b2{n:020x}"), "userId": "64b7f0c2a1d3e4f5a6b7c8d9", "productId": "65a1b2c3d4e5f60718293a4b",
        "buyerEmail": format!("buyer{n}@example.com"), "grossAmount": 99.99, "netAmount": 93.83, "taxAmount": 0.0,
        "stripeFee": 3.2, "currency": "USD", "country": "US", "isRefunded": false, "isDisputed": false,
        "testMode": true, "customer": {"_id": "65c3d4e5f60718293a4b5c6d", "buyerEmail": format!("buyer{n}@example.com")},
        "createdAt": "2024-03-05T14:02:11.000Z"
    })
}

fn page_body(page: u64, page_size: u64, total_pages: u64) -> Value {
    json!({
        "orders": (0..page_size).map(|i| order(page * page_size + i)).collect::<Vec<_>>(),
        "pagination": {"totalCount": total_pages * page_size, "totalPages": total_pages, "currentPage": page,
                       "pageSize": page_size, "hasMore": page < total_pages}
    })
}

/// Serves `app` on a free port of 127.0.0.1; returns its base URL.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// A server answering `GET /users/me` with a fixed user.
async fn static_user() -> String {
    let body = serde_json::to_vec(&json!({
        "_id": "64b7f0c2a1d3e4f5a6b7c8d9", "userId": "64b7f0c2a1d3e4f5a6b7c8d9", "email": "seller@example.com",
        "name": "Demo Seller", "subdomain": "demo-store", "currency": "USD", "country": "US", "testMode": true,
        "hasSales": true
    }))
    .unwrap();
    let app = axum::Router::new().route(
        "/users/me",
        axum::routing::get(move || {
            let body = body.clone();
            async move { ([("content-type", "application/json")], body) }
        }),
    );
    serve(app).await
}

fn get(c: &mut Criterion) {
    let rt = runtime();
    let server_url = rt.block_on(static_user());
    let sdk = Pocketsflow::builder().api_key(TEST_API_KEY).base_url(&server_url).build().unwrap();
    let bare = {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("authorization", format!("Bearer {TEST_API_KEY}").parse().unwrap());
        headers.insert("user-agent", pocketsflow::USER_AGENT_VALUE.parse().unwrap());
        reqwest::Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .unwrap()
    };
    let url = format!("{server_url}/users/me");
    let bare_get = |bare: reqwest::Client, url: String| async move {
        let response = bare.get(url).header("accept", "application/json").send().await.unwrap();
        let bytes = response.bytes().await.unwrap();
        serde_json::from_slice::<User>(&bytes).unwrap()
    };

    let mut group = c.benchmark_group("get");
    group.bench_function("sdk/sequential", |b| b.to_async(&rt).iter(|| async { sdk.users().me().await.unwrap() }));
    group.bench_function("reqwest/sequential", |b| b.to_async(&rt).iter(|| bare_get(bare.clone(), url.clone())));
    group.throughput(Throughput::Elements(64));
    group.bench_function("sdk/concurrent64", |b| {
        b.to_async(&rt).iter(|| async {
            futures_util::future::join_all((0..64).map(|_| {
                let sdk = sdk.clone();
                async move { sdk.users().me().await.unwrap() }
            }))
            .await
        })
    });
    group.bench_function("reqwest/concurrent64", |b| {
        b.to_async(&rt).iter(|| async {
            futures_util::future::join_all((0..64).map(|_| bare_get(bare.clone(), url.clone()))).await
        })
    });
    group.finish();
}

/// A server with 500 pages of 10 orders, each page answered after 5 ms.
async fn slow_pages() -> String {
    use axum::extract::Query;
    async fn orders(Query(q): Query<std::collections::HashMap<String, String>>) -> axum::response::Response {
        tokio::time::sleep(Duration::from_millis(5)).await;
        let page: u64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let body = serde_json::to_vec(&page_body(page, 10, 500)).unwrap();
        axum::response::Response::builder().header("content-type", "application/json").body(body.into()).unwrap()
    }
    serve(axum::Router::new().route("/orders", axum::routing::get(orders))).await
}

fn list_all(c: &mut Criterion) {
    let rt = runtime();
    let url = rt.block_on(slow_pages());
    let pf = Pocketsflow::builder().api_key(TEST_API_KEY).base_url(url).build().unwrap();
    let mut group = c.benchmark_group("list_all_500_pages_5ms");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for concurrency in [1usize, 8] {
        group.bench_function(format!("concurrency{concurrency}"), |b| {
            b.to_async(&rt).iter(|| async {
                let orders: Vec<_> = pf
                    .orders()
                    .list_all(ListOrdersParams::default().page_size(10))
                    .concurrency(concurrency)
                    .try_collect()
                    .await
                    .unwrap();
                assert_eq!(orders.len(), 5000);
            })
        });
    }
    group.finish();
}

fn decode(c: &mut Criterion) {
    let body = serde_json::to_vec(&page_body(1, 1000, 1)).unwrap();
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("orders_page_1000", |b| {
        b.iter_batched(
            || body.clone(),
            |bytes| serde_json::from_slice::<OrdersResponse>(&bytes).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, get, list_all, decode);
criterion_main!(benches);
