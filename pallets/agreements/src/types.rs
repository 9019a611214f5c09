//! The pallet's stored and submitted types.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::{traits::Verify, MultiSignature};

/// A registered participant, numbered from 0.
pub type ParticipantId = u64;
/// An agreement: `blake2_256` of its terms (see [`AgreementTerms::id`]).
pub type AgreementId = H256;
/// A group, numbered from 0.
pub type GroupId = u64;
/// A series, numbered from 0 across all groups.
pub type SeriesId = u64;
/// A token, numbered from 0.
pub type TokenId = u64;
/// A token quantity.
pub type Quantity = u128;

/// Domain-separation prefixes of everything a key signs. A signature made for one purpose can
/// never be replayed for another.
/// The version in the prefixes lets a later format coexist with this one.
pub mod prefix {
	/// A participant's key proving it belongs to the registering account (with the chain's
	/// genesis hash, so the proof is for this chain only).
	pub const PARTICIPANT: &[u8] = b"arete/agreements/v1/participant";
	/// The hash that is an agreement's id: genesis hash, proposer and terms.
	pub const AGREEMENT: &[u8] = b"arete/agreements/v1/agreement";
	/// A participant consenting to an agreement (the id binds chain and proposer).
	pub const CONSENT: &[u8] = b"arete/agreements/v1/consent";
	/// A producer signing an event's content (its agreement id binds the chain).
	pub const EVENT: &[u8] = b"arete/agreements/v1/event";
	/// A message checked by a guard's `signature_valid`, bound to the event being checked.
	pub const GUARD: &[u8] = b"arete/agreements/v1/guard";
}

/// The largest token quantity and series supply: guards read them as the policy engine's
/// numbers, which end near 1.7 × 10^29.
pub const MAX_QUANTITY: Quantity = 100_000_000_000_000_000_000_000_000_000;

/// What kind of actor a participant is (the seed's four types).
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum ParticipantKind {
	/// An individual: athlete, coach, doctor, fan.
	#[codec(index = 0)]
	User,
	/// An organization: team, league, association, sponsor.
	#[codec(index = 1)]
	Org,
	/// Acts for a user or org with its own authority to sign (non-interactive).
	#[codec(index = 2)]
	Agent,
	/// Acts for a user or org whose own key must sign (interactive).
	#[codec(index = 3)]
	Delegate,
}

/// A participant's public key.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum ParticipantKey {
	/// Schnorrkel (sr25519), the default of Polkadot.js.
	#[codec(index = 0)]
	Sr25519([u8; 32]),
	/// Ed25519.
	#[codec(index = 1)]
	Ed25519([u8; 32]),
	/// ECDSA over secp256k1, compressed; messages are hashed with `blake2_256` before signing
	/// (as Polkadot.js and `sp_core::ecdsa` do).
	#[codec(index = 2)]
	Ecdsa([u8; 33]),
}

impl ParticipantKey {
	/// Whether `signature` is this key's signature of `message`. A signature of another
	/// scheme is invalid.
	pub fn verify(&self, message: &[u8], signature: &MultiSignature) -> bool {
		match (self, signature) {
			(ParticipantKey::Sr25519(key), MultiSignature::Sr25519(sig)) =>
				sig.verify(message, &sr25519::Public::from_raw(*key)),
			(ParticipantKey::Ed25519(key), MultiSignature::Ed25519(sig)) =>
				sig.verify(message, &ed25519::Public::from_raw(*key)),
			(ParticipantKey::Ecdsa(key), MultiSignature::Ecdsa(sig)) =>
				sig.verify(message, &ecdsa::Public::from_raw(*key)),
			_ => false,
		}
	}
}

/// A participant.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Participant<AccountId, Balance> {
	/// The account that registered it, acts for it by extrinsic and holds its deposit.
	pub owner: AccountId,
	/// Its kind.
	pub kind: ParticipantKind,
	/// The key that signs its consents and events.
	pub key: ParticipantKey,
	/// Hash of its name (the name itself stays off chain).
	pub name_hash: H256,
	/// Hash of its metadata.
	pub metadata_hash: H256,
	/// The deposit held from `owner`.
	pub deposit: Balance,
	/// Active or ended (not yet reaped) agreements it is a party to; it cannot retire while
	/// any remain. Proposals do not count, so nobody can pin a participant with one.
	pub agreements: u32,
}

/// What every participant of an agreement consents to. Its hash is the agreement's id, so a
/// consent signature covers exactly these terms.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxParties, MaxName, MaxPolicy))]
pub struct AgreementTerms<BlockNumber, MaxParties: Get<u32>, MaxName: Get<u32>, MaxPolicy: Get<u32>>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Producers: they generate and sign the events.
	pub left: BoundedVec<ParticipantId, MaxParties>,
	/// Validators: they govern through the rules below, and never need to sign events.
	pub right: BoundedVec<ParticipantId, MaxParties>,
	/// The agreement's type, e.g. `employment` (a short tag).
	pub kind: BoundedVec<u8, MaxName>,
	/// The agreement's own lifecycle, a SCALE-encoded `policy_engine::Dfa`. Events move it;
	/// entering a terminal state terminates the agreement. Without one, a validator may
	/// terminate it by extrinsic.
	pub lifecycle: Option<BoundedVec<u8, MaxPolicy>>,
	/// Hash of the agreement's metadata.
	pub metadata_hash: H256,
	/// Lets the same parties make several agreements with otherwise equal terms.
	pub salt: H256,
	/// Consents (signatures or extrinsics) count only until this block; a proposal not
	/// complete by then can be withdrawn, and a reaped agreement's signatures cannot be
	/// replayed after it.
	pub consent_deadline: BlockNumber,
}

impl<B, P, N, L> AgreementTerms<B, P, N, L>
where
	B: Clone + PartialEq + Eq + core::fmt::Debug + Encode,
	P: Get<u32>,
	N: Get<u32>,
	L: Get<u32>,
{
	/// The agreement id on the chain of `genesis` when `proposer` proposes these terms:
	/// `blake2_256(SCALE((prefix::AGREEMENT, genesis, proposer, terms)))`. The proposer is
	/// part of it so nobody can take a proposal's id by proposing its terms first.
	pub fn id<G: Encode, A: Encode>(&self, genesis: &G, proposer: &A) -> AgreementId {
		H256(sp_io::hashing::blake2_256(&(prefix::AGREEMENT, genesis, proposer, self).encode()))
	}

	/// Every distinct party, producers first.
	pub fn parties(&self) -> impl Iterator<Item = ParticipantId> + '_ {
		let left = self.left.iter().copied();
		let right_only = self.right.iter().copied().filter(|p| !self.left.contains(p));
		left.chain(right_only)
	}
}

/// The message a participant signs to consent to an agreement: `SCALE((prefix::CONSENT, id))`.
pub fn consent_message(id: &AgreementId) -> alloc::vec::Vec<u8> {
	(prefix::CONSENT, id).encode()
}

/// Where an agreement stands.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum AgreementStatus<BlockNumber> {
	/// Waiting for consents.
	#[codec(index = 0)]
	Proposed,
	/// Every party consented; events may be submitted.
	#[codec(index = 1)]
	Active,
	/// Ended (its lifecycle reached a terminal state, or a validator terminated it); no more
	/// events. It can be reaped once it owns nothing.
	#[codec(index = 2)]
	Terminated {
		/// When.
		at: BlockNumber,
	},
}

/// An agreement.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxParties, MaxName, MaxPolicy, MaxConsents))]
pub struct Agreement<
	AccountId,
	Balance,
	BlockNumber,
	MaxParties: Get<u32>,
	MaxName: Get<u32>,
	MaxPolicy: Get<u32>,
	MaxConsents: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Its terms.
	pub terms: AgreementTerms<BlockNumber, MaxParties, MaxName, MaxPolicy>,
	/// Who proposed it and holds its deposit.
	pub proposer: AccountId,
	/// The deposit held from the proposer.
	pub deposit: Balance,
	/// Where it stands.
	pub status: AgreementStatus<BlockNumber>,
	/// The parties that have consented (all of them once active): up to both sides' worth.
	pub consented: BoundedVec<ParticipantId, MaxConsents>,
	/// Its lifecycle state (the lifecycle's initial state once active).
	pub state: Option<BoundedVec<u8, MaxName>>,
	/// Tokens it owns, groups it owns, memberships it holds and event records it has:
	/// it cannot be reaped while any remain.
	pub holdings: u32,
	/// When it was proposed.
	pub created: BlockNumber,
}

/// A group: agreements sharing a policy, owned by one agreement.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxPolicy))]
pub struct Group<AccountId, Balance, MaxPolicy: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The agreement that owns and governs it; its validators create series and admit members.
	pub owner: AgreementId,
	/// Its policy, a SCALE-encoded `policy_engine::GroupPolicy` (validated at creation).
	pub policy: BoundedVec<u8, MaxPolicy>,
	/// Hash of its name.
	pub name_hash: H256,
	/// Who created it and holds its deposit.
	pub depositor: AccountId,
	/// The deposit.
	pub deposit: Balance,
	/// Its series.
	pub series: u32,
	/// Its memberships (pending or active), the owner's included.
	pub members: u32,
}

/// A series: an activity type inside a group, with a policy composing with the group's.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxPolicy))]
pub struct Series<AccountId, Balance, MaxPolicy: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Its group.
	pub group: GroupId,
	/// Its policy, a SCALE-encoded `policy_engine::SeriesPolicy` (validated with the group's).
	pub policy: BoundedVec<u8, MaxPolicy>,
	/// The behaviour of every token of the series: the seed's 4 bits
	/// `[group fungible, series fungible, allow increase, allow decrease]`, fixed at creation.
	pub behavior: u8,
	/// Hash of its name.
	pub name_hash: H256,
	/// Who created it and holds its deposit.
	pub depositor: AccountId,
	/// The deposit.
	pub deposit: Balance,
	/// The quantity of all its live tokens.
	pub supply: Quantity,
	/// Its live tokens.
	pub tokens: u32,
}

/// Whether a membership is waiting for the group owner or live.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum MembershipStatus {
	/// Requested by the member agreement, not yet admitted.
	#[codec(index = 0)]
	Pending,
	/// Admitted; the membership token is live.
	#[codec(index = 1)]
	Active,
}

/// An agreement's membership of a group.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Membership<AccountId, Balance> {
	/// Pending or active.
	pub status: MembershipStatus,
	/// The membership token, once active.
	pub token: Option<TokenId>,
	/// Who requested it and holds its deposit.
	pub depositor: AccountId,
	/// The deposit.
	pub deposit: Balance,
}

/// What a token belongs to.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum TokenClass {
	/// A token of a series, minted by an event under the series' policy.
	#[codec(index = 0)]
	Series(SeriesId),
	/// A group membership token (behaviour `0000`, state `ACTIVE`), minted on admission and
	/// burned when the member leaves.
	#[codec(index = 1)]
	Membership(GroupId),
}

/// A token: the crystallized state of an event stream.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName))]
pub struct Token<AccountId, Balance, BlockNumber, MaxName: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Its series, or the group it is a membership of.
	pub class: TokenClass,
	/// The agreement that owns it.
	pub owner: AgreementId,
	/// Its quantity (1 for a non-fungible token unless its behaviour lets it change).
	pub quantity: Quantity,
	/// Its lifecycle state.
	pub state: BoundedVec<u8, MaxName>,
	/// The 4 behaviour bits (see [`Series::behavior`]).
	pub behavior: u8,
	/// The hash of the last event that changed it: its own hash chain.
	pub parent_event: H256,
	/// The hash of the event that created it (zero for membership tokens).
	pub generated_by: H256,
	/// The edition of a non-fungible token, unique in its series.
	pub unique_id: Option<u64>,
	/// The token it was split from (its history continues there).
	pub origin: Option<TokenId>,
	/// Hash of its attributes (the attributes stay off chain).
	pub attributes: H256,
	/// Who paid its deposit.
	pub depositor: AccountId,
	/// The deposit.
	pub deposit: Balance,
	/// When it was created.
	pub created: BlockNumber,
}

/// What an event does to tokens and to its agreement, each checked against the rules.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName))]
pub enum Effect<MaxName: Get<u32>> {
	/// Create a token of `series`, owned by the event's agreement, through a creation
	/// transition of the series' DFA on the event's activity type that enters `to`.
	#[codec(index = 0)]
	Mint {
		/// The series.
		series: SeriesId,
		/// Its quantity.
		quantity: Quantity,
		/// The edition, required for non-fungible series and unique in the series.
		unique_id: Option<u64>,
		/// Hash of its attributes.
		attributes: H256,
		/// The state the producers expect it to enter.
		to: BoundedVec<u8, MaxName>,
	},
	/// Move a token of the event's agreement from `from` to `to` through the DFA transition
	/// on the event's activity type. `from` must be its current state (else `StaleState`).
	#[codec(index = 1)]
	Transition {
		/// The token.
		token: TokenId,
		/// Its state as the producers saw it.
		from: BoundedVec<u8, MaxName>,
		/// The state they expect.
		to: BoundedVec<u8, MaxName>,
	},
	/// Set a token's quantity, where its behaviour allows the increase or decrease and the
	/// group's and series' validation rules hold. Zero burns it.
	#[codec(index = 2)]
	Adjust {
		/// The token.
		token: TokenId,
		/// Its quantity as the producers saw it (else `StaleState`).
		from: Quantity,
		/// Its new quantity.
		to: Quantity,
	},
	/// Move the agreement's own lifecycle from `from` to `to`.
	#[codec(index = 3)]
	Lifecycle {
		/// Its state as the producers saw it.
		from: BoundedVec<u8, MaxName>,
		/// The state they expect.
		to: BoundedVec<u8, MaxName>,
	},
}

/// The content producers sign: one event of one activity stream of one agreement.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName, MaxData, MaxEffects, MaxRefs))]
pub struct EventContent<MaxName: Get<u32>, MaxData: Get<u32>, MaxEffects: Get<u32>, MaxRefs: Get<u32>> {
	/// The agreement.
	pub agreement: AgreementId,
	/// The activity type: names the stream and is the DFA event type, e.g. `GAME_PERFORMANCE`.
	pub activity: BoundedVec<u8, MaxName>,
	/// Hash of the stream's previous event (zero for the first).
	pub parent: H256,
	/// Position in the stream, from 1.
	pub ordinal: u64,
	/// When the producers made it (Unix milliseconds; informative, the guards see the chain's
	/// time as `current_time`).
	pub timestamp: u64,
	/// The public data the guards read: a SCALE-encoded `policy_engine::Value` object.
	pub data: BoundedVec<u8, MaxData>,
	/// Hash of the sensitive data, which stays off chain.
	pub sensitive_hash: H256,
	/// Tokens the event refers to without changing them: each must exist, and guards read
	/// them as `references` (an array of token ids).
	pub references: BoundedVec<TokenId, MaxRefs>,
	/// What it does.
	pub effects: BoundedVec<Effect<MaxName>, MaxEffects>,
}

impl<N: Get<u32>, D: Get<u32>, E: Get<u32>, R: Get<u32>> EventContent<N, D, E, R> {
	/// The event's hash: `blake2_256(SCALE((prefix::EVENT, content)))`, which is also the
	/// message every producer signs.
	pub fn hash(&self) -> H256 {
		H256(sp_io::hashing::blake2_256(&self.signing_payload()))
	}

	/// The bytes that are hashed: `SCALE((prefix::EVENT, content))`.
	pub fn signing_payload(&self) -> alloc::vec::Vec<u8> {
		(prefix::EVENT, self).encode()
	}
}

/// One producer's signature of an event.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ProducerProof {
	/// The producer.
	pub participant: ParticipantId,
	/// The signature of the event hash: by the producer's key, or, with `delegation`, by the
	/// key of the `Agent` that delegation chain ends at.
	pub signature: MultiSignature,
	/// A chain of the event's agreement, from the producer to the signing agent, that grants
	/// the event's activity type.
	pub delegation: Option<DelegationId>,
}

/// The head of an activity stream's hash chain.
#[derive(
	Clone, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct StreamHead {
	/// Hash of its last event.
	pub last: H256,
	/// Ordinal of its last event.
	pub ordinal: u64,
}

/// A recorded event: its hash and where it sits, for queries and hash-chain verification.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName, MaxEffects))]
pub struct EventRecord<AccountId, Balance, BlockNumber, MaxName: Get<u32>, MaxEffects: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Its hash.
	pub hash: H256,
	/// Its parent in the stream.
	pub parent: H256,
	/// The activity type.
	pub activity: BoundedVec<u8, MaxName>,
	/// Its ordinal in the stream.
	pub ordinal: u64,
	/// The producers' timestamp.
	pub timestamp: u64,
	/// Hash of the sensitive data.
	pub sensitive_hash: H256,
	/// The block it was recorded in.
	pub block: BlockNumber,
	/// Tokens it created or changed, in effect order, each with its previous link.
	pub tokens: BoundedVec<TouchedToken, MaxEffects>,
	/// Guard fuel it used.
	pub fuel: u64,
	/// Who submitted it and holds its deposit.
	pub submitter: AccountId,
	/// The deposit.
	pub deposit: Balance,
}

/// A token an event created or changed: the link of that token's own hash chain.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct TouchedToken {
	/// The token.
	pub token: TokenId,
	/// Its series or group (kept after the token is burned, for queries by series).
	pub class: TokenClass,
	/// The token's `parent_event` before this event: the previous link of its chain (zero
	/// for the event that minted it).
	pub previous: H256,
}

/// An agreement's event count in the current rate window.
#[derive(
	Clone, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct RateWindow<BlockNumber> {
	/// The block the window started.
	pub start: BlockNumber,
	/// Events in it.
	pub events: u32,
}

/// The seed's five authenticated tries of an agreement. They are key ranges of the agreement's
/// one child trie (see `features/state.rs` and the README's *Authenticated state*): a key is
/// the 32-byte agreement id, the trie's byte, then the item's key.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Trie {
	/// Delegations the agreement gave or holds.
	#[codec(index = 0)]
	Permissions = 0,
	/// Its memberships: group id → `Membership`.
	#[codec(index = 1)]
	Relationships = 1,
	/// Its activity streams: activity → `StreamHead`; (activity, ordinal) → event hash.
	#[codec(index = 2)]
	Activities = 2,
	/// Its tokens: token id → `Token`.
	#[codec(index = 3)]
	Assets = 3,
	/// Groups and series it owns: `(0, group id)` → [`GroupDigest`]; `(1, series id)` →
	/// [`SeriesDigest`].
	#[codec(index = 4)]
	Group = 4,
}

impl Trie {
	/// Every trie, in byte order.
	pub const ALL: [Trie; 5] =
		[Trie::Permissions, Trie::Relationships, Trie::Activities, Trie::Assets, Trie::Group];

	/// The trie whose keys start with `byte`.
	pub fn from_byte(byte: u8) -> Option<Trie> {
		Trie::ALL.into_iter().find(|trie| *trie as u8 == byte)
	}
}

/// What a group's owner agreement commits to about it (its policy by hash: the document is
/// in `Groups`).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct GroupDigest {
	/// `blake2_256` of its policy document.
	pub policy_hash: H256,
	/// Hash of its name.
	pub name_hash: H256,
	/// Its series.
	pub series: u32,
	/// Its memberships (pending or active), the owner's included.
	pub members: u32,
}

/// What a series' owner agreement (its group's owner) commits to about it.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct SeriesDigest {
	/// Its group.
	pub group: GroupId,
	/// `blake2_256` of its policy document.
	pub policy_hash: H256,
	/// Its tokens' behaviour bits.
	pub behavior: u8,
	/// Hash of its name.
	pub name_hash: H256,
	/// The quantity of all its live tokens.
	pub supply: Quantity,
	/// Its live tokens.
	pub tokens: u32,
}

/// An agreement as queries show it (no bounded types: client-facing and stable).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AgreementView<AccountId, Balance, BlockNumber> {
	/// Its id.
	pub id: AgreementId,
	/// Producers.
	pub left: alloc::vec::Vec<ParticipantId>,
	/// Validators.
	pub right: alloc::vec::Vec<ParticipantId>,
	/// Its type.
	pub kind: alloc::vec::Vec<u8>,
	/// Its lifecycle document, if any.
	pub lifecycle: Option<alloc::vec::Vec<u8>>,
	/// Hash of its metadata.
	pub metadata_hash: H256,
	/// Its salt.
	pub salt: H256,
	/// Its consent deadline.
	pub consent_deadline: BlockNumber,
	/// Its proposer.
	pub proposer: AccountId,
	/// Its deposit.
	pub deposit: Balance,
	/// Where it stands.
	pub status: AgreementStatus<BlockNumber>,
	/// Parties that consented.
	pub consented: alloc::vec::Vec<ParticipantId>,
	/// Its lifecycle state.
	pub state: Option<alloc::vec::Vec<u8>>,
	/// What it holds.
	pub holdings: u32,
	/// When it was proposed.
	pub created: BlockNumber,
	/// Its streams: activity type and head.
	pub streams: alloc::vec::Vec<(alloc::vec::Vec<u8>, StreamHead)>,
}

/// A group as queries show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct GroupView<AccountId, Balance> {
	/// Its id.
	pub id: GroupId,
	/// Its owner agreement.
	pub owner: AgreementId,
	/// Its policy document.
	pub policy: alloc::vec::Vec<u8>,
	/// Hash of its name.
	pub name_hash: H256,
	/// Its creator.
	pub depositor: AccountId,
	/// Its deposit.
	pub deposit: Balance,
	/// Its series.
	pub series: alloc::vec::Vec<SeriesId>,
	/// Its members and their status.
	pub members: alloc::vec::Vec<(AgreementId, MembershipStatus)>,
}

/// A series as queries show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SeriesView<AccountId, Balance> {
	/// Its id.
	pub id: SeriesId,
	/// Its group.
	pub group: GroupId,
	/// Its policy document.
	pub policy: alloc::vec::Vec<u8>,
	/// Its tokens' behaviour bits.
	pub behavior: u8,
	/// Hash of its name.
	pub name_hash: H256,
	/// Its creator.
	pub depositor: AccountId,
	/// Its deposit.
	pub deposit: Balance,
	/// Quantity of its live tokens.
	pub supply: Quantity,
	/// Its live tokens.
	pub tokens: u32,
}

/// A token as queries show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct TokenView<AccountId, Balance, BlockNumber> {
	/// Its id.
	pub id: TokenId,
	/// Its series or group.
	pub class: TokenClass,
	/// Its owner agreement.
	pub owner: AgreementId,
	/// Its quantity.
	pub quantity: Quantity,
	/// Its state.
	pub state: alloc::vec::Vec<u8>,
	/// Its behaviour bits.
	pub behavior: u8,
	/// The last event that changed it.
	pub parent_event: H256,
	/// The event that created it.
	pub generated_by: H256,
	/// Its edition.
	pub unique_id: Option<u64>,
	/// The token it was split from.
	pub origin: Option<TokenId>,
	/// Hash of its attributes.
	pub attributes: H256,
	/// Who paid its deposit.
	pub depositor: AccountId,
	/// Its deposit.
	pub deposit: Balance,
	/// When it was created.
	pub created: BlockNumber,
}

/// A recorded event as queries show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct EventView<AccountId, Balance, BlockNumber> {
	/// Its agreement.
	pub agreement: AgreementId,
	/// Its sequence number in the agreement.
	pub seq: u64,
	/// Its hash.
	pub hash: H256,
	/// Its stream parent.
	pub parent: H256,
	/// Its activity type.
	pub activity: alloc::vec::Vec<u8>,
	/// Its ordinal in the stream.
	pub ordinal: u64,
	/// The producers' timestamp.
	pub timestamp: u64,
	/// Hash of the sensitive data.
	pub sensitive_hash: H256,
	/// The block it was recorded in.
	pub block: BlockNumber,
	/// The tokens it created or changed.
	pub tokens: alloc::vec::Vec<TouchedToken>,
	/// Guard fuel used.
	pub fuel: u64,
	/// Its submitter.
	pub submitter: AccountId,
	/// Its deposit.
	pub deposit: Balance,
}

/// A token's history: its events newest first, back along its own hash chain.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct TokenHistory<AccountId, Balance, BlockNumber> {
	/// The token, if it exists.
	pub token: Option<TokenView<AccountId, Balance, BlockNumber>>,
	/// Its events, newest first (a split token's continue with its origin's).
	pub events: alloc::vec::Vec<EventView<AccountId, Balance, BlockNumber>>,
	/// The chain reached the event that minted it.
	pub complete: bool,
	/// Every link checked: each event's recorded hash is where the next newer one pointed.
	pub linked: bool,
}

/// Which events to list.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct EventQuery<BlockNumber> {
	/// Events of this agreement; without one, of the members of `group`.
	pub agreement: Option<AgreementId>,
	/// Events touching tokens of this group (required without `agreement`).
	pub group: Option<GroupId>,
	/// Events touching tokens of this series.
	pub series: Option<SeriesId>,
	/// Events of this activity type.
	pub activity: Option<alloc::vec::Vec<u8>>,
	/// Recorded at or after this block.
	pub from_block: Option<BlockNumber>,
	/// Recorded at or before this block.
	pub to_block: Option<BlockNumber>,
	/// Where to start: the `next` of the previous page.
	pub cursor: Option<(AgreementId, u64)>,
	/// At most this many events (and at most a fixed number of records scanned).
	pub limit: u32,
}

/// A page of events.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct EventPage<AccountId, Balance, BlockNumber> {
	/// The events, oldest first within each agreement.
	pub events: alloc::vec::Vec<EventView<AccountId, Balance, BlockNumber>>,
	/// Where the next page starts, if there is more.
	pub next: Option<(AgreementId, u64)>,
}

/// The policy engine's verdict on policy documents.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PolicyCheck {
	/// The documents decode.
	pub decodable: bool,
	/// No finding is an error.
	pub valid: bool,
	/// The resolved behaviour bits of the series' (or group's) tokens.
	pub behavior: u8,
	/// The findings, as text, each with its severity: `error: …`, `warning: …`, `info: …`.
	pub findings: alloc::vec::Vec<alloc::vec::Vec<u8>>,
}

/// What an event would do.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct DryRun {
	/// It would succeed (else the error, SCALE-encoded `DispatchError`).
	pub result: Result<(), sp_runtime::DispatchError>,
	/// Guard fuel it would use.
	pub fuel_used: u64,
	/// Host calls its guards would make.
	pub host_calls: u32,
	/// Tokens it would create or change.
	pub tokens: alloc::vec::Vec<TouchedToken>,
}

impl DryRun {
	/// An event that would fail with `error`, having changed nothing.
	pub fn failed(error: sp_runtime::DispatchError) -> DryRun {
		DryRun { result: Err(error), fuel_used: 0, host_calls: 0, tokens: alloc::vec::Vec::new() }
	}
}

/// A delegation's number within its agreement.
pub type DelegationId = u32;

/// The permission that covers every other: it may be delegated only by a holder of it.
pub const ANY_PERMISSION: &[u8] = b"*";

/// One link of a delegation chain, scoped to one agreement: `delegator` grants `delegate`
/// `permissions` in that agreement until `expires`. A link from a party of the agreement is a
/// chain's root (`parent: None`); a link from a delegate extends the chain that reached it
/// (`parent`), within that link's permissions and expiry, while the chain is at most
/// `MaxDelegationDepth` long.
///
/// A permission is an activity type whose events an `Agent` delegate may sign in the
/// principal's place, or a right that guards check with `has_permission`.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName, MaxPermissions))]
pub struct Delegation<AccountId, Balance, BlockNumber, MaxName: Get<u32>, MaxPermissions: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Its number in the agreement.
	pub id: DelegationId,
	/// The party of the agreement its chain starts at (its own delegator for a root).
	pub root: ParticipantId,
	/// Who grants: a party of the agreement (root), or the delegate of `parent`.
	pub delegator: ParticipantId,
	/// Who receives.
	pub delegate: ParticipantId,
	/// The link it extends, `None` for a root.
	pub parent: Option<DelegationId>,
	/// Links from the root to this one, this one included (1 for a root).
	pub depth: u32,
	/// What it grants; [`ANY_PERMISSION`] grants everything.
	pub permissions: BoundedVec<BoundedVec<u8, MaxName>, MaxPermissions>,
	/// The first block at which it no longer holds.
	pub expires: BlockNumber,
	/// Whether the delegate may extend the chain.
	pub redelegate: bool,
	/// Whether a guard condition (stored apart) must hold for each event it authorises.
	pub conditioned: bool,
	/// The account that created it and holds its deposit (the delegator's owner). It, and the
	/// creators of the links above, may revoke it.
	pub creator: AccountId,
	/// The deposit held from `creator`.
	pub deposit: Balance,
}

impl<AccountId, Balance, BlockNumber, MaxName, MaxPermissions>
	Delegation<AccountId, Balance, BlockNumber, MaxName, MaxPermissions>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxName: Get<u32>,
	MaxPermissions: Get<u32>,
{
	/// Whether it grants `permission`.
	pub fn grants(&self, permission: &[u8]) -> bool {
		self.permissions.iter().any(|p| p.as_slice() == permission || p.as_slice() == ANY_PERMISSION)
	}
}

/// The delegations of one agreement, read and written as one value: checking a chain, or
/// `has_permission`, costs one storage read however deep the chain.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxName, MaxPermissions, MaxLinks))]
pub struct DelegationSet<
	AccountId,
	Balance,
	BlockNumber,
	MaxName: Get<u32>,
	MaxPermissions: Get<u32>,
	MaxLinks: Get<u32>,
> where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The next delegation number.
	pub next: DelegationId,
	/// The links not yet revoked or reaped (expired ones included until reaped).
	pub links: BoundedVec<Delegation<AccountId, Balance, BlockNumber, MaxName, MaxPermissions>, MaxLinks>,
}

impl<AccountId, Balance, BlockNumber, MaxName, MaxPermissions, MaxLinks> Default
	for DelegationSet<AccountId, Balance, BlockNumber, MaxName, MaxPermissions, MaxLinks>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxName: Get<u32>,
	MaxPermissions: Get<u32>,
	MaxLinks: Get<u32>,
{
	fn default() -> Self {
		DelegationSet { next: 0, links: BoundedVec::new() }
	}
}

impl<AccountId, Balance, BlockNumber, MaxName, MaxPermissions, MaxLinks>
	DelegationSet<AccountId, Balance, BlockNumber, MaxName, MaxPermissions, MaxLinks>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxName: Get<u32>,
	MaxPermissions: Get<u32>,
	MaxLinks: Get<u32>,
{
	/// The link numbered `id`.
	pub fn get(
		&self,
		id: DelegationId,
	) -> Option<&Delegation<AccountId, Balance, BlockNumber, MaxName, MaxPermissions>> {
		self.links.iter().find(|link| link.id == id)
	}

	/// `id` and every link that extends it, directly or not. Children always have higher
	/// numbers than their parents, so one pass in number order finds them all.
	pub fn subtree(&self, id: DelegationId) -> alloc::vec::Vec<DelegationId> {
		let mut found = alloc::vec![id];
		let mut ordered: alloc::vec::Vec<_> = self.links.iter().collect();
		ordered.sort_by_key(|link| link.id);
		for link in ordered {
			if link.parent.is_some_and(|parent| found.contains(&parent)) {
				found.push(link.id);
			}
		}
		found
	}
}

/// Which delegations of a participant a query wants.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum DelegationDirection {
	/// Those it received.
	#[codec(index = 0)]
	Incoming,
	/// Those it granted.
	#[codec(index = 1)]
	Outgoing,
	/// Both.
	#[codec(index = 2)]
	Both,
}

/// A delegation as queries show it, with whether it holds now.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct DelegationView<AccountId, Balance, BlockNumber> {
	/// Its agreement.
	pub agreement: AgreementId,
	/// Its number in the agreement.
	pub id: DelegationId,
	/// The party its chain starts at.
	pub root: ParticipantId,
	/// Who grants.
	pub delegator: ParticipantId,
	/// Who receives.
	pub delegate: ParticipantId,
	/// The link it extends.
	pub parent: Option<DelegationId>,
	/// Its depth (1 for a root).
	pub depth: u32,
	/// What it grants.
	pub permissions: alloc::vec::Vec<alloc::vec::Vec<u8>>,
	/// The first block at which it no longer holds.
	pub expires: BlockNumber,
	/// Whether the delegate may extend it.
	pub redelegate: bool,
	/// Its guard condition document, if any.
	pub condition: Option<alloc::vec::Vec<u8>>,
	/// Who holds its deposit.
	pub creator: AccountId,
	/// The deposit.
	pub deposit: Balance,
	/// Whether it and every link above it hold at the queried block.
	pub live: bool,
}
