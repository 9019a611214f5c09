//! Opening and cancelling verification requests.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{hold::Balanced as BalancedHold, MutateHold},
		tokens::Precision,
		Imbalance, OnUnbalanced,
	},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	DispatchError, Saturating,
};

impl<T: Config> Pallet<T> {
	/// Open a request nobody but the requester is barred from. See
	/// [`Self::do_open_request_excluding`].
	pub(crate) fn do_open_request(
		domain: DomainId,
		subject: H256,
		requester: T::AccountId,
		params: RequestParamsOf<T>,
	) -> Result<RequestId, DispatchError> {
		Self::do_open_request_excluding(domain, subject, requester, params, &[], None, None)
	}

	/// Open a request whose drawn panel leaves out the requester and `excluded`. Validates
	/// everything before the first write; the currency holds come last but one, so callers
	/// outside a dispatch should still wrap it in a storage layer (the provider does).
	///
	/// A drawn panel is not drawn here: the request waits for the seed of `now + DrawDelay`
	/// and is drawn from the domain's current roster by `advance` or the idle hook.
	///
	/// With `claim` (a drawn panel only: the panel of a dispute), the request is an optimistic
	/// claim: it holds the claim's bond and waits `liveness` blocks for a dispute, with no
	/// draw; its `commit_deadline` and `reveal_deadline` are the window's last block until a
	/// dispute's draw sets them.
	///
	/// With `appeal_period` (client requests, when the engine offers appeals), each panel
	/// round is tallied at its reveal deadline and may be appealed for that many blocks.
	pub(crate) fn do_open_request_excluding(
		domain: DomainId,
		subject: H256,
		requester: T::AccountId,
		params: RequestParamsOf<T>,
		excluded: &[T::AccountId],
		claim: Option<(Reveal, BalanceOf<T>, BlockNumberOf<T>)>,
		appeal_period: Option<BlockNumberOf<T>>,
	) -> Result<RequestId, DispatchError> {
		ensure!(
			params.min_witnesses >= 1 && params.min_witnesses <= T::MaxWitnessesPerRequest::get(),
			Error::<T>::InvalidQuorum
		);
		ensure!(!params.approval_threshold.is_zero(), Error::<T>::InvalidThreshold);
		ensure!(
			params.commit_period >= T::MinCommitPeriod::get()
				&& params.reveal_period >= T::MinRevealPeriod::get()
				&& !params.commit_period.is_zero()
				&& !params.reveal_period.is_zero(),
			Error::<T>::PeriodTooShort
		);
		let duration =
			params.commit_period.checked_add(&params.reveal_period).ok_or(Error::<T>::Overflow)?;
		ensure!(duration <= T::MaxRequestDuration::get(), Error::<T>::PeriodTooLong);
		if let Some(range) = params.score_range {
			ensure!(range.min <= range.max, Error::<T>::InvalidScoreRange);
		}

		let excluded = ExcludedOf::<T::AccountId>::try_from(excluded.to_vec())
			.map_err(|_| Error::<T>::InvalidPanelSize)?;
		let now = frame_system::Pallet::<T>::block_number();
		// A drawn panel waits for its draw: it has no members yet, and its windows count from
		// the draw, at the seed block at the earliest.
		let (kind, members, panel_size, draw) = match params.panel {
			Panel::Open => (PanelKind::Open, PanelMembers::<T::AccountId>::default(), 0, None),
			Panel::Named(members) => {
				let len = members.len().saturated_into::<u32>();
				ensure!(len >= 1 && len <= T::MaxPanelSize::get(), Error::<T>::InvalidPanelSize);
				ensure!(params.min_witnesses <= len, Error::<T>::InvalidQuorum);
				for (i, member) in members.iter().enumerate() {
					ensure!(
						!members.iter().skip(i.saturating_add(1)).any(|m| m == member),
						Error::<T>::DuplicatePanelMember
					);
					ensure!(member != &requester, Error::<T>::RequesterOnPanel);
					ensure!(
						Witnesses::<T>::contains_key(member),
						Error::<T>::PanelMemberNotWitness
					);
				}
				(PanelKind::Named, members, len, None)
			},
			Panel::RandomDraw(n) => {
				ensure!(n >= 1 && n <= T::MaxPanelSize::get(), Error::<T>::InvalidPanelSize);
				ensure!(params.min_witnesses <= n, Error::<T>::InvalidQuorum);
				let era = CurrentRosters::<T>::get(domain).ok_or(Error::<T>::NoRoster)?.era;
				let roster = Rosters::<T>::get(domain, era).unwrap_or_default();
				let candidates = roster
					.entries
					.iter()
					.filter(|(who, _)| who != &requester && !excluded.contains(who))
					.count();
				ensure!(
					candidates.saturated_into::<u32>() >= params.min_witnesses,
					Error::<T>::NotEnoughWitnesses
				);
				// A claim is drawn only when disputed, from the roster current then.
				let ticket = match claim {
					Some(_) => None,
					None => {
						let seed_block =
							now.checked_add(&T::DrawDelay::get()).ok_or(Error::<T>::Overflow)?;
						Some(DrawTicket { seed_block, roster_era: era })
					},
				};
				(PanelKind::Drawn, PanelMembers::<T::AccountId>::default(), n, ticket)
			},
		};
		let claim = match claim {
			None => None,
			// Claims come only from the provider, whose `limits().check` already bounded the
			// bond, the liveness window and the claimed vote.
			Some((vote, bond, liveness)) => {
				ensure!(kind == PanelKind::Drawn, Error::<T>::NotAClaim);
				let until = now.checked_add(&liveness).ok_or(Error::<T>::Overflow)?;
				Some(Claim { claim: vote, bond, liveness_until: until, disputer: None })
			},
		};
		let (commit_deadline, reveal_deadline) = match &claim {
			// The liveness window's last block, until a dispute's draw opens the windows.
			Some(claim) => (claim.liveness_until, claim.liveness_until),
			None => {
				let start = draw.map_or(now, |ticket| ticket.seed_block);
				let commit_deadline =
					start.checked_add(&params.commit_period).ok_or(Error::<T>::Overflow)?;
				let reveal_deadline = commit_deadline
					.checked_add(&params.reveal_period)
					.ok_or(Error::<T>::Overflow)?;
				(commit_deadline, reveal_deadline)
			},
		};
		// The due block (`reveal_deadline + 1`, or the end of the appeal window) must exist too.
		reveal_deadline
			.checked_add(&appeal_period.unwrap_or_else(Zero::zero))
			.and_then(|end| end.checked_add(&One::one()))
			.ok_or(Error::<T>::Overflow)?;
		let id = NextRequestId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let deposit = T::RequestDeposit::get();
		if !params.reward.is_zero() {
			T::Currency::hold(&HoldReason::RequestReward.into(), &requester, params.reward)?;
		}
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::RequestDeposit.into(), &requester, deposit)?;
		}
		if let Some(claim) = &claim {
			if !claim.bond.is_zero() {
				T::Currency::hold(&HoldReason::ClaimBond.into(), &requester, claim.bond)?;
			}
		}
		for member in members.iter() {
			Panels::<T>::insert(id, member, 1);
		}
		if let Some(ticket) = draw {
			DrawsAt::<T>::mutate(ticket.seed_block, |n| *n = n.saturating_add(1));
			RosterDraws::<T>::mutate(domain, ticket.roster_era, |n| *n = n.saturating_add(1));
		}
		NextRequestId::<T>::put(next_id);
		if FinalizationCursor::<T>::get().is_none() {
			FinalizationCursor::<T>::put(now);
		}
		let request = Request {
			domain,
			subject,
			requester: requester.clone(),
			reward: params.reward,
			deposit,
			min_witnesses: params.min_witnesses,
			min_weight: params.min_weight,
			approval_threshold: params.approval_threshold,
			score_range: params.score_range,
			panel: kind,
			panel_size,
			opened_at: now,
			commit_deadline,
			reveal_deadline,
			commits: 0,
			reveals: 0,
			excluded,
			commit_period: params.commit_period,
			reveal_period: params.reveal_period,
			draw,
		};
		Schedule::<T>::insert(request.due_block(), id, ());
		Requests::<T>::insert(id, request);
		if let Some(appeal_period) = appeal_period {
			Rounds::<T>::insert(
				id,
				RoundInfo {
					round: 0,
					appeal_period,
					appeal_until: None,
					current: None,
					standing: None,
					first_panel: kind,
				},
			);
		}
		Self::deposit_event(Event::RequestOpened {
			id,
			domain,
			subject,
			requester,
			reward: params.reward,
			draw_at: draw.map(|ticket| ticket.seed_block),
			commit_deadline,
			reveal_deadline,
		});
		if kind == PanelKind::Named {
			Self::deposit_event(Event::PanelSelected { id, members });
		}
		if let Some(claim) = claim {
			Self::deposit_event(Event::ClaimOpened {
				id,
				claim: claim.claim,
				bond: claim.bond,
				liveness_until: claim.liveness_until,
			});
			Claims::<T>::insert(id, claim);
		}
		Ok(id)
	}

	/// Cancel claim request `id` by `requester`. See [`Pallet::cancel_request`]: only requests
	/// of the claims domain; client pallets cancel theirs through the provider trait.
	pub(crate) fn do_cancel_claim_request(
		id: RequestId,
		requester: &T::AccountId,
	) -> DispatchResult {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.domain == T::ClaimsDomain::get(), Error::<T>::NotAClaimRequest);
		Self::cancel(id, request, requester).map(|_| ())
	}

	/// Cancel request `id` by `requester`. See [`VerificationProvider::cancel_request`].
	/// Returns what was released and what was forfeited.
	pub(crate) fn do_cancel_request(
		id: RequestId,
		requester: &T::AccountId,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		Self::cancel(id, request, requester)
	}

	/// Cancel `request` (of id `id`) by `requester` in any domain: checks requester and
	/// commitments and removes the request. While nobody knows the panel (an open panel, or a
	/// drawn one before its draw) reward and deposit are released; once it is known they are
	/// forfeited (the reward to the members by seats, the deposit to `SlashDestination`), so
	/// that a requester who cancels to try for another panel pays for every try. Returns
	/// `(released, forfeited)`.
	///
	/// An optimistic claim can be cancelled during its liveness window (everything, bond
	/// included, is released: nobody has been drawn), never once disputed.
	fn cancel(
		id: RequestId,
		request: RequestOf<T>,
		requester: &T::AccountId,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		ensure!(&request.requester == requester, Error::<T>::NotRequester);
		let claim = Claims::<T>::get(id);
		ensure!(
			claim.as_ref().is_none_or(|claim| claim.disputer.is_none()),
			Error::<T>::NotCancellable
		);
		// Once a round is decided (or appealed), others have acted on it: appellants' fees and
		// past rounds wait for the final decision.
		ensure!(
			Rounds::<T>::get(id).is_none_or(|r| r.round == 0 && r.appeal_until.is_none()),
			Error::<T>::NotCancellable
		);
		ensure!(request.commits == 0, Error::<T>::HasCommitments);
		let panel_known =
			claim.is_none() && request.panel != PanelKind::Open && request.draw.is_none();
		let (released, forfeited) = if panel_known {
			(Zero::zero(), Self::forfeit_request_funds(id, &request)?)
		} else {
			Self::release_request_funds(&request, request.reward)?;
			let bond = match &claim {
				Some(claim) => {
					Self::release_hold(HoldReason::ClaimBond, &request.requester, claim.bond)?;
					Claims::<T>::remove(id);
					claim.bond
				},
				None => Zero::zero(),
			};
			(request.reward.saturating_add(request.deposit).saturating_add(bond), Zero::zero())
		};
		if let Some(ticket) = &request.draw {
			Self::release_draw_ticket(&request.domain, ticket);
		}
		Schedule::<T>::remove(request.due_block(), id);
		// Drawn members' duties end with the request (no commit exists to settle).
		for (who, _) in Panels::<T>::drain_prefix(id) {
			if request.panel == PanelKind::Drawn {
				Self::end_duty(&who);
			}
		}
		Requests::<T>::remove(id);
		Rounds::<T>::remove(id);
		Self::deposit_event(Event::RequestCancelled {
			id,
			requester: requester.clone(),
			released,
			forfeited,
		});
		Ok((released, forfeited))
	}

	/// Forfeit the reward of request `id` to its panel members, in proportion to their seats
	/// (the rounding remainder returns to the requester), and its deposit to
	/// `SlashDestination`. Returns the amount forfeited.
	fn forfeit_request_funds(
		id: RequestId,
		request: &RequestOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let members: Vec<(T::AccountId, u128)> =
			Panels::<T>::iter_prefix(id).map(|(who, seats)| (who, u128::from(seats))).collect();
		let paid = Self::pay_rewards(id, request, &members);
		let unpaid = request.reward.saturating_sub(paid);
		if !unpaid.is_zero() {
			T::Currency::release(
				&HoldReason::RequestReward.into(),
				&request.requester,
				unpaid,
				Precision::BestEffort,
			)?;
		}
		let (credit, _) = <T::Currency as BalancedHold<T::AccountId>>::slash(
			&HoldReason::RequestDeposit.into(),
			&request.requester,
			request.deposit,
		);
		let deposit = credit.peek();
		T::SlashDestination::on_unbalanced(credit);
		Ok(paid.saturating_add(deposit))
	}

	/// Release `amount` held for `reason` from `who` (nothing if zero).
	pub(crate) fn release_hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)?;
		}
		Ok(())
	}

	/// Release `reward` (the unpaid part of the request's reward) and the deposit to the
	/// requester.
	pub(crate) fn release_request_funds(
		request: &RequestOf<T>,
		reward: BalanceOf<T>,
	) -> DispatchResult {
		if !reward.is_zero() {
			T::Currency::release(
				&HoldReason::RequestReward.into(),
				&request.requester,
				reward,
				Precision::BestEffort,
			)?;
		}
		if !request.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::RequestDeposit.into(),
				&request.requester,
				request.deposit,
				Precision::BestEffort,
			)?;
		}
		Ok(())
	}
}
