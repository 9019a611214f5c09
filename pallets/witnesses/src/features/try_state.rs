//! Storage invariants, checked by `try_state` and after every unit test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every witness's bond equals its `WitnessBond` hold, and is at least the minimum if
	///   the witness is active;
	/// - the eligibility index lists exactly the active witnesses, under their domains (or
	///   the general list);
	/// - each requester's `RequestReward` and `RequestDeposit` holds equal the rewards and
	///   deposits of its open requests;
	/// - attestations and panel entries belong to open requests; per request, the stored
	///   commit and reveal counts match the attestations and stay within bounds; each
	///   witness's `pending` equals its attestations on open requests;
	/// - the deadline queue lists exactly the open requests, each under its reveal deadline,
	///   at or after the finalization cursor;
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
			let indexed = if info.domains.is_empty() {
				GeneralWitnesses::<T>::get().contains(&who)
			} else {
				info.domains.iter().all(|d| DomainWitnesses::<T>::get(d).contains(&who))
			};
			if info.status == WitnessStatus::Active {
				ensure!(info.bond >= T::MinimumBond::get(), "active witness below minimum bond");
				ensure!(indexed, "active witness missing from the eligibility index");
			}
		}
		for who in GeneralWitnesses::<T>::get() {
			let info = Witnesses::<T>::get(&who).ok_or("indexed witness not registered")?;
			ensure!(info.status == WitnessStatus::Active, "indexed witness not active");
			ensure!(info.domains.is_empty(), "general witness declares domains");
		}
		for (domain, list) in DomainWitnesses::<T>::iter() {
			for who in list {
				let info = Witnesses::<T>::get(&who).ok_or("indexed witness not registered")?;
				ensure!(info.status == WitnessStatus::Active, "indexed witness not active");
				ensure!(info.domains.contains(&domain), "witness indexed under a foreign domain");
			}
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
			ensure!(
				DeadlineQueue::<T>::get(request.reveal_deadline).contains(&id),
				"open request missing from the deadline queue"
			);
			if let Some(cursor) = cursor {
				ensure!(request.reveal_deadline >= cursor, "request queued before the cursor");
			}
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
		let mut queued = 0usize;
		for (deadline, bucket) in DeadlineQueue::<T>::iter() {
			for id in bucket {
				queued = queued.saturating_add(1);
				let request =
					Requests::<T>::get(id).ok_or("deadline queue lists an unknown request")?;
				ensure!(
					request.reveal_deadline == deadline,
					"request queued under a wrong deadline"
				);
			}
		}
		ensure!(queued == open, "deadline queue and open requests differ");
		Ok(())
	}
}
