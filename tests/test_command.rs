//! The README's test command (`bash scripts/test.sh`): on a machine where it cannot install what the suite needs,
//! it says which packages and how to install them, and stops before running anything (exit 2); where they are
//! there, it installs nothing and runs the suite's cargo command; and a suite it runs cannot leave 127.0.0.1.

use std::process::Command;

#[test]
fn without_a_way_to_install_the_test_command_says_what_and_stops() {
    // A PATH with only what the script needs before it installs anything: no apt-get, no sudo, no cargo.
    let bin = std::env::temp_dir().join(format!("pocketsflow-test-command-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&bin);
    std::fs::create_dir_all(&bin).unwrap();
    for tool in ["dirname", "id"] {
        let path = ["/usr/bin", "/bin"].iter().map(|d| std::path::Path::new(d).join(tool)).find(|p| p.exists());
        std::os::unix::fs::symlink(path.unwrap_or_else(|| panic!("no {tool}")), bin.join(tool)).unwrap();
    }
    let output = Command::new("/bin/bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test.sh"))
        .env_clear()
        .env("PATH", &bin)
        .env("POCKETSFLOW_CHROMIUM", "/nonexistent/chromium")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&bin);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("The suite needs: chromium redis-server"), "{stderr}");
    assert!(stderr.contains("apt-get install -y chromium redis-server"), "{stderr}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("cargo test"), "it ran something");
}

fn link_tool(bin: &std::path::Path, tool: &str) {
    let path = ["/usr/bin", "/bin"].iter().map(|d| std::path::Path::new(d).join(tool)).find(|p| p.exists());
    std::os::unix::fs::symlink(path.unwrap_or_else(|| panic!("no {tool}")), bin.join(tool)).unwrap();
}

fn stub(bin: &std::path::Path, tool: &str, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    let path = bin.join(tool);
    std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Chromium and redis-server present: nothing is installed (apt-get and sudo are never called), and the suite's
/// command is run as the README says (here a stand-in cargo records it).
#[test]
fn with_everything_present_the_test_command_installs_nothing_and_runs_the_suite() {
    let dir = std::env::temp_dir().join(format!("pocketsflow-test-command-present-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for tool in ["dirname", "id", "cp"] {
        link_tool(&bin, tool);
    }
    let log = dir.join("calls.log");
    let record = format!("echo \"${{0##*/}} $*\" >> {}", log.display());
    for tool in ["apt-get", "sudo", "systemctl", "service"] {
        stub(&bin, tool, &record);
    }
    stub(&bin, "redis-server", "exit 0");
    stub(&bin, "chromium", "exit 0");
    stub(&bin, "cargo", &record);
    let output = Command::new("/bin/bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test.sh"))
        .env_clear()
        .env("PATH", &bin)
        .env("POCKETSFLOW_CHROMIUM", bin.join("chromium"))
        .output()
        .unwrap();
    let calls = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "{output:?}");
    assert!(!calls.contains("apt-get") && !calls.contains("sudo"), "it installed something:\n{calls}");
    assert!(
        calls.lines().any(|line| line == "cargo test --offline --workspace --all-features --no-fail-fast"),
        "the suite's command was not run:\n{calls}"
    );
}

/// Run by the test command, the suite is in a network namespace with only the loopback interface: an address
/// outside 127.0.0.1 cannot be reached (the connection fails at once, it does not time out). CI runs the suite
/// only so; elsewhere, run by plain `cargo test`, this checks nothing and says so.
#[test]
fn run_by_the_test_command_the_suite_cannot_leave_127_0_0_1() {
    let isolated = std::env::var_os("POCKETSFLOW_NETWORK_ISOLATED").is_some();
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if !isolated {
        assert!(!ci, "CI=true but the suite is not run by scripts/test.sh in a network namespace");
        eprintln!("not run by scripts/test.sh in a network namespace: nothing to check");
        return;
    }
    // /proc/net/dev lists the interfaces of this process's network namespace (sysfs may show the host's).
    let dev = std::fs::read_to_string("/proc/net/dev").unwrap();
    let interfaces: Vec<&str> = dev.lines().skip(2).filter_map(|line| line.split(':').next()).map(str::trim).collect();
    assert_eq!(interfaces, ["lo"], "network interfaces besides loopback");
    for address in ["192.0.2.1:80", "1.1.1.1:443", "[2001:db8::1]:80"] {
        let started = std::time::Instant::now();
        let result = std::net::TcpStream::connect_timeout(&address.parse().unwrap(), std::time::Duration::from_secs(5));
        assert!(result.is_err(), "{address} was reachable");
        assert!(started.elapsed() < std::time::Duration::from_secs(1), "{address}: not refused at once");
    }
}
