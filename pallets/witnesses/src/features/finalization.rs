//! Moving requests along: drawing panels whose seed has come and finalizing requests past
//! their reveal deadline, by the permissionless calls and by the idle hook.

use crate::{features::consensus, *};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, weights::Weight};
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	DispatchError, Saturating,
};

impl<T: Config> Pallet<T> {
	/// Finalize request `id` after its reveal deadline. Returns the weight used.
	pub(crate) fn do_finalize_request(id: RequestId) -> Result<Weight, DispatchError> {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		// An undisputed claim has no panel: `advance` lets it stand.
		ensure!(
			request.draw.is_none() && Self::undisputed_claim(id).is_none(),
			Error::<T>::NotDrawn
		);
		ensure!(
			frame_system::Pallet::<T>::block_number() > request.reveal_deadline,
			Error::<T>::RevealPeriodNotOver
		);
		Schedule::<T>::remove(request.due_block(), id);
		// Every member of a drawn panel is settled, committed or not.
		let settled = match request.panel {
			PanelKind::Drawn => request.commits.max(request.panel_size),
			PanelKind::Named | PanelKind::Open => request.commits,
		};
		let seats = request.panel_size;
		let (handler_weight, disputed) = Self::finalize(id, request);
		let settlement =
			if disputed { T::WeightInfo::settle_dispute(seats) } else { Weight::zero() };
		Ok(T::WeightInfo::finalize_request(settled)
			.saturating_add(settlement)
			.saturating_add(handler_weight.min(T::OutcomeHandler::max_outcome_weight())))
	}

	/// Do what is due for request `id`: draw its panel from its seed, or finalize it. See
	/// [`Pallet::advance`]. Returns the weight used.
	pub(crate) fn do_advance(id: RequestId) -> Result<Weight, DispatchError> {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(claim) = Self::undisputed_claim(id) {
			ensure!(now > claim.liveness_until, Error::<T>::NotDue);
			Schedule::<T>::remove(request.due_block(), id);
			let handler_weight = Self::settle_undisputed(id, request, claim);
			return Ok(T::WeightInfo::advance_undisputed()
				.saturating_add(handler_weight.min(T::OutcomeHandler::max_outcome_weight())));
		}
		match request.draw {
			Some(ticket) => {
				ensure!(now >= ticket.seed_block, Error::<T>::NotDue);
				Schedule::<T>::remove(ticket.seed_block, id);
				let seats = request.panel_size;
				let (roster, _) = Self::draw(id, request);
				Ok(T::WeightInfo::advance_draw(roster, seats))
			},
			None => {
				ensure!(now > request.reveal_deadline, Error::<T>::NotDue);
				Self::do_finalize_request(id)
			},
		}
	}

	/// Settle and remove request `id` (already taken out of the schedule): consensus,
	/// credibility, statistics, rewards, slashes, release of the remaining funds, outcome
	/// event and handler call; a disputed claim's bonds are settled against the decision.
	/// Never fails. Returns the weight the outcome handler used and whether a dispute was
	/// settled.
	pub(crate) fn finalize(id: RequestId, request: RequestOf<T>) -> (Weight, bool) {
		Requests::<T>::remove(id);
		let claim = Claims::<T>::take(id);
		let panel: Vec<(T::AccountId, u32)> = Panels::<T>::drain_prefix(id).collect();
		let attestations: Vec<(T::AccountId, Attestation)> =
			Attestations::<T>::drain_prefix(id).collect();
		// Members of a drawn panel who never committed are silent like those who committed and
		// never revealed: the seats the draw gave them cost them the same. (Named members are
		// not: anyone may name any witness, and naming must not be a way to slash it.)
		let drawn = request.panel == PanelKind::Drawn;
		let silent: Vec<(T::AccountId, Attestation)> = panel
			.into_iter()
			.filter(|(who, _)| drawn && !attestations.iter().any(|(w, _)| w == who))
			.map(|(who, seats)| {
				(
					who,
					Attestation { commitment: Default::default(), weight: 0, seats, reveal: None },
				)
			})
			.collect();
		// Drawn panels vote by seat (the draw already weighed the stake); others by weight.
		let by_seat = request.panel == PanelKind::Drawn;
		let votes_of = |a: &Attestation| if by_seat { u128::from(a.seats) } else { a.weight };
		let revealed: Vec<consensus::Ballot> = attestations
			.iter()
			.filter_map(|(_, a)| {
				a.reveal.map(|reveal| consensus::Ballot {
					seats: a.seats,
					votes: votes_of(a),
					weight: a.weight,
					reveal,
				})
			})
			.collect();
		let consensus = consensus::compute(
			&revealed,
			request.min_witnesses,
			request.min_weight,
			request.approval_threshold,
			request.score_range,
			T::ScoreClipRange::get(),
		);
		let conclusive = consensus.verdict != Verdict::Inconclusive;
		let alpha = T::CredibilitySmoothing::get();
		let floor = T::MinCredibility::get();

		let mut participants = Participants::<T::AccountId>::default();
		let mut agreeing: Vec<(T::AccountId, u128)> = Vec::new();
		let committed = attestations.into_iter().map(|(who, a)| (who, a, true));
		for (who, attestation, has_committed) in
			committed.chain(silent.into_iter().map(|(who, a)| (who, a, false)))
		{
			let agreed = attestation.reveal.is_some_and(|r| consensus.agrees(&r));
			if let Some(mut info) = Witnesses::<T>::get(&who) {
				if has_committed {
					info.pending = info.pending.saturating_sub(1);
				}
				let result = match attestation.reveal {
					None => {
						info.stats.missed_reveals = info.stats.missed_reveals.saturating_add(1);
						info.credibility =
							consensus::next_credibility(info.credibility, false, alpha, floor);
						Self::slash_witness(
							id,
							&who,
							&mut info,
							Self::slash_per_seats(T::NoRevealSlash::get(), attestation.seats),
							SlashReason::NoReveal,
						);
						AttestationResult::MissedReveal
					},
					Some(_) if !conclusive => {
						info.stats.attestations = info.stats.attestations.saturating_add(1);
						AttestationResult::Neutral
					},
					Some(_) if agreed => {
						info.stats.attestations = info.stats.attestations.saturating_add(1);
						info.stats.agreed = info.stats.agreed.saturating_add(1);
						info.credibility =
							consensus::next_credibility(info.credibility, true, alpha, floor);
						agreeing.push((who.clone(), votes_of(&attestation)));
						AttestationResult::Agreed
					},
					Some(_) => {
						info.stats.attestations = info.stats.attestations.saturating_add(1);
						info.stats.dissented = info.stats.dissented.saturating_add(1);
						info.credibility =
							consensus::next_credibility(info.credibility, false, alpha, floor);
						Self::slash_witness(
							id,
							&who,
							&mut info,
							Self::slash_per_seats(T::DissentSlash::get(), attestation.seats),
							SlashReason::Dissent,
						);
						AttestationResult::Dissented
					},
				};
				let credibility = info.credibility;
				Witnesses::<T>::insert(&who, info);
				Self::deposit_event(Event::AttestationSettled {
					id,
					who: who.clone(),
					result,
					credibility,
				});
			} else {
				log::error!(target: LOG_TARGET, "witness of request {id} missing at finalization");
			}
			let _ = participants.try_push(Participant {
				who,
				weight: attestation.weight,
				seats: attestation.seats,
				reveal: attestation.reveal,
				agreed,
			});
		}

		let paid = if conclusive {
			Self::pay_rewards(id, &request, &agreeing)
		} else {
			BalanceOf::<T>::zero()
		};
		if let Some(claim) = &claim {
			Self::settle_dispute(id, &request, claim, &consensus, &agreeing);
		}
		let unpaid = request.reward.saturating_sub(paid);
		if let Err(e) = Self::release_request_funds(&request, unpaid) {
			log::error!(target: LOG_TARGET, "funds of request {id} not released: {e:?}");
		}
		if !unpaid.is_zero() {
			Self::deposit_event(Event::RewardReturned {
				id,
				requester: request.requester.clone(),
				amount: unpaid,
			});
		}

		let outcome = Outcome {
			verdict: consensus.verdict,
			score: consensus.score,
			approval: consensus.approval,
			revealed_weight: consensus.revealed_weight,
			committed: request.commits,
			revealed: consensus.revealed,
			participants,
		};
		// Open panels exist only in the claims domain, whose outcomes go to no client; were one
		// reported, it must not move value, like a named panel.
		let resolution = match request.panel {
			PanelKind::Drawn => primitives::Resolution::DrawnPanel,
			PanelKind::Named | PanelKind::Open => primitives::Resolution::NamedPanel,
		};
		(Self::report_outcome(id, &request, outcome, resolution), claim.is_some())
	}

	/// Tell the client of request `id` its `outcome` (resolved as `resolution`) and emit
	/// `RequestFinalized`. Returns the weight the outcome handler used.
	pub(crate) fn report_outcome(
		id: RequestId,
		request: &RequestOf<T>,
		outcome: Outcome<T::AccountId>,
		resolution: primitives::Resolution,
	) -> Weight {
		// Only requests of client domains were opened through the provider; the claims domain
		// has no client to tell.
		let handler_weight = if request.domain == T::ClaimsDomain::get() {
			Weight::zero()
		} else {
			let client = Self::client_outcome(&outcome, resolution);
			T::OutcomeHandler::on_outcome(request.domain, request.subject, id, &client)
		};
		Self::deposit_event(Event::RequestFinalized {
			id,
			domain: request.domain,
			subject: request.subject,
			outcome,
		});
		handler_weight
	}

	/// `fraction` of a bond per seat held, at most the whole bond.
	pub(crate) fn slash_per_seats(
		fraction: sp_runtime::Perbill,
		seats: u32,
	) -> sp_runtime::Perbill {
		sp_runtime::Perbill::from_parts(fraction.deconstruct().saturating_mul(seats.max(1)))
	}

	/// The idle hook: move [`FinalizationCursor`] over the blocks up to `now`, drawing or
	/// finalizing every request scheduled there, for as long as `remaining` allows: each step
	/// costs one `on_idle_scan` (reading the next entry of the cursor's block, or finding it
	/// empty) and each entry the worst case of a draw or a finalization plus the outcome
	/// handler's budget. Entries left over stay at the cursor for the next block. Returns the
	/// weight used, never above `remaining`.
	pub(crate) fn do_on_idle(now: BlockNumberOf<T>, remaining: Weight) -> Weight {
		let db = T::DbWeight::get();
		let mut used = db.reads(1);
		if !remaining.all_gte(used) {
			return Weight::zero();
		}
		let Some(mut cursor) = FinalizationCursor::<T>::get() else {
			return used;
		};
		let start = cursor;
		let scan_weight = T::WeightInfo::on_idle_scan();
		let finalize_weight = Self::max_idle_entry_weight();
		while cursor <= now && remaining.all_gte(used.saturating_add(scan_weight)) {
			used = used.saturating_add(scan_weight);
			match Schedule::<T>::iter_key_prefix(cursor).next() {
				None => match cursor.checked_add(&One::one()) {
					Some(next) => cursor = next,
					None => break,
				},
				Some(id) => {
					if !remaining.all_gte(used.saturating_add(finalize_weight)) {
						break;
					}
					used = used.saturating_add(finalize_weight);
					Schedule::<T>::remove(cursor, id);
					match Requests::<T>::get(id) {
						// Entries sit at the seed block of a draw: cursor <= now, so it has come.
						Some(request) if request.draw.is_some() => {
							Self::draw(id, request);
						},
						// Entries of undisputed claims sit after their liveness window.
						Some(request) => match Self::undisputed_claim(id) {
							Some(claim) => {
								Self::settle_undisputed(id, request, claim);
							},
							None => {
								Self::finalize(id, request);
							},
						},
						None => log::error!(target: LOG_TARGET, "scheduled request {id} missing"),
					}
				},
			}
		}
		if cursor != start {
			FinalizationCursor::<T>::put(cursor);
		}
		used
	}
}
