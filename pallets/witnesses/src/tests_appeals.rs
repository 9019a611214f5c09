//! Rounds and appeals: tallies at the reveal deadline, the appeal window, appeal panels of
//! `2n + 1` seats, and the settlement of every round against the final decision.

use crate::{
	mock::*,
	pallet::{Appeals, HoldReason, PastRounds, Requests, Rounds, Schedule, Witnesses as Registry},
	primitives::{self, Decision, PanelPolicy, Phase, Resolution},
	tests::*,
	ClaimResult, Error, Event, RequestId, RequestPhase, SlashReason, Tally, Verdict,
	VerificationProvider,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::H256;
use sp_runtime::{DispatchError, TokenError};

/// Not a witness; pays for appeals.
const APPELLANT: u64 = 8;

/// Appeal request `id` by `appellant` at the current block with a VRF nonce whose draw gives
/// the appeal panel `want`, and draw it.
fn appeal_drawn(id: RequestId, appellant: u64, want: &[(u64, u32)]) {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	let at = System::block_number();
	for nonce in 0..5_000 {
		set_vrf_nonce(nonce);
		let found = with_transaction(|| {
			assert_ok!(Witnesses::appeal(signed(appellant), id));
			draw(id);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(seats_of(id) == want))
		})
		.unwrap();
		jump_to_block(at);
		if found {
			assert_ok!(Witnesses::appeal(signed(appellant), id));
			draw(id);
			return;
		}
	}
	panic!("no draw gives {want:?}");
}

fn client_view(id: RequestId) -> primitives::RequestView<u64, u64, u64> {
	<Witnesses as VerificationProvider<u64, u64, u64>>::request_view(id).unwrap()
}

fn last_outcome() -> primitives::Outcome<u64> {
	client_outcomes().last().unwrap().3.clone()
}

/// Witnesses 1 (bond 100) and 2 (bond 1,000), and a drawn request of 3 (reward 30) whose
/// panel of 3 seats is `want`, opened at block 1 and drawn at 4: commits until 9, reveals
/// until 14.
fn drawn_request(want: &[(u64, u32)]) -> RequestId {
	register(1, 100);
	register(2, 1_000);
	open_drawn(3, SUBJECT, client_params(drawn(3), 1, 30), want)
}

#[test]
fn a_decided_round_waits_out_its_appeal_window() {
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		commit(1, id, true, None);
		commit(2, id, true, None);
		jump_to_block(10);
		reveal(1, id, true, None);
		reveal(2, id, true, None);
		jump_to_block(15);
		// Past the reveal deadline the round is tallied, not final.
		assert_noop!(Witnesses::finalize_request(signed(9), id), Error::<Test>::AppealWindowOpen);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(
			last_event(),
			Event::RoundDecided {
				id,
				round: 0,
				verdict: Verdict::Approved,
				score: None,
				appeal_until: 16
			}
		);
		assert!(Schedule::<Test>::contains_key(17, id));
		assert_eq!(Witnesses::request_view(id).unwrap().phase, RequestPhase::AppealWindow);
		let view = client_view(id);
		assert_eq!(view.phase, Phase::AppealWindow { until: 16 });
		assert_eq!(view.provisional, Some((Decision::Approved, None)));
		assert!(client_outcomes().is_empty());
		// Nothing is due until the window is over; members cannot appeal their own round.
		jump_to_block(16);
		assert_noop!(Witnesses::advance(signed(9), id), Error::<Test>::NotDue);
		assert_noop!(Witnesses::finalize_request(signed(9), id), Error::<Test>::AppealWindowOpen);
		assert_noop!(Witnesses::appeal(signed(1), id), Error::<Test>::AppellantOnPanel);
		jump_to_block(17);
		assert_noop!(Witnesses::appeal(signed(APPELLANT), id), Error::<Test>::NotInAppealWindow);
		assert_ok!(Witnesses::advance(signed(9), id));
		let outcome = last_outcome();
		assert_eq!(
			(outcome.decision, outcome.resolution, outcome.appeals),
			(Decision::Approved, Resolution::DrawnPanel, 0)
		);
		assert!(outcome.participants.iter().all(|p| p.round == 0 && p.coherent));
		assert_eq!(free(1), 1_000_000 - 100 + 20);
		assert_eq!(free(2), 1_000_000 - 1_000 + 10);
		assert!(!Rounds::<Test>::contains_key(id) && !Requests::<Test>::contains_key(id));
	});
}

/// The idle hook tallies and finalizes by itself: one call from the requester, none after.
#[test]
fn the_idle_hook_tallies_and_finalizes() {
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		commit(1, id, true, None);
		commit(2, id, true, None);
		jump_to_block(10);
		reveal(1, id, true, None);
		reveal(2, id, true, None);
		run_to_block(16);
		assert_eq!(Rounds::<Test>::get(id).unwrap().appeal_until, Some(16));
		run_to_block(18);
		assert!(!Requests::<Test>::contains_key(id));
		assert_eq!(last_outcome().decision, Decision::Approved);
	});
}

/// The whole scenario of a bought dispute panel: a false claim is disputed, the drawn panel
/// (one colluding witness holding every seat) upholds it, an appellant appeals, the panel of
/// 7 seats rejects it, and after the window every bond, fee, reward and slash moves exactly.
#[test]
fn a_disputed_claim_upheld_by_a_bought_panel_is_overturned_on_appeal() {
	ExtBuilder::build_and_execute(|| {
		register(6, 1_000);
		register(7, 1_000);
		// Witnesses 1 (100) and 2 (1,000), SPORTS' roster; 3 claims a false approval at 80.
		let id = claimed(primitives::Verdict::Approved);
		jump_to_block(2);
		dispute_drawn(id, 5, &[(2, 3)]);
		// Drawn at 5: commits until 10, reveals until 15. The colluder upholds the claim.
		commit(2, id, true, Some(80));
		jump_to_block(11);
		reveal(2, id, true, Some(80));
		jump_to_block(16);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(Rounds::<Test>::get(id).unwrap().appeal_until, Some(17));
		assert_eq!(client_view(id).provisional, Some((Decision::Approved, Some(80))));

		// The appeal: a panel of 2 × 3 + 1 = 7 seats, 10 per seat, deposit 7.
		appeal_drawn(id, APPELLANT, &[(6, 4), (7, 3)]);
		assert!(events().contains(&Event::Appealed {
			id,
			round: 1,
			appellant: APPELLANT,
			seats: 7,
			fee: 70,
			deposit: APPEAL_DEPOSIT,
			draw_at: 16 + DRAW_DELAY,
		}));
		assert_eq!(held(HoldReason::AppealFee, APPELLANT), 70);
		assert_eq!(held(HoldReason::AppealDeposit, APPELLANT), APPEAL_DEPOSIT);
		let past = PastRounds::<Test>::get(id, 0).unwrap();
		assert_eq!(past.tally.verdict, Verdict::Approved);
		assert_eq!(past.members.iter().map(|(w, m)| (*w, m.seats)).collect::<Vec<_>>(), [(2, 3)]);
		// The colluder stays pending until the request is final.
		assert_eq!(Registry::<Test>::get(2).unwrap().pending, 1);
		let request = Requests::<Test>::get(id).unwrap();
		assert_eq!((request.panel_size, request.min_witnesses), (7, 3));
		assert_eq!(client_view(id).round, 1);

		// Drawn at 19: commits until 24, reveals until 29. The appeal panel rejects.
		commit(6, id, false, Some(10));
		commit(7, id, false, Some(12));
		jump_to_block(25);
		reveal(6, id, false, Some(10));
		reveal(7, id, false, Some(12));
		jump_to_block(30);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(client_view(id).provisional, Some((Decision::Rejected, Some(10))));
		jump_to_block(32);
		assert_ok!(Witnesses::advance(signed(9), id));

		// The claim is overturned: no round-0 member was coherent, so the whole bond goes to
		// the disputer, and the reward returns to the requester.
		assert_eq!(
			claim_settled(id),
			Event::ClaimSettled {
				id,
				result: ClaimResult::Overturned,
				to_winner: BOND,
				to_panel: 0
			}
		);
		assert_eq!(free(3), 1_000_000 - BOND);
		assert_eq!(free(5), 1_000_000 + BOND);
		// The colluder loses 10 % per seat of 1,000: 300. The slash reimburses the
		// appellant's fee first (70); the rest (230) goes to the slash account.
		assert_eq!(bond_of(2), 700);
		assert!(events().contains(&Event::WitnessSlashed {
			id,
			who: 2,
			amount: 300,
			reason: SlashReason::Dissent
		}));
		assert!(events().contains(&Event::AppellantReimbursed {
			id,
			round: 1,
			who: APPELLANT,
			amount: 70
		}));
		assert_eq!(free(SLASH_ACCOUNT), 1 + 230);
		// The appeal fee pays the coherent appeal members by seats: 40 and 30; the appellant
		// is whole again (fee reimbursed, deposit released).
		assert_eq!(free(6), 1_000_000 - 1_000 + 40);
		assert_eq!(free(7), 1_000_000 - 1_000 + 30);
		assert_eq!(free(APPELLANT), 1_000_000);
		for reason in [HoldReason::AppealFee, HoldReason::AppealDeposit] {
			assert_eq!(held(reason, APPELLANT), 0);
		}
		assert_eq!(Registry::<Test>::get(2).unwrap().pending, 0);

		let outcome = last_outcome();
		assert_eq!(
			(outcome.decision, outcome.score, outcome.resolution, outcome.appeals),
			(Decision::Rejected, Some(10), Resolution::DrawnPanel, 1)
		);
		let mut rounds: Vec<(u64, u8, bool)> =
			outcome.participants.iter().map(|p| (p.who, p.round, p.coherent)).collect();
		rounds.sort();
		assert_eq!(rounds, vec![(2, 0, false), (6, 1, true), (7, 1, true)]);
		assert_eq!(PastRounds::<Test>::iter().count() + Appeals::<Test>::iter().count(), 0);
	});
}

/// An appeal panel that misses its quorum cannot erase a conclusive decision: the first
/// round's decision stands, the silent appeal members are slashed, the appellant is not
/// reimbursed (its appeal changed nothing) but gets its unpaid fee back.
#[test]
fn an_inconclusive_appeal_keeps_the_standing_decision() {
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 1_000);
		let id = open_drawn(3, SUBJECT, client_params(drawn(1), 1, 30), &[(2, 1)]);
		commit(2, id, true, None);
		jump_to_block(10);
		reveal(2, id, true, None);
		jump_to_block(15);
		assert_ok!(Witnesses::advance(signed(9), id));
		appeal_drawn(id, APPELLANT, &[(1, 1), (2, 2)]);
		assert_eq!(held(HoldReason::AppealFee, APPELLANT), 30);
		// Nobody of the appeal panel commits.
		jump_to_block(19 + 10 + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(client_view(id).provisional, Some((Decision::Approved, None)));
		let until = Rounds::<Test>::get(id).unwrap().appeal_until.unwrap();
		jump_to_block(until + 1);
		assert_ok!(Witnesses::advance(signed(9), id));

		let outcome = last_outcome();
		assert_eq!(
			(outcome.decision, outcome.resolution, outcome.appeals),
			(Decision::Approved, Resolution::DrawnPanel, 1)
		);
		// The reward goes to the first round's coherent member; the silent appeal members
		// lose 20 % per seat: 1 loses 20 of 100, 2 loses 40 % of 1,000.
		assert_eq!(bond_of(1), 80);
		assert_eq!(bond_of(2), 600);
		assert_eq!(free(2), 1_000_000 - 1_000 + 30);
		assert_eq!(free(SLASH_ACCOUNT), 1 + 20 + 400);
		assert_eq!(free(APPELLANT), 1_000_000);
		assert!(!events().iter().any(|e| matches!(e, Event::AppellantReimbursed { .. })));
	});
}

/// A named panel's decision appealed to a drawn panel is resolved by the drawn panel: its
/// outcome may move value. An appeal that changes nothing pays the appeal members.
#[test]
fn a_named_panel_appealed_is_decided_by_a_drawn_panel() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		rotate(SPORTS);
		let members = BoundedVec::truncate_from(vec![1, 2]);
		let id = open_client(
			3,
			SUBJECT,
			client_params(PanelPolicy::Named { named_by: 7, members }, 2, 30),
		);
		commit(1, id, true, None);
		commit(2, id, true, None);
		jump_to_block(7);
		reveal(1, id, true, None);
		reveal(2, id, true, None);
		jump_to_block(12);
		assert_ok!(Witnesses::advance(signed(9), id));
		// Named panel of 2 with a quorum of 2: the appeal panel has 5 seats and a quorum of 3
		// (a majority of its seats, smaller than 2 × 2 + 1).
		appeal_drawn(id, APPELLANT, &[(1, 2), (2, 3)]);
		let request = Requests::<Test>::get(id).unwrap();
		assert_eq!((request.panel_size, request.min_witnesses), (5, 3));
		assert_eq!(held(HoldReason::AppealFee, APPELLANT), 50);
		commit(1, id, true, None);
		commit(2, id, true, None);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.commit_deadline + 1);
		reveal(1, id, true, None);
		reveal(2, id, true, None);
		jump_to_block(request.reveal_deadline + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		jump_to_block(request.reveal_deadline + 3);
		assert_ok!(Witnesses::advance(signed(9), id));

		let outcome = last_outcome();
		assert_eq!(
			(outcome.decision, outcome.resolution, outcome.appeals),
			(Decision::Approved, Resolution::DrawnPanel, 1)
		);
		assert!(outcome.resolution.can_move_value());
		assert_eq!(outcome.participants.len(), 4);
		// Reward 30 to the named members by weight (15 each), the fee 50 to the appeal members
		// by seats (20 and 30); the appellant loses its fee.
		assert_eq!(free(1), 1_000_000 - 1_000 + 15 + 20);
		assert_eq!(free(2), 1_000_000 - 1_000 + 15 + 30);
		assert_eq!(free(APPELLANT), 1_000_000 - 50);
	});
}

#[test]
fn appeal_fails_without_changing_state() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Witnesses::appeal(signed(APPELLANT), 0), Error::<Test>::RequestNotFound);
		// A request of the claims domain has no rounds.
		register(1, 100);
		register(2, 1_000);
		assert_ok!(Witnesses::open_claim_request(signed(3), SUBJECT, params(1, 0)));
		assert_noop!(Witnesses::appeal(signed(APPELLANT), 0), Error::<Test>::NotAppealable);
		// Nor does an undisputed claim.
		rotate(SPORTS);
		let claim =
			open_client(3, H256::repeat_byte(9), claim_params(primitives::Verdict::Approved, 80));
		assert_noop!(Witnesses::appeal(signed(APPELLANT), claim), Error::<Test>::NotAppealable);

		let id = open_drawn(3, SUBJECT, client_params(drawn(1), 1, 30), &[(2, 1)]);
		assert_noop!(Witnesses::appeal(signed(APPELLANT), id), Error::<Test>::NotInAppealWindow);
		commit(2, id, true, None);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.commit_deadline + 1);
		reveal(2, id, true, None);
		jump_to_block(request.reveal_deadline + 1);
		// Revealed, past the deadline, not yet tallied.
		assert_noop!(Witnesses::appeal(signed(APPELLANT), id), Error::<Test>::NotInAppealWindow);
		assert_ok!(Witnesses::advance(signed(9), id));
		// Decided: not cancellable any more; appealable by anyone but its members and with
		// the funds to pay.
		assert_noop!(
			<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3),
			Error::<Test>::NotCancellable
		);
		assert_noop!(Witnesses::appeal(signed(2), id), Error::<Test>::AppellantOnPanel);
		assert_noop!(Witnesses::appeal(signed(500), id), TokenError::FundsUnavailable);
		// Two appeals (3 then 7 seats) are allowed; a third is not.
		assert_ok!(Witnesses::appeal(signed(APPELLANT), id));
		for round in 1..=2u8 {
			draw(id);
			let request = Requests::<Test>::get(id).unwrap();
			jump_to_block(request.reveal_deadline + 1);
			assert_ok!(Witnesses::advance(signed(9), id));
			assert_eq!(Rounds::<Test>::get(id).unwrap().round, round);
			if round == 1 {
				assert_ok!(Witnesses::appeal(signed(APPELLANT + 1), id));
			}
		}
		assert_noop!(Witnesses::appeal(signed(APPELLANT + 2), id), Error::<Test>::AppealLimit);
		// After the window, too late.
		let until = Rounds::<Test>::get(id).unwrap().appeal_until.unwrap();
		jump_to_block(until + 1);
		assert_noop!(
			Witnesses::appeal(signed(APPELLANT + 2), id),
			Error::<Test>::NotInAppealWindow
		);
		assert_ok!(Witnesses::advance(signed(9), id));
		// Both appellants recover their deposits; their fees paid no silent member.
		assert_eq!(free(APPELLANT), 1_000_000);
		assert_eq!(free(APPELLANT + 1), 1_000_000);
	});
}

/// A panel whose appeal panel would exceed `MaxPanelSize` (8 in the mock) cannot be appealed.
#[test]
fn appeal_panels_are_bounded_by_the_largest_panel() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=4 {
			register(who, 1_000);
		}
		rotate(SPORTS);
		let id = open_client(3, SUBJECT, client_params(drawn(4), 1, 0));
		draw(id);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.reveal_deadline + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_noop!(Witnesses::appeal(signed(APPELLANT), id), Error::<Test>::AppealLimit);
	});
}

/// Attack: an appellant that is itself a heavy witness cannot buy the appeal panel by
/// sitting on it: over many seeds, the panel it pays for never seats it.
#[test]
fn attack_an_appellant_never_sits_on_its_appeal_panel() {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	ExtBuilder::build_and_execute(|| {
		register(1, 100);
		register(2, 100);
		// The appellant holds 90 % of the roster's weight.
		register(APPELLANT, 1_800);
		let id = open_drawn(3, SUBJECT, client_params(drawn(1), 1, 0), &[(1, 1)]);
		commit(1, id, true, None);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.commit_deadline + 1);
		reveal(1, id, true, None);
		jump_to_block(request.reveal_deadline + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		let at = System::block_number();
		for nonce in 0..100 {
			set_vrf_nonce(nonce);
			with_transaction(|| {
				assert_ok!(Witnesses::appeal(signed(APPELLANT), id));
				draw(id);
				let seats = seats_of(id);
				assert_eq!(seats.iter().map(|(_, s)| s).sum::<u32>(), 3);
				assert!(seats.iter().all(|(who, _)| *who != APPELLANT));
				TransactionOutcome::Rollback(Ok::<_, DispatchError>(()))
			})
			.unwrap();
			jump_to_block(at);
		}
	});
}

/// Attack: a witness of a decided round cannot escape its slash by unbonding during the
/// appeal: its commitment stays pending until the request is final.
#[test]
fn attack_members_of_an_appealed_round_cannot_withdraw_before_settlement() {
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		commit(1, id, true, None);
		commit(2, id, true, None);
		jump_to_block(10);
		reveal(1, id, true, None);
		reveal(2, id, true, None);
		jump_to_block(15);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_ok!(Witnesses::appeal(signed(APPELLANT), id));
		draw(id);
		assert_ok!(Witnesses::unbond(signed(1)));
		jump_to_block(1_000);
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::PendingAttestations);
	});
}

#[test]
fn tallies_record_decisions() {
	let tally = Tally {
		round: 0,
		verdict: Verdict::Approved,
		score: Some(5),
		inliers: Some((0, 10)),
		approval: sp_runtime::Perbill::one(),
		revealed_weight: 1,
		revealed: 1,
	};
	assert!(tally.consensus().agrees(&crate::Reveal { verdict: true, score: Some(10) }));
	assert!(!tally.consensus().agrees(&crate::Reveal { verdict: true, score: Some(11) }));
	assert!(!tally.differs_from(&Tally { round: 1, ..tally }));
	assert!(tally.differs_from(&Tally { score: Some(6), ..tally }));
	assert!(tally.differs_from(&Tally { verdict: Verdict::Rejected, ..tally }));
}

/// Attack: naming a witness and appealing must not be a way to slash it. A named member who
/// never committed is left out of the appealed round, as at any finalization.
#[test]
fn attack_an_appeal_does_not_slash_named_members_who_never_committed() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		register(6, 1_000);
		rotate(SPORTS);
		let members = BoundedVec::truncate_from(vec![1, 2]);
		let id = open_client(
			3,
			SUBJECT,
			client_params(PanelPolicy::Named { named_by: 7, members }, 1, 0),
		);
		commit(1, id, true, None);
		jump_to_block(7);
		reveal(1, id, true, None);
		jump_to_block(12);
		assert_ok!(Witnesses::advance(signed(9), id));
		appeal_drawn(id, APPELLANT, &[(6, 5)]);
		let past = PastRounds::<Test>::get(id, 0).unwrap();
		assert_eq!(past.members.iter().map(|(w, _)| *w).collect::<Vec<_>>(), vec![1]);
		commit(6, id, false, None);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.commit_deadline + 1);
		reveal(6, id, false, None);
		jump_to_block(request.reveal_deadline + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		jump_to_block(request.reveal_deadline + 3);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(last_outcome().decision, Decision::Rejected);
		// 1 dissented and is slashed 10 %; 2, named but silent, is untouched.
		assert_eq!(bond_of(1), 900);
		assert_eq!(bond_of(2), 1_000);
		assert!(!events().iter().any(|e| matches!(e, Event::WitnessSlashed { who: 2, .. })));
	});
}

/// Attack: one silent seat of an appeal panel keeps a bought decision standing, but the
/// members who revealed in that undecided round are not slashed for disagreeing with it.
#[test]
fn attack_members_of_an_undecided_appeal_round_are_not_slashed_for_their_votes() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let id = open_drawn(3, SUBJECT, client_params(drawn(1), 1, 0), &[(2, 1)]);
		commit(2, id, true, None);
		jump_to_block(10);
		reveal(2, id, true, None);
		jump_to_block(15);
		assert_ok!(Witnesses::advance(signed(9), id));
		// Three seats, a quorum of two: 1 (one seat) reveals a rejection, 2 (two seats) stays
		// silent, so the round is undecided.
		appeal_drawn(id, APPELLANT, &[(1, 1), (2, 2)]);
		assert_eq!(Requests::<Test>::get(id).unwrap().min_witnesses, 2);
		commit(1, id, false, None);
		let request = Requests::<Test>::get(id).unwrap();
		jump_to_block(request.commit_deadline + 1);
		reveal(1, id, false, None);
		jump_to_block(request.reveal_deadline + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(
			Rounds::<Test>::get(id).unwrap().current.unwrap().verdict,
			Verdict::Inconclusive
		);
		let until = Rounds::<Test>::get(id).unwrap().appeal_until.unwrap();
		jump_to_block(until + 1);
		assert_ok!(Witnesses::advance(signed(9), id));
		assert_eq!(last_outcome().decision, Decision::Approved);
		// 1 revealed in the undecided round: neither paid nor slashed. 2 lost 20 % per silent
		// seat (40 % of 1,000).
		assert_eq!(bond_of(1), 1_000);
		assert_eq!(bond_of(2), 600);
		let one =
			last_outcome().participants.into_iter().find(|p| p.who == 1 && p.round == 1).unwrap();
		assert!(!one.coherent);
	});
}

// ---------------------------------------------------------------------------------------------
// Pending duties
// ---------------------------------------------------------------------------------------------

/// Attack: a witness drawn onto a panel cannot walk away with its bond before serving: its
/// duty counts from the draw, not from a commit it may never make.
#[test]
fn attack_a_drawn_member_cannot_withdraw_before_its_request_settles() {
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 1);
		assert_ok!(Witnesses::unbond(signed(1)));
		let unlock_at = 1
			+ <<Test as crate::Config>::UnbondingPeriod as frame_support::traits::Get<u64>>::get();
		jump_to_block(unlock_at.max(15));
		assert_noop!(Witnesses::withdraw_unbonded(signed(1)), Error::<Test>::PendingAttestations);
		// Settled (silent: slashed for its two seats), it may go.
		close(id);
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 0);
		assert_eq!(bond_of(1), 60);
		assert_ok!(Witnesses::withdraw_unbonded(signed(1)));
	});
}

/// A witness with `MaxPendingDuties` (5 in the mock) unsettled duties is left out of the
/// rosters built meanwhile, and back once it has worked some off.
#[test]
fn witnesses_at_the_duty_cap_are_left_out_of_rosters() {
	ExtBuilder::build_and_execute(|| {
		register(1, 1_000);
		register(2, 1_000);
		let limits = <Witnesses as VerificationProvider<u64, u64, u64>>::limits();
		assert_eq!(limits.max_pending_duties, MAX_PENDING_DUTIES);
		let ids: Vec<RequestId> = (0..MAX_PENDING_DUTIES as u8)
			.map(|i| open_drawn(3, H256::repeat_byte(i), client_params(drawn(1), 1, 0), &[(1, 1)]))
			.collect();
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, MAX_PENDING_DUTIES);
		assert_eq!(Witnesses::eligible_witnesses(SPORTS), vec![2]);
		jump_to_block(System::block_number() + 10);
		rotate(SPORTS);
		let era = crate::pallet::CurrentRosters::<Test>::get(SPORTS).unwrap().era;
		let roster = crate::pallet::Rosters::<Test>::get(SPORTS, era).unwrap();
		assert_eq!(roster.entries.iter().map(|(who, _)| *who).collect::<Vec<_>>(), vec![2]);
		// One request settled: one duty less, back on the next roster.
		let request = Requests::<Test>::get(ids[0]).unwrap();
		jump_to_block(request.reveal_deadline.max(System::block_number()) + 1);
		close(ids[0]);
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, MAX_PENDING_DUTIES - 1);
		jump_to_block(System::block_number() + 10);
		rotate(SPORTS);
		let era = crate::pallet::CurrentRosters::<Test>::get(SPORTS).unwrap().era;
		let roster = crate::pallet::Rosters::<Test>::get(SPORTS, era).unwrap();
		let mut entries: Vec<u64> = roster.entries.iter().map(|(who, _)| *who).collect();
		entries.sort();
		assert_eq!(entries, vec![1, 2]);
		// Settle the rest, so that the invariants see no stale draw.
		for id in &ids[1..] {
			let request = Requests::<Test>::get(id).unwrap();
			jump_to_block(request.reveal_deadline.max(System::block_number()) + 1);
			close(*id);
		}
	});
}

/// Cancelling a drawn request (no commitment yet) ends its members' duties.
#[test]
fn cancelling_a_drawn_request_ends_its_duties() {
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		assert_eq!(Registry::<Test>::get(2).unwrap().pending, 1);
		assert_ok!(<Witnesses as VerificationProvider<u64, u64, u64>>::cancel_request(id, &3));
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 0);
		assert_eq!(Registry::<Test>::get(2).unwrap().pending, 0);
	});
}

/// Version 3 counted a drawn member's duty from its commit; version 4 counts it from the draw.
#[test]
fn migration_v3_to_v4_counts_drawn_members_duties() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::build_and_execute(|| {
		let id = drawn_request(&[(1, 2), (2, 1)]);
		commit(2, id, true, None);
		// Version-3 counts: only the committed member has a pending duty.
		Registry::<Test>::mutate(1, |info| info.as_mut().unwrap().pending = 0);
		StorageVersion::new(3).put::<Witnesses>();
		crate::migrations::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert_eq!(Witnesses::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 1);
		assert_eq!(Registry::<Test>::get(2).unwrap().pending, 1);
		// A second run changes nothing.
		crate::migrations::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert_eq!(Registry::<Test>::get(1).unwrap().pending, 1);
	});
}
