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
	///   witness's `pending` equals its duties: its seats on drawn panels of open requests
	///   (committed or not), its attestations on other panels, and the same in the past
	///   rounds of appealed requests;
	/// - the schedule lists exactly the open requests, each once, under its due block (its
	///   seed block while it waits for its draw, else the block after its reveal deadline), at
	///   or after the finalization cursor;
	/// - a request waiting for its draw has no panel entries; a drawn panel's seats add up to
	///   its size (or to nothing, when no candidate was left to draw); a named panel has one
	///   seat per member;
	/// - `DrawsAt` and `RosterDraws` count exactly the requests waiting for each seed block and
	///   roster; a block's seed is stored iff draws wait for it and the block has begun; every
	///   referenced roster exists; a domain keeps only its current roster and the one before;
	///   a roster's weights add up to its total; each depositor's `RosterDeposit` hold equals
	///   its domains' deposits;
	/// - request ids are below `NextRequestId`;
	/// - see [`Self::check_claims`] for optimistic claims.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut commits: BTreeMap<RequestId, (u32, u32)> = BTreeMap::new();
		for (id, who, attestation) in Attestations::<T>::iter() {
			let request = Requests::<T>::get(id).ok_or("attestation for an unknown request")?;
			// Drawn members' duties are counted from their panel entries below.
			if request.panel != PanelKind::Drawn {
				let entry = pending.entry(who).or_default();
				*entry = entry.saturating_add(1);
			}
			let counts = commits.entry(id).or_default();
			counts.0 = counts.0.saturating_add(1);
			if attestation.reveal.is_some() {
				counts.1 = counts.1.saturating_add(1);
			}
		}
		for (id, who) in Panels::<T>::iter_keys() {
			let request = Requests::<T>::get(id).ok_or("panel entry for an unknown request")?;
			if request.panel == PanelKind::Drawn {
				let entry = pending.entry(who).or_default();
				*entry = entry.saturating_add(1);
			}
		}
		// Members of appealed rounds keep their duties pending until the request is final.
		for (_, _, past) in PastRounds::<T>::iter() {
			let drawn = past.panel == PanelKind::Drawn;
			for (who, _) in past.members.iter().filter(|(_, m)| drawn || m.committed) {
				let entry = pending.entry(who.clone()).or_default();
				*entry = entry.saturating_add(1);
			}
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
		let now = frame_system::Pallet::<T>::block_number();
		let mut draws_at: BTreeMap<BlockNumberOf<T>, u32> = BTreeMap::new();
		let mut roster_draws: BTreeMap<(DomainId, RosterEra), u32> = BTreeMap::new();
		let mut open = 0usize;
		for (id, request) in Requests::<T>::iter() {
			open = open.saturating_add(1);
			ensure!(id < next_id, "request id not below NextRequestId");
			let (c, r) = commits.get(&id).copied().unwrap_or((0, 0));
			ensure!(c == request.commits, "request commit count differs from attestations");
			ensure!(r == request.reveals, "request reveal count differs from attestations");
			ensure!(c <= T::MaxWitnessesPerRequest::get(), "too many commitments");
			let due = Self::due_block(id, &request);
			ensure!(Schedule::<T>::contains_key(due, id), "open request not scheduled");
			ensure!(cursor.is_some_and(|c| due >= c), "request scheduled before the cursor");
			let entries = Panels::<T>::iter_prefix(id).count();
			let seats = Panels::<T>::iter_prefix_values(id).fold(0u32, |a, s| a.saturating_add(s));
			match (request.panel, request.draw) {
				(PanelKind::Drawn, Some(ticket)) => {
					ensure!(entries == 0, "panel entries before the draw");
					let at = draws_at.entry(ticket.seed_block).or_default();
					*at = at.saturating_add(1);
					let on = roster_draws.entry((request.domain, ticket.roster_era)).or_default();
					*on = on.saturating_add(1);
					ensure!(
						Rosters::<T>::contains_key(request.domain, ticket.roster_era),
						"draw references a missing roster"
					);
				},
				(PanelKind::Drawn, None) => ensure!(
					seats == request.panel_size || seats == 0,
					"drawn seats differ from the panel size"
				),
				(PanelKind::Named, None) => ensure!(
					seats == request.panel_size
						&& entries == usize::try_from(seats).unwrap_or(usize::MAX),
					"named panel differs from its size"
				),
				(PanelKind::Open, None) => ensure!(entries == 0, "open panel with members"),
				(_, Some(_)) => return Err("only drawn panels wait for a draw".into()),
			}
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
			ensure!(Self::due_block(id, &request) == due, "request scheduled under a wrong block");
		}
		ensure!(scheduled == open, "schedule and open requests differ");
		Self::check_claims()?;
		Self::check_rounds()?;
		Self::check_draws(now, &draws_at, &roster_draws)
	}

	/// Check the optimistic claims: each belongs to an open request with a drawn panel; an
	/// undisputed claim has no draw, panel or attestation and its deadlines are the last block
	/// of its window; a disputer is neither the requester nor excluded; each requester's
	/// `ClaimBond` hold and each disputer's `DisputeBond` hold equal the bonds of their open
	/// claims and disputes.
	fn check_claims() -> Result<(), TryRuntimeError> {
		let mut claimed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut disputed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, claim) in Claims::<T>::iter() {
			let request = Requests::<T>::get(id).ok_or("claim of an unknown request")?;
			ensure!(request.panel == PanelKind::Drawn, "claim without a drawn dispute panel");
			let bond = claimed.entry(request.requester.clone()).or_default();
			*bond = bond.saturating_add(claim.bond);
			match &claim.disputer {
				None => {
					ensure!(request.draw.is_none(), "undisputed claim waiting for a draw");
					ensure!(
						Panels::<T>::iter_prefix(id).next().is_none()
							&& Attestations::<T>::iter_prefix(id).next().is_none(),
						"undisputed claim with a panel"
					);
					ensure!(
						request.commit_deadline == claim.liveness_until
							&& request.reveal_deadline == claim.liveness_until,
						"undisputed claim's deadlines differ from its window"
					);
				},
				Some(disputer) => {
					ensure!(
						disputer != &request.requester && !request.excluded.contains(disputer),
						"claim disputed by its requester or an excluded account"
					);
					let bond = disputed.entry(disputer.clone()).or_default();
					*bond = bond.saturating_add(claim.bond);
				},
			}
		}
		for (reason, bonds) in
			[(HoldReason::ClaimBond, claimed), (HoldReason::DisputeBond, disputed)]
		{
			for (who, bond) in bonds.iter() {
				ensure!(
					T::Currency::balance_on_hold(&reason.into(), who) == *bond,
					"held claim or dispute bonds differ from open claims"
				);
			}
		}
		Ok(())
	}

	/// Check the rounds of appealable requests: each belongs to an open request, within
	/// `MaxAppealRounds`; a round is tallied (`current`) iff its appeal window is set, and
	/// then it waits for no draw and is past its reveal deadline; the standing decision is
	/// conclusive and of a round not after the current one; a request at round `r` has past
	/// rounds exactly `0..r` (each with a tally of its own round) and appeals exactly `1..=r`;
	/// each appellant's `AppealFee` and `AppealDeposit` holds equal its open appeals' fees and
	/// deposits.
	fn check_rounds() -> Result<(), TryRuntimeError> {
		for (id, rounds) in Rounds::<T>::iter() {
			let request = Requests::<T>::get(id).ok_or("rounds of an unknown request")?;
			ensure!(rounds.round <= T::MaxAppealRounds::get(), "more rounds than allowed");
			ensure!(
				rounds.appeal_until.is_some() == rounds.current.is_some(),
				"appeal window without a tally, or a tally without a window"
			);
			if let Some(tally) = rounds.current {
				ensure!(request.draw.is_none(), "tallied round waiting for a draw");
				ensure!(tally.round == rounds.round, "tally of another round");
			}
			if let Some(standing) = rounds.standing {
				ensure!(
					standing.verdict != Verdict::Inconclusive,
					"inconclusive standing decision"
				);
				ensure!(standing.round <= rounds.round, "standing decision of a future round");
			}
			for round in 0..rounds.round {
				let past = PastRounds::<T>::get(id, round).ok_or("appealed round missing")?;
				ensure!(past.tally.round == round, "past round with another round's tally");
				ensure!(
					Appeals::<T>::contains_key(id, round.saturating_add(1)),
					"round without the appeal that opened it"
				);
			}
			ensure!(
				PastRounds::<T>::iter_prefix(id).count() == usize::from(rounds.round)
					&& Appeals::<T>::iter_prefix(id).count() == usize::from(rounds.round),
				"past rounds or appeals beyond the current round"
			);
		}
		let mut fees: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, _, appeal) in Appeals::<T>::iter() {
			ensure!(Rounds::<T>::contains_key(id), "appeal of a request without rounds");
			let fee = fees.entry(appeal.appellant.clone()).or_default();
			*fee = fee.saturating_add(appeal.fee);
			let deposit = deposits.entry(appeal.appellant.clone()).or_default();
			*deposit = deposit.saturating_add(appeal.deposit);
		}
		for (id, _) in PastRounds::<T>::iter_keys() {
			ensure!(Rounds::<T>::contains_key(id), "past round of a request without rounds");
		}
		for (reason, held) in [(HoldReason::AppealFee, fees), (HoldReason::AppealDeposit, deposits)]
		{
			for (who, amount) in held.iter() {
				ensure!(
					T::Currency::balance_on_hold(&reason.into(), who) == *amount,
					"held appeal fees or deposits differ from open appeals"
				);
			}
		}
		Ok(())
	}

	/// Check the draw bookkeeping against the counts of waiting requests: see
	/// [`Self::do_try_state`].
	fn check_draws(
		now: BlockNumberOf<T>,
		draws_at: &BTreeMap<BlockNumberOf<T>, u32>,
		roster_draws: &BTreeMap<(DomainId, RosterEra), u32>,
	) -> Result<(), TryRuntimeError> {
		ensure!(
			DrawsAt::<T>::iter().count() == draws_at.len(),
			"DrawsAt has blocks no request waits for"
		);
		for (block, count) in draws_at {
			ensure!(DrawsAt::<T>::get(block) == *count, "DrawsAt differs from waiting requests");
			ensure!(
				DrawSeeds::<T>::contains_key(block) == (*block <= now),
				"seed stored for a future block or missing for a past one"
			);
		}
		for (block, _) in DrawSeeds::<T>::iter() {
			ensure!(draws_at.contains_key(&block), "seed kept with no draw waiting for it");
		}
		ensure!(
			RosterDraws::<T>::iter().count() == roster_draws.len(),
			"RosterDraws has rosters no request waits for"
		);
		for ((domain, era), count) in roster_draws {
			ensure!(
				RosterDraws::<T>::get(domain, era) == *count,
				"RosterDraws differs from waiting requests"
			);
		}
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (domain, info) in CurrentRosters::<T>::iter() {
			ensure!(Rosters::<T>::contains_key(domain, info.era), "current roster missing");
			let deposit = deposits.entry(info.depositor.clone()).or_default();
			*deposit = deposit.saturating_add(info.deposit);
		}
		for (domain, era, roster) in Rosters::<T>::iter() {
			let info = CurrentRosters::<T>::get(domain).ok_or("roster of a domain without one")?;
			ensure!(
				era == info.era || Some(era) == info.era.checked_sub(1),
				"roster older than the one before the current"
			);
			let total = roster.entries.iter().fold(0u128, |a, (_, w)| a.saturating_add(*w));
			ensure!(total == roster.total_weight, "roster weights differ from its total");
		}
		for (who, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RosterDeposit.into(), &who) == deposit,
				"held roster deposits differ from the domains' deposits"
			);
		}
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
