//! Campaigns: near-identical letters from many senders, found by MinHash similarity and
//! grouped so the digest shows one line with a count instead of twenty.
//!
//! Letters are linked when their estimated similarity reaches the threshold, and groups are
//! the connected sets (single linkage, union-find). All pairs are compared: a week of a
//! branch secretary's mail is hundreds of messages, well within O(n²); locality-sensitive
//! hashing would only pay at tens of thousands.

use std::collections::{BTreeMap, BTreeSet};

use super::minhash;
use super::stats::Campaign;
use crate::store::{normalize_email, MessageRecord};

/// Groups of similar messages sent by at least `min_senders` distinct addresses, largest
/// first; each group oldest first.
pub fn group<'a>(
    msgs: &[&'a MessageRecord],
    threshold: f64,
    min_senders: usize,
) -> Vec<Vec<&'a MessageRecord>> {
    let sigs: Vec<Vec<u32>> = msgs.iter().map(|m| signature_of(m)).collect();
    let mut parent: Vec<usize> = (0..msgs.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..msgs.len() {
        for j in i + 1..msgs.len() {
            if minhash::similarity(&sigs[i], &sigs[j]) >= threshold {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<&MessageRecord>> = BTreeMap::new();
    for (i, m) in msgs.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(m);
    }
    let mut out: Vec<Vec<&MessageRecord>> = groups
        .into_values()
        .filter(|g| senders(g) >= min_senders)
        .collect();
    for g in &mut out {
        g.sort_by_key(|m| (m.when(), m.key.clone()));
    }
    out.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0].when()));
    out
}

/// The signature stored at intake, or one of subject and snippet for older records.
fn signature_of(m: &MessageRecord) -> Vec<u32> {
    if m.minhash.is_empty() {
        minhash::signature(&format!("{}\n{}", m.subject, m.snippet))
    } else {
        m.minhash.clone()
    }
}

fn senders(g: &[&MessageRecord]) -> usize {
    g.iter()
        .filter_map(|m| m.from.as_ref().map(|a| normalize_email(&a.email)))
        .collect::<BTreeSet<_>>()
        .len()
}

/// One campaign line: the most common subject and category (ties: the first by name).
pub fn summarise(g: &[&MessageRecord], replied: impl Fn(&MessageRecord) -> bool) -> Campaign {
    Campaign {
        subject: most_common(g.iter().map(|m| crate::mail::strip_subject(&m.subject))),
        category: most_common(g.iter().map(|m| m.category.clone())),
        messages: g.len(),
        senders: senders(g),
        first: g.first().map_or(0, |m| m.when()),
        last: g.iter().map(|m| m.when()).max().unwrap_or(0),
        replied: g.iter().filter(|m| replied(m)).count(),
        sample: g.first().map(|m| m.snippet.clone()).unwrap_or_default(),
    }
}

fn most_common(items: impl Iterator<Item = String>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let max = counts.values().copied().max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, c)| *c == max)
        .map(|(s, _)| s)
        .unwrap_or_default()
}
