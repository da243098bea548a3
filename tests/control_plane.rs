//! The fake server's control plane over HTTP (`/__mock`, described by src/mock/control.yaml), driven whole by a
//! client that is not Rust: the `pocketsflow-mock` binary, started with `--port 0 --port-file ... --seed empty`,
//! and `tests/control_plane.py` (Python 3, standard library only) against it. The script resets the server,
//! exports and loads fixtures, receives signed webhooks on a receiver of its own while it declines, pays and
//! expires checkout sessions, injects faults, moves the clock, and reads the request log and the deliveries;
//! see its steps there. What another language's test suite needs is thereby proven usable without the Rust
//! API of `MockServer`.
//!
//! It needs `python3` on the PATH, and fails (it does not skip) where there is none.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::read_port_file;

/// How long the script may run: its waits are of a few seconds each, its requests time out after 10 s.
const SCRIPT_DEADLINE: Duration = Duration::from_secs(180);

/// The running binary, killed when dropped (also when the test panics), with its scratch directory.
struct Fake {
    child: Child,
    dir: PathBuf,
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Starts `pocketsflow-mock` on a free port with the empty seed; answers it, its port and the key it printed.
fn start_fake() -> (Fake, u16, String) {
    use std::io::{BufRead, BufReader};
    let dir = std::env::temp_dir().join(format!("pocketsflow-control-plane-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let port_file = dir.join("mock.port");
    let child = Command::new(env!("CARGO_BIN_EXE_pocketsflow-mock"))
        .args(["--port", "0", "--seed", "empty", "--port-file"])
        .arg(&port_file)
        .stdout(Stdio::piped())
        .spawn()
        .expect("pocketsflow-mock starts");
    let mut fake = Fake { child, dir };
    let port = read_port_file(&port_file);
    // It prints its URL and key before it writes the port file: both lines are there to read by now.
    let stdout = fake.child.stdout.take().expect("its stdout");
    let key = BufReader::new(stdout)
        .lines()
        .take(5)
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("API key: ").map(str::to_owned))
        .expect("pocketsflow-mock prints `API key: ...` on stdout");
    assert!(key.starts_with("pk_test_"), "a test-mode key: {key}");
    (fake, port, key)
}

/// Runs `python3 script args...`, its output in files of `dir`; kills it after `SCRIPT_DEADLINE`.
/// Answers whether it exited 0, and what it printed.
fn run_python(script: &Path, args: &[String], dir: &Path) -> (bool, String) {
    let out_path = dir.join("script.stdout");
    let err_path = dir.join("script.stderr");
    let mut child = match Command::new("python3")
        .arg(script)
        .args(args)
        .env("PYTHONUNBUFFERED", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => panic!(
            "cannot run python3 ({e}): this test drives the control plane from Python 3 and needs `python3` on \
             the PATH (Debian/Ubuntu: apt-get install -y python3); it fails rather than skip without it"
        ),
    };
    let deadline = Instant::now() + SCRIPT_DEADLINE;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for python3") {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = format!(
        "--- stdout ---\n{}--- stderr ---\n{}",
        std::fs::read_to_string(&out_path).unwrap_or_default(),
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    match status {
        Some(status) => (status.success(), format!("python3 exited with {status}\n{output}")),
        None => (false, format!("python3 killed after {} s\n{output}", SCRIPT_DEADLINE.as_secs())),
    }
}

#[test]
fn the_control_plane_driven_whole_by_a_python_client() {
    let (fake, port, key) = start_fake();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("control_plane.py");
    assert!(script.exists(), "{} is missing", script.display());
    let (success, output) = run_python(&script, &[format!("http://127.0.0.1:{port}"), key], &fake.dir);
    assert!(success, "tests/control_plane.py failed against pocketsflow-mock on port {port}:\n{output}");
    assert!(output.contains("every step passed"), "the script ended without its last line:\n{output}");
    drop(fake);
}
