//! Posts, comments and reactions: registered by content hash with their author.

use crate::{
	post_id, Action, Config, Error, Event, Ledgers, Pallet, Post, PostCount, PostId, Posts,
	RecentReactions,
};
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::{DispatchResult, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_post(author: T::AccountId, content: H256, parent: Option<PostId>) -> DispatchResult {
		let mut ledger = Self::active_ledger(&author)?;
		let id = post_id(&author, &content);
		ensure!(!Posts::<T>::contains_key(id), Error::<T>::PostExists);
		ensure!(ledger.live_posts < T::MaxLivePosts::get(), Error::<T>::TooManyLivePosts);
		let (royalty_to, action) = match parent {
			None => (None, Some(Action::Post)),
			Some(parent_id) => {
				let mut parent_post = Posts::<T>::get(parent_id).ok_or(Error::<T>::ParentNotFound)?;
				parent_post.comments = parent_post.comments.saturating_add(1);
				let other = parent_post.author != author;
				let royalty_to = other.then(|| parent_post.author.clone());
				Posts::<T>::insert(parent_id, parent_post);
				// Commenting on one's own post is not engagement.
				(royalty_to, other.then_some(Action::Engagement))
			},
		};
		let post = Post {
			author: author.clone(),
			content,
			parent,
			royalty_to,
			created: frame_system::Pallet::<T>::block_number(),
			hype: 0,
			tips: 0,
			comments: 0,
			reactions: 0,
		};
		Posts::<T>::insert(id, post);
		PostCount::<T>::mutate(|count| *count = count.saturating_add(1));
		ledger.live_posts = ledger.live_posts.saturating_add(1);
		Self::deposit_event(Event::Posted { post: id, author: author.clone(), content, parent });
		if let Some(action) = action {
			Self::reward(&author, &mut ledger, action);
		}
		Ledgers::<T>::insert(&author, ledger);
		Ok(())
	}

	pub(crate) fn do_react(who: T::AccountId, id: PostId) -> DispatchResult {
		let mut ledger = Self::active_ledger(&who)?;
		let mut post = Posts::<T>::get(id).ok_or(Error::<T>::PostNotFound)?;
		ensure!(post.author != who, Error::<T>::SelfEngagement);
		let mut recent = RecentReactions::<T>::get(&who);
		ensure!(!recent.contains(&id), Error::<T>::AlreadyReacted);
		// The oldest reaction is forgotten once the list is full.
		if recent.is_full() && !recent.is_empty() {
			recent.remove(0);
		}
		let _ = recent.try_push(id);
		RecentReactions::<T>::insert(&who, recent);
		post.reactions = post.reactions.saturating_add(1);
		Posts::<T>::insert(id, post);
		Self::deposit_event(Event::Reacted { post: id, who: who.clone() });
		Self::reward(&who, &mut ledger, Action::Engagement);
		Ledgers::<T>::insert(&who, ledger);
		Ok(())
	}

	pub(crate) fn do_reap_post(id: PostId) -> DispatchResult {
		let post = Posts::<T>::get(id).ok_or(Error::<T>::PostNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= post.created.saturating_add(T::PostLifetime::get()), Error::<T>::PostTooYoung);
		Posts::<T>::remove(id);
		PostCount::<T>::mutate(|count| *count = count.saturating_sub(1));
		Ledgers::<T>::mutate(&post.author, |ledger| {
			if let Some(ledger) = ledger {
				ledger.live_posts = ledger.live_posts.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::PostReaped { post: id, author: post.author });
		Ok(())
	}
}
