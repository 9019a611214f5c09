//! Runtime API of the agreements pallet: views of participants, agreements, groups, series
//! and tokens; token histories with their hash chains checked; paged event queries; policy
//! validation; dry runs of events; delegations; and (version 2) each agreement's
//! authenticated state root.

use crate::types::*;
use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Queries of tokenized event streams. The runtime implements it with the pallet's
	/// `*_view`, `token_history`, `events`, `check_policy` and `dry_run_event` functions.
	///
	/// Version 2 adds `state_root` and `state_child_key` (the pallet's functions of the same
	/// names).
	#[api_version(2)]
	pub trait AgreementsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Participant `id`.
		fn participant(id: ParticipantId) -> Option<Participant<AccountId, Balance>>;
		/// Agreement `id`.
		fn agreement(id: AgreementId) -> Option<AgreementView<AccountId, Balance, BlockNumber>>;
		/// Group `id` with its series ids.
		fn group(id: GroupId) -> Option<GroupView<AccountId, Balance>>;
		/// Series `id`.
		fn series(id: SeriesId) -> Option<SeriesView<AccountId, Balance>>;
		/// Token `id`.
		fn token(id: TokenId) -> Option<TokenView<AccountId, Balance, BlockNumber>>;
		/// Tokens an agreement owns, from `start` (a token id), at most `limit`.
		fn tokens_of(agreement: AgreementId, start: TokenId, limit: u32) -> Vec<TokenId>;
		/// Token `id`'s events, newest first, following its hash chain back through at most
		/// `limit` events, each link checked.
		fn token_history(id: TokenId, limit: u32) -> TokenHistory<AccountId, Balance, BlockNumber>;
		/// Recorded events matching `query`, a page at a time.
		fn events(query: EventQuery<BlockNumber>) -> EventPage<AccountId, Balance, BlockNumber>;
		/// The event with this hash.
		fn event(hash: H256) -> Option<EventView<AccountId, Balance, BlockNumber>>;
		/// The policy engine's findings on a group policy document and, optionally, a series
		/// policy document of that group (both `SCALE((policy, declared variables))`).
		fn validate_policy(group: Vec<u8>, series: Option<Vec<u8>>) -> PolicyCheck;
		/// What submitting `content` with `proofs` from `submitter` would do now: nothing is
		/// kept.
		fn dry_run_event(
			submitter: AccountId,
			content: Vec<u8>,
			proofs: Vec<u8>,
			fuel_limit: u64,
		) -> DryRun;
		/// The delegations of `agreement`: all, or those `participant` received (incoming),
		/// granted (outgoing) or both; dead ones (expired, revoked above, or of an agreement
		/// no longer active) only with `include_dead`.
		fn delegations(
			agreement: AgreementId,
			participant: Option<ParticipantId>,
			direction: DelegationDirection,
			include_dead: bool,
		) -> Vec<DelegationView<AccountId, Balance, BlockNumber>>;
		/// Whether `participant` holds `permission` in `agreement` now, through a live chain
		/// without conditions started by `granted_by` (any party if `None`): what a guard's
		/// `has_permission` answers.
		fn has_permission(
			agreement: AgreementId,
			participant: ParticipantId,
			permission: Vec<u8>,
			granted_by: Option<ParticipantId>,
		) -> bool;
		/// The root of the agreement's authenticated state: the child trie holding its
		/// permissions, relationships, activities, assets and group tries (the empty trie's
		/// root if it holds nothing).
		#[api_version(2)]
		fn state_root(agreement: AgreementId) -> H256;
		/// The key under which the block's state trie holds that root:
		/// `b":child_storage:default:" ++ b"arete/agreements/v1/state/" ++ agreement`, the
		/// `childStorageKey` of `state_getChildReadProof` and a key of `state_getReadProof`.
		#[api_version(2)]
		fn state_child_key(agreement: AgreementId) -> Vec<u8>;
	}
}
