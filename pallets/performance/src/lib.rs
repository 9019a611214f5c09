//! # Performance pallet
//!
//! Proof of Performance: athletes submit performance events (the seed design's Nostr kind
//! 1337 structure), staked witnesses of `pallet-witnesses` verify them, and verified
//! performances build careers (history, personal bests, leaderboards, levels), win competition
//! prizes and sponsored challenges, settle prediction pools, and export as Nostr events.
//!
//! ## Athletes
//!
//! [`Pallet::register_athlete`] creates a profile (name, sports, optional Nostr x-only public
//! key) holding [`Config::AthleteDeposit`] under [`HoldReason::AthleteDeposit`]. Every athlete
//! starts at [`Level::Local`]; levels are earned (see *Levels*). [`Pallet::update_profile`]
//! changes name, sports and key. An athlete approves at most [`Config::MaxDelegates`]
//! delegates (coaches, organizers) with [`Pallet::add_delegate`]; a delegate may submit
//! performances on the athlete's behalf, paying deposit and witness reward itself.
//! [`Pallet::unregister_athlete`] removes the profile (with its delegates), its history and
//! the personal bests of its declared sports and releases the deposit, once none of its
//! performances is pending; its performances and its leaderboard and competition ranking
//! entries stay, as records of verified performances (see *Reaping*). Dropping a sport with
//! [`Pallet::update_profile`] removes its personal best.
//!
//! ## Sports
//!
//! Only sports in the registry ([`Sports`]) have athletes, performances, competitions,
//! challenges and leaderboards (`UnknownSport` otherwise). [`Config::SportOrigin`] (Root in the
//! runtime) registers a sport without a deposit with [`Pallet::register_sport`]; any signed
//! account may register one holding [`Config::SportDeposit`] under
//! [`HoldReason::SportDeposit`], which pays for the entry and its leaderboards (one per level).
//! [`Pallet::retire_sport`] (the registrant, or `SportOrigin`) removes the entry and its four
//! leaderboards in one bounded call and releases the deposit; performances and personal bests
//! in the sport stay, profiles may keep declaring it, but nothing new is submitted, created or
//! declared in it. The genesis config registers a list of sports.
//!
//! Text fields (names, venues, evidence) must be UTF-8 without control characters; sports and
//! tags are slugs of `a-z`, `0-9`, `-`, `_`. This keeps the Nostr export well-formed.
//!
//! ## Performances and verification
//!
//! [`Pallet::submit_performance`] stores a pending performance (sport, claimed metrics in
//! thousandths, optional location, optional competition, evidence hash, optional related
//! Nostr event, tags), holds [`Config::PerformanceDeposit`] from the submitter under
//! [`HoldReason::PerformanceDeposit`], and opens a request in [`Config::Domain`] through
//! [`Config::Verifier`] (the submitter pays the witness reward and the verifier's own
//! deposit), on the interface of `verification-primitives`. Nobody interested chooses the
//! judges: the panel is [`Config::PanelSeats`] seats drawn by the engine, stake-weighted,
//! never the submitter, the athlete or the athlete's delegates (passed as excluded accounts).
//! Request parameters come from constants: quorum [`Config::MinWitnesses`] seats and
//! [`Config::MinWitnessWeight`] of revealed weight, threshold [`Config::ApprovalThreshold`],
//! [`Config::CommitPeriod`], [`Config::RevealPeriod`], [`Config::AppealPeriod`], score range
//! `0..=MaxScore`. The subject is `blake2_256(SCALE(("arete/performance", id, athlete,
//! event)))`.
//!
//! [`Pallet::claim_performance`] does the same (same checks, deposit and pending performance,
//! event [`Event::PerformanceSubmitted`]) but opens an optimistic claim instead: the verifier
//! holds the submitter's bond on the claim `Approved` with score `event.metrics.score`. During
//! [`Config::ClaimLiveness`] blocks anyone but the submitter, the athlete and its delegates may
//! dispute it with a matching bond, which sends the performance to a panel of
//! [`Config::PanelSeats`] seats the engine draws (the same terms and exclusions as a submitted
//! performance's panel, paid the claim's reward), and that panel's decision is the outcome. A
//! claim nobody disputed stands: the outcome is `Approved` with the claimed score and
//! resolution `Undisputed`, with no witnesses.
//!
//! The outcome arrives through `verification_primitives::VerificationOutcomeHandler`
//! (outcomes of other domains are ignored; request ids map to performances in
//! [`RequestPerformance`]):
//! - *Approved*: the performance becomes `Verified` with the decided score (the claimed
//!   score if the verifier gave none); its witnesses become the coherent panel members
//!   (heaviest first, at most `MaxWitnesses`); history, personal best (for a declared sport),
//!   leaderboard (for a registered sport), level, competition ranking and prediction pool are
//!   updated, and the performance becomes eligible for challenge prizes
//!   ([`ChallengeEligibility`]).
//! - Prediction pools settle and performances become eligible for challenge prizes only on
//!   outcomes whose resolution can move value (a panel the chain drew, or a claim anyone could
//!   have disputed before such a panel and nobody did); on any other (a named panel) the
//!   career is recorded but the performance can never claim a challenge prize and every stake
//!   is refunded.
//! - *Rejected*: [`Config::RejectionSlash`] of the deposit goes to
//!   [`Config::SlashDestination`].
//! - *Inconclusive*: nothing is slashed.
//!
//! In every case the (rest of the) deposit stays held while the record lives: it returns to
//! the submitter when the performance is reaped (see *Reaping*).
//!
//! The handler's weight is bounded by [`Pallet::max_outcome_weight`], which the engine charges
//! for every finalization.
//!
//! ## Careers
//!
//! - History: the most recent [`Config::MaxHistory`] verified performances per athlete.
//! - Personal best per athlete and sport.
//! - Leaderboards per sport and level: the best verified score per athlete, top
//!   [`Config::LeaderboardSize`], sorted by score (ties: earlier performance first). A
//!   performance's level is its competition's level, else the athlete's level at submission;
//!   a competition's performance verified after its organizer's accreditation was lowered or
//!   revoked counts at the accredited level (`Local` without accreditation).
//! - Levels: an athlete at level `L` whose verified score reaches the threshold of the next
//!   level ([`Config::RegionalThreshold`], [`Config::NationalThreshold`],
//!   [`Config::InternationalThreshold`]) moves up one level (one level per performance).
//!
//! ## Money: holds and the pot
//!
//! Deposits and challenge escrows are held on the payer's account. Prize pools and prediction
//! stakes, which are paid to others pull-wise, are moved into the pallet's pot account
//! ([`Config::PalletId`]) and held there under [`HoldReason::PrizePool`] and
//! [`HoldReason::PredictionPool`]; the first funder or staker seeds the pot with the
//! existential deposit once (event [`Event::PotSeeded`]), which stays in the pot for good so
//! that it can receive amounts of any size. Rounding never creates or destroys funds.
//!
//! ## Competitions and prize pools
//!
//! [`Pallet::create_competition`] (deposit [`Config::CompetitionDeposit`]) sets sport, level,
//! venue, coordinates, start and end blocks and a prize table (share per rank, sum at most
//! 100%). Anyone may run a `Local` competition; a higher level needs the organizer's
//! accreditation for that level or above ([`Accreditations`], granted by
//! [`Config::AccreditationOrigin`] with [`Pallet::accredit`], withdrawn with
//! [`Pallet::revoke_accreditation`]), so that no athlete reaches a higher leaderboard through
//! a competition of its own. Performances of the competition's sport may be linked to it between start and end.
//! Anyone funds the pool with [`Pallet::fund_competition`] until the end; each funder's entry
//! holds [`Config::FunderDeposit`] (there is no cap on funders: nothing iterates them). After
//! the end, once no linked performance is pending, anyone calls
//! [`Pallet::close_competition`]: rank `i` of the ranking (best verified score per athlete
//! among linked performances) receives `prizes[i] × pool` (rounded down); everything not paid
//! (missing ranks, rounding, the share above the table's sum, failed transfers) is
//! *refundable*. Each funder claims `refundable × contribution / pool` (rounded down) and its
//! entry's deposit with [`Pallet::claim_refund`]; the last funder to claim receives what is
//! left, so the refunds add up exactly. `RefundPeriod` after the closing anyone may push the
//! refunds of the funders left, a batch at a time ([`Pallet::reap_funders`]). The organizer's
//! deposit stays held until [`Pallet::reap_competition`] removes the closed competition and
//! its ranking, once no funder is left.
//!
//! ## Sponsored challenges
//!
//! [`Pallet::create_challenge`] holds an escrow from the sponsor under
//! [`HoldReason::ChallengeEscrow`] with criteria (sport, minimum verified score, minimum
//! difficulty, minimum athlete level, deadline, number of winners); each prize is
//! `escrow / winners` (rounded down, at least [`Config::MinChallengePrize`]). Any number of
//! challenges may be open in a sport: nothing iterates them. Prizes are claimed pull-wise:
//! until the deadline, anyone calls [`Pallet::claim_challenge`] with a challenge and a
//! performance, and the performance's athlete is paid one prize from the sponsor's hold if
//! the challenge is open, the performance is verified (by an outcome that can move value, see
//! [`ChallengeEligibility`]), of the challenge's sport, submitted in or after the challenge's
//! creation block, and meets the criteria (its verified score, its claimed difficulty, and the
//! higher of the level it counts at and its athlete's level once verified), and its athlete is
//! not the sponsor and has not won this challenge yet (one prize per athlete and challenge,
//! [`ChallengeWinners`]). The last prize completes the challenge. Once every prize is paid, or
//! after the deadline, anyone calls [`Pallet::close_challenge`], which releases the unclaimed
//! remainder to the sponsor.
//!
//! ## Prediction pools
//!
//! While a performance is pending, once its panel is drawn (before, nobody knows who will
//! vote) and before `submitted_at + PredictionLockPeriod` (never after the commit phase),
//! anyone but the athlete, the submitter and the members of its
//! drawn panel (read from the verifier's request view; a member cannot bet on what it votes
//! on) stakes on `Success` or `Failure` with
//! [`Pallet::predict`] (at least [`Config::MinStake`], one side per account; each entry holds
//! [`Config::PredictionDeposit`] from its staker, and there is no cap on stakers: nothing
//! iterates them). A claimed performance takes stakes from its claim on,
//! during its liveness window (there is no panel to keep out yet; only the athlete and the
//! submitter are barred), under the same lock `submitted_at + PredictionLockPeriod`, and never
//! once the window ended undisputed (its outcome is then known). Once disputed it is a
//! drawn-panel performance: no stakes while its dispute panel is drawn, then none by that
//! panel's members. At the outcome the pool is settled in
//! O(1 + MaxWitnesses):
//! - Inconclusive, or nobody staked on the winning side: every stake is refunded.
//! - Otherwise the fee `PredictionFee × losing total` (rounded down) is paid once to the
//!   agreeing witnesses (heaviest `MaxWitnesses`), split by weight (rounded down):
//!   - *Verified* (`Success` wins): the athlete receives `PredictionAthleteShare` of the fee,
//!     the witnesses share the rest; rounding and undeliverable witness shares go to the
//!     athlete (the whole fee, for an undisputed claim, which has no witnesses).
//!   - *Rejected* (`Failure` wins): the athlete receives nothing; the witnesses share the
//!     whole fee; rounding and undeliverable shares are not paid.
//!
//!   Whatever is not paid stays in the pool for the winners:
//!   `distributable = losing total - fee paid`.
//!
//! Each staker then calls [`Pallet::claim_prediction`]: a winner receives its stake plus
//! `distributable × stake / winning total` (rounded down), the last winner to claim receives
//! the remaining winnings (the rounding dust); a loser receives nothing. Hence
//! `Σ payouts + fee paid = pool`, exactly. Each claim also releases the entry's deposit and
//! removes the entry; the pool goes with its last entry. `ClaimPeriod` after the settlement
//! anyone may reap an entry left ([`Pallet::reap_prediction`]): its payout is pushed to its
//! staker exactly as a claim would pay it, with its deposit.
//!
//! ## Reaping
//!
//! State is paid while it lives: every record holds a deposit until it is removed, and every
//! settled record can be removed by anyone, returning the deposit to whoever paid it.
//!
//! | Record | Deposit | Reaped by | When |
//! |---|---|---|---|
//! | performance | `PerformanceDeposit` (submitter) | [`Pallet::reap_performance`] | rejected or inconclusive: `ReapDelay` after the outcome (at once if the athlete left); verified: once the athlete left and no leaderboard, competition ranking or personal best lists it |
//! | prediction entry | `PredictionDeposit` (staker) | [`Pallet::claim_prediction`], [`Pallet::reap_prediction`] | after the settlement; by anyone `ClaimPeriod` after it |
//! | funder entry | `FunderDeposit` (funder) | [`Pallet::claim_refund`], [`Pallet::reap_funders`] | after the closing; by anyone `RefundPeriod` after it |
//! | competition and ranking | `CompetitionDeposit` (organizer) | [`Pallet::reap_competition`] | closed, no funder left |
//! | personal best | the athlete's `AthleteDeposit` | [`Pallet::update_profile`], [`Pallet::reap_personal_best`] | sport dropped; orphans (legacy, or of an athlete that left) |
//! | sport and leaderboards | `SportDeposit` (registrant) | [`Pallet::retire_sport`] | by the registrant or `SportOrigin` |
//!
//! ## Nostr export
//!
//! [`runtime_api::PerformanceApi::nostr_event`] renders a verified performance of an athlete
//! with a Nostr key as an unsigned NIP-01 event of kind 1337 (see [`nostr`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod features;
pub mod migrations;
pub mod nostr;
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
mod tests_challenges;
#[cfg(test)]
mod tests_claims;
#[cfg(test)]
mod tests_reaping;
#[cfg(test)]
mod tests_witnesses;

pub use types::*;
pub use weights::WeightInfo;

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::performance";

/// Sets up state the benchmarks cannot create through the pallet's own interfaces.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a witness the verifier accepts on a named panel (e.g. fund it and register
	/// it with `pallet-witnesses`).
	fn register_witness(who: &AccountId);

	/// Make the witnesses registered so far candidates of the verifier's draws in `domain`
	/// (e.g. rebuild the domain's roster). Nothing by default.
	fn witnesses_registered(_domain: DomainId) {}

	/// Bring verification request `request` to the point where its panel is drawn (e.g. move
	/// to its seed block and draw). Nothing by default.
	fn draw_panel(_request: RequestId) {}
}

#[cfg(feature = "runtime-benchmarks")]
impl<AccountId> BenchmarkHelper<AccountId> for () {
	fn register_witness(_: &AccountId) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::features::performances::SubmissionMode;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, hold::Balanced as BalancedHold, MutateHold},
			OnUnbalanced, UnixTime,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;
	use verification_primitives::VerificationProvider;

	/// The in-code storage version (1: `OpenChallenges` removed, challenges claimed pull-wise;
	/// 2: sport registry, deposits held until records are reaped; see [`crate::migrations`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons for which the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An athlete profile's deposit (on the athlete).
		AthleteDeposit,
		/// A competition's deposit (on the organizer).
		CompetitionDeposit,
		/// A pending performance's deposit (on the submitter).
		PerformanceDeposit,
		/// A sponsored challenge's escrow (on the sponsor).
		ChallengeEscrow,
		/// Competition prize pools (on the pot account).
		PrizePool,
		/// Prediction stakes (on the pot account).
		PredictionPool,
		/// A registered sport's deposit (on the registrant).
		SportDeposit,
		/// A funder's deposit for its entry in a competition's funds (on the funder).
		FunderDeposit,
		/// A staker's deposit for its entry in a prediction pool (on the staker).
		PredictionDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits, pools and stakes are held in.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The verification engine (`pallet-witnesses` in the runtime), through the interface of
		/// `verification-primitives`.
		type Verifier: VerificationProvider<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// Wall-clock time, for the `created_at` of exported Nostr events.
		type UnixTime: UnixTime;

		/// Where the slashed part of rejected performances' deposits goes.
		type SlashDestination: OnUnbalanced<CreditOf<Self>>;

		/// Weight information for the pallet's extrinsics and outcome handler.
		type WeightInfo: WeightInfo;

		/// Benchmark setup helper.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;

		/// The pallet id; its account is the pot holding prize pools and prediction stakes.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The verification domain of performance requests, e.g. `*b"perform\0"`.
		#[pallet::constant]
		type Domain: Get<DomainId>;

		/// Deposit held for an athlete profile.
		#[pallet::constant]
		type AthleteDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a competition and its ranking until it is reaped
		/// ([`Pallet::reap_competition`]).
		#[pallet::constant]
		type CompetitionDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a performance until its record is reaped
		/// ([`Pallet::reap_performance`]); `RejectionSlash` of it is slashed if rejected.
		#[pallet::constant]
		type PerformanceDeposit: Get<BalanceOf<Self>>;

		/// Share of the deposit of a rejected performance that is slashed.
		#[pallet::constant]
		type RejectionSlash: Get<Perbill>;

		/// Maximum length of names (athletes, competitions).
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Maximum length of a sport identifier.
		#[pallet::constant]
		type MaxSportLen: Get<u32>;

		/// Maximum number of sports an athlete declares.
		#[pallet::constant]
		type MaxSportsPerAthlete: Get<u32>;

		/// Maximum number of delegates per athlete.
		#[pallet::constant]
		type MaxDelegates: Get<u32>;

		/// Maximum length of a venue name.
		#[pallet::constant]
		type MaxVenueLen: Get<u32>;

		/// Maximum length of an evidence content hash.
		#[pallet::constant]
		type MaxEvidenceLen: Get<u32>;

		/// Maximum length of a tag.
		#[pallet::constant]
		type MaxTagLen: Get<u32>;

		/// Maximum number of tags per performance.
		#[pallet::constant]
		type MaxTags: Get<u32>;

		/// Maximum number of recorded agreeing witnesses and of witnesses sharing a prediction
		/// fee (at least `PanelSeats`).
		#[pallet::constant]
		type MaxWitnesses: Get<u32>;

		/// Number of recent verified performances kept per athlete.
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// Number of entries per leaderboard.
		#[pallet::constant]
		type LeaderboardSize: Get<u32>;

		/// Maximum number of ranks in a prize table (also the length of competition rankings).
		#[pallet::constant]
		type MaxPrizeRanks: Get<u32>;

		/// Maximum number of winners of a challenge.
		#[pallet::constant]
		type MaxChallengeWinners: Get<u32>;

		/// Seats of the panel the engine draws for each performance.
		#[pallet::constant]
		type PanelSeats: Get<u32>;

		/// Minimum number of revealed seats for a conclusive verification.
		#[pallet::constant]
		type MinWitnesses: Get<u32>;

		/// Minimum revealed witness weight for a conclusive verification.
		#[pallet::constant]
		type MinWitnessWeight: Get<u128>;

		/// Share of the revealed weight that must approve.
		#[pallet::constant]
		type ApprovalThreshold: Get<Perbill>;

		/// Commit period of verification requests.
		#[pallet::constant]
		type CommitPeriod: Get<BlockNumberFor<Self>>;

		/// Reveal period of verification requests.
		#[pallet::constant]
		type RevealPeriod: Get<BlockNumberFor<Self>>;

		/// Appeal window of verification requests (passed to the engine, which will offer
		/// appeals within it).
		#[pallet::constant]
		type AppealPeriod: Get<BlockNumberFor<Self>>;

		/// Liveness window of a claimed performance ([`Pallet::claim_performance`]), in blocks
		/// from the claim: until it ends, anyone but the submitter, the athlete and its
		/// delegates may dispute the claim with a bond matching the submitter's, which sends the
		/// performance to a panel of `PanelSeats` seats the engine draws; a claim nobody
		/// disputed stands once it has ended. The engine bounds it (at least its minimum
		/// liveness, at most its longest round); `integrity_test` checks it against an engine
		/// that offers claims.
		#[pallet::constant]
		type ClaimLiveness: Get<BlockNumberFor<Self>>;

		/// Highest score (thousandths); witnesses score in `0..=MaxScore` and claimed metrics
		/// may not exceed it.
		#[pallet::constant]
		type MaxScore: Get<u32>;

		/// Minimum witness reward of a submission.
		#[pallet::constant]
		type MinWitnessReward: Get<BalanceOf<Self>>;

		/// Verified score that moves a local athlete to regional.
		#[pallet::constant]
		type RegionalThreshold: Get<u32>;

		/// Verified score that moves a regional athlete to national.
		#[pallet::constant]
		type NationalThreshold: Get<u32>;

		/// Verified score that moves a national athlete to international.
		#[pallet::constant]
		type InternationalThreshold: Get<u32>;

		/// Maximum length of a competition (end - start).
		#[pallet::constant]
		type MaxCompetitionDuration: Get<BlockNumberFor<Self>>;

		/// Minimum amount of one funding of a prize pool.
		#[pallet::constant]
		type MinFunding: Get<BalanceOf<Self>>;

		/// Minimum prize of a challenge.
		#[pallet::constant]
		type MinChallengePrize: Get<BalanceOf<Self>>;

		/// Maximum time from a challenge's creation to its deadline.
		#[pallet::constant]
		type MaxChallengeDuration: Get<BlockNumberFor<Self>>;

		/// Minimum stake of a prediction.
		#[pallet::constant]
		type MinStake: Get<BalanceOf<Self>>;

		/// Predictions are accepted once the panel is drawn and before `submitted_at +
		/// PredictionLockPeriod` (more than the verifier's draw delay, at most that delay plus
		/// `CommitPeriod`).
		#[pallet::constant]
		type PredictionLockPeriod: Get<BlockNumberFor<Self>>;

		/// Share of the losing side paid as a fee to the agreeing witnesses and, if the
		/// performance is verified, the athlete.
		#[pallet::constant]
		type PredictionFee: Get<Perbill>;

		/// Share of the fee that goes to the athlete of a verified performance (the rest to
		/// the agreeing witnesses); a rejected performance's fee goes to the witnesses only.
		#[pallet::constant]
		type PredictionAthleteShare: Get<Perbill>;

		/// The origin that accredits competition organizers for levels above `Local`.
		type AccreditationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The origin that registers sports without a deposit and retires any sport.
		type SportOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held from a signed account that registers a sport, until the sport is
		/// retired. It pays for the sport's registry entry and its leaderboards (one per level).
		#[pallet::constant]
		type SportDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from each funder of a competition for its entry in the competition's
		/// funds, until it is refunded.
		#[pallet::constant]
		type FunderDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from each staker of a prediction pool for its entry, until the entry is
		/// claimed or reaped.
		#[pallet::constant]
		type PredictionDeposit: Get<BalanceOf<Self>>;

		/// Blocks after its outcome from which a rejected or inconclusive performance may be
		/// reaped ([`Pallet::reap_performance`]).
		#[pallet::constant]
		type ReapDelay: Get<BlockNumberFor<Self>>;

		/// Blocks after a prediction pool's settlement during which only its stakers claim;
		/// from then on anyone may reap their entries ([`Pallet::reap_prediction`]).
		#[pallet::constant]
		type ClaimPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after a competition's closing during which only its funders claim their
		/// refunds; from then on anyone may push them ([`Pallet::reap_funders`]).
		#[pallet::constant]
		type RefundPeriod: Get<BlockNumberFor<Self>>;
	}

	/// The sport registry: only registered sports have athletes, performances, competitions,
	/// challenges and leaderboards. Each entry is paid for by its registrant's `SportDeposit`
	/// (or registered by `SportOrigin` without one).
	#[pallet::storage]
	pub type Sports<T: Config> =
		StorageMap<_, Blake2_128Concat, SportOf<T>, SportInfoOf<T>, OptionQuery>;

	/// Sports registered at genesis, by `SportOrigin` (no registrant, no deposit).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The sports, each a slug, each once.
		pub sports: alloc::vec::Vec<SportOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for sport in &self.sports {
				// A chain spec with a bad sport must not start.
				assert!(
					crate::features::validation::is_slug(sport),
					"genesis sports must be slugs of a-z, 0-9, - and _"
				);
				assert!(!Sports::<T>::contains_key(sport), "a genesis sport is listed twice");
				Sports::<T>::insert(
					sport,
					SportInfo { registrant: None, deposit: sp_runtime::traits::Zero::zero() },
				);
			}
		}
	}

	/// The highest competition level each accredited organizer may run (never `Local`, which
	/// needs no accreditation). Set by [`Config::AccreditationOrigin`]; one entry per
	/// organizer, paid for by that privileged origin's decision rather than a deposit.
	#[pallet::storage]
	pub type Accreditations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Level, OptionQuery>;

	/// Athlete profiles.
	#[pallet::storage]
	pub type Athletes<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AthleteOf<T>, OptionQuery>;

	/// The next performance id.
	#[pallet::storage]
	pub type NextPerformanceId<T: Config> = StorageValue<_, PerformanceId, ValueQuery>;

	/// Performances (pending, verified, rejected or inconclusive).
	#[pallet::storage]
	pub type Performances<T: Config> =
		StorageMap<_, Twox64Concat, PerformanceId, PerformanceOf<T>, OptionQuery>;

	/// The performance of each open verification request.
	#[pallet::storage]
	pub type RequestPerformance<T: Config> =
		StorageMap<_, Twox64Concat, RequestId, PerformanceId, OptionQuery>;

	/// The most recent verified performances per athlete, oldest first.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, HistoryOf<T>, ValueQuery>;

	/// Personal best per athlete and sport.
	#[pallet::storage]
	pub type PersonalBests<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		SportOf<T>,
		PersonalBest,
		OptionQuery,
	>;

	/// Leaderboards per sport and level.
	#[pallet::storage]
	pub type Leaderboards<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		SportOf<T>,
		Twox64Concat,
		Level,
		LeaderboardOf<T>,
		ValueQuery,
	>;

	/// The next competition id.
	#[pallet::storage]
	pub type NextCompetitionId<T: Config> = StorageValue<_, CompetitionId, ValueQuery>;

	/// Competitions.
	#[pallet::storage]
	pub type Competitions<T: Config> =
		StorageMap<_, Twox64Concat, CompetitionId, CompetitionOf<T>, OptionQuery>;

	/// Ranking of each competition (best verified score per athlete).
	#[pallet::storage]
	pub type CompetitionRankings<T: Config> =
		StorageMap<_, Twox64Concat, CompetitionId, RankingOf<T>, ValueQuery>;

	/// Each funder's entry in a competition's prize pool (its contribution and its deposit),
	/// until it is refunded. Any number of funders: each entry pays for itself.
	#[pallet::storage]
	pub type CompetitionFunds<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CompetitionId,
		Blake2_128Concat,
		T::AccountId,
		FundOf<T>,
		OptionQuery,
	>;

	/// The next challenge id.
	#[pallet::storage]
	pub type NextChallengeId<T: Config> = StorageValue<_, ChallengeId, ValueQuery>;

	/// Sponsored challenges (open or completed, until closed).
	#[pallet::storage]
	pub type Challenges<T: Config> =
		StorageMap<_, Twox64Concat, ChallengeId, ChallengeOf<T>, OptionQuery>;

	/// Athletes who won a challenge, with the performance that won it (until the challenge is
	/// closed).
	#[pallet::storage]
	pub type ChallengeWinners<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ChallengeId,
		Blake2_128Concat,
		T::AccountId,
		PerformanceId,
		OptionQuery,
	>;

	/// The level at which each performance verified by an outcome that can move value (a panel
	/// the chain drew, or a claim nobody disputed) qualifies for challenges: the higher of the
	/// level it counts at and its athlete's level once it was verified. Written at
	/// verification and kept like the performance itself. Only performances listed here claim
	/// challenge prizes: one verified by a named panel, or before storage version 1 (when
	/// challenges were paid at verification), has no entry.
	#[pallet::storage]
	pub type ChallengeEligibility<T: Config> =
		StorageMap<_, Twox64Concat, PerformanceId, Level, OptionQuery>;

	/// Prediction pools per performance (until every stake is claimed).
	#[pallet::storage]
	pub type PredictionPools<T: Config> =
		StorageMap<_, Twox64Concat, PerformanceId, PredictionPoolOf<T>, OptionQuery>;

	/// Stakes per performance and staker (until claimed).
	#[pallet::storage]
	pub type Predictions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PerformanceId,
		Blake2_128Concat,
		T::AccountId,
		Prediction<BalanceOf<T>>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An athlete registered.
		AthleteRegistered { who: T::AccountId, deposit: BalanceOf<T> },
		/// An athlete changed name, sports or Nostr key.
		ProfileUpdated { who: T::AccountId },
		/// An athlete approved a delegate.
		DelegateAdded { athlete: T::AccountId, delegate: T::AccountId },
		/// An athlete removed a delegate.
		DelegateRemoved { athlete: T::AccountId, delegate: T::AccountId },
		/// A performance was submitted (or claimed) and its verification requested (`request`
		/// is a drawn panel's or an optimistic claim's, as the verifier's request view shows).
		PerformanceSubmitted {
			id: PerformanceId,
			athlete: T::AccountId,
			submitter: T::AccountId,
			request: RequestId,
			competition: Option<CompetitionId>,
		},
		/// A performance was verified with consensus score `score`.
		PerformanceVerified { id: PerformanceId, athlete: T::AccountId, score: u32 },
		/// A performance was rejected; `slashed` of its deposit went to the slash destination.
		PerformanceRejected { id: PerformanceId, athlete: T::AccountId, slashed: BalanceOf<T> },
		/// A performance's verification was inconclusive.
		PerformanceInconclusive { id: PerformanceId, athlete: T::AccountId },
		/// A new personal best.
		PersonalBestSet {
			athlete: T::AccountId,
			sport: SportOf<T>,
			performance: PerformanceId,
			score: u32,
		},
		/// A performance entered a leaderboard at `rank` (0 is first).
		LeaderboardEntered { sport: SportOf<T>, level: Level, athlete: T::AccountId, rank: u32 },
		/// An athlete moved up a level.
		LevelReached { athlete: T::AccountId, level: Level },
		/// A competition was created.
		CompetitionCreated {
			id: CompetitionId,
			organizer: T::AccountId,
			sport: SportOf<T>,
			level: Level,
			start: BlockNumberFor<T>,
			end: BlockNumberFor<T>,
		},
		/// A competition's prize pool was funded.
		CompetitionFunded {
			id: CompetitionId,
			funder: T::AccountId,
			amount: BalanceOf<T>,
			pool: BalanceOf<T>,
		},
		/// A prize was paid.
		PrizePaid {
			competition: CompetitionId,
			rank: u32,
			athlete: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A competition was closed.
		CompetitionClosed { id: CompetitionId, paid: BalanceOf<T>, refundable: BalanceOf<T> },
		/// A funder claimed its refund; its entry is gone and its `deposit` released.
		RefundClaimed {
			competition: CompetitionId,
			funder: T::AccountId,
			amount: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// A funder's refund was pushed `RefundPeriod` after the closing; its entry is gone and
		/// its `deposit` released.
		RefundReaped {
			competition: CompetitionId,
			funder: T::AccountId,
			amount: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// A closed competition with no funder left was removed with its ranking; `deposit`
		/// went back to its organizer.
		CompetitionReaped { id: CompetitionId, organizer: T::AccountId, deposit: BalanceOf<T> },
		/// A sponsored challenge was created.
		ChallengeCreated {
			id: ChallengeId,
			sponsor: T::AccountId,
			sport: SportOf<T>,
			prize: BalanceOf<T>,
			winners: u32,
			deadline: BlockNumberFor<T>,
		},
		/// A challenge prize was paid.
		ChallengePrizePaid {
			id: ChallengeId,
			athlete: T::AccountId,
			performance: PerformanceId,
			amount: BalanceOf<T>,
		},
		/// Every prize of a challenge was paid.
		ChallengeCompleted { id: ChallengeId },
		/// A challenge was closed; `returned` went back to the sponsor.
		ChallengeClosed { id: ChallengeId, returned: BalanceOf<T> },
		/// The pot account was seeded with the existential deposit.
		PotSeeded { who: T::AccountId, amount: BalanceOf<T> },
		/// A stake on a performance's outcome.
		Predicted {
			performance: PerformanceId,
			who: T::AccountId,
			side: PredictionSide,
			amount: BalanceOf<T>,
		},
		/// A prediction pool was settled.
		PredictionsSettled {
			performance: PerformanceId,
			settlement: Settlement<BalanceOf<T>>,
			fee_paid: BalanceOf<T>,
		},
		/// Part of a prediction fee was paid.
		PredictionFeePaid { performance: PerformanceId, who: T::AccountId, amount: BalanceOf<T> },
		/// A staker claimed (`amount` is zero for a losing stake); its entry is gone and its
		/// `deposit` released.
		PredictionClaimed {
			performance: PerformanceId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// An entry left `ClaimPeriod` after its pool's settlement was reaped: `amount` was paid
		/// to its staker (zero for a losing stake), its `deposit` released, the entry removed
		/// (the pool too with its last entry).
		PredictionReaped {
			performance: PerformanceId,
			staker: T::AccountId,
			amount: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// An athlete removed its profile; `deposit` was released.
		AthleteUnregistered { who: T::AccountId, deposit: BalanceOf<T> },
		/// An organizer was accredited for competitions up to `level`.
		OrganizerAccredited { organizer: T::AccountId, level: Level },
		/// An organizer's accreditation was revoked: its competitions count as `Local` from now.
		AccreditationRevoked { organizer: T::AccountId },
		/// A settled performance was reaped: its record is gone and `deposit` went back to its
		/// submitter.
		PerformanceReaped { id: PerformanceId, submitter: T::AccountId, deposit: BalanceOf<T> },
		/// A personal best was removed: its sport was dropped from the profile, or it was
		/// reaped as an orphan.
		PersonalBestRemoved { athlete: T::AccountId, sport: SportOf<T> },
		/// A sport was registered; `registrant` holds `deposit` (none for `SportOrigin`).
		SportRegistered {
			sport: SportOf<T>,
			registrant: Option<T::AccountId>,
			deposit: BalanceOf<T>,
		},
		/// A sport was retired: its registry entry and its leaderboards are gone, and
		/// `deposit` went back to `registrant`.
		SportRetired { sport: SportOf<T>, registrant: Option<T::AccountId>, deposit: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already has an athlete profile.
		AlreadyRegistered,
		/// The account has no athlete profile.
		NotAthlete,
		/// A name is empty or not UTF-8 without control characters.
		InvalidName,
		/// A sport is not a slug of `a-z`, `0-9`, `-`, `_`.
		InvalidSport,
		/// A sport is listed twice.
		DuplicateSport,
		/// An athlete cannot delegate to itself.
		SelfDelegate,
		/// The account is already a delegate.
		AlreadyDelegate,
		/// The athlete has `MaxDelegates` delegates.
		TooManyDelegates,
		/// The account is not a delegate of the athlete.
		NotDelegate,
		/// The caller is neither the athlete nor one of its delegates.
		NotAuthorized,
		/// The athlete did not declare the performance's sport.
		SportNotDeclared,
		/// A metric exceeds `MaxScore`.
		InvalidMetrics,
		/// Coordinates are out of range.
		InvalidCoordinates,
		/// A venue is not UTF-8 without control characters.
		InvalidVenue,
		/// The evidence is empty or not UTF-8 without control characters.
		InvalidEvidence,
		/// A tag is not a slug.
		InvalidTag,
		/// The witness reward is below `MinWitnessReward`.
		RewardTooLow,
		/// Start is in the past, end not after start, or the competition is too long.
		InvalidSchedule,
		/// The prize table is empty or sums to more than 100%.
		InvalidPrizeTable,
		/// No such competition.
		UnknownCompetition,
		/// The performance's sport is not the competition's (when linking it) or the
		/// challenge's (when claiming a prize).
		SportMismatch,
		/// The competition is not running (before start or after end).
		CompetitionNotRunning,
		/// The competition has ended.
		CompetitionEnded,
		/// The competition has not ended yet.
		CompetitionNotEnded,
		/// The competition is already closed.
		CompetitionClosed,
		/// The competition is not closed yet.
		CompetitionNotClosed,
		/// Performances await verification: performances linked to the competition (when
		/// closing it) or the athlete's own (when unregistering).
		PendingPerformances,
		/// The amount is below `MinFunding`.
		FundingTooLow,
		/// The caller did not fund this competition (or was refunded).
		NotFunder,
		/// Winners are zero or above `MaxChallengeWinners`.
		InvalidWinners,
		/// The prize per winner is below `MinChallengePrize`.
		PrizeTooLow,
		/// The deadline is not in the future or too far away.
		InvalidDeadline,
		/// The challenge is completed: every prize was paid.
		ChallengeNotOpen,
		/// No such challenge.
		UnknownChallenge,
		/// The challenge is open and before its deadline.
		ChallengeStillOpen,
		/// No such performance.
		UnknownPerformance,
		/// The performance is not pending.
		NotPending,
		/// Predictions on this performance are locked: `PredictionLockPeriod` has passed since
		/// its submission, or its claim's liveness window ended undisputed.
		PredictionsLocked,
		/// The stake is below `MinStake`.
		StakeTooLow,
		/// The account already staked on the other side.
		ConflictingPrediction,
		/// The athlete, the submitter and the members of the performance's drawn panel (its
		/// dispute panel, for a disputed claim) cannot predict.
		NotAllowedToPredict,
		/// The caller has no stake on this performance.
		NoPrediction,
		/// The performance's verification has not ended.
		NotSettled,
		/// An arithmetic overflow occurred.
		Overflow,
		/// The performance's verification has no panel drawn by the chain and is no claim in
		/// its liveness window (a request from before drawn panels, or one whose panel, or a
		/// disputed claim's panel, is not drawn yet): no pool on it (yet).
		NoDrawnPanel,
		/// The organizer is not accredited for the competition's level (when creating a
		/// competition above `Local`), or not accredited at all (when revoking).
		NotAccredited,
		/// Too early to reap: `ClaimPeriod` has not passed since the pool's settlement (when
		/// reaping a prediction), `RefundPeriod` since the competition's closing (when reaping
		/// its funders), or `ReapDelay` since the performance's outcome (when reaping it).
		TooEarly,
		/// `Local` competitions need no accreditation; accredit for `Regional` or above.
		LocalNeedsNoAccreditation,
		/// The challenge's deadline has passed: its prizes can no longer be claimed.
		ChallengeExpired,
		/// The performance is not verified (pending, rejected or inconclusive).
		NotVerified,
		/// The performance was verified by an outcome that cannot move value (a named panel),
		/// or before challenges were claimed pull-wise: it claims no challenge prize.
		OutcomeMovesNoValue,
		/// The performance was submitted before the challenge was created.
		SubmittedBeforeChallenge,
		/// The performance does not meet the challenge's minimum score, difficulty or level.
		CriteriaNotMet,
		/// The performance's athlete is the challenge's sponsor.
		SponsorCannotWin,
		/// The performance's athlete already won this challenge.
		AlreadyWon,
		/// Funders of the closed competition have not been refunded yet (they claim, or after
		/// `RefundPeriod` anyone pushes their refunds with [`Pallet::reap_funders`]).
		FundersLeft,
		/// Every funder of the competition has been refunded.
		NoFundersLeft,
		/// The performance cannot be reaped: it is pending, or verified while its athlete is
		/// registered.
		NotReapable,
		/// The verified performance is still listed by a leaderboard, its competition's ranking
		/// or its athlete's personal best.
		StillReferenced,
		/// The athlete has no personal best in this sport.
		NoPersonalBest,
		/// The personal best belongs to a registered athlete that declares the sport.
		PersonalBestInUse,
		/// The sport is not registered (see [`Pallet::register_sport`]).
		UnknownSport,
		/// The sport is registered already.
		SportAlreadyRegistered,
		/// Only the sport's registrant (or `SportOrigin`) may retire it; a sport registered by
		/// `SportOrigin` only `SportOrigin` retires.
		NotRegistrant,
		/// The sport has leaderboards: only `SportOrigin` may retire it, not its registrant.
		SportInUse,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			Self::do_integrity_test();
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller as an athlete (level `Local`) in registered sports, holding
		/// `AthleteDeposit`.
		///
		/// # Errors
		/// `AlreadyRegistered`, `InvalidName`, `InvalidSport`, `DuplicateSport`, `UnknownSport`,
		/// or a currency error if the deposit cannot be held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_athlete())]
		pub fn register_athlete(
			origin: OriginFor<T>,
			name: NameOf<T>,
			sports: SportsOf<T>,
			nostr_key: Option<NostrKey>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_athlete(who, name, sports, nostr_key)
		}

		/// Replace the caller's name, sports and Nostr key. Sports added must be registered
		/// (those kept may have been retired since); the personal bests of sports dropped are
		/// removed.
		///
		/// # Errors
		/// `NotAthlete`, `InvalidName`, `InvalidSport`, `DuplicateSport`, `UnknownSport`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_profile())]
		pub fn update_profile(
			origin: OriginFor<T>,
			name: NameOf<T>,
			sports: SportsOf<T>,
			nostr_key: Option<NostrKey>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_profile(who, name, sports, nostr_key)
		}

		/// Allow `delegate` to submit performances on the caller's behalf.
		///
		/// # Errors
		/// `NotAthlete`, `SelfDelegate`, `AlreadyDelegate`, `TooManyDelegates`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_delegate())]
		pub fn add_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_delegate(who, delegate)
		}

		/// Revoke `delegate`.
		///
		/// # Errors
		/// `NotAthlete`, `NotDelegate`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		pub fn remove_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_delegate(who, delegate)
		}

		/// Submit a performance of `athlete` (the caller or an athlete who made the caller a
		/// delegate) and request its verification by a panel of `PanelSeats` seats the engine
		/// draws, never the athlete, its delegates or the caller; the caller holds
		/// `PerformanceDeposit` and pays `reward` to the witnesses.
		///
		/// # Errors
		/// `NotAthlete`, `NotAuthorized`, `InvalidSport`, `SportNotDeclared`, `UnknownSport`,
		/// `InvalidMetrics`, `InvalidCoordinates`, `InvalidVenue`, `InvalidEvidence`,
		/// `InvalidTag`, `RewardTooLow`, `UnknownCompetition`, `SportMismatch`,
		/// `CompetitionNotRunning`, `CompetitionClosed`, `Overflow`, any error of the
		/// verifier's `open_request` (e.g. not enough eligible witnesses), or a currency error.
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::submit_performance_weight())]
		pub fn submit_performance(
			origin: OriginFor<T>,
			athlete: T::AccountId,
			event: PerformanceInputOf<T>,
			reward: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_performance(who, athlete, event, reward, SubmissionMode::Panel)
				.map(|_| ())
		}

		/// Create a competition, holding `CompetitionDeposit` from the caller. A level above
		/// `Local` needs the caller's accreditation for that level or higher.
		///
		/// # Errors
		/// `InvalidName`, `InvalidSport`, `UnknownSport`, `NotAccredited`, `InvalidVenue`,
		/// `InvalidCoordinates`, `InvalidSchedule`, `InvalidPrizeTable`, `Overflow`, or a
		/// currency error.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_competition())]
		#[allow(clippy::too_many_arguments)]
		pub fn create_competition(
			origin: OriginFor<T>,
			name: NameOf<T>,
			sport: SportOf<T>,
			level: Level,
			location: Location<VenueOf<T>>,
			start: BlockNumberFor<T>,
			end: BlockNumberFor<T>,
			prizes: PrizeTableOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_competition(who, name, sport, level, location, start, end, prizes)
		}

		/// Add `amount` to the prize pool of competition `id` (moved to the pot and held). A new
		/// funder's entry holds `FunderDeposit` from it until refunded; there is no cap on
		/// funders.
		///
		/// # Errors
		/// `UnknownCompetition`, `CompetitionClosed`, `CompetitionEnded`, `FundingTooLow`,
		/// `Overflow`, or a currency error.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::fund_competition())]
		pub fn fund_competition(
			origin: OriginFor<T>,
			id: CompetitionId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_competition(who, id, amount)
		}

		/// Close competition `id` after its end (anyone may call): pay the prizes by ranking.
		/// The organizer's deposit stays held until [`Pallet::reap_competition`]. The weight is
		/// refunded down to the ranks paid.
		///
		/// # Errors
		/// `UnknownCompetition`, `CompetitionClosed`, `CompetitionNotEnded`,
		/// `PendingPerformances`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::close_competition(T::MaxPrizeRanks::get()))]
		pub fn close_competition(
			origin: OriginFor<T>,
			id: CompetitionId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let ranks = Self::do_close_competition(id)?;
			Ok(Some(T::WeightInfo::close_competition(ranks)).into())
		}

		/// Claim the caller's share of the refundable part of closed competition `id` and the
		/// deposit of its entry, which is removed.
		///
		/// # Errors
		/// `UnknownCompetition`, `CompetitionNotClosed`, `NotFunder`, or a currency error.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::claim_refund())]
		pub fn claim_refund(origin: OriginFor<T>, id: CompetitionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_refund(who, id)
		}

		/// Create a sponsored challenge, holding `escrow` from the caller. Its prizes are
		/// claimed with [`Pallet::claim_challenge`]; any number of challenges may be open.
		///
		/// # Errors
		/// `InvalidSport`, `UnknownSport`, `InvalidWinners`, `PrizeTooLow`, `InvalidDeadline`,
		/// `Overflow`, or a currency error.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::create_challenge())]
		pub fn create_challenge(
			origin: OriginFor<T>,
			criteria: CriteriaOf<T>,
			escrow: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_challenge(who, criteria, escrow)
		}

		/// Close challenge `id` once completed or after its deadline (anyone may call): the
		/// remaining escrow is released to the sponsor. The weight is refunded down to the
		/// number of winners.
		///
		/// # Errors
		/// `UnknownChallenge`, `ChallengeStillOpen`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::close_challenge(T::MaxChallengeWinners::get()))]
		pub fn close_challenge(
			origin: OriginFor<T>,
			id: ChallengeId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let winners = Self::do_close_challenge(id)?;
			Ok(Some(T::WeightInfo::close_challenge(winners)).into())
		}

		/// Stake `amount` on the outcome of pending performance `performance`: once its panel is
		/// drawn, or from its claim on during the claim's liveness window, and before
		/// `submitted_at + PredictionLockPeriod`. A new entry holds `PredictionDeposit` from the
		/// caller until it is claimed or reaped; there is no cap on stakers.
		///
		/// # Errors
		/// `UnknownPerformance`, `NotPending`, `PredictionsLocked`, `NoDrawnPanel`,
		/// `NotAllowedToPredict`, `StakeTooLow`, `ConflictingPrediction`, `Overflow`, or a
		/// currency error.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::predict())]
		pub fn predict(
			origin: OriginFor<T>,
			performance: PerformanceId,
			side: PredictionSide,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_predict(who, performance, side, amount)
		}

		/// Claim the caller's payout from the settled prediction pool of `performance` and the
		/// deposit of its entry, which is removed (the pool with its last entry).
		///
		/// # Errors
		/// `NoPrediction`, `NotSettled`, `Overflow`, or a currency error.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::claim_prediction())]
		pub fn claim_prediction(
			origin: OriginFor<T>,
			performance: PerformanceId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_prediction(who, performance)
		}

		/// Remove the caller's athlete profile (delegates included), its history and the
		/// personal bests of its declared sports, and release its `AthleteDeposit`. Its
		/// performances, leaderboard and competition ranking entries stay: they record
		/// verified performances; from now on [`Pallet::reap_performance`] removes those that
		/// nothing lists. Only possible while none of its performances is pending.
		///
		/// # Errors
		/// `NotAthlete`, `PendingPerformances`, or a currency error if the deposit cannot be
		/// released.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::unregister_athlete())]
		pub fn unregister_athlete(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unregister_athlete(who)
		}

		/// Accredit `organizer` for competitions up to `level` (`Regional` or above),
		/// replacing any previous accreditation. Origin: [`Config::AccreditationOrigin`].
		///
		/// # Errors
		/// `BadOrigin`, `LocalNeedsNoAccreditation`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::accredit())]
		pub fn accredit(
			origin: OriginFor<T>,
			organizer: T::AccountId,
			level: Level,
		) -> DispatchResult {
			T::AccreditationOrigin::ensure_origin(origin)?;
			Self::do_accredit(organizer, level)
		}

		/// Revoke the accreditation of `organizer`. Its competitions stay, but performances
		/// verified in them from now on count at `Local`. Origin:
		/// [`Config::AccreditationOrigin`].
		///
		/// # Errors
		/// `BadOrigin`, `NotAccredited`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::revoke_accreditation())]
		pub fn revoke_accreditation(
			origin: OriginFor<T>,
			organizer: T::AccountId,
		) -> DispatchResult {
			T::AccreditationOrigin::ensure_origin(origin)?;
			Self::do_revoke_accreditation(organizer)
		}

		/// Claim a performance of `athlete` (the caller or an athlete who made the caller a
		/// delegate) optimistically: the same checks, pending performance and
		/// `PerformanceDeposit` as [`Pallet::submit_performance`], but the verifier holds `bond`
		/// from the caller on the claim that the event is what it says with score
		/// `event.metrics.score`. If nobody disputes the claim within `ClaimLiveness` blocks, it
		/// stands: the performance is verified with the claimed score. Anyone but the caller,
		/// the athlete and its delegates may dispute it with a matching bond; a panel of
		/// `PanelSeats` seats the engine draws (never the athlete, its delegates or the caller),
		/// paid `reward`, then decides it like a submitted performance.
		///
		/// # Errors
		/// `NotAthlete`, `NotAuthorized`, `InvalidSport`, `SportNotDeclared`, `UnknownSport`,
		/// `InvalidMetrics`, `InvalidCoordinates`, `InvalidVenue`, `InvalidEvidence`,
		/// `InvalidTag`, `RewardTooLow`, `UnknownCompetition`, `SportMismatch`,
		/// `CompetitionNotRunning`, `CompetitionClosed`, `Overflow`, any error of the
		/// verifier's `open_request` (e.g. a bond below its minimum claim bond, or not enough
		/// funds for the bond), or a currency error.
		#[pallet::call_index(16)]
		#[pallet::weight(Pallet::<T>::claim_performance_weight())]
		pub fn claim_performance(
			origin: OriginFor<T>,
			athlete: T::AccountId,
			event: PerformanceInputOf<T>,
			reward: BalanceOf<T>,
			bond: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mode = SubmissionMode::Claim { bond };
			Self::do_submit_performance(who, athlete, event, reward, mode).map(|_| ())
		}

		/// Pay one prize of challenge `challenge` to the athlete of performance `performance`
		/// (anyone may call; the prize goes to the athlete, from the sponsor's escrow hold).
		/// Until the challenge's deadline, the performance must be verified by an outcome that
		/// can move value, be of the challenge's sport, have been submitted in or after the
		/// challenge's creation block and meet its criteria; its athlete must not be the
		/// sponsor and must not have won the challenge yet. The last prize completes the
		/// challenge.
		///
		/// # Errors
		/// `UnknownChallenge`, `ChallengeNotOpen`, `ChallengeExpired`, `UnknownPerformance`,
		/// `NotVerified`, `OutcomeMovesNoValue`, `SportMismatch`, `SubmittedBeforeChallenge`,
		/// `CriteriaNotMet`, `SponsorCannotWin`, `AlreadyWon`, or a currency error if the prize
		/// cannot be moved.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::claim_challenge())]
		pub fn claim_challenge(
			origin: OriginFor<T>,
			challenge: ChallengeId,
			performance: PerformanceId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim_challenge(challenge, performance)
		}

		/// Register `sport` (a slug). [`Config::SportOrigin`] registers it without a deposit;
		/// any signed account registers it holding [`Config::SportDeposit`] until the sport is
		/// retired.
		///
		/// # Errors
		/// `BadOrigin`, `InvalidSport`, `SportAlreadyRegistered`, or a currency error if the
		/// deposit cannot be held.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::register_sport())]
		pub fn register_sport(origin: OriginFor<T>, sport: SportOf<T>) -> DispatchResult {
			let registrant = match T::SportOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_register_sport(registrant, sport)
		}

		/// Retire `sport`: its registry entry and its leaderboards (one per level, at most four)
		/// are removed, and its registrant's deposit is released. Origin: the registrant, or
		/// [`Config::SportOrigin`] for any sport. Athletes' personal bests and performances in
		/// it stay; nothing new can be submitted, created or declared in it until it is
		/// registered again.
		///
		/// # Errors
		/// `BadOrigin`, `UnknownSport`, `NotRegistrant`, `SportInUse`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::retire_sport())]
		pub fn retire_sport(origin: OriginFor<T>, sport: SportOf<T>) -> DispatchResult {
			let caller = match T::SportOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_retire_sport(caller, sport)
		}

		/// Reap the entry of `staker` in the prediction pool of `performance` (anyone may call),
		/// `ClaimPeriod` blocks after the pool's settlement: its payout is pushed to the staker as
		/// [`Pallet::claim_prediction`] would pay it (a losing stake gets nothing), its deposit
		/// released to the staker and the entry removed; the pool goes with its last entry.
		///
		/// # Errors
		/// `NoPrediction`, `NotSettled`, `TooEarly`, `Overflow`, or a currency error.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::reap_prediction())]
		pub fn reap_prediction(
			origin: OriginFor<T>,
			performance: PerformanceId,
			staker: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_prediction(performance, staker)
		}

		/// Remove closed competition `id` and its ranking once no funder is left (each claimed
		/// its refund, or had it pushed by [`Pallet::reap_funders`]), and release the
		/// organizer's `CompetitionDeposit` (anyone may call). Performances linked to it stay.
		///
		/// # Errors
		/// `UnknownCompetition`, `CompetitionNotClosed`, `FundersLeft`, or a currency error.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::reap_competition())]
		pub fn reap_competition(origin: OriginFor<T>, id: CompetitionId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_competition(id)
		}

		/// Push the refunds of up to `max` funders of closed competition `id` (anyone may
		/// call), `RefundPeriod` blocks after its closing: each is paid as by
		/// [`Pallet::claim_refund`], its deposit released and its entry removed. A refund that
		/// cannot be delivered is left for its funder to claim. The weight is refunded down to
		/// the funders attempted.
		///
		/// # Errors
		/// `UnknownCompetition`, `CompetitionNotClosed`, `TooEarly`, `NoFundersLeft`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::reap_funders(*max))]
		pub fn reap_funders(
			origin: OriginFor<T>,
			id: CompetitionId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let attempted = Self::do_reap_funders(id, max)?;
			Ok(Some(T::WeightInfo::reap_funders(attempted)).into())
		}

		/// Remove settled performance `id` and return its remaining deposit to its submitter
		/// (anyone may call): a rejected or inconclusive performance `ReapDelay` blocks after
		/// its outcome, or at once if its athlete has unregistered; a verified one only once its
		/// athlete has unregistered and no leaderboard, competition ranking or personal best
		/// lists it. Its challenge eligibility goes with it.
		///
		/// # Errors
		/// `UnknownPerformance`, `NotReapable`, `TooEarly`, `StillReferenced`, or a currency
		/// error.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::reap_performance())]
		pub fn reap_performance(origin: OriginFor<T>, id: PerformanceId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_performance(id)
		}

		/// Remove the personal best of `athlete` in `sport` if it is an orphan (anyone may
		/// call): the athlete has unregistered, or no longer declares the sport (a sport dropped
		/// before storage version 2, or by an unregistered athlete's former profile). No deposit
		/// is returned: the athlete's deposit covered it.
		///
		/// # Errors
		/// `NoPersonalBest`, `PersonalBestInUse`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::reap_personal_best())]
		pub fn reap_personal_best(
			origin: OriginFor<T>,
			athlete: T::AccountId,
			sport: SportOf<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_personal_best(athlete, sport)
		}
	}
}

use frame_support::weights::Weight;
use sp_runtime::traits::Get;

impl<T: Config> Pallet<T> {
	/// Upper bound of the weight of the outcome handler for one request of this pallet's
	/// domain, which the engine charges for every finalization. It does not depend on the
	/// number of challenges: prizes are claimed pull-wise ([`Pallet::claim_challenge`]).
	pub fn max_outcome_weight() -> Weight {
		let w = T::MaxWitnesses::get();
		T::WeightInfo::on_outcome_verified(w)
			.max(T::WeightInfo::on_outcome_rejected(w))
			.max(T::WeightInfo::on_outcome_inconclusive())
	}
}
