//! Weights of `frame_system` in Arete's runtime, measured by frame-benchmarking (CLI 64.0.0)
//! on 2026-11-30, replacing the pallet's default `SubstrateWeight`.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 20, repeats 5,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/runtime-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --runtime-pallets`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet frame_system --extrinsic * --steps 20 --repeat 5 --heap-pages 4096 --template scripts/benchmarks/runtime-weight-template.hbs --output runtime/src/weights/frame_system.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// `frame_system`'s weights with the runtime's own database costs (`DbWeight`).
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> frame_system::WeightInfo for WeightInfo<T> {
	/// Component `b` ranges over `[0, 3932160]`.
	fn remark(b: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 4_254_000 ps.
		Weight::from_parts(70_949_853, 0)
			// Standard error: 8
			.saturating_add(Weight::from_parts(622, 0).saturating_mul(b.into()))
	}
	/// Component `b` ranges over `[0, 3932160]`.
	fn remark_with_event(b: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 10_046_000 ps.
		Weight::from_parts(121_664_769, 0)
			// Standard error: 19
			.saturating_add(Weight::from_parts(2_167, 0).saturating_mul(b.into()))
	}
	/// Storage: UNKNOWN KEY `0x3a686561707061676573` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x3a686561707061676573` (r:0 w:1)
	fn set_heap_pages() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 7_051_000 ps.
		Weight::from_parts(14_370_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: UNKNOWN KEY `0x3a636f6465` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x3a636f6465` (r:0 w:1)
	fn set_code() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 146_376_608_000 ps.
		Weight::from_parts(179_205_856_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Component `i` ranges over `[0, 1000]`.
	fn set_storage(i: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 4_188_000 ps.
		Weight::from_parts(6_107_000, 0)
			// Standard error: 5_273
			.saturating_add(Weight::from_parts(1_579_744, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Component `i` ranges over `[0, 1000]`.
	fn kill_storage(i: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 4_408_000 ps.
		Weight::from_parts(2_138_366, 0)
			// Standard error: 10_933
			.saturating_add(Weight::from_parts(1_010_025, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
	}
	/// Storage: `Skipped::Metadata` (r:0 w:0)
	/// Proof: `Skipped::Metadata` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Component `p` ranges over `[0, 1000]`.
	fn kill_prefix(p: u32, ) -> Weight {
		// Proof size, measured: `40 + p * (69 ±0)`
		// Proof size, estimated: `66 + p * (70 ±0)`
		// Fastest run: 13_608_000 ps.
		Weight::from_parts(19_051_000, 66)
			// Standard error: 7_058
			.saturating_add(Weight::from_parts(2_957_173, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 70).saturating_mul(p.into()))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:0 w:1)
	/// Proof: `System::AuthorizedUpgrade` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn authorize_upgrade() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 39_601_000 ps.
		Weight::from_parts(52_024_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:1 w:1)
	/// Proof: `System::AuthorizedUpgrade` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x3a636f6465` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x3a636f6465` (r:0 w:1)
	fn apply_authorized_upgrade() -> Weight {
		// Proof size, measured: `22`
		// Proof size, estimated: `1518`
		// Fastest run: 148_849_269_000 ps.
		Weight::from_parts(171_204_968_000, 1518)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}
