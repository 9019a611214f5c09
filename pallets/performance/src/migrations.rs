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
