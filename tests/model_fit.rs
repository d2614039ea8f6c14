//! The shipped model (`model/triage.model`) against the corpus it was trained on, through
//! `postbag eval`: a model left behind by a change to the features, the rules' categories
//! or the corpus fits its own training mail badly, and this fails until `postbag train`
//! is run again. (How well it does on mail it never saw is `corpus/dev`'s question: see the
//! README, "Triage quality".)

use serde_json::Value;
use std::path::Path;
use std::process::Command;

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
    let out = Command::new(env!("CARGO_BIN_EXE_postbag"))
        .args(["eval", "--json", "--labels"])
        .arg(&labels)
        .arg(&train)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
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
         recall {recall:.3}): run `postbag train corpus/train --labels corpus/train/labels.tsv`"
    );
    assert_eq!(report["auto_to_must_not"], 0);
}

/// `eval --model FILE` measures that file instead of the built-in model: the shipped file
/// gives the built-in figures; a file that is no model is refused with its name.
#[test]
fn eval_measures_a_model_file_given_to_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev = root.join("corpus/dev");
    let eval = |extra: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_postbag"))
            .args(["eval", "--json", "--labels"])
            .arg(dev.join("labels.tsv"))
            .args(extra)
            .arg(&dev)
            .output()
            .unwrap()
    };
    let builtin = eval(&[]);
    let file = root.join("model/triage.model");
    let given = eval(&["--model".as_ref(), file.as_os_str()]);
    assert!(given.status.success());
    let (a, b): (Value, Value) = (
        serde_json::from_slice(&builtin.stdout).unwrap(),
        serde_json::from_slice(&given.stdout).unwrap(),
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
