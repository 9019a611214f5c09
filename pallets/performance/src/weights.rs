//! Weights of `pallet_performance`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-21.
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
	fn create_competition() -> Weight;
	fn fund_competition() -> Weight;
	fn close_competition(r: u32, ) -> Weight;
	fn claim_refund() -> Weight;
	fn create_challenge() -> Weight;
	fn close_challenge(n: u32, ) -> Weight;
	fn predict() -> Weight;
	fn claim_prediction() -> Weight;
	fn on_outcome_verified(c: u32, w: u32, ) -> Weight;
	fn on_outcome_rejected(w: u32, ) -> Weight;
	fn on_outcome_inconclusive() -> Weight;
	fn accredit() -> Weight;
	fn revoke_accreditation() -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `4163`
		// Fastest run: 60_499_000 ps.
		Weight::from_parts(63_414_000, 4163)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 18_748_000 ps.
		Weight::from_parts(20_731_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `666`
		// Proof size, estimated: `4163`
		// Fastest run: 16_645_000 ps.
		Weight::from_parts(18_117_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 16_304_000 ps.
		Weight::from_parts(17_896_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `993`
		// Proof size, estimated: `4163`
		// Fastest run: 78_076_000 ps.
		Weight::from_parts(81_991_000, 4163)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:8 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:8)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[3, 8]`.
	fn submit_performance() -> Weight {
		// PROVISIONAL until scripts/benchmark.sh regenerates this file: the old named-panel
		// measurement at its largest panel.
		let w: u32 = 8;
		// Proof size, measured: `1459 + w * (94 ±0)`
		// Proof size, estimated: `4163 + w * (2638 ±0)`
		// Fastest run: 224_453_000 ps.
		Weight::from_parts(215_660_089, 4163)
			// Standard error: 71_460
			.saturating_add(Weight::from_parts(7_288_444, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(w.into()))
	}
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `3712`
		// Fastest run: 58_387_000 ps.
		Weight::from_parts(61_301_000, 3712)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `715`
		// Proof size, estimated: `6196`
		// Fastest run: 109_933_000 ps.
		Weight::from_parts(114_510_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `1075 + r * (120 ±0)`
		// Proof size, estimated: `5504 + r * (2742 ±15)`
		// Fastest run: 60_560_000 ps.
		Weight::from_parts(69_568_069, 5504)
			// Standard error: 35_501
			.saturating_add(Weight::from_parts(47_267_946, 0).saturating_mul(r.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1071`
		// Proof size, estimated: `6196`
		// Fastest run: 73_649_000 ps.
		Weight::from_parts(77_285_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `518`
		// Proof size, estimated: `3712`
		// Fastest run: 68_071_000 ps.
		Weight::from_parts(72_638_000, 3712)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:64 w:64)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `962 + n * (62 ±0)`
		// Proof size, estimated: `3712 + n * (2547 ±0)`
		// Fastest run: 68_952_000 ps.
		Weight::from_parts(77_541_725, 3712)
			// Standard error: 9_923
			.saturating_add(Weight::from_parts(1_349_320, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `1624`
		// Proof size, estimated: `6196`
		// Fastest run: 124_085_000 ps.
		Weight::from_parts(129_242_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1186`
		// Proof size, estimated: `6196`
		// Fastest run: 79_709_000 ps.
		Weight::from_parts(85_687_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:10 w:10)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:8 w:8)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:8 w:8)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 8]`.
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(c: u32, w: u32, ) -> Weight {
		// Proof size, measured: `6196 + c * (428 ±0) + w * (126 ±0)`
		// Proof size, estimated: `6434 + c * (2722 ±0) + w * (2603 ±0)`
		// Fastest run: 583_076_000 ps.
		Weight::from_parts(238_311_315, 6434)
			// Standard error: 533_089
			.saturating_add(Weight::from_parts(65_647_499, 0).saturating_mul(c.into()))
			// Standard error: 533_089
			.saturating_add(Weight::from_parts(45_070_242, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(13_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `3478 + w * (120 ±0)`
		// Proof size, estimated: `7641 + w * (2828 ±32)`
		// Fastest run: 125_697_000 ps.
		Weight::from_parts(144_078_299, 7641)
			// Standard error: 145_977
			.saturating_add(Weight::from_parts(46_632_829, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2828).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2936`
		// Proof size, estimated: `4461`
		// Fastest run: 88_902_000 ps.
		Weight::from_parts(93_679_000, 4461)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn accredit() -> Weight {
		Weight::from_parts(20_000_000, 3_500).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn revoke_accreditation() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn register_athlete() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `4163`
		// Fastest run: 60_499_000 ps.
		Weight::from_parts(63_414_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 18_748_000 ps.
		Weight::from_parts(20_731_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size, measured: `666`
		// Proof size, estimated: `4163`
		// Fastest run: 16_645_000 ps.
		Weight::from_parts(18_117_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size, measured: `730`
		// Proof size, estimated: `4163`
		// Fastest run: 16_304_000 ps.
		Weight::from_parts(17_896_000, 4163)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:0 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:0 w:8)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn unregister_athlete() -> Weight {
		// Proof size, measured: `993`
		// Proof size, estimated: `4163`
		// Fastest run: 78_076_000 ps.
		Weight::from_parts(81_991_000, 4163)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Witnesses` (r:8 w:0)
	/// Proof: `Witnesses::Witnesses` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DeadlineQueue` (r:1 w:1)
	/// Proof: `Witnesses::DeadlineQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(178), added: 2653, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Panels` (r:0 w:8)
	/// Proof: `Witnesses::Panels` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Performance::RequestPerformance` (r:0 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:0 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Component `w` ranges over `[3, 8]`.
	fn submit_performance() -> Weight {
		// PROVISIONAL until scripts/benchmark.sh regenerates this file: the old named-panel
		// measurement at its largest panel.
		let w: u32 = 8;
		// Proof size, measured: `1459 + w * (94 ±0)`
		// Proof size, estimated: `4163 + w * (2638 ±0)`
		// Fastest run: 224_453_000 ps.
		Weight::from_parts(215_660_089, 4163)
			// Standard error: 71_460
			.saturating_add(Weight::from_parts(7_288_444, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2638).saturating_mul(w.into()))
	}
	/// Storage: `Performance::NextCompetitionId` (r:1 w:1)
	/// Proof: `Performance::NextCompetitionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:0 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	fn create_competition() -> Weight {
		// Proof size, measured: `159`
		// Proof size, estimated: `3712`
		// Fastest run: 58_387_000 ps.
		Weight::from_parts(61_301_000, 3712)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionFunds` (r:1 w:1)
	/// Proof: `Performance::CompetitionFunds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn fund_competition() -> Weight {
		// Proof size, measured: `715`
		// Proof size, estimated: `6196`
		// Fastest run: 109_933_000 ps.
		Weight::from_parts(114_510_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:0)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 10]`.
	fn close_competition(r: u32, ) -> Weight {
		// Proof size, measured: `1075 + r * (120 ±0)`
		// Proof size, estimated: `5504 + r * (2742 ±15)`
		// Fastest run: 60_560_000 ps.
		Weight::from_parts(69_568_069, 5504)
			// Standard error: 35_501
			.saturating_add(Weight::from_parts(47_267_946, 0).saturating_mul(r.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		// Proof size, measured: `1071`
		// Proof size, estimated: `6196`
		// Fastest run: 73_649_000 ps.
		Weight::from_parts(77_285_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::NextChallengeId` (r:1 w:1)
	/// Proof: `Performance::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:0 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn create_challenge() -> Weight {
		// Proof size, measured: `518`
		// Proof size, estimated: `3712`
		// Fastest run: 68_071_000 ps.
		Weight::from_parts(72_638_000, 3712)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Challenges` (r:1 w:1)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:64 w:64)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 64]`.
	fn close_challenge(n: u32, ) -> Weight {
		// Proof size, measured: `962 + n * (62 ±0)`
		// Proof size, estimated: `3712 + n * (2547 ±0)`
		// Fastest run: 68_952_000 ps.
		Weight::from_parts(77_541_725, 3712)
			// Standard error: 9_923
			.saturating_add(Weight::from_parts(1_349_320, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2547).saturating_mul(n.into()))
	}
	/// Storage: `Performance::Performances` (r:1 w:0)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn predict() -> Weight {
		// Proof size, measured: `1624`
		// Proof size, estimated: `6196`
		// Fastest run: 124_085_000 ps.
		Weight::from_parts(129_242_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::Predictions` (r:1 w:1)
	/// Proof: `Performance::Predictions` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_prediction() -> Weight {
		// Proof size, measured: `1186`
		// Proof size, estimated: `6196`
		// Fastest run: 79_709_000 ps.
		Weight::from_parts(85_687_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:10 w:10)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::History` (r:1 w:1)
	/// Proof: `Performance::History` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PersonalBests` (r:1 w:1)
	/// Proof: `Performance::PersonalBests` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Leaderboards` (r:1 w:1)
	/// Proof: `Performance::Leaderboards` (`max_values`: None, `max_size`: Some(1467), added: 3942, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::CompetitionRankings` (r:1 w:1)
	/// Proof: `Performance::CompetitionRankings` (`max_values`: None, `max_size`: Some(457), added: 2932, mode: `MaxEncodedLen`)
	/// Storage: `Performance::OpenChallenges` (r:1 w:1)
	/// Proof: `Performance::OpenChallenges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Challenges` (r:8 w:8)
	/// Proof: `Performance::Challenges` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Performance::ChallengeWinners` (r:8 w:8)
	/// Proof: `Performance::ChallengeWinners` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 8]`.
	/// Component `w` ranges over `[0, 8]`.
	fn on_outcome_verified(c: u32, w: u32, ) -> Weight {
		// Proof size, measured: `6196 + c * (428 ±0) + w * (126 ±0)`
		// Proof size, estimated: `6434 + c * (2722 ±0) + w * (2603 ±0)`
		// Fastest run: 583_076_000 ps.
		Weight::from_parts(238_311_315, 6434)
			// Standard error: 533_089
			.saturating_add(Weight::from_parts(65_647_499, 0).saturating_mul(c.into()))
			// Standard error: 533_089
			.saturating_add(Weight::from_parts(45_070_242, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `3478 + w * (120 ±0)`
		// Proof size, estimated: `7641 + w * (2828 ±32)`
		// Fastest run: 125_697_000 ps.
		Weight::from_parts(144_078_299, 7641)
			// Standard error: 145_977
			.saturating_add(Weight::from_parts(46_632_829, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2828).saturating_mul(w.into()))
	}
	/// Storage: `Performance::RequestPerformance` (r:1 w:1)
	/// Proof: `Performance::RequestPerformance` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Performances` (r:1 w:1)
	/// Proof: `Performance::Performances` (`max_values`: None, `max_size`: Some(996), added: 3471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Athletes` (r:1 w:1)
	/// Proof: `Performance::Athletes` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `Performance::Competitions` (r:1 w:1)
	/// Proof: `Performance::Competitions` (`max_values`: None, `max_size`: Some(428), added: 2903, mode: `MaxEncodedLen`)
	/// Storage: `Performance::PredictionPools` (r:1 w:1)
	/// Proof: `Performance::PredictionPools` (`max_values`: None, `max_size`: Some(135), added: 2610, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `2936`
		// Proof size, estimated: `4461`
		// Fastest run: 88_902_000 ps.
		Weight::from_parts(93_679_000, 4461)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn accredit() -> Weight {
		Weight::from_parts(20_000_000, 3_500).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	// PROVISIONAL until scripts/benchmark.sh regenerates this file.
	fn revoke_accreditation() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
