//! Unit tests of the performance pallet. Every test runs through
//! `ExtBuilder::build_and_execute`, which checks `do_try_state()` after the test body.

use crate::{
	mock::*,
	pallet::{
		Accreditations, Athletes, ChallengeEligibility, Challenges, CompetitionFunds,
		CompetitionRankings, Competitions, HoldReason, Leaderboards, NextCompetitionId,
		NextPerformanceId, Performances, PersonalBests, PredictionPools, Predictions,
		RequestPerformance,
	},
	weights::WeightInfo,
	ChallengeCriteria, CompetitionStatus, Coordinates, Error, Event, Level, Location, Metrics,
	NameOf, PerformanceId, PerformanceInput, PerformanceInputOf, PerformanceStatus, PersonalBest,
	PredictionSide, RankEntry, RequestId, Settlement, SportOf, SportsOf, TagsOf,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Get, Hooks},
	weights::Weight,
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{traits::BadOrigin, DispatchError, Perbill, TokenError};
use verification_primitives::{
	Decision as Verdict, PanelPolicy, Resolution, ScoreRange, VerificationMode,
};

pub(crate) const HACKY: &str = "hackysack";
pub(crate) const SPRINT: &str = "sprint";
const EVIDENCE: &[u8] = b"bafy-evidence";

pub(crate) fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub(crate) fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(bytes.to_vec()).unwrap()
}

pub(crate) fn sport(s: &str) -> SportOf<Test> {
	bounded(s.as_bytes())
}

pub(crate) fn name(s: &[u8]) -> NameOf<Test> {
	bounded(s)
}

pub(crate) fn sports(list: &[&str]) -> SportsOf<Test> {
	BoundedVec::try_from(list.iter().map(|s| sport(s)).collect::<Vec<_>>()).unwrap()
}

pub(crate) fn tags(list: &[&str]) -> TagsOf<Test> {
	BoundedVec::try_from(list.iter().map(|t| bounded(t.as_bytes())).collect::<Vec<_>>()).unwrap()
}

pub(crate) fn register(who: u64) {
	assert_ok!(Performance::register_athlete(
		signed(who),
		name(b"Athlete"),
		sports(&[HACKY, SPRINT]),
		None
	));
}

pub(crate) fn input(score: u32) -> PerformanceInputOf<Test> {
	PerformanceInput {
		sport: sport(HACKY),
		metrics: Metrics { score, difficulty: 5_000, execution: 7_000 },
		location: None,
		competition: None,
		evidence: bounded(EVIDENCE),
		related: None,
		tags: tags(&[]),
	}
}

pub(crate) fn linked(score: u32, competition: u64) -> PerformanceInputOf<Test> {
	PerformanceInput { competition: Some(competition), ..input(score) }
}

/// Submit `event` for `athlete` by `who` with reward 10 (the mock draws [`MOCK_PANEL`]).
pub(crate) fn submit_by(
	who: u64,
	athlete: u64,
	event: PerformanceInputOf<Test>,
) -> (PerformanceId, RequestId) {
	assert_ok!(Performance::submit_performance(signed(who), athlete, event, 10));
	let id = NextPerformanceId::<Test>::get() - 1;
	(id, request_of(id))
}

pub(crate) fn submit(athlete: u64, event: PerformanceInputOf<Test>) -> (PerformanceId, RequestId) {
	submit_by(athlete, athlete, event)
}

pub(crate) fn request_of(id: PerformanceId) -> RequestId {
	match Performances::<Test>::get(id).unwrap().status {
		PerformanceStatus::Pending { request } => request,
		status => panic!("performance {id} is {status:?}"),
	}
}

pub(crate) fn approve(request: RequestId, score: u32) -> Weight {
	report(request, &outcome(Verdict::Approved, Some(score), vec![participant(7, 300, true, true)]))
}

pub(crate) fn reject(request: RequestId) -> Weight {
	report(request, &outcome(Verdict::Rejected, None, vec![participant(7, 300, false, true)]))
}

pub(crate) fn inconclusive(request: RequestId) -> Weight {
	report(request, &outcome(Verdict::Inconclusive, None, vec![]))
}

/// Register `athlete`, submit a performance claiming `score` and verify it with `score`.
pub(crate) fn verified(athlete: u64, event: PerformanceInputOf<Test>, score: u32) -> PerformanceId {
	let (id, request) = submit(athlete, event);
	approve(request, score);
	id
}

pub(crate) fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

pub(crate) fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

pub(crate) fn pot() -> u64 {
	Performance::pot_account()
}

pub(crate) fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Performance(e) => Some(e),
			_ => None,
		})
		.collect()
}

pub(crate) fn last_event() -> Event<Test> {
	events().pop().unwrap()
}

pub(crate) fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

pub(crate) fn status(id: PerformanceId) -> PerformanceStatus {
	Performances::<Test>::get(id).unwrap().status
}

pub(crate) fn location() -> Location<BoundedVec<u8, frame_support::traits::ConstU32<32>>> {
	Location {
		coordinates: Coordinates { lat: 48_858_370, lon: 2_294_481 },
		venue: bounded(b"Park"),
	}
}

pub(crate) fn prizes(list: &[u32]) -> BoundedVec<Perbill, frame_support::traits::ConstU32<3>> {
	BoundedVec::try_from(list.iter().map(|p| Perbill::from_percent(*p)).collect::<Vec<_>>())
		.unwrap()
}

/// Create a competition of `HACKY` at `level` running from `start` to `end` by organizer 30,
/// accredited for `level` first when it is above `Local`.
pub(crate) fn create_competition(level: Level, start: u64, end: u64, table: &[u32]) -> u64 {
	if level > Level::Local {
		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 30, level));
	}
	assert_ok!(Performance::create_competition(
		signed(30),
		name(b"Hacky Cup"),
		sport(HACKY),
		level,
		location(),
		start,
		end,
		prizes(table)
	));
	crate::pallet::NextCompetitionId::<Test>::get() - 1
}

pub(crate) fn criteria(
	min_score: u32,
	min_difficulty: u32,
	min_level: Level,
	deadline: u64,
	winners: u32,
) -> Criteria {
	ChallengeCriteria {
		sport: sport(HACKY),
		min_score,
		min_difficulty,
		min_level,
		deadline,
		winners,
	}
}

pub(crate) type Criteria = ChallengeCriteria<SportOf<Test>, u64>;

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

#[test]
fn integrity_test_passes() {
	ExtBuilder::build_and_execute(|| {
		<Performance as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn max_outcome_weight_bounds_every_branch() {
	let max = Performance::max_outcome_weight();
	assert!(max.all_gte(<() as WeightInfo>::on_outcome_verified(4)));
	assert!(max.all_gte(<() as WeightInfo>::on_outcome_rejected(4)));
	assert!(max.all_gte(<() as WeightInfo>::on_outcome_inconclusive()));
}

// ---------------------------------------------------------------------------------------------
// Athletes
// ---------------------------------------------------------------------------------------------

#[test]
fn register_athlete_works() {
	ExtBuilder::build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(Performance::register_athlete(
			signed(1),
			name("Zoë \"Z\"".as_bytes()),
			sports(&[HACKY]),
			Some([9; 32])
		));
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!(profile.name.to_vec(), "Zoë \"Z\"".as_bytes().to_vec());
		assert_eq!(profile.sports, sports(&[HACKY]));
		assert_eq!(profile.level, Level::Local);
		assert_eq!(profile.nostr_key, Some([9; 32]));
		assert!(profile.delegates.is_empty());
		assert_eq!((profile.deposit, profile.verified, profile.pending), (100, 0, 0));
		assert_eq!(profile.registered_at, 3);
		assert_eq!(held(HoldReason::AthleteDeposit, 1), 100);
		assert_eq!(free(1), 1_000_000 - 100);
		assert_eq!(last_event(), Event::AthleteRegistered { who: 1, deposit: 100 });
	});
}

#[test]
fn register_athlete_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_noop!(
			Performance::register_athlete(signed(1), name(b"A"), sports(&[]), None),
			Error::<Test>::AlreadyRegistered
		);
		for bad in [&b""[..], &b"new\nline"[..], &b"del\x7f"[..], &[0xffu8, 0xfe][..]] {
			assert_noop!(
				Performance::register_athlete(signed(2), name(bad), sports(&[]), None),
				Error::<Test>::InvalidName
			);
		}
		for bad in ["", "Hacky", "hacky sack", "hé"] {
			assert_noop!(
				Performance::register_athlete(signed(2), name(b"A"), sports(&[bad]), None),
				Error::<Test>::InvalidSport
			);
		}
		assert_noop!(
			Performance::register_athlete(signed(2), name(b"A"), sports(&[HACKY, HACKY]), None),
			Error::<Test>::DuplicateSport
		);
		// Account 500 has no funds for the deposit.
		assert_noop!(
			Performance::register_athlete(signed(500), name(b"A"), sports(&[]), None),
			TokenError::FundsUnavailable
		);
		assert!(Athletes::<Test>::get(2).is_none());
	});
}

#[test]
fn update_profile_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::update_profile(signed(1), name(b"B"), sports(&[]), None),
			Error::<Test>::NotAthlete
		);
		register(1);
		assert_ok!(Performance::update_profile(
			signed(1),
			name(b"Bea"),
			sports(&[SPRINT]),
			Some([1; 32])
		));
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!(profile.name, name(b"Bea"));
		assert_eq!(profile.sports, sports(&[SPRINT]));
		assert_eq!(profile.nostr_key, Some([1; 32]));
		assert_eq!(held(HoldReason::AthleteDeposit, 1), 100);
		assert_eq!(last_event(), Event::ProfileUpdated { who: 1 });
		assert_noop!(
			Performance::update_profile(signed(1), name(b""), sports(&[]), None),
			Error::<Test>::InvalidName
		);
		assert_noop!(
			Performance::update_profile(signed(1), name(b"B"), sports(&["A"]), None),
			Error::<Test>::InvalidSport
		);
		assert_noop!(
			Performance::update_profile(signed(1), name(b"B"), sports(&[SPRINT, SPRINT]), None),
			Error::<Test>::DuplicateSport
		);
	});
}

#[test]
fn delegates_work_and_fail() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::add_delegate(signed(1), 2), Error::<Test>::NotAthlete);
		assert_noop!(Performance::remove_delegate(signed(1), 2), Error::<Test>::NotAthlete);
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		assert_eq!(last_event(), Event::DelegateAdded { athlete: 1, delegate: 2 });
		assert_noop!(Performance::add_delegate(signed(1), 1), Error::<Test>::SelfDelegate);
		assert_noop!(Performance::add_delegate(signed(1), 2), Error::<Test>::AlreadyDelegate);
		assert_ok!(Performance::add_delegate(signed(1), 3));
		assert_noop!(Performance::add_delegate(signed(1), 4), Error::<Test>::TooManyDelegates);
		assert_eq!(Athletes::<Test>::get(1).unwrap().delegates.to_vec(), vec![2, 3]);
		assert_ok!(Performance::remove_delegate(signed(1), 2));
		assert_eq!(last_event(), Event::DelegateRemoved { athlete: 1, delegate: 2 });
		assert_eq!(Athletes::<Test>::get(1).unwrap().delegates.to_vec(), vec![3]);
		assert_noop!(Performance::remove_delegate(signed(1), 2), Error::<Test>::NotDelegate);
	});
}

#[test]
fn unregister_athlete_works() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		let hacky = verified(1, input(1), 5_000);
		let mut sprint = input(1);
		sprint.sport = sport(SPRINT);
		let run = verified(1, sprint, 3_000);
		let (rejected, request) = submit(1, input(1));
		reject(request);
		assert_eq!(crate::pallet::History::<Test>::get(1).to_vec(), vec![hacky, run]);
		assert_eq!(PersonalBests::<Test>::iter_prefix(1).count(), 2);
		let board = Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec();
		assert_eq!(board, vec![RankEntry { athlete: 1, score: 5_000, performance: hacky }]);
		let free_before = free(1);

		assert_ok!(Performance::unregister_athlete(signed(1)));
		assert_eq!(last_event(), Event::AthleteUnregistered { who: 1, deposit: 100 });
		// Profile (with its delegates), history and personal bests are gone; the deposit is
		// back.
		assert!(Athletes::<Test>::get(1).is_none());
		assert!(!crate::pallet::History::<Test>::contains_key(1));
		assert!(PersonalBests::<Test>::iter_prefix(1).next().is_none());
		assert_eq!(held(HoldReason::AthleteDeposit, 1), 0);
		assert_eq!(free(1), free_before + 100);
		assert!(Performance::athlete_view(&1).is_none());
		// Performances and leaderboard entries stay: they record verified performances.
		assert_eq!(status(hacky), PerformanceStatus::Verified { score: 5_000 });
		assert_eq!(status(run), PerformanceStatus::Verified { score: 3_000 });
		assert_eq!(status(rejected), PerformanceStatus::Rejected);
		assert_eq!(Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec(), board);
		assert_eq!(Leaderboards::<Test>::get(sport(SPRINT), Level::Local).len(), 1);
		// The former delegate can no longer submit for it.
		assert_noop!(
			Performance::submit_performance(signed(2), 1, input(1), 10),
			Error::<Test>::NotAthlete
		);

		// Registering again starts a new career.
		register(1);
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (0, 0, Level::Local));
		assert!(profile.delegates.is_empty());
		assert!(crate::pallet::History::<Test>::get(1).is_empty());
		assert_eq!(free(1), free_before);
	});
}

#[test]
fn unregister_athlete_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::unregister_athlete(signed(1)), Error::<Test>::NotAthlete);
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		// A performance submitted by the delegate is pending.
		let (id, request) = submit_by(2, 1, input(1));
		assert_noop!(
			Performance::unregister_athlete(signed(1)),
			Error::<Test>::PendingPerformances
		);
		// The delegate has no profile of its own to remove.
		assert_noop!(Performance::unregister_athlete(signed(2)), Error::<Test>::NotAthlete);
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 1);
		assert_eq!(held(HoldReason::AthleteDeposit, 1), 100);
		// Once the verification ends, the athlete may leave.
		inconclusive(request);
		assert_ok!(Performance::unregister_athlete(signed(1)));
		assert_eq!(status(id), PerformanceStatus::Inconclusive);
		assert_noop!(Performance::unregister_athlete(signed(1)), Error::<Test>::NotAthlete);
	});
}

// ---------------------------------------------------------------------------------------------
// Submission
// ---------------------------------------------------------------------------------------------

#[test]
fn submit_performance_works() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		System::set_block_number(4);
		set_time(START_TIME + 77);
		let mut event = input(7_000);
		event.location = Some(location());
		event.related = Some([3; 32]);
		event.tags = tags(&["trick"]);
		assert_ok!(Performance::submit_performance(signed(1), 1, event.clone(), 25));
		let perf = Performances::<Test>::get(0).unwrap();
		assert_eq!((perf.athlete, perf.submitter, perf.level), (1, 1, Level::Local));
		assert_eq!(perf.event, event);
		assert!(perf.witnesses.is_empty());
		assert_eq!((perf.deposit, perf.submitted_at, perf.created_at), (50, 4, START_TIME + 77));
		assert_eq!(perf.status, PerformanceStatus::Pending { request: FIRST_REQUEST });
		assert_eq!(RequestPerformance::<Test>::get(FIRST_REQUEST), Some(0));
		assert_eq!(NextPerformanceId::<Test>::get(), 1);
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 1);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);

		let (domain, subject, requester, params) = opened().pop().unwrap();
		assert_eq!((domain, requester), (DOMAIN, 1));
		assert_eq!(subject, Performance::subject_of(0, &1, &event));
		assert_eq!(params.mode, VerificationMode::Panel(PanelPolicy::Drawn { seats: 3 }));
		assert_eq!((params.panel.min_seats, params.panel.min_weight), (2, 0));
		assert_eq!(params.panel.approval_threshold, Perbill::from_percent(50));
		let p = params.panel;
		assert_eq!((p.commit_period, p.reveal_period, p.appeal_period, p.reward), (10, 10, 1, 25));
		assert_eq!(params.score_range, Some(ScoreRange { min: 0, max: 10_000 }));
		// The athlete may not judge its own performance (the requester never does).
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
	});
}

#[test]
fn delegate_submits_and_athlete_and_delegates_are_excluded() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		assert_ok!(Performance::add_delegate(signed(1), 3));
		assert_ok!(Performance::submit_performance(signed(2), 1, input(7_000), 10));
		let perf = Performances::<Test>::get(0).unwrap();
		assert_eq!((perf.athlete, perf.submitter), (1, 2));
		assert!(perf.witnesses.is_empty());
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 50);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
		let (_, _, requester, params) = opened().pop().unwrap();
		assert_eq!(requester, 2);
		// Attack 2 of issue 10: the athlete and every delegate are kept off the drawn panel.
		assert_eq!(params.excluded.to_vec(), vec![1, 2, 3]);
		assert_eq!(params.mode, VerificationMode::Panel(PanelPolicy::Drawn { seats: 3 }));
		// The delegate's deposit stays held while the record lives, and comes back to it when
		// the record is reaped.
		inconclusive(FIRST_REQUEST);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 50);
		System::set_block_number(1 + <<Test as crate::Config>::ReapDelay as Get<u64>>::get());
		assert_ok!(Performance::reap_performance(signed(9), 0));
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 0);
		assert_eq!(free(2), 1_000_000);
	});
}

#[test]
fn submit_performance_fails() {
	ExtBuilder::build_and_execute(|| {
		let submit =
			|who: u64, athlete: u64, event: PerformanceInputOf<Test>, _: &[u64], reward: u64| {
				Performance::submit_performance(signed(who), athlete, event, reward)
			};
		assert_noop!(submit(1, 1, input(1), &[], 10), Error::<Test>::NotAthlete);
		register(1);
		assert_noop!(submit(2, 1, input(1), &[], 10), Error::<Test>::NotAuthorized);
		let mut bad = input(1);
		bad.sport = sport("Hacky");
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidSport);
		let mut bad = input(1);
		bad.sport = sport("chess");
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::SportNotDeclared);
		assert_noop!(submit(1, 1, input(10_001), &[], 10), Error::<Test>::InvalidMetrics);
		let mut bad = input(1);
		bad.metrics.execution = 10_001;
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidMetrics);
		let mut bad = input(1);
		bad.location = Some(Location {
			coordinates: Coordinates { lat: 90_000_001, lon: 0 },
			venue: bounded(b""),
		});
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidCoordinates);
		let mut bad = input(1);
		bad.location = Some(Location {
			coordinates: Coordinates { lat: 0, lon: -180_000_001 },
			venue: bounded(b""),
		});
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidCoordinates);
		let mut bad = input(1);
		bad.location =
			Some(Location { coordinates: Coordinates::default(), venue: bounded(b"a\tb") });
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidVenue);
		let mut bad = input(1);
		bad.evidence = bounded(b"");
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidEvidence);
		let mut bad = input(1);
		bad.evidence = bounded(b"cid\n");
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidEvidence);
		let mut bad = input(1);
		bad.tags = tags(&["ok", "Not ok"]);
		assert_noop!(submit(1, 1, bad, &[], 10), Error::<Test>::InvalidTag);
		assert_noop!(submit(1, 1, input(1), &[], 9), Error::<Test>::RewardTooLow);
		assert_noop!(submit(1, 1, linked(1, 0), &[], 10), Error::<Test>::UnknownCompetition);
		// The verifier's errors abort the submission with nothing held.
		REFUSE.with(|r| *r.borrow_mut() = true);
		assert_noop!(submit(1, 1, input(1), &[], 10), DispatchError::Other("verifier refused"));
		REFUSE.with(|r| *r.borrow_mut() = false);
		// A delegate without funds for the deposit.
		assert_ok!(Performance::add_delegate(signed(1), 500));
		assert_noop!(submit(500, 1, input(1), &[], 10), TokenError::FundsUnavailable);
		assert_eq!(NextPerformanceId::<Test>::get(), 0);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 0);
	});
}

// ---------------------------------------------------------------------------------------------
// Outcomes and careers
// ---------------------------------------------------------------------------------------------

#[test]
fn approved_outcome_verifies_and_records_the_career() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(7_000));
		System::reset_events();
		let weight = report(
			request,
			&outcome(
				Verdict::Approved,
				Some(6_500),
				vec![
					participant(5, 200, true, true),
					participant(6, 500, false, false),
					participant(7, 300, true, true),
				],
			),
		);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(0));
		let perf = Performances::<Test>::get(id).unwrap();
		assert_eq!(perf.status, PerformanceStatus::Verified { score: 6_500 });
		// A drawn panel's outcome: eligible for challenge prizes at the level reached.
		assert_eq!(ChallengeEligibility::<Test>::get(id), Some(Level::Regional));
		// Agreeing witnesses, heaviest first.
		assert_eq!(perf.witnesses.to_vec(), vec![7, 5]);
		// The deposit stays held while the record lives.
		assert_eq!((perf.deposit, perf.settled_at), (50, Some(1)));
		assert!(RequestPerformance::<Test>::get(request).is_none());
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (1, 0, Level::Regional));
		assert_eq!(crate::pallet::History::<Test>::get(1).to_vec(), vec![id]);
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(HACKY)),
			Some(PersonalBest { score: 6_500, performance: id })
		);
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec(),
			vec![RankEntry { athlete: 1, score: 6_500, performance: id }]
		);
		assert_eq!(
			events(),
			vec![
				Event::LevelReached { athlete: 1, level: Level::Regional },
				Event::PersonalBestSet {
					athlete: 1,
					sport: sport(HACKY),
					performance: id,
					score: 6_500
				},
				Event::LeaderboardEntered {
					sport: sport(HACKY),
					level: Level::Local,
					athlete: 1,
					rank: 0
				},
				Event::PerformanceVerified { id, athlete: 1, score: 6_500 },
			]
		);

		// A second report of the same request, or one of another domain, changes nothing.
		System::reset_events();
		let again = report(request, &outcome(Verdict::Rejected, None, vec![]));
		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		assert_eq!(again, db.reads(1));
		let foreign =
			<Performance as verification_primitives::VerificationOutcomeHandler<u64>>::on_outcome(
				*b"claims\0\0",
				H256::zero(),
				request,
				&outcome(Verdict::Rejected, None, vec![]),
			);
		assert_eq!(foreign, Weight::zero());
		assert_eq!(status(id), PerformanceStatus::Verified { score: 6_500 });
		assert!(events().is_empty());
	});
}

#[test]
fn approved_without_score_uses_the_claimed_score() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(4_321));
		report(request, &outcome(Verdict::Approved, None, vec![]));
		assert_eq!(status(id), PerformanceStatus::Verified { score: 4_321 });
		assert!(Performances::<Test>::get(id).unwrap().witnesses.is_empty());
		// A consensus score above the maximum is capped.
		let (id, request) = submit(1, input(1));
		report(request, &outcome(Verdict::Approved, Some(20_000), vec![]));
		assert_eq!(status(id), PerformanceStatus::Verified { score: 10_000 });
	});
}

#[test]
fn rejected_outcome_slashes_part_of_the_deposit() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		let (id, request) = submit_by(2, 1, input(9_000));
		let weight = reject(request);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_rejected(0));
		assert_eq!(status(id), PerformanceStatus::Rejected);
		// 20% of 50 slashed to the slash account; the other 40 stay held from the delegate
		// until the record is reaped.
		assert_eq!(Performances::<Test>::get(id).unwrap().deposit, 40);
		assert_eq!(free(SLASH_ACCOUNT), ED + 10);
		assert_eq!(held(HoldReason::PerformanceDeposit, 2), 40);
		assert_eq!(free(2), 1_000_000 - 50);
		assert_eq!(last_event(), Event::PerformanceRejected { id, athlete: 1, slashed: 10 });
		let profile = Athletes::<Test>::get(1).unwrap();
		assert_eq!((profile.verified, profile.pending, profile.level), (0, 0, Level::Local));
		assert!(crate::pallet::History::<Test>::get(1).is_empty());
		assert!(PersonalBests::<Test>::get(1, sport(HACKY)).is_none());
		assert!(Leaderboards::<Test>::get(sport(HACKY), Level::Local).is_empty());
	});
}

#[test]
fn inconclusive_outcome_keeps_the_deposit_until_reaped() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(9_000));
		let weight = inconclusive(request);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_inconclusive());
		assert_eq!(status(id), PerformanceStatus::Inconclusive);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 50);
		assert_eq!(free(1), 1_000_000 - 100 - 50);
		assert_eq!(last_event(), Event::PerformanceInconclusive { id, athlete: 1 });
		assert_eq!(Athletes::<Test>::get(1).unwrap().pending, 0);
		assert!(crate::pallet::History::<Test>::get(1).is_empty());
	});
}

#[test]
fn history_keeps_the_most_recent() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let ids: Vec<_> = (0..5).map(|i| verified(1, input(1_000), 1_000 + i)).collect();
		assert_eq!(crate::pallet::History::<Test>::get(1).to_vec(), ids[2..].to_vec());
		assert_eq!(Athletes::<Test>::get(1).unwrap().verified, 5);
		let history = Performance::athlete_history(&1);
		assert_eq!(history.iter().map(|p| p.id).collect::<Vec<_>>(), ids[2..].to_vec());
	});
}

#[test]
fn personal_best_only_improves() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let best = verified(1, input(1), 5_000);
		verified(1, input(1), 4_000);
		verified(1, input(1), 5_000);
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(HACKY)),
			Some(PersonalBest { score: 5_000, performance: best })
		);
		let mut sprint = input(1);
		sprint.sport = sport(SPRINT);
		let other = verified(1, sprint, 3_000);
		assert_eq!(
			PersonalBests::<Test>::get(1, sport(SPRINT)),
			Some(PersonalBest { score: 3_000, performance: other })
		);
	});
}

#[test]
fn leaderboards_are_sorted_bounded_and_per_level() {
	ExtBuilder::build_and_execute(|| {
		for who in 1..=5 {
			register(who);
		}
		let a = verified(1, input(1), 5_000);
		let b = verified(2, input(1), 5_500);
		let c = verified(3, input(1), 5_000);
		let d = verified(4, input(1), 4_000);
		let board = || Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec();
		let entry = |athlete, score, performance| RankEntry { athlete, score, performance };
		// Ties rank the earlier performance first; 4 does not fit.
		assert_eq!(board(), vec![entry(2, 5_500, b), entry(1, 5_000, a), entry(3, 5_000, c)]);
		assert!(!board().iter().any(|e| e.performance == d));
		// A better performance of 3 replaces its entry.
		let e = verified(3, input(1), 6_000);
		assert_eq!(board(), vec![entry(3, 6_000, e), entry(2, 5_500, b), entry(1, 5_000, a)]);
		assert_eq!(Performance::leaderboard(HACKY.as_bytes().to_vec(), Level::Local), board());
		// Athlete 3 is now regional: its next performance counts at the regional level.
		assert_eq!(Athletes::<Test>::get(3).unwrap().level, Level::Regional);
		let f = verified(3, input(1), 5_000);
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::Regional).to_vec(),
			vec![entry(3, 5_000, f)]
		);
		assert!(Performance::leaderboard(b"unknown-sport-that-is-too-long".to_vec(), Level::Local)
			.is_empty());
	});
}

#[test]
fn levels_rise_one_step_per_performance() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let level = || Athletes::<Test>::get(1).unwrap().level;
		verified(1, input(1), 5_999);
		assert_eq!(level(), Level::Local);
		verified(1, input(1), 10_000);
		assert_eq!(level(), Level::Regional);
		verified(1, input(1), 7_999);
		assert_eq!(level(), Level::Regional);
		verified(1, input(1), 8_000);
		assert_eq!(level(), Level::National);
		verified(1, input(1), 9_500);
		assert_eq!(level(), Level::International);
		verified(1, input(1), 10_000);
		assert_eq!(level(), Level::International);
		assert_eq!(Performance::next_level(Level::Local, 6_000), Some(Level::Regional));
		assert_eq!(Performance::next_level(Level::International, 10_000), None);
	});
}

// ---------------------------------------------------------------------------------------------
// Competitions and prize pools
// ---------------------------------------------------------------------------------------------

#[test]
fn create_competition_works() {
	ExtBuilder::build_and_execute(|| {
		let id = create_competition(Level::Regional, 5, 50, &[50, 30, 15]);
		let competition = Competitions::<Test>::get(id).unwrap();
		assert_eq!(competition.organizer, 30);
		assert_eq!(competition.name, name(b"Hacky Cup"));
		assert_eq!(
			(competition.level, competition.start, competition.end),
			(Level::Regional, 5, 50)
		);
		assert_eq!(competition.location, location());
		assert_eq!(competition.prizes, prizes(&[50, 30, 15]));
		assert_eq!((competition.deposit, competition.pool, competition.funders), (200, 0, 0));
		assert_eq!(competition.status, CompetitionStatus::Open);
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
		assert_eq!(
			last_event(),
			Event::CompetitionCreated {
				id,
				organizer: 30,
				sport: sport(HACKY),
				level: Level::Regional,
				start: 5,
				end: 50
			}
		);
	});
}

#[test]
fn create_competition_fails() {
	ExtBuilder::build_and_execute(|| {
		System::set_block_number(10);
		let create = |n: &[u8],
		              s: &str,
		              loc: Location<BoundedVec<u8, frame_support::traits::ConstU32<32>>>,
		              start: u64,
		              end: u64,
		              table: &[u32]| {
			Performance::create_competition(
				signed(30),
				name(n),
				sport(s),
				Level::Local,
				loc,
				start,
				end,
				prizes(table),
			)
		};
		assert_noop!(create(b"", HACKY, location(), 10, 20, &[50]), Error::<Test>::InvalidName);
		assert_noop!(create(b"C", "Bad", location(), 10, 20, &[50]), Error::<Test>::InvalidSport);
		let mut bad = location();
		bad.venue = bounded(b"\x00");
		assert_noop!(create(b"C", HACKY, bad, 10, 20, &[50]), Error::<Test>::InvalidVenue);
		let mut bad = location();
		bad.coordinates.lat = -90_000_001;
		assert_noop!(create(b"C", HACKY, bad, 10, 20, &[50]), Error::<Test>::InvalidCoordinates);
		assert_noop!(create(b"C", HACKY, location(), 9, 20, &[50]), Error::<Test>::InvalidSchedule);
		assert_noop!(
			create(b"C", HACKY, location(), 10, 10, &[50]),
			Error::<Test>::InvalidSchedule
		);
		assert_noop!(
			create(b"C", HACKY, location(), 10, 111, &[50]),
			Error::<Test>::InvalidSchedule
		);
		assert_noop!(
			create(b"C", HACKY, location(), 10, 20, &[]),
			Error::<Test>::InvalidPrizeTable
		);
		assert_noop!(
			create(b"C", HACKY, location(), 10, 20, &[60, 30, 11]),
			Error::<Test>::InvalidPrizeTable
		);
		assert_ok!(create(b"C", HACKY, location(), 10, 110, &[60, 30, 10]));
		assert_noop!(
			Performance::create_competition(
				signed(500),
				name(b"C"),
				sport(HACKY),
				Level::Local,
				location(),
				10,
				20,
				prizes(&[50])
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn linked_performances_count_at_the_competition_level() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let id = create_competition(Level::National, 5, 20, &[100]);
		assert_noop!(
			Performance::submit_performance(signed(1), 1, linked(1, id), 10),
			Error::<Test>::CompetitionNotRunning
		);
		System::set_block_number(5);
		let mut other = linked(1, id);
		other.sport = sport(SPRINT);
		assert_noop!(
			Performance::submit_performance(signed(1), 1, other, 10),
			Error::<Test>::SportMismatch
		);
		let (perf, request) = submit(1, linked(1, id));
		assert_eq!(Performances::<Test>::get(perf).unwrap().level, Level::National);
		assert_eq!(Competitions::<Test>::get(id).unwrap().pending, 1);
		assert_eq!(
			last_event(),
			Event::PerformanceSubmitted {
				id: perf,
				athlete: 1,
				submitter: 1,
				request,
				competition: Some(id)
			}
		);
		approve(request, 7_000);
		assert_eq!(Competitions::<Test>::get(id).unwrap().pending, 0);
		assert_eq!(
			CompetitionRankings::<Test>::get(id).to_vec(),
			vec![RankEntry { athlete: 1, score: 7_000, performance: perf }]
		);
		assert_eq!(
			Leaderboards::<Test>::get(sport(HACKY), Level::National).to_vec(),
			vec![RankEntry { athlete: 1, score: 7_000, performance: perf }]
		);
		System::set_block_number(21);
		assert_noop!(
			Performance::submit_performance(signed(1), 1, linked(1, id), 10),
			Error::<Test>::CompetitionNotRunning
		);
		assert_ok!(Performance::close_competition(signed(9), id));
		assert_noop!(
			Performance::submit_performance(signed(1), 1, linked(1, id), 10),
			Error::<Test>::CompetitionClosed
		);
	});
}

#[test]
fn accredit_and_revoke_work_and_fail() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(Performance::accredit(signed(30), 30, Level::National), BadOrigin);
		assert_noop!(
			Performance::accredit(RuntimeOrigin::root(), 30, Level::Local),
			Error::<Test>::LocalNeedsNoAccreditation
		);
		assert_noop!(Performance::revoke_accreditation(signed(30), 30), BadOrigin);
		assert_noop!(
			Performance::revoke_accreditation(RuntimeOrigin::root(), 30),
			Error::<Test>::NotAccredited
		);

		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 30, Level::National));
		assert_eq!(Accreditations::<Test>::get(30), Some(Level::National));
		assert_eq!(
			last_event(),
			Event::OrganizerAccredited { organizer: 30, level: Level::National }
		);
		// Re-accrediting replaces the level, down as well as up.
		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 30, Level::Regional));
		assert_eq!(Accreditations::<Test>::get(30), Some(Level::Regional));

		assert_ok!(Performance::revoke_accreditation(RuntimeOrigin::root(), 30));
		assert_eq!(Accreditations::<Test>::get(30), None);
		assert_eq!(last_event(), Event::AccreditationRevoked { organizer: 30 });
		assert_noop!(
			Performance::revoke_accreditation(RuntimeOrigin::root(), 30),
			Error::<Test>::NotAccredited
		);
	});
}

/// Attack 8 of issue 10: an organizer gave its competition any level, so a local athlete
/// reached the international leaderboard through a competition of its own. Before
/// accreditation this test failed at the first `assert_noop!` (the International competition
/// was created).
#[test]
fn attack_8_unaccredited_competitions_grant_no_level() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let create = |who: u64, level: Level| {
			Performance::create_competition(
				signed(who),
				name(b"Own Cup"),
				sport(HACKY),
				level,
				location(),
				1,
				20,
				prizes(&[100]),
			)
		};
		// The athlete runs its own "International" competition: refused.
		for level in [Level::Regional, Level::National, Level::International] {
			assert_noop!(create(1, level), Error::<Test>::NotAccredited);
		}
		// Local needs no accreditation.
		assert_ok!(create(1, Level::Local));

		// An organizer accredited Regional runs Regional, not National.
		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 30, Level::Regional));
		assert_noop!(create(30, Level::National), Error::<Test>::NotAccredited);
		assert_ok!(create(30, Level::Regional));
		let regional = NextCompetitionId::<Test>::get() - 1;

		// A performance in it, verified after the accreditation was revoked, counts at Local.
		System::set_block_number(2);
		let (perf, request) = submit(1, linked(1, regional));
		assert_eq!(Performances::<Test>::get(perf).unwrap().level, Level::Regional);
		assert_ok!(Performance::revoke_accreditation(RuntimeOrigin::root(), 30));
		approve(request, 7_000);
		assert_eq!(Performances::<Test>::get(perf).unwrap().level, Level::Local);
		let entry = vec![RankEntry { athlete: 1, score: 7_000, performance: perf }];
		assert_eq!(Leaderboards::<Test>::get(sport(HACKY), Level::Local).to_vec(), entry);
		for level in [Level::Regional, Level::National, Level::International] {
			assert!(Leaderboards::<Test>::get(sport(HACKY), level).is_empty());
		}
		// The competition's own ranking still records it.
		assert_eq!(CompetitionRankings::<Test>::get(regional).to_vec(), entry);

		// Accreditation lowered (not revoked) while pending: the performance counts at the
		// accredited level, below the competition's.
		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 31, Level::International));
		assert_ok!(Performance::create_competition(
			signed(31),
			name(b"World Cup"),
			sport(HACKY),
			Level::International,
			location(),
			2,
			20,
			prizes(&[100]),
		));
		let international = NextCompetitionId::<Test>::get() - 1;
		let (perf, request) = submit(1, linked(1, international));
		assert_ok!(Performance::accredit(RuntimeOrigin::root(), 31, Level::National));
		approve(request, 9_000);
		assert_eq!(Performances::<Test>::get(perf).unwrap().level, Level::National);
		assert_eq!(Leaderboards::<Test>::get(sport(HACKY), Level::National).len(), 1);
		assert!(Leaderboards::<Test>::get(sport(HACKY), Level::International).is_empty());
	});
}

#[test]
fn fund_competition_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			Performance::fund_competition(signed(2), 0, 100),
			Error::<Test>::UnknownCompetition
		);
		let id = create_competition(Level::Local, 1, 20, &[100]);
		assert_noop!(Performance::fund_competition(signed(2), id, 9), Error::<Test>::FundingTooLow);
		assert_noop!(
			Performance::fund_competition(signed(500), id, 100),
			TokenError::FundsUnavailable
		);
		// The first funder seeds the pot with the existential deposit.
		assert_ok!(Performance::fund_competition(signed(2), id, 1_000));
		assert!(has_event(Event::PotSeeded { who: 2, amount: ED }));
		assert_eq!(
			last_event(),
			Event::CompetitionFunded { id, funder: 2, amount: 1_000, pool: 1_000 }
		);
		// The funding went to the pot; the entry's deposit is held on the funder.
		assert_eq!(free(2), 1_000_000 - 1_000 - ED - FUNDER_DEPOSIT);
		assert_eq!(free(pot()), ED);
		assert_eq!(held(HoldReason::PrizePool, pot()), 1_000);
		assert_ok!(Performance::fund_competition(signed(2), id, 500));
		assert_ok!(Performance::fund_competition(signed(3), id, 10));
		assert_ok!(Performance::fund_competition(signed(4), id, 10));
		assert_eq!(free(2), 1_000_000 - 1_500 - ED - FUNDER_DEPOSIT);
		// One entry per funder, each holding its deposit once.
		assert_eq!(
			CompetitionFunds::<Test>::get(id, 2),
			Some(crate::Fund { amount: 1_500, deposit: FUNDER_DEPOSIT })
		);
		assert_eq!(held(HoldReason::FunderDeposit, 2), FUNDER_DEPOSIT);
		let competition = Competitions::<Test>::get(id).unwrap();
		assert_eq!((competition.pool, competition.funders), (1_520, 3));
		// Existing funders may add more.
		assert_ok!(Performance::fund_competition(signed(4), id, 10));
		assert_eq!(held(HoldReason::FunderDeposit, 4), FUNDER_DEPOSIT);
		System::set_block_number(21);
		assert_noop!(
			Performance::fund_competition(signed(2), id, 10),
			Error::<Test>::CompetitionEnded
		);
		assert_ok!(Performance::close_competition(signed(9), id));
		assert_noop!(
			Performance::fund_competition(signed(2), id, 10),
			Error::<Test>::CompetitionClosed
		);
		// Nobody was ranked: everything is refundable.
		for who in [2, 3, 4] {
			assert_ok!(Performance::claim_refund(signed(who), id));
		}
		assert_eq!(free(2), 1_000_000 - ED);
		assert_eq!((free(3), free(4)), (1_000_000, 1_000_000));
		assert_eq!(held(HoldReason::PrizePool, pot()), 0);
	});
}

#[test]
fn close_competition_pays_prizes_and_refunds_pro_rata() {
	ExtBuilder::build_and_execute(|| {
		for who in [1, 11, 12] {
			register(who);
		}
		let id = create_competition(Level::Local, 1, 20, &[50, 30, 15]);
		assert_ok!(Performance::fund_competition(signed(2), id, 1_001));
		assert_ok!(Performance::fund_competition(signed(3), id, 2_002));
		assert_ok!(Performance::fund_competition(signed(4), id, 333));
		let (a, ra) = submit(1, linked(1, id));
		let (b, rb) = submit(11, linked(1, id));
		let (_, rc) = submit(12, linked(1, id));
		approve(ra, 8_000);
		approve(rb, 9_000);
		assert_noop!(
			Performance::close_competition(signed(9), id),
			Error::<Test>::CompetitionNotEnded
		);
		System::set_block_number(21);
		assert_noop!(
			Performance::close_competition(signed(9), id),
			Error::<Test>::PendingPerformances
		);
		assert_noop!(Performance::claim_refund(signed(2), id), Error::<Test>::CompetitionNotClosed);
		reject(rc);
		assert_eq!(
			CompetitionRankings::<Test>::get(id).to_vec(),
			vec![
				RankEntry { athlete: 11, score: 9_000, performance: b },
				RankEntry { athlete: 1, score: 8_000, performance: a },
			]
		);
		let (free_1, free_11) = (free(1), free(11));
		System::reset_events();
		assert_ok!(Performance::close_competition(signed(9), id));
		// Pool 3_336: 50% = 1_668 to the winner, 30% = 1_000 (1_000.8 rounded down) to the
		// second; the third prize has nobody to go to: 668 refundable.
		assert_eq!(free(11), free_11 + 1_668);
		assert_eq!(free(1), free_1 + 1_000);
		assert_eq!(
			events(),
			vec![
				Event::PrizePaid { competition: id, rank: 0, athlete: 11, amount: 1_668 },
				Event::PrizePaid { competition: id, rank: 1, athlete: 1, amount: 1_000 },
				Event::CompetitionClosed { id, paid: 2_668, refundable: 668 },
			]
		);
		// The organizer's deposit stays held until the competition is reaped.
		assert_eq!(held(HoldReason::CompetitionDeposit, 30), 200);
		assert_eq!(free(30), 1_000_000 - 200);
		assert_eq!(
			Competitions::<Test>::get(id).unwrap().status,
			CompetitionStatus::Closed {
				paid: 2_668,
				refundable: 668,
				refunded: 0,
				funders_left: 3,
				closed_at: 21
			}
		);
		assert_noop!(
			Performance::close_competition(signed(9), id),
			Error::<Test>::CompetitionClosed
		);
		assert_noop!(Performance::claim_refund(signed(5), id), Error::<Test>::NotFunder);

		// 668 × 1_001 / 3_336 = 200.4, 668 × 2_002 / 3_336 = 400.9; the last funder gets the
		// remaining 68 (66.8 plus the rounding dust).
		let before: Vec<u64> = [2, 3, 4].iter().map(|w| free(*w)).collect();
		assert_ok!(Performance::claim_refund(signed(2), id));
		assert_eq!(
			last_event(),
			Event::RefundClaimed {
				competition: id,
				funder: 2,
				amount: 200,
				deposit: FUNDER_DEPOSIT
			}
		);
		assert_noop!(Performance::claim_refund(signed(2), id), Error::<Test>::NotFunder);
		assert_ok!(Performance::claim_refund(signed(3), id));
		assert_ok!(Performance::claim_refund(signed(4), id));
		let after: Vec<u64> = [2, 3, 4].iter().map(|w| free(*w)).collect();
		// Each refund comes with the entry's deposit.
		let d = FUNDER_DEPOSIT;
		assert_eq!(
			after.iter().zip(before.iter()).map(|(a, b)| a - b).collect::<Vec<_>>(),
			vec![200 + d, 400 + d, 68 + d]
		);
		// Prizes plus refunds are exactly the pool; the pot keeps only its seed.
		assert_eq!(1_668 + 1_000 + 200 + 400 + 68, 1_001 + 2_002 + 333);
		assert_eq!(held(HoldReason::PrizePool, pot()), 0);
		assert_eq!(free(pot()), ED);
		assert_eq!(
			Competitions::<Test>::get(id).unwrap().status,
			CompetitionStatus::Closed {
				paid: 2_668,
				refundable: 668,
				refunded: 668,
				funders_left: 0,
				closed_at: 21
			}
		);
		// With every funder refunded, anyone reaps it: the organizer's deposit comes back.
		assert_ok!(Performance::reap_competition(signed(9), id));
		assert_eq!(free(30), 1_000_000);
		assert_noop!(Performance::claim_refund(signed(2), 7), Error::<Test>::UnknownCompetition);
		assert_noop!(
			Performance::close_competition(signed(9), 7),
			Error::<Test>::UnknownCompetition
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Sponsored challenges: `tests_challenges.rs`
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Prediction pools
// ---------------------------------------------------------------------------------------------

#[test]
fn predict_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::add_delegate(signed(1), 2));
		assert_noop!(
			Performance::predict(signed(21), 0, PredictionSide::Success, 10),
			Error::<Test>::UnknownPerformance
		);
		assert_ok!(Performance::submit_performance(signed(2), 1, input(1), 10));
		// The athlete, the submitter and the members of the drawn panel cannot stake.
		for who in [1, 2, 5, 6, 7] {
			assert_noop!(
				Performance::predict(signed(who), 0, PredictionSide::Success, 10),
				Error::<Test>::NotAllowedToPredict
			);
		}
		assert_noop!(
			Performance::predict(signed(21), 0, PredictionSide::Success, 9),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Performance::predict(signed(500), 0, PredictionSide::Success, 10),
			TokenError::FundsUnavailable
		);
		assert_ok!(Performance::predict(signed(21), 0, PredictionSide::Success, 100));
		assert!(has_event(Event::PotSeeded { who: 21, amount: ED }));
		assert_eq!(
			last_event(),
			Event::Predicted {
				performance: 0,
				who: 21,
				side: PredictionSide::Success,
				amount: 100
			}
		);
		assert_ok!(Performance::predict(signed(21), 0, PredictionSide::Success, 50));
		assert_noop!(
			Performance::predict(signed(21), 0, PredictionSide::Failure, 50),
			Error::<Test>::ConflictingPrediction
		);
		// The stakes went to the pot; the entry's deposit is held once, on the staker.
		assert_eq!(free(21), 1_000_000 - 150 - ED - PREDICTION_DEPOSIT);
		assert_eq!(held(HoldReason::PredictionDeposit, 21), PREDICTION_DEPOSIT);
		assert_eq!(
			Predictions::<Test>::get(0, 21).map(|p| (p.side, p.amount)),
			Some((PredictionSide::Success, 150))
		);
		for who in [22, 23, 24] {
			assert_ok!(Performance::predict(signed(who), 0, PredictionSide::Failure, 10));
		}
		let pool = PredictionPools::<Test>::get(0).unwrap();
		assert_eq!((pool.success, pool.failure, pool.held), (150, 30, 180));
		assert_eq!((pool.success_stakers, pool.failure_stakers, pool.unclaimed), (1, 3, 4));
		assert_eq!(pool.lock_at, 6);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 180);
		assert_noop!(Performance::claim_prediction(signed(21), 0), Error::<Test>::NotSettled);
		assert_noop!(Performance::claim_prediction(signed(25), 0), Error::<Test>::NoPrediction);
		System::set_block_number(6);
		assert_noop!(
			Performance::predict(signed(22), 0, PredictionSide::Failure, 10),
			Error::<Test>::PredictionsLocked
		);
		System::set_block_number(5);
		inconclusive(FIRST_REQUEST);
		assert_noop!(
			Performance::predict(signed(22), 0, PredictionSide::Failure, 10),
			Error::<Test>::NotPending
		);
		// Inconclusive: everyone is refunded.
		for who in [21, 22, 23, 24] {
			assert_ok!(Performance::claim_prediction(signed(who), 0));
		}
		assert_eq!(free(21), 1_000_000 - ED);
		assert_eq!(free(22), 1_000_000);
		assert!(PredictionPools::<Test>::get(0).is_none());
	});
}

/// Attack 1 of issue 10, the value part: outcomes decided by a panel someone chose (a named
/// panel) still record the career but settle no pool (every stake is refunded) and leave the
/// performance unable to claim a challenge prize (no `ChallengeEligibility` entry). Before,
/// any `Approved` paid the sponsor's escrow to the athlete.
#[test]
fn outcomes_of_named_panels_move_no_value() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		assert_ok!(Performance::create_challenge(
			signed(40),
			criteria(1_000, 0, Level::Local, 100, 1),
			100
		));
		let (id, request) = submit(1, input(5_000));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 50));
		let mut named =
			outcome(Verdict::Approved, Some(9_000), vec![participant(8, 10, true, true)]);
		named.resolution = Resolution::NamedPanel;
		report(request, &named);
		assert_eq!(status(id), PerformanceStatus::Verified { score: 9_000 });
		assert_eq!(Athletes::<Test>::get(1).unwrap().verified, 1);
		// Verified, but it can claim no prize: the escrow is intact and nothing was paid.
		assert!(ChallengeEligibility::<Test>::get(id).is_none());
		assert_noop!(
			Performance::claim_challenge(signed(9), 0, id),
			Error::<Test>::OutcomeMovesNoValue
		);
		assert_noop!(
			Performance::claim_challenge(signed(1), 0, id),
			Error::<Test>::OutcomeMovesNoValue
		);
		assert!(!events().iter().any(|e| matches!(e, Event::ChallengePrizePaid { .. })));
		assert_eq!(Challenges::<Test>::get(0).unwrap().paid, 0);
		assert_eq!(held(HoldReason::ChallengeEscrow, 40), 100);
		// Both stakes come back whole; no fee.
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_ok!(Performance::claim_prediction(signed(22), id));
		assert_eq!(free(21), 1_000_000 - ED);
		assert_eq!(free(22), 1_000_000);
		assert!(!events().iter().any(|e| matches!(e, Event::PredictionFeePaid { .. })));
	});
}

#[test]
fn predict_needs_a_drawn_panel() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, _) = submit(1, input(1));
		// The verifier no longer shows the request (e.g. opened with an open panel before
		// drawn panels): no pool.
		OPENED.with(|o| o.borrow_mut().clear());
		assert_noop!(
			Performance::predict(signed(21), id, PredictionSide::Success, 100),
			Error::<Test>::NoDrawnPanel
		);
	});
}

#[test]
fn approved_pool_pays_winners_and_fee_exactly() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		let stakes = [
			(21, PredictionSide::Success, 333),
			(22, PredictionSide::Success, 667),
			(23, PredictionSide::Success, 101),
			(24, PredictionSide::Failure, 1_999),
		];
		for (who, side, amount) in stakes {
			assert_ok!(Performance::predict(signed(who), id, side, amount));
		}
		let before: Vec<u64> = [1, 5, 7, 8, 21, 22, 23, 24].iter().map(|w| free(*w)).collect();
		let weight = report(
			request,
			&outcome(
				Verdict::Approved,
				Some(7_000),
				vec![
					participant(8, 100, true, true),
					participant(5, 200, true, true),
					participant(6, 900, false, false),
					participant(7, 300, true, true),
				],
			),
		);
		// Three witness shares (the athlete's part is in the base weight).
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(3));
		// Fee 10% of 1_999 = 199; athlete share 50% = 99, witnesses 100 split 300:200:100 =
		// 50, 33, 16; the athlete also gets the witness rounding: 99 + 1 = 100.
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 7, amount: 50 }));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 5, amount: 33 }));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 8, amount: 16 }));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 1, amount: 100 }));
		let settlement = Settlement::Won {
			side: PredictionSide::Success,
			distributable: 1_800,
			paid: 0,
			winners_left: 3,
		};
		assert!(has_event(Event::PredictionsSettled {
			performance: id,
			settlement,
			fee_paid: 199
		}));
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().held, 3_100 - 199);
		// Winners: 333 + ⌊1_800 × 333 / 1_101⌋ = 333 + 544; 667 + ⌊1_090.4⌋ = 667 + 1_090;
		// the last winner 101 + (1_800 - 544 - 1_090) = 101 + 166. The loser gets nothing.
		for who in [24, 21, 22, 23] {
			assert_ok!(Performance::claim_prediction(signed(who), id));
		}
		assert_eq!(
			last_event(),
			Event::PredictionClaimed { performance: id, who: 23, amount: 267, deposit: 15 }
		);
		let after: Vec<u64> = [1, 5, 7, 8, 21, 22, 23, 24].iter().map(|w| free(*w)).collect();
		let gains: Vec<i64> =
			after.iter().zip(before.iter()).map(|(a, b)| *a as i64 - *b as i64).collect();
		// Athlete +100 fee (its deposit stays held with the record); each staker also gets its
		// entry's deposit back.
		let d = PREDICTION_DEPOSIT as i64;
		assert_eq!(gains, vec![100, 33, 50, 16, 877 + d, 1_757 + d, 267 + d, d]);
		assert_eq!(held(HoldReason::PredictionDeposit, 24), 0);
		assert_eq!(877 + 1_757 + 267 + 199, 333 + 667 + 101 + 1_999);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
		assert!(PredictionPools::<Test>::get(id).is_none());
		assert!(Predictions::<Test>::iter_prefix(id).next().is_none());
		assert_noop!(Performance::claim_prediction(signed(21), id), Error::<Test>::NoPrediction);
	});
}

#[test]
fn rejected_pool_pays_the_failure_side() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 50));
		assert_ok!(Performance::predict(signed(23), id, PredictionSide::Failure, 25));
		let athlete_before = free(1);
		let weight = reject(request);
		// Fee 10 of 100, all to witness 7: a rejected athlete gets no share.
		assert_eq!(weight, <() as WeightInfo>::on_outcome_rejected(1));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 7, amount: 10 }));
		assert!(!events().iter().any(|e| matches!(e, Event::PredictionFeePaid { who: 1, .. })));
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().fee_paid, 10);
		// The athlete gets nothing: 20% of its deposit is slashed, 80% stays held until the
		// record is reaped.
		assert_eq!(free(1), athlete_before);
		assert_eq!(held(HoldReason::PerformanceDeposit, 1), 40);
		let before: Vec<u64> = [21, 22, 23].iter().map(|w| free(*w)).collect();
		for who in [21, 22, 23] {
			assert_ok!(Performance::claim_prediction(signed(who), id));
		}
		let after: Vec<u64> = [21, 22, 23].iter().map(|w| free(*w)).collect();
		// 50 + ⌊90 × 50 / 75⌋ = 110; the last winner 25 + 30 = 55; and each entry's deposit.
		let d = PREDICTION_DEPOSIT;
		assert_eq!(
			after.iter().zip(before.iter()).map(|(a, b)| a - b).collect::<Vec<_>>(),
			vec![d, 110 + d, 55 + d]
		);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
	});
}

#[test]
fn pool_is_refunded_when_nobody_picked_the_winner() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 50));
		assert_ok!(Performance::predict(signed(23), id, PredictionSide::Failure, 25));
		approve(request, 5_000);
		assert!(has_event(Event::PredictionsSettled {
			performance: id,
			settlement: Settlement::Refund,
			fee_paid: 0
		}));
		assert_ok!(Performance::claim_prediction(signed(23), id));
		assert_eq!(
			last_event(),
			Event::PredictionClaimed { performance: id, who: 23, amount: 25, deposit: 15 }
		);
		assert_ok!(Performance::claim_prediction(signed(22), id));
		assert_eq!((free(22), free(23)), (1_000_000 - ED, 1_000_000));
		assert!(PredictionPools::<Test>::get(id).is_none());
	});
}

#[test]
fn undeliverable_witness_fee_goes_to_the_athlete() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 100));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 1_999));
		// Witness 600 has no account: its share 5 (below the existential deposit) cannot be
		// delivered. 100 × 300/530 = 56, 100 × 200/530 = 37; the athlete gets 199 - 93 = 106.
		let free_1 = free(1);
		report(
			request,
			&outcome(
				Verdict::Approved,
				Some(5_000),
				vec![
					participant(7, 300, true, true),
					participant(5, 200, true, true),
					participant(600, 30, true, true),
				],
			),
		);
		assert_eq!(free(600), 0);
		assert_eq!(free(1), free_1 + 106);
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().fee_paid, 199);
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_eq!(
			last_event(),
			Event::PredictionClaimed { performance: id, who: 21, amount: 1_900, deposit: 15 }
		);
	});
}

#[test]
fn rejected_fee_goes_to_witnesses_only_and_keeps_the_remainder_for_the_winners() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 1_999));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 100));
		let pool_total = 1_999 + 100;
		let (athlete_before, winner_before) = (free(1), free(22));
		let (w7_before, w5_before) = (free(7), free(5));
		// Fee 10% of 1_999 = 199, split 300:200:20 over the whole fee: 114, 76 and 7; the
		// share of 600 (no account, below the existential deposit) cannot be delivered and the
		// rounding remainder 2 is not paid either: both stay in the pool for the winners.
		let weight = report(
			request,
			&outcome(
				Verdict::Rejected,
				None,
				vec![
					participant(7, 300, false, true),
					participant(5, 200, false, true),
					participant(600, 20, false, true),
					participant(6, 900, true, false),
				],
			),
		);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_rejected(3));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 7, amount: 114 }));
		assert!(has_event(Event::PredictionFeePaid { performance: id, who: 5, amount: 76 }));
		assert!(!events()
			.iter()
			.any(|e| matches!(e, Event::PredictionFeePaid { who: 1 | 600 | 6, .. })));
		assert_eq!((free(7) - w7_before, free(5) - w5_before, free(600)), (114, 76, 0));
		// The athlete gets no fee (the unslashed 80% of its deposit stays held with the record).
		assert_eq!(free(1), athlete_before);
		let settlement = Settlement::Won {
			side: PredictionSide::Failure,
			distributable: 1_999 - 190,
			paid: 0,
			winners_left: 1,
		};
		assert!(has_event(Event::PredictionsSettled {
			performance: id,
			settlement,
			fee_paid: 190
		}));
		let pool = PredictionPools::<Test>::get(id).unwrap();
		assert_eq!((pool.fee_paid, pool.held), (190, pool_total - 190));
		assert_eq!(held(HoldReason::PredictionPool, pot()), pool_total - 190);

		// The only winner takes its stake and everything not paid as fee.
		assert_ok!(Performance::claim_prediction(signed(22), id));
		assert_ok!(Performance::claim_prediction(signed(21), id));
		assert_eq!(free(22) - winner_before, 100 + 1_809 + PREDICTION_DEPOSIT);
		assert_eq!(claimed_amount(id), 1_909);
		// Conservation: payouts plus the fee paid are the pool.
		assert_eq!(claimed_amount(id) + pool.fee_paid, pool_total);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
		assert!(PredictionPools::<Test>::get(id).is_none());
	});
}

#[test]
fn rejected_fee_without_agreeing_witnesses_stays_with_the_winners() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let (id, request) = submit(1, input(1));
		assert_ok!(Performance::predict(signed(21), id, PredictionSide::Success, 500));
		assert_ok!(Performance::predict(signed(22), id, PredictionSide::Failure, 50));
		assert_ok!(Performance::predict(signed(23), id, PredictionSide::Failure, 25));
		let before: Vec<u64> = [1, 22, 23].iter().map(|w| free(*w)).collect();
		report(request, &outcome(Verdict::Rejected, None, vec![]));
		assert!(!events().iter().any(|e| matches!(e, Event::PredictionFeePaid { .. })));
		assert_eq!(PredictionPools::<Test>::get(id).unwrap().fee_paid, 0);
		for who in [21, 22, 23] {
			assert_ok!(Performance::claim_prediction(signed(who), id));
		}
		let after: Vec<u64> = [1, 22, 23].iter().map(|w| free(*w)).collect();
		// Athlete: nothing (what is left of its deposit stays held with the record). Winners:
		// 50 + ⌊500 × 50 / 75⌋ = 383, the last
		// 25 + (500 - 333) = 192, each with its entry's deposit.
		let d = PREDICTION_DEPOSIT;
		assert_eq!(
			after.iter().zip(before.iter()).map(|(a, b)| a - b).collect::<Vec<_>>(),
			vec![0, 383 + d, 192 + d]
		);
		assert_eq!(claimed_amount(id), 500 + 50 + 25);
		assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
	});
}

// ---------------------------------------------------------------------------------------------
// Queries and the Nostr export
// ---------------------------------------------------------------------------------------------

#[test]
fn views_serve_profiles_and_performances() {
	ExtBuilder::build_and_execute(|| {
		assert!(Performance::athlete_view(&1).is_none());
		assert!(Performance::performance_view(0).is_none());
		register(1);
		let id = verified(1, input(7_000), 6_100);
		let view = Performance::athlete_view(&1).unwrap();
		assert_eq!(view.name, b"Athlete".to_vec());
		assert_eq!(view.sports, vec![HACKY.as_bytes().to_vec(), SPRINT.as_bytes().to_vec()]);
		assert_eq!(
			(view.level, view.verified, view.pending, view.deposit),
			(Level::Regional, 1, 0, 100)
		);
		assert_eq!(view.history, vec![id]);
		assert_eq!(
			view.personal_bests,
			vec![(HACKY.as_bytes().to_vec(), PersonalBest { score: 6_100, performance: id })]
		);
		let perf = Performance::performance_view(id).unwrap();
		assert_eq!((perf.id, perf.athlete, perf.sport.clone()), (id, 1, HACKY.as_bytes().to_vec()));
		assert_eq!(perf.evidence, EVIDENCE.to_vec());
		assert_eq!(perf.status, PerformanceStatus::Verified { score: 6_100 });
		assert_eq!(perf.witnesses, vec![7]);
	});
}

#[test]
fn nostr_event_matches_an_independent_vector() {
	ExtBuilder::build_and_execute(|| {
		let key: [u8; 32] = core::array::from_fn(|i| i as u8);
		assert_ok!(Performance::register_athlete(
			signed(1),
			name(b"A"),
			sports(&[HACKY]),
			Some(key)
		));
		let competition = create_competition(Level::Regional, 1, 20, &[100]);
		let event = PerformanceInput {
			sport: sport(HACKY),
			metrics: Metrics { score: 9_100, difficulty: 7_250, execution: 8_800 },
			location: Some(Location {
				coordinates: Coordinates { lat: 48_858_370, lon: -2_294_481 },
				venue: bounded("Champ de \"Mars\" \\ Paris ✓".as_bytes()),
			}),
			competition: Some(competition),
			evidence: bounded(b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"),
			related: Some([0xab; 32]),
			tags: tags(&["trick", "outdoor"]),
		};
		let (id, request) = submit(1, event);
		assert!(Performance::nostr_event(id).is_none());
		report(
			request,
			&outcome(
				Verdict::Approved,
				Some(9_250),
				vec![participant(5, 200, true, true), participant(7, 300, true, true)],
			),
		);
		let nostr = Performance::nostr_event(id).unwrap();
		// Computed with Python's json.dumps(separators=(',', ':'), ensure_ascii=False) and
		// hashlib.sha256, independently of this crate.
		let content = r#"{"type":"performance","sport":"hackysack","metrics":{"score":9.250,"difficulty":7.250,"execution":8.800},"location":{"coordinates":[48.858370,-2.294481],"venue":"Champ de \"Mars\" \\ Paris ✓"},"competition":{"name":"Hacky Cup","level":"regional"},"evidence":"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"}"#;
		let serialized = r#"[0,"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",1700000000,1337,[["p","000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"],["witness","0700000000000000"],["witness","0500000000000000"],["e","abababababababababababababababababababababababababababababababab"],["t","hackysack"],["t","trick"],["t","outdoor"]],"{\"type\":\"performance\",\"sport\":\"hackysack\",\"metrics\":{\"score\":9.250,\"difficulty\":7.250,\"execution\":8.800},\"location\":{\"coordinates\":[48.858370,-2.294481],\"venue\":\"Champ de \\\"Mars\\\" \\\\ Paris ✓\"},\"competition\":{\"name\":\"Hacky Cup\",\"level\":\"regional\"},\"evidence\":\"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi\"}"]"#;
		let json = r#"{"id":"ff634cbca15123b78583d6130f3179a894223922cba6e2614926c4927436f627","pubkey":"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f","created_at":1700000000,"kind":1337,"tags":[["p","000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"],["witness","0700000000000000"],["witness","0500000000000000"],["e","abababababababababababababababababababababababababababababababab"],["t","hackysack"],["t","trick"],["t","outdoor"]],"content":"{\"type\":\"performance\",\"sport\":\"hackysack\",\"metrics\":{\"score\":9.250,\"difficulty\":7.250,\"execution\":8.800},\"location\":{\"coordinates\":[48.858370,-2.294481],\"venue\":\"Champ de \\\"Mars\\\" \\\\ Paris ✓\"},\"competition\":{\"name\":\"Hacky Cup\",\"level\":\"regional\"},\"evidence\":\"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi\"}","sig":""}"#;
		assert_eq!(String::from_utf8(nostr.content.clone()).unwrap(), content);
		assert_eq!(String::from_utf8(nostr.serialized.clone()).unwrap(), serialized);
		assert_eq!(String::from_utf8(nostr.json.clone()).unwrap(), json);
		assert_eq!(
			crate::nostr::hex(&nostr.id),
			"ff634cbca15123b78583d6130f3179a894223922cba6e2614926c4927436f627"
		);
		assert_eq!((nostr.pubkey, nostr.created_at, nostr.kind), (key, START_TIME, 1337));
		assert_eq!(nostr.tags.len(), 7);
		assert_eq!(nostr.tags[6], vec![b"t".to_vec(), b"outdoor".to_vec()]);

		// Without a Nostr key there is no event.
		assert_ok!(Performance::update_profile(signed(1), name(b"A"), sports(&[HACKY]), None));
		assert!(Performance::nostr_event(id).is_none());
		assert!(Performance::nostr_event(99).is_none());
	});
}

// ---------------------------------------------------------------------------------------------
// Settlement arithmetic: funds are conserved exactly for awkward numbers
// ---------------------------------------------------------------------------------------------

pub(crate) fn claimed_amount(performance: PerformanceId) -> u64 {
	events()
		.iter()
		.filter_map(|e| match e {
			Event::PredictionClaimed { performance: p, amount, .. } if *p == performance => {
				Some(*amount)
			},
			_ => None,
		})
		.sum()
}

#[test]
fn prediction_settlement_conserves_funds() {
	use PredictionSide::{Failure as F, Success as S};
	ExtBuilder::build_and_execute(|| {
		register(1);
		// (stakes, verdict, weights of the agreeing witnesses)
		type Case = (Vec<(PredictionSide, u64)>, Verdict, Vec<u128>);
		let cases: Vec<Case> = vec![
			(vec![(S, 10), (S, 11), (S, 13), (F, 997)], Verdict::Approved, vec![1, 1, 1]),
			(vec![(S, 7_919), (F, 13), (F, 17), (F, 19)], Verdict::Rejected, vec![3, 5]),
			(vec![(S, 333), (S, 333), (S, 334), (F, 1_000_003)], Verdict::Approved, vec![7]),
			(vec![(S, 101), (F, 103), (F, 107), (S, 109)], Verdict::Approved, vec![]),
			(vec![(S, 10), (S, 10), (F, 10), (F, 10)], Verdict::Rejected, vec![u128::MAX, 1]),
			// Saturating total weight: the witness shares are capped by the witness part.
			(vec![(S, 500), (F, 700)], Verdict::Approved, vec![u128::MAX, u128::MAX, 5]),
			(vec![(F, 12_345), (F, 54_321)], Verdict::Approved, vec![2]),
			(vec![(S, 99), (F, 98)], Verdict::Inconclusive, vec![]),
		];
		for (round, (stakes, verdict, weights)) in cases.into_iter().enumerate() {
			let (id, request) = submit(1, input(1));
			let total: u64 = stakes.iter().map(|(_, a)| a).sum();
			for (i, (side, amount)) in stakes.iter().enumerate() {
				assert_ok!(Performance::predict(signed(21 + i as u64), id, *side, *amount));
			}
			let participants = weights
				.iter()
				.enumerate()
				.map(|(i, w)| participant(31 + i as u64, *w, verdict == Verdict::Approved, true))
				.collect();
			report(request, &outcome(verdict, Some(5_000), participants));
			let fee_paid = PredictionPools::<Test>::get(id).unwrap().fee_paid;
			// Claim in an order that changes with the round, so that the rounding remainder
			// lands on different winners.
			for i in 0..stakes.len() {
				let who = 21 + ((i + round) % stakes.len()) as u64;
				assert_ok!(Performance::claim_prediction(signed(who), id));
			}
			assert_eq!(claimed_amount(id) + fee_paid, total, "round {round}");
			assert!(PredictionPools::<Test>::get(id).is_none());
			assert_eq!(held(HoldReason::PredictionPool, pot()), 0);
		}
	});
}

#[test]
fn prize_settlement_conserves_funds() {
	ExtBuilder::build_and_execute(|| {
		for who in [1, 11, 12] {
			register(who);
		}
		let cases: Vec<(Vec<u32>, Vec<u64>, Vec<u32>)> = vec![
			(vec![33, 33, 33], vec![1_001, 2_003, 17], vec![9_000, 8_000, 7_000]),
			(vec![100], vec![10, 11, 13], vec![5_000, 6_000]),
			(vec![1, 2, 3], vec![99_983], vec![]),
			(vec![70, 30], vec![12, 12, 12], vec![4_000]),
		];
		for (round, (table, funds, scores)) in cases.into_iter().enumerate() {
			let start = System::block_number();
			let id = create_competition(Level::Local, start, start + 10, &table);
			for (i, amount) in funds.iter().enumerate() {
				assert_ok!(Performance::fund_competition(signed(2 + i as u64), id, *amount));
			}
			for (athlete, score) in [1, 11, 12].iter().zip(scores.iter()) {
				let (_, request) = submit(*athlete, linked(1, id));
				approve(request, *score);
			}
			System::set_block_number(start + 11);
			let before: Vec<u64> = (2..5).chain([1, 11, 12]).map(free).collect();
			assert_ok!(Performance::close_competition(signed(9), id));
			for i in 0..funds.len() {
				let who = 2 + ((i + round) % funds.len()) as u64;
				assert_ok!(Performance::claim_refund(signed(who), id));
			}
			let after: Vec<u64> = (2..5).chain([1, 11, 12]).map(free).collect();
			let received: u64 = after.iter().zip(before.iter()).map(|(a, b)| a - b).sum();
			// Prizes and refunds are the pool; each funder also got its entry's deposit back.
			let deposits = funds.len() as u64 * FUNDER_DEPOSIT;
			assert_eq!(received, funds.iter().sum::<u64>() + deposits, "round {round}");
			assert_eq!(held(HoldReason::PrizePool, pot()), 0);
		}
	});
}
