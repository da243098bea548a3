//! Exact amounts of money: [`Money`].

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub, SubAssign};
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// An exact amount of money, in the currency's major unit (`99.99` dollars): every amount of the API (prices,
/// order totals, refunds, discounts...).
///
/// An `f64` cannot hold 99.99, sums of them drift, and NaN exists. `Money` is an exact decimal
/// ([`rust_decimal::Decimal`]) with at most [`Money::MAX_DIGITS`] significant digits, which is what lets it
/// travel as a plain JSON number both ways without loss: the API's wire format stays a number, `99.99` decodes
/// to exactly 99.99 and encodes back as `99.99`. Serialization is written for this type alone, so adding the
/// SDK never changes how `Decimal` serializes elsewhere in an application (no crate-wide serde feature).
///
/// ```
/// use pocketsflow::money;
/// use pocketsflow::types::Money;
///
/// let price: Money = "99.99".parse().unwrap();
/// assert_eq!(price, money!(99.99));
/// assert_eq!(serde_json::to_string(&price).unwrap(), "99.99");
/// let total: Money = std::iter::repeat_n(price, 3).sum();
/// assert_eq!(total.to_string(), "299.97"); // 0.1 + 0.2 == 0.3 here
/// assert!(Money::try_from(f64::NAN).is_err());
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why a value is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyError(String);

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// The most significant digits an amount has: every such decimal survives the JSON number's round trip
    /// exactly (up to 9,999,999,999,999.99 with cents).
    pub const MAX_DIGITS: u32 = 15;

    /// An amount from an exact decimal, refused beyond [`Money::MAX_DIGITS`] significant digits.
    pub fn from_decimal(value: Decimal) -> Result<Money, MoneyError> {
        let value = value.normalize();
        let digits = value.mantissa().unsigned_abs().checked_ilog10().map_or(1, |d| d + 1);
        if digits > Self::MAX_DIGITS {
            return Err(MoneyError(format!(
                "{value} has {digits} significant digits, more than the {} an amount can carry exactly",
                Self::MAX_DIGITS
            )));
        }
        Ok(Money(value))
    }

    /// `units` of the minor unit with `scale` decimals: `Money::from_minor(9999, 2)` is 99.99.
    pub fn from_minor(units: i64, scale: u32) -> Result<Money, MoneyError> {
        let value = Decimal::try_from_i128_with_scale(i128::from(units), scale)
            .map_err(|e| MoneyError(format!("{units} with {scale} decimals: {e}")))?;
        Money::from_decimal(value)
    }

    /// The exact decimal.
    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// The nearest `f64`, for display or arithmetic where exactness does not matter.
    pub fn to_f64(self) -> f64 {
        self.0.to_f64().unwrap_or(f64::NAN)
    }

    /// Rounded to `decimals` places, halves away from zero (commercial rounding).
    pub fn round_to(self, decimals: u32) -> Money {
        Money(self.0.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero).normalize())
    }

    /// `self * factor`, rounded to `decimals` places (halves away from zero): a percentage of an amount.
    pub fn percent(self, percent: Decimal, decimals: u32) -> Money {
        Money(self.0 * percent / Decimal::ONE_HUNDRED).round_to(decimals)
    }

    /// `true` for an amount below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// `true` for zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
}

/// An exact amount from a literal, with no floating point on the way: `money!(99.99)`, `money!(20)`.
///
/// ```
/// let price = pocketsflow::money!(149.99);
/// assert_eq!(price.to_string(), "149.99");
/// ```
#[macro_export]
macro_rules! money {
    ($amount:literal) => {
        <$crate::types::Money as ::std::str::FromStr>::from_str(stringify!($amount))
            .expect("money! takes a decimal literal with at most 15 significant digits")
    };
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Money({})", self.0)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    /// Exact: `"99.99"` is 99.99.
    fn from_str(text: &str) -> Result<Money, MoneyError> {
        let value = Decimal::from_str_exact(text.trim())
            .or_else(|_| Decimal::from_scientific(text.trim()))
            .map_err(|e| MoneyError(format!("{text:?} is not a decimal amount: {e}")))?;
        Money::from_decimal(value)
    }
}

impl TryFrom<f64> for Money {
    type Error = MoneyError;

    /// The decimal the `f64` was written as: its shortest representation (`99.99_f64` is 99.99, not
    /// 99.9899999999999948840923025272786617279052734375). NaN and infinities are refused.
    fn try_from(value: f64) -> Result<Money, MoneyError> {
        if !value.is_finite() {
            return Err(MoneyError(format!("{value} is not an amount")));
        }
        // Rust prints the shortest representation that reads back as the same f64.
        format!("{value}").parse()
    }
}

macro_rules! from_integer {
    ($($t:ty),*) => {$(
        impl From<$t> for Money {
            fn from(value: $t) -> Money {
                Money(Decimal::from(value))
            }
        }
    )*};
}
from_integer!(i8, i16, i32, u8, u16, u32);

impl TryFrom<i64> for Money {
    type Error = MoneyError;

    fn try_from(value: i64) -> Result<Money, MoneyError> {
        Money::from_decimal(Decimal::from(value))
    }
}

impl TryFrom<Decimal> for Money {
    type Error = MoneyError;

    fn try_from(value: Decimal) -> Result<Money, MoneyError> {
        Money::from_decimal(value)
    }
}

impl From<Money> for Decimal {
    fn from(value: Money) -> Decimal {
        value.0
    }
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.0 += other.0;
    }
}

impl Sub for Money {
    type Output = Money;

    fn sub(self, other: Money) -> Money {
        Money(self.0 - other.0)
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.0 -= other.0;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

impl serde::Serialize for Money {
    /// A JSON number: exact, since an amount has at most [`Money::MAX_DIGITS`] significant digits.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.scale() == 0 {
            if let Some(whole) = self.0.to_i64() {
                return serializer.serialize_i64(whole);
            }
        }
        let value: f64 = self.0.to_string().parse().map_err(serde::ser::Error::custom)?;
        serializer.serialize_f64(value)
    }
}

impl<'de> serde::Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Money;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount (a number)")
            }

            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Money, E> {
                Money::try_from(value).map_err(E::custom)
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Money, E> {
                Money::try_from(value).map_err(E::custom)
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Money, E> {
                Money::from_decimal(Decimal::from(value)).map_err(E::custom)
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

impl schemars::JsonSchema for Money {
    fn schema_name() -> String {
        "Money".to_owned()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <f64 as schemars::JsonSchema>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
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
    fn non_finite_and_over_precise_values_are_refused() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(Money::try_from(bad).is_err());
        }
        assert!("1234567890123456.7".parse::<Money>().is_err());
        assert!(serde_json::from_str::<Money>("\"12\"").is_err(), "the wire format is a number");
        assert!(serde_json::from_str::<Money>("1e400").is_err());
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

    proptest! {
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
}
