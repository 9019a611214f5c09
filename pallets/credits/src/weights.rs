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
}
