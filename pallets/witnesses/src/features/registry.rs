//! The witness registry: registration, bonds, unbonding, role multipliers and the
//! per-domain eligibility index.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_support::{traits::Get, BoundedVec};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	FixedPointNumber, FixedU128, SaturatedConversion,
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
		Self::index_add(&who, &domains, bond, true)?;
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
			info.status = WitnessStatus::Active;
		}
		if info.status == WitnessStatus::Active {
			// A raised bond moves the witness up its lists, or back into lists it was
			// evicted from or pruned from where it is now heavier than the lightest entry.
			Self::index_add(&who, &info.domains, bond, false)?;
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
		ensure!(
			!matches!(info.status, WitnessStatus::Unbonding { .. }),
			Error::<T>::WitnessUnbonding
		);
		let unlock_at = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::UnbondingPeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		// A deactivated witness may still have entries (until pruned): remove them too.
		Self::index_remove(&who, &info.domains);
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

	/// Count one more pending duty of `who` (a seat drawn for it), if it is registered.
	pub(crate) fn add_duty(who: &T::AccountId) {
		Witnesses::<T>::mutate(who, |info| {
			if let Some(info) = info {
				info.pending = info.pending.saturating_add(1);
			}
		});
	}

	/// End one pending duty of `who` without settling it (its request was cancelled).
	pub(crate) fn end_duty(who: &T::AccountId) {
		Witnesses::<T>::mutate(who, |info| {
			if let Some(info) = info {
				info.pending = info.pending.saturating_sub(1);
			}
		});
	}

	/// Whether `info` may attest in `domain` (ignoring panels and the requester).
	pub(crate) fn is_eligible(info: &WitnessInfoOf<T>, domain: &DomainId) -> bool {
		info.status == WitnessStatus::Active
			&& (info.domains.is_empty() || info.domains.contains(domain))
	}

	/// Put `who` with `bond` into the eligibility list of each of `domains` (or the general
	/// list), at its sorted place, moving it if it is there already. Where a list is full and
	/// `who` is not heavier than its lightest entry: with `strict`, fail with `DomainFull`
	/// (the caller's dispatch reverts every list); otherwise leave `who` out of that list.
	/// Evicted entries raise [`Event::WitnessEvicted`].
	pub(crate) fn index_add(
		who: &T::AccountId,
		domains: &DomainsOf<T>,
		bond: BalanceOf<T>,
		strict: bool,
	) -> DispatchResult {
		let place_in = |list: &mut EligibilityListOf<T>, domain: Option<DomainId>| match place(
			list, who, bond,
		) {
			Placement::Placed => Ok(()),
			Placement::Evicted(evicted) => {
				Self::deposit_event(Event::WitnessEvicted { who: evicted, domain });
				Ok(())
			},
			Placement::Full if strict => Err(Error::<T>::DomainFull),
			Placement::Full => Ok(()),
		};
		if domains.is_empty() {
			GeneralWitnesses::<T>::try_mutate(|list| place_in(list, None))?;
		} else {
			for domain in domains.iter() {
				DomainWitnesses::<T>::try_mutate(domain, |list| place_in(list, Some(*domain)))?;
			}
		}
		Ok(())
	}

	/// Remove `who` from the eligibility list of each of `domains` (or the general list).
	/// Returns whether it was in any.
	pub(crate) fn index_remove(who: &T::AccountId, domains: &DomainsOf<T>) -> bool {
		let remove = |list: &mut EligibilityListOf<T>| {
			let before = list.len();
			list.retain(|(a, _)| a != who);
			list.len() < before
		};
		if domains.is_empty() {
			return GeneralWitnesses::<T>::mutate(remove);
		}
		let mut removed = false;
		for domain in domains.iter() {
			DomainWitnesses::<T>::mutate_exists(domain, |maybe| {
				if let Some(list) = maybe {
					removed |= remove(list);
					if list.is_empty() {
						*maybe = None;
					}
				}
			});
		}
		removed
	}

	/// Deactivate `who` if its bond fell below the minimum while active. Returns whether it
	/// was deactivated; the caller stores `info`. Only the status changes: the eligibility
	/// lists are left alone, so that a finalization slashing many witnesses writes no list;
	/// [`Pallet::prune_witness`] removes the entries later.
	pub(crate) fn maybe_deactivate(who: &T::AccountId, info: &mut WitnessInfoOf<T>) -> bool {
		if info.status == WitnessStatus::Active && info.bond < T::MinimumBond::get() {
			info.status = WitnessStatus::Deactivated;
			Self::deposit_event(Event::WitnessDeactivated { who: who.clone() });
			true
		} else {
			false
		}
	}

	/// Remove deactivated witness `who` from the eligibility lists. See
	/// [`Pallet::prune_witness`].
	pub(crate) fn do_prune_witness(who: T::AccountId) -> DispatchResult {
		let info = Witnesses::<T>::get(&who).ok_or(Error::<T>::NotWitness)?;
		ensure!(info.status == WitnessStatus::Deactivated, Error::<T>::NotDeactivated);
		ensure!(Self::index_remove(&who, &info.domains), Error::<T>::NotIndexed);
		Self::deposit_event(Event::WitnessPruned { who });
		Ok(())
	}
}

/// Where [`place`] put a witness.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Placement<AccountId> {
	/// In the list, nobody evicted.
	Placed,
	/// In the list; the lightest entry, this account, was evicted.
	Evicted(AccountId),
	/// The list is full and the witness is not heavier than its lightest entry: unchanged.
	Full,
}

/// Put `who` with `bond` into `list` (heaviest first; among equal bonds, earlier entries
/// first), removing any previous entry of `who`. When that overflows the bound, the lightest
/// entry is evicted, unless it is `who` itself, in which case `list` is left unchanged.
pub(crate) fn place<AccountId: Clone + PartialEq, Balance: Copy + PartialOrd, S: Get<u32>>(
	list: &mut BoundedVec<(AccountId, Balance), S>,
	who: &AccountId,
	bond: Balance,
) -> Placement<AccountId> {
	let mut entries = list.clone().into_inner();
	entries.retain(|(a, _)| a != who);
	let at = entries.partition_point(|(_, b)| *b >= bond);
	// `partition_point` returns at most `entries.len()`, where `insert` cannot panic.
	entries.insert(at, (who.clone(), bond));
	let bound = S::get().saturated_into::<usize>();
	let mut evicted = None;
	if entries.len() > bound {
		match entries.pop() {
			Some((last, _)) if &last == who => return Placement::Full,
			last => evicted = last.map(|(a, _)| a),
		}
	}
	*list = BoundedVec::truncate_from(entries);
	evicted.map_or(Placement::Placed, Placement::Evicted)
}
