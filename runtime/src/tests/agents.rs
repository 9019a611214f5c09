//! Proof of Training as configured in this runtime: an agent listed by a panel of three seats
//! drawn among real witnesses on the development genesis, routed to, hired, and slashed to its
//! client by a dispute panel. The pallet's unit tests cover every call and error in a mock;
//! this test checks the wiring (verifier, outcome handler, holds, constants).

use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Get},
	BoundedVec,
};
use pallet_agents::{JobEnd, Sla};
use pallet_witnesses::{Role, VerificationOutcomeHandler};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, *};

use super::witnesses::{
	account, drawn_panel_decides, register, rotate_roster, run_on_dev_chain, seed_block,
};
use crate::{
	configs::agents::AgentsDomain, currency::ARETE, Agents, Balances, Runtime, RuntimeEvent,
	RuntimeOrigin, System,
};

type AgentsEvent = pallet_agents::Event<Runtime>;

const PRICE: u128 = 2 * ARETE;

fn agents_events() -> Vec<AgentsEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Agents(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn free(who: Sr25519Keyring) -> u128 {
	Balances::balance(&account(who))
}

/// The panel of request `request` decides unanimously (`verdict`, `score`; evaluations are
/// scored, disputes are not).
fn decide(request: u64, verdict: bool, score: Option<u32>) {
	let appeal: u32 = <Runtime as pallet_agents::Config>::EvaluationAppealPeriod::get();
	drawn_panel_decides(AgentsDomain::get(), request, verdict, score, appeal);
}

#[test]
fn an_agent_is_listed_by_a_drawn_panel_and_slashed_to_its_client_on_an_upheld_dispute() {
	run_on_dev_chain(|| {
		for who in [Bob, Charlie, Dave] {
			register(who, Role::Judge);
		}
		rotate_roster(AgentsDomain::get());

		let ferdie = account(Ferdie);
		let opened_at = seed_block();
		assert_ok!(Agents::register_agent(
			RuntimeOrigin::signed(ferdie.clone()),
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			BoundedVec::truncate_from(vec![BoundedVec::truncate_from(b"translate".to_vec())]),
			PRICE,
			Sla { max_latency_ms: 2_000, min_quality: 7_000 },
			100 * ARETE,
		));
		let request = agents_events()
			.into_iter()
			.find_map(|event| match event {
				AgentsEvent::EvaluationRequested { request, .. } => Some(request),
				_ => None,
			})
			.expect("evaluation opened");
		assert_eq!(seed_block(), opened_at);
		decide(request, true, Some(8_000));
		assert!(agents_events().contains(&AgentsEvent::CapabilityListed {
			agent: 0,
			capability: BoundedVec::truncate_from(b"translate".to_vec()),
			score: 8_000
		}));
		let route = Agents::best(b"translate", 10 * ARETE, 5);
		assert_eq!(route.primary, Some(0));

		// Eve hires the agent and disputes the result; the panel upholds the dispute.
		let eve_before = free(Eve);
		assert_ok!(Agents::open_job(
			RuntimeOrigin::signed(account(Eve)),
			BoundedVec::truncate_from(b"translate".to_vec()),
			H256::repeat_byte(3),
			BoundedVec::truncate_from(vec![0]),
			5 * ARETE,
		));
		assert_ok!(Agents::submit_result(
			RuntimeOrigin::signed(ferdie.clone()),
			0,
			H256::repeat_byte(4),
			1_500
		));
		assert_ok!(Agents::dispute_job(RuntimeOrigin::signed(account(Eve)), 0));
		let dispute = agents_events()
			.into_iter()
			.find_map(|event| match event {
				AgentsEvent::JobDisputed { request, .. } => Some(request),
				_ => None,
			})
			.expect("disputed");
		decide(dispute, true, None);

		// Penalty max(2 × 2, 1) = 4 ARETE from Ferdie's stake to Eve; Eve paid the panel's
		// 1 ARETE reward and got the escrow, the job deposit and the engine's deposit back. The
		// engine splits the reward by seats rounded down and returns the remainder (less than a
		// planck per seat) to her.
		let penalty = 4 * ARETE;
		let reward: u128 = <Runtime as pallet_agents::Config>::DisputeReward::get();
		let paid = eve_before + penalty - reward;
		assert!(free(Eve) >= paid && free(Eve) < paid + 3, "{} not {paid} + < 3", free(Eve));
		let agent = Agents::agent_view(0).expect("registered");
		assert_eq!(agent.stake, 100 * ARETE - penalty);
		assert_eq!(agent.committed, 0);
		assert!(agents_events().iter().any(|e| matches!(e,
			AgentsEvent::JobSettled { end: JobEnd::Breached, compensation, .. } if *compensation == penalty)));
		// Below its required stake, the agent is no longer routed to.
		assert_eq!(Agents::best(b"translate", 10 * ARETE, 5).primary, None);
		let reputation = Agents::reputation_view(0).expect("registered");
		assert_eq!((reputation.slashes, reputation.jobs_failed), (1, 1));
	});
}

#[test]
fn the_agents_domain_is_served_by_the_engine() {
	type Handlers = <Runtime as pallet_witnesses::Config>::OutcomeHandler;
	let domains = <Handlers as VerificationOutcomeHandler<crate::AccountId>>::domains();
	assert!(domains.contains(&AgentsDomain::get()));
}
