//! Benchmarks of the agents pallet (frame-benchmarking v2), each at its worst case: the most
//! capabilities, every capability listed or pending, evaluations paid by the pot, and a full
//! listing in which an outcome displaces another agent.

use super::*;
use crate::training_fixtures::{training_fixture, FIXTURE_MODEL};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Perbill,
};
use verification_primitives::{Decision, Outcome, Resolution, VerificationProvider};

/// A generous balance, far above every stake, deposit and evaluation fee.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// `count` distinct capability tags of the longest length.
fn capability_tags<T: Config>(count: u32, salt: u8) -> CapabilityTags<T> {
	let len = T::MaxTagLen::get() as usize;
	let tags = (0..count).map(|i| {
		let mut tag = alloc::vec![b'c'; len];
		if let Some(first) = tag.first_mut() {
			*first = salt;
		}
		for (byte, value) in tag.iter_mut().rev().zip(i.to_le_bytes()) {
			*byte = value;
		}
		BoundedVec::truncate_from(tag)
	});
	BoundedVec::truncate_from(tags.collect::<Vec<_>>())
}

fn sla() -> Sla {
	Sla { max_latency_ms: 1_000, min_quality: 5_000 }
}

/// An agent of a fresh provider with `count` capabilities, each with its evaluation pending.
fn registered<T: Config>(index: u32, count: u32) -> (T::AccountId, AgentId) {
	T::BenchmarkHelper::prepare_verifier();
	let provider = funded::<T>("provider", index);
	let stake = Pallet::<T>::required_stake(count as usize);
	let id = Pallet::<T>::do_register_agent(
		provider.clone(),
		H256::repeat_byte(1),
		H256(FIXTURE_MODEL),
		capability_tags::<T>(count, b'a'),
		1u32.into(),
		sla(),
		stake,
	)
	.expect("registers");
	(provider, id)
}

fn outcome<T: Config>(decision: Decision, score: Option<u32>) -> Outcome<T::AccountId> {
	Outcome {
		decision,
		score,
		resolution: Resolution::DrawnPanel,
		appeals: 0,
		approval: Perbill::one(),
		participants: Default::default(),
	}
}

/// Report every pending evaluation of agent `id` approved with the top score: all listed.
fn list_all<T: Config>(id: AgentId) {
	let agent = Agents::<T>::get(id).expect("agent exists");
	for request in agent.capabilities.iter().filter_map(|c| c.pending) {
		Pallet::<T>::do_on_outcome(request, &outcome::<T>(Decision::Approved, Some(T::MaxScore::get())));
	}
}


/// A listed agent (one capability, the top score) of a fresh provider.
fn listed_agent<T: Config>(index: u32) -> (T::AccountId, AgentId) {
	let (provider, id) = registered::<T>(index, 1);
	list_all::<T>(id);
	(provider, id)
}

/// `count` listed agents of one capability; all but the last paused, so that assignment
/// scans the whole list.
fn job_agents<T: Config>(count: u32) -> (BoundedVec<AgentId, T::MaxJobAgents>, CapabilityTag<T>) {
	let mut ids = Vec::new();
	for i in 0..count {
		let (provider, id) = listed_agent::<T>(i);
		if i + 1 < count {
			Pallet::<T>::do_set_paused(&provider, id, true).expect("pauses");
		}
		ids.push(id);
	}
	let tag = capability_tags::<T>(1, b'a').into_inner().pop().expect("one tag");
	(BoundedVec::truncate_from(ids), tag)
}

/// A job of a fresh client on a listed agent, delivered; returns client, provider, job.
fn delivered_job<T: Config>() -> (T::AccountId, T::AccountId, JobId) {
	let (provider, id) = listed_agent::<T>(0);
	let tag = capability_tags::<T>(1, b'a').into_inner().pop().expect("one tag");
	let client = funded::<T>("client", 0);
	let job = Pallet::<T>::do_open_job(
		client.clone(),
		tag,
		H256::repeat_byte(9),
		BoundedVec::truncate_from(alloc::vec![id]),
		1_000u32.into(),
	)
	.expect("opens");
	Pallet::<T>::do_submit_result(&provider, job, H256::repeat_byte(8), 1).expect("delivers");
	(client, provider, job)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_agent(c: Linear<1, { T::MaxCapabilities::get() }>) {
		T::BenchmarkHelper::prepare_verifier();
		let provider = funded::<T>("provider", 0);
		let tags = capability_tags::<T>(c, b'a');
		let stake = Pallet::<T>::required_stake(c as usize);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			tags,
			1u32.into(),
			sla(),
			stake,
		);

		let agent = Agents::<T>::get(0).expect("registered");
		assert_eq!(agent.capabilities.len(), c as usize);
		assert!(agent.capabilities.iter().all(|cap| cap.pending.is_some()));
	}

	#[benchmark]
	fn update_agent() {
		let (provider, id) = registered::<T>(0, 1);
		let new_sla = Sla { max_latency_ms: 10, min_quality: 9_000 };

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, H256::repeat_byte(7), 3u32.into(), new_sla);

		assert_eq!(Agents::<T>::get(id).expect("exists").sla, new_sla);
	}

	#[benchmark]
	fn update_model(
		o: Linear<1, { T::MaxCapabilities::get() }>,
		c: Linear<1, { T::MaxCapabilities::get() }>,
	) {
		let (provider, id) = registered::<T>(0, o);
		list_all::<T>(id);
		let extra = Pallet::<T>::required_stake(T::MaxCapabilities::get() as usize);
		Pallet::<T>::do_bond_extra(&provider, id, extra).expect("bonds");
		let tags = capability_tags::<T>(c, b'b');

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, H256::repeat_byte(3), tags);

		let agent = Agents::<T>::get(id).expect("exists");
		assert_eq!(agent.capabilities.len(), c as usize);
		assert!(agent.capabilities.iter().all(|cap| !cap.listed && cap.pending.is_some()));
	}

	#[benchmark]
	fn bond_extra() {
		let (provider, id) = registered::<T>(0, 1);
		let before = Agents::<T>::get(id).expect("exists").stake;

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, 10u32.into());

		assert_eq!(Agents::<T>::get(id).expect("exists").stake, before.saturating_add(10u32.into()));
	}

	#[benchmark]
	fn pause_agent() {
		let (provider, id) = registered::<T>(0, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert_eq!(Agents::<T>::get(id).expect("exists").status, AgentStatus::Paused);
	}

	#[benchmark]
	fn resume_agent() {
		let (provider, id) = registered::<T>(0, 1);
		Pallet::<T>::do_set_paused(&provider, id, true).expect("pauses");

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert_eq!(Agents::<T>::get(id).expect("exists").status, AgentStatus::Active);
	}

	#[benchmark]
	fn unbond_agent(c: Linear<1, { T::MaxCapabilities::get() }>) {
		let (provider, id) = registered::<T>(0, c);
		list_all::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		let agent = Agents::<T>::get(id).expect("exists");
		assert!(agent.capabilities.iter().all(|cap| !cap.listed));
	}

	#[benchmark]
	fn deregister_agent(c: Linear<1, { T::MaxCapabilities::get() }>) {
		// Worst case: every capability's evaluation was cancelled in the engine, so each is
		// looked up there and forgotten.
		let (provider, id) = registered::<T>(0, c);
		let agent = Agents::<T>::get(id).expect("exists");
		for request in agent.capabilities.iter().filter_map(|cap| cap.pending) {
			T::Verifier::cancel_request(request, &provider).expect("cancels before the draw");
		}
		Pallet::<T>::do_unbond_agent(&provider, id).expect("unbonds");
		let until = frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		frame_system::Pallet::<T>::set_block_number(until);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert!(Agents::<T>::get(id).is_none());
	}

	#[benchmark]
	fn request_evaluation() {
		// Worst case: a third party asks once the period has passed, so the pot pays.
		let (_, id) = registered::<T>(0, 1);
		list_all::<T>(id);
		let due = frame_system::Pallet::<T>::block_number().saturating_add(T::EvaluationPeriod::get());
		frame_system::Pallet::<T>::set_block_number(due);
		T::Currency::set_balance(
			&Pallet::<T>::pot_account(),
			BalanceOf::<T>::max_value() / 1_000_000u32.into(),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, 0);

		assert!(Agents::<T>::get(id).expect("exists").capabilities[0].pending.is_some());
	}

	#[benchmark]
	fn on_outcome_listed() {
		// Worst case: the capability's listing is full of lower scores, so the outcome
		// displaces the lowest-scored agent (read and written).
		let (_, id) = registered::<T>(0, 1);
		let subject = Agents::<T>::get(id).expect("exists");
		let tag = subject.capabilities[0].tag.clone();
		let request = subject.capabilities[0].pending.expect("pending");
		let max = T::MaxListedPerCapability::get();
		let mut entries = Vec::new();
		for other in 0..max {
			let other_id = id.saturating_add(1).saturating_add(other);
			let mut copy = subject.clone();
			copy.capabilities[0].pending = None;
			copy.capabilities[0].listed = true;
			copy.capabilities[0].score = Some(T::ListingThreshold::get());
			Agents::<T>::insert(other_id, copy);
			entries.push((other_id, T::ListingThreshold::get()));
		}
		Listed::<T>::insert(&tag, BoundedVec::truncate_from(entries));
		let outcome = outcome::<T>(Decision::Approved, Some(T::MaxScore::get()));

		#[block]
		{
			Pallet::<T>::do_on_outcome(request, &outcome);
		}

		assert!(Agents::<T>::get(id).expect("exists").capabilities[0].listed);
	}

	#[benchmark]
	fn on_outcome_inconclusive() {
		let (_, id) = registered::<T>(0, 1);
		let request = Agents::<T>::get(id).expect("exists").capabilities[0].pending.expect("pending");
		let outcome = outcome::<T>(Decision::Inconclusive, None);

		#[block]
		{
			Pallet::<T>::do_on_outcome(request, &outcome);
		}

		assert!(Agents::<T>::get(id).expect("exists").capabilities[0].pending.is_none());
	}

	#[benchmark]
	fn open_job(a: Linear<1, { T::MaxJobAgents::get() }>) {
		let (ids, tag) = job_agents::<T>(a);
		let client = funded::<T>("client", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(client), tag, H256::repeat_byte(9), ids, 1_000u32.into());

		assert_eq!(Jobs::<T>::get(0).expect("opened").current, a - 1);
	}

	#[benchmark]
	fn submit_result() {
		// Worst case: a latency above the SLA breaches at once (slash, compensation, refund).
		let (provider, id) = listed_agent::<T>(0);
		let tag = capability_tags::<T>(1, b'a').into_inner().pop().expect("one tag");
		let client = funded::<T>("client", 0);
		let job = Pallet::<T>::do_open_job(
			client,
			tag,
			H256::repeat_byte(9),
			BoundedVec::truncate_from(alloc::vec![id]),
			1_000u32.into(),
		)
		.expect("opens");

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), job, H256::repeat_byte(8), u32::MAX);

		assert!(Jobs::<T>::get(job).is_none());
	}

	#[benchmark]
	fn settle_job() {
		let (_, _, job) = delivered_job::<T>();
		T::Currency::set_balance(&Pallet::<T>::pot_account(), T::Currency::minimum_balance());
		let window = T::DisputeWindow::get().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(window),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job);

		assert!(Jobs::<T>::get(job).is_none());
	}

	#[benchmark]
	fn dispute_job() {
		let (client, _, job) = delivered_job::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job);

		assert!(matches!(Jobs::<T>::get(job).expect("open").status, JobStatus::Disputed { .. }));
	}

	#[benchmark]
	fn timeout_job(a: Linear<2, { T::MaxJobAgents::get() }>) {
		// The first agent times out; the rest but the last are paused, so the whole list is
		// scanned before the last is assigned.
		let (ids, tag) = job_agents::<T>(a);
		let client = funded::<T>("client", 0);
		let first = ids[0];
		let first_provider = Agents::<T>::get(first).expect("exists").provider;
		Pallet::<T>::do_set_paused(&first_provider, first, false).expect("resumes");
		let job = Pallet::<T>::do_open_job(client, tag, H256::repeat_byte(9), ids, 1_000u32.into())
			.expect("opens");
		Pallet::<T>::do_set_paused(&first_provider, first, true).expect("pauses");
		let late = T::ResultTimeout::get().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(late),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job);

		assert_eq!(Jobs::<T>::get(job).expect("reassigned").current, a - 1);
	}

	#[benchmark]
	fn on_outcome_dispute() {
		// Worst case: the panel upholds the dispute (slash, compensation, refund).
		let (client, _, job) = delivered_job::<T>();
		Pallet::<T>::do_dispute_job(&client, job).expect("disputes");
		let JobStatus::Disputed { request, .. } = Jobs::<T>::get(job).expect("open").status else {
			panic!("disputed");
		};
		let outcome = outcome::<T>(Decision::Approved, None);

		#[block]
		{
			Pallet::<T>::do_dispute_outcome(request, &outcome);
		}

		assert!(Jobs::<T>::get(job).is_none());
	}

	#[benchmark]
	fn register_circuit(n: Linear<1, { T::MaxPublicInputs::get() }>) {
		let fixture = training_fixture(n).expect("committed fixture");
		let key: VerifyingKeyOf<T> = BoundedVec::truncate_from(fixture.verifying_key);

		#[extrinsic_call]
		_(RawOrigin::Root, key, H256::repeat_byte(3));

		assert_eq!(Circuits::<T>::get(0).expect("registered").public_inputs, n);
	}

	#[benchmark]
	fn retire_circuit() {
		let fixture = training_fixture(T::MaxPublicInputs::get()).expect("committed fixture");
		Pallet::<T>::do_register_circuit(BoundedVec::truncate_from(fixture.verifying_key), H256::zero())
			.expect("registers");

		#[extrinsic_call]
		_(RawOrigin::Root, 0);

		assert!(Circuits::<T>::get(0).is_none());
	}

	#[benchmark]
	fn submit_training_proof(n: Linear<1, { T::MaxPublicInputs::get() }>) {
		// The fixtures bind agent 0 running FIXTURE_MODEL: the first agent registered here.
		let (provider, id) = registered::<T>(0, 1);
		assert_eq!(id, 0);
		let fixture = training_fixture(n).expect("committed fixture");
		Pallet::<T>::do_register_circuit(BoundedVec::truncate_from(fixture.verifying_key), H256::zero())
			.expect("registers");
		let proof: ProofBytesOf = BoundedVec::truncate_from(fixture.proof);
		let inputs: PublicInputsOf<T> = BoundedVec::truncate_from(fixture.inputs);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, 0, proof, inputs);

		assert_eq!(Reputations::<T>::get(id).expect("exists").training_proofs, 1);
	}

	/// Not a call: the same verification as `submit_training_proof` with every curve operation
	/// inside the Wasm runtime instead of the node's host functions, to measure what the host
	/// functions save.
	#[benchmark]
	fn verify_pure(n: Linear<1, { T::MaxPublicInputs::get() }>) {
		let fixture = training_fixture(n).expect("committed fixture");
		let result;

		#[block]
		{
			result = groth16_verifier::verify(
				groth16_verifier::Backend::Pure,
				&fixture.verifying_key,
				&fixture.proof,
				&fixture.inputs,
			);
		}

		assert_eq!(result, Ok(()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
