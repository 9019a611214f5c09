//! Accredited organizers: who may run competitions above `Local`, and the level their
//! competitions' performances count at.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult};

impl<T: Config> Pallet<T> {
	/// Accredit `organizer` up to `level`. See [`Pallet::accredit`].
	pub(crate) fn do_accredit(organizer: T::AccountId, level: Level) -> DispatchResult {
		ensure!(level > Level::Local, Error::<T>::LocalNeedsNoAccreditation);
		Accreditations::<T>::insert(&organizer, level);
		Self::deposit_event(Event::OrganizerAccredited { organizer, level });
		Ok(())
	}

	/// Revoke the accreditation of `organizer`. See [`Pallet::revoke_accreditation`].
	pub(crate) fn do_revoke_accreditation(organizer: T::AccountId) -> DispatchResult {
		ensure!(Accreditations::<T>::take(&organizer).is_some(), Error::<T>::NotAccredited);
		Self::deposit_event(Event::AccreditationRevoked { organizer });
		Ok(())
	}

	/// The highest level `organizer` may run competitions at: its accreditation, else `Local`.
	pub fn accredited_level(organizer: &T::AccountId) -> Level {
		Accreditations::<T>::get(organizer).unwrap_or(Level::Local)
	}

	/// The level a performance linked to `competition` counts at when it is verified: the
	/// competition's level, capped by its organizer's accreditation at that moment (so a
	/// revocation applies to performances still pending). A competition that no longer
	/// exists gives `recorded`, the level stored at submission.
	pub(crate) fn linked_level(competition: CompetitionId, recorded: Level) -> Level {
		match Competitions::<T>::get(competition) {
			Some(c) => c.level.min(Self::accredited_level(&c.organizer)),
			None => recorded,
		}
	}
}
