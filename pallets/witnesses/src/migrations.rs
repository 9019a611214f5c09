//! Storage migrations of the witnesses pallet.

/// Version 0 → 1: eligibility lists hold `(witness, bond)` sorted by bond, heaviest first
/// (they held bare accounts in registration order).
pub mod v1 {
	use crate::{
		pallet::{Config, DomainWitnesses, GeneralWitnesses, Pallet, Witnesses},
		EligibilityListOf, WitnessStatus,
	};
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		BoundedVec,
	};

	/// A version-0 list: accounts only.
	type OldListOf<T> =
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxWitnessesPerDomain>;

	/// Convert a version-0 list: each account still registered and not unbonding, with its
	/// current bond, heaviest first (a stable sort keeps registration order among equals).
	fn convert<T: Config>(old: OldListOf<T>, reads: &mut u64) -> EligibilityListOf<T> {
		let mut entries: Vec<_> = old
			.into_iter()
			.filter_map(|who| {
				*reads = reads.saturating_add(1);
				let info = Witnesses::<T>::get(&who)?;
				(!matches!(info.status, WitnessStatus::Unbonding { .. }))
					.then_some((who, info.bond))
			})
			.collect();
		entries.sort_by(|a, b| b.1.cmp(&a.1));
		// As many entries as the old list at most: nothing is cut.
		BoundedVec::truncate_from(entries)
	}

	/// The unchecked step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads = 0u64;
			let mut writes = 0u64;
			let _ = GeneralWitnesses::<T>::translate::<OldListOf<T>, _>(|old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				old.map(|old| convert::<T>(old, &mut reads))
			});
			DomainWitnesses::<T>::translate::<OldListOf<T>, _>(|_, old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				let list = convert::<T>(old, &mut reads);
				(!list.is_empty()).then_some(list)
			});
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let general =
				frame_support::storage::unhashed::get_raw(&GeneralWitnesses::<T>::hashed_key())
					.map(|raw| {
						<OldListOf<T> as codec::Decode>::decode(&mut &raw[..])
							.map(|l| l.len() as u64)
					})
					.transpose()
					.map_err(|_| "undecodable version-0 general list")?
					.unwrap_or(0);
			let domains = DomainWitnesses::<T>::iter_keys().count() as u64;
			Ok((general, domains).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let (general, domains) = <(u64, u64)>::decode(&mut &state[..])
				.map_err(|_| "undecodable pre-upgrade state")?;
			frame_support::ensure!(
				GeneralWitnesses::<T>::get().len() as u64 <= general,
				"general list grew"
			);
			frame_support::ensure!(
				DomainWitnesses::<T>::iter_keys().count() as u64 <= domains,
				"domain lists appeared"
			);
			// Only the lists: the rest of the pallet's invariants hold after the later steps
			// (version 2 moves the deadline queue).
			Pallet::<T>::check_eligibility_list(&GeneralWitnesses::<T>::get(), None)?;
			for (domain, list) in DomainWitnesses::<T>::iter() {
				Pallet::<T>::check_eligibility_list(&list, Some(domain))?;
			}
			Ok(())
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

/// Version 1 → 2: the deadline queue (bounded buckets of request ids per reveal deadline,
/// fillable by strangers) becomes the keyed [`crate::pallet::Schedule`], one entry per request
/// under `reveal_deadline + 1`; the cursor, which pointed at the first unprocessed deadline,
/// moves to the matching due block.
pub mod v2 {
	use crate::{
		pallet::{Config, FinalizationCursor, Pallet, Schedule},
		RequestId,
	};
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::{OptionQuery, Twox64Concat},
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::traits::{One, Saturating};

	/// The version-1 queue (its bound is gone from the config; the encoding is a vector's).
	#[storage_alias]
	pub type DeadlineQueue<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, BlockNumberFor<T>, Vec<RequestId>, OptionQuery>;

	/// The unchecked step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads = 1u64;
			let mut writes = 1u64;
			for (deadline, ids) in DeadlineQueue::<T>::drain() {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				let due = deadline.saturating_add(One::one());
				for id in ids {
					writes = writes.saturating_add(1);
					Schedule::<T>::insert(due, id, ());
				}
			}
			FinalizationCursor::<T>::mutate(|cursor| {
				if let Some(c) = cursor {
					*c = c.saturating_add(One::one());
				}
			});
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let queued: u64 = DeadlineQueue::<T>::iter_values().map(|ids| ids.len() as u64).sum();
			Ok(queued.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let queued =
				u64::decode(&mut &state[..]).map_err(|_| "undecodable pre-upgrade state")?;
			frame_support::ensure!(
				Schedule::<T>::iter_keys().count() as u64 == queued,
				"scheduled entries differ from queued requests"
			);
			frame_support::ensure!(
				DeadlineQueue::<T>::iter_keys().next().is_none(),
				"deadline queue not drained"
			);
			// The rest of the invariants hold after version 3 (requests change shape there).
			Ok(())
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

/// Version 2 → 3: panels are drawn after opening, with seats. Requests gain their excluded
/// accounts (none for requests opened before), their commit and reveal periods and an
/// undrawn-draw ticket (none: every stored panel is already drawn or named); panel entries
/// carry seats (one per member); attestations carry the witness's seats (one).
pub mod v3 {
	use crate::{
		pallet::{Attestations, Config, Pallet, Panels, Requests},
		Attestation, BalanceOf, PanelKind, Request, Reveal, ScoreRange,
	};
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_core::H256;
	use sp_runtime::{Perbill, Saturating};

	/// A version-2 request.
	#[derive(Encode, Decode)]
	pub struct OldRequest<AccountId, Balance, BlockNumber> {
		pub domain: crate::DomainId,
		pub subject: H256,
		pub requester: AccountId,
		pub reward: Balance,
		pub deposit: Balance,
		pub min_witnesses: u32,
		pub min_weight: u128,
		pub approval_threshold: Perbill,
		pub score_range: Option<ScoreRange>,
		pub panel: PanelKind,
		pub panel_size: u32,
		pub opened_at: BlockNumber,
		pub commit_deadline: BlockNumber,
		pub reveal_deadline: BlockNumber,
		pub commits: u32,
		pub reveals: u32,
	}

	/// A version-2 attestation.
	#[derive(Encode, Decode)]
	pub struct OldAttestation {
		pub commitment: H256,
		pub weight: u128,
		pub reveal: Option<Reveal>,
	}

	type OldRequestOf<T> =
		OldRequest<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// The unchecked step; use [`MigrateV2ToV3`].
	pub struct UncheckedMigrateV2ToV3<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV2ToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut translated = 0u64;
			Requests::<T>::translate::<OldRequestOf<T>, _>(|_, old| {
				translated = translated.saturating_add(1);
				Some(Request {
					domain: old.domain,
					subject: old.subject,
					requester: old.requester,
					reward: old.reward,
					deposit: old.deposit,
					min_witnesses: old.min_witnesses,
					min_weight: old.min_weight,
					approval_threshold: old.approval_threshold,
					score_range: old.score_range,
					panel: old.panel,
					panel_size: old.panel_size,
					opened_at: old.opened_at,
					commit_deadline: old.commit_deadline,
					reveal_deadline: old.reveal_deadline,
					commits: old.commits,
					reveals: old.reveals,
					excluded: Default::default(),
					commit_period: old.commit_deadline.saturating_sub(old.opened_at),
					reveal_period: old.reveal_deadline.saturating_sub(old.commit_deadline),
					draw: None,
				})
			});
			Panels::<T>::translate::<(), _>(|_, _, ()| {
				translated = translated.saturating_add(1);
				Some(1)
			});
			Attestations::<T>::translate::<OldAttestation, _>(|_, _, old| {
				translated = translated.saturating_add(1);
				Some(Attestation {
					commitment: old.commitment,
					weight: old.weight,
					seats: 1,
					reveal: old.reveal,
				})
			});
			T::DbWeight::get().reads_writes(translated, translated)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				Requests::<T>::iter_keys().count() as u64,
				Panels::<T>::iter_keys().count() as u64,
				Attestations::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let counts = <(u64, u64, u64)>::decode(&mut &state[..])
				.map_err(|_| "undecodable pre-upgrade state")?;
			frame_support::ensure!(
				(
					Requests::<T>::iter_values().count() as u64,
					Panels::<T>::iter_values().count() as u64,
					Attestations::<T>::iter_values().count() as u64,
				) == counts,
				"records lost in translation"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 2 → 3, run only on a version-2 pallet, which it leaves at version 3.
	pub type MigrateV2ToV3<T> = VersionedMigration<
		2,
		3,
		UncheckedMigrateV2ToV3<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 4: a drawn member's duty counts from its draw, not its commit. Each member of a
/// drawn panel of an open request that has not committed gets one more pending duty (those that
/// committed were counted at their commit).
pub mod v4 {
	use crate::{
		pallet::{Attestations, Config, Pallet, Panels, Requests, Witnesses},
		PanelKind,
	};
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_runtime::Saturating;

	/// The unchecked step; use [`MigrateV3ToV4`].
	pub struct UncheckedMigrateV3ToV4<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV3ToV4<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			for (id, request) in Requests::<T>::iter() {
				reads.saturating_inc();
				if request.panel != PanelKind::Drawn || request.draw.is_some() {
					continue;
				}
				for (who, _) in Panels::<T>::iter_prefix(id) {
					reads = reads.saturating_add(2);
					if Attestations::<T>::contains_key(id, &who) {
						continue;
					}
					Witnesses::<T>::mutate(&who, |info| {
						if let Some(info) = info {
							info.pending = info.pending.saturating_add(1);
						}
					});
					reads.saturating_inc();
					writes.saturating_inc();
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok(Vec::new())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 3 → 4, run only on a version-3 pallet, which it leaves at version 4.
	pub type MigrateV3ToV4<T> = VersionedMigration<
		3,
		4,
		UncheckedMigrateV3ToV4<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
