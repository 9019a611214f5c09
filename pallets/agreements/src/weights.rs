//! Weights of `pallet_agreements`, measured by frame-benchmarking (CLI 64.0.0) on 2026-11-30.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Steps 25, repeats 10,
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:0 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn register_participant() -> Weight {
		// Proof size, measured: `216`
		// Proof size, estimated: `4054`
		// Fastest run: 126_251_000 ps.
		Weight::from_parts(166_577_000, 4054)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Participants` (r:1 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:0 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn retire_participant() -> Weight {
		// Proof size, measured: `494`
		// Proof size, estimated: `4054`
		// Fastest run: 67_556_000 ps.
		Weight::from_parts(80_424_000, 4054)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[2, 32]`.
	/// Component `l` ranges over `[0, 8192]`.
	fn propose_agreement(p: u32, l: u32, ) -> Weight {
		// Proof size, measured: `375 + p * (191 ±0)`
		// Proof size, estimated: `12403 + p * (2642 ±0)`
		// Fastest run: 1_575_153_000 ps.
		Weight::from_parts(1_777_567_000, 12403)
			// Standard error: 2_072_399
			.saturating_add(Weight::from_parts(28_058_456, 0).saturating_mul(p.into()))
			// Standard error: 8_123
			.saturating_add(Weight::from_parts(85_127, 0).saturating_mul(l.into()))
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
		// Fastest run: 356_565_000 ps.
		Weight::from_parts(487_050_645, 85534)
			// Standard error: 4_038
			.saturating_add(Weight::from_parts(20_911, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(33_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Delegations` (r:0 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	fn withdraw_proposal() -> Weight {
		// Proof size, measured: `1529`
		// Proof size, estimated: `12403`
		// Fastest run: 130_526_000 ps.
		Weight::from_parts(146_056_000, 12403)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn terminate_agreement() -> Weight {
		// Proof size, measured: `1473`
		// Proof size, estimated: `12403`
		// Fastest run: 53_512_000 ps.
		Weight::from_parts(63_560_000, 12403)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: `Agreements::Delegations` (r:0 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xf7cc3622284573ab9668f5a5816c61f12244815c274d721f4eb52a215c1e2a07` (r:64 w:64)
	/// Proof: UNKNOWN KEY `0xf7cc3622284573ab9668f5a5816c61f12244815c274d721f4eb52a215c1e2a07` (r:64 w:64)
	fn reap_agreement() -> Weight {
		// Proof size, measured: `12256`
		// Proof size, estimated: `171646`
		// Fastest run: 514_790_000 ps.
		Weight::from_parts(587_931_000, 171646)
			.saturating_add(T::DbWeight::get().reads(163_u64))
			.saturating_add(T::DbWeight::get().writes(167_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: UNKNOWN KEY `0xa0f7965daffcf5cad5968a0b4134fe0d0dd608cf69abd130bda6b1c32a3fcc91` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0xa0f7965daffcf5cad5968a0b4134fe0d0dd608cf69abd130bda6b1c32a3fcc91` (r:0 w:3)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_group(l: u32, ) -> Weight {
		// Proof size, measured: `756`
		// Proof size, estimated: `12403`
		// Fastest run: 218_950_000 ps.
		Weight::from_parts(281_432_287, 12403)
			// Standard error: 1_430
			.saturating_add(Weight::from_parts(161_725, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:0 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_series(l: u32, ) -> Weight {
		// Proof size, measured: `17498`
		// Proof size, estimated: `17498`
		// Fastest run: 1_361_977_000 ps.
		Weight::from_parts(1_594_572_646, 17498)
			// Standard error: 10_574
			.saturating_add(Weight::from_parts(285_782, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	fn request_membership() -> Weight {
		// Proof size, measured: `1409`
		// Proof size, estimated: `12403`
		// Fastest run: 134_968_000 ps.
		Weight::from_parts(244_154_000, 12403)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	fn admit_member() -> Weight {
		// Proof size, measured: `9790`
		// Proof size, estimated: `23816`
		// Fastest run: 155_513_000 ps.
		Weight::from_parts(205_264_000, 23816)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	fn leave_group() -> Weight {
		// Proof size, measured: `10112`
		// Proof size, estimated: `23816`
		// Fastest run: 203_142_000 ps.
		Weight::from_parts(291_880_000, 23816)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:8)
	/// Storage: UNKNOWN KEY `0x27cdf8aa92ec101057353e7fd2c23fd7484ab46508d9c29f67af35af44a56b5d` (r:0 w:10)
	/// Proof: UNKNOWN KEY `0x27cdf8aa92ec101057353e7fd2c23fd7484ab46508d9c29f67af35af44a56b5d` (r:0 w:10)
	/// Component `e` ranges over `[1, 8]`.
	fn submit_event(e: u32, ) -> Weight {
		// Proof size, measured: `29237 + e * (52 ±0)`
		// Proof size, estimated: `43262 + e * (10794 ±242)`
		// Fastest run: 1_446_619_000 ps.
		Weight::from_parts(1_200_521_872, 43262)
			// Standard error: 30_072_711
			.saturating_add(Weight::from_parts(835_937_038, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(27_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 10794).saturating_mul(e.into()))
	}
	/// Storage: `Agreements::Participants` (r:16 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 16]`.
	fn event_signers(s: u32, ) -> Weight {
		// Proof size, measured: `157 + s * (174 ±0)`
		// Proof size, estimated: `990 + s * (2642 ±0)`
		// Fastest run: 84_491_000 ps.
		Weight::from_parts(51_280_367, 990)
			// Standard error: 613_164
			.saturating_add(Weight::from_parts(46_593_966, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(s.into()))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:0)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:4 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:4 w:0)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 4]`.
	fn delegation_links(d: u32, ) -> Weight {
		// Proof size, measured: `8457 + d * (551 ±0)`
		// Proof size, estimated: `14894 + d * (10713 ±0)`
		// Fastest run: 177_724_000 ps.
		Weight::from_parts(76_004_794, 14894)
			// Standard error: 3_849_477
			.saturating_add(Weight::from_parts(171_150_129, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10713).saturating_mul(d.into()))
	}
	/// Component `f` ranges over `[0, 1000000]`.
	fn guard_fuel(f: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 307_000 ps.
		Weight::from_parts(363_000, 0)
			// Standard error: 4
			.saturating_add(Weight::from_parts(3_795, 0).saturating_mul(f.into()))
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
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn transfer_token() -> Weight {
		// Proof size, measured: `10480`
		// Proof size, estimated: `23816`
		// Fastest run: 186_775_000 ps.
		Weight::from_parts(327_385_000, 23816)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn split_token() -> Weight {
		// Proof size, measured: `10022`
		// Proof size, estimated: `12403`
		// Fastest run: 166_582_000 ps.
		Weight::from_parts(190_651_000, 12403)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn merge_tokens() -> Weight {
		// Proof size, measured: `10286`
		// Proof size, estimated: `12403`
		// Fastest run: 168_237_000 ps.
		Weight::from_parts(200_580_000, 12403)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn burn_token() -> Weight {
		// Proof size, measured: `10022`
		// Proof size, estimated: `12403`
		// Fastest run: 146_682_000 ps.
		Weight::from_parts(174_484_000, 12403)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn destroy_series() -> Weight {
		// Proof size, measured: `9536`
		// Proof size, estimated: `12403`
		// Fastest run: 118_138_000 ps.
		Weight::from_parts(201_179_000, 12403)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn destroy_group() -> Weight {
		// Proof size, measured: `9659`
		// Proof size, estimated: `12403`
		// Fastest run: 212_545_000 ps.
		Weight::from_parts(279_571_000, 12403)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:100)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:100)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:100)
	/// Component `n` ranges over `[1, 100]`.
	fn reap_events(n: u32, ) -> Weight {
		// Proof size, measured: `9207 + n * (421 ±0)`
		// Proof size, estimated: `12403 + n * (3121 ±0)`
		// Fastest run: 134_858_000 ps.
		Weight::from_parts(152_766_000, 12403)
			// Standard error: 1_428_968
			.saturating_add(Weight::from_parts(70_542_278, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3121).saturating_mul(n.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:2 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:1)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:1)
	/// Component `c` ranges over `[0, 8192]`.
	fn delegate(c: u32, ) -> Weight {
		// Proof size, measured: `11344`
		// Proof size, estimated: `14894`
		// Fastest run: 204_885_000 ps.
		Weight::from_parts(274_552_830, 14894)
			// Standard error: 3_746
			.saturating_add(Weight::from_parts(48_011, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:8)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Component `n` ranges over `[1, 8]`.
	fn revoke_delegation(n: u32, ) -> Weight {
		// Proof size, measured: `11414 + n * (214 ±0)`
		// Proof size, estimated: `14894 + n * (2308 ±97)`
		// Fastest run: 202_280_000 ps.
		Weight::from_parts(321_487_935, 14894)
			// Standard error: 1_890_034
			.saturating_add(Weight::from_parts(30_815_946, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2308).saturating_mul(n.into()))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:8)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Component `n` ranges over `[1, 8]`.
	fn reap_delegation(n: u32, ) -> Weight {
		// Proof size, measured: `11106 + n * (197 ±0)`
		// Proof size, estimated: `14894 + n * (2308 ±82)`
		// Fastest run: 179_340_000 ps.
		Weight::from_parts(91_324_342, 14894)
			// Standard error: 1_848_309
			.saturating_add(Weight::from_parts(90_343_811, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2308).saturating_mul(n.into()))
	}
}

/// Weights for tests and mocks, with RocksDB's reference database costs (the runtime prices
/// storage with those measured on the node's ParityDB, `runtime/src/weights/paritydb.rs`).
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:0 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn register_participant() -> Weight {
		// Proof size, measured: `216`
		// Proof size, estimated: `4054`
		// Fastest run: 126_251_000 ps.
		Weight::from_parts(166_577_000, 4054)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Agreements::Participants` (r:1 w:1)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::ParticipantByKey` (r:0 w:1)
	/// Proof: `Agreements::ParticipantByKey` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn retire_participant() -> Weight {
		// Proof size, measured: `494`
		// Proof size, estimated: `4054`
		// Fastest run: 67_556_000 ps.
		Weight::from_parts(80_424_000, 4054)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[2, 32]`.
	/// Component `l` ranges over `[0, 8192]`.
	fn propose_agreement(p: u32, l: u32, ) -> Weight {
		// Proof size, measured: `375 + p * (191 ±0)`
		// Proof size, estimated: `12403 + p * (2642 ±0)`
		// Fastest run: 1_575_153_000 ps.
		Weight::from_parts(1_777_567_000, 12403)
			// Standard error: 2_072_399
			.saturating_add(Weight::from_parts(28_058_456, 0).saturating_mul(p.into()))
			// Standard error: 8_123
			.saturating_add(Weight::from_parts(85_127, 0).saturating_mul(l.into()))
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
		// Fastest run: 356_565_000 ps.
		Weight::from_parts(487_050_645, 85534)
			// Standard error: 4_038
			.saturating_add(Weight::from_parts(20_911, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(33_u64))
			.saturating_add(RocksDbWeight::get().writes(33_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::RateWindows` (r:0 w:1)
	/// Proof: `Agreements::RateWindows` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::StreamCount` (r:0 w:1)
	/// Proof: `Agreements::StreamCount` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventCursor` (r:0 w:1)
	/// Proof: `Agreements::EventCursor` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Delegations` (r:0 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	fn withdraw_proposal() -> Weight {
		// Proof size, measured: `1529`
		// Proof size, estimated: `12403`
		// Fastest run: 130_526_000 ps.
		Weight::from_parts(146_056_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn terminate_agreement() -> Weight {
		// Proof size, measured: `1473`
		// Proof size, estimated: `12403`
		// Fastest run: 53_512_000 ps.
		Weight::from_parts(63_560_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: `Agreements::Delegations` (r:0 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xf7cc3622284573ab9668f5a5816c61f12244815c274d721f4eb52a215c1e2a07` (r:64 w:64)
	/// Proof: UNKNOWN KEY `0xf7cc3622284573ab9668f5a5816c61f12244815c274d721f4eb52a215c1e2a07` (r:64 w:64)
	fn reap_agreement() -> Weight {
		// Proof size, measured: `12256`
		// Proof size, estimated: `171646`
		// Fastest run: 514_790_000 ps.
		Weight::from_parts(587_931_000, 171646)
			.saturating_add(RocksDbWeight::get().reads(163_u64))
			.saturating_add(RocksDbWeight::get().writes(167_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: UNKNOWN KEY `0xa0f7965daffcf5cad5968a0b4134fe0d0dd608cf69abd130bda6b1c32a3fcc91` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0xa0f7965daffcf5cad5968a0b4134fe0d0dd608cf69abd130bda6b1c32a3fcc91` (r:0 w:3)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_group(l: u32, ) -> Weight {
		// Proof size, measured: `756`
		// Proof size, estimated: `12403`
		// Fastest run: 218_950_000 ps.
		Weight::from_parts(281_432_287, 12403)
			// Standard error: 1_430
			.saturating_add(Weight::from_parts(161_725, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:0 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Component `l` ranges over `[64, 8192]`.
	fn create_series(l: u32, ) -> Weight {
		// Proof size, measured: `17498`
		// Proof size, estimated: `17498`
		// Fastest run: 1_361_977_000 ps.
		Weight::from_parts(1_594_572_646, 17498)
			// Standard error: 10_574
			.saturating_add(Weight::from_parts(285_782, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	fn request_membership() -> Weight {
		// Proof size, measured: `1409`
		// Proof size, estimated: `12403`
		// Fastest run: 134_968_000 ps.
		Weight::from_parts(244_154_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Tokens` (r:0 w:1)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	fn admit_member() -> Weight {
		// Proof size, measured: `9790`
		// Proof size, estimated: `23816`
		// Fastest run: 155_513_000 ps.
		Weight::from_parts(205_264_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:2)
	fn leave_group() -> Weight {
		// Proof size, measured: `10112`
		// Proof size, estimated: `23816`
		// Fastest run: 203_142_000 ps.
		Weight::from_parts(291_880_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
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
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:8)
	/// Storage: UNKNOWN KEY `0x27cdf8aa92ec101057353e7fd2c23fd7484ab46508d9c29f67af35af44a56b5d` (r:0 w:10)
	/// Proof: UNKNOWN KEY `0x27cdf8aa92ec101057353e7fd2c23fd7484ab46508d9c29f67af35af44a56b5d` (r:0 w:10)
	/// Component `e` ranges over `[1, 8]`.
	fn submit_event(e: u32, ) -> Weight {
		// Proof size, measured: `29237 + e * (52 ±0)`
		// Proof size, estimated: `43262 + e * (10794 ±242)`
		// Fastest run: 1_446_619_000 ps.
		Weight::from_parts(1_200_521_872, 43262)
			// Standard error: 30_072_711
			.saturating_add(Weight::from_parts(835_937_038, 0).saturating_mul(e.into()))
			.saturating_add(RocksDbWeight::get().reads(27_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 10794).saturating_mul(e.into()))
	}
	/// Storage: `Agreements::Participants` (r:16 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 16]`.
	fn event_signers(s: u32, ) -> Weight {
		// Proof size, measured: `157 + s * (174 ±0)`
		// Proof size, estimated: `990 + s * (2642 ±0)`
		// Fastest run: 84_491_000 ps.
		Weight::from_parts(51_280_367, 990)
			// Standard error: 613_164
			.saturating_add(Weight::from_parts(46_593_966, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2642).saturating_mul(s.into()))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:0)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:4 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:4 w:0)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[1, 4]`.
	fn delegation_links(d: u32, ) -> Weight {
		// Proof size, measured: `8457 + d * (551 ±0)`
		// Proof size, estimated: `14894 + d * (10713 ±0)`
		// Fastest run: 177_724_000 ps.
		Weight::from_parts(76_004_794, 14894)
			// Standard error: 3_849_477
			.saturating_add(Weight::from_parts(171_150_129, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 10713).saturating_mul(d.into()))
	}
	/// Component `f` ranges over `[0, 1000000]`.
	fn guard_fuel(f: u32, ) -> Weight {
		// Proof size, measured: `0`
		// Proof size, estimated: `0`
		// Fastest run: 307_000 ps.
		Weight::from_parts(363_000, 0)
			// Standard error: 4
			.saturating_add(Weight::from_parts(3_795, 0).saturating_mul(f.into()))
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
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0xe0d5e68b9c8f1dd1e2f017255e85d3a6001f864fd398f409724e6b3438b926a2` (r:0 w:1)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn transfer_token() -> Weight {
		// Proof size, measured: `10480`
		// Proof size, estimated: `23816`
		// Fastest run: 186_775_000 ps.
		Weight::from_parts(327_385_000, 23816)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	/// Storage: `Agreements::Tokens` (r:1 w:2)
	/// Proof: `Agreements::Tokens` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextTokenId` (r:1 w:1)
	/// Proof: `Agreements::NextTokenId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn split_token() -> Weight {
		// Proof size, measured: `10022`
		// Proof size, estimated: `12403`
		// Fastest run: 166_582_000 ps.
		Weight::from_parts(190_651_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn merge_tokens() -> Weight {
		// Proof size, measured: `10286`
		// Proof size, estimated: `12403`
		// Fastest run: 168_237_000 ps.
		Weight::from_parts(200_580_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesById` (r:1 w:1)
	/// Proof: `Agreements::SeriesById` (`max_values`: None, `max_size`: Some(8319), added: 10794, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Groups` (r:1 w:0)
	/// Proof: `Agreements::Groups` (`max_values`: None, `max_size`: Some(8330), added: 10805, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn burn_token() -> Weight {
		// Proof size, measured: `10022`
		// Proof size, estimated: `12403`
		// Fastest run: 146_682_000 ps.
		Weight::from_parts(174_484_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SeriesByGroup` (r:0 w:1)
	/// Proof: `Agreements::SeriesByGroup` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:2)
	fn destroy_series() -> Weight {
		// Proof size, measured: `9536`
		// Proof size, estimated: `12403`
		// Fastest run: 118_138_000 ps.
		Weight::from_parts(201_179_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::TokensByOwner` (r:0 w:1)
	/// Proof: `Agreements::TokensByOwner` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:3)
	fn destroy_group() -> Weight {
		// Proof size, measured: `9659`
		// Proof size, estimated: `12403`
		// Fastest run: 212_545_000 ps.
		Weight::from_parts(279_571_000, 12403)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::EventIndex` (r:0 w:100)
	/// Proof: `Agreements::EventIndex` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:100)
	/// Proof: UNKNOWN KEY `0x23cf4f9e1620e069da76cfa595ebb2a975eae265aaeb0753ea76a8101c2e7682` (r:0 w:100)
	/// Component `n` ranges over `[1, 100]`.
	fn reap_events(n: u32, ) -> Weight {
		// Proof size, measured: `9207 + n * (421 ±0)`
		// Proof size, estimated: `12403 + n * (3121 ±0)`
		// Fastest run: 134_858_000 ps.
		Weight::from_parts(152_766_000, 12403)
			// Standard error: 1_428_968
			.saturating_add(Weight::from_parts(70_542_278, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3121).saturating_mul(n.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:2 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:1)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:1)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:1)
	/// Component `c` ranges over `[0, 8192]`.
	fn delegate(c: u32, ) -> Weight {
		// Proof size, measured: `11344`
		// Proof size, estimated: `14894`
		// Fastest run: 204_885_000 ps.
		Weight::from_parts(274_552_830, 14894)
			// Standard error: 3_746
			.saturating_add(Weight::from_parts(48_011, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Participants` (r:1 w:0)
	/// Proof: `Agreements::Participants` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:8)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Component `n` ranges over `[1, 8]`.
	fn revoke_delegation(n: u32, ) -> Weight {
		// Proof size, measured: `11414 + n * (214 ±0)`
		// Proof size, estimated: `14894 + n * (2308 ±97)`
		// Fastest run: 202_280_000 ps.
		Weight::from_parts(321_487_935, 14894)
			// Standard error: 1_890_034
			.saturating_add(Weight::from_parts(30_815_946, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2308).saturating_mul(n.into()))
	}
	/// Storage: `Agreements::Delegations` (r:1 w:1)
	/// Proof: `Agreements::Delegations` (`max_values`: None, `max_size`: Some(11429), added: 13904, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(8938), added: 11413, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(589), added: 3064, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DelegationConditions` (r:0 w:8)
	/// Proof: `Agreements::DelegationConditions` (`max_values`: None, `max_size`: Some(8238), added: 10713, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Proof: UNKNOWN KEY `0x31d2d0e50802fba07526f5d32ce110ed9a9311ec3236886d2ed7963cc4983ef7` (r:0 w:8)
	/// Component `n` ranges over `[1, 8]`.
	fn reap_delegation(n: u32, ) -> Weight {
		// Proof size, measured: `11106 + n * (197 ±0)`
		// Proof size, estimated: `14894 + n * (2308 ±82)`
		// Fastest run: 179_340_000 ps.
		Weight::from_parts(91_324_342, 14894)
			// Standard error: 1_848_309
			.saturating_add(Weight::from_parts(90_343_811, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2308).saturating_mul(n.into()))
	}
}
