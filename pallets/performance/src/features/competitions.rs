//! Competitions, their prize pools and refunds, and the reaping of closed competitions.
//!
//! Each funder's entry holds its own `FunderDeposit` and nothing iterates the funders at
//! closing (refunds are pulled with `claim_refund`, or pushed a bounded batch at a time with
//! `reap_funders` after `RefundPeriod`), so there is no cap on funders. The organizer's
//! `CompetitionDeposit` pays for the competition and its ranking until `reap_competition`.

use crate::{
	features::{
		pot::mul_div_floor,
		validation::{is_slug, is_text},
	},
	*,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	storage::with_storage_layer,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError, Perbill, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Create a competition. See [`Pallet::create_competition`].
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_create_competition(
		organizer: T::AccountId,
		name: NameOf<T>,
		sport: SportOf<T>,
		level: Level,
		location: Location<VenueOf<T>>,
		start: BlockNumberOf<T>,
		end: BlockNumberOf<T>,
		prizes: PrizeTableOf<T>,
	) -> DispatchResult {
		ensure!(!name.is_empty() && is_text(&name), Error::<T>::InvalidName);
		ensure!(is_slug(&sport), Error::<T>::InvalidSport);
		Self::ensure_sport(&sport)?;
		ensure!(level <= Self::accredited_level(&organizer), Error::<T>::NotAccredited);
		ensure!(is_text(&location.venue), Error::<T>::InvalidVenue);
		ensure!(location.coordinates.is_valid(), Error::<T>::InvalidCoordinates);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			start >= now
				&& end > start
				&& end.saturating_sub(start) <= T::MaxCompetitionDuration::get(),
			Error::<T>::InvalidSchedule
		);
		let total = prizes
			.iter()
			.fold(0u64, |acc, share| acc.saturating_add(u64::from(share.deconstruct())));
		ensure!(
			!prizes.is_empty() && total <= u64::from(Perbill::one().deconstruct()),
			Error::<T>::InvalidPrizeTable
		);
		let id = NextCompetitionId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::CompetitionDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::CompetitionDeposit.into(), &organizer, deposit)?;
		}
		NextCompetitionId::<T>::put(next_id);
		Competitions::<T>::insert(
			id,
			Competition {
				organizer: organizer.clone(),
				name,
				sport: sport.clone(),
				level,
				location,
				start,
				end,
				prizes,
				deposit,
				pool: Zero::zero(),
				funders: 0,
				pending: 0,
				status: CompetitionStatus::Open,
			},
		);
		Self::deposit_event(Event::CompetitionCreated { id, organizer, sport, level, start, end });
		Ok(())
	}

	/// Fund competition `id`. See [`Pallet::fund_competition`].
	pub(crate) fn do_fund_competition(
		who: T::AccountId,
		id: CompetitionId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut competition = Competitions::<T>::get(id).ok_or(Error::<T>::UnknownCompetition)?;
		ensure!(competition.status == CompetitionStatus::Open, Error::<T>::CompetitionClosed);
		ensure!(
			frame_system::Pallet::<T>::block_number() <= competition.end,
			Error::<T>::CompetitionEnded
		);
		ensure!(amount >= T::MinFunding::get(), Error::<T>::FundingTooLow);
		let fund = match CompetitionFunds::<T>::get(id, &who) {
			Some(previous) => Fund {
				amount: previous.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?,
				deposit: previous.deposit,
			},
			None => {
				// A new entry: its funder pays for it (no cap, nothing iterates the entries).
				competition.funders =
					competition.funders.checked_add(1).ok_or(Error::<T>::Overflow)?;
				let deposit = T::FunderDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::FunderDeposit.into(), &who, deposit)?;
				}
				Fund { amount, deposit }
			},
		};
		competition.pool = competition.pool.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Self::pot_deposit(HoldReason::PrizePool, &who, amount)?;
		CompetitionFunds::<T>::insert(id, &who, fund);
		let pool = competition.pool;
		Competitions::<T>::insert(id, competition);
		Self::deposit_event(Event::CompetitionFunded { id, funder: who, amount, pool });
		Ok(())
	}

	/// Close competition `id`. See [`Pallet::close_competition`]. Returns the number of
	/// prizes attempted.
	pub(crate) fn do_close_competition(id: CompetitionId) -> Result<u32, DispatchError> {
		let mut competition = Competitions::<T>::get(id).ok_or(Error::<T>::UnknownCompetition)?;
		ensure!(competition.status == CompetitionStatus::Open, Error::<T>::CompetitionClosed);
		ensure!(
			frame_system::Pallet::<T>::block_number() > competition.end,
			Error::<T>::CompetitionNotEnded
		);
		ensure!(competition.pending == 0, Error::<T>::PendingPerformances);
		// The organizer's deposit stays held until the competition is reaped.
		let ranking = CompetitionRankings::<T>::get(id);
		let mut paid = BalanceOf::<T>::zero();
		let mut attempted = 0u32;
		for (rank, (entry, share)) in ranking.iter().zip(competition.prizes.iter()).enumerate() {
			let amount = share.mul_floor(competition.pool);
			if amount.is_zero() {
				continue;
			}
			attempted = attempted.saturating_add(1);
			match with_storage_layer(|| {
				Self::pot_pay(HoldReason::PrizePool, &entry.athlete, amount)
			}) {
				Ok(()) => {
					paid = paid.saturating_add(amount);
					Self::deposit_event(Event::PrizePaid {
						competition: id,
						rank: rank.saturated_into(),
						athlete: entry.athlete.clone(),
						amount,
					});
				},
				Err(e) => {
					log::warn!(target: LOG_TARGET, "prize of competition {id} not paid: {e:?}");
				},
			}
		}
		let refundable = competition.pool.saturating_sub(paid);
		competition.status = CompetitionStatus::Closed {
			paid,
			refundable,
			refunded: Zero::zero(),
			funders_left: competition.funders,
			closed_at: frame_system::Pallet::<T>::block_number(),
		};
		Competitions::<T>::insert(id, competition);
		Self::deposit_event(Event::CompetitionClosed { id, paid, refundable });
		Ok(attempted)
	}

	/// Refund the share of `who` of closed competition `id`. See [`Pallet::claim_refund`].
	pub(crate) fn do_claim_refund(who: T::AccountId, id: CompetitionId) -> DispatchResult {
		let mut competition = Competitions::<T>::get(id).ok_or(Error::<T>::UnknownCompetition)?;
		ensure!(
			matches!(competition.status, CompetitionStatus::Closed { .. }),
			Error::<T>::CompetitionNotClosed
		);
		let fund = CompetitionFunds::<T>::get(id, &who).ok_or(Error::<T>::NotFunder)?;
		let (status, amount, deposit) = Self::refund(id, &competition, &who, fund)?;
		competition.status = status;
		Competitions::<T>::insert(id, competition);
		Self::deposit_event(Event::RefundClaimed { competition: id, funder: who, amount, deposit });
		Ok(())
	}

	/// Push the refunds of up to `max` funders of closed competition `id`, `RefundPeriod`
	/// after its closing. See [`Pallet::reap_funders`]. Returns the number of funders
	/// attempted.
	pub(crate) fn do_reap_funders(id: CompetitionId, max: u32) -> Result<u32, DispatchError> {
		let mut competition = Competitions::<T>::get(id).ok_or(Error::<T>::UnknownCompetition)?;
		let CompetitionStatus::Closed { funders_left, closed_at, .. } = competition.status else {
			return Err(Error::<T>::CompetitionNotClosed.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= closed_at.saturating_add(T::RefundPeriod::get()), Error::<T>::TooEarly);
		ensure!(funders_left > 0, Error::<T>::NoFundersLeft);
		let batch: Vec<(T::AccountId, FundOf<T>)> =
			CompetitionFunds::<T>::iter_prefix(id).take(max.saturated_into::<usize>()).collect();
		let attempted = batch.len().saturated_into::<u32>();
		for (funder, fund) in batch {
			// A refund that cannot be delivered (only conceivable without a funder deposit to
			// keep the account alive) stays for its funder to claim; the others go on.
			match with_storage_layer(|| Self::refund(id, &competition, &funder, fund)) {
				Ok((status, amount, deposit)) => {
					competition.status = status;
					Self::deposit_event(Event::RefundReaped {
						competition: id,
						funder,
						amount,
						deposit,
					});
				},
				Err(e) => {
					log::warn!(target: LOG_TARGET, "refund of competition {id} not pushed: {e:?}");
				},
			}
		}
		Competitions::<T>::insert(id, competition);
		Ok(attempted)
	}

	/// Pay `who` its share of the refundable part of closed competition `id` (the last funder
	/// the rest), release its entry's deposit and remove the entry. Returns the competition's
	/// new status (the caller stores it), the refund and the deposit released.
	fn refund(
		id: CompetitionId,
		competition: &CompetitionOf<T>,
		who: &T::AccountId,
		fund: FundOf<T>,
	) -> Result<(CompetitionStatusOf<T>, BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let CompetitionStatus::Closed { paid, refundable, refunded, funders_left, closed_at } =
			competition.status
		else {
			return Err(Error::<T>::CompetitionNotClosed.into());
		};
		let left = refundable.saturating_sub(refunded);
		let amount = if funders_left <= 1 {
			left
		} else {
			mul_div_floor(
				refundable,
				fund.amount.saturated_into::<u128>(),
				competition.pool.saturated_into::<u128>(),
			)
			.min(left)
		};
		// The refund first, while the deposit still keeps the funder's account alive.
		Self::pot_pay(HoldReason::PrizePool, who, amount)?;
		let deposit = if fund.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::FunderDeposit.into(),
				who,
				fund.deposit,
				Precision::BestEffort,
			)?
		};
		CompetitionFunds::<T>::remove(id, who);
		let status = CompetitionStatus::Closed {
			paid,
			refundable,
			refunded: refunded.saturating_add(amount),
			funders_left: funders_left.saturating_sub(1),
			closed_at,
		};
		Ok((status, amount, deposit))
	}

	/// Remove closed competition `id` with no funder left and its ranking, and release the
	/// organizer's deposit. See [`Pallet::reap_competition`].
	pub(crate) fn do_reap_competition(id: CompetitionId) -> DispatchResult {
		let competition = Competitions::<T>::get(id).ok_or(Error::<T>::UnknownCompetition)?;
		let CompetitionStatus::Closed { funders_left, .. } = competition.status else {
			return Err(Error::<T>::CompetitionNotClosed.into());
		};
		ensure!(funders_left == 0, Error::<T>::FundersLeft);
		let deposit = if competition.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::CompetitionDeposit.into(),
				&competition.organizer,
				competition.deposit,
				Precision::BestEffort,
			)?
		};
		CompetitionRankings::<T>::remove(id);
		Competitions::<T>::remove(id);
		Self::deposit_event(Event::CompetitionReaped {
			id,
			organizer: competition.organizer,
			deposit,
		});
		Ok(())
	}
}
