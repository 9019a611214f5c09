//! Moving credits: out of the pool, between ledgers, into the burn, and into the history.
//!
//! Every function here keeps `pool available + Σ ledgers + burned == GenesisTotal`: credits
//! only ever move between those three places. Functions taking a `&mut LedgerOf<T>` leave the
//! caller to store it.

use crate::{
	Category, Config, Credits, EntryKind, Error, Event, GenesisPool, History, HistoryEntry,
	InLedgers, LedgerOf, Pallet, PostId,
};
use frame_support::traits::Get;
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Pays up to `amount` from the pool into `ledger`, as far as the pool and the ledger's cap
	/// allow (what the cap refuses simply stays in the pool). Returns what was paid.
	pub(crate) fn pay_from_pool(
		who: &T::AccountId,
		ledger: &mut LedgerOf<T>,
		category: Category,
		amount: Credits,
		kind: EntryKind,
	) -> Credits {
		let mut pool = GenesisPool::<T>::get();
		let room = T::BalanceCap::get().saturating_sub(ledger.total());
		let paid = amount.min(pool.available).min(room);
		if paid == 0 {
			return 0;
		}
		pool.available = pool.available.saturating_sub(paid);
		pool.allocated = pool.allocated.saturating_add(paid);
		GenesisPool::<T>::put(pool);
		InLedgers::<T>::mutate(|total| *total = total.saturating_add(paid));
		Self::add_to(ledger, category, paid);
		Self::record(who, ledger, kind, paid, None, None);
		paid
	}

	/// Credits `amount`, already taken out of another ledger, to `ledger`. What would exceed
	/// the cap returns to the pool. Returns what the ledger received.
	pub(crate) fn receive(
		who: &T::AccountId,
		ledger: &mut LedgerOf<T>,
		amount: Credits,
		kind: EntryKind,
		from: &T::AccountId,
		post: PostId,
	) -> Credits {
		let room = T::BalanceCap::get().saturating_sub(ledger.total());
		let received = amount.min(room);
		let overflow = amount.saturating_sub(received);
		if overflow > 0 {
			Self::return_to_pool(overflow);
			Self::deposit_event(Event::Overflowed { who: who.clone(), amount: overflow });
		}
		if received > 0 {
			InLedgers::<T>::mutate(|total| *total = total.saturating_add(received));
			Self::add_to(ledger, Category::Content, received);
			Self::record(who, ledger, kind, received, Some(from.clone()), Some(post));
		}
		received
	}

	/// Takes `amount` out of `ledger` (content credits first, then node credits), to be
	/// received, burned or returned by the caller.
	pub(crate) fn spend(ledger: &mut LedgerOf<T>, amount: Credits) -> Result<(), DispatchError> {
		Self::take_spendable(ledger, amount)?;
		ledger.lifetime_spent = ledger.lifetime_spent.saturating_add(amount);
		InLedgers::<T>::mutate(|total| *total = total.saturating_sub(amount));
		Ok(())
	}

	/// Takes `amount` out of `ledger`'s spendable credits (content first, then node) without
	/// counting it as spent: the caller puts it somewhere (out of the ledger, or into its bond).
	pub(crate) fn take_spendable(ledger: &mut LedgerOf<T>, amount: Credits) -> Result<(), DispatchError> {
		if ledger.spendable() < amount {
			return Err(Error::<T>::InsufficientCredits.into());
		}
		let from_content = amount.min(ledger.content);
		ledger.content = ledger.content.saturating_sub(from_content);
		ledger.node = ledger.node.saturating_sub(amount.saturating_sub(from_content));
		Ok(())
	}

	/// Burns `amount` taken out of a ledger: `RecycleShare` returns to the pool, the rest is
	/// destroyed. Returns the recycled part.
	pub(crate) fn burn(amount: Credits) -> Credits {
		let recycled = T::RecycleShare::get().mul_floor(amount);
		GenesisPool::<T>::mutate(|pool| {
			pool.available = pool.available.saturating_add(recycled);
			pool.recycled = pool.recycled.saturating_add(recycled);
			pool.burned = pool.burned.saturating_add(amount.saturating_sub(recycled));
		});
		recycled
	}

	/// Returns `amount` taken out of a ledger (or refused by one) to the pool in full.
	pub(crate) fn return_to_pool(amount: Credits) {
		GenesisPool::<T>::mutate(|pool| {
			pool.available = pool.available.saturating_add(amount);
			pool.recycled = pool.recycled.saturating_add(amount);
		});
	}

	fn add_to(ledger: &mut LedgerOf<T>, category: Category, amount: Credits) {
		match category {
			Category::Node => ledger.node = ledger.node.saturating_add(amount),
			Category::Content => ledger.content = ledger.content.saturating_add(amount),
		}
		ledger.lifetime_earned = ledger.lifetime_earned.saturating_add(amount);
	}

	/// Appends an entry to `who`'s history: sealed with the hash before it, kept in the ring
	/// of the last `MaxHistory`, and announced in an event.
	pub(crate) fn record(
		who: &T::AccountId,
		ledger: &mut LedgerOf<T>,
		kind: EntryKind,
		amount: Credits,
		counterparty: Option<T::AccountId>,
		post: Option<PostId>,
	) {
		let seq = ledger.history_len;
		let block = frame_system::Pallet::<T>::block_number();
		let prev: H256 = ledger.history_head;
		let hash = HistoryEntry::compute_hash(
			who,
			seq,
			kind,
			amount,
			&counterparty,
			&post,
			&block,
			&prev,
		);
		let entry = HistoryEntry { seq, kind, amount, counterparty, post, block, prev, hash };
		History::<T>::insert(who, Self::history_slot(seq), &entry);
		ledger.history_len = seq.saturating_add(1);
		ledger.history_head = hash;
		Self::deposit_event(Event::Recorded { who: who.clone(), entry });
	}

	/// The ring slot of history entry `seq`.
	pub(crate) fn history_slot(seq: u64) -> u32 {
		let size = u64::from(T::MaxHistory::get().max(1));
		// Below `MaxHistory`, so it fits.
		u32::try_from(seq % size).unwrap_or_default()
	}
}
