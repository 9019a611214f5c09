//! Counters shared by the submitting thread, the monitor thread and the progress printer.

use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicU64, Ordering::Relaxed},
		Mutex,
	},
};

/// Live counters. Relaxed atomics: each figure is read on its own for display, no figure is
/// used to synchronise anything.
#[derive(Default)]
pub struct Stats {
	/// Submission attempts (retries included).
	pub sent: AtomicU64,
	/// Extrinsics the pool accepted.
	pub accepted: AtomicU64,
	/// Extrinsics the pool refused for good (not retried).
	pub rejected: AtomicU64,
	/// "Pool full" answers (1016); the extrinsic is retried later.
	pub pool_full: AtomicU64,
	/// Pre-signed extrinsics not sent because an earlier one of the same account was refused
	/// (their nonces could never become ready).
	pub skipped: AtomicU64,
	/// Follow-ups of a reactive mix sent (retries included); those the pool accepted count in
	/// `accepted` too, those it refused in `follow_ups_rejected` (not in `rejected`).
	pub follow_ups_sent: AtomicU64,
	pub follow_ups_accepted: AtomicU64,
	pub follow_ups_rejected: AtomicU64,
	/// Signed extrinsics of load accounts found in blocks.
	pub included: AtomicU64,
	/// Verified events of the mix found in blocks.
	pub verified: AtomicU64,
	/// `ExtrinsicFailed` events of load extrinsics.
	pub failed: AtomicU64,
	/// Blocks seen since the start.
	pub blocks: AtomicU64,
	/// Number of the last block seen.
	pub last_block: AtomicU64,
	/// Weight fullness of the last block seen, in basis points of the normal-class limit.
	pub last_weight_bp: AtomicU64,
	/// Length fullness of the last block seen, in basis points.
	pub last_length_bp: AtomicU64,
	/// Best minus finalized number at the last poll.
	pub finality_lag: AtomicU64,
	/// Largest finality lag seen.
	pub max_finality_lag: AtomicU64,
	/// Answers other than success, by reason (code, message, detail).
	pub reasons: Mutex<BTreeMap<String, u64>>,
}

impl Stats {
	/// Accepted by the pool and not yet seen in a block: what the pool holds of ours.
	pub fn pending(&self) -> u64 {
		self.accepted.load(Relaxed).saturating_sub(self.included.load(Relaxed))
	}

	pub fn count_reason(&self, reason: String) {
		*self.reasons.lock().unwrap_or_else(|e| e.into_inner()).entry(reason).or_default() += 1;
	}

	pub fn reasons(&self) -> BTreeMap<String, u64> {
		self.reasons.lock().unwrap_or_else(|e| e.into_inner()).clone()
	}
}
