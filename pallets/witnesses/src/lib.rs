//! # Witnesses pallet
//!
//! The one verification engine of the Arete runtime. Staked witnesses attest, through
//! commit-reveal, to opaque subjects that client pallets (performance, agents, streaming, ...)
//! or any account submit; a stake- and credibility-weighted consensus decides the outcome,
//! which is reported back to the requesting pallet through [`VerificationOutcomeHandler`]
//! (the interface of the `verification-primitives` crate).
//! The pallet never knows what a subject means.
//!
//! ## Witnesses
//!
//! - [`Pallet::register`] holds a bond (at least [`Config::MinimumBond`]) under
//!   [`HoldReason::WitnessBond`] with fungible holds, for a [`Role`] (Spectator, Peer, Coach,
//!   Judge, Oracle) and an optional list of domains served (at most
//!   [`Config::MaxDomainsPerWitness`]; an empty list serves every domain). The bond pays for
//!   the registry entry. [`Pallet::bond_extra`] adds to it.
//! - [`Pallet::unbond`] starts an [`Config::UnbondingPeriod`]; the witness stops being
//!   eligible at once. [`Pallet::withdraw_unbonded`] releases the bond and removes the entry
//!   after the period, once no commitment of the witness awaits finalization (so it can still
//!   be slashed for attestations it made).
//! - A witness whose bond falls below the minimum after a slash is *deactivated*: it is no
//!   longer eligible until `bond_extra` brings the bond back to the minimum (or it unbonds).
//! - Eligible witnesses are indexed per domain (and those serving every domain in a general
//!   list), each list bounded by [`Config::MaxWitnessesPerDomain`] and sorted by bond: a
//!   newcomer whose bond exceeds the bond recorded for the lightest entry of a full list evicts
//!   it ([`Event::WitnessEvicted`]; the evicted witness stays registered and re-enters with a
//!   larger bond), any other gets `DomainFull`. Recorded bonds are refreshed when a bond rises,
//!   not when a slash lowers it. Deactivation leaves the entry in place
//!   (draws skip it) so that finalizations never rewrite these lists; anyone removes it with
//!   [`Pallet::prune_witness`].
//!
//! ## Weight
//!
//! `weight = max(1, bond × role multiplier × credibility)`, computed in `u128` with
//! saturating arithmetic ([`FixedU128`] multiplier, [`Perbill`] credibility). Role multipliers
//! default to 1 and are set by [`Config::RoleOrigin`] through [`Pallet::set_role_multiplier`]
//! (`0 < multiplier <= MaxRoleMultiplier`). The weight is snapshotted when a witness commits,
//! so bonding more after seeing reveals changes nothing.
//!
//! ## Requests
//!
//! Client pallets reach the engine through the interface of `verification-primitives`
//! (re-exported as [`primitives`]): they open requests with
//! [`VerificationProvider::open_request`], read them through
//! [`VerificationProvider::request_view`] (a view built for them, not the stored struct) and
//! receive [`primitives::Outcome`]s through [`VerificationOutcomeHandler`]. For them the engine
//! offers panels it draws, never from the requester or the accounts the client excludes (the
//! subject's owner and its delegates), and panels named by an independent party (neither the
//! naming party nor a member may be the requester or excluded); outcomes of named panels carry
//! `Resolution::NamedPanel`, which moves no value. Client quorums need at least
//! [`Config::MinQuorumWeight`] of revealed weight. Clients may also open optimistic claims
//! (a claim with a bond that stands after its liveness window unless someone disputes it with
//! a matching bond; a dispute goes to a drawn panel and the side it decides against pays; see
//! `features/claims.rs` and the README). Each panel round of a client request is tallied at its
//! reveal deadline and may be appealed within the client's appeal window ([`Pallet::appeal`]:
//! a drawn panel of `2n + 1` seats decides again, at most [`Config::MaxAppealRounds`] times);
//! the request is final once a window passes without appeal, and every round's members are
//! settled against the final decision (`features/appeals.rs`, `features/finalization.rs`, the
//! README). Outcomes of the claims domain go to no client.
//!
//! Any account may open a request on a claim hash in the [`Config::ClaimsDomain`] with
//! [`Pallet::open_claim_request`]. The engine's own [`RequestParams`] carry the quorum (minimum revealed count
//! and weight), the approval threshold, commit and reveal periods (durations in blocks), the
//! reward, an optional score range and the panel: `Open` (any eligible witness), `Named`
//! (listed witnesses) or `RandomDraw(n)` (`n` seats drawn later, see below). The reward is held
//! from the requester under [`HoldReason::RequestReward`] and [`Config::RequestDeposit`] under
//! [`HoldReason::RequestDeposit`] for the request's storage; both are released or paid out at
//! finalization. Before the first commit, the requester may cancel a claim request with
//! [`Pallet::cancel_request`]: everything is released while nobody knows the panel (an open
//! panel, or a drawn one before its draw); once it is known the reward is forfeited to its
//! members and the deposit to [`Config::SlashDestination`]. Requests of client pallets are
//! cancelled only by their pallet, through [`VerificationProvider::cancel_request`], so that
//! the client's own state (e.g. a pending performance) never loses its request.
//!
//! ## Drawn panels
//!
//! A drawn panel is drawn from a seed that did not exist when its request was opened, over a
//! roster frozen before that seed existed:
//! - [`Pallet::rotate_roster`] (anyone, at most once per [`Config::RosterPeriod`]) copies the
//!   domain's active witnesses (its list and the general list) with their weights into a new
//!   roster era ([`Rosters`]); the first roster of a domain holds [`Config::RosterDeposit`]
//!   until [`Pallet::retire_roster`]. A request records the era current at opening
//!   (`NoRoster` if there is none); a roster lives while requests wait to be drawn from it.
//! - `on_initialize` mixes the parent block's VRF output ([`Config::DrawRandomness`]) into
//!   [`Entropy`] and keeps it as the seed of blocks draws wait for ([`DrawSeeds`]). A request
//!   opened in block `O` is drawn from the seed of `O + DrawDelay`, which depends on VRF
//!   outputs that did not exist when the request was signed.
//! - From its seed block on, the idle hook or anyone ([`Pallet::advance`]) draws the panel
//!   ([`Event::PanelDrawn`]): `n` independent seats, each going to a roster candidate (never
//!   the requester or the client's excluded accounts) with probability proportional to its
//!   roster weight, so one witness may hold several seats. The commit and reveal windows count
//!   from the draw; commits before it fail `NotDrawn`.
//! - On a drawn panel votes count per seat (verdict, score, reward) and slashes are the slash
//!   fraction times the seats (at most the whole bond); the quorum counts revealed seats and,
//!   for `min_weight`, each revealing witness's weight once.
//!
//! ## Commit-reveal
//!
//! During the commit phase (`start <= now <= commit_deadline`, `commit_deadline = start +
//! commit_period`, `start` the opening block, or the draw's block for a drawn panel) an
//! eligible witness commits
//!
//! ```text
//! commitment = blake2_256(SCALE_encode((
//!     *b"arete:commit:v1:", domain: [u8; 8], id: u64, witness: AccountId,
//!     verdict: bool, score: Option<u32>, salt: [u8; 32],
//! )))
//! ```
//!
//! i.e. the 256-bit BLAKE2b hash of the concatenation of: the 16 ASCII bytes
//! `arete:commit:v1:`; the request's 8-byte domain; the request id as 8 little-endian bytes;
//! the committing witness's account (the 32 raw bytes of an `AccountId32`); one byte
//! `0x00`/`0x01` for the verdict (rejected/approved); `0x00` for no score or `0x01` followed by
//! the score as 4 little-endian bytes; the 32 raw salt bytes (no length prefix). The
//! commitment is bound to the domain, the request and the witness, so another witness cannot
//! copy it and replay its reveal, and it verifies on no other request.
//! [`Pallet::commitment_of`] computes it with [`verification_primitives::commitment_hash`];
//! the pallet's README has a worked example. Use a fresh random salt for every request: a
//! revealed salt lets anyone test the possible votes of another commitment made with it.
//!
//! Eligible means: registered, `Active`, serving the request's domain (or every domain), on
//! the panel if the panel is named or drawn, and not the requester. At most
//! [`Config::MaxWitnessesPerRequest`] witnesses commit to one request.
//!
//! During the reveal phase (`commit_deadline < now <= reveal_deadline`) the witness reveals
//! `(verdict, score, salt)`; a mismatch fails with `CommitmentMismatch`. A request with a
//! score range requires a score in range; a request without one requires no score. A witness
//! who committed but did not reveal (for any reason) is penalized at finalization.
//!
//! ## Consensus
//!
//! At finalization, over the revealed attestations:
//! - *Quorum*: revealed count `>= min_witnesses` and revealed weight `>= min_weight`;
//!   otherwise the outcome is `Inconclusive`.
//! - *Verdict*: `Approved` iff `approving weight >= approval_threshold × revealed weight`
//!   (rounded up), so a ratio exactly at the threshold approves; otherwise `Rejected`.
//! - *Score* (requests with a score range): the weighted lower median `m` of all revealed
//!   scores (the smallest score at which the cumulative weight reaches half the total) is
//!   computed; scores further than `ScoreClipRange × (max - min)` from `m` are outliers and
//!   are dropped; the consensus score is the weighted lower median of the remaining scores.
//! - A revealed witness *agrees* iff its verdict matches the conclusive verdict and its score
//!   (if any) is not an outlier; otherwise it *dissents*.
//!
//! ## Credibility, rewards and slashing
//!
//! - Credibility starts at [`Config::InitialCredibility`] and moves as
//!   `new = old × (1 - α) + α × [agreed]`, `α = CredibilitySmoothing`, never below
//!   [`Config::MinCredibility`]. Inconclusive outcomes leave revealed witnesses' credibility
//!   unchanged; missing a reveal counts as disagreement.
//! - The reward is split among agreeing witnesses in proportion to their weight (rounded
//!   down); the rounding remainder, and the whole reward when nobody agreed or the outcome is
//!   inconclusive, is released back to the requester. Funds are never created or destroyed.
//! - Dissenting witnesses lose [`Config::DissentSlash`] of their bond (only on conclusive
//!   outcomes); witnesses who did not reveal lose [`Config::NoRevealSlash`] (always). Slashed
//!   funds are handed as a credit to [`Config::SlashDestination`] (an `OnUnbalanced`, e.g. a
//!   treasury account through `ResolveTo`, or `()` to burn).
//!
//! ## Queries
//!
//! [`runtime_api::WitnessesApi`] (`witness_record`, `request`, `eligible_witnesses`) is
//! implemented by the runtime with [`Pallet::witness_record`], [`Pallet::request_view`] and
//! [`Pallet::eligible_witnesses`]; client pallets use
//! [`VerificationProvider::request_view`].
//!
//! ## Finalization
//!
//! Each open request has one [`Schedule`] entry under the next block in which something is due
//! for it: its seed block while it waits for a draw, the block after its reveal deadline (its
//! finalization, or the tally of a client request's round), or the block after its appeal
//! window. No block has a capacity: any number of requests may fall
//! due together, each paying its own deposit, so nobody can fill the deadlines others need.
//! Anyone may call [`Pallet::finalize_request`] after the deadline; besides, the `on_idle`
//! hook moves [`FinalizationCursor`] over the due blocks, finalizing their requests for as
//! long as the remaining block weight allows (one read per empty block, the benchmarked
//! worst case per finalization), so a crowded block is worked off over several blocks and the
//! hook never exceeds the weight it is given. Finalization removes the request, its
//! panel and its attestations from storage: the outcome is kept only in the
//! [`Event::RequestFinalized`] event and in the handler call.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod features;
pub mod migrations;
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
mod tests_appeals;
#[cfg(test)]
mod tests_simulation;

pub use types::*;
/// The interface of the verification engine shared with its clients: ids, votes and the
/// commitment hash ([`primitives::commitment_hash`]).
pub use verification_primitives as primitives;
pub use verification_primitives::{VerificationOutcomeHandler, VerificationProvider};
pub use weights::WeightInfo;

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::witnesses";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, hold::Balanced as BalancedHold, MutateHold},
			OnUnbalanced, Randomness,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{FixedU128, Perbill, SaturatedConversion};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons for which the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A witness's bond.
		WitnessBond,
		/// A request's reward, until it is paid out or returned.
		RequestReward,
		/// A request's storage deposit.
		RequestDeposit,
		/// The deposit for a domain's rosters, held from whoever built its first one.
		RosterDeposit,
		/// The bond of an optimistic claim, held from its requester until the claim is
		/// settled.
		ClaimBond,
		/// The bond of a dispute of an optimistic claim, held from the disputer until the
		/// claim is settled.
		DisputeBond,
		/// The fee of an appeal, held from the appellant until the request is final: it pays
		/// the appeal panel's members coherent with the final decision.
		AppealFee,
		/// The storage deposit of an appeal round, held from the appellant until the request
		/// is final.
		AppealDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency bonds, rewards and deposits are held in.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Origin allowed to set role multipliers.
		type RoleOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The parent block's VRF output (`pallet_babe::ParentBlockRandomness` in the runtime),
		/// mixed into the entropy every block; `None` (no VRF) falls back to the parent hash.
		type DrawRandomness: Randomness<Option<H256>, BlockNumberFor<Self>>;

		/// Receives the outcome of every finalized request opened through
		/// [`VerificationProvider`] (client domains); its `max_outcome_weight` is charged for
		/// every finalization.
		type OutcomeHandler: VerificationOutcomeHandler<Self::AccountId>;

		/// Where slashed funds go.
		type SlashDestination: OnUnbalanced<CreditOf<Self>>;

		/// Weight information for the pallet's extrinsics and hook.
		type WeightInfo: WeightInfo;

		/// Minimum bond of an active witness.
		#[pallet::constant]
		type MinimumBond: Get<BalanceOf<Self>>;

		/// Blocks between `unbond` and the earliest `withdraw_unbonded`.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Maximum number of domains a witness declares.
		#[pallet::constant]
		type MaxDomainsPerWitness: Get<u32>;

		/// Maximum number of eligible witnesses indexed per domain (and in the general list).
		#[pallet::constant]
		type MaxWitnessesPerDomain: Get<u32>;

		/// Maximum number of commitments to one request (at most `MAX_PARTICIPANTS`).
		#[pallet::constant]
		type MaxWitnessesPerRequest: Get<u32>;

		/// Maximum size of a named or drawn panel (at most `MAX_PANEL_SIZE`).
		#[pallet::constant]
		type MaxPanelSize: Get<u32>;

		/// Minimum commit period.
		#[pallet::constant]
		type MinCommitPeriod: Get<BlockNumberFor<Self>>;

		/// Minimum reveal period.
		#[pallet::constant]
		type MinRevealPeriod: Get<BlockNumberFor<Self>>;

		/// Maximum commit period plus reveal period.
		#[pallet::constant]
		type MaxRequestDuration: Get<BlockNumberFor<Self>>;

		/// Deposit held from the requester for a request's storage.
		#[pallet::constant]
		type RequestDeposit: Get<BalanceOf<Self>>;

		/// Share of the bond slashed from a witness who dissents from a conclusive consensus.
		#[pallet::constant]
		type DissentSlash: Get<Perbill>;

		/// Share of the bond slashed from a witness who committed but did not reveal.
		#[pallet::constant]
		type NoRevealSlash: Get<Perbill>;

		/// Smoothing factor α of the credibility moving average.
		#[pallet::constant]
		type CredibilitySmoothing: Get<Perbill>;

		/// Credibility of a new witness.
		#[pallet::constant]
		type InitialCredibility: Get<Perbill>;

		/// Floor of credibility.
		#[pallet::constant]
		type MinCredibility: Get<Perbill>;

		/// Scores further than this share of the score range from the preliminary median are
		/// outliers.
		#[pallet::constant]
		type ScoreClipRange: Get<Perbill>;

		/// Largest role multiplier `RoleOrigin` may set.
		#[pallet::constant]
		type MaxRoleMultiplier: Get<FixedU128>;

		/// The domain of requests opened with `open_claim_request`.
		#[pallet::constant]
		type ClaimsDomain: Get<DomainId>;

		/// Blocks between opening a drawn request and the block whose seed draws its panel
		/// (at least 1): the seed mixes the VRF outputs of every block in between, none of which
		/// existed when the request was signed.
		#[pallet::constant]
		type DrawDelay: Get<BlockNumberFor<Self>>;

		/// Least blocks between two rotations of a domain's roster (more than `DrawDelay`).
		#[pallet::constant]
		type RosterPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after its last rotation from which anyone may retire an unused domain's
		/// rosters, returning their deposit.
		#[pallet::constant]
		type RosterRetirement: Get<BlockNumberFor<Self>>;

		/// Deposit held from whoever builds a domain's first roster, for the domain's rosters.
		#[pallet::constant]
		type RosterDeposit: Get<BalanceOf<Self>>;

		/// Least revealed weight a client may ask as quorum ([`primitives::EngineLimits`]'s
		/// `min_quorum_weight`): client quorums count weight as well as heads, so a quorum of
		/// many minimum-bond accounts needs as much weight as a few heavy ones.
		#[pallet::constant]
		type MinQuorumWeight: Get<u128>;

		/// Least bond of an optimistic claim (a disputer holds the same bond as the claim).
		#[pallet::constant]
		type MinClaimBond: Get<BalanceOf<Self>>;

		/// Most bond of an optimistic claim: a disputer must match the bond, so a bond nobody
		/// can afford to match would make a false claim indisputable.
		#[pallet::constant]
		type MaxClaimBond: Get<BalanceOf<Self>>;

		/// Shortest liveness window of an optimistic claim: long enough for anyone watching to
		/// dispute a false claim.
		#[pallet::constant]
		type MinLiveness: Get<BlockNumberFor<Self>>;

		/// Share of the losing side's bond of a disputed claim paid to the panel members
		/// coherent with the decision (by seats); the rest goes to the winning side.
		#[pallet::constant]
		type DisputePanelShare: Get<Perbill>;

		/// Most appeal rounds of one request (at most `verification_primitives::
		/// MAX_APPEAL_ROUNDS`); 0 offers no appeals. Each appeal panel has `2n + 1` seats for
		/// a round of `n`, at most `MaxPanelSize`.
		#[pallet::constant]
		type MaxAppealRounds: Get<Round>;

		/// Fee per seat of an appeal panel, held from the appellant and paid to the members
		/// of that panel who are coherent with the final decision.
		#[pallet::constant]
		type AppealFeePerSeat: Get<BalanceOf<Self>>;

		/// Storage deposit of an appeal round (its past round and its new panel), held from
		/// the appellant until the request is final.
		#[pallet::constant]
		type AppealDeposit: Get<BalanceOf<Self>>;

		/// Most pending duties of a witness: requests whose drawn panel seats it, or on which
		/// it committed, that are not settled yet. A witness at the cap is left out of the
		/// rosters built while it is there (a soft cap: draws from a roster built before it
		/// reached the cap may still seat it), so that nobody's bond backs more duties than it
		/// can serve and a request's panel is drawn among witnesses with room for it.
		#[pallet::constant]
		type MaxPendingDuties: Get<u32>;
	}

	/// Default role multiplier: 1.
	pub struct DefaultMultiplier;
	impl Get<FixedU128> for DefaultMultiplier {
		fn get() -> FixedU128 {
			FixedU128::from_u32(1)
		}
	}

	/// The witness registry.
	#[pallet::storage]
	pub type Witnesses<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, WitnessInfoOf<T>, OptionQuery>;

	/// Weight multiplier per role (default 1).
	#[pallet::storage]
	pub type RoleMultipliers<T: Config> =
		StorageMap<_, Twox64Concat, Role, FixedU128, ValueQuery, DefaultMultiplier>;

	/// Witnesses serving a domain (those that declared it), heaviest bond first: the
	/// `MaxWitnessesPerDomain` heaviest, a newcomer evicting the lightest. Deactivation does not
	/// remove an entry (so that finalizing a request never rewrites these lists);
	/// [`Pallet::prune_witness`] does, and draws skip witnesses that are not active.
	#[pallet::storage]
	pub type DomainWitnesses<T: Config> =
		StorageMap<_, Blake2_128Concat, DomainId, EligibilityListOf<T>, ValueQuery>;

	/// Witnesses that declared no domain and so serve every domain; kept like
	/// [`DomainWitnesses`].
	#[pallet::storage]
	pub type GeneralWitnesses<T: Config> = StorageValue<_, EligibilityListOf<T>, ValueQuery>;

	/// The next request id.
	#[pallet::storage]
	pub type NextRequestId<T: Config> = StorageValue<_, RequestId, ValueQuery>;

	/// Open requests.
	#[pallet::storage]
	pub type Requests<T: Config> =
		StorageMap<_, Twox64Concat, RequestId, RequestOf<T>, OptionQuery>;

	/// Members of named and drawn panels, with their seats (1 on a named panel).
	#[pallet::storage]
	pub type Panels<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		RequestId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		OptionQuery,
	>;

	/// Commitments (and reveals) per request and witness.
	#[pallet::storage]
	pub type Attestations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		RequestId,
		Blake2_128Concat,
		T::AccountId,
		Attestation,
		OptionQuery,
	>;

	/// One entry per open request, keyed by the first block in which it may be finalized
	/// (`reveal_deadline + 1`) and its id. No block has a capacity: each entry is paid for by
	/// its request's deposit, so nobody can fill the blocks others need.
	#[pallet::storage]
	pub type Schedule<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		RequestId,
		(),
		OptionQuery,
	>;

	/// The lowest block whose [`Schedule`] entries the idle hook has not all processed (set by
	/// the first request ever opened).
	#[pallet::storage]
	pub type FinalizationCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Entropy accumulated from every block's VRF output (see [`Pallet::do_on_initialize`]).
	#[pallet::storage]
	pub type Entropy<T: Config> = StorageValue<_, H256, ValueQuery>;

	/// Number of requests whose panel is drawn from the seed of a block.
	#[pallet::storage]
	pub type DrawsAt<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>, u32, ValueQuery>;

	/// The seed of a block some request draws from: [`Entropy`] at that block, kept until the
	/// last of those requests is drawn.
	#[pallet::storage]
	pub type DrawSeeds<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, H256, OptionQuery>;

	/// A domain's current roster era, when it was built and who paid for the domain's rosters.
	#[pallet::storage]
	pub type CurrentRosters<T: Config> =
		StorageMap<_, Blake2_128Concat, DomainId, RosterInfoOf<T>, OptionQuery>;

	/// Rosters per domain and era: the current one and, while draws reference it, the one
	/// before.
	#[pallet::storage]
	pub type Rosters<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DomainId,
		Twox64Concat,
		RosterEra,
		RosterOf<T>,
		OptionQuery,
	>;

	/// The optimistic claims of open requests (one per request opened in optimistic mode),
	/// removed with the request.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, RequestId, ClaimOf<T>, OptionQuery>;

	/// The rounds of appealable requests (every request opened through the provider), removed
	/// with the request.
	#[pallet::storage]
	pub type Rounds<T: Config> =
		StorageMap<_, Twox64Concat, RequestId, RoundInfo<BlockNumberFor<T>>, OptionQuery>;

	/// The decided and appealed rounds of open requests with their members, settled and
	/// removed when the request is final. At most `MaxAppealRounds` per request.
	#[pallet::storage]
	pub type PastRounds<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		RequestId,
		Twox64Concat,
		Round,
		PastRoundOf<T>,
		OptionQuery,
	>;

	/// The appeals of open requests, keyed by the round each one opened (1 for the first).
	#[pallet::storage]
	pub type Appeals<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RequestId, Twox64Concat, Round, AppealOf<T>, OptionQuery>;

	/// Number of requests waiting to be drawn from a domain's roster of an era.
	#[pallet::storage]
	pub type RosterDraws<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, DomainId, Twox64Concat, RosterEra, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A witness registered.
		WitnessRegistered {
			who: T::AccountId,
			role: Role,
			bond: BalanceOf<T>,
			domains: DomainsOf<T>,
		},
		/// A witness increased its bond.
		BondIncreased { who: T::AccountId, amount: BalanceOf<T>, bond: BalanceOf<T> },
		/// A deactivated witness is active again.
		WitnessReactivated { who: T::AccountId },
		/// A heavier witness took the place of `who` in the eligibility list of `domain`
		/// (`None`: the general list). `who` stays registered; a later `bond_extra` that makes
		/// it heavier than the lightest entry brings it back.
		WitnessEvicted { who: T::AccountId, domain: Option<DomainId> },
		/// A deactivated witness was removed from the eligibility lists.
		WitnessPruned { who: T::AccountId },
		/// A witness's bond fell below the minimum: it is no longer eligible.
		WitnessDeactivated { who: T::AccountId },
		/// A witness started unbonding.
		UnbondingStarted { who: T::AccountId, unlock_at: BlockNumberFor<T> },
		/// A witness withdrew its bond and left the registry.
		BondWithdrawn { who: T::AccountId, amount: BalanceOf<T> },
		/// A role's weight multiplier was set.
		RoleMultiplierSet { role: Role, multiplier: FixedU128 },
		/// A request was opened.
		RequestOpened {
			id: RequestId,
			domain: DomainId,
			subject: H256,
			requester: T::AccountId,
			reward: BalanceOf<T>,
			/// For a drawn panel: the block whose seed will draw it.
			draw_at: Option<BlockNumberFor<T>>,
			/// Deadlines; for a drawn panel, the earliest they can be (they count from the draw).
			commit_deadline: BlockNumberFor<T>,
			reveal_deadline: BlockNumberFor<T>,
		},
		/// The panel of a request was named.
		PanelSelected { id: RequestId, members: PanelMembers<T::AccountId> },
		/// The panel of a request was drawn: members with their seats, and the deadlines,
		/// counted from the draw.
		PanelDrawn {
			id: RequestId,
			members: DrawnSeatsOf<T>,
			commit_deadline: BlockNumberFor<T>,
			reveal_deadline: BlockNumberFor<T>,
		},
		/// A request was cancelled: `released` went back to the requester, `forfeited` (the
		/// reward and deposit of a request whose panel was known) to the panel and to
		/// `SlashDestination`.
		RequestCancelled {
			id: RequestId,
			requester: T::AccountId,
			released: BalanceOf<T>,
			forfeited: BalanceOf<T>,
		},
		/// Request `id` is an optimistic claim: it stands after `liveness_until` unless
		/// disputed with a bond of `bond`.
		ClaimOpened {
			id: RequestId,
			claim: Reveal,
			bond: BalanceOf<T>,
			liveness_until: BlockNumberFor<T>,
		},
		/// A claim was disputed: `disputer` holds a bond of `bond`, and a panel will be drawn
		/// from the seed of `draw_at`.
		Disputed {
			id: RequestId,
			disputer: T::AccountId,
			bond: BalanceOf<T>,
			draw_at: BlockNumberFor<T>,
		},
		/// A claim was settled: `to_winner` of the losing side's bond went to the winning side
		/// and `to_panel` to the coherent panel members (both zero when nobody lost).
		ClaimSettled {
			id: RequestId,
			result: ClaimResult,
			to_winner: BalanceOf<T>,
			to_panel: BalanceOf<T>,
		},
		/// A panel round was tallied at the end of its reveal phase: its decision stands
		/// unless someone appeals it by `appeal_until` (inclusive).
		RoundDecided {
			id: RequestId,
			round: Round,
			verdict: Verdict,
			score: Option<u32>,
			appeal_until: BlockNumberFor<T>,
		},
		/// A decided round was appealed: a panel of `seats` seats is drawn with the seed of
		/// block `draw_at` to decide again.
		Appealed {
			id: RequestId,
			round: Round,
			appellant: T::AccountId,
			seats: u32,
			fee: BalanceOf<T>,
			deposit: BalanceOf<T>,
			draw_at: BlockNumberFor<T>,
		},
		/// A successful appellant (its round overturned the decision it appealed) was
		/// reimbursed from the slashes of the final settlement.
		AppellantReimbursed { id: RequestId, round: Round, who: T::AccountId, amount: BalanceOf<T> },
		/// A domain's roster was rebuilt from its active witnesses.
		RosterRotated { domain: DomainId, era: RosterEra, candidates: u32, total_weight: u128 },
		/// An unused domain's rosters were removed and their deposit returned.
		RosterRetired { domain: DomainId, depositor: T::AccountId, deposit: BalanceOf<T> },
		/// A witness committed to a request.
		Committed { id: RequestId, who: T::AccountId, weight: u128 },
		/// A witness revealed its attestation.
		Revealed { id: RequestId, who: T::AccountId, verdict: bool, score: Option<u32> },
		/// An attestation was settled at finalization.
		AttestationSettled {
			id: RequestId,
			who: T::AccountId,
			result: AttestationResult,
			credibility: Perbill,
		},
		/// A witness was paid its share of a request's reward.
		WitnessRewarded { id: RequestId, who: T::AccountId, amount: BalanceOf<T> },
		/// A witness was slashed.
		WitnessSlashed {
			id: RequestId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			reason: SlashReason,
		},
		/// The unpaid part of a reward was released back to the requester.
		RewardReturned { id: RequestId, requester: T::AccountId, amount: BalanceOf<T> },
		/// A request was finalized and removed from storage.
		RequestFinalized {
			id: RequestId,
			domain: DomainId,
			subject: H256,
			outcome: Outcome<T::AccountId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registered witness.
		AlreadyRegistered,
		/// The account is not a registered witness.
		NotWitness,
		/// The bond is below `MinimumBond`.
		BondTooLow,
		/// A domain is listed twice.
		DuplicateDomain,
		/// The eligibility list of a domain (or the general list) is full of witnesses whose
		/// bond is at least the newcomer's.
		DomainFull,
		/// Only a deactivated witness can be pruned from the eligibility lists.
		NotDeactivated,
		/// The witness is in no eligibility list.
		NotIndexed,
		/// The amount is zero.
		ZeroAmount,
		/// The witness is unbonding.
		WitnessUnbonding,
		/// The witness is not unbonding.
		NotUnbonding,
		/// The unbonding period has not passed yet.
		UnbondingNotFinished,
		/// The witness has commitments on unfinalized requests.
		PendingAttestations,
		/// The multiplier is zero or above `MaxRoleMultiplier`.
		InvalidMultiplier,
		/// `min_witnesses` is zero, above `MaxWitnessesPerRequest` or above the panel size.
		InvalidQuorum,
		/// The approval threshold is zero.
		InvalidThreshold,
		/// The commit or reveal period is below its minimum.
		PeriodTooShort,
		/// The commit plus reveal period exceeds `MaxRequestDuration`.
		PeriodTooLong,
		/// The score range has `min > max`.
		InvalidScoreRange,
		/// The panel is empty or larger than `MaxPanelSize`.
		InvalidPanelSize,
		/// A named panel lists a witness twice.
		DuplicatePanelMember,
		/// A named panel member is not a registered witness.
		PanelMemberNotWitness,
		/// The requester cannot be on the panel of its own request.
		RequesterOnPanel,
		/// A named panel member, or the party naming the panel, is the requester or an account
		/// the client excluded.
		ExcludedOnPanel,
		/// A client's quorum weight is below `MinQuorumWeight`.
		QuorumWeightTooLow,
		/// The claim bond is below `MinClaimBond`.
		ClaimBondTooLow,
		/// The claim bond is above `MaxClaimBond`.
		ClaimBondTooHigh,
		/// The claimed vote does not fit the request's score range.
		InvalidClaim,
		/// The request is not an optimistic claim.
		NotAClaim,
		/// The claim was disputed already.
		AlreadyDisputed,
		/// The claim's liveness window is over.
		LivenessOver,
		/// The requester and the excluded accounts (the subject's owner and delegates) cannot
		/// dispute the claim.
		SelfDispute,
		/// A disputed claim, or a request whose round was decided or appealed, cannot be
		/// cancelled: the dispute or appeal goes to the panel.
		NotCancellable,
		/// Client pallets cannot open requests in the claims domain.
		ReservedDomain,
		/// Fewer eligible witnesses than the quorum requires are available for the draw.
		NotEnoughWitnesses,
		/// An arithmetic overflow occurred.
		Overflow,
		/// The request does not exist (never opened, cancelled or finalized).
		RequestNotFound,
		/// Only the requester may do this.
		NotRequester,
		/// The request has commitments and can no longer be cancelled.
		HasCommitments,
		/// The commit phase is over.
		CommitPeriodOver,
		/// Witnesses cannot attest to their own request.
		SelfAttestation,
		/// The witness is not active.
		WitnessNotActive,
		/// The witness does not serve the request's domain.
		DomainNotServed,
		/// The witness is not on the request's panel.
		NotOnPanel,
		/// The witness already committed to this request.
		AlreadyCommitted,
		/// The request has `MaxWitnessesPerRequest` commitments.
		TooManyCommitments,
		/// The reveal phase has not started.
		RevealPeriodNotStarted,
		/// The reveal phase is over.
		RevealPeriodOver,
		/// The witness did not commit to this request.
		NotCommitted,
		/// The witness already revealed.
		AlreadyRevealed,
		/// The revealed values do not hash to the commitment.
		CommitmentMismatch,
		/// The request has a score range but no score was revealed.
		MissingScore,
		/// The request has no score range but a score was revealed.
		UnexpectedScore,
		/// The revealed score is outside the request's score range.
		ScoreOutOfRange,
		/// The reveal deadline has not passed yet.
		RevealPeriodNotOver,
		/// The request is not in the claims domain: requests of client pallets are cancelled
		/// only through their pallet.
		NotAClaimRequest,
		/// The request's panel has not been drawn yet.
		NotDrawn,
		/// Nothing is due for the request yet (its seed block or reveal deadline is ahead).
		NotDue,
		/// The domain has no roster to draw from: anyone may build one with `rotate_roster`.
		NoRoster,
		/// The domain's roster was rotated less than `RosterPeriod` ago.
		RosterTooRecent,
		/// Draws still reference the roster a rotation would remove: `advance` them first.
		RosterInUse,
		/// The domain's rosters are referenced by draws or younger than `RosterRetirement`.
		RosterNotRetirable,
		/// The request cannot be appealed: it was not opened through the provider, or it is an
		/// undisputed optimistic claim.
		NotAppealable,
		/// The request's current round is not in its appeal window: not decided yet, or the
		/// window is over.
		NotInAppealWindow,
		/// The request has had its `MaxAppealRounds` appeals, or the next panel would exceed
		/// `MaxPanelSize` seats.
		AppealLimit,
		/// Members of a round may not appeal it.
		AppellantOnPanel,
		/// The request is in its appeal window or waits for its tally: it becomes final after
		/// the window (`advance` or the idle hook), not by `finalize_request`.
		AppealWindowOpen,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_on_initialize(now)
		}

		fn on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::do_on_idle(now, remaining_weight)
		}

		fn integrity_test() {
			assert!(
				T::MaxWitnessesPerRequest::get() <= MAX_PARTICIPANTS
					&& T::MaxWitnessesPerRequest::get() > 0,
				"MaxWitnessesPerRequest must be in 1..=MAX_PARTICIPANTS"
			);
			assert!(
				T::MaxPanelSize::get() <= MAX_PANEL_SIZE && T::MaxPanelSize::get() > 0,
				"MaxPanelSize must be in 1..=MAX_PANEL_SIZE"
			);
			assert!(
				T::MaxPanelSize::get() <= T::MaxWitnessesPerRequest::get(),
				"MaxPanelSize must not exceed MaxWitnessesPerRequest: finalization weights count \
				 every member of a drawn panel as an attestation"
			);
			assert!(
				T::MaxAppealRounds::get() <= primitives::MAX_APPEAL_ROUNDS,
				"MaxAppealRounds must not exceed MAX_APPEAL_ROUNDS"
			);
			assert!(
				T::MaxPanelSize::get()
					.saturating_mul(u32::from(T::MaxAppealRounds::get()).saturating_add(1))
					<= MAX_PARTICIPANTS,
				"every member of every round must fit an outcome's participants"
			);
			assert!(!T::MinCredibility::get().is_zero(), "MinCredibility must be positive");
			assert!(!T::DrawDelay::get().is_zero(), "DrawDelay must be at least 1");
			assert!(
				T::RosterPeriod::get() > T::DrawDelay::get(),
				"RosterPeriod must exceed DrawDelay, so that the roster a rotation removes has no \
				 draw waiting for a future seed"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller as a witness with `role`, holding `bond` (at least
		/// `MinimumBond`) and serving `domains` (empty: every domain).
		///
		/// # Errors
		/// `AlreadyRegistered`, `BondTooLow`, `DuplicateDomain`, `DomainFull`, or a currency
		/// error if the bond cannot be held.
		#[pallet::call_index(0)]
		// No domains means the general list, which costs like one domain list.
		#[pallet::weight(T::WeightInfo::register(domains.len().saturated_into::<u32>().max(1)))]
		pub fn register(
			origin: OriginFor<T>,
			role: Role,
			bond: BalanceOf<T>,
			domains: DomainsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, role, bond, domains)
		}

		/// Add `amount` to the caller's bond; reactivates a deactivated witness whose bond
		/// reaches the minimum again.
		///
		/// # Errors
		/// `NotWitness`, `ZeroAmount`, `WitnessUnbonding`, `Overflow`, `DomainFull`, or a
		/// currency error.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_extra(T::MaxDomainsPerWitness::get()))]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(who, amount)
		}

		/// Start unbonding: the caller stops being eligible and may withdraw its bond after
		/// `UnbondingPeriod`.
		///
		/// # Errors
		/// `NotWitness`, `WitnessUnbonding`, `Overflow`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unbond(T::MaxDomainsPerWitness::get()))]
		pub fn unbond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who)
		}

		/// Release the caller's bond and remove it from the registry.
		///
		/// # Errors
		/// `NotWitness`, `NotUnbonding`, `UnbondingNotFinished`, `PendingAttestations`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Set the weight multiplier of `role` (`RoleOrigin` only).
		///
		/// # Errors
		/// `BadOrigin`, `InvalidMultiplier`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_role_multiplier())]
		pub fn set_role_multiplier(
			origin: OriginFor<T>,
			role: Role,
			multiplier: FixedU128,
		) -> DispatchResult {
			T::RoleOrigin::ensure_origin(origin)?;
			Self::do_set_role_multiplier(role, multiplier)
		}

		/// Open a request on `claim_hash` in the claims domain, the caller paying the reward
		/// and the deposit.
		///
		/// # Errors
		/// Every error of `VerificationProvider::open_request`: `InvalidQuorum`,
		/// `InvalidThreshold`, `PeriodTooShort`, `PeriodTooLong`, `InvalidScoreRange`,
		/// `InvalidPanelSize`, `DuplicatePanelMember`, `PanelMemberNotWitness`,
		/// `RequesterOnPanel`, `NotEnoughWitnesses`, `Overflow`, or a
		/// currency error if reward or deposit cannot be held.
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::open_weight(&params.panel))]
		pub fn open_claim_request(
			origin: OriginFor<T>,
			claim_hash: H256,
			params: RequestParamsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_request(T::ClaimsDomain::get(), claim_hash, who, params).map(|_| ())
		}

		/// Cancel the caller's claim request `id` (opened with `open_claim_request`, in the
		/// claims domain) before any commitment. Before a drawn panel is drawn (or with an open
		/// panel) reward and deposit are released; once the panel is known (drawn or named)
		/// they are forfeited: the reward to the members by seats, the deposit to
		/// `SlashDestination`, so that cancelling to draw again costs. Requests of client
		/// pallets are cancelled only through their pallet.
		///
		/// # Errors
		/// `RequestNotFound`, `NotAClaimRequest`, `NotRequester`, `HasCommitments`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cancel_request(T::MaxPanelSize::get()))]
		pub fn cancel_request(origin: OriginFor<T>, id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_claim_request(id, &who)
		}

		/// Commit to request `id` with `commitment = Pallet::commitment_of(domain, id, caller,
		/// verdict, score, salt)`, i.e. `blake2_256(SCALE((*b"arete:commit:v1:", domain, id,
		/// caller, verdict, score, salt)))`: bound to the request's domain, the request and the
		/// caller.
		///
		/// # Errors
		/// `RequestNotFound`, `CommitPeriodOver`, `SelfAttestation`, `NotWitness`,
		/// `WitnessNotActive`, `DomainNotServed`, `NotOnPanel`, `AlreadyCommitted`,
		/// `TooManyCommitments`, `NotDrawn`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::commit())]
		pub fn commit(origin: OriginFor<T>, id: RequestId, commitment: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(id, who, commitment)
		}

		/// Reveal the attestation committed to request `id`: with the request's domain, `id`
		/// and the caller, it must hash to the caller's commitment.
		///
		/// # Errors
		/// `RequestNotFound`, `RevealPeriodNotStarted`, `RevealPeriodOver`, `NotCommitted`,
		/// `AlreadyRevealed`, `CommitmentMismatch`, `MissingScore`, `UnexpectedScore`,
		/// `ScoreOutOfRange`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::reveal())]
		pub fn reveal(
			origin: OriginFor<T>,
			id: RequestId,
			verdict: bool,
			score: Option<u32>,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(id, who, verdict, score, salt)
		}

		/// Finalize request `id` after its reveal deadline (anyone may call). The weight is
		/// refunded down to the actual number of commitments.
		///
		/// # Errors
		/// `RequestNotFound`, `NotDrawn`, `RevealPeriodNotOver`.
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::max_finalization_weight())]
		pub fn finalize_request(origin: OriginFor<T>, id: RequestId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let used = Self::do_finalize_request(id)?;
			Ok(Some(used).into())
		}

		/// Remove deactivated witness `who` from the eligibility lists (anyone may call), making
		/// room for others. Deactivation itself leaves the lists alone so that a finalization
		/// that slashes writes none of them.
		///
		/// # Errors
		/// `NotWitness`, `NotDeactivated`, `NotIndexed`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::prune_witness(T::MaxDomainsPerWitness::get()))]
		pub fn prune_witness(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune_witness(who)
		}

		/// Rebuild `domain`'s roster (anyone may call): every active witness of the domain's
		/// list and of the general list, with its current weight, becomes a candidate of the
		/// draws of requests opened from now on. The first roster of a domain holds
		/// `RosterDeposit` from the caller until `retire_roster`. A rotation removes the roster
		/// before the current one, so it waits until that one has no draw pending.
		///
		/// # Errors
		/// `RosterTooRecent`, `RosterInUse`, or a currency error if the deposit cannot be held.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::rotate_roster(Pallet::<T>::max_roster_len()))]
		pub fn rotate_roster(origin: OriginFor<T>, domain: DomainId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let candidates = Self::do_rotate_roster(who, domain)?;
			Ok(Some(T::WeightInfo::rotate_roster(candidates)).into())
		}

		/// Remove the rosters of `domain` (anyone may call) once no draw references them and
		/// the last rotation is `RosterRetirement` old; the deposit returns to whoever paid it.
		///
		/// # Errors
		/// `NoRoster`, `RosterNotRetirable`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::retire_roster())]
		pub fn retire_roster(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_retire_roster(domain)
		}

		/// Perform what is due for request `id` (anyone may call): draw its panel once its
		/// seed block has come, or finalize it after its reveal deadline. The idle hook does
		/// the same when blocks have room; this call moves a request when they have not. The
		/// weight is refunded down to what was done.
		///
		/// # Errors
		/// `RequestNotFound`, `NotDue`.
		#[pallet::call_index(13)]
		#[pallet::weight(Pallet::<T>::max_advance_weight())]
		pub fn advance(origin: OriginFor<T>, id: RequestId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let used = Self::do_advance(id)?;
			Ok(Some(used).into())
		}

		/// Dispute the optimistic claim of request `id` within its liveness window, holding a
		/// bond equal to the claim's. A panel is drawn from the domain's current roster (never
		/// the requester, the excluded accounts or the disputer) with the seed of `DrawDelay`
		/// blocks from now; the side its decision goes against pays the other side, and
		/// `DisputePanelShare` of that bond pays the coherent members.
		///
		/// # Errors
		/// `RequestNotFound`, `NotAClaim`, `AlreadyDisputed`, `LivenessOver`, `SelfDispute`,
		/// `NoRoster`, `Overflow`, or a currency error if the bond cannot be held.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(origin: OriginFor<T>, id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(id, who)
		}

		/// Appeal the decided round of request `id` within its appeal window: hold
		/// `AppealFeePerSeat` for each seat of the next panel (`2n + 1` seats for a round of
		/// `n`) and `AppealDeposit`, both until the request is final. The next panel is drawn
		/// from the domain's current roster with the seed of `DrawDelay` blocks from now, never
		/// seating the requester, the excluded accounts, a disputer or any of its appellants. At the
		/// end every round's members are settled against the final decision (that of the last
		/// conclusive round): the fee pays this round's coherent members, and an appeal that
		/// changed the decision it appealed is reimbursed from the slashes first.
		///
		/// # Errors
		/// `RequestNotFound`, `NotAppealable`, `NotInAppealWindow`, `AppealLimit`,
		/// `AppellantOnPanel`, `NoRoster`, `Overflow`, or a currency error if the fee or the
		/// deposit cannot be held.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::appeal())]
		pub fn appeal(origin: OriginFor<T>, id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(id, who)
		}
	}
}

use frame_support::{traits::Get, weights::Weight};
use sp_runtime::SaturatedConversion;

impl<T: Config> Pallet<T> {
	/// Weight of opening a request with `panel`.
	pub fn open_weight(panel: &Panel<T::AccountId>) -> Weight {
		match panel {
			Panel::Open => T::WeightInfo::open_request_named(0),
			Panel::Named(members) => {
				T::WeightInfo::open_request_named(members.len().saturated_into::<u32>())
			},
			Panel::RandomDraw(n) => T::WeightInfo::open_request_random((*n).min(MAX_PANEL_SIZE)),
		}
	}

	/// Worst-case weight of finalizing one request: its current round, its appealed rounds,
	/// a dispute's settlement and the outcome handler.
	pub fn max_finalization_weight() -> Weight {
		T::WeightInfo::finalize_request(T::MaxWitnessesPerRequest::get())
			.saturating_add(T::WeightInfo::settle_dispute(T::MaxPanelSize::get()))
			.saturating_add(Self::past_rounds_weight(T::MaxAppealRounds::get().into()))
			.saturating_add(T::OutcomeHandler::max_outcome_weight())
	}

	/// What the idle hook charges per scheduled entry: the worst of a finalization (with its
	/// appealed rounds, a dispute's settlement and the outcome handler), a round's tally, a
	/// draw, and an undisputed claim standing.
	pub fn max_idle_entry_weight() -> Weight {
		T::WeightInfo::on_idle_finalize(T::MaxWitnessesPerRequest::get())
			.saturating_add(T::WeightInfo::settle_dispute(T::MaxPanelSize::get()))
			.saturating_add(Self::past_rounds_weight(T::MaxAppealRounds::get().into()))
			.saturating_add(T::OutcomeHandler::max_outcome_weight())
			.max(Self::max_draw_weight())
			.max(Self::max_undisputed_weight())
			.max(T::WeightInfo::advance_tally(T::MaxPanelSize::get()))
	}

	/// Weight of letting an undisputed claim stand, including the outcome handler.
	pub fn max_undisputed_weight() -> Weight {
		T::WeightInfo::advance_undisputed().saturating_add(T::OutcomeHandler::max_outcome_weight())
	}

	/// Worst-case weight of `advance`: a draw over a full roster, a round's tally, a
	/// finalization (with appealed rounds and a dispute's settlement) or an undisputed claim
	/// standing.
	pub fn max_advance_weight() -> Weight {
		Self::max_finalization_weight()
			.max(Self::max_draw_weight())
			.max(Self::max_undisputed_weight())
			.max(T::WeightInfo::advance_tally(T::MaxPanelSize::get()))
	}
}
