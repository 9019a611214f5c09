//! Weights of `pallet_credits`: PLACEHOLDERS until `scripts/benchmark.sh pallet_credits`
//! generates this file from the benchmarks in `benchmarking.rs`. Not for a live chain.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each dispatchable of `pallet_credits` and of its transaction extension.
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

/// Weights for `pallet_credits` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn enroll() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 10)) }
	fn post() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn react() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn tip() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(10, 12)) }
	fn hype() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(10, 12)) }
	fn reap_post() -> Weight { Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(2, 3)) }
	fn set_rule() -> Weight { Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().writes(1)) }
	fn apply_decay() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(6, 6)) }
	fn use_free_action() -> Weight { Weight::from_parts(20_000_000, 3_000).saturating_add(T::DbWeight::get().reads_writes(2, 1)) }
	fn bond_node() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn unbond_node() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn vouch() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn unvouch() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn heartbeat() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn claim_uptime() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn declare_hosting() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn withdraw_hosting() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn request_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn answer_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn expire_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn on_outcome(p: u32, ) -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into())).saturating_add(T::DbWeight::get().reads_writes(10, 10)) }
}

impl WeightInfo for () {
	fn enroll() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 10)) }
	fn post() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn react() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn tip() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(10, 12)) }
	fn hype() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(10, 12)) }
	fn reap_post() -> Weight { Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(2, 3)) }
	fn set_rule() -> Weight { Weight::from_parts(20_000_000, 1_000).saturating_add(RocksDbWeight::get().writes(1)) }
	fn apply_decay() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(6, 6)) }
	fn use_free_action() -> Weight { Weight::from_parts(20_000_000, 3_000).saturating_add(RocksDbWeight::get().reads_writes(2, 1)) }
	fn bond_node() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn unbond_node() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn vouch() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn unvouch() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn heartbeat() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn claim_uptime() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn declare_hosting() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn withdraw_hosting() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn request_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn answer_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn expire_challenge() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(8, 8)) }
	fn on_outcome(p: u32, ) -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into())).saturating_add(RocksDbWeight::get().reads_writes(10, 10)) }
}
