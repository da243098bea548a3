//! Memory is bounded by design: an answer larger than the cap is refused while the client holds at most
//! about the cap, whether the server declares its size or streams without end. Measured with a counting
//! allocator (this test binary's global allocator), so the bound is on bytes, not on a guess. In its own
//! binary so that no other test's allocations blur the peak.

use std::sync::atomic::Ordering;
use std::time::Duration;

use pocketsflow::Pocketsflow;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

// The counting allocator, this binary's global allocator.
#[path = "common/counting.rs"]
mod counting;

use counting::{CURRENT, PEAK};

/// A server that answers 200 with `total` bytes of a JSON string, from one static buffer (it allocates
/// nothing per byte), declaring the length or streaming it chunked.
async fn huge_server(total: usize, declare_length: bool) -> String {
    static CHUNK: [u8; 64 * 1024] = [b'a'; 64 * 1024];
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = [0u8; 4096];
                let _ = socket.read(&mut head).await;
                let framing = if declare_length {
                    format!("content-length: {total}\r\n")
                } else {
                    "transfer-encoding: chunked\r\n".to_owned()
                };
                let start = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{framing}\r\n");
                if socket.write_all(start.as_bytes()).await.is_err() {
                    return;
                }
                let mut sent = 0;
                while sent < total {
                    let n = CHUNK.len().min(total - sent);
                    let ok = if declare_length {
                        socket.write_all(&CHUNK[..n]).await
                    } else {
                        let size = format!("{n:x}\r\n");
                        async {
                            socket.write_all(size.as_bytes()).await?;
                            socket.write_all(&CHUNK[..n]).await?;
                            socket.write_all(b"\r\n").await
                        }
                        .await
                    };
                    if ok.is_err() {
                        return;
                    }
                    sent += n;
                }
                if !declare_length {
                    let _ = socket.write_all(b"0\r\n\r\n").await;
                }
            });
        }
    });
    url
}

/// The peak of live heap bytes while `pf.users().me()` runs, above what was live before it.
async fn peak_of_call(pf: &Pocketsflow) -> (pocketsflow::Error, usize) {
    let base = CURRENT.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let err = pf.users().me().await.unwrap_err();
    (err, PEAK.load(Ordering::SeqCst).saturating_sub(base))
}

#[tokio::test(flavor = "current_thread")]
async fn a_huge_answer_is_refused_holding_at_most_about_the_cap() {
    const MIB: usize = 1024 * 1024;
    let cap = 4 * MIB;
    for declare_length in [false, true] {
        // 256 MiB answer, 4 MiB cap.
        let url = huge_server(256 * MIB, declare_length).await;
        let pf = Pocketsflow::builder()
            .api_key("pk_test_memory")
            .base_url(&url)
            .max_response_bytes(cap as u64)
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        let (err, peak) = peak_of_call(&pf).await;
        eprintln!("declared length {declare_length}: peak {peak} bytes for a {cap}-byte cap");
        assert!(err.is_response_too_large(), "{err}");
        assert!(peak < 2 * cap, "declared length {declare_length}: peak {peak} bytes for a {cap}-byte cap");
    }
    // The default cap holds against a 64 MiB answer too.
    let url = huge_server(64 * MIB, false).await;
    let pf = Pocketsflow::builder().api_key("pk_test_memory").base_url(&url).build().unwrap();
    let (err, peak) = peak_of_call(&pf).await;
    eprintln!("default cap: peak {peak} bytes");
    assert!(err.is_response_too_large(), "{err}");
    let default = pocketsflow::transport::DEFAULT_MAX_RESPONSE_BYTES as usize;
    assert!(peak < 2 * default, "peak {peak} bytes for the default {default}-byte cap");
}
