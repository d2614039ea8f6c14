//! The learning curve of the secretary's corrections (issue 14): a labelled split streamed
//! in date order, a simulated secretary correcting every miss as it happens, accuracy per
//! 100 messages with and without learning, and safety recall. Prints figures; times
//! nothing. `cargo bench --bench learning_curve [-- DIR]` (default `corpus/dev`).
//!
//! A miss is a decision outside the message's accepted categories; her correction is the
//! main label. Corrections away from safety are counted but cannot help: the model never
//! lowers a safety score (recall first), so those misses stay.

use std::path::{Path, PathBuf};

use postbag::corrections::{self, Local};
use postbag::{eval, mail, rules, triage};

struct Message {
    date: i64,
    name: String,
    env: mail::Envelope,
    label: eval::Label,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    all: usize,
    safety: usize,
    safety_found: usize,
}

impl Tally {
    fn add(&mut self, right: bool, is_safety: bool, found_safety: bool) {
        self.all += 1;
        self.right += usize::from(right);
        if is_safety {
            self.safety += 1;
            self.safety_found += usize::from(found_safety);
        }
    }
    fn accuracy(&self) -> f64 {
        100.0 * self.right as f64 / self.all.max(1) as f64
    }
    fn recall(&self) -> f64 {
        100.0 * self.safety_found as f64 / self.safety.max(1) as f64
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir: PathBuf = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map_or_else(|| root.join("corpus/dev"), PathBuf::from);
    let labels_path = dir.join("labels.tsv");
    let text = std::fs::read_to_string(&labels_path).expect("labels.tsv");
    let labels = eval::parse_labels(&labels_path.display().to_string(), &text).expect("labels");
    let loaded = rules::load_dir(&root.join("rules")).unwrap();
    let rules = loaded.ruleset.expect("default rules load");
    let mut messages: Vec<Message> = labels
        .into_iter()
        .filter_map(|label| {
            let raw = std::fs::read(dir.join(&label.file)).ok()?;
            let env = mail::parse(&raw).ok()?;
            Some(Message {
                date: env.date.unwrap_or(0),
                name: label.file.clone(),
                env,
                label,
            })
        })
        .collect();
    messages.sort_by(|a, b| (a.date, &a.name).cmp(&(b.date, &b.name)));
    println!(
        "{}: {} messages in date order; a simulated secretary corrects every miss",
        dir.display(),
        messages.len()
    );
    println!(
        "{:>9}  {:>10}  {:>10}  {:>11}  {:>13}  {:>13}",
        "messages", "without %", "with %", "corrections", "safety w/o %", "safety with %"
    );
    let mut local = Local::default();
    let (mut block_a, mut block_b) = (Tally::default(), Tally::default());
    let (mut half_a, mut half_b) = ([Tally::default(); 2], [Tally::default(); 2]);
    let (mut all_a, mut all_b) = (Tally::default(), Tally::default());
    let (mut corrections_made, mut away_from_safety) = (0, 0);
    // Messages learning got right that the rules and shipped model missed, and the reverse.
    let (mut fixed, mut broke) = (0, 0);
    let mut recall_dropped = false;
    // Second-half misses no correction may undo: decided safety, labelled otherwise.
    let mut stuck_on_safety = 0;
    // The messages she corrected away from safety so far, and for each second-half message
    // stuck on safety its greatest similarity to one of them: how many any learning from
    // those corrections (were it allowed to lower safety) could even reach.
    let mut unflagged = corrections::local::Local::default();
    let mut stuck_nearest: Vec<f32> = Vec::new();
    let half = messages.len() / 2;
    for (n, m) in messages.iter().enumerate() {
        let accepted = |c: &str| m.label.categories.iter().any(|l| l == c);
        let is_safety = m.label.main() == "safety";
        let plain = triage::classify(&rules, &m.env).0;
        let (learned, _) = corrections::classify_with(&local, &rules, &m.env);
        let h = usize::from(n >= half);
        for (t, d) in [
            (&mut block_a, &plain),
            (&mut half_a[h], &plain),
            (&mut all_a, &plain),
        ] {
            t.add(accepted(&d.category), is_safety, d.category == "safety");
        }
        for (t, d) in [
            (&mut block_b, &learned),
            (&mut half_b[h], &learned),
            (&mut all_b, &learned),
        ] {
            t.add(accepted(&d.category), is_safety, d.category == "safety");
        }
        match (accepted(&plain.category), accepted(&learned.category)) {
            (false, true) => fixed += 1,
            (true, false) => broke += 1,
            _ => {}
        }
        let features = corrections::local::features(&m.env);
        if h == 1 && plain.category == "safety" && !accepted("safety") {
            stuck_on_safety += 1;
            stuck_nearest.push(unflagged.nearest(&features));
        }
        if !accepted(&learned.category) {
            corrections_made += 1;
            away_from_safety += usize::from(learned.category == "safety");
            local.add(m.label.main(), &features.entries);
            if learned.category == "safety" {
                unflagged.add(m.label.main(), &features.entries);
            }
        }
        if all_b.recall() < all_a.recall() {
            recall_dropped = true;
        }
        if (n + 1) % 100 == 0 || n + 1 == messages.len() {
            println!(
                "{:>9}  {:>10.1}  {:>10.1}  {:>11}  {:>13.1}  {:>13.1}",
                n + 1,
                block_a.accuracy(),
                block_b.accuracy(),
                corrections_made,
                block_a.recall(),
                block_b.recall()
            );
            block_a = Tally::default();
            block_b = Tally::default();
        }
    }
    println!();
    for (h, name) in ["first half", "second half"].iter().enumerate() {
        println!(
            "{name:<12} without {:.1}%  with {:.1}%  ({:+.1} points); safety recall {:.1}% -> {:.1}%",
            half_a[h].accuracy(),
            half_b[h].accuracy(),
            half_b[h].accuracy() - half_a[h].accuracy(),
            half_a[h].recall(),
            half_b[h].recall()
        );
    }
    println!(
        "all          without {:.1}%  with {:.1}%; safety recall {:.1}% -> {:.1}%",
        all_a.accuracy(),
        all_b.accuracy(),
        all_a.recall(),
        all_b.recall()
    );
    println!(
        "corrections: {corrections_made} ({away_from_safety} away from safety, which the model may not undo); \
         learning put right {fixed} message(s) the rules and shipped model missed, and got {broke} wrong they had right"
    );
    let second = half_a[1];
    println!(
        "second half: {} misses without learning, {} of them decided safety on mail labelled otherwise \
         (recall first: no correction may undo them); the most learning could reach is {:.1}% ({:+.1} points)",
        second.all - second.right,
        stuck_on_safety,
        100.0 * (second.all - stuck_on_safety) as f64 / second.all.max(1) as f64,
        100.0 * (second.all - stuck_on_safety) as f64 / second.all.max(1) as f64 - second.accuracy()
    );
    let near = |t: f32| stuck_nearest.iter().filter(|&&s| s >= t).count();
    println!(
        "of those {stuck_on_safety}, alike (similarity >= {:.2}, what the corrections count as similar) to a message \
         she corrected away from safety earlier: {}; >= 0.20: {}; >= 0.30: {}",
        corrections::local::SIMILAR,
        near(corrections::local::SIMILAR),
        near(0.20),
        near(0.30)
    );
    let gain = half_b[1].accuracy() - half_a[1].accuracy();
    println!(
        "second half rises by >= 5 points: {}; safety recall ever lower with learning: {}",
        if gain >= 5.0 { "yes" } else { "no" },
        if recall_dropped { "yes" } else { "no" }
    );
}
