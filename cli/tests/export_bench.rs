//! A measurement, ignored by default: exporting 100,000 orders to CSV with `--all`, its rate and the peak memory
//! of the `pocketsflow` process. Run it with `cli/bench/export.sh` (release build), which prints the numbers
//! recorded in cli/README.md.
//!
//! The fake server runs as `pocketsflow mock --extra-orders N` in a process of its own, so that the export's
//! peak memory is the CLI's alone. The same server is exported twice: the last tenth of the orders, then all of
//! them: constant memory means the two peaks are about the same.

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
    let rows = std::fs::read_to_string(out).unwrap().lines().count() - 1;
    Measure { rows, wall, cpu: time(usage.ru_utime) + time(usage.ru_stime), peak_rss_kib: usage.ru_maxrss as u64 }
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
    // Constant memory: ten times the rows, about the same peak (a page of 1,000 orders in flight either way).
    assert!(all.peak_rss_kib < tenth.peak_rss_kib + 16 * 1024, "{all:?} vs {tenth:?}");
    assert!(all.peak_rss_kib < 128 * 1024, "{all:?}");
}
