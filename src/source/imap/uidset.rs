//! IMAP UID sequence sets: compaction (`1:5,7,9:12`) and splitting into command-sized pieces.
//! Pure functions; the session decides what to send.

/// Longest sequence set we put in one command. RFC 7162 section 4 asks clients to keep command
/// lines under 8192 octets; the rest of a STORE or FETCH line is short.
pub const MAX_SET_LEN: usize = 7_000;

/// Compacts UIDs into a sequence set such as `1:5,7,9:12`; order and duplicates do not matter.
/// Returns an empty string for no UIDs (callers must not send an empty set).
pub fn compact(uids: &[u32]) -> String {
    split(uids, usize::MAX)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// Compacts UIDs like [`compact`] but cuts the result into sets of at most `max_len` bytes,
/// each a valid sequence set on its own, so a huge batch becomes several commands.
pub fn split(uids: &[u32], max_len: usize) -> Vec<String> {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();

    let mut sets = Vec::new();
    let mut current = String::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        i += 1;
        let piece = if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        };
        if !current.is_empty() && current.len() + 1 + piece.len() > max_len {
            sets.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(',');
        }
        current.push_str(&piece);
    }
    if !current.is_empty() {
        sets.push(current);
    }
    sets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacts_runs_and_singles() {
        assert_eq!(compact(&[1, 2, 3, 4, 5, 7, 9, 10, 11, 12]), "1:5,7,9:12");
    }

    #[test]
    fn unordered_and_duplicate_input() {
        assert_eq!(compact(&[12, 9, 1, 3, 2, 3, 10, 11, 7]), "1:3,7,9:12");
    }

    #[test]
    fn empty_and_single() {
        assert_eq!(compact(&[]), "");
        assert_eq!(compact(&[42]), "42");
        assert_eq!(compact(&[u32::MAX - 1, u32::MAX]), "4294967294:4294967295");
    }

    #[test]
    fn split_respects_length_and_keeps_every_uid() {
        let uids: Vec<u32> = (1..=2000).step_by(2).collect();
        let sets = split(&uids, 100);
        assert!(sets.len() > 1);
        assert!(sets.iter().all(|s| s.len() <= 100 && !s.is_empty()));
        let back: Vec<u32> = sets
            .iter()
            .flat_map(|s| s.split(','))
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(back, uids);
    }
}
