//! Weights of `pallet_multisig` in Arete's runtime, measured by frame-benchmarking (CLI 64.0.0)
//! on 2026-12-01, replacing the pallet's default `SubstrateWeight`.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/runtime-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --runtime-pallets`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_multisig --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/runtime-weight-template.hbs --output runtime/src/weights/pallet_multisig.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// `pallet_multisig`'s weights with the runtime's own database costs (`DbWeight`).
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_multisig::WeightInfo for WeightInfo<T> {
	/// Component `z` ranges over `[0, 10000]`.
	fn as_multi_threshold_1(z: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 38_817_000 ps.
		Weight::from_parts(42_491_304, 0)
			// Standard error: 10
			.saturating_add(Weight::from_parts(6_856, 0).saturating_mul(z.into()))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	/// Component `z` ranges over `[0, 10000]`.
	fn as_multi_create(s: u32, z: u32, ) -> Weight {
		// Proof size, measured: `80`
		// Proof size, estimated: `6811`
		// Fastest run: 65_117_000 ps.
		Weight::from_parts(48_778_485, 6811)
			// Standard error: 9_075
			.saturating_add(Weight::from_parts(341_000, 0).saturating_mul(s.into()))
			// Standard error: 89
			.saturating_add(Weight::from_parts(6_536, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[3, 100]`.
	/// Component `z` ranges over `[0, 10000]`.
	fn as_multi_approve(s: u32, z: u32, ) -> Weight {
		// Proof size, measured: `286`
		// Proof size, estimated: `6811`
		// Fastest run: 48_863_000 ps.
		Weight::from_parts(30_584_465, 6811)
			// Standard error: 7_905
			.saturating_add(Weight::from_parts(286_955, 0).saturating_mul(s.into()))
			// Standard error: 76
			.saturating_add(Weight::from_parts(7_351, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	/// Component `z` ranges over `[0, 10000]`.
	fn as_multi_complete(s: u32, z: u32, ) -> Weight {
		// Proof size, measured: `392 + s * (33 ±0)`
		// Proof size, estimated: `6811`
		// Fastest run: 76_053_000 ps.
		Weight::from_parts(47_772_348, 6811)
			// Standard error: 31_545
			.saturating_add(Weight::from_parts(632_564, 0).saturating_mul(s.into()))
			// Standard error: 310
			.saturating_add(Weight::from_parts(6_839, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	fn approve_as_multi_create(s: u32, ) -> Weight {
		// Proof size, measured: `80`
		// Proof size, estimated: `6811`
		// Fastest run: 33_640_000 ps.
		Weight::from_parts(37_723_989, 6811)
			// Standard error: 1_369
			.saturating_add(Weight::from_parts(289_211, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	fn approve_as_multi_approve(s: u32, ) -> Weight {
		// Proof size, measured: `286`
		// Proof size, estimated: `6811`
		// Fastest run: 19_099_000 ps.
		Weight::from_parts(21_725_000, 6811)
			// Standard error: 1_803
			.saturating_add(Weight::from_parts(330_819, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	fn cancel_as_multi(s: u32, ) -> Weight {
		// Proof size, measured: `286`
		// Proof size, estimated: `6811`
		// Fastest run: 32_658_000 ps.
		Weight::from_parts(36_213_482, 6811)
			// Standard error: 1_816
			.saturating_add(Weight::from_parts(329_414, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[2, 100]`.
	fn poke_deposit(s: u32, ) -> Weight {
		// Proof size, measured: `286`
		// Proof size, estimated: `6811`
		// Fastest run: 31_127_000 ps.
		Weight::from_parts(36_768_426, 6811)
			// Standard error: 4_726
			.saturating_add(Weight::from_parts(349_123, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}
