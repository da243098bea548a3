//! Auto-pagination: one generic mechanism that turns any paged list into a lazy `Stream` of items.
//!
//! A list is described by a single function, "fetch page number `i`" (page/pageSize for orders and
//! subscriptions, limit/offset for customers). [`ListAll`] calls it on demand, stops when the API says there is
//! no more, optionally fetches a bounded number of pages ahead while keeping their order, and drops items that
//! page windows repeat (new orders arriving at the front shift older ones onto the next page). It holds at
//! most `concurrency` pages in flight plus the ids of the last two pages, whatever the total.
//!
//! ```no_run
//! # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
//! use futures_util::TryStreamExt;
//! use pocketsflow::types::ListOrdersParams;
//!
//! let mut orders = pf.orders().list_all(ListOrdersParams::default().page_size(100)).concurrency(4);
//! let mut revenue = 0.0;
//! while let Some(order) = orders.try_next().await? {
//!     revenue += order.gross_amount;
//! }
//! # Ok(()) }
//! ```

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_util::stream::{self, BoxStream, Stream, StreamExt};

use crate::types::Pagination;
use crate::Result;

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// Index of the page in this listing, from 0.
    pub index: u32,
    /// The items of the page.
    pub items: Vec<T>,
    /// The API's pagination metadata, for lists that have it (orders, subscriptions).
    pub pagination: Option<Pagination>,
    /// Whether another page follows.
    pub has_more: bool,
}

/// Items that can be told apart, for de-duplication across shifting pages.
pub trait Identified {
    /// The item's id.
    fn item_id(&self) -> &str;
}

macro_rules! identified {
    ($($t:ty),*) => { $(impl Identified for $t { fn item_id(&self) -> &str { &self.id } })* };
}
identified!(crate::types::Order, crate::types::Subscription, crate::types::Customer);

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>>> + Send>>;
type Fetch<T> = Arc<dyn Fn(u32) -> PageFuture<T> + Send + Sync>;

/// A lazy stream over every item of a list. Nothing is fetched until it is polled.
///
/// It is a [`Stream`] of `Result<T>`: use `futures_util::TryStreamExt` (`try_next`, `try_collect`) to consume it.
/// An error ends the stream after being yielded.
#[must_use = "streams do nothing unless polled"]
pub struct ListAll<T> {
    fetch: Fetch<T>,
    concurrency: usize,
    items: Option<BoxStream<'static, Result<T>>>,
}

impl<T> std::fmt::Debug for ListAll<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListAll")
            .field("concurrency", &self.concurrency)
            .field("started", &self.items.is_some())
            .finish()
    }
}

impl<T: Identified + Send + 'static> ListAll<T> {
    pub(crate) fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn(u32) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Page<T>>> + Send + 'static,
    {
        ListAll { fetch: Arc::new(move |index| Box::pin(fetch(index))), concurrency: 1, items: None }
    }

    /// Fetches up to `n` pages ahead (at least 1), keeping their order. Pages past the end may be requested
    /// speculatively (at most `n - 1`) and are discarded. Set before the first poll.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// The pages themselves, with their pagination metadata, instead of the items.
    pub fn pages(self) -> impl Stream<Item = Result<Page<T>>> + Send + 'static {
        pages(self.fetch, self.concurrency)
    }
}

fn pages<T: Send + 'static>(fetch: Fetch<T>, concurrency: usize) -> BoxStream<'static, Result<Page<T>>> {
    stream::iter(0u32..)
        .map(move |index| fetch(index))
        .buffered(concurrency)
        .scan(false, |finished, page| {
            if *finished {
                return std::future::ready(None);
            }
            *finished = page.as_ref().map_or(true, |p| !p.has_more || p.items.is_empty());
            std::future::ready(Some(page))
        })
        .boxed()
}

fn items<T: Identified + Send + 'static>(fetch: Fetch<T>, concurrency: usize) -> BoxStream<'static, Result<T>> {
    // The ids of the last two pages: enough to catch items that slid onto the next page.
    let seen: VecDeque<HashSet<String>> = VecDeque::with_capacity(3);
    pages(fetch, concurrency)
        .scan(seen, |seen, page| {
            let out: Vec<Result<T>> = match page {
                Err(e) => vec![Err(e)],
                Ok(page) => {
                    let mut ids = HashSet::with_capacity(page.items.len());
                    let fresh: Vec<Result<T>> = page
                        .items
                        .into_iter()
                        .filter(|item| {
                            let id = item.item_id();
                            !seen.iter().any(|s| s.contains(id)) && ids.insert(id.to_owned())
                        })
                        .map(Ok)
                        .collect();
                    seen.push_back(ids);
                    if seen.len() > 2 {
                        seen.pop_front();
                    }
                    fresh
                }
            };
            std::future::ready(Some(stream::iter(out)))
        })
        .flatten()
        .boxed()
}

impl<T: Identified + Send + 'static> Stream for ListAll<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let fetch = this.fetch.clone();
        let concurrency = this.concurrency;
        this.items.get_or_insert_with(|| items(fetch, concurrency)).poll_next_unpin(cx)
    }
}
