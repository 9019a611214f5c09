//! Weights of `pallet_streaming`.
//!
//! Until the pallet is benchmarked in the runtime (`scripts/benchmark.sh pallet_streaming`,
//! which overwrites this file from `scripts/benchmarks/weight-template.hbs`), only the
//! trait and the zero weights of unit-test mocks are here.

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
}

/// Zero weights, for unit-test mocks only.
impl WeightInfo for () {
	fn register_content() -> Weight { Weight::zero() }
	fn update_content() -> Weight { Weight::zero() }
	fn retire_content() -> Weight { Weight::zero() }
	fn register_node() -> Weight { Weight::zero() }
	fn bond_extra() -> Weight { Weight::zero() }
	fn unbond() -> Weight { Weight::zero() }
	fn withdraw_unbonded() -> Weight { Weight::zero() }
	fn pin_content() -> Weight { Weight::zero() }
	fn unpin_content() -> Weight { Weight::zero() }
	fn challenge_storage() -> Weight { Weight::zero() }
	fn answer_challenge(_d: u32, ) -> Weight { Weight::zero() }
	fn expire_challenge() -> Weight { Weight::zero() }
	fn create_task() -> Weight { Weight::zero() }
	fn cancel_task() -> Weight { Weight::zero() }
	fn assign_task(_n: u32, ) -> Weight { Weight::zero() }
	fn submit_results(_s: u32, ) -> Weight { Weight::zero() }
	fn expire_task() -> Weight { Weight::zero() }
	fn task_outcome(_p: u32, ) -> Weight { Weight::zero() }
	fn open_reserve() -> Weight { Weight::zero() }
	fn leave() -> Weight { Weight::zero() }
	fn withdraw_reserve(_c: u32, ) -> Weight { Weight::zero() }
	fn redeem_tickets(_t: u32, ) -> Weight { Weight::zero() }
}

/// Bootstrap only, replaced by the generated file: the runtime needs a type to build the
/// benchmark binary that measures the real weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_content() -> Weight { Weight::zero() }
	fn update_content() -> Weight { Weight::zero() }
	fn retire_content() -> Weight { Weight::zero() }
	fn register_node() -> Weight { Weight::zero() }
	fn bond_extra() -> Weight { Weight::zero() }
	fn unbond() -> Weight { Weight::zero() }
	fn withdraw_unbonded() -> Weight { Weight::zero() }
	fn pin_content() -> Weight { Weight::zero() }
	fn unpin_content() -> Weight { Weight::zero() }
	fn challenge_storage() -> Weight { Weight::zero() }
	fn answer_challenge(_d: u32, ) -> Weight { Weight::zero() }
	fn expire_challenge() -> Weight { Weight::zero() }
	fn create_task() -> Weight { Weight::zero() }
	fn cancel_task() -> Weight { Weight::zero() }
	fn assign_task(_n: u32, ) -> Weight { Weight::zero() }
	fn submit_results(_s: u32, ) -> Weight { Weight::zero() }
	fn expire_task() -> Weight { Weight::zero() }
	fn task_outcome(_p: u32, ) -> Weight { Weight::zero() }
	fn open_reserve() -> Weight { Weight::zero() }
	fn leave() -> Weight { Weight::zero() }
	fn withdraw_reserve(_c: u32, ) -> Weight { Weight::zero() }
	fn redeem_tickets(_t: u32, ) -> Weight { Weight::zero() }
}
