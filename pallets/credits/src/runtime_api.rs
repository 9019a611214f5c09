//! Runtime API of the credits pallet: ledgers, paged history, trending, reputation and
//! network statistics.

use crate::types::{
	HistoryEntry, Ledger, NetworkStats, NodeRecord, Post, PostId, ReputationView, TrustView,
};
use alloc::vec::Vec;
use codec::Codec;
use frame_support::traits::ConstU32;
use sp_core::H256;

/// A node as the runtime API returns it, with bounds large enough for any runtime's.
pub type NodeView<AccountId, BlockNumber> =
	NodeRecord<AccountId, BlockNumber, ConstU32<{ u32::MAX }>, ConstU32<{ u32::MAX }>>;

sp_api::decl_runtime_apis! {
	/// Queries of the credit economy. The runtime implements it with the pallet's query
	/// functions.
	pub trait CreditsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Codec,
		BlockNumber: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
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
		/// Node `who`, if bonded.
		fn node(who: AccountId) -> Option<NodeView<AccountId, BlockNumber>>;
		/// The trust weight of node `who` and its parts, if bonded.
		fn trust(who: AccountId) -> Option<TrustView>;
		/// The chunk `node`'s open challenge on `content` asks for, once it is picked.
		fn challenge_chunk(node: AccountId, content: H256) -> Option<u32>;
	}
}
