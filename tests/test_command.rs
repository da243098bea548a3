//! The README's test command (`bash scripts/test.sh`) on a machine where it cannot install what the suite needs:
//! it says which packages and how to install them, and stops before running anything (exit 2).

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
