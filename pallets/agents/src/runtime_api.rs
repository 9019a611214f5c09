//! Runtime API of the agents pallet: routing, agents and reputations.

use crate::types::{Agent, AgentId, Reputation, Route};
use alloc::vec::Vec;
use codec::Codec;
use frame_support::traits::ConstU32;

/// An agent as the runtime API returns it, with bounds large enough for any runtime's.
pub type AgentView<AccountId, Balance, BlockNumber> =
	Agent<AccountId, Balance, BlockNumber, ConstU32<{ u32::MAX }>, ConstU32<{ u32::MAX }>>;
/// A reputation as the runtime API returns it.
pub type ReputationView<Balance, BlockNumber> =
	Reputation<Balance, BlockNumber, ConstU32<{ u32::MAX }>>;

sp_api::decl_runtime_apis! {
	/// Queries of Proof of Training. The runtime implements it with `Agents::best`,
	/// `Agents::agent_view` and `Agents::reputation_view`.
	pub trait AgentsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
		BlockNumber: Codec + Clone + PartialEq + Eq + core::fmt::Debug,
	{
		/// The best agents of `capability` at most `max_price` per call, at most `limit`,
		/// with the fallback list a client should use.
		fn best(capability: Vec<u8>, max_price: Balance, limit: u32) -> Route<AccountId, Balance>;
		/// Agent `id`, if registered.
		fn agent(id: AgentId) -> Option<AgentView<AccountId, Balance, BlockNumber>>;
		/// The reputation of agent `id`, if registered.
		fn reputation(id: AgentId) -> Option<ReputationView<Balance, BlockNumber>>;
	}
}
