//! Auto-pagination: one generic mechanism that turns any paged list into a lazy `Stream` of items.
//!
//! A list is described by a single function, "fetch page number `i`" (page/pageSize for orders and
//! subscriptions, limit/offset for customers). [`ListAll`] calls it on demand, stops when the API says there is
//! no more, optionally fetches a bounded number of pages ahead while keeping their order, and drops items that
//! page windows repeat (new orders arriving at the front shift older ones onto the next page).
//!
//! What it guarantees, whatever the server answers:
//! - **It ends.** The listing stops at the first page that says there is no more or holds no item. A listing
//!   that would go past [`max_pages`](ListAll::max_pages) pages (default [`DEFAULT_MAX_PAGES`]), whose page
//!   number would pass `u32::MAX`, or whose pages bring nothing new [`STALL_LIMIT`] times in a row while saying
//!   there is more, fails with [`ErrorKind::Pagination`](crate::ErrorKind::Pagination) instead of looping.
//!   So a listing makes at most `max_pages` requests, plus at most `concurrency - 1` speculative ones.
//! - **Requests past the end are bounded.** With [`concurrency(n)`](ListAll::concurrency) (at most
//!   [`MAX_CONCURRENCY`]), at most `n - 1` pages past the last one are requested, and discarded: none at
//!   `n = 1`.
//! - **De-duplication, precisely.** An item (by id) is yielded at most once per page, and never from a page
//!   when the same id was on either of the two pages before it. Every page remembers all of its ids, so an
//!   item that stays on the same page number or moves forward a page or two at a time (the effect of new
//!   items arriving during the listing) is yielded exactly once. Memory holds the ids of two pages, whatever
//!   the total. Items deleted during a listing shift the windows back and can make another item be skipped:
//!   offset pagination cannot prevent that.
//!
//! ```no_run
//! # async fn run(pf: pocketsflow::Pocketsflow) -> pocketsflow::Result<()> {
//! use futures_util::TryStreamExt;
//! use pocketsflow::types::ListOrdersParams;
//!
//! let mut orders = pf.orders().list_all(ListOrdersParams::default().page_size(100)).concurrency(4);
//! let mut revenue = pocketsflow::types::Money::ZERO;
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

use futures_util::stream::{self, BoxStream, FuturesOrdered, Stream, StreamExt};

use crate::types::Pagination;
use crate::{Error, Result};

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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

impl<T> Page<T> {
    /// A page of `items`, the `index`-th of its listing (from 0), saying whether another follows.
    pub fn new(index: u32, items: Vec<T>, has_more: bool) -> Self {
        Page { index, items, pagination: None, has_more }
    }
}

/// Items that can be told apart, for de-duplication across shifting pages. Every model of the API with an
/// `_id` has it (generated from the spec); implement it for your own items to page them with
/// [`ListAll::new`].
pub trait Identified {
    /// The item's id.
    fn item_id(&self) -> &str;
}

// Every schema of the spec with a required string `_id`, written by build.rs (codegen/sdk.rs).
include!(concat!(env!("OUT_DIR"), "/sdk_identified.rs"));

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>>> + Send>>;
type Fetch<T> = Arc<dyn Fn(u32) -> PageFuture<T> + Send + Sync>;

/// The most pages a listing fetches ahead ([`ListAll::concurrency`]).
pub const MAX_CONCURRENCY: usize = 16;
/// The default bound on the pages of one listing ([`ListAll::max_pages`]): 100,000 pages, 2 million orders
/// at the API's default page size.
pub const DEFAULT_MAX_PAGES: u32 = 100_000;
/// How many pages in a row may bring no new item while the API says there is more, before the listing fails.
pub const STALL_LIMIT: u32 = 3;

/// The page number `index` pages after `first`, or a pagination error past `u32::MAX`.
pub(crate) fn nth_page(first: u32, index: u32, step: u32) -> Result<u32> {
    index.checked_mul(step).and_then(|offset| first.checked_add(offset)).ok_or_else(|| {
        Error::pagination(format!("the listing would pass the largest page number or offset ({})", u32::MAX))
    })
}

/// A lazy stream over every item of a list. Nothing is fetched until it is polled.
///
/// It is a [`Stream`] of `Result<T>`: use `futures_util::TryStreamExt` (`try_next`, `try_collect`) to consume it.
/// An error ends the stream after being yielded. See the [module documentation](self) for what it guarantees.
#[must_use = "streams do nothing unless polled"]
pub struct ListAll<T> {
    fetch: Fetch<T>,
    concurrency: usize,
    max_pages: u32,
    items: Option<BoxStream<'static, Result<T>>>,
}

impl<T> std::fmt::Debug for ListAll<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListAll")
            .field("concurrency", &self.concurrency)
            .field("max_pages", &self.max_pages)
            .field("started", &self.items.is_some())
            .finish()
    }
}

impl<T: Identified + Send + 'static> ListAll<T> {
    /// A listing of any paged source: `fetch(i)` returns the `i`-th page (from 0). The SDK's own `list_all`
    /// methods are built on it; every guarantee of the [module documentation](self) holds.
    ///
    /// ```
    /// use futures_util::TryStreamExt;
    /// use pocketsflow::paginate::{Identified, ListAll, Page};
    ///
    /// struct Row(String);
    /// impl Identified for Row {
    ///     fn item_id(&self) -> &str { &self.0 }
    /// }
    ///
    /// # tokio_test_block_on(async {
    /// let rows = ListAll::new(|i| async move {
    ///     let items = if i < 3 { vec![Row(format!("row{i}"))] } else { vec![] };
    ///     Ok(Page::new(i, items, i < 3))
    /// });
    /// let all: Vec<Row> = rows.try_collect().await.unwrap();
    /// assert_eq!(all.len(), 3);
    /// # });
    /// # fn tokio_test_block_on(f: impl std::future::Future<Output = ()>) {
    /// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    /// # }
    /// ```
    pub fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn(u32) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Page<T>>> + Send + 'static,
    {
        ListAll {
            fetch: Arc::new(move |index| Box::pin(fetch(index))),
            concurrency: 1,
            max_pages: DEFAULT_MAX_PAGES,
            items: None,
        }
    }

    /// Fetches up to `n` pages at once (from 1 to [`MAX_CONCURRENCY`]; default 1), keeping their order. At
    /// most `n - 1` pages past the end are requested, and discarded. Set before the first poll.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.clamp(1, MAX_CONCURRENCY);
        self
    }

    /// The most pages this listing fetches (at least 1; default [`DEFAULT_MAX_PAGES`]). A listing that says
    /// there is more after that many pages fails with [`ErrorKind::Pagination`](crate::ErrorKind::Pagination)
    /// rather than stop silently. Set before the first poll.
    pub fn max_pages(mut self, n: u32) -> Self {
        self.max_pages = n.max(1);
        self
    }

    /// The pages themselves, as received (not de-duplicated), with their pagination metadata, instead of the
    /// items. The same guarantees of ending hold.
    pub fn pages(self) -> impl Stream<Item = Result<Page<T>>> + Send + 'static {
        checked_pages(self.fetch, self.concurrency, self.max_pages).map(|page| page.map(|(page, _)| page))
    }
}

/// The ids of the last two pages, and how many pages in a row brought nothing new.
struct Window {
    recent: VecDeque<HashSet<String>>,
    stalled: u32,
}

impl Window {
    /// Which items of `page` are new, by the rule of the module documentation; remembers all of its ids.
    fn admit<T: Identified>(&mut self, items: &[T]) -> Vec<bool> {
        let mut ids = HashSet::with_capacity(items.len());
        let fresh: Vec<bool> = items
            .iter()
            .map(|item| {
                let id = item.item_id();
                let first_on_page = ids.insert(id.to_owned());
                first_on_page && !self.recent.iter().any(|page| page.contains(id))
            })
            .collect();
        self.recent.push_back(ids);
        if self.recent.len() > 2 {
            self.recent.pop_front();
        }
        fresh
    }
}

struct Pager<T> {
    fetch: Fetch<T>,
    concurrency: usize,
    max_pages: u32,
    next: u32,
    in_flight: FuturesOrdered<PageFuture<T>>,
    window: Window,
    done: bool,
}

/// The pages in order, each with which of its items are new; ends by the rules of the module documentation.
fn checked_pages<T: Identified + Send + 'static>(
    fetch: Fetch<T>,
    concurrency: usize,
    max_pages: u32,
) -> BoxStream<'static, Result<(Page<T>, Vec<bool>)>> {
    let pager = Pager {
        fetch,
        concurrency,
        max_pages,
        next: 0,
        in_flight: FuturesOrdered::new(),
        window: Window { recent: VecDeque::with_capacity(3), stalled: 0 },
        done: false,
    };
    stream::unfold(pager, |mut pager| async move {
        if pager.done {
            return None;
        }
        // Requests go out only while the end is not known: after the last page, nothing more is started.
        while pager.in_flight.len() < pager.concurrency && pager.next < pager.max_pages {
            pager.in_flight.push_back((pager.fetch)(pager.next));
            pager.next += 1;
        }
        let outcome = match pager.in_flight.next().await {
            None => Err(Error::pagination(format!(
                "the API still says there is more after {} pages (the listing's max_pages)",
                pager.max_pages
            ))),
            Some(Err(error)) => Err(error),
            Some(Ok(page)) => {
                let fresh = pager.window.admit(&page.items);
                let last = !page.has_more || page.items.is_empty();
                pager.window.stalled = if fresh.contains(&true) || last { 0 } else { pager.window.stalled + 1 };
                if pager.window.stalled >= STALL_LIMIT {
                    Err(Error::pagination(format!(
                        "{STALL_LIMIT} pages in a row (up to page index {}) repeated items already seen while \
                         saying there is more",
                        page.index
                    )))
                } else {
                    pager.done = last;
                    Ok((page, fresh))
                }
            }
        };
        if outcome.is_err() || pager.done {
            // Pages fetched speculatively past the end (or past an error) are dropped unread.
            pager.done = true;
            pager.in_flight = FuturesOrdered::new();
        }
        Some((outcome, pager))
    })
    .boxed()
}

fn items<T: Identified + Send + 'static>(
    fetch: Fetch<T>,
    concurrency: usize,
    max_pages: u32,
) -> BoxStream<'static, Result<T>> {
    checked_pages(fetch, concurrency, max_pages)
        .flat_map(|page| {
            let out: Vec<Result<T>> = match page {
                Err(e) => vec![Err(e)],
                Ok((page, fresh)) => {
                    page.items.into_iter().zip(fresh).filter(|(_, new)| *new).map(|(item, _)| Ok(item)).collect()
                }
            };
            stream::iter(out)
        })
        .boxed()
}

impl<T: Identified + Send + 'static> Stream for ListAll<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let fetch = this.fetch.clone();
        let (concurrency, max_pages) = (this.concurrency, this.max_pages);
        this.items.get_or_insert_with(|| items(fetch, concurrency, max_pages)).poll_next_unpin(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::TryStreamExt;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[derive(Debug, Clone, PartialEq)]
    struct Item(String);

    impl Identified for Item {
        fn item_id(&self) -> &str {
            &self.0
        }
    }

    fn listing(pages: Vec<Vec<u8>>, concurrency: usize) -> Result<Vec<String>> {
        let pages = Arc::new(pages);
        let all = ListAll::new(move |index| {
            let pages = pages.clone();
            async move {
                let items: Vec<Item> = pages
                    .get(index as usize)
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .map(|i| Item(format!("i{i}")))
                    .collect();
                Ok(Page { index, items, pagination: None, has_more: (index as usize) + 1 < pages.len() })
            }
        })
        .concurrency(concurrency);
        futures_executor(all.map_ok(|item| item.0).try_collect())
    }

    fn futures_executor<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(future)
    }

    /// The documented rule, written out: an item of page `i` is yielded when it is the first of its id on the
    /// page and its id is on neither page `i - 1` nor page `i - 2`; the listing ends at the first empty page.
    fn model(pages: &[Vec<u8>]) -> Vec<String> {
        let mut out = Vec::new();
        for (i, page) in pages.iter().enumerate() {
            if page.is_empty() {
                break;
            }
            let mut on_page = Vec::new();
            for item in page {
                let before = pages[i.saturating_sub(2)..i].iter().any(|p| p.contains(item));
                if !on_page.contains(item) && !before {
                    out.push(format!("i{item}"));
                }
                on_page.push(*item);
            }
        }
        out
    }

    proptest! {
        /// Any sequence of pages: the stream yields exactly what the documented rule says, whatever the
        /// concurrency (or fails with a pagination error when pages stall, never otherwise).
        #[test]
        fn de_duplication_is_exactly_the_documented_rule(
            pages in proptest::collection::vec(proptest::collection::vec(0u8..12, 0..6), 1..10),
            concurrency in 1usize..6,
        ) {
            match listing(pages.clone(), concurrency) {
                Ok(items) => prop_assert_eq!(items, model(&pages)),
                Err(e) => prop_assert!(e.is_pagination(), "{e}"),
            }
        }

        /// An item that stays on consecutive pages, or moves forward a page or two at a time, is yielded once.
        #[test]
        fn an_item_moving_forward_is_yielded_once(steps in proptest::collection::vec(0usize..3, 1..8)) {
            let mut pages: Vec<Vec<u8>> = Vec::new();
            let mut at = 0;
            for step in &steps {
                at += step;
                while pages.len() <= at {
                    // Every page also holds an item of its own, so no page stalls.
                    pages.push(vec![100 + pages.len() as u8]);
                }
                pages[at].push(200);
            }
            pages.push(vec![250]);
            let items = listing(pages, 1).unwrap();
            let counts = items.iter().fold(HashMap::new(), |mut m, i| { *m.entry(i.clone()).or_insert(0) += 1; m });
            prop_assert_eq!(counts.get("i200").copied(), Some(1));
        }
    }

    #[test]
    fn page_numbers_past_the_largest_are_an_error() {
        assert_eq!(nth_page(1, 4, 1).unwrap(), 5);
        assert_eq!(nth_page(10, 3, 100).unwrap(), 310);
        assert!(nth_page(u32::MAX, 1, 1).unwrap_err().is_pagination());
        assert!(nth_page(0, u32::MAX / 2, 3).unwrap_err().is_pagination());
    }
}
