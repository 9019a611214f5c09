//! Weights of `pallet_credits`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-30.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_credits --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/credits/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_credits`.
pub trait WeightInfo {
	fn enroll() -> Weight;
	fn post() -> Weight;
	fn react() -> Weight;
	fn tip() -> Weight;
	fn hype() -> Weight;
	fn reap_post() -> Weight;
	fn set_rule() -> Weight;
	fn apply_decay() -> Weight;
	fn use_free_action() -> Weight;
	fn bond_node() -> Weight;
	fn unbond_node() -> Weight;
	fn vouch() -> Weight;
	fn unvouch() -> Weight;
	fn heartbeat() -> Weight;
	fn claim_uptime() -> Weight;
	fn declare_hosting() -> Weight;
	fn withdraw_hosting() -> Weight;
	fn request_challenge() -> Weight;
	fn answer_challenge() -> Weight;
	fn expire_challenge() -> Weight;
	fn on_outcome(p: u32, ) -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ParticipantCount` (r:1 w:1)
	/// Proof: `Credits::ParticipantCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn enroll() -> Weight {
		// Proof size, measured: `751`
		// Proof size, estimated: `6196`
		// Fastest run: 104_882_000 ps.
		Weight::from_parts(130_683_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Posts` (r:2 w:2)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::PostCount` (r:1 w:1)
	/// Proof: `Credits::PostCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn post() -> Weight {
		// Proof size, measured: `1124`
		// Proof size, estimated: `6384`
		// Fastest run: 96_613_000 ps.
		Weight::from_parts(111_777_000, 6384)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::RecentReactions` (r:1 w:1)
	/// Proof: `Credits::RecentReactions` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn react() -> Weight {
		// Proof size, measured: `3246`
		// Proof size, estimated: `5563`
		// Fastest run: 106_318_000 ps.
		Weight::from_parts(117_153_000, 5563)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:3 w:3)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:4)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn tip() -> Weight {
		// Proof size, measured: `1469`
		// Proof size, estimated: `9165`
		// Fastest run: 112_075_000 ps.
		Weight::from_parts(121_942_000, 9165)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:2 w:2)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:3)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn hype() -> Weight {
		// Proof size, measured: `1104`
		// Proof size, estimated: `6440`
		// Fastest run: 89_350_000 ps.
		Weight::from_parts(97_933_000, 6440)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::PostCount` (r:1 w:1)
	/// Proof: `Credits::PostCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	fn reap_post() -> Weight {
		// Proof size, measured: `821`
		// Proof size, estimated: `3715`
		// Fastest run: 30_298_000 ps.
		Weight::from_parts(34_868_000, 3715)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Credits::Rules` (r:0 w:1)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn set_rule() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 9_252_000 ps.
		Weight::from_parts(11_495_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn apply_decay() -> Weight {
		// Proof size, measured: `658`
		// Proof size, estimated: `3715`
		// Fastest run: 38_100_000 ps.
		Weight::from_parts(44_365_000, 3715)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:0)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Allowances` (r:1 w:1)
	/// Proof: `Credits::Allowances` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn use_free_action() -> Weight {
		// Proof size, measured: `542`
		// Proof size, estimated: `3715`
		// Fastest run: 18_883_000 ps.
		Weight::from_parts(21_730_000, 3715)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn bond_node() -> Weight {
		// Proof size, measured: `845`
		// Proof size, estimated: `4245`
		// Fastest run: 58_793_000 ps.
		Weight::from_parts(73_715_000, 4245)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Credits::Nodes` (r:22 w:22)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:16 w:16)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn unbond_node() -> Weight {
		// Proof size, measured: `5749`
		// Proof size, estimated: `72600`
		// Fastest run: 223_526_000 ps.
		Weight::from_parts(238_052_000, 72600)
			.saturating_add(T::DbWeight::get().reads(40_u64))
			.saturating_add(T::DbWeight::get().writes(41_u64))
	}
	/// Storage: `Credits::Nodes` (r:2 w:2)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	fn vouch() -> Weight {
		// Proof size, measured: `438`
		// Proof size, estimated: `7500`
		// Fastest run: 29_346_000 ps.
		Weight::from_parts(33_583_000, 7500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:2 w:2)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	fn unvouch() -> Weight {
		// Proof size, measured: `1474`
		// Proof size, estimated: `7500`
		// Fastest run: 39_231_000 ps.
		Weight::from_parts(45_320_000, 7500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof size, measured: `786`
		// Proof size, estimated: `4245`
		// Fastest run: 51_998_000 ps.
		Weight::from_parts(63_310_000, 4245)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
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
	/// Storage: `Credits::Proofs` (r:0 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn claim_uptime() -> Weight {
		// Proof size, measured: `2040`
		// Proof size, estimated: `28095`
		// Fastest run: 179_283_000 ps.
		Weight::from_parts(300_099_000, 28095)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn declare_hosting() -> Weight {
		// Proof size, measured: `349`
		// Proof size, estimated: `4245`
		// Fastest run: 26_314_000 ps.
		Weight::from_parts(46_612_000, 4245)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn withdraw_hosting() -> Weight {
		// Proof size, measured: `485`
		// Proof size, estimated: `4245`
		// Fastest run: 29_867_000 ps.
		Weight::from_parts(37_445_000, 4245)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:0)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn request_challenge() -> Weight {
		// Proof size, measured: `462`
		// Proof size, estimated: `4245`
		// Fastest run: 27_453_000 ps.
		Weight::from_parts(34_835_000, 4245)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
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
	/// Storage: `Credits::Proofs` (r:0 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn answer_challenge() -> Weight {
		// Proof size, measured: `2239`
		// Proof size, estimated: `28095`
		// Fastest run: 202_580_000 ps.
		Weight::from_parts(292_798_000, 28095)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `366`
		// Proof size, estimated: `3628`
		// Fastest run: 22_621_000 ps.
		Weight::from_parts(40_334_000, 3628)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Proofs` (r:1 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Nodes` (r:257 w:257)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:0)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:10)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 256]`.
	fn on_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `1489 + p * (87 ±0)`
		// Proof size, estimated: `4245 + p * (3255 ±0)`
		// Fastest run: 281_802_000 ps.
		Weight::from_parts(121_955_438, 4245)
			// Standard error: 308_254
			.saturating_add(Weight::from_parts(12_771_776, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(17_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 3255).saturating_mul(p.into()))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
impl WeightInfo for () {
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ParticipantCount` (r:1 w:1)
	/// Proof: `Credits::ParticipantCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn enroll() -> Weight {
		// Proof size, measured: `751`
		// Proof size, estimated: `6196`
		// Fastest run: 104_882_000 ps.
		Weight::from_parts(130_683_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Posts` (r:2 w:2)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::PostCount` (r:1 w:1)
	/// Proof: `Credits::PostCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn post() -> Weight {
		// Proof size, measured: `1124`
		// Proof size, estimated: `6384`
		// Fastest run: 96_613_000 ps.
		Weight::from_parts(111_777_000, 6384)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::RecentReactions` (r:1 w:1)
	/// Proof: `Credits::RecentReactions` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn react() -> Weight {
		// Proof size, measured: `3246`
		// Proof size, estimated: `5563`
		// Fastest run: 106_318_000 ps.
		Weight::from_parts(117_153_000, 5563)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:3 w:3)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:4)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn tip() -> Weight {
		// Proof size, measured: `1469`
		// Proof size, estimated: `9165`
		// Fastest run: 112_075_000 ps.
		Weight::from_parts(121_942_000, 9165)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:2 w:2)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:3)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn hype() -> Weight {
		// Proof size, measured: `1104`
		// Proof size, estimated: `6440`
		// Fastest run: 89_350_000 ps.
		Weight::from_parts(97_933_000, 6440)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Credits::Posts` (r:1 w:1)
	/// Proof: `Credits::Posts` (`max_values`: None, `max_size`: Some(222), added: 2697, mode: `MaxEncodedLen`)
	/// Storage: `Credits::PostCount` (r:1 w:1)
	/// Proof: `Credits::PostCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	fn reap_post() -> Weight {
		// Proof size, measured: `821`
		// Proof size, estimated: `3715`
		// Fastest run: 30_298_000 ps.
		Weight::from_parts(34_868_000, 3715)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Credits::Rules` (r:0 w:1)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn set_rule() -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 9_252_000 ps.
		Weight::from_parts(11_495_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn apply_decay() -> Weight {
		// Proof size, measured: `658`
		// Proof size, estimated: `3715`
		// Fastest run: 38_100_000 ps.
		Weight::from_parts(44_365_000, 3715)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Credits::Ledgers` (r:1 w:0)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Allowances` (r:1 w:1)
	/// Proof: `Credits::Allowances` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn use_free_action() -> Weight {
		// Proof size, measured: `542`
		// Proof size, estimated: `3715`
		// Fastest run: 18_883_000 ps.
		Weight::from_parts(21_730_000, 3715)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:2)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn bond_node() -> Weight {
		// Proof size, measured: `845`
		// Proof size, estimated: `4245`
		// Fastest run: 58_793_000 ps.
		Weight::from_parts(73_715_000, 4245)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Credits::Nodes` (r:22 w:22)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:16 w:16)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn unbond_node() -> Weight {
		// Proof size, measured: `5749`
		// Proof size, estimated: `72600`
		// Fastest run: 223_526_000 ps.
		Weight::from_parts(238_052_000, 72600)
			.saturating_add(RocksDbWeight::get().reads(40_u64))
			.saturating_add(RocksDbWeight::get().writes(41_u64))
	}
	/// Storage: `Credits::Nodes` (r:2 w:2)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	fn vouch() -> Weight {
		// Proof size, measured: `438`
		// Proof size, estimated: `7500`
		// Fastest run: 29_346_000 ps.
		Weight::from_parts(33_583_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:2 w:2)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	fn unvouch() -> Weight {
		// Proof size, measured: `1474`
		// Proof size, estimated: `7500`
		// Fastest run: 39_231_000 ps.
		Weight::from_parts(45_320_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:1)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:1)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof size, measured: `786`
		// Proof size, estimated: `4245`
		// Fastest run: 51_998_000 ps.
		Weight::from_parts(63_310_000, 4245)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
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
	/// Storage: `Credits::Proofs` (r:0 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn claim_uptime() -> Weight {
		// Proof size, measured: `2040`
		// Proof size, estimated: `28095`
		// Fastest run: 179_283_000 ps.
		Weight::from_parts(300_099_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn declare_hosting() -> Weight {
		// Proof size, measured: `349`
		// Proof size, estimated: `4245`
		// Fastest run: 26_314_000 ps.
		Weight::from_parts(46_612_000, 4245)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn withdraw_hosting() -> Weight {
		// Proof size, measured: `485`
		// Proof size, estimated: `4245`
		// Fastest run: 29_867_000 ps.
		Weight::from_parts(37_445_000, 4245)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:0)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn request_challenge() -> Weight {
		// Proof size, measured: `462`
		// Proof size, estimated: `4245`
		// Fastest run: 27_453_000 ps.
		Weight::from_parts(34_835_000, 4245)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Nodes` (r:1 w:1)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::CurrentRosters` (r:1 w:0)
	/// Proof: `Witnesses::CurrentRosters` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::Rosters` (r:1 w:0)
	/// Proof: `Witnesses::Rosters` (`max_values`: None, `max_size`: Some(24630), added: 27105, mode: `MaxEncodedLen`)
	/// Storage: `Witnesses::NextRequestId` (r:1 w:1)
	/// Proof: `Witnesses::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(607), added: 3082, mode: `MaxEncodedLen`)
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
	/// Storage: `Credits::Proofs` (r:0 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn answer_challenge() -> Weight {
		// Proof size, measured: `2239`
		// Proof size, estimated: `28095`
		// Fastest run: 202_580_000 ps.
		Weight::from_parts(292_798_000, 28095)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn expire_challenge() -> Weight {
		// Proof size, measured: `366`
		// Proof size, estimated: `3628`
		// Fastest run: 22_621_000 ps.
		Weight::from_parts(40_334_000, 3628)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Credits::Proofs` (r:1 w:1)
	/// Proof: `Credits::Proofs` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Nodes` (r:257 w:257)
	/// Proof: `Credits::Nodes` (`max_values`: None, `max_size`: Some(780), added: 3255, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Hosted` (r:1 w:1)
	/// Proof: `Credits::Hosted` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Ledgers` (r:1 w:1)
	/// Proof: `Credits::Ledgers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Credits::Rules` (r:1 w:0)
	/// Proof: `Credits::Rules` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActionStats` (r:1 w:1)
	/// Proof: `Credits::ActionStats` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Credits::ActiveCount` (r:1 w:0)
	/// Proof: `Credits::ActiveCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credits::GenesisPool` (r:1 w:1)
	/// Proof: `Credits::GenesisPool` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Credits::InLedgers` (r:1 w:1)
	/// Proof: `Credits::InLedgers` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credits::History` (r:0 w:10)
	/// Proof: `Credits::History` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 256]`.
	fn on_outcome(p: u32, ) -> Weight {
		// Proof size, measured: `1489 + p * (87 ±0)`
		// Proof size, estimated: `4245 + p * (3255 ±0)`
		// Fastest run: 281_802_000 ps.
		Weight::from_parts(121_955_438, 4245)
			// Standard error: 308_254
			.saturating_add(Weight::from_parts(12_771_776, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(17_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 3255).saturating_mul(p.into()))
	}
}
