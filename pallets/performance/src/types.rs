//! Types of the performance pallet: athletes, performances, rankings, competitions, sponsored
//! challenges, prediction pools and the read-only views served by the runtime API.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

pub use verification_primitives::{DomainId, RequestId};

/// Identifier of a performance, allocated sequentially from 0.
pub type PerformanceId = u64;

/// Identifier of a competition, allocated sequentially from 0.
pub type CompetitionId = u64;

/// Identifier of a sponsored challenge, allocated sequentially from 0.
pub type ChallengeId = u64;

/// A 32-byte x-only (BIP-340) public key of a Nostr identity.
pub type NostrKey = [u8; 32];

/// A 32-byte Nostr event id (the sha256 of an event's NIP-01 serialization).
pub type NostrEventId = [u8; 32];

/// Account id type of the runtime.
pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<AccountIdOf<T>>>::Balance;

/// A credit (negative imbalance) of the pallet's currency, produced by slashes.
pub type CreditOf<T> = fungible::Credit<AccountIdOf<T>, <T as Config>::Currency>;

/// Block number type of the runtime.
pub type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;

/// A display name (UTF-8, no control characters).
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// A sport identifier: a lowercase slug of `a-z`, `0-9`, `-` and `_`, e.g. `hackysack`.
pub type SportOf<T> = BoundedVec<u8, <T as Config>::MaxSportLen>;

/// The sports an athlete declares.
pub type SportsOf<T> = BoundedVec<SportOf<T>, <T as Config>::MaxSportsPerAthlete>;

/// A venue name (UTF-8, no control characters).
pub type VenueOf<T> = BoundedVec<u8, <T as Config>::MaxVenueLen>;

/// An evidence content hash, e.g. an IPFS CID (UTF-8, no control characters).
pub type EvidenceOf<T> = BoundedVec<u8, <T as Config>::MaxEvidenceLen>;

/// A free tag: a slug like [`SportOf`].
pub type TagOf<T> = BoundedVec<u8, <T as Config>::MaxTagLen>;

/// The tags of a performance.
pub type TagsOf<T> = BoundedVec<TagOf<T>, <T as Config>::MaxTags>;

/// The witnesses who attested a verified performance (empty while pending).
pub type WitnessesOf<T> = BoundedVec<AccountIdOf<T>, <T as Config>::MaxWitnesses>;

/// The verification request parameters of the runtime `T`.
pub type RequestParamsOf<T> =
	verification_primitives::RequestParams<AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>>;

/// The verification mode of a request of the runtime `T`.
pub type VerificationModeOf<T> =
	verification_primitives::VerificationMode<AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>>;

/// The delegates an athlete approved.
pub type DelegatesOf<T> = BoundedVec<AccountIdOf<T>, <T as Config>::MaxDelegates>;

/// A competition's prize distribution: the share of the pool per rank (first entry: winner).
pub type PrizeTableOf<T> = BoundedVec<Perbill, <T as Config>::MaxPrizeRanks>;

/// The most recent verified performances of an athlete, oldest first.
pub type HistoryOf<T> = BoundedVec<PerformanceId, <T as Config>::MaxHistory>;

/// A leaderboard: best verified performance per athlete, best first.
pub type LeaderboardOf<T> = BoundedVec<RankEntry<AccountIdOf<T>>, <T as Config>::LeaderboardSize>;

/// A competition ranking: best verified performance per athlete, best first.
pub type RankingOf<T> = BoundedVec<RankEntry<AccountIdOf<T>>, <T as Config>::MaxPrizeRanks>;

/// An athlete profile as stored for the runtime `T`.
pub type AthleteOf<T> =
	AthleteProfile<BalanceOf<T>, BlockNumberOf<T>, NameOf<T>, SportsOf<T>, DelegatesOf<T>>;

/// Performance event details as submitted for the runtime `T`.
pub type PerformanceInputOf<T> = PerformanceInput<SportOf<T>, VenueOf<T>, EvidenceOf<T>, TagsOf<T>>;

/// A performance as stored for the runtime `T`.
pub type PerformanceOf<T> = Performance<
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberOf<T>,
	PerformanceInputOf<T>,
	WitnessesOf<T>,
>;

/// A competition as stored for the runtime `T`.
pub type CompetitionOf<T> = Competition<
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberOf<T>,
	NameOf<T>,
	SportOf<T>,
	VenueOf<T>,
	PrizeTableOf<T>,
>;

/// The status of a competition of the runtime `T`.
pub type CompetitionStatusOf<T> = CompetitionStatus<BalanceOf<T>, BlockNumberOf<T>>;

/// A funder's entry for the runtime `T`.
pub type FundOf<T> = Fund<BalanceOf<T>>;

/// Challenge criteria for the runtime `T`.
pub type CriteriaOf<T> = ChallengeCriteria<SportOf<T>, BlockNumberOf<T>>;

/// A sponsored challenge as stored for the runtime `T`.
pub type ChallengeOf<T> = Challenge<AccountIdOf<T>, BalanceOf<T>, BlockNumberOf<T>, SportOf<T>>;

/// A prediction pool as stored for the runtime `T`.
pub type PredictionPoolOf<T> = PredictionPool<BalanceOf<T>, BlockNumberOf<T>>;

/// A sport's registry entry for the runtime `T`.
pub type SportInfoOf<T> = SportInfo<AccountIdOf<T>, BalanceOf<T>>;

/// A registered sport: who registered it and the deposit it holds. Only registered sports have
/// leaderboards, athletes, performances, competitions and challenges.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct SportInfo<AccountId, Balance> {
	/// The account that registered it holding `SportDeposit`, or `None` if `SportOrigin` (or
	/// the genesis, or the migration to storage version 2) registered it without a deposit.
	pub registrant: Option<AccountId>,
	/// Deposit held from the registrant under `HoldReason::SportDeposit` until the sport is
	/// retired (zero without a registrant).
	pub deposit: Balance,
}

/// Competitive level, from local to international. Athletes start at `Local` and move up one
/// level per verified performance whose score reaches the next level's threshold.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Level {
	/// Local competitions and training.
	Local,
	/// Regional events and qualifiers.
	Regional,
	/// National level.
	National,
	/// International (Olympic pathway).
	International,
}

impl Level {
	/// Every level, lowest first.
	pub const ALL: [Level; 4] =
		[Level::Local, Level::Regional, Level::National, Level::International];

	/// The level above this one, if any.
	pub fn next(self) -> Option<Level> {
		match self {
			Level::Local => Some(Level::Regional),
			Level::Regional => Some(Level::National),
			Level::National => Some(Level::International),
			Level::International => None,
		}
	}

	/// Lowercase name, as used in Nostr events (`"local"`, `"regional"`, ...).
	pub fn as_str(&self) -> &'static str {
		match self {
			Level::Local => "local",
			Level::Regional => "regional",
			Level::National => "national",
			Level::International => "international",
		}
	}
}

/// Metrics of a performance, each a fixed-point number in thousandths (`9_500` is 9.5).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct Metrics {
	/// Overall score claimed by the athlete (the verified score comes from the witnesses).
	pub score: u32,
	/// Difficulty.
	pub difficulty: u32,
	/// Execution.
	pub execution: u32,
}

/// WGS84 coordinates in micro-degrees (`48_858_370` is 48.858370°).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
)]
pub struct Coordinates {
	/// Latitude, in `-90_000_000..=90_000_000`.
	pub lat: i32,
	/// Longitude, in `-180_000_000..=180_000_000`.
	pub lon: i32,
}

impl Coordinates {
	/// Whether both values are within their ranges.
	pub fn is_valid(&self) -> bool {
		(-90_000_000..=90_000_000).contains(&self.lat)
			&& (-180_000_000..=180_000_000).contains(&self.lon)
	}
}

/// Where something happened.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Location<Venue> {
	/// Coordinates.
	pub coordinates: Coordinates,
	/// Venue name (may be empty for a performance).
	pub venue: Venue,
}

/// An athlete profile.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AthleteProfile<Balance, BlockNumber, Name, Sports, Delegates> {
	/// Display name.
	pub name: Name,
	/// Sports practised.
	pub sports: Sports,
	/// Current level, earned through verified performances.
	pub level: Level,
	/// Nostr identity: verified performances are exported as events of this key.
	pub nostr_key: Option<NostrKey>,
	/// Coaches or organizers allowed to submit performances on the athlete's behalf.
	pub delegates: Delegates,
	/// Deposit held under `HoldReason::AthleteDeposit`.
	pub deposit: Balance,
	/// Number of verified performances.
	pub verified: u32,
	/// Number of performances awaiting verification.
	pub pending: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// The details of a performance event, following the kind-1337 structure of the seed design.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PerformanceInput<Sport, Venue, Evidence, Tags> {
	/// The sport.
	pub sport: Sport,
	/// Claimed metrics.
	pub metrics: Metrics,
	/// Where it happened.
	pub location: Option<Location<Venue>>,
	/// The competition it belongs to (must be running, same sport).
	pub competition: Option<CompetitionId>,
	/// Content hash of the evidence (e.g. an IPFS CID of a video).
	pub evidence: Evidence,
	/// A related Nostr event (rendered as an `e` tag).
	pub related: Option<NostrEventId>,
	/// Free tags (rendered as `t` tags).
	pub tags: Tags,
}

/// Verification status of a performance.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PerformanceStatus {
	/// Awaiting the outcome of witness request `request`.
	Pending {
		/// The witness request.
		request: RequestId,
	},
	/// Approved by the witnesses with consensus score `score` (thousandths).
	Verified {
		/// The consensus score.
		score: u32,
	},
	/// Rejected by the witnesses.
	Rejected,
	/// No quorum of witnesses.
	Inconclusive,
}

/// A submitted performance.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Performance<AccountId, Balance, BlockNumber, Input, Witnesses> {
	/// The athlete.
	pub athlete: AccountId,
	/// Who submitted it (the athlete or a delegate) and pays deposit and witness reward.
	pub submitter: AccountId,
	/// The level it counts at: the competition's level (capped by its organizer's accreditation
	/// when verified), else the athlete's level at submission.
	pub level: Level,
	/// The event details.
	pub event: Input,
	/// Empty while pending; once verified, the coherent panel members (heaviest first).
	pub witnesses: Witnesses,
	/// Deposit held from the submitter under `HoldReason::PerformanceDeposit` while the
	/// record lives, returned when it is reaped; a rejected performance's is less the part
	/// slashed. Zero for performances settled before storage version 2 (released then).
	pub deposit: Balance,
	/// Block of submission.
	pub submitted_at: BlockNumber,
	/// Unix time of submission in seconds (the Nostr `created_at`).
	pub created_at: u64,
	/// Verification status.
	pub status: PerformanceStatus,
	/// Block of the outcome (of the migration to storage version 2 for a performance settled
	/// before it); `None` while pending.
	pub settled_at: Option<BlockNumber>,
}

/// A personal best.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PersonalBest {
	/// Verified score.
	pub score: u32,
	/// The performance.
	pub performance: PerformanceId,
}

/// An entry of a leaderboard or competition ranking.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RankEntry<AccountId> {
	/// The athlete.
	pub athlete: AccountId,
	/// Verified score.
	pub score: u32,
	/// The performance.
	pub performance: PerformanceId,
}

impl<AccountId> RankEntry<AccountId> {
	/// Whether `self` ranks strictly above `other`: higher score, or the same score with an
	/// earlier performance.
	pub fn ranks_above(&self, other: &Self) -> bool {
		self.score > other.score
			|| (self.score == other.score && self.performance < other.performance)
	}
}

/// Lifecycle of a competition.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum CompetitionStatus<Balance, BlockNumber> {
	/// Accepting performances (between start and end) and funding (until end).
	Open,
	/// Closed: prizes paid; funders claim their share of `refundable` (after `RefundPeriod`
	/// anyone may push it to them); once no funder is left the competition may be reaped.
	Closed {
		/// Paid to ranked athletes.
		paid: Balance,
		/// What returns to funders pro rata.
		refundable: Balance,
		/// Refunded so far.
		refunded: Balance,
		/// Funders that have not been refunded yet.
		funders_left: u32,
		/// Block of the closing (of the migration to storage version 2 for a competition
		/// closed before it).
		closed_at: BlockNumber,
	},
}

/// A funder's entry in a competition's funds.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Fund<Balance> {
	/// The funder's contribution to the prize pool (held in the pot).
	pub amount: Balance,
	/// Deposit held from the funder under `HoldReason::FunderDeposit` for this entry until it
	/// is refunded (zero for entries from before storage version 2).
	pub deposit: Balance,
}

/// A competition.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Competition<AccountId, Balance, BlockNumber, Name, Sport, Venue, Prizes> {
	/// The organizer.
	pub organizer: AccountId,
	/// Name.
	pub name: Name,
	/// The sport.
	pub sport: Sport,
	/// Level of the competition.
	pub level: Level,
	/// Venue and coordinates.
	pub location: Location<Venue>,
	/// First block of the competition.
	pub start: BlockNumber,
	/// Last block of the competition.
	pub end: BlockNumber,
	/// Share of the prize pool per rank; sums to at most 100%.
	pub prizes: Prizes,
	/// Deposit held from the organizer under `HoldReason::CompetitionDeposit` until the
	/// competition is reaped (zero for competitions closed before storage version 2, whose
	/// deposit was released at closing).
	pub deposit: Balance,
	/// The prize pool (sum of all funding).
	pub pool: Balance,
	/// Number of funders.
	pub funders: u32,
	/// Linked performances awaiting verification.
	pub pending: u32,
	/// Status.
	pub status: CompetitionStatus<Balance, BlockNumber>,
}

/// What a sponsored challenge asks for.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ChallengeCriteria<Sport, BlockNumber> {
	/// The sport.
	pub sport: Sport,
	/// Minimum verified score (thousandths).
	pub min_score: u32,
	/// Minimum claimed difficulty (thousandths) of the verified performance.
	pub min_difficulty: u32,
	/// Minimum level: the higher of the level the performance counts at and its athlete's
	/// level once the performance was verified must reach it.
	pub min_level: Level,
	/// Last block in which a prize can be claimed.
	pub deadline: BlockNumber,
	/// Number of prizes.
	pub winners: u32,
}

/// Lifecycle of a challenge.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum ChallengeStatus {
	/// Prizes may be claimed for qualifying performances (until the deadline).
	Open,
	/// Every prize was paid; awaiting `close_challenge`.
	Completed,
}

/// A sponsored challenge.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Challenge<AccountId, Balance, BlockNumber, Sport> {
	/// The sponsor.
	pub sponsor: AccountId,
	/// The criteria.
	pub criteria: ChallengeCriteria<Sport, BlockNumber>,
	/// Escrow held from the sponsor under `HoldReason::ChallengeEscrow`.
	pub escrow: Balance,
	/// Prize per winner: `escrow / winners`, rounded down.
	pub prize: Balance,
	/// Prizes paid.
	pub paid: u32,
	/// Block of creation: only performances submitted from then on qualify.
	pub created_at: BlockNumber,
	/// Status.
	pub status: ChallengeStatus,
}

impl<AccountId, Balance, BlockNumber, Sport> Challenge<AccountId, Balance, BlockNumber, Sport>
where
	Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	/// What is still held: `escrow - paid × prize`.
	pub fn remaining(&self) -> Balance {
		self.escrow.saturating_sub(self.prize.saturating_mul(Balance::from(self.paid)))
	}
}

/// The side of a prediction.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PredictionSide {
	/// The performance will be approved.
	Success,
	/// The performance will be rejected.
	Failure,
}

/// A spectator's stake on a performance.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Prediction<Balance> {
	/// The predicted outcome.
	pub side: PredictionSide,
	/// The stake.
	pub amount: Balance,
	/// Deposit held from the staker under `HoldReason::PredictionDeposit` for this entry until
	/// it is claimed or reaped (zero for entries from before storage version 2).
	pub deposit: Balance,
}

/// How a prediction pool was settled.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Settlement<Balance> {
	/// Inconclusive verification, or nobody picked the winning side: every stake is refunded.
	Refund,
	/// `side` won: each winner gets its stake back plus a share of `distributable` in
	/// proportion to its stake; the last winner to claim gets the rounding remainder.
	Won {
		/// The winning side.
		side: PredictionSide,
		/// The losing side's total minus the fee actually paid.
		distributable: Balance,
		/// Winnings (beyond stakes) paid so far.
		paid: Balance,
		/// Winners that have not claimed yet.
		winners_left: u32,
	},
}

/// A parimutuel prediction pool on a pending performance.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PredictionPool<Balance, BlockNumber> {
	/// Stakes are accepted before this block.
	pub lock_at: BlockNumber,
	/// Total staked on success.
	pub success: Balance,
	/// Total staked on failure.
	pub failure: Balance,
	/// Number of stakers on success.
	pub success_stakers: u32,
	/// Number of stakers on failure.
	pub failure_stakers: u32,
	/// Entries not claimed or reaped yet (winning, losing or refunded): the pool goes with the
	/// last.
	pub unclaimed: u32,
	/// What the pot still holds for this pool.
	pub held: Balance,
	/// The fee paid at settlement to the agreeing witnesses and, if verified, the athlete.
	pub fee_paid: Balance,
	/// Set when the performance's verification ends.
	pub settlement: Option<Settlement<Balance>>,
	/// The block of the settlement: `ClaimPeriod` blocks later anyone may reap the entries
	/// left ([`crate::Pallet::reap_prediction`]).
	pub settled_at: Option<BlockNumber>,
}

impl<Balance: Copy, BlockNumber> PredictionPool<Balance, BlockNumber> {
	/// Total staked on `side`.
	pub fn total(&self, side: PredictionSide) -> Balance {
		match side {
			PredictionSide::Success => self.success,
			PredictionSide::Failure => self.failure,
		}
	}

	/// Number of stakers on `side`.
	pub fn stakers(&self, side: PredictionSide) -> u32 {
		match side {
			PredictionSide::Success => self.success_stakers,
			PredictionSide::Failure => self.failure_stakers,
		}
	}
}

/// An athlete as served by the runtime API.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AthleteView<AccountId, Balance, BlockNumber> {
	/// Display name (UTF-8).
	pub name: Vec<u8>,
	/// Sports.
	pub sports: Vec<Vec<u8>>,
	/// Current level.
	pub level: Level,
	/// Nostr key.
	pub nostr_key: Option<NostrKey>,
	/// Approved delegates.
	pub delegates: Vec<AccountId>,
	/// Deposit held.
	pub deposit: Balance,
	/// Number of verified performances.
	pub verified: u32,
	/// Number of pending performances.
	pub pending: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
	/// Most recent verified performances, oldest first.
	pub history: Vec<PerformanceId>,
	/// Personal best per declared sport that has one.
	pub personal_bests: Vec<(Vec<u8>, PersonalBest)>,
}

/// A performance as served by the runtime API.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PerformanceView<AccountId, Balance, BlockNumber> {
	/// The id.
	pub id: PerformanceId,
	/// The athlete.
	pub athlete: AccountId,
	/// The submitter.
	pub submitter: AccountId,
	/// The level it counts at.
	pub level: Level,
	/// Sport.
	pub sport: Vec<u8>,
	/// Claimed metrics.
	pub metrics: Metrics,
	/// Coordinates and venue.
	pub location: Option<(Coordinates, Vec<u8>)>,
	/// Competition.
	pub competition: Option<CompetitionId>,
	/// Evidence content hash.
	pub evidence: Vec<u8>,
	/// Related Nostr event.
	pub related: Option<NostrEventId>,
	/// Tags.
	pub tags: Vec<Vec<u8>>,
	/// The coherent panel members of a verified performance (empty otherwise).
	pub witnesses: Vec<AccountId>,
	/// Deposit held from the submitter until the record is reaped (less a rejection's slash;
	/// zero for performances settled before storage version 2).
	pub deposit: Balance,
	/// Block of submission.
	pub submitted_at: BlockNumber,
	/// Unix time of submission (seconds).
	pub created_at: u64,
	/// Status.
	pub status: PerformanceStatus,
}

/// A verified performance as an unsigned Nostr event (NIP-01, kind 1337).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct NostrEvent {
	/// The event id: sha256 of `serialized`.
	pub id: NostrEventId,
	/// The author: the athlete's Nostr key.
	pub pubkey: NostrKey,
	/// Unix time of submission (seconds).
	pub created_at: u64,
	/// Always 1337.
	pub kind: u32,
	/// Tags (UTF-8 strings).
	pub tags: Vec<Vec<Vec<u8>>>,
	/// Content: a JSON object (UTF-8).
	pub content: Vec<u8>,
	/// The NIP-01 serialization `[0,pubkey,created_at,kind,tags,content]` that `id` hashes.
	pub serialized: Vec<u8>,
	/// The whole event as JSON with an empty `sig`, ready to be signed by the athlete.
	pub json: Vec<u8>,
}
