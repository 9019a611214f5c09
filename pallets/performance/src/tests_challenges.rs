//! Unit tests of sponsored challenges: creation, pull-wise claims
//! ([`crate::Pallet::claim_challenge`]) and closing, against the mock verifier. Every test runs
//! through `ExtBuilder::build_and_execute`, which checks `do_try_state()` after the test body.

use crate::{
	mock::*,
	pallet::{
		Athletes, ChallengeEligibility, ChallengeWinners, Challenges, HoldReason, NextChallengeId,
		Performances,
	},
	tests::{
		approve, create_competition, criteria, events, free, has_event, held, inconclusive, input,
		last_event, linked, register, reject, signed, sport, submit, verified, Criteria,
	},
	weights::WeightInfo,
	ChallengeStatus, Error, Event, Level, PerformanceId,
};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::TokenError;

const SPRINT: &str = "sprint";

/// `who` sponsors a challenge with `criteria` and `escrow`; returns its id.
fn sponsor(who: u64, criteria: Criteria, escrow: u64) -> u64 {
	assert_ok!(Performance::create_challenge(signed(who), criteria, escrow));
	NextChallengeId::<Test>::get() - 1
}

fn claim(challenge: u64, performance: PerformanceId) -> frame_support::dispatch::DispatchResult {
	// A stranger claims: anyone may, the prize goes to the athlete.
	Performance::claim_challenge(signed(9), challenge, performance)
}

fn paid(challenge: u64) -> u32 {
	Challenges::<Test>::get(challenge).unwrap().paid
}

// ---------------------------------------------------------------------------------------------
// Creating
// ---------------------------------------------------------------------------------------------

#[test]
fn create_challenge_works_and_fails() {
	ExtBuilder::build_and_execute(|| {
		System::set_block_number(10);
		let create =
			|c: Criteria, escrow: u64| Performance::create_challenge(signed(20), c, escrow);
		let mut bad = criteria(0, 0, Level::Local, 20, 1);
		bad.sport = sport("X");
		assert_noop!(create(bad, 100), Error::<Test>::InvalidSport);
		assert_noop!(
			create(criteria(0, 0, Level::Local, 20, 0), 100),
			Error::<Test>::InvalidWinners
		);
		assert_noop!(
			create(criteria(0, 0, Level::Local, 20, 3), 100),
			Error::<Test>::InvalidWinners
		);
		assert_noop!(create(criteria(0, 0, Level::Local, 20, 2), 19), Error::<Test>::PrizeTooLow);
		assert_noop!(
			create(criteria(0, 0, Level::Local, 10, 1), 100),
			Error::<Test>::InvalidDeadline
		);
		assert_noop!(
			create(criteria(0, 0, Level::Local, 1_011, 1), 100),
			Error::<Test>::InvalidDeadline
		);
		assert_noop!(
			Performance::create_challenge(signed(500), criteria(0, 0, Level::Local, 20, 1), 100),
			TokenError::FundsUnavailable
		);
		assert_ok!(create(criteria(7_000, 4_000, Level::Regional, 1_010, 2), 1_005));
		let challenge = Challenges::<Test>::get(0).unwrap();
		assert_eq!((challenge.sponsor, challenge.escrow, challenge.prize), (20, 1_005, 502));
		assert_eq!((challenge.paid, challenge.created_at), (0, 10));
		assert_eq!(challenge.status, ChallengeStatus::Open);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 1_005);
		assert_eq!(
			last_event(),
			Event::ChallengeCreated {
				id: 0,
				sponsor: 20,
				sport: sport("hackysack"),
				prize: 502,
				winners: 2,
				deadline: 1_010
			}
		);
		// No cap per sport: the same sponsor opens more in the same sport.
		for _ in 0..5 {
			assert_ok!(create(criteria(0, 0, Level::Local, 20, 1), 10));
		}
		assert_eq!(NextChallengeId::<Test>::get(), 6);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 1_005 + 5 * 10);
	});
}

/// Attack 7 of issue 10, the challenge part: a sport had at most `MaxOpenChallengesPerSport`
/// open challenges (8 in the runtime, 2 in this mock), so anyone could fill a sport with
/// minimum-prize challenges lasting `MaxChallengeDuration` and no real sponsor could open one
/// until they ended; the outcome handler also iterated all of them. Now nothing is capped or
/// iterated: the attacker's challenges all open (each locking its own escrow), a real
/// sponsor's challenge still opens, the outcome's weight does not depend on them, and the real
/// prize is claimed. Checked against the old code: its `create_challenge` failed
/// `TooManyOpenChallenges` at the third challenge of the sport.
#[test]
fn attack_7_challenges_cannot_be_crowded_out() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let attacker = 30;
		let deadline = System::block_number() + 1_000;
		for _ in 0..50 {
			// The minimum prize, for the longest time.
			assert_ok!(Performance::create_challenge(
				signed(attacker),
				criteria(0, 0, Level::Local, deadline, 1),
				10
			));
		}
		assert_eq!(NextChallengeId::<Test>::get(), 50);
		assert_eq!(held(HoldReason::ChallengeEscrow, attacker), 500);

		// A real sponsor still opens its challenge in the same sport.
		let real = sponsor(20, criteria(7_000, 0, Level::Local, 100, 1), 5_000);
		assert_eq!(real, 50);

		let free_1 = free(1);
		let (id, request) = submit(1, input(1));
		// The outcome handler pays nothing and inspects no challenge: its weight is the same
		// as without any challenge.
		let weight = approve(request, 8_000);
		assert_eq!(weight, <() as WeightInfo>::on_outcome_verified(0));
		// Only the deposit of the performance (held while the record lives) left.
		assert_eq!(free(1), free_1 - 50);
		assert!(!events().iter().any(|e| matches!(e, Event::ChallengePrizePaid { .. })));

		assert_ok!(claim(real, id));
		assert_eq!(free(1), free_1 - 50 + 5_000);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 0);
		assert_eq!(Challenges::<Test>::get(real).unwrap().status, ChallengeStatus::Completed);
		// The attacker's challenges only lock its own escrow, which real athletes may claim.
		assert_ok!(claim(7, id));
		assert_eq!(free(1), free_1 - 50 + 5_000 + 10);
		assert_eq!(held(HoldReason::ChallengeEscrow, attacker), 490);
	});
}

// ---------------------------------------------------------------------------------------------
// Claiming
// ---------------------------------------------------------------------------------------------

#[test]
fn claim_challenge_pays_one_prize_from_the_escrow_to_the_athlete() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let challenge = sponsor(20, criteria(7_000, 4_000, Level::Local, 100, 2), 1_005);
		let id = verified(1, input(1), 7_500);
		// Verified by a drawn panel, reaching Regional: eligible at that level.
		assert_eq!(ChallengeEligibility::<Test>::get(id), Some(Level::Regional));
		let (free_1, free_9, free_20) = (free(1), free(9), free(20));
		System::reset_events();

		assert_ok!(Performance::claim_challenge(signed(9), challenge, id));

		// Exactly one prize moved from the sponsor's escrow hold to the athlete's free
		// balance; the caller and the sponsor's free balance are untouched.
		assert_eq!(free(1), free_1 + 502);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 1_005 - 502);
		assert_eq!(free(20), free_20);
		assert_eq!(free(9), free_9);
		assert_eq!(ChallengeWinners::<Test>::get(challenge, 1), Some(id));
		let stored = Challenges::<Test>::get(challenge).unwrap();
		assert_eq!((stored.paid, stored.status), (1, ChallengeStatus::Open));
		assert_eq!(stored.remaining(), 503);
		assert_eq!(
			events(),
			vec![Event::ChallengePrizePaid {
				id: challenge,
				athlete: 1,
				performance: id,
				amount: 502
			}]
		);
		// The call's weight is its benchmarked one.
		let call = crate::Call::<Test>::claim_challenge { challenge, performance: id };
		assert_eq!(call.get_dispatch_info().call_weight, <() as WeightInfo>::claim_challenge());
	});
}

#[test]
fn challenge_completes_after_its_winners_claim() {
	ExtBuilder::build_and_execute(|| {
		for who in [1, 11, 12] {
			register(who);
		}
		let challenge = sponsor(20, criteria(7_000, 4_000, Level::Local, 100, 2), 1_005);
		let p1 = verified(1, input(1), 7_500);
		let p11 = verified(11, input(1), 7_000);
		let p12 = verified(12, input(1), 9_000);
		assert_ok!(claim(challenge, p1));
		System::reset_events();
		// The athlete itself may claim too.
		assert_ok!(Performance::claim_challenge(signed(11), challenge, p11));
		assert_eq!(
			events(),
			vec![
				Event::ChallengePrizePaid {
					id: challenge,
					athlete: 11,
					performance: p11,
					amount: 502
				},
				Event::ChallengeCompleted { id: challenge },
			]
		);
		let stored = Challenges::<Test>::get(challenge).unwrap();
		assert_eq!((stored.paid, stored.status), (2, ChallengeStatus::Completed));
		assert_eq!(ChallengeWinners::<Test>::get(challenge, 11), Some(p11));
		// Every prize is paid: a third qualifying athlete is too late.
		assert_noop!(claim(challenge, p12), Error::<Test>::ChallengeNotOpen);
		// Completed: closable before the deadline; the rounding remainder goes back.
		let free_20 = free(20);
		assert_ok!(Performance::close_challenge(signed(9), challenge));
		assert_eq!(last_event(), Event::ChallengeClosed { id: challenge, returned: 1 });
		assert_eq!(free(20), free_20 + 1);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 0);
		assert!(Challenges::<Test>::get(challenge).is_none());
		assert!(ChallengeWinners::<Test>::iter_prefix(challenge).next().is_none());
		// Closed: gone.
		assert_noop!(claim(challenge, p12), Error::<Test>::UnknownChallenge);
	});
}

#[test]
fn claim_challenge_fails() {
	ExtBuilder::build_and_execute(|| {
		for who in [1, 11, 12, 13] {
			register(who);
		}
		// Submitted in block 1, before the challenges of block 2.
		let early = verified(13, input(1), 9_000);
		System::set_block_number(2);
		// Athlete 11 sponsors challenge 0 itself.
		let challenge = sponsor(11, criteria(7_000, 4_000, Level::Regional, 100, 2), 200);
		let national = sponsor(20, criteria(0, 0, Level::National, 100, 1), 100);
		let single = sponsor(21, criteria(0, 0, Level::Local, 100, 1), 100);

		assert_noop!(claim(99, early), Error::<Test>::UnknownChallenge);
		assert_noop!(claim(challenge, 99), Error::<Test>::UnknownPerformance);

		// Pending, rejected and inconclusive performances are not verified.
		let (pending, _) = submit(1, input(1));
		assert_noop!(claim(challenge, pending), Error::<Test>::NotVerified);
		let (rejected, request) = submit(12, input(1));
		reject(request);
		assert_noop!(claim(challenge, rejected), Error::<Test>::NotVerified);
		let (dropped, request) = submit(12, input(1));
		inconclusive(request);
		assert_noop!(claim(challenge, dropped), Error::<Test>::NotVerified);

		let mut run = input(1);
		run.sport = sport(SPRINT);
		let run = verified(12, run, 5_000);
		assert_noop!(claim(challenge, run), Error::<Test>::SportMismatch);
		assert_noop!(claim(challenge, early), Error::<Test>::SubmittedBeforeChallenge);

		// Too low a score, too low a difficulty, too low a level.
		let low = verified(12, input(1), 6_999);
		assert_eq!(ChallengeEligibility::<Test>::get(low), Some(Level::Regional));
		assert_noop!(claim(challenge, low), Error::<Test>::CriteriaNotMet);
		let mut easy = input(1);
		easy.metrics.difficulty = 3_999;
		let easy = verified(12, easy, 7_500);
		assert_noop!(claim(challenge, easy), Error::<Test>::CriteriaNotMet);
		// Athlete 12 is Regional (5_000, 6_999, 7_500): not National.
		assert_eq!(Athletes::<Test>::get(12).unwrap().level, Level::Regional);
		let regional = verified(12, input(1), 7_000);
		assert_eq!(ChallengeEligibility::<Test>::get(regional), Some(Level::Regional));
		assert_noop!(claim(national, regional), Error::<Test>::CriteriaNotMet);

		// The sponsor cannot win its own challenge.
		let own = verified(11, input(1), 9_000);
		assert_noop!(claim(challenge, own), Error::<Test>::SponsorCannotWin);

		// One prize per athlete and challenge, whatever the performance.
		let first = verified(1, input(1), 9_000);
		let second = verified(1, input(1), 9_500);
		assert_ok!(claim(challenge, first));
		assert_noop!(claim(challenge, first), Error::<Test>::AlreadyWon);
		assert_noop!(claim(challenge, second), Error::<Test>::AlreadyWon);

		// A completed challenge takes no more claims.
		assert_ok!(claim(single, first));
		assert_noop!(claim(single, regional), Error::<Test>::ChallengeNotOpen);

		// After the deadline.
		System::set_block_number(101);
		assert_noop!(claim(challenge, regional), Error::<Test>::ChallengeExpired);

		// Nothing moved but the two prizes.
		assert_eq!(paid(challenge), 1);
		assert_eq!(held(HoldReason::ChallengeEscrow, 11), 100);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 100);
		assert_eq!(held(HoldReason::ChallengeEscrow, 21), 0);
	});
}

#[test]
fn performance_submitted_before_the_challenge_cannot_claim() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		register(11);
		// Submitted in block 4 and verified only after the challenge's creation: still too
		// early (the submission is what counts).
		System::set_block_number(4);
		let (before, request) = submit(1, input(1));
		System::set_block_number(5);
		let challenge = sponsor(20, criteria(0, 0, Level::Local, 100, 2), 100);
		approve(request, 9_000);
		assert_eq!(Performances::<Test>::get(before).unwrap().submitted_at, 4);
		assert_noop!(claim(challenge, before), Error::<Test>::SubmittedBeforeChallenge);
		// Submitted in the creation block: qualifies.
		let same_block = verified(11, input(1), 9_000);
		assert_ok!(claim(challenge, same_block));
		// A later performance of the first athlete qualifies.
		System::set_block_number(6);
		let after = verified(1, input(1), 9_000);
		assert_ok!(claim(challenge, after));
		assert_eq!(ChallengeWinners::<Test>::get(challenge, 1), Some(after));
	});
}

#[test]
fn claims_after_the_deadline_fail() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		register(11);
		let challenge = sponsor(20, criteria(0, 0, Level::Local, 30, 2), 100);
		let p1 = verified(1, input(1), 5_000);
		let p11 = verified(11, input(1), 5_000);
		// The deadline is the last block of claims.
		System::set_block_number(30);
		assert_ok!(claim(challenge, p1));
		// Verified in time but claimed too late.
		System::set_block_number(31);
		assert_noop!(claim(challenge, p11), Error::<Test>::ChallengeExpired);
		// The unclaimed prize goes back to the sponsor.
		let free_20 = free(20);
		assert_ok!(Performance::close_challenge(signed(9), challenge));
		assert_eq!(last_event(), Event::ChallengeClosed { id: challenge, returned: 50 });
		assert_eq!(free(20), free_20 + 50);
		// The athlete's deposits: its profile's and its performance's (held with the record).
		assert_eq!(free(11), 1_000_000 - 100 - 50);
	});
}

#[test]
fn close_challenge_returns_the_unclaimed_escrow() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let challenge = sponsor(20, criteria(0, 0, Level::Local, 30, 2), 101);
		// Open and before its deadline: not closable.
		assert_noop!(
			Performance::close_challenge(signed(9), challenge),
			Error::<Test>::ChallengeStillOpen
		);
		let id = verified(1, input(1), 5_000);
		assert_ok!(claim(challenge, id));
		System::set_block_number(30);
		assert_noop!(
			Performance::close_challenge(signed(9), challenge),
			Error::<Test>::ChallengeStillOpen
		);
		System::set_block_number(31);
		let free_20 = free(20);
		// Anyone closes; the unclaimed prize and the rounding remainder go back: 101 - 50.
		assert_ok!(Performance::close_challenge(signed(9), challenge));
		assert_eq!(last_event(), Event::ChallengeClosed { id: challenge, returned: 51 });
		assert_eq!(free(20), free_20 + 51);
		assert_eq!(free(20), 1_000_000 - 50);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 0);
		assert!(Challenges::<Test>::get(challenge).is_none());
		assert!(ChallengeWinners::<Test>::iter_prefix(challenge).next().is_none());
		assert_noop!(
			Performance::close_challenge(signed(9), challenge),
			Error::<Test>::UnknownChallenge
		);
		// A challenge nobody won returns its whole escrow.
		let unwon = sponsor(21, criteria(9_999, 0, Level::Local, 40, 1), 70);
		System::set_block_number(41);
		assert_ok!(Performance::close_challenge(signed(9), unwon));
		assert_eq!(last_event(), Event::ChallengeClosed { id: unwon, returned: 70 });
		assert_eq!(free(21), 1_000_000);
	});
}

#[test]
fn challenge_qualifies_with_the_level_reached() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let challenge = sponsor(20, criteria(0, 0, Level::Regional, 30, 1), 100);
		// A local athlete's 5_000 stays local: no regional prize.
		let local = verified(1, input(1), 5_000);
		assert_eq!(ChallengeEligibility::<Test>::get(local), Some(Level::Local));
		assert_noop!(claim(challenge, local), Error::<Test>::CriteriaNotMet);
		// Reaching regional with this very performance qualifies for the regional challenge.
		let free_1 = free(1);
		let reached = verified(1, input(1), 6_000);
		assert_eq!(Performances::<Test>::get(reached).unwrap().level, Level::Local);
		assert_eq!(ChallengeEligibility::<Test>::get(reached), Some(Level::Regional));
		assert_ok!(claim(challenge, reached));
		// The prize, less the performance's deposit (held with the record).
		assert_eq!(free(1), free_1 + 100 - 50);
	});
}

#[test]
fn challenge_qualifies_at_the_level_a_competition_performance_counts_at() {
	ExtBuilder::build_and_execute(|| {
		register(1);
		let challenge = sponsor(20, criteria(0, 0, Level::National, 30, 1), 100);
		// A local athlete in an accredited national competition: the performance counts at
		// National (the athlete stays local with 5_000).
		let competition = create_competition(Level::National, 1, 20, &[100]);
		let (id, request) = submit(1, linked(1, competition));
		approve(request, 5_000);
		assert_eq!(Athletes::<Test>::get(1).unwrap().level, Level::Local);
		assert_eq!(Performances::<Test>::get(id).unwrap().level, Level::National);
		assert_eq!(ChallengeEligibility::<Test>::get(id), Some(Level::National));
		assert!(has_event(Event::PerformanceVerified { id, athlete: 1, score: 5_000 }));
		assert_ok!(claim(challenge, id));
		assert_eq!(ChallengeWinners::<Test>::get(challenge, 1), Some(id));
	});
}

// ---------------------------------------------------------------------------------------------
// Migration
// ---------------------------------------------------------------------------------------------

#[test]
fn migration_v0_to_v1_removes_the_open_challenge_lists() {
	use crate::migrations::v1::{MigrateV0ToV1, OpenChallenges};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::build_and_execute(|| {
		let hacky = sponsor(20, criteria(0, 0, Level::Local, 30, 1), 100);
		let mut run = criteria(0, 0, Level::Local, 30, 1);
		run.sport = sport(SPRINT);
		let sprint = sponsor(21, run, 100);
		// Version-0 layout: the lists of open challenges per sport.
		OpenChallenges::<Test>::insert(sport("hackysack"), vec![hacky]);
		OpenChallenges::<Test>::insert(sport(SPRINT), vec![sprint]);
		StorageVersion::new(0).put::<Performance>();

		#[cfg(feature = "try-runtime")]
		let state = <MigrateV0ToV1<Test> as OnRuntimeUpgrade>::pre_upgrade().unwrap();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		<MigrateV0ToV1<Test> as OnRuntimeUpgrade>::post_upgrade(state).unwrap();

		assert_eq!(Performance::on_chain_storage_version(), StorageVersion::new(1));
		assert!(OpenChallenges::<Test>::iter_keys().next().is_none());
		// The challenges stay, with their escrows, and are claimed from now on.
		assert_eq!(Challenges::<Test>::iter_keys().count(), 2);
		assert_eq!(held(HoldReason::ChallengeEscrow, 20), 100);
		register(1);
		let id = verified(1, input(1), 5_000);
		assert_ok!(claim(hacky, id));
		// A second run does nothing but read the version.
		let weight = MigrateV0ToV1::<Test>::on_runtime_upgrade();
		let one_read = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(1);
		assert_eq!(weight, one_read);
	});
}
