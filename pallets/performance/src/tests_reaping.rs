//! Unit tests of storage paid while it lives (increment J of issue 10): the sport registry,
//! the deposits held by funders, stakers and performances until their records go, and the
//! permissionless calls that reap settled records. Every test runs through
//! `ExtBuilder::build_and_execute`, which checks `do_try_state()` after the test body.

use crate::{
	mock::*,
	pallet::{
		ChallengeEligibility, CompetitionFunds, CompetitionRankings, Competitions, HoldReason,
		Leaderboards, Performances, PersonalBests, PredictionPools, Predictions, Sports,
	},
	tests::{
		approve, criteria, events, free, held, input, last_event, location, name, pot, prizes,
		register, signed, sport, sports, submit, HACKY, SPRINT,
	},
	Error, Event, Level, PerformanceStatus, PredictionSide, RankEntry, SportInfo,
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{traits::BadOrigin, TokenError};

fn sport_deposit() -> u64 {
	<Test as crate::Config>::SportDeposit::get()
}

// ---------------------------------------------------------------------------------------------
// The sport registry
// ---------------------------------------------------------------------------------------------

#[test]
fn genesis_registers_its_sports_without_a_deposit() {
	ExtBuilder::build_and_execute(|| {
		assert_eq!(sport_deposit(), SPORT_DEPOSIT);
		for s in GENESIS_SPORTS {
			assert_eq!(
				Sports::<Test>::get(sport(s)),
				Some(SportInfo { registrant: None, deposit: 0 })
			);
		}
		assert_eq!(Sports::<Test>::iter().count(), GENESIS_SPORTS.len());
	});
}

#[test]
fn register_sport_by_root_or_with_a_deposit() {
	ExtBuilder::build_and_execute(|| {
		// Root: no deposit, no registrant.
		assert_ok!(Performance::register_sport(RuntimeOrigin::root(), sport("chess")));
		assert_eq!(
			Sports::<Test>::get(sport("chess")),
			Some(SportInfo { registrant: None, deposit: 0 })
		);
		assert_eq!(
			last_event(),
			Event::SportRegistered { sport: sport("chess"), registrant: None, deposit: 0 }
		);
		// A signed account holds the deposit.
		assert_ok!(Performance::register_sport(signed(3), sport("skate")));
		assert_eq!(
			Sports::<Test>::get(sport("skate")),
			Some(SportInfo { registrant: Some(3), deposit: SPORT_DEPOSIT })
		);
		assert_eq!(held(HoldReason::SportDeposit, 3), SPORT_DEPOSIT);
		assert_eq!(free(3), 1_000_000 - SPORT_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::SportRegistered {
				sport: sport("skate"),
				registrant: Some(3),
				deposit: SPORT_DEPOSIT
			}
		);
		// The new sports are usable at once.
		assert_ok!(Performance::register_athlete(
			signed(1),
			name(b"A"),
			sports(&["chess", "skate"]),
			None
		));
	});
}

#[test]
fn register_sport_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::register_sport(RuntimeOrigin::none(), sport("chess")), BadOrigin);
		for bad in ["", "Chess", "ice hockey", "é"] {
			assert_noop!(
				Performance::register_sport(signed(3), sport(bad)),
				Error::<Test>::InvalidSport
			);
		}
		assert_noop!(
			Performance::register_sport(signed(3), sport(HACKY)),
			Error::<Test>::SportAlreadyRegistered
		);
		assert_noop!(
			Performance::register_sport(RuntimeOrigin::root(), sport(SPRINT)),
			Error::<Test>::SportAlreadyRegistered
		);
		// Account 500 has no funds for the deposit.
		assert_noop!(
			Performance::register_sport(signed(500), sport("chess")),
			TokenError::FundsUnavailable
		);
		assert!(!Sports::<Test>::contains_key(sport("chess")));
	});
}

#[test]
fn retire_sport_returns_the_deposit_and_removes_the_leaderboards() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(Performance::register_sport(signed(3), sport("chess")));
		assert_ok!(Performance::register_athlete(signed(1), name(b"A"), sports(&["chess"]), None));
		let mut event = input(1);
		event.sport = sport("chess");
		let (id, request) = submit(1, event);
		approve(request, 5_000);
		let entry = RankEntry { athlete: 1, score: 5_000, performance: id };
		assert_eq!(Leaderboards::<Test>::get(sport("chess"), Level::Local).to_vec(), vec![entry]);

		// Attack: the registrant cannot wipe leaderboards others built (and take its deposit
		// back for free); only root retires a sport in use.
		assert_noop!(
			Performance::retire_sport(signed(3), sport("chess")),
			Error::<Test>::SportInUse
		);
		System::reset_events();
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport("chess")));
		assert_eq!(
			events(),
			vec![Event::SportRetired {
				sport: sport("chess"),
				registrant: Some(3),
				deposit: SPORT_DEPOSIT
			}]
		);
		assert!(!Sports::<Test>::contains_key(sport("chess")));
		assert!(Leaderboards::<Test>::iter_prefix(sport("chess")).next().is_none());
		assert_eq!(held(HoldReason::SportDeposit, 3), 0);
		assert_eq!(free(3), 1_000_000);
		// The performance and the athlete's personal best stay: they are the athlete's.
		assert_eq!(status_of(id), PerformanceStatus::Verified { score: 5_000 });
		assert!(PersonalBests::<Test>::contains_key(1, sport("chess")));

		// Root retires anyone's sport, and the deposit still goes to its registrant.
		assert_ok!(Performance::register_sport(signed(4), sport("skate")));
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport("skate")));
		assert_eq!(
			last_event(),
			Event::SportRetired {
				sport: sport("skate"),
				registrant: Some(4),
				deposit: SPORT_DEPOSIT
			}
		);
		assert_eq!(free(4), 1_000_000);
		// And its own.
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(SPRINT)));
		assert_eq!(
			last_event(),
			Event::SportRetired { sport: sport(SPRINT), registrant: None, deposit: 0 }
		);
	});
}

fn status_of(id: u64) -> PerformanceStatus {
	Performances::<Test>::get(id).unwrap().status
}

#[test]
fn retire_sport_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::retire_sport(signed(3), sport("chess")),
			Error::<Test>::UnknownSport
		);
		assert_noop!(
			Performance::retire_sport(RuntimeOrigin::root(), sport("chess")),
			Error::<Test>::UnknownSport
		);
		assert_ok!(Performance::register_sport(signed(3), sport("chess")));
		assert_noop!(Performance::retire_sport(RuntimeOrigin::none(), sport("chess")), BadOrigin);
		// Only its registrant (or root) retires it; a sport root registered only root retires.
		assert_noop!(
			Performance::retire_sport(signed(4), sport("chess")),
			Error::<Test>::NotRegistrant
		);
		assert_noop!(
			Performance::retire_sport(signed(3), sport(HACKY)),
			Error::<Test>::NotRegistrant
		);
		assert_eq!(held(HoldReason::SportDeposit, 3), SPORT_DEPOSIT);
		// Unused, its registrant withdraws it.
		assert_ok!(Performance::retire_sport(signed(3), sport("chess")));
		assert_eq!(held(HoldReason::SportDeposit, 3), 0);
	});
}

#[test]
fn unregistered_sports_are_refused_everywhere() {
	ExtBuilder::build_and_execute(|| {
		let chess = || sport("chess");
		assert_noop!(
			Performance::register_athlete(signed(1), name(b"A"), sports(&[HACKY, "chess"]), None),
			Error::<Test>::UnknownSport
		);
		register(1);
		assert_noop!(
			Performance::update_profile(signed(1), name(b"A"), sports(&[HACKY, "chess"]), None),
			Error::<Test>::UnknownSport
		);
		assert_noop!(
			Performance::create_competition(
				signed(30),
				name(b"Cup"),
				chess(),
				Level::Local,
				location(),
				1,
				20,
				prizes(&[100])
			),
			Error::<Test>::UnknownSport
		);
		let mut wanted = criteria(1_000, 0, Level::Local, 100, 1);
		wanted.sport = chess();
		assert_noop!(
			Performance::create_challenge(signed(40), wanted, 100),
			Error::<Test>::UnknownSport
		);

		// A sport retired after the athlete declared it: the profile keeps it (and may be
		// updated with it), but nothing is submitted or claimed in it any more.
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(SPRINT)));
		assert_ok!(Performance::update_profile(
			signed(1),
			name(b"B"),
			sports(&[HACKY, SPRINT]),
			None
		));
		let mut run = input(1);
		run.sport = sport(SPRINT);
		assert_noop!(
			Performance::submit_performance(signed(1), 1, run.clone(), 10),
			Error::<Test>::UnknownSport
		);
		assert_noop!(
			Performance::claim_performance(signed(1), 1, run, 10, MIN_CLAIM_BOND),
			Error::<Test>::UnknownSport
		);
		// A sport the athlete never declared stays `SportNotDeclared`.
		let mut other = input(1);
		other.sport = chess();
		assert_noop!(
			Performance::submit_performance(signed(1), 1, other, 10),
			Error::<Test>::SportNotDeclared
		);
	});
}

#[test]
fn a_performance_of_a_sport_retired_while_pending_enters_no_leaderboard() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(HACKY)));
		approve(request, 7_000);
		// Verified, in the career, but no board exists for an unregistered sport.
		assert_eq!(status_of(id), PerformanceStatus::Verified { score: 7_000 });
		assert_eq!(crate::pallet::History::<Test>::get(1).to_vec(), vec![id]);
		assert!(Leaderboards::<Test>::iter_prefix(sport(HACKY)).next().is_none());
		assert!(!events().iter().any(|e| matches!(e, Event::LeaderboardEntered { .. })));
		// Registered again, the sport starts with empty boards.
		assert_ok!(Performance::register_sport(signed(3), sport(HACKY)));
		let (next, request) = submit(1, input(1));
		approve(request, 6_000);
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::Regional).to_vec(),
			vec![RankEntry { athlete: 1, score: 6_000, performance: next }]
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Prediction entries: a deposit each, claimed or reaped
// ---------------------------------------------------------------------------------------------

/// `ClaimPeriod` of the mock.
fn claim_period() -> u64 {
	<Test as crate::Config>::ClaimPeriod::get()
}

/// Give `who` `amount` (for accounts beyond the mock's endowed ones).
pub(crate) fn endow(who: u64, amount: u64) {
	use frame_support::traits::fungible::Mutate;
	assert_ok!(Balances::mint_into(&who, amount));
}

#[test]
fn reap_prediction_pushes_payouts_and_returns_deposits_after_the_claim_period() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		System::set_block_number(2);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 50));
		assert_ok!(Performance::predict(signed(23), id, PredictionSide::Success, 50));
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().unclaimed, 3);
		for who in [21, 22, 23] {
			assert_eq!(held(HoldReason::PredictionDeposit, who), PREDICTION_DEPOSIT);
		}
		System::set_block_number(4);
		// Fee 10 % of 50 = 5 (3 to witness 7, 2 to the athlete): 45 left for the winners.
		approve(request, 5_000);
		let pool = PredictionPools::<Test>::get(id).unwrap();
		assert_eq!(pool.settled_at, Some(4));
		// Winner 21 claims itself during the claim period: stake, winnings, deposit.
		let before = free(21);
		assert_ok!(Performance::claim_prediction(signed(21), id));
		// 100 + ⌊45 × 100 / 150⌋ = 130.
		assert_eq!(
			last_event(),
			Event::PredictionClaimed {
				performance: id,
				who: 21,
				amount: 130,
				deposit: PREDICTION_DEPOSIT
			}
		);
		assert_eq!(free(21), before + 130 + PREDICTION_DEPOSIT);
		assert_eq!(held(HoldReason::PredictionDeposit, 21), 0);

		// The others never claim. Not before `ClaimPeriod` has passed since the settlement.
		System::set_block_number(4 + claim_period() - 1);
		assert_noop!(Performance::reap_prediction(signed(9), id, 22), Error::<Test>::TooEarly);
		System::set_block_number(4 + claim_period());
		// A stranger reaps the loser: nothing to pay, its deposit goes back to it.
		let (loser, winner, reaper) = (free(22), free(23), free(9));
		assert_ok!(Performance::reap_prediction(signed(9), id, 22));
		assert_eq!(
			last_event(),
			Event::PredictionReaped {
				performance: id,
				staker: 22,
				amount: 0,
				deposit: PREDICTION_DEPOSIT
			}
		);
		assert_eq!(free(22), loser + PREDICTION_DEPOSIT);
		assert_eq!(held(HoldReason::PredictionDeposit, 22), 0);
		assert!(Predictions::<Test>::get(id, 22).is_none());
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().unclaimed, 1);
		// The last winner's payout is pushed: its stake and the rest of the winnings.
		assert_ok!(Performance::reap_prediction(signed(9), id, 23));
		assert_eq!(
			last_event(),
			Event::PredictionReaped {
				performance: id,
				staker: 23,
				amount: 50 + 45 - 30,
				deposit: PREDICTION_DEPOSIT
			}
		);
		assert_eq!(free(23), winner + 65 + PREDICTION_DEPOSIT);
		// The reaper neither paid nor earned anything (calls here pay no fees).
		assert_eq!(free(9), reaper);
		// The pool went with its last entry; the pot holds nothing for it.
		assert!(PredictionPools::<Test>::get(id).is_none());
		assert!(Predictions::<Test>::iter_prefix(id).next().is_none());
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
		assert_eq!(130 + 65 + 5, 100 + 50 + 50);
	});
}

#[test]
fn reap_prediction_refunds_a_refunded_pool() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 40));
		crate::tests::inconclusive(request);
		System::set_block_number(1 + claim_period());
		let before = (free(21), free(22));
		assert_ok!(Performance::reap_prediction(signed(9), id, 21));
		assert_ok!(Performance::reap_prediction(signed(9), id, 22));
		assert_eq!(
			(free(21), free(22)),
			(before.0 + 100 + PREDICTION_DEPOSIT, before.1 + 40 + PREDICTION_DEPOSIT)
		);
		assert!(PredictionPools::<Test>::get(id).is_none());
	});
}

#[test]
fn reap_prediction_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::reap_prediction(signed(9), 0, 21), Error::<Test>::NoPrediction);
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_noop!(Performance::reap_prediction(RuntimeOrigin::none(), id, 21), BadOrigin);
		// Pending: the pool is not settled.
		System::set_block_number(1 + claim_period());
		assert_noop!(Performance::reap_prediction(signed(9), id, 21), Error::<Test>::NotSettled);
		// No entry of this account.
		assert_noop!(Performance::reap_prediction(signed(9), id, 22), Error::<Test>::NoPrediction);
		approve(request, 5_000);
		assert_noop!(Performance::reap_prediction(signed(9), id, 21), Error::<Test>::TooEarly);
		System::set_block_number(1 + 2 * claim_period());
		assert_ok!(Performance::reap_prediction(signed(9), id, 21));
		// Gone: neither reaped nor claimed again.
		assert_noop!(Performance::reap_prediction(signed(9), id, 21), Error::<Test>::NoPrediction);
		assert_noop!(Performance::claim_prediction(signed(21), id), Error::<Test>::NoPrediction);
	});
}

/// Attack 7 of issue 10, the stakers' part: a pool took at most `MaxPredictions` stakers (1,000
/// in the runtime, 4 in this mock), so anyone could fill a pool with minimum stakes and keep
/// everyone else out. Each entry now holds its own deposit and nothing iterates the entries:
/// 2,000 stakers join, and the 2,001st, a real fan, too.
#[test]
fn attack_7_two_thousand_stakers_join_a_pool() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		for who in 1_000..3_000 {
			endow(who, 100);
			assert_ok!(Performance::predict(signed(who), id, PredictionSide::Failure, 10));
		}
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 1_000));
		let pool = PredictionPools::<Test>::get(id).unwrap();
		assert_eq!((pool.unclaimed, pool.failure_stakers, pool.success_stakers), (2_001, 2_000, 1));
		// The outcome settles in O(1): running totals, no iteration over the entries.
		let weight = approve(request, 5_000);
		assert_eq!(weight, <() as crate::weights::WeightInfo>::on_outcome_verified(1));
		// The fan takes its stake and the losing side less the fee.
		let before = free(21);
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_eq!(free(21), before + 1_000 + 20_000 - 2_000 + PREDICTION_DEPOSIT);
	});
}

// ---------------------------------------------------------------------------------------------
// Competitions and their funders: deposits until reaped
// ---------------------------------------------------------------------------------------------

/// `RefundPeriod` of the mock.
fn refund_period() -> u64 {
	<Test as crate::Config>::RefundPeriod::get()
}

/// A Local competition of `HACKY` by organizer 30 from block 1 to 20, funded by `funds`
/// (`(funder, amount)`) and closed at block 21 with nobody ranked (everything refundable).
fn closed_competition(funds: &[(u64, u64)]) -> u64 {
	let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
	for (who, amount) in funds {
		assert_ok!(Performance::fund_competition(signed(*who), id, *amount));
	}
	System::set_block_number(21);
	assert_ok!(Performance::close_competition(signed(9), id));
	id
}

#[test]
fn reap_competition_removes_it_once_every_funder_is_refunded() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		assert_ok!(Performance::fund_competition(signed(2), id, 300));
		let (perf, request) = submit(1, crate::tests::linked(1, id));
		approve(request, 5_000);
		assert_eq!(CompetitionRankings::<Test>::get(id).len(), 1);
		System::set_block_number(21);
		assert_ok!(Performance::close_competition(signed(9), id));
		// Closed, but the organizer's deposit is still held: a funder is left.
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
		assert_noop!(Performance::reap_competition(signed(9), id), Error::<Test>::FundersLeft);
		// The winner took the whole pool: the funder gets nothing but its deposit back.
		assert_ok!(Performance::claim_refund(signed(2), id));
		assert_eq!(
			last_event(),
			Event::RefundClaimed { competition: id, funder: 2, amount: 0, deposit: FUNDER_DEPOSIT }
		);
		assert_eq!(held(HoldReason::FunderDeposit, 2), 0);

		let organizer = free(30);
		assert_ok!(Performance::reap_competition(signed(9), id));
		assert_eq!(last_event(), Event::CompetitionReaped { id, organizer: 30, deposit: 200 });
		assert!(!Competitions::<Test>::contains_key(id));
		assert!(!CompetitionRankings::<Test>::contains_key(id));
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 0);
		assert_eq!(free(30), organizer + 200);
		// The linked performance stays verified, its Nostr export without the competition.
		assert_eq!(status_of(perf), PerformanceStatus::Verified { score: 5_000 });
		assert_noop!(
			Performance::reap_competition(signed(9), id),
			Error::<Test>::UnknownCompetition
		);
	});
}

#[test]
fn reap_competition_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::reap_competition(signed(9), 0),
			Error::<Test>::UnknownCompetition
		);
		let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		assert_noop!(Performance::reap_competition(RuntimeOrigin::none(), id), BadOrigin);
		assert_noop!(
			Performance::reap_competition(signed(9), id),
			Error::<Test>::CompetitionNotClosed
		);
		assert_ok!(Performance::fund_competition(signed(2), id, 50));
		System::set_block_number(21 + refund_period());
		assert_ok!(Performance::close_competition(signed(9), id));
		// Even long after the closing, not while a funder is left.
		System::set_block_number(21 + 3 * refund_period());
		assert_noop!(Performance::reap_competition(signed(9), id), Error::<Test>::FundersLeft);
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
	});
}

#[test]
fn reap_funders_pushes_refunds_after_the_refund_period() {
	ExtBuilder::build_and_execute(|| {
		let funds = [(2, 300), (3, 500), (4, 70)];
		let id = closed_competition(&funds);
		let before: Vec<u64> = funds.iter().map(|(who, _)| free(*who)).collect();
		System::set_block_number(21 + refund_period() - 1);
		assert_noop!(Performance::reap_funders(signed(9), id, 3), Error::<Test>::TooEarly);
		System::set_block_number(21 + refund_period());
		// Two of three (in the map's order); the weight is refunded down to them.
		System::reset_events();
		let info = Performance::reap_funders(signed(9), id, 2).unwrap();
		assert_eq!(info.actual_weight, Some(<() as crate::weights::WeightInfo>::reap_funders(2)));
		let reaped: Vec<(u64, u64, u64)> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::RefundReaped { competition, funder, amount, deposit }
					if competition == id =>
				{
					Some((funder, amount, deposit))
				},
				_ => None,
			})
			.collect();
		assert_eq!(reaped.len(), 2);
		assert_noop!(Performance::reap_competition(signed(9), id), Error::<Test>::FundersLeft);
		// The rest: asking for more than are left is fine.
		let info = Performance::reap_funders(signed(9), id, 10).unwrap();
		assert_eq!(info.actual_weight, Some(<() as crate::weights::WeightInfo>::reap_funders(1)));
		assert_noop!(Performance::reap_funders(signed(9), id, 10), Error::<Test>::NoFundersLeft);
		// Nobody was ranked: each funder got exactly its contribution and its deposit back.
		for ((who, amount), before) in funds.iter().zip(before) {
			assert_eq!(free(*who), before + amount + FUNDER_DEPOSIT, "funder {who}");
			assert_eq!(held(HoldReason::FunderDeposit, *who), 0);
			assert!(has_event_of(Event::RefundReaped {
				competition: id,
				funder: *who,
				amount: *amount,
				deposit: FUNDER_DEPOSIT
			}));
		}
		assert_eq!(held(HoldReason::PrizePool, pot()), 0);
		assert!(CompetitionFunds::<Test>::iter_prefix(id).next().is_none());
		// Now the competition goes.
		assert_ok!(Performance::reap_competition(signed(9), id));
	});
}

fn has_event_of(event: Event<Test>) -> bool {
	crate::tests::has_event(event)
}

#[test]
fn reap_funders_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::reap_funders(signed(9), 0, 1), Error::<Test>::UnknownCompetition);
		let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		assert_ok!(Performance::fund_competition(signed(2), id, 50));
		assert_noop!(
			Performance::reap_funders(signed(9), id, 1),
			Error::<Test>::CompetitionNotClosed
		);
		System::set_block_number(21);
		assert_ok!(Performance::close_competition(signed(9), id));
		assert_noop!(Performance::reap_funders(RuntimeOrigin::none(), id, 1), BadOrigin);
		assert_noop!(Performance::reap_funders(signed(9), id, 1), Error::<Test>::TooEarly);
		System::set_block_number(21 + refund_period());
		// Zero funders asked for: nothing happens.
		assert_ok!(Performance::reap_funders(signed(9), id, 0));
		assert_eq!(CompetitionFunds::<Test>::iter_prefix(id).count(), 1);
		// The funder claims itself after the period too; then nobody is left.
		assert_ok!(Performance::claim_refund(signed(2), id));
		assert_noop!(Performance::reap_funders(signed(9), id, 1), Error::<Test>::NoFundersLeft);
	});
}

/// Attack 7 of issue 10, the funders' part: a competition took at most `MaxFunders` funders
/// (128 in the runtime, 3 in this mock), so anyone could fill it with minimum fundings and
/// keep sponsors out. Each entry now holds its own deposit and nothing iterates the funders
/// at closing: 2,000 join, a real sponsor too, and after `RefundPeriod` their refunds are
/// pushed in batches.
#[test]
fn attack_7_two_thousand_funders_join_a_competition() {
	ExtBuilder::build_and_execute(|| {
		let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		for who in 1_000..3_000 {
			endow(who, 100);
			assert_ok!(Performance::fund_competition(signed(who), id, 10));
		}
		assert_ok!(Performance::fund_competition(signed(2), id, 50_000));
		let competition = Competitions::<Test>::get(id).unwrap();
		assert_eq!((competition.funders, competition.pool), (2_001, 70_000));
		// Closing pays the ranks only: its weight does not grow with the funders.
		System::set_block_number(21);
		assert_ok!(Performance::close_competition(signed(9), id));
		System::set_block_number(21 + refund_period());
		for _ in 0..3 {
			assert_ok!(Performance::reap_funders(signed(9), id, 1_000));
		}
		assert!(CompetitionFunds::<Test>::iter_prefix(id).next().is_none());
		// Each got its funding and its deposit back (the first also seeded the pot).
		assert_eq!((free(1_000), free(1_001), free(2_999)), (100 - ED, 100, 100));
		assert_ok!(Performance::reap_competition(signed(9), id));
	});
}

// ---------------------------------------------------------------------------------------------
// Performances: the deposit is held until the record is reaped
// ---------------------------------------------------------------------------------------------

/// `ReapDelay` of the mock.
fn reap_delay() -> u64 {
	<Test as crate::Config>::ReapDelay::get()
}

#[test]
fn rejected_and_inconclusive_performances_are_reaped_after_the_delay() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		System::set_block_number(3);
		let (rejected, request) = crate::tests::submit_by(2, 1, input(9_000));
		System::set_block_number(5);
		crate::tests::reject(request);
		let perf = Performances::<Test>::get(rejected).unwrap();
		// 20 % slashed at the outcome; the rest held from the delegate with the record.
		assert_eq!((perf.deposit, perf.settled_at), (40, Some(5)));
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 40);
		let (inconclusive, request) = submit(1, input(1));
		crate::tests::inconclusive(request);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);

		System::set_block_number(5 + reap_delay() - 1);
		assert_noop!(Performance::reap_performance(signed(9), rejected), Error::<Test>::TooEarly);
		System::set_block_number(5 + reap_delay());
		// A stranger reaps both: the records go, the deposits return to their submitters.
		let (delegate, athlete, reaper) = (free(2), free(1), free(9));
		assert_ok!(Performance::reap_performance(signed(9), rejected));
		assert_eq!(
			last_event(),
			Event::PerformanceReaped { id: rejected, submitter: 2, deposit: 40 }
		);
		assert_ok!(Performance::reap_performance(signed(9), inconclusive));
		assert_eq!(
			last_event(),
			Event::PerformanceReaped { id: inconclusive, submitter: 1, deposit: 50 }
		);
		assert_eq!((free(2), free(1), free(9)), (delegate + 40, athlete + 50, reaper));
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 0);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
		assert!(Performances::<Test>::iter().next().is_none());
		// In all, the delegate lost exactly the slash.
		assert_eq!(free(2), 1_000_000 - 10);
		assert!(Performance::performance_view(rejected).is_none());
	});
}

#[test]
fn performances_of_an_athlete_that_left_are_reaped_unless_listed() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::create_challenge(
			signed(40),
			criteria(1_000, 0, Level::Local, 100, 1),
			100
		));
		let on_board = crate::tests::verified(1, input(1), 5_000);
		assert!(ChallengeEligibility::<Test>::contains_key(on_board));
		let (rejected, request) = submit(1, input(1));
		crate::tests::reject(request);
		let id = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		let mut sprint = crate::tests::linked(1, id);
		sprint.sport = sport(SPRINT);
		// A sprint competition needs a sprint event: create one.
		let cup = {
			assert_ok!(Performance::create_competition(
				signed(31),
				name(b"Sprint Cup"),
				sport(SPRINT),
				Level::Local,
				location(),
				1,
				20,
				prizes(&[100])
			));
			crate::pallet::NextCompetitionId::<Test>::get() - 1
		};
		sprint.competition = Some(cup);
		let (ranked, request) = submit(1, sprint);
		approve(request, 3_000);
		// Registered: a verified performance is a career record, never reaped.
		assert_noop!(
			Performance::reap_performance(signed(9), on_board),
			Error::<Test>::NotReapable
		);
		assert_ok!(Performance::unregister_athlete(signed(1)));

		// Gone: its rejected performance is reaped at once, without the delay.
		assert_ok!(Performance::reap_performance(signed(9), rejected));
		// Its verified ones while a leaderboard or a competition ranking lists them: no.
		assert_noop!(
			Performance::reap_performance(signed(9), on_board),
			Error::<Test>::StillReferenced
		);
		// The sprint one is off the leaderboard once the sport is retired, but its competition
		// still ranks it; it goes once the competition is reaped.
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(SPRINT)));
		assert_noop!(
			Performance::reap_performance(signed(9), ranked),
			Error::<Test>::StillReferenced
		);
		System::set_block_number(21);
		assert_ok!(Performance::close_competition(signed(9), cup));
		assert_ok!(Performance::reap_competition(signed(9), cup));
		let submitter = free(1);
		assert_ok!(Performance::reap_performance(signed(9), ranked));
		assert_eq!(free(1), submitter + 50);
		// A personal best (an orphan from before storage version 2) lists the other one.
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(HACKY)));
		PersonalBests::<Test>::insert(
			1,
			sport(HACKY),
			crate::PersonalBest { score: 5_000, performance: on_board },
		);
		assert_noop!(
			Performance::reap_performance(signed(9), on_board),
			Error::<Test>::StillReferenced
		);
		assert_ok!(Performance::reap_personal_best(signed(9), 1, sport(HACKY)));
		assert_ok!(Performance::reap_performance(signed(9), on_board));
		// Its challenge eligibility went with it; every deposit is back.
		assert!(!ChallengeEligibility::<Test>::contains_key(on_board));
		assert_noop!(
			Performance::claim_challenge(signed(9), 0, on_board),
			Error::<Test>::UnknownPerformance
		);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
		assert!(Performances::<Test>::iter().next().is_none());
	});
}

#[test]
fn reap_performance_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::reap_performance(signed(9), 0),
			Error::<Test>::UnknownPerformance
		);
		register(1);
		let (id, request) = submit(1, input(1));
		assert_noop!(Performance::reap_performance(RuntimeOrigin::none(), id), BadOrigin);
		// Pending: never.
		assert_noop!(Performance::reap_performance(signed(9), id), Error::<Test>::NotReapable);
		approve(request, 5_000);
		System::set_block_number(1 + 10 * reap_delay());
		// Verified, its athlete registered: never, however late.
		assert_noop!(Performance::reap_performance(signed(9), id), Error::<Test>::NotReapable);
		let (rejected, request) = submit(1, input(1));
		crate::tests::reject(request);
		assert_noop!(Performance::reap_performance(signed(9), rejected), Error::<Test>::TooEarly);
		System::set_block_number(1 + 11 * reap_delay());
		assert_ok!(Performance::reap_performance(signed(9), rejected));
		assert_noop!(
			Performance::reap_performance(signed(9), rejected),
			Error::<Test>::UnknownPerformance
		);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
	});
}

// ---------------------------------------------------------------------------------------------
// Personal bests: removed with their sport, orphans reaped
// ---------------------------------------------------------------------------------------------

#[test]
fn dropping_a_sport_removes_its_personal_best() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let hacky = crate::tests::verified(1, input(1), 5_000);
		let mut run = input(1);
		run.sport = sport(SPRINT);
		crate::tests::verified(1, run, 4_000);
		assert_eq!(PersonalBests::<Test>::iter_prefix(1).count(), 2);
		System::reset_events();
		assert_ok!(Performance::update_profile(signed(1), name(b"A"), sports(&[HACKY]), None));
		assert_eq!(
			events(),
			vec![
				Event::PersonalBestRemoved { athlete: 1, sport: sport(SPRINT) },
				Event::ProfileUpdated { who: 1 },
			]
		);
		assert!(PersonalBests::<Test>::get(1, sport(SPRINT)).is_none());
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(HACKY)),
			Some(crate::PersonalBest { score: 5_000, performance: hacky })
		);
		// Declared again, the sport starts without a personal best.
		assert_ok!(Performance::update_profile(
			signed(1),
			name(b"A"),
			sports(&[HACKY, SPRINT]),
			None
		));
		assert!(PersonalBests::<Test>::get(1, sport(SPRINT)).is_none());
	});
}

#[test]
fn a_performance_of_a_sport_dropped_while_pending_sets_no_personal_best() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let mut run = input(1);
		run.sport = sport(SPRINT);
		let (id, request) = submit(1, run);
		assert_ok!(Performance::update_profile(signed(1), name(b"A"), sports(&[HACKY]), None));
		approve(request, 4_000);
		// Verified and in the history, but no orphan personal best appears.
		assert_eq!(status_of(id), PerformanceStatus::Verified { score: 4_000 });
		assert_eq!(crate::pallet::History::<Test>::get(1).to_vec(), vec![id]);
		assert!(PersonalBests::<Test>::iter_prefix(1).next().is_none());
	});
}

#[test]
fn reap_personal_best_removes_orphans_only() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::reap_personal_best(signed(9), 1, sport(HACKY)),
			Error::<Test>::NoPersonalBest
		);
		register(1);
		let id = crate::tests::verified(1, input(1), 5_000);
		assert_noop!(
			Performance::reap_personal_best(RuntimeOrigin::none(), 1, sport(HACKY)),
			BadOrigin
		);
		// Declared: in use.
		assert_noop!(
			Performance::reap_personal_best(signed(9), 1, sport(HACKY)),
			Error::<Test>::PersonalBestInUse
		);
		// An orphan left by a sport dropped before storage version 2.
		let orphan = crate::PersonalBest { score: 3_000, performance: id };
		PersonalBests::<Test>::insert(1, sport("chess"), orphan);
		assert_ok!(Performance::reap_personal_best(signed(9), 1, sport("chess")));
		assert_eq!(last_event(), Event::PersonalBestRemoved { athlete: 1, sport: sport("chess") });
		assert!(PersonalBests::<Test>::get(1, sport("chess")).is_none());
		// Nothing is returned: the athlete's deposit covered it.
		assert_eq!(held(HoldReason::AthleteDeposit, 1), 100);
		// An orphan of an athlete that left.
		assert_ok!(Performance::unregister_athlete(signed(1)));
		PersonalBests::<Test>::insert(1, sport(HACKY), orphan);
		assert_ok!(Performance::reap_personal_best(signed(9), 1, sport(HACKY)));
		assert_noop!(
			Performance::reap_personal_best(signed(9), 1, sport(HACKY)),
			Error::<Test>::NoPersonalBest
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Attack 6
// ---------------------------------------------------------------------------------------------

/// Attack 6 of issue 10: storage outlived its deposits. A performance's deposit was released at
/// its outcome and the record stayed for ever; a pool stayed until every staker claimed (a loser
/// never does); a closed competition, its ranking and its funds stayed; dropping a sport left
/// its personal best; any slug had a leaderboard. Before this increment every record below
/// survived (`iter().count()` unchanged) and none of these calls existed.
#[test]
fn attack_6_settled_state_is_reaped_with_its_deposit() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));

		// A rejected performance, reaped by a stranger after `ReapDelay`: the record goes and
		// the rest of its deposit returns to its submitter.
		let (rejected, request) = crate::tests::submit_by(2, 1, input(9_000));
		crate::tests::reject(request);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 40);
		System::set_block_number(1 + reap_delay());
		let delegate = free(2);
		assert_ok!(Performance::reap_performance(signed(9), rejected));
		assert!(!Performances::<Test>::contains_key(rejected));
		assert_eq!(free(2), delegate + 40);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 0);

		// A settled pool whose loser never claims: reaping the loser removes its entry, returns
		// its deposit, and the pool goes with its last entry.
		let settled_at = System::block_number();
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 100));
		approve(request, 5_000);
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_eq!(Predictions::<Test>::iter_prefix(id).count(), 1);
		System::set_block_number(settled_at + claim_period());
		let loser = free(22);
		assert_ok!(Performance::reap_prediction(signed(9), id, 22));
		assert_eq!(free(22), loser + PREDICTION_DEPOSIT);
		assert_eq!(PredictionPools::<Test>::iter().count(), 0);
		assert_eq!(Predictions::<Test>::iter().count(), 0);

		// A closed competition: reaping removes it and its ranking, and only then releases the
		// organizer's deposit.
		let start = System::block_number();
		let cup = crate::tests::create_competition(Level::Local, start, start + 10, &[100]);
		assert_ok!(Performance::fund_competition(signed(3), cup, 100));
		let (_, request) = submit(1, crate::tests::linked(1, cup));
		approve(request, 6_000);
		System::set_block_number(start + 11);
		assert_ok!(Performance::close_competition(signed(9), cup));
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
		assert_ok!(Performance::claim_refund(signed(3), cup));
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
		assert_ok!(Performance::reap_competition(signed(9), cup));
		assert_eq!(Competitions::<Test>::iter().count(), 0);
		assert_eq!(CompetitionRankings::<Test>::iter().count(), 0);
		assert_eq!(CompetitionFunds::<Test>::iter().count(), 0);
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 0);

		// Dropping a sport removes its personal best.
		assert!(PersonalBests::<Test>::contains_key(1, sport(HACKY)));
		assert_ok!(Performance::update_profile(signed(1), name(b"A"), sports(&[SPRINT]), None));
		assert_eq!(PersonalBests::<Test>::iter().count(), 0);

		// No leaderboard for an unregistered sport: nothing is submitted in one.
		assert_ok!(Performance::retire_sport(RuntimeOrigin::root(), sport(SPRINT)));
		let mut run = input(1);
		run.sport = sport(SPRINT);
		assert_noop!(
			Performance::submit_performance(signed(1), 1, run, 10),
			Error::<Test>::UnknownSport
		);
		assert!(Leaderboards::<Test>::iter().all(|(s, _, _)| Sports::<Test>::contains_key(s)));
	});
}

// ---------------------------------------------------------------------------------------------
// Migration to storage version 2
// ---------------------------------------------------------------------------------------------

/// Release `amount` held for `reason` from `who`, as version 1 had already done.
fn release(reason: HoldReason, who: u64, amount: u64) {
	use frame_support::traits::{fungible::MutateHold, tokens::Precision};
	assert_ok!(Balances::release(&reason.into(), &who, amount, Precision::Exact));
}

#[test]
fn migration_v1_to_v2_registers_sports_and_makes_settled_records_reapable() {
	use crate::migrations::v2::{
		old, MigrateV1ToV2, OldCompetition, OldCompetitionStatus, OldPerformance, OldPrediction,
		OldPredictionPool,
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::build_and_execute(|| {
		// Version-1 state, built with today's calls and then rewritten in the old layouts,
		// with the deposits version 1 did not hold released.
		for s in ["skate", "chess"] {
			assert_ok!(Performance::register_sport(RuntimeOrigin::root(), sport(s)));
		}
		register(1);
		let verified = crate::tests::verified(1, input(1), 5_000);
		let mut run = input(1);
		run.sport = sport(SPRINT);
		let sprinted = crate::tests::verified(1, run, 4_000);
		let (rejected, request) = submit(1, input(1));
		crate::tests::reject(request);
		let (pending, _) = submit(1, input(1));
		// Sprint now only appears in its leaderboard.
		assert_ok!(Performance::update_profile(signed(1), name(b"A"), sports(&[HACKY]), None));
		let (pooled, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), pooled, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), pooled, PredictionSide::Failure, 50));
		approve(request, 6_000);
		assert_ok!(Performance::predict(signed(23), pending, PredictionSide::Success, 30));
		let closed = crate::tests::create_competition(Level::Local, 1, 20, &[100]);
		assert_ok!(Performance::fund_competition(signed(2), closed, 100));
		assert_ok!(Performance::create_competition(
			signed(31),
			name(b"Skate Jam"),
			sport("skate"),
			Level::Local,
			location(),
			1,
			100,
			prizes(&[100])
		));
		let open = crate::pallet::NextCompetitionId::<Test>::get() - 1;
		assert_ok!(Performance::fund_competition(signed(3), open, 100));
		let mut wanted = criteria(1_000, 0, Level::Local, 100, 1);
		wanted.sport = sport("chess");
		assert_ok!(Performance::create_challenge(signed(40), wanted, 100));
		System::set_block_number(21);
		assert_ok!(Performance::close_competition(signed(9), closed));

		for (id, perf) in Performances::<Test>::iter().collect::<Vec<_>>() {
			// Version 1 released a settled performance's deposit at its outcome.
			let settled = perf.settled_at.is_some();
			if settled {
				release(HoldReason::PerformanceDeposit, perf.submitter, perf.deposit);
			}
			old::Performances::<Test>::insert(
				id,
				OldPerformance {
					athlete: perf.athlete,
					submitter: perf.submitter,
					level: perf.level,
					event: perf.event,
					witnesses: perf.witnesses,
					deposit: if settled { 0 } else { perf.deposit },
					submitted_at: perf.submitted_at,
					created_at: perf.created_at,
					status: perf.status,
				},
			);
		}
		for (id, pool) in PredictionPools::<Test>::iter().collect::<Vec<_>>() {
			old::PredictionPools::<Test>::insert(
				id,
				OldPredictionPool {
					lock_at: pool.lock_at,
					success: pool.success,
					failure: pool.failure,
					success_stakers: pool.success_stakers,
					failure_stakers: pool.failure_stakers,
					unclaimed: pool.unclaimed,
					held: pool.held,
					fee_paid: pool.fee_paid,
					settlement: pool.settlement,
				},
			);
		}
		for (id, who, stake) in Predictions::<Test>::iter().collect::<Vec<_>>() {
			release(HoldReason::PredictionDeposit, who, stake.deposit);
			old::Predictions::<Test>::insert(
				id,
				who,
				OldPrediction { side: stake.side, amount: stake.amount },
			);
		}
		for (id, c) in Competitions::<Test>::iter().collect::<Vec<_>>() {
			let status = match c.status {
				crate::CompetitionStatus::Open => OldCompetitionStatus::Open,
				crate::CompetitionStatus::Closed {
					paid,
					refundable,
					refunded,
					funders_left,
					..
				} => {
					// Version 1 released the organizer's deposit at closing.
					release(HoldReason::CompetitionDeposit, c.organizer, c.deposit);
					OldCompetitionStatus::Closed { paid, refundable, refunded, funders_left }
				},
			};
			let deposit = if matches!(status, OldCompetitionStatus::Open) { c.deposit } else { 0 };
			old::Competitions::<Test>::insert(
				id,
				OldCompetition {
					organizer: c.organizer,
					name: c.name,
					sport: c.sport,
					level: c.level,
					location: c.location,
					start: c.start,
					end: c.end,
					prizes: c.prizes,
					deposit,
					pool: c.pool,
					funders: c.funders,
					pending: c.pending,
					status,
				},
			);
		}
		for (id, who, fund) in CompetitionFunds::<Test>::iter().collect::<Vec<_>>() {
			release(HoldReason::FunderDeposit, who, fund.deposit);
			old::CompetitionFunds::<Test>::insert(id, who, fund.amount);
		}
		// Version 1 had no registry.
		let _ = Sports::<Test>::clear(u32::MAX, None);
		StorageVersion::new(1).put::<Performance>();

		System::set_block_number(30);
		#[cfg(feature = "try-runtime")]
		let state = <MigrateV1ToV2<Test> as OnRuntimeUpgrade>::pre_upgrade().unwrap();
		let weight = MigrateV1ToV2::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		<MigrateV1ToV2<Test> as OnRuntimeUpgrade>::post_upgrade(state).unwrap();

		assert_eq!(Performance::on_chain_storage_version(), StorageVersion::new(2));
		// 5 performances, 2 pools, 3 stakes, 2 competitions, 2 funders written; the sports.
		let db = <<Test as frame_system::Config>::DbWeight as Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get();
		assert!(weight.all_gte(db.reads_writes(14, 14 + 4)));
		// Every sport in use, and only those, registered to root without a deposit: profiles
		// (hackysack), a leaderboard (sprint), a competition (skate), a challenge (chess).
		let mut registered: Vec<_> = Sports::<Test>::iter().collect();
		registered.sort_by(|a, b| a.0.cmp(&b.0));
		let none = SportInfo { registrant: None, deposit: 0 };
		assert_eq!(
			registered,
			vec![
				(sport("chess"), none.clone()),
				(sport(HACKY), none.clone()),
				(sport("skate"), none.clone()),
				(sport(SPRINT), none.clone()),
			]
		);
		// Settled performances keep their zero legacy deposit and are settled at the upgrade;
		// the pending one keeps its held deposit.
		for id in [verified, sprinted, rejected, pooled] {
			let perf = Performances::<Test>::get(id).unwrap();
			assert_eq!((perf.deposit, perf.settled_at), (0, Some(30)), "performance {id}");
		}
		let perf = Performances::<Test>::get(pending).unwrap();
		assert_eq!((perf.deposit, perf.settled_at), (50, None));
		assert_eq!(PredictionPools::<Test>::get(pooled).unwrap().settled_at, Some(30));
		assert_eq!(PredictionPools::<Test>::get(pending).unwrap().settled_at, None);
		assert!(Predictions::<Test>::iter().all(|(_, _, stake)| stake.deposit == 0));
		assert!(CompetitionFunds::<Test>::iter().all(|(_, _, fund)| fund.deposit == 0));
		assert!(matches!(
			Competitions::<Test>::get(closed).unwrap().status,
			crate::CompetitionStatus::Closed { closed_at: 30, .. }
		));
		assert_eq!(Competitions::<Test>::get(closed).unwrap().deposit, 0);
		assert_eq!(Competitions::<Test>::get(open).unwrap().deposit, 200);

		// The legacy records are reapable like new ones (and return their zero deposits).
		assert_ok!(Performance::claim_prediction(signed(21), pooled));
		System::set_block_number(30 + reap_delay());
		assert_ok!(Performance::reap_performance(signed(9), rejected));
		assert_eq!(
			last_event(),
			Event::PerformanceReaped { id: rejected, submitter: 1, deposit: 0 }
		);
		System::set_block_number(30 + claim_period().max(refund_period()));
		assert_ok!(Performance::reap_prediction(signed(9), pooled, 22));
		assert!(PredictionPools::<Test>::get(pooled).is_none());
		let funder = free(2);
		assert_ok!(Performance::reap_funders(signed(9), closed, 10));
		assert_eq!(free(2), funder + 100);
		assert_ok!(Performance::reap_competition(signed(9), closed));
		assert_eq!(
			last_event(),
			Event::CompetitionReaped { id: closed, organizer: 30, deposit: 0 }
		);
		// The pending performance settles under the new rules: its deposit stays held.
		approve(crate::tests::request_of(pending), 5_000);
		assert_eq!(Performances::<Test>::get(pending).unwrap().deposit, 50);
		// A second run does nothing but read the version.
		assert_eq!(MigrateV1ToV2::<Test>::on_runtime_upgrade(), db.reads(1));
	});
}
