//! A global allocator that counts live bytes and their peak, for the tests that measure memory
//! (tests/memory.rs, tests/memory_listing.rs, tests/money_allocations.rs). Each includes it with `#[path]`, in a binary of its own, so that
//! no other test's allocations blur the peak.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

/// Bytes allocated and not freed yet.
pub static CURRENT: AtomicUsize = AtomicUsize::new(0);
/// The most `CURRENT` has been since a test last reset it.
pub static PEAK: AtomicUsize = AtomicUsize::new(0);
thread_local! {
    /// How many allocations this thread made (a reallocation is one more), so that tests running in parallel
    /// do not count each other's. Not every binary including this reads it.
    #[allow(dead_code)]
    pub static ALLOCATIONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        let now = CURRENT.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(now, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;
