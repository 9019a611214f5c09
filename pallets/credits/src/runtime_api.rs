//! Runtime API of the credits pallet: ledgers, paged history, trending, reputation and
//! network statistics.

use crate::types::{HistoryEntry, Ledger, NetworkStats, Post, PostId, ReputationView};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries of the credit economy. The runtime implements it with the pallet's query
	/// functions.
	pub trait CreditsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The ledger of `who`, if enrolled.
		fn ledger(who: AccountId) -> Option<Ledger<AccountId, Balance, BlockNumber>>;
		/// Up to `limit` of `who`'s history entries from sequence number `from`, oldest first
		/// (the chain keeps the latest `MaxHistory`).
		fn history(who: AccountId, from: u64, limit: u32) -> Vec<HistoryEntry<AccountId, BlockNumber>>;
		/// The fee-free actions `who` has left now.
		fn allowance(who: AccountId) -> u32;
		/// Post `id`, if registered.
		fn post(id: PostId) -> Option<Post<AccountId, BlockNumber>>;
		/// The trending scores of `posts` (in millionths), highest first.
		fn trending(posts: Vec<PostId>) -> Vec<(PostId, u128)>;
		/// The reputation of `who`, if enrolled.
		fn reputation(who: AccountId) -> Option<ReputationView>;
		/// Network-wide figures, the genesis pool among them.
		fn stats() -> NetworkStats;
	}
}
