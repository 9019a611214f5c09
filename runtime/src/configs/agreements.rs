//! Tokenized event streams family: participants, producer/validator agreements, groups and
//! series, producer-signed events and tokens.
//!
//! - Deposits pay for all state while it lives: 1 ARETE per participant and per agreement,
//!   5 ARETE per group and 2 ARETE per series, plus 1 milli-ARETE per byte of a policy or
//!   lifecycle (an 8 KiB policy holds about 8 ARETE more), 0.5 ARETE per membership,
//!   0.1 ARETE per token and 0.05 ARETE per recorded event.
//! - The seed's rate limit: at most 100 events per agreement per minute (10 blocks).
//! - Delegations: 0.2 ARETE each (plus 1 milli-ARETE per byte of a condition), at most 32 per
//!   agreement and 8 from chains of any one party, chains of at most 4 links, 8 permissions
//!   per link, and at most a year to run.
//! - Guards share one million units of fuel per event, at most: a few milliseconds of
//!   evaluation, charged as weight for the fuel actually used.

use frame_support::traits::{ConstU128, ConstU32, ConstU64};

use crate::{
	currency::{ARETE, MILLI_ARETE},
	time::{DAYS, MINUTES},
	Balances, Runtime, RuntimeHoldReason, Timestamp,
};

impl pallet_agreements::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type WeightInfo = pallet_agreements::weights::SubstrateWeight<Runtime>;
	type ParticipantDeposit = ConstU128<{ ARETE }>;
	type AgreementDeposit = ConstU128<{ ARETE }>;
	type GroupDeposit = ConstU128<{ 5 * ARETE }>;
	type SeriesDeposit = ConstU128<{ 2 * ARETE }>;
	type PolicyByteDeposit = ConstU128<{ MILLI_ARETE }>;
	type MembershipDeposit = ConstU128<{ ARETE / 2 }>;
	type TokenDeposit = ConstU128<{ ARETE / 10 }>;
	type EventDeposit = ConstU128<{ ARETE / 20 }>;
	type MaxParties = ConstU32<16>;
	type MaxNameLength = ConstU32<32>;
	type MaxPolicyBytes = ConstU32<8192>;
	type MaxDataBytes = ConstU32<2048>;
	type MaxEffects = ConstU32<8>;
	type MaxReferences = ConstU32<16>;
	type MaxSeriesPerGroup = ConstU32<32>;
	type MaxStreams = ConstU32<64>;
	type MaxEventFuel = ConstU64<1_000_000>;
	type RateWindow = ConstU32<{ MINUTES }>;
	type MaxEventsPerWindow = ConstU32<100>;
	// An ended agreement is reaped at most 30 days after its proposal.
	type MaxConsentPeriod = ConstU32<{ 30 * DAYS }>;
	type DelegationDeposit = ConstU128<{ ARETE / 5 }>;
	type MaxDelegations = ConstU32<32>;
	type MaxDelegationsPerParty = ConstU32<8>;
	type MaxDelegationDepth = ConstU32<4>;
	type MaxPermissions = ConstU32<8>;
	type MaxDelegationPeriod = ConstU32<{ 365 * DAYS }>;
}
