//! Ticket redemption and the split of every payment.

use crate::{
	AccessRule, Allowances, BalanceOf, Channels, Config, ContentId, ContentOf, Contents, Error, Event,
	HoldReason, Nodes, Pallet, SignedTicketOf, TicketBatchOf, TokenGate, Viewers,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedMul, Verify, Zero},
	DispatchError, Saturating,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_redeem_tickets(who: T::AccountId, tickets: TicketBatchOf<T>) -> DispatchResult {
		ensure!(!tickets.is_empty(), Error::<T>::EmptyBatch);
		let node = Nodes::<T>::get(&who).ok_or(Error::<T>::NotNode)?;
		ensure!(node.roles.execution, Error::<T>::WrongRole);
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		for signed in tickets.iter() {
			Self::redeem(&who, signed, &genesis)?;
		}
		Ok(())
	}

	/// Whether `viewer` may watch `content`.
	pub fn may_watch(viewer: &T::AccountId, content: &ContentOf<T>) -> bool {
		match &content.access {
			AccessRule::Public => true,
			AccessRule::AllowList(allowed) => allowed.contains(viewer) || *viewer == content.creator,
			AccessRule::Token(token) => *viewer == content.creator || T::TokenGate::holds(viewer, *token),
		}
	}

	fn redeem(
		who: &T::AccountId,
		signed: &SignedTicketOf<T>,
		genesis: &<T as frame_system::Config>::Hash,
	) -> DispatchResult {
		let ticket = &signed.ticket;
		ensure!(ticket.node == *who, Error::<T>::NotTicketNode);
		let payload = ticket.signing_payload(genesis);
		ensure!(
			signed.signature.verify(&payload[..], &ticket.viewer) ||
				signed.signature.verify(&ticket.wrapped_payload(genesis)[..], &ticket.viewer),
			Error::<T>::BadSignature
		);
		let mut viewer = Viewers::<T>::get(&ticket.viewer).ok_or(Error::<T>::UnknownViewer)?;
		ensure!(viewer.opened_at == ticket.reserve, Error::<T>::StaleTicket);
		let mut content = Contents::<T>::get(ticket.content).ok_or(Error::<T>::UnknownContent)?;
		Self::apply_due_terms(ticket.content, &mut content, frame_system::Pallet::<T>::block_number());
		ensure!(Self::may_watch(&ticket.viewer, &content), Error::<T>::AccessDenied);
		let key = (ticket.content, ticket.node.clone());
		let existing = Channels::<T>::get(&ticket.viewer, &key);
		let mut channel = existing.clone().unwrap_or_default();
		ensure!(ticket.seconds > channel.seconds, Error::<T>::AlreadyRedeemed);
		let delta = ticket.seconds.saturating_sub(channel.seconds);
		let amount = content
			.price_per_second
			.checked_mul(&BalanceOf::<T>::from(delta))
			.ok_or(Error::<T>::Overflow)?;
		let allowance = Allowances::<T>::get(&ticket.viewer, &ticket.node);
		ensure!(amount <= allowance, Error::<T>::Overdraft);
		if existing.is_none() {
			ensure!(viewer.channels < T::MaxChannels::get(), Error::<T>::TooManyChannels);
			viewer.channels = viewer.channels.saturating_add(1);
		}
		Self::split_payment(&ticket.viewer, ticket.content, &mut content, &ticket.node, amount, delta)?;
		viewer.reserve = viewer.reserve.saturating_sub(amount);
		Allowances::<T>::insert(&ticket.viewer, &ticket.node, allowance.saturating_sub(amount));
		channel.seconds = ticket.seconds;
		channel.paid = channel.paid.saturating_add(amount);
		Channels::<T>::insert(&ticket.viewer, &key, channel);
		Viewers::<T>::insert(&ticket.viewer, viewer);
		Contents::<T>::insert(ticket.content, content);
		Self::deposit_event(Event::TicketRedeemed {
			viewer: ticket.viewer.clone(),
			content: ticket.content,
			node: ticket.node.clone(),
			seconds: delta,
			amount,
		});
		Ok(())
	}

	/// Pays `amount` from `viewer`'s reserve by `content`'s split: the executor share to
	/// `node`, the storage share equally to the storage nodes, the rest (and every rounding
	/// remainder) to the creator.
	fn split_payment(
		viewer: &T::AccountId,
		id: ContentId,
		content: &mut ContentOf<T>,
		node: &T::AccountId,
		amount: BalanceOf<T>,
		seconds: u32,
	) -> Result<(), DispatchError> {
		let executor = content.split.executor * amount;
		let replicas = content.storage_nodes.len() as u32;
		let storage_each = if replicas == 0 {
			Zero::zero()
		} else {
			(content.split.storage * amount) / BalanceOf::<T>::from(replicas)
		};
		let storage_total = storage_each.saturating_mul(BalanceOf::<T>::from(replicas));
		let creator = amount.saturating_sub(executor).saturating_sub(storage_total);
		let pay = |to: &T::AccountId, value: BalanceOf<T>| -> DispatchResult {
			if value.is_zero() || to == viewer {
				// Paying oneself: the share simply leaves the reserve back to free balance.
				if !value.is_zero() {
					T::Currency::release(
						&HoldReason::ViewerReserve.into(),
						viewer,
						value,
						Precision::Exact,
					)?;
				}
				return Ok(());
			}
			T::Currency::transfer_on_hold(
				&HoldReason::ViewerReserve.into(),
				viewer,
				to,
				value,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
			Ok(())
		};
		pay(&content.creator, creator)?;
		Self::credit_creator(&content.creator, creator);
		pay(node, executor)?;
		Nodes::<T>::mutate(node, |record| {
			if let Some(record) = record {
				record.stats.earned = record.stats.earned.saturating_add(executor);
				record.stats.seconds_delivered =
					record.stats.seconds_delivered.saturating_add(u64::from(seconds));
			}
		});
		for storage in content.storage_nodes.iter() {
			pay(storage, storage_each)?;
			Nodes::<T>::mutate(storage, |record| {
				if let Some(record) = record {
					record.stats.earned = record.stats.earned.saturating_add(storage_each);
				}
			});
		}
		content.earned = content.earned.saturating_add(amount);
		Self::deposit_event(Event::PaymentSplit {
			content: id,
			creator,
			executor,
			storage_each,
			storage_nodes: replicas,
		});
		Ok(())
	}
}
