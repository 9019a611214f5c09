//! Tests of node credits: bonds, vouching, trust, heartbeats and uptime, hosting challenges,
//! and the trust-weighted swarm (the seed's fourth scenario among them).

use crate::{
	mock::*, Action, EntryKind, Error, Event as CreditsEvent, GenesisPool, Hosted, Ledgers,
	NodeProof, Nodes, Proofs, CREDIT,
};
use frame_support::{assert_noop, assert_ok, dispatch::CheckIfFeeless};
use sp_core::H256;
use sp_runtime::Perbill;
use verification_primitives::Decision;

fn ledger(who: u64) -> crate::LedgerOf<Test> {
	Ledgers::<Test>::get(who).expect("a participant")
}

fn bonded(who: u64) {
	assert_ok!(Credits::bond_node(RuntimeOrigin::signed(who)));
}

/// Heartbeats of `who` in 20 distinct hours of day `day` (blocks `day × 100 + 1 + 5k`).
fn beat_through(who: u64, day: u64) {
	for k in 0..20 {
		run_to_block(day * DAY + 1 + 5 * k);
		assert_ok!(Credits::heartbeat(RuntimeOrigin::signed(who)));
	}
}

/// `who`'s uptime of day 0 claimed on day 1; returns the request.
fn uptime_claimed(who: u64) -> u64 {
	beat_through(who, 0);
	run_to_block(DAY + 1);
	assert_ok!(Credits::claim_uptime(RuntimeOrigin::signed(who)));
	last_request()
}

/// A content of `size` bytes declared by `who`, challenged and answered; returns the request.
fn hosting_answered(who: u64, content: H256, size: u64) -> u64 {
	assert_ok!(Credits::declare_hosting(RuntimeOrigin::signed(who), content, size));
	let at = System::block_number();
	assert_ok!(Credits::request_challenge(RuntimeOrigin::signed(who), content));
	run_to_block(at + 2);
	assert!(Credits::challenge_chunk(&who, &content).is_some());
	assert_ok!(Credits::answer_challenge(RuntimeOrigin::signed(who), content, H256::repeat_byte(9)));
	last_request()
}

const ALL_APPROVE: &[(u64, Option<bool>)] = &[(4, Some(true)), (5, Some(true)), (6, Some(true))];
const ALL_REJECT: &[(u64, Option<bool>)] = &[(4, Some(false)), (5, Some(false)), (6, Some(false))];

#[test]
fn bonding_moves_credits_into_the_bond_and_unbonding_back_to_node_credits() {
	run_test(|| {
		let before = ledger(1);
		bonded(1);
		let after = ledger(1);
		assert_eq!((after.bonded, after.spendable()), (BOND, before.spendable() - BOND));
		assert_eq!(after.total(), before.total());
		assert_eq!(after.lifetime_spent, before.lifetime_spent);
		assert_eq!(Credits::history_page(&1, 0, 8).last().unwrap().kind, EntryKind::Bonded);
		assert!(events().contains(&CreditsEvent::NodeBonded { node: 1, bond: BOND }));
		assert_noop!(Credits::bond_node(RuntimeOrigin::signed(1)), Error::<Test>::AlreadyNode);
		assert_noop!(Credits::bond_node(RuntimeOrigin::signed(20)), Error::<Test>::NotParticipant);

		assert_ok!(Credits::unbond_node(RuntimeOrigin::signed(1)));
		let back = ledger(1);
		assert_eq!((back.bonded, back.node), (0, BOND));
		assert!(!Nodes::<Test>::contains_key(1));
		assert_noop!(Credits::unbond_node(RuntimeOrigin::signed(1)), Error::<Test>::NotNode);
	});
}

#[test]
fn bonding_needs_spendable_credits() {
	run_test(|| {
		let post = {
			assert_ok!(Credits::post(RuntimeOrigin::signed(2), H256::repeat_byte(1), None));
			crate::post_id(&2u64, &H256::repeat_byte(1))
		};
		let spendable = ledger(1).spendable();
		assert_ok!(Credits::tip(RuntimeOrigin::signed(1), post, spendable - BOND + 1));
		assert_noop!(Credits::bond_node(RuntimeOrigin::signed(1)), Error::<Test>::InsufficientCredits);
	});
}

#[test]
fn scenario_four_a_day_of_uptime_earns_a_node_credit() {
	run_test(|| {
		bonded(1);
		let request = uptime_claimed(1);
		let (domain, _, requester, params) = opened().last().cloned().unwrap();
		assert_eq!((domain, requester), (DOMAIN, 1));
		assert_eq!(params.panel.approval_threshold, Perbill::from_percent(67));
		assert_eq!(ledger(1).pending_proofs, 1);
		let Some(ticket) = Proofs::<Test>::get(request) else { panic!("a ticket") };
		assert!(matches!(ticket.proof, NodeProof::Uptime { day: 0, hours } if hours.count_ones() == 20));

		let node_before = ledger(1).node;
		decide(request, Decision::Approved, ALL_APPROVE);
		let earned = ledger(1).node - node_before;
		// One node credit, scaled by 1 - 0.05 × 3/1000.
		assert_eq!(earned, Perbill::from_parts(999_850_000).mul_floor(CREDIT));
		assert_eq!(Nodes::<Test>::get(1).unwrap().uptime_days, 1);
		assert_eq!(ledger(1).pending_proofs, 0);
		assert!(events().iter().any(|e| matches!(e, CreditsEvent::ProofVerified { node: 1, reward, .. } if *reward == earned)));
		// The same day cannot be claimed again.
		assert_noop!(Credits::claim_uptime(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn scenario_four_150_mb_hosted_earns_one_hosting_credit() {
	run_test(|| {
		bonded(1);
		let content = H256::repeat_byte(5);
		let request = hosting_answered(1, content, 150_000_000);
		let hosting = Hosted::<Test>::get(1, content).unwrap();
		assert_eq!((hosting.units, hosting.chunks), (1, 573));
		let Some(ticket) = Proofs::<Test>::get(request) else { panic!("a ticket") };
		assert!(matches!(ticket.proof, NodeProof::Hosting { units: 1, .. }));
		let node_before = ledger(1).node;
		decide(request, Decision::Approved, ALL_APPROVE);
		assert_eq!(ledger(1).node - node_before, Perbill::from_parts(999_850_000).mul_floor(CREDIT));
		let hosting = Hosted::<Test>::get(1, content).unwrap();
		assert_eq!((hosting.challenge, hosting.verified_at), (None, Some(System::block_number())));
		assert_eq!(Nodes::<Test>::get(1).unwrap().hosted_units, 1);
		// A new challenge may be requested once the last is settled.
		assert_ok!(Credits::request_challenge(RuntimeOrigin::signed(1), content));
	});
}

#[test]
fn a_proof_the_swarm_rejects_forfeits_the_bond() {
	run_test(|| {
		bonded(1);
		let request = uptime_claimed(1);
		let pool = GenesisPool::<Test>::get();
		let before = ledger(1);
		decide(request, Decision::Rejected, ALL_REJECT);
		let after = ledger(1);
		assert_eq!((after.bonded, after.spendable()), (0, before.spendable()));
		assert!(!Nodes::<Test>::contains_key(1));
		let now = GenesisPool::<Test>::get();
		// 80 % of the bond back to the pool, 20 % burned for good.
		assert_eq!(now.available, pool.available + BOND * 8 / 10);
		assert_eq!(now.burned, pool.burned + BOND * 2 / 10);
		assert_eq!(Credits::history_page(&1, 0, 8).last().unwrap().kind, EntryKind::BondForfeited);
		assert!(events().iter().any(|e| matches!(e, CreditsEvent::ProofRejected { node: 1, forfeited: BOND, .. })));
	});
}

#[test]
fn the_trust_weighted_tally_can_withhold_what_the_engine_approved() {
	run_test(|| {
		// Node 4 validates, with vouches: its trust outweighs two members at the floor.
		for who in [2, 3] {
			bonded(who);
		}
		enroll_and_bond(4);
		run_to_block(1 + VALIDATION_DELAY);
		assert_ok!(Credits::vouch(RuntimeOrigin::signed(2), 4));
		assert_ok!(Credits::vouch(RuntimeOrigin::signed(3), 4));
		let trust = Credits::trust_of(&Nodes::<Test>::get(4).unwrap());
		// 0.2 accuracy + 0.1 participation (no record yet) + 2 vouches × 0.1.
		assert_eq!(trust.weight, Perbill::from_percent(50));
		bonded(1);
		beat_through(1, 1);
		run_to_block(2 * DAY + 1);
		assert_ok!(Credits::claim_uptime(RuntimeOrigin::signed(1)));
		let request = last_request();
		let node_before = ledger(1).node;
		decide(request, Decision::Approved, &[(4, Some(false)), (5, Some(true)), (6, Some(true))]);
		// 0.2 of 0.7 approved: below 67 %.
		assert_eq!(ledger(1).node, node_before);
		assert!(events().iter().any(|e| matches!(e,
			CreditsEvent::ProofUnsettled { node: 1, approval, .. } if *approval == Perbill::from_rational(2u32, 7u32))));
		assert_eq!(ledger(1).pending_proofs, 0);
		// Nothing settled: node 4's vote counts as participation, not accuracy.
		let four = Nodes::<Test>::get(4).unwrap();
		assert_eq!((four.voted, four.correct, four.wrong), (1, 0, 0));
	});
}

#[test]
fn swarm_votes_build_accuracy_and_participation() {
	run_test(|| {
		for who in [4, 5, 6] {
			enroll_and_bond(who);
		}
		bonded(1);
		let request = uptime_claimed(1);
		decide(request, Decision::Approved, &[(4, Some(true)), (5, Some(false)), (6, None)]);
		// Engine approved but trust-weighted 50 %: unsettled, so only participation moves.
		let five = Nodes::<Test>::get(5).unwrap();
		assert_eq!((five.voted, five.correct, five.wrong), (1, 0, 0));
		assert_eq!(Nodes::<Test>::get(6).unwrap().missed, 1);
		// A settled proof: accuracy moves too.
		let content = H256::repeat_byte(1);
		let request = hosting_answered(1, content, UNIT);
		decide(request, Decision::Approved, &[(4, Some(true)), (5, Some(true)), (6, Some(true))]);
		let four = Nodes::<Test>::get(4).unwrap();
		assert_eq!((four.voted, four.correct), (2, 1));
		run_to_block(System::block_number() + VALIDATION_DELAY);
		let trust = Credits::trust_of(&Nodes::<Test>::get(6).unwrap());
		// Participation 1 of 2, accuracy 1 of 1, no uptime or hosting.
		assert_eq!(trust.participation, Perbill::from_percent(50));
		assert_eq!(trust.weight, Perbill::from_percent(25));
	});
}

#[test]
fn trust_starts_at_validation_rights_and_vouches_count_up_to_their_cap() {
	run_test(|| {
		for who in [1, 2, 3] {
			bonded(who);
		}
		enroll_and_bond(4);
		let fresh = Credits::trust_of(&Nodes::<Test>::get(1).unwrap());
		assert_eq!((fresh.weight, fresh.validates), (Perbill::zero(), false));
		assert_eq!(Credits::vote_weight(&1), Perbill::from_percent(10), "the floor");
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(2), 1), Error::<Test>::NoValidationRights);
		run_to_block(1 + VALIDATION_DELAY);
		assert_eq!(Credits::trust_of(&Nodes::<Test>::get(1).unwrap()).weight, Perbill::from_percent(30));
		for voucher in [2, 3, 4] {
			assert_ok!(Credits::vouch(RuntimeOrigin::signed(voucher), 1));
		}
		// Three vouchers, two counted.
		let trust = Credits::trust_of(&Nodes::<Test>::get(1).unwrap());
		assert_eq!((trust.vouches, trust.weight), (Perbill::from_percent(20), Perbill::from_percent(50)));
		assert!(events().contains(&CreditsEvent::Vouched { voucher: 2, node: 1 }));
	});
}

#[test]
fn vouch_errors_and_limits() {
	run_test(|| {
		for who in [1, 2, 3, 4, 5, 6] {
			if who <= 3 {
				bonded(who);
			} else {
				enroll_and_bond(who);
			}
		}
		run_to_block(1 + VALIDATION_DELAY);
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(1), 1), Error::<Test>::SelfVouch);
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(1), 9), Error::<Test>::NotNode);
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(9), 1), Error::<Test>::NotNode);
		assert_ok!(Credits::vouch(RuntimeOrigin::signed(1), 2));
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(1), 2), Error::<Test>::AlreadyVouched);
		assert_ok!(Credits::vouch(RuntimeOrigin::signed(1), 3));
		assert_ok!(Credits::vouch(RuntimeOrigin::signed(1), 4));
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(1), 5), Error::<Test>::TooManyVouches);
		for voucher in [3, 4, 5] {
			assert_ok!(Credits::vouch(RuntimeOrigin::signed(voucher), 2));
		}
		assert_eq!(Nodes::<Test>::get(2).unwrap().vouchers.len() as u32, MAX_VOUCHERS);
		assert_ok!(Credits::unvouch(RuntimeOrigin::signed(1), 3));
		assert_noop!(Credits::unvouch(RuntimeOrigin::signed(1), 3), Error::<Test>::NotVouched);
		assert!(!Nodes::<Test>::get(3).unwrap().vouchers.contains(&1));
		// Unbonding takes a node's vouches and vouchers with it.
		assert_ok!(Credits::unbond_node(RuntimeOrigin::signed(2)));
		assert!(!Nodes::<Test>::get(1).unwrap().vouches.contains(&2));
		assert!(!Nodes::<Test>::get(3).unwrap().vouches.contains(&2));
	});
}

#[test]
fn a_node_cannot_take_more_vouchers_than_it_keeps() {
	run_test(|| {
		for who in [1, 2, 3] {
			bonded(who);
		}
		for who in [4, 5, 6, 7, 8] {
			enroll_and_bond(who);
		}
		run_to_block(1 + VALIDATION_DELAY);
		for voucher in [2, 3, 4, 5] {
			assert_ok!(Credits::vouch(RuntimeOrigin::signed(voucher), 1));
		}
		assert_noop!(Credits::vouch(RuntimeOrigin::signed(6), 1), Error::<Test>::TooManyVouchers);
	});
}

/// Enrolls `who` (sponsored by 9) and bonds it.
fn enroll_and_bond(who: u64) {
	assert_ok!(Credits::enroll(RuntimeOrigin::signed(9), who));
	bonded(who);
}

#[test]
fn heartbeat_and_uptime_errors() {
	run_test(|| {
		assert_noop!(Credits::heartbeat(RuntimeOrigin::signed(1)), Error::<Test>::NotNode);
		assert_noop!(Credits::claim_uptime(RuntimeOrigin::signed(1)), Error::<Test>::NotNode);
		bonded(1);
		assert!(RuntimeCall::Credits(crate::Call::heartbeat {}).is_feeless(&RuntimeOrigin::signed(1)));
		assert_ok!(Credits::heartbeat(RuntimeOrigin::signed(1)));
		assert_noop!(Credits::heartbeat(RuntimeOrigin::signed(1)), Error::<Test>::HeartbeatAlreadySent);
		// Today cannot be claimed.
		assert_noop!(Credits::claim_uptime(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
		// A day with too few hours cannot be claimed either.
		run_to_block(DAY + 1);
		assert_noop!(Credits::claim_uptime(RuntimeOrigin::signed(1)), Error::<Test>::TooFewHeartbeats);
		assert!(events().contains(&CreditsEvent::Heartbeat { node: 1, day: 0, hour: 0 }));
	});
}

#[test]
fn unbonding_waits_for_proofs_with_the_swarm() {
	run_test(|| {
		bonded(1);
		let request = uptime_claimed(1);
		assert_noop!(Credits::unbond_node(RuntimeOrigin::signed(1)), Error::<Test>::ProofsPending);
		decide(request, Decision::Inconclusive, &[]);
		assert!(events().iter().any(|e| matches!(e, CreditsEvent::ProofUnsettled { node: 1, .. })));
		assert_ok!(Credits::unbond_node(RuntimeOrigin::signed(1)));
	});
}

#[test]
fn hosting_errors_leave_state_untouched() {
	run_test(|| {
		let content = H256::repeat_byte(3);
		assert_noop!(Credits::declare_hosting(RuntimeOrigin::signed(1), content, UNIT), Error::<Test>::NotNode);
		bonded(1);
		assert_noop!(
			Credits::declare_hosting(RuntimeOrigin::signed(1), content, UNIT - 1),
			Error::<Test>::ContentTooSmall
		);
		assert_ok!(Credits::declare_hosting(RuntimeOrigin::signed(1), content, UNIT));
		assert_noop!(Credits::declare_hosting(RuntimeOrigin::signed(1), content, UNIT), Error::<Test>::HostingExists);
		for n in 1..MAX_HOSTING as u8 {
			assert_ok!(Credits::declare_hosting(RuntimeOrigin::signed(1), H256::repeat_byte(100 + n), UNIT));
		}
		assert_noop!(
			Credits::declare_hosting(RuntimeOrigin::signed(1), H256::repeat_byte(99), UNIT),
			Error::<Test>::TooMuchHosting
		);
		let other = H256::repeat_byte(77);
		assert_noop!(Credits::request_challenge(RuntimeOrigin::signed(1), other), Error::<Test>::HostingNotFound);
		assert_noop!(Credits::answer_challenge(RuntimeOrigin::signed(1), content, H256::zero()), Error::<Test>::NoChallenge);
		assert_ok!(Credits::request_challenge(RuntimeOrigin::signed(1), content));
		assert_noop!(Credits::request_challenge(RuntimeOrigin::signed(1), content), Error::<Test>::ChallengeOpen);
		// The next block picks the chunk: not before two blocks after the request.
		run_to_block(2);
		assert_eq!(Credits::challenge_chunk(&1, &content), None);
		assert_noop!(
			Credits::answer_challenge(RuntimeOrigin::signed(1), content, H256::zero()),
			Error::<Test>::ChallengeNotReady
		);
		assert_noop!(
			Credits::expire_challenge(RuntimeOrigin::signed(5), 1, content),
			Error::<Test>::ChallengeNotOver
		);
		run_to_block(2 + WINDOW);
		assert_noop!(
			Credits::answer_challenge(RuntimeOrigin::signed(1), content, H256::zero()),
			Error::<Test>::ChallengeOver
		);
		assert_ok!(Credits::expire_challenge(RuntimeOrigin::signed(5), 1, content));
		assert!(events().contains(&CreditsEvent::ChallengeExpired { node: 1, content }));
		assert_noop!(Credits::expire_challenge(RuntimeOrigin::signed(5), 1, content), Error::<Test>::NoChallenge);
		assert_ok!(Credits::withdraw_hosting(RuntimeOrigin::signed(1), content));
		assert_noop!(Credits::withdraw_hosting(RuntimeOrigin::signed(1), content), Error::<Test>::HostingNotFound);
	});
}

#[test]
fn an_answer_with_the_swarm_cannot_be_withdrawn_or_replaced() {
	run_test(|| {
		bonded(1);
		let content = H256::repeat_byte(4);
		let request = hosting_answered(1, content, 3 * UNIT);
		assert_noop!(Credits::withdraw_hosting(RuntimeOrigin::signed(1), content), Error::<Test>::ChallengeOpen);
		assert_noop!(
			Credits::answer_challenge(RuntimeOrigin::signed(1), content, H256::zero()),
			Error::<Test>::ChallengeOpen
		);
		assert_noop!(Credits::request_challenge(RuntimeOrigin::signed(1), content), Error::<Test>::ChallengeOpen);
		// Three units, three hosting rewards.
		let node_before = ledger(1).node;
		decide(request, Decision::Approved, ALL_APPROVE);
		let earned = ledger(1).node - node_before;
		let one = Perbill::from_parts(999_850_000).mul_floor(CREDIT);
		assert_eq!(earned, 3 * one);
		assert_eq!(
			crate::ActionStats::<Test>::get(1, Action::Hosting).map(|s| s.rewarded),
			Some(3)
		);
	});
}

#[test]
fn the_chunk_is_not_known_when_the_challenge_is_requested() {
	run_test(|| {
		bonded(1);
		let content = H256::repeat_byte(6);
		assert_ok!(Credits::declare_hosting(RuntimeOrigin::signed(1), content, 10 * UNIT));
		assert_ok!(Credits::request_challenge(RuntimeOrigin::signed(1), content));
		assert_eq!(Credits::challenge_chunk(&1, &content), None);
		// The pick follows the hash of block 2, which did not exist at block 1.
		System::set_block_number(2);
		frame_system::BlockHash::<Test>::insert(2, H256::repeat_byte(0xaa));
		run_to_block(3);
		let first = Credits::challenge_chunk(&1, &content).unwrap();
		frame_system::BlockHash::<Test>::insert(2, H256::repeat_byte(0xbb));
		let other = Credits::challenge_chunk(&1, &content).unwrap();
		assert_ne!(first, other);
		assert!(first < Hosted::<Test>::get(1, content).unwrap().chunks);
	});
}

#[test]
fn outcomes_of_other_domains_or_unknown_requests_change_nothing() {
	run_test(|| {
		bonded(1);
		let request = uptime_claimed(1);
		let outcome = verification_primitives::Outcome {
			decision: Decision::Approved,
			score: None,
			resolution: verification_primitives::Resolution::DrawnPanel,
			appeals: 0,
			approval: Perbill::one(),
			participants: Default::default(),
		};
		use verification_primitives::VerificationOutcomeHandler;
		let weight = <Credits as VerificationOutcomeHandler<u64>>::on_outcome(*b"agents\0\0", H256::zero(), request, &outcome);
		assert_eq!(weight, frame_support::weights::Weight::zero());
		assert!(Proofs::<Test>::contains_key(request));
		decide(request + 50, Decision::Approved, ALL_APPROVE);
		assert_eq!(ledger(1).pending_proofs, 1);
	});
}

#[test]
fn proofs_still_out_when_a_bond_is_forfeited_count_against_the_next_bond() {
	run_test(|| {
		bonded(1);
		let content = H256::repeat_byte(8);
		let hosting = hosting_answered(1, content, UNIT);
		let uptime = {
			beat_through(1, 1);
			run_to_block(2 * DAY + 1);
			assert_ok!(Credits::claim_uptime(RuntimeOrigin::signed(1)));
			last_request()
		};
		assert_eq!(ledger(1).pending_proofs, 2);
		// The uptime proof is found fraudulent: the bond goes, the hosting proof is still out.
		decide(uptime, Decision::Rejected, ALL_REJECT);
		assert!(!Nodes::<Test>::contains_key(1));
		assert_eq!(ledger(1).pending_proofs, 1);
		// A new bond cannot be taken back while that proof is out.
		bonded(1);
		assert_noop!(Credits::unbond_node(RuntimeOrigin::signed(1)), Error::<Test>::ProofsPending);
		// Its outcome settles against the new node; the declaration went with the old one.
		decide(hosting, Decision::Approved, ALL_APPROVE);
		assert_eq!(ledger(1).pending_proofs, 0);
		assert!(!Hosted::<Test>::contains_key(1, content));
		assert_ok!(Credits::unbond_node(RuntimeOrigin::signed(1)));
	});
}
