//! The origins Arete's referenda dispatch with, one per privileged role, and the pace of the
//! tracks that produce them.
//!
//! A referendum on a track other than `root` enacts its call with that track's origin (see
//! [`super::tracks`]). Each pallet's privileged call accepts Root or its own role's origin and
//! nothing else, so a referendum on the witness-roles track can set a role multiplier but
//! cannot accredit an organizer or spend from the treasury.

pub use pallet_arete_origins::*;

use frame_support::traits::{EnsureOrigin, OriginTrait};

use crate::Balance;

#[frame_support::pallet]
pub mod pallet_arete_origins {
	use core::marker::PhantomData;
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// A privileged role of the runtime, given to the calls of the referenda that pass on its
	/// track.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Spends from the treasury, up to [`super::TREASURER_SPEND_LIMIT`] per spend.
		Treasurer,
		/// Cancels deferred slashes and sets staking's administrative parameters.
		StakingAdmin,
		/// Sets the reward multipliers of witness roles.
		WitnessRoles,
		/// Accredits competition organizers for levels above `Local`, and registers and retires
		/// sports without a deposit.
		CompetitionAccreditation,
		/// Registers and retires the verifying keys of training circuits.
		TrainingCircuits,
		/// Sets the earning rules of the credit economy.
		CreditRules,
	}

	/// How long the governance tracks' periods are: what a public network needs, or minutes
	/// for development and test networks.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		Default,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
		serde::Serialize,
		serde::Deserialize,
	)]
	pub enum Pace {
		/// Hours of preparation, days or weeks of decision (the default: a chain built without
		/// a preset that says otherwise gets these).
		#[default]
		Standard,
		/// A few blocks each, so that a referendum passes within minutes.
		Fast,
	}

	/// The pace of every track, set at genesis (the `development` and `local_testnet` presets
	/// choose [`Pace::Fast`]) and changeable by a root referendum through `system.set_storage`.
	#[pallet::storage]
	pub type TrackPace<T> = StorageValue<_, Pace, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The pace of the tracks.
		pub pace: Pace,
		#[serde(skip)]
		pub _config: PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			TrackPace::<T>::put(self.pace);
		}
	}
}

/// Declares, for each role, a type that ensures an origin is that role (and nothing else),
/// succeeding with the given value.
macro_rules! ensure_role {
	($($(#[$doc:meta])* $name:ident => $role:ident: $success:ty = $value:expr,)*) => {$(
		$(#[$doc])*
		pub struct $name;
		impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for $name
		where
			O::PalletsOrigin: TryInto<Origin, Error = O::PalletsOrigin>,
		{
			type Success = $success;

			fn try_origin(o: O) -> Result<$success, O> {
				match o.caller().clone().try_into() {
					Ok(Origin::$role) => Ok($value),
					_ => Err(o),
				}
			}

			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$role))
			}
		}
	)*};
}

/// The most the treasurer track may spend in one treasury spend: 100,000 ARETE. Larger
/// spends need a root referendum.
pub const TREASURER_SPEND_LIMIT: Balance = 100_000 * crate::currency::ARETE;

ensure_role! {
	/// Ensures the [`Origin::Treasurer`] origin; succeeds with the most it may spend.
	Treasurer => Treasurer: Balance = TREASURER_SPEND_LIMIT,
	/// Ensures the [`Origin::StakingAdmin`] origin.
	StakingAdmin => StakingAdmin: () = (),
	/// Ensures the [`Origin::WitnessRoles`] origin.
	WitnessRoles => WitnessRoles: () = (),
	/// Ensures the [`Origin::CompetitionAccreditation`] origin.
	CompetitionAccreditation => CompetitionAccreditation: () = (),
	/// Ensures the [`Origin::TrainingCircuits`] origin.
	TrainingCircuits => TrainingCircuits: () = (),
	/// Ensures the [`Origin::CreditRules`] origin.
	CreditRules => CreditRules: () = (),
}
