//! The sport registry: only registered sports have athletes, performances, competitions,
//! challenges and leaderboards, and each registration is paid for by its registrant's deposit
//! (or made by `SportOrigin`).

use crate::{features::validation::is_slug, *};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Fail with `UnknownSport` unless `sport` is registered.
	pub(crate) fn ensure_sport(sport: &SportOf<T>) -> DispatchResult {
		ensure!(Sports::<T>::contains_key(sport), Error::<T>::UnknownSport);
		Ok(())
	}

	/// Register `sport`, holding `SportDeposit` from `registrant` if there is one (`None`:
	/// `SportOrigin`, no deposit). See [`Pallet::register_sport`].
	pub(crate) fn do_register_sport(
		registrant: Option<T::AccountId>,
		sport: SportOf<T>,
	) -> DispatchResult {
		ensure!(is_slug(&sport), Error::<T>::InvalidSport);
		ensure!(!Sports::<T>::contains_key(&sport), Error::<T>::SportAlreadyRegistered);
		let deposit = match &registrant {
			Some(who) => {
				let deposit = T::SportDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::SportDeposit.into(), who, deposit)?;
				}
				deposit
			},
			None => Zero::zero(),
		};
		Sports::<T>::insert(&sport, SportInfo { registrant: registrant.clone(), deposit });
		Self::deposit_event(Event::SportRegistered { sport, registrant, deposit });
		Ok(())
	}

	/// Retire `sport` on behalf of `caller` (`None`: `SportOrigin`), removing its registry
	/// entry and its leaderboards and releasing its deposit. See [`Pallet::retire_sport`].
	pub(crate) fn do_retire_sport(
		caller: Option<T::AccountId>,
		sport: SportOf<T>,
	) -> DispatchResult {
		let info = Sports::<T>::get(&sport).ok_or(Error::<T>::UnknownSport)?;
		if let Some(caller) = &caller {
			ensure!(info.registrant.as_ref() == Some(caller), Error::<T>::NotRegistrant);
			// A registrant may withdraw a sport nobody uses yet; once others have built its
			// leaderboards, only `SportOrigin` may wipe them.
			ensure!(
				Level::ALL.iter().all(|level| !Leaderboards::<T>::contains_key(&sport, level)),
				Error::<T>::SportInUse
			);
		}
		let mut returned = BalanceOf::<T>::zero();
		if let Some(registrant) = &info.registrant {
			if !info.deposit.is_zero() {
				returned = T::Currency::release(
					&HoldReason::SportDeposit.into(),
					registrant,
					info.deposit,
					Precision::BestEffort,
				)?;
			}
		}
		Sports::<T>::remove(&sport);
		// One leaderboard per level: bounded, so they go in this call.
		for level in Level::ALL {
			Leaderboards::<T>::remove(&sport, level);
		}
		Self::deposit_event(Event::SportRetired {
			sport,
			registrant: info.registrant,
			deposit: returned,
		});
		Ok(())
	}
}
