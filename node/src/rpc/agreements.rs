//! `agreements_*`: JSON-RPC of tokenized event streams (`pallet-agreements`): queries served
//! from the runtime API `AgreementsApi` at the best block or at the block hash `at`, and
//! encoders that turn JSON policies, lifecycles and event data into the SCALE bytes the pallet
//! takes (and back), so that clients write JSON instead of hand-encoding SCALE.
//!
//! Every query takes an optional block hash `at` as its last parameter (default: the best
//! block). The encoders read no chain state and take no `at`.
//!
//! | Method | Parameters | Result |
//! |---|---|---|
//! | `agreements_participant` | `id`, `at?` | a [`ParticipantJson`] or `null` |
//! | `agreements_agreement` | `agreement`, `at?` | an [`AgreementJson`] or `null` |
//! | `agreements_group` | `id`, `at?` | a [`GroupJson`] or `null` |
//! | `agreements_series` | `id`, `at?` | a [`SeriesJson`] or `null` |
//! | `agreements_token` | `id`, `at?` | a [`TokenJson`] or `null` |
//! | `agreements_tokensOf` | `agreement`, `start?` (0), `limit?` (100), `at?` | token ids, ascending |
//! | `agreements_tokenHistory` | `id`, `limit?` (100), `at?` | a [`TokenHistoryJson`] |
//! | `agreements_events` | `query`, `at?` | an [`EventPageJson`] |
//! | `agreements_event` | `hash`, `at?` | an [`EventJson`] or `null` |
//! | `agreements_validatePolicy` | `group`, `series?`, `at?` | a [`PolicyCheckJson`] |
//! | `agreements_dryRunEvent` | `submitter`, `content`, `proofs`, `fuelLimit`, `at?` | a [`DryRunJson`] |
//! | `agreements_stateRoot` | `agreement`, `at?` | a [`StateRootJson`] |
//! | `agreements_getProof` | `agreement`, `trie`, `key`, `at?` | a [`StateProofJson`] |
//! | `agreements_encodeGroupPolicy` | `policy` | the document's `0x` hex |
//! | `agreements_encodeSeriesPolicy` | `policy` | the document's `0x` hex |
//! | `agreements_encodeLifecycle` | `lifecycle` | the lifecycle's `0x` hex |
//! | `agreements_encodeData` | `data` | the event data's `0x` hex |
//! | `agreements_decodePolicy` | `document`, `kind` | the JSON form of the document |
//! | `agreements_delegations` | `agreement`, `participant?`, `direction?`, `includeDead?`, `at?` | [`DelegationJson`]s |
//! | `agreements_hasPermission` | `agreement`, `participant`, `permission`, `grantedBy?`, `at?` | `true` or `false` |
//! | `agreements_encodeCondition` | `condition` | the condition's `0x` hex |
//!
//! Inputs:
//! - `id`: a participant, group, series or token id (a JSON number).
//! - `agreement`, `hash`: `0x` and 64 hex digits (an agreement id, an event hash).
//! - `submitter`: an SS58 address (any prefix; Arete's is 1337) or the `0x` hex of the 32-byte
//!   account id.
//! - `group`, `series`, `document`: policy documents as `0x` hex, as stored:
//!   `SCALE((GroupPolicy, Vec<String>))`, `SCALE((SeriesPolicy, Vec<String>))`, or for
//!   `kind` `"lifecycle"` `SCALE((Dfa, Vec<String>))`, for `"condition"` `SCALE((Expr,
//!   Vec<String>))`; `kind` is `"group"`, `"series"`, `"lifecycle"` or `"condition"`.
//! - `participant`: a participant id; `permission`: a permission name (an activity type or a
//!   right); `direction`: `"incoming"`, `"outgoing"` or `"both"`.
//! - `content`, `proofs`: `0x` hex of `SCALE(EventContent)` and of `SCALE(Vec<ProducerProof>)`,
//!   exactly the two arguments of `agreements.submitEvent`; `fuelLimit` a JSON number.
//! - `query`: `{"agreement"?, "group"?, "series"?, "activity"?, "fromBlock"?, "toBlock"?,
//!   "cursor"?: {"agreement", "seq"}, "limit"?}`, with `agreement` or `group`; `limit`
//!   defaults to 100 (the runtime's page size, also its maximum); `cursor` is the `next` of
//!   the previous page.
//! - `trie`: `"permissions"`, `"relationships"`, `"activities"`, `"assets"` or `"group"` (or
//!   its byte, 0 to 4); `key`: the item's key in that trie (without the agreement id and the
//!   trie's byte), `0x` hex of its SCALE, or an object naming it: `{"token": id}` (assets),
//!   `{"group": id}` (relationships: the membership; group: the owned group), `{"series": id}`
//!   (group), `{"activity": "GAME"}` (activities: the stream head) or `{"activity": "GAME",
//!   "ordinal": n}` (its event `n`). See [`super::state_proof`] and the pallet's README
//!   (*Authenticated state*).
//! - Encoder inputs are JSON objects, or strings holding one:
//!   - a group policy: `{"fungible": bool, "allowIncrease": bool, "allowDecrease": bool,
//!     "conflictResolution": "XOR" | "AND", "dfa": DFA | null, "validation": JsonLogic | null,
//!     "variables": [names]}`; a series policy is the same without `conflictResolution`;
//!   - a lifecycle: `{"dfa": DFA, "variables": [names]}`;
//!   - a DFA: `{"initial": "S", "states": [{"id": "S", "terminal": false, "accepting": true}],
//!     "transitions": [{"from": "S" | null, "to": "T", "event": "e", "guard": JsonLogic |
//!     null}]}` (`from` null: a creation; `terminal`, `accepting`, `from`, `guard`,
//!     `dfa`, `validation` and `variables` may be left out);
//!   - a delegation condition: `{"guard": JsonLogic, "variables": [names]}`;
//!   - event data: any JSON object (not using the keys the pallet adds for guards:
//!     `current_time`, `block`, `activity`, `quantity`, `current_supply`, `token_state`,
//!     `token_quantity`, `references`).
//!
//!   `variables` declares the guard variables the policy's rules read (the policy engine
//!   reports others as unknown). Rules and data are compiled by `policy_engine::json`, which
//!   takes a number only if it can take it exactly: a 64-bit integer, or at most 15
//!   significant digits with at most nine after the point, within ±1.7 × 10²⁹. Others are
//!   refused with its message (pass long numbers as strings: the engine's conversions read
//!   strings digit for digit).
//!
//! Outputs (field names in camelCase):
//! - Accounts are SS58 addresses with Arete's prefix 1337.
//! - Balances and quantities are decimal strings (a `u128` does not fit a JSON number).
//! - Hashes, ids of agreements, keys, policy documents and lifecycles are `0x`-prefixed
//!   lowercase hex.
//! - Names (agreement types, activities, states) are strings (invalid UTF-8 would be replaced
//!   by U+FFFD).
//! - A token behaviour is its 4-character code `[group fungible, series fungible, allow
//!   increase, allow decrease]`, e.g. `"1110"`.
//! - A token class is `{"series": id}` or `{"membership": groupId}`; an agreement's `status`
//!   is `{"state": "proposed"}`, `{"state": "active"}` or `{"state": "terminated", "at": n}`; a
//!   membership's `"pending"` or `"active"`; a participant's `kind` `"user"`, `"org"`,
//!   `"agent"` or `"delegate"` and its `key` `{"scheme": "sr25519" | "ed25519" | "ecdsa",
//!   "public": "0x…"}`.
//! - `agreements_dryRunEvent` gives `error` `null` when the event would succeed, else the
//!   dispatch error, pallet errors by name (`"Module(Agreements::StaleState)"`), others in
//!   their debug form (`"Token(FundsUnavailable)"`).
//! - `agreements_decodePolicy` returns the encoders' input form; rules are written back with
//!   `policy_engine::json::decompile` (operators in array form: `{"var": ["x"]}`).
//!
//! Example, `agreements_encodeGroupPolicy` of a stats group whose tokens record games:
//! ```text
//! {"fungible":false,"allowIncrease":true,"allowDecrease":false,"conflictResolution":"AND",
//!  "dfa":{"initial":"RECORDED","states":[{"id":"RECORDED","accepting":true}],
//!         "transitions":[{"from":null,"to":"RECORDED","event":"GAME_PERFORMANCE",
//!                         "guard":{"<=":[{"var":"minutes_played"},120]}}]},
//!  "validation":{">=":[{"var":"minutes_played"},0]},"variables":["minutes_played"]}
//! → "0x0001000101…"
//! ```
//! and `agreements_token(1)` of a token an event minted in a series of that group allowing
//! increases too (token 0 is the owner agreement's membership):
//! ```text
//! {"id":1,"class":{"series":0},"owner":"0x…","quantity":"1","state":"RECORDED",
//!  "behavior":"0010","parentEvent":"0x…","generatedBy":"0x…","uniqueId":1,"origin":null,
//!  "attributes":"0x…","depositor":"<ss58>","deposit":"100000000000","created":12}
//! ```
//!
//! Errors:
//! - `-32602` (invalid params): unparseable hex, hashes, accounts or queries, undecodable
//!   event content or proofs, JSON policies or data the compiler refuses (its message is
//!   given, e.g. an inexact or out-of-range number), documents beyond the chain's size
//!   limits, an unknown `kind`.
//!   The message says which.
//! - `RUNTIME_ERROR` (`8001`): the runtime API call failed (e.g. `at` is not a known
//!   block, or the runtime at `at` has no `AgreementsApi`, or for the state methods not its
//!   version 2), or the node could not read the proof of a state item.
//!
//! `agreements_getProof` returns the item's `value` (`null` when there is none: the proof
//! then shows its absence) with `proof`, the trie nodes that prove it under `key` against
//! `root` (the agreement's state root) and prove `root` under `childKey` against `stateRoot`
//! (the block header's). The returned `key` is the item's full key in the agreement's child
//! trie: the 32-byte agreement id, the trie's byte, then the item key given.
//! `scripts/e2e/lib/trie-proof.mjs` checks both in JavaScript.

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Runtime};
use codec::{DecodeAll, Encode};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
};
use pallet_agreements::{
	runtime_api::AgreementsApi as AgreementsRuntimeApi, AgreementStatus, AgreementView,
	DelegationDirection, DelegationId, DelegationView, DryRun,
	EventContentOf, EventPage, EventQuery, EventView, GroupId, GroupView, MembershipStatus,
	Participant, ParticipantId, ParticipantKey, ParticipantKind, PolicyCheck, ProofsOf, SeriesId,
	SeriesView, TokenClass, TokenHistory, TokenId, TokenView, TouchedToken,
};
use policy_engine::{
	json, ConflictResolution, Dfa, Expr, GroupPolicy, SeriesPolicy, State, TokenBehavior,
	Transition,
};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::{
	traits::{Block as BlockT, Get},
	DispatchError,
};

use super::{
	performance::{hex0x, invalid_params, parse_account, runtime_error, ss58},
	state_proof::{self, StateProofJson, StateRootJson},
};

/// The page size of the runtime's queries (`queries::MAX_PAGE`), the default `limit`.
pub const DEFAULT_LIMIT: u32 = 100;

// Keys the pallet adds to every guard's data: event data may not use them.
use pallet_agreements::RESERVED_KEYS;

/// The longest policy document or lifecycle the runtime stores (`MaxPolicyBytes`).
fn max_policy_bytes() -> usize {
	let len: u32 = <Runtime as pallet_agreements::Config>::MaxPolicyBytes::get();
	usize::try_from(len).unwrap_or(usize::MAX)
}

/// The longest event data the runtime takes (`MaxDataBytes`).
fn max_data_bytes() -> usize {
	let len: u32 = <Runtime as pallet_agreements::Config>::MaxDataBytes::get();
	usize::try_from(len).unwrap_or(usize::MAX)
}

/// The `agreements_*` JSON-RPC methods.
#[rpc(server, namespace = "agreements")]
pub trait AgreementsApi<BlockHash> {
	/// Participant `id`, or `null`.
	#[method(name = "participant")]
	fn participant(
		&self,
		id: ParticipantId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ParticipantJson>>;

	/// Agreement `agreement` (its `0x` id), or `null`.
	#[method(name = "agreement")]
	fn agreement(
		&self,
		agreement: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<AgreementJson>>;

	/// Group `id` with its series and members, or `null`.
	#[method(name = "group")]
	fn group(&self, id: GroupId, at: Option<BlockHash>) -> RpcResult<Option<GroupJson>>;

	/// Series `id`, or `null`.
	#[method(name = "series")]
	fn series(&self, id: SeriesId, at: Option<BlockHash>) -> RpcResult<Option<SeriesJson>>;

	/// Token `id`, or `null`.
	#[method(name = "token")]
	fn token(&self, id: TokenId, at: Option<BlockHash>) -> RpcResult<Option<TokenJson>>;

	/// Ids of the tokens `agreement` owns, ascending from `start`, at most `limit`.
	#[method(name = "tokensOf")]
	fn tokens_of(
		&self,
		agreement: String,
		start: Option<TokenId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TokenId>>;

	/// Token `id`'s events, newest first, back along its hash chain (at most `limit`).
	#[method(name = "tokenHistory")]
	fn token_history(
		&self,
		id: TokenId,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<TokenHistoryJson>;

	/// A page of recorded events matching `query`.
	#[method(name = "events")]
	fn events(&self, query: Json, at: Option<BlockHash>) -> RpcResult<EventPageJson>;

	/// The recorded event with this hash, or `null`.
	#[method(name = "event")]
	fn event(&self, hash: String, at: Option<BlockHash>) -> RpcResult<Option<EventJson>>;

	/// The policy engine's verdict on a group policy document and optionally a series policy
	/// document of that group.
	#[method(name = "validatePolicy")]
	fn validate_policy(
		&self,
		group: String,
		series: Option<String>,
		at: Option<BlockHash>,
	) -> RpcResult<PolicyCheckJson>;

	/// What submitting the event would do now (nothing is kept).
	#[method(name = "dryRunEvent")]
	fn dry_run_event(
		&self,
		submitter: String,
		content: String,
		proofs: String,
		fuel_limit: u64,
		at: Option<BlockHash>,
	) -> RpcResult<DryRunJson>;

	/// `SCALE((GroupPolicy, Vec<String>))` of a JSON group policy, as `0x` hex.
	#[method(name = "encodeGroupPolicy")]
	fn encode_group_policy(&self, policy: Json) -> RpcResult<String>;

	/// `SCALE((SeriesPolicy, Vec<String>))` of a JSON series policy, as `0x` hex.
	#[method(name = "encodeSeriesPolicy")]
	fn encode_series_policy(&self, policy: Json) -> RpcResult<String>;

	/// `SCALE((Dfa, Vec<String>))` of a JSON lifecycle, as `0x` hex.
	#[method(name = "encodeLifecycle")]
	fn encode_lifecycle(&self, lifecycle: Json) -> RpcResult<String>;

	/// `SCALE(Value)` of a JSON object of event data, as `0x` hex.
	#[method(name = "encodeData")]
	fn encode_data(&self, data: Json) -> RpcResult<String>;

	/// The JSON form of a policy document or lifecycle (`kind`: `group`, `series`,
	/// `lifecycle`).
	#[method(name = "decodePolicy")]
	fn decode_policy(&self, document: String, kind: String) -> RpcResult<Json>;

	/// The delegations of `agreement`: all, or those `participant` received or granted
	/// (`direction`: `"incoming"`, `"outgoing"` or `"both"`, the default); live ones only
	/// unless `includeDead`.
	#[method(name = "delegations")]
	fn delegations(
		&self,
		agreement: String,
		participant: Option<ParticipantId>,
		direction: Option<String>,
		include_dead: Option<bool>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<DelegationJson>>;

	/// Whether `participant` holds `permission` in `agreement` (a guard's `has_permission`),
	/// through a chain party `grantedBy` started if given.
	#[method(name = "hasPermission")]
	fn has_permission(
		&self,
		agreement: String,
		participant: ParticipantId,
		permission: String,
		granted_by: Option<ParticipantId>,
		at: Option<BlockHash>,
	) -> RpcResult<bool>;

	/// `SCALE((Expr, Vec<String>))` of a JSON delegation condition, as `0x` hex.
	#[method(name = "encodeCondition")]
	fn encode_condition(&self, condition: Json) -> RpcResult<String>;

	/// The agreement's state root and the key holding it in the block's state.
	#[method(name = "stateRoot")]
	fn state_root(&self, agreement: String, at: Option<BlockHash>) -> RpcResult<StateRootJson>;

	/// An item of the agreement's state (`trie`, `key`) with its proof and roots.
	#[method(name = "getProof")]
	fn get_proof(
		&self,
		agreement: String,
		trie: Json,
		key: Json,
		at: Option<BlockHash>,
	) -> RpcResult<StateProofJson>;
}

/// Serves [`AgreementsApiServer`] from a client's runtime API.
pub struct Agreements<C> {
	client: Arc<C>,
}

impl<C> Agreements<C> {
	/// Serves the queries of `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> AgreementsApiServer<<Block as BlockT>::Hash> for Agreements<C>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ sc_client_api::ProofProvider<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: AgreementsRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn participant(
		&self,
		id: ParticipantId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ParticipantJson>> {
		let view = self.client.runtime_api().participant(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(|participant| participant_json(id, participant)))
	}

	fn agreement(
		&self,
		agreement: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<AgreementJson>> {
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		let view = self.client.runtime_api().agreement(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(agreement_json))
	}

	fn group(
		&self,
		id: GroupId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<GroupJson>> {
		let view = self.client.runtime_api().group(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(group_json))
	}

	fn series(
		&self,
		id: SeriesId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<SeriesJson>> {
		let view = self.client.runtime_api().series(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(series_json))
	}

	fn token(
		&self,
		id: TokenId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<TokenJson>> {
		let view = self.client.runtime_api().token(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(token_json))
	}

	fn tokens_of(
		&self,
		agreement: String,
		start: Option<TokenId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<TokenId>> {
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		self.client
			.runtime_api()
			.tokens_of(self.at(at), id, start.unwrap_or(0), limit.unwrap_or(DEFAULT_LIMIT))
			.map_err(runtime_error)
	}

	fn token_history(
		&self,
		id: TokenId,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<TokenHistoryJson> {
		let history = self
			.client
			.runtime_api()
			.token_history(self.at(at), id, limit.unwrap_or(DEFAULT_LIMIT))
			.map_err(runtime_error)?;
		Ok(token_history_json(history))
	}

	fn events(&self, query: Json, at: Option<<Block as BlockT>::Hash>) -> RpcResult<EventPageJson> {
		let query = parse_event_query(query).map_err(invalid_params)?;
		let page = self.client.runtime_api().events(self.at(at), query).map_err(runtime_error)?;
		Ok(event_page_json(page))
	}

	fn event(
		&self,
		hash: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<EventJson>> {
		let hash = parse_h256(&hash, "event hash").map_err(invalid_params)?;
		let view = self.client.runtime_api().event(self.at(at), hash).map_err(runtime_error)?;
		Ok(view.map(event_json))
	}

	fn validate_policy(
		&self,
		group: String,
		series: Option<String>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<PolicyCheckJson> {
		let group = parse_hex(&group, "group policy document").map_err(invalid_params)?;
		let series = series
			.map(|series| parse_hex(&series, "series policy document"))
			.transpose()
			.map_err(invalid_params)?;
		let check = self
			.client
			.runtime_api()
			.validate_policy(self.at(at), group, series)
			.map_err(runtime_error)?;
		Ok(policy_check_json(check))
	}

	fn dry_run_event(
		&self,
		submitter: String,
		content: String,
		proofs: String,
		fuel_limit: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<DryRunJson> {
		let submitter = parse_account(&submitter).map_err(invalid_params)?;
		let (content, proofs) = parse_event(&content, &proofs).map_err(invalid_params)?;
		let run = self
			.client
			.runtime_api()
			.dry_run_event(self.at(at), submitter, content, proofs, fuel_limit)
			.map_err(runtime_error)?;
		Ok(dry_run_json(run))
	}

	fn encode_group_policy(&self, policy: Json) -> RpcResult<String> {
		let document = document_json(policy)
			.map_err(|e| invalid_params(format!("invalid group policy: {e}")))?;
		encode_group_policy(document).map(|bytes| hex0x(&bytes)).map_err(invalid_params)
	}

	fn encode_series_policy(&self, policy: Json) -> RpcResult<String> {
		let document = document_json(policy)
			.map_err(|e| invalid_params(format!("invalid series policy: {e}")))?;
		encode_series_policy(document).map(|bytes| hex0x(&bytes)).map_err(invalid_params)
	}

	fn encode_lifecycle(&self, lifecycle: Json) -> RpcResult<String> {
		let document = document_json(lifecycle)
			.map_err(|e| invalid_params(format!("invalid lifecycle: {e}")))?;
		encode_lifecycle(document).map(|bytes| hex0x(&bytes)).map_err(invalid_params)
	}

	fn encode_data(&self, data: Json) -> RpcResult<String> {
		let document =
			document_json(data).map_err(|e| invalid_params(format!("invalid event data: {e}")))?;
		encode_data(document).map(|bytes| hex0x(&bytes)).map_err(invalid_params)
	}

	fn decode_policy(&self, document: String, kind: String) -> RpcResult<Json> {
		let bytes = parse_hex(&document, "document").map_err(invalid_params)?;
		decode_policy(&bytes, &kind).map_err(invalid_params)
	}

	fn delegations(
		&self,
		agreement: String,
		participant: Option<ParticipantId>,
		direction: Option<String>,
		include_dead: Option<bool>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<DelegationJson>> {
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		let direction = parse_direction(direction.as_deref()).map_err(invalid_params)?;
		let views = self
			.client
			.runtime_api()
			.delegations(self.at(at), id, participant, direction, include_dead.unwrap_or(false))
			.map_err(runtime_error)?;
		Ok(views.into_iter().map(delegation_json).collect())
	}

	fn has_permission(
		&self,
		agreement: String,
		participant: ParticipantId,
		permission: String,
		granted_by: Option<ParticipantId>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<bool> {
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		self.client
			.runtime_api()
			.has_permission(self.at(at), id, participant, permission.into_bytes(), granted_by)
			.map_err(runtime_error)
	}

	fn encode_condition(&self, condition: Json) -> RpcResult<String> {
		let document = document_json(condition)
			.map_err(|e| invalid_params(format!("invalid condition: {e}")))?;
		encode_condition(document).map(|bytes| hex0x(&bytes)).map_err(invalid_params)
	}

	fn state_root(
		&self,
		agreement: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<StateRootJson> {
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		let block = self.at(at);
		let api = self.client.runtime_api();
		let root = api.state_root(block, id).map_err(runtime_error)?;
		let child_key = api.state_child_key(block, id).map_err(runtime_error)?;
		Ok(StateRootJson {
			agreement: h256(&id),
			root: h256(&root),
			child_key: hex0x(&child_key),
			block: h256(&block),
		})
	}

	fn get_proof(
		&self,
		agreement: String,
		trie: Json,
		key: Json,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<StateProofJson> {
		use sp_runtime::traits::Header as _;
		let id = parse_h256(&agreement, "agreement").map_err(invalid_params)?;
		let trie = state_proof::parse_trie(&trie).map_err(invalid_params)?;
		let item = state_proof::parse_item_key(trie, &key).map_err(invalid_params)?;
		let key = state_proof::full_key(&id, trie, &item);
		let block = self.at(at);
		// The runtime of that block names the agreement's child trie.
		let child_key =
			self.client.runtime_api().state_child_key(block, id).map_err(runtime_error)?;
		let child_info = state_proof::child_info_of(&child_key).map_err(runtime_error)?;
		let header = self
			.client
			.header(block)
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error(format!("unknown block {block:?}")))?;
		let proof = self
			.client
			.read_child_proof(block, &child_info, &mut std::iter::once(key.as_slice()))
			.map_err(runtime_error)?;
		state_proof::state_proof_json(
			id,
			trie,
			&key,
			&child_key,
			block,
			*header.number(),
			*header.state_root(),
			proof,
		)
		.map_err(runtime_error)
	}
}

impl<C: HeaderBackend<Block>> Agreements<C> {
	/// `at`, or the best block.
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}



// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// A participant's public key.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct KeyJson {
	/// `"sr25519"`, `"ed25519"` or `"ecdsa"`.
	pub scheme: &'static str,
	/// The public key (`0x` hex; 33 bytes, compressed, for ECDSA).
	pub public: String,
}

/// A participant.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantJson {
	/// Its id.
	pub id: ParticipantId,
	/// The account that registered it (SS58).
	pub owner: String,
	/// `"user"`, `"org"`, `"agent"` or `"delegate"`.
	pub kind: &'static str,
	/// The key that signs its consents and events.
	pub key: KeyJson,
	/// Hash of its name.
	pub name_hash: String,
	/// Hash of its metadata.
	pub metadata_hash: String,
	/// Deposit held from the owner (planck, decimal string).
	pub deposit: String,
	/// Active or ended agreements it is a party to.
	pub agreements: u32,
}

/// Where an agreement stands.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum StatusJson {
	/// Waiting for consents.
	Proposed,
	/// Live.
	Active,
	/// Ended at block `at`.
	Terminated {
		/// When.
		at: BlockNumber,
	},
}

/// The head of an activity stream.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StreamJson {
	/// The activity type.
	pub activity: String,
	/// Hash of its last event.
	pub last: String,
	/// Ordinal of its last event.
	pub ordinal: u64,
}

/// An agreement.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AgreementJson {
	/// Its id (`0x` hex).
	pub id: String,
	/// Producers (participant ids).
	pub left: Vec<ParticipantId>,
	/// Validators.
	pub right: Vec<ParticipantId>,
	/// Its type.
	pub kind: String,
	/// Its lifecycle document (`0x` hex), if any; `agreements_decodePolicy` reads it.
	pub lifecycle: Option<String>,
	/// Hash of its metadata.
	pub metadata_hash: String,
	/// Its salt.
	pub salt: String,
	/// Its consent deadline (block).
	pub consent_deadline: BlockNumber,
	/// Its proposer (SS58).
	pub proposer: String,
	/// Deposit held from the proposer (planck, decimal string).
	pub deposit: String,
	/// Where it stands.
	pub status: StatusJson,
	/// Parties that consented.
	pub consented: Vec<ParticipantId>,
	/// Its lifecycle state.
	pub state: Option<String>,
	/// Tokens, groups, memberships and event records it holds.
	pub holdings: u32,
	/// Block of its proposal.
	pub created: BlockNumber,
	/// Its activity streams.
	pub streams: Vec<StreamJson>,
}

/// A member of a group.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct MemberJson {
	/// The member agreement.
	pub agreement: String,
	/// `"pending"` or `"active"`.
	pub status: &'static str,
}

/// A group.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct GroupJson {
	/// Its id.
	pub id: GroupId,
	/// Its owner agreement.
	pub owner: String,
	/// Its policy document (`0x` hex).
	pub policy: String,
	/// Hash of its name.
	pub name_hash: String,
	/// Its creator (SS58).
	pub depositor: String,
	/// Its deposit (planck, decimal string).
	pub deposit: String,
	/// Its series.
	pub series: Vec<SeriesId>,
	/// Its members.
	pub members: Vec<MemberJson>,
}

/// A series.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SeriesJson {
	/// Its id.
	pub id: SeriesId,
	/// Its group.
	pub group: GroupId,
	/// Its policy document (`0x` hex).
	pub policy: String,
	/// Its tokens' behaviour code, e.g. `"1110"`.
	pub behavior: String,
	/// Hash of its name.
	pub name_hash: String,
	/// Its creator (SS58).
	pub depositor: String,
	/// Its deposit (planck, decimal string).
	pub deposit: String,
	/// Quantity of its live tokens (decimal string).
	pub supply: String,
	/// Its live tokens.
	pub tokens: u32,
}

/// What a token belongs to: `{"series": id}` or `{"membership": group}`.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub enum ClassJson {
	/// A token of series `id`.
	Series(SeriesId),
	/// The membership token of a group.
	Membership(GroupId),
}

/// A token.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TokenJson {
	/// Its id.
	pub id: TokenId,
	/// Its series or group.
	pub class: ClassJson,
	/// Its owner agreement.
	pub owner: String,
	/// Its quantity (decimal string).
	pub quantity: String,
	/// Its state.
	pub state: String,
	/// Its behaviour code, e.g. `"1110"`.
	pub behavior: String,
	/// The last event that changed it.
	pub parent_event: String,
	/// The event that created it (zero for membership tokens).
	pub generated_by: String,
	/// Its edition.
	pub unique_id: Option<u64>,
	/// The token it was split from.
	pub origin: Option<TokenId>,
	/// Hash of its attributes.
	pub attributes: String,
	/// Who paid its deposit (SS58).
	pub depositor: String,
	/// Its deposit (planck, decimal string).
	pub deposit: String,
	/// Block of its creation.
	pub created: BlockNumber,
}

/// A token an event created or changed.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TouchedJson {
	/// The token.
	pub token: TokenId,
	/// Its series or group.
	pub class: ClassJson,
	/// The token's previous event (zero for its mint): the previous link of its chain.
	pub previous: String,
}

/// A recorded event.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct EventJson {
	/// Its agreement.
	pub agreement: String,
	/// Its sequence number in the agreement.
	pub seq: u64,
	/// Its hash.
	pub hash: String,
	/// Its parent in its stream.
	pub parent: String,
	/// Its activity type.
	pub activity: String,
	/// Its ordinal in its stream.
	pub ordinal: u64,
	/// The producers' timestamp (Unix milliseconds).
	pub timestamp: u64,
	/// Hash of the sensitive data.
	pub sensitive_hash: String,
	/// The block it was recorded in.
	pub block: BlockNumber,
	/// The tokens it created or changed.
	pub tokens: Vec<TouchedJson>,
	/// Guard fuel used.
	pub fuel: u64,
	/// Its submitter (SS58).
	pub submitter: String,
	/// Its deposit (planck, decimal string).
	pub deposit: String,
}

/// A token's history.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct TokenHistoryJson {
	/// The token, if it exists.
	pub token: Option<TokenJson>,
	/// Its events, newest first.
	pub events: Vec<EventJson>,
	/// The chain reached the event that minted it.
	pub complete: bool,
	/// Every link checked.
	pub linked: bool,
}

/// Where a page of events starts.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CursorJson {
	/// The agreement.
	pub agreement: String,
	/// Its sequence number.
	pub seq: u64,
}

/// A page of events.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct EventPageJson {
	/// The events.
	pub events: Vec<EventJson>,
	/// The `cursor` of the next page, if there is more.
	pub next: Option<CursorJson>,
}

/// The policy engine's verdict.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PolicyCheckJson {
	/// The documents decode.
	pub decodable: bool,
	/// No finding is an error.
	pub valid: bool,
	/// The resolved behaviour code of the series' (or group's) tokens.
	pub behavior: String,
	/// The findings, `"error: …"`, `"warning: …"` or `"info: …"`.
	pub findings: Vec<String>,
}

/// What an event would do.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct DryRunJson {
	/// It would succeed.
	pub would_succeed: bool,
	/// Why not, e.g. `"Module(Agreements::StaleState)"`.
	pub error: Option<String>,
	/// Guard fuel it would use.
	pub fuel_used: u64,
	/// Host calls its guards would make.
	pub host_calls: u32,
	/// Tokens it would create or change.
	pub tokens: Vec<TouchedJson>,
}

// ---------------------------------------------------------------------------------------------
// Parsing and rendering of queries (pure functions, unit-tested below)
// ---------------------------------------------------------------------------------------------

/// Decodes `0x`-prefixed hex (either case) of any even length.
pub fn parse_hex(input: &str, what: &str) -> Result<Vec<u8>, String> {
	let input = input.trim();
	let Some(digits) = input.strip_prefix("0x").or_else(|| input.strip_prefix("0X")) else {
		return Err(format!("invalid {what}: expected 0x-prefixed hex"));
	};
	if digits.len() % 2 != 0 {
		return Err(format!("invalid {what}: an odd number of hex digits ({})", digits.len()));
	}
	fn nibble(c: u8) -> Option<u8> {
		match c {
			b'0'..=b'9' => Some(c - b'0'),
			b'a'..=b'f' => Some(c - b'a' + 10),
			b'A'..=b'F' => Some(c - b'A' + 10),
			_ => None,
		}
	}
	digits
		.as_bytes()
		.chunks_exact(2)
		.map(|pair| match (nibble(pair[0]), nibble(pair[1])) {
			(Some(hi), Some(lo)) => Ok((hi << 4) | lo),
			_ => Err(format!("invalid {what}: not hex")),
		})
		.collect()
}

/// Decodes a 32-byte hash or id given as `0x` and 64 hex digits.
pub fn parse_h256(input: &str, what: &str) -> Result<H256, String> {
	let bytes = parse_hex(input, what)?;
	if bytes.len() != 32 {
		return Err(format!("invalid {what}: {} bytes, expected 32", bytes.len()));
	}
	Ok(H256::from_slice(&bytes))
}

/// An events query as JSON.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct EventQueryJson {
	#[serde(default)]
	agreement: Option<String>,
	#[serde(default)]
	group: Option<GroupId>,
	#[serde(default)]
	series: Option<SeriesId>,
	#[serde(default)]
	activity: Option<String>,
	#[serde(default)]
	from_block: Option<BlockNumber>,
	#[serde(default)]
	to_block: Option<BlockNumber>,
	#[serde(default)]
	cursor: Option<CursorJson>,
	#[serde(default)]
	limit: Option<u32>,
}

/// Reads an events query: `agreement` or `group` is required.
pub fn parse_event_query(query: Json) -> Result<EventQuery<BlockNumber>, String> {
	let query: EventQueryJson =
		serde_json::from_value(query).map_err(|e| format!("invalid events query: {e}"))?;
	if query.agreement.is_none() && query.group.is_none() {
		return Err("invalid events query: give an `agreement` or a `group`".into());
	}
	let agreement = query
		.agreement
		.as_deref()
		.map(|id| parse_h256(id, "events query: agreement"))
		.transpose()?;
	let cursor = query
		.cursor
		.map(|cursor| {
			parse_h256(&cursor.agreement, "events query: cursor agreement")
				.map(|agreement| (agreement, cursor.seq))
		})
		.transpose()?;
	Ok(EventQuery {
		agreement,
		group: query.group,
		series: query.series,
		activity: query.activity.map(String::into_bytes),
		from_block: query.from_block,
		to_block: query.to_block,
		cursor,
		limit: query.limit.unwrap_or(DEFAULT_LIMIT),
	})
}

/// Checks that event content and proofs (`0x` hex) decode as `agreements.submitEvent` takes
/// them, and returns their bytes.
pub fn parse_event(content: &str, proofs: &str) -> Result<(Vec<u8>, Vec<u8>), String> {
	let content = parse_hex(content, "event content")?;
	let proofs = parse_hex(proofs, "event proofs")?;
	EventContentOf::<Runtime>::decode_all(&mut &content[..])
		.map_err(|e| format!("invalid event content: not a SCALE-encoded EventContent ({e})"))?;
	ProofsOf::<Runtime>::decode_all(&mut &proofs[..]).map_err(|e| {
		format!("invalid event proofs: not a SCALE-encoded Vec<ProducerProof> ({e})")
	})?;
	Ok((content, proofs))
}

/// UTF-8 text stored as bytes (lossy).
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn h256(hash: &H256) -> String {
	hex0x(hash.as_bytes())
}

/// The 4-character code of behaviour bits (`"1110"`), or the 8 bits written out if they are
/// not a behaviour.
pub fn behavior_code(bits: u8) -> String {
	match TokenBehavior::from_bits(bits) {
		Some(behavior) => behavior.code().iter().map(|digit| char::from(*digit)).collect(),
		None => format!("{bits:08b}"),
	}
}

fn class_json(class: TokenClass) -> ClassJson {
	match class {
		TokenClass::Series(series) => ClassJson::Series(series),
		TokenClass::Membership(group) => ClassJson::Membership(group),
	}
}

fn touched_json(touched: TouchedToken) -> TouchedJson {
	TouchedJson {
		token: touched.token,
		class: class_json(touched.class),
		previous: h256(&touched.previous),
	}
}

/// Renders participant `id`.
pub fn participant_json(id: ParticipantId, p: Participant<AccountId, Balance>) -> ParticipantJson {
	let key = match p.key {
		ParticipantKey::Sr25519(key) => KeyJson { scheme: "sr25519", public: hex0x(&key) },
		ParticipantKey::Ed25519(key) => KeyJson { scheme: "ed25519", public: hex0x(&key) },
		ParticipantKey::Ecdsa(key) => KeyJson { scheme: "ecdsa", public: hex0x(&key) },
	};
	ParticipantJson {
		id,
		owner: ss58(&p.owner),
		kind: match p.kind {
			ParticipantKind::User => "user",
			ParticipantKind::Org => "org",
			ParticipantKind::Agent => "agent",
			ParticipantKind::Delegate => "delegate",
		},
		key,
		name_hash: h256(&p.name_hash),
		metadata_hash: h256(&p.metadata_hash),
		deposit: p.deposit.to_string(),
		agreements: p.agreements,
	}
}

/// Renders an agreement.
pub fn agreement_json(view: AgreementView<AccountId, Balance, BlockNumber>) -> AgreementJson {
	AgreementJson {
		id: h256(&view.id),
		left: view.left,
		right: view.right,
		kind: text(&view.kind),
		lifecycle: view.lifecycle.map(|bytes| hex0x(&bytes)),
		metadata_hash: h256(&view.metadata_hash),
		salt: h256(&view.salt),
		consent_deadline: view.consent_deadline,
		proposer: ss58(&view.proposer),
		deposit: view.deposit.to_string(),
		status: match view.status {
			AgreementStatus::Proposed => StatusJson::Proposed,
			AgreementStatus::Active => StatusJson::Active,
			AgreementStatus::Terminated { at } => StatusJson::Terminated { at },
		},
		consented: view.consented,
		state: view.state.map(|state| text(&state)),
		holdings: view.holdings,
		created: view.created,
		streams: view
			.streams
			.into_iter()
			.map(|(activity, head)| StreamJson {
				activity: text(&activity),
				last: h256(&head.last),
				ordinal: head.ordinal,
			})
			.collect(),
	}
}

/// Renders a group.
pub fn group_json(view: GroupView<AccountId, Balance>) -> GroupJson {
	GroupJson {
		id: view.id,
		owner: h256(&view.owner),
		policy: hex0x(&view.policy),
		name_hash: h256(&view.name_hash),
		depositor: ss58(&view.depositor),
		deposit: view.deposit.to_string(),
		series: view.series,
		members: view
			.members
			.into_iter()
			.map(|(agreement, status)| MemberJson {
				agreement: h256(&agreement),
				status: match status {
					MembershipStatus::Pending => "pending",
					MembershipStatus::Active => "active",
				},
			})
			.collect(),
	}
}

/// Renders a series.
pub fn series_json(view: SeriesView<AccountId, Balance>) -> SeriesJson {
	SeriesJson {
		id: view.id,
		group: view.group,
		policy: hex0x(&view.policy),
		behavior: behavior_code(view.behavior),
		name_hash: h256(&view.name_hash),
		depositor: ss58(&view.depositor),
		deposit: view.deposit.to_string(),
		supply: view.supply.to_string(),
		tokens: view.tokens,
	}
}

/// Renders a token.
pub fn token_json(view: TokenView<AccountId, Balance, BlockNumber>) -> TokenJson {
	TokenJson {
		id: view.id,
		class: class_json(view.class),
		owner: h256(&view.owner),
		quantity: view.quantity.to_string(),
		state: text(&view.state),
		behavior: behavior_code(view.behavior),
		parent_event: h256(&view.parent_event),
		generated_by: h256(&view.generated_by),
		unique_id: view.unique_id,
		origin: view.origin,
		attributes: h256(&view.attributes),
		depositor: ss58(&view.depositor),
		deposit: view.deposit.to_string(),
		created: view.created,
	}
}

/// Renders a recorded event.
pub fn event_json(view: EventView<AccountId, Balance, BlockNumber>) -> EventJson {
	EventJson {
		agreement: h256(&view.agreement),
		seq: view.seq,
		hash: h256(&view.hash),
		parent: h256(&view.parent),
		activity: text(&view.activity),
		ordinal: view.ordinal,
		timestamp: view.timestamp,
		sensitive_hash: h256(&view.sensitive_hash),
		block: view.block,
		tokens: view.tokens.into_iter().map(touched_json).collect(),
		fuel: view.fuel,
		submitter: ss58(&view.submitter),
		deposit: view.deposit.to_string(),
	}
}

/// Renders a token history.
pub fn token_history_json(
	history: TokenHistory<AccountId, Balance, BlockNumber>,
) -> TokenHistoryJson {
	TokenHistoryJson {
		token: history.token.map(token_json),
		events: history.events.into_iter().map(event_json).collect(),
		complete: history.complete,
		linked: history.linked,
	}
}

/// Renders a page of events.
pub fn event_page_json(page: EventPage<AccountId, Balance, BlockNumber>) -> EventPageJson {
	EventPageJson {
		events: page.events.into_iter().map(event_json).collect(),
		next: page.next.map(|(agreement, seq)| CursorJson { agreement: h256(&agreement), seq }),
	}
}

/// Renders a policy check.
pub fn policy_check_json(check: PolicyCheck) -> PolicyCheckJson {
	PolicyCheckJson {
		decodable: check.decodable,
		valid: check.valid,
		behavior: behavior_code(check.behavior),
		findings: check.findings.iter().map(|finding| text(finding)).collect(),
	}
}

/// A dispatch error as text: pallet errors by name (`Module(Agreements::StaleState)`) when
/// the node's runtime knows them, anything else in its debug form.
pub fn dispatch_error_text(error: DispatchError) -> String {
	if let Some(runtime_error) = arete_runtime::RuntimeError::from_dispatch_error(error) {
		// `RuntimeError`'s debug form is `Pallet(Error)`.
		let debug = format!("{runtime_error:?}");
		let named = debug
			.split_once('(')
			.and_then(|(pallet, rest)| Some((pallet, rest.strip_suffix(')')?)));
		return match named {
			Some((pallet, name)) => format!("Module({pallet}::{name})"),
			None => format!("Module({debug})"),
		};
	}
	format!("{error:?}")
}

/// Renders a dry run.
pub fn dry_run_json(run: DryRun) -> DryRunJson {
	DryRunJson {
		would_succeed: run.result.is_ok(),
		error: run.result.err().map(dispatch_error_text),
		fuel_used: run.fuel_used,
		host_calls: run.host_calls,
		tokens: run.tokens.into_iter().map(touched_json).collect(),
	}
}

// ---------------------------------------------------------------------------------------------
// Encoders: JSON policies, lifecycles and data ⇄ SCALE (pure functions, unit-tested below)
// ---------------------------------------------------------------------------------------------

/// A state of a DFA as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StateDoc {
	/// Its name.
	pub id: String,
	/// Nothing may leave it.
	#[serde(default)]
	pub terminal: bool,
	/// A lifecycle may validly end here.
	#[serde(default)]
	pub accepting: bool,
}

/// A transition of a DFA as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TransitionDoc {
	/// The state it leaves; `null` for a creation.
	#[serde(default)]
	pub from: Option<String>,
	/// The state it enters.
	pub to: String,
	/// The event (activity) type that triggers it.
	pub event: String,
	/// Its JsonLogic guard.
	#[serde(default)]
	pub guard: Option<Json>,
}

/// A DFA as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DfaDoc {
	/// The state creations enter.
	pub initial: String,
	/// The states.
	pub states: Vec<StateDoc>,
	/// The transitions, creations included.
	#[serde(default)]
	pub transitions: Vec<TransitionDoc>,
}

/// A group policy document as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupPolicyDoc {
	/// Fungible at group level.
	pub fungible: bool,
	/// Quantities may grow.
	pub allow_increase: bool,
	/// Quantities may shrink.
	pub allow_decrease: bool,
	/// `"XOR"` or `"AND"` (any case).
	pub conflict_resolution: String,
	/// The group's token lifecycle.
	#[serde(default)]
	pub dfa: Option<DfaDoc>,
	/// A JsonLogic rule every event of the group must satisfy.
	#[serde(default)]
	pub validation: Option<Json>,
	/// The guard variables its rules read.
	#[serde(default)]
	pub variables: Vec<String>,
}

/// A series policy document as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeriesPolicyDoc {
	/// Fungible at series level.
	pub fungible: bool,
	/// The series' increase rule.
	pub allow_increase: bool,
	/// The series' decrease rule.
	pub allow_decrease: bool,
	/// A lifecycle replacing the group's.
	#[serde(default)]
	pub dfa: Option<DfaDoc>,
	/// A JsonLogic rule every event of the series must satisfy.
	#[serde(default)]
	pub validation: Option<Json>,
	/// The guard variables its rules read.
	#[serde(default)]
	pub variables: Vec<String>,
}

/// A lifecycle document as JSON.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LifecycleDoc {
	/// The agreement's DFA.
	pub dfa: DfaDoc,
	/// The guard variables its guards read.
	#[serde(default)]
	pub variables: Vec<String>,
}

/// An encoder's document: the parameter itself, or the JSON text of a string parameter (for
/// clients that keep documents as text).
pub fn document_json(param: Json) -> Result<Json, String> {
	match param {
		Json::String(text) => serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}")),
		document => Ok(document),
	}
}

/// Compiles a JsonLogic rule, naming it in the error.
fn compile_rule(rule: &Json, what: &str) -> Result<Expr, String> {
	json::compile(rule).map_err(|e| format!("{what}: {e}"))
}

fn compile_optional_rule(rule: Option<&Json>, what: &str) -> Result<Option<Expr>, String> {
	rule.map(|rule| compile_rule(rule, what)).transpose()
}

fn dfa_from_doc(doc: &DfaDoc, what: &str) -> Result<Dfa, String> {
	let transitions = doc
		.transitions
		.iter()
		.enumerate()
		.map(|(index, t)| {
			Ok(Transition {
				from: t.from.clone(),
				to: t.to.clone(),
				event: t.event.clone(),
				guard: compile_optional_rule(
					t.guard.as_ref(),
					&format!("{what}: the guard of transition {index}"),
				)?,
			})
		})
		.collect::<Result<Vec<_>, String>>()?;
	Ok(Dfa {
		states: doc
			.states
			.iter()
			.map(|s| State { id: s.id.clone(), terminal: s.terminal, accepting: s.accepting })
			.collect(),
		initial: doc.initial.clone(),
		transitions,
	})
}

fn dfa_to_doc(dfa: &Dfa) -> DfaDoc {
	DfaDoc {
		initial: dfa.initial.clone(),
		states: dfa
			.states
			.iter()
			.map(|s| StateDoc { id: s.id.clone(), terminal: s.terminal, accepting: s.accepting })
			.collect(),
		transitions: dfa
			.transitions
			.iter()
			.map(|t| TransitionDoc {
				from: t.from.clone(),
				to: t.to.clone(),
				event: t.event.clone(),
				guard: t.guard.as_ref().map(json::decompile),
			})
			.collect(),
	}
}

fn parse_resolution(text: &str) -> Result<ConflictResolution, String> {
	match text.trim() {
		t if t.eq_ignore_ascii_case("xor") => Ok(ConflictResolution::Xor),
		t if t.eq_ignore_ascii_case("and") => Ok(ConflictResolution::And),
		_ => Err(format!(
			"invalid group policy: conflictResolution {text:?}: expected \"XOR\" or \"AND\""
		)),
	}
}

fn resolution_name(resolution: ConflictResolution) -> String {
	match resolution {
		ConflictResolution::Xor => "XOR".into(),
		ConflictResolution::And => "AND".into(),
	}
}

/// Reads a JSON document into `D`.
fn parse_doc<D: serde::de::DeserializeOwned>(document: Json, what: &str) -> Result<D, String> {
	serde_json::from_value(document).map_err(|e| format!("invalid {what}: {e}"))
}

/// Refuses a document beyond `MaxPolicyBytes`.
fn within_policy_limit(bytes: Vec<u8>, what: &str) -> Result<Vec<u8>, String> {
	let max = max_policy_bytes();
	if bytes.len() > max {
		return Err(format!(
			"the encoded {what} is {} bytes, more than the chain's MaxPolicyBytes ({max})",
			bytes.len()
		));
	}
	Ok(bytes)
}

/// `SCALE((GroupPolicy, Vec<String>))` of a JSON group policy.
pub fn encode_group_policy(document: Json) -> Result<Vec<u8>, String> {
	let doc: GroupPolicyDoc = parse_doc(document, "group policy")?;
	let policy = GroupPolicy {
		fungible: doc.fungible,
		allow_increase: doc.allow_increase,
		allow_decrease: doc.allow_decrease,
		conflict_resolution: parse_resolution(&doc.conflict_resolution)?,
		dfa: doc
			.dfa
			.as_ref()
			.map(|dfa| dfa_from_doc(dfa, "invalid group policy: dfa"))
			.transpose()?,
		validation: compile_optional_rule(
			doc.validation.as_ref(),
			"invalid group policy: validation",
		)?,
	};
	within_policy_limit((policy, doc.variables).encode(), "group policy")
}

/// `SCALE((SeriesPolicy, Vec<String>))` of a JSON series policy.
pub fn encode_series_policy(document: Json) -> Result<Vec<u8>, String> {
	let doc: SeriesPolicyDoc = parse_doc(document, "series policy")?;
	let policy = SeriesPolicy {
		fungible: doc.fungible,
		allow_increase: doc.allow_increase,
		allow_decrease: doc.allow_decrease,
		dfa: doc
			.dfa
			.as_ref()
			.map(|dfa| dfa_from_doc(dfa, "invalid series policy: dfa"))
			.transpose()?,
		validation: compile_optional_rule(
			doc.validation.as_ref(),
			"invalid series policy: validation",
		)?,
	};
	within_policy_limit((policy, doc.variables).encode(), "series policy")
}

/// `SCALE((Dfa, Vec<String>))` of a JSON lifecycle.
pub fn encode_lifecycle(document: Json) -> Result<Vec<u8>, String> {
	let doc: LifecycleDoc = parse_doc(document, "lifecycle")?;
	let dfa = dfa_from_doc(&doc.dfa, "invalid lifecycle: dfa")?;
	within_policy_limit((dfa, doc.variables).encode(), "lifecycle")
}

/// `SCALE(Value)` of a JSON object of event data.
pub fn encode_data(document: Json) -> Result<Vec<u8>, String> {
	let data = document;
	let Json::Object(map) = &data else {
		return Err("invalid event data: must be a JSON object".into());
	};
	if let Some(key) = RESERVED_KEYS.iter().find(|key| map.contains_key(**key)) {
		return Err(format!(
			"invalid event data: the key {key:?} is reserved (the chain sets it for guards)"
		));
	}
	let value = json::value_from_json(&data).map_err(|e| format!("invalid event data: {e}"))?;
	let bytes = value.encode();
	let max = max_data_bytes();
	if bytes.len() > max {
		return Err(format!(
			"the encoded event data is {} bytes, more than the chain's MaxDataBytes ({max})",
			bytes.len()
		));
	}
	Ok(bytes)
}

/// The JSON form (the encoders' input) of a policy document or lifecycle; `kind` is `group`,
/// `series` or `lifecycle`.
pub fn decode_policy(bytes: &[u8], kind: &str) -> Result<Json, String> {
	let undecodable = |what: &str, e: codec::Error| {
		format!("invalid document: not a SCALE-encoded ({what}, Vec<String>) ({e})")
	};
	let doc = match kind.trim().to_ascii_lowercase().as_str() {
		"group" => {
			let (policy, variables) = <(GroupPolicy, Vec<String>)>::decode_all(&mut &bytes[..])
				.map_err(|e| undecodable("GroupPolicy", e))?;
			serde_json::to_value(GroupPolicyDoc {
				fungible: policy.fungible,
				allow_increase: policy.allow_increase,
				allow_decrease: policy.allow_decrease,
				conflict_resolution: resolution_name(policy.conflict_resolution),
				dfa: policy.dfa.as_ref().map(dfa_to_doc),
				validation: policy.validation.as_ref().map(json::decompile),
				variables,
			})
		},
		"series" => {
			let (policy, variables) = <(SeriesPolicy, Vec<String>)>::decode_all(&mut &bytes[..])
				.map_err(|e| undecodable("SeriesPolicy", e))?;
			serde_json::to_value(SeriesPolicyDoc {
				fungible: policy.fungible,
				allow_increase: policy.allow_increase,
				allow_decrease: policy.allow_decrease,
				dfa: policy.dfa.as_ref().map(dfa_to_doc),
				validation: policy.validation.as_ref().map(json::decompile),
				variables,
			})
		},
		"lifecycle" => {
			let (dfa, variables) = <(Dfa, Vec<String>)>::decode_all(&mut &bytes[..])
				.map_err(|e| undecodable("Dfa", e))?;
			serde_json::to_value(LifecycleDoc { dfa: dfa_to_doc(&dfa), variables })
		},
		"condition" => {
			let (guard, variables) = <(Expr, Vec<String>)>::decode_all(&mut &bytes[..])
				.map_err(|e| undecodable("Expr", e))?;
			serde_json::to_value(ConditionDoc { guard: json::decompile(&guard), variables })
		},
		_ => {
			return Err(format!(
				"invalid kind {kind:?}: expected \"group\", \"series\", \"lifecycle\" or \"condition\""
			))
		},
	};
	doc.map_err(|e| format!("the document cannot be written as JSON: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Delegations
// ---------------------------------------------------------------------------------------------

/// A delegation.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct DelegationJson {
	/// Its agreement (`0x` hex).
	pub agreement: String,
	/// Its number in the agreement.
	pub id: DelegationId,
	/// The party its chain starts at.
	pub root: ParticipantId,
	/// Who grants (participant id).
	pub delegator: ParticipantId,
	/// Who receives.
	pub delegate: ParticipantId,
	/// The link it extends, `null` for a root.
	pub parent: Option<DelegationId>,
	/// Links from the root, itself included.
	pub depth: u32,
	/// What it grants (`"*"`: everything).
	pub permissions: Vec<String>,
	/// The first block at which it no longer holds.
	pub expires: BlockNumber,
	/// Whether the delegate may extend it.
	pub redelegate: bool,
	/// Its condition in the encoders' form `{"guard", "variables"}`, or `null`.
	pub condition: Option<Json>,
	/// Who holds its deposit (SS58).
	pub creator: String,
	/// The deposit (planck, decimal string).
	pub deposit: String,
	/// Whether it and every link above it hold at the queried block.
	pub live: bool,
}

/// A delegation condition as JSON: a JsonLogic guard and the variables it reads.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConditionDoc {
	/// The guard each event the delegation authorises must pass.
	pub guard: Json,
	/// The guard variables it reads.
	#[serde(default)]
	pub variables: Vec<String>,
}

/// `"incoming"`, `"outgoing"` or `"both"` (the default).
pub fn parse_direction(direction: Option<&str>) -> Result<DelegationDirection, String> {
	match direction.map(|d| d.trim().to_ascii_lowercase()) {
		None => Ok(DelegationDirection::Both),
		Some(d) if d == "both" => Ok(DelegationDirection::Both),
		Some(d) if d == "incoming" => Ok(DelegationDirection::Incoming),
		Some(d) if d == "outgoing" => Ok(DelegationDirection::Outgoing),
		Some(other) => Err(format!(
			"invalid direction {other:?}: expected \"incoming\", \"outgoing\" or \"both\""
		)),
	}
}

/// The JSON of a delegation view.
pub fn delegation_json(view: DelegationView<AccountId, Balance, BlockNumber>) -> DelegationJson {
	DelegationJson {
		agreement: h256(&view.agreement),
		id: view.id,
		root: view.root,
		delegator: view.delegator,
		delegate: view.delegate,
		parent: view.parent,
		depth: view.depth,
		permissions: view.permissions.iter().map(|p| text(p)).collect(),
		expires: view.expires,
		redelegate: view.redelegate,
		condition: view.condition.and_then(|bytes| decode_policy(&bytes, "condition").ok()),
		creator: ss58(&view.creator),
		deposit: view.deposit.to_string(),
		live: view.live,
	}
}

/// `SCALE((Expr, Vec<String>))` of a JSON condition `{"guard", "variables"}`.
pub fn encode_condition(document: Json) -> Result<Vec<u8>, String> {
	let doc: ConditionDoc = parse_doc(document, "condition")?;
	let guard = compile_rule(&doc.guard, "invalid condition: guard")?;
	within_policy_limit((guard, doc.variables).encode(), "condition")
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	/// A stats group: one creation on `GAME_PERFORMANCE` guarded by the minutes played.
	fn stats_group() -> Json {
		json!({
			"fungible": false,
			"allowIncrease": true,
			"allowDecrease": false,
			"conflictResolution": "AND",
			"dfa": {
				"initial": "RECORDED",
				"states": [
					{ "id": "RECORDED", "terminal": false, "accepting": true },
					{ "id": "VOID", "terminal": true, "accepting": true },
				],
				"transitions": [
					{ "from": null, "to": "RECORDED", "event": "GAME_PERFORMANCE",
					  "guard": { "<=": [{ "var": ["minutes_played"] }, 120] } },
					{ "from": "RECORDED", "to": "VOID", "event": "VOID", "guard": null },
				],
			},
			"validation": { ">=": [{ "var": ["minutes_played"] }, 0.5] },
			"variables": ["minutes_played"],
		})
	}

	type Encoder = fn(Json) -> Result<Vec<u8>, String>;

	fn encode(value: &Json, f: Encoder) -> Result<Vec<u8>, String> {
		f(value.clone())
	}

	/// Encodes a document sent as JSON text, as the RPC reads a string parameter.
	fn encode_text(text: &str, f: Encoder) -> Result<Vec<u8>, String> {
		f(document_json(Json::String(text.into()))?)
	}

	#[test]
	fn a_group_policy_round_trips_through_scale() {
		let bytes = encode(&stats_group(), encode_group_policy).unwrap();
		let (policy, variables) =
			<(GroupPolicy, Vec<String>)>::decode_all(&mut &bytes[..]).unwrap();
		assert_eq!(variables, vec!["minutes_played".to_string()]);
		assert_eq!(policy.conflict_resolution, ConflictResolution::And);
		assert_eq!(policy.behavior(None).code(), *b"0010");
		let dfa = policy.dfa.as_ref().unwrap();
		assert_eq!(dfa.initial, "RECORDED");
		assert_eq!(dfa.transitions[0].from, None);
		assert!(dfa.transitions[0].guard.is_some());
		assert_eq!(dfa.transitions[1].guard, None);
		// Back to JSON: exactly the input (rules in array form, as written).
		assert_eq!(decode_policy(&bytes, "group").unwrap(), stats_group());
		// And the JSON form encodes to the same bytes.
		assert_eq!(
			encode(&decode_policy(&bytes, "group").unwrap(), encode_group_policy),
			Ok(bytes)
		);
	}

	#[test]
	fn shorthands_and_defaults_normalize() {
		let short = json!({
			"fungible": true, "allowIncrease": false, "allowDecrease": true,
			"conflictResolution": "xor",
			"dfa": { "initial": "A", "states": [{ "id": "A" }],
					 "transitions": [{ "to": "A", "event": "mint", "guard": { "var": "x" } }] },
		});
		let bytes = encode(&short, encode_group_policy).unwrap();
		assert_eq!(
			decode_policy(&bytes, "GROUP").unwrap(),
			json!({
				"fungible": true, "allowIncrease": false, "allowDecrease": true,
				"conflictResolution": "XOR",
				"dfa": { "initial": "A",
						 "states": [{ "id": "A", "terminal": false, "accepting": false }],
						 "transitions": [{ "from": null, "to": "A", "event": "mint",
										   "guard": { "var": ["x"] } }] },
				"validation": null,
				"variables": [],
			})
		);
		// A document sent as a JSON string is the same document.
		assert_eq!(document_json(Json::String(short.to_string())), Ok(short.clone()));
		assert_eq!(document_json(short.clone()), Ok(short.clone()));
		assert_eq!(encode_text(&short.to_string(), encode_group_policy), Ok(bytes));
	}

	#[test]
	fn series_policies_and_lifecycles_round_trip() {
		let series = json!({
			"fungible": true, "allowIncrease": true, "allowDecrease": false,
			"dfa": null, "validation": { "in": [{ "var": ["team"] }, ["home", "away"]] },
			"variables": ["team"],
		});
		let bytes = encode(&series, encode_series_policy).unwrap();
		let (policy, _) = <(SeriesPolicy, Vec<String>)>::decode_all(&mut &bytes[..]).unwrap();
		assert!(policy.fungible && policy.allow_increase && !policy.allow_decrease);
		assert_eq!(decode_policy(&bytes, "series").unwrap(), series);
		// A series policy has no conflict resolution.
		let mut with_resolution = series.clone();
		with_resolution["conflictResolution"] = json!("AND");
		let error = encode(&with_resolution, encode_series_policy).unwrap_err();
		assert!(error.contains("unknown field `conflictResolution`"), "{error}");

		let lifecycle = json!({
			"dfa": {
				"initial": "ACTIVE",
				"states": [
					{ "id": "ACTIVE", "terminal": false, "accepting": false },
					{ "id": "ENDED", "terminal": true, "accepting": true },
				],
				"transitions": [{ "from": "ACTIVE", "to": "ENDED", "event": "END", "guard": null }],
			},
			"variables": [],
		});
		let bytes = encode(&lifecycle, encode_lifecycle).unwrap();
		let (dfa, _) = <(Dfa, Vec<String>)>::decode_all(&mut &bytes[..]).unwrap();
		assert_eq!(dfa.state("ENDED").map(|s| s.terminal), Some(true));
		assert_eq!(decode_policy(&bytes, "lifecycle").unwrap(), lifecycle);
		// The wrong kind does not decode.
		assert!(decode_policy(&bytes, "group").unwrap_err().contains("GroupPolicy"));
		assert!(decode_policy(&bytes, "token").unwrap_err().starts_with("invalid kind"));
		// Trailing bytes are refused, as the chain refuses them.
		let mut longer = bytes.clone();
		longer.push(0);
		assert!(decode_policy(&longer, "lifecycle").is_err());
	}

	#[test]
	fn bad_documents_are_refused_with_the_reason() {
		let error = encode_text("{", encode_group_policy).unwrap_err();
		assert!(error.starts_with("invalid JSON:"), "{error}");
		let error = encode(&json!([1]), encode_group_policy).unwrap_err();
		assert!(error.starts_with("invalid group policy:"), "{error}");
		let mut missing = stats_group();
		missing.as_object_mut().unwrap().remove("allowDecrease");
		assert!(encode(&missing, encode_group_policy).unwrap_err().contains("allowDecrease"));
		let mut typo = stats_group();
		typo["validaton"] = json!(true);
		assert!(encode(&typo, encode_group_policy)
			.unwrap_err()
			.contains("unknown field `validaton`"));
		let mut resolution = stats_group();
		resolution["conflictResolution"] = json!("OR");
		assert!(encode(&resolution, encode_group_policy)
			.unwrap_err()
			.contains("\"XOR\" or \"AND\""));
		// The compiler's own errors: numbers out of range, rules nested too deep.
		let mut huge = stats_group();
		huge["validation"] = json!({ ">": [{ "var": "x" }, 1e40] });
		let error = encode(&huge, encode_group_policy).unwrap_err();
		assert!(error.contains("validation: number out of range"), "{error}");
		let deep = "[".repeat(100) + &"]".repeat(100);
		let text = stats_group().to_string().replace("0.5", &deep);
		assert!(encode_text(&text, encode_group_policy).unwrap_err().contains("nested deeper"));
		let mut guard = stats_group();
		guard["dfa"]["transitions"][1]["guard"] = json!({ ">": [1, 1e300] });
		let error = encode(&guard, encode_group_policy).unwrap_err();
		assert!(error.contains("the guard of transition 1: number out of range"), "{error}");
	}

	#[test]
	fn numbers_the_compiler_cannot_take_exactly_are_refused() {
		// 64-bit integers and short decimals are exact.
		let bytes =
			encode_text(r#"{"balance":18446744073709551615,"share":0.125}"#, encode_data).unwrap();
		let value = policy_engine::Value::decode_all(&mut &bytes[..]).unwrap();
		assert_eq!(json::value_to_json(&value), json!({ "balance": u64::MAX, "share": 0.125 }));
		let rule = |number: &str| {
			format!(
				r#"{{"fungible":false,"allowIncrease":false,"allowDecrease":false,"conflictResolution":"AND","validation":{{"<":[{{"var":"x"}},{number}]}}}}"#
			)
		};
		assert!(encode_text(&rule("1e20"), encode_group_policy).is_ok());
		// Beyond a double's digits, a tenth fractional digit: refused, with the compiler's advice.
		for inexact in ["123456789012345678901", "0.30000000000000004", "0.1234567891"] {
			let error = encode_text(&rule(inexact), encode_group_policy).unwrap_err();
			assert!(error.starts_with("invalid group policy: validation: number"), "{error}");
			assert!(error.contains("cannot be read exactly"), "{error}");
			let data = format!(r#"{{"points":{inexact}}}"#);
			let error = encode_text(&data, encode_data).unwrap_err();
			assert!(error.contains("cannot be read exactly"), "{error}");
		}
		// Beyond the engine's ±1.7 × 10²⁹.
		let error = encode_text(&rule("-2e29"), encode_group_policy).unwrap_err();
		assert!(error.contains("validation: number out of range"), "{error}");
		let error = encode(&json!({ "points": 1e30 }), encode_data).unwrap_err();
		assert!(error.contains("number out of range"), "{error}");
	}

	#[test]
	fn event_data_must_be_an_object_without_reserved_keys() {
		let bytes =
			encode(&json!({ "minutes_played": 34, "points": 21.5, "team": "home" }), encode_data)
				.unwrap();
		let value = policy_engine::Value::decode_all(&mut &bytes[..]).unwrap();
		assert_eq!(
			json::value_to_json(&value),
			json!({ "minutes_played": 34, "points": 21.5, "team": "home" })
		);
		assert_eq!(
			encode(&json!({}), encode_data),
			Ok(policy_engine::Value::Object(Default::default()).encode())
		);
		assert!(encode(&json!([1]), encode_data).unwrap_err().contains("must be a JSON object"));
		assert!(encode(&json!(null), encode_data).unwrap_err().contains("must be a JSON object"));
		assert!(encode_text("text", encode_data).unwrap_err().contains("invalid JSON"));
		assert!(encode_text("\"text\"", encode_data)
			.unwrap_err()
			.contains("must be a JSON object"));
		assert!(encode(&json!({ "block": 1 }), encode_data)
			.unwrap_err()
			.contains("\"block\" is reserved"));
		let big = format!(r#"{{"notes":"{}"}}"#, "x".repeat(4096));
		assert!(encode_text(&big, encode_data).unwrap_err().contains("MaxDataBytes (2048)"));
	}

	#[test]
	fn documents_beyond_the_chain_limit_are_refused() {
		let mut large = stats_group();
		large["variables"] = json!((0..1000).map(|i| format!("variable_{i}")).collect::<Vec<_>>());
		let error = encode(&large, encode_group_policy).unwrap_err();
		assert!(error.contains("MaxPolicyBytes (8192)"), "{error}");
	}

	#[test]
	fn hex_and_hashes_parse_strictly() {
		assert_eq!(parse_hex("0x", "x"), Ok(vec![]));
		assert_eq!(parse_hex("0xA0ff", "x"), Ok(vec![0xa0, 0xff]));
		assert!(parse_hex("a0ff", "document")
			.unwrap_err()
			.contains("invalid document: expected 0x"));
		assert!(parse_hex("0xabc", "x").unwrap_err().contains("odd number"));
		assert!(parse_hex("0xzz", "x").unwrap_err().ends_with("not hex"));
		let id = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_h256(&id, "agreement"), Ok(H256::repeat_byte(0xab)));
		assert!(parse_h256("0xabab", "agreement").unwrap_err().contains("2 bytes, expected 32"));
	}

	#[test]
	fn event_queries_need_an_agreement_or_a_group() {
		let id = format!("0x{}", "01".repeat(32));
		let query = parse_event_query(json!({
			"agreement": id, "activity": "GAME_PERFORMANCE", "fromBlock": 3,
			"cursor": { "agreement": id, "seq": 4 },
		}))
		.unwrap();
		assert_eq!(query.agreement, Some(H256::repeat_byte(1)));
		assert_eq!(query.activity, Some(b"GAME_PERFORMANCE".to_vec()));
		assert_eq!((query.from_block, query.to_block), (Some(3), None));
		assert_eq!(query.cursor, Some((H256::repeat_byte(1), 4)));
		assert_eq!(query.limit, DEFAULT_LIMIT);
		let by_group = parse_event_query(json!({ "group": 0, "series": 1, "limit": 5 })).unwrap();
		assert_eq!((by_group.group, by_group.series, by_group.limit), (Some(0), Some(1), 5));
		assert!(parse_event_query(json!({})).unwrap_err().contains("`agreement` or a `group`"));
		assert!(parse_event_query(json!({ "group": 0, "from": 1 }))
			.unwrap_err()
			.contains("unknown field `from`"));
		assert!(parse_event_query(json!({ "agreement": "0x12" }))
			.unwrap_err()
			.contains("events query: agreement"));
		assert!(parse_event_query(json!([1])).unwrap_err().starts_with("invalid events query"));
	}

	#[test]
	fn dispatch_errors_are_named() {
		let stale: DispatchError = pallet_agreements::Error::<Runtime>::StaleState.into();
		assert_eq!(dispatch_error_text(stale), "Module(Agreements::StaleState)");
		assert_eq!(dispatch_error_text(DispatchError::BadOrigin), "BadOrigin");
		let unknown = DispatchError::Module(sp_runtime::ModuleError {
			index: 250,
			error: [0; 4],
			message: None,
		});
		assert!(dispatch_error_text(unknown).starts_with("Module(ModuleError"));
		let run = DryRun { result: Err(stale), fuel_used: 0, host_calls: 0, tokens: vec![] };
		assert_eq!(
			serde_json::to_value(dry_run_json(run)).unwrap(),
			json!({ "wouldSucceed": false, "error": "Module(Agreements::StaleState)",
					"fuelUsed": 0, "hostCalls": 0, "tokens": [] })
		);
	}

	#[test]
	fn tokens_render_with_behavior_codes_and_classes() {
		let owner = AccountId::new([7; 32]);
		let view = TokenView {
			id: 3,
			class: TokenClass::Series(2),
			owner: H256::repeat_byte(1),
			quantity: u128::MAX,
			state: b"RECORDED".to_vec(),
			behavior: 0b0110,
			parent_event: H256::repeat_byte(2),
			generated_by: H256::repeat_byte(3),
			unique_id: Some(9),
			origin: None,
			attributes: H256::zero(),
			depositor: owner.clone(),
			deposit: 100_000_000_000,
			created: 12,
		};
		let rendered = serde_json::to_value(token_json(view)).unwrap();
		assert_eq!(rendered["class"], json!({ "series": 2 }));
		assert_eq!(rendered["behavior"], json!("0110"));
		assert_eq!(rendered["quantity"], json!(u128::MAX.to_string()));
		assert_eq!(rendered["parentEvent"], json!(format!("0x{}", "02".repeat(32))));
		assert_eq!(rendered["depositor"], json!(ss58(&owner)));
		assert_eq!(rendered["uniqueId"], json!(9));
		assert_eq!(behavior_code(0b1111), "1111");
		assert_eq!(behavior_code(0), "0000");
		assert_eq!(behavior_code(0x20), "00100000");
		let touched =
			TouchedToken { token: 0, class: TokenClass::Membership(1), previous: H256::zero() };
		assert_eq!(
			serde_json::to_value(touched_json(touched)).unwrap(),
			json!({ "token": 0, "class": { "membership": 1 }, "previous": format!("0x{}", "00".repeat(32)) })
		);
		let check = PolicyCheck {
			decodable: true,
			valid: false,
			behavior: 0b1000,
			findings: vec![b"error: both allow".to_vec()],
		};
		assert_eq!(
			serde_json::to_value(policy_check_json(check)).unwrap(),
			json!({ "decodable": true, "valid": false, "behavior": "1000", "findings": ["error: both allow"] })
		);
	}

	#[test]
	fn conditions_round_trip_and_directions_parse() {
		let condition = json!({ "guard": { "<=": [{ "var": "minutes_played" }, 40] }, "variables": ["minutes_played"] });
		let bytes = encode_condition(condition).unwrap();
		let (guard, variables) = <(Expr, Vec<String>)>::decode_all(&mut &bytes[..]).unwrap();
		assert_eq!(variables, vec!["minutes_played".to_string()]);
		assert_eq!(guard, json::compile_str(r#"{"<=": [{"var": "minutes_played"}, 40]}"#).unwrap());
		let decoded = decode_policy(&bytes, "condition").unwrap();
		assert_eq!(decoded["variables"], json!(["minutes_played"]));
		assert_eq!(encode_condition(decoded).unwrap(), bytes);
		// Unknown fields, a missing guard and a guard the compiler refuses are invalid.
		assert!(encode_condition(json!({ "guard": true, "extra": 1 })).is_err());
		assert!(encode_condition(json!({ "variables": [] })).is_err());
		assert!(encode_condition(json!({ "guard": { "<": [1, 0.1234567890123] } })).is_err());
		assert!(decode_policy(&[0xff], "condition").unwrap_err().starts_with("invalid document"));
		assert!(decode_policy(&bytes, "delegation").unwrap_err().contains("\"condition\""));

		assert_eq!(parse_direction(None), Ok(DelegationDirection::Both));
		assert_eq!(parse_direction(Some(" Incoming ")), Ok(DelegationDirection::Incoming));
		assert_eq!(parse_direction(Some("outgoing")), Ok(DelegationDirection::Outgoing));
		assert!(parse_direction(Some("sideways")).unwrap_err().contains("sideways"));
	}

	#[test]
	fn delegations_render_with_their_conditions() {
		let creator = AccountId::new([7; 32]);
		let condition = encode_condition(json!({ "guard": { "==": [1, 1] } })).unwrap();
		let view = DelegationView {
			agreement: H256::repeat_byte(3),
			id: 4,
			root: 1,
			delegator: 1,
			delegate: 2,
			parent: Some(1),
			depth: 2,
			permissions: vec![b"REHAB_SESSION".to_vec(), b"*".to_vec()],
			expires: 900,
			redelegate: false,
			condition: Some(condition),
			creator: creator.clone(),
			deposit: 200_000_000_000,
			live: true,
		};
		let rendered = serde_json::to_value(delegation_json(view)).unwrap();
		assert_eq!(rendered["agreement"], json!(format!("0x{}", "03".repeat(32))));
		assert_eq!(rendered["permissions"], json!(["REHAB_SESSION", "*"]));
		assert_eq!(rendered["parent"], json!(1));
		assert_eq!(rendered["creator"], json!(ss58(&creator)));
		assert_eq!(rendered["deposit"], json!("200000000000"));
		assert_eq!(rendered["condition"]["variables"], json!([]));
		assert_eq!(rendered["live"], json!(true));
	}

	#[test]
	fn undecodable_event_content_is_invalid_params() {
		assert!(parse_event("0x00", "0x00").unwrap_err().starts_with("invalid event content"));
		assert!(parse_event("zz", "0x00").unwrap_err().contains("expected 0x"));
	}
}
