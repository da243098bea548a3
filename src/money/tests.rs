//! Unit tests of `src/money.rs`.

use super::*;
use proptest::prelude::*;

#[test]
fn literals_decode_and_encode_exactly() {
    for text in ["99.99", "0.1", "0.3", "149.99", "20", "0", "1234567890123.45"] {
        let money: Money = serde_json::from_str(text).unwrap();
        assert_eq!(money, text.parse::<Money>().unwrap(), "{text}");
        assert_eq!(serde_json::to_string(&money).unwrap(), text, "{text}");
    }
    assert_eq!(money!(99.99).as_decimal(), Decimal::new(9999, 2));
    assert_eq!(Money::try_from(99.99).unwrap(), money!(99.99));
    // An f64 sum is what it is (0.30000000000000004): 17 significant digits, refused rather than rounded.
    let sum = Money::try_from(0.1 + 0.2).unwrap_err();
    assert!(sum.to_string().contains("17 significant digits"), "{sum}");
}

#[test]
fn javascript_artifacts_decode_to_the_amount_they_mean() {
    for (wire, meant) in [
        ("3.1997099999999996", "3.19971"),
        ("0.30000000000000004", "0.3"),
        ("96.79029", "96.79029"),
        ("1.0000000000000002", "1"),
        ("-0.30000000000000004", "-0.3"),
        ("12345678901234567", "12345678901234600"),
        ("1e-30", "0"),
        ("1.5e-28", "0.0000000000000000000000000002"),
        ("1e20", "100000000000000000000"),
    ] {
        let money: Money = serde_json::from_str(wire).unwrap_or_else(|e| panic!("{wire}: {e}"));
        assert_eq!(money, meant.parse::<Money>().unwrap(), "{wire}");
    }
    assert!(serde_json::from_str::<Money>("1e29").is_err(), "beyond a Decimal");
    assert_eq!(
        serde_json::to_string(&serde_json::from_str::<Money>("3.1997099999999996").unwrap()).unwrap(),
        "3.19971"
    );
}

#[test]
fn non_finite_and_over_precise_values_are_refused() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert!(Money::try_from(bad).is_err());
    }
    assert!("1234567890123456.7".parse::<Money>().is_err());
    assert!(serde_json::from_str::<Money>("\"12\"").is_err(), "the wire format is a number");
    assert!(serde_json::from_str::<Money>("1e400").is_err());
    // What a user builds is refused beyond 15 digits, never rounded.
    assert!(Money::try_from(3.1997099999999996).is_err());
}

#[test]
fn summing_200_000_order_amounts_is_exact() {
    let amount = money!(19.99);
    let total: Money = std::iter::repeat_n(amount, 200_000).sum();
    assert_eq!(total, money!(3998000));
    let drift: f64 = std::iter::repeat_n(19.99_f64, 200_000).sum();
    assert_ne!(drift, 3_998_000.0, "the f64 sum drifts, which is why Money exists");
}

#[test]
fn rounding_is_half_away_from_zero() {
    assert_eq!(money!(10.005).round_to(2), money!(10.01));
    assert_eq!(money!(10.004).round_to(2), money!(10.0));
    assert_eq!(money!(99.99).percent(Decimal::new(15, 0), 2), money!(15.0));
    assert_eq!(money!(19.99).percent(Decimal::new(20, 0), 2), money!(4.0));
}

/// The definition of [`Money::from_f64_rounded`], written independently: the exact value rounded to 15
/// significant digits by the standard library's formatter, read back by `Decimal`'s own parser.
fn reference(value: f64) -> Money {
    let text = format!("{value:.14e}");
    let decimal = Decimal::from_scientific(&text).unwrap_or_else(|_| Decimal::from_scientific_lossy(&text).unwrap());
    Money(decimal.normalize())
}

/// Two-decimal prices as a shop sets them.
fn price() -> impl Strategy<Value = Decimal> {
    (1i64..=10_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

/// Values whose 15-digit rounding is a near tie or crosses a power of ten, where a fast path could err.
fn hard_values() -> impl Strategy<Value = f64> {
    prop_oneof![
        (1u64..1_000_000_000_000_000, 0u32..15).prop_map(|(m, k)| (m as f64 + 0.5) / 10f64.powi(k as i32)),
        (1u64..10_000_000, 0u32..8).prop_map(|(m, k)| m as f64 / 100.0 * 1.0725 * 10f64.powi(k as i32)),
        (0i32..13).prop_map(|e| 10f64.powi(e)).prop_flat_map(|p| prop_oneof![
            Just(p),
            Just(p * (1.0 - f64::EPSILON)),
            Just(p * (1.0 + f64::EPSILON))
        ]),
        (1.0f64..1e13),
        (0x3ff0_0000_0000_0000u64..0x42a2_309c_e540_0000u64).prop_map(f64::from_bits),
    ]
}

proptest! {
    /// The fast paths give what formatting the exact value gives, for every amount.
    #[test]
    fn the_fast_paths_agree_with_formatting(value in hard_values()) {
        let general = Money::from_f64_general(value).unwrap();
        prop_assert_eq!(Money::from_f64_rounded(value).unwrap(), general, "{:e}", value);
        if let Some(fast) = Money::from_f64_fifteen_digits(value) {
            prop_assert_eq!(fast, general, "{:e}", value);
        }
        prop_assert_eq!(Money::from_f64_rounded(-value).unwrap(), Money::from_f64_general(-value).unwrap());
    }
    /// What a JavaScript backend computes from two-decimal prices (sums, differences, percentages with one
    /// decimal, Stripe's 2.9% + 0.30) decodes as the reference rounding says, and, where the f64 result
    /// is faithful to 15 digits (everything but a difference, whose cancellation can leave fewer), to the
    /// exact decimal result.
    #[test]
    fn what_a_javascript_backend_computes_decodes_to_what_it_means(a in price(), b in price(), per_mille in 0i64..=1000) {
        let (x, y) = (a.to_f64().unwrap(), b.to_f64().unwrap());
        let percent = Decimal::new(per_mille, 1);
        let cases = [
            (x + y, Some(a + b)),
            (x * (percent.to_f64().unwrap() / 100.0), Some(a * percent / Decimal::ONE_HUNDRED)),
            (x * 0.029 + 0.3, Some(a * Decimal::new(29, 3) + Decimal::new(3, 1))),
            // The net: faithful where the fee does not cancel most of the price.
            (x - (x * 0.029 + 0.3), (a >= Decimal::TEN).then(|| a - (a * Decimal::new(29, 3) + Decimal::new(3, 1)))),
            (x - y, None),
        ];
        for (wire, exact) in cases {
            let json = serde_json::to_string(&wire).unwrap();
            let decoded: Money = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(decoded, reference(wire), "{}", json);
            if let Some(exact) = exact {
                prop_assert_eq!(decoded.as_decimal(), exact.normalize(), "{}", json);
            }
            let error = (decoded.to_f64() - wire).abs();
            prop_assert!(error <= wire.abs() * 5e-15, "{} read as {}", json, decoded);
        }
    }

    /// The fast path and the general one agree on every finite f64 of an amount's range.
    #[test]
    fn every_f64_decodes_as_the_reference_rounds_it(
        fraction in 0u64..(1 << 52), exponent in -43i64..=95, negative in any::<bool>(),
    ) {
        // Every f64 from about 1.1e-13 to 7.9e28 (below that the reference's parser runs out of decimals
        // before the rounding to 28 places that the unit test covers; no amount is that small).
        let bits = (u64::from(negative) << 63) | (((exponent + 1023) as u64) << 52) | fraction;
        let value = f64::from_bits(bits);
        prop_assert_eq!(Money::from_f64_rounded(value).unwrap(), reference(value), "{:e}", value);
    }

    /// Building from an f64 keeps exactly the values whose shortest form has at most 15 digits.
    #[test]
    fn try_from_f64_keeps_short_values_and_refuses_the_rest(mantissa in -999_999_999_999_999i64..=999_999_999_999_999, scale in 0u32..=8, noise in 0u64..3) {
        let exact = Money::from_minor(mantissa, scale).unwrap();
        let value = exact.to_f64();
        prop_assert_eq!(Money::try_from(value).unwrap(), exact);
        let nudged = f64::from_bits(value.to_bits() + noise);
        if nudged != value && format!("{nudged:e}").split('e').next().unwrap().bytes().filter(u8::is_ascii_digit).count() > 15 {
            prop_assert!(Money::try_from(nudged).is_err(), "{:e}", nudged);
        }
    }

    /// Any amount with at most 15 significant digits survives JSON both ways exactly.
    #[test]
    fn any_amount_round_trips_through_json(mantissa in -999_999_999_999_999i64..=999_999_999_999_999, scale in 0u32..=6) {
        let money = Money::from_minor(mantissa, scale).unwrap();
        let json = serde_json::to_string(&money).unwrap();
        let back: Money = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, money, "{}", json);
        prop_assert_eq!(json.parse::<Money>().unwrap(), money);
    }
}
