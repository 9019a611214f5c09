//! Invariants checked after every test and by `try-runtime`.

use crate::{
	AgreementStatus, Agreements, Config, Editions, EventCursor, EventRecords, Groups, HoldReason,
	Memberships, MembershipStatus, Pallet, ParticipantByKey, Participants, SeriesById,
	StreamCount, Streams, TokenClass, Tokens, TokensByOwner,
};
use alloc::collections::BTreeMap;
use frame_support::traits::{fungible::InspectHold, Get};
use policy_engine::TokenBehavior;
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

fn check(condition: bool, message: &'static str) -> Result<(), TryRuntimeError> {
	if condition {
		Ok(())
	} else {
		Err(message.into())
	}
}

impl<T: Config> Pallet<T> {
	/// - Participants and keys map one to one; each participant's agreement count is the
	///   number of agreements naming it.
	/// - Every agreement's holdings equal its tokens, owned groups, memberships and records.
	/// - Token quantities respect their behaviour (non-fungible editions are unique and
	///   registered); series supply and token counts equal the sum of their tokens.
	/// - Stream counts equal the streams; event cursors cover exactly the stored records.
	/// - Delegation chains are well formed: roots from parties, each link within its parent's
	///   permissions and expiry, one level deeper, numbers unique and below the next, a stored
	///   condition exactly for conditioned links.
	/// - Every hold reason's total per account equals the deposits recorded for it.
	/// - Every agreement's state trie mirrors its storage (`features/state.rs`).
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		type Balances<T> = BTreeMap<<T as frame_system::Config>::AccountId, crate::BalanceOf<T>>;
		let mut held: BTreeMap<u8, Balances<T>> = BTreeMap::new();
		let mut add = |reason: HoldReason, who: &T::AccountId, amount: crate::BalanceOf<T>| {
			let entry = held.entry(reason as u8).or_default().entry(who.clone()).or_default();
			*entry = entry.saturating_add(amount);
		};

		let mut party_counts: BTreeMap<u64, u32> = BTreeMap::new();
		for (id, participant) in Participants::<T>::iter() {
			check(ParticipantByKey::<T>::get(participant.key) == Some(id), "key index mismatch")?;
			add(HoldReason::ParticipantDeposit, &participant.owner, participant.deposit);
			party_counts.insert(id, 0);
		}
		check(
			ParticipantByKey::<T>::iter().count() == Participants::<T>::iter().count(),
			"orphan key index",
		)?;

		let mut holdings: BTreeMap<crate::AgreementId, u32> = BTreeMap::new();
		for (id, agreement) in Agreements::<T>::iter() {
			add(HoldReason::AgreementDeposit, &agreement.proposer, agreement.deposit);
			// Proposals do not count (and may name participants that retired since).
			if agreement.status != AgreementStatus::Proposed {
				for party in agreement.terms.parties() {
					let count = party_counts
						.get_mut(&party)
						.ok_or("live agreement names a missing participant")?;
					*count = count.saturating_add(1);
				}
			}
			if agreement.status == AgreementStatus::Active {
				check(
					agreement.consented.len() == agreement.terms.parties().count(),
					"active agreement without every consent",
				)?;
			}
			holdings.insert(id, 0);
		}
		for (id, participant) in Participants::<T>::iter() {
			check(party_counts.get(&id) == Some(&participant.agreements), "participant agreement count")?;
		}
		let mut hold = |id: &crate::AgreementId| -> Result<(), TryRuntimeError> {
			let count = holdings.get_mut(id).ok_or("holding of a missing agreement")?;
			*count = count.saturating_add(1);
			Ok(())
		};

		for (id, group) in Groups::<T>::iter() {
			add(HoldReason::GroupDeposit, &group.depositor, group.deposit);
			hold(&group.owner)?;
			let members = Memberships::<T>::iter_prefix(id).count() as u32;
			check(members == group.members, "group member count")?;
			let series = crate::SeriesByGroup::<T>::iter_key_prefix(id).count() as u32;
			check(series == group.series, "group series count")?;
			check(series <= T::MaxSeriesPerGroup::get(), "too many series")?;
			check(
				Memberships::<T>::get(id, group.owner)
					.is_some_and(|m| m.status == MembershipStatus::Active),
				"group owner is not an active member",
			)?;
		}
		for (group, agreement, membership) in Memberships::<T>::iter() {
			check(Groups::<T>::contains_key(group), "membership of a missing group")?;
			hold(&agreement)?;
			add(HoldReason::MembershipDeposit, &membership.depositor, membership.deposit);
			let token_ok = match (membership.status, membership.token) {
				(MembershipStatus::Active, Some(token)) => Tokens::<T>::get(token).is_some_and(|t| {
					t.owner == agreement && t.class == TokenClass::Membership(group)
				}),
				(MembershipStatus::Pending, None) => true,
				_ => false,
			};
			check(token_ok, "membership token")?;
		}

		let mut supply: BTreeMap<u64, (u128, u32)> = BTreeMap::new();
		for (id, token) in Tokens::<T>::iter() {
			add(HoldReason::TokenDeposit, &token.depositor, token.deposit);
			hold(&token.owner)?;
			check(TokensByOwner::<T>::contains_key(token.owner, id), "token owner index")?;
			check(!token.quantity.is_zero(), "token of quantity zero")?;
			let behavior = TokenBehavior::from_bits(token.behavior).ok_or("behaviour bits")?;
			if let TokenClass::Series(series) = token.class {
				let stored = SeriesById::<T>::get(series).ok_or("token of a missing series")?;
				check(stored.behavior == token.behavior, "token behaviour differs from its series")?;
				match token.unique_id {
					Some(edition) => {
						check(!behavior.series_fungible, "edition on a fungible token")?;
						check(Editions::<T>::get(series, edition) == Some(id), "edition index")?;
					},
					None => check(behavior.series_fungible, "non-fungible token without edition")?,
				}
				let entry = supply.entry(series).or_default();
				entry.0 = entry.0.saturating_add(token.quantity);
				entry.1 = entry.1.saturating_add(1);
			}
		}
		check(
			TokensByOwner::<T>::iter().count() == Tokens::<T>::iter().count(),
			"orphan token owner index",
		)?;
		check(
			crate::SeriesByGroup::<T>::iter().count() == SeriesById::<T>::iter().count(),
			"series index size",
		)?;
		for (_, _, token) in Editions::<T>::iter() {
			check(Tokens::<T>::contains_key(token), "edition of a missing token")?;
		}
		for (id, series) in SeriesById::<T>::iter() {
			check(crate::SeriesByGroup::<T>::contains_key(series.group, id), "series index")?;
			check(series.supply <= crate::MAX_QUANTITY, "series supply above MAX_QUANTITY")?;
			add(HoldReason::GroupDeposit, &series.depositor, series.deposit);
			let (quantity, count) = supply.get(&id).copied().unwrap_or_default();
			check(series.supply == quantity && series.tokens == count, "series supply")?;
		}

		for (agreement, _) in Agreements::<T>::iter() {
			let streams = Streams::<T>::iter_prefix(agreement).count() as u32;
			check(streams == StreamCount::<T>::get(agreement), "stream count")?;
			let (next, first) = EventCursor::<T>::get(agreement);
			let mut records = 0u64;
			for (seq, record) in EventRecords::<T>::iter_prefix(agreement) {
				check(seq >= first && seq < next, "event record outside its cursor")?;
				add(HoldReason::EventDeposit, &record.submitter, record.deposit);
				check(
					crate::EventIndex::<T>::get(record.hash) == Some((agreement, seq)),
					"event index",
				)?;
				records = records.saturating_add(1);
				hold(&agreement)?;
			}
			check(records == next.saturating_sub(first), "event records missing")?;
		}

		let mut conditions = 0usize;
		for (agreement, set) in crate::Delegations::<T>::iter() {
			let stored = Agreements::<T>::get(agreement).ok_or("delegations of a missing agreement")?;
			check(
				set.links.is_empty() || stored.status != AgreementStatus::Proposed,
				"delegations of a proposal",
			)?;
			for link in set.links.iter() {
				check(
					set.links.iter().filter(|other| other.root == link.root).count() as u32 <=
						T::MaxDelegationsPerParty::get(),
					"a party's chains above its share",
				)?;
				for (index, permission) in link.permissions.iter().enumerate() {
					check(
						!permission.is_empty() &&
							!link.permissions.iter().skip(index + 1).any(|p| p == permission),
						"empty or repeated permission",
					)?;
				}
				add(HoldReason::DelegationDeposit, &link.creator, link.deposit);
				hold(&agreement)?;
				check(link.id < set.next, "delegation number not below the next")?;
				check(
					set.links.iter().filter(|other| other.id == link.id).count() == 1,
					"delegation number used twice",
				)?;
				check(!link.permissions.is_empty(), "delegation without permissions")?;
				check(link.delegator != link.delegate, "delegation to oneself")?;
				check(
					link.depth >= 1 && link.depth <= T::MaxDelegationDepth::get(),
					"delegation depth out of bounds",
				)?;
				match link.parent {
					None => {
						check(link.depth == 1, "root delegation of depth other than 1")?;
						check(link.root == link.delegator, "root delegation of another root")?;
						check(
							stored.terms.parties().any(|party| party == link.delegator),
							"root delegation from a non-party",
						)?;
					},
					Some(parent) => {
						let parent = set.get(parent).ok_or("delegation of a missing parent")?;
						check(parent.id < link.id, "delegation older than its parent")?;
						check(parent.redelegate, "delegation extends a closed link")?;
						check(parent.delegate == link.delegator, "delegation chain broken")?;
						check(link.depth == parent.depth.saturating_add(1), "delegation depth")?;
						check(link.root == parent.root, "delegation root differs from its parent's")?;
						check(link.expires <= parent.expires, "delegation outlives its parent")?;
						check(
							link.permissions.iter().all(|p| parent.grants(p)),
							"delegation grants more than its parent",
						)?;
					},
				}
				check(
					link.conditioned ==
						crate::DelegationConditions::<T>::contains_key(agreement, link.id),
					"delegation condition",
				)?;
				if link.conditioned {
					conditions = conditions.saturating_add(1);
				}
			}
		}
		check(
			crate::DelegationConditions::<T>::iter().count() == conditions,
			"orphan delegation conditions",
		)?;

		for (id, agreement) in Agreements::<T>::iter() {
			check(holdings.get(&id) == Some(&agreement.holdings), "agreement holdings")?;
		}
		check(
			crate::EventIndex::<T>::iter().count() == EventRecords::<T>::iter().count(),
			"orphan event index entries",
		)?;

		Self::check_state_tries()?;

		for reason in [
			HoldReason::ParticipantDeposit,
			HoldReason::AgreementDeposit,
			HoldReason::GroupDeposit,
			HoldReason::MembershipDeposit,
			HoldReason::TokenDeposit,
			HoldReason::EventDeposit,
			HoldReason::DelegationDeposit,
		] {
			for (who, amount) in held.get(&(reason.clone() as u8)).cloned().unwrap_or_default() {
				check(
					T::Currency::balance_on_hold(&reason.clone().into(), &who) == amount,
					"held balance differs from recorded deposits",
				)?;
			}
		}
		Ok(())
	}
}
