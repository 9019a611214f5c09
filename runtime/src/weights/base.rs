//! TEMPORARY: polkadot-sdk's reference figures until `scripts/benchmark.sh --base` measures them.
pub use frame_support::weights::constants::{BlockExecutionWeight, ExtrinsicBaseWeight};
