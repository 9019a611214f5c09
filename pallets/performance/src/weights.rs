//! Weights of `pallet_performance`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-29.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 50, repeats 20,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_performance --extrinsic * --steps 50 --repeat 20 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/performance/src/weights.rs 
//! ```
//!
//! Until the next run, some entries are not measured (storage version 2, increment J of
//! issue 10): `register_sport`, `retire_sport`, `reap_prediction`, `reap_competition`,
//! `reap_funders`, `reap_performance` and `reap_personal_best` are placeholders, and the
//! database counts of `register_athlete`, `update_profile`, `submit_performance`,
//! `claim_performance`, `create_competition`, `fund_competition`, `claim_refund`,
//! `create_challenge`, `predict`, `claim_prediction` and `on_outcome_verified` are adjusted by
//! hand to the reads and writes the increment added (each marked in place).

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
	fn create_challenge() -> Weight;
	fn close_challenge(n: u32, ) -> Weight;
	fn predict() -> Weight;
	fn claim_prediction() -> Weight;
	fn claim_challenge() -> Weight;
	fn on_outcome_verified(w: u32, ) -> Weight;
	fn on_outcome_rejected(w: u32, ) -> Weight;
	fn on_outcome_inconclusive() -> Weight;
	fn register_sport() -> Weight;
	fn retire_sport() -> Weight;
	fn reap_prediction() -> Weight;
	fn reap_competition() -> Weight;
	fn reap_funders(n: u32, ) -> Weight;
	fn reap_performance() -> Weight;
	fn reap_personal_best() -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `4163`
		// Fastest run: 84_618_000 ps.
		// Hand-adjusted until regenerated: + the registration of each sport (at most 8).
		Weight::from_parts(140_183_000, 4163)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 29_916_000 ps.
		// Hand-adjusted until regenerated: + each new sport's registration and each dropped sport's personal best (at most 8 each).
		Weight::from_parts(55_684_000, 4163)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `666`
		// Proof size, estimated: `4163`
		// Fastest run: 26_760_000 ps.
		Weight::from_parts(48_601_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 26_920_000 ps.
		Weight::from_parts(45_926_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `993`
		// Proof size, estimated: `4163`
		// Fastest run: 108_434_000 ps.
		Weight::from_parts(179_607_000, 4163)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
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
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	fn submit_performance() -> Weight {
		// Proof size, measured: `1923`
		// Proof size, estimated: `28095`
		// Fastest run: 300_113_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(551_534_000, 28095)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
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
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	fn claim_performance() -> Weight {
		// Proof size, measured: `1923`
		// Proof size, estimated: `28095`
		// Fastest run: 343_223_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(648_597_000, 28095)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `234`
		// Proof size, estimated: `3766`
		// Fastest run: 87_644_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(136_005_000, 3766)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Accreditations` (r:0 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn accredit() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_833_000 ps.
		Weight::from_parts(25_457_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn revoke_accreditation() -> Weight {
		// Proof size, measured: `78`
		// Proof size, estimated: `3514`
		// Fastest run: 18_134_000 ps.
		Weight::from_parts(29_876_000, 3514)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `748`
		// Proof size, estimated: `6196`
		// Fastest run: 152_286_000 ps.
		// Hand-adjusted until regenerated: + the funder's hold of its entry's deposit.
		Weight::from_parts(272_221_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `1108 + r * (120 ±0)`
		// Proof size, estimated: `5595 + r * (2742 ±21)`
		// Fastest run: 88_597_000 ps.
		Weight::from_parts(196_832_761, 5595)
			// Standard error: 552_705
			.saturating_add(Weight::from_parts(85_464_066, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2742).saturating_mul(r.into()))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1104`
		// Proof size, estimated: `6196`
		// Fastest run: 103_003_000 ps.
		// Hand-adjusted until regenerated: + the release of the entry's deposit.
		Weight::from_parts(166_312_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `3766`
		// Fastest run: 81_873_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(140_543_000, 3766)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `421 + n * (62 ±0)`
		// Proof size, estimated: `3766 + n * (2547 ±0)`
		// Fastest run: 105_768_000 ps.
		Weight::from_parts(144_836_260, 3766)
			// Standard error: 41_750
			.saturating_add(Weight::from_parts(3_744_919, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:4 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `2319`
		// Proof size, estimated: `11162`
		// Fastest run: 212_538_000 ps.
		// Hand-adjusted until regenerated: + the staker's hold of its entry's deposit.
		Weight::from_parts(359_243_000, 11162)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1082`
		// Proof size, estimated: `6196`
		// Fastest run: 108_393_000 ps.
		// Hand-adjusted until regenerated: + the release of the entry's deposit.
		Weight::from_parts(195_998_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:1 w:0)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:1 w:1)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_challenge() -> Weight {
		// Proof size, measured: `2467`
		// Proof size, estimated: `6196`
		// Fastest run: 139_682_000 ps.
		Weight::from_parts(272_471_000, 6196)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:10 w:10)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(w: u32, ) -> Weight {
		// Proof size, measured: `5726 + w * (126 ±0)`
		// Proof size, estimated: `6542 + w * (2603 ±0)`
		// Fastest run: 271_649_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration (the deposit is no longer released).
		Weight::from_parts(441_177_778, 6542)
			// Standard error: 1_621_557
			.saturating_add(Weight::from_parts(86_721_894, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_rejected(w: u32, ) -> Weight {
		// Proof size, measured: `3081 + w * (120 ±0)`
		// Proof size, estimated: `7576 + w * (2836 ±42)`
		// Fastest run: 162_945_000 ps.
		Weight::from_parts(310_625_840, 7576)
			// Standard error: 1_242_763
			.saturating_add(Weight::from_parts(103_032_891, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2836).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2606`
		// Proof size, estimated: `4461`
		// Fastest run: 118_663_000 ps.
		Weight::from_parts(167_184_000, 4461)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn register_sport() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(120_000_000, 3_789)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:0 w:4)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(2157), added: 4632, mode: `MaxEncodedLen`)
	fn retire_sport() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(140_000_000, 3_789)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reap_prediction() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(215_000_000, 6_196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:0 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(587), added: 3062, mode: `MaxEncodedLen`)
	fn reap_competition() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(118_000_000, 4_163)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1001 w:1000)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1001 w:1001)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1001 w:1001)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn reap_funders(n: u32, ) -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		// The range of component `n` is `[0, 1000]`.
		Weight::from_parts(60_000_000, 3_897)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(185_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_776).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:0)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(2147), added: 4622, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(671), added: 3146, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:0)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn reap_performance() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(150_000_000, 5_622)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn reap_personal_best() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(45_000_000, 4_163)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// Weights for tests and mocks, with the database costs the runtime also uses (RocksDB's,
/// more conservative than the ParityDB the node runs).
impl WeightInfo for () {
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `4163`
		// Fastest run: 84_618_000 ps.
		// Hand-adjusted until regenerated: + the registration of each sport (at most 8).
		Weight::from_parts(140_183_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 29_916_000 ps.
		// Hand-adjusted until regenerated: + each new sport's registration and each dropped sport's personal best (at most 8 each).
		Weight::from_parts(55_684_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `666`
		// Proof size, estimated: `4163`
		// Fastest run: 26_760_000 ps.
		Weight::from_parts(48_601_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 26_920_000 ps.
		Weight::from_parts(45_926_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `993`
		// Proof size, estimated: `4163`
		// Fastest run: 108_434_000 ps.
		Weight::from_parts(179_607_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
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
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	fn submit_performance() -> Weight {
		// Proof size, measured: `1923`
		// Proof size, estimated: `28095`
		// Fastest run: 300_113_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(551_534_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextPerformanceId` (r:1 w:1)
	/// Proof: `Performance::NextPerformanceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
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
	/// Storage: `Witnesses::Claims` (r:0 w:1)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	fn claim_performance() -> Weight {
		// Proof size, measured: `1923`
		// Proof size, estimated: `28095`
		// Fastest run: 343_223_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(648_597_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `234`
		// Proof size, estimated: `3766`
		// Fastest run: 87_644_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(136_005_000, 3766)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Accreditations` (r:0 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn accredit() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 12_833_000 ps.
		Weight::from_parts(25_457_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Accreditations` (r:1 w:1)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	fn revoke_accreditation() -> Weight {
		// Proof size, measured: `78`
		// Proof size, estimated: `3514`
		// Fastest run: 18_134_000 ps.
		Weight::from_parts(29_876_000, 3514)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `748`
		// Proof size, estimated: `6196`
		// Fastest run: 152_286_000 ps.
		// Hand-adjusted until regenerated: + the funder's hold of its entry's deposit.
		Weight::from_parts(272_221_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `1108 + r * (120 ±0)`
		// Proof size, estimated: `5595 + r * (2742 ±21)`
		// Fastest run: 88_597_000 ps.
		Weight::from_parts(196_832_761, 5595)
			// Standard error: 552_705
			.saturating_add(Weight::from_parts(85_464_066, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2742).saturating_mul(r.into()))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1104`
		// Proof size, estimated: `6196`
		// Fastest run: 103_003_000 ps.
		// Hand-adjusted until regenerated: + the release of the entry's deposit.
		Weight::from_parts(166_312_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `3766`
		// Fastest run: 81_873_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration.
		Weight::from_parts(140_543_000, 3766)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `421 + n * (62 ±0)`
		// Proof size, estimated: `3766 + n * (2547 ±0)`
		// Fastest run: 105_768_000 ps.
		Weight::from_parts(144_836_260, 3766)
			// Standard error: 41_750
			.saturating_add(Weight::from_parts(3_744_919, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:1 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Claims` (r:1 w:0)
	/// Proof: `Witnesses::Claims` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:4 w:0)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `2319`
		// Proof size, estimated: `11162`
		// Fastest run: 212_538_000 ps.
		// Hand-adjusted until regenerated: + the staker's hold of its entry's deposit.
		Weight::from_parts(359_243_000, 11162)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1082`
		// Proof size, estimated: `6196`
		// Fastest run: 108_393_000 ps.
		// Hand-adjusted until regenerated: + the release of the entry's deposit.
		Weight::from_parts(195_998_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:1 w:0)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:1 w:1)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_challenge() -> Weight {
		// Proof size, measured: `2467`
		// Proof size, estimated: `6196`
		// Fastest run: 139_682_000 ps.
		Weight::from_parts(272_471_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Accreditations` (r:1 w:0)
	/// Proof: `Performance::Accreditations` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:10 w:10)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(w: u32, ) -> Weight {
		// Proof size, measured: `5726 + w * (126 ±0)`
		// Proof size, estimated: `6542 + w * (2603 ±0)`
		// Fastest run: 271_649_000 ps.
		// Hand-adjusted until regenerated: + the sport's registration (the deposit is no longer released).
		Weight::from_parts(441_177_778, 6542)
			// Standard error: 1_621_557
			.saturating_add(Weight::from_parts(86_721_894, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_rejected(w: u32, ) -> Weight {
		// Proof size, measured: `3081 + w * (120 ±0)`
		// Proof size, estimated: `7576 + w * (2836 ±42)`
		// Fastest run: 162_945_000 ps.
		Weight::from_parts(310_625_840, 7576)
			// Standard error: 1_242_763
			.saturating_add(Weight::from_parts(103_032_891, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2836).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2606`
		// Proof size, estimated: `4461`
		// Fastest run: 118_663_000 ps.
		Weight::from_parts(167_184_000, 4461)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn register_sport() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(120_000_000, 3_789)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Sports` (r:1 w:1)
	/// Proof: `Performance::Sports` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:0 w:4)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(2157), added: 4632, mode: `MaxEncodedLen`)
	fn retire_sport() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(140_000_000, 3_789)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reap_prediction() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(215_000_000, 6_196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:0 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(587), added: 3062, mode: `MaxEncodedLen`)
	fn reap_competition() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(118_000_000, 4_163)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(432), added: 2907, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1001 w:1000)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1001 w:1001)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1001 w:1001)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn reap_funders(n: u32, ) -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		// The range of component `n` is `[0, 1000]`.
		Weight::from_parts(60_000_000, 3_897)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(185_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_776).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(1001), added: 3476, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:0)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(2147), added: 4622, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(671), added: 3146, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:0)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeEligibility` (r:0 w:1)
	/// Proof: `Performance::ChallengeEligibility` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn reap_performance() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(150_000_000, 5_622)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:0)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn reap_personal_best() -> Weight {
		// Placeholder (not measured): regenerate with `scripts/benchmark.sh`.
		Weight::from_parts(45_000_000, 4_163)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
