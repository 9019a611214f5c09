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
	fn open_request_claim() -> Weight;
	fn dispute() -> Weight;
	fn advance_undisputed() -> Weight;
	fn settle_dispute(c: u32, ) -> Weight;
	fn appeal() -> Weight;
	fn advance_tally(c: u32, ) -> Weight;
	fn settle_past_rounds(r: u32, ) -> Weight;
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14047 + d * (49 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 149_059_000 ps.
		Weight::from_parts(263_301_174, 13775)
			// Standard error: 970_608
			.saturating_add(Weight::from_parts(47_660_895, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14220 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 164_849_000 ps.
		Weight::from_parts(267_691_064, 13775)
			// Standard error: 631_489
			.saturating_add(Weight::from_parts(46_363_231, 0).saturating_mul(d.into()))
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
		// Fastest run: 112_431_000 ps.
		Weight::from_parts(157_004_908, 3628)
			// Standard error: 434_812
			.saturating_add(Weight::from_parts(20_677_279, 0).saturating_mul(d.into()))
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
		// Fastest run: 82_655_000 ps.
		Weight::from_parts(150_814_329, 13775)
			// Standard error: 555_698
			.saturating_add(Weight::from_parts(17_650_883, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3766`
		// Fastest run: 75_611_000 ps.
		Weight::from_parts(129_914_000, 3766)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_022_000 ps.
		Weight::from_parts(21_551_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3766 + p * (2638 ±0)`
		// Fastest run: 141_005_000 ps.
		Weight::from_parts(175_540_746, 3766)
			// Standard error: 199_452
			.saturating_add(Weight::from_parts(11_671_911, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(_p: u32, ) -> Weight {
		// Proof size, measured: `26141`
		// Proof size, estimated: `28095`
		// Fastest run: 283_421_000 ps.
		Weight::from_parts(463_663_035, 28095)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `1028 + p * (148 ±0)`
		// Proof size, estimated: `5538 + p * (2664 ±0)`
		// Fastest run: 133_249_000 ps.
		Weight::from_parts(190_702_110, 5538)
			// Standard error: 1_080_600
			.saturating_add(Weight::from_parts(101_909_120, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof size, measured: `1593`
		// Proof size, estimated: `4173`
		// Fastest run: 73_047_000 ps.
		Weight::from_parts(172_464_000, 4173)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size, measured: `549`
		// Proof size, estimated: `4173`
		// Fastest run: 36_459_000 ps.
		Weight::from_parts(65_132_000, 4173)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `2168 + n * (318 ±0)`
		// Proof size, estimated: `44221 + n * (2642 ±0)`
		// Fastest run: 273_563_000 ps.
		Weight::from_parts(329_330_486, 44221)
			// Standard error: 1_736_184
			.saturating_add(Weight::from_parts(124_730_216, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(22_u64))
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
		// Fastest run: 12_092_000 ps.
		Weight::from_parts(19_797_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2184 + n * (318 ±0)`
		// Proof size, estimated: `44221 + n * (2642 ±8)`
		// Fastest run: 288_771_000 ps.
		Weight::from_parts(293_571_156, 44221)
			// Standard error: 1_212_057
			.saturating_add(Weight::from_parts(134_540_249, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:1)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:0)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 512]`.
	fn rotate_roster(c: u32, ) -> Weight {
		// Proof size, measured: `301 + c * (133 ±0)`
		// Proof size, estimated: `15779 + c * (2638 ±0)`
		// Fastest run: 55_985_000 ps.
		Weight::from_parts(57_828_000, 15779)
			// Standard error: 125_713
			.saturating_add(Weight::from_parts(13_162_648, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:1)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:2 w:0)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	fn retire_roster() -> Weight {
		// Proof size, measured: `1885`
		// Proof size, estimated: `6020`
		// Fastest run: 164_058_000 ps.
		Weight::from_parts(219_592_000, 6020)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawSeeds` (r:1 w:1)
	/// Proof: `Witnesses::DrawSeeds` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:15)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 512]`.
	/// Component `s` ranges over `[1, 16]`.
	fn advance_draw(c: u32, s: u32, ) -> Weight {
		// Proof size, measured: `1287 + c * (48 ±0)`
		// Proof size, estimated: `28095`
		// Fastest run: 127_479_000 ps.
		Weight::from_parts(213_229_963, 28095)
			// Standard error: 12_039
			.saturating_add(Weight::from_parts(208_468, 0).saturating_mul(c.into()))
			// Standard error: 394_725
			.saturating_add(Weight::from_parts(3_823_422, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Entropy` (r:1 w:1)
	/// Proof: `Witnesses::Entropy` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:0)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn on_initialize_entropy() -> Weight {
		// Proof size, measured: `178`
		// Proof size, estimated: `3481`
		// Fastest run: 15_229_000 ps.
		Weight::from_parts(23_975_000, 3481)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Entropy` (r:1 w:1)
	/// Proof: `Witnesses::Entropy` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:0)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawSeeds` (r:0 w:1)
	/// Proof: `Witnesses::DrawSeeds` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn on_initialize_seed() -> Weight {
		// Proof size, measured: `218`
		// Proof size, estimated: `3481`
		// Fastest run: 20_148_000 ps.
		Weight::from_parts(36_789_000, 3481)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn open_request_claim() -> Weight {
		// Proof size, measured: `26575`
		// Proof size, estimated: `28095`
		// Fastest run: 336_872_000 ps.
		Weight::from_parts(554_740_000, 28095)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size, measured: `1281`
		// Proof size, estimated: `4173`
		// Fastest run: 122_449_000 ps.
		Weight::from_parts(213_100_000, 4173)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn advance_undisputed() -> Weight {
		// Proof size, measured: `1298`
		// Proof size, estimated: `4173`
		// Fastest run: 187_311_000 ps.
		Weight::from_parts(322_425_000, 4173)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn settle_dispute(c: u32, ) -> Weight {
		// Proof size, measured: `530 + c * (87 ±0)`
		// Proof size, estimated: `6542 + c * (2603 ±0)`
		// Fastest run: 175_680_000 ps.
		Weight::from_parts(61_696_169, 6542)
			// Standard error: 548_627
			.saturating_add(Weight::from_parts(111_592_262, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(c.into()))
	}
	// Not measured yet: placeholders until `scripts/benchmark.sh` regenerates this file.
	fn appeal() -> Weight {
		Weight::from_parts(1_000_000_000, 40_000)
			.saturating_add(T::DbWeight::get().reads(70_u64))
			.saturating_add(T::DbWeight::get().writes(140_u64))
	}
	fn advance_tally(c: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 6_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 400).saturating_mul(c.into()))
	}
	fn settle_past_rounds(r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(2_500_000_000, 45_000).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads((50_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes((50_u64).saturating_mul(r.into())))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14047 + d * (49 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 149_059_000 ps.
		Weight::from_parts(263_301_174, 13775)
			// Standard error: 970_608
			.saturating_add(Weight::from_parts(47_660_895, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14220 + d * (58 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 164_849_000 ps.
		Weight::from_parts(267_691_064, 13775)
			// Standard error: 631_489
			.saturating_add(Weight::from_parts(46_363_231, 0).saturating_mul(d.into()))
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
		// Fastest run: 112_431_000 ps.
		Weight::from_parts(157_004_908, 3628)
			// Standard error: 434_812
			.saturating_add(Weight::from_parts(20_677_279, 0).saturating_mul(d.into()))
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
		// Fastest run: 82_655_000 ps.
		Weight::from_parts(150_814_329, 13775)
			// Standard error: 555_698
			.saturating_add(Weight::from_parts(17_650_883, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3766`
		// Fastest run: 75_611_000 ps.
		Weight::from_parts(129_914_000, 3766)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_022_000 ps.
		Weight::from_parts(21_551_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn open_request_named(p: u32, ) -> Weight {
		// Proof size, measured: `218 + p * (108 ±0)`
		// Proof size, estimated: `3766 + p * (2638 ±0)`
		// Fastest run: 141_005_000 ps.
		Weight::from_parts(175_540_746, 3766)
			// Standard error: 199_452
			.saturating_add(Weight::from_parts(11_671_911, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 16]`.
	fn open_request_random(_p: u32, ) -> Weight {
		// Proof size, measured: `26141`
		// Proof size, estimated: `28095`
		// Fastest run: 283_421_000 ps.
		Weight::from_parts(463_663_035, 28095)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `1028 + p * (148 ±0)`
		// Proof size, estimated: `5538 + p * (2664 ±0)`
		// Fastest run: 133_249_000 ps.
		Weight::from_parts(190_702_110, 5538)
			// Standard error: 1_080_600
			.saturating_add(Weight::from_parts(101_909_120, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(p.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof size, measured: `1593`
		// Proof size, estimated: `4173`
		// Fastest run: 73_047_000 ps.
		Weight::from_parts(172_464_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:1 w:1)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size, measured: `549`
		// Proof size, estimated: `4173`
		// Fastest run: 36_459_000 ps.
		Weight::from_parts(65_132_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `2168 + n * (318 ±0)`
		// Proof size, estimated: `44221 + n * (2642 ±0)`
		// Fastest run: 273_563_000 ps.
		Weight::from_parts(329_330_486, 44221)
			// Standard error: 1_736_184
			.saturating_add(Weight::from_parts(124_730_216, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(22_u64))
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
		// Fastest run: 12_092_000 ps.
		Weight::from_parts(19_797_000, 3493)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2184 + n * (318 ±0)`
		// Proof size, estimated: `44221 + n * (2642 ±8)`
		// Fastest run: 288_771_000 ps.
		Weight::from_parts(293_571_156, 44221)
			// Standard error: 1_212_057
			.saturating_add(Weight::from_parts(134_540_249, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(25_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(21_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:1)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:0)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:0)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:512 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RoleMultipliers` (r:1 w:0)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 512]`.
	fn rotate_roster(c: u32, ) -> Weight {
		// Proof size, measured: `301 + c * (133 ±0)`
		// Proof size, estimated: `15779 + c * (2638 ±0)`
		// Fastest run: 55_985_000 ps.
		Weight::from_parts(57_828_000, 15779)
			// Standard error: 125_713
			.saturating_add(Weight::from_parts(13_162_648, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:1)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:2 w:0)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	fn retire_roster() -> Weight {
		// Proof size, measured: `1885`
		// Proof size, estimated: `6020`
		// Fastest run: 164_058_000 ps.
		Weight::from_parts(219_592_000, 6020)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawSeeds` (r:1 w:1)
	/// Proof: `Witnesses::DrawSeeds` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:15)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 512]`.
	/// Component `s` ranges over `[1, 16]`.
	fn advance_draw(c: u32, s: u32, ) -> Weight {
		// Proof size, measured: `1287 + c * (48 ±0)`
		// Proof size, estimated: `28095`
		// Fastest run: 127_479_000 ps.
		Weight::from_parts(213_229_963, 28095)
			// Standard error: 12_039
			.saturating_add(Weight::from_parts(208_468, 0).saturating_mul(c.into()))
			// Standard error: 394_725
			.saturating_add(Weight::from_parts(3_823_422, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Entropy` (r:1 w:1)
	/// Proof: `Witnesses::Entropy` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:0)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn on_initialize_entropy() -> Weight {
		// Proof size, measured: `178`
		// Proof size, estimated: `3481`
		// Fastest run: 15_229_000 ps.
		Weight::from_parts(23_975_000, 3481)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Entropy` (r:1 w:1)
	/// Proof: `Witnesses::Entropy` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:0)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawSeeds` (r:0 w:1)
	/// Proof: `Witnesses::DrawSeeds` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn on_initialize_seed() -> Weight {
		// Proof size, measured: `218`
		// Proof size, estimated: `3481`
		// Fastest run: 20_148_000 ps.
		Weight::from_parts(36_789_000, 3481)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn open_request_claim() -> Weight {
		// Proof size, measured: `26575`
		// Proof size, estimated: `28095`
		// Fastest run: 336_872_000 ps.
		Weight::from_parts(554_740_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size, measured: `1281`
		// Proof size, estimated: `4173`
		// Fastest run: 122_449_000 ps.
		Weight::from_parts(213_100_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn advance_undisputed() -> Weight {
		// Proof size, measured: `1298`
		// Proof size, estimated: `4173`
		// Fastest run: 187_311_000 ps.
		Weight::from_parts(322_425_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn settle_dispute(c: u32, ) -> Weight {
		// Proof size, measured: `530 + c * (87 ±0)`
		// Proof size, estimated: `6542 + c * (2603 ±0)`
		// Fastest run: 175_680_000 ps.
		Weight::from_parts(61_696_169, 6542)
			// Standard error: 548_627
			.saturating_add(Weight::from_parts(111_592_262, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(c.into()))
	}
	// Not measured yet: placeholders until `scripts/benchmark.sh` regenerates this file.
	fn appeal() -> Weight {
		Weight::from_parts(1_000_000_000, 40_000)
			.saturating_add(RocksDbWeight::get().reads(70_u64))
			.saturating_add(RocksDbWeight::get().writes(140_u64))
	}
	fn advance_tally(c: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 6_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 400).saturating_mul(c.into()))
	}
	fn settle_past_rounds(r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
			.saturating_add(Weight::from_parts(2_500_000_000, 45_000).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads((50_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes((50_u64).saturating_mul(r.into())))
	}
}
