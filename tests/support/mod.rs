//! Shared helpers for integration tests: real servers on loopback.
#![allow(dead_code)]

pub mod smtp;
