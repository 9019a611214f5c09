//! Weights of `pallet_utility` in Arete's runtime, measured by frame-benchmarking (CLI 64.0.0)
//! on 2026-11-30, replacing the pallet's default `SubstrateWeight`.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 20, repeats 5,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/runtime-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --runtime-pallets`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_utility --extrinsic * --steps 20 --repeat 5 --heap-pages 4096 --template scripts/benchmarks/runtime-weight-template.hbs --output runtime/src/weights/pallet_utility.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// `pallet_utility`'s weights with the runtime's own database costs (`DbWeight`).
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_utility::WeightInfo for WeightInfo<T> {
	/// Component `c` ranges over `[0, 1000]`.
	fn batch(c: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 8_442_000 ps.
		Weight::from_parts(68_774_665, 0)
			// Standard error: 67_235
			.saturating_add(Weight::from_parts(7_609_892, 0).saturating_mul(c.into()))
	}
	fn as_derivative() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 7_247_000 ps.
		Weight::from_parts(18_236_000, 0)
	}
	/// Component `c` ranges over `[0, 1000]`.
	fn batch_all(c: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 14_832_000 ps.
		Weight::from_parts(88_870_237, 0)
			// Standard error: 31_229
			.saturating_add(Weight::from_parts(8_888_734, 0).saturating_mul(c.into()))
	}
	fn dispatch_as() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 10_726_000 ps.
		Weight::from_parts(24_923_000, 0)
	}
	/// Component `c` ranges over `[0, 1000]`.
	fn force_batch(c: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 11_728_000 ps.
		Weight::from_parts(93_995_524, 0)
			// Standard error: 21_631
			.saturating_add(Weight::from_parts(7_430_186, 0).saturating_mul(c.into()))
	}
	fn dispatch_as_fallible() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 11_635_000 ps.
		Weight::from_parts(21_286_000, 0)
	}
	fn if_else() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 16_167_000 ps.
		Weight::from_parts(26_041_000, 0)
	}
}
