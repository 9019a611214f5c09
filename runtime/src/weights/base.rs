//! The base weights of a block and of an extrinsic, measured by `arete-node benchmark overhead`
//! on 2026-11-30 on `vm` (Intel(R) Xeon(R) Processor).
//!
//! Written by `scripts/benchmark.sh --base` from the CLI's output through
//! `scripts/benchmarks/base-weight-template.rs`; do not edit by hand.

use frame_support::{
	parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_NANOS, Weight},
};

parameter_types! {
	/// Executing an empty block: its hooks and inherents.
	pub const BlockExecutionWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(980970), 0);
	/// Applying a signed extrinsic that does nothing (`System::remark` of no bytes): decoding,
	/// the signature check, the transaction extensions and the fee payment.
	pub const ExtrinsicBaseWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(174595), 0);
}
