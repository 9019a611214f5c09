//! Weights of `pallet_agents`: PROVISIONAL, written before the first benchmark run; replaced by
//! the output of `scripts/benchmark.sh pallet_agents` before the pallet is used by a runtime.

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

/// Weights for a runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn update_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn update_model(o: u32, c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn pause_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn resume_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn unbond_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn deregister_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn request_evaluation() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_listed() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_inconclusive() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn open_job(a: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn settle_job() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn dispute_job() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn timeout_job(a: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn register_circuit(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn retire_circuit() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn submit_training_proof(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
	fn verify_pure(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6))
	}
}

/// For tests.
impl WeightInfo for () {
	fn register_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn update_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn update_model(o: u32, c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn pause_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn resume_agent() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn unbond_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn deregister_agent(c: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn request_evaluation() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_listed() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_inconclusive() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn open_job(a: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn settle_job() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn dispute_job() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn timeout_job(a: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn on_outcome_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn register_circuit(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn retire_circuit() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn submit_training_proof(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn verify_pure(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
}
