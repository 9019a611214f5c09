//! The pallet's logic, one file per feature.

mod content;
mod nodes;
mod outcome;
mod queries;
mod storage;
mod tasks;
mod tickets;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod viewers;
