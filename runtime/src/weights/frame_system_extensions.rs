//! Weights of `frame_system_extensions` in Arete's runtime, measured by frame-benchmarking (CLI 64.0.0)
//! on 2026-11-30, replacing the pallet's default `SubstrateWeight`.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 20, repeats 5,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/runtime-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --runtime-pallets`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet frame_system_extensions --extrinsic * --steps 20 --repeat 5 --heap-pages 4096 --template scripts/benchmarks/runtime-weight-template.hbs --output runtime/src/weights/frame_system_extensions.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// `frame_system_extensions`'s weights with the runtime's own database costs (`DbWeight`).
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> frame_system::ExtensionsWeightInfo for WeightInfo<T> {
	fn check_genesis() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 2_497_000 ps.
		Weight::from_parts(4_469_000, 0)
	}
	fn check_mortality_mortal_transaction() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 5_464_000 ps.
		Weight::from_parts(7_785_000, 0)
	}
	fn check_mortality_immortal_transaction() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 5_265_000 ps.
		Weight::from_parts(7_375_000, 0)
	}
	fn check_non_zero_sender() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 702_000 ps.
		Weight::from_parts(1_028_000, 0)
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn check_nonce() -> Weight {
		// Proof size, measured: `101`
		// Proof size, estimated: `3593`
		// Fastest run: 10_840_000 ps.
		Weight::from_parts(13_254_000, 3593)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn check_spec_version() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 556_000 ps.
		Weight::from_parts(829_000, 0)
	}
	fn check_tx_version() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 545_000 ps.
		Weight::from_parts(811_000, 0)
	}
	fn check_weight() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 6_123_000 ps.
		Weight::from_parts(7_897_000, 0)
	}
	fn weight_reclaim() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 3_608_000 ps.
		Weight::from_parts(5_317_000, 0)
	}
}
