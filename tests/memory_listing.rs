//! "Memory holds two pages of ids": a `list_all` over many pages of new ids holds no more than over a few, as
//! measured by a counting allocator (this binary's global allocator; alone in its binary so that no other test
//! blurs the peak).

use std::sync::atomic::Ordering;

use futures_util::TryStreamExt;
use pocketsflow::types::ListOrdersParams;
use pocketsflow::Pocketsflow;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

// The counting allocator, this binary's global allocator.
#[path = "common/counting.rs"]
mod counting;

use counting::{CURRENT, PEAK};

const PER_PAGE: u64 = 100;

/// Pages of `PER_PAGE` orders with ids never seen before, `pages` of them.
async fn pages_server(pages: u64) -> String {
    let order = serde_json::to_string(&serde_json::json!({
        "_id": "ID", "userId": "u", "productId": "p", "buyerEmail": "b@example.com", "grossAmount": 20,
        "netAmount": 19.12, "taxAmount": 0, "currency": "USD", "isRefunded": false, "isDisputed": false,
        "testMode": true, "createdAt": "2024-01-01T00:00:00.000Z"
    }))
    .unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let order = order.clone();
            tokio::spawn(async move {
                let mut buffer = vec![0u8; 8192];
                loop {
                    let Ok(n) = socket.read(&mut buffer).await else { return };
                    if n == 0 {
                        return;
                    }
                    let head = String::from_utf8_lossy(&buffer[..n]);
                    let page: u64 = head
                        .split("page=")
                        .nth(1)
                        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
                        .and_then(|digits| digits.parse().ok())
                        .unwrap_or(1);
                    let orders: Vec<String> = (0..PER_PAGE)
                        .map(|i| order.replace("\"ID\"", &format!("\"{:024x}\"", page * PER_PAGE + i)))
                        .collect();
                    let body = format!(
                        "{{\"orders\":[{}],\"pagination\":{{\"totalCount\":{},\"totalPages\":{pages},\"currentPage\":{page},\"pageSize\":{PER_PAGE},\"hasMore\":{}}}}}",
                        orders.join(","),
                        pages * PER_PAGE,
                        page < pages
                    );
                    let answer = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(answer.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    url
}

/// The peak of live bytes while listing `pages` pages, above what was live before.
async fn peak_of_listing(pages: u64) -> usize {
    let url = pages_server(pages).await;
    let pf = Pocketsflow::builder().api_key("pk_test_memory").base_url(url).build().unwrap();
    let base = CURRENT.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let mut stream = pf.orders().list_all(ListOrdersParams::default().page_size(PER_PAGE as u32));
    let mut count = 0;
    while let Some(order) = stream.try_next().await.unwrap() {
        count += 1;
        drop(order);
    }
    assert_eq!(count, pages * PER_PAGE);
    PEAK.load(Ordering::SeqCst).saturating_sub(base)
}

#[tokio::test(flavor = "current_thread")]
async fn a_listing_of_many_pages_holds_no_more_than_one_of_a_few() {
    let few = peak_of_listing(5).await;
    let many = peak_of_listing(400).await;
    // 40,000 ids kept would be over 1 MB more; two pages of them are a few KB.
    assert!(many < few + 256 * 1024, "peak over 5 pages {few} B, over 400 pages {many} B");
}
