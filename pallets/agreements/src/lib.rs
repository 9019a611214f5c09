//! # Agreements pallet
//!
//! Tokenized event streams: participants make producer/validator agreements; producers sign
//! events off chain; anyone submits them; the runtime checks every producer signature, the
//! stream's hash chain, the DFA transition and its JsonLogic guard (through `policy-engine`,
//! with the guard's fuel charged as weight) and then creates or changes tokens
//! deterministically. Validators govern through the rules they agreed to, never by signing
//! events.
//!
//! ## Participants
//!
//! [`Pallet::register_participant`] binds a key (sr25519, ed25519 or ECDSA) to the calling
//! account, with a kind (`User`, `Org`, `Agent`, `Delegate`) and name and metadata hashes,
//! holding [`Config::ParticipantDeposit`]. The key proves it consents by signing
//! `SCALE((b"arete/agreements/participant", account, kind, key))`, so nobody can register
//! another's key; a key belongs to one participant ([`ParticipantByKey`]).
//! [`Pallet::retire_participant`] releases the deposit once it is party to no agreement.
//!
//! ## Agreements
//!
//! An agreement's terms ([`AgreementTerms`]) name its producers (`left`) and validators
//! (`right`), a type, an optional lifecycle DFA, a metadata hash, a salt and a consent
//! deadline; its id is `blake2_256(SCALE((b"arete/agreements/agreement", terms)))`.
//! [`Pallet::propose_agreement`] stores it with the consents given as signatures of
//! `SCALE((b"arete/agreements/consent", id))`, holding [`Config::AgreementDeposit`] from the
//! proposer; parties who did not sign consent with [`Pallet::consent`] from their account.
//! When every party has consented before the deadline, the agreement is `Active` and its
//! lifecycle enters its initial state. A proposal is withdrawn with
//! [`Pallet::withdraw_proposal`]. An agreement ends when an event moves its lifecycle into a
//! terminal state, or, without a lifecycle, when a validator calls
//! [`Pallet::terminate_agreement`]. [`Pallet::reap_agreement`] removes an ended agreement
//! that owns nothing (or a proposal past its deadline) and releases its deposit; the deadline
//! keeps the consent signatures of a reaped agreement from being replayed.
//!
//! ## Groups, series and memberships
//!
//! A validator of an active agreement creates a group it owns ([`Pallet::create_group`]) with
//! a group policy, and series in it ([`Pallet::create_series`]) with series policies; each
//! policy document is `SCALE((policy, declared guard variables))` and is validated by the
//! policy engine (every finding of severity error refuses it). A series' tokens get the seed's
//! 4 behaviour bits `[group fungible, series fungible, allow increase, allow decrease]`, the
//! quantity flags resolved by the group's rule (XOR or AND). Agreements join a group by
//! request ([`Pallet::request_membership`], a party of the joining agreement) and admission
//! ([`Pallet::admit_member`], a validator of the owner agreement), which mints a membership
//! token; [`Pallet::leave_group`] burns it. Only members mint in a group's series.
//!
//! ## Events and tokens
//!
//! [`Pallet::submit_event`] takes an [`EventContent`] and one signature from every producer of
//! its agreement over `SCALE((b"arete/agreements/event", content))`, whose `blake2_256` is the
//! event hash. The stream `(agreement, activity)` must continue: `parent` is the hash of its
//! last event (zero first) and `ordinal` the next number (1 first). Each effect is then checked
//! and applied in order, all or nothing:
//! - `Mint`: a creation transition on the activity in the series' DFA, entering `to`; the
//!   group's and series' validation rules; editions unique in the series;
//! - `Transition`: the DFA step from the token's state (`from`, else `StaleState`) to `to`;
//! - `Adjust`: a quantity change the behaviour bits allow, under the validation rules;
//! - `Lifecycle`: the agreement's own DFA step.
//!
//! Guards read the event's public data (an object) plus the chain's `current_time` (Unix
//! milliseconds), `block`, `activity`, `quantity`, `current_supply`, `token_state` and
//! `token_quantity`; data may not use these keys. They share one fuel budget, the caller's
//! `fuel_limit` (at most [`Config::MaxEventFuel`]); the call's weight is charged for that
//! limit and refunded to the fuel used. An agreement takes at most
//! [`Config::MaxEventsPerWindow`] events per [`Config::RateWindow`] blocks.
//!
//! Tokens move with [`Pallet::transfer_token`] (a whole token to another member of the group,
//! or part of a series-fungible one), [`Pallet::split_token`] and [`Pallet::merge_tokens`]
//! (series-fungible, identical behaviour and state), each called by a producer's account of
//! the owning agreement.
//!
//! ## Delegations
//!
//! [`Pallet::delegate`] adds a link to a chain inside one agreement: a party (the root) or the
//! delegate of an extendable link grants permissions (activity types or rights, `*` for all)
//! until an expiry block, within its own grant, at most [`Config::MaxDelegationDepth`] links
//! deep. An `Agent` at a chain's end signs events of a permitted activity in place of the
//! producer at its root ([`ProducerProof::delegation`]); guards ask `has_permission`. Every
//! use walks the chain to its root, so an expired link, or one removed by
//! [`Pallet::revoke_delegation`] with everything below it, stops the chain at once. Dead links
//! are removed by anyone ([`Pallet::reap_delegation`]).
//!
//! ## Deposits
//!
//! Every stored thing holds a deposit from whoever created it for as long as it lives:
//! participants, agreements, groups and series (plus [`Config::PolicyByteDeposit`] per policy
//! byte), memberships, tokens, event records and delegations. Burning a token releases its deposit; event
//! records are reaped with [`Pallet::reap_events`] once their agreement has ended.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub(crate) mod features;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_delegations;
#[cfg(test)]
mod tests_parties;
#[cfg(test)]
mod tests_state;

pub use features::guards::RESERVED_KEYS;
pub(crate) use features::DelegationRequest;
pub use features::state::{item as state_item, state_child_info, state_key, STATE_TRIE_PREFIX};
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Zero;
	use sp_core::H256;
	use sp_runtime::MultiSignature;

	/// The balance type of the deposits.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A name: activity types, state names, agreement types.
	pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;
	/// A policy document or lifecycle.
	pub type PolicyOf<T> = BoundedVec<u8, <T as Config>::MaxPolicyBytes>;
	/// Agreement terms as stored.
	pub type TermsOf<T> = AgreementTerms<
		BlockNumberFor<T>,
		<T as Config>::MaxParties,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxPolicyBytes,
	>;
	/// An agreement as stored.
	pub type AgreementOf<T> = Agreement<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxParties,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxPolicyBytes,
		PartiesBound<T>,
	>;
	/// A participant as stored.
	pub type ParticipantOf<T> = Participant<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// A group as stored.
	pub type GroupOf<T> =
		Group<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxPolicyBytes>;
	/// A series as stored.
	pub type SeriesOf<T> =
		Series<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxPolicyBytes>;
	/// A membership as stored.
	pub type MembershipOf<T> = Membership<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// A token as stored.
	pub type TokenOf<T> = Token<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxNameLength,
	>;
	/// Event content as signed.
	pub type EventContentOf<T> = EventContent<
		<T as Config>::MaxNameLength,
		<T as Config>::MaxDataBytes,
		<T as Config>::MaxEffects,
		<T as Config>::MaxReferences,
	>;
	/// An event record as stored.
	pub type EventRecordOf<T> = EventRecord<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxEffects,
	>;
	/// Producer signatures of an event.
	pub type ProofsOf<T> = BoundedVec<ProducerProof, <T as Config>::MaxParties>;
	/// A delegation as stored.
	pub type DelegationOf<T> = Delegation<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxPermissions,
	>;
	/// An agreement's delegations as stored.
	pub type DelegationSetOf<T> = DelegationSet<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxPermissions,
		<T as Config>::MaxDelegations,
	>;
	/// The permissions a delegation grants.
	pub type PermissionsOf<T> = BoundedVec<NameOf<T>, <T as Config>::MaxPermissions>;
	/// Consent signatures given with a proposal.
	pub type ConsentsOf<T> = BoundedVec<(ParticipantId, MultiSignature), PartiesBound<T>>;

	/// Both sides of an agreement: `2 × MaxParties`.
	pub struct PartiesBound<T>(core::marker::PhantomData<T>);
	impl<T: Config> Get<u32> for PartiesBound<T> {
		fn get() -> u32 {
			T::MaxParties::get().saturating_mul(2)
		}
	}

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons for which the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A participant's deposit (on its owner).
		ParticipantDeposit,
		/// An agreement's deposit (on its proposer).
		AgreementDeposit,
		/// A group's or series' deposit (on its creator).
		GroupDeposit,
		/// A membership's deposit (on whoever requested it).
		MembershipDeposit,
		/// A token's deposit (on the event's submitter, or the splitter).
		TokenDeposit,
		/// An event record's deposit (on its submitter).
		EventDeposit,
		/// A delegation's deposit (on its delegator's owner).
		DelegationDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The chain's time (milliseconds), which guards read as `current_time`.
		type Time: Time<Moment = u64>;

		/// Weight information.
		type WeightInfo: WeightInfo;

		/// Deposit for a participant.
		#[pallet::constant]
		type ParticipantDeposit: Get<BalanceOf<Self>>;

		/// Deposit for an agreement (proposed or live), besides its lifecycle's bytes.
		#[pallet::constant]
		type AgreementDeposit: Get<BalanceOf<Self>>;

		/// Deposit for a group, besides its policy's bytes.
		#[pallet::constant]
		type GroupDeposit: Get<BalanceOf<Self>>;

		/// Deposit for a series, besides its policy's bytes.
		#[pallet::constant]
		type SeriesDeposit: Get<BalanceOf<Self>>;

		/// Deposit per byte of a policy document or lifecycle.
		#[pallet::constant]
		type PolicyByteDeposit: Get<BalanceOf<Self>>;

		/// Deposit for a membership.
		#[pallet::constant]
		type MembershipDeposit: Get<BalanceOf<Self>>;

		/// Deposit for a token.
		#[pallet::constant]
		type TokenDeposit: Get<BalanceOf<Self>>;

		/// Deposit for an event record.
		#[pallet::constant]
		type EventDeposit: Get<BalanceOf<Self>>;

		/// Most participants on each side of an agreement.
		#[pallet::constant]
		type MaxParties: Get<u32>;

		/// Longest name (activity type, state, agreement type).
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Longest policy document or lifecycle, in bytes.
		#[pallet::constant]
		type MaxPolicyBytes: Get<u32>;

		/// Longest public event data, in bytes.
		#[pallet::constant]
		type MaxDataBytes: Get<u32>;

		/// Most effects of one event.
		#[pallet::constant]
		type MaxEffects: Get<u32>;

		/// Most tokens one event references.
		#[pallet::constant]
		type MaxReferences: Get<u32>;

		/// Most series in a group.
		#[pallet::constant]
		type MaxSeriesPerGroup: Get<u32>;

		/// Most activity streams of one agreement.
		#[pallet::constant]
		type MaxStreams: Get<u32>;

		/// Most guard fuel one event may use.
		#[pallet::constant]
		type MaxEventFuel: Get<u64>;

		/// Length of an agreement's rate window, in blocks.
		#[pallet::constant]
		type RateWindow: Get<BlockNumberFor<Self>>;

		/// Most events of one agreement per rate window (the seed: 100 a minute).
		#[pallet::constant]
		type MaxEventsPerWindow: Get<u32>;

		/// Latest consent deadline a proposal may set, in blocks from its proposal. An ended
		/// agreement is reaped only after its deadline, so this bounds how long it can stay.
		#[pallet::constant]
		type MaxConsentPeriod: Get<BlockNumberFor<Self>>;

		/// Deposit for a delegation, besides its condition's bytes (at `PolicyByteDeposit`).
		#[pallet::constant]
		type DelegationDeposit: Get<BalanceOf<Self>>;

		/// Most delegations of one agreement not yet revoked or reaped. Stored sets are decoded
		/// with it: lowering it (or `MaxPermissions`, `MaxNameLength`) needs a migration.
		#[pallet::constant]
		type MaxDelegations: Get<u32>;

		/// Most of those whose chain starts at any one party: no party can take the whole set.
		#[pallet::constant]
		type MaxDelegationsPerParty: Get<u32>;

		/// Longest delegation chain, root included.
		#[pallet::constant]
		type MaxDelegationDepth: Get<u32>;

		/// Most permissions one delegation grants.
		#[pallet::constant]
		type MaxPermissions: Get<u32>;

		/// Latest expiry a delegation may set, in blocks from its creation.
		#[pallet::constant]
		type MaxDelegationPeriod: Get<BlockNumberFor<Self>>;
	}

	/// Participants.
	#[pallet::storage]
	pub type Participants<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, ParticipantOf<T>>;

	/// The participant each key belongs to.
	#[pallet::storage]
	pub type ParticipantByKey<T: Config> =
		StorageMap<_, Blake2_128Concat, ParticipantKey, ParticipantId>;

	/// The next participant id.
	#[pallet::storage]
	pub type NextParticipantId<T: Config> = StorageValue<_, ParticipantId, ValueQuery>;

	/// Agreements, by id.
	#[pallet::storage]
	pub type Agreements<T: Config> = StorageMap<_, Identity, AgreementId, AgreementOf<T>>;

	/// Groups.
	#[pallet::storage]
	pub type Groups<T: Config> = StorageMap<_, Twox64Concat, GroupId, GroupOf<T>>;

	/// The next group id.
	#[pallet::storage]
	pub type NextGroupId<T: Config> = StorageValue<_, GroupId, ValueQuery>;

	/// Series.
	#[pallet::storage]
	pub type SeriesById<T: Config> = StorageMap<_, Twox64Concat, SeriesId, SeriesOf<T>>;

	/// The series of each group.
	#[pallet::storage]
	pub type SeriesByGroup<T: Config> =
		StorageDoubleMap<_, Twox64Concat, GroupId, Twox64Concat, SeriesId, ()>;

	/// The next series id.
	#[pallet::storage]
	pub type NextSeriesId<T: Config> = StorageValue<_, SeriesId, ValueQuery>;

	/// Memberships: group, member agreement.
	#[pallet::storage]
	pub type Memberships<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		GroupId,
		Identity,
		AgreementId,
		MembershipOf<T>,
	>;

	/// Tokens.
	#[pallet::storage]
	pub type Tokens<T: Config> = StorageMap<_, Twox64Concat, TokenId, TokenOf<T>>;

	/// The next token id.
	#[pallet::storage]
	pub type NextTokenId<T: Config> = StorageValue<_, TokenId, ValueQuery>;

	/// Editions of non-fungible series: series, edition → token.
	#[pallet::storage]
	pub type Editions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SeriesId, Twox64Concat, u64, TokenId>;

	/// Tokens by owner agreement (for queries and reaping checks).
	#[pallet::storage]
	pub type TokensByOwner<T: Config> =
		StorageDoubleMap<_, Identity, AgreementId, Twox64Concat, TokenId, ()>;

	/// Heads of activity streams: agreement, activity type.
	#[pallet::storage]
	pub type Streams<T: Config> = StorageDoubleMap<
		_,
		Identity,
		AgreementId,
		Blake2_128Concat,
		NameOf<T>,
		StreamHead,
	>;

	/// Number of streams of each agreement.
	#[pallet::storage]
	pub type StreamCount<T: Config> = StorageMap<_, Identity, AgreementId, u32, ValueQuery>;

	/// Event records: agreement, sequence number (from 0, across its streams).
	#[pallet::storage]
	pub type EventRecords<T: Config> =
		StorageDoubleMap<_, Identity, AgreementId, Twox64Concat, u64, EventRecordOf<T>>;

	/// Where each recorded event is, by hash: agreement and sequence number.
	#[pallet::storage]
	pub type EventIndex<T: Config> = StorageMap<_, Identity, H256, (AgreementId, u64)>;

	/// Each agreement's event records: the next sequence number and the first not yet reaped.
	#[pallet::storage]
	pub type EventCursor<T: Config> = StorageMap<_, Identity, AgreementId, (u64, u64), ValueQuery>;

	/// Each agreement's current rate window.
	#[pallet::storage]
	pub type RateWindows<T: Config> =
		StorageMap<_, Identity, AgreementId, RateWindow<BlockNumberFor<T>>>;

	/// Each agreement's delegations.
	#[pallet::storage]
	pub type Delegations<T: Config> =
		StorageMap<_, Identity, AgreementId, DelegationSetOf<T>, ValueQuery>;

	/// Guard conditions of delegations: agreement, delegation → `SCALE((guard, declared
	/// variables))`. Apart from [`Delegations`] so that checking a chain reads only the
	/// conditions it needs.
	#[pallet::storage]
	pub type DelegationConditions<T: Config> =
		StorageDoubleMap<_, Identity, AgreementId, Twox64Concat, DelegationId, PolicyOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A participant was registered.
		ParticipantRegistered { id: ParticipantId, owner: T::AccountId, kind: ParticipantKind },
		/// A participant retired; its deposit was released.
		ParticipantRetired { id: ParticipantId },
		/// An agreement was proposed.
		AgreementProposed { id: AgreementId, proposer: T::AccountId },
		/// A party consented.
		Consented { id: AgreementId, participant: ParticipantId },
		/// Every party consented; the agreement is live.
		AgreementActivated { id: AgreementId, state: Option<NameOf<T>> },
		/// A proposal was withdrawn; its deposit was released.
		ProposalWithdrawn { id: AgreementId },
		/// An agreement ended.
		AgreementTerminated { id: AgreementId },
		/// An agreement's lifecycle moved.
		LifecycleMoved { id: AgreementId, from: NameOf<T>, to: NameOf<T> },
		/// An agreement was removed; its deposit was released.
		AgreementReaped { id: AgreementId },
		/// A group was created.
		GroupCreated { id: GroupId, owner: AgreementId },
		/// A series was created.
		SeriesCreated { id: SeriesId, group: GroupId, behavior: u8 },
		/// An agreement asked to join a group.
		MembershipRequested { group: GroupId, agreement: AgreementId },
		/// An agreement joined a group; its membership token was minted.
		MemberAdmitted { group: GroupId, agreement: AgreementId, token: TokenId },
		/// An agreement left a group (or its request was dropped).
		MemberLeft { group: GroupId, agreement: AgreementId },
		/// An event was recorded.
		EventRecorded {
			agreement: AgreementId,
			activity: NameOf<T>,
			ordinal: u64,
			hash: H256,
			fuel: u64,
		},
		/// A token was created.
		TokenMinted { id: TokenId, class: TokenClass, owner: AgreementId, quantity: Quantity },
		/// A token changed state.
		TokenTransitioned { id: TokenId, from: NameOf<T>, to: NameOf<T> },
		/// A token's quantity changed.
		TokenAdjusted { id: TokenId, from: Quantity, to: Quantity },
		/// A token was destroyed; its deposit was released.
		TokenBurned { id: TokenId },
		/// A token (or part of it) moved to another agreement.
		TokenTransferred { id: TokenId, to: AgreementId, quantity: Quantity, new_token: Option<TokenId> },
		/// Part of a token was split into a new token.
		TokenSplit { id: TokenId, new_token: TokenId, quantity: Quantity },
		/// A token was merged into another.
		TokensMerged { into: TokenId, from: TokenId, quantity: Quantity },
		/// Event records of an ended agreement were removed; their deposits were released.
		EventsReaped { agreement: AgreementId, count: u32 },
		/// A series without live tokens was removed; its deposit was released.
		SeriesDestroyed { id: SeriesId },
		/// A group without series or other members was removed; its deposit was released.
		GroupDestroyed { id: GroupId },
		/// A delegation was created.
		Delegated {
			agreement: AgreementId,
			id: DelegationId,
			delegator: ParticipantId,
			delegate: ParticipantId,
			expires: BlockNumberFor<T>,
		},
		/// Delegations were revoked (`id` and the links that extended it); their deposits were
		/// released.
		DelegationRevoked { agreement: AgreementId, id: DelegationId, removed: u32 },
		/// Dead delegations (`id`, expired or of an ended agreement, and the links that
		/// extended it) were removed; their deposits were released.
		DelegationReaped { agreement: AgreementId, id: DelegationId, removed: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A signature does not verify (seed: `INVALID_SIGNATURE`).
		InvalidSignature,
		/// The caller may not act for this agreement, participant or group (seed:
		/// `UNAUTHORIZED`).
		Unauthorized,
		/// No such DFA transition from the state on the activity, or it enters another state
		/// than signed (seed: `INVALID_STATE_TRANSITION`).
		InvalidStateTransition,
		/// A guard or validation rule refused, failed or ran out of fuel, or the behaviour
		/// bits forbid the change (seed: `POLICY_VIOLATION`).
		PolicyViolation,
		/// No such agreement (seed: `AGREEMENT_NOT_FOUND`).
		AgreementNotFound,
		/// No such token (seed: `TOKEN_NOT_FOUND`).
		TokenNotFound,
		/// The event's parent, ordinal, or a token's state or quantity is not the current one
		/// (seed: `STALE_STATE`).
		StaleState,
		/// The agreement reached its event limit for this window (seed: `RATE_LIMITED`).
		RateLimited,
		/// No such participant.
		ParticipantNotFound,
		/// The key already belongs to a participant.
		KeyInUse,
		/// The participant is party to an agreement.
		ParticipantInUse,
		/// An agreement with these terms exists.
		AgreementExists,
		/// A side of the agreement is empty, or a party appears twice on one side.
		InvalidParties,
		/// The consent deadline has passed (or is not in the future at proposal).
		ConsentDeadlinePassed,
		/// The consent deadline has not passed yet.
		ConsentDeadlineNotPassed,
		/// The participant is not a party to the agreement.
		NotAParty,
		/// The party has already consented.
		AlreadyConsented,
		/// The agreement is not waiting for consents.
		NotProposed,
		/// The agreement is not active.
		NotActive,
		/// The agreement has a lifecycle: it ends through its events.
		HasLifecycle,
		/// The agreement still owns tokens, groups, memberships or event records, or has not
		/// ended.
		AgreementInUse,
		/// A policy document or lifecycle does not decode within the engine's limits.
		UndecodablePolicy,
		/// The policy engine found errors in the policy.
		InvalidPolicy,
		/// No such group.
		GroupNotFound,
		/// No such series.
		SeriesNotFound,
		/// The group has `MaxSeriesPerGroup` series.
		TooManySeries,
		/// The agreement is already a member of the group (or has asked to be).
		AlreadyMember,
		/// The agreement is not an active member of the group.
		NotMember,
		/// The owner agreement cannot leave its own group.
		OwnerCannotLeave,
		/// The event's agreement has no such stream and the agreement has `MaxStreams`.
		TooManyStreams,
		/// The submission lacks a producer's signature, or has one of a non-producer.
		MissingProducerSignature,
		/// The fuel limit exceeds `MaxEventFuel`.
		FuelLimitTooHigh,
		/// The event's data is not a decodable object, or uses a reserved key.
		InvalidEventData,
		/// The event has no effect.
		NoEffects,
		/// The token is not owned by the agreement acting on it.
		NotTokenOwner,
		/// Tokens of this behaviour cannot be split, merged or partly transferred, or the two
		/// tokens' behaviours, series or states differ.
		IncompatibleTokens,
		/// A non-fungible series needs an edition, unused in the series.
		InvalidEdition,
		/// A quantity is zero where it may not be, exceeds the token's, or overflows.
		InvalidQuantity,
		/// The token is a membership token.
		MembershipToken,
		/// The series has no DFA (neither its own nor its group's).
		NoLifecycle,
		/// Nothing to reap.
		NothingToReap,
		/// The consent deadline is further than `MaxConsentPeriod` ahead.
		ConsentDeadlineTooFar,
		/// Every id of this kind is used.
		IdsExhausted,
		/// The agreement has several producers: its tokens move only through events they all
		/// sign, not by one producer's extrinsic.
		MultipleProducers,
		/// The series still has live tokens.
		SeriesInUse,
		/// The group still has series or members other than its owner.
		GroupInUse,
		/// The receiving agreement is not active.
		RecipientNotActive,
		/// No such delegation in the agreement, or a link of the chain was revoked.
		DelegationNotFound,
		/// A link of the chain has expired, or the expiry given is not in the future (seed:
		/// `DELEGATION_EXPIRED`).
		DelegationExpired,
		/// The chain does not grant the permission, or a new link would grant more than the
		/// link it extends: a permission it lacks or a later expiry (seed:
		/// `INSUFFICIENT_PERMISSIONS`).
		InsufficientPermissions,
		/// The expiry is further than `MaxDelegationPeriod` ahead.
		DelegationTooLong,
		/// The chain would be longer than `MaxDelegationDepth`.
		DelegationTooDeep,
		/// The agreement has `MaxDelegations` delegations not yet revoked or reaped, or the
		/// chain's root party has `MaxDelegationsPerParty`.
		TooManyDelegations,
		/// A delegation to oneself, without permissions, or with a permission twice.
		InvalidDelegation,
		/// The chain ends at a participant that is not an `Agent`: only agents sign in their
		/// principal's place (a `Delegate`'s proofs come from its principal).
		DelegateCannotSign,
		/// The chain does not start at the producer it signs for, or does not end at the
		/// signer.
		ChainMismatch,
		/// A delegation's guard condition refused the event, failed or ran out of fuel.
		DelegationConditionFailed,
		/// The delegation still holds: it is neither expired nor of an ended agreement.
		DelegationLive,
		/// The link to extend does not allow extending (`redelegate` false).
		NotExtendable,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxEventFuel::get() <= u64::from(u32::MAX),
				"MaxEventFuel must fit the guard_fuel benchmark's u32 component"
			);
			assert!(T::MaxParties::get() > 0 && T::MaxEffects::get() > 0, "empty bounds");
			assert!(T::RateWindow::get() > Zero::zero(), "RateWindow must be positive");
			assert!(
				T::MaxDelegationDepth::get() >= 1 &&
					T::MaxPermissions::get() >= 1 &&
					T::MaxDelegationsPerParty::get() >= 1 &&
					T::MaxDelegationsPerParty::get() <= T::MaxDelegations::get(),
				"delegation bounds: depth, permissions and a party's share at least 1, the share \
				 at most the whole"
			);
			assert!(
				T::MaxDelegationPeriod::get() > Zero::zero(),
				"MaxDelegationPeriod must be positive"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a participant bound to the caller, proven by `key_proof`: the key's
		/// signature of `SCALE((b"arete/agreements/participant", caller, kind, key))`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_participant())]
		pub fn register_participant(
			origin: OriginFor<T>,
			kind: ParticipantKind,
			key: ParticipantKey,
			name_hash: H256,
			metadata_hash: H256,
			key_proof: MultiSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_participant(who, kind, key, name_hash, metadata_hash, key_proof)
		}

		/// Removes the caller's participant, party to no agreement, releasing its deposit.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::retire_participant())]
		pub fn retire_participant(origin: OriginFor<T>, id: ParticipantId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_participant(who, id)
		}

		/// Proposes an agreement with the consent signatures gathered so far.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::propose_agreement(
			terms.left.len().saturating_add(terms.right.len()) as u32,
			terms.lifecycle.as_ref().map_or(0, |l| l.len() as u32),
		))]
		pub fn propose_agreement(
			origin: OriginFor<T>,
			terms: TermsOf<T>,
			consents: ConsentsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_agreement(who, terms, consents)
		}

		/// Consents to an agreement for the caller's participant.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::consent(T::MaxPolicyBytes::get()))]
		pub fn consent(
			origin: OriginFor<T>,
			id: AgreementId,
			participant: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_consent_by_account(who, id, participant)
		}

		/// Withdraws the caller's proposal that is not yet active, releasing its deposit.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_proposal())]
		pub fn withdraw_proposal(origin: OriginFor<T>, id: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_proposal(who, id)
		}

		/// Ends an active agreement without a lifecycle; a validator's account calls it.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::terminate_agreement())]
		pub fn terminate_agreement(
			origin: OriginFor<T>,
			id: AgreementId,
			validator: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_terminate_agreement(who, id, validator)
		}

		/// Removes an ended agreement that owns nothing, or a proposal past its consent
		/// deadline, releasing the proposer's deposit. Anyone may call it.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reap_agreement())]
		pub fn reap_agreement(origin: OriginFor<T>, id: AgreementId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_agreement(id)
		}

		/// Creates a group owned by an active agreement the caller validates.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::create_group(policy.len() as u32))]
		pub fn create_group(
			origin: OriginFor<T>,
			owner: AgreementId,
			validator: ParticipantId,
			policy: PolicyOf<T>,
			name_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_group(who, owner, validator, policy, name_hash)
		}

		/// Creates a series in a group whose owner agreement the caller validates.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::create_series(policy.len() as u32))]
		pub fn create_series(
			origin: OriginFor<T>,
			group: GroupId,
			validator: ParticipantId,
			policy: PolicyOf<T>,
			name_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_series(who, group, validator, policy, name_hash)
		}

		/// Asks for an active agreement the caller is party to to join a group.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::request_membership())]
		pub fn request_membership(
			origin: OriginFor<T>,
			group: GroupId,
			agreement: AgreementId,
			party: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_membership(who, group, agreement, party)
		}

		/// Admits a requesting agreement; a validator of the group's owner agreement calls it.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::admit_member())]
		pub fn admit_member(
			origin: OriginFor<T>,
			group: GroupId,
			agreement: AgreementId,
			validator: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_admit_member(who, group, agreement, validator)
		}

		/// Ends a membership (or drops a request): a party of the member agreement, or a
		/// validator of the owner agreement, calls it. The membership token is burned.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::leave_group())]
		pub fn leave_group(
			origin: OriginFor<T>,
			group: GroupId,
			agreement: AgreementId,
			party: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave_group(who, group, agreement, party)
		}

		/// Records a producer-signed event and applies its effects. Anyone may submit it.
		///
		/// A producer's proof may be an `Agent`'s signature with a delegation chain from the
		/// producer to that agent granting the activity type (see [`Pallet::delegate`]).
		///
		/// The weight is charged for `fuel_limit` (its computation, and a storage read for every
		/// host call it could pay for) and for the longest chains the proofs could name, and
		/// refunded to the fuel, host calls and chain links used.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::event_weight(
			proofs.len() as u32,
			content.effects.len() as u32,
		)
		.saturating_add(Pallet::<T>::chain_weight(Pallet::<T>::max_chain_links(proofs)))
		.saturating_add(Pallet::<T>::max_fuel_weight(*fuel_limit)))]
		pub fn submit_event(
			origin: OriginFor<T>,
			content: EventContentOf<T>,
			proofs: ProofsOf<T>,
			fuel_limit: u64,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let effects = content.effects.len() as u32;
			let signers = proofs.len() as u32;
			let used = Self::do_submit_event(who, content, proofs, fuel_limit)?;
			Ok(Some(
				Self::event_weight(signers, effects)
					.saturating_add(Self::chain_weight(used.links))
					.saturating_add(Self::fuel_weight(used.fuel, u64::from(used.host_calls))),
			)
			.into())
		}

		/// Moves a whole token, or `quantity` of a series-fungible one, to another member of
		/// its group; a producer's account of the owning agreement calls it.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::transfer_token())]
		pub fn transfer_token(
			origin: OriginFor<T>,
			token: TokenId,
			producer: ParticipantId,
			to: AgreementId,
			quantity: Quantity,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer_token(who, token, producer, to, quantity)
		}

		/// Splits `quantity` of a series-fungible token into a new token of the same owner.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::split_token())]
		pub fn split_token(
			origin: OriginFor<T>,
			token: TokenId,
			producer: ParticipantId,
			quantity: Quantity,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_split_token(who, token, producer, quantity)
		}

		/// Merges `from` into `into`: same owner, series, state and behaviour, series-fungible.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::merge_tokens())]
		pub fn merge_tokens(
			origin: OriginFor<T>,
			into: TokenId,
			from: TokenId,
			producer: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_merge_tokens(who, into, from, producer)
		}

		/// Destroys a series token (whatever its behaviour allows events to do), releasing its
		/// deposit: a producer's account of the owning agreement while it is active (one
		/// producer only, as for transfers), any party's once it has ended.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::burn_token())]
		pub fn burn_token(
			origin: OriginFor<T>,
			token: TokenId,
			party: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_burn_token_call(who, token, party)
		}

		/// Removes a series without live tokens; a validator of the group's owner calls it.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::destroy_series())]
		pub fn destroy_series(
			origin: OriginFor<T>,
			series: SeriesId,
			validator: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_destroy_series(who, series, validator)
		}

		/// Removes a group without series or members besides its owner (whose membership
		/// token is burned); a validator of the owner agreement calls it.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::destroy_group())]
		pub fn destroy_group(
			origin: OriginFor<T>,
			group: GroupId,
			validator: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_destroy_group(who, group, validator)
		}

		/// Removes up to `max` of the oldest event records of an ended agreement, releasing
		/// their deposits. Anyone may call it.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::reap_events(*max))]
		pub fn reap_events(origin: OriginFor<T>, agreement: AgreementId, max: u32) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_events(agreement, max)
		}

		/// Grants `delegate` the `permissions` in `agreement` until block `expires`, for
		/// `delegator`, whose owner calls it: a party of the agreement (a chain's root), or, with
		/// `parent`, the delegate of that link extending its chain (within its permissions and
		/// expiry, if it allows extending). With `condition` (`SCALE((guard, declared
		/// variables))`), each event the link authorises must pass that guard. Holds
		/// `DelegationDeposit` plus `PolicyByteDeposit` per condition byte.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::delegate(
			condition.as_ref().map_or(0, |c| c.len() as u32),
		))]
		pub fn delegate(
			origin: OriginFor<T>,
			agreement: AgreementId,
			delegator: ParticipantId,
			delegate: ParticipantId,
			permissions: PermissionsOf<T>,
			expires: BlockNumberFor<T>,
			redelegate: bool,
			condition: Option<PolicyOf<T>>,
			parent: Option<DelegationId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delegate(
				who,
				agreement,
				DelegationRequest { delegator, delegate, permissions, expires, redelegate, parent },
				condition,
			)
		}

		/// Revokes delegation `id` and every link that extends it, at once, releasing their
		/// deposits. Its creator, the creator of a link above it, or its delegate's owner
		/// (renouncing it) calls it.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::revoke_delegation(T::MaxDelegationsPerParty::get()))]
		pub fn revoke_delegation(
			origin: OriginFor<T>,
			agreement: AgreementId,
			id: DelegationId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let removed = Self::do_revoke_delegation(who, agreement, id)?;
			Ok(Some(T::WeightInfo::revoke_delegation(removed)).into())
		}

		/// Removes a dead delegation (expired, or of an agreement no longer active) and the
		/// links that extend it, releasing their deposits. Anyone may call it.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::reap_delegation(T::MaxDelegationsPerParty::get()))]
		pub fn reap_delegation(
			origin: OriginFor<T>,
			agreement: AgreementId,
			id: DelegationId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_reap_delegation(agreement, id)?;
			Ok(Some(T::WeightInfo::reap_delegation(removed)).into())
		}
	}
}
