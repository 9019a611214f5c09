//! Test runtime: System, Balances and Agreements, with sr25519/ed25519/ECDSA keys from
//! `sp_core` pairs signing in the tests.

use crate as pallet_agreements;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		AgreementsPallet: pallet_agreements,
	}
);

parameter_types! {
	/// The runtime's state version 1 (`system_version: 1`), which `TestExternalities` uses too:
	/// agreements' state roots are computed with it.
	pub TestVersion: sp_version::RuntimeVersion =
		sp_version::RuntimeVersion { system_version: 1, ..Default::default() };
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type Version = TestVersion;
	type AccountData = pallet_balances::AccountData<u64>;
}

/// Existential deposit.
pub const ED: u64 = 1;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU64<ED>;
}

pub const PARTICIPANT_DEPOSIT: u64 = 10;
pub const AGREEMENT_DEPOSIT: u64 = 20;
pub const GROUP_DEPOSIT: u64 = 30;
pub const SERIES_DEPOSIT: u64 = 15;
pub const BYTE_DEPOSIT: u64 = 1;
pub const MEMBERSHIP_DEPOSIT: u64 = 5;
pub const TOKEN_DEPOSIT: u64 = 3;
pub const EVENT_DEPOSIT: u64 = 2;
pub const MAX_FUEL: u64 = 1_000_000;
pub const RATE_WINDOW: u64 = 10;
pub const EVENTS_PER_WINDOW: u32 = 100;
pub const MAX_CONSENT_PERIOD: u64 = 1_000;
pub const DELEGATION_DEPOSIT: u64 = 4;
pub const MAX_DELEGATIONS: u32 = 6;
pub const MAX_PER_PARTY: u32 = 4;
pub const MAX_DEPTH: u32 = 3;
pub const MAX_DELEGATION_PERIOD: u64 = 1_000;
/// Milliseconds per block of the mock clock.
pub const MS_PER_BLOCK: u64 = 6_000;
/// The clock at block 0.
pub const START_MS: u64 = 1_700_000_000_000;

/// The clock: `START_MS` plus 6 s per block.
pub struct BlockClock;
impl frame_support::traits::Time for BlockClock {
	type Moment = u64;
	fn now() -> u64 {
		START_MS.saturating_add(System::block_number().saturating_mul(MS_PER_BLOCK))
	}
}

parameter_types! {
	pub const MaxEventFuel: u64 = MAX_FUEL;
}

impl pallet_agreements::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = BlockClock;
	type WeightInfo = ();
	type ParticipantDeposit = ConstU64<PARTICIPANT_DEPOSIT>;
	type AgreementDeposit = ConstU64<AGREEMENT_DEPOSIT>;
	type GroupDeposit = ConstU64<GROUP_DEPOSIT>;
	type SeriesDeposit = ConstU64<SERIES_DEPOSIT>;
	type PolicyByteDeposit = ConstU64<BYTE_DEPOSIT>;
	type MembershipDeposit = ConstU64<MEMBERSHIP_DEPOSIT>;
	type TokenDeposit = ConstU64<TOKEN_DEPOSIT>;
	type EventDeposit = ConstU64<EVENT_DEPOSIT>;
	type MaxParties = ConstU32<8>;
	type MaxNameLength = ConstU32<32>;
	type MaxPolicyBytes = ConstU32<4096>;
	type MaxDataBytes = ConstU32<2048>;
	type MaxEffects = ConstU32<4>;
	type MaxReferences = ConstU32<8>;
	type MaxSeriesPerGroup = ConstU32<4>;
	type MaxStreams = ConstU32<4>;
	type MaxEventFuel = MaxEventFuel;
	type RateWindow = ConstU64<RATE_WINDOW>;
	type MaxEventsPerWindow = ConstU32<EVENTS_PER_WINDOW>;
	type MaxConsentPeriod = ConstU64<MAX_CONSENT_PERIOD>;
	type DelegationDeposit = ConstU64<DELEGATION_DEPOSIT>;
	type MaxDelegations = ConstU32<MAX_DELEGATIONS>;
	type MaxDelegationsPerParty = ConstU32<MAX_PER_PARTY>;
	type MaxDelegationDepth = ConstU32<MAX_DEPTH>;
	type MaxPermissions = ConstU32<4>;
	type MaxDelegationPeriod = ConstU64<MAX_DELEGATION_PERIOD>;
}

/// Accounts funded at genesis.
pub const FUNDED: [u64; 6] = [1, 2, 3, 4, 5, 6];
/// Their balance.
pub const BALANCE: u64 = 1_000_000;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: FUNDED.iter().map(|a| (*a, BALANCE)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	// The benchmarks sign with keys of this keystore.
	ext.register_extension(sp_keystore::KeystoreExt::new(sp_keystore::testing::MemoryKeystore::new()));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and checks the pallet's invariants after it.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		AgreementsPallet::do_try_state().expect("try_state");
	});
}
