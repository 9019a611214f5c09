//! Weights of `pallet_streaming`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-30.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_streaming --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/streaming/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_streaming`.
pub trait WeightInfo {
	fn register_content() -> Weight;
	fn update_content() -> Weight;
	fn retire_content() -> Weight;
	fn register_node() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn pin_content() -> Weight;
	fn unpin_content() -> Weight;
	fn challenge_storage() -> Weight;
	fn answer_challenge(d: u32, ) -> Weight;
	fn expire_challenge() -> Weight;
	fn create_task() -> Weight;
	fn cancel_task() -> Weight;
	fn assign_task(n: u32, ) -> Weight;
	fn submit_results(s: u32, ) -> Weight;
	fn expire_task() -> Weight;
	fn task_outcome(p: u32, ) -> Weight;
	fn open_reserve() -> Weight;
	fn leave() -> Weight;
	fn withdraw_reserve(c: u32, ) -> Weight;
	fn redeem_tickets(t: u32, ) -> Weight;
	fn approve_storage() -> Weight;
	fn revoke_storage() -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn register_content() -> Weight {
		// Proof size, measured: `162`
		// Proof size, estimated: `6302`
		// Fastest run: 75_579_000 ps.
		Weight::from_parts(87_468_000, 6302)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn update_content() -> Weight {
		// Proof size, measured: `2944`
		// Proof size, estimated: `6302`
		// Fastest run: 28_051_000 ps.
		Weight::from_parts(34_867_000, 6302)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:8 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:8 w:8)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:8)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn retire_content() -> Weight {
		// Proof size, measured: `3041`
		// Proof size, estimated: `22038`
		// Fastest run: 189_292_000 ps.
		Weight::from_parts(209_792_000, 22038)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn register_node() -> Weight {
		// Proof size, measured: `4818`
		// Proof size, estimated: `4559`
		// Fastest run: 109_642_000 ps.
		Weight::from_parts(135_218_000, 4559)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size, measured: `4953`
		// Proof size, estimated: `4559`
		// Fastest run: 114_007_000 ps.
		Weight::from_parts(138_386_000, 4559)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size, measured: `3911`
		// Proof size, estimated: `4559`
		// Fastest run: 41_497_000 ps.
		Weight::from_parts(57_314_000, 4559)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `468`
		// Proof size, estimated: `4180`
		// Fastest run: 61_864_000 ps.
		Weight::from_parts(94_615_000, 4180)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn pin_content() -> Weight {
		// Proof size, measured: `2152`
		// Proof size, estimated: `6302`
		// Fastest run: 30_768_000 ps.
		Weight::from_parts(35_711_000, 6302)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:1 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn unpin_content() -> Weight {
		// Proof size, measured: `2290`
		// Proof size, estimated: `6302`
		// Fastest run: 47_136_000 ps.
		Weight::from_parts(92_892_000, 6302)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn challenge_storage() -> Weight {
		// Proof size, measured: `2283`
		// Proof size, estimated: `6302`
		// Fastest run: 84_302_000 ps.
		Weight::from_parts(159_212_000, 6302)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 24]`.
	fn answer_challenge(d: u32, ) -> Weight {
		// Proof size, measured: `3007`
		// Proof size, estimated: `6302`
		// Fastest run: 115_491_000 ps.
		Weight::from_parts(136_808_269, 6302)
			// Standard error: 31_029
			.saturating_add(Weight::from_parts(627_350, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `7565`
		// Proof size, estimated: `7370`
		// Fastest run: 222_376_000 ps.
		Weight::from_parts(402_838_000, 7370)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::NextTaskId` (r:1 w:1)
	/// Proof: `Streaming::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::DrawQueue` (r:1 w:1)
	/// Proof: `Streaming::DrawQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:0 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	fn create_task() -> Weight {
		// Proof size, measured: `2248`
		// Proof size, estimated: `6302`
		// Fastest run: 91_799_000 ps.
		Weight::from_parts(128_139_000, 6302)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size, measured: `2509`
		// Proof size, estimated: `6302`
		// Fastest run: 78_322_000 ps.
		Weight::from_parts(144_476_000, 6302)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 64]`.
	fn assign_task(n: u32, ) -> Weight {
		// Proof size, measured: `830 + n * (54 ±0)`
		// Proof size, estimated: `5716`
		// Fastest run: 71_306_000 ps.
		Weight::from_parts(104_245_003, 5716)
			// Standard error: 28_994
			.saturating_add(Weight::from_parts(546_123, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::TaskOfRequest` (r:0 w:1)
	/// Proof: `Streaming::TaskOfRequest` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 64]`.
	fn submit_results(s: u32, ) -> Weight {
		// Proof size, measured: `2161`
		// Proof size, estimated: `28095`
		// Fastest run: 191_405_000 ps.
		Weight::from_parts(296_154_583, 28095)
			// Standard error: 103_965
			.saturating_add(Weight::from_parts(752_619, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn expire_task() -> Weight {
		// Proof size, measured: `7221`
		// Proof size, estimated: `7370`
		// Fastest run: 164_984_000 ps.
		Weight::from_parts(247_133_000, 7370)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Streaming::TaskOfRequest` (r:1 w:1)
	/// Proof: `Streaming::TaskOfRequest` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 64]`.
	fn task_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `11082`
		// Proof size, estimated: `27623 + p * (448 ±64)`
		// Fastest run: 269_460_000 ps.
		Weight::from_parts(948_310_915, 27623)
			// Standard error: 925_793
			.saturating_add(Weight::from_parts(17_463_770, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(17_u64))
			.saturating_add(Weight::from_parts(0, 448).saturating_mul(p.into()))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:0)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:1 w:1)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	fn open_reserve() -> Weight {
		// Proof size, measured: `375`
		// Proof size, estimated: `4180`
		// Fastest run: 129_176_000 ps.
		Weight::from_parts(225_669_000, 4180)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof size, measured: `204`
		// Proof size, estimated: `3562`
		// Fastest run: 21_582_000 ps.
		Weight::from_parts(47_118_000, 3562)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:16 w:16)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:16 w:16)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 16]`.
	fn withdraw_reserve(c: u32, ) -> Weight {
		// Proof size, measured: `651 + c * (210 ±0)`
		// Proof size, estimated: `4180 + c * (2623 ±0)`
		// Fastest run: 156_707_000 ps.
		Weight::from_parts(242_958_544, 4180)
			// Standard error: 303_456
			.saturating_add(Weight::from_parts(9_023_640, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(c.into()))
	}
	/// Storage: `Streaming::Nodes` (r:513 w:513)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:64 w:64)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:64 w:64)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:64 w:64)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:64 w:64)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:641 w:641)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:64 w:64)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 64]`.
	fn redeem_tickets(t: u32, ) -> Weight {
		// Proof size, measured: `990 + t * (3842 ±0)`
		// Proof size, estimated: `3621 + t * (26030 ±0)`
		// Fastest run: 1_135_868_000 ps.
		Weight::from_parts(1_025_574_974, 3621)
			// Standard error: 37_135_304
			.saturating_add(Weight::from_parts(1_222_418_635, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((24_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((24_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 26030).saturating_mul(t.into()))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn approve_storage() -> Weight {
		// Proof size, measured: `1553`
		// Proof size, estimated: `6302`
		// Fastest run: 19_612_000 ps.
		Weight::from_parts(32_464_000, 6302)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn revoke_storage() -> Weight {
		// Proof size, measured: `2217`
		// Proof size, estimated: `6302`
		// Fastest run: 48_062_000 ps.
		Weight::from_parts(58_898_000, 6302)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
impl WeightInfo for () {
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn register_content() -> Weight {
		// Proof size, measured: `162`
		// Proof size, estimated: `6302`
		// Fastest run: 75_579_000 ps.
		Weight::from_parts(87_468_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn update_content() -> Weight {
		// Proof size, measured: `2944`
		// Proof size, estimated: `6302`
		// Fastest run: 28_051_000 ps.
		Weight::from_parts(34_867_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:8 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:8 w:8)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:8)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn retire_content() -> Weight {
		// Proof size, measured: `3041`
		// Proof size, estimated: `22038`
		// Fastest run: 189_292_000 ps.
		Weight::from_parts(209_792_000, 22038)
			.saturating_add(RocksDbWeight::get().reads(20_u64))
			.saturating_add(RocksDbWeight::get().writes(20_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn register_node() -> Weight {
		// Proof size, measured: `4818`
		// Proof size, estimated: `4559`
		// Fastest run: 109_642_000 ps.
		Weight::from_parts(135_218_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size, measured: `4953`
		// Proof size, estimated: `4559`
		// Fastest run: 114_007_000 ps.
		Weight::from_parts(138_386_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size, measured: `3911`
		// Proof size, estimated: `4559`
		// Fastest run: 41_497_000 ps.
		Weight::from_parts(57_314_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size, measured: `468`
		// Proof size, estimated: `4180`
		// Fastest run: 61_864_000 ps.
		Weight::from_parts(94_615_000, 4180)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn pin_content() -> Weight {
		// Proof size, measured: `2152`
		// Proof size, estimated: `6302`
		// Fastest run: 30_768_000 ps.
		Weight::from_parts(35_711_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:1 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn unpin_content() -> Weight {
		// Proof size, measured: `2290`
		// Proof size, estimated: `6302`
		// Fastest run: 47_136_000 ps.
		Weight::from_parts(92_892_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn challenge_storage() -> Weight {
		// Proof size, measured: `2283`
		// Proof size, estimated: `6302`
		// Fastest run: 84_302_000 ps.
		Weight::from_parts(159_212_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 24]`.
	fn answer_challenge(d: u32, ) -> Weight {
		// Proof size, measured: `3007`
		// Proof size, estimated: `6302`
		// Fastest run: 115_491_000 ps.
		Weight::from_parts(136_808_269, 6302)
			// Standard error: 31_029
			.saturating_add(Weight::from_parts(627_350, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `7565`
		// Proof size, estimated: `7370`
		// Fastest run: 222_376_000 ps.
		Weight::from_parts(402_838_000, 7370)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::NextTaskId` (r:1 w:1)
	/// Proof: `Streaming::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::DrawQueue` (r:1 w:1)
	/// Proof: `Streaming::DrawQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:0 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	fn create_task() -> Weight {
		// Proof size, measured: `2248`
		// Proof size, estimated: `6302`
		// Fastest run: 91_799_000 ps.
		Weight::from_parts(128_139_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size, measured: `2509`
		// Proof size, estimated: `6302`
		// Fastest run: 78_322_000 ps.
		Weight::from_parts(144_476_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 64]`.
	fn assign_task(n: u32, ) -> Weight {
		// Proof size, measured: `830 + n * (54 ±0)`
		// Proof size, estimated: `5716`
		// Fastest run: 71_306_000 ps.
		Weight::from_parts(104_245_003, 5716)
			// Standard error: 28_994
			.saturating_add(Weight::from_parts(546_123, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::DrawsAt` (r:1 w:1)
	/// Proof: `Witnesses::DrawsAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::RosterDraws` (r:1 w:1)
	/// Proof: `Witnesses::RosterDraws` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::FinalizationCursor` (r:1 w:1)
	/// Proof: `Witnesses::FinalizationCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rounds` (r:0 w:1)
	/// Proof: `Witnesses::Rounds` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Schedule` (r:0 w:1)
	/// Proof: `Witnesses::Schedule` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Requests` (r:0 w:1)
	/// Proof: `Witnesses::Requests` (`max_values`: None, `max_size`: Some(708), added: 3183, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::TaskOfRequest` (r:0 w:1)
	/// Proof: `Streaming::TaskOfRequest` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 64]`.
	fn submit_results(s: u32, ) -> Weight {
		// Proof size, measured: `2161`
		// Proof size, estimated: `28095`
		// Fastest run: 191_405_000 ps.
		Weight::from_parts(296_154_583, 28095)
			// Standard error: 103_965
			.saturating_add(Weight::from_parts(752_619, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn expire_task() -> Weight {
		// Proof size, measured: `7221`
		// Proof size, estimated: `7370`
		// Fastest run: 164_984_000 ps.
		Weight::from_parts(247_133_000, 7370)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Streaming::TaskOfRequest` (r:1 w:1)
	/// Proof: `Streaming::TaskOfRequest` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 64]`.
	fn task_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `11082`
		// Proof size, estimated: `27623 + p * (448 ±64)`
		// Fastest run: 269_460_000 ps.
		Weight::from_parts(948_310_915, 27623)
			// Standard error: 925_793
			.saturating_add(Weight::from_parts(17_463_770, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(17_u64))
			.saturating_add(Weight::from_parts(0, 448).saturating_mul(p.into()))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:0)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:1 w:1)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	fn open_reserve() -> Weight {
		// Proof size, measured: `375`
		// Proof size, estimated: `4180`
		// Fastest run: 129_176_000 ps.
		Weight::from_parts(225_669_000, 4180)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof size, measured: `204`
		// Proof size, estimated: `3562`
		// Fastest run: 21_582_000 ps.
		Weight::from_parts(47_118_000, 3562)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:16 w:16)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:16 w:16)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 16]`.
	fn withdraw_reserve(c: u32, ) -> Weight {
		// Proof size, measured: `651 + c * (210 ±0)`
		// Proof size, estimated: `4180 + c * (2623 ±0)`
		// Fastest run: 156_707_000 ps.
		Weight::from_parts(242_958_544, 4180)
			// Standard error: 303_456
			.saturating_add(Weight::from_parts(9_023_640, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(c.into()))
	}
	/// Storage: `Streaming::Nodes` (r:513 w:513)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:64 w:64)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:64 w:64)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:64 w:64)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Allowances` (r:64 w:64)
	/// Proof: `Streaming::Allowances` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:641 w:641)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:64 w:64)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 64]`.
	fn redeem_tickets(t: u32, ) -> Weight {
		// Proof size, measured: `990 + t * (3842 ±0)`
		// Proof size, estimated: `3621 + t * (26030 ±0)`
		// Fastest run: 1_135_868_000 ps.
		Weight::from_parts(1_025_574_974, 3621)
			// Standard error: 37_135_304
			.saturating_add(Weight::from_parts(1_222_418_635, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((24_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((24_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 26030).saturating_mul(t.into()))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	fn approve_storage() -> Weight {
		// Proof size, measured: `1553`
		// Proof size, estimated: `6302`
		// Fastest run: 19_612_000 ps.
		Weight::from_parts(32_464_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(2837), added: 5312, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Unpinning` (r:0 w:1)
	/// Proof: `Streaming::Unpinning` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn revoke_storage() -> Weight {
		// Proof size, measured: `2217`
		// Proof size, estimated: `6302`
		// Fastest run: 48_062_000 ps.
		Weight::from_parts(58_898_000, 6302)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
