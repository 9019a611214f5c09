//! The referendum tracks: one for Root, one for the treasurer, one per privileged role of
//! Arete's pallets.
//!
//! A track fixes who a passed referendum dispatches as, how many of its referenda may be
//! decided at once, the deposit that starts a decision, how long each phase lasts and how much
//! approval and support a referendum needs as its decision period runs. Periods come in two
//! paces ([`Pace`]): the standard one for a public network, and a fast one (a few blocks per
//! phase) that the `development` and `local_testnet` presets choose so that a referendum
//! passes in minutes.

use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo, TracksInfo};
use sp_runtime::Perbill;

use super::origins::{Origin, Pace, TrackPace};
use crate::{
	currency::ARETE,
	time::{DAYS, HOURS, MINUTES},
	Balance, BlockNumber, OriginCaller, Runtime,
};

/// A track's identifier, as referenda and conviction voting store it.
pub type TrackId = u16;

/// Track ids, in the order [`AreteTracks::tracks`] lists them.
pub mod id {
	use super::TrackId;
	/// Root: runtime upgrades and everything no other track may do.
	pub const ROOT: TrackId = 0;
	/// Treasury spends up to the treasurer's limit.
	pub const TREASURER: TrackId = 1;
	/// Staking administration: deferred slash cancellation, commission floor.
	pub const STAKING_ADMIN: TrackId = 2;
	/// Witness role multipliers.
	pub const WITNESS_ROLES: TrackId = 3;
	/// Accreditation of competition organizers, sports registered without a deposit.
	pub const COMPETITION_ACCREDITATION: TrackId = 4;
	/// Verifying keys of training circuits.
	pub const TRAINING_CIRCUITS: TrackId = 5;
	/// Earning rules of the credit economy.
	pub const CREDIT_RULES: TrackId = 6;
}

/// The phases of a track at one pace, in blocks.
#[derive(Clone, Copy)]
struct Periods {
	prepare: BlockNumber,
	decision: BlockNumber,
	confirm: BlockNumber,
	min_enactment: BlockNumber,
}

/// Every track's phases at the fast pace: a referendum with enough votes passes about ten
/// blocks (a minute) after its decision deposit, and fails after five minutes otherwise.
const FAST: Periods = Periods { prepare: 2, decision: 5 * MINUTES, confirm: 3, min_enactment: 2 };

/// A track as declared here: its info with the standard periods, which [`Pace::Fast`]
/// replaces.
struct TrackSpec {
	id: TrackId,
	name: &'static str,
	max_deciding: u32,
	decision_deposit: Balance,
	standard: Periods,
	/// Approval needed at the end of the decision period (it starts at 100% and falls
	/// linearly to this).
	approval_floor: Perbill,
	/// Support (aye capital over active issuance) needed at the start of the decision period.
	support_ceil: Perbill,
	/// Support needed at the end of the decision period.
	support_floor: Perbill,
}

const TRACKS: [TrackSpec; 7] = [
	TrackSpec {
		id: id::ROOT,
		name: "root",
		// One at a time: two runtime upgrades decided together could each pass unseen.
		max_deciding: 1,
		decision_deposit: 100_000 * ARETE,
		standard: Periods {
			prepare: 2 * HOURS,
			decision: 14 * DAYS,
			confirm: DAYS,
			min_enactment: DAYS,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(50),
		support_floor: Perbill::from_percent(1),
	},
	TrackSpec {
		id: id::TREASURER,
		name: "treasurer",
		max_deciding: 10,
		decision_deposit: 10_000 * ARETE,
		standard: Periods {
			prepare: 2 * HOURS,
			decision: 14 * DAYS,
			confirm: 3 * HOURS,
			min_enactment: DAYS,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(25),
		support_floor: Perbill::from_parts(5_000_000),
	},
	TrackSpec {
		id: id::STAKING_ADMIN,
		name: "staking_admin",
		max_deciding: 10,
		decision_deposit: 5_000 * ARETE,
		// The shortest standard periods: a wrongful slash must be cancelled before its
		// deferral ends. (This runtime's eras last three minutes, for observable local
		// networks, so only the fast pace beats its two-era deferral; a public network would
		// lengthen both eras and the deferral.)
		standard: Periods {
			prepare: 30 * MINUTES,
			decision: 2 * DAYS,
			confirm: HOURS,
			min_enactment: 10 * MINUTES,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(25),
		support_floor: Perbill::from_parts(5_000_000),
	},
	TrackSpec {
		id: id::WITNESS_ROLES,
		name: "witness_roles",
		max_deciding: 10,
		decision_deposit: 1_000 * ARETE,
		standard: Periods {
			prepare: HOURS,
			decision: 7 * DAYS,
			confirm: 3 * HOURS,
			min_enactment: HOURS,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(20),
		support_floor: Perbill::from_parts(5_000_000),
	},
	TrackSpec {
		id: id::COMPETITION_ACCREDITATION,
		name: "competition_accreditation",
		// Organizers apply often; many may be decided side by side.
		max_deciding: 20,
		decision_deposit: 500 * ARETE,
		standard: Periods {
			prepare: HOURS,
			decision: 7 * DAYS,
			confirm: HOURS,
			min_enactment: 10 * MINUTES,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(10),
		support_floor: Perbill::from_parts(2_000_000),
	},
	TrackSpec {
		id: id::TRAINING_CIRCUITS,
		name: "training_circuits",
		max_deciding: 10,
		decision_deposit: 1_000 * ARETE,
		// A verifying key decides which proofs count: time to check it before it is live.
		standard: Periods {
			prepare: HOURS,
			decision: 7 * DAYS,
			confirm: 6 * HOURS,
			min_enactment: HOURS,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(20),
		support_floor: Perbill::from_parts(5_000_000),
	},
	TrackSpec {
		id: id::CREDIT_RULES,
		name: "credit_rules",
		max_deciding: 10,
		decision_deposit: 1_000 * ARETE,
		standard: Periods {
			prepare: HOURS,
			decision: 7 * DAYS,
			confirm: 3 * HOURS,
			min_enactment: HOURS,
		},
		approval_floor: Perbill::from_percent(50),
		support_ceil: Perbill::from_percent(20),
		support_floor: Perbill::from_parts(5_000_000),
	},
];

impl TrackSpec {
	/// The track as referenda sees it at `pace`.
	fn at(&self, pace: Pace) -> Track<TrackId, Balance, BlockNumber> {
		let periods = match pace {
			Pace::Standard => self.standard,
			Pace::Fast => FAST,
		};
		// Referenda stores names as 25 zero-padded bytes; every name here fits.
		let mut name = [0u8; 25];
		name.iter_mut().zip(self.name.as_bytes()).for_each(|(slot, byte)| *slot = *byte);
		Track {
			id: self.id,
			info: TrackInfo {
				name,
				max_deciding: self.max_deciding,
				decision_deposit: self.decision_deposit,
				prepare_period: periods.prepare,
				decision_period: periods.decision,
				confirm_period: periods.confirm,
				min_enactment_period: periods.min_enactment,
				min_approval: Curve::LinearDecreasing {
					length: Perbill::one(),
					floor: self.approval_floor,
					ceil: Perbill::one(),
				},
				min_support: Curve::LinearDecreasing {
					length: Perbill::one(),
					floor: self.support_floor,
					ceil: self.support_ceil,
				},
			},
		}
	}
}

/// Arete's tracks, at the pace stored in [`TrackPace`]: listing them reads storage, so (like any
/// runtime code that reads state) it runs within externalities, as in the node.
pub struct AreteTracks;

impl TracksInfo<Balance, BlockNumber> for AreteTracks {
	type Id = TrackId;
	type RuntimeOrigin = OriginCaller;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<TrackId, Balance, BlockNumber>>> {
		let pace = TrackPace::<Runtime>::get();
		TRACKS.iter().map(move |spec| Cow::Owned(spec.at(pace)))
	}

	// The ids do not depend on the pace: listed without reading storage, so that what only
	// counts the tracks (conviction voting's bound on class locks, in its storage info) works
	// outside externalities too.
	fn track_ids() -> impl Iterator<Item = TrackId> {
		TRACKS.iter().map(|spec| spec.id)
	}

	fn track_for(origin: &OriginCaller) -> Result<TrackId, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(id::ROOT),
			OriginCaller::Origins(role) => Ok(match role {
				Origin::Treasurer => id::TREASURER,
				Origin::StakingAdmin => id::STAKING_ADMIN,
				Origin::WitnessRoles => id::WITNESS_ROLES,
				Origin::CompetitionAccreditation => id::COMPETITION_ACCREDITATION,
				Origin::TrainingCircuits => id::TRAINING_CIRCUITS,
				Origin::CreditRules => id::CREDIT_RULES,
			}),
			_ => Err(()),
		}
	}
}
