//! ISO 8601 dates as the API reads them in filters and expirations: a calendar date (`2024-12-31`, the whole
//! day, UTC) or a date and time with its offset (`2024-12-31T23:59:59.000Z`, `2024-12-31T10:00:00+02:00`).
//! openapi.yaml says which strings are dates (the `IsoDate` and `Expiration` schemas) and the fake's spec validation
//! refuses the others first; this reads them, to filter and to expire.

/// A moment or a whole day, as the milliseconds since 1970-01-01T00:00:00Z it starts and ends at (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) first: i64,
    pub(crate) last: i64,
}

const DAY_MS: i64 = 86_400_000;

/// Reads `text` as a date or a date and time; `None` when it is neither (or names no real day or time).
pub(crate) fn parse(text: &str) -> Option<Span> {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = bytes.get(range)?;
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let midnight = days_from_civil(year, month, day) * DAY_MS;
    if bytes.len() == 10 {
        return Some(Span { first: midnight, last: midnight + DAY_MS - 1 });
    }
    if !matches!(bytes[10], b'T' | b't') || bytes.len() < 16 || bytes[13] != b':' {
        return None;
    }
    let (hour, minute) = (number(11..13)?, number(14..16)?);
    let mut at = 16;
    let mut second = 0;
    let mut millis = 0;
    if bytes.get(at) == Some(&b':') {
        second = number(at + 1..at + 3)?;
        at += 3;
        if bytes.get(at) == Some(&b'.') {
            let digits = bytes[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            let fraction = &text[at + 1..at + 1 + digits.min(3)];
            millis = fraction.parse::<i64>().ok()? * 10i64.pow(3 - fraction.len() as u32);
            at += 1 + digits;
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    if second == 60 {
        // A leap second (RFC 3339 admits `23:59:60Z`): the last millisecond of its minute.
        (second, millis) = (59, 999);
    }
    let offset_minutes = match &bytes[at..] {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let (h, m) = (i64::from((h1 - b'0') * 10 + (h2 - b'0')), i64::from((m1 - b'0') * 10 + (m2 - b'0')));
            if h > 23 || m > 59 {
                return None;
            }
            if *sign == b'-' {
                -(h * 60 + m)
            } else {
                h * 60 + m
            }
        }
        _ => return None,
    };
    let instant = midnight + ((hour * 60 + minute - offset_minutes) * 60 + second) * 1000 + millis;
    Some(Span { first: instant, last: instant })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Unix seconds (and milliseconds) as the API writes timestamps: `2024-03-01T10:15:30.005Z` (UTC). The one date
/// writer of the fake server, its fixtures' helpers and the command-line tool.
pub fn iso(secs: u64, millis: u32) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    format!("{}T{:02}:{:02}:{:02}.{millis:03}Z", iso_date(days), rem / 3600, rem % 3600 / 60, rem % 60)
}

/// The day `days` after 1970-01-01 as `YYYY-MM-DD` (what a discount's `expiration` takes).
pub fn iso_date(days: u64) -> String {
    let (y, m, d) = civil_from_days(days as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_writes_what_parse_reads() {
        assert_eq!(iso(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso(1_709_288_130, 5), "2024-03-01T10:15:30.005Z");
        assert_eq!(iso(951_782_400, 0), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso_date(19_782), "2024-02-29");
        for secs in [0u64, 951_782_400, 1_709_288_130, 4_102_444_799] {
            assert_eq!(parse(&iso(secs, 0)).map(|span| span.first), Some(secs as i64 * 1000));
        }
    }

    #[test]
    fn dates_are_whole_days_and_times_are_instants() {
        let day = parse("2024-03-01").unwrap();
        assert_eq!(day.first, 1_709_251_200_000);
        assert_eq!(day.last, 1_709_251_200_000 + DAY_MS - 1);
        assert_eq!(parse("2024-03-01T10:15:30.000Z"), Some(Span { first: 1_709_288_130_000, last: 1_709_288_130_000 }));
        assert_eq!(parse("2024-03-01T12:15:30+02:00").unwrap().first, 1_709_288_130_000);
        assert_eq!(parse("2024-03-01T10:15Z").unwrap().first, 1_709_288_100_000);
        assert_eq!(parse("2024-03-01T10:15:30.5Z").unwrap().first, 1_709_288_130_500);
        assert_eq!(parse("2016-12-31T23:59:60Z").unwrap().first, parse("2016-12-31T23:59:59.999Z").unwrap().first);
        assert_eq!(parse("2000-02-29").unwrap().first, 951_782_400_000);
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in [
            "",
            "last tuesday",
            "2024-13-01",
            "2023-02-29",
            "2024-04-31",
            "2024-1-01",
            "20240101",
            "2024-03-01T25:00:00Z",
            "2024-03-01T10:00:00",
            "2024-03-01 10:00:00Z",
            "2024-03-01T10:00:00.Z",
            "2024-03-01T10:00:00+2:00",
            "2024-03-01x",
            "２０２４-03-01",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }
}
