//! Weights of `pallet_witnesses`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-29.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_witnesses --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/witnesses/src/weights.rs 
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
	fn advance_tally(c: u32, ) -> Weight;
	fn appeal() -> Weight;
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14049 + d * (47 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 154_479_000 ps.
		Weight::from_parts(233_955_045, 13775)
			// Standard error: 2_103_939
			.saturating_add(Weight::from_parts(24_046_110, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14222 + d * (56 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 179_216_000 ps.
		Weight::from_parts(307_153_033, 13775)
			// Standard error: 2_638_320
			.saturating_add(Weight::from_parts(22_800_970, 0).saturating_mul(d.into()))
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
		// Fastest run: 93_065_000 ps.
		Weight::from_parts(78_553_569, 3628)
			// Standard error: 1_046_809
			.saturating_add(Weight::from_parts(25_649_097, 0).saturating_mul(d.into()))
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
		// Proof size, measured: `13328 + d * (56 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 86_181_000 ps.
		Weight::from_parts(110_050_313, 13775)
			// Standard error: 681_838
			.saturating_add(Weight::from_parts(28_716_330, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3856`
		// Fastest run: 74_800_000 ps.
		Weight::from_parts(84_628_000, 3856)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_885_000 ps.
		Weight::from_parts(23_113_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `220 + p * (108 ±0)`
		// Proof size, estimated: `3856 + p * (2638 ±0)`
		// Fastest run: 144_341_000 ps.
		Weight::from_parts(186_703_116, 3856)
			// Standard error: 164_393
			.saturating_add(Weight::from_parts(11_868_875, 0).saturating_mul(p.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
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
		// Fastest run: 276_117_000 ps.
		Weight::from_parts(450_037_648, 28095)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `1055 + p * (167 ±0)`
		// Proof size, estimated: `5496 + p * (2668 ±0)`
		// Fastest run: 140_443_000 ps.
		Weight::from_parts(154_024_747, 5496)
			// Standard error: 1_177_082
			.saturating_add(Weight::from_parts(99_768_437, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2668).saturating_mul(p.into()))
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
		// Fastest run: 71_925_000 ps.
		Weight::from_parts(153_608_000, 4173)
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
		// Fastest run: 37_180_000 ps.
		Weight::from_parts(55_634_000, 4173)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:1 w:0)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `Measured`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `2167 + n * (318 ±0)`
		// Proof size, estimated: `45110 + n * (2847 ±6)`
		// Fastest run: 296_246_000 ps.
		Weight::from_parts(379_694_553, 45110)
			// Standard error: 1_799_159
			.saturating_add(Weight::from_parts(102_517_474, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(20_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2847).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:1 w:0)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `167`
		// Proof size, estimated: `3493`
		// Fastest run: 12_163_000 ps.
		Weight::from_parts(21_440_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `Measured`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `Measured`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:1 w:0)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2183 + n * (318 ±0)`
		// Proof size, estimated: `45124 + n * (2847 ±8)`
		// Fastest run: 313_808_000 ps.
		Weight::from_parts(730_737_886, 45124)
			// Standard error: 1_618_294
			.saturating_add(Weight::from_parts(90_828_064, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(28_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2847).saturating_mul(n.into()))
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
		// Proof size, measured: `287 + c * (133 ±0)`
		// Proof size, estimated: `15779 + c * (2638 ±0)`
		// Fastest run: 37_420_000 ps.
		Weight::from_parts(236_375_604, 15779)
			// Standard error: 524_260
			.saturating_add(Weight::from_parts(12_593_665, 0).saturating_mul(c.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	fn retire_roster() -> Weight {
		// Proof size, measured: `1885`
		// Proof size, estimated: `6020`
		// Fastest run: 174_097_000 ps.
		Weight::from_parts(283_592_000, 6020)
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
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:15 w:15)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `0 + c * (59 ±0) + s * (330 ±0)`
		// Proof size, estimated: `28095 + c * (2 ±2) + s * (2199 ±92)`
		// Fastest run: 123_561_000 ps.
		Weight::from_parts(127_038_000, 28095)
			// Standard error: 26_823
			.saturating_add(Weight::from_parts(484_634, 0).saturating_mul(c.into()))
			// Standard error: 830_817
			.saturating_add(Weight::from_parts(23_169_114, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2199).saturating_mul(s.into()))
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
		// Fastest run: 15_499_000 ps.
		Weight::from_parts(27_672_000, 3481)
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
		// Fastest run: 19_386_000 ps.
		Weight::from_parts(32_451_000, 3481)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn open_request_claim() -> Weight {
		// Proof size, measured: `26575`
		// Proof size, estimated: `28095`
		// Fastest run: 338_856_000 ps.
		Weight::from_parts(490_200_000, 28095)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size, measured: `1330`
		// Proof size, estimated: `4173`
		// Fastest run: 122_119_000 ps.
		Weight::from_parts(190_046_000, 4173)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn advance_undisputed() -> Weight {
		// Proof size, measured: `1347`
		// Proof size, estimated: `4173`
		// Fastest run: 178_895_000 ps.
		Weight::from_parts(307_637_000, 4173)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn settle_dispute(c: u32, ) -> Weight {
		// Proof size, measured: `530 + c * (87 ±0)`
		// Proof size, estimated: `6722 + c * (2603 ±0)`
		// Fastest run: 172_343_000 ps.
		Weight::from_parts(108_665_874, 6722)
			// Standard error: 585_624
			.saturating_add(Weight::from_parts(68_891_052, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:15 w:0)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn advance_tally(c: u32, ) -> Weight {
		// Proof size, measured: `1190 + c * (95 ±0)`
		// Proof size, estimated: `4698 + c * (2119 ±30)`
		// Fastest run: 96_461_000 ps.
		Weight::from_parts(141_677_129, 4698)
			// Standard error: 434_902
			.saturating_add(Weight::from_parts(6_910_654, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2119).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:8 w:6)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:7 w:6)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Appeals` (r:0 w:1)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::PastRounds` (r:0 w:1)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn appeal() -> Weight {
		// Proof size, measured: `3200`
		// Proof size, estimated: `21334`
		// Fastest run: 311_835_000 ps.
		Weight::from_parts(621_755_000, 21334)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(22_u64))
	}
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:3 w:2)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:1 w:0)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:19 w:19)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:36 w:36)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:3 w:2)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Component `r` ranges over `[0, 2]`.
	fn settle_past_rounds(r: u32, ) -> Weight {
		// Proof size, measured: `649 + r * (5205 ±0)`
		// Proof size, estimated: `4296 + r * (49208 ±11)`
		// Fastest run: 144_712_000 ps.
		Weight::from_parts(197_255_491, 4296)
			// Standard error: 10_822_253
			.saturating_add(Weight::from_parts(1_418_763_714, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((45_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((45_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 49208).saturating_mul(r.into()))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
impl WeightInfo for () {
	/// Storage: `Witnesses::Witnesses` (r:1 w:1)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn register(d: u32, ) -> Weight {
		// Proof size, measured: `14049 + d * (47 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 154_479_000 ps.
		Weight::from_parts(233_955_045, 13775)
			// Standard error: 2_103_939
			.saturating_add(Weight::from_parts(24_046_110, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DomainWitnesses` (r:8 w:8)
	/// Proof: `Witnesses::DomainWitnesses` (`max_values`: None, `max_size`: Some(12314), added: 14789, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::GeneralWitnesses` (r:1 w:1)
	/// Proof: `Witnesses::GeneralWitnesses` (`max_values`: Some(1), `max_size`: Some(12290), added: 12785, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 8]`.
	fn bond_extra(d: u32, ) -> Weight {
		// Proof size, measured: `14222 + d * (56 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 179_216_000 ps.
		Weight::from_parts(307_153_033, 13775)
			// Standard error: 2_638_320
			.saturating_add(Weight::from_parts(22_800_970, 0).saturating_mul(d.into()))
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
		// Fastest run: 93_065_000 ps.
		Weight::from_parts(78_553_569, 3628)
			// Standard error: 1_046_809
			.saturating_add(Weight::from_parts(25_649_097, 0).saturating_mul(d.into()))
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
		// Proof size, measured: `13328 + d * (56 ±0)`
		// Proof size, estimated: `13775 + d * (14789 ±0)`
		// Fastest run: 86_181_000 ps.
		Weight::from_parts(110_050_313, 13775)
			// Standard error: 681_838
			.saturating_add(Weight::from_parts(28_716_330, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `371`
		// Proof size, estimated: `3856`
		// Fastest run: 74_800_000 ps.
		Weight::from_parts(84_628_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Witnesses::RoleMultipliers` (r:0 w:1)
	/// Proof: `Witnesses::RoleMultipliers` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_role_multiplier() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_885_000 ps.
		Weight::from_parts(23_113_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::Witnesses` (r:16 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `220 + p * (108 ±0)`
		// Proof size, estimated: `3856 + p * (2638 ±0)`
		// Fastest run: 144_341_000 ps.
		Weight::from_parts(186_703_116, 3856)
			// Standard error: 164_393
			.saturating_add(Weight::from_parts(11_868_875, 0).saturating_mul(p.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
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
		// Fastest run: 276_117_000 ps.
		Weight::from_parts(450_037_648, 28095)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 16]`.
	fn cancel_request(p: u32, ) -> Weight {
		// Proof size, measured: `1055 + p * (167 ±0)`
		// Proof size, estimated: `5496 + p * (2668 ±0)`
		// Fastest run: 140_443_000 ps.
		Weight::from_parts(154_024_747, 5496)
			// Standard error: 1_177_082
			.saturating_add(Weight::from_parts(99_768_437, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2668).saturating_mul(p.into()))
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
		// Fastest run: 71_925_000 ps.
		Weight::from_parts(153_608_000, 4173)
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
		// Fastest run: 37_180_000 ps.
		Weight::from_parts(55_634_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:1 w:0)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `Measured`)
	/// Component `n` ranges over `[0, 32]`.
	fn finalize_request(n: u32, ) -> Weight {
		// Proof size, measured: `2167 + n * (318 ±0)`
		// Proof size, estimated: `45110 + n * (2847 ±6)`
		// Fastest run: 296_246_000 ps.
		Weight::from_parts(379_694_553, 45110)
			// Standard error: 1_799_159
			.saturating_add(Weight::from_parts(102_517_474, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(25_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(20_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2847).saturating_mul(n.into()))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:1 w:0)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn on_idle_scan() -> Weight {
		// Proof size, measured: `167`
		// Proof size, estimated: `3493`
		// Fastest run: 12_163_000 ps.
		Weight::from_parts(21_440_000, 3493)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `Measured`)
	/// Storage: `Witnesses::Schedule` (r:2 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `Measured`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:33 w:32)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:1 w:0)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:17 w:16)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:11 w:11)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:34 w:34)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Component `n` ranges over `[0, 32]`.
	fn on_idle_finalize(n: u32, ) -> Weight {
		// Proof size, measured: `2183 + n * (318 ±0)`
		// Proof size, estimated: `45124 + n * (2847 ±8)`
		// Fastest run: 313_808_000 ps.
		Weight::from_parts(730_737_886, 45124)
			// Standard error: 1_618_294
			.saturating_add(Weight::from_parts(90_828_064, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(28_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(21_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2847).saturating_mul(n.into()))
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
		// Proof size, measured: `287 + c * (133 ±0)`
		// Proof size, estimated: `15779 + c * (2638 ±0)`
		// Fastest run: 37_420_000 ps.
		Weight::from_parts(236_375_604, 15779)
			// Standard error: 524_260
			.saturating_add(Weight::from_parts(12_593_665, 0).saturating_mul(c.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:0 w:2)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	fn retire_roster() -> Weight {
		// Proof size, measured: `1885`
		// Proof size, estimated: `6020`
		// Fastest run: 174_097_000 ps.
		Weight::from_parts(283_592_000, 6020)
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
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Appeals` (r:1 w:0)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:15 w:15)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `0 + c * (59 ±0) + s * (330 ±0)`
		// Proof size, estimated: `28095 + c * (2 ±2) + s * (2199 ±92)`
		// Fastest run: 123_561_000 ps.
		Weight::from_parts(127_038_000, 28095)
			// Standard error: 26_823
			.saturating_add(Weight::from_parts(484_634, 0).saturating_mul(c.into()))
			// Standard error: 830_817
			.saturating_add(Weight::from_parts(23_169_114, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2199).saturating_mul(s.into()))
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
		// Fastest run: 15_499_000 ps.
		Weight::from_parts(27_672_000, 3481)
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
		// Fastest run: 19_386_000 ps.
		Weight::from_parts(32_451_000, 3481)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn open_request_claim() -> Weight {
		// Proof size, measured: `26575`
		// Proof size, estimated: `28095`
		// Fastest run: 338_856_000 ps.
		Weight::from_parts(490_200_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size, measured: `1330`
		// Proof size, estimated: `4173`
		// Fastest run: 122_119_000 ps.
		Weight::from_parts(190_046_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn advance_undisputed() -> Weight {
		// Proof size, measured: `1347`
		// Proof size, estimated: `4173`
		// Fastest run: 178_895_000 ps.
		Weight::from_parts(307_637_000, 4173)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn settle_dispute(c: u32, ) -> Weight {
		// Proof size, measured: `530 + c * (87 ±0)`
		// Proof size, estimated: `6722 + c * (2603 ±0)`
		// Fastest run: 172_343_000 ps.
		Weight::from_parts(108_665_874, 6722)
			// Standard error: 585_624
			.saturating_add(Weight::from_parts(68_891_052, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:15 w:0)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 16]`.
	fn advance_tally(c: u32, ) -> Weight {
		// Proof size, measured: `1190 + c * (95 ±0)`
		// Proof size, estimated: `4698 + c * (2119 ±30)`
		// Fastest run: 96_461_000 ps.
		Weight::from_parts(141_677_129, 4698)
			// Standard error: 434_902
			.saturating_add(Weight::from_parts(6_910_654, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2119).saturating_mul(c.into()))
	}
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:8 w:6)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Attestations` (r:7 w:6)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Appeals` (r:0 w:1)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::PastRounds` (r:0 w:1)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:2)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn appeal() -> Weight {
		// Proof size, measured: `3200`
		// Proof size, estimated: `21334`
		// Fastest run: 311_835_000 ps.
		Weight::from_parts(621_755_000, 21334)
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().writes(22_u64))
	}
	/// Storage: `Witnesses::Rounds` (r:1 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `Measured`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `Measured`)
	/// Storage: `Witnesses::PastRounds` (r:3 w:2)
	/// Proof: `Witnesses::PastRounds` (`max_values`: None, `max_size`: Some(3908), added: 6383, mode: `Measured`)
	/// Storage: `Witnesses::Panels` (r:1 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `Measured`)
	/// Storage: `Witnesses::Attestations` (r:1 w:0)
	/// Proof: `Witnesses::Attestations` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `Measured`)
	/// Storage: `Witnesses::Requests` (r:1 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `Measured`)
	/// Storage: `Witnesses::Witnesses` (r:32 w:32)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:19 w:19)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `Measured`)
	/// Storage: `System::Account` (r:36 w:36)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Witnesses::Appeals` (r:3 w:2)
	/// Proof: `Witnesses::Appeals` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `Measured`)
	/// Component `r` ranges over `[0, 2]`.
	fn settle_past_rounds(r: u32, ) -> Weight {
		// Proof size, measured: `649 + r * (5205 ±0)`
		// Proof size, estimated: `4296 + r * (49208 ±11)`
		// Fastest run: 144_712_000 ps.
		Weight::from_parts(197_255_491, 4296)
			// Standard error: 10_822_253
			.saturating_add(Weight::from_parts(1_418_763_714, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((45_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((45_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 49208).saturating_mul(r.into()))
	}
}
