//! The pallet's logic, one `do_*` family per feature.

pub mod appeals;
pub mod attestation;
pub mod claims;
pub mod consensus;
pub mod draw;
pub mod finalization;
pub mod provider;
pub mod queries;
pub mod registry;
pub mod requests;
pub mod rewards;
pub mod rosters;
#[cfg(any(test, feature = "try-runtime"))]
pub mod try_state;
