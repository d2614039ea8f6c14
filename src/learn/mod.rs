//! The learned layer of triage: a linear model over hashed words, word pairs, the subject,
//! the sender and telling headers, trained on the labelled corpus (`postbag train`) and
//! shipped inside the binary. It adds bounded, named evidence (`learned-<category>`) to
//! the rules' scores, so a rule can still decide and `--explain` shows which words pulled.
//!
//! # Layout
//! - [`features`]: what the model sees of a message (shared by training and triage).
//! - [`model`]: weights, file format, prediction, the features behind a prediction.
//! - [`train`]: fitting (L-BFGS) and out-of-fold predictions.

pub mod features;
pub mod model;
pub mod train;

pub use features::Features;
pub use model::{Model, Pull};

/// The shipped model, trained on `corpus/train` (see `corpus/README.md`).
static SHIPPED: &[u8] = include_bytes!("../../model/triage.model");

/// The model built into the binary, read once.
pub fn shipped() -> Option<&'static Model> {
    static MODEL: std::sync::OnceLock<Option<Model>> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| match Model::from_bytes(SHIPPED) {
            Ok(m) => Some(m),
            Err(e) => {
                tracing::error!("the built-in triage model is unusable: {e}");
                None
            }
        })
        .as_ref()
}

/// Hashed feature space of the shipped model.
pub const BITS: u32 = 18;
