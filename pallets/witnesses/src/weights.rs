//! Weights of `pallet_witnesses`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-21.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 50, repeats 20,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /tmp/arete-node-bench benchmark pallet --runtime /tmp/arete-bench.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_witnesses --extrinsic * --steps 50 --repeat 20 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/witnesses/src/weights.rs 
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
	fn unbond(d: u32, ) -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn prune_witness(d: u32, ) -> Weight;
	fn set_role_multiplier() -> Weight;
	fn open_request_named(p: u32, ) -> Weight;
	fn open_request_random(p: u32, ) -> Weight;
	fn cancel_request(p: u32, ) -> Weight;
	fn commit() -> Weight;
	fn reveal() -> Weight;
	fn finalize_request(n: u32, ) -> Weight;
	fn on_idle_scan() -> Weight;
	fn on_idle_finalize(n: u32, ) -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `9919 + d * (49 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 103_254_000 ps.
		Weight::from_parts(149_921_520, 9679)
			// Standard error: 428_523
			.saturating_add(Weight::from_parts(10_089_366, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `10092 + d * (58 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 120_088_000 ps.
		Weight::from_parts(144_485_973, 9679)
			// Standard error: 346_272
			.saturating_add(Weight::from_parts(13_260_084, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn unbond(d: u32, ) -> Weight {
		// Proof size, measured: `9230 + d * (58 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 52_488_000 ps.
		Weight::from_parts(80_222_215, 9679)
			// Standard error: 314_131
			.saturating_add(Weight::from_parts(11_917_564, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3628`
		// Fastest run: 52_709_000 ps.
		Weight::from_parts(58_416_000, 3628)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 6_830_000 ps.
		Weight::from_parts(12_018_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3991 + p * (2638 ±0)`
		// Fastest run: 105_857_000 ps.
		Weight::from_parts(130_358_566, 3991)
			// Standard error: 89_285
			.saturating_add(Weight::from_parts(6_636_924, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(p: u32, ) -> Weight {
		// Proof size, measured: `61745`
		// Proof size, estimated: `1351646`
		// Fastest run: 3_482_510_000 ps.
		Weight::from_parts(4_979_740_885, 1351646)
			.saturating_add(T::DbWeight::get().reads(522_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `655 + p * (76 ±0)`
		// Proof size, estimated: `3991 + p * (2539 ±0)`
		// Fastest run: 95_902_000 ps.
		Weight::from_parts(113_990_081, 3991)
			// Standard error: 60_825
			.saturating_add(Weight::from_parts(2_698_838, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
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
		// Fastest run: 47_771_000 ps.
		Weight::from_parts(87_640_000, 3643)
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
		// Fastest run: 23_515_000 ps.
		Weight::from_parts(41_021_000, 3643)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `1040 + n * (347 ±0)`
		// Proof size, estimated: `11683 + n * (2642 ±8)`
		// Fastest run: 110_824_000 ps.
		Weight::from_parts(60_463_943, 11683)
			// Standard error: 502_671
			.saturating_add(Weight::from_parts(96_969_073, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `69`
		// Proof size, estimated: `3991`
		// Fastest run: 6_960_000 ps.
		Weight::from_parts(10_045_000, 3991)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `1039 + n * (347 ±0)`
		// Proof size, estimated: `11683 + n * (2642 ±8)`
		// Fastest run: 104_355_000 ps.
		Weight::from_parts(121_412_846, 11683)
			// Standard error: 698_021
			.saturating_add(Weight::from_parts(78_697_621, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn prune_witness(d: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 12_000)
			.saturating_add(Weight::from_parts(15_000_000, 12_000).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
	}
}

/// Weights for tests and mocks, with the database costs the runtime also uses (RocksDB's,
/// more conservative than the ParityDB the node runs).
impl WeightInfo for () {
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `9919 + d * (49 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 103_254_000 ps.
		Weight::from_parts(149_921_520, 9679)
			// Standard error: 428_523
			.saturating_add(Weight::from_parts(10_089_366, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `10092 + d * (58 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 120_088_000 ps.
		Weight::from_parts(144_485_973, 9679)
			// Standard error: 346_272
			.saturating_add(Weight::from_parts(13_260_084, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn unbond(d: u32, ) -> Weight {
		// Proof size, measured: `9230 + d * (58 ±0)`
		// Proof size, estimated: `9679 + d * (10693 ±0)`
		// Fastest run: 52_488_000 ps.
		Weight::from_parts(80_222_215, 9679)
			// Standard error: 314_131
			.saturating_add(Weight::from_parts(11_917_564, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10693).saturating_mul(d.into()))
	}
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3628`
		// Fastest run: 52_709_000 ps.
		Weight::from_parts(58_416_000, 3628)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 6_830_000 ps.
		Weight::from_parts(12_018_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3991 + p * (2638 ±0)`
		// Fastest run: 105_857_000 ps.
		Weight::from_parts(130_358_566, 3991)
			// Standard error: 89_285
			.saturating_add(Weight::from_parts(6_636_924, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(p: u32, ) -> Weight {
		// Proof size, measured: `61745`
		// Proof size, estimated: `1351646`
		// Fastest run: 3_482_510_000 ps.
		Weight::from_parts(4_979_740_885, 1351646)
			.saturating_add(RocksDbWeight::get().reads(522_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:16 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `655 + p * (76 ±0)`
		// Proof size, estimated: `3991 + p * (2539 ±0)`
		// Fastest run: 95_902_000 ps.
		Weight::from_parts(113_990_081, 3991)
			// Standard error: 60_825
			.saturating_add(Weight::from_parts(2_698_838, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
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
		// Fastest run: 47_771_000 ps.
		Weight::from_parts(87_640_000, 3643)
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
		// Fastest run: 23_515_000 ps.
		Weight::from_parts(41_021_000, 3643)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `1040 + n * (347 ±0)`
		// Proof size, estimated: `11683 + n * (2642 ±8)`
		// Fastest run: 110_824_000 ps.
		Weight::from_parts(60_463_943, 11683)
			// Standard error: 502_671
			.saturating_add(Weight::from_parts(96_969_073, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `69`
		// Proof size, estimated: `3991`
		// Fastest run: 6_960_000 ps.
		Weight::from_parts(10_045_000, 3991)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(8218), added: 10693, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `1039 + n * (347 ±0)`
		// Proof size, estimated: `11683 + n * (2642 ±8)`
		// Fastest run: 104_355_000 ps.
		Weight::from_parts(121_412_846, 11683)
			// Standard error: 698_021
			.saturating_add(Weight::from_parts(78_697_621, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn prune_witness(d: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 12_000)
			.saturating_add(Weight::from_parts(15_000_000, 12_000).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
	}
}
