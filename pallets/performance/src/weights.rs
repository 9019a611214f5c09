//! Weights of `pallet_performance`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-29.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_performance --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/performance/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_performance`.
pub trait WeightInfo {
	fn register_athlete() -> Weight;
	fn update_profile() -> Weight;
	fn add_delegate() -> Weight;
	fn remove_delegate() -> Weight;
	fn unregister_athlete() -> Weight;
	fn submit_performance() -> Weight;
	fn claim_performance() -> Weight;
	fn create_competition() -> Weight;
	fn accredit() -> Weight;
	fn revoke_accreditation() -> Weight;
	fn fund_competition() -> Weight;
	fn close_competition(r: u32, ) -> Weight;
	fn claim_refund() -> Weight;
	fn reap_competition() -> Weight;
	fn reap_funders(n: u32, ) -> Weight;
	fn create_challenge() -> Weight;
	fn close_challenge(n: u32, ) -> Weight;
	fn predict() -> Weight;
	fn claim_prediction() -> Weight;
	fn reap_prediction() -> Weight;
	fn reap_performance() -> Weight;
	fn reap_personal_best() -> Weight;
	fn claim_challenge() -> Weight;
	fn on_outcome_verified(w: u32, ) -> Weight;
	fn on_outcome_rejected(w: u32, ) -> Weight;
	fn on_outcome_inconclusive() -> Weight;
	fn register_sport() -> Weight;
	fn retire_sport() -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:8 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `800`
		// Proof size, estimated: `21574`
		// Fastest run: 132_869_000 ps.
		Weight::from_parts(224_291_000, 21574)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:8 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:8 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `2211`
		// Proof size, estimated: `21662`
		// Fastest run: 161_082_000 ps.
		Weight::from_parts(269_796_000, 21662)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `700`
		// Proof size, estimated: `4163`
		// Fastest run: 28_814_000 ps.
		Weight::from_parts(49_463_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `764`
		// Proof size, estimated: `4163`
		// Fastest run: 28_263_000 ps.
		Weight::from_parts(48_581_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `1026`
		// Proof size, estimated: `4163`
		// Fastest run: 114_505_000 ps.
		Weight::from_parts(188_583_000, 4163)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	fn submit_performance() -> Weight {
		// Proof size, measured: `2215`
		// Proof size, estimated: `28095`
		// Fastest run: 322_766_000 ps.
		Weight::from_parts(596_739_000, 28095)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	fn claim_performance() -> Weight {
		// Proof size, measured: `2215`
		// Proof size, estimated: `28095`
		// Fastest run: 368_370_000 ps.
		Weight::from_parts(635_562_000, 28095)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `526`
		// Proof size, estimated: `3856`
		// Fastest run: 98_585_000 ps.
		Weight::from_parts(166_733_000, 3856)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Accreditations` (r:0 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn accredit() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 13_406_000 ps.
		Weight::from_parts(25_768_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn revoke_accreditation() -> Weight {
		// Proof size, measured: `112`
		// Proof size, estimated: `3514`
		// Fastest run: 18_444_000 ps.
		Weight::from_parts(21_500_000, 3514)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `781`
		// Proof size, estimated: `6722`
		// Fastest run: 211_247_000 ps.
		Weight::from_parts(246_332_000, 6722)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `915 + r * (120 ±0)`
		// Proof size, estimated: `3922 + r * (2603 ±0)`
		// Fastest run: 34_975_000 ps.
		Weight::from_parts(92_570_065, 3922)
			// Standard error: 690_803
			.saturating_add(Weight::from_parts(92_923_186, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(r.into()))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1301`
		// Proof size, estimated: `6722`
		// Fastest run: 157_636_000 ps.
		Weight::from_parts(269_706_000, 6722)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:0 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	fn reap_competition() -> Weight {
		// Proof size, measured: `893`
		// Proof size, estimated: `3897`
		// Fastest run: 87_994_000 ps.
		Weight::from_parts(148_068_000, 3897)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1001 w:1000)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1001 w:1001)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1001 w:1001)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 1000]`.
	fn reap_funders(n: u32, ) -> Weight {
		// Proof size, measured: `992 + n * (245 ±0)`
		// Proof size, estimated: `3897 + n * (2866 ±0)`
		// Fastest run: 43_392_000 ps.
		Weight::from_parts(49_563_000, 3897)
			// Standard error: 2_679_154
			.saturating_add(Weight::from_parts(210_649_393, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2866).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `455`
		// Proof size, estimated: `3856`
		// Fastest run: 89_047_000 ps.
		Weight::from_parts(125_515_000, 3856)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:64 w:64)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `452 + n * (62 ±0)`
		// Proof size, estimated: `3856 + n * (2547 ±0)`
		// Fastest run: 85_931_000 ps.
		Weight::from_parts(120_343_415, 3856)
			// Standard error: 55_953
			.saturating_add(Weight::from_parts(2_284_324, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:4 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `2403`
		// Proof size, estimated: `11162`
		// Fastest run: 281_448_000 ps.
		Weight::from_parts(478_787_000, 11162)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1280`
		// Proof size, estimated: `6722`
		// Fastest run: 159_389_000 ps.
		Weight::from_parts(261_751_000, 6722)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reap_prediction() -> Weight {
		// Proof size, measured: `1280`
		// Proof size, estimated: `6722`
		// Fastest run: 164_318_000 ps.
		Weight::from_parts(254_537_000, 6722)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:0)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:0)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn reap_performance() -> Weight {
		// Proof size, measured: `3575`
		// Proof size, estimated: `4932`
		// Fastest run: 130_345_000 ps.
		Weight::from_parts(240_751_000, 4932)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn reap_personal_best() -> Weight {
		// Proof size, measured: `895`
		// Proof size, estimated: `4163`
		// Fastest run: 36_328_000 ps.
		Weight::from_parts(52_959_000, 4163)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:1 w:0)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:1 w:1)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_challenge() -> Weight {
		// Proof size, measured: `2505`
		// Proof size, estimated: `6196`
		// Fastest run: 152_155_000 ps.
		Weight::from_parts(198_672_000, 6196)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:10 w:10)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(w: u32, ) -> Weight {
		// Proof size, measured: `5991 + w * (126 ±0)`
		// Proof size, estimated: `6196 + w * (2603 ±0)`
		// Fastest run: 244_087_000 ps.
		Weight::from_parts(466_752_826, 6196)
			// Standard error: 927_247
			.saturating_add(Weight::from_parts(105_692_113, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(13_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_rejected(w: u32, ) -> Weight {
		// Proof size, measured: `3194 + w * (113 ±0)`
		// Proof size, estimated: `7767 + w * (2797 ±34)`
		// Fastest run: 186_089_000 ps.
		Weight::from_parts(264_738_209, 7767)
			// Standard error: 487_481
			.saturating_add(Weight::from_parts(108_740_268, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2797).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2223`
		// Proof size, estimated: `4466`
		// Fastest run: 68_478_000 ps.
		Weight::from_parts(121_818_000, 4466)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn register_sport() -> Weight {
		// Proof size, measured: `229`
		// Proof size, estimated: `3856`
		// Fastest run: 85_360_000 ps.
		Weight::from_parts(128_461_000, 3856)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:0 w:4)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	fn retire_sport() -> Weight {
		// Proof size, measured: `445`
		// Proof size, estimated: `3856`
		// Fastest run: 97_302_000 ps.
		Weight::from_parts(194_716_000, 3856)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
impl WeightInfo for () {
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:8 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `800`
		// Proof size, estimated: `21574`
		// Fastest run: 132_869_000 ps.
		Weight::from_parts(224_291_000, 21574)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:8 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:8 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `2211`
		// Proof size, estimated: `21662`
		// Fastest run: 161_082_000 ps.
		Weight::from_parts(269_796_000, 21662)
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `700`
		// Proof size, estimated: `4163`
		// Fastest run: 28_814_000 ps.
		Weight::from_parts(49_463_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `764`
		// Proof size, estimated: `4163`
		// Fastest run: 28_263_000 ps.
		Weight::from_parts(48_581_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `1026`
		// Proof size, estimated: `4163`
		// Fastest run: 114_505_000 ps.
		Weight::from_parts(188_583_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	fn submit_performance() -> Weight {
		// Proof size, measured: `2215`
		// Proof size, estimated: `28095`
		// Fastest run: 322_766_000 ps.
		Weight::from_parts(596_739_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	fn claim_performance() -> Weight {
		// Proof size, measured: `2215`
		// Proof size, estimated: `28095`
		// Fastest run: 368_370_000 ps.
		Weight::from_parts(635_562_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `526`
		// Proof size, estimated: `3856`
		// Fastest run: 98_585_000 ps.
		Weight::from_parts(166_733_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Accreditations` (r:0 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn accredit() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 13_406_000 ps.
		Weight::from_parts(25_768_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn revoke_accreditation() -> Weight {
		// Proof size, measured: `112`
		// Proof size, estimated: `3514`
		// Fastest run: 18_444_000 ps.
		Weight::from_parts(21_500_000, 3514)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `781`
		// Proof size, estimated: `6722`
		// Fastest run: 211_247_000 ps.
		Weight::from_parts(246_332_000, 6722)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `915 + r * (120 ±0)`
		// Proof size, estimated: `3922 + r * (2603 ±0)`
		// Fastest run: 34_975_000 ps.
		Weight::from_parts(92_570_065, 3922)
			// Standard error: 690_803
			.saturating_add(Weight::from_parts(92_923_186, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(r.into()))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1301`
		// Proof size, estimated: `6722`
		// Fastest run: 157_636_000 ps.
		Weight::from_parts(269_706_000, 6722)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:0 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	fn reap_competition() -> Weight {
		// Proof size, measured: `893`
		// Proof size, estimated: `3897`
		// Fastest run: 87_994_000 ps.
		Weight::from_parts(148_068_000, 3897)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1001 w:1000)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1001 w:1001)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1001 w:1001)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 1000]`.
	fn reap_funders(n: u32, ) -> Weight {
		// Proof size, measured: `992 + n * (245 ±0)`
		// Proof size, estimated: `3897 + n * (2866 ±0)`
		// Fastest run: 43_392_000 ps.
		Weight::from_parts(49_563_000, 3897)
			// Standard error: 2_679_154
			.saturating_add(Weight::from_parts(210_649_393, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2866).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `455`
		// Proof size, estimated: `3856`
		// Fastest run: 89_047_000 ps.
		Weight::from_parts(125_515_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:64 w:64)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `452 + n * (62 ±0)`
		// Proof size, estimated: `3856 + n * (2547 ±0)`
		// Fastest run: 85_931_000 ps.
		Weight::from_parts(120_343_415, 3856)
			// Standard error: 55_953
			.saturating_add(Weight::from_parts(2_284_324, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:1 w:0)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:4 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `2403`
		// Proof size, estimated: `11162`
		// Fastest run: 281_448_000 ps.
		Weight::from_parts(478_787_000, 11162)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1280`
		// Proof size, estimated: `6722`
		// Fastest run: 159_389_000 ps.
		Weight::from_parts(261_751_000, 6722)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reap_prediction() -> Weight {
		// Proof size, measured: `1280`
		// Proof size, estimated: `6722`
		// Fastest run: 164_318_000 ps.
		Weight::from_parts(254_537_000, 6722)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:0)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:0)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn reap_performance() -> Weight {
		// Proof size, measured: `3575`
		// Proof size, estimated: `4932`
		// Fastest run: 130_345_000 ps.
		Weight::from_parts(240_751_000, 4932)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn reap_personal_best() -> Weight {
		// Proof size, measured: `895`
		// Proof size, estimated: `4163`
		// Fastest run: 36_328_000 ps.
		Weight::from_parts(52_959_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:1 w:0)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:1 w:1)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_challenge() -> Weight {
		// Proof size, measured: `2505`
		// Proof size, estimated: `6196`
		// Fastest run: 152_155_000 ps.
		Weight::from_parts(198_672_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Sports` (r:1 w:0)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:10 w:10)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(w: u32, ) -> Weight {
		// Proof size, measured: `5991 + w * (126 ±0)`
		// Proof size, estimated: `6196 + w * (2603 ±0)`
		// Fastest run: 244_087_000 ps.
		Weight::from_parts(466_752_826, 6196)
			// Standard error: 927_247
			.saturating_add(Weight::from_parts(105_692_113, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_rejected(w: u32, ) -> Weight {
		// Proof size, measured: `3194 + w * (113 ±0)`
		// Proof size, estimated: `7767 + w * (2797 ±34)`
		// Fastest run: 186_089_000 ps.
		Weight::from_parts(264_738_209, 7767)
			// Standard error: 487_481
			.saturating_add(Weight::from_parts(108_740_268, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2797).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2223`
		// Proof size, estimated: `4466`
		// Fastest run: 68_478_000 ps.
		Weight::from_parts(121_818_000, 4466)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	fn register_sport() -> Weight {
		// Proof size, measured: `229`
		// Proof size, estimated: `3856`
		// Fastest run: 85_360_000 ps.
		Weight::from_parts(128_461_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(391), added: 2866, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:0 w:4)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	fn retire_sport() -> Weight {
		// Proof size, measured: `445`
		// Proof size, estimated: `3856`
		// Fastest run: 97_302_000 ps.
		Weight::from_parts(194_716_000, 3856)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
}
