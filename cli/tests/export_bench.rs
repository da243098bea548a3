//! A measurement, ignored by default: exporting 100,000 orders to CSV with `--all`, its rate and the peak memory
//! of the `pocketsflow` process. Run it with `cli/bench/export.sh` (release build), which prints the numbers
//! recorded in cli/README.md.
//!
//! The fake server runs as `pocketsflow mock --extra-orders N` in a process of its own, so that the export's
//! peak memory is the CLI's alone. The same server is exported twice: the last tenth of the orders, then all of
//! them: constant memory means the two peaks are about the same. The fake server filters and sorts every order
//! for each page it serves, so it sets the pace there; a last export from a server that answers each page at
//! once (the spec's example order, 1,000 times with fresh ids) measures the CLI's own rate.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{read_port_file, Cli};

/// What one export cost.
#[derive(Debug)]
struct Measure {
    rows: usize,
    wall: Duration,
    cpu: Duration,
    peak_rss_kib: u64,
}

/// Runs the binary to the end, its stdout into a file, and reads its resource usage (Unix: `wait4`).
#[cfg(unix)]
fn measure(args: &[&str], env: &[(&str, &str)], out: &std::path::Path) -> Measure {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pocketsflow"));
    command.args(args).stdout(std::fs::File::create(out).unwrap()).stderr(Stdio::inherit());
    for (name, value) in env {
        command.env(name, value);
    }
    command.env("POCKETSFLOW_CONFIG", out.with_extension("no-config.toml"));
    let started = Instant::now();
    let child = command.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, reaped here exactly once.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        assert_eq!(libc::wait4(pid, &mut status, 0, &mut usage), pid);
        usage
    };
    let wall = started.elapsed();
    std::mem::forget(child);
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "the export failed: {status}");
    let time = |t: libc::timeval| Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64);
    // Counted as a stream: a child's peak memory as wait4 reports it starts from this process's own high-water
    // mark at spawn time (exec accounts the old address space), so this process must never hold a whole export.
    let rows = count_lines(out) - 1;
    // Large files are not kept: the disk is shared.
    let _ = std::fs::remove_file(out);
    Measure { rows, wall, cpu: time(usage.ru_utime) + time(usage.ru_stime), peak_rss_kib: usage.ru_maxrss as u64 }
}

/// The lines of a file, read 64 KiB at a time.
fn count_lines(path: &std::path::Path) -> usize {
    use std::io::Read;
    let mut file = std::fs::File::open(path).unwrap();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut lines = 0;
    loop {
        let n = file.read(&mut buffer).unwrap();
        if n == 0 {
            return lines;
        }
        lines += buffer[..n].iter().filter(|b| **b == b'\n').count();
    }
}

#[cfg(unix)]
#[test]
#[ignore = "a measurement: run cli/bench/export.sh"]
fn export_100k_orders_to_csv() {
    let orders: u32 = std::env::var("POCKETSFLOW_BENCH_ORDERS").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let page_size: u32 = 1000;
    let dir = common::temp_dir("bench");
    let port_file = dir.join("port");
    let seeding = Instant::now();
    let mut server = Cli::new().spawn([
        "mock",
        "--port",
        "0",
        "--seed",
        "empty",
        "--extra-orders",
        &orders.to_string(),
        "--port-file",
        port_file.to_str().unwrap(),
    ]);
    let port = read_port_file(&port_file, Duration::from_secs(1800));
    eprintln!("fake server with {orders} orders ready in {:.1}s", seeding.elapsed().as_secs_f64());
    let url = format!("http://127.0.0.1:{port}");
    let env = [("POCKETSFLOW_API_KEY", "pk_test_mock_0123456789abcdef"), ("POCKETSFLOW_BASE_URL", url.as_str())];
    let pages = orders.div_ceil(page_size);
    let last_tenth = (pages - (pages / 10).max(1) + 1).to_string();
    let size = page_size.to_string();
    let base = ["orders", "list", "--all", "--output", "csv", "--page-size", &size, "--rate-limit", "off"];

    let tenth = measure(&[&base[..], &["--page", &last_tenth]].concat(), &env, &dir.join("tenth.csv"));
    let all = measure(&base, &env, &dir.join("all.csv"));
    let prefetch = measure(&[&base[..], &["--prefetch", "2"]].concat(), &env, &dir.join("prefetch.csv"));
    let _ = server.child.kill();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // The fixed-answer server can serve more orders than the fake server holds, at no cost to set up.
    let fast_orders: u32 =
        std::env::var("POCKETSFLOW_BENCH_FAST_ORDERS").ok().and_then(|n| n.parse().ok()).unwrap_or(orders);
    let fast_url = fixed_answer_server(&runtime, fast_orders, page_size);
    let fast_env = [("POCKETSFLOW_API_KEY", "pk_test_bench"), ("POCKETSFLOW_BASE_URL", fast_url.as_str())];
    let fast = measure(&base, &fast_env, &dir.join("fast.csv"));

    assert!(tenth.rows > 0 && tenth.rows < all.rows, "{tenth:?}");
    assert_eq!(all.rows, orders as usize);
    assert_eq!(prefetch.rows, orders as usize);
    let report = |name: &str, m: &Measure| {
        eprintln!(
            "{name:<28} {:>7} rows  {:>6.2}s  {:>8.0} orders/s  cpu {:>5.2}s ({:>6.1} µs/order)  peak RSS {:>6.1} MiB",
            m.rows,
            m.wall.as_secs_f64(),
            m.rows as f64 / m.wall.as_secs_f64(),
            m.cpu.as_secs_f64(),
            m.cpu.as_secs_f64() * 1e6 / m.rows as f64,
            m.peak_rss_kib as f64 / 1024.0
        )
    };
    report("last tenth", &tenth);
    report("all", &all);
    report("all, --prefetch 2", &prefetch);
    report("all, fixed-answer server", &fast);
    // Constant memory: ten times the rows, about the same peak (a page of 1,000 orders in flight either way).
    assert!(all.peak_rss_kib < tenth.peak_rss_kib + 16 * 1024, "{all:?} vs {tenth:?}");
    assert!(all.peak_rss_kib < 64 * 1024, "{all:?}");
    assert_eq!(fast.rows, fast_orders as usize);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Not a measurement, and run by `cargo test`: 100,000 orders exported to CSV with `--all` from the fixed-answer
/// server, every row written, and the peak memory of a tenth of them about the same (constant memory).
#[cfg(unix)]
#[test]
fn export_100k_orders_to_csv_in_constant_memory() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = common::temp_dir("export-100k");
    let base = ["orders", "list", "--all", "--output", "csv", "--page-size", "1000", "--rate-limit", "off"];
    let run = |orders: u32, file: &str| {
        let url = fixed_answer_server(&runtime, orders, 1000);
        let env = [("POCKETSFLOW_API_KEY", "pk_test_export"), ("POCKETSFLOW_BASE_URL", url.as_str())];
        measure(&base, &env, &dir.join(file))
    };
    let tenth = run(10_000, "tenth.csv");
    let all = run(100_000, "all.csv");
    assert_eq!(tenth.rows, 10_000);
    assert_eq!(all.rows, 100_000);
    assert!(all.peak_rss_kib < tenth.peak_rss_kib + 16 * 1024, "{all:?} vs {tenth:?}");
    assert!(all.peak_rss_kib < 64 * 1024, "{all:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A server of `total` orders that builds each page from the spec's example order, without storing any.
#[cfg(unix)]
fn fixed_answer_server(runtime: &tokio::runtime::Runtime, total: u32, page_size: u32) -> String {
    use axum::extract::Query;
    use std::collections::HashMap;
    let spec: serde_json::Value = serde_norway::from_str(include_str!("../../openapi.yaml")).unwrap();
    let example = spec["components"]["schemas"]["Order"]["example"].to_string();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new().route(
        "/orders",
        axum::routing::get(move |Query(q): Query<HashMap<String, String>>| {
            let example = example.clone();
            async move {
                let page: u32 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
                let size: u32 = q.get("pageSize").and_then(|p| p.parse().ok()).unwrap_or(page_size);
                let first = (page - 1) * size;
                let last = (first + size).min(total);
                let mut body = String::with_capacity((last.saturating_sub(first) as usize) * (example.len() + 8));
                body.push_str("{\"orders\":[");
                for i in first..last {
                    if i > first {
                        body.push(',');
                    }
                    // The example with a fresh id: `"_id":"65b2..."` is its first field.
                    body.push_str(&example.replacen("65b2c3d4e5f60718293a4b5c", &format!("{i:024x}"), 1));
                }
                let pages = total.div_ceil(size);
                body.push_str(&format!(
                    "],\"pagination\":{{\"totalCount\":{total},\"totalPages\":{pages},\"currentPage\":{page},\
                     \"pageSize\":{size},\"hasMore\":{}}}}}",
                    page < pages
                ));
                ([("content-type", "application/json")], body)
            }
        }),
    );
    runtime.spawn(async move { axum::serve(listener, app).await });
    url
}
