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
/// # Decoding what a JavaScript backend sends
///
/// The API computes amounts with JavaScript numbers, so a fee of 2.9% + 0.30 on 99.99 arrives as
/// `3.1997099999999996` and 0.1 + 0.2 as `0.30000000000000004`. Decoding reads any finite JSON number, at the
/// 15 significant digits an `f64` carries faithfully ([`Money::from_f64_rounded`]): those two are 3.19971 and
/// 0.3, and an amount written from a decimal of at most 15 digits (`99.99`) is that decimal exactly. Only
/// strings, NaN-like values and magnitudes beyond about 7.9e28 are refused. Building an amount yourself is
/// stricter: `Money::try_from(0.1 + 0.2)` is an error, never a silent rounding.
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
///
/// // What a JavaScript backend computes decodes to the amount it means.
/// let fee: Money = serde_json::from_str("3.1997099999999996").unwrap();
/// assert_eq!(fee, pocketsflow::money!(3.19971));
/// assert!(Money::try_from(0.1 + 0.2).is_err()); // building one is not rounded
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

impl MoneyError {
    /// The one wording of "more digits than an amount carries".
    fn too_many_digits(value: impl fmt::Display, digits: u32) -> MoneyError {
        MoneyError(format!(
            "{value} has {digits} significant digits, more than the {} an amount can carry exactly",
            Money::MAX_DIGITS
        ))
    }
}

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// The most significant digits an amount has: every such decimal survives the JSON number's round trip
    /// exactly (up to 9,999,999,999,999.99 with cents).
    pub const MAX_DIGITS: u32 = 15;

    /// An amount from an exact decimal, refused beyond [`Money::MAX_DIGITS`] significant digits.
    pub fn from_decimal(value: Decimal) -> Result<Money, MoneyError> {
        let value = value.normalize();
        // Significant digits: a whole number's trailing zeros (12300 has a scale of 0 and a mantissa that ends
        // in zeros) are not.
        let mut mantissa = value.mantissa().unsigned_abs();
        while mantissa != 0 && mantissa.is_multiple_of(10) {
            mantissa /= 10;
        }
        let digits = mantissa.checked_ilog10().map_or(1, |d| d + 1);
        if digits > Self::MAX_DIGITS {
            return Err(MoneyError::too_many_digits(value, digits));
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
        self.nearest_f64()
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

/// Exact, as [`FromStr`]: a setter of an amount takes `"19.99"` as well as `19.99`.
impl TryFrom<&str> for Money {
    type Error = MoneyError;

    fn try_from(text: &str) -> Result<Money, MoneyError> {
        text.parse()
    }
}

impl TryFrom<f64> for Money {
    type Error = MoneyError;

    /// The decimal the `f64` was written as: its shortest representation (`99.99_f64` is 99.99, not
    /// 99.9899999999999948840923025272786617279052734375). NaN, infinities and values whose shortest
    /// representation needs more than [`Money::MAX_DIGITS`] significant digits (`0.1 + 0.2`, which is
    /// 0.30000000000000004) are refused: an amount you build is never silently rounded. Decoding an answer is
    /// different: see [`Money`]'s section on decoding.
    fn try_from(value: f64) -> Result<Money, MoneyError> {
        let money = Money::from_f64_rounded(value)?;
        if money.to_f64() == value {
            return Ok(money);
        }
        // Not an f64 that a decimal of at most 15 digits reads as: say how many it takes (error path only).
        let shortest = format!("{value:e}");
        let digits = shortest.split('e').next().unwrap_or("").bytes().filter(u8::is_ascii_digit).count();
        Err(MoneyError::too_many_digits(value, digits as u32))
    }
}

/// Powers of ten that an `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// `value.round()` (halves away from zero) for `|value| < 2^52`, without the call to libm's `round` that
/// `f64::round` is on x86-64 without SSE4.1; larger values are returned as they are (they are whole).
#[inline]
fn round_half_away(value: f64) -> f64 {
    if value.is_nan() || value.abs() >= 4_503_599_627_370_496.0 {
        return value;
    }
    let whole = value as i64 as f64;
    let fraction = value - whole;
    if fraction >= 0.5 {
        whole + 1.0
    } else if fraction <= -0.5 {
        whole - 1.0
    } else {
        whole
    }
}

/// 10^15: a mantissa below it has at most [`Money::MAX_DIGITS`] digits.
const TEN_POW_15: i64 = 1_000_000_000_000_000;

/// The largest scale a `Decimal` carries.
const MAX_SCALE: u32 = 28;

impl Money {
    /// The amount an `f64` means, at the [`Money::MAX_DIGITS`] significant digits an `f64` carries faithfully:
    /// the `f64`'s exact binary value rounded to 15 significant digits (halves to even, as `{:.14e}` does).
    /// An `f64` written from a decimal of at most 15 digits gives that decimal back; an artifact of binary
    /// arithmetic (`3.1997099999999996`, `0.30000000000000004`) gives the decimal it stands for (3.19971,
    /// 0.3). Refused: NaN, infinities, and magnitudes beyond what a `Decimal` holds (about 7.9e28).
    /// Allocates nothing.
    pub fn from_f64_rounded(value: f64) -> Result<Money, MoneyError> {
        if let Some(money) = Self::from_f64_fifteen_digits(value) {
            return Ok(money);
        }
        if let Some(money) = Self::from_f64_short(value) {
            return Ok(money);
        }
        Self::from_f64_general(value)
    }

    /// What a JavaScript backend computes (`3.1997099999999996`) without formatting, for `1 <= |value| < 1e13`:
    /// with `10^e <= |value| < 10^(e+1)`, the product `|value| * 10^(14-e)` lies in `[1e14, 1e15)`, where an
    /// `f64` is within 1/16 of the exact product; so unless its fraction is within that of one half, rounding it
    /// rounds the exact value the same way, and gives the 15 significant digits [`Money::from_f64_general`]
    /// formats. Near a half (rare), `None`: the general path decides.
    #[inline]
    fn from_f64_fifteen_digits(value: f64) -> Option<Money> {
        let magnitude = value.abs();
        if !(1.0..1e13).contains(&magnitude) {
            return None;
        }
        // 10^exponent <= magnitude: the table's powers are exact, so the comparisons are too.
        let exponent = POW10[1..13].iter().take_while(|power| magnitude >= **power).count();
        let scale = 14 - exponent as u32;
        let product = magnitude * POW10[scale as usize];
        // Below 2^53, so the integer part converts exactly and the fraction is exact.
        let whole = product as i64;
        let fraction = product - whole as f64;
        if (fraction - 0.5).abs() <= 0.0625 {
            return None;
        }
        let mantissa = whole + i64::from(fraction > 0.5);
        Some(Money::from_mantissa(if value < 0.0 { -mantissa } else { mantissa }, scale))
    }

    /// The common case without formatting: an `f64` that a decimal with a few decimals reads as. `m / 10^k`
    /// with `|m| < 10^15` and `k <= 22` is computed exactly and correctly rounded, so when it equals `value`,
    /// `m * 10^-k` is a decimal of at most 15 digits that reads as `value`, and there is only one such decimal
    /// (two of them never read as the same `f64`): it is the rounding [`Money::from_f64_general`] computes.
    #[inline]
    fn from_f64_short(value: f64) -> Option<Money> {
        // Cents first: most amounts have two decimals. NaN and infinities take the general path, which refuses them.
        const SCALES: [u32; 9] = [2, 0, 1, 3, 4, 5, 6, 7, 8];
        if value.is_nan() || value.abs() >= 1e13 {
            return None;
        }
        for scale in SCALES {
            let power = POW10[scale as usize];
            let mantissa = round_half_away(value * power);
            if mantissa.abs() < TEN_POW_15 as f64 && mantissa / power == value {
                return Some(Money::from_mantissa(mantissa as i64, scale));
            }
        }
        None
    }

    /// Any finite `f64`: formats its exact value rounded to 15 significant digits into a stack buffer.
    fn from_f64_general(value: f64) -> Result<Money, MoneyError> {
        if !value.is_finite() {
            return Err(MoneyError(format!("{value} is not an amount")));
        }
        let mut buffer = StackText::default();
        // `{:.14e}`: one digit, a point, 14 digits, `e`, the exponent; the digits are the correctly rounded
        // exact value. At most 23 bytes ("-1.23456789012345e-308").
        fmt::Write::write_fmt(&mut buffer, format_args!("{value:.14e}"))
            .map_err(|_| MoneyError(format!("{value} cannot be formatted")))?;
        let text = buffer.as_str();
        let (digits, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent: i32 = exponent.parse().unwrap_or(0);
        let mut mantissa: i64 = 0;
        for b in digits.bytes().filter(u8::is_ascii_digit) {
            mantissa = mantissa * 10 + i64::from(b - b'0');
        }
        if value.is_sign_negative() {
            mantissa = -mantissa;
        }
        // value = mantissa * 10^(exponent - 14)
        let shift = exponent - 14;
        if shift >= 0 {
            let whole = (0..shift).try_fold(i128::from(mantissa), |m, _| m.checked_mul(10));
            return whole
                .and_then(|m| Decimal::try_from_i128_with_scale(m, 0).ok())
                .map(|d| Money(d.normalize()))
                .ok_or_else(|| MoneyError(format!("{value} is beyond the range of an amount")));
        }
        let scale = shift.unsigned_abs();
        if scale <= MAX_SCALE {
            return Ok(Money::from_mantissa(mantissa, scale));
        }
        // Smaller than a Decimal's last place: rounded to 28 decimals (halves away from zero).
        let drop = scale - MAX_SCALE;
        let rounded = if drop > 18 {
            0
        } else {
            let divisor = 10i64.pow(drop);
            let (q, r) = (mantissa / divisor, mantissa % divisor);
            q + if r.abs() * 2 >= divisor { mantissa.signum() } else { 0 }
        };
        Ok(Money::from_mantissa(rounded, MAX_SCALE))
    }

    /// `mantissa * 10^-scale` with `|mantissa| < 10^16` and `scale <= 28`, trailing zeros dropped.
    #[inline]
    fn from_mantissa(mut mantissa: i64, mut scale: u32) -> Money {
        // Eight zeros at a time, then four, two, one: division by a constant is a multiplication.
        for (digits, power) in [(8, 100_000_000), (4, 10_000), (2, 100)] {
            if scale >= digits && mantissa % power == 0 {
                mantissa /= power;
                scale -= digits;
            }
        }
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        let magnitude = mantissa.unsigned_abs();
        // Fits in 64 bits: the high word of the 96-bit mantissa is 0.
        Money(Decimal::from_parts(magnitude as u32, (magnitude >> 32) as u32, 0, mantissa < 0, scale))
    }

    /// The nearest `f64`, without formatting when the amount has at most 15 digits and 22 decimals (`m / 10^k`
    /// of exact operands is correctly rounded, as parsing the decimal's text would be).
    #[inline]
    fn nearest_f64(self) -> f64 {
        let mantissa = self.0.mantissa();
        let scale = self.0.scale();
        if mantissa.unsigned_abs() < 1 << 53 && scale < 23 {
            return mantissa as f64 / POW10[scale as usize];
        }
        let mut buffer = StackText::default();
        if fmt::Write::write_fmt(&mut buffer, format_args!("{}", self.0)).is_err() {
            return self.0.to_f64().unwrap_or(f64::NAN);
        }
        buffer.as_str().parse().unwrap_or(f64::NAN)
    }
}

/// A small text buffer on the stack, for formatting numbers without allocating.
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        StackText { bytes: [0; 64], len: 0 }
    }
}

impl StackText {
    fn as_str(&self) -> &str {
        // Only whole `&str`s are written.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl fmt::Write for StackText {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        if end > self.bytes.len() {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
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
    /// A JSON number: exact, since an amount has at most [`Money::MAX_DIGITS`] significant digits. Allocates
    /// nothing.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.scale() == 0 {
            if let Ok(whole) = i64::try_from(self.0.mantissa()) {
                return serializer.serialize_i64(whole);
            }
        }
        serializer.serialize_f64(self.nearest_f64())
    }
}

impl<'de> serde::Deserialize<'de> for Money {
    /// Any finite JSON number, as [`Money::from_f64_rounded`] reads it: what a JavaScript backend computes
    /// (`3.1997099999999996`) decodes to the amount it stands for (3.19971). A string, or a number beyond the
    /// range of an amount, is refused.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Money;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount (a number)")
            }

            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Money, E> {
                Money::from_f64_rounded(value).map_err(E::custom)
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Money, E> {
                if value.unsigned_abs() < TEN_POW_15 as u64 {
                    return Ok(Money::from_mantissa(value, 0));
                }
                // More than 15 digits: what a JavaScript number holds of it, at 15 digits.
                Money::from_f64_rounded(value as f64).map_err(E::custom)
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Money, E> {
                match i64::try_from(value) {
                    Ok(value) => self.visit_i64(value),
                    Err(_) => Money::from_f64_rounded(value as f64).map_err(E::custom),
                }
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
mod tests;
