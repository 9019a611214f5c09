//! Storage invariants, checked by `try_state` and after every unit test.

use crate::{features::careers::is_ranked, *};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

/// Add `amount` to the entry of `who` in `sums`.
fn add<K: Ord, B: Saturating + Default + Copy>(sums: &mut BTreeMap<K, B>, who: K, amount: B) {
	let entry = sums.entry(who).or_default();
	*entry = entry.saturating_add(amount);
}

impl<T: Config> Pallet<T> {
	/// Check that `who` holds exactly `amount` for `reason`.
	fn ensure_held(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		what: &'static str,
	) -> Result<(), TryRuntimeError> {
		ensure!(T::Currency::balance_on_hold(&reason.into(), who) == amount, what);
		Ok(())
	}

	/// Check the pallet's invariants:
	/// - accreditations are above `Local` (a `Local` one is never stored);
	/// - registered sports are slugs; registrants hold exactly the deposits of their sports, and
	///   sports without a registrant hold none; leaderboards exist only for registered sports;
	/// - athletes hold exactly their deposit; delegates are distinct; `pending` counts their
	///   pending performances;
	/// - performance ids are below `NextPerformanceId`; each pending performance is mapped
	///   from its request and each mapping points to a pending performance with that
	///   request; a performance is settled with its block; submitters hold exactly the deposits
	///   recorded in their performances (held until reaped);
	/// - histories belong to registered athletes (unregistering removes them); histories,
	///   personal bests and leaderboards refer to verified performances of the right athlete,
	///   sport, level and score (leaderboard entries may outlive the athlete's profile);
	///   leaderboards and rankings are sorted, one entry per athlete;
	/// - organizers hold exactly the deposits of their competitions (open or closed, until
	///   reaped); funders hold exactly the deposits of their entries; funds and rankings belong
	///   to existing competitions; an open competition's pool is the sum of its funds and its
	///   funders their number; a closed one has `paid + refundable = pool`,
	///   `refunded <= refundable` and as many funds left as funders left; `pending` counts
	///   linked pending performances;
	/// - sponsors hold exactly the remaining escrows of their challenges; winners recorded
	///   equal prizes paid, below the number of winners while open and equal to it once
	///   completed; each winner's performance, unless reaped since, is a verified performance of
	///   that athlete in the challenge's sport; only verified performances are eligible for
	///   challenges;
	/// - prediction pools: entry counts (`unclaimed`) match their entries, and a pool is settled
	///   with its block; stakers hold exactly the deposits of their entries; totals and staker
	///   counts match the stakes before settlement; the
	///   pot's holds equal the open prize pools plus unrefunded parts, and the held parts of
	///   prediction pools, which equal the stakes (and winnings) still to be claimed.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (_, level) in Accreditations::<T>::iter() {
			ensure!(level > Level::Local, "an accreditation at Local is stored");
		}
		let next_id = NextPerformanceId::<T>::get();
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut linked: BTreeMap<CompetitionId, u32> = BTreeMap::new();
		for (id, perf) in Performances::<T>::iter() {
			ensure!(id < next_id, "performance id not below NextPerformanceId");
			ensure!(
				perf.settled_at.is_none()
					== matches!(perf.status, PerformanceStatus::Pending { .. }),
				"a performance is settled without its block, or pending with one"
			);
			if let PerformanceStatus::Pending { request } = perf.status {
				ensure!(
					RequestPerformance::<T>::get(request) == Some(id),
					"pending performance not mapped from its request"
				);
				add(&mut pending, perf.athlete.clone(), 1u32);
				if let Some(cid) = perf.event.competition {
					add(&mut linked, cid, 1u32);
				}
			}
			// Every record holds its deposit until reaped (less the slash of a rejected one;
			// nothing for those settled before storage version 2).
			add(&mut deposits, perf.submitter.clone(), perf.deposit);
		}
		for (request, id) in RequestPerformance::<T>::iter() {
			let perf = Performances::<T>::get(id).ok_or("request of an unknown performance")?;
			ensure!(
				perf.status == PerformanceStatus::Pending { request },
				"request mapped to a performance that does not await it"
			);
		}
		for (who, deposit) in deposits {
			Self::ensure_held(
				HoldReason::PerformanceDeposit,
				&who,
				deposit,
				"held performance deposits differ from pending deposits",
			)?;
		}

		for (who, profile) in Athletes::<T>::iter() {
			Self::ensure_held(
				HoldReason::AthleteDeposit,
				&who,
				profile.deposit,
				"athlete deposit differs from its hold",
			)?;
			ensure!(
				crate::features::validation::all_distinct(&profile.delegates),
				"duplicate delegate"
			);
			ensure!(
				pending.get(&who).copied().unwrap_or(0) == profile.pending,
				"athlete pending count differs from its pending performances"
			);
		}
		for (who, history) in History::<T>::iter() {
			ensure!(Athletes::<T>::contains_key(&who), "history of an unregistered athlete");
			for id in history {
				let perf = Performances::<T>::get(id).ok_or("history of an unknown performance")?;
				ensure!(perf.athlete == who, "history lists another athlete's performance");
				ensure!(
					matches!(perf.status, PerformanceStatus::Verified { .. }),
					"history lists an unverified performance"
				);
			}
		}
		let verified_score = |id: PerformanceId| -> Option<(PerformanceOf<T>, u32)> {
			let perf = Performances::<T>::get(id)?;
			match perf.status {
				PerformanceStatus::Verified { score } => Some((perf, score)),
				_ => None,
			}
		};
		for (who, sport, pb) in PersonalBests::<T>::iter() {
			let (perf, score) =
				verified_score(pb.performance).ok_or("personal best not verified")?;
			ensure!(
				perf.athlete == who && perf.event.sport == sport && score == pb.score,
				"personal best differs from its performance"
			);
		}
		let mut sport_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (sport, info) in Sports::<T>::iter() {
			ensure!(crate::features::validation::is_slug(&sport), "registered sport not a slug");
			match info.registrant {
				Some(who) => add(&mut sport_deposits, who, info.deposit),
				None => ensure!(info.deposit.is_zero(), "sport deposit without a registrant"),
			}
		}
		for (who, deposit) in sport_deposits {
			Self::ensure_held(
				HoldReason::SportDeposit,
				&who,
				deposit,
				"held sport deposits differ from the registry",
			)?;
		}
		for (sport, level, board) in Leaderboards::<T>::iter() {
			ensure!(Sports::<T>::contains_key(&sport), "leaderboard of an unregistered sport");
			ensure!(is_ranked(&board), "leaderboard not sorted or with duplicates");
			for entry in board {
				let (perf, score) =
					verified_score(entry.performance).ok_or("leaderboard entry not verified")?;
				ensure!(
					perf.athlete == entry.athlete
						&& perf.event.sport == sport
						&& perf.level == level
						&& score == entry.score,
					"leaderboard entry differs from its performance"
				);
			}
		}

		let mut organizer_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut funder_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut prize_pools = BalanceOf::<T>::zero();
		for (id, competition) in Competitions::<T>::iter() {
			ensure!(id < NextCompetitionId::<T>::get(), "competition id not below next id");
			ensure!(
				linked.get(&id).copied().unwrap_or(0) == competition.pending,
				"competition pending count differs from linked pending performances"
			);
			let mut funds = BalanceOf::<T>::zero();
			let mut funders = 0u32;
			for (who, fund) in CompetitionFunds::<T>::iter_prefix(id) {
				funds = funds.saturating_add(fund.amount);
				funders = funders.saturating_add(1);
				add(&mut funder_deposits, who, fund.deposit);
			}
			// The organizer's deposit is held until the competition is reaped (a competition
			// closed before storage version 2 records none).
			add(&mut organizer_deposits, competition.organizer.clone(), competition.deposit);
			match competition.status {
				CompetitionStatus::Open => {
					ensure!(funds == competition.pool, "prize pool differs from its funds");
					ensure!(funders == competition.funders, "funder count differs from funds");
					prize_pools = prize_pools.saturating_add(competition.pool);
				},
				CompetitionStatus::Closed { paid, refundable, refunded, funders_left, .. } => {
					ensure!(
						paid.saturating_add(refundable) == competition.pool,
						"closed competition's paid and refundable differ from its pool"
					);
					ensure!(refunded <= refundable, "refunded more than refundable");
					ensure!(funders == funders_left, "funders left differ from funds left");
					if funders_left == 0 {
						ensure!(refunded == refundable, "refunds incomplete with no funder left");
					}
					prize_pools = prize_pools.saturating_add(refundable.saturating_sub(refunded));
				},
			}
			ensure!(is_ranked(&CompetitionRankings::<T>::get(id)), "ranking not sorted");
		}
		for (who, deposit) in organizer_deposits {
			Self::ensure_held(
				HoldReason::CompetitionDeposit,
				&who,
				deposit,
				"held competition deposits differ from the competitions",
			)?;
		}
		for (who, deposit) in funder_deposits {
			Self::ensure_held(
				HoldReason::FunderDeposit,
				&who,
				deposit,
				"held funder deposits differ from the funders' entries",
			)?;
		}
		for (id, _) in CompetitionFunds::<T>::iter_keys() {
			ensure!(Competitions::<T>::contains_key(id), "funds of an unknown competition");
		}
		for id in CompetitionRankings::<T>::iter_keys() {
			ensure!(Competitions::<T>::contains_key(id), "ranking of an unknown competition");
		}
		let pot = Self::pot_account();
		Self::ensure_held(
			HoldReason::PrizePool,
			&pot,
			prize_pools,
			"pot's prize pool hold differs from the pools",
		)?;

		let mut escrows: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, challenge) in Challenges::<T>::iter() {
			add(&mut escrows, challenge.sponsor.clone(), challenge.remaining());
			let winners = ChallengeWinners::<T>::iter_prefix(id).count();
			ensure!(
				winners == usize::try_from(challenge.paid).unwrap_or(usize::MAX),
				"challenge winners differ from prizes paid"
			);
			ensure!(challenge.paid <= challenge.criteria.winners, "too many prizes paid");
			match challenge.status {
				ChallengeStatus::Open => {
					ensure!(challenge.paid < challenge.criteria.winners, "open challenge is full");
				},
				ChallengeStatus::Completed => {
					ensure!(
						challenge.paid == challenge.criteria.winners,
						"completed challenge with prizes left"
					);
				},
			}
		}
		for (id, athlete, performance) in ChallengeWinners::<T>::iter() {
			let challenge = Challenges::<T>::get(id).ok_or("winner of an unknown challenge")?;
			// A winning performance may have been reaped since (its athlete unregistered).
			let Some(perf) = Performances::<T>::get(performance) else {
				continue;
			};
			ensure!(
				matches!(perf.status, PerformanceStatus::Verified { .. }),
				"winning performance not verified"
			);
			ensure!(
				perf.athlete == athlete && perf.event.sport == challenge.criteria.sport,
				"winning performance of another athlete or sport"
			);
		}
		for (id, _) in ChallengeEligibility::<T>::iter() {
			let perf = Performances::<T>::get(id).ok_or("eligibility of an unknown performance")?;
			ensure!(
				matches!(perf.status, PerformanceStatus::Verified { .. }),
				"eligibility of an unverified performance"
			);
		}
		for (who, escrow) in escrows {
			Self::ensure_held(
				HoldReason::ChallengeEscrow,
				&who,
				escrow,
				"held escrows differ from challenges",
			)?;
		}

		let mut predictions_held = BalanceOf::<T>::zero();
		let mut stake_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, pool) in PredictionPools::<T>::iter() {
			predictions_held = predictions_held.saturating_add(pool.held);
			ensure!(
				pool.settlement.is_some() == pool.settled_at.is_some(),
				"pool settled without its block, or the other way round"
			);
			let mut totals = (BalanceOf::<T>::zero(), BalanceOf::<T>::zero());
			let mut counts = (0u32, 0u32);
			for (who, prediction) in Predictions::<T>::iter_prefix(id) {
				add(&mut stake_deposits, who, prediction.deposit);
				match prediction.side {
					PredictionSide::Success => {
						totals.0 = totals.0.saturating_add(prediction.amount);
						counts.0 = counts.0.saturating_add(1);
					},
					PredictionSide::Failure => {
						totals.1 = totals.1.saturating_add(prediction.amount);
						counts.1 = counts.1.saturating_add(1);
					},
				}
			}
			ensure!(
				counts.0.saturating_add(counts.1) == pool.unclaimed,
				"unclaimed count differs from stakes"
			);
			match pool.settlement {
				None => {
					ensure!(
						totals == (pool.success, pool.failure)
							&& counts == (pool.success_stakers, pool.failure_stakers),
						"pool totals differ from stakes"
					);
					ensure!(
						pool.held == pool.success.saturating_add(pool.failure),
						"unsettled pool holds more or less than its stakes"
					);
				},
				Some(Settlement::Refund) => {
					ensure!(
						pool.held == totals.0.saturating_add(totals.1),
						"refunding pool holds more or less than its stakes"
					);
				},
				Some(Settlement::Won { side, distributable, paid, winners_left }) => {
					let (stakes, stakers) = match side {
						PredictionSide::Success => (totals.0, counts.0),
						PredictionSide::Failure => (totals.1, counts.1),
					};
					ensure!(stakers == winners_left, "winners left differ from winning stakes");
					ensure!(paid <= distributable, "paid more than distributable");
					ensure!(
						pool.held == stakes.saturating_add(distributable.saturating_sub(paid)),
						"settled pool holds more or less than its winners' claims"
					);
					ensure!(
						distributable.saturating_add(pool.fee_paid) == pool.total(side.opposite()),
						"distributable plus fee differs from the losing side"
					);
				},
			}
		}
		for (id, _) in Predictions::<T>::iter_keys() {
			ensure!(PredictionPools::<T>::contains_key(id), "stake without a pool");
		}
		for (who, deposit) in stake_deposits {
			Self::ensure_held(
				HoldReason::PredictionDeposit,
				&who,
				deposit,
				"held prediction deposits differ from the stakers' entries",
			)?;
		}
		Self::ensure_held(
			HoldReason::PredictionPool,
			&pot,
			predictions_held,
			"pot's prediction hold differs from the pools",
		)?;
		Ok(())
	}
}
