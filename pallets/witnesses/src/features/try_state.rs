//! Storage invariants, checked by `try_state` and after every unit test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every witness's bond equals its `WitnessBond` hold, and is at least the minimum if
	///   the witness is active;
	/// - the eligibility lists (see `check_eligibility_list`) are sorted, without
	///   duplicates, and list only witnesses serving the list's domain that are not unbonding;
	/// - each requester's `RequestReward` and `RequestDeposit` holds equal the rewards and
	///   deposits of its open requests;
	/// - attestations and panel entries belong to open requests; per request, the stored
	///   commit and reveal counts match the attestations and stay within bounds; each
	///   witness's `pending` equals its attestations on open requests;
	/// - the schedule lists exactly the open requests, each once, under the block after its
	///   reveal deadline, at or after the finalization cursor;
	/// - request ids are below `NextRequestId`.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut commits: BTreeMap<RequestId, (u32, u32)> = BTreeMap::new();
		for (id, who, attestation) in Attestations::<T>::iter() {
			ensure!(Requests::<T>::contains_key(id), "attestation for an unknown request");
			let entry = pending.entry(who).or_default();
			*entry = entry.saturating_add(1);
			let counts = commits.entry(id).or_default();
			counts.0 = counts.0.saturating_add(1);
			if attestation.reveal.is_some() {
				counts.1 = counts.1.saturating_add(1);
			}
		}
		for (id, _) in Panels::<T>::iter_keys() {
			ensure!(Requests::<T>::contains_key(id), "panel entry for an unknown request");
		}

		for (who, info) in Witnesses::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::WitnessBond.into(), &who) == info.bond,
				"witness bond differs from its hold"
			);
			ensure!(
				pending.get(&who).copied().unwrap_or(0) == info.pending,
				"witness pending count differs from its attestations"
			);
			if info.status == WitnessStatus::Active {
				ensure!(info.bond >= T::MinimumBond::get(), "active witness below minimum bond");
			}
		}
		Self::check_eligibility_list(&GeneralWitnesses::<T>::get(), None)?;
		for (domain, list) in DomainWitnesses::<T>::iter() {
			ensure!(!list.is_empty(), "empty domain list stored");
			Self::check_eligibility_list(&list, Some(domain))?;
		}

		let mut rewards: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let next_id = NextRequestId::<T>::get();
		let cursor = FinalizationCursor::<T>::get();
		let mut open = 0usize;
		for (id, request) in Requests::<T>::iter() {
			open = open.saturating_add(1);
			ensure!(id < next_id, "request id not below NextRequestId");
			let (c, r) = commits.get(&id).copied().unwrap_or((0, 0));
			ensure!(c == request.commits, "request commit count differs from attestations");
			ensure!(r == request.reveals, "request reveal count differs from attestations");
			ensure!(c <= T::MaxWitnessesPerRequest::get(), "too many commitments");
			let due = Self::due_block(request.reveal_deadline).ok_or("due block overflows")?;
			ensure!(Schedule::<T>::contains_key(due, id), "open request not scheduled");
			ensure!(cursor.is_some_and(|c| due >= c), "request scheduled before the cursor");
			let panel = Panels::<T>::iter_key_prefix(id).count();
			ensure!(
				panel == usize::try_from(request.panel_size).unwrap_or(usize::MAX),
				"panel size differs from panel entries"
			);
			let reward = rewards.entry(request.requester.clone()).or_default();
			*reward = reward.saturating_add(request.reward);
			let deposit = deposits.entry(request.requester.clone()).or_default();
			*deposit = deposit.saturating_add(request.deposit);
		}
		for (who, reward) in rewards {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RequestReward.into(), &who) == reward,
				"held rewards differ from open requests' rewards"
			);
		}
		for (who, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RequestDeposit.into(), &who) == deposit,
				"held deposits differ from open requests' deposits"
			);
		}
		let mut scheduled = 0usize;
		for (due, id, ()) in Schedule::<T>::iter() {
			scheduled = scheduled.saturating_add(1);
			let request = Requests::<T>::get(id).ok_or("schedule lists an unknown request")?;
			ensure!(
				Self::due_block(request.reveal_deadline) == Some(due),
				"request scheduled under a wrong block"
			);
		}
		ensure!(scheduled == open, "schedule and open requests differ");
		Ok(())
	}

	/// Check one eligibility list (`domain` `None`: the general list): sorted by bond,
	/// heaviest first; no account twice; every entry a registered witness serving that
	/// domain (or every domain) and not unbonding; an active witness's entry records at least
	/// its bond (entries are refreshed when a bond rises, not when a slash lowers it).
	pub(crate) fn check_eligibility_list(
		list: &EligibilityListOf<T>,
		domain: Option<DomainId>,
	) -> Result<(), TryRuntimeError> {
		let mut previous: Option<BalanceOf<T>> = None;
		let mut seen = alloc::collections::btree_set::BTreeSet::new();
		for (who, bond) in list.iter() {
			ensure!(previous.is_none_or(|p| p >= *bond), "eligibility list not sorted by bond");
			previous = Some(*bond);
			ensure!(seen.insert(who.clone()), "account twice in an eligibility list");
			let info = Witnesses::<T>::get(who).ok_or("indexed witness not registered")?;
			match domain {
				Some(d) => {
					ensure!(info.domains.contains(&d), "witness indexed under a foreign domain")
				},
				None => ensure!(info.domains.is_empty(), "general witness declares domains"),
			}
			ensure!(
				!matches!(info.status, WitnessStatus::Unbonding { .. }),
				"unbonding witness indexed"
			);
			if info.status == WitnessStatus::Active {
				ensure!(*bond >= info.bond, "indexed bond below the active witness's bond");
			}
		}
		Ok(())
	}
}
