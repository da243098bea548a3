//! Exact money costs no allocation: decoding an amount from JSON, encoding one, and making one of an `f64`
//! allocate nothing, whatever the number (the cents of a price, what a JavaScript backend computes such as
//! `3.1997099999999996`, integers, the largest amount). Counted by this binary's global allocator, per thread.

use std::io::Write;

use pocketsflow::types::Money;
use proptest::prelude::*;

#[path = "common/counting.rs"]
mod counting;

use counting::ALLOCATIONS;

/// How many allocations `work` made on this thread.
fn allocations(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(|count| count.get());
    work();
    ALLOCATIONS.with(|count| count.get()) - before
}

/// Decodes the JSON number `text`, then encodes the amount into a fixed buffer, counting allocations of each.
fn round_trip_allocations(text: &str) -> (usize, usize, Money) {
    let mut money = Money::ZERO;
    let decoding = allocations(|| money = serde_json::from_str(text).expect("an amount"));
    let mut buffer = [0u8; 64];
    let encoding = allocations(|| {
        let mut out: &mut [u8] = &mut buffer;
        serde_json::to_writer(&mut out, &money).expect("fits");
        out.flush().unwrap();
    });
    (decoding, encoding, money)
}

#[test]
fn decoding_and_encoding_the_amounts_an_api_sends_allocate_nothing() {
    assert_eq!(allocations(|| drop(std::hint::black_box(String::from("counted")))), 1, "the counter counts");
    for text in ["99.99", "0", "20", "0.1", "3.1997099999999996", "0.30000000000000004", "9999999999999.99", "1e2"] {
        let (decoding, encoding, money) = round_trip_allocations(text);
        assert_eq!((decoding, encoding), (0, 0), "{text} ({money})");
    }
}

proptest! {
    #[test]
    fn no_finite_amount_allocates_to_decode_encode_or_build(value in 0.0f64..1e13) {
        let text = serde_json::to_string(&value).unwrap();
        let (decoding, encoding, _) = round_trip_allocations(&text);
        prop_assert_eq!((decoding, encoding), (0, 0), "{}", text);
        let built = allocations(|| {
            let _ = Money::from_f64_rounded(value);
        });
        prop_assert_eq!(built, 0, "from_f64_rounded({})", value);
    }

    #[test]
    fn a_money_that_an_f64_is_exactly_is_made_without_allocating(cents in 0i64..1_000_000_000_000_000) {
        let value = cents as f64 / 100.0;
        let built = allocations(|| {
            let _ = Money::try_from(value);
        });
        // The error path may format its message; a success allocates nothing.
        if Money::try_from(value).is_ok() {
            prop_assert_eq!(built, 0, "Money::try_from({})", value);
        }
    }
}
