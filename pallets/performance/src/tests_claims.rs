//! Unit tests of optimistic claims ([`crate::Pallet::claim_performance`]) against the mock
//! verifier, which keeps each claim's liveness window and moves it on through its helpers:
//! [`finish_claim`] (undisputed), [`dispute_claim`], [`draw_dispute_panel`] and
//! [`decide_claim`]. Every test runs through `ExtBuilder::build_and_execute`, which checks
//! `do_try_state()` after the test body.

use crate::{
	mock::*,
	pallet::{
		Athletes, ChallengeEligibility, CompetitionRankings, Competitions, History, HoldReason,
		Leaderboards, NextPerformanceId, Performances, PersonalBests, PredictionPools,
		RequestPerformance,
	},
	tests::{
		bounded, claimed_amount, create_competition, criteria, events, free, has_event, held,
		input, last_event, linked, location, pot, register, request_of, signed, sport, status,
		tags,
	},
	weights::WeightInfo,
	Coordinates, Error, Event, Level, Location, PerformanceId, PerformanceInputOf,
	PerformanceStatus, PersonalBest, PredictionSide, RankEntry, RequestId, Settlement,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchResult, GetDispatchInfo},
};
use sp_runtime::{DispatchError, Perbill, TokenError};
use verification_primitives::{
	ClaimTerms, ClaimView, Decision, PanelSeat, Phase, RequestMode, ScoreRange, Verdict,
	VerificationMode, VerificationProvider, Vote,
};

const HACKY: &str = "hackysack";
const SPRINT: &str = "sprint";

/// The bond of the claims of these tests (the mock verifier's minimum is 20).
const BOND: u64 = 30;

/// `who` claims `event` of `athlete` with reward 10 and bond [`BOND`].
fn claim_by(who: u64, athlete: u64, event: PerformanceInputOf<Test>) -> (PerformanceId, RequestId) {
	assert_ok!(Performance::claim_performance(signed(who), athlete, event, 10, BOND));
	let id = NextPerformanceId::<Test>::get() - 1;
	(id, request_of(id))
}

fn claim(athlete: u64, event: PerformanceInputOf<Test>) -> (PerformanceId, RequestId) {
	claim_by(athlete, athlete, event)
}

fn view(request: RequestId) -> Option<verification_primitives::RequestView<u64, u64, u64>> {
	MockVerifier::request_view(request)
}

fn approved(score: u32) -> Vote {
	Vote { verdict: Verdict::Approved, score: Some(score) }
}

fn predict(who: u64, id: PerformanceId, side: PredictionSide, amount: u64) -> DispatchResult {
	Performance::predict(signed(who), id, side, amount)
}

// ---------------------------------------------------------------------------------------------
// Claiming
// ---------------------------------------------------------------------------------------------

#[test]
fn claim_performance_works() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		System::set_block_number(4);
		let mut event = input(7_000);
		event.location = Some(location());
		event.tags = tags(&["trick"]);
		assert_ok!(Performance::claim_performance(signed(1), 1, event.clone(), 25, BOND));
		// The same pending performance and deposit as a submission.
		let perf = Performances::<Test>::get(0).unwrap();
		assert_eq!((perf.athlete, perf.submitter, perf.level), (1, 1, Level::Local));
		assert_eq!(perf.event, event);
		assert!(perf.witnesses.is_empty());
		assert_eq!((perf.deposit, perf.submitted_at, perf.created_at), (50, 4, START_TIME));
		assert_eq!(perf.status, PerformanceStatus::Pending { request: FIRST_REQUEST });
		assert_eq!(RequestPerformance::<Test>::get(FIRST_REQUEST), Some(0));
		assert_eq!(NextPerformanceId::<Test>::get(), 1);
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 1);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);

		// The request is a claim of the event's score at the caller's bond, disputable for
		// `ClaimLiveness` blocks, before a panel of `PanelSeats` seats on the usual terms.
		let (domain, subject, requester, params) = opened().pop().unwrap();
		assert_eq!((domain, requester), (DOMAIN, 1));
		assert_eq!(subject, Performance::subject_of(0, &1, &event));
		assert_eq!(
			params.mode,
			VerificationMode::Optimistic(ClaimTerms {
				claim: approved(7_000),
				bond: BOND,
				liveness: 20,
				dispute_seats: 3,
			})
		);
		assert_eq!((params.panel.min_seats, params.panel.min_weight), (2, 0));
		assert_eq!(params.panel.approval_threshold, Perbill::from_percent(50));
		let p = params.panel;
		assert_eq!((p.commit_period, p.reveal_period, p.appeal_period, p.reward), (10, 10, 1, 25));
		assert_eq!(params.score_range, Some(ScoreRange { min: 0, max: 10_000 }));
		assert_eq!(params.excluded.to_vec(), vec![1]);
		assert_eq!(
			last_event(),
			Event::PerformanceSubmitted {
				id: 0,
				athlete: 1,
				submitter: 1,
				request: FIRST_REQUEST,
				competition: None
			}
		);

		// The verifier shows it in its liveness window, with no panel.
		let view = view(FIRST_REQUEST).unwrap();
		assert_eq!(view.mode, RequestMode::Optimistic);
		assert_eq!(view.phase, Phase::Liveness { until: 24 });
		assert_eq!(
			view.claim,
			Some(ClaimView { claim: approved(7_000), bond: BOND, disputer: None })
		);
		assert!(view.panel.is_empty());
		assert_eq!(view.seats, 0);
	});
}

#[test]
fn claim_weight_is_the_pallets_plus_the_verifiers() {
	ExtBuilder::build_and_execute(|| {
		// The mock verifier's bound for opening a request is zero.
		assert_eq!(
			Performance::claim_performance_weight(),
			<() as WeightInfo>::claim_performance()
		);
		let call = crate::Call::<Test>::claim_performance {
			athlete: 1,
			event: input(1),
			reward: 10,
			bond: BOND,
		};
		assert_eq!(call.get_dispatch_info().call_weight, Performance::claim_performance_weight());
	});
}

#[test]
fn a_delegate_claims_and_pays() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		assert_ok!(Performance::add_delegate(signed(1), 3));
		let (id, request) = claim_by(2, 1, input(7_000));
		let perf = Performances::<Test>::get(id).unwrap();
		assert_eq!((perf.athlete, perf.submitter), (1, 2));
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 50);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
		let (_, _, requester, params) = opened().pop().unwrap();
		assert_eq!(requester, 2);
		// Neither the athlete nor a delegate may dispute, or sit on a dispute panel.
		assert_eq!(params.excluded.to_vec(), vec![1, 2, 3]);
		// The delegate's deposit stays held while the verified record lives.
		System::set_block_number(liveness_end(request) + 1);
		finish_claim(request);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 50);
		assert_eq!(free(2), 1_000_000 - 50);
		assert_eq!(status(id), PerformanceStatus::Verified { score: 7_000 });
	});
}

#[test]
fn claim_performance_fails() {
	ExtBuilder::build_and_execute(|| {
		let claim = |who: u64, athlete: u64, event: PerformanceInputOf<Test>, reward, bond| {
			Performance::claim_performance(signed(who), athlete, event, reward, bond)
		};
		assert_noop!(claim(1, 1, input(1), 10, BOND), Error::<Test>::NotAthlete);
		register(1);
		assert_noop!(claim(2, 1, input(1), 10, BOND), Error::<Test>::NotAuthorized);
		let mut bad = input(1);
		bad.sport = sport("Hacky");
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidSport);
		let mut bad = input(1);
		bad.sport = sport("chess");
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::SportNotDeclared);
		// A claimed score above the maximum, or another metric.
		assert_noop!(claim(1, 1, input(10_001), 10, BOND), Error::<Test>::InvalidMetrics);
		let mut bad = input(1);
		bad.metrics.difficulty = 10_001;
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidMetrics);
		let mut bad = input(1);
		bad.location = Some(Location {
			coordinates: Coordinates { lat: 0, lon: 180_000_001 },
			venue: bounded(b""),
		});
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidCoordinates);
		let mut bad = input(1);
		bad.location =
			Some(Location { coordinates: Coordinates::default(), venue: bounded(b"a\nb") });
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidVenue);
		let mut bad = input(1);
		bad.evidence = bounded(b"");
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidEvidence);
		let mut bad = input(1);
		bad.tags = tags(&["Trick"]);
		assert_noop!(claim(1, 1, bad, 10, BOND), Error::<Test>::InvalidTag);
		assert_noop!(claim(1, 1, input(1), 9, BOND), Error::<Test>::RewardTooLow);
		assert_noop!(claim(1, 1, linked(1, 0), 10, BOND), Error::<Test>::UnknownCompetition);

		// Competitions: another sport, not running yet, closed.
		let running = create_competition(Level::Local, 1, 50, &[100]);
		let mut other = linked(1, running);
		other.sport = sport(SPRINT);
		assert_noop!(claim(1, 1, other, 10, BOND), Error::<Test>::SportMismatch);
		let future = create_competition(Level::Local, 10, 50, &[100]);
		assert_noop!(
			claim(1, 1, linked(1, future), 10, BOND),
			Error::<Test>::CompetitionNotRunning
		);
		let short = create_competition(Level::Local, 1, 2, &[100]);
		System::set_block_number(3);
		assert_ok!(Performance::close_competition(signed(9), short));
		assert_noop!(claim(1, 1, linked(1, short), 10, BOND), Error::<Test>::CompetitionClosed);

		// The verifier's refusals abort the claim with nothing held: a bond below its minimum
		// (from `limits().check`), or any other error.
		assert_noop!(
			claim(1, 1, input(1), 10, MIN_CLAIM_BOND - 1),
			DispatchError::Other("BondTooLow")
		);
		REFUSE.with(|r| *r.borrow_mut() = true);
		assert_noop!(claim(1, 1, input(1), 10, BOND), DispatchError::Other("verifier refused"));
		REFUSE.with(|r| *r.borrow_mut() = false);
		// Performance ids are exhausted.
		NextPerformanceId::<Test>::put(PerformanceId::MAX);
		assert_noop!(claim(1, 1, input(1), 10, BOND), Error::<Test>::Overflow);
		NextPerformanceId::<Test>::put(0);
		// A delegate without funds for the deposit.
		assert_ok!(Performance::add_delegate(signed(1), 500));
		assert_noop!(claim(500, 1, input(1), 10, BOND), TokenError::FundsUnavailable);

		assert_eq!(NextPerformanceId::<Test>::get(), 0);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
		assert!(opened().is_empty());
		// The minimum bond is enough.
		assert_ok!(claim(1, 1, input(1), 10, MIN_CLAIM_BOND));
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 1);
	});
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

#[test]
fn undisputed_claim_is_verified_with_the_claimed_score() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::create_challenge(
			signed(40),
			criteria(1_000, 0, Level::Local, 100, 1),
			100
		));
		let (id, request) = claim(1, input(7_000));
		// Still pending through its whole liveness window.
		System::set_block_number(liveness_end(request));
		assert!(matches!(view(request).unwrap().phase, Phase::Liveness { .. }));
		assert_eq!(status(id), PerformanceStatus::Pending { request });
		System::set_block_number(liveness_end(request) + 1);
		assert_eq!(view(request).unwrap().phase, Phase::Closing);
		System::reset_events();

		let weight = finish_claim(request);
		// No witness; no challenge is examined at the outcome.
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(0));
		let perf = Performances::<Test>::get(id).unwrap();
		assert_eq!(perf.status, PerformanceStatus::Verified { score: 7_000 });
		assert!(perf.witnesses.is_empty());
		assert_eq!(perf.deposit, 50);
		assert!(RequestPerformance::<Test>::get(request).is_none());
		assert!(view(request).is_none());
		// The deposit stays held with the record; the challenge prize is not paid yet.
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(held(HoldReason::ChallengeEscrow, 40), 100);
		assert_eq!(free(1), 1_000_000 - 100 - 50);
		// An undisputed claim moves value: the performance is eligible for challenge prizes.
		assert_eq!(ChallengeEligibility::<Test>::get(id), Some(Level::Regional));
		// The career, as for a performance a drawn panel verified.
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (1, 0, Level::Regional));
		assert_eq!(History::<Test>::get(1).to_vec(), vec![id]);
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(HACKY)),
			Some(PersonalBest { score: 7_000, performance: id })
		);
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec(),
			vec![RankEntry { athlete: 1, score: 7_000, performance: id }]
		);
		assert_eq!(
			events(),
			vec![
				Event::LevelReached { athlete: 1, level: Level::Regional },
				Event::PersonalBestSet {
					athlete: 1,
					sport: sport(HACKY),
					performance: id,
					score: 7_000
				},
				Event::LeaderboardEntered {
					sport: sport(HACKY),
					level: Level::Local,
					athlete: 1,
					rank: 0
				},
				Event::PerformanceVerified { id, athlete: 1, score: 7_000 },
			]
		);
		// Anyone claims the challenge's prize for it, from the sponsor's escrow.
		System::reset_events();
		assert_ok!(Performance::claim_challenge(signed(9), 0, id));
		assert_eq!(held(HoldReason::ChallengeEscrow, 40), 0);
		assert_eq!(free(1), 1_000_000 - 100 - 50 + 100);
		assert_eq!(
			events(),
			vec![
				Event::ChallengePrizePaid { id: 0, athlete: 1, performance: id, amount: 100 },
				Event::ChallengeCompleted { id: 0 },
			]
		);
	});
}

#[test]
fn disputed_claim_overturned_is_rejected() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		let (id, request) = claim_by(2, 1, input(9_000));
		System::set_block_number(5);
		dispute_claim(request, 21);
		// Disputed: the dispute panel is being drawn.
		let disputed = view(request).unwrap();
		assert!(matches!(disputed.phase, Phase::Drawing { .. }));
		assert_eq!(disputed.claim.unwrap().disputer, Some(21));
		assert_eq!(disputed.seats, 3);
		assert!(disputed.panel.is_empty());
		draw_dispute_panel(request);
		let drawn = view(request).unwrap();
		assert!(matches!(drawn.phase, Phase::Commit { .. }));
		let seat = |who| PanelSeat { who, seats: 1 };
		assert_eq!(drawn.panel, vec![seat(5), seat(6), seat(7)]);
		assert_eq!(status(id), PerformanceStatus::Pending { request });

		let weight = decide_claim(
			request,
			Decision::Rejected,
			None,
			vec![participant(7, 300, false, true), participant(5, 200, false, true)],
		);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_rejected(0));
		assert_eq!(status(id), PerformanceStatus::Rejected);
		assert!(view(request).is_none());
		assert!(RequestPerformance::<Test>::get(request).is_none());
		// 20% of the delegate's deposit slashed, the rest held until the record is reaped.
		assert_eq!(Performances::<Test>::get(id).unwrap().deposit, 40);
		assert_eq!(free(SLASH_ACCOUNT), ED + 10);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 40);
		assert_eq!(free(2), 1_000_000 - 50);
		assert_eq!(last_event(), Event::PerformanceRejected { id, athlete: 1, slashed: 10 });
		// Nothing recorded.
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (0, 0, Level::Local));
		assert!(History::<Test>::get(1).is_empty());
		assert!(PersonalBests::<Test>::get(1, sport(HACKY)).is_none());
		assert!(Leaderboards::<Test>::get(sport(HACKY), Level::Local).is_empty());
	});
}

#[test]
fn disputed_claim_upheld_is_verified_with_the_panels_score() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let competition = create_competition(Level::Local, 1, 50, &[100]);
		let (id, request) = claim(1, linked(8_000, competition));
		assert_eq!(Competitions::<Test>::get(competition).unwrap().pending, 1);
		dispute_claim(request, 21);
		draw_dispute_panel(request);
		System::reset_events();
		let weight = decide_claim(
			request,
			Decision::Approved,
			Some(6_500),
			vec![
				participant(5, 200, true, true),
				participant(6, 500, false, false),
				participant(7, 300, true, true),
			],
		);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(0));
		// The panel's score, not the claimed one; its coherent members, heaviest first.
		let perf = Performances::<Test>::get(id).unwrap();
		assert_eq!(perf.status, PerformanceStatus::Verified { score: 6_500 });
		assert_eq!(perf.witnesses.to_vec(), vec![7, 5]);
		// Decided by a drawn dispute panel: eligible for challenge prizes.
		assert_eq!(ChallengeEligibility::<Test>::get(id), Some(Level::Regional));
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (1, 0, Level::Regional));
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(HACKY)),
			Some(PersonalBest { score: 6_500, performance: id })
		);
		let entry = RankEntry { athlete: 1, score: 6_500, performance: id };
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec(),
			vec![entry.clone()]
		);
		// Ranked in its competition, which no longer waits for it.
		assert_eq!(CompetitionRankings::<Test>::get(competition).to_vec(), vec![entry]);
		assert_eq!(Competitions::<Test>::get(competition).unwrap().pending, 0);
		assert_eq!(last_event(), Event::PerformanceVerified { id, athlete: 1, score: 6_500 });
	});
}

#[test]
fn disputed_claim_without_quorum_is_inconclusive() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = claim(1, input(8_000));
		dispute_claim(request, 21);
		draw_dispute_panel(request);
		let weight = decide_claim(request, Decision::Inconclusive, None, vec![]);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_inconclusive());
		assert_eq!(status(id), PerformanceStatus::Inconclusive);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 0);
		assert_eq!(last_event(), Event::PerformanceInconclusive { id, athlete: 1 });
	});
}

// ---------------------------------------------------------------------------------------------
// Prediction pools on claims
// ---------------------------------------------------------------------------------------------

#[test]
fn predictions_on_an_undisputed_claim_settle_on_the_claim() {
	use PredictionSide::{Failure, Success};
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		let (id, request) = claim_by(2, 1, input(5_000));
		// Open from the claim on: only the athlete and the submitter are barred; there is no
		// panel yet, so the accounts the mock would draw may stake.
		for who in [1, 2] {
			assert_noop!(predict(who, id, Success, 10), Error::<Test>::NotAllowedToPredict);
		}
		assert_ok!(predict(5, id, Success, 100));
		assert_ok!(predict(21, id, Success, 300));
		assert_ok!(predict(22, id, Failure, 200));
		assert_ok!(predict(23, id, Failure, 50));
		// The same lock as a submission: `PredictionLockPeriod` after it.
		let pool = PredictionPools::<Test>::get(id).unwrap();
		assert_eq!(pool.lock_at, 1 + 5);
		assert_eq!((pool.success, pool.failure, pool.held), (400, 250, 650));
		System::set_block_number(6);
		assert_noop!(predict(24, id, Failure, 10), Error::<Test>::PredictionsLocked);

		System::set_block_number(liveness_end(request) + 1);
		let athlete_before = free(1);
		let weight = finish_claim(request);
		// No witness to pay: the athlete's fee is the whole fee, 10% of 250.
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(0));
		assert_eq!(status(id), PerformanceStatus::Verified { score: 5_000 });
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 1, amount: 25 }));
		assert_eq!(free(1), athlete_before + 25);
		let settlement =
			Settlement::Won { side: Success, distributable: 225, paid: 0, winners_left: 2 };
		assert!(has_event(Event::PredictionsSettled { performance: id, settlement, fee_paid: 25 }));

		// 100 + ⌊225 × 100 / 400⌋ = 156; the last winner 300 + (225 - 56) = 469; the losers
		// get nothing.
		let before: Vec<u64> = [5, 21, 22, 23].iter().map(|w| free(*w)).collect();
		for who in [22, 5, 23, 21] {
			assert_ok!(Performance::claim_prediction(signed(who), id));
		}
		let after: Vec<u64> = [5, 21, 22, 23].iter().map(|w| free(*w)).collect();
		let gains: Vec<u64> = after.iter().zip(before.iter()).map(|(a, b)| a - b).collect();
		// Each staker also gets its entry's deposit back.
		let d = PREDICTION_DEPOSIT;
		assert_eq!(gains, vec![156 + d, 469 + d, d, d]);
		assert_eq!(claimed_amount(id) + 25, 650);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
		assert!(PredictionPools::<Test>::get(id).is_none());
	});
}

#[test]
fn predictions_on_a_disputed_claim_follow_its_dispute_panel() {
	use PredictionSide::{Failure, Success};
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = claim(1, input(5_000));
		assert_ok!(predict(21, id, Success, 100));
		// A staker may dispute what it staked against.
		assert_ok!(predict(22, id, Failure, 50));
		System::set_block_number(2);
		dispute_claim(request, 22);
		// While the dispute panel is drawn nobody knows who votes: no stakes.
		assert_noop!(predict(23, id, Failure, 25), Error::<Test>::NoDrawnPanel);
		draw_dispute_panel(request);
		// Then it is a drawn-panel performance: its members may not stake.
		for who in [5, 6, 7] {
			assert_noop!(predict(who, id, Failure, 25), Error::<Test>::NotAllowedToPredict);
		}
		assert_ok!(predict(23, id, Failure, 25));
		System::set_block_number(6);
		assert_noop!(predict(24, id, Failure, 25), Error::<Test>::PredictionsLocked);

		// Overturned: `Failure` wins. Fee 10% of 100 = 10 to the coherent members only,
		// 300:100 = 7 and 2 (the rounding 1 stays with the winners).
		let weight = decide_claim(
			request,
			Decision::Rejected,
			None,
			vec![participant(7, 300, false, true), participant(5, 100, false, true)],
		);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_rejected(2));
		assert_eq!(status(id), PerformanceStatus::Rejected);
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 7, amount: 7 }));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 5, amount: 2 }));
		assert!(!events().iter().any(|e| matches!(e, Event::PredictionFeePaid { who: 1, .. })));
		let settlement =
			Settlement::Won { side: Failure, distributable: 91, paid: 0, winners_left: 2 };
		assert!(has_event(Event::PredictionsSettled { performance: id, settlement, fee_paid: 9 }));
		// 50 + ⌊91 × 50 / 75⌋ = 110; the last winner 25 + 31 = 56.
		let before: Vec<u64> = [21, 22, 23].iter().map(|w| free(*w)).collect();
		for who in [21, 22, 23] {
			assert_ok!(Performance::claim_prediction(signed(who), id));
		}
		let after: Vec<u64> = [21, 22, 23].iter().map(|w| free(*w)).collect();
		let gains: Vec<u64> = after.iter().zip(before.iter()).map(|(a, b)| a - b).collect();
		// Each staker also gets its entry's deposit back.
		let d = PREDICTION_DEPOSIT;
		assert_eq!(gains, vec![d, 110 + d, 56 + d]);
		assert_eq!(claimed_amount(id) + 9, 175);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
	});
}

#[test]
fn predictions_close_with_an_undisputed_liveness_window() {
	ExtBuilder::build_and_execute(|| {
		// A liveness window shorter than the prediction lock: the window's end locks first.
		MockClaimLiveness::set(3);
		register(1);
		let (id, request) = claim(1, input(5_000));
		assert_eq!(liveness_end(request), 4);
		System::set_block_number(4);
		assert_ok!(predict(21, id, PredictionSide::Success, 10));
		// Past the window, undisputed: the claim stands, whatever is staked now.
		System::set_block_number(5);
		assert_eq!(view(request).unwrap().phase, Phase::Closing);
		assert_noop!(
			predict(22, id, PredictionSide::Success, 10),
			Error::<Test>::PredictionsLocked
		);
		finish_claim(request);
		let settlement = Settlement::Won {
			side: PredictionSide::Success,
			distributable: 0,
			paid: 0,
			winners_left: 1,
		};
		assert!(has_event(Event::PredictionsSettled { performance: id, settlement, fee_paid: 0 }));
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_eq!(
			last_event(),
			Event::PredictionClaimed { performance: id, who: 21, amount: 10, deposit: 15 }
		);
	});
}
