//! Shared helpers for integration tests: a real Dovecot per test and a fault-injecting proxy.
#![allow(dead_code)]

pub mod certs;
pub mod dovecot;
pub mod faultproxy;
pub mod messages;
pub mod scripted;
