//! Rosters: the candidates of a domain's draws, frozen before any seed they are drawn with.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use sp_runtime::{traits::Zero, DispatchError, SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	/// Rebuild `domain`'s roster, `who` paying the deposit of a domain's first roster. See
	/// [`Pallet::rotate_roster`]. Returns the number of entries read from the lists.
	pub(crate) fn do_rotate_roster(
		who: T::AccountId,
		domain: DomainId,
	) -> Result<u32, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let info = match CurrentRosters::<T>::get(domain) {
			Some(mut info) => {
				ensure!(
					now >= info.built_at.saturating_add(T::RosterPeriod::get()),
					Error::<T>::RosterTooRecent
				);
				// Two eras live at most: the rotation drops the one before the current.
				if let Some(previous) = info.era.checked_sub(1) {
					ensure!(
						RosterDraws::<T>::get(domain, previous).is_zero(),
						Error::<T>::RosterInUse
					);
					Rosters::<T>::remove(domain, previous);
				}
				info.era = info.era.checked_add(1).ok_or(Error::<T>::Overflow)?;
				info.built_at = now;
				info
			},
			None => {
				let deposit = T::RosterDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::RosterDeposit.into(), &who, deposit)?;
				}
				RosterInfo { era: 0, built_at: now, depositor: who, deposit }
			},
		};
		let (roster, read) = Self::build_roster(&domain);
		let candidates = roster.entries.len().saturated_into::<u32>();
		let total_weight = roster.total_weight;
		Rosters::<T>::insert(domain, info.era, roster);
		let era = info.era;
		CurrentRosters::<T>::insert(domain, info);
		Self::deposit_event(Event::RosterRotated { domain, era, candidates, total_weight });
		Ok(read)
	}

	/// The roster of `domain` as of now: its eligible witnesses with their weights. Returns it
	/// with the number of list entries read.
	pub(crate) fn build_roster(domain: &DomainId) -> (RosterOf<T>, u32) {
		let (candidates, read) = Self::eligible_with_weights(domain);
		let total_weight = candidates.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
		// Both lists are bounded by `MaxWitnessesPerDomain`, the roster by twice that.
		let roster = RosterOf::<T> { total_weight, entries: BoundedVec::truncate_from(candidates) };
		(roster, read)
	}

	/// The active witnesses of `domain` (those declaring it, then those serving every domain)
	/// below `MaxPendingDuties`, with their current weights, and the number of list entries
	/// read. A witness at the cap is left out of rosters until it has worked some duties off.
	pub(crate) fn eligible_with_weights(domain: &DomainId) -> (Vec<(T::AccountId, u128)>, u32) {
		let listed: Vec<T::AccountId> = DomainWitnesses::<T>::get(domain)
			.into_iter()
			.chain(GeneralWitnesses::<T>::get())
			.map(|(who, _)| who)
			.collect();
		let read = listed.len().saturated_into::<u32>();
		let eligible = listed
			.into_iter()
			.filter_map(|who| {
				let info = Witnesses::<T>::get(&who)?;
				let free = info.pending < T::MaxPendingDuties::get();
				(free && Self::is_eligible(&info, domain)).then(|| {
					let weight = Self::witness_weight(&info);
					(who, weight)
				})
			})
			.collect();
		(eligible, read)
	}

	/// Remove `domain`'s rosters and return their deposit. See [`Pallet::retire_roster`].
	pub(crate) fn do_retire_roster(domain: DomainId) -> DispatchResult {
		let info = CurrentRosters::<T>::get(domain).ok_or(Error::<T>::NoRoster)?;
		let now = frame_system::Pallet::<T>::block_number();
		let previous = info.era.checked_sub(1);
		ensure!(
			now >= info.built_at.saturating_add(T::RosterRetirement::get())
				&& RosterDraws::<T>::get(domain, info.era).is_zero()
				&& previous.is_none_or(|era| RosterDraws::<T>::get(domain, era).is_zero()),
			Error::<T>::RosterNotRetirable
		);
		if !info.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::RosterDeposit.into(),
				&info.depositor,
				info.deposit,
				Precision::BestEffort,
			)?;
		}
		Rosters::<T>::remove(domain, info.era);
		if let Some(era) = previous {
			Rosters::<T>::remove(domain, era);
		}
		CurrentRosters::<T>::remove(domain);
		Self::deposit_event(Event::RosterRetired {
			domain,
			depositor: info.depositor,
			deposit: info.deposit,
		});
		Ok(())
	}
}
