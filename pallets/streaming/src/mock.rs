//! Test runtime for the streaming pallet. Tickets are signed with `TestSignature`s: a
//! signature `TestSignature(who, payload)` verifies for account `who` over `payload`.

use crate as pallet_streaming;
use crate::{AccessRule, ContentId, DomainId, Rendition, Codec, Roles, Split, Ticket, SignedTicket};
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::InspectHold, ConstU128, ConstU32, ConstU64},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{testing::TestSignature, BuildStorage, Perbill};
use verification_primitives::{testing::RecordingVerifier, PanelTerms};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Streaming: pallet_streaming,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

/// Existential deposit of the mock.
pub const ED: u128 = 1;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU128<ED>;
}

/// The streaming verification domain of the mock.
pub const DOMAIN: DomainId = *b"stream\0\0";
/// `ContentDeposit` of the mock.
pub const CONTENT_DEPOSIT: u128 = 10;
/// `MinNodeStake` of the mock.
pub const MIN_STAKE: u128 = 100;
/// `TaskDeposit` of the mock.
pub const TASK_DEPOSIT: u128 = 5;
/// `ChallengeBond` of the mock.
pub const CHALLENGE_BOND: u128 = 20;
/// `ViewerDeposit` of the mock.
pub const VIEWER_DEPOSIT: u128 = 3;
/// `UnbondDelay` of the mock.
pub const UNBOND_DELAY: u64 = 10;
/// `ResultWindow` of the mock.
pub const RESULT_WINDOW: u64 = 5;
/// `ChallengeWindow` of the mock.
pub const CHALLENGE_WINDOW: u64 = 5;
/// `ViewerExitDelay` of the mock.
pub const EXIT_DELAY: u64 = 8;
/// `TermsNotice` of the mock.
pub const NOTICE: u64 = 6;
/// `MaxDrawsPerBlock` of the mock.
pub const MAX_DRAWS: u32 = 4;
/// `MaxExecutors` of the mock.
pub const MAX_EXECUTORS: u32 = 3;
/// `MaxOpenTasks` of the mock.
pub const MAX_OPEN_TASKS: u32 = 2;
/// `MaxReplicas` of the mock.
pub const MAX_REPLICAS: u32 = 3;
/// `MaxPinsPerNode` of the mock.
pub const MAX_PINS: u32 = 2;
/// `MaxChannels` of the mock.
pub const MAX_CHANNELS: u32 = 2;
/// `MaxSegments` of the mock.
pub const MAX_SEGMENTS: u32 = 16;
/// `SampleSize` of the mock.
pub const SAMPLE: u32 = 3;
/// `VerificationTerms::reward` of the mock.
pub const PANEL_REWARD: u128 = 4;

parameter_types! {
	pub const Domain: DomainId = DOMAIN;
	pub const Terms: PanelTerms<u128, u64> = PanelTerms {
		min_seats: 2,
		min_weight: 0,
		approval_threshold: Perbill::from_percent(67),
		commit_period: 5,
		reveal_period: 5,
		appeal_period: 5,
		reward: PANEL_REWARD,
	};
	pub const ResultSlash: Perbill = Perbill::from_percent(50);
	pub const MissSlash: Perbill = Perbill::from_percent(10);
	pub const StorageSlash: Perbill = Perbill::from_percent(20);
	pub const ChallengerShare: Perbill = Perbill::from_percent(50);
}

/// Account 50 holds token 7.
pub struct TestTokens;
impl crate::TokenGate<u64> for TestTokens {
	fn holds(who: &u64, token: u64) -> bool {
		*who == 50 && token == 7
	}
	fn holds_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1_000, 100)
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, TestSignature> for TestBenchmarkHelper {
	fn prepare_verifier() {}
	fn viewer(seed: u32) -> u64 {
		1_000_000 + u64::from(seed)
	}
	fn sign(viewer: &u64, payload: &[u8]) -> TestSignature {
		TestSignature(*viewer, payload.to_vec())
	}
}

impl pallet_streaming::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WeightInfo = ();
	type Verifier = RecordingVerifier;
	type TokenGate = TestTokens;
	type Signature = TestSignature;
	type Signer = sp_runtime::testing::UintAuthorityId;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
	type Domain = Domain;
	type VerificationTerms = Terms;
	type VerificationSeats = ConstU32<3>;
	type SampleSize = ConstU32<SAMPLE>;
	type MaxRenditions = ConstU32<4>;
	type MaxAllowed = ConstU32<4>;
	type MaxReplicas = ConstU32<MAX_REPLICAS>;
	type MaxPinsPerNode = ConstU32<MAX_PINS>;
	type MaxSegments = ConstU32<MAX_SEGMENTS>;
	type MaxExecutors = ConstU32<MAX_EXECUTORS>;
	type MaxOpenTasks = ConstU32<MAX_OPEN_TASKS>;
	type MaxChannels = ConstU32<MAX_CHANNELS>;
	type MaxTicketsPerBatch = ConstU32<16>;
	type MaxChunkBytes = ConstU32<64>;
	type MaxProofDepth = ConstU32<8>;
	type ContentDeposit = ConstU128<CONTENT_DEPOSIT>;
	type TermsNotice = ConstU64<NOTICE>;
	type MaxDrawsPerBlock = ConstU32<MAX_DRAWS>;
	type MinNodeStake = ConstU128<MIN_STAKE>;
	type TaskDeposit = ConstU128<TASK_DEPOSIT>;
	type ChallengeBond = ConstU128<CHALLENGE_BOND>;
	type ViewerDeposit = ConstU128<VIEWER_DEPOSIT>;
	type UnbondDelay = ConstU64<UNBOND_DELAY>;
	type ResultWindow = ConstU64<RESULT_WINDOW>;
	type ChallengeWindow = ConstU64<CHALLENGE_WINDOW>;
	type ViewerExitDelay = ConstU64<EXIT_DELAY>;
	type ResultSlash = ResultSlash;
	type MissSlash = MissSlash;
	type StorageSlash = StorageSlash;
	type ChallengerShare = ChallengerShare;
}

/// Every account from 1 to 60 holds 10,000.
pub const INITIAL: u128 = 10_000;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=60).map(|who| (who, INITIAL)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| run_to_block(1));
	ext
}

/// Runs `test` in a fresh test externality and checks the pallet's invariants after it.
pub fn run_test(test: impl FnOnce()) {
	RecordingVerifier::reset();
	new_test_ext().execute_with(|| {
		<Streaming as frame_support::traits::Hooks<u64>>::integrity_test();
		test();
		Streaming::do_try_state().expect("invariants hold after the test");
	});
}

/// Moves to block `n`, giving every block a distinct hash (the pallet draws from them) and
/// running the pallet's `on_initialize` in each (it draws queued tasks' executors).
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let now = System::block_number();
		let hash = H256(sp_io::hashing::blake2_256(&now.to_le_bytes()));
		frame_system::BlockHash::<Test>::insert(now, hash);
		System::set_block_number(now + 1);
		<Streaming as frame_support::traits::Hooks<u64>>::on_initialize(now + 1);
	}
	if System::block_number() == 0 {
		System::set_block_number(n);
	}
}

/// The pallet's events, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Streaming(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Free balance of `who`.
pub fn free(who: u64) -> u128 {
	Balances::free_balance(who)
}

/// What is held from `who` for `reason`.
pub fn held(reason: crate::HoldReason, who: u64) -> u128 {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Creator of the standard content.
pub const CREATOR: u64 = 1;
/// Viewer of the standard content.
pub const VIEWER: u64 = 40;

/// The chunks of the standard content: 5 chunks of 16 bytes.
pub fn chunks() -> Vec<Vec<u8>> {
	(0..5u8).map(|i| vec![i; 16]).collect()
}

/// The Merkle leaves of [`chunks`].
pub fn leaves() -> Vec<H256> {
	chunks().iter().map(|c| crate::merkle::leaf(c)).collect()
}

/// The hash [`CREATOR`] publishes the standard content under.
pub fn content_hash() -> H256 {
	H256::repeat_byte(0xc0)
}

/// The standard content's id.
pub fn content_id() -> ContentId {
	Streaming::content_id(&CREATOR, &content_hash())
}

/// A 720p and a 1080p H.264 rendition.
pub fn renditions() -> BoundedVec<Rendition, ConstU32<4>> {
	BoundedVec::truncate_from(vec![
		Rendition { codec: Codec::H264, height: 720, bitrate_kbps: 3_000, fps: 30 },
		Rendition { codec: Codec::H264, height: 1080, bitrate_kbps: 6_000, fps: 30 },
	])
}

/// 70 % creator, 20 % executor, 10 % storage.
pub fn split() -> Split {
	Split {
		creator: Perbill::from_percent(70),
		executor: Perbill::from_percent(20),
		storage: Perbill::from_percent(10),
	}
}

/// Registers the standard content by [`CREATOR`] at 10 per second, public.
pub fn register_content() {
	register_content_with(AccessRule::Public);
}

/// Registers the standard content with `access`.
pub fn register_content_with(access: AccessRule<u64, ConstU32<4>>) {
	frame_support::assert_ok!(Streaming::register_content(
		RuntimeOrigin::signed(CREATOR),
		content_hash(),
		renditions(),
		10,
		split(),
		access,
		crate::merkle::root(&leaves()),
		5,
	));
}

/// The creator of content `id` approves storage node `who` for it.
pub fn approve(who: u64, id: ContentId) {
	let creator = crate::Contents::<Test>::get(id).expect("a content").creator;
	frame_support::assert_ok!(Streaming::approve_storage(RuntimeOrigin::signed(creator), id, who));
}

/// Storage node `who`, approved by the creator, pins content `id`.
pub fn pin(who: u64, id: ContentId) {
	approve(who, id);
	frame_support::assert_ok!(Streaming::pin_content(RuntimeOrigin::signed(who), id));
}

/// Storage node `who` unpins content `id`: announces it, waits the notice, removes the pin.
pub fn unpin(who: u64, id: ContentId) {
	frame_support::assert_ok!(Streaming::unpin_content(RuntimeOrigin::signed(who), id));
	let at = crate::Unpinning::<Test>::get(who, id).expect("announced");
	run_to_block(at);
	frame_support::assert_ok!(Streaming::unpin_content(RuntimeOrigin::signed(who), id));
}

/// Registers `who` as a node with `roles` and `stake`.
pub fn node(who: u64, execution: bool, storage: bool, stake: u128) {
	frame_support::assert_ok!(Streaming::register_node(
		RuntimeOrigin::signed(who),
		Roles { execution, storage },
		stake
	));
}

/// A ticket of `viewer` for `seconds` of the standard content delivered by `node`, signed.
pub fn ticket(viewer: u64, node: u64, seconds: u32) -> SignedTicket<u64, u64, TestSignature> {
	let reserve = Streaming::viewer(&viewer).map(|v| v.opened_at).unwrap_or_default();
	signed(Ticket { viewer, reserve, content: content_id(), node, seconds })
}

/// `ticket` signed by its viewer.
pub fn signed(ticket: Ticket<u64, u64>) -> SignedTicket<u64, u64, TestSignature> {
	let genesis = System::block_hash(0);
	let payload = ticket.signing_payload(&genesis);
	SignedTicket { signature: TestSignature(ticket.viewer, payload), ticket }
}
