//! Delegations: expiring, revocable chains of grants inside one agreement.
//!
//! A chain starts at a party of the agreement and passes permissions down at most
//! `MaxDelegationDepth` links, each granting no more than the link above it and expiring no
//! later. Every use walks the chain from its last link to its root, so an expired or revoked
//! link stops the whole chain at once; revoking removes the link and everything below it.

use crate::{
	features::guards::EVAL_CONFIG, AgreementId, AgreementStatus, Agreements, BalanceOf, Config,
	Delegation, DelegationConditions, DelegationId, DelegationOf, DelegationSetOf, DelegationView,
	Delegations, Error, Event, HoldReason, Pallet, ParticipantId, ParticipantKind, Participants,
	PermissionsOf, PolicyOf,
};
use crate::{features::state::item as state_item, Trie};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use policy_engine::{evaluate_guard, validate_guard, Expr, GuardSite, Limits, Part, Severity, Value};
use sp_runtime::{DispatchError, DispatchResult, Saturating};

/// What a new link grants (the call's arguments).
pub(crate) struct DelegationRequest<T: Config> {
	/// Who grants: a party, or the delegate of `parent`.
	pub delegator: ParticipantId,
	/// Who receives.
	pub delegate: ParticipantId,
	/// What it grants.
	pub permissions: PermissionsOf<T>,
	/// The first block at which it no longer holds.
	pub expires: BlockNumberFor<T>,
	/// Whether the delegate may extend the chain.
	pub redelegate: bool,
	/// The link it extends.
	pub parent: Option<DelegationId>,
}

/// A chain that authorises a signature, checked link by link.
pub(crate) struct SigningChain {
	/// The participant the chain ends at, whose key signs.
	pub signer: ParticipantId,
	/// Links whose conditions the event must pass.
	pub conditioned: Vec<DelegationId>,
	/// Links walked.
	pub links: u32,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_delegate(
		who: T::AccountId,
		agreement_id: AgreementId,
		request: DelegationRequest<T>,
		condition: Option<PolicyOf<T>>,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::NotActive);
		Self::owned_participant(&who, request.delegator)?;
		ensure!(
			Participants::<T>::contains_key(request.delegate),
			Error::<T>::ParticipantNotFound
		);
		ensure!(request.delegate != request.delegator, Error::<T>::InvalidDelegation);
		ensure!(!request.permissions.is_empty(), Error::<T>::InvalidDelegation);
		for (index, permission) in request.permissions.iter().enumerate() {
			let repeated = request.permissions.iter().skip(index.saturating_add(1)).any(|p| p == permission);
			ensure!(!permission.is_empty() && !repeated, Error::<T>::InvalidDelegation);
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(request.expires > now, Error::<T>::DelegationExpired);
		ensure!(
			request.expires <= now.saturating_add(T::MaxDelegationPeriod::get()),
			Error::<T>::DelegationTooLong
		);

		let mut set = Delegations::<T>::get(agreement_id);
		let (root, depth) = match request.parent {
			None => {
				ensure!(
					agreement.terms.parties().any(|party| party == request.delegator),
					Error::<T>::NotAParty
				);
				(request.delegator, 1)
			},
			Some(parent_id) => {
				Self::live_links(&set, parent_id, now)?;
				let parent = set.get(parent_id).ok_or(Error::<T>::DelegationNotFound)?;
				ensure!(parent.delegate == request.delegator, Error::<T>::ChainMismatch);
				ensure!(parent.redelegate, Error::<T>::NotExtendable);
				ensure!(
					request.permissions.iter().all(|p| parent.grants(p)) &&
						request.expires <= parent.expires,
					Error::<T>::InsufficientPermissions
				);
				(parent.root, parent.depth.saturating_add(1))
			},
		};
		ensure!(depth <= T::MaxDelegationDepth::get(), Error::<T>::DelegationTooDeep);
		// One party's chains may take only its share of the set.
		let of_root = set.links.iter().filter(|link| link.root == root).count() as u32;
		ensure!(of_root < T::MaxDelegationsPerParty::get(), Error::<T>::TooManyDelegations);
		if let Some(bytes) = &condition {
			Self::decode_condition(bytes, true)?;
		}

		let condition_bytes = condition.as_ref().map_or(0, |c| c.len());
		let deposit = Self::policy_deposit(T::DelegationDeposit::get(), condition_bytes);
		let id = set.next;
		set.next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let link = Delegation {
			id,
			root,
			delegator: request.delegator,
			delegate: request.delegate,
			parent: request.parent,
			depth,
			permissions: request.permissions,
			expires: request.expires,
			redelegate: request.redelegate,
			conditioned: condition.is_some(),
			creator: who.clone(),
			deposit,
		};
		let item = link.encode();
		set.links.try_push(link).map_err(|_| Error::<T>::TooManyDelegations)?;
		Self::hold(HoldReason::DelegationDeposit, &who, deposit)?;
		Delegations::<T>::insert(agreement_id, set);
		Self::state_put(agreement_id, Trie::Permissions, &state_item::delegation(id), &item);
		if let Some(condition) = condition {
			DelegationConditions::<T>::insert(agreement_id, id, condition);
		}
		Self::adjust_holdings(agreement_id, true);
		Self::deposit_event(Event::Delegated {
			agreement: agreement_id,
			id,
			delegator: request.delegator,
			delegate: request.delegate,
			expires: request.expires,
		});
		Ok(())
	}

	pub(crate) fn do_revoke_delegation(
		who: T::AccountId,
		agreement: AgreementId,
		id: DelegationId,
	) -> Result<u32, DispatchError> {
		let set = Delegations::<T>::get(agreement);
		let link = set.get(id).ok_or(Error::<T>::DelegationNotFound)?;
		// The creator of this link or of any link above it may cut the chain here (creators
		// are the delegators' owners, kept in the links, so the walk reads nothing), and the
		// delegate's owner may renounce it.
		let mut cursor = Some(link);
		let mut authorised = false;
		for _ in 0..T::MaxDelegationDepth::get() {
			let Some(current) = cursor else { break };
			if current.creator == who {
				authorised = true;
				break;
			}
			cursor = current.parent.and_then(|parent| set.get(parent));
		}
		if !authorised {
			authorised = Participants::<T>::get(link.delegate).is_some_and(|p| p.owner == who);
		}
		ensure!(authorised, Error::<T>::Unauthorized);
		let removed = Self::remove_subtree(agreement, set, id)?;
		Self::deposit_event(Event::DelegationRevoked { agreement, id, removed });
		Ok(removed)
	}

	pub(crate) fn do_reap_delegation(
		agreement: AgreementId,
		id: DelegationId,
	) -> Result<u32, DispatchError> {
		let set = Delegations::<T>::get(agreement);
		let link = set.get(id).ok_or(Error::<T>::DelegationNotFound)?;
		let active = Agreements::<T>::get(agreement)
			.is_some_and(|stored| stored.status == AgreementStatus::Active);
		let now = frame_system::Pallet::<T>::block_number();
		// Links below expire no later, so they are dead too.
		ensure!(!active || link.expires <= now, Error::<T>::DelegationLive);
		let removed = Self::remove_subtree(agreement, set, id)?;
		Self::deposit_event(Event::DelegationReaped { agreement, id, removed });
		Ok(removed)
	}

	/// Removes `id` and the links below it, releasing their deposits and conditions.
	fn remove_subtree(
		agreement: AgreementId,
		mut set: DelegationSetOf<T>,
		id: DelegationId,
	) -> Result<u32, DispatchError> {
		let doomed = set.subtree(id);
		let mut removed: u32 = 0;
		for link in set.links.iter().filter(|link| doomed.contains(&link.id)) {
			Self::release(HoldReason::DelegationDeposit, &link.creator, link.deposit)?;
			if link.conditioned {
				DelegationConditions::<T>::remove(agreement, link.id);
			}
			Self::state_remove(agreement, Trie::Permissions, &state_item::delegation(link.id));
			removed = removed.saturating_add(1);
		}
		set.links.retain(|link| !doomed.contains(&link.id));
		// The set stays (with its next number) until the agreement is reaped: numbers are
		// never reused.
		Delegations::<T>::insert(agreement, set);
		Agreements::<T>::mutate(agreement, |stored| {
			if let Some(stored) = stored {
				stored.holdings = stored.holdings.saturating_sub(removed);
			}
		});
		Ok(removed)
	}

	/// The links from `id` up to its root, each present and unexpired at `now`.
	pub(crate) fn live_links(
		set: &DelegationSetOf<T>,
		id: DelegationId,
		now: BlockNumberFor<T>,
	) -> Result<Vec<&DelegationOf<T>>, DispatchError> {
		let mut links = Vec::new();
		let mut next = Some(id);
		// Parents have lower numbers, so the walk ends; the bound is a second guarantee.
		for _ in 0..T::MaxDelegationDepth::get() {
			let Some(current) = next else { break };
			let link = set.get(current).ok_or(Error::<T>::DelegationNotFound)?;
			ensure!(now < link.expires, Error::<T>::DelegationExpired);
			links.push(link);
			next = link.parent;
		}
		ensure!(next.is_none(), Error::<T>::DelegationTooDeep);
		Ok(links)
	}

	/// Checks that chain `id` of `set` lets its last delegate sign events of `activity` for
	/// `producer`: every link live and granting the activity, the root granted by the
	/// producer, the last delegate an `Agent` and none a `Delegate` (whose proofs come from its
	/// principal, so it cannot pass a signing right on either).
	pub(crate) fn signing_chain(
		set: &DelegationSetOf<T>,
		id: DelegationId,
		producer: ParticipantId,
		activity: &[u8],
	) -> Result<SigningChain, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let links = Self::live_links(set, id, now)?;
		ensure!(links.iter().all(|link| link.grants(activity)), Error::<T>::InsufficientPermissions);
		let root = links.last().ok_or(Error::<T>::DelegationNotFound)?;
		ensure!(root.delegator == producer, Error::<T>::ChainMismatch);
		let signer = links.first().ok_or(Error::<T>::DelegationNotFound)?.delegate;
		for link in links.iter() {
			let kind =
				Participants::<T>::get(link.delegate).ok_or(Error::<T>::ParticipantNotFound)?.kind;
			let allowed = if link.delegate == signer {
				kind == ParticipantKind::Agent
			} else {
				kind != ParticipantKind::Delegate
			};
			ensure!(allowed, Error::<T>::DelegateCannotSign);
		}
		Ok(SigningChain {
			signer,
			conditioned: links.iter().filter(|link| link.conditioned).map(|link| link.id).collect(),
			links: links.len() as u32,
		})
	}

	/// Whether `subject` holds `permission` in the agreement through a live chain without
	/// conditions (a condition judges an event, and a permission check has none), started by
	/// `granted_by` if given, else by any party.
	pub(crate) fn holds_permission(
		set: &DelegationSetOf<T>,
		subject: ParticipantId,
		permission: &[u8],
		granted_by: Option<ParticipantId>,
		now: BlockNumberFor<T>,
	) -> bool {
		let wanted = |link: &&DelegationOf<T>| {
			link.delegate == subject && granted_by.is_none_or(|granter| link.root == granter)
		};
		set.links.iter().filter(wanted).any(|link| {
			Self::live_links(set, link.id, now).is_ok_and(|chain| {
				chain.iter().all(|l| l.grants(permission) && !l.conditioned)
			})
		})
	}

	/// Decodes a condition document; at creation (`validate`) the policy engine must find no
	/// error in it.
	pub(crate) fn decode_condition(bytes: &[u8], validate: bool) -> Result<Expr, DispatchError> {
		let (guard, declared) = Self::decode_document::<Expr>(bytes)?;
		if validate {
			let findings = validate_guard(
				&guard,
				Part::Group,
				GuardSite::Validation,
				&Self::condition_schema(&declared),
				&Limits::DEFAULT,
			);
			ensure!(
				!findings.iter().any(|f| f.severity() == Severity::Error),
				Error::<T>::InvalidPolicy
			);
		}
		Ok(guard)
	}

	/// Evaluates the conditions of links `ids` against `data`, spending `fuel` (the budget
	/// left), and returns the fuel used; every condition must pass.
	pub(crate) fn check_conditions(
		agreement: AgreementId,
		ids: &[DelegationId],
		data: &Value,
		context: &crate::features::guards::ChainContext<T>,
		fuel: u64,
	) -> Result<u64, (u64, DispatchError)> {
		let mut used: u64 = 0;
		for id in ids {
			let bytes = DelegationConditions::<T>::get(agreement, id)
				.ok_or((used, Error::<T>::DelegationNotFound.into()))?;
			let guard = Self::decode_condition(&bytes, false).map_err(|e| (used, e))?;
			let remaining = fuel.saturating_sub(used);
			match evaluate_guard(&guard, data, context, &EVAL_CONFIG, remaining) {
				Ok(verdict) => {
					used = used.saturating_add(verdict.fuel_used);
					if !verdict.passed {
						return Err((used, Error::<T>::DelegationConditionFailed.into()));
					}
				},
				Err(failure) => {
					used = used.saturating_add(failure.fuel_used);
					return Err((used, Error::<T>::DelegationConditionFailed.into()));
				},
			}
		}
		Ok(used)
	}

	/// The weight of checking `links` links of delegation chains (nothing without any).
	pub fn chain_weight(links: u32) -> frame_support::weights::Weight {
		use crate::WeightInfo;
		if links == 0 {
			frame_support::weights::Weight::zero()
		} else {
			T::WeightInfo::delegation_links(links)
		}
	}

	/// The most chain links `proofs` could make the call walk: the weight charged before the
	/// chains are read.
	pub fn max_chain_links(proofs: &crate::ProofsOf<T>) -> u32 {
		let delegated = proofs.iter().filter(|proof| proof.delegation.is_some()).count() as u32;
		delegated.saturating_mul(T::MaxDelegationDepth::get())
	}

	/// The delegations of `agreement` (all, or those `participant` received or granted), with
	/// whether each holds now.
	pub fn delegations(
		agreement: AgreementId,
		participant: Option<ParticipantId>,
		direction: crate::DelegationDirection,
		include_dead: bool,
	) -> Vec<DelegationView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		use crate::DelegationDirection::*;
		let set = Delegations::<T>::get(agreement);
		let now = frame_system::Pallet::<T>::block_number();
		let active = Agreements::<T>::get(agreement)
			.is_some_and(|stored| stored.status == AgreementStatus::Active);
		set.links
			.iter()
			.filter(|link| match (participant, direction) {
				(None, _) => true,
				(Some(p), Incoming) => link.delegate == p,
				(Some(p), Outgoing) => link.delegator == p,
				(Some(p), Both) => link.delegate == p || link.delegator == p,
			})
			.map(|link| DelegationView {
				agreement,
				id: link.id,
				root: link.root,
				delegator: link.delegator,
				delegate: link.delegate,
				parent: link.parent,
				depth: link.depth,
				permissions: link.permissions.iter().map(|p| p.to_vec()).collect(),
				expires: link.expires,
				redelegate: link.redelegate,
				condition: link
					.conditioned
					.then(|| DelegationConditions::<T>::get(agreement, link.id).map(|c| c.to_vec()))
					.flatten(),
				creator: link.creator.clone(),
				deposit: link.deposit,
				live: active && Self::live_links(&set, link.id, now).is_ok(),
			})
			.filter(|view| include_dead || view.live)
			.collect()
	}

	/// Whether `participant` holds `permission` in `agreement` now, from a chain `granted_by`
	/// started if given (see `has_permission`).
	pub fn has_permission(
		agreement: AgreementId,
		participant: ParticipantId,
		permission: &[u8],
		granted_by: Option<ParticipantId>,
	) -> bool {
		let active = Agreements::<T>::get(agreement)
			.is_some_and(|stored| stored.status == AgreementStatus::Active);
		let now = frame_system::Pallet::<T>::block_number();
		let set = Delegations::<T>::get(agreement);
		active && Self::holds_permission(&set, participant, permission, granted_by, now)
	}
}
