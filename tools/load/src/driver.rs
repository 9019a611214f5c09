//! The submitter: sends the pre-signed stock with `author_submitExtrinsic` in JSON-RPC batches,
//! flat out or paced to a rate, and keeps the node's pool fed without overflowing it.
//!
//! The pool's answers decide what happens to each extrinsic:
//! - accepted: counted, nothing more to do;
//! - 1016 "Immediately Dropped" (pool full): kept for a retry, and the submitter pauses (50 ms,
//!   doubling up to 1 s while the pool stays full) so that blocks can drain the pool; no fresh
//!   extrinsic is sent until every retry has been accepted, so accounts' nonces stay in order;
//! - 1013 "already imported" / 1014 "priority too low": the pool holds this extrinsic, or one
//!   with the same sender and nonce; counted, the account's later nonces stay usable;
//! - anything else (1010 invalid, 1012 temporarily banned, ...): the nonce is lost for good, so
//!   the account's remaining extrinsics could only wait in the pool's future queue; they are
//!   skipped instead of clogging the pool.
//!
//! Reactive mixes also sign follow-ups while the run goes on (see `mixes`); a second submitter,
//! [`drive_follow_ups`], sends them from a queue the monitor fills, until the drain ends.

use std::{
	collections::{HashSet, VecDeque},
	sync::{
		atomic::{AtomicBool, Ordering::Relaxed},
		Condvar, Mutex, MutexGuard,
	},
	thread,
	time::{Duration, Instant},
};

use serde_json::{json, Value};

use crate::{
	chain::{self, ALREADY_IMPORTED},
	mixes::{FollowUp, Mix, Presigned},
	rpc::{Client, Result, RpcError},
	stats::Stats,
};

const POOL_FULL: i64 = 1016;
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
		// While retries are out, no fresh extrinsic goes: a fresh one is often a later nonce of
		// an account whose earlier one the pool refused as full, and would wait in the pool's
		// future queue, taking a slot that a ready extrinsic could use.
		let retrying = !picked.is_empty();
		let mut fresh = 0;
		while !retrying && picked.len() < config.batch && fresh < budget && next < stock.xts.len() {
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

		stats.sent.fetch_add(picked.len() as u64, Relaxed);
		let xts = picked.iter().map(|&index| stock.xts[index].as_slice());
		let Some(answers) = submit(rpc, xts, &mut transport_failures, "submit")? else {
			// The node may or may not have taken them: resend (a duplicate is answered
			// "already imported", which is harmless).
			for &index in picked.iter().rev() {
				retries.push_front(index);
			}
			continue;
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

/// Follow-ups waiting to be submitted: the monitor pushes what a reactive mix signs for each
/// block, [`drive_follow_ups`] takes them in order.
#[derive(Default)]
pub struct FollowUpQueue {
	queue: Mutex<VecDeque<FollowUp>>,
	signal: Condvar,
}

impl FollowUpQueue {
	pub fn push(&self, items: Vec<FollowUp>) {
		if items.is_empty() {
			return;
		}
		self.lock().extend(items);
		self.signal.notify_one();
	}

	/// Follow-ups not submitted yet.
	pub fn len(&self) -> usize {
		self.lock().len()
	}

	/// Up to `max` follow-ups, waiting at most `wait` for the first.
	fn take(&self, max: usize, wait: Duration) -> Vec<FollowUp> {
		let mut queue = self.lock();
		if queue.is_empty() {
			queue = match self.signal.wait_timeout(queue, wait) {
				Ok((queue, _)) => queue,
				Err(poisoned) => poisoned.into_inner().0,
			};
		}
		let n = queue.len().min(max);
		queue.drain(..n).collect()
	}

	/// Puts `items` back at the front, in their order (they hold the lower nonces).
	fn requeue(&self, items: Vec<FollowUp>) {
		let mut queue = self.lock();
		for item in items.into_iter().rev() {
			queue.push_front(item);
		}
	}

	fn lock(&self) -> MutexGuard<'_, VecDeque<FollowUp>> {
		// A panicking holder leaves a consistent queue: keep using it.
		self.queue.lock().unwrap_or_else(|e| e.into_inner())
	}
}

/// Submits the follow-ups of a reactive mix until `stop` is set, on its own connection so that
/// they never wait behind the stock. The pool's answers are handled as for the stock: "pool
/// full" retries after a pause, "already imported"/"priority too low" count as held, anything
/// else loses the nonce: the mix is told ([`Mix::follow_up_refused`]) and the sender's queued
/// follow-ups are dropped.
pub fn drive_follow_ups(
	rpc: &mut Client,
	queue: &FollowUpQueue,
	mix: &dyn Mix,
	batch: usize,
	stats: &Stats,
	stop: &AtomicBool,
) -> Result<()> {
	let mut broken: HashSet<u32> = HashSet::new();
	let mut backoff = BACKOFF_MIN;
	let mut transport_failures = 0;
	while !stop.load(Relaxed) {
		let mut picked = queue.take(batch, Duration::from_millis(100));
		picked.retain(|item| !broken.contains(&item.sender));
		if picked.is_empty() {
			continue;
		}
		stats.follow_ups_sent.fetch_add(picked.len() as u64, Relaxed);
		let xts = picked.iter().map(|item| item.xt.as_slice());
		let Some(answers) = submit(rpc, xts, &mut transport_failures, "follow-ups")? else {
			queue.requeue(picked);
			continue;
		};
		let mut retry = Vec::new();
		for (item, answer) in picked.into_iter().zip(answers) {
			match answer {
				Ok(_) => {
					stats.accepted.fetch_add(1, Relaxed);
					stats.follow_ups_accepted.fetch_add(1, Relaxed);
				},
				Err(e) => {
					stats.count_reason(format!("follow-up: {}", e.reason()));
					match e.code {
						POOL_FULL => {
							stats.pool_full.fetch_add(1, Relaxed);
							retry.push(item);
						},
						ALREADY_IMPORTED | PRIORITY_TOO_LOW => {
							stats.follow_ups_rejected.fetch_add(1, Relaxed);
						},
						_ => {
							stats.follow_ups_rejected.fetch_add(1, Relaxed);
							if broken.insert(item.sender) {
								mix.follow_up_refused(item.sender);
							}
						},
					}
				},
			}
		}
		if retry.is_empty() {
			backoff = BACKOFF_MIN;
		} else {
			queue.requeue(retry);
			thread::sleep(backoff);
			backoff = (backoff * 2).min(BACKOFF_MAX);
		}
	}
	Ok(())
}

/// Sends `xts` in one `author_submitExtrinsic` batch and returns the node's answers, or `None`
/// after a transport failure (counted in `failures`, after a pause; the caller resends). Fails
/// the run after `MAX_TRANSPORT_FAILURES` in a row.
fn submit<'a>(
	rpc: &mut Client,
	xts: impl Iterator<Item = &'a [u8]>,
	failures: &mut u32,
	what: &str,
) -> Result<Option<Vec<Result<Value, RpcError>>>> {
	let calls: Vec<(&str, Value)> =
		xts.map(|xt| ("author_submitExtrinsic", json!([chain::hex(xt)]))).collect();
	match rpc.batch(&calls) {
		Ok(answers) => {
			*failures = 0;
			Ok(Some(answers))
		},
		Err(e) => {
			*failures += 1;
			eprintln!("{what}: {e}");
			if *failures >= MAX_TRANSPORT_FAILURES {
				return Err(format!("{what}: {failures} failures in a row, last: {e}").into());
			}
			thread::sleep(BACKOFF_MAX);
			Ok(None)
		},
	}
}
