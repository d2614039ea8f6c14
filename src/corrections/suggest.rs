//! `postbag rules suggest`: rules mined from the secretary's corrections.
