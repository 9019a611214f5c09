//! Groups, series and memberships.

use crate::{
	features::Side, AgreementId, AgreementStatus, Agreements, Config, Error, Event, Group,
	GroupId, Groups, HoldReason, Membership, MembershipStatus, Memberships, NextGroupId,
	NextSeriesId, Pallet, ParticipantId, PolicyOf, Series, SeriesById, TokenClass,
};
use frame_support::{ensure, traits::Get};
use policy_engine::{validate_policy, GroupPolicy, Limits, SeriesPolicy, TokenBehavior};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

/// A membership token's state.
pub const MEMBER_STATE: &[u8] = b"ACTIVE";

impl<T: Config> Pallet<T> {
	/// Checks that `who` validates the active agreement `id` through `validator`.
	fn ensure_active_validator(
		who: &T::AccountId,
		id: AgreementId,
		validator: ParticipantId,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(who, &agreement, validator, Side::Right)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::NotActive);
		Ok(())
	}

	/// Decodes and validates a group policy document alone.
	pub(crate) fn group_policy(bytes: &[u8]) -> Result<(GroupPolicy, alloc::vec::Vec<alloc::string::String>), DispatchError> {
		let (policy, declared) = Self::decode_document::<GroupPolicy>(bytes)?;
		let report = validate_policy(&policy, None, &Self::schema(&[&declared]), &Limits::DEFAULT);
		ensure!(report.valid, Error::<T>::InvalidPolicy);
		Ok((policy, declared))
	}

	/// Decodes a series policy document and validates it with its group's, returning the
	/// policies and the series' token behaviour.
	pub(crate) fn series_policy(
		group_bytes: &[u8],
		series_bytes: &[u8],
	) -> Result<(GroupPolicy, SeriesPolicy, TokenBehavior), DispatchError> {
		let (group, group_vars) = Self::decode_document::<GroupPolicy>(group_bytes)?;
		let (series, series_vars) = Self::decode_document::<SeriesPolicy>(series_bytes)?;
		let schema = Self::schema(&[&group_vars, &series_vars]);
		let report = validate_policy(&group, Some(&series), &schema, &Limits::DEFAULT);
		ensure!(report.valid, Error::<T>::InvalidPolicy);
		if let Some(dfa) = group.effective_dfa(Some(&series)) {
			Self::check_state_names(dfa)?;
		}
		Ok((group, series, report.behavior))
	}

	pub(crate) fn do_create_group(
		who: T::AccountId,
		owner: AgreementId,
		validator: ParticipantId,
		policy: PolicyOf<T>,
		name_hash: H256,
	) -> DispatchResult {
		Self::ensure_active_validator(&who, owner, validator)?;
		Self::group_policy(&policy)?;
		let id = NextGroupId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = Self::policy_deposit(T::GroupDeposit::get(), policy.len());
		Self::hold(HoldReason::GroupDeposit, &who, deposit)?;
		NextGroupId::<T>::put(next);
		Self::store_group(
			id,
			Group {
				owner,
				policy,
				name_hash,
				depositor: who.clone(),
				deposit,
				series: 0,
				members: 0,
			},
		);
		// The owner agreement holds the group.
		Self::adjust_holdings(owner, true);
		Self::deposit_event(Event::GroupCreated { id, owner });
		// The owner is a member from the start, paying no membership deposit.
		Self::admit(id, owner, who, 0u32.into())?;
		Ok(())
	}

	pub(crate) fn do_create_series(
		who: T::AccountId,
		group_id: GroupId,
		validator: ParticipantId,
		policy: PolicyOf<T>,
		name_hash: H256,
	) -> DispatchResult {
		let mut group = Groups::<T>::get(group_id).ok_or(Error::<T>::GroupNotFound)?;
		Self::ensure_active_validator(&who, group.owner, validator)?;
		ensure!(group.series < T::MaxSeriesPerGroup::get(), Error::<T>::TooManySeries);
		let (_, _, behavior) = Self::series_policy(&group.policy, &policy)?;
		let id = NextSeriesId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = Self::policy_deposit(T::SeriesDeposit::get(), policy.len());
		Self::hold(HoldReason::GroupDeposit, &who, deposit)?;
		NextSeriesId::<T>::put(next);
		crate::SeriesByGroup::<T>::insert(group_id, id, ());
		group.series = group.series.saturating_add(1);
		Self::store_group(group_id, group);
		Self::store_series(
			id,
			Series {
				group: group_id,
				policy,
				behavior: behavior.bits(),
				name_hash,
				depositor: who,
				deposit,
				supply: 0,
				tokens: 0,
			},
		);
		Self::deposit_event(Event::SeriesCreated { id, group: group_id, behavior: behavior.bits() });
		Ok(())
	}

	pub(crate) fn do_request_membership(
		who: T::AccountId,
		group_id: GroupId,
		agreement_id: AgreementId,
		party: ParticipantId,
	) -> DispatchResult {
		let mut group = Groups::<T>::get(group_id).ok_or(Error::<T>::GroupNotFound)?;
		let agreement = Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(&who, &agreement, party, Side::Any)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::NotActive);
		ensure!(
			!Memberships::<T>::contains_key(group_id, agreement_id),
			Error::<T>::AlreadyMember
		);
		let deposit = T::MembershipDeposit::get();
		Self::hold(HoldReason::MembershipDeposit, &who, deposit)?;
		group.members = group.members.saturating_add(1);
		Self::store_group(group_id, group);
		Self::store_membership(
			group_id,
			agreement_id,
			Membership { status: MembershipStatus::Pending, token: None, depositor: who, deposit },
		);
		Self::adjust_holdings(agreement_id, true);
		Self::deposit_event(Event::MembershipRequested { group: group_id, agreement: agreement_id });
		Ok(())
	}

	pub(crate) fn do_admit_member(
		who: T::AccountId,
		group_id: GroupId,
		agreement_id: AgreementId,
		validator: ParticipantId,
	) -> DispatchResult {
		let group = Groups::<T>::get(group_id).ok_or(Error::<T>::GroupNotFound)?;
		Self::ensure_active_validator(&who, group.owner, validator)?;
		let membership =
			Memberships::<T>::get(group_id, agreement_id).ok_or(Error::<T>::NotMember)?;
		ensure!(membership.status == MembershipStatus::Pending, Error::<T>::AlreadyMember);
		// An agreement that ended since its request gets no membership token.
		let member = Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(member.status == AgreementStatus::Active, Error::<T>::NotActive);
		// The member pays its membership token's deposit through the membership's requester.
		let token = Self::mint_membership_token(group_id, agreement_id, &membership.depositor)?;
		Self::store_membership(
			group_id,
			agreement_id,
			Membership { status: MembershipStatus::Active, token: Some(token), ..membership },
		);
		Self::deposit_event(Event::MemberAdmitted { group: group_id, agreement: agreement_id, token });
		Ok(())
	}

	/// Makes the owner a member at group creation.
	fn admit(
		group_id: GroupId,
		agreement_id: AgreementId,
		depositor: T::AccountId,
		deposit: crate::BalanceOf<T>,
	) -> DispatchResult {
		let token = Self::mint_membership_token(group_id, agreement_id, &depositor)?;
		Self::update_group(group_id, |g| g.members = g.members.saturating_add(1));
		Self::store_membership(
			group_id,
			agreement_id,
			Membership { status: MembershipStatus::Active, token: Some(token), depositor, deposit },
		);
		Self::adjust_holdings(agreement_id, true);
		Self::deposit_event(Event::MemberAdmitted { group: group_id, agreement: agreement_id, token });
		Ok(())
	}

	pub(crate) fn do_leave_group(
		who: T::AccountId,
		group_id: GroupId,
		agreement_id: AgreementId,
		party: ParticipantId,
	) -> DispatchResult {
		let mut group = Groups::<T>::get(group_id).ok_or(Error::<T>::GroupNotFound)?;
		ensure!(group.owner != agreement_id, Error::<T>::OwnerCannotLeave);
		let membership =
			Memberships::<T>::get(group_id, agreement_id).ok_or(Error::<T>::NotMember)?;
		// A party of the member, or a validator of the owner (expulsion).
		let member = Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		let owner = Agreements::<T>::get(group.owner).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(&who, &member, party, Side::Any)
			.or_else(|_| Self::ensure_party(&who, &owner, party, Side::Right))?;
		if let Some(token) = membership.token {
			Self::remove_token(token)?;
		}
		Self::release(HoldReason::MembershipDeposit, &membership.depositor, membership.deposit)?;
		Self::take_membership(group_id, agreement_id);
		group.members = group.members.saturating_sub(1);
		Self::store_group(group_id, group);
		Self::adjust_holdings(agreement_id, false);
		Self::deposit_event(Event::MemberLeft { group: group_id, agreement: agreement_id });
		Ok(())
	}

	/// Whether `agreement` is an active member of the group of `class`'s series.
	pub(crate) fn is_member(group: GroupId, agreement: AgreementId) -> bool {
		Memberships::<T>::get(group, agreement)
			.is_some_and(|m| m.status == MembershipStatus::Active)
	}

	/// The group a token class belongs to.
	pub(crate) fn group_of(class: TokenClass) -> Option<GroupId> {
		match class {
			TokenClass::Membership(group) => Some(group),
			TokenClass::Series(series) => SeriesById::<T>::get(series).map(|s| s.group),
		}
	}

	pub(crate) fn do_destroy_series(
		who: T::AccountId,
		series_id: crate::SeriesId,
		validator: ParticipantId,
	) -> DispatchResult {
		let series = SeriesById::<T>::get(series_id).ok_or(Error::<T>::SeriesNotFound)?;
		let mut group = Groups::<T>::get(series.group).ok_or(Error::<T>::GroupNotFound)?;
		let owner = Agreements::<T>::get(group.owner).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(&who, &owner, validator, Side::Right)?;
		ensure!(series.tokens == 0, Error::<T>::SeriesInUse);
		Self::release(HoldReason::GroupDeposit, &series.depositor, series.deposit)?;
		// Editions of burned tokens were removed with them; none remain without tokens.
		Self::delete_series(series_id, &series);
		crate::SeriesByGroup::<T>::remove(series.group, series_id);
		group.series = group.series.saturating_sub(1);
		Self::store_group(series.group, group);
		Self::deposit_event(Event::SeriesDestroyed { id: series_id });
		Ok(())
	}

	pub(crate) fn do_destroy_group(
		who: T::AccountId,
		group_id: GroupId,
		validator: ParticipantId,
	) -> DispatchResult {
		let group = Groups::<T>::get(group_id).ok_or(Error::<T>::GroupNotFound)?;
		let owner = Agreements::<T>::get(group.owner).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(&who, &owner, validator, Side::Right)?;
		ensure!(group.series == 0 && group.members <= 1, Error::<T>::GroupInUse);
		if let Some(membership) = Self::take_membership(group_id, group.owner) {
			if let Some(token) = membership.token {
				Self::remove_token(token)?;
			}
			Self::release(HoldReason::MembershipDeposit, &membership.depositor, membership.deposit)?;
			Self::adjust_holdings(group.owner, false);
		}
		Self::release(HoldReason::GroupDeposit, &group.depositor, group.deposit)?;
		Self::delete_group(group_id, group.owner);
		// The group itself was one of the owner's holdings.
		Self::adjust_holdings(group.owner, false);
		Self::deposit_event(Event::GroupDestroyed { id: group_id });
		Ok(())
	}
}
