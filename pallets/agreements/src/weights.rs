//! Weights of the agreements pallet.
//!
//! PLACEHOLDER until `scripts/benchmark.sh` generates this file from `benchmarking.rs`: the
//! figures below are rough guesses, not measurements. The pallet is not wired into the
//! runtime while they are.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions of the pallet.
pub trait WeightInfo {
	fn register_participant() -> Weight;
	fn retire_participant() -> Weight;
	fn propose_agreement(p: u32, l: u32) -> Weight;
	fn consent(l: u32) -> Weight;
	fn withdraw_proposal() -> Weight;
	fn terminate_agreement() -> Weight;
	fn reap_agreement() -> Weight;
	fn create_group(l: u32) -> Weight;
	fn create_series(l: u32) -> Weight;
	fn request_membership() -> Weight;
	fn admit_member() -> Weight;
	fn leave_group() -> Weight;
	fn submit_event(s: u32, e: u32) -> Weight;
	fn guard_fuel(f: u32) -> Weight;
	fn transfer_token() -> Weight;
	fn split_token() -> Weight;
	fn merge_tokens() -> Weight;
	fn reap_events(n: u32) -> Weight;
	fn burn_token() -> Weight;
	fn destroy_series() -> Weight;
	fn destroy_group() -> Weight;
}

/// Weights for a runtime (placeholder, see the module doc).
pub struct SubstrateWeight<T>(PhantomData<T>);

fn placeholder<T: frame_system::Config>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(reads, writes))
}

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_participant() -> Weight { placeholder::<T>(3, 4) }
	fn retire_participant() -> Weight { placeholder::<T>(2, 3) }
	fn propose_agreement(p: u32, _l: u32) -> Weight { placeholder::<T>(3 + 2 * p as u64, 3 + p as u64) }
	fn consent(_l: u32) -> Weight { placeholder::<T>(2, 1) }
	fn withdraw_proposal() -> Weight { placeholder::<T>(40, 40) }
	fn terminate_agreement() -> Weight { placeholder::<T>(3, 1) }
	fn reap_agreement() -> Weight { placeholder::<T>(40, 40) }
	fn create_group(_l: u32) -> Weight { placeholder::<T>(6, 8) }
	fn create_series(_l: u32) -> Weight { placeholder::<T>(5, 4) }
	fn request_membership() -> Weight { placeholder::<T>(5, 4) }
	fn admit_member() -> Weight { placeholder::<T>(6, 6) }
	fn leave_group() -> Weight { placeholder::<T>(8, 8) }
	fn submit_event(s: u32, e: u32) -> Weight { placeholder::<T>(8 + s as u64 + 6 * e as u64, 8 + 5 * e as u64) }
	fn guard_fuel(f: u32) -> Weight { Weight::from_parts(u64::from(f).saturating_mul(100), 0) }
	fn transfer_token() -> Weight { placeholder::<T>(8, 8) }
	fn split_token() -> Weight { placeholder::<T>(8, 8) }
	fn merge_tokens() -> Weight { placeholder::<T>(8, 8) }
	fn reap_events(n: u32) -> Weight { placeholder::<T>(3 + n as u64, 3 + 2 * n as u64) }
	fn burn_token() -> Weight { placeholder::<T>(8, 8) }
	fn destroy_series() -> Weight { placeholder::<T>(4, 4) }
	fn destroy_group() -> Weight { placeholder::<T>(8, 8) }
}

/// For tests.
impl WeightInfo for () {
	fn register_participant() -> Weight { placeholder_unit(3, 4) }
	fn retire_participant() -> Weight { placeholder_unit(2, 3) }
	fn propose_agreement(p: u32, _l: u32) -> Weight { placeholder_unit(3 + 2 * p as u64, 3 + p as u64) }
	fn consent(_l: u32) -> Weight { placeholder_unit(2, 1) }
	fn withdraw_proposal() -> Weight { placeholder_unit(40, 40) }
	fn terminate_agreement() -> Weight { placeholder_unit(3, 1) }
	fn reap_agreement() -> Weight { placeholder_unit(40, 40) }
	fn create_group(_l: u32) -> Weight { placeholder_unit(6, 8) }
	fn create_series(_l: u32) -> Weight { placeholder_unit(5, 4) }
	fn request_membership() -> Weight { placeholder_unit(5, 4) }
	fn admit_member() -> Weight { placeholder_unit(6, 6) }
	fn leave_group() -> Weight { placeholder_unit(8, 8) }
	fn submit_event(s: u32, e: u32) -> Weight { placeholder_unit(8 + s as u64 + 6 * e as u64, 8 + 5 * e as u64) }
	fn guard_fuel(f: u32) -> Weight { Weight::from_parts(u64::from(f).saturating_mul(100), 0) }
	fn transfer_token() -> Weight { placeholder_unit(8, 8) }
	fn split_token() -> Weight { placeholder_unit(8, 8) }
	fn merge_tokens() -> Weight { placeholder_unit(8, 8) }
	fn reap_events(n: u32) -> Weight { placeholder_unit(3 + n as u64, 3 + 2 * n as u64) }
	fn burn_token() -> Weight { placeholder_unit(8, 8) }
	fn destroy_series() -> Weight { placeholder_unit(4, 4) }
	fn destroy_group() -> Weight { placeholder_unit(8, 8) }
}

fn placeholder_unit(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(reads, writes))
}
