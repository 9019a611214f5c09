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
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn register_content() -> Weight {
		// Proof size, measured: `162`
		// Proof size, estimated: `4981`
		// Fastest run: 74_158_000 ps.
		Weight::from_parts(81_705_000, 4981)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn update_content() -> Weight {
		// Proof size, measured: `1627`
		// Proof size, estimated: `4981`
		// Fastest run: 22_126_000 ps.
		Weight::from_parts(25_012_000, 4981)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
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
	fn retire_content() -> Weight {
		// Proof size, measured: `2778`
		// Proof size, estimated: `22038`
		// Fastest run: 166_613_000 ps.
		Weight::from_parts(180_409_000, 22038)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
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
		// Fastest run: 108_827_000 ps.
		Weight::from_parts(118_004_000, 4559)
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
		// Fastest run: 114_126_000 ps.
		Weight::from_parts(126_921_000, 4559)
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
		// Fastest run: 40_852_000 ps.
		Weight::from_parts(47_417_000, 4559)
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
		// Fastest run: 61_697_000 ps.
		Weight::from_parts(68_008_000, 4180)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn pin_content() -> Weight {
		// Proof size, measured: `1893`
		// Proof size, estimated: `4981`
		// Fastest run: 30_463_000 ps.
		Weight::from_parts(36_769_000, 4981)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn unpin_content() -> Weight {
		// Proof size, measured: `1925`
		// Proof size, estimated: `4981`
		// Fastest run: 37_063_000 ps.
		Weight::from_parts(42_360_000, 4981)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn challenge_storage() -> Weight {
		// Proof size, measured: `2024`
		// Proof size, estimated: `4981`
		// Fastest run: 82_484_000 ps.
		Weight::from_parts(93_113_000, 4981)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `2748`
		// Proof size, estimated: `6196`
		// Fastest run: 113_185_000 ps.
		Weight::from_parts(127_279_876, 6196)
			// Standard error: 26_755
			.saturating_add(Weight::from_parts(799_942, 0).saturating_mul(d.into()))
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
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `7306`
		// Proof size, estimated: `7370`
		// Fastest run: 208_795_000 ps.
		Weight::from_parts(231_404_000, 7370)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::NextTaskId` (r:1 w:1)
	/// Proof: `Streaming::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:0 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	fn create_task() -> Weight {
		// Proof size, measured: `1989`
		// Proof size, estimated: `4981`
		// Fastest run: 85_200_000 ps.
		Weight::from_parts(92_916_000, 4981)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size, measured: `2217`
		// Proof size, estimated: `5716`
		// Fastest run: 76_222_000 ps.
		Weight::from_parts(87_285_000, 5716)
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
		// Proof size, measured: `797 + n * (54 ±0)`
		// Proof size, estimated: `5716`
		// Fastest run: 51_249_000 ps.
		Weight::from_parts(58_277_877, 5716)
			// Standard error: 12_547
			.saturating_add(Weight::from_parts(557_797, 0).saturating_mul(n.into()))
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
		// Proof size, measured: `2128`
		// Proof size, estimated: `28095`
		// Fastest run: 184_248_000 ps.
		Weight::from_parts(219_653_134, 28095)
			// Standard error: 38_934
			.saturating_add(Weight::from_parts(859_376, 0).saturating_mul(s.into()))
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
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn expire_task() -> Weight {
		// Proof size, measured: `6929`
		// Proof size, estimated: `7370`
		// Fastest run: 204_109_000 ps.
		Weight::from_parts(228_133_000, 7370)
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
	/// Storage: `System::Account` (r:66 w:66)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 64]`.
	fn task_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `10132 + p * (41 ±0)`
		// Proof size, estimated: `7370 + p * (2603 ±0)`
		// Fastest run: 166_608_000 ps.
		Weight::from_parts(221_376_082, 7370)
			// Standard error: 381_870
			.saturating_add(Weight::from_parts(49_002_900, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(p.into()))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn open_reserve() -> Weight {
		// Proof size, measured: `199`
		// Proof size, estimated: `4180`
		// Fastest run: 110_492_000 ps.
		Weight::from_parts(124_412_000, 4180)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof size, measured: `121`
		// Proof size, estimated: `3558`
		// Fastest run: 19_225_000 ps.
		Weight::from_parts(24_360_000, 3558)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:16 w:16)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 16]`.
	fn withdraw_reserve(c: u32, ) -> Weight {
		// Proof size, measured: `587 + c * (140 ±0)`
		// Proof size, estimated: `4180 + c * (2623 ±0)`
		// Fastest run: 112_300_000 ps.
		Weight::from_parts(148_145_402, 4180)
			// Standard error: 243_906
			.saturating_add(Weight::from_parts(5_049_118, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(c.into()))
	}
	/// Storage: `Streaming::Nodes` (r:513 w:513)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:64 w:64)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:64 w:64)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:64 w:64)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:641 w:641)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:64 w:64)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 64]`.
	fn redeem_tickets(t: u32, ) -> Weight {
		// Proof size, measured: `955 + t * (3464 ±0)`
		// Proof size, estimated: `3621 + t * (26030 ±0)`
		// Fastest run: 708_342_000 ps.
		Weight::from_parts(2_556_118_295, 3621)
			// Standard error: 15_081_777
			.saturating_add(Weight::from_parts(725_908_577, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((23_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((23_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 26030).saturating_mul(t.into()))
	}
	// Until `scripts/benchmark.sh pallet_streaming` regenerates this file: the measured
	// weight of the call of the same shape (one content read and written).
	fn approve_storage() -> Weight { Self::update_content() }
	fn revoke_storage() -> Weight { Self::unpin_content() }
}

/// Weights for tests and mocks, with the database costs the runtime also uses (RocksDB's,
/// more conservative than the ParityDB the node runs).
impl WeightInfo for () {
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:1 w:1)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn register_content() -> Weight {
		// Proof size, measured: `162`
		// Proof size, estimated: `4981`
		// Fastest run: 74_158_000 ps.
		Weight::from_parts(81_705_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn update_content() -> Weight {
		// Proof size, measured: `1627`
		// Proof size, estimated: `4981`
		// Fastest run: 22_126_000 ps.
		Weight::from_parts(25_012_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
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
	fn retire_content() -> Weight {
		// Proof size, measured: `2778`
		// Proof size, estimated: `22038`
		// Fastest run: 166_613_000 ps.
		Weight::from_parts(180_409_000, 22038)
			.saturating_add(RocksDbWeight::get().reads(20_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
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
		// Fastest run: 108_827_000 ps.
		Weight::from_parts(118_004_000, 4559)
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
		// Fastest run: 114_126_000 ps.
		Weight::from_parts(126_921_000, 4559)
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
		// Fastest run: 40_852_000 ps.
		Weight::from_parts(47_417_000, 4559)
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
		// Fastest run: 61_697_000 ps.
		Weight::from_parts(68_008_000, 4180)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn pin_content() -> Weight {
		// Proof size, measured: `1893`
		// Proof size, estimated: `4981`
		// Fastest run: 30_463_000 ps.
		Weight::from_parts(36_769_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Nodes` (r:1 w:1)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:0)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn unpin_content() -> Weight {
		// Proof size, measured: `1925`
		// Proof size, estimated: `4981`
		// Fastest run: 37_063_000 ps.
		Weight::from_parts(42_360_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn challenge_storage() -> Weight {
		// Proof size, measured: `2024`
		// Proof size, estimated: `4981`
		// Fastest run: 82_484_000 ps.
		Weight::from_parts(93_113_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Challenges` (r:1 w:1)
	/// Proof: `Streaming::Challenges` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:0)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
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
		// Proof size, measured: `2748`
		// Proof size, estimated: `6196`
		// Fastest run: 113_185_000 ps.
		Weight::from_parts(127_279_876, 6196)
			// Standard error: 26_755
			.saturating_add(Weight::from_parts(799_942, 0).saturating_mul(d.into()))
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
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `7306`
		// Proof size, estimated: `7370`
		// Fastest run: 208_795_000 ps.
		Weight::from_parts(231_404_000, 7370)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::NextTaskId` (r:1 w:1)
	/// Proof: `Streaming::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Tasks` (r:0 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	fn create_task() -> Weight {
		// Proof size, measured: `1989`
		// Proof size, estimated: `4981`
		// Fastest run: 85_200_000 ps.
		Weight::from_parts(92_916_000, 4981)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Streaming::Tasks` (r:1 w:1)
	/// Proof: `Streaming::Tasks` (`max_values`: None, `max_size`: Some(2251), added: 4726, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size, measured: `2217`
		// Proof size, estimated: `5716`
		// Fastest run: 76_222_000 ps.
		Weight::from_parts(87_285_000, 5716)
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
		// Proof size, measured: `797 + n * (54 ±0)`
		// Proof size, estimated: `5716`
		// Fastest run: 51_249_000 ps.
		Weight::from_parts(58_277_877, 5716)
			// Standard error: 12_547
			.saturating_add(Weight::from_parts(557_797, 0).saturating_mul(n.into()))
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
		// Proof size, measured: `2128`
		// Proof size, estimated: `28095`
		// Fastest run: 184_248_000 ps.
		Weight::from_parts(219_653_134, 28095)
			// Standard error: 38_934
			.saturating_add(Weight::from_parts(859_376, 0).saturating_mul(s.into()))
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
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	fn expire_task() -> Weight {
		// Proof size, measured: `6929`
		// Proof size, estimated: `7370`
		// Fastest run: 204_109_000 ps.
		Weight::from_parts(228_133_000, 7370)
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
	/// Storage: `System::Account` (r:66 w:66)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Executors` (r:1 w:1)
	/// Proof: `Streaming::Executors` (`max_values`: Some(1), `max_size`: Some(3074), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:1 w:1)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 64]`.
	fn task_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `10132 + p * (41 ±0)`
		// Proof size, estimated: `7370 + p * (2603 ±0)`
		// Fastest run: 166_608_000 ps.
		Weight::from_parts(221_376_082, 7370)
			// Standard error: 381_870
			.saturating_add(Weight::from_parts(49_002_900, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(p.into()))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	fn open_reserve() -> Weight {
		// Proof size, measured: `199`
		// Proof size, estimated: `4180`
		// Fastest run: 110_492_000 ps.
		Weight::from_parts(124_412_000, 4180)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof size, measured: `121`
		// Proof size, estimated: `3558`
		// Fastest run: 19_225_000 ps.
		Weight::from_parts(24_360_000, 3558)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Streaming::Viewers` (r:1 w:1)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:16 w:16)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[0, 16]`.
	fn withdraw_reserve(c: u32, ) -> Weight {
		// Proof size, measured: `587 + c * (140 ±0)`
		// Proof size, estimated: `4180 + c * (2623 ±0)`
		// Fastest run: 112_300_000 ps.
		Weight::from_parts(148_145_402, 4180)
			// Standard error: 243_906
			.saturating_add(Weight::from_parts(5_049_118, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(c.into()))
	}
	/// Storage: `Streaming::Nodes` (r:513 w:513)
	/// Proof: `Streaming::Nodes` (`max_values`: None, `max_size`: Some(156), added: 2631, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Viewers` (r:64 w:64)
	/// Proof: `Streaming::Viewers` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Contents` (r:64 w:64)
	/// Proof: `Streaming::Contents` (`max_values`: None, `max_size`: Some(1516), added: 3991, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Channels` (r:64 w:64)
	/// Proof: `Streaming::Channels` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(715), added: 3190, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:641 w:641)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Streaming::Creators` (r:64 w:64)
	/// Proof: `Streaming::Creators` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 64]`.
	fn redeem_tickets(t: u32, ) -> Weight {
		// Proof size, measured: `955 + t * (3464 ±0)`
		// Proof size, estimated: `3621 + t * (26030 ±0)`
		// Fastest run: 708_342_000 ps.
		Weight::from_parts(2_556_118_295, 3621)
			// Standard error: 15_081_777
			.saturating_add(Weight::from_parts(725_908_577, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((23_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((23_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 26030).saturating_mul(t.into()))
	}
	fn approve_storage() -> Weight { Self::update_content() }
	fn revoke_storage() -> Weight { Self::unpin_content() }
}
