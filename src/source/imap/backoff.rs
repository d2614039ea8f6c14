//! Reconnect delays: exponential backoff with jitter. The arithmetic is pure (the random part
//! is passed in); [`Backoff::next_delay`] draws it from the standard library's hasher seed.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::Duration;

/// Exponential backoff with "equal jitter": the delay for attempt `n` lies in
/// `[d/2, d]` where `d = min(max, base * 2^n)`, so retries never bunch up at zero and many
/// clients reconnecting after a server restart spread out.
#[derive(Debug, Clone)]
pub struct Backoff {
    base: Duration,
    max: Duration,
    attempt: u32,
}

impl Backoff {
    pub fn new(base: Duration, max: Duration) -> Self {
        Self {
            base,
            max: max.max(base),
            attempt: 0,
        }
    }

    /// How many delays were handed out since the last [`Backoff::reset`].
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The next delay, with fresh randomness; advances the attempt counter.
    pub fn next_delay(&mut self) -> Duration {
        self.next_delay_with(random_unit())
    }

    /// The next delay for a given `unit` in `[0, 1]` (pure; for tests and callers with their
    /// own randomness).
    pub fn next_delay_with(&mut self, unit: f64) -> Duration {
        let delay = delay_for(self.base, self.max, self.attempt, unit);
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    /// Call after a connection worked, so the next failure starts from `base` again.
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

impl Default for Backoff {
    /// 1 s doubling up to 5 minutes: gentle enough for Microsoft 365 and Gmail.
    fn default() -> Self {
        Self::new(Duration::from_secs(1), Duration::from_secs(300))
    }
}

/// The delay for `attempt` (0-based) with jitter `unit` in `[0, 1]` (clamped).
pub fn delay_for(base: Duration, max: Duration, attempt: u32, unit: f64) -> Duration {
    let factor = 2u32.saturating_pow(attempt.min(31));
    let ceiling = base.saturating_mul(factor).min(max.max(base));
    let unit = if unit.is_finite() {
        unit.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let half = ceiling / 2;
    half + (ceiling - half).mul_f64(unit)
}

/// A number in `[0, 1)` from a freshly seeded std hasher: good enough for jitter, no `rand`.
fn random_unit() -> f64 {
    let bits = RandomState::new().hash_one(std::time::SystemTime::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn doubles_until_the_cap() {
        let max = Duration::from_secs(60);
        let ceilings: Vec<u64> = (0..10)
            .map(|n| delay_for(S, max, n, 1.0).as_secs())
            .collect();
        assert_eq!(ceilings, [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    }

    #[test]
    fn jitter_stays_in_upper_half() {
        let max = Duration::from_secs(300);
        for n in 0..12 {
            let hi = delay_for(S, max, n, 1.0);
            let lo = delay_for(S, max, n, 0.0);
            let mid = delay_for(S, max, n, 0.5);
            assert_eq!(lo, hi / 2);
            assert!(lo <= mid && mid <= hi);
        }
    }

    #[test]
    fn odd_inputs_do_not_panic_or_overflow() {
        let max = Duration::from_secs(300);
        assert_eq!(delay_for(S, max, u32::MAX, 1.0), max);
        assert_eq!(delay_for(S, max, 3, f64::NAN), Duration::from_secs(4));
        assert_eq!(delay_for(S, max, 0, 7.0), S);
        assert_eq!(delay_for(S, Duration::ZERO, 5, 1.0), S);
    }

    #[test]
    fn reset_starts_over() {
        let mut b = Backoff::new(S, Duration::from_secs(10));
        assert_eq!(b.next_delay_with(1.0), S);
        assert_eq!(b.next_delay_with(1.0), 2 * S);
        assert_eq!(b.attempt(), 2);
        b.reset();
        assert_eq!(b.next_delay_with(1.0), S);
    }

    #[test]
    fn random_delays_are_in_range_and_vary() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..20 {
            let mut b = Backoff::new(Duration::from_millis(1000), Duration::from_secs(10));
            let d = b.next_delay();
            assert!(d >= Duration::from_millis(500) && d <= Duration::from_millis(1000));
            seen.insert(d);
        }
        assert!(seen.len() > 1);
    }
}
