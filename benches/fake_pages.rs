//! What a page of the fake server costs as it fills: pages of 100 orders a second from stores of 1,000, 10,000
//! and 100,000 orders, side by side in one run, with `GET /users/me` as the floor of a request. Pages are
//! slices of the fake's listing order, so the ratio between the largest store and the smallest should stay
//! near 1 (before, every page cloned and sorted every order).
//!
//! With `PRISM_URL` set (`scripts/bench-fake-vs-prism.sh` installs Prism, the usual spec-driven mock, serves
//! openapi.yaml with it and sets it), `GET /users/me` on Prism is measured in the same rounds, and the fake's
//! lead over it printed as a ratio; without it, that row says it was not measured.
//!
//! `cargo bench --bench fake_pages --features mock` measures (one server per size, filled through checkout;
//! 3 interleaved rounds of 2 s per workload, the best round kept); `cargo test --benches` runs it once in quick
//! mode (stores of 100 and 1,000, 200 ms), which proves only that it works.

use std::time::{Duration, Instant};

use pocketsflow::mock::{MockOptions, MockServer, Seed};

/// A server holding `count` orders, filled as a shop would: checkouts paid by buyers.
async fn filled(count: usize) -> MockServer {
    let server = MockServer::start_with(MockOptions { seed: Seed::Empty, port: 0 }).await.expect("a port");
    server.add_paid_orders(count as u32).await.expect("the fake fills itself");
    server
}

/// Requests a second to `url`, sequentially, for `time`.
async fn per_second(http: &reqwest::Client, url: &str, key: &str, time: Duration) -> f64 {
    let started = Instant::now();
    let mut count = 0u64;
    while started.elapsed() < time {
        let answer = http.get(url).bearer_auth(key).send().await.unwrap();
        assert!(answer.status().is_success(), "{url}: {}", answer.status());
        answer.bytes().await.unwrap();
        count += 1;
    }
    count as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (sizes, time, rounds): (&[usize], _, _) = if full {
        (&[1_000, 10_000, 100_000], Duration::from_secs(2), 3)
    } else {
        (&[100, 1_000], Duration::from_millis(200), 1)
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let mut servers = Vec::new();
        for &size in sizes {
            let started = Instant::now();
            servers.push((size, filled(size).await));
            eprintln!("filled {size} orders in {:.1} s", started.elapsed().as_secs_f64());
        }
        let http = reqwest::Client::new();
        let prism = std::env::var("PRISM_URL").ok().filter(|url| !url.is_empty());
        let mut prism_best: f64 = 0.0;
        // (workload, size) -> best requests per second over the rounds.
        let mut best = std::collections::BTreeMap::<(&str, usize), f64>::new();
        for _ in 0..rounds {
            if let Some(prism) = &prism {
                let rate = per_second(&http, &format!("{prism}/users/me"), "pk_test_prism", time).await;
                prism_best = prism_best.max(rate);
            }
            for (size, server) in &servers {
                let pages = size / 100;
                let workloads = [
                    ("GET /users/me", format!("{}/users/me", server.url())),
                    ("first page of 100 orders", format!("{}/orders?page=1&pageSize=100", server.url())),
                    (
                        "middle page of 100 orders",
                        format!("{}/orders?page={}&pageSize=100", server.url(), pages / 2 + 1),
                    ),
                ];
                for (name, url) in workloads {
                    let rate = per_second(&http, &url, server.api_key(), time).await;
                    let entry = best.entry((name, *size)).or_insert(0.0);
                    *entry = entry.max(rate);
                }
            }
        }
        let smallest = sizes[0];
        let largest = sizes[sizes.len() - 1];
        println!(
            "| Workload | {} | largest / smallest |",
            sizes.iter().map(|s| format!("{s} orders")).collect::<Vec<_>>().join(" | ")
        );
        println!("|---|{}---|", "---|".repeat(sizes.len()));
        for name in ["GET /users/me", "first page of 100 orders", "middle page of 100 orders"] {
            let cells: Vec<String> = sizes.iter().map(|s| format!("{:.0}/s", best[&(name, *s)])).collect();
            let ratio = best[&(name, largest)] / best[&(name, smallest)];
            println!("| {name} | {} | {ratio:.2} |", cells.join(" | "));
        }
        let fake = best[&("GET /users/me", smallest)];
        match prism {
            Some(_) => println!(
                "GET /users/me: the fake ({smallest} orders) {fake:.0}/s, Prism {prism_best:.0}/s: {:.1}x",
                fake / prism_best
            ),
            None => println!(
                "GET /users/me against Prism: not measured (PRISM_URL unset; scripts/bench-fake-vs-prism.sh sets it)"
            ),
        }
    });
}
