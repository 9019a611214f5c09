//! Unit tests of storage paid while it lives (increment J of issue 10): the sport registry,
//! the deposits held by funders, stakers and performances until their records go, and the
//! permissionless calls that reap settled records. Every test runs through
//! `ExtBuilder::build_and_execute`, which checks `do_try_state()` after the test body.

use crate::{
	mock::*,
	pallet::{Leaderboards, Sports},
	tests::{
		approve, criteria, events, free, held, input, last_event, location, name, prizes, register,
		signed, sport, sports, submit, HACKY, SPRINT,
	},
	Error, Event, Level, PerformanceStatus, RankEntry, SportInfo,
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{traits::BadOrigin, TokenError};

/// `SportDeposit` of the mock.
const SPORT_DEPOSIT: u64 = 500;

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
		assert_eq!(held(crate::HoldReason::SportDeposit, 3), SPORT_DEPOSIT);
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

		System::reset_events();
		assert_ok!(Performance::retire_sport(signed(3), sport("chess")));
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
		assert_eq!(held(crate::HoldReason::SportDeposit, 3), 0);
		assert_eq!(free(3), 1_000_000);
		// The performance and the athlete's personal best stay: they are the athlete's.
		assert_eq!(status_of(id), PerformanceStatus::Verified { score: 5_000 });
		assert!(crate::pallet::PersonalBests::<Test>::contains_key(1, sport("chess")));

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
	crate::pallet::Performances::<Test>::get(id).unwrap().status
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
		assert_eq!(held(crate::HoldReason::SportDeposit, 3), SPORT_DEPOSIT);
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
