//! A progress line on stderr for `--all`, drawn only when stderr is a terminal, at most ten times a second.

use std::io::Write;
use std::time::{Duration, Instant};

/// How often the line is redrawn at most.
const REDRAW: Duration = Duration::from_millis(100);
/// Width of the bar, in characters.
const BAR: usize = 30;

/// Progress of a listing.
pub struct Progress {
    noun: &'static str,
    total: Option<u64>,
    count: u64,
    started: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    /// Progress over `total` items (when known) called `noun`.
    pub fn new(noun: &'static str, total: Option<u64>) -> Self {
        Progress { noun, total, count: 0, started: Instant::now(), drawn: None }
    }

    /// One more item.
    pub fn tick(&mut self) {
        self.count += 1;
        if self.drawn.is_none_or(|at| at.elapsed() >= REDRAW) {
            self.drawn = Some(Instant::now());
            self.draw(false);
        }
    }

    /// The final line.
    pub fn finish(&mut self) {
        self.draw(true);
    }

    fn draw(&self, last: bool) {
        let line = line(self.noun, self.count, self.total, self.started.elapsed());
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}{}", if last { "\n" } else { "" });
        let _ = err.flush();
    }
}

/// The text of a progress line.
pub fn line(noun: &str, count: u64, total: Option<u64>, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 { (count as f64 / secs).round() as u64 } else { 0 };
    match total.filter(|t| *t > 0) {
        Some(total) => {
            let done = (count.min(total) as f64 / total as f64 * BAR as f64) as usize;
            let bar: String = (0..BAR).map(|i| if i < done { '#' } else { '-' }).collect();
            format!("[{bar}] {count}/{total} {noun} · {rate}/s · {secs:.1}s")
        }
        None => format!("{count} {noun} · {rate}/s · {secs:.1}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_shows_a_bar_when_the_total_is_known() {
        let text = line("orders", 50, Some(100), Duration::from_secs(2));
        assert_eq!(text, format!("[{}{}] 50/100 orders · 25/s · 2.0s", "#".repeat(15), "-".repeat(15)));
        assert_eq!(line("customers", 7, None, Duration::from_secs(1)), "7 customers · 7/s · 1.0s");
    }
}
