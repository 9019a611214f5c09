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
	/// Applying a signed extrinsic apart from its call and its transaction extensions:
	/// decoding and the signature check. Measured as a signed `System::remark` of no bytes
	/// (174595 ns) less the execution weights its extensions are charged on their own
	/// (157221 ns, `frame_system_extensions.rs` and `pallet_transaction_payment.rs`), so
	/// that nothing is charged twice. Measured separately, the extensions add up to more than
	/// their share of the whole, so the remainder is small; a signed remark is still charged at
	/// least its measured cost.
	pub const ExtrinsicBaseWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(17374), 0);
}
