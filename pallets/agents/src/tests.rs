//! Tests of agents, evaluations, listings, reputation and routing.

use crate::{mock::*, *};
// The runtime's `Agents` pallet, not the storage map of the same name.
use crate::mock::Agents;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{InspectHold, Mutate},
};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill, TokenError};
use verification_primitives::{Decision, PanelPolicy, ScoreRange, VerificationMode};

fn stake_held(who: u64) -> u128 {
	Balances::balance_on_hold(&HoldReason::AgentStake.into(), &who)
}

fn deposit_held(who: u64) -> u128 {
	Balances::balance_on_hold(&HoldReason::AgentDeposit.into(), &who)
}


fn listing(name: &str) -> Vec<(AgentId, u32)> {
	Listed::<Test>::get(tag(name)).into_inner()
}

fn reputation(id: AgentId) -> Perbill {
	Reputations::<Test>::get(id).expect("reputation exists").score
}

#[test]
fn registering_holds_deposit_and_stake_and_opens_one_evaluation_per_capability() {
	run(|| {
		let id = register(ALICE, &["translate", "summarize"], 7);
		assert_eq!(id, 0);
		assert_eq!(NextAgentId::<Test>::get(), 1);
		assert_eq!(stake_held(ALICE), 2 * MIN_STAKE);
		assert_eq!(deposit_held(ALICE), DEPOSIT);
		let stored = agent(0);
		assert_eq!(stored.provider, ALICE);
		assert_eq!(stored.price, 7);
		assert_eq!(stored.status, AgentStatus::Active);
		assert_eq!(stored.capabilities.len(), 2);
		assert!(stored.capabilities.iter().all(|c| !c.listed && c.score.is_none()));
		assert_eq!(stored.capabilities[0].pending, Some(FIRST_REQUEST));
		assert_eq!(stored.capabilities[1].pending, Some(FIRST_REQUEST + 1));
		assert_eq!(reputation(0), Perbill::from_percent(50));

		// Two drawn panels scoring on 0..=10_000, requested (and paid) by the provider, whom
		// the engine excludes as requester.
		let requests = opened();
		assert_eq!(requests.len(), 2);
		for (domain, subject, requester, params) in &requests {
			assert_eq!(*domain, DOMAIN);
			assert_eq!(*requester, ALICE);
			assert_ne!(*subject, H256::zero());
			assert_eq!(params.mode, VerificationMode::Panel(PanelPolicy::Drawn { seats: 3 }));
			assert_eq!(params.score_range, Some(ScoreRange { min: 0, max: 10_000 }));
			assert_eq!(params.panel.reward, REWARD);
			assert!(params.excluded.is_empty());
		}
		assert_ne!(requests[0].1, requests[1].1, "each evaluation has its own subject");
		assert_eq!(
			Evaluations::<Test>::get(FIRST_REQUEST + 1),
			Some(EvaluationTicket { agent: 0, capability: 1, model: H256::repeat_byte(2) })
		);
		let events = agent_events();
		assert_eq!(
			events[0],
			Event::AgentRegistered { agent: 0, provider: ALICE, stake: 2 * MIN_STAKE }
		);
		assert_eq!(
			events[1],
			Event::EvaluationRequested {
				agent: 0,
				capability: tag("translate"),
				request: FIRST_REQUEST,
				payer: ALICE
			}
		);
	});
}

#[test]
fn registration_refuses_bad_input_and_leaves_state_untouched() {
	run(|| {
		let reg = |caps: CapabilityTags<Test>, sla: Sla, stake: u128| {
			Agents::register_agent(
				RuntimeOrigin::signed(ALICE),
				H256::zero(),
				H256::zero(),
				caps,
				1,
				sla,
				stake,
			)
		};
		assert_noop!(reg(tags(&[]), sla(), MIN_STAKE), Error::<Test>::NoCapabilities);
		assert_noop!(reg(tags(&["a", ""]), sla(), 2 * MIN_STAKE), Error::<Test>::EmptyCapability);
		assert_noop!(
			reg(tags(&["a", "b", "a"]), sla(), 3 * MIN_STAKE),
			Error::<Test>::DuplicateCapability
		);
		let no_latency = Sla { max_latency_ms: 0, min_quality: 1 };
		assert_noop!(reg(tags(&["a"]), no_latency, MIN_STAKE), Error::<Test>::InvalidSla);
		let off_scale = Sla { max_latency_ms: 1, min_quality: 10_001 };
		assert_noop!(reg(tags(&["a"]), off_scale, MIN_STAKE), Error::<Test>::InvalidSla);
		assert_noop!(reg(tags(&["a", "b"]), sla(), 2 * MIN_STAKE - 1), Error::<Test>::StakeTooLow);
		assert_noop!(
			reg(tags(&["a"]), sla(), ENDOWMENT),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		// The engine refuses: the whole registration rolls back.
		REFUSE.with(|r| *r.borrow_mut() = true);
		assert_noop!(reg(tags(&["a"]), sla(), MIN_STAKE), DispatchError::Other("verifier refused"));
		assert_eq!(NextAgentId::<Test>::get(), 0);
		assert_eq!(stake_held(ALICE) + deposit_held(ALICE), 0);
	});
}

#[test]
fn an_approved_score_at_the_threshold_lists_and_moves_reputation() {
	run(|| {
		let id = register(ALICE, &["translate"], 7);
		decide(FIRST_REQUEST, Decision::Approved, Some(THRESHOLD));
		let state = &agent(id).capabilities[0];
		assert!(state.listed);
		assert_eq!(state.score, Some(THRESHOLD));
		assert_eq!(state.evaluated_at, Some(1));
		assert_eq!(state.pending, None);
		assert_eq!(listing("translate"), vec![(id, THRESHOLD)]);
		assert!(Evaluations::<Test>::get(FIRST_REQUEST).is_none());
		// 50 % moved a fifth of the way towards 60 %: 52 %.
		assert_eq!(reputation(id), Perbill::from_percent(52));
		assert_eq!(Reputations::<Test>::get(id).unwrap().evaluations, 1);
		let events = agent_events();
		assert!(events.contains(&Event::CapabilityListed {
			agent: id,
			capability: tag("translate"),
			score: THRESHOLD
		}));
		assert!(events
			.contains(&Event::ReputationUpdated { agent: id, reputation: Perbill::from_percent(52) }));
	});
}

#[test]
fn a_score_below_the_threshold_or_a_rejection_unlists() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		assert_eq!(reputation(id), Perbill::from_percent(56));

		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 0));
		decide(last_request(), Decision::Approved, Some(THRESHOLD - 1));
		assert!(!agent(id).capabilities[0].listed);
		assert_eq!(agent(id).capabilities[0].score, Some(THRESHOLD - 1));
		assert!(listing("translate").is_empty());
		assert!(!Listed::<Test>::contains_key(tag("translate")), "empty listings are removed");

		let relisted = listed(BOB, "translate", 7, 9_000);
		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(BOB), relisted, 0));
		decide(last_request(), Decision::Rejected, None);
		assert!(!agent(relisted).capabilities[0].listed);
		assert_eq!(agent(relisted).capabilities[0].score, None);
		// 50 % -> 58 % (sample 90 %) -> 46.4 % (sample 0).
		assert_eq!(reputation(relisted), Perbill::from_parts(464_000_000));
		assert!(agent_events().contains(&Event::CapabilityUnlisted {
			agent: relisted,
			capability: tag("translate"),
			score: None
		}));
	});
}

#[test]
fn an_inconclusive_evaluation_changes_nothing_but_the_pending_request() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 0));
		run_to(5);
		decide(last_request(), Decision::Inconclusive, None);
		let state = &agent(id).capabilities[0];
		assert!(state.listed);
		assert_eq!((state.score, state.evaluated_at, state.pending), (Some(8_000), Some(1), None));
		assert_eq!(reputation(id), Perbill::from_percent(56));
		assert!(agent_events()
			.contains(&Event::EvaluationInconclusive { agent: id, capability: tag("translate") }));
	});
}

#[test]
fn outcomes_of_other_domains_and_unknown_requests_are_ignored() {
	run(|| {
		let id = register(ALICE, &["translate"], 7);
		let outcome = verification_primitives::Outcome {
			decision: Decision::Approved,
			score: Some(9_000),
			resolution: verification_primitives::Resolution::DrawnPanel,
			appeals: 0,
			approval: Perbill::one(),
			participants: Default::default(),
		};
		use verification_primitives::VerificationOutcomeHandler;
		let weight = <Agents as VerificationOutcomeHandler<u64>>::on_outcome(
			*b"perform\0",
			H256::zero(),
			FIRST_REQUEST,
			&outcome,
		);
		assert_eq!(weight, frame_support::weights::Weight::zero());
		assert_eq!(agent(id).capabilities[0].pending, Some(FIRST_REQUEST));
		decide(FIRST_REQUEST + 50, Decision::Approved, Some(9_000));
		assert!(!agent(id).capabilities[0].listed);
		assert_eq!(<Agents as VerificationOutcomeHandler<u64>>::domains(), vec![DOMAIN]);
	});
}

#[test]
fn a_full_listing_admits_a_better_agent_in_place_of_the_lowest() {
	run(|| {
		let a = listed(ALICE, "translate", 7, 7_000);
		let b = listed(BOB, "translate", 7, 6_500);
		let c = listed(CHARLIE, "translate", 7, 6_500);
		assert_eq!(listing("translate").len(), MAX_LISTED as usize);

		// Equal to the lowest: not listed.
		let d = listed(DAVE, "translate", 7, 6_500);
		assert!(!agent(d).capabilities[0].listed);
		assert_eq!(agent(d).capabilities[0].score, Some(6_500));
		assert!(agent_events().contains(&Event::CapabilityUnlisted {
			agent: d,
			capability: tag("translate"),
			score: Some(6_500)
		}));

		// Higher: takes the place of the most recently registered of the lowest.
		let e = listed(EVE, "translate", 7, 9_000);
		assert!(agent(e).capabilities[0].listed);
		assert!(!agent(c).capabilities[0].listed, "the newest of the lowest is displaced");
		assert!(agent(b).capabilities[0].listed && agent(a).capabilities[0].listed);
		assert_eq!(listing("translate"), vec![(a, 7_000), (b, 6_500), (e, 9_000)]);
		assert!(agent_events().contains(&Event::CapabilityUnlisted {
			agent: c,
			capability: tag("translate"),
			score: Some(6_500)
		}));
	});
}

#[test]
fn a_thousand_cheap_agents_cannot_keep_a_better_one_out() {
	run(|| {
		// Fill the listing with barely passing agents of fresh accounts.
		for who in 10..10 + MAX_LISTED as u64 {
			let _ = Balances::mint_into(&who, 1_000);
			listed(who, "translate", 1, THRESHOLD);
		}
		let good = listed(ALICE, "translate", 50, 9_500);
		assert!(agent(good).capabilities[0].listed);
		assert_eq!(Agents::best(b"translate", 1_000, 5).primary, Some(good));
	});
}

#[test]
fn update_agent_changes_price_and_sla_for_the_provider_only() {
	run(|| {
		let id = register(ALICE, &["translate"], 7);
		let new_sla = Sla { max_latency_ms: 500, min_quality: 9_000 };
		assert_noop!(
			Agents::update_agent(RuntimeOrigin::signed(BOB), id, H256::zero(), 9, new_sla),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Agents::update_agent(RuntimeOrigin::signed(ALICE), 9, H256::zero(), 9, new_sla),
			Error::<Test>::AgentNotFound
		);
		let bad = Sla { max_latency_ms: 0, min_quality: 0 };
		assert_noop!(
			Agents::update_agent(RuntimeOrigin::signed(ALICE), id, H256::zero(), 9, bad),
			Error::<Test>::InvalidSla
		);
		assert_ok!(Agents::update_agent(
			RuntimeOrigin::signed(ALICE),
			id,
			H256::repeat_byte(9),
			9,
			new_sla
		));
		let stored = agent(id);
		assert_eq!((stored.price, stored.sla, stored.metadata), (9, new_sla, H256::repeat_byte(9)));
		assert_eq!(agent_events().last(), Some(&Event::AgentUpdated { agent: id, price: 9, sla: new_sla }));
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(
			Agents::update_agent(RuntimeOrigin::signed(ALICE), id, H256::zero(), 9, new_sla),
			Error::<Test>::AgentUnbonding
		);
	});
}

#[test]
fn a_new_model_unlists_everything_and_reevaluates_it() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		let before = opened().len();
		assert_noop!(
			Agents::update_model(RuntimeOrigin::signed(ALICE), id, H256::repeat_byte(3), tags(&["a", "b"])),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Agents::update_model(RuntimeOrigin::signed(BOB), id, H256::repeat_byte(3), tags(&["a"])),
			Error::<Test>::NotProvider
		);
		assert_ok!(Agents::bond_extra(RuntimeOrigin::signed(ALICE), id, MIN_STAKE));
		assert_ok!(Agents::update_model(
			RuntimeOrigin::signed(ALICE),
			id,
			H256::repeat_byte(3),
			tags(&["code", "translate"])
		));
		let stored = agent(id);
		assert_eq!(stored.model, H256::repeat_byte(3));
		assert!(stored.capabilities.iter().all(|c| !c.listed && c.score.is_none()));
		assert!(listing("translate").is_empty());
		assert_eq!(opened().len(), before + 2);
		assert_eq!(opened().last().unwrap().2, ALICE);
		// While evaluations are pending, the model cannot change again.
		assert_noop!(
			Agents::update_model(RuntimeOrigin::signed(ALICE), id, H256::repeat_byte(4), tags(&["x"])),
			Error::<Test>::EvaluationPending
		);
		// Requests the engine dropped without an outcome no longer block.
		cancel_in_engine(last_request() - 1);
		cancel_in_engine(last_request());
		assert_ok!(Agents::update_model(
			RuntimeOrigin::signed(ALICE),
			id,
			H256::repeat_byte(4),
			tags(&["x"])
		));
		assert!(Evaluations::<Test>::get(last_request() - 1).is_none());
		assert!(agent_events().contains(&Event::ModelUpdated { agent: id, model: H256::repeat_byte(4) }));
	});
}

#[test]
fn bond_extra_holds_more_stake() {
	run(|| {
		let id = register(ALICE, &["translate"], 7);
		assert_noop!(Agents::bond_extra(RuntimeOrigin::signed(ALICE), id, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Agents::bond_extra(RuntimeOrigin::signed(BOB), id, 5), Error::<Test>::NotProvider);
		assert_ok!(Agents::bond_extra(RuntimeOrigin::signed(ALICE), id, 250));
		assert_eq!(agent(id).stake, MIN_STAKE + 250);
		assert_eq!(stake_held(ALICE), MIN_STAKE + 250);
		assert_eq!(
			agent_events().last(),
			Some(&Event::StakeBonded { agent: id, amount: 250, stake: MIN_STAKE + 250 })
		);
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(Agents::bond_extra(RuntimeOrigin::signed(ALICE), id, 5), Error::<Test>::AgentUnbonding);
	});
}

#[test]
fn a_paused_agent_keeps_its_listing_but_is_not_routed_to() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		assert_noop!(Agents::resume_agent(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotPaused);
		assert_noop!(Agents::pause_agent(RuntimeOrigin::signed(BOB), id), Error::<Test>::NotProvider);
		assert_ok!(Agents::pause_agent(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(Agents::pause_agent(RuntimeOrigin::signed(ALICE), id), Error::<Test>::AlreadyPaused);
		assert_eq!(agent(id).status, AgentStatus::Paused);
		assert_eq!(listing("translate"), vec![(id, 8_000)]);
		assert_eq!(Agents::best(b"translate", 100, 5).primary, None);
		assert_ok!(Agents::resume_agent(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Agents::best(b"translate", 100, 5).primary, Some(id));
		let events = agent_events();
		assert!(events.contains(&Event::AgentPaused { agent: id }));
		assert_eq!(events.last(), Some(&Event::AgentResumed { agent: id }));
	});
}

#[test]
fn unbonding_unlists_at_once_and_deregistering_releases_everything_after_the_delay() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		assert_noop!(
			Agents::deregister_agent(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotUnbonding
		);
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id), Error::<Test>::AgentUnbonding);
		assert_noop!(Agents::pause_agent(RuntimeOrigin::signed(ALICE), id), Error::<Test>::AgentUnbonding);
		assert_eq!(agent(id).status, AgentStatus::Unbonding { until: 1 + UNBONDING });
		assert!(listing("translate").is_empty());
		assert!(!agent(id).capabilities[0].listed);
		assert!(agent_events().contains(&Event::CapabilityUnlisted {
			agent: id,
			capability: tag("translate"),
			score: Some(8_000)
		}));
		run_to(UNBONDING);
		assert_noop!(
			Agents::deregister_agent(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::StillUnbonding
		);
		run_to(1 + UNBONDING);
		assert_noop!(
			Agents::deregister_agent(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotProvider
		);
		let free = Balances::free_balance(ALICE);
		assert_ok!(Agents::deregister_agent(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Balances::free_balance(ALICE), free + MIN_STAKE + DEPOSIT);
		assert_eq!(stake_held(ALICE) + deposit_held(ALICE), 0);
		assert!(crate::Agents::<Test>::get(id).is_none());
		assert!(Reputations::<Test>::get(id).is_none());
		assert_eq!(
			agent_events().last(),
			Some(&Event::AgentDeregistered { agent: id, released: MIN_STAKE + DEPOSIT })
		);
	});
}

#[test]
fn an_evaluation_finishing_during_unbonding_is_recorded_but_does_not_list() {
	run(|| {
		let id = register(ALICE, &["translate"], 7);
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id));
		run_to(1 + UNBONDING);
		// The engine still runs the evaluation: deregistering must wait for it.
		assert_noop!(
			Agents::deregister_agent(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::EvaluationPending
		);
		decide(FIRST_REQUEST, Decision::Approved, Some(9_000));
		assert!(!agent(id).capabilities[0].listed);
		assert_eq!(agent(id).capabilities[0].score, Some(9_000));
		assert!(listing("translate").is_empty());
		assert_ok!(Agents::deregister_agent(RuntimeOrigin::signed(ALICE), id));
	});
}

#[test]
fn providers_reevaluate_at_will_others_only_when_due_and_at_the_pots_cost() {
	run(|| {
		let id = listed(ALICE, "translate", 7, 8_000);
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 1),
			Error::<Test>::CapabilityNotFound
		);
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(ALICE), 7, 0),
			Error::<Test>::AgentNotFound
		);
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(BOB), id, 0),
			Error::<Test>::EvaluationNotDue
		);
		run_to(1 + PERIOD);
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(BOB), id, 0),
			Error::<Test>::PotExhausted
		);
		let pot = Agents::pot_account();
		// The pot pays the reward and the engine's deposits for three seats, and keeps ED.
		let _ = Balances::mint_into(&pot, ED + REWARD + REQUEST_DEPOSIT + 3 * SEAT_DEPOSIT - 1);
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(BOB), id, 0),
			Error::<Test>::PotExhausted
		);
		let _ = Balances::mint_into(&pot, 1);
		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(BOB), id, 0));
		let (_, _, requester, params) = opened().last().unwrap().clone();
		assert_eq!(requester, pot);
		assert_eq!(params.excluded.into_inner(), vec![ALICE], "the provider never judges");
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 0),
			Error::<Test>::EvaluationPending
		);
		assert!(agent_events().contains(&Event::EvaluationRequested {
			agent: id,
			capability: tag("translate"),
			request: last_request(),
			payer: pot
		}));
		// The listing stays while the re-evaluation runs.
		assert!(agent(id).capabilities[0].listed);
		assert_ok!(Agents::unbond_agent(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(
			Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 0),
			Error::<Test>::AgentUnbonding
		);
		decide(last_request(), Decision::Approved, Some(9_000));
	});
}

#[test]
fn routing_ranks_by_reputation_then_price_then_stake() {
	run(|| {
		// Equal reputations (one evaluation at 8_000 each): cheaper first, then more stake.
		let cheap = listed(ALICE, "translate", 5, 8_000);
		let dear = listed(BOB, "translate", 9, 8_000);
		let staked = listed(CHARLIE, "translate", 5, 8_000);
		assert_ok!(Agents::bond_extra(RuntimeOrigin::signed(CHARLIE), staked, 50));
		let route = Agents::best(b"translate", 100, 5);
		assert_eq!(route.primary, Some(staked));
		assert_eq!(route.fallbacks, vec![cheap, dear]);
		assert_eq!(route.ranked.iter().map(|r| r.agent).collect::<Vec<_>>(), vec![staked, cheap, dear]);
		assert_eq!(route.ranked[0].reputation, Perbill::from_percent(56));
		assert_eq!(route.ranked[0].score, 8_000);
		assert_eq!(route.ranked[0].stake, MIN_STAKE + 50);

		// A better reputation outranks price.
		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(BOB), dear, 0));
		decide(last_request(), Decision::Approved, Some(10_000));
		assert_eq!(Agents::best(b"translate", 100, 5).primary, Some(dear));

		// The price ceiling, the limit and an unknown capability.
		let route = Agents::best(b"translate", 5, 5);
		assert_eq!(route.ranked.iter().map(|r| r.agent).collect::<Vec<_>>(), vec![staked, cheap]);
		assert_eq!(Agents::best(b"translate", 100, 1).fallbacks, Vec::<AgentId>::new());
		assert!(Agents::best(b"painting", 100, 5).ranked.is_empty());
		assert!(Agents::best(&[0u8; 40], 100, 5).ranked.is_empty());
	});
}

#[test]
fn stale_listings_are_not_routed_to() {
	run(|| {
		let id = listed(ALICE, "translate", 5, 8_000);
		run_to(1 + PERIOD + GRACE);
		assert_eq!(Agents::best(b"translate", 100, 5).primary, Some(id));
		run_to(2 + PERIOD + GRACE);
		assert_eq!(Agents::best(b"translate", 100, 5).primary, None);
		// Re-evaluated, it is routed to again.
		assert_ok!(Agents::request_evaluation(RuntimeOrigin::signed(ALICE), id, 0));
		decide(last_request(), Decision::Approved, Some(8_000));
		assert_eq!(Agents::best(b"translate", 100, 5).primary, Some(id));
	});
}

#[test]
fn the_route_is_capped_at_max_route_length() {
	run(|| {
		for who in 10..16u64 {
			let _ = Balances::mint_into(&who, 1_000);
			let id = register(who, &["translate"], 1);
			decide(last_request(), Decision::Approved, Some(9_000 + who as u32));
			let _ = id;
		}
		// Only MAX_LISTED are listed; the route returns at most MaxRouteLength.
		assert_eq!(Agents::best(b"translate", 100, 100).ranked.len(), MAX_LISTED as usize);
		assert_eq!(Agents::best(b"translate", 100, 2).ranked.len(), 2);
	});
}

#[test]
fn views_mirror_storage() {
	run(|| {
		let id = listed(ALICE, "translate", 5, 8_000);
		let view = Agents::agent_view(id).unwrap();
		assert_eq!(view.provider, ALICE);
		assert_eq!(view.capabilities[0].tag.to_vec(), b"translate".to_vec());
		assert_eq!(view.capabilities[0].score, Some(8_000));
		let rep = Agents::reputation_view(id).unwrap();
		assert_eq!(rep.score, Perbill::from_percent(56));
		assert_eq!(rep.evaluations, 1);
		assert!(Agents::agent_view(9).is_none());
		assert!(Agents::reputation_view(9).is_none());
	});
}

#[test]
fn reputation_smoothing_is_exact() {
	run(|| {
		assert_eq!(
			Agents::smoothed(Perbill::from_percent(50), Perbill::from_percent(100)),
			Perbill::from_percent(60)
		);
		assert_eq!(Agents::smoothed(Perbill::one(), Perbill::one()), Perbill::one());
		assert_eq!(Agents::smoothed(Perbill::zero(), Perbill::zero()), Perbill::zero());
	});
}
