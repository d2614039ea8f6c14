//! The control socket: while a daemon holds the store (sled allows one process), every
//! other postbag command on the store reaches it through a Unix domain socket in the data
//! directory, and the daemon runs the command on its own store handle, between the steps
//! of its sync, with the same output and exit code as without a daemon.
//!
//! - [`protocol`]: the versioned messages (length-delimited JSON frames); the commands on
//!   the store are already described by them (`cmd::on_store`).

pub mod protocol;
