//! Optimistic claims: a claim with a bond stands after its liveness window unless someone
//! disputes it with a matching bond; a dispute goes to a drawn panel, and the side the panel
//! decides against pays the other side and the coherent members.
//!
//! An honest, undisputed claim costs its requester the one extrinsic that opened it: the idle
//! hook (or anyone's `advance`) lets it stand once the window is over.

use crate::{features::consensus::Consensus, *};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	weights::Weight,
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	Perbill, Saturating,
};

impl<T: Config> Pallet<T> {
	/// Whether request `id` is an optimistic claim nobody has disputed yet.
	pub(crate) fn undisputed_claim(id: RequestId) -> Option<ClaimOf<T>> {
		Claims::<T>::get(id).filter(|claim| claim.disputer.is_none())
	}

	/// Dispute the claim of request `id`. See [`Pallet::dispute`].
	pub(crate) fn do_dispute(id: RequestId, disputer: T::AccountId) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let mut claim = Claims::<T>::get(id).ok_or(Error::<T>::NotAClaim)?;
		ensure!(claim.disputer.is_none(), Error::<T>::AlreadyDisputed);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= claim.liveness_until, Error::<T>::LivenessOver);
		ensure!(
			disputer != request.requester && !request.excluded.contains(&disputer),
			Error::<T>::SelfDispute
		);
		let era = CurrentRosters::<T>::get(request.domain).ok_or(Error::<T>::NoRoster)?.era;
		let seed_block = now.checked_add(&T::DrawDelay::get()).ok_or(Error::<T>::Overflow)?;
		if !claim.bond.is_zero() {
			T::Currency::hold(&HoldReason::DisputeBond.into(), &disputer, claim.bond)?;
		}

		let ticket = DrawTicket { seed_block, roster_era: era };
		Schedule::<T>::remove(Self::due_block(id, &request), id);
		DrawsAt::<T>::mutate(seed_block, |n| *n = n.saturating_add(1));
		RosterDraws::<T>::mutate(request.domain, era, |n| *n = n.saturating_add(1));
		request.draw = Some(ticket);
		Schedule::<T>::insert(Self::due_block(id, &request), id, ());
		Requests::<T>::insert(id, request);
		claim.disputer = Some(disputer.clone());
		let bond = claim.bond;
		Claims::<T>::insert(id, claim);
		Self::deposit_event(Event::Disputed { id, disputer, bond, draw_at: seed_block });
		Ok(())
	}

	/// Let the undisputed `claim` of request `id` stand (its liveness window is over; the
	/// caller removed its schedule entry): release reward, deposit and bond, tell the client
	/// and remove the request. Never fails. Returns the weight the outcome handler used.
	pub(crate) fn settle_undisputed(
		id: RequestId,
		request: RequestOf<T>,
		claim: ClaimOf<T>,
	) -> Weight {
		Requests::<T>::remove(id);
		Claims::<T>::remove(id);
		Rounds::<T>::remove(id);
		if let Err(e) = Self::release_request_funds(&request, request.reward).and_then(|()| {
			Self::release_hold(HoldReason::ClaimBond, &request.requester, claim.bond)
		}) {
			log::error!(target: LOG_TARGET, "funds of claim {id} not released: {e:?}");
		}
		let verdict = if claim.claim.verdict { Verdict::Approved } else { Verdict::Rejected };
		let outcome = Outcome {
			verdict,
			score: claim.claim.score,
			approval: if claim.claim.verdict { Perbill::one() } else { Perbill::zero() },
			revealed_weight: 0,
			committed: 0,
			revealed: 0,
			participants: Default::default(),
		};
		Self::deposit_event(Event::ClaimSettled {
			id,
			result: ClaimResult::Stood,
			to_winner: Zero::zero(),
			to_panel: Zero::zero(),
		});
		Self::report_outcome(id, &request, outcome, primitives::Resolution::Undisputed, 0)
	}

	/// Settle the bonds of disputed `claim` of request `id` against the panel's `consensus`:
	/// the claim is upheld iff the consensus is conclusive and the claim agrees with it (its
	/// verdict, and its score within the clip interval). The loser's bond pays
	/// `DisputePanelShare` to the `coherent` `(member, seats)` and the rest to the winner;
	/// what the members' shares leave (rounding) goes to the winner too. Inconclusive: both
	/// bonds are released. Never fails.
	pub(crate) fn settle_dispute(
		id: RequestId,
		request: &RequestOf<T>,
		claim: &ClaimOf<T>,
		consensus: &Consensus,
		coherent: &[(T::AccountId, u128)],
	) -> ClaimResult {
		let Some(disputer) = claim.disputer.clone() else { return ClaimResult::Stood };
		let requester = request.requester.clone();
		let result = if consensus.verdict == Verdict::Inconclusive {
			ClaimResult::Inconclusive
		} else if consensus.agrees(&claim.claim) {
			ClaimResult::Upheld
		} else {
			ClaimResult::Overturned
		};
		let (winner, winner_reason, loser, loser_reason) = match result {
			ClaimResult::Upheld => {
				(requester, HoldReason::ClaimBond, disputer, HoldReason::DisputeBond)
			},
			ClaimResult::Overturned => {
				(disputer, HoldReason::DisputeBond, requester, HoldReason::ClaimBond)
			},
			ClaimResult::Stood | ClaimResult::Inconclusive => {
				let released = Self::release_hold(HoldReason::ClaimBond, &requester, claim.bond)
					.and_then(|()| {
						Self::release_hold(HoldReason::DisputeBond, &disputer, claim.bond)
					});
				if let Err(e) = released {
					log::error!(target: LOG_TARGET, "bonds of claim {id} not released: {e:?}");
				}
				Self::deposit_event(Event::ClaimSettled {
					id,
					result,
					to_winner: Zero::zero(),
					to_panel: Zero::zero(),
				});
				return result;
			},
		};
		if let Err(e) = Self::release_hold(winner_reason, &winner, claim.bond) {
			log::error!(target: LOG_TARGET, "bond of claim {id} not released: {e:?}");
		}
		let share = T::DisputePanelShare::get().mul_floor(claim.bond);
		let to_panel = Self::pay_shares(id, &loser, loser_reason, share, coherent);
		let rest = claim.bond.saturating_sub(to_panel);
		let to_winner = if rest.is_zero() {
			Zero::zero()
		} else {
			T::Currency::transfer_on_hold(
				&loser_reason.into(),
				&loser,
				&winner,
				rest,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_else(|e| {
				log::error!(target: LOG_TARGET, "bond of claim {id} not paid: {e:?}");
				Zero::zero()
			})
		};
		// Whatever could not be paid (it should all be) stays the loser's.
		let left = claim.bond.saturating_sub(to_panel).saturating_sub(to_winner);
		if let Err(e) = Self::release_hold(loser_reason, &loser, left) {
			log::error!(target: LOG_TARGET, "bond of claim {id} not released: {e:?}");
		}
		Self::deposit_event(Event::ClaimSettled { id, result, to_winner, to_panel });
		result
	}
}
