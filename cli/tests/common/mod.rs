//! Shared by the end-to-end tests: the fake server in a runtime of its own, and the `pocketsflow` binary run as
//! a process with a clean environment (no real config file, no key from the machine).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use pocketsflow::mock::{MockOptions, MockServer, Seed};
use serde_json::Value;

/// The fake Pocketsflow server, served by a runtime that lives as long as this value.
pub struct Fake {
    pub server: MockServer,
    pub runtime: tokio::runtime::Runtime,
}

impl Fake {
    pub fn start(seed: Seed) -> Fake {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let server = runtime.block_on(MockServer::start_with(MockOptions { seed, port: 0 })).unwrap();
        // Strict: a body field or query parameter the spec does not name is refused, so every test also proves
        // that the CLI sends only what openapi.yaml describes.
        server.strict(true);
        Fake { server, runtime }
    }

    pub fn demo() -> Fake {
        Fake::start(Seed::Demo)
    }

    pub fn url(&self) -> &str {
        self.server.url()
    }

    /// `pocketsflow` pointed at this server with its test key.
    pub fn cli(&self) -> Cli {
        let mut cli = Cli::new();
        cli.env("POCKETSFLOW_API_KEY", self.server.api_key()).env("POCKETSFLOW_BASE_URL", self.url());
        cli
    }

    /// An SDK client of this server, to check what the CLI did.
    pub fn sdk<T>(&self, f: impl AsyncFnOnce(pocketsflow::Pocketsflow) -> T) -> T {
        let pf = self.server.client();
        self.runtime.block_on(f(pf))
    }
}

/// A fresh directory under the system's temporary directory.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "pocketsflow-cli-test-{}-{name}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The binary under test, with an environment that cannot reach the machine's own configuration.
pub struct Cli {
    command: Command,
    stdin: Option<Vec<u8>>,
}

impl Cli {
    pub fn new() -> Cli {
        Cli::of(Path::new(env!("CARGO_BIN_EXE_pocketsflow")))
    }

    /// Another build of the tool (a copy of the workspace's, in `tests/generation.rs`), in the same clean
    /// environment.
    pub fn of(program: &Path) -> Cli {
        let mut command = Command::new(program);
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("POCKETSFLOW_") {
                command.env_remove(&name);
            }
        }
        static HOME: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
        let home = HOME.get_or_init(|| temp_dir("home"));
        command
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("POCKETSFLOW_CONFIG", home.join("no-such-config.toml"))
            .env_remove("RUST_LOG")
            .stdin(Stdio::null());
        Cli { command, stdin: None }
    }

    pub fn env(&mut self, name: &str, value: impl AsRef<std::ffi::OsStr>) -> &mut Cli {
        self.command.env(name, value);
        self
    }

    pub fn env_remove(&mut self, name: &str) -> &mut Cli {
        self.command.env_remove(name);
        self
    }

    pub fn stdin(&mut self, bytes: impl Into<Vec<u8>>) -> &mut Cli {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs with these arguments to the end.
    pub fn run<I, S>(&mut self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.command.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
        if self.stdin.is_some() {
            self.command.stdin(Stdio::piped());
        }
        let mut child = self.command.spawn().expect("the pocketsflow binary starts");
        if let Some(bytes) = self.stdin.take() {
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(&bytes).unwrap();
        }
        Run::from(child.wait_with_output().unwrap())
    }

    /// Runs with these arguments to the end with a terminal (a pseudo-terminal from util-linux's `script`) as
    /// stdin, stdout and stderr, or with stdout redirected to the file `stdout_to` and the terminal for the rest.
    /// The returned `stdout` is what the terminal showed (stdout and stderr, lines ending in CRLF); the
    /// environment is this `Cli`'s.
    #[cfg(target_os = "linux")]
    pub fn run_in_terminal(&mut self, args: &[&str], stdout_to: Option<&Path>) -> Run {
        let quote = |text: &str| format!("'{}'", text.replace('\'', r"'\''"));
        let mut line = quote(&self.command.get_program().to_string_lossy());
        for arg in args {
            line.push(' ');
            line.push_str(&quote(arg));
        }
        if let Some(path) = stdout_to {
            line.push_str(" > ");
            line.push_str(&quote(&path.to_string_lossy()));
        }
        let mut script = Command::new("script");
        // `script` runs the line with $SHELL: a POSIX one, whatever the machine's user has.
        script.args(["--quiet", "--return", "--command", &line, "/dev/null"]).env("SHELL", "/bin/sh");
        for (name, value) in self.command.get_envs() {
            match value {
                Some(value) => script.env(name, value),
                None => script.env_remove(name),
            };
        }
        let output =
            script.stdin(Stdio::null()).output().expect("util-linux's `script` runs (it gives the command a terminal)");
        Run::from(output)
    }

    /// Starts with these arguments, stdout and stderr piped, and returns the running process.
    pub fn spawn<I, S>(&mut self, args: I) -> Running
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let child =
            self.command.args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("the binary starts");
        Running::new(child)
    }
}

/// A finished run.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts success and returns stdout as JSON.
    pub fn json(&self) -> Value {
        self.ok();
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    /// Asserts exit code 0.
    pub fn ok(&self) -> &Run {
        assert_eq!(self.code, Some(0), "stdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }

    /// Asserts the exit code.
    pub fn code(&self, code: i32) -> &Run {
        assert_eq!(self.code, Some(code), "stdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
}

/// A process still running, its output read line by line as it comes; killed when dropped.
pub struct Running {
    pub child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

/// How long a test waits for a line from a running process before failing.
const LINE_TIMEOUT: Duration = Duration::from_secs(30);

fn lines(reader: impl std::io::Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(reader).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

impl Running {
    fn new(mut child: Child) -> Running {
        let stdout = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        Running { child, stdout, stderr }
    }

    /// Reads stderr until a line contains `needle`; returns that line.
    pub fn wait_for_stderr(&mut self, needle: &str) -> String {
        loop {
            let line = self.stderr.recv_timeout(LINE_TIMEOUT).unwrap_or_else(|_| panic!("no {needle:?} on stderr"));
            if line.contains(needle) {
                return line;
            }
        }
    }

    /// Reads stderr until a line contains `needle`; returns every line read, that one last.
    pub fn stderr_until(&mut self, needle: &str) -> Vec<String> {
        let mut lines = Vec::new();
        loop {
            let line = self.stderr.recv_timeout(LINE_TIMEOUT).unwrap_or_else(|_| {
                let tail = &lines[lines.len().saturating_sub(20)..];
                panic!("no {needle:?} on stderr after:\n{}", tail.join("\n"))
            });
            let found = line.contains(needle);
            lines.push(line);
            if found {
                return lines;
            }
        }
    }

    /// The next line of stdout.
    pub fn next_line(&mut self) -> String {
        self.stdout.recv_timeout(LINE_TIMEOUT).expect("a line on stdout in time")
    }

    /// The next line of stdout, or `None` when the process closed it (it ended) before writing one.
    pub fn try_next_line(&mut self) -> Option<String> {
        match self.stdout.recv_timeout(LINE_TIMEOUT) {
            Ok(line) => Some(line),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                // Its stderr may still be on its way: wait for the process to end.
                let _ = self.child.wait();
                None
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("no line on stdout in time"),
        }
    }

    /// Every line of stderr not read yet, up to its end (for a process that ended).
    pub fn stderr_to_end(&mut self) -> Vec<String> {
        let mut lines = Vec::new();
        while let Ok(line) = self.stderr.recv_timeout(LINE_TIMEOUT) {
            lines.push(line);
        }
        lines
    }

    /// Every line written to stderr so far.
    pub fn stderr_so_far(&mut self) -> Vec<String> {
        self.stderr.try_iter().collect()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port in a line such as `Listening on http://127.0.0.1:4242/ ...`.
pub fn port_in(line: &str) -> u16 {
    let after = line.split("127.0.0.1:").nth(1).unwrap_or_else(|| panic!("no address in {line:?}"));
    after.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap()
}

/// Waits for a file to appear (with a port written by `--port-file`).
pub fn read_port_file(path: &Path, timeout: Duration) -> u16 {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if let Ok(port) = text.trim().parse() {
                return port;
            }
        }
        assert!(std::time::Instant::now() < deadline, "no port file at {}", path.display());
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Parses CSV as written by the tool (RFC 4180, CRLF line ends, quoted fields may hold newlines).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// The operations of openapi.yaml: (operationId, tag, METHOD, path template).
pub fn spec_operations() -> Vec<(String, String, String, String)> {
    let spec: Value = serde_norway::from_str(include_str!("../../../openapi.yaml")).unwrap();
    let mut ops = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let (Some(id), Some(tag)) = (op["operationId"].as_str(), op["tags"][0].as_str()) else { continue };
            ops.push((id.to_owned(), tag.to_owned(), method.to_uppercase(), path.clone()));
        }
    }
    ops
}

/// `SubscriptionOffers` -> `subscription-offers`.
pub fn command_name(tag: &str) -> String {
    let mut out = String::new();
    for (i, c) in tag.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
