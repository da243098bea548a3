//! Just enough of the Chrome DevTools Protocol to drive a headless Chromium as a person would: open a page,
//! read what it shows, type into a field, click a button, take a screenshot.
//!
//! Chromium is started with `--remote-debugging-port=0` and tells on stderr where its DevTools endpoint is
//! (`DevTools listening on ws://127.0.0.1:PORT/...`), so no port is guessed. One WebSocket carries every
//! command; a page is a target attached in flat mode (its commands carry its `sessionId`). Typing and clicking
//! go through `Input.*`, the events a real keyboard and mouse produce, so the browser's own form handling
//! (validation, default button, navigation) runs as it would for a buyer.
//!
//! Where Chromium is: `POCKETSFLOW_CHROMIUM`, else `/usr/bin/chromium` (Debian's `chromium` package).
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio_tungstenite::tungstenite::Message;

/// The environment variable naming the Chromium binary, when it is not `/usr/bin/chromium`.
pub const CHROMIUM_ENV: &str = "POCKETSFLOW_CHROMIUM";
/// The environment variable that, set to `1` outside CI, lets the browser tests pass without Chromium.
pub const SKIP_ENV: &str = "POCKETSFLOW_SKIP_BROWSER_TESTS";
/// Where Debian's `chromium` package puts it.
pub const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";

/// Flags that make a headless Chromium work in a container, offline: without the background-networking ones
/// it tries to reach Google's services and connections get refused.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
];

/// How long one command may take, and how long a page may take to appear.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(20);
const PAGE_TIMEOUT: Duration = Duration::from_secs(20);

/// What to do about the browser tests, given where Chromium is (if anywhere) and the environment.
#[derive(Debug, PartialEq, Eq)]
pub enum Availability {
    /// Run them with this binary.
    Run(PathBuf),
    /// Skip them: not in CI, Chromium missing, and the developer opted out.
    Skip(String),
    /// Fail: Chromium is missing, and either this is CI or nobody opted out. Says how to install it.
    Missing(String),
}

/// The decision, as a pure function of what was found: `found` is the binary if it exists, `wanted` the path
/// looked at, `ci` whether `CI=true`, `skip` whether [`SKIP_ENV`] is `1`.
pub fn availability(found: Option<PathBuf>, wanted: &Path, ci: bool, skip: bool) -> Availability {
    if let Some(path) = found {
        return Availability::Run(path);
    }
    let how = format!(
        "The browser tests need Chromium at {wanted}, and it is not there.\n\
         Install it (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y chromium\n\
         or point {CHROMIUM_ENV} at a Chromium or Chrome binary.",
        wanted = wanted.display()
    );
    if ci {
        Availability::Missing(format!("{how}\nCI=true: the browser tests always run in CI (.ci/run installs it)."))
    } else if skip {
        Availability::Skip(format!("skipped: {SKIP_ENV}=1 and no Chromium at {}", wanted.display()))
    } else {
        Availability::Missing(format!("{how}\nTo skip the browser tests instead, set {SKIP_ENV}=1 (CI ignores it)."))
    }
}

/// The Chromium to use, from the real environment; `None` (after saying so on stderr) when the tests are to be
/// skipped.
///
/// # Panics
/// When Chromium is missing and the tests may not be skipped, with the message that says how to install it.
pub fn chromium() -> Option<PathBuf> {
    let wanted = std::env::var_os(CHROMIUM_ENV).map_or_else(|| PathBuf::from(DEFAULT_CHROMIUM), PathBuf::from);
    let found = wanted.is_file().then(|| wanted.clone());
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    let skip = std::env::var(SKIP_ENV).is_ok_and(|v| v == "1");
    match availability(found, &wanted, ci, skip) {
        Availability::Run(path) => Some(path),
        Availability::Skip(why) => {
            eprintln!("{why}");
            None
        }
        Availability::Missing(how) => panic!("{how}"),
    }
}

type Pending = Arc<Mutex<HashMap<u64, oneshot::Sender<Result<Value, String>>>>>;
type Sink = futures_util::stream::SplitSink<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    Message,
>;

/// A running headless Chromium. Dropping it ends the process and removes its profile.
pub struct Browser {
    child: Child,
    profile: PathBuf,
    sink: Arc<tokio::sync::Mutex<Sink>>,
    pending: Pending,
    events: Arc<Mutex<Vec<Value>>>,
    next_id: Arc<AtomicU64>,
    stderr_tail: Arc<Mutex<Vec<String>>>,
}

/// One tab.
pub struct Page<'a> {
    browser: &'a Browser,
    session: String,
}

impl Browser {
    /// Starts `chromium` headless with a new, empty profile under `scratch`, and connects to it.
    pub async fn launch(chromium: &Path, scratch: &Path) -> Result<Browser, String> {
        static PROFILES: AtomicU64 = AtomicU64::new(0);
        let profile = scratch.join(format!(
            "chromium-profile-{}-{}",
            std::process::id(),
            PROFILES.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile).map_err(|e| format!("cannot create {}: {e}", profile.display()))?;
        let mut child = Command::new(chromium)
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", chromium.display()))?;

        // Chromium writes its endpoint on stderr; a thread reads it, then keeps draining (and the last lines,
        // for errors) so that the pipe never fills.
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let stderr_tail = Arc::new(Mutex::new(Vec::new()));
        let (found_tx, found_rx) = std::sync::mpsc::channel::<String>();
        let tail = stderr_tail.clone();
        std::thread::spawn(move || {
            let mut found_tx = Some(found_tx);
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("DevTools listening on ") {
                    if let Some(tx) = found_tx.take() {
                        let _ = tx.send(url.trim().to_owned());
                    }
                }
                let mut tail = tail.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                tail.push(line);
                if tail.len() > 40 {
                    tail.remove(0);
                }
            }
        });
        let ws_url = tokio::task::spawn_blocking(move || found_rx.recv_timeout(PAGE_TIMEOUT))
            .await
            .map_err(|e| e.to_string())?;
        let ws_url = match ws_url {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                let tail = stderr_tail.lock().unwrap_or_else(std::sync::PoisonError::into_inner).join("\n");
                let _ = std::fs::remove_dir_all(&profile);
                return Err(format!("Chromium did not open its DevTools endpoint; its stderr ended with:\n{tail}"));
            }
        };
        let (socket, _) = tokio_tungstenite::connect_async(ws_url.as_str())
            .await
            .map_err(|e| format!("cannot connect to Chromium's DevTools at {ws_url}: {e}"))?;
        let (sink, mut stream) = socket.split();
        let pending: Pending = Arc::default();
        let events: Arc<Mutex<Vec<Value>>> = Arc::default();
        let (pending_r, events_r) = (pending.clone(), events.clone());
        tokio::spawn(async move {
            while let Some(Ok(message)) = stream.next().await {
                let Message::Text(text) = message else { continue };
                let Ok(value) = serde_json::from_str::<Value>(text.as_str()) else { continue };
                if let Some(id) = value.get("id").and_then(Value::as_u64) {
                    let answer = match value.get("error") {
                        Some(error) => Err(error.to_string()),
                        None => Ok(value.get("result").cloned().unwrap_or(Value::Null)),
                    };
                    if let Some(tx) = pending_r.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(&id) {
                        let _ = tx.send(answer);
                    }
                } else {
                    let mut events = events_r.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                    if events.len() < 10_000 {
                        events.push(value);
                    }
                }
            }
            // The connection is gone: whoever still waits learns it at once.
            pending_r.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
        });
        Ok(Browser {
            child,
            profile,
            sink: Arc::new(tokio::sync::Mutex::new(sink)),
            pending,
            events,
            next_id: Arc::new(AtomicU64::new(1)),
            stderr_tail,
        })
    }

    async fn call(&self, session: Option<&str>, method: &str, params: Value) -> Result<Value, String> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(session) = session {
            message["sessionId"] = json!(session);
        }
        let (tx, rx) = oneshot::channel();
        self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(id, tx);
        self.sink
            .lock()
            .await
            .send(Message::text(message.to_string()))
            .await
            .map_err(|e| format!("{method}: cannot send: {e}"))?;
        match tokio::time::timeout(COMMAND_TIMEOUT, rx).await {
            Ok(Ok(answer)) => answer.map_err(|e| format!("{method}: {e}")),
            Ok(Err(_)) => Err(format!("{method}: the connection to Chromium closed")),
            Err(_) => {
                self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(&id);
                Err(format!("{method}: no answer within {COMMAND_TIMEOUT:?}"))
            }
        }
    }

    /// A new tab, `width` by `height` CSS pixels.
    pub async fn new_page(&self, width: u32, height: u32) -> Result<Page<'_>, String> {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"})).await?;
        let target_id = target["targetId"].as_str().ok_or("no targetId")?.to_owned();
        let attached =
            self.call(None, "Target.attachToTarget", json!({"targetId": target_id, "flatten": true})).await?;
        let session = attached["sessionId"].as_str().ok_or("no sessionId")?.to_owned();
        let page = Page { browser: self, session };
        page.call("Page.enable", json!({})).await?;
        page.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        )
        .await?;
        Ok(page)
    }

    /// The names of the events received so far (`Page.javascriptDialogOpening`, ...).
    pub fn event_names(&self) -> Vec<String> {
        let events = self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        events.iter().filter_map(|e| e["method"].as_str().map(str::to_owned)).collect()
    }

    /// Asks Chromium to close, waits a little for it to go, then makes sure it is gone.
    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(5), self.call(None, "Browser.close", json!({}))).await;
        for _ in 0..50 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The last lines Chromium wrote on stderr, to explain a failure.
    pub fn stderr_tail(&self) -> String {
        self.stderr_tail.lock().unwrap_or_else(std::sync::PoisonError::into_inner).join("\n")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

impl Page<'_> {
    async fn call(&self, method: &str, params: Value) -> Result<Value, String> {
        self.browser.call(Some(&self.session), method, params).await
    }

    /// Evaluates `expression` in the page and returns its value (JSON-serializable values only).
    pub async fn eval(&self, expression: &str) -> Result<Value, String> {
        let answer = self
            .call("Runtime.evaluate", json!({"expression": expression, "returnByValue": true, "awaitPromise": true}))
            .await?;
        if let Some(exception) = answer.get("exceptionDetails") {
            return Err(format!("{expression}: {exception}"));
        }
        Ok(answer["result"].get("value").cloned().unwrap_or(Value::Null))
    }

    /// Waits until `condition` (a JavaScript expression) is true on a fully loaded page; errors while a page
    /// is being replaced count as "not yet".
    pub async fn wait_for(&self, condition: &str) -> Result<(), String> {
        let expression = format!("document.readyState === 'complete' && !!({condition})");
        let deadline = tokio::time::Instant::now() + PAGE_TIMEOUT;
        let mut last = String::new();
        while tokio::time::Instant::now() < deadline {
            match self.eval(&expression).await {
                Ok(Value::Bool(true)) => return Ok(()),
                Ok(other) => last = other.to_string(),
                Err(e) => last = e,
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let url = self.url().await.unwrap_or_default();
        Err(format!("waited {PAGE_TIMEOUT:?} for `{condition}` (at {url}; last: {last})"))
    }

    /// Opens `url` and waits until it is loaded.
    pub async fn goto(&self, url: &str) -> Result<(), String> {
        let answer = self.call("Page.navigate", json!({"url": url})).await?;
        if let Some(error) = answer.get("errorText").and_then(Value::as_str) {
            return Err(format!("cannot open {url}: {error}"));
        }
        self.wait_for(&format!("location.href === {}", json!(url))).await
    }

    /// The address of the page shown.
    pub async fn url(&self) -> Result<String, String> {
        Ok(self.eval("location.href").await?.as_str().unwrap_or_default().to_owned())
    }

    /// The text of the first element matching `selector`, whitespace trimmed; `None` if there is none.
    pub async fn text(&self, selector: &str) -> Result<Option<String>, String> {
        let value =
            self.eval(&format!("document.querySelector({})?.textContent?.trim() ?? null", json!(selector))).await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// The current value of the form field matching `selector`.
    pub async fn value(&self, selector: &str) -> Result<Option<String>, String> {
        let value = self.eval(&format!("document.querySelector({})?.value ?? null", json!(selector))).await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// Focuses the field matching `selector`, selects what it holds, and types `text` over it, as a person
    /// would with the keyboard.
    pub async fn type_into(&self, selector: &str, text: &str) -> Result<(), String> {
        let focused = self
            .eval(&format!(
                "(() => {{ const e = document.querySelector({}); if (!e) return false; e.focus(); e.select(); \
                 return document.activeElement === e; }})()",
                json!(selector)
            ))
            .await?;
        if focused != Value::Bool(true) {
            return Err(format!("no field {selector} to type into"));
        }
        self.call("Input.insertText", json!({"text": text})).await.map(drop)
    }

    /// Clicks the middle of the element matching `selector` with the mouse.
    pub async fn click(&self, selector: &str) -> Result<(), String> {
        let centre = self
            .eval(&format!(
                "(() => {{ const e = document.querySelector({}); if (!e) return null; \
                 e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); \
                 return [r.left + r.width / 2, r.top + r.height / 2]; }})()",
                json!(selector)
            ))
            .await?;
        let (Some(x), Some(y)) = (centre[0].as_f64(), centre[1].as_f64()) else {
            return Err(format!("no element {selector} to click"));
        };
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            let mut params = json!({"type": kind, "x": x, "y": y});
            if kind != "mouseMoved" {
                params["button"] = json!("left");
                params["clickCount"] = json!(1);
            }
            self.call("Input.dispatchMouseEvent", params).await?;
        }
        Ok(())
    }

    /// A PNG of the whole page, written to `path` (its folder is created).
    pub async fn screenshot(&self, path: &Path) -> Result<(), String> {
        let shot = self.call("Page.captureScreenshot", json!({"format": "png", "captureBeyondViewport": true})).await?;
        let data = shot["data"].as_str().ok_or("no screenshot data")?;
        let png = base64::engine::general_purpose::STANDARD.decode(data).map_err(|e| e.to_string())?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}
