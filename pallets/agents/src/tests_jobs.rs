//! Tests of jobs: escrow, assignment and fallbacks, settlement, disputes, breaches, timeouts.

use crate::{mock::*, *};
// The runtime's `Agents` pallet, not the storage map of the same name.
use crate::mock::Agents;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold, Mutate},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill, TokenError};
use verification_primitives::{Decision, PanelPolicy, VerificationMode};

/// The client of the tests' jobs.
const CLIENT: u64 = 9;
/// Price of the tests' agents: penalty max(3 × 20, 20) = 60, protocol share 2.
const PRICE: u128 = 20;
const PENALTY: u128 = 60;
const SHARE: u128 = 2;

fn free(who: u64) -> u128 {
	Balances::free_balance(who)
}

fn escrow_held(who: u64) -> u128 {
	Balances::balance_on_hold(&HoldReason::JobEscrow.into(), &who)
}

fn agents(ids: &[AgentId]) -> BoundedVec<AgentId, ConstU32Jobs> {
	BoundedVec::truncate_from(ids.to_vec())
}

type ConstU32Jobs = <Test as Config>::MaxJobAgents;

fn open(ids: &[AgentId], max_price: u128) -> Result<JobId, DispatchError> {
	let id = NextJobId::<Test>::get();
	Agents::open_job(RuntimeOrigin::signed(CLIENT), tag("translate"), H256::repeat_byte(5), agents(ids), max_price)
		.map(|_| id)
}

fn job(id: JobId) -> pallet::JobOf<Test> {
	Jobs::<Test>::get(id).expect("job exists")
}


/// A pot that exists, so protocol shares below the existential deposit can be paid into it.
fn fund_pot() {
	let _ = Balances::mint_into(&Agents::pot_account(), ED);
}

fn deliver(job: JobId, provider: u64) {
	assert_ok!(Agents::submit_result(RuntimeOrigin::signed(provider), job, H256::repeat_byte(7), 900));
}

#[test]
fn opening_escrows_the_ceiling_and_commits_the_penalty() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let before = free(CLIENT);
		let id = open(&[a], 50).unwrap();
		assert_eq!(free(CLIENT), before - 50 - JOB_DEPOSIT);
		assert_eq!(escrow_held(CLIENT), 50);
		assert_eq!(Balances::balance_on_hold(&HoldReason::JobDeposit.into(), &CLIENT), JOB_DEPOSIT);
		let stored = job(id);
		assert_eq!((stored.current, stored.price, stored.penalty), (0, PRICE, PENALTY));
		assert_eq!(stored.status, JobStatus::Assigned { deadline: 1 + TIMEOUT });
		assert_eq!(agent(a).committed, PENALTY);
		let events = agent_events();
		assert!(events.contains(&Event::JobOpened { job: id, client: CLIENT, max_price: 50 }));
		assert_eq!(
			events.last(),
			Some(&Event::JobAssigned { job: id, agent: a, price: PRICE, deadline: 1 + TIMEOUT })
		);
	});
}

#[test]
fn opening_refuses_bad_lists_and_ineligible_agents() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let unlisted = register(BOB, &["translate"], PRICE);
		assert_noop!(open(&[], 50), Error::<Test>::NoAgents);
		assert_noop!(open(&[a, a], 50), Error::<Test>::DuplicateAgent);
		assert_noop!(open(&[unlisted], 50), Error::<Test>::NoEligibleAgent);
		assert_noop!(open(&[a], PRICE - 1), Error::<Test>::NoEligibleAgent);
		assert_noop!(open(&[77], 50), Error::<Test>::NoEligibleAgent);
		// A provider cannot hire its own agent.
		assert_noop!(
			Agents::open_job(RuntimeOrigin::signed(ALICE), tag("translate"), H256::zero(), agents(&[a]), 50),
			Error::<Test>::NoEligibleAgent
		);
		// Another capability.
		assert_noop!(
			Agents::open_job(RuntimeOrigin::signed(CLIENT), tag("paint"), H256::zero(), agents(&[a]), 50),
			Error::<Test>::NoEligibleAgent
		);
		assert_ok!(Agents::pause_agent(RuntimeOrigin::signed(ALICE), a));
		assert_noop!(open(&[a], 50), Error::<Test>::NoEligibleAgent);
		assert_ok!(Agents::resume_agent(RuntimeOrigin::signed(ALICE), a));
		run_to(2 + PERIOD + GRACE);
		assert_noop!(open(&[a], 50), Error::<Test>::NoEligibleAgent);
		// A fresh account with less than the ceiling and deposit.
		let _ = Balances::mint_into(&50, 40);
		run_to(1);
		assert_noop!(
			Agents::open_job(RuntimeOrigin::signed(50), tag("translate"), H256::zero(), agents(&[a]), 50),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn the_first_eligible_agent_is_assigned() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let b = listed(BOB, "translate", 30, 8_000);
		assert_ok!(Agents::pause_agent(RuntimeOrigin::signed(ALICE), a));
		let id = open(&[a, b], 50).unwrap();
		assert_eq!((job(id).current, job(id).price, job(id).penalty), (1, 30, 90));
		assert_eq!(agent(b).committed, 90);
		assert_eq!(agent(a).committed, 0);
	});
}

#[test]
fn free_stake_caps_the_jobs_an_agent_backs_at_once() {
	run(|| {
		// 100 of stake backs one job with a penalty of 60; bonding 20 more backs a second.
		let a = listed(ALICE, "translate", PRICE, 8_000);
		open(&[a], 50).unwrap();
		assert_noop!(open(&[a], 50), Error::<Test>::NoEligibleAgent);
		assert_ok!(Agents::bond_extra(RuntimeOrigin::signed(ALICE), a, 20));
		open(&[a], 50).unwrap();
		assert_eq!(agent(a).committed, 2 * PENALTY);
	});
}

#[test]
fn a_delivered_job_settles_after_its_window_paying_provider_and_pot() {
	run(|| {
		fund_pot();
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let client_before = free(CLIENT);
		let provider_before = free(ALICE);
		let pot_before = free(Agents::pot_account());
		let reputation_before = Reputations::<Test>::get(a).unwrap().score;
		let id = open(&[a], 50).unwrap();
		assert_noop!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::NotDelivered);
		assert_noop!(
			Agents::submit_result(RuntimeOrigin::signed(BOB), id, H256::zero(), 1),
			Error::<Test>::NotProvider
		);
		run_to(3);
		deliver(id, ALICE);
		assert_eq!(
			job(id).status,
			JobStatus::Delivered { result: H256::repeat_byte(7), latency_ms: 900, window_end: 3 + WINDOW }
		);
		assert_noop!(
			Agents::submit_result(RuntimeOrigin::signed(ALICE), id, H256::zero(), 1),
			Error::<Test>::NotAssigned
		);
		run_to(3 + WINDOW);
		assert_noop!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::WindowOpen);
		run_to(4 + WINDOW);
		assert_ok!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id));

		assert_eq!(free(CLIENT), client_before - PRICE);
		assert_eq!(free(ALICE), provider_before + PRICE - SHARE);
		assert_eq!(free(Agents::pot_account()), pot_before + SHARE);
		assert_eq!(escrow_held(CLIENT), 0);
		assert!(Jobs::<Test>::get(id).is_none());
		assert_eq!(agent(a).committed, 0);
		let reputation = Reputations::<Test>::get(a).unwrap();
		assert_eq!(reputation.jobs_served, 1);
		assert_eq!(reputation.score, reputation_before, "served jobs never raise reputation");
		assert_eq!(
			agent_events().last(),
			Some(&Event::JobSettled {
				job: id,
				agent: Some(a),
				end: JobEnd::Served,
				paid: PRICE - SHARE,
				protocol: SHARE,
				refunded: 50 - PRICE,
				compensation: 0
			})
		);
		assert_noop!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::JobNotFound);
	});
}

#[test]
fn a_latency_above_the_sla_is_a_breach_at_once() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let client_before = free(CLIENT);
		let id = open(&[a], 50).unwrap();
		assert_ok!(Agents::submit_result(
			RuntimeOrigin::signed(ALICE),
			id,
			H256::repeat_byte(7),
			sla().max_latency_ms + 1
		));
		// The client gets the escrow back and the penalty from the provider's stake.
		assert_eq!(free(CLIENT), client_before + PENALTY);
		let stored = agent(a);
		assert_eq!(stored.stake, MIN_STAKE - PENALTY);
		assert_eq!(stored.committed, 0);
		assert_eq!(Balances::balance_on_hold(&HoldReason::AgentStake.into(), &ALICE), MIN_STAKE - PENALTY);
		let reputation = Reputations::<Test>::get(a).unwrap();
		assert_eq!((reputation.jobs_failed, reputation.slashes, reputation.slashed), (1, 1, PENALTY));
		// 56 % moved a fifth of the way towards 0: 44.8 %.
		assert_eq!(reputation.score, Perbill::from_parts(448_000_000));
		assert_eq!(reputation.history.len(), 1);
		assert_eq!(reputation.history[0].amount, PENALTY);
		assert!(Jobs::<Test>::get(id).is_none());
		let events = agent_events();
		assert!(events.iter().any(|e| matches!(e, Event::AgentSlashed { agent, amount, .. } if *agent == a && *amount == PENALTY)));
		assert!(events.iter().any(|e| matches!(e,
			Event::JobSettled { end: JobEnd::Breached, compensation, refunded, .. }
				if *compensation == PENALTY && *refunded == 50)));
		// Below its required stake, the agent is neither routed to nor hired.
		assert_eq!(Agents::best(b"translate", 100, 5).primary, None);
		assert_noop!(open(&[a], 50), Error::<Test>::NoEligibleAgent);
	});
}

#[test]
fn an_upheld_dispute_slashes_the_provider_and_compensates_the_client_exactly() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let client_before = free(CLIENT);
		let id = open(&[a], 50).unwrap();
		deliver(id, ALICE);
		assert_noop!(Agents::dispute_job(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotClient);
		assert_ok!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), id));
		let request = last_request();
		let (_, _, requester, params) = opened().last().unwrap().clone();
		assert_eq!(requester, CLIENT);
		assert_eq!(params.excluded.into_inner(), vec![ALICE], "the provider never judges");
		assert_eq!(params.mode, VerificationMode::Panel(PanelPolicy::Drawn { seats: 5 }));
		assert_eq!(params.panel.reward, DISPUTE_REWARD);
		assert_eq!(params.score_range, None);
		assert!(matches!(job(id).status, JobStatus::Disputed { request: r, .. } if r == request));
		assert_eq!(Disputes::<Test>::get(request), Some(id));
		assert!(agent_events().contains(&Event::JobDisputed { job: id, request }));
		run_to(100);
		assert_noop!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::DisputePending);

		decide(request, Decision::Approved, None);
		// The mock engine takes no fees, so the client is exactly the penalty better off.
		assert_eq!(free(CLIENT), client_before + PENALTY);
		assert_eq!(escrow_held(CLIENT), 0);
		assert_eq!(agent(a).stake, MIN_STAKE - PENALTY);
		assert!(Jobs::<Test>::get(id).is_none());
		assert!(Disputes::<Test>::get(request).is_none());
	});
}

#[test]
fn a_rejected_or_inconclusive_dispute_pays_the_provider() {
	run(|| {
		fund_pot();
		let a = listed(ALICE, "translate", PRICE, 8_000);
		for decision in [Decision::Rejected, Decision::Inconclusive] {
			let provider_before = free(ALICE);
			let id = open(&[a], 50).unwrap();
			deliver(id, ALICE);
			assert_ok!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), id));
			decide(last_request(), decision, None);
			assert_eq!(free(ALICE), provider_before + PRICE - SHARE);
			assert_eq!(agent(a).stake, MIN_STAKE);
			assert!(Jobs::<Test>::get(id).is_none());
		}
		assert_eq!(Reputations::<Test>::get(a).unwrap().jobs_served, 2);
	});
}

#[test]
fn a_dispute_dropped_in_the_engine_lets_the_result_stand() {
	run(|| {
		fund_pot();
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let provider_before = free(ALICE);
		let id = open(&[a], 50).unwrap();
		deliver(id, ALICE);
		assert_ok!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), id));
		let request = last_request();
		cancel_in_engine(request);
		assert_ok!(Agents::settle_job(RuntimeOrigin::signed(DAVE), id));
		assert_eq!(free(ALICE), provider_before + PRICE - SHARE);
		assert!(Disputes::<Test>::get(request).is_none());
		// A late outcome for it changes nothing.
		decide(request, Decision::Approved, None);
		assert_eq!(agent(a).stake, MIN_STAKE);
	});
}

#[test]
fn disputes_are_refused_before_delivery_and_after_the_window() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let id = open(&[a], 50).unwrap();
		assert_noop!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), id), Error::<Test>::NotDelivered);
		deliver(id, ALICE);
		run_to(2 + WINDOW);
		assert_noop!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), id), Error::<Test>::WindowClosed);
		assert_noop!(Agents::dispute_job(RuntimeOrigin::signed(CLIENT), 9), Error::<Test>::JobNotFound);
	});
}

#[test]
fn a_timeout_moves_the_job_to_the_next_fallback_then_refunds() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let b = listed(BOB, "translate", 30, 8_000);
		let client_before = free(CLIENT);
		let id = open(&[a, b], 50).unwrap();
		assert_noop!(Agents::timeout_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::DeadlineNotPassed);
		run_to(1 + TIMEOUT);
		assert_noop!(Agents::timeout_job(RuntimeOrigin::signed(DAVE), id), Error::<Test>::DeadlineNotPassed);
		run_to(2 + TIMEOUT);
		assert_noop!(
			Agents::submit_result(RuntimeOrigin::signed(ALICE), id, H256::zero(), 1),
			Error::<Test>::DeadlinePassed
		);
		assert_ok!(Agents::timeout_job(RuntimeOrigin::signed(DAVE), id));
		let stored = job(id);
		assert_eq!((stored.current, stored.price, stored.penalty), (1, 30, 90));
		assert_eq!(stored.status, JobStatus::Assigned { deadline: 2 + 2 * TIMEOUT });
		assert_eq!((agent(a).committed, agent(b).committed), (0, 90));
		let late = Reputations::<Test>::get(a).unwrap();
		assert_eq!(late.jobs_failed, 1);
		assert_eq!(late.score, Perbill::from_parts(448_000_000));
		assert_eq!(late.slashes, 0, "a timeout is not slashed");
		assert!(agent_events().contains(&Event::JobTimedOut { job: id, agent: a }));

		run_to(3 + 2 * TIMEOUT);
		assert_ok!(Agents::timeout_job(RuntimeOrigin::signed(DAVE), id));
		assert!(Jobs::<Test>::get(id).is_none());
		assert_eq!(free(CLIENT), client_before);
		assert_eq!(agent(b).committed, 0);
		assert_eq!(
			agent_events().last(),
			Some(&Event::JobSettled {
				job: id,
				agent: None,
				end: JobEnd::Refunded,
				paid: 0,
				protocol: 0,
				refunded: 50,
				compensation: 0
			})
		);
	});
}

#[test]
fn an_agent_backing_open_jobs_cannot_be_deregistered() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		let id = open(&[a], 50).unwrap();
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), a));
		run_to(1 + UNBONDING);
		assert_noop!(Agents::deregister_agent(RuntimeOrigin::signed(ALICE), a), Error::<Test>::AgentBusy);
		// Its stake stays slashable: the job can still be breached while it unbonds.
		assert_ok!(Agents::submit_result(RuntimeOrigin::signed(ALICE), id, H256::zero(), u32::MAX));
		assert_eq!(agent(a).stake, MIN_STAKE - PENALTY);
		assert_ok!(Agents::deregister_agent(RuntimeOrigin::signed(ALICE), a));
		assert_eq!(Balances::balance_on_hold(&HoldReason::AgentStake.into(), &ALICE), 0);
	});
}

#[test]
fn sybil_clients_cannot_buy_reputation_with_self_dealt_jobs() {
	run(|| {
		fund_pot();
		let a = listed(ALICE, "translate", PRICE, 6_000);
		let before = Reputations::<Test>::get(a).unwrap().score;
		for sybil in 20..30u64 {
			let _ = Balances::mint_into(&sybil, 1_000);
			let id = NextJobId::<Test>::get();
			assert_ok!(Agents::open_job(
				RuntimeOrigin::signed(sybil),
				tag("translate"),
				H256::zero(),
				agents(&[a]),
				PRICE
			));
			deliver(id, ALICE);
			run_to(System::block_number() + WINDOW + 1);
			assert_ok!(Agents::settle_job(RuntimeOrigin::signed(sybil), id));
			run_to(1);
		}
		let reputation = Reputations::<Test>::get(a).unwrap();
		assert_eq!(reputation.jobs_served, 10);
		assert_eq!(reputation.score, before);
		// Each round trip cost the provider's sybils the protocol share.
		assert_eq!(Balances::total_balance(&Agents::pot_account()), ED + 10 * SHARE);
	});
}

#[test]
fn exhausted_id_counters_overflow_instead_of_reusing_ids() {
	run(|| {
		let a = listed(ALICE, "translate", PRICE, 8_000);
		NextJobId::<Test>::put(u64::MAX);
		assert_noop!(open(&[a], 50), Error::<Test>::Overflow);
		NextAgentId::<Test>::put(u32::MAX);
		assert_noop!(
			Agents::register_agent(
				RuntimeOrigin::signed(BOB),
				H256::zero(),
				H256::zero(),
				tags(&["translate"]),
				1,
				sla(),
				MIN_STAKE
			),
			Error::<Test>::Overflow
		);
		NextCircuitId::<Test>::put(u32::MAX);
		let key = groth16_verifier::prover::TrainingProver::setup(1, 3).verifying_key();
		assert_noop!(
			Agents::register_circuit(RuntimeOrigin::root(), BoundedVec::truncate_from(key), H256::zero()),
			Error::<Test>::Overflow
		);
	});
}
