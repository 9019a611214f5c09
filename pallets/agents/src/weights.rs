//! Weights of `pallet_agents`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-30.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 20, repeats 5,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_agents --extrinsic * --steps 20 --repeat 5 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/agents/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_agents`.
pub trait WeightInfo {
	fn register_agent(c: u32, ) -> Weight;
	fn update_agent() -> Weight;
	fn update_model(o: u32, c: u32, ) -> Weight;
	fn bond_extra() -> Weight;
	fn pause_agent() -> Weight;
	fn resume_agent() -> Weight;
	fn unbond_agent(c: u32, ) -> Weight;
	fn deregister_agent(c: u32, ) -> Weight;
	fn request_evaluation() -> Weight;
	fn on_outcome_listed() -> Weight;
	fn on_outcome_inconclusive() -> Weight;
	fn open_job(a: u32, ) -> Weight;
	fn submit_result() -> Weight;
	fn settle_job() -> Weight;
	fn dispute_job() -> Weight;
	fn timeout_job(a: u32, ) -> Weight;
	fn on_outcome_dispute() -> Weight;
	fn register_circuit(n: u32, ) -> Weight;
	fn retire_circuit() -> Weight;
	fn submit_training_proof(n: u32, ) -> Weight;
	fn verify_pure(n: u32, ) -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Agents::NextAgentId` (r:1 w:1)
	/// Proof: `Agents::NextAgentId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: `Agents::Agents` (r:0 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:0 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:8)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:8)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:8)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn register_agent(c: u32, ) -> Weight {
		// Proof size, measured: `1625`
		// Proof size, estimated: `28095`
		// Fastest run: 281_805_000 ps.
		Weight::from_parts(303_826_835, 28095)
			// Standard error: 748_918
			.saturating_add(Weight::from_parts(217_578_285, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(c.into())))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn update_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 24_716_000 ps.
		Weight::from_parts(40_586_000, 4087)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:8 w:8)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:8)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:8)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:8)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `o` ranges over `[1, 8]`.
	/// Component `c` ranges over `[1, 8]`.
	fn update_model(o: u32, c: u32, ) -> Weight {
		// Proof size, measured: `2278 + o * (108 ±0)`
		// Proof size, estimated: `28095 + o * (3038 ±0)`
		// Fastest run: 285_274_000 ps.
		Weight::from_parts(369_231_277, 28095)
			// Standard error: 5_510_782
			.saturating_add(Weight::from_parts(153_058_301, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(o.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size, measured: `1049`
		// Proof size, estimated: `4087`
		// Fastest run: 85_063_000 ps.
		Weight::from_parts(105_871_000, 4087)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn pause_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 34_439_000 ps.
		Weight::from_parts(47_947_000, 4087)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn resume_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 24_035_000 ps.
		Weight::from_parts(39_439_000, 4087)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:8 w:8)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn unbond_agent(c: u32, ) -> Weight {
		// Proof size, measured: `305 + c * (108 ±0)`
		// Proof size, estimated: `4087 + c * (3038 ±0)`
		// Fastest run: 35_829_000 ps.
		Weight::from_parts(45_081_355, 4087)
			// Standard error: 239_625
			.saturating_add(Weight::from_parts(15_810_711, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(c.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:8 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:0 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn deregister_agent(c: u32, ) -> Weight {
		// Proof size, measured: `1177 + c * (45 ±0)`
		// Proof size, estimated: `4087 + c * (3183 ±0)`
		// Fastest run: 131_699_000 ps.
		Weight::from_parts(180_494_611, 4087)
			// Standard error: 526_870
			.saturating_add(Weight::from_parts(6_147_210, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3183).saturating_mul(c.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn request_evaluation() -> Weight {
		// Proof size, measured: `2172`
		// Proof size, estimated: `28095`
		// Fastest run: 187_663_000 ps.
		Weight::from_parts(329_219_000, 28095)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Agents::Evaluations` (r:1 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:2 w:2)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:1 w:1)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn on_outcome_listed() -> Weight {
		// Proof size, measured: `1964`
		// Proof size, estimated: `7184`
		// Fastest run: 61_956_000 ps.
		Weight::from_parts(75_886_000, 7184)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Agents::Evaluations` (r:1 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `408`
		// Proof size, estimated: `4087`
		// Fastest run: 24_341_000 ps.
		Weight::from_parts(35_285_000, 4087)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Agents::Agents` (r:4 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::NextJobId` (r:1 w:1)
	/// Proof: `Agents::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Jobs` (r:0 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[1, 4]`.
	fn open_job(a: u32, ) -> Weight {
		// Proof size, measured: `671 + a * (288 ±0)`
		// Proof size, estimated: `4054 + a * (3097 ±0)`
		// Fastest run: 138_745_000 ps.
		Weight::from_parts(161_891_543, 4054)
			// Standard error: 327_050
			.saturating_add(Weight::from_parts(5_516_729, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 3097).saturating_mul(a.into()))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn submit_result() -> Weight {
		// Proof size, measured: `1611`
		// Proof size, estimated: `7118`
		// Fastest run: 199_253_000 ps.
		Weight::from_parts(228_910_000, 7118)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn settle_job() -> Weight {
		// Proof size, measured: `1551`
		// Proof size, estimated: `6196`
		// Fastest run: 176_286_000 ps.
		Weight::from_parts(203_190_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:0)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Disputes` (r:0 w:1)
	/// Proof: `Agents::Disputes` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn dispute_job() -> Weight {
		// Proof size, measured: `2549`
		// Proof size, estimated: `28095`
		// Fastest run: 193_345_000 ps.
		Weight::from_parts(217_095_000, 28095)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:4 w:2)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[2, 4]`.
	fn timeout_job(a: u32, ) -> Weight {
		// Proof size, measured: `381 + a * (284 ±0)`
		// Proof size, estimated: `4358 + a * (3097 ±0)`
		// Fastest run: 62_925_000 ps.
		Weight::from_parts(58_487_861, 4358)
			// Standard error: 149_121
			.saturating_add(Weight::from_parts(6_458_463, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 3097).saturating_mul(a.into()))
	}
	/// Storage: `Agents::Disputes` (r:1 w:1)
	/// Proof: `Agents::Disputes` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn on_outcome_dispute() -> Weight {
		// Proof size, measured: `1729`
		// Proof size, estimated: `7118`
		// Fastest run: 190_968_000 ps.
		Weight::from_parts(205_577_000, 7118)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Agents::NextCircuitId` (r:1 w:1)
	/// Proof: `Agents::NextCircuitId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Circuits` (r:0 w:1)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn register_circuit(n: u32, ) -> Weight {
		// Proof size, measured: `6`
		// Proof size, estimated: `1489`
		// Fastest run: 686_553_000 ps.
		Weight::from_parts(644_389_012, 1489)
			// Standard error: 437_885
			.saturating_add(Weight::from_parts(109_739_064, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Agents::Circuits` (r:1 w:1)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	fn retire_circuit() -> Weight {
		// Proof size, measured: `2418`
		// Proof size, estimated: `5827`
		// Fastest run: 21_313_000 ps.
		Weight::from_parts(25_788_000, 5827)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:0)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Circuits` (r:1 w:0)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	/// Storage: `Agents::TrainingProofs` (r:1 w:1)
	/// Proof: `Agents::TrainingProofs` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn submit_training_proof(n: u32, ) -> Weight {
		// Proof size, measured: `1265 + n * (96 ±0)`
		// Proof size, estimated: `5827`
		// Fastest run: 4_000_521_000 ps.
		Weight::from_parts(5_362_253_031, 5827)
			// Standard error: 12_412_781
			.saturating_add(Weight::from_parts(164_270_413, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Component `n` ranges over `[1, 16]`.
	fn verify_pure(n: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 17_330_780_000 ps.
		Weight::from_parts(18_669_359_117, 0)
			// Standard error: 17_911_861
			.saturating_add(Weight::from_parts(339_705_951, 0).saturating_mul(n.into()))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
impl WeightInfo for () {
	/// Storage: `Agents::NextAgentId` (r:1 w:1)
	/// Proof: `Agents::NextAgentId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: `Agents::Agents` (r:0 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:0 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:8)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:8)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:8)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn register_agent(c: u32, ) -> Weight {
		// Proof size, measured: `1625`
		// Proof size, estimated: `28095`
		// Fastest run: 281_805_000 ps.
		Weight::from_parts(303_826_835, 28095)
			// Standard error: 748_918
			.saturating_add(Weight::from_parts(217_578_285, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(c.into())))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn update_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 24_716_000 ps.
		Weight::from_parts(40_586_000, 4087)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:8 w:8)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:8)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:8)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:8)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Component `o` ranges over `[1, 8]`.
	/// Component `c` ranges over `[1, 8]`.
	fn update_model(o: u32, c: u32, ) -> Weight {
		// Proof size, measured: `2278 + o * (108 ±0)`
		// Proof size, estimated: `28095 + o * (3038 ±0)`
		// Fastest run: 285_274_000 ps.
		Weight::from_parts(369_231_277, 28095)
			// Standard error: 5_510_782
			.saturating_add(Weight::from_parts(153_058_301, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(o.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size, measured: `1049`
		// Proof size, estimated: `4087`
		// Fastest run: 85_063_000 ps.
		Weight::from_parts(105_871_000, 4087)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn pause_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 34_439_000 ps.
		Weight::from_parts(47_947_000, 4087)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn resume_agent() -> Weight {
		// Proof size, measured: `362`
		// Proof size, estimated: `4087`
		// Fastest run: 24_035_000 ps.
		Weight::from_parts(39_439_000, 4087)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:8 w:8)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn unbond_agent(c: u32, ) -> Weight {
		// Proof size, measured: `305 + c * (108 ±0)`
		// Proof size, estimated: `4087 + c * (3038 ±0)`
		// Fastest run: 35_829_000 ps.
		Weight::from_parts(45_081_355, 4087)
			// Standard error: 239_625
			.saturating_add(Weight::from_parts(15_810_711, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(c.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:8 w:0)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:0 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:8)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 8]`.
	fn deregister_agent(c: u32, ) -> Weight {
		// Proof size, measured: `1177 + c * (45 ±0)`
		// Proof size, estimated: `4087 + c * (3183 ±0)`
		// Fastest run: 131_699_000 ps.
		Weight::from_parts(180_494_611, 4087)
			// Standard error: 526_870
			.saturating_add(Weight::from_parts(6_147_210, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 3183).saturating_mul(c.into()))
	}
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Evaluations` (r:0 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn request_evaluation() -> Weight {
		// Proof size, measured: `2172`
		// Proof size, estimated: `28095`
		// Fastest run: 187_663_000 ps.
		Weight::from_parts(329_219_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Agents::Evaluations` (r:1 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:2 w:2)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Listed` (r:1 w:1)
	/// Proof: `Agents::Listed` (`max_values`: None, `max_size`: Some(563), added: 3038, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn on_outcome_listed() -> Weight {
		// Proof size, measured: `1964`
		// Proof size, estimated: `7184`
		// Fastest run: 61_956_000 ps.
		Weight::from_parts(75_886_000, 7184)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Agents::Evaluations` (r:1 w:1)
	/// Proof: `Agents::Evaluations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	fn on_outcome_inconclusive() -> Weight {
		// Proof size, measured: `408`
		// Proof size, estimated: `4087`
		// Fastest run: 24_341_000 ps.
		Weight::from_parts(35_285_000, 4087)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Agents::Agents` (r:4 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::NextJobId` (r:1 w:1)
	/// Proof: `Agents::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Jobs` (r:0 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[1, 4]`.
	fn open_job(a: u32, ) -> Weight {
		// Proof size, measured: `671 + a * (288 ±0)`
		// Proof size, estimated: `4054 + a * (3097 ±0)`
		// Fastest run: 138_745_000 ps.
		Weight::from_parts(161_891_543, 4054)
			// Standard error: 327_050
			.saturating_add(Weight::from_parts(5_516_729, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 3097).saturating_mul(a.into()))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn submit_result() -> Weight {
		// Proof size, measured: `1611`
		// Proof size, estimated: `7118`
		// Fastest run: 199_253_000 ps.
		Weight::from_parts(228_910_000, 7118)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn settle_job() -> Weight {
		// Proof size, measured: `1551`
		// Proof size, estimated: `6196`
		// Fastest run: 176_286_000 ps.
		Weight::from_parts(203_190_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:0)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:0)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Disputes` (r:0 w:1)
	/// Proof: `Agents::Disputes` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	fn dispute_job() -> Weight {
		// Proof size, measured: `2549`
		// Proof size, estimated: `28095`
		// Fastest run: 193_345_000 ps.
		Weight::from_parts(217_095_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:4 w:2)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[2, 4]`.
	fn timeout_job(a: u32, ) -> Weight {
		// Proof size, measured: `381 + a * (284 ±0)`
		// Proof size, estimated: `4358 + a * (3097 ±0)`
		// Fastest run: 62_925_000 ps.
		Weight::from_parts(58_487_861, 4358)
			// Standard error: 149_121
			.saturating_add(Weight::from_parts(6_458_463, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 3097).saturating_mul(a.into()))
	}
	/// Storage: `Agents::Disputes` (r:1 w:1)
	/// Proof: `Agents::Disputes` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Jobs` (r:1 w:1)
	/// Proof: `Agents::Jobs` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Agents` (r:1 w:1)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	fn on_outcome_dispute() -> Weight {
		// Proof size, measured: `1729`
		// Proof size, estimated: `7118`
		// Fastest run: 190_968_000 ps.
		Weight::from_parts(205_577_000, 7118)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Agents::NextCircuitId` (r:1 w:1)
	/// Proof: `Agents::NextCircuitId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Circuits` (r:0 w:1)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn register_circuit(n: u32, ) -> Weight {
		// Proof size, measured: `6`
		// Proof size, estimated: `1489`
		// Fastest run: 686_553_000 ps.
		Weight::from_parts(644_389_012, 1489)
			// Standard error: 437_885
			.saturating_add(Weight::from_parts(109_739_064, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Agents::Circuits` (r:1 w:1)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	fn retire_circuit() -> Weight {
		// Proof size, measured: `2418`
		// Proof size, estimated: `5827`
		// Fastest run: 21_313_000 ps.
		Weight::from_parts(25_788_000, 5827)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agents::Agents` (r:1 w:0)
	/// Proof: `Agents::Agents` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Circuits` (r:1 w:0)
	/// Proof: `Agents::Circuits` (`max_values`: None, `max_size`: Some(2362), added: 4837, mode: `MaxEncodedLen`)
	/// Storage: `Agents::TrainingProofs` (r:1 w:1)
	/// Proof: `Agents::TrainingProofs` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Agents::Reputations` (r:1 w:1)
	/// Proof: `Agents::Reputations` (`max_values`: None, `max_size`: Some(893), added: 3368, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn submit_training_proof(n: u32, ) -> Weight {
		// Proof size, measured: `1265 + n * (96 ±0)`
		// Proof size, estimated: `5827`
		// Fastest run: 4_000_521_000 ps.
		Weight::from_parts(5_362_253_031, 5827)
			// Standard error: 12_412_781
			.saturating_add(Weight::from_parts(164_270_413, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Component `n` ranges over `[1, 16]`.
	fn verify_pure(n: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 17_330_780_000 ps.
		Weight::from_parts(18_669_359_117, 0)
			// Standard error: 17_911_861
			.saturating_add(Weight::from_parts(339_705_951, 0).saturating_mul(n.into()))
	}
}
