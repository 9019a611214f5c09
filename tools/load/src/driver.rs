//! The submitter: sends the pre-signed stock with `author_submitExtrinsic` in JSON-RPC batches,
//! flat out or paced to a rate, and keeps the node's pool fed without overflowing it.
//!
//! The pool's answers decide what happens to each extrinsic:
//! - accepted: counted, nothing more to do;
//! - 1016 "Immediately Dropped" (pool full): kept for a retry, and the submitter pauses (50 ms,
//!   doubling up to 1 s while the pool stays full) so that blocks can drain the pool;
//! - 1013 "already imported" / 1014 "priority too low": the pool holds this extrinsic, or one
//!   with the same sender and nonce; counted, the account's later nonces stay usable;
//! - anything else (1010 invalid, 1012 temporarily banned, ...): the nonce is lost for good, so
//!   the account's remaining extrinsics could only wait in the pool's future queue; they are
//!   skipped instead of clogging the pool.

use std::{
	collections::VecDeque,
	sync::atomic::{AtomicBool, Ordering::Relaxed},
	thread,
	time::{Duration, Instant},
};

use serde_json::{json, Value};

use crate::{
	chain,
	mixes::Presigned,
	rpc::{Client, Result},
	stats::Stats,
};

const POOL_FULL: i64 = 1016;
const ALREADY_IMPORTED: i64 = 1013;
const PRIORITY_TOO_LOW: i64 = 1014;

/// First and longest pause after a "pool full" answer.
const BACKOFF_MIN: Duration = Duration::from_millis(50);
const BACKOFF_MAX: Duration = Duration::from_secs(1);
/// Transport failures in a row after which the run stops.
const MAX_TRANSPORT_FAILURES: u32 = 10;

pub struct DriveConfig {
	/// Extrinsics per second; 0 for flat out.
	pub rate: f64,
	pub duration: Duration,
	/// Extrinsics per JSON-RPC batch.
	pub batch: usize,
	/// Most of our extrinsics allowed in the pool at once (accepted, not yet included); 0 for
	/// no limit other than the pool's own answers.
	pub max_pending: u64,
}

pub struct DriveOutcome {
	/// When submission started and ended, in seconds since the start of the run.
	pub started: f64,
	pub ended: f64,
	/// The stock ran out before the duration did.
	pub exhausted: bool,
}

/// Submits `stock` until `config.duration` has passed, the stock is used up, or `stop` is set.
pub fn drive(
	rpc: &mut Client,
	stock: &Presigned,
	accounts: usize,
	config: &DriveConfig,
	stats: &Stats,
	run_start: Instant,
	stop: &AtomicBool,
) -> Result<DriveOutcome> {
	let start = Instant::now();
	let started = run_start.elapsed().as_secs_f64();
	let mut next = 0; // next fresh extrinsic of the stock
	let mut fresh_sent = 0u64; // fresh extrinsics sent, for pacing (retries are not paced)
	let mut retries: VecDeque<usize> = VecDeque::new();
	let mut broken = vec![false; accounts];
	let mut backoff = BACKOFF_MIN;
	let mut transport_failures = 0;
	let mut exhausted = false;

	while start.elapsed() < config.duration && !stop.load(Relaxed) {
		if config.max_pending > 0 && stats.pending() >= config.max_pending {
			thread::sleep(Duration::from_millis(5));
			continue;
		}

		// How many fresh extrinsics the rate allows now.
		let mut budget = config.batch;
		if config.rate > 0.0 {
			let due = (config.rate * start.elapsed().as_secs_f64()) as u64;
			let allowed = due.saturating_sub(fresh_sent) as usize;
			if allowed == 0 && retries.is_empty() {
				let next_due = Duration::from_secs_f64((fresh_sent + 1) as f64 / config.rate);
				thread::sleep(
					next_due.saturating_sub(start.elapsed()).min(Duration::from_millis(50)),
				);
				continue;
			}
			budget = budget.min(allowed);
		}

		// Retries first (they hold the lower nonces), then fresh extrinsics.
		let mut picked: Vec<usize> = Vec::with_capacity(config.batch);
		while picked.len() < config.batch {
			let Some(index) = retries.pop_front() else { break };
			if !broken[stock.senders[index] as usize] {
				picked.push(index);
			}
		}
		let mut fresh = 0;
		while picked.len() < config.batch && fresh < budget && next < stock.xts.len() {
			let index = next;
			next += 1;
			if broken[stock.senders[index] as usize] {
				stats.skipped.fetch_add(1, Relaxed);
				continue;
			}
			picked.push(index);
			fresh += 1;
		}
		fresh_sent += fresh as u64;
		if picked.is_empty() {
			if next >= stock.xts.len() && retries.is_empty() {
				exhausted = true;
				break;
			}
			continue;
		}

		let calls: Vec<(&str, Value)> = picked
			.iter()
			.map(|&index| ("author_submitExtrinsic", json!([chain::hex(&stock.xts[index])])))
			.collect();
		stats.sent.fetch_add(picked.len() as u64, Relaxed);
		let answers = match rpc.batch(&calls) {
			Ok(answers) => {
				transport_failures = 0;
				answers
			},
			Err(e) => {
				// The node may or may not have taken them: resend (a duplicate is answered
				// "already imported", which is harmless).
				transport_failures += 1;
				eprintln!("submit: {e}");
				if transport_failures >= MAX_TRANSPORT_FAILURES {
					return Err(format!(
						"submit: {transport_failures} failures in a row, last: {e}"
					)
					.into());
				}
				for &index in picked.iter().rev() {
					retries.push_front(index);
				}
				thread::sleep(BACKOFF_MAX);
				continue;
			},
		};

		let mut pool_full = false;
		for (&index, answer) in picked.iter().zip(answers) {
			match answer {
				Ok(_) => {
					stats.accepted.fetch_add(1, Relaxed);
				},
				Err(e) => {
					stats.count_reason(e.reason());
					match e.code {
						POOL_FULL => {
							stats.pool_full.fetch_add(1, Relaxed);
							retries.push_back(index);
							pool_full = true;
						},
						ALREADY_IMPORTED | PRIORITY_TOO_LOW => {
							stats.rejected.fetch_add(1, Relaxed);
						},
						_ => {
							stats.rejected.fetch_add(1, Relaxed);
							broken[stock.senders[index] as usize] = true;
						},
					}
				},
			}
		}
		if pool_full {
			thread::sleep(backoff);
			backoff = (backoff * 2).min(BACKOFF_MAX);
		} else {
			backoff = BACKOFF_MIN;
		}
	}

	Ok(DriveOutcome { started, ended: run_start.elapsed().as_secs_f64(), exhausted })
}
