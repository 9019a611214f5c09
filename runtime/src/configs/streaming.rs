//! Streaming family: Proof of Execution (content, staked nodes, verified transcodes, storage
//! audits, viewer tickets).
//!
//! - New prices, splits and access rules, and a content's retirement, take effect an hour
//!   after the creator announces them, so that nodes redeem what they delivered before.
//! - A creator holds 1 ARETE per content (a record of up to about 1 KB: 8 renditions, a
//!   32-account allow-list, 8 storage nodes). Prices are per second, in planck.
//! - Execution and storage nodes stake at least 100 ARETE; unbonding takes 7 days, during
//!   which the stake stays slashable. The heaviest 64 execution nodes are in the executor draw;
//!   a node takes at most 8 tasks at a time.
//! - A task (up to 64 segments) holds its fee and 0.1 ARETE from the creator. Its executor has
//!   100 blocks (10 minutes) to post one hash per segment; 3 segments drawn afterwards are
//!   re-executed by a 3-seat panel of the witness network in the `stream\0\0` domain, paid
//!   0.1 ARETE by the executor. Rejected results cost the executor half its stake (shared by
//!   the coherent verifiers); no results, a tenth (burned).
//! - Anyone may challenge a storage pin with a 1 ARETE bond, paid to the node for a valid
//!   Merkle proof of the drawn 1 KiB chunk within 10 blocks; a failed challenge costs the node
//!   a fifth of its stake, half of it to the challenger.
//! - A viewer holds 0.1 ARETE for its state (record and up to 16 channels) besides its reserve;
//!   a leaving viewer waits 1 hour for nodes to redeem the tickets they hold.
//! - Tickets are signed with the viewer's account key (sr25519, ed25519 or ECDSA: the
//!   runtime's `MultiSignature`). An access token is an agreements token: its holder is the
//!   account that proposed the agreement owning it.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32},
	weights::Weight,
};
use pallet_streaming::PanelTerms;
use sp_runtime::Perbill;

use crate::{
	currency::ARETE,
	time::{DAYS, HOURS},
	AccountId, Agreements, Balance, Balances, BlockNumber, Runtime, RuntimeHoldReason, Signature,
	Witnesses,
};

parameter_types! {
	pub const StreamingDomain: pallet_witnesses::DomainId = *b"stream\0\0";
	pub const StreamingTerms: PanelTerms<Balance, BlockNumber> = PanelTerms {
		min_seats: 3,
		min_weight: 150 * ARETE,
		approval_threshold: Perbill::from_percent(67),
		commit_period: 10,
		reveal_period: 5,
		appeal_period: 5,
		reward: ARETE / 10,
	};
	pub const StreamingResultSlash: Perbill = Perbill::from_percent(50);
	pub const StreamingMissSlash: Perbill = Perbill::from_percent(10);
	pub const StreamingStorageSlash: Perbill = Perbill::from_percent(20);
	pub const StreamingChallengerShare: Perbill = Perbill::from_percent(50);
}

/// Access tokens are agreements tokens, held by the proposer of the agreement owning them.
pub struct AgreementTokens;

impl pallet_streaming::TokenGate<AccountId> for AgreementTokens {
	fn holds(who: &AccountId, token: u64) -> bool {
		Agreements::token_controller(token).is_some_and(|controller| controller == *who)
	}

	fn holds_weight() -> Weight {
		// A token and an agreement read.
		<Runtime as frame_system::Config>::DbWeight::get().reads(2)
	}
}

impl pallet_streaming::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WeightInfo = pallet_streaming::weights::SubstrateWeight<Runtime>;
	type Verifier = Witnesses;
	type TokenGate = AgreementTokens;
	type Signature = Signature;
	type Signer = <Signature as sp_runtime::traits::Verify>::Signer;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helper::StreamingHelper;
	type Domain = StreamingDomain;
	type VerificationTerms = StreamingTerms;
	type VerificationSeats = ConstU32<3>;
	type SampleSize = ConstU32<3>;
	type MaxRenditions = ConstU32<8>;
	type MaxAllowed = ConstU32<32>;
	type MaxReplicas = ConstU32<8>;
	type MaxPinsPerNode = ConstU32<64>;
	type MaxSegments = ConstU32<64>;
	type MaxExecutors = ConstU32<64>;
	type MaxOpenTasks = ConstU32<8>;
	type MaxChannels = ConstU32<16>;
	type MaxTicketsPerBatch = ConstU32<64>;
	type MaxChunkBytes = ConstU32<1024>;
	type MaxProofDepth = ConstU32<24>;
	type ContentDeposit = ConstU128<ARETE>;
	type TermsNotice = ConstU32<HOURS>;
	type MaxDrawsPerBlock = ConstU32<64>;
	type MinNodeStake = ConstU128<{ 100 * ARETE }>;
	type TaskDeposit = ConstU128<{ ARETE / 10 }>;
	type ChallengeBond = ConstU128<ARETE>;
	type ViewerDeposit = ConstU128<{ ARETE / 10 }>;
	type UnbondDelay = ConstU32<{ 7 * DAYS }>;
	type ResultWindow = ConstU32<100>;
	type ChallengeWindow = ConstU32<10>;
	type ViewerExitDelay = ConstU32<HOURS>;
	type ResultSlash = StreamingResultSlash;
	type MissSlash = StreamingMissSlash;
	type StorageSlash = StreamingStorageSlash;
	type ChallengerShare = StreamingChallengerShare;
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helper {
	use super::StreamingDomain;
	use crate::{AccountId, Signature};
	use alloc::{format, vec::Vec};
	use sp_core::{crypto::KeyTypeId, sr25519};

	/// Keys of benchmark viewers.
	const VIEWER_KEYS: KeyTypeId = KeyTypeId(*b"strm");

	/// Witnesses for the streaming domain; sr25519 viewers from the benchmark keystore.
	pub struct StreamingHelper;

	impl pallet_streaming::BenchmarkHelper<AccountId, Signature> for StreamingHelper {
		fn prepare_verifier() {
			crate::configs::witnesses::benchmark_helper::DomainWitnesses::<StreamingDomain>::prepare();
		}

		fn viewer(seed: u32) -> AccountId {
			let phrase: Vec<u8> = format!("//viewer/{seed}").into_bytes();
			let public = sp_io::crypto::sr25519_generate(VIEWER_KEYS, Some(phrase));
			AccountId::from(public.0)
		}

		fn sign(viewer: &AccountId, payload: &[u8]) -> Signature {
			let raw: &[u8; 32] = viewer.as_ref();
			let public = sr25519::Public::from_raw(*raw);
			sp_io::crypto::sr25519_sign(VIEWER_KEYS, &public, payload)
				.map(Signature::Sr25519)
				.unwrap_or_else(|| Signature::Sr25519(sr25519::Signature::from_raw([0; 64])))
		}
	}
}
