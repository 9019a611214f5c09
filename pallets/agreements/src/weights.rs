//! Weights of `pallet_agreements`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-29.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_agreements --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/weight-template.hbs --output pallets/agreements/src/weights.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable and hook path of `pallet_agreements`.
pub trait WeightInfo {
	fn register_participant() -> Weight;
	fn retire_participant() -> Weight;
	fn propose_agreement(p: u32, l: u32, ) -> Weight;
	fn consent(l: u32, ) -> Weight;
	fn withdraw_proposal() -> Weight;
	fn terminate_agreement() -> Weight;
	fn reap_agreement() -> Weight;
	fn create_group(l: u32, ) -> Weight;
	fn create_series(l: u32, ) -> Weight;
	fn request_membership() -> Weight;
	fn admit_member() -> Weight;
	fn leave_group() -> Weight;
	fn submit_event(e: u32, ) -> Weight;
	fn event_signers(s: u32, ) -> Weight;
	fn delegation_links(d: u32, ) -> Weight;
	fn guard_fuel(f: u32, ) -> Weight;
	fn transfer_token() -> Weight;
	fn split_token() -> Weight;
	fn merge_tokens() -> Weight;
	fn burn_token() -> Weight;
	fn destroy_series() -> Weight;
	fn destroy_group() -> Weight;
	fn reap_events(n: u32, ) -> Weight;
	fn delegate(c: u32, ) -> Weight;
	fn revoke_delegation(n: u32, ) -> Weight;
	fn reap_delegation(n: u32, ) -> Weight;
}

/// Weights for a runtime: database costs from the runtime's own `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:1 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextParticipantId` (r:1 w:1)
	/// Proof: `Agreements::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:0 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn register_participant() -> Weight {
		// Proof size, measured: `216`
		// Proof size, estimated: `3964`
		// Fastest run: 168_125_000 ps.
		Weight::from_parts(316_604_000, 3964)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Participants` (r:1 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:0 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn retire_participant() -> Weight {
		// Proof size, measured: `494`
		// Proof size, estimated: `3964`
		// Fastest run: 95_339_000 ps.
		Weight::from_parts(179_096_000, 3964)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[2, 32]`.
	/// Component `l` ranges over `[0, 8192]`.
	fn propose_agreement(p: u32, l: u32, ) -> Weight {
		// Proof size, measured: `375 + p * (191 ±0)`
		// Proof size, estimated: `12403 + p * (2642 ±0)`
		// Fastest run: 1_899_031_000 ps.
		Weight::from_parts(356_419_940, 12403)
			// Standard error: 5_207_004
			.saturating_add(Weight::from_parts(105_066_451, 0).saturating_mul(p.into()))
			// Standard error: 19_323
			.saturating_add(Weight::from_parts(245_645, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(p.into()))
	}
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn consent(l: u32, ) -> Weight {
		// Proof size, measured: `6374`
		// Proof size, estimated: `85534`
		// Fastest run: 531_236_000 ps.
		Weight::from_parts(664_520_626, 85534)
			// Standard error: 11_002
			.saturating_add(Weight::from_parts(238_799, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(33_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn withdraw_proposal() -> Weight {
		// Proof size, measured: `1524`
		// Proof size, estimated: `12403`
		// Fastest run: 142_177_000 ps.
		Weight::from_parts(173_416_000, 12403)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn terminate_agreement() -> Weight {
		// Proof size, measured: `1473`
		// Proof size, estimated: `12403`
		// Fastest run: 84_398_000 ps.
		Weight::from_parts(117_019_000, 12403)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Streams` (r:64 w:64)
	/// Proof: `Agreements::Streams` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn reap_agreement() -> Weight {
		// Proof size, measured: `11130`
		// Proof size, estimated: `167134`
		// Fastest run: 466_985_000 ps.
		Weight::from_parts(621_014_000, 167134)
			.saturating_add(T::DbWeight::get().reads(99_u64))
			.saturating_add(T::DbWeight::get().writes(102_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextGroupId` (r:1 w:1)
	/// Proof: `Agreements::NextGroupId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:0 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:0 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_group(l: u32, ) -> Weight {
		// Proof size, measured: `756`
		// Proof size, estimated: `12403`
		// Fastest run: 278_662_000 ps.
		Weight::from_parts(423_329_838, 12403)
			// Standard error: 5_393
			.saturating_add(Weight::from_parts(219_855, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextSeriesId` (r:1 w:1)
	/// Proof: `Agreements::NextSeriesId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:0 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_series(l: u32, ) -> Weight {
		// Proof size, measured: `17498`
		// Proof size, estimated: `12403`
		// Fastest run: 1_493_621_000 ps.
		Weight::from_parts(1_806_832_377, 12403)
			// Standard error: 16_832
			.saturating_add(Weight::from_parts(241_921, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	fn request_membership() -> Weight {
		// Proof size, measured: `1409`
		// Proof size, estimated: `12403`
		// Fastest run: 156_785_000 ps.
		Weight::from_parts(217_809_000, 12403)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn admit_member() -> Weight {
		// Proof size, measured: `9790`
		// Proof size, estimated: `23816`
		// Fastest run: 178_635_000 ps.
		Weight::from_parts(319_289_000, 23816)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn leave_group() -> Weight {
		// Proof size, measured: `10112`
		// Proof size, estimated: `23816`
		// Fastest run: 226_194_000 ps.
		Weight::from_parts(382_096_000, 23816)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:1 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:16 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Streams` (r:1 w:1)
	/// Proof: `Agreements::Streams` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:1 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:8 w:8)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:0)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:1 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:1)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventRecords` (r:0 w:1)
	/// Proof: `Agreements::EventRecords` (`max_values`: None, `max_size`: Some(646), added: 3121, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:8)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:8)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 16]`.
	/// Component `e` ranges over `[1, 8]`.
	fn submit_event(e: u32, ) -> Weight {
		let s = 16_u32;
		// Proof size, measured: `25719 + e * (52 ±0) + s * (214 ±0)`
		// Proof size, estimated: `12403 + e * (10794 ±0) + s * (2642 ±0)`
		// Fastest run: 1_783_544_000 ps.
		Weight::from_parts(1_890_605_000, 12403)
			// Standard error: 10_700_524
			.saturating_add(Weight::from_parts(67_997_128, 0).saturating_mul(s.into()))
			// Standard error: 21_401_048
			.saturating_add(Weight::from_parts(920_520_793, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 10794).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(s.into()))
	}
	fn event_signers(s: u32, ) -> Weight {
		Weight::from_parts(0, 0).saturating_add(Weight::from_parts(67_997_128, 2642).saturating_mul(s.into()))
	}
	fn delegation_links(d: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 12_000).saturating_add(Weight::from_parts(200_000_000, 9_000).saturating_mul(d.into()))
	}
	/// Component `f` ranges over `[0, 1000000]`.
	fn guard_fuel(f: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 310_000 ps.
		Weight::from_parts(371_000, 0)
			// Standard error: 23
			.saturating_add(Weight::from_parts(4_978, 0).saturating_mul(f.into()))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:0)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn transfer_token() -> Weight {
		// Proof size, measured: `10239`
		// Proof size, estimated: `23816`
		// Fastest run: 188_093_000 ps.
		Weight::from_parts(307_457_000, 23816)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn split_token() -> Weight {
		// Proof size, measured: `9781`
		// Proof size, estimated: `12403`
		// Fastest run: 184_115_000 ps.
		Weight::from_parts(284_132_000, 12403)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Agreements::Tokens` (r:2 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn merge_tokens() -> Weight {
		// Proof size, measured: `10045`
		// Proof size, estimated: `12403`
		// Fastest run: 184_155_000 ps.
		Weight::from_parts(295_004_000, 12403)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn burn_token() -> Weight {
		// Proof size, measured: `9781`
		// Proof size, estimated: `12403`
		// Fastest run: 170_780_000 ps.
		Weight::from_parts(285_015_000, 12403)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn destroy_series() -> Weight {
		// Proof size, measured: `9536`
		// Proof size, estimated: `12403`
		// Fastest run: 148_789_000 ps.
		Weight::from_parts(228_829_000, 12403)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn destroy_group() -> Weight {
		// Proof size, measured: `9659`
		// Proof size, estimated: `12403`
		// Fastest run: 260_138_000 ps.
		Weight::from_parts(442_299_000, 12403)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:1 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventRecords` (r:100 w:100)
	/// Proof: `Agreements::EventRecords` (`max_values`: None, `max_size`: Some(646), added: 3121, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:100 w:100)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:100 w:100)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:100)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 100]`.
	fn reap_events(n: u32, ) -> Weight {
		// Proof size, measured: `9181 + n * (420 ±0)`
		// Proof size, estimated: `12403 + n * (3121 ±0)`
		// Fastest run: 180_128_000 ps.
		Weight::from_parts(692_593_767, 12403)
			// Standard error: 3_387_643
			.saturating_add(Weight::from_parts(95_633_343, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3121).saturating_mul(n.into()))
	}
	fn delegate(c: u32, ) -> Weight {
		Weight::from_parts(300_000_000, 20_000).saturating_add(Weight::from_parts(10_000, 1).saturating_mul(c.into())).saturating_add(T::DbWeight::get().reads_writes(6, 5))
	}
	fn revoke_delegation(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(8, 2)).saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn reap_delegation(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(4, 2)).saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
}

/// Weights for tests and mocks, with the database costs the runtime also uses (RocksDB's,
/// more conservative than the ParityDB the node runs).
impl WeightInfo for () {
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:1 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextParticipantId` (r:1 w:1)
	/// Proof: `Agreements::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:0 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn register_participant() -> Weight {
		// Proof size, measured: `216`
		// Proof size, estimated: `3964`
		// Fastest run: 168_125_000 ps.
		Weight::from_parts(316_604_000, 3964)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Participants` (r:1 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:0 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn retire_participant() -> Weight {
		// Proof size, measured: `494`
		// Proof size, estimated: `3964`
		// Fastest run: 95_339_000 ps.
		Weight::from_parts(179_096_000, 3964)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[2, 32]`.
	/// Component `l` ranges over `[0, 8192]`.
	fn propose_agreement(p: u32, l: u32, ) -> Weight {
		// Proof size, measured: `375 + p * (191 ±0)`
		// Proof size, estimated: `12403 + p * (2642 ±0)`
		// Fastest run: 1_899_031_000 ps.
		Weight::from_parts(356_419_940, 12403)
			// Standard error: 5_207_004
			.saturating_add(Weight::from_parts(105_066_451, 0).saturating_mul(p.into()))
			// Standard error: 19_323
			.saturating_add(Weight::from_parts(245_645, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(p.into()))
	}
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn consent(l: u32, ) -> Weight {
		// Proof size, measured: `6374`
		// Proof size, estimated: `85534`
		// Fastest run: 531_236_000 ps.
		Weight::from_parts(664_520_626, 85534)
			// Standard error: 11_002
			.saturating_add(Weight::from_parts(238_799, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(33_u64))
			.saturating_add(RocksDbWeight::get().writes(33_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn withdraw_proposal() -> Weight {
		// Proof size, measured: `1524`
		// Proof size, estimated: `12403`
		// Fastest run: 142_177_000 ps.
		Weight::from_parts(173_416_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn terminate_agreement() -> Weight {
		// Proof size, measured: `1473`
		// Proof size, estimated: `12403`
		// Fastest run: 84_398_000 ps.
		Weight::from_parts(117_019_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:32 w:32)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Streams` (r:64 w:64)
	/// Proof: `Agreements::Streams` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn reap_agreement() -> Weight {
		// Proof size, measured: `11130`
		// Proof size, estimated: `167134`
		// Fastest run: 466_985_000 ps.
		Weight::from_parts(621_014_000, 167134)
			.saturating_add(RocksDbWeight::get().reads(99_u64))
			.saturating_add(RocksDbWeight::get().writes(102_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextGroupId` (r:1 w:1)
	/// Proof: `Agreements::NextGroupId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:0 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:0 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_group(l: u32, ) -> Weight {
		// Proof size, measured: `756`
		// Proof size, estimated: `12403`
		// Fastest run: 278_662_000 ps.
		Weight::from_parts(423_329_838, 12403)
			// Standard error: 5_393
			.saturating_add(Weight::from_parts(219_855, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextSeriesId` (r:1 w:1)
	/// Proof: `Agreements::NextSeriesId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:0 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_series(l: u32, ) -> Weight {
		// Proof size, measured: `17498`
		// Proof size, estimated: `12403`
		// Fastest run: 1_493_621_000 ps.
		Weight::from_parts(1_806_832_377, 12403)
			// Standard error: 16_832
			.saturating_add(Weight::from_parts(241_921, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	fn request_membership() -> Weight {
		// Proof size, measured: `1409`
		// Proof size, estimated: `12403`
		// Fastest run: 156_785_000 ps.
		Weight::from_parts(217_809_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn admit_member() -> Weight {
		// Proof size, measured: `9790`
		// Proof size, estimated: `23816`
		// Fastest run: 178_635_000 ps.
		Weight::from_parts(319_289_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn leave_group() -> Weight {
		// Proof size, measured: `10112`
		// Proof size, estimated: `23816`
		// Fastest run: 226_194_000 ps.
		Weight::from_parts(382_096_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:1 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:16 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Streams` (r:1 w:1)
	/// Proof: `Agreements::Streams` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:1 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:8 w:8)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:0)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:1 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:1)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventRecords` (r:0 w:1)
	/// Proof: `Agreements::EventRecords` (`max_values`: None, `max_size`: Some(646), added: 3121, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:8)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:8)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 16]`.
	/// Component `e` ranges over `[1, 8]`.
	fn submit_event(e: u32, ) -> Weight {
		let s = 16_u32;
		// Proof size, measured: `25719 + e * (52 ±0) + s * (214 ±0)`
		// Proof size, estimated: `12403 + e * (10794 ±0) + s * (2642 ±0)`
		// Fastest run: 1_783_544_000 ps.
		Weight::from_parts(1_890_605_000, 12403)
			// Standard error: 10_700_524
			.saturating_add(Weight::from_parts(67_997_128, 0).saturating_mul(s.into()))
			// Standard error: 21_401_048
			.saturating_add(Weight::from_parts(920_520_793, 0).saturating_mul(e.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 10794).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(s.into()))
	}
	fn event_signers(s: u32, ) -> Weight {
		Weight::from_parts(0, 0).saturating_add(Weight::from_parts(67_997_128, 2642).saturating_mul(s.into()))
	}
	fn delegation_links(d: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 12_000).saturating_add(Weight::from_parts(200_000_000, 9_000).saturating_mul(d.into()))
	}
	/// Component `f` ranges over `[0, 1000000]`.
	fn guard_fuel(f: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 310_000 ps.
		Weight::from_parts(371_000, 0)
			// Standard error: 23
			.saturating_add(Weight::from_parts(4_978, 0).saturating_mul(f.into()))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:0)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn transfer_token() -> Weight {
		// Proof size, measured: `10239`
		// Proof size, estimated: `23816`
		// Fastest run: 188_093_000 ps.
		Weight::from_parts(307_457_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn split_token() -> Weight {
		// Proof size, measured: `9781`
		// Proof size, estimated: `12403`
		// Fastest run: 184_115_000 ps.
		Weight::from_parts(284_132_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Agreements::Tokens` (r:2 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn merge_tokens() -> Weight {
		// Proof size, measured: `10045`
		// Proof size, estimated: `12403`
		// Fastest run: 184_155_000 ps.
		Weight::from_parts(295_004_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn burn_token() -> Weight {
		// Proof size, measured: `9781`
		// Proof size, estimated: `12403`
		// Fastest run: 170_780_000 ps.
		Weight::from_parts(285_015_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn destroy_series() -> Weight {
		// Proof size, measured: `9536`
		// Proof size, estimated: `12403`
		// Fastest run: 148_789_000 ps.
		Weight::from_parts(228_829_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Groups` (r:1 w:1)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Memberships` (r:1 w:1)
	/// Proof: `Agreements::Memberships` (`max_values`: None, `max_size`: Some(106), added: 2581, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:1 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn destroy_group() -> Weight {
		// Proof size, measured: `9659`
		// Proof size, estimated: `12403`
		// Fastest run: 260_138_000 ps.
		Weight::from_parts(442_299_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:1 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventRecords` (r:100 w:100)
	/// Proof: `Agreements::EventRecords` (`max_values`: None, `max_size`: Some(646), added: 3121, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:100 w:100)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:100 w:100)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(499), added: 2974, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:100)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 100]`.
	fn reap_events(n: u32, ) -> Weight {
		// Proof size, measured: `9181 + n * (420 ±0)`
		// Proof size, estimated: `12403 + n * (3121 ±0)`
		// Fastest run: 180_128_000 ps.
		Weight::from_parts(692_593_767, 12403)
			// Standard error: 3_387_643
			.saturating_add(Weight::from_parts(95_633_343, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3121).saturating_mul(n.into()))
	}
	fn delegate(c: u32, ) -> Weight {
		Weight::from_parts(300_000_000, 20_000).saturating_add(Weight::from_parts(10_000, 1).saturating_mul(c.into())).saturating_add(RocksDbWeight::get().reads_writes(6, 5))
	}
	fn revoke_delegation(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into())).saturating_add(RocksDbWeight::get().reads_writes(8, 2)).saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn reap_delegation(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into())).saturating_add(RocksDbWeight::get().reads_writes(4, 2)).saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
}
