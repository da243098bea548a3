//! What exact money costs against `f64`: decoding and encoding the same JSON amounts as `Money` and as `f64`,
//! side by side in one run (interleaved rounds, medians), printed as ratios (Money / f64, time per amount).
//!
//! The amounts are what the API sends: prices with cents, integers, and what a JavaScript backend computes
//! (`3.1997099999999996`), 100,000 of them in one JSON array.
//!
//! `cargo bench --bench money` measures (15 rounds of each); `cargo test --benches` runs it once in quick mode
//! (1,000 amounts, 1 round), which proves only that it works.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pocketsflow::types::Money;

/// `count` amounts as the API writes them, deterministic.
fn amounts(count: usize) -> String {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let values: Vec<serde_json::Value> = (0..count)
        .map(|i| {
            let r = next();
            match i % 4 {
                0 | 1 => serde_json::json!((r % 1_000_000) as f64 / 100.0), // cents
                2 => serde_json::json!(r % 10_000),                         // whole amounts
                _ => serde_json::json!((r % 1_000_000) as f64 / 100.0 * 1.0725), // tax computed in JavaScript
            }
        })
        .collect();
    serde_json::to_string(&values).expect("JSON")
}

fn time(work: impl FnOnce()) -> Duration {
    let started = Instant::now();
    work();
    started.elapsed()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (count, rounds) = if full { (100_000, 15) } else { (1_000, 1) };
    let json = amounts(count);
    let as_f64: Vec<f64> = serde_json::from_str(&json).expect("f64s");
    let as_money: Vec<Money> = serde_json::from_str(&json).expect("amounts");
    let (mut decode, mut encode) = (Vec::new(), Vec::new());
    let mut out = Vec::with_capacity(json.len() * 2);
    for _ in 0..rounds {
        let f = time(|| drop(black_box(serde_json::from_str::<Vec<f64>>(black_box(&json)).unwrap())));
        let m = time(|| drop(black_box(serde_json::from_str::<Vec<Money>>(black_box(&json)).unwrap())));
        decode.push(m.as_secs_f64() / f.as_secs_f64());
        out.clear();
        let f = time(|| serde_json::to_writer(&mut out, black_box(&as_f64)).unwrap());
        out.clear();
        let m = time(|| serde_json::to_writer(&mut out, black_box(&as_money)).unwrap());
        encode.push(m.as_secs_f64() / f.as_secs_f64());
    }
    println!(
        "money ({count} amounts, {rounds} interleaved rounds, median): decoding Money / f64 {:.3}, encoding Money / f64 {:.3}{}",
        median(decode),
        median(encode),
        if full { "" } else { " (quick mode: means nothing)" }
    );
}
