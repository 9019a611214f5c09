//! Athlete profiles and delegates.

use crate::{
	features::validation::{all_distinct, is_slug, is_text},
	*,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Check a name and a list of sports.
	pub(crate) fn validate_profile(name: &NameOf<T>, sports: &SportsOf<T>) -> DispatchResult {
		ensure!(!name.is_empty() && is_text(name), Error::<T>::InvalidName);
		ensure!(sports.iter().all(|s| is_slug(s)), Error::<T>::InvalidSport);
		ensure!(all_distinct(sports), Error::<T>::DuplicateSport);
		Ok(())
	}

	/// Register `who` as an athlete. See [`Pallet::register_athlete`].
	pub(crate) fn do_register_athlete(
		who: T::AccountId,
		name: NameOf<T>,
		sports: SportsOf<T>,
		nostr_key: Option<NostrKey>,
	) -> DispatchResult {
		ensure!(!Athletes::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		Self::validate_profile(&name, &sports)?;
		for sport in sports.iter() {
			Self::ensure_sport(sport)?;
		}
		let deposit = T::AthleteDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AthleteDeposit.into(), &who, deposit)?;
		}
		Athletes::<T>::insert(
			&who,
			AthleteProfile {
				name,
				sports,
				level: Level::Local,
				nostr_key,
				delegates: Default::default(),
				deposit,
				verified: 0,
				pending: 0,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::AthleteRegistered { who, deposit });
		Ok(())
	}

	/// Remove the profile of `who`, its history and the personal bests of its declared sports,
	/// and release its deposit. See [`Pallet::unregister_athlete`].
	pub(crate) fn do_unregister_athlete(who: T::AccountId) -> DispatchResult {
		let profile = Athletes::<T>::get(&who).ok_or(Error::<T>::NotAthlete)?;
		ensure!(profile.pending == 0, Error::<T>::PendingPerformances);
		if !profile.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::AthleteDeposit.into(),
				&who,
				profile.deposit,
				Precision::Exact,
			)?;
		}
		for sport in profile.sports.iter() {
			PersonalBests::<T>::remove(&who, sport);
		}
		History::<T>::remove(&who);
		Athletes::<T>::remove(&who);
		Self::deposit_event(Event::AthleteUnregistered { who, deposit: profile.deposit });
		Ok(())
	}

	/// Update the profile of `who`. See [`Pallet::update_profile`].
	pub(crate) fn do_update_profile(
		who: T::AccountId,
		name: NameOf<T>,
		sports: SportsOf<T>,
		nostr_key: Option<NostrKey>,
	) -> DispatchResult {
		let mut profile = Athletes::<T>::get(&who).ok_or(Error::<T>::NotAthlete)?;
		Self::validate_profile(&name, &sports)?;
		// Sports added must be registered; those kept may have been retired since.
		for sport in sports.iter().filter(|s| !profile.sports.contains(s)) {
			Self::ensure_sport(sport)?;
		}
		// The personal bests of the sports dropped go with them (at most
		// `MaxSportsPerAthlete`): the athlete's deposit pays for those of its declared sports.
		let dropped: alloc::vec::Vec<SportOf<T>> =
			profile.sports.iter().filter(|s| !sports.contains(s)).cloned().collect();
		profile.name = name;
		profile.sports = sports;
		profile.nostr_key = nostr_key;
		Athletes::<T>::insert(&who, profile);
		for sport in dropped {
			if PersonalBests::<T>::take(&who, &sport).is_some() {
				Self::deposit_event(Event::PersonalBestRemoved { athlete: who.clone(), sport });
			}
		}
		Self::deposit_event(Event::ProfileUpdated { who });
		Ok(())
	}

	/// Add a delegate of `athlete`. See [`Pallet::add_delegate`].
	pub(crate) fn do_add_delegate(athlete: T::AccountId, delegate: T::AccountId) -> DispatchResult {
		let mut profile = Athletes::<T>::get(&athlete).ok_or(Error::<T>::NotAthlete)?;
		ensure!(athlete != delegate, Error::<T>::SelfDelegate);
		ensure!(!profile.delegates.contains(&delegate), Error::<T>::AlreadyDelegate);
		profile.delegates.try_push(delegate.clone()).map_err(|_| Error::<T>::TooManyDelegates)?;
		Athletes::<T>::insert(&athlete, profile);
		Self::deposit_event(Event::DelegateAdded { athlete, delegate });
		Ok(())
	}

	/// Remove a delegate of `athlete`. See [`Pallet::remove_delegate`].
	pub(crate) fn do_remove_delegate(
		athlete: T::AccountId,
		delegate: T::AccountId,
	) -> DispatchResult {
		let mut profile = Athletes::<T>::get(&athlete).ok_or(Error::<T>::NotAthlete)?;
		let before = profile.delegates.len();
		profile.delegates.retain(|d| d != &delegate);
		ensure!(profile.delegates.len() < before, Error::<T>::NotDelegate);
		Athletes::<T>::insert(&athlete, profile);
		Self::deposit_event(Event::DelegateRemoved { athlete, delegate });
		Ok(())
	}
}
