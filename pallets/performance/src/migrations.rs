//! Storage migrations of the performance pallet.

/// Version 0 → 1: sponsored challenges are claimed pull-wise ([`crate::Pallet::claim_challenge`])
/// instead of paid by the outcome handler from a capped per-sport list, so the list,
/// `OpenChallenges` (sport → the ids of its open challenges, at most
/// `MaxOpenChallengesPerSport`), goes. Challenges, their escrows and their winners stay as they
/// are; an open challenge's remaining prizes are claimed from now on.
///
/// Performances verified before the upgrade get no [`crate::ChallengeEligibility`] entry: the
/// challenges open when they were verified were already checked against them then (and paid
/// if they qualified), and any challenge created since needs a performance submitted after
/// it. So they claim no prize.
pub mod v1 {
	use crate::pallet::{Config, Pallet};
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::{Blake2_128Concat, ValueQuery},
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// The version-0 lists of open challenges per sport (its bound is gone from the config;
	/// the encoding is a vector's).
	#[storage_alias]
	pub type OpenChallenges<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		crate::SportOf<T>,
		alloc::vec::Vec<crate::ChallengeId>,
		ValueQuery,
	>;

	/// The unchecked step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			// One entry per sport with an open challenge: as many as open challenges at most,
			// each created with an escrow, so the whole prefix goes in one step.
			let result = OpenChallenges::<T>::clear(u32::MAX, None);
			if result.maybe_cursor.is_some() {
				log::error!(
					target: crate::LOG_TARGET,
					"OpenChallenges not cleared entirely ({} removed)",
					result.unique
				);
			}
			T::DbWeight::get().reads_writes(u64::from(result.loops), u64::from(result.unique))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			// Every list decodes and lists only known challenges of its own sport.
			let mut listed = 0u64;
			for (sport, ids) in OpenChallenges::<T>::iter() {
				for id in ids {
					let challenge = crate::Challenges::<T>::get(id)
						.ok_or("OpenChallenges lists an unknown challenge")?;
					frame_support::ensure!(
						challenge.criteria.sport == sport,
						"OpenChallenges lists a challenge under another sport"
					);
					listed = listed.saturating_add(1);
				}
			}
			let challenges = crate::Challenges::<T>::iter_keys().count() as u64;
			frame_support::ensure!(listed <= challenges, "more challenges listed than stored");
			Ok(challenges.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let challenges =
				u64::decode(&mut &state[..]).map_err(|_| "undecodable pre-upgrade state")?;
			frame_support::ensure!(
				!frame_support::storage::unhashed::contains_prefixed_key(
					&<OpenChallenges<T> as frame_support::storage::StoragePrefixedMap<_>>::final_prefix()
				),
				"OpenChallenges not cleared"
			);
			frame_support::ensure!(
				crate::Challenges::<T>::iter_keys().count() as u64 == challenges,
				"challenges lost"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 0 → 1, run only on a version-0 pallet, which it leaves at version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		UncheckedMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 → 2: storage paid while it lives (increment J of issue 10).
///
/// - The sport registry [`crate::Sports`] starts with every sport that appears in a
///   leaderboard, an athlete profile, a competition, a challenge or a pending performance,
///   registered to `SportOrigin` (no registrant, no deposit).
/// - Performances gain `settled_at`: the migration's block for the settled ones (so a rejected
///   or inconclusive one is reapable `ReapDelay` later), none for the pending ones. Their
///   `deposit` is kept: zero for the settled ones (released at their outcome under version 1,
///   a legacy zero deposit), the held deposit for the pending ones, which stays held until
///   they are reaped like any new performance.
/// - Prediction pools gain `settled_at` (the migration's block for the settled ones: their
///   entries are reapable `ClaimPeriod` later), and each entry a zero `deposit`.
/// - Closed competitions record the migration's block as their closing block (their funders
///   are reapable `RefundPeriod` later); their organizer's deposit was released at closing
///   under version 1 and stays zero, so they are reapable once no funder is left. Each
///   funder's entry gets a zero `deposit`.
///
/// The translation reads and writes every performance, pool, stake, competition and funder
/// entry, and reads every profile, leaderboard key and challenge, in one block; the weight
/// returned counts each of them.
pub mod v2 {
	use crate::{
		pallet::{Config, Pallet},
		AccountIdOf, Athletes, BalanceOf, BlockNumberOf, Challenges, Competition, CompetitionFunds,
		CompetitionId, CompetitionStatus, Competitions, Fund, Leaderboards, Level, Location,
		NameOf, Performance, PerformanceId, PerformanceInputOf, PerformanceStatus, Performances,
		Prediction, PredictionPool, PredictionPools, PredictionSide, Predictions, PrizeTableOf,
		Settlement, SportInfo, SportOf, Sports, VenueOf, WitnessesOf,
	};
	use alloc::collections::btree_set::BTreeSet;
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::{Blake2_128Concat, OptionQuery, Twox64Concat},
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_runtime::traits::Zero;

	/// A version-1 performance: no `settled_at`.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldPerformance<AccountId, Balance, BlockNumber, Input, Witnesses> {
		pub athlete: AccountId,
		pub submitter: AccountId,
		pub level: Level,
		pub event: Input,
		pub witnesses: Witnesses,
		pub deposit: Balance,
		pub submitted_at: BlockNumber,
		pub created_at: u64,
		pub status: PerformanceStatus,
	}

	/// A version-1 performance of the runtime `T`.
	pub type OldPerformanceOf<T> = OldPerformance<
		AccountIdOf<T>,
		BalanceOf<T>,
		BlockNumberOf<T>,
		PerformanceInputOf<T>,
		WitnessesOf<T>,
	>;

	/// A version-1 prediction pool: no `settled_at`.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldPredictionPool<Balance, BlockNumber> {
		pub lock_at: BlockNumber,
		pub success: Balance,
		pub failure: Balance,
		pub success_stakers: u32,
		pub failure_stakers: u32,
		pub unclaimed: u32,
		pub held: Balance,
		pub fee_paid: Balance,
		pub settlement: Option<Settlement<Balance>>,
	}

	/// A version-1 stake: no `deposit`.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldPrediction<Balance> {
		pub side: PredictionSide,
		pub amount: Balance,
	}

	/// A version-1 competition status: no `closed_at`.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub enum OldCompetitionStatus<Balance> {
		Open,
		Closed { paid: Balance, refundable: Balance, refunded: Balance, funders_left: u32 },
	}

	/// A version-1 competition (its status without `closed_at`).
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldCompetition<AccountId, Balance, BlockNumber, Name, Sport, Venue, Prizes> {
		pub organizer: AccountId,
		pub name: Name,
		pub sport: Sport,
		pub level: Level,
		pub location: Location<Venue>,
		pub start: BlockNumber,
		pub end: BlockNumber,
		pub prizes: Prizes,
		pub deposit: Balance,
		pub pool: Balance,
		pub funders: u32,
		pub pending: u32,
		pub status: OldCompetitionStatus<Balance>,
	}

	/// A version-1 competition of the runtime `T`.
	pub type OldCompetitionOf<T> = OldCompetition<
		AccountIdOf<T>,
		BalanceOf<T>,
		BlockNumberOf<T>,
		NameOf<T>,
		SportOf<T>,
		VenueOf<T>,
		PrizeTableOf<T>,
	>;

	/// The version-1 layouts, for the migration's tests.
	pub mod old {
		use super::*;

		/// Version-1 performances.
		#[storage_alias]
		pub type Performances<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, PerformanceId, OldPerformanceOf<T>, OptionQuery>;

		/// Version-1 prediction pools.
		#[storage_alias]
		pub type PredictionPools<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			PerformanceId,
			OldPredictionPool<BalanceOf<T>, BlockNumberOf<T>>,
			OptionQuery,
		>;

		/// Version-1 stakes.
		#[storage_alias]
		pub type Predictions<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			PerformanceId,
			Blake2_128Concat,
			AccountIdOf<T>,
			OldPrediction<BalanceOf<T>>,
			OptionQuery,
		>;

		/// Version-1 competitions.
		#[storage_alias]
		pub type Competitions<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, CompetitionId, OldCompetitionOf<T>, OptionQuery>;

		/// Version-1 funds: each funder's contribution.
		#[storage_alias]
		pub type CompetitionFunds<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			CompetitionId,
			Blake2_128Concat,
			AccountIdOf<T>,
			BalanceOf<T>,
			OptionQuery,
		>;
	}

	/// The unchecked step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let mut reads = 0u64;
			let mut writes = 0u64;
			let mut sports: BTreeSet<SportOf<T>> = BTreeSet::new();

			Performances::<T>::translate::<OldPerformanceOf<T>, _>(|_, old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				let pending = matches!(old.status, PerformanceStatus::Pending { .. });
				if pending {
					sports.insert(old.event.sport.clone());
				}
				Some(Performance {
					athlete: old.athlete,
					submitter: old.submitter,
					level: old.level,
					event: old.event,
					witnesses: old.witnesses,
					deposit: old.deposit,
					submitted_at: old.submitted_at,
					created_at: old.created_at,
					status: old.status,
					settled_at: (!pending).then_some(now),
				})
			});
			PredictionPools::<T>::translate::<OldPredictionPool<BalanceOf<T>, BlockNumberOf<T>>, _>(
				|_, old| {
					reads = reads.saturating_add(1);
					writes = writes.saturating_add(1);
					let settled_at = old.settlement.map(|_| now);
					Some(PredictionPool {
						lock_at: old.lock_at,
						success: old.success,
						failure: old.failure,
						success_stakers: old.success_stakers,
						failure_stakers: old.failure_stakers,
						unclaimed: old.unclaimed,
						held: old.held,
						fee_paid: old.fee_paid,
						settlement: old.settlement,
						settled_at,
					})
				},
			);
			Predictions::<T>::translate::<OldPrediction<BalanceOf<T>>, _>(|_, _, old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				Some(Prediction { side: old.side, amount: old.amount, deposit: Zero::zero() })
			});
			Competitions::<T>::translate::<OldCompetitionOf<T>, _>(|_, old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				sports.insert(old.sport.clone());
				let status = match old.status {
					OldCompetitionStatus::Open => CompetitionStatus::Open,
					OldCompetitionStatus::Closed { paid, refundable, refunded, funders_left } => {
						CompetitionStatus::Closed {
							paid,
							refundable,
							refunded,
							funders_left,
							closed_at: now,
						}
					},
				};
				Some(Competition {
					organizer: old.organizer,
					name: old.name,
					sport: old.sport,
					level: old.level,
					location: old.location,
					start: old.start,
					end: old.end,
					prizes: old.prizes,
					deposit: old.deposit,
					pool: old.pool,
					funders: old.funders,
					pending: old.pending,
					status,
				})
			});
			CompetitionFunds::<T>::translate::<BalanceOf<T>, _>(|_, _, amount| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				Some(Fund { amount, deposit: Zero::zero() })
			});

			for profile in Athletes::<T>::iter_values() {
				reads = reads.saturating_add(1);
				sports.extend(profile.sports.into_iter());
			}
			for (sport, _) in Leaderboards::<T>::iter_keys() {
				reads = reads.saturating_add(1);
				sports.insert(sport);
			}
			for challenge in Challenges::<T>::iter_values() {
				reads = reads.saturating_add(1);
				sports.insert(challenge.criteria.sport);
			}
			let mut registered = 0u32;
			for sport in sports {
				reads = reads.saturating_add(1);
				if !Sports::<T>::contains_key(&sport) {
					Sports::<T>::insert(
						sport,
						SportInfo { registrant: None, deposit: Zero::zero() },
					);
					writes = writes.saturating_add(1);
					registered = registered.saturating_add(1);
				}
			}
			log::info!(
				target: crate::LOG_TARGET,
				"storage version 2: {registered} sports registered, {writes} entries written"
			);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			// Every value of the version-1 layouts decodes.
			let counts: [u64; 5] = [
				old::Performances::<T>::iter_values().count() as u64,
				old::PredictionPools::<T>::iter_values().count() as u64,
				old::Predictions::<T>::iter_values().count() as u64,
				old::Competitions::<T>::iter_values().count() as u64,
				old::CompetitionFunds::<T>::iter_values().count() as u64,
			];
			frame_support::ensure!(
				counts[0] == Performances::<T>::iter_keys().count() as u64
					&& counts[1] == PredictionPools::<T>::iter_keys().count() as u64
					&& counts[2] == Predictions::<T>::iter_keys().count() as u64
					&& counts[3] == Competitions::<T>::iter_keys().count() as u64
					&& counts[4] == CompetitionFunds::<T>::iter_keys().count() as u64,
				"a version-1 value does not decode"
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let counts =
				<[u64; 5]>::decode(&mut &state[..]).map_err(|_| "undecodable pre-upgrade state")?;
			// Every entry was translated, none lost.
			frame_support::ensure!(
				counts
					== [
						Performances::<T>::iter_values().count() as u64,
						PredictionPools::<T>::iter_values().count() as u64,
						Predictions::<T>::iter_values().count() as u64,
						Competitions::<T>::iter_values().count() as u64,
						CompetitionFunds::<T>::iter_values().count() as u64,
					],
				"entries lost in the translation"
			);
			// Every sport in use is registered.
			let registered = |sport: &SportOf<T>| Sports::<T>::contains_key(sport);
			for profile in Athletes::<T>::iter_values() {
				frame_support::ensure!(
					profile.sports.iter().all(registered),
					"a profile's sport is not registered"
				);
			}
			for competition in Competitions::<T>::iter_values() {
				frame_support::ensure!(
					registered(&competition.sport),
					"a competition's sport is not registered"
				);
			}
			for challenge in Challenges::<T>::iter_values() {
				frame_support::ensure!(
					registered(&challenge.criteria.sport),
					"a challenge's sport is not registered"
				);
			}
			// Leaderboards, settled records and holds: the pallet's invariants.
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 1 → 2, run only on a version-1 pallet, which it leaves at version 2.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
