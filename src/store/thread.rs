//! Threading as pure logic: the JWZ algorithm over a batch
//! (jwz.org/doc/threading.html, RFC 5256 REFERENCES) and the incremental plan the store
//! applies when one message arrives. No I/O here; the store persists the results.
//!
//! A thread is the connected set of messages linked by Message-ID, In-Reply-To and
//! References (what notmuch calls a thread). That is JWZ's root set except when two
//! messages' References contradict each other: JWZ keeps the first parent it saw and may
//! split, the incremental store merges. Merging is the safe side for a secretary, who
//! would rather see one thread too many messages than lose a reply.
//!
//! Subjects are never used to join threads. In a branch inbox "Re: Meeting", "Re: Motion"
//! or "Re: AGM" come from unrelated members about unrelated matters; fusing them would show
//! one member's mail in another's thread (a data-protection problem, and wrong for
//! `forget`/`export`). Every mail client we target sends In-Reply-To or References, so the
//! rare split thread is the cheaper error.

use std::collections::{BTreeSet, HashMap};

pub use crate::mail::subject::{has_reply_prefix, normalize_subject, strip_subject};

/// A Message-ID as the store keys it: trimmed, without angle brackets; `None` if empty.
pub fn clean_id(raw: &str) -> Option<String> {
    let t = raw.trim();
    let t = t.strip_prefix('<').unwrap_or(t);
    let t = t.strip_suffix('>').unwrap_or(t).trim();
    (!t.is_empty() && !t.contains(char::is_whitespace) && !t.contains('\0')).then(|| t.to_owned())
}

/// The ancestry a message claims, oldest first: References, then any In-Reply-To id not
/// already in them (so In-Reply-To is the parent when the two disagree). Its own id and
/// repeats are dropped, which also breaks self-reference cycles.
pub fn ancestry(
    message_id: Option<&str>,
    in_reply_to: &[String],
    references: &[String],
) -> Vec<String> {
    let own = message_id.and_then(clean_id);
    let mut out: Vec<String> = Vec::new();
    for id in references
        .iter()
        .chain(in_reply_to)
        .filter_map(|r| clean_id(r))
    {
        if Some(&id) != own.as_ref() && !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Every id that links a message to its thread: its ancestry and its own id.
pub fn links(
    message_id: Option<&str>,
    in_reply_to: &[String],
    references: &[String],
) -> Vec<String> {
    let mut out = ancestry(message_id, in_reply_to, references);
    out.extend(message_id.and_then(clean_id));
    out
}

/// What the store must do for a new message, given which of its [`links`] already belong
/// to a thread.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// The thread to join; `None` starts a new one.
    pub target: Option<u64>,
    /// Other threads the message connects: fold them into `target`.
    pub merge: Vec<u64>,
    /// Links not yet in any thread: index them under `target`.
    pub new_ids: Vec<String>,
}

/// Joins the oldest (lowest id) thread any link belongs to and merges the others into it;
/// `lookup` answers which thread an id is indexed under.
pub fn plan<E>(
    links: &[String],
    mut lookup: impl FnMut(&str) -> Result<Option<u64>, E>,
) -> Result<Plan, E> {
    let mut found = BTreeSet::new();
    let mut new_ids = Vec::new();
    for id in links {
        match lookup(id)? {
            Some(t) => {
                found.insert(t);
            }
            None => new_ids.push(id.clone()),
        }
    }
    let mut found = found.into_iter();
    Ok(Plan {
        target: found.next(),
        merge: found.collect(),
        new_ids,
    })
}

/// One message as the batch algorithm sees it; its position in the slice is its id.
#[derive(Debug, Clone, Copy, Default)]
pub struct ThreadInput<'a> {
    pub message_id: Option<&'a str>,
    pub in_reply_to: &'a [String],
    pub references: &'a [String],
    /// Normalised subject; carried for callers that sort or label, never used to join.
    pub subject: &'a str,
    pub date: Option<i64>,
}

/// The result of [`jwz`], indexed like its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Threading {
    /// Thread number per message, numbered in order of each thread's first input message.
    pub thread: Vec<usize>,
    /// The nearest ancestor that is a real message (not a missing, only referenced one).
    pub parent: Vec<Option<usize>>,
}

impl Threading {
    pub fn thread_count(&self) -> usize {
        self.thread.iter().max().map_or(0, |m| m + 1)
    }
}

/// JWZ steps 1–4 over a batch: containers per Message-ID, References chains linked
/// without creating loops, the message's own parent taken from its last ancestor, empty
/// containers kept only as links. Duplicate Message-IDs share a container (the same mail
/// stored twice, e.g. in two folders); the later copies hang under the first.
pub fn jwz(inputs: &[ThreadInput<'_>]) -> Threading {
    let mut table: HashMap<String, usize> = HashMap::new();
    let mut parent: Vec<Option<usize>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut container_of = Vec::with_capacity(inputs.len());

    let mut container =
        |id: Option<String>, parent: &mut Vec<Option<usize>>, members: &mut Vec<Vec<usize>>| {
            if let Some(c) = id.as_ref().and_then(|id| table.get(id)) {
                return *c;
            }
            parent.push(None);
            members.push(Vec::new());
            let c = parent.len() - 1;
            if let Some(id) = id {
                table.insert(id, c);
            }
            c
        };
    // Whether `a` is `b` or one of its ancestors.
    let above = |parent: &[Option<usize>], a: usize, b: usize| {
        let mut cur = Some(b);
        while let Some(x) = cur {
            if x == a {
                return true;
            }
            cur = parent[x];
        }
        false
    };

    for (i, m) in inputs.iter().enumerate() {
        let own = container(m.message_id.and_then(clean_id), &mut parent, &mut members);
        let duplicate = !members[own].is_empty();
        members[own].push(i);
        container_of.push(own);

        let mut prev: Option<usize> = None;
        for id in ancestry(m.message_id, m.in_reply_to, m.references) {
            let c = container(Some(id), &mut parent, &mut members);
            if let Some(p) = prev {
                if parent[c].is_none() && !above(&parent, c, p) {
                    parent[c] = Some(p);
                }
            }
            prev = Some(c);
        }
        match prev {
            Some(p) if !above(&parent, own, p) => parent[own] = Some(p),
            Some(_) => {}
            None if !duplicate => parent[own] = None,
            None => {}
        }
    }

    let root = |mut c: usize| {
        while let Some(p) = parent[c] {
            c = p;
        }
        c
    };
    let mut numbers: HashMap<usize, usize> = HashMap::new();
    let mut thread = Vec::with_capacity(inputs.len());
    let mut parents = Vec::with_capacity(inputs.len());
    for (i, &c) in container_of.iter().enumerate() {
        let next = numbers.len();
        thread.push(*numbers.entry(root(c)).or_insert(next));
        let first = members[c][0];
        let mut p = if first != i { Some(first) } else { None };
        let mut up = parent[c];
        while p.is_none() {
            let Some(x) = up else { break };
            p = members[x].first().copied();
            up = parent[x];
        }
        parents.push(p);
    }
    Threading {
        thread,
        parent: parents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    /// (message_id, in_reply_to, references) per message.
    type Spec<'a> = (Option<&'a str>, Vec<String>, Vec<String>);

    fn run(specs: &[Spec<'_>]) -> Threading {
        let inputs: Vec<ThreadInput<'_>> = specs
            .iter()
            .map(|(id, irt, refs)| ThreadInput {
                message_id: *id,
                in_reply_to: irt,
                references: refs,
                ..Default::default()
            })
            .collect();
        jwz(&inputs)
    }

    /// The store's incremental algorithm over an in-memory index, in the given order.
    fn incremental(specs: &[Spec<'_>], order: &[usize]) -> Vec<u64> {
        let mut index: HashMap<String, u64> = HashMap::new();
        let mut thread_of_msg: Vec<Option<u64>> = vec![None; specs.len()];
        let mut next = 0;
        for &i in order {
            let (id, irt, refs) = &specs[i];
            let l = links(*id, irt, refs);
            let p = plan::<()>(&l, |x| Ok(index.get(x).copied())).unwrap();
            let target = p.target.unwrap_or_else(|| {
                next += 1;
                next
            });
            for m in &p.merge {
                for t in index.values_mut().chain(thread_of_msg.iter_mut().flatten()) {
                    if t == m {
                        *t = target;
                    }
                }
            }
            for id in p.new_ids {
                index.insert(id, target);
            }
            thread_of_msg[i] = Some(target);
        }
        thread_of_msg.into_iter().map(Option::unwrap).collect()
    }

    /// Two assignments describe the same partition.
    fn same_partition<A: PartialEq + Copy, B: PartialEq + Copy>(a: &[A], b: &[B]) -> bool {
        (0..a.len()).all(|i| (0..a.len()).all(|j| (a[i] == a[j]) == (b[i] == b[j])))
    }

    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![vec![]];
        }
        let mut out = Vec::new();
        for p in permutations(n - 1) {
            for pos in 0..=p.len() {
                let mut q = p.clone();
                q.insert(pos, n - 1);
                out.push(q);
            }
        }
        out
    }

    #[test]
    fn ids_are_cleaned() {
        assert_eq!(clean_id(" <a@b> "), Some("a@b".into()));
        assert_eq!(clean_id("a@b"), Some("a@b".into()));
        assert_eq!(clean_id("<>"), None);
        assert_eq!(clean_id("a b@c"), None);
    }

    #[test]
    fn ancestry_puts_in_reply_to_last_and_drops_self() {
        let a = ancestry(Some("<m>"), &v(&["p"]), &v(&["<r>", "m", "r"]));
        assert_eq!(a, v(&["r", "p"]));
        assert_eq!(links(Some("m"), &[], &v(&["r"])), v(&["r", "m"]));
    }

    #[test]
    fn reply_joins_parent_in_either_order() {
        let parent: Spec = (Some("a"), vec![], vec![]);
        let child: Spec = (Some("b"), v(&["a"]), v(&["a"]));
        let t = run(&[parent.clone(), child.clone()]);
        assert_eq!(t.thread, vec![0, 0]);
        assert_eq!(t.parent, vec![None, Some(0)]);
        let t = run(&[child, parent]);
        assert_eq!(t.thread, vec![0, 0]);
        assert_eq!(t.parent, vec![Some(1), None]);
    }

    #[test]
    fn missing_middle_message_still_links() {
        // c references a -> b -> c, b never arrives.
        let t = run(&[
            (Some("a"), vec![], vec![]),
            (Some("c"), vec![], v(&["a", "b"])),
        ]);
        assert_eq!(t.thread, vec![0, 0]);
        assert_eq!(
            t.parent[1],
            Some(0),
            "nearest real ancestor skips the missing b"
        );
    }

    #[test]
    fn siblings_under_a_missing_root_share_a_thread() {
        let t = run(&[
            (Some("b"), vec![], v(&["root"])),
            (Some("c"), vec![], v(&["root"])),
        ]);
        assert_eq!(t.thread, vec![0, 0]);
        assert_eq!(t.parent, vec![None, None]);
    }

    #[test]
    fn references_only_and_in_reply_to_only() {
        let refs = run(&[(Some("a"), vec![], vec![]), (Some("b"), vec![], v(&["a"]))]);
        let irt = run(&[
            (Some("a"), vec![], vec![]),
            (Some("b"), v(&["<a>"]), vec![]),
        ]);
        assert_eq!(refs, irt);
        assert_eq!(irt.parent[1], Some(0));
    }

    #[test]
    fn unrelated_messages_and_ones_without_ids_stay_apart() {
        let t = run(&[
            (Some("a"), vec![], vec![]),
            (None, vec![], vec![]),
            (None, vec![], vec![]),
            (Some("d"), vec![], vec![]),
        ]);
        assert_eq!(t.thread, vec![0, 1, 2, 3]);
        assert_eq!(t.thread_count(), 4);
        let t = run(&[(Some("a"), vec![], vec![]), (None, v(&["a"]), vec![])]);
        assert_eq!(t.thread, vec![0, 0]);
    }

    #[test]
    fn duplicate_message_ids_share_a_thread() {
        let t = run(&[
            (Some("a"), vec![], vec![]),
            (Some("b"), vec![], v(&["a"])),
            (Some("b"), vec![], vec![]),
        ]);
        assert_eq!(t.thread, vec![0, 0, 0]);
        assert_eq!(t.parent, vec![None, Some(0), Some(1)]);
    }

    #[test]
    fn reference_cycles_terminate_in_one_thread() {
        let t = run(&[
            (Some("a"), vec![], v(&["b"])),
            (Some("b"), vec![], v(&["a"])),
            (Some("c"), vec![], v(&["c", "a", "c"])),
        ]);
        assert_eq!(t.thread, vec![0, 0, 0]);
        // No message is its own ancestor.
        for (i, p) in t.parent.iter().enumerate() {
            assert_ne!(*p, Some(i));
        }
    }

    #[test]
    fn later_message_overrides_presumed_parent() {
        // b first presumed child of x (from c's References), then b says its parent is a.
        let t = run(&[
            (Some("c"), vec![], v(&["x", "b"])),
            (Some("a"), vec![], vec![]),
            (Some("b"), v(&["a"]), v(&["a"])),
        ]);
        assert_eq!(t.thread, vec![0, 0, 0]);
        assert_eq!(t.parent, vec![Some(2), None, Some(1)]);
    }

    #[test]
    fn incremental_plan_matches_jwz_in_every_arrival_order() {
        // Two conversations, one with a missing middle message, plus a loner.
        let specs: Vec<Spec> = vec![
            (Some("a"), vec![], vec![]),
            (Some("b"), v(&["a"]), v(&["a"])),
            (Some("d"), v(&["c"]), v(&["a", "b", "c"])),
            (Some("x"), vec![], vec![]),
            (Some("y"), v(&["x"]), vec![]),
            (Some("z"), vec![], vec![]),
        ];
        let batch = run(&specs);
        assert_eq!(batch.thread_count(), 3);
        for order in permutations(specs.len()) {
            let inc = incremental(&specs, &order);
            assert!(
                same_partition(&batch.thread, &inc),
                "order {order:?}: {inc:?}"
            );
            let reordered: Vec<Spec> = order.iter().map(|&i| specs[i].clone()).collect();
            let b2 = run(&reordered);
            let back: Vec<usize> = (0..specs.len())
                .map(|i| b2.thread[order.iter().position(|&o| o == i).unwrap()])
                .collect();
            assert!(same_partition(&batch.thread, &back), "jwz order {order:?}");
        }
    }

    #[test]
    fn plan_joins_oldest_thread_and_merges_the_rest() {
        let index: HashMap<&str, u64> = [("a", 7), ("b", 3), ("c", 7)].into();
        let p = plan::<()>(&v(&["a", "b", "c", "n"]), |x| Ok(index.get(x).copied())).unwrap();
        assert_eq!(
            p,
            Plan {
                target: Some(3),
                merge: vec![7],
                new_ids: v(&["n"])
            }
        );
        assert_eq!(plan::<()>(&[], |_| Ok(None)).unwrap(), Plan::default());
    }
}
