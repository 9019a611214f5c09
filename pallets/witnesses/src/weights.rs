//! Weights of `pallet_witnesses`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-29.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 50, repeats 20,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_witnesses --extrinsic * --steps 50 --repeat 20 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/witnesses/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_witnesses`.
pub trait WeightInfo {
	fn register(d: u32, ) -> Weight;
	fn bond_extra(d: u32, ) -> Weight;
	fn prune_witness(d: u32, ) -> Weight;
	fn unbond(d: u32, ) -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn set_role_multiplier() -> Weight;
	fn open_request_named(p: u32, ) -> Weight;
	fn open_request_random(p: u32, ) -> Weight;
	fn cancel_request(p: u32, ) -> Weight;
	fn commit() -> Weight;
	fn reveal() -> Weight;
	fn finalize_request(n: u32, ) -> Weight;
	fn on_idle_scan() -> Weight;
	fn on_idle_finalize(n: u32, ) -> Weight;
	fn rotate_roster(c: u32, ) -> Weight;
	fn retire_roster() -> Weight;
	fn advance_draw(c: u32, s: u32, ) -> Weight;
	fn on_initialize_entropy() -> Weight;
	fn on_initialize_seed() -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14047 + d * (49 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 152_335_000 ps.
		Weight::from_parts(219_362_687, 13775)
			// Standard error: 982_987
			.saturating_add(Weight::from_parts(27_752_366, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14220 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 161_764_000 ps.
		Weight::from_parts(205_678_356, 13775)
			// Standard error: 1_114_582
			.saturating_add(Weight::from_parts(42_847_515, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 8]`.
	fn prune_witness(d: u32, ) -> Weight {
		// Proof size, measured: `13514 + d * (48 ±0)`
		// Proof size, estimated: `3628 + d * (14789 ±0)`
		// Fastest run: 86_903_000 ps.
		Weight::from_parts(126_334_937, 3628)
			// Standard error: 473_374
			.saturating_add(Weight::from_parts(13_399_892, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn unbond(d: u32, ) -> Weight {
		// Proof size, measured: `13326 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 67_897_000 ps.
		Weight::from_parts(106_509_984, 13775)
			// Standard error: 453_697
			.saturating_add(Weight::from_parts(21_110_042, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3712`
		// Fastest run: 74_260_000 ps.
		Weight::from_parts(118_933_000, 3712)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_964_000 ps.
		Weight::from_parts(16_441_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3712 + p * (2638 ±0)`
		// Fastest run: 139_000_000 ps.
		Weight::from_parts(177_945_578, 3712)
			// Standard error: 80_482
			.saturating_add(Weight::from_parts(7_921_703, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(p: u32, ) -> Weight {
		// Proof size, measured: `69937`
		// Proof size, estimated: `1351646`
		// Fastest run: 4_763_422_000 ps.
		Weight::from_parts(6_643_162_622, 1351646)
			// Standard error: 14_495_101
			.saturating_add(Weight::from_parts(29_275_973, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(521_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `647 + p * (76 ±0)`
		// Proof size, estimated: `3712 + p * (2539 ±0)`
		// Fastest run: 128_310_000 ps.
		Weight::from_parts(156_623_976, 3712)
			// Standard error: 176_325
			.saturating_add(Weight::from_parts(8_126_004, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof size, measured: `1579`
		// Proof size, estimated: `3643`
		// Fastest run: 66_295_000 ps.
		Weight::from_parts(110_968_000, 3643)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size, measured: `535`
		// Proof size, estimated: `3643`
		// Fastest run: 36_058_000 ps.
		Weight::from_parts(63_079_000, 3643)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `1977 + n * (314 ±0)`
		// Proof size, estimated: `41614 + n * (2642 ±9)`
		// Fastest run: 281_447_000 ps.
		Weight::from_parts(307_026_841, 41614)
			// Standard error: 1_412_123
			.saturating_add(Weight::from_parts(122_385_154, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(20_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:1 w:0)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `167`
		// Proof size, estimated: `3493`
		// Fastest run: 12_604_000 ps.
		Weight::from_parts(19_717_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2091 + n * (314 ±0)`
		// Proof size, estimated: `41614 + n * (2642 ±0)`
		// Fastest run: 200_046_000 ps.
		Weight::from_parts(270_668_782, 41614)
			// Standard error: 1_666_268
			.saturating_add(Weight::from_parts(110_007_819, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn rotate_roster(c: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 30_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn retire_roster() -> Weight {
		Weight::from_parts(60_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn advance_draw(c: u32, s: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 40_000)
			.saturating_add(Weight::from_parts(200_000, 50).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(5_000_000, 2_600).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn on_initialize_entropy() -> Weight {
		Weight::from_parts(10_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn on_initialize_seed() -> Weight {
		Weight::from_parts(12_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// Weights for tests and mocks, with the database costs the runtime also uses (RocksDB's,
/// more conservative than the ParityDB the node runs).
impl WeightInfo for () {
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14047 + d * (49 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 152_335_000 ps.
		Weight::from_parts(219_362_687, 13775)
			// Standard error: 982_987
			.saturating_add(Weight::from_parts(27_752_366, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14220 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 161_764_000 ps.
		Weight::from_parts(205_678_356, 13775)
			// Standard error: 1_114_582
			.saturating_add(Weight::from_parts(42_847_515, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 8]`.
	fn prune_witness(d: u32, ) -> Weight {
		// Proof size, measured: `13514 + d * (48 ±0)`
		// Proof size, estimated: `3628 + d * (14789 ±0)`
		// Fastest run: 86_903_000 ps.
		Weight::from_parts(126_334_937, 3628)
			// Standard error: 473_374
			.saturating_add(Weight::from_parts(13_399_892, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn unbond(d: u32, ) -> Weight {
		// Proof size, measured: `13326 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 67_897_000 ps.
		Weight::from_parts(106_509_984, 13775)
			// Standard error: 453_697
			.saturating_add(Weight::from_parts(21_110_042, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 14789).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3712`
		// Fastest run: 74_260_000 ps.
		Weight::from_parts(118_933_000, 3712)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_964_000 ps.
		Weight::from_parts(16_441_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3712 + p * (2638 ±0)`
		// Fastest run: 139_000_000 ps.
		Weight::from_parts(177_945_578, 3712)
			// Standard error: 80_482
			.saturating_add(Weight::from_parts(7_921_703, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(p: u32, ) -> Weight {
		// Proof size, measured: `69937`
		// Proof size, estimated: `1351646`
		// Fastest run: 4_763_422_000 ps.
		Weight::from_parts(6_643_162_622, 1351646)
			// Standard error: 14_495_101
			.saturating_add(Weight::from_parts(29_275_973, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(521_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `647 + p * (76 ±0)`
		// Proof size, estimated: `3712 + p * (2539 ±0)`
		// Fastest run: 128_310_000 ps.
		Weight::from_parts(156_623_976, 3712)
			// Standard error: 176_325
			.saturating_add(Weight::from_parts(8_126_004, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof size, measured: `1579`
		// Proof size, estimated: `3643`
		// Fastest run: 66_295_000 ps.
		Weight::from_parts(110_968_000, 3643)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size, measured: `535`
		// Proof size, estimated: `3643`
		// Fastest run: 36_058_000 ps.
		Weight::from_parts(63_079_000, 3643)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `1977 + n * (314 ±0)`
		// Proof size, estimated: `41614 + n * (2642 ±9)`
		// Fastest run: 281_447_000 ps.
		Weight::from_parts(307_026_841, 41614)
			// Standard error: 1_412_123
			.saturating_add(Weight::from_parts(122_385_154, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(20_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(20_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:1 w:0)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `167`
		// Proof size, estimated: `3493`
		// Fastest run: 12_604_000 ps.
		Weight::from_parts(19_717_000, 3493)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2091 + n * (314 ±0)`
		// Proof size, estimated: `41614 + n * (2642 ±0)`
		// Fastest run: 200_046_000 ps.
		Weight::from_parts(270_668_782, 41614)
			// Standard error: 1_666_268
			.saturating_add(Weight::from_parts(110_007_819, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(21_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn rotate_roster(c: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 30_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn retire_roster() -> Weight {
		Weight::from_parts(60_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn advance_draw(c: u32, s: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 40_000)
			.saturating_add(Weight::from_parts(200_000, 50).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(5_000_000, 2_600).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	fn on_initialize_entropy() -> Weight {
		Weight::from_parts(10_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn on_initialize_seed() -> Weight {
		Weight::from_parts(12_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
