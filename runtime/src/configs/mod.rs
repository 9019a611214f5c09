//! Pallet configurations, one file per pallet family.
//!
//! - [`system`]: frame-system, timestamp, utility, sudo.
//! - [`consensus`]: BABE, GRANDPA, authorship.
//! - [`monetary`]: balances (holds and freezes), transaction payment.

pub mod consensus;
pub mod monetary;
pub mod system;

pub use system::{RuntimeBlockLength, RuntimeBlockWeights};
