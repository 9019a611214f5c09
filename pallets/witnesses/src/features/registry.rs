//! The witness registry: registration, bonds, unbonding, role multipliers and the
//! per-domain eligibility index.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	FixedPointNumber, FixedU128,
};

impl<T: Config> Pallet<T> {
	/// Register `who` as a witness. See [`Pallet::register`].
	pub(crate) fn do_register(
		who: T::AccountId,
		role: Role,
		bond: BalanceOf<T>,
		domains: DomainsOf<T>,
	) -> DispatchResult {
		ensure!(!Witnesses::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(bond >= T::MinimumBond::get() && !bond.is_zero(), Error::<T>::BondTooLow);
		for (i, domain) in domains.iter().enumerate() {
			ensure!(
				!domains.iter().skip(i.saturating_add(1)).any(|d| d == domain),
				Error::<T>::DuplicateDomain
			);
		}
		Self::index_add(&who, &domains)?;
		T::Currency::hold(&HoldReason::WitnessBond.into(), &who, bond)?;
		let now = frame_system::Pallet::<T>::block_number();
		Witnesses::<T>::insert(
			&who,
			WitnessInfo {
				role,
				bond,
				domains: domains.clone(),
				credibility: T::InitialCredibility::get().max(T::MinCredibility::get()),
				status: WitnessStatus::Active,
				stats: WitnessStats::default(),
				pending: 0,
				registered_at: now,
			},
		);
		Self::deposit_event(Event::WitnessRegistered { who, role, bond, domains });
		Ok(())
	}

	/// Increase the bond of `who`. See [`Pallet::bond_extra`].
	pub(crate) fn do_bond_extra(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(
			!matches!(info.status, WitnessStatus::Unbonding { .. }),
			Error::<T>::WitnessUnbonding
		);
		let bond = info.bond.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::WitnessBond.into(), &who, amount)?;
		info.bond = bond;
		let reactivated =
			info.status == WitnessStatus::Deactivated && bond >= T::MinimumBond::get();
		if reactivated {
			Self::index_add(&who, &info.domains)?;
			info.status = WitnessStatus::Active;
		}
		Witnesses::<T>::insert(&who, info);
		Self::deposit_event(Event::BondIncreased { who: who.clone(), amount, bond });
		if reactivated {
			Self::deposit_event(Event::WitnessReactivated { who });
		}
		Ok(())
	}

	/// Start unbonding `who`. See [`Pallet::unbond`].
	pub(crate) fn do_unbond(who: T::AccountId) -> DispatchResult {
		let mut info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		let was_active = match info.status {
			WitnessStatus::Unbonding { .. } => return Err(Error::<T>::WitnessUnbonding.into()),
			WitnessStatus::Active => true,
			WitnessStatus::Deactivated => false,
		};
		let unlock_at = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::UnbondingPeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		if was_active {
			Self::index_remove(&who, &info.domains);
		}
		info.status = WitnessStatus::Unbonding { unlock_at };
		Witnesses::<T>::insert(&who, info);
		Self::deposit_event(Event::UnbondingStarted { who, unlock_at });
		Ok(())
	}

	/// Withdraw the bond of `who`. See [`Pallet::withdraw_unbonded`].
	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		let WitnessStatus::Unbonding { unlock_at } = info.status else {
			return Err(Error::<T>::NotUnbonding.into());
		};
		ensure!(
			frame_system::Pallet::<T>::block_number() >= unlock_at,
			Error::<T>::UnbondingNotFinished
		);
		ensure!(info.pending == 0, Error::<T>::PendingAttestations);
		let amount = T::Currency::release(
			&HoldReason::WitnessBond.into(),
			&who,
			info.bond,
			Precision::BestEffort,
		)?;
		Witnesses::<T>::remove(&who);
		Self::deposit_event(Event::BondWithdrawn { who, amount });
		Ok(())
	}

	/// Set a role multiplier. See [`Pallet::set_role_multiplier`].
	pub(crate) fn do_set_role_multiplier(role: Role, multiplier: FixedU128) -> DispatchResult {
		ensure!(
			!multiplier.is_zero() && multiplier <= T::MaxRoleMultiplier::get(),
			Error::<T>::InvalidMultiplier
		);
		RoleMultipliers::<T>::insert(role, multiplier);
		Self::deposit_event(Event::RoleMultiplierSet { role, multiplier });
		Ok(())
	}

	/// The weight of a witness: `max(1, bond × role multiplier × credibility)`.
	pub fn witness_weight(info: &WitnessInfoOf<T>) -> u128 {
		let bond: u128 = info.bond.saturated_into();
		let multiplier = RoleMultipliers::<T>::get(info.role);
		let scaled = multiplier.saturating_mul_int(bond);
		info.credibility.mul_floor(scaled).max(1)
	}

	/// Whether `info` may attest in `domain` (ignoring panels and the requester).
	pub(crate) fn is_eligible(info: &WitnessInfoOf<T>, domain: &DomainId) -> bool {
		info.status == WitnessStatus::Active
			&& (info.domains.is_empty() || info.domains.contains(domain))
	}

	/// Add `who` to the eligibility index of each of `domains` (or the general list).
	pub(crate) fn index_add(who: &T::AccountId, domains: &DomainsOf<T>) -> DispatchResult {
		if domains.is_empty() {
			GeneralWitnesses::<T>::try_mutate(|list| -> DispatchResult {
				if !list.contains(who) {
					list.try_push(who.clone()).map_err(|_| Error::<T>::DomainFull)?;
				}
				Ok(())
			})
		} else {
			for domain in domains.iter() {
				DomainWitnesses::<T>::try_mutate(domain, |list| -> DispatchResult {
					if !list.contains(who) {
						list.try_push(who.clone()).map_err(|_| Error::<T>::DomainFull)?;
					}
					Ok(())
				})?;
			}
			Ok(())
		}
	}

	/// Remove `who` from the eligibility index of each of `domains` (or the general list).
	pub(crate) fn index_remove(who: &T::AccountId, domains: &DomainsOf<T>) {
		if domains.is_empty() {
			GeneralWitnesses::<T>::mutate(|list| list.retain(|a| a != who));
		} else {
			for domain in domains.iter() {
				DomainWitnesses::<T>::mutate_exists(domain, |maybe| {
					if let Some(list) = maybe {
						list.retain(|a| a != who);
						if list.is_empty() {
							*maybe = None;
						}
					}
				});
			}
		}
	}

	/// Deactivate `who` if its bond fell below the minimum while active. Returns whether it
	/// was deactivated; the caller stores `info`.
	pub(crate) fn maybe_deactivate(who: &T::AccountId, info: &mut WitnessInfoOf<T>) -> bool {
		if info.status == WitnessStatus::Active && info.bond < T::MinimumBond::get() {
			Self::index_remove(who, &info.domains);
			info.status = WitnessStatus::Deactivated;
			Self::deposit_event(Event::WitnessDeactivated { who: who.clone() });
			true
		} else {
			false
		}
	}
}
