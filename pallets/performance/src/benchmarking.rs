//! Benchmarks of the performance pallet (frame-benchmarking v2), each at its worst case:
//! maximal text sizes, full lists, and every optional branch taken.

use super::*;
use crate::features::performances::SubmissionMode;
use crate::pallet::{
	Accreditations, Athletes, ChallengeEligibility, ChallengeWinners, Challenges, CompetitionFunds,
	CompetitionRankings, Competitions, History, Leaderboards, NextChallengeId, NextCompetitionId,
	NextPerformanceId, Performances, PersonalBests, PredictionPools, Predictions, Sports,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::{
	traits::{Bounded, One, Saturating},
	Perbill, SaturatedConversion,
};
use verification_primitives::{
	Decision, Outcome, Participant, Resolution, Verdict, VerificationOutcomeHandler,
	VerificationProvider, Vote,
};

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// A generous balance: a millionth of the maximum, far above every deposit, stake and fee.
fn plenty<T: Config>() -> BalanceOf<T> {
	BalanceOf::<T>::max_value() / 1_000_000u32.into()
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, plenty::<T>());
	who
}

fn now<T: Config>() -> BlockNumberOf<T> {
	frame_system::Pallet::<T>::block_number()
}

/// `len` bytes: a prefix `s<i>` padded with `x` (a slug), truncated to `len`.
fn slug(i: u32, len: u32) -> Vec<u8> {
	let mut bytes = Vec::from(&b"s"[..]);
	let mut digits = Vec::new();
	let mut n = i;
	loop {
		digits.push(b'0'.saturating_add((n % 10) as u8));
		n /= 10;
		if n == 0 {
			break;
		}
	}
	bytes.extend(digits.iter().rev());
	bytes.resize(len.saturated_into::<usize>().max(bytes.len()), b'x');
	bytes.truncate(len.saturated_into());
	bytes
}

fn text<S: Get<u32>>() -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(alloc::vec![b'a'; S::get().saturated_into::<usize>()])
}

fn sport<T: Config>(i: u32) -> SportOf<T> {
	BoundedVec::truncate_from(slug(i, T::MaxSportLen::get()))
}

/// The sport every benchmark uses: the last of an athlete's sports.
fn main_sport<T: Config>() -> SportOf<T> {
	sport::<T>(T::MaxSportsPerAthlete::get().saturating_sub(1))
}

fn sports<T: Config>() -> SportsOf<T> {
	BoundedVec::truncate_from((0..T::MaxSportsPerAthlete::get()).map(sport::<T>).collect())
}

/// Register sports `0..n` (by `SportOrigin`, no deposit) unless registered already.
fn registered<T: Config>(n: u32) {
	for i in 0..n {
		let sport = sport::<T>(i);
		if !Sports::<T>::contains_key(&sport) {
			Pallet::<T>::do_register_sport(None, sport).expect("registers");
		}
	}
}

/// Register every sport of [`sports`] (the main sport included).
fn sports_registered<T: Config>() {
	registered::<T>(T::MaxSportsPerAthlete::get());
}

fn location<T: Config>() -> Location<VenueOf<T>> {
	Location { coordinates: Coordinates { lat: -33_856_784, lon: 151_215_297 }, venue: text() }
}

fn event<T: Config>(competition: Option<CompetitionId>) -> PerformanceInputOf<T> {
	let tag_len = T::MaxTagLen::get();
	PerformanceInput {
		sport: main_sport::<T>(),
		metrics: Metrics {
			score: T::MaxScore::get(),
			difficulty: T::MaxScore::get(),
			execution: T::MaxScore::get(),
		},
		location: Some(location::<T>()),
		competition,
		evidence: text(),
		related: Some([7; 32]),
		tags: BoundedVec::truncate_from(
			(0..T::MaxTags::get()).map(|i| BoundedVec::truncate_from(slug(i, tag_len))).collect(),
		),
	}
}

/// Register `who` as an athlete with every sport, full delegates (the last one returned).
fn athlete<T: Config>(index: u32) -> (T::AccountId, Option<T::AccountId>) {
	sports_registered::<T>();
	let who = funded::<T>("athlete", index);
	Pallet::<T>::do_register_athlete(who.clone(), text(), sports::<T>(), Some([1; 32]))
		.expect("registers");
	let mut last = None;
	for i in 0..T::MaxDelegates::get() {
		let delegate = funded::<T>("delegate", index.saturating_mul(100).saturating_add(i));
		Pallet::<T>::do_add_delegate(who.clone(), delegate.clone()).expect("adds");
		last = Some(delegate);
	}
	(who, last)
}

/// A running competition of the main sport with a full prize table.
fn competition<T: Config>() -> CompetitionId {
	let organizer = funded::<T>("organizer", 0);
	let ranks = T::MaxPrizeRanks::get();
	let share = Perbill::from_parts(1_000_000_000 / ranks.max(1));
	let start = now::<T>();
	let end = start.saturating_add(T::MaxCompetitionDuration::get().max(One::one()));
	Accreditations::<T>::insert(&organizer, Level::International);
	sports_registered::<T>();
	Pallet::<T>::do_create_competition(
		organizer,
		text(),
		main_sport::<T>(),
		Level::National,
		location::<T>(),
		start,
		end,
		BoundedVec::truncate_from((0..ranks).map(|_| share).collect()),
	)
	.expect("creates");
	NextCompetitionId::<T>::get().saturating_sub(1)
}

/// Register enough witnesses for the verifier to draw a full panel from.
fn candidates<T: Config>() {
	for i in 0..T::PanelSeats::get() {
		T::BenchmarkHelper::register_witness(&funded::<T>("panel", i));
	}
	T::BenchmarkHelper::witnesses_registered(T::Domain::get());
}

/// Submit a maximal performance of `athlete` linked to `competition`; returns its id and
/// request.
fn pending<T: Config>(
	athlete: &T::AccountId,
	competition: Option<CompetitionId>,
) -> (PerformanceId, RequestId) {
	candidates::<T>();
	let id = Pallet::<T>::do_submit_performance(
		athlete.clone(),
		athlete.clone(),
		event::<T>(competition),
		T::MinWitnessReward::get(),
		SubmissionMode::Panel,
	)
	.expect("submits");
	match Performances::<T>::get(id).map(|p| p.status) {
		Some(PerformanceStatus::Pending { request }) => {
			T::BenchmarkHelper::draw_panel(request);
			(id, request)
		},
		_ => panic!("just submitted"),
	}
}

fn entry<T: Config>(name: &'static str, i: u32, score: u32) -> RankEntry<T::AccountId> {
	RankEntry {
		athlete: funded::<T>(name, i),
		score,
		performance: PerformanceId::MAX - u64::from(i),
	}
}

/// Fill the career storage of `athlete` so that a verified performance shifts everything:
/// full history, a lower personal best, full leaderboards and ranking of lower scores.
fn full_career<T: Config>(athlete: &T::AccountId, competition: CompetitionId) {
	History::<T>::insert(
		athlete,
		BoundedVec::truncate_from((0..T::MaxHistory::get()).map(u64::from).collect()),
	);
	PersonalBests::<T>::insert(
		athlete,
		main_sport::<T>(),
		PersonalBest { score: 0, performance: u64::MAX },
	);
	let board: Vec<_> =
		(0..T::LeaderboardSize::get()).map(|i| entry::<T>("ranked", i, 0)).collect();
	Leaderboards::<T>::insert(main_sport::<T>(), Level::National, BoundedVec::truncate_from(board));
	let ranking: Vec<_> =
		(0..T::MaxPrizeRanks::get()).map(|i| entry::<T>("ranked", i, 0)).collect();
	CompetitionRankings::<T>::insert(competition, BoundedVec::truncate_from(ranking));
}

/// Stakes on both sides of performance `id`.
fn stakes<T: Config>(id: PerformanceId) {
	let amount = T::MinStake::get().saturating_mul(1_000u32.into());
	for (i, side) in [PredictionSide::Success, PredictionSide::Failure].into_iter().enumerate() {
		let who = funded::<T>("staker", i.saturated_into());
		Pallet::<T>::do_predict(who, id, side, amount).expect("predicts");
	}
}

/// An outcome of a drawn panel with `w` coherent witnesses (funded, so that fee shares can be
/// paid).
fn outcome<T: Config>(decision: Decision, w: u32) -> Outcome<T::AccountId> {
	let approve = decision == Decision::Approved;
	let participants: Vec<_> = (0..w)
		.map(|i| Participant {
			who: funded::<T>("witness", i),
			round: 0,
			seats: 1,
			weight: u128::from(i).saturating_add(1),
			vote: Some(Vote {
				verdict: Verdict::from_approval(approve),
				score: Some(T::MaxScore::get()),
			}),
			coherent: true,
		})
		.collect();
	Outcome {
		decision,
		score: approve.then(T::MaxScore::get),
		resolution: Resolution::DrawnPanel,
		appeals: 0,
		approval: if approve { Perbill::one() } else { Perbill::zero() },
		participants: BoundedVec::truncate_from(participants),
	}
}

fn report<T: Config>(request: RequestId, outcome: &Outcome<T::AccountId>) {
	let _ = <Pallet<T> as VerificationOutcomeHandler<T::AccountId>>::on_outcome(
		T::Domain::get(),
		H256::zero(),
		request,
		outcome,
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_athlete() {
		sports_registered::<T>();
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), text(), sports::<T>(), Some([1; 32]));

		assert_last_event::<T>(Event::AthleteRegistered {
			who: caller,
			deposit: T::AthleteDeposit::get(),
		});
	}

	#[benchmark]
	fn update_profile() {
		// Every sport is replaced by another registered one: each new sport's registration is
		// read, and each dropped sport's personal best removed.
		let (caller, _) = athlete::<T>(0);
		let n = T::MaxSportsPerAthlete::get();
		for (i, sport) in sports::<T>().into_iter().enumerate() {
			PersonalBests::<T>::insert(
				&caller,
				sport,
				PersonalBest { score: T::MaxScore::get(), performance: i.saturated_into() },
			);
		}
		registered::<T>(n.saturating_mul(2));
		let others: SportsOf<T> =
			BoundedVec::truncate_from((n..n.saturating_mul(2)).map(sport::<T>).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), text(), others, Some([2; 32]));

		assert!(PersonalBests::<T>::iter_prefix(&caller).next().is_none());
		assert_last_event::<T>(Event::ProfileUpdated { who: caller });
	}

	#[benchmark]
	fn add_delegate() {
		sports_registered::<T>();
		let caller = funded::<T>("athlete", 0);
		Pallet::<T>::do_register_athlete(caller.clone(), text(), sports::<T>(), None)
			.expect("registers");
		for i in 0..T::MaxDelegates::get().saturating_sub(1) {
			Pallet::<T>::do_add_delegate(caller.clone(), funded::<T>("delegate", i)).expect("adds");
		}
		let delegate = funded::<T>("new", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), delegate.clone());

		assert_last_event::<T>(Event::DelegateAdded { athlete: caller, delegate });
	}

	#[benchmark]
	fn remove_delegate() {
		let (caller, last) = athlete::<T>(0);
		let delegate = last.expect("MaxDelegates > 0");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), delegate.clone());

		assert_last_event::<T>(Event::DelegateRemoved { athlete: caller, delegate });
	}

	#[benchmark]
	fn unregister_athlete() {
		// Full delegates, full history and a personal best in every declared sport.
		let (caller, _) = athlete::<T>(0);
		History::<T>::insert(
			&caller,
			BoundedVec::truncate_from((0..T::MaxHistory::get()).map(u64::from).collect()),
		);
		for (i, sport) in sports::<T>().into_iter().enumerate() {
			PersonalBests::<T>::insert(
				&caller,
				sport,
				PersonalBest { score: T::MaxScore::get(), performance: i.saturated_into() },
			);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(!Athletes::<T>::contains_key(&caller));
		assert!(!History::<T>::contains_key(&caller));
		assert!(PersonalBests::<T>::iter_prefix(&caller).next().is_none());
		assert_last_event::<T>(Event::AthleteUnregistered {
			who: caller,
			deposit: T::AthleteDeposit::get(),
		});
	}

	#[benchmark]
	fn submit_performance() {
		// A delegate submits (every delegate excluded from the draw), linked to a competition.
		let (athlete, last) = athlete::<T>(0);
		let caller = last.unwrap_or_else(|| athlete.clone());
		let competition = competition::<T>();
		candidates::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			athlete,
			event::<T>(Some(competition)),
			T::MinWitnessReward::get(),
		);

		assert_eq!(NextPerformanceId::<T>::get(), 1);
	}

	#[benchmark]
	fn claim_performance() {
		// As `submit_performance`: a delegate claims (every delegate excluded from disputing
		// and from a dispute panel), linked to a competition, at the verifier's minimum bond.
		let (athlete, last) = athlete::<T>(0);
		let caller = last.unwrap_or_else(|| athlete.clone());
		let competition = competition::<T>();
		candidates::<T>();
		let bond = T::Verifier::limits().min_claim_bond;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			athlete,
			event::<T>(Some(competition)),
			T::MinWitnessReward::get(),
			bond,
		);

		assert_eq!(NextPerformanceId::<T>::get(), 1);
		assert!(matches!(
			Performances::<T>::get(0).map(|p| p.status),
			Some(PerformanceStatus::Pending { .. })
		));
	}

	#[benchmark]
	fn create_competition() {
		let caller = funded::<T>("caller", 0);
		let ranks = T::MaxPrizeRanks::get();
		let share = Perbill::from_parts(1_000_000_000 / ranks.max(1));
		let prizes = BoundedVec::truncate_from((0..ranks).map(|_| share).collect());
		// The CLI may move from block 0 to 1 between setup and the call: start in the future.
		let start = now::<T>().saturating_add(One::one());
		let end = start.saturating_add(T::MaxCompetitionDuration::get().max(One::one()));
		Accreditations::<T>::insert(&caller, Level::International);
		sports_registered::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			text(),
			main_sport::<T>(),
			Level::International,
			location::<T>(),
			start,
			end,
			prizes,
		);

		assert!(Competitions::<T>::contains_key(0));
	}

	#[benchmark]
	fn accredit() -> Result<(), BenchmarkError> {
		let origin = T::AccreditationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let organizer = funded::<T>("organizer", 0);
		// Worst case: an existing accreditation is replaced.
		Accreditations::<T>::insert(&organizer, Level::Regional);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, organizer.clone(), Level::International);

		assert_eq!(Accreditations::<T>::get(&organizer), Some(Level::International));
		Ok(())
	}

	#[benchmark]
	fn revoke_accreditation() -> Result<(), BenchmarkError> {
		let origin = T::AccreditationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let organizer = funded::<T>("organizer", 0);
		Accreditations::<T>::insert(&organizer, Level::International);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, organizer.clone());

		assert!(!Accreditations::<T>::contains_key(&organizer));
		Ok(())
	}

	#[benchmark]
	fn fund_competition() {
		// The first funding also seeds the pot.
		let id = competition::<T>();
		let caller = funded::<T>("funder", 0);
		let amount = T::MinFunding::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id, amount);

		assert_last_event::<T>(Event::CompetitionFunded {
			id,
			funder: caller,
			amount,
			pool: amount,
		});
	}

	#[benchmark]
	fn close_competition(r: Linear<0, { T::MaxPrizeRanks::get() }>) {
		let id = competition::<T>();
		let funder = funded::<T>("funder", 0);
		Pallet::<T>::do_fund_competition(
			funder,
			id,
			T::MinFunding::get().saturating_mul(1_000u32.into()),
		)
		.expect("funds");
		let ranking: Vec<_> = (0..r).map(|i| entry::<T>("ranked", i, 1_000)).collect();
		CompetitionRankings::<T>::insert(id, BoundedVec::truncate_from(ranking));
		let end = Competitions::<T>::get(id).map(|c| c.end).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(end.saturating_add(One::one()));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(matches!(
			Competitions::<T>::get(id).map(|c| c.status),
			Some(CompetitionStatus::Closed { .. })
		));
	}

	#[benchmark]
	fn claim_refund() {
		let id = competition::<T>();
		let caller = funded::<T>("funder", 0);
		let amount = T::MinFunding::get().saturating_mul(1_000u32.into());
		Pallet::<T>::do_fund_competition(caller.clone(), id, amount).expect("funds");
		Pallet::<T>::do_fund_competition(funded::<T>("funder", 1), id, amount).expect("funds");
		let end = Competitions::<T>::get(id).map(|c| c.end).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(end.saturating_add(One::one()));
		Pallet::<T>::do_close_competition(id).expect("closes");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id);

		assert!(!CompetitionFunds::<T>::contains_key(id, caller));
	}

	#[benchmark]
	fn reap_competition() {
		// A closed competition with a full ranking, every funder refunded: the ranking goes
		// and the organizer's deposit is released.
		let id = competition::<T>();
		let funder = funded::<T>("funder", 0);
		Pallet::<T>::do_fund_competition(funder.clone(), id, T::MinFunding::get()).expect("funds");
		let ranking: Vec<_> =
			(0..T::MaxPrizeRanks::get()).map(|i| entry::<T>("ranked", i, 1_000)).collect();
		CompetitionRankings::<T>::insert(id, BoundedVec::truncate_from(ranking));
		let end = Competitions::<T>::get(id).map(|c| c.end).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(end.saturating_add(One::one()));
		Pallet::<T>::do_close_competition(id).expect("closes");
		Pallet::<T>::do_claim_refund(funder, id).expect("refunds");
		let caller = funded::<T>("reaper", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Competitions::<T>::contains_key(id));
		assert!(!CompetitionRankings::<T>::contains_key(id));
	}

	#[benchmark]
	fn reap_funders(n: Linear<0, 1_000>) {
		// `n` funders of `n + 1` are refunded pro rata (none is the last), each deposit
		// released.
		let id = competition::<T>();
		let amount = T::MinFunding::get().saturating_mul(10u32.into());
		for i in 0..=n {
			Pallet::<T>::do_fund_competition(funded::<T>("funder", i), id, amount).expect("funds");
		}
		let end = Competitions::<T>::get(id).map(|c| c.end).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(end.saturating_add(One::one()));
		Pallet::<T>::do_close_competition(id).expect("closes");
		frame_system::Pallet::<T>::set_block_number(
			now::<T>().saturating_add(T::RefundPeriod::get()),
		);
		let caller = funded::<T>("reaper", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, n);

		assert_eq!(CompetitionFunds::<T>::iter_prefix(id).count(), 1);
	}

	#[benchmark]
	fn create_challenge() {
		sports_registered::<T>();
		let caller = funded::<T>("caller", 0);
		let winners = T::MaxChallengeWinners::get();
		let criteria = ChallengeCriteria {
			sport: main_sport::<T>(),
			min_score: 1,
			min_difficulty: 1,
			min_level: Level::International,
			deadline: now::<T>().saturating_add(T::MaxChallengeDuration::get()),
			winners,
		};
		let escrow = T::MinChallengePrize::get().saturating_mul(winners.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), criteria, escrow);

		assert!(Challenges::<T>::contains_key(0));
		assert_eq!(NextChallengeId::<T>::get(), 1);
	}

	#[benchmark]
	fn close_challenge(n: Linear<0, { T::MaxChallengeWinners::get() }>) {
		sports_registered::<T>();
		let sponsor = funded::<T>("caller", 0);
		let winners = T::MaxChallengeWinners::get();
		let deadline = now::<T>().saturating_add(One::one());
		let criteria = ChallengeCriteria {
			sport: main_sport::<T>(),
			min_score: 0,
			min_difficulty: 0,
			min_level: Level::Local,
			deadline,
			winners,
		};
		let escrow = T::MinChallengePrize::get().saturating_mul(winners.into());
		Pallet::<T>::do_create_challenge(sponsor, criteria, escrow).expect("creates");
		let id = NextChallengeId::<T>::get().saturating_sub(1);
		// `n` winners recorded (their prizes stay held: only the storage cost matters here).
		for i in 0..n {
			ChallengeWinners::<T>::insert(id, funded::<T>("winner", i), u64::from(i));
		}
		Challenges::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.paid = n;
			}
		});
		frame_system::Pallet::<T>::set_block_number(deadline.saturating_add(One::one()));
		let caller = funded::<T>("closer", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Challenges::<T>::contains_key(id));
	}

	#[benchmark]
	fn predict() {
		// The first stake creates the pool and seeds the pot.
		let (athlete, _) = athlete::<T>(0);
		let (id, _) = pending::<T>(&athlete, None);
		let caller = funded::<T>("staker", 0);
		let amount = T::MinStake::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id, PredictionSide::Success, amount);

		assert!(Predictions::<T>::contains_key(id, caller));
	}

	#[benchmark]
	fn claim_prediction() {
		let (athlete, _) = athlete::<T>(0);
		let (id, request) = pending::<T>(&athlete, None);
		stakes::<T>(id);
		let caller = funded::<T>("winner", 0);
		Pallet::<T>::do_predict(caller.clone(), id, PredictionSide::Success, T::MinStake::get())
			.expect("predicts");
		report::<T>(request, &outcome::<T>(Decision::Approved, 0));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id);

		assert!(!Predictions::<T>::contains_key(id, caller));
		assert!(PredictionPools::<T>::contains_key(id));
	}

	#[benchmark]
	fn reap_prediction() {
		// A winning entry with a deposit, not the last one: its payout is computed pro rata and
		// pushed, its deposit released, and the pool kept.
		let (athlete, _) = athlete::<T>(0);
		let (id, request) = pending::<T>(&athlete, None);
		stakes::<T>(id);
		let staker = funded::<T>("winner", 0);
		Pallet::<T>::do_predict(staker.clone(), id, PredictionSide::Success, T::MinStake::get())
			.expect("predicts");
		report::<T>(request, &outcome::<T>(Decision::Approved, 0));
		frame_system::Pallet::<T>::set_block_number(
			now::<T>().saturating_add(T::ClaimPeriod::get()),
		);
		let caller = funded::<T>("reaper", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, staker.clone());

		assert!(!Predictions::<T>::contains_key(id, &staker));
		assert!(PredictionPools::<T>::contains_key(id));
	}

	#[benchmark]
	fn reap_performance() {
		// A verified performance of an athlete that unregistered, linked to a competition:
		// the full leaderboard, the full ranking and the athlete's personal best are read (none
		// lists it), its deposit is released and its challenge eligibility removed.
		let (athlete, _) = athlete::<T>(0);
		let competition = competition::<T>();
		let (id, request) = pending::<T>(&athlete, Some(competition));
		report::<T>(request, &outcome::<T>(Decision::Approved, 0));
		let level = Performances::<T>::get(id).map(|p| p.level).unwrap_or(Level::Local);
		let others = |n: u32| -> Vec<RankEntry<T::AccountId>> {
			(0..n).map(|i| entry::<T>("ranked", i, T::MaxScore::get())).collect()
		};
		Leaderboards::<T>::insert(
			main_sport::<T>(),
			level,
			BoundedVec::truncate_from(others(T::LeaderboardSize::get())),
		);
		CompetitionRankings::<T>::insert(
			competition,
			BoundedVec::truncate_from(others(T::MaxPrizeRanks::get())),
		);
		Pallet::<T>::do_unregister_athlete(athlete.clone()).expect("unregisters");
		PersonalBests::<T>::insert(
			&athlete,
			main_sport::<T>(),
			PersonalBest { score: T::MaxScore::get(), performance: u64::MAX },
		);
		assert!(ChallengeEligibility::<T>::contains_key(id));
		let caller = funded::<T>("reaper", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Performances::<T>::contains_key(id));
		assert!(!ChallengeEligibility::<T>::contains_key(id));
		assert_last_event::<T>(Event::PerformanceReaped {
			id,
			submitter: athlete,
			deposit: T::PerformanceDeposit::get(),
		});
	}

	#[benchmark]
	fn reap_personal_best() {
		// An orphan of a registered athlete with a full profile that no longer declares its
		// sport.
		let (athlete, _) = athlete::<T>(0);
		let sport = sport::<T>(T::MaxSportsPerAthlete::get());
		PersonalBests::<T>::insert(
			&athlete,
			&sport,
			PersonalBest { score: T::MaxScore::get(), performance: 0 },
		);
		let caller = funded::<T>("reaper", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), athlete.clone(), sport.clone());

		assert!(!PersonalBests::<T>::contains_key(&athlete, &sport));
		assert_last_event::<T>(Event::PersonalBestRemoved { athlete, sport });
	}

	#[benchmark]
	fn claim_challenge() {
		// Worst case: the claim pays the last prize of a challenge with every other prize
		// paid, completing it, to an athlete whose performance meets the strictest criteria.
		let (athlete, _) = athlete::<T>(0);
		let sponsor = funded::<T>("sponsor", 0);
		let winners = T::MaxChallengeWinners::get();
		let criteria = ChallengeCriteria {
			sport: main_sport::<T>(),
			min_score: T::MaxScore::get(),
			min_difficulty: T::MaxScore::get(),
			min_level: Level::Local,
			deadline: now::<T>().saturating_add(T::MaxChallengeDuration::get()),
			winners,
		};
		let prize = T::MinChallengePrize::get();
		let escrow = prize.saturating_mul(winners.into());
		Pallet::<T>::do_create_challenge(sponsor.clone(), criteria, escrow).expect("creates");
		let challenge = NextChallengeId::<T>::get().saturating_sub(1);
		let (performance, request) = pending::<T>(&athlete, None);
		report::<T>(request, &outcome::<T>(Decision::Approved, 0));
		assert!(ChallengeEligibility::<T>::contains_key(performance));
		// The other winners' prizes: recorded as paid (the escrow still holds them, which only
		// leaves more on hold).
		let others = winners.saturating_sub(1);
		for i in 0..others {
			ChallengeWinners::<T>::insert(challenge, funded::<T>("winner", i), u64::from(i));
		}
		Challenges::<T>::mutate(challenge, |c| {
			if let Some(c) = c {
				c.paid = others;
			}
		});
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), challenge, performance);

		assert_eq!(ChallengeWinners::<T>::get(challenge, &athlete), Some(performance));
		assert_eq!(
			Challenges::<T>::get(challenge).map(|c| (c.paid, c.status)),
			Some((winners, ChallengeStatus::Completed))
		);
		assert_last_event::<T>(Event::ChallengeCompleted { id: challenge });
	}

	#[benchmark]
	fn on_outcome_verified(w: Linear<0, { T::MaxWitnesses::get() }>) {
		// Drawn panel: the performance also becomes eligible for challenge prizes.
		let (athlete, _) = athlete::<T>(0);
		let competition = competition::<T>();
		let (id, request) = pending::<T>(&athlete, Some(competition));
		full_career::<T>(&athlete, competition);
		stakes::<T>(id);
		let outcome = outcome::<T>(Decision::Approved, w);

		#[block]
		{
			report::<T>(request, &outcome);
		}

		assert_eq!(
			Performances::<T>::get(id).map(|p| p.status),
			Some(PerformanceStatus::Verified { score: T::MaxScore::get() })
		);
		assert_eq!(Athletes::<T>::get(&athlete).map(|a| a.verified), Some(1));
		assert!(ChallengeEligibility::<T>::contains_key(id));
	}

	#[benchmark]
	fn on_outcome_rejected(w: Linear<0, { T::MaxWitnesses::get() }>) {
		let (athlete, _) = athlete::<T>(0);
		let competition = competition::<T>();
		let (id, request) = pending::<T>(&athlete, Some(competition));
		stakes::<T>(id);
		let outcome = outcome::<T>(Decision::Rejected, w);

		#[block]
		{
			report::<T>(request, &outcome);
		}

		assert_eq!(Performances::<T>::get(id).map(|p| p.status), Some(PerformanceStatus::Rejected));
	}

	#[benchmark]
	fn on_outcome_inconclusive() {
		let (athlete, _) = athlete::<T>(0);
		let competition = competition::<T>();
		let (id, request) = pending::<T>(&athlete, Some(competition));
		stakes::<T>(id);
		let outcome = outcome::<T>(Decision::Inconclusive, 0);

		#[block]
		{
			report::<T>(request, &outcome);
		}

		assert_eq!(
			Performances::<T>::get(id).map(|p| p.status),
			Some(PerformanceStatus::Inconclusive)
		);
	}

	#[benchmark]
	fn register_sport() {
		// A signed account: the deposit is held.
		let caller = funded::<T>("registrant", 0);
		let sport = sport::<T>(u32::MAX);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), sport.clone());

		assert_last_event::<T>(Event::SportRegistered {
			sport,
			registrant: Some(caller),
			deposit: T::SportDeposit::get(),
		});
	}

	#[benchmark]
	fn retire_sport() -> Result<(), BenchmarkError> {
		// `SportOrigin` retires a sport in use (its registrant may not): the registrant's
		// deposit is released and its four leaderboards, full, are removed.
		let origin =
			T::SportOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let caller = funded::<T>("registrant", 0);
		let sport = sport::<T>(u32::MAX);
		Pallet::<T>::do_register_sport(Some(caller.clone()), sport.clone()).expect("registers");
		for level in Level::ALL {
			let board: Vec<_> =
				(0..T::LeaderboardSize::get()).map(|i| entry::<T>("ranked", i, 0)).collect();
			Leaderboards::<T>::insert(&sport, level, BoundedVec::truncate_from(board));
		}

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, sport.clone());

		assert!(!Sports::<T>::contains_key(&sport));
		assert!(Leaderboards::<T>::iter_prefix(&sport).next().is_none());
		assert_last_event::<T>(Event::SportRetired {
			sport,
			registrant: Some(caller),
			deposit: T::SportDeposit::get(),
		});
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
