//! Credits between participants: tips (with a royalty on comments) and hype (mostly burned).

use crate::{Config, Credits, EntryKind, Error, Event, Ledgers, Pallet, PostId, Posts};
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_tip(from: T::AccountId, id: PostId, amount: Credits) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroTip);
		let mut post = Posts::<T>::get(id).ok_or(Error::<T>::PostNotFound)?;
		ensure!(post.author != from, Error::<T>::SelfTip);
		let mut sender = Self::active_ledger(&from)?;
		Self::spend(&mut sender, amount)?;
		Self::record(&from, &mut sender, EntryKind::TipSent, amount, Some(post.author.clone()), Some(id));
		// Each ledger is stored before the next is loaded: the royalty's receiver may be the
		// sender.
		Ledgers::<T>::insert(&from, sender);

		let royalty = match &post.royalty_to {
			Some(_) => T::RoyaltyShare::get().mul_floor(amount),
			None => 0,
		};
		let to_author = Self::receive_into(&post.author, amount.saturating_sub(royalty), EntryKind::TipReceived, &from, id);
		let royalty_received = match &post.royalty_to {
			Some(original) if royalty > 0 =>
				Self::receive_into(original, royalty, EntryKind::Royalty, &from, id),
			_ => 0,
		};
		post.tips = post.tips.saturating_add(amount);
		Posts::<T>::insert(id, post);
		Self::deposit_event(Event::Tipped {
			post: id,
			from,
			amount,
			to_author,
			royalty: royalty_received,
		});
		Ok(())
	}

	pub(crate) fn do_hype(who: T::AccountId, id: PostId, amount: Credits) -> DispatchResult {
		ensure!(
			amount >= T::MinHype::get() && amount <= T::MaxHype::get(),
			Error::<T>::HypeOutOfRange
		);
		let mut post = Posts::<T>::get(id).ok_or(Error::<T>::PostNotFound)?;
		let mut ledger = Self::active_ledger(&who)?;
		Self::spend(&mut ledger, amount)?;
		Self::record(&who, &mut ledger, EntryKind::HypeSpent, amount, Some(post.author.clone()), Some(id));
		Ledgers::<T>::insert(&who, ledger);

		let burned = T::HypeBurnShare::get().mul_ceil(amount);
		let recycled = Self::burn(burned);
		let to_author =
			Self::receive_into(&post.author, amount.saturating_sub(burned), EntryKind::HypeReceived, &who, id);
		post.hype = post.hype.saturating_add(amount);
		Posts::<T>::insert(id, post);
		Self::deposit_event(Event::Hyped { post: id, who, amount, burned, recycled, to_author });
		Ok(())
	}

	/// Credits `amount` (already spent by `from`) to `to`'s stored ledger; a receiver that is
	/// no longer enrolled cannot exist (ledgers are never removed), but if it did the credits
	/// would return to the pool. Returns what the ledger received.
	fn receive_into(
		to: &T::AccountId,
		amount: Credits,
		kind: EntryKind,
		from: &T::AccountId,
		id: PostId,
	) -> Credits {
		if amount == 0 {
			return 0;
		}
		let Some(mut ledger) = Ledgers::<T>::get(to) else {
			Self::return_to_pool(amount);
			return 0;
		};
		let received = Self::receive(to, &mut ledger, amount, kind, from, id);
		if matches!(kind, EntryKind::TipReceived | EntryKind::Royalty) {
			ledger.tips_received = ledger.tips_received.saturating_add(received);
		}
		Ledgers::<T>::insert(to, ledger);
		received
	}
}
