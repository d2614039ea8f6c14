//! The shipped model (`model/triage.model`) against the corpus it was trained on, through
//! `postbag eval`: a model left behind by a change to the features, the rules' categories
//! or the corpus fits its own training mail badly, and this fails until the model is
//! trained again (`scripts/train-model.sh`). (How well it does on mail it never saw is
//! `corpus/dev`'s question: see the README, "Triage quality".)

use serde_json::Value;
use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

/// `postbag eval --json --labels LABELS [EXTRA] DIR`.
fn eval(labels: &Path, dir: &Path, extra: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postbag"))
        .args(["eval", "--json", "--labels"])
        .arg(labels)
        .args(extra)
        .arg(dir)
        .output()
        .unwrap()
}

/// The JSON report of an `eval` that must have succeeded.
fn report(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_shipped_model_fits_its_training_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let train = root.join("corpus/train");
    let all = std::fs::read_to_string(train.join("labels.tsv")).unwrap();
    // Every eighth message: enough to notice a stale model, quick in a debug build.
    let mut lines = all.lines();
    let mut sample: Vec<&str> = vec![lines.next().unwrap()];
    sample.extend(lines.step_by(8));
    let dir = tempfile::tempdir().unwrap();
    let labels = dir.path().join("sample.tsv");
    std::fs::write(&labels, sample.join("\n") + "\n").unwrap();
    let report = report(&eval(&labels, &train, &[]));
    let accuracy = report["accuracy"].as_f64().unwrap();
    let recall = report["safety_recall"].as_f64().unwrap();
    eprintln!(
        "{} training messages: accuracy {accuracy:.3}, safety recall {recall:.3}",
        report["messages"]
    );
    assert!(report["messages"].as_u64().unwrap() > 600);
    assert!(
        accuracy >= 0.95 && recall >= 0.98,
        "the shipped model fits its own training mail badly (accuracy {accuracy:.3}, safety \
         recall {recall:.3}): run `scripts/train-model.sh`"
    );
    assert_eq!(report["auto_to_must_not"], 0);
}

/// `eval --model FILE` measures that file instead of the built-in model: the shipped file
/// gives the built-in figures; a file that is no model is refused with its name.
#[test]
fn eval_measures_a_model_file_given_to_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev = root.join("corpus/dev");
    let labels = dev.join("labels.tsv");
    let eval = |extra: &[&OsStr]| eval(&labels, &dev, extra);
    let file = root.join("model/triage.model");
    let (a, b) = (
        report(&eval(&[])),
        report(&eval(&["--model".as_ref(), file.as_os_str()])),
    );
    assert_eq!(a["right"], b["right"]);
    assert_eq!(a["safety_found"], b["safety_found"]);
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("not-a-model.bin");
    std::fs::write(&bad, b"PBLB\x01\x00\x00\x00").unwrap();
    let refused = eval(&["--model".as_ref(), bad.as_os_str()]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("not-a-model.bin"), "{stderr}");
}

/// `train --background DIR --background-labels FILE` learns the background mail beside
/// DIR (so the model reads it as labelled) while the cross-validated figures stay about
/// DIR's messages alone.
#[test]
fn train_learns_background_mail_and_reports_on_its_own_corpus_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let train = root.join("corpus/train");
    let all = std::fs::read_to_string(train.join("labels.tsv")).unwrap();
    let mut lines = all.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.collect();
    let tmp = tempfile::tempdir().unwrap();
    // DIR: every 60th training message (about 100); background: 40 bulk messages from
    // elsewhere in the corpus, under a directory of their own with a subfolder, as the
    // SpamAssassin corpus is laid out.
    let dir = tmp.path().join("mine");
    let bg = tmp.path().join("bg");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(bg.join("folder")).unwrap();
    let mine: Vec<&str> = rows.iter().copied().step_by(60).collect();
    let background: Vec<&str> = rows
        .iter()
        .copied()
        .skip(1)
        .step_by(7)
        .filter(|r| r.split('\t').nth(1) == Some("bulk"))
        .take(40)
        .collect();
    for r in &mine {
        let f = r.split('\t').next().unwrap();
        std::fs::copy(train.join(f), dir.join(f)).unwrap();
    }
    let mut bg_rows = vec![header.to_string()];
    for r in &background {
        let f = r.split('\t').next().unwrap();
        std::fs::copy(train.join(f), bg.join("folder").join(f)).unwrap();
        bg_rows.push(format!("folder/{f}\tbulk\tyes"));
    }
    let labels = |name: &str, rows: &[String]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, rows.join("\n") + "\n").unwrap();
        p
    };
    let mine_rows: Vec<String> = std::iter::once(header)
        .chain(mine.iter().copied())
        .map(String::from)
        .collect();
    let mine_labels = labels("mine.tsv", &mine_rows);
    let bg_labels = labels("bg.tsv", &bg_rows);
    let model = tmp.path().join("m.model");
    let out = Command::new(env!("CARGO_BIN_EXE_postbag"))
        .arg("train")
        .arg(&dir)
        .arg("--labels")
        .arg(&mine_labels)
        .arg("--background")
        .arg(&bg)
        .arg("--background-labels")
        .arg(&bg_labels)
        .args(["--cv", "2", "--out"])
        .arg(&model)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stderr}");
    let n = mine.len();
    let total = n + background.len();
    assert!(
        stderr.contains(&format!("on {total} messages (figures on the {n} of")),
        "{stderr}"
    );
    assert!(stdout.contains(&format!("{n} messages: ")), "{stdout}");
    assert!(
        stderr.contains(&format!("trained on {total} messages")),
        "{stderr}"
    );
    // The model learned the background: it reads those messages as bulk.
    let report = report(&eval(
        &bg_labels,
        &bg,
        &["--model".as_ref(), model.as_os_str()],
    ));
    assert_eq!(report["messages"], background.len());
    assert!(report["accuracy"].as_f64().unwrap() >= 0.9, "{report}");
    // Background without its labels is refused by the parser, before any work.
    let refused = Command::new(env!("CARGO_BIN_EXE_postbag"))
        .arg("train")
        .arg(&dir)
        .arg("--labels")
        .arg(&mine_labels)
        .arg("--background")
        .arg(&bg)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
}
