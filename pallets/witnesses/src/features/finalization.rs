//! Moving requests along: drawing panels whose seed has come and finalizing requests past
//! their reveal deadline, by the permissionless calls and by the idle hook.

use crate::{features::consensus, *};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible, Get, Imbalance, OnUnbalanced},
	weights::Weight,
};
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	DispatchError, SaturatedConversion, Saturating,
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
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > request.reveal_deadline, Error::<T>::RevealPeriodNotOver);
		// An appealable request is final only once its current round's window is over.
		if let Some(rounds) = Rounds::<T>::get(id) {
			ensure!(
				rounds.appeal_until.is_some_and(|until| now > until),
				Error::<T>::AppealWindowOpen
			);
		}
		Schedule::<T>::remove(Self::due_block(id, &request), id);
		// Every member of a drawn panel is settled, committed or not.
		let settled = match request.panel {
			PanelKind::Drawn => request.commits.max(request.panel_size),
			PanelKind::Named | PanelKind::Open => request.commits,
		};
		let seats = request.panel_size;
		let (handler_weight, disputed, past_rounds) = Self::finalize(id, request);
		let settlement =
			if disputed { T::WeightInfo::settle_dispute(seats) } else { Weight::zero() };
		Ok(T::WeightInfo::finalize_request(settled)
			.saturating_add(settlement)
			.saturating_add(Self::past_rounds_weight(past_rounds))
			.saturating_add(handler_weight.min(T::OutcomeHandler::max_outcome_weight())))
	}

	/// Do what is due for request `id`: draw its panel from its seed, or finalize it. See
	/// [`Pallet::advance`]. Returns the weight used.
	pub(crate) fn do_advance(id: RequestId) -> Result<Weight, DispatchError> {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::RequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(claim) = Self::undisputed_claim(id) {
			ensure!(now > claim.liveness_until, Error::<T>::NotDue);
			Schedule::<T>::remove(Self::due_block(id, &request), id);
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
				if Self::awaits_tally(id) {
					let tallied = Self::tally(id, &request);
					return Ok(T::WeightInfo::advance_tally(tallied));
				}
				ensure!(now >= Self::due_block(id, &request), Error::<T>::NotDue);
				Self::do_finalize_request(id)
			},
		}
	}

	/// Settle and remove request `id` (already taken out of the schedule): the final decision
	/// (that of the last conclusive round; the current round is tallied here if it was not),
	/// then every member of every round against it (credibility, statistics, slashes), each
	/// round's pot to its coherent members by votes (the reward for the first round, the
	/// appeal fee for each appeal round), successful appellants reimbursed from the slashes,
	/// a disputed claim's bonds, release of the remaining funds, outcome event and handler
	/// call. Never fails. Returns the weight the outcome handler used, whether a dispute was
	/// settled and the number of past (appealed) rounds settled.
	pub(crate) fn finalize(id: RequestId, request: RequestOf<T>) -> (Weight, bool, u32) {
		let rounds = Rounds::<T>::take(id);
		let current_round = rounds.map_or(0, |r| r.round);
		let current = match rounds.and_then(|r| r.current) {
			Some(tally) => tally,
			None => Tally::of(current_round, &Self::round_consensus(id, &request)),
		};
		let decision = if current.verdict != Verdict::Inconclusive {
			current
		} else {
			rounds.and_then(|r| r.standing).unwrap_or(current)
		};
		let consensus = decision.consensus();
		Requests::<T>::remove(id);
		let claim = Claims::<T>::take(id);

		// Every member of every round: the past rounds, then the current one.
		let mut past: Vec<(Round, PastRoundOf<T>)> = PastRounds::<T>::drain_prefix(id).collect();
		past.sort_by_key(|(round, _)| *round);
		let past_count = past.len().saturated_into::<u32>();
		let tallies: Vec<Tally> = past.iter().map(|(_, p)| p.tally).collect();
		let mut members: Vec<(T::AccountId, Round, PanelKind, PastMember)> = Vec::new();
		for (round, past_round) in past {
			let kind = past_round.panel;
			members.extend(
				past_round.members.into_iter().map(|(who, member)| (who, round, kind, member)),
			);
		}
		members.extend(
			Self::current_members(id, &request)
				.into_iter()
				.map(|(who, member)| (who, current_round, request.panel, member)),
		);

		let mut slashed = CreditOf::<T>::zero();
		let mut participants = Participants::<T::AccountId>::default();
		// The coherent members of each round with their votes, by round.
		let mut coherent: Vec<Vec<(T::AccountId, u128)>> =
			(0..=current_round).map(|_| Vec::new()).collect();
		// Only the votes of a round that reached its quorum are judged against the decision:
		// a round that missed it decided nothing, so its revealed members are neither paid nor
		// slashed for dissent (else one silent seat of an appeal panel would keep a bought
		// decision standing and slash the honest members who revealed). Silent members are
		// slashed either way.
		let undecided = Tally { verdict: Verdict::Inconclusive, ..decision }.consensus();
		let round_judged = |round: Round| {
			let tally = if round == current_round {
				Some(&current)
			} else {
				tallies.get(usize::from(round))
			};
			tally.is_some_and(|t| t.verdict != Verdict::Inconclusive)
		};
		for (who, round, kind, member) in members {
			let judge = if round_judged(round) { &consensus } else { &undecided };
			let agreed = member.reveal.is_some_and(|r| judge.agrees(&r));
			// Drawn members' duties count from their draw, others' from their commit.
			let duty = kind == PanelKind::Drawn || member.committed;
			Self::settle_member(id, &who, &member, duty, judge, &mut slashed);
			if agreed {
				// Drawn panels vote by seat (the draw already weighed the stake); others by
				// weight.
				let votes =
					if kind == PanelKind::Drawn { u128::from(member.seats) } else { member.weight };
				if let Some(list) = coherent.get_mut(usize::from(round)) {
					list.push((who.clone(), votes));
				}
			}
			let _ = participants.try_push(Participant {
				who,
				weight: member.weight,
				seats: member.seats,
				reveal: member.reveal,
				agreed,
				round,
			});
		}

		let conclusive = decision.verdict != Verdict::Inconclusive;
		let first_coherent = coherent.first().map(Vec::as_slice).unwrap_or(&[]);
		let paid = if conclusive {
			Self::pay_rewards(id, &request, first_coherent)
		} else {
			BalanceOf::<T>::zero()
		};
		if let Some(claim) = &claim {
			Self::settle_dispute(id, &request, claim, &consensus, first_coherent);
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
		let slashed = Self::settle_appeals(id, &decision, &tallies, &coherent, slashed);
		T::SlashDestination::on_unbalanced(slashed);

		let outcome = Outcome {
			verdict: decision.verdict,
			score: decision.score,
			approval: decision.approval,
			revealed_weight: decision.revealed_weight,
			committed: request.commits,
			revealed: decision.revealed,
			participants,
		};
		// The deciding round's panel: the first round's kind, or drawn for every appeal panel
		// (an inconclusive request is resolved by its last round). Open panels exist only in
		// the claims domain, whose outcomes go to no client; were one reported, it must not
		// move value, like a named panel.
		let deciding_kind = match (conclusive, decision.round) {
			(true, 0) => rounds.map_or(request.panel, |r| r.first_panel),
			(true, _) => PanelKind::Drawn,
			(false, _) => request.panel,
		};
		let resolution = match deciding_kind {
			PanelKind::Drawn => primitives::Resolution::DrawnPanel,
			PanelKind::Named | PanelKind::Open => primitives::Resolution::NamedPanel,
		};
		let handler_weight = Self::report_outcome(id, &request, outcome, resolution, current_round);
		(handler_weight, claim.is_some(), past_count)
	}

	/// The members of request `id`'s current round, drained from [`Panels`] and
	/// [`Attestations`]: every attester, and the members of a drawn panel who never committed
	/// (silent like those who committed and never revealed: the seats the draw gave them cost
	/// them the same). Named members who never committed are not listed: anyone may name any
	/// witness, and naming must not be a way to slash it.
	fn current_members(id: RequestId, request: &RequestOf<T>) -> Vec<(T::AccountId, PastMember)> {
		let panel: Vec<(T::AccountId, u32)> = Panels::<T>::drain_prefix(id).collect();
		let mut members: Vec<(T::AccountId, PastMember)> = Attestations::<T>::drain_prefix(id)
			.map(|(who, a)| {
				(
					who,
					PastMember {
						seats: a.seats,
						weight: a.weight,
						committed: true,
						reveal: a.reveal,
					},
				)
			})
			.collect();
		if request.panel == PanelKind::Drawn {
			for (who, seats) in panel {
				if !members.iter().any(|(w, _)| w == &who) {
					let silent = PastMember { seats, weight: 0, committed: false, reveal: None };
					members.push((who, silent));
				}
			}
		}
		members
	}

	/// Settle one member of one round against the final `consensus`: its pending count (if
	/// the round gave it a `duty`), statistics and credibility, and its slash (for a silent
	/// member always, for an incoherent one on a conclusive decision), merged into `slashed`.
	fn settle_member(
		id: RequestId,
		who: &T::AccountId,
		member: &PastMember,
		duty: bool,
		consensus: &consensus::Consensus,
		slashed: &mut CreditOf<T>,
	) {
		let Some(mut info) = Witnesses::<T>::get(who) else {
			log::error!(target: LOG_TARGET, "witness of request {id} missing at finalization");
			return;
		};
		let alpha = T::CredibilitySmoothing::get();
		let floor = T::MinCredibility::get();
		if duty {
			info.pending = info.pending.saturating_sub(1);
		}
		let conclusive = consensus.verdict != Verdict::Inconclusive;
		let (result, slash) = match member.reveal {
			None => {
				info.stats.missed_reveals = info.stats.missed_reveals.saturating_add(1);
				info.credibility =
					consensus::next_credibility(info.credibility, false, alpha, floor);
				let fraction = Self::slash_per_seats(T::NoRevealSlash::get(), member.seats);
				(AttestationResult::MissedReveal, Some((fraction, SlashReason::NoReveal)))
			},
			Some(_) if !conclusive => {
				info.stats.attestations = info.stats.attestations.saturating_add(1);
				(AttestationResult::Neutral, None)
			},
			Some(reveal) if consensus.agrees(&reveal) => {
				info.stats.attestations = info.stats.attestations.saturating_add(1);
				info.stats.agreed = info.stats.agreed.saturating_add(1);
				info.credibility =
					consensus::next_credibility(info.credibility, true, alpha, floor);
				(AttestationResult::Agreed, None)
			},
			Some(_) => {
				info.stats.attestations = info.stats.attestations.saturating_add(1);
				info.stats.dissented = info.stats.dissented.saturating_add(1);
				info.credibility =
					consensus::next_credibility(info.credibility, false, alpha, floor);
				let fraction = Self::slash_per_seats(T::DissentSlash::get(), member.seats);
				(AttestationResult::Dissented, Some((fraction, SlashReason::Dissent)))
			},
		};
		if let Some((fraction, reason)) = slash {
			let credit = Self::slash_witness(id, who, &mut info, fraction, reason);
			let taken = core::mem::replace(slashed, CreditOf::<T>::zero());
			*slashed = taken.merge(credit);
		}
		let credibility = info.credibility;
		Witnesses::<T>::insert(who, info);
		Self::deposit_event(Event::AttestationSettled {
			id,
			who: who.clone(),
			result,
			credibility,
		});
	}

	/// Settle the appeals of request `id` against the final `decision`: each appeal round's
	/// fee pays that round's `coherent` members by votes (the rest returns to its appellant),
	/// its deposit is released, and an appeal that changed the decision it appealed (the one
	/// standing when it was made: that of the last conclusive round before it, in `tallies`)
	/// is reimbursed what its fee paid out, from `slashed`, in round order. Returns what is
	/// left of `slashed`.
	fn settle_appeals(
		id: RequestId,
		decision: &Tally,
		tallies: &[Tally],
		coherent: &[Vec<(T::AccountId, u128)>],
		mut slashed: CreditOf<T>,
	) -> CreditOf<T> {
		let mut appeals: Vec<(Round, AppealOf<T>)> = Appeals::<T>::drain_prefix(id).collect();
		appeals.sort_by_key(|(round, _)| *round);
		for (round, appeal) in appeals {
			let members = coherent.get(usize::from(round)).map(Vec::as_slice).unwrap_or(&[]);
			let paid = if decision.verdict == Verdict::Inconclusive {
				BalanceOf::<T>::zero()
			} else {
				Self::pay_shares(id, &appeal.appellant, HoldReason::AppealFee, appeal.fee, members)
			};
			let released = Self::release_hold(
				HoldReason::AppealFee,
				&appeal.appellant,
				appeal.fee.saturating_sub(paid),
			)
			.and_then(|()| {
				Self::release_hold(HoldReason::AppealDeposit, &appeal.appellant, appeal.deposit)
			});
			if let Err(e) = released {
				log::error!(target: LOG_TARGET, "appeal of request {id} not released: {e:?}");
			}
			// The decision the appellant appealed: the one standing then (the last conclusive
			// round before it), not merely its round's tally.
			let appealed = tallies
				.get(..usize::from(round))
				.and_then(|before| {
					before.iter().rev().find(|t| t.verdict != Verdict::Inconclusive).copied()
				})
				.unwrap_or(Tally { verdict: Verdict::Inconclusive, score: None, ..*decision });
			// Reimbursed: what the fee paid out, so that nobody profits from an appeal.
			if decision.differs_from(&appealed) {
				let amount = paid.min(slashed.peek());
				if amount.is_zero() {
					continue;
				}
				let (refund, rest) = slashed.split(amount);
				slashed = rest;
				match <T::Currency as fungible::Balanced<T::AccountId>>::resolve(
					&appeal.appellant,
					refund,
				) {
					Ok(()) => Self::deposit_event(Event::AppellantReimbursed {
						id,
						round,
						who: appeal.appellant,
						amount,
					}),
					Err(refund) => slashed = slashed.merge(refund),
				}
			}
		}
		slashed
	}

	/// Tell the client of request `id` its `outcome` (resolved as `resolution`) and emit
	/// `RequestFinalized`. Returns the weight the outcome handler used.
	pub(crate) fn report_outcome(
		id: RequestId,
		request: &RequestOf<T>,
		outcome: Outcome<T::AccountId>,
		resolution: primitives::Resolution,
		appeals: Round,
	) -> Weight {
		// Only requests of client domains were opened through the provider; the claims domain
		// has no client to tell.
		let handler_weight = if request.domain == T::ClaimsDomain::get() {
			Weight::zero()
		} else {
			let client = Self::client_outcome(&outcome, resolution, appeals);
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

	/// The weight settling `rounds` appealed rounds adds to a finalization: the benchmark's
	/// marginal cost over none (its base is a finalization, already charged).
	pub(crate) fn past_rounds_weight(rounds: u32) -> Weight {
		T::WeightInfo::settle_past_rounds(rounds)
			.saturating_sub(T::WeightInfo::settle_past_rounds(0))
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
							// A round waiting for its tally is past its reveal deadline; its
							// tally schedules the request after its appeal window.
							None if Self::awaits_tally(id) => {
								Self::tally(id, &request);
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
